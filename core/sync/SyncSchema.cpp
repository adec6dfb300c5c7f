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
                   col("country_code", T::Text, false), col("level", T::Integer, false)},
                  ScopeKind::Organization,
                  false},
        // The user directory: never password hashes or tokens.
        TableSpec{QStringLiteral("users"),
                  {col("id", T::Uuid, false), col("email", T::Text, false), col("first_name", T::Text, false),
                   col("last_name", T::Text, false), col("role", T::Text, false),
                   col("entity_id", T::Uuid, false), col("active", T::Bool, false)},
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
                   col("enriched_at", T::Timestamp, false)},
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
