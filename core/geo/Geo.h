#pragma once

namespace hector::geo {

// A WGS 84 position in decimal degrees.
struct LatLon
{
    double lat = 0.0;
    double lon = 0.0;
};

// Great-circle distance in kilometres (haversine, mean Earth radius 6 371.0088 km). Accurate to
// about 0.5 % — ample for "within N km" and the geography factor of the score.
double distanceKm(LatLon a, LatLon b);

// The latitude/longitude box that contains every point within `radiusKm` of `centre` (for a
// first R*Tree filter before the exact distance).
struct BoundingBox
{
    double minLat, maxLat, minLon, maxLon;
};
BoundingBox boundingBox(LatLon centre, double radiusKm);

} // namespace hector::geo
