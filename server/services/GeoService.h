#pragma once

#include "core/Result.h"
#include "services/AuthService.h"

#include <QJsonObject>

namespace hector::server {

class Clock;
class Database;
class Geocoder;
class JobQueue;

// Module 17 endpoints: geocode one address or prospect, batches through the job queue, stats.
// Prospects are read in the caller's row-level security context; the coordinates of a prospect
// are written by the server (owner connection, audited) and reach the replicas (sync capture).
class GeoService
{
public:
    GeoService(Database &db, Database &owner, const Clock &clock, JobQueue &jobs, Geocoder &geocoder);

    static inline const QString kBatchKind = QStringLiteral("geocode_batch");

    // POST /api/geo/geocode {"prospectId"} or {"address","postcode","city","countryCode"}.
    Result<QJsonObject> geocode(const AuthUser &caller, const QJsonObject &body, const RequestContext &ctx);
    // POST /api/geo/geocode/batch -> {"jobId","count"} (202).
    Result<QJsonObject> batch(const AuthUser &caller, const QJsonObject &body);
    // GET /api/geo/stats.
    Result<QJsonObject> stats(const AuthUser &caller);
    // The job: {"prospectIds": [...]} -> {"geocoded", "notFound", "bySource"}.
    Result<QJsonObject> runBatch(const QJsonObject &payload);

    // Geocodes one prospect (owner connection) and writes its coordinates; audited as `userId`.
    Result<QJsonObject> geocodeProspect(const QString &prospectId, const QString &userId, const QString &userEmail,
                                        const QString &ip, bool automatic = false);

private:
    Database &m_db;
    Database &m_owner;
    const Clock &m_clock;
    JobQueue &m_jobs;
    Geocoder &m_geocoder;
};

} // namespace hector::server
