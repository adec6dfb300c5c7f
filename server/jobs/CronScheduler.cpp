#include "jobs/CronScheduler.h"

#include "db/Database.h"
#include "jobs/MaintenanceJob.h"
#include "jobs/OpportunityJobs.h"
#include "repositories/AuditRepository.h"
#include "server/Logging.h"
#include "services/Clock.h"
#include "services/LocalTime.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace hector::server {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hector::server::CronScheduler", text);
}

Error adminOnly()
{
    return makeError(QStringLiteral("forbidden"), tr("Seul un administrateur peut lancer ou consulter les tâches planifiées."));
}

const QString kRunColumns = QStringLiteral("id, job, scheduled_for, trigger, started_at, finished_at, status,"
                                           " detail::text AS detail, host");

QJsonValue timeOrNull(const PgResult &r, int i, const char *column)
{
    const QDateTime t = r.toDateTime(i, column);
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonObject runJson(const PgResult &r, int i)
{
    return QJsonObject{{QStringLiteral("id"), r.toInt(i, "id")},
                       {QStringLiteral("job"), r.text(i, "job")},
                       {QStringLiteral("scheduledFor"), timeOrNull(r, i, "scheduled_for")},
                       {QStringLiteral("trigger"), r.text(i, "trigger")},
                       {QStringLiteral("startedAt"), timeOrNull(r, i, "started_at")},
                       {QStringLiteral("finishedAt"), timeOrNull(r, i, "finished_at")},
                       {QStringLiteral("status"), r.text(i, "status")},
                       {QStringLiteral("detail"), QJsonDocument::fromJson(r.text(i, "detail").toUtf8()).object()},
                       {QStringLiteral("host"), r.text(i, "host")}};
}

const CronScheduler::Job *findJob(const QString &name)
{
    for (const CronScheduler::Job &j : CronScheduler::jobs()) {
        if (j.name == name)
            return &j;
    }
    return nullptr;
}
} // namespace

const QList<CronScheduler::Job> &CronScheduler::jobs()
{
    static const QList<Job> list{{QStringLiteral("rescoring"), QTime(1, 0)},
                                 {QStringLiteral("stagnation"), QTime(9, 0)},
                                 {QStringLiteral("enrichment"), QTime(3, 0)},
                                 {QStringLiteral("maintenance"), QTime(4, 0)}};
    return list;
}

CronScheduler::CronScheduler(Database &owner, const Clock &clock, EmailSender *email, QString emailFrom,
                             QObject *parent)
    : QObject(parent)
    , m_owner(owner)
    , m_clock(clock)
    , m_email(email)
    , m_emailFrom(std::move(emailFrom))
    , m_host(QStringLiteral("%1:%2").arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid()))
{
    m_pool.setMaxThreadCount(1);
    connect(&m_timer, &QTimer::timeout, this, &CronScheduler::tick);
}

CronScheduler::~CronScheduler()
{
    stop();
}

void CronScheduler::start(int tickSeconds)
{
    m_timer.start(std::chrono::seconds(std::max(1, tickSeconds)));
    QTimer::singleShot(0, this, &CronScheduler::tick); // a run missed earlier today: at once
    qCInfo(lcServerCron).noquote() << QStringLiteral("scheduler started: rescoring at 01:00, stagnation at 09:00 "
                                                     "(Europe/Paris), checked every %1 s")
                                          .arg(tickSeconds);
}

void CronScheduler::stop()
{
    m_timer.stop();
    m_pool.waitForDone();
}

void CronScheduler::tick()
{
    if (m_busy.exchange(true))
        return; // the previous tick's job still runs
    (void)QtConcurrent::run(&m_pool, [this] {
        runDue(m_clock.now());
        m_owner.discardConnection(); // a daily job: no idle connection kept on the worker thread
        m_busy = false;
    });
}

QDateTime CronScheduler::scheduledFor(const Job &job, const QDateTime &now)
{
    return localtime::sameDayAt(now, job.at);
}

QStringList CronScheduler::runDue(const QDateTime &now)
{
    QStringList ran;
    for (const Job &job : jobs()) {
        const QDateTime due = scheduledFor(job, now);
        if (now < due)
            continue;
        {
            std::lock_guard lock(m_mutex);
            if (m_handled.value(job.name) == due)
                continue;
        }
        auto on = enabled(job.name);
        if (!on || !*on)
            continue; // disabled (or unreadable: retried at the next tick)
        auto run = claimAndRun(job.name, due, QStringLiteral("schedule"), now);
        if (!run) {
            qCWarning(lcServerCron).noquote() << QStringLiteral("%1: could not claim the run of %2: %3")
                                                     .arg(job.name, due.toString(Qt::ISODate), run.error().message);
            continue; // retried at the next tick
        }
        {
            std::lock_guard lock(m_mutex);
            m_handled.insert(job.name, due);
        }
        if (!run->value(QLatin1StringView("id")).isNull())
            ran << job.name;
    }
    return ran;
}

