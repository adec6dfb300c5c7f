#include "sync/crm/LocalScoring.h"

#include "core/geo/Geo.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace hector::sync::localScoring {

namespace {

// The owner's side of the inputs: their DISC profile and the office of their entity.
struct Owner
{
    QString disc;
    std::optional<geo::LatLon> office;
};

std::optional<geo::LatLon> position(const QSqlQuery &q, int latColumn, int lonColumn)
{
    const QVariant lat = q.value(latColumn);
    const QVariant lon = q.value(lonColumn);
    if (lat.isNull() || lon.isNull())
        return std::nullopt;
    return geo::LatLon{lat.toDouble(), lon.toDouble()};
}

QHash<QString, Owner> readOwners(const QSqlDatabase &db, const QString &opportunityId)
{
    QHash<QString, Owner> owners;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT u.id, u.disc_profile, e.office_latitude, e.office_longitude FROM users u "
                             "LEFT JOIN entities e ON e.id = u.entity_id")
              + (opportunityId.isEmpty() ? QString()
                                         : QStringLiteral(" WHERE u.id = (SELECT owner_id FROM opportunities WHERE id = ?)")));
    if (!opportunityId.isEmpty())
        q.addBindValue(opportunityId);
    if (q.exec()) {
        while (q.next())
            owners.insert(q.value(0).toString(), Owner{q.value(1).toString(), position(q, 2, 3)});
    }
    return owners;
}

// The response delays of every opportunity with activities (`opportunityId` empty) or of one:
// the activities are read in opportunity, time and id order (as the server does) from the covering
// index, and each opportunity's go through scoring::responseHours().
QHash<QString, QList<double>> readResponseHours(const QSqlDatabase &db, const QString &opportunityId)
{
    QHash<QString, QList<double>> out;
    QSqlQuery act(db);
    act.setForwardOnly(true);
    // The time in milliseconds since the epoch (SQLite parses the ISO text; the wire keeps
    // milliseconds), doubled, plus 1 for an incoming activity: one number per activity.
    act.prepare(QStringLiteral("SELECT opportunity_id, CAST(round((julianday(occurred_at) - 2440587.5) * 86400000.0) "
                               "AS INTEGER) * 2 + (direction = 'entrant') FROM opportunity_activities")
                + (opportunityId.isEmpty() ? QString() : QStringLiteral(" WHERE opportunity_id = ?"))
                + QStringLiteral(" ORDER BY opportunity_id, occurred_at, id"));
    if (!opportunityId.isEmpty())
        act.addBindValue(opportunityId);
    if (!act.exec())
        return out;
    QString current;
    QList<scoring::ActivityPoint> points;
    auto flush = [&out, &current, &points] {
        if (!current.isEmpty())
            out.insert(current, scoring::responseHours(points));
        points.clear();
    };
    while (act.next()) {
        const QString of = act.value(0).toString();
        if (of != current) {
            flush();
            current = of;
        }
        const QVariant packed = act.value(1);
        if (packed.isNull()) { // an unreadable time: not a measure (responseHours skips it)
            points.append({QDateTime(), false});
            continue;
        }
        const qint64 v = packed.toLongLong();
        points.append({QDateTime::fromMSecsSinceEpoch(v >> 1, Qt::UTC), (v & 1) != 0});
    }
    flush();
    return out;
}

// Reads the inputs of every opportunity (`opportunityId` empty) or of one, and hands each to
// `sink(id, input)`: three queries whatever the number of opportunities (owners, activities,
// opportunities with their prospect), the rows in table order.
template <typename Sink>
void readInputs(const QSqlDatabase &db, const QString &opportunityId, Sink sink)
{
    const QHash<QString, Owner> owners = readOwners(db, opportunityId);
    const QHash<QString, QList<double>> delays = readResponseHours(db, opportunityId);
    QSqlQuery opp(db);
    opp.setForwardOnly(true);
    // The prospect's facts packed in one number: 1 linked, 2 revenue, 4 headcount, 8 decision maker.
    opp.prepare(QStringLiteral(
                    "SELECT o.id, o.stage, o.shared_connections, o.owner_id, (p.id IS NOT NULL) "
                    "+ 2 * (p.revenue_eur IS NOT NULL) + 4 * (coalesce(trim(p.headcount_band), '') <> '') "
                    "+ 8 * (coalesce(trim(p.contact_name), '') <> ''), p.disc_profile, p.latitude, p.longitude "
                    "FROM opportunities o LEFT JOIN prospects p ON p.id = o.prospect_id")
                + (opportunityId.isEmpty() ? QString() : QStringLiteral(" WHERE o.id = ?")));
    if (!opportunityId.isEmpty())
        opp.addBindValue(opportunityId);
    if (!opp.exec())
        return;
    while (opp.next()) {
        const QString id = opp.value(0).toString();
        scoring::ScoreInput in;
        in.stage = opp.value(1).toString();
        if (!opp.value(2).isNull())
            in.sharedConnections = opp.value(2).toInt();
        const auto owner = owners.constFind(opp.value(3).toString());
        if (owner != owners.cend())
            in.ownerDisc = owner->disc;
        const int prospect = opp.value(4).toInt();
        if (prospect & 1) { // without a prospect: no enrichment, no prospect DISC, no distance
            in.hasRevenue = prospect & 2;
            in.hasHeadcount = prospect & 4;
            in.hasDecisionMaker = prospect & 8;
            in.prospectDisc = opp.value(5).toString();
            const std::optional<geo::LatLon> at = position(opp, 6, 7);
            if (at && owner != owners.cend() && owner->office)
                in.distanceKm = geo::distanceKm(*at, *owner->office);
        }
        in.responseHours = delays.value(id);
        sink(id, std::move(in));
    }
}

} // namespace

std::optional<scoring::ScoreInput> input(const QSqlDatabase &db, const QString &opportunityId)
{
    std::optional<scoring::ScoreInput> out;
    if (opportunityId.isEmpty())
        return out;
    readInputs(db, opportunityId, [&out](const QString &, scoring::ScoreInput &&in) { out = std::move(in); });
    return out;
}

std::optional<scoring::ScoreResult> score(const QSqlDatabase &db, const QString &opportunityId)
{
    const std::optional<scoring::ScoreInput> in = input(db, opportunityId);
    if (!in)
        return std::nullopt;
    return scoring::score(*in);
}

QHash<QString, scoring::ScoreInput> allInputs(const QSqlDatabase &db)
{
    QHash<QString, scoring::ScoreInput> out;
    readInputs(db, QString(), [&out](const QString &id, scoring::ScoreInput &&in) { out.insert(id, std::move(in)); });
    return out;
}

QHash<QString, ScoreSummary> scoreAll(const QSqlDatabase &db)
{
    QHash<QString, ScoreSummary> out;
    out.reserve(4096);
    readInputs(db, QString(), [&out](const QString &id, scoring::ScoreInput &&in) {
        // score(in).total without its French reasons (scoring::totalScore() is the same sum).
        const int total = scoring::totalScore(in);
        out.insert(id, ScoreSummary{total, scoring::temperatureFor(total)});
    });
    return out;
}

} // namespace hector::sync::localScoring

