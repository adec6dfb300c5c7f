#include "repositories/OpportunityRepository.h"

#include "core/geo/Geo.h"
#include "db/PgConnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hector::server {

namespace {
// docs/scoring.md « Inputs »: the opportunity, its linked prospect, its owner and the office of the
// owner's entity; the activities aggregated per opportunity in time order (milliseconds since the
// epoch, truncated as the wire format does, and their directions as '1' incoming / '0' outgoing).
const QString kInputsSelect = QStringLiteral(
    "SELECT o.id, o.entity_id, o.stage, o.shared_connections, o.score, o.temperature,"
    " p.id IS NOT NULL AS has_prospect,"
    " p.revenue_eur IS NOT NULL AS has_revenue,"
    " coalesce(btrim(p.headcount_band), '') <> '' AS has_headcount,"
    " coalesce(btrim(p.contact_name), '') <> '' AS has_decision_maker,"
    " p.disc_profile AS prospect_disc, p.latitude, p.longitude,"
    " u.disc_profile AS owner_disc, e.office_latitude, e.office_longitude,"
    " act.times, act.incoming,"
    " EXISTS (SELECT 1 FROM scoring_history h WHERE h.opportunity_id = o.id) AS has_history"
    " FROM opportunities o"
    " LEFT JOIN prospects p ON p.id = o.prospect_id"
    " LEFT JOIN users u ON u.id = o.owner_id"
    " LEFT JOIN entities e ON e.id = u.entity_id"
    " LEFT JOIN LATERAL ("
    "   SELECT string_agg(floor(extract(epoch FROM a.occurred_at) * 1000)::bigint::text, ','"
    "                     ORDER BY a.occurred_at, a.id) AS times,"
    "          string_agg(CASE WHEN a.direction = 'entrant' THEN '1' ELSE '0' END, ''"
    "                     ORDER BY a.occurred_at, a.id) AS incoming"
    "   FROM opportunity_activities a WHERE a.opportunity_id = o.id) act ON true ");

// The reference time of the stagnation rule.
const QString kLastActivity = QStringLiteral("coalesce(o.last_activity_at, o.stage_changed_at, o.created_at)");
const QString kOpen = QStringLiteral("o.stage NOT IN ('gagne', 'perdu')");

std::optional<double> optionalReal(const PgResult &r, int row, const char *column)
{
    if (r.isNull(row, column))
        return std::nullopt;
    return r.text(row, column).toDouble();
}

ScoreInputRow inputRow(const PgResult &r, int i)
{
    ScoreInputRow row;
    row.id = r.text(i, "id");
    row.entityId = r.text(i, "entity_id");
    if (!r.isNull(i, "score"))
        row.storedScore = int(r.toInt(i, "score"));
    row.storedTemperature = r.text(i, "temperature");
    row.hasHistory = r.toBool(i, "has_history");

    scoring::ScoreInput &in = row.input;
    in.stage = r.text(i, "stage");
    const QStringList times = r.text(i, "times").split(u',', Qt::SkipEmptyParts);
    const QString incoming = r.text(i, "incoming");
    QList<scoring::ActivityPoint> points;
    points.reserve(times.size());
    for (qsizetype k = 0; k < times.size() && k < incoming.size(); ++k)
        points.append({QDateTime::fromMSecsSinceEpoch(times.at(k).toLongLong(), Qt::UTC), incoming.at(k) == u'1'});
    in.responseHours = scoring::responseHours(points);
    // Without a prospect: no enrichment, no prospect DISC, no distance.
    if (r.toBool(i, "has_prospect")) {
        in.hasRevenue = r.toBool(i, "has_revenue");
        in.hasHeadcount = r.toBool(i, "has_headcount");
        in.hasDecisionMaker = r.toBool(i, "has_decision_maker");
        in.prospectDisc = r.text(i, "prospect_disc");
        const auto lat = optionalReal(r, i, "latitude");
        const auto lon = optionalReal(r, i, "longitude");
        const auto officeLat = optionalReal(r, i, "office_latitude");
        const auto officeLon = optionalReal(r, i, "office_longitude");
        if (lat && lon && officeLat && officeLon)
            in.distanceKm = geo::distanceKm({*lat, *lon}, {*officeLat, *officeLon});
    }
    in.ownerDisc = r.text(i, "owner_disc");
    if (!r.isNull(i, "shared_connections"))
        in.sharedConnections = int(r.toInt(i, "shared_connections"));
    return row;
}

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}
} // namespace

Result<QList<ScoreInputRow>> OpportunityRepository::readInputs(const QString &where, const QVariantList &params)
{
    auto r = m_conn.exec(kInputsSelect + where, params);
    if (!r)
        return r.error();
    QList<ScoreInputRow> out;
    out.reserve(r->rows());
    for (int i = 0; i < r->rows(); ++i)
        out.append(inputRow(*r, i));
    return out;
}

Result<QList<ScoreInputRow>> OpportunityRepository::scoreInputs(const QString &afterId, int limit)
{
    return readInputs(QStringLiteral("WHERE ($1::uuid IS NULL OR o.id > $1::uuid) ORDER BY o.id LIMIT $2"),
                      {afterId.isEmpty() ? QVariant() : QVariant(afterId), limit});
}

