#include "core/geo/Geo.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace hector::geo {

namespace {
constexpr double kEarthRadiusKm = 6371.0088;
constexpr double kDegToRad = std::numbers::pi / 180.0;
} // namespace

double distanceKm(LatLon a, LatLon b)
{
    const double dLat = (b.lat - a.lat) * kDegToRad;
    const double dLon = (b.lon - a.lon) * kDegToRad;
    const double s = std::sin(dLat / 2) * std::sin(dLat / 2)
                     + std::cos(a.lat * kDegToRad) * std::cos(b.lat * kDegToRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(s)));
}

BoundingBox boundingBox(LatLon centre, double radiusKm)
{
    const double dLat = radiusKm / kEarthRadiusKm / kDegToRad;
    const double cosLat = std::cos(centre.lat * kDegToRad);
    // Near the poles every longitude is within reach.
    const double dLon = cosLat < 1e-6 ? 180.0 : std::min(180.0, dLat / cosLat);
    return {std::max(-90.0, centre.lat - dLat), std::min(90.0, centre.lat + dLat), centre.lon - dLon, centre.lon + dLon};
}

} // namespace hector::geo
