#include "jobs/JobQueue.h"

#include "db/Database.h"
#include "services/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>

Q_LOGGING_CATEGORY(lcServerJobs, "hector.server.jobs")

namespace hector::server {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hector::server::JobQueue", text);
}

Error adminOnly()
{
    return makeError(QStringLiteral("forbidden"), tr("Seul un administrateur peut consulter ou piloter la file de tâches."));
}

const QString kColumns = QStringLiteral("id, kind, status, attempts, max_attempts, run_at, created_at, started_at, finished_at,"
                                        " last_error, payload::text AS payload, result::text AS result");

QJsonValue timeOrNull(const PgResult &r, int i, const char *column)
{
    const QDateTime t = r.toDateTime(i, column);
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonObject jobJson(const PgResult &r, int i)
{
    return QJsonObject{{QStringLiteral("id"), r.toInt(i, "id")},
                       {QStringLiteral("kind"), r.text(i, "kind")},
                       {QStringLiteral("status"), r.text(i, "status")},
                       {QStringLiteral("attempts"), r.toInt(i, "attempts")},
                       {QStringLiteral("maxAttempts"), r.toInt(i, "max_attempts")},
                       {QStringLiteral("runAt"), timeOrNull(r, i, "run_at")},
                       {QStringLiteral("createdAt"), timeOrNull(r, i, "created_at")},
                       {QStringLiteral("startedAt"), timeOrNull(r, i, "started_at")},
                       {QStringLiteral("finishedAt"), timeOrNull(r, i, "finished_at")},
                       {QStringLiteral("lastError"), r.isNull(i, "last_error") ? QJsonValue(QJsonValue::Null)
                                                                               : QJsonValue(r.text(i, "last_error"))},
                       {QStringLiteral("payload"), QJsonDocument::fromJson(r.text(i, "payload").toUtf8()).object()},
                       {QStringLiteral("result"), r.isNull(i, "result")
                                                      ? QJsonValue(QJsonValue::Null)
                                                      : QJsonValue(QJsonDocument::fromJson(r.text(i, "result").toUtf8()).object())}};
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return makeError(QStringLiteral("not_found"), tr("Cette tâche n'existe pas."));
    return id;
}
} // namespace

JobQueue::JobQueue(Database &owner, const Clock &clock)
    : m_owner(owner)
    , m_clock(clock)
    , m_host(QStringLiteral("%1:%2").arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid()))
{}

JobQueue::~JobQueue()
{
    stop();
}

void JobQueue::registerHandler(const QString &kind, Handler handler)
{
    std::lock_guard lock(m_mutex);
    m_handlers.insert(kind, std::move(handler));
}

bool JobQueue::isTransient(const Error &error)
{
    static const QStringList codes{QStringLiteral("quota_exceeded"), QStringLiteral("provider_rate_limited"),
                                   QStringLiteral("provider_unavailable"), QStringLiteral("database_unavailable"),
                                   QStringLiteral("database_busy")};
    return codes.contains(error.code);
}

qint64 JobQueue::backoffSeconds(int attempts)
{
    const int exponent = std::clamp(attempts - 1, 0, 20);
    return std::min<qint64>(3600, 30LL << exponent);
}

Result<qint64> JobQueue::enqueue(const QString &kind, const QJsonObject &payload, const QString &dedupeKey, int maxAttempts)
{
    auto conn = m_owner.connection();
    if (!conn)
        return conn.error();
    const QDateTime now = m_clock.now();
    auto r = (*conn)->exec(QStringLiteral("INSERT INTO jobs (kind, payload, dedupe_key, max_attempts, run_at, created_at)"
                                          " VALUES ($1, $2::jsonb, NULLIF($3, ''), $4, $5, $5)"
                                          " ON CONFLICT (dedupe_key) WHERE status IN ('queued', 'running') DO NOTHING RETURNING id"),
                           {kind, compact(payload), dedupeKey, std::max(1, maxAttempts), now});
    if (!r)
        return r.error();
    if (r->rows() == 0) {
        auto existing = (*conn)->exec(QStringLiteral("SELECT id FROM jobs WHERE dedupe_key = $1 AND status IN ('queued', 'running')"),
                                      {dedupeKey});
        if (!existing)
            return existing.error();
        if (existing->rows() == 1)
            return existing->toInt(0, "id");
        return enqueue(kind, payload, dedupeKey, maxAttempts); // finished in between
    }
    m_wake.notify_one();
    return r->toInt(0, "id");
}