Result<std::optional<ScoreInputRow>> OpportunityRepository::scoreInput(const QString &id)
{
    auto rows = readInputs(QStringLiteral("WHERE o.id = $1::uuid"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<ScoreInputRow>{};
    return std::optional<ScoreInputRow>(rows->first());
}

Result<QPair<int, int>> OpportunityRepository::writeScores(const QList<ScoreWrite> &writes, const QString &source,
                                                           const QDateTime &now)
{
    QJsonArray rows;
    QJsonArray history;
    for (const ScoreWrite &w : writes) {
        if (w.updateRow) {
            rows.append(QJsonObject{{QStringLiteral("id"), w.id},
                                    {QStringLiteral("score"), w.score},
                                    {QStringLiteral("temperature"), w.temperature}});
        }
        if (w.addHistory) {
            history.append(QJsonObject{{QStringLiteral("id"), w.id},
                                       {QStringLiteral("entity_id"), w.entityId},
                                       {QStringLiteral("score"), w.score},
                                       {QStringLiteral("temperature"), w.temperature},
                                       {QStringLiteral("factors"), w.factorsJson}});
        }
    }
    QPair<int, int> counts{0, 0};
    if (!rows.isEmpty()) {
        auto r = m_conn.exec(QStringLiteral("UPDATE opportunities o SET score = v.score, temperature = v.temperature,"
                                            " scored_at = $2"
                                            " FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, score integer, temperature text)"
                                            " WHERE o.id = v.id"),
                             {compact(rows), now});
        if (!r)
            return r.error();
        counts.first = r->affectedRows();
    }
    if (!history.isEmpty()) {
        auto r = m_conn.exec(QStringLiteral("INSERT INTO scoring_history (entity_id, opportunity_id, score, temperature,"
                                            " factors, source, computed_at)"
                                            " SELECT v.entity_id, v.id, v.score, v.temperature, v.factors, $2, $3"
                                            " FROM jsonb_to_recordset($1::jsonb)"
                                            "   AS v(id uuid, entity_id uuid, score integer, temperature text, factors text)"
                                            " WHERE EXISTS (SELECT 1 FROM opportunities o WHERE o.id = v.id)"),
                             {compact(history), source, now});
        if (!r)
            return r.error();
        counts.second = r->affectedRows();
    }
    return counts;
}

Result<int> OpportunityRepository::markStagnant(const QDateTime &threshold, const QDateTime &now)
{
    auto r = m_conn.exec(QStringLiteral("UPDATE opportunities o SET stagnant_since = $2 WHERE %1 AND %2 < $1"
                                        " AND o.stagnant_since IS NULL")
                             .arg(kOpen, kLastActivity),
                         {threshold, now});
    if (!r)
        return r.error();
    return r->affectedRows();
}

Result<int> OpportunityRepository::clearStagnant(const QDateTime &threshold)
{
    auto r = m_conn.exec(QStringLiteral("UPDATE opportunities o SET stagnant_since = NULL"
                                        " WHERE o.stagnant_since IS NOT NULL AND (NOT (%1) OR %2 >= $1)")
                             .arg(kOpen, kLastActivity),
                         {threshold});
    if (!r)
        return r.error();
    return r->affectedRows();
}

Result<QList<StagnantOpportunity>> OpportunityRepository::stagnantWithOwner(const QDateTime &threshold)
{
    auto r = m_conn.exec(QStringLiteral("SELECT o.id, o.title, p.company_name, o.owner_id, u.email,"
                                        " btrim(coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '')) AS owner_name,"
                                        " u.entity_id AS owner_entity, %2 AS last_activity"
                                        " FROM opportunities o JOIN users u ON u.id = o.owner_id AND u.active"
                                        " LEFT JOIN prospects p ON p.id = o.prospect_id"
                                        " WHERE %1 AND %2 < $1 ORDER BY o.owner_id, %2, o.id")
                             .arg(kOpen, kLastActivity),
                         {threshold});
    if (!r)
        return r.error();
    QList<StagnantOpportunity> out;
    out.reserve(r->rows());
    for (int i = 0; i < r->rows(); ++i) {
        out.append(StagnantOpportunity{r->text(i, "id"), r->text(i, "title"), r->text(i, "company_name"),
                                       r->text(i, "owner_id"), r->text(i, "email"), r->text(i, "owner_name"),
                                       r->text(i, "owner_entity"), r->toDateTime(i, "last_activity")});
    }
    return out;
}

Result<QSet<QString>> OpportunityRepository::notify(const QList<StagnationNotice> &notices, const QDateTime &now)
{
    QSet<QString> inserted;
    // In slices: one statement per few thousand notices keeps the parameter reasonable.
    constexpr qsizetype kSlice = 5000;
    for (qsizetype start = 0; start < notices.size(); start += kSlice) {
        QJsonArray rows;
        for (qsizetype k = start; k < std::min(notices.size(), start + kSlice); ++k) {
            const StagnationNotice &n = notices.at(k);
            rows.append(QJsonObject{{QStringLiteral("related_id"), n.opportunityId},
                                    {QStringLiteral("user_id"), n.userId},
                                    {QStringLiteral("entity_id"), n.entityId},
                                    {QStringLiteral("title"), n.title},
                                    {QStringLiteral("body"), n.body}});
        }
        auto r = m_conn.exec(QStringLiteral("INSERT INTO notifications (entity_id, user_id, kind, title, body,"
                                            " related_table, related_id, created_at, updated_at)"
                                            " SELECT v.entity_id, v.user_id, 'stagnation', v.title, v.body,"
                                            " 'opportunities', v.related_id, $2, $2"
                                            " FROM jsonb_to_recordset($1::jsonb)"
                                            "   AS v(related_id uuid, user_id uuid, entity_id uuid, title text, body text)"
                                            " ON CONFLICT DO NOTHING RETURNING related_id"),
                             {compact(rows), now});
        if (!r)
            return r.error();
        for (int i = 0; i < r->rows(); ++i)
            inserted.insert(r->text(i, "related_id"));
    }
    return inserted;
}

} // namespace hector::server