Result<QJsonObject> CronScheduler::claimAndRun(const QString &job, const QDateTime &scheduledFor,
                                               const QString &trigger, const QDateTime &now)
{
    auto conn = m_owner.connection();
    if (!conn)
        return conn.error();
    // Autocommit: the claim is visible to every other process at once.
    auto claimed = (*conn)->exec(QStringLiteral("INSERT INTO cron_runs (job, scheduled_for, trigger, started_at, host)"
                                                " VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING id"),
                                 {job, scheduledFor, trigger, now, m_host});
    if (!claimed)
        return claimed.error();
    if (claimed->rows() == 0) {
        qCInfo(lcServerCron).noquote() << QStringLiteral("%1 of %2: claimed by another process")
                                              .arg(job, scheduledFor.toString(Qt::ISODate));
        return QJsonObject{{QStringLiteral("id"), QJsonValue::Null}};
    }
    const qint64 id = claimed->toInt(0, "id");
    qCInfo(lcServerCron).noquote() << QStringLiteral("%1 (%2, run %3) started").arg(job, trigger).arg(id);

    // Runs of one job never overlap, whatever process or trigger started them.
    const QString lockKey = QString(QStringLiteral("hector.cron.") + job);
    if (auto locked = (*conn)->exec(QStringLiteral("SELECT pg_advisory_lock(hashtext($1))"), {lockKey}); !locked)
        return locked.error();
    QElapsedTimer elapsed;
    elapsed.start();
    auto outcome = execute(job, now, trigger == QLatin1String("manual") ? QStringLiteral("manual")
                                                                         : QStringLiteral("cron"));
    conn = m_owner.connection(); // the job may have replaced a broken connection
    if (!conn)
        return conn.error();
    (void)(*conn)->exec(QStringLiteral("SELECT pg_advisory_unlock(hashtext($1))"), {lockKey});
    QJsonObject detail = outcome ? *outcome : QJsonObject{{QStringLiteral("error"), outcome.error().message}};
    detail.insert(QStringLiteral("durationMs"), elapsed.elapsed());
    const QString status = outcome ? QStringLiteral("done") : QStringLiteral("failed");
    if (outcome) {
        qCInfo(lcServerCron).noquote() << QStringLiteral("%1 (run %2) done in %3 ms: %4")
                                              .arg(job)
                                              .arg(id)
                                              .arg(elapsed.elapsed())
                                              .arg(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    } else {
        qCWarning(lcServerCron).noquote() << QStringLiteral("%1 (run %2) failed: %3").arg(job).arg(id).arg(outcome.error().message);
    }
    auto finished = (*conn)->exec(QStringLiteral("UPDATE cron_runs SET finished_at = $2, status = $3, detail = $4::jsonb"
                                                 " WHERE id = $1 RETURNING ")
                                      + kRunColumns,
                                  {id, m_clock.now(), status,
                                   QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
    if (!finished)
        return finished.error();
    return runJson(*finished, 0);
}

Result<QJsonObject> CronScheduler::execute(const QString &job, const QDateTime &now, const QString &source)
{
    if (job == QLatin1String("rescoring"))
        return jobs::rescore(m_owner, now, source);
    if (job == QLatin1String("stagnation"))
        return jobs::detectStagnation(m_owner, now, m_email, m_emailFrom);
    if (job == QLatin1String("maintenance"))
        return jobs::housekeeping(m_owner, now);
    Runner runner;
    {
        std::lock_guard lock(m_mutex);
        runner = m_runners.value(job);
    }
    if (runner)
        return runner(now);
    if (job == QLatin1String("enrichment"))
        return QJsonObject{{QStringLiteral("queued"), 0}, {QStringLiteral("skipped"), tr("Enrichissement non branché.")}};
    return makeError(QStringLiteral("invalid_request"), tr("Tâche inconnue : « %1 ».").arg(job));
}

Result<QJsonObject> CronScheduler::trigger(const AuthUser &caller, const QJsonObject &body, const RequestContext &ctx)
{
    if (caller.user.role != Role::Admin)
        return adminOnly();
    const QString job = body.value(QLatin1StringView("job")).toString();
    if (!findJob(job)) {
        Error e = makeError(QStringLiteral("invalid_request"),
                            tr("Indiquez la tâche à lancer : « job » vaut « rescoring », « stagnation » ou « enrichment »."));
        e.details.insert(QStringLiteral("field"), QStringLiteral("job"));
        return e;
    }
    const QDateTime now = m_clock.now();
    auto run = claimAndRun(job, now, QStringLiteral("manual"), now);
    if (!run)
        return run.error();
    // Who started it, in the audit trail.
    auto conn = m_owner.connection();
    if (!conn)
        return conn.error();
    const QJsonObject changes{{QStringLiteral("job"), QJsonObject{{QStringLiteral("old"), QJsonValue::Null},
                                                                  {QStringLiteral("new"), job}}},
                              {QStringLiteral("status"), QJsonObject{{QStringLiteral("old"), QJsonValue::Null},
                                                                     {QStringLiteral("new"), run->value(QLatin1StringView("status"))}}}};
    if (auto a = AuditRepository(**conn).write(AuditEntry{caller.user.id, caller.user.email, QStringLiteral("CREATE"),
                                                          QStringLiteral("cron_run"),
                                                          QString::number(run->value(QLatin1StringView("id")).toInteger()),
                                                          changes, ctx.ip},
                                               now);
        !a)
        return a.error();
    return QJsonObject{{QStringLiteral("run"), *run}};
}

Result<QJsonObject> CronScheduler::runs(const AuthUser &caller, const QUrlQuery &query)
{
    if (caller.user.role != Role::Admin)
        return adminOnly();
    const QString limitText = query.queryItemValue(QStringLiteral("limit")).trimmed();
    bool ok = true;
    const int limit = limitText.isEmpty() ? 10 : limitText.toInt(&ok);
    if (!ok || limit < 1 || limit > 100)
        return makeError(QStringLiteral("invalid_request"), tr("« limit » va de 1 à 100."));
    // cron_runs belongs to the owner (server processes); the check above is the permission.
    auto conn = m_owner.connection();
    if (!conn)
        return conn.error();
    auto r = (*conn)->exec(QStringLiteral("SELECT ") + kRunColumns
                               + QStringLiteral(" FROM (SELECT *, row_number() OVER (PARTITION BY job"
                                                "        ORDER BY started_at DESC, id DESC) AS rank FROM cron_runs) r"
                                                " WHERE rank <= $1 ORDER BY job, started_at DESC, id DESC"),
                           {limit});
    if (!r)
        return r.error();
    QJsonArray out;
    for (const Job &job : jobs()) {
        QJsonArray list;
        for (int i = 0; i < r->rows(); ++i) {
            if (r->text(i, "job") == job.name)
                list.append(runJson(*r, i));
        }
        out.append(QJsonObject{{QStringLiteral("job"), job.name},
                               {QStringLiteral("at"), job.at.toString(QStringLiteral("HH:mm"))},
                               {QStringLiteral("timeZone"), QStringLiteral("Europe/Paris")},
                               {QStringLiteral("nextRun"), [&] {
                                    const QDateTime now = m_clock.now();
                                    QDateTime next = scheduledFor(job, now);
                                    if (next <= now)
                                        next = localtime::sameDayAt(now.addDays(1), job.at);
                                    return next.toString(Qt::ISODateWithMs);
                                }()},
                               {QStringLiteral("runs"), list}});
    }
    return QJsonObject{{QStringLiteral("jobs"), out}};
}

void CronScheduler::setRunner(const QString &job, Runner runner)
{
    std::lock_guard lock(m_mutex);
    m_runners.insert(job, std::move(runner));
}

QString CronScheduler::labelOf(const QString &job)
{
    if (job == QLatin1String("rescoring"))
        return tr("Recalcul des scores des opportunités");
    if (job == QLatin1String("stagnation"))
        return tr("Détection des opportunités sans activité");
    if (job == QLatin1String("enrichment"))
        return tr("Enrichissement automatique des prospects");
    if (job == QLatin1String("maintenance"))
        return tr("Ménage des journaux (appels aux fournisseurs, incidents, tâches terminées)");
    return job;
}

Result<bool> CronScheduler::enabled(const QString &job)
{
    auto conn = m_owner.connection();
    if (!conn)
        return conn.error();
    auto r = (*conn)->exec(QStringLiteral("SELECT enabled FROM cron_schedules WHERE job = $1"), {job});
    if (!r)
        return r.error();
    return r->rows() == 0 || r->toBool(0, "enabled");
}

Result<QJsonObject> CronScheduler::scheduleJson(const Job &job)
{
    auto on = enabled(job.name);
    if (!on)
        return on.error();
    auto conn = m_owner.connection();
    if (!conn)
        return conn.error();
    auto last = (*conn)->exec(QStringLiteral("SELECT ") + kRunColumns
                                  + QStringLiteral(" FROM cron_runs WHERE job = $1 ORDER BY started_at DESC, id DESC LIMIT 1"),
                              {job.name});
    if (!last)
        return last.error();
    const QDateTime now = m_clock.now();
    QDateTime next = scheduledFor(job, now);
    if (next <= now)
        next = localtime::sameDayAt(now.addDays(1), job.at);
    QJsonValue lastRun = QJsonValue::Null;
    if (last->rows() == 1) {
        const QJsonObject run = runJson(*last, 0);
        lastRun = QJsonObject{{QStringLiteral("scheduledFor"), run.value(QLatin1StringView("scheduledFor"))},
                              {QStringLiteral("startedAt"), run.value(QLatin1StringView("startedAt"))},
                              {QStringLiteral("finishedAt"), run.value(QLatin1StringView("finishedAt"))},
                              {QStringLiteral("status"), run.value(QLatin1StringView("status"))},
                              {QStringLiteral("detail"), run.value(QLatin1StringView("detail"))}};
    }
    return QJsonObject{{QStringLiteral("job"), job.name},
                       {QStringLiteral("label"), labelOf(job.name)},
                       {QStringLiteral("at"), job.at.toString(QStringLiteral("HH:mm"))},
                       {QStringLiteral("timezone"), QStringLiteral("Europe/Paris")},
                       {QStringLiteral("enabled"), *on},
                       {QStringLiteral("nextRun"), next.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("lastRun"), lastRun}};
}

Result<QJsonObject> CronScheduler::schedules(const AuthUser &caller)
{
    if (caller.user.role != Role::Admin)
        return adminOnly();
    QJsonArray out;
    for (const Job &job : jobs()) {
        auto one = scheduleJson(job);
        if (!one)
            return one.error();
        out.append(*one);
    }
    return QJsonObject{{QStringLiteral("schedules"), out}};
}

Result<QJsonObject> CronScheduler::setEnabled(const AuthUser &caller, const QString &job, const QJsonObject &body,
                                              const RequestContext &ctx)
{
    if (caller.user.role != Role::Admin)
        return adminOnly();
    const Job *found = findJob(job);
    if (!found)
        return makeError(QStringLiteral("not_found"), tr("Tâche planifiée inconnue : « %1 ».").arg(job));
    const QJsonValue v = body.value(QLatin1StringView("enabled"));
    if (!v.isBool()) {
        Error e = makeError(QStringLiteral("validation_error"), tr("« enabled » vaut true ou false."));
        e.details.insert(QStringLiteral("field"), QStringLiteral("enabled"));
        return e;
    }
    auto conn = m_owner.connection();
    if (!conn)
        return conn.error();
    auto before = enabled(job);
    if (!before)
        return before.error();
    if (auto r = (*conn)->exec(QStringLiteral("INSERT INTO cron_schedules (job, enabled, updated_at) VALUES ($1, $2, $3)"
                                              " ON CONFLICT (job) DO UPDATE SET enabled = EXCLUDED.enabled, updated_at = EXCLUDED.updated_at"),
                               {job, v.toBool(), m_clock.now()});
        !r)
        return r.error();
    const QJsonObject changes{{QStringLiteral("enabled"), QJsonObject{{QStringLiteral("old"), *before}, {QStringLiteral("new"), v.toBool()}}}};
    if (auto a = AuditRepository(**conn).write(AuditEntry{caller.user.id, caller.user.email, QStringLiteral("UPDATE"),
                                                          QStringLiteral("cron_schedule"), job, changes, ctx.ip},
                                               m_clock.now());
        !a)
        return a.error();
    auto one = scheduleJson(*found);
    if (!one)
        return one.error();
    return QJsonObject{{QStringLiteral("schedule"), *one}};
}

Result<QJsonObject> CronScheduler::runNow(const AuthUser &caller, const QString &job, const RequestContext &ctx)
{
    if (caller.user.role != Role::Admin)
        return adminOnly();
    if (!findJob(job))
        return makeError(QStringLiteral("not_found"), tr("Tâche planifiée inconnue : « %1 ».").arg(job));
    return trigger(caller, QJsonObject{{QStringLiteral("job"), job}}, ctx);
}

} // namespace hector::server