Result<bool> JobQueue::runOne(const QString &worker)
{
    auto conn = m_owner.connection();
    if (!conn)
        return conn.error();
    const QDateTime now = m_clock.now();
    // A job left running by a process that died (no job runs that long: a batch of 5 000 Nominatim
    // geocodes takes 84 minutes) goes back to the queue, its attempt counted.
    if (auto stale = (*conn)->exec(QStringLiteral("UPDATE jobs SET status = CASE WHEN attempts >= max_attempts THEN 'dead' ELSE 'queued' END,"
                                                  " finished_at = CASE WHEN attempts >= max_attempts THEN $1::timestamptz END,"
                                                  " run_at = $1, last_error = $2"
                                                  " WHERE status = 'running' AND started_at < $1::timestamptz - interval '3 hours'"),
                                   {now, tr("Tâche interrompue (processus arrêté) : remise en file.")});
        !stale)
        return stale.error();
    // Autocommit: the claim is visible at once; SKIP LOCKED lets concurrent workers take other rows.
    const QString claimer = worker.isEmpty() ? m_host : worker;
    auto claimed = (*conn)->exec(QStringLiteral("UPDATE jobs SET status = 'running', attempts = attempts + 1, started_at = $1,"
                                                " finished_at = NULL, locked_by = $2"
                                                " WHERE id = (SELECT id FROM jobs WHERE status = 'queued' AND run_at <= $1"
                                                "             ORDER BY run_at, id FOR UPDATE SKIP LOCKED LIMIT 1)"
                                                " RETURNING id, kind, attempts, max_attempts, payload::text AS payload"),
                                 {now, claimer});
    if (!claimed)
        return claimed.error();
    if (claimed->rows() == 0)
        return false;
    const qint64 id = claimed->toInt(0, "id");
    const QString kind = claimed->text(0, "kind");
    const int attempts = int(claimed->toInt(0, "attempts"));
    const int maxAttempts = int(claimed->toInt(0, "max_attempts"));
    const QJsonObject payload = QJsonDocument::fromJson(claimed->text(0, "payload").toUtf8()).object();
    Handler handler;
    {
        std::lock_guard lock(m_mutex);
        handler = m_handlers.value(kind);
    }
    Result<QJsonObject> outcome = handler ? handler(payload)
                                          : Result<QJsonObject>(makeError(QStringLiteral("invalid_request"),
                                                                          tr("Type de tâche inconnu : « %1 ».").arg(kind)));
    conn = m_owner.connection(); // the handler may have replaced a broken connection
    if (!conn)
        return conn.error();
    const QDateTime end = m_clock.now();
    Result<PgResult> written = outcome
        ? (*conn)->exec(QStringLiteral("UPDATE jobs SET status = 'done', finished_at = $2, result = $3::jsonb, last_error = NULL"
                                       " WHERE id = $1 AND status = 'running' AND locked_by = $4 AND attempts = $5"),
                        {id, end, compact(*outcome), claimer, attempts})
        : Result<PgResult>(PgResult());
    if (outcome) {
        qCInfo(lcServerJobs).noquote() << QStringLiteral("job %1 (%2) done").arg(id).arg(kind);
    } else {
        const Error &e = outcome.error();
        QString status = QStringLiteral("failed");
        QDateTime runAt = end;
        int attemptsKept = attempts;
        if (e.code == QLatin1String("quota_exceeded")) {
            // Our own quota refused the call before it reached the provider: not an attempt; the
            // job waits for the window to reopen.
            status = QStringLiteral("queued");
            attemptsKept = attempts - 1;
            const qint64 asked = e.details.value(QLatin1StringView("retryAfterSeconds")).toInteger();
            runAt = end.addSecs(std::max<qint64>(asked, 60));
        } else if (isTransient(e)) {
            if (attempts >= maxAttempts) {
                status = QStringLiteral("dead");
            } else {
                status = QStringLiteral("queued");
                const qint64 asked = e.details.value(QLatin1StringView("retryAfterSeconds")).toInteger();
                runAt = end.addSecs(std::max(asked, backoffSeconds(attempts)));
            }
        }
        qCWarning(lcServerJobs).noquote() << QStringLiteral("job %1 (%2) attempt %3/%4: %5 -> %6")
                                                 .arg(id)
                                                 .arg(kind)
                                                 .arg(attempts)
                                                 .arg(maxAttempts)
                                                 .arg(e.message, status);
        // Only while this worker still holds the claim (a job recovered as stale may run elsewhere).
        written = (*conn)->exec(QStringLiteral("UPDATE jobs SET status = $2, finished_at = CASE WHEN $2 = 'queued' THEN NULL ELSE $3::timestamptz END,"
                                               " run_at = $4, last_error = $5, result = $6::jsonb, attempts = $9"
                                               " WHERE id = $1 AND status = 'running' AND locked_by = $7 AND attempts = $8"),
                                {id, status, end, runAt, e.message,
                                 compact(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), e.code},
                                                                                          {QStringLiteral("message"), e.message}}}}),
                                 claimer, attempts, attemptsKept});
    }
    if (!written)
        return written.error();
    return true;
}

int JobQueue::runReady(int max)
{
    int n = 0;
    while (n < max) {
        auto ran = runOne();
        if (!ran || !*ran)
            break;
        ++n;
    }
    return n;
}

void JobQueue::start(int workers, int pollMs)
{
    m_pollMs = std::max(10, pollMs);
    m_stopping = false;
    for (int i = 0; i < workers; ++i)
        m_threads.emplace_back([this, i] { workerLoop(i); });
    if (workers > 0)
        qCInfo(lcServerJobs) << "job queue started with" << workers << "worker(s)";
}

