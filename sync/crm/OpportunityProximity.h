#pragma once

#include "core/geo/Geo.h"

#include <QList>
#include <QString>

class QSqlDatabase;

namespace hector::sync {

// An opportunity whose prospect lies near a point.
struct NearbyOpportunity
{
    QString id;
    QString title;
    QString stage;
    QString prospectId;
    QString prospectName;
    QString city;
    double distanceKm = 0;
};

// « À proximité »: the opportunities whose prospect is within `radiusKm` of `centre`, nearest
// first (then by title). The replica's R*Tree of prospect positions (prospects_geo, see
// LocalReplica) gives the candidates of geo::boundingBox(); geo::distanceKm() (haversine) keeps
// those really within the radius. `openOnly`: without the won and lost ones.
QList<NearbyOpportunity> opportunitiesNear(const QSqlDatabase &db, geo::LatLon centre, double radiusKm = 5.0,
                                           bool openOnly = false);

} // namespace hector::sync
