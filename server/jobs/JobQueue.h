#pragma once

#include "core/Result.h"
#include "services/AuthService.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>
#include <QUrlQuery>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcServerJobs)

namespace hector::server {

class Clock;
class Database;

// Durable job queue in PostgreSQL (table jobs, migration 0007), shared by every server process.
// A worker claims the oldest ready job with `FOR UPDATE SKIP LOCKED` (never the same job twice),
// runs its kind's handler, and records done / failed / dead:
//  - a handler error with a transient code (quota_exceeded, provider_rate_limited,
//    provider_unavailable, database_unavailable, database_busy) puts the job back in the queue at
//    now + max(details.retryAfterSeconds, 30 s x 2^(attempts-1), at most 1 h);
//  - once attempts reach max_attempts it goes to the dead letters (status dead);
//  - any other error is final (status failed).
// Both failed and dead jobs can be retried by an administrator. Times come from the Clock.
// Logging category hector.server.jobs.
class JobQueue
{
public:
    using Handler = std::function<Result<QJsonObject>(const QJsonObject &payload)>;

    JobQueue(Database &owner, const Clock &clock);
    ~JobQueue();

    void registerHandler(const QString &kind, Handler handler);

    // Queues a job; with `dedupeKey`, a queued or running job with that key is returned instead.
    Result<qint64> enqueue(const QString &kind, const QJsonObject &payload, const QString &dedupeKey = {},
                           int maxAttempts = 5);
    // Claims one ready job and runs it on the calling thread; false when none was ready.
    Result<bool> runOne(const QString &worker = {});
    // runOne() until none is ready (or `max` jobs ran); the number run.
    int runReady(int max = 10000);

    // `workers` threads polling every `pollMs` (and woken by enqueue()); 0: none.
    void start(int workers, int pollMs = 1000);
    void stop();

    // --- Admin endpoints (administrators only) ---------------------------------------------------
    Result<QJsonObject> list(const AuthUser &caller, const QUrlQuery &query);
    Result<QJsonObject> retry(const AuthUser &caller, const QString &id);
    Result<QJsonObject> cancel(const AuthUser &caller, const QString &id);
    // A job as the API shows it (no permission check: the caller checked).
    Result<QJsonObject> job(qint64 id);

    static bool isTransient(const Error &error);
    static qint64 backoffSeconds(int attempts);

private:
    // An administrator's change of one job's status: `update` ($1 id, $2 now) returns the row when
    // the job was in a state that allows it; otherwise `conflict` (its message gets the status).
    Result<QJsonObject> transition(const AuthUser &caller, const QString &idText, const QString &update,
                                   const QString &conflictMessage);
    void workerLoop(int index);

    Database &m_owner;
    const Clock &m_clock;
    QString m_host;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    QHash<QString, Handler> m_handlers;
    std::vector<std::thread> m_threads;
    std::atomic_bool m_stopping{false};
    int m_pollMs = 1000;
};

} // namespace hector::server