void JobQueue::stop()
{
    m_stopping = true;
    m_wake.notify_all();
    for (std::thread &t : m_threads)
        t.join();
    m_threads.clear();
}

void JobQueue::workerLoop(int index)
{
    const QString worker = QStringLiteral("%1#%2").arg(m_host).arg(index);
    while (!m_stopping) {
        auto ran = runOne(worker);
        if (ran && *ran)
            continue;
        if (!ran)
            qCWarning(lcServerJobs).noquote() << QStringLiteral("worker %1: %2").arg(worker, ran.error().message);
        std::unique_lock lock(m_mutex);
        m_wake.wait_for(lock, std::chrono::milliseconds(m_pollMs), [this] { return m_stopping.load(); });
    }
    m_owner.discardConnection();
}

Result<QJsonObject> JobQueue::job(qint64 id)
{
    auto conn = m_owner.connection();
    if (!conn)
        return conn.error();
    auto r = (*conn)->exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM jobs WHERE id = $1"), {id});
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return makeError(QStringLiteral("not_found"), tr("Cette tâche n'existe pas."));
    return jobJson(*r, 0);
}

Result<QJsonObject> JobQueue::list(const AuthUser &caller, const QUrlQuery &query)
{
    if (caller.user.role != Role::Admin)
        return adminOnly();
    const QString status = query.queryItemValue(QStringLiteral("status")).trimmed();
    static const QStringList statuses{QStringLiteral("queued"), QStringLiteral("running"), QStringLiteral("done"),
                                      QStringLiteral("failed"), QStringLiteral("dead"),   QStringLiteral("cancelled")};
    if (!status.isEmpty() && !statuses.contains(status))
        return makeError(QStringLiteral("invalid_request"),
                         tr("« status » vaut queued, running, done, failed, dead ou cancelled."));
    const QString kind = query.queryItemValue(QStringLiteral("kind")).trimmed();
    const QString limitText = query.queryItemValue(QStringLiteral("limit")).trimmed();
    bool ok = true;
    const int limit = limitText.isEmpty() ? 100 : limitText.toInt(&ok);
    if (!ok || limit < 1 || limit > 500)
        return makeError(QStringLiteral("invalid_request"), tr("« limit » va de 1 à 500."));
    auto conn = m_owner.connection();
    if (!conn)
        return conn.error();
    auto r = (*conn)->exec(QStringLiteral("SELECT ") + kColumns
                               + QStringLiteral(" FROM jobs WHERE ($1 = '' OR status = $1) AND ($2 = '' OR kind = $2)"
                                                " ORDER BY created_at DESC, id DESC LIMIT $3"),
                           {status, kind, limit});
    if (!r)
        return r.error();
    QJsonArray jobs;
    for (int i = 0; i < r->rows(); ++i)
        jobs.append(jobJson(*r, i));
    auto c = (*conn)->exec(QStringLiteral("SELECT status, count(*) AS n FROM jobs WHERE ($1 = '' OR kind = $1) GROUP BY status"), {kind});
    if (!c)
        return c.error();
    QJsonObject counts;
    for (const QString &s : statuses)
        counts.insert(s, 0);
    for (int i = 0; i < c->rows(); ++i)
        counts.insert(c->text(i, "status"), c->toInt(i, "n"));
    return QJsonObject{{QStringLiteral("jobs"), jobs}, {QStringLiteral("counts"), counts}};
}

Result<QJsonObject> JobQueue::transition(const AuthUser &caller, const QString &idText, const QString &update,
                                         const QString &conflictMessage)
{
    if (caller.user.role != Role::Admin)
        return adminOnly();
    auto id = parseId(idText);
    if (!id)
        return id.error();
    auto conn = m_owner.connection();
    if (!conn)
        return conn.error();
    auto r = (*conn)->exec(update, {*id, m_clock.now()});
    if (!r)
        return r.error();
    auto current = job(*id);
    if (!current)
        return current.error();
    if (r->rows() == 0)
        return makeError(QStringLiteral("conflict"), conflictMessage.arg(current->value(QLatin1StringView("status")).toString()));
    return QJsonObject{{QStringLiteral("job"), *current}};
}

Result<QJsonObject> JobQueue::retry(const AuthUser &caller, const QString &idText)
{
    auto done = transition(caller, idText,
                           QStringLiteral("UPDATE jobs SET status = 'queued', attempts = 0, run_at = $2, finished_at = NULL"
                                          " WHERE id = $1 AND status IN ('failed', 'dead') RETURNING id"),
                           tr("Seule une tâche en échec ou abandonnée peut être relancée (statut actuel : %1)."));
    if (done)
        m_wake.notify_one();
    return done;
}

Result<QJsonObject> JobQueue::cancel(const AuthUser &caller, const QString &idText)
{
    return transition(caller, idText,
                      QStringLiteral("UPDATE jobs SET status = 'cancelled', finished_at = $2 WHERE id = $1 AND status = 'queued'"
                                     " RETURNING id"),
                      tr("Seule une tâche en attente peut être annulée (statut actuel : %1)."));
}

} // namespace hector::server
