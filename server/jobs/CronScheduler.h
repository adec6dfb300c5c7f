#pragma once

#include "core/Result.h"
#include "services/AuthService.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <QTime>
#include <QTimer>
#include <QUrlQuery>

#include <atomic>
#include <functional>
#include <mutex>

namespace hector::server {

class Clock;
class Database;
class EmailSender;

// The scheduled jobs of the server (module 14): rescoring every day at 01:00, stagnation
// detection at 09:00 and (issue #7) the nightly enrichment at 03:00, Europe/Paris local time, read
// from the injectable Clock. Each schedule can be disabled (cron_schedules.enabled): a disabled job
// is not claimed nor run by any process.
//
// Every server process on a database ticks; each scheduled run is claimed with
// `INSERT INTO cron_runs (job, scheduled_for, …) ON CONFLICT DO NOTHING` on the owner connection and
// only the process whose insert succeeded runs it. A run missed while no server was up runs at the
// first tick later the same local day. Each run records finished_at, status (done, failed) and
// its counts or error in detail. Logging category hector.server.cron.
class CronScheduler : public QObject
{
    Q_OBJECT
public:
    struct Job
    {
        QString name; // "rescoring", "stagnation", "enrichment"
        QTime at;     // local time, Europe/Paris
    };
    static const QList<Job> &jobs();

    CronScheduler(Database &owner, const Clock &clock, EmailSender *email, QString emailFrom,
                  QObject *parent = nullptr);
    ~CronScheduler() override;

    // Ticks now and then every `tickSeconds` on this thread's event loop; the jobs themselves run
    // on a worker thread (a tick is skipped while a job still runs).
    void start(int tickSeconds);
    // Stops ticking and waits for a running job.
    void stop();

    // Runs here and now every job whose time has come on the local day of `now` and whose run of
    // that day no process has claimed yet. Returns the jobs this call ran.
    QStringList runDue(const QDateTime &now);
    // The instant (UTC) of `job`'s run on the local day of `now`.
    static QDateTime scheduledFor(const Job &job, const QDateTime &now);

    // A job run by another module (issue #7: "enrichment" -> EnrichmentService::nightly).
    using Runner = std::function<Result<QJsonObject>(const QDateTime &now)>;
    void setRunner(const QString &job, Runner runner);
    // French label of a job.
    static QString labelOf(const QString &job);

    // GET /api/admin/schedules, administrators only: every job with its time, enabled flag
    // (cron_schedules, shared by every process), next run and last run.
    Result<QJsonObject> schedules(const AuthUser &caller);
    // PUT /api/admin/schedules/{job} {"enabled": bool} -> {"schedule"}.
    Result<QJsonObject> setEnabled(const AuthUser &caller, const QString &job, const QJsonObject &body,
                                   const RequestContext &ctx);
    // POST /api/admin/schedules/{job}/run -> {"run"} (as trigger()).
    Result<QJsonObject> runNow(const AuthUser &caller, const QString &job, const RequestContext &ctx);

    // POST /api/opportunities/trigger-worker, administrators only: body {"job"}; runs it now
    // (trigger "manual", history source "manual") and answers {"run"} once it is over.
    Result<QJsonObject> trigger(const AuthUser &caller, const QJsonObject &body, const RequestContext &ctx);
    // GET /api/admin/cron-runs, administrators only: the last runs of each job (query: limit per
    // job, 1..100, default 10).
    Result<QJsonObject> runs(const AuthUser &caller, const QUrlQuery &query);

private:
    void tick();
    // The job itself; its counts.
    Result<QJsonObject> execute(const QString &job, const QDateTime &now, const QString &source);
    // Claims and runs one run; returns the run row as JSON (null id when another process had it).
    Result<QJsonObject> claimAndRun(const QString &job, const QDateTime &scheduledFor, const QString &trigger,
                                    const QDateTime &now);

    Database &m_owner;
    const Clock &m_clock;
    EmailSender *m_email;
    QString m_emailFrom;
    QString m_host;
    QTimer m_timer;
    QThreadPool m_pool;
    std::atomic_bool m_busy{false};
    std::mutex m_mutex;
    QHash<QString, QDateTime> m_handled; // job -> the scheduled run already claimed (by anyone)
    QHash<QString, Runner> m_runners;
    Result<QJsonObject> scheduleJson(const Job &job);
    Result<bool> enabled(const QString &job);
};

} // namespace hector::server
