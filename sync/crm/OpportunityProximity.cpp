#include "sync/crm/OpportunityProximity.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>

namespace hector::sync {

namespace {
struct LonRange
{
    double min;
    double max;
};

// The longitude ranges of a box, in [-180, 180]: a box crossing the antimeridian is cut in two.
QList<LonRange> lonRanges(const geo::BoundingBox &box)
{
    if (box.maxLon - box.minLon >= 360)
        return {{-180, 180}};
    QList<LonRange> out{{std::max(-180.0, box.minLon), std::min(180.0, box.maxLon)}};
    if (box.minLon < -180)
        out.append({box.minLon + 360, 180});
    if (box.maxLon > 180)
        out.append({-180, box.maxLon - 360});
    return out;
}
} // namespace

QList<NearbyOpportunity> opportunitiesNear(const QSqlDatabase &db, geo::LatLon centre, double radiusKm, bool openOnly)
{
    QList<NearbyOpportunity> out;
    if (!(radiusKm >= 0))
        return out;
    const geo::BoundingBox box = geo::boundingBox(centre, radiusKm);
    const QList<LonRange> ranges = lonRanges(box);
    QSet<QString> seen; // a point on the cut of two ranges comes twice
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The R*Tree first (CROSS JOIN keeps that order), then each candidate's prospect by rowid and
    // its opportunities by the prospect_id index.
    q.prepare(QStringLiteral("SELECT o.id, o.title, o.stage, p.id, p.company_name, p.city, p.latitude, p.longitude "
                             "FROM prospects_geo g CROSS JOIN prospects p ON p.rowid = g.id "
                             "CROSS JOIN opportunities o ON o.prospect_id = p.id "
                             "WHERE g.max_lat >= ? AND g.min_lat <= ? AND g.max_lon >= ? AND g.min_lon <= ?")
              + (openOnly ? QStringLiteral(" AND o.stage NOT IN ('gagne', 'perdu')") : QString()));
    for (const LonRange &range : ranges) {
        q.addBindValue(box.minLat);
        q.addBindValue(box.maxLat);
        q.addBindValue(range.min);
        q.addBindValue(range.max);
        if (!q.exec())
            return out;
        while (q.next()) {
            const double d = geo::distanceKm(centre, {q.value(6).toDouble(), q.value(7).toDouble()});
            if (d > radiusKm)
                continue;
            const QString id = q.value(0).toString();
            if (ranges.size() > 1) {
                if (seen.contains(id))
                    continue;
                seen.insert(id);
            }
            out.append({id, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                        q.value(5).toString(), d});
        }
    }
    std::sort(out.begin(), out.end(), [](const NearbyOpportunity &a, const NearbyOpportunity &b) {
        if (a.distanceKm != b.distanceKm)
            return a.distanceKm < b.distanceKm;
        return a.title.localeAwareCompare(b.title) < 0;
    });
    return out;
}

} // namespace hector::sync
