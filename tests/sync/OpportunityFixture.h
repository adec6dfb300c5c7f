#pragma once
// Helpers of the opportunity tests (tst_local_scoring, tst_ui_opportunities): points at a known
// distance on the sphere of core/geo, and plain SQL on the replica (rows written as a sync would).

#include "core/geo/Geo.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <cmath>
#include <numbers>

namespace hector::test {

// The point `km` kilometres north of `from` (negative: south), along the meridian.
inline geo::LatLon north(geo::LatLon from, double km)
{
    return {from.lat + km / 6371.0088 * 180.0 / std::numbers::pi, from.lon};
}

// The point `km` kilometres east of `from` (negative: west) on the great circle leaving it at a
// bearing of 90° (destination point formula): exactly `km` away for core/geo's haversine.
inline geo::LatLon east(geo::LatLon from, double km)
{
    const double r = std::numbers::pi / 180.0;
    const double d = km / 6371.0088;
    const double lat1 = from.lat * r;
    const double lat2 = std::asin(std::sin(lat1) * std::cos(d));
    const double lon2 = from.lon * r + std::atan2(std::sin(d) * std::cos(lat1), std::cos(d) - std::sin(lat1) * std::sin(lat2));
    return {lat2 / r, lon2 / r};
}

inline bool execSql(const QSqlDatabase &db, const QString &sql, const QVariantList &params = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &p : params)
        q.addBindValue(p);
    if (!q.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

} // namespace hector::test
