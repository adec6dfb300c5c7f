#include "core/sync/SyncSchema.h"

namespace hector::sync {

QStringList TableSpec::columnNames() const
{
    QStringList out;
    out.reserve(columns.size());
    for (const ColumnSpec &c : columns)
        out.append(c.name);
    return out;
}

const ColumnSpec *TableSpec::column(const QString &columnName) const
{
    for (const ColumnSpec &c : columns) {
        if (c.name == columnName)
            return &c;
    }
    return nullptr;
}

namespace {
ColumnSpec col(const char *name, ColumnType type, bool writable = true)
{
    return ColumnSpec{QString::fromLatin1(name), type, writable};
}

QList<TableSpec> buildTables()
{
    using T = ColumnType;
    return {
        TableSpec{QStringLiteral("entities"),
                  {col("id", T::Uuid, false), col("organization_id", T::Uuid, false),
                   col("parent_id", T::Uuid, false), col("name", T::Text, false),
                   col("country_code", T::Text, false), col("level", T::Integer, false),
                   col("office_latitude", T::Real, false), col("office_longitude", T::Real, false)},
                  ScopeKind::Organization,
                  false},
        // The user directory: never password hashes or tokens.
        TableSpec{QStringLiteral("users"),
                  {col("id", T::Uuid, false), col("email", T::Text, false), col("first_name", T::Text, false),
                   col("last_name", T::Text, false), col("role", T::Text, false),
                   col("entity_id", T::Uuid, false), col("active", T::Bool, false),
                   col("disc_profile", T::Text, false)},
                  ScopeKind::Organization,
                  false},
        TableSpec{QStringLiteral("prospects"),
                  {col("id", T::Uuid), col("entity_id", T::Uuid), col("owner_id", T::Uuid),
                   col("company_name", T::Text), col("siren", T::Text), col("siret", T::Text),
                   col("naf_code", T::Text), col("legal_form", T::Text), col("address", T::Text),
                   col("postcode", T::Text), col("city", T::Text), col("country_code", T::Text),
                   col("phone", T::Text), col("email", T::Text), col("website", T::Text),
                   col("contact_name", T::Text), col("contact_title", T::Text), col("status", T::Text),
                   col("source", T::Text), col("created_at", T::Timestamp, false),
                   col("updated_at", T::Timestamp, false),
                   // issue #5: the rest of a French B2B record
                   col("mobile_phone", T::Text), col("headcount_band", T::Text), col("revenue_eur", T::Integer),
                   col("latitude", T::Real), col("longitude", T::Real), col("qualified_at", T::Timestamp),
                   col("qualified_by", T::Uuid),
                   // written by the server's enrichment (issue #7), read-only for clients
                   col("enrichment_status", T::Text, false), col("enrichment_source", T::Text, false),
                   col("enriched_at", T::Timestamp, false),
                   // issue #7: {"<column>": {"source", "at", "value"}} (jsonb as text) and where the
                   // coordinates come from (google, nominatim, centroid, cache); server-written
                   col("enrichment_provenance", T::Text, false), col("geocode_source", T::Text, false),
                   // issue #6: DISC profile of the decision maker (D, I, S, C)
                   col("disc_profile", T::Text)},
                  ScopeKind::Entity,
                  true},
        // Appointments (module 7).
        TableSpec{QStringLiteral("rdvs"),
                  {col("id", T::Uuid), col("entity_id", T::Uuid), col("prospect_id", T::Uuid),
                   col("owner_id", T::Uuid), col("title", T::Text), col("starts_at", T::Timestamp),
                   col("ends_at", T::Timestamp), col("location", T::Text), col("status", T::Text),
                   col("notes", T::Text), col("reminder_minutes", T::Integer),
                   col("created_at", T::Timestamp, false), col("updated_at", T::Timestamp, false)},
                  ScopeKind::Entity,
                  true},
        // Sales actions (module 8).
        TableSpec{QStringLiteral("actions"),
                  {col("id", T::Uuid), col("entity_id", T::Uuid), col("prospect_id", T::Uuid),
                   col("owner_id", T::Uuid), col("type", T::Text), col("status", T::Text), col("title", T::Text),
                   col("due_at", T::Timestamp), col("completed_at", T::Timestamp), col("notes", T::Text),
                   col("created_at", T::Timestamp, false), col("updated_at", T::Timestamp, false)},
                  ScopeKind::Entity,
                  true},
        // Notes on a prospect (timeline of the prospect detail).
        TableSpec{QStringLiteral("prospect_notes"),
                  {col("id", T::Uuid), col("entity_id", T::Uuid), col("prospect_id", T::Uuid),
                   col("author_id", T::Uuid), col("body", T::Text), col("created_at", T::Timestamp, false),
                   col("updated_at", T::Timestamp, false)},
                  ScopeKind::Entity,
                  true},
        // Opportunities (module 14); score columns are written by the server's daily scoring.
        TableSpec{QStringLiteral("opportunities"),
                  {col("id", T::Uuid), col("entity_id", T::Uuid), col("prospect_id", T::Uuid),
                   col("owner_id", T::Uuid), col("title", T::Text), col("stage", T::Text),
                   col("amount_eur", T::Integer), col("monthly_eur", T::Integer), col("probability", T::Integer),
                   col("expected_close_at", T::Timestamp), col("closed_at", T::Timestamp), col("lost_reason", T::Text),
                   col("shared_connections", T::Integer), col("last_activity_at", T::Timestamp),
                   col("stage_changed_at", T::Timestamp), col("score", T::Integer, false),
                   col("temperature", T::Text, false), col("scored_at", T::Timestamp, false),
                   col("stagnant_since", T::Timestamp, false), col("created_at", T::Timestamp, false),
                   col("updated_at", T::Timestamp, false)},
                  ScopeKind::Entity,
                  true},
        TableSpec{QStringLiteral("opportunity_activities"),
                  {col("id", T::Uuid), col("entity_id", T::Uuid), col("opportunity_id", T::Uuid),
                   col("author_id", T::Uuid), col("kind", T::Text), col("direction", T::Text),
                   col("occurred_at", T::Timestamp), col("summary", T::Text), col("created_at", T::Timestamp, false),
                   col("updated_at", T::Timestamp, false)},
                  ScopeKind::Entity,
                  true},
        TableSpec{QStringLiteral("opportunity_notes"),
                  {col("id", T::Uuid), col("entity_id", T::Uuid), col("opportunity_id", T::Uuid),
                   col("author_id", T::Uuid), col("body", T::Text), col("created_at", T::Timestamp, false),
                   col("updated_at", T::Timestamp, false)},
                  ScopeKind::Entity,
                  true},
        TableSpec{QStringLiteral("scoring_history"),
                  {col("id", T::Uuid, false), col("entity_id", T::Uuid, false), col("opportunity_id", T::Uuid, false),
                   col("score", T::Integer, false), col("temperature", T::Text, false), col("factors", T::Text, false),
                   col("source", T::Text, false), col("computed_at", T::Timestamp, false)},
                  ScopeKind::Entity,
                  false},
        // Notifications of the signed-in user (only `read_at` is theirs to change).
        TableSpec{QStringLiteral("notifications"),
                  {col("id", T::Uuid, false), col("entity_id", T::Uuid, false), col("user_id", T::Uuid, false),
                   col("kind", T::Text, false), col("title", T::Text, false), col("body", T::Text, false),
                   col("related_table", T::Text, false), col("related_id", T::Uuid, false),
                   col("read_at", T::Timestamp), col("created_at", T::Timestamp, false)},
                  ScopeKind::Entity,
                  true},
        // Teams (issue #4), read-only on the desktop: team dashboards and objectives offline.
        TableSpec{QStringLiteral("teams"),
                  {col("id", T::Uuid, false), col("organization_id", T::Uuid, false), col("entity_id", T::Uuid, false),
                   col("parent_team_id", T::Uuid, false), col("name", T::Text, false),
                   col("manager_id", T::Uuid, false)},
                  ScopeKind::Organization,
                  false},
        TableSpec{QStringLiteral("team_members"),
                  {col("id", T::Uuid, false), col("organization_id", T::Uuid, false), col("team_id", T::Uuid, false),
                   col("user_id", T::Uuid, false), col("role", T::Text, false)},
                  ScopeKind::Organization,
                  false},
        TableSpec{QStringLiteral("team_objectives"),
                  {col("id", T::Uuid, false), col("organization_id", T::Uuid, false), col("team_id", T::Uuid, false),
                   col("month", T::Text, false), col("revenue_eur", T::Real, false), col("rdv_count", T::Integer, false),
                   col("signatures_count", T::Integer, false)},
                  ScopeKind::Organization,
                  false},
        // Per-record history: field conflicts resolved by the server (the losing value is kept).
        TableSpec{QStringLiteral("record_history"),
                  {col("id", T::Uuid, false), col("entity_id", T::Uuid, false), col("table_name", T::Text, false),
                   col("row_id", T::Uuid, false), col("field", T::Text, false), col("kind", T::Text, false),
                   col("kept_value", T::Text, false), col("lost_value", T::Text, false),
                   col("kept_user_id", T::Uuid, false), col("lost_user_id", T::Uuid, false),
                   col("created_at", T::Timestamp, false)},
                  ScopeKind::Entity,
                  false},
    };
}
} // namespace

const QList<TableSpec> &syncedTables()
{
    static const QList<TableSpec> tables = buildTables();
    return tables;
}

const TableSpec *syncedTable(const QString &name)
{
    for (const TableSpec &t : syncedTables()) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

} // namespace hector::sync
