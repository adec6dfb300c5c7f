#pragma once

#include "core/Result.h"
#include "providers/CompanyRegistry.h"
#include "services/AuthService.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace hector::server {

class Clock;
class Database;
class JobQueue;

// The enrichment cascade of modules 6/16 (docs/crm.md, « Enrichissement »): INSEE Sirene first
// (free), Pappers only for what INSEE lacks (revenue, decision maker) and only when configured.
// A field is written when it is empty or still holds the value the last enrichment wrote
// (enrichment_provenance[field].value): a value typed by a user is never overwritten. Each write
// records {source, at, value} in enrichment_provenance, sets enrichment_status / source /
// enriched_at, is audited (UPDATE prospect) and reaches the replicas through the capture trigger.
class EnrichmentService
{
public:
    struct Settings
    {
        int nightlyLimit = 100;
        int cooldownDays = 30;
    };
    EnrichmentService(Database &db, Database &owner, const Clock &clock, JobQueue &jobs, InseeClient &insee,
                      PappersClient &pappers, Settings settings);

    static inline const QString kJobKind = QStringLiteral("enrich_prospect");

    // POST /api/crm/prospects/{id}/enrich -> {"jobId", "status": "pending"} (202).
    Result<QJsonObject> request(const AuthUser &caller, const QString &prospectId);
    // Queues the enrichment of a prospect (after its qualification); no provider: nothing.
    void queueAfterQualification(const QString &prospectId, const AuthUser &caller);
    // The job: {"prospectId", "userId"?, "userEmail"?} -> {"prospectId", "updated": [...], "source"}.
    Result<QJsonObject> run(const QJsonObject &payload);
    // The 03:00 job: the least complete prospects outside the cooldown, at most nightlyLimit.
    Result<QJsonObject> nightly(const QDateTime &now);
    // GET /api/admin/auto-enrichment/stats (administrators).
    Result<QJsonObject> stats(const AuthUser &caller, const QJsonObject &lastRun);
    // POST /api/admin/auto-enrichment/backfill {"limit"} (administrators) -> {"queued"}.
    Result<QJsonObject> backfill(const AuthUser &caller, const QJsonObject &body);

    bool anyProviderConfigured() const { return m_insee.configured() || m_pappers.configured(); }
    const Settings &settings() const { return m_settings; }

    // Quality tier of a score: low (0-30), medium (31-60), high (61-89), complete (90-100).
    static QString tierOf(int score);

private:
    // Queues up to `limit` candidates (cooldown applied when `cooldown`), least complete first.
    Result<QJsonObject> queueCandidates(int limit, bool cooldown, const QDateTime &now);
    Result<qint64> queue(const QString &prospectId, const QString &userId, const QString &userEmail);
    Result<void> markFailed(const QString &prospectId, const QString &message);

    Database &m_db;
    Database &m_owner;
    const Clock &m_clock;
    JobQueue &m_jobs;
    InseeClient &m_insee;
    PappersClient &m_pappers;
    Settings m_settings;
};

} // namespace hector::server
