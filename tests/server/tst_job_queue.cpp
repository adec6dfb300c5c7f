// Issue #7: the durable job queue (FOR UPDATE SKIP LOCKED, retries with backoff, dead letters,
// retry / cancel endpoints, administrators only) and the generalised cron (03:00 enrichment
// schedule, enabled flag, admin endpoints, once-only with two server processes).
#include "HttpTestClient.h"
#include "jobs/CronScheduler.h"
#include "db/Database.h"
#include "jobs/JobQueue.h"
#include "server/ServerApp.h"
#include "services/Clock.h"
#include "tests/support/TestServer.h"

#include <QMutex>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

using namespace hector;
using namespace hector::test;

namespace {
const QString kPassword = QStringLiteral("Secur1te-Hector");
QDateTime utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), Qt::UTC); // Paris = UTC+1 in March before the 29th
}
} // namespace

class TestJobQueue : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<HttpTestClient> m_http;
    QString m_adminId, m_admin, m_commercialId, m_commercial;
    QMutex m_mutex;
    QList<int> m_ran;

    server::JobQueue &queue() { return m_server.app().jobQueue(); }
    QString value(const QString &sql, const QVariantList &params = {})
    {
        auto r = m_server.execOwner(sql, params);
        if (!r) {
            qWarning() << r.error().message;
            return QStringLiteral("<error>");
        }
        return r->rows() ? r->text(0, 0) : QString();
    }

private slots:
    void initTestCase()
    {
        m_server.clock().set(utc(10, 12));
        QVERIFY(m_server.start());
        m_http = std::make_unique<HttpTestClient>(m_server.baseUrl());
        QVERIFY(m_server.createAccounts({{&m_adminId, &m_admin, QStringLiteral("admin@adsgroup-security.com"), Role::Admin, QStringLiteral("FR")},
                                         {&m_commercialId, &m_commercial, QStringLiteral("commercial@adsgroup-security.com"), Role::Commercial,
                                          QStringLiteral("FR")}},
                                        kPassword));
        queue().registerHandler(QStringLiteral("test_ok"), [this](const QJsonObject &p) -> Result<QJsonObject> {
            QThread::msleep(5); // long enough for the other worker to try the same row
            QMutexLocker lock(&m_mutex);
            m_ran.append(p.value(QLatin1StringView("n")).toInt());
            return QJsonObject{{QStringLiteral("n"), p.value(QLatin1StringView("n"))}};
        });
        queue().registerHandler(QStringLiteral("test_transient"), [](const QJsonObject &) -> Result<QJsonObject> {
            return makeError(QStringLiteral("provider_unavailable"), QStringLiteral("INSEE est indisponible (HTTP 503)."));
        });
        queue().registerHandler(QStringLiteral("test_quota"), [](const QJsonObject &) -> Result<QJsonObject> {
            Error e = makeError(QStringLiteral("quota_exceeded"), QStringLiteral("Quota par minute d'INSEE Sirene atteint."));
            e.details.insert(QStringLiteral("retryAfterSeconds"), 20);
            return e;
        });
        queue().registerHandler(QStringLiteral("test_final"), [](const QJsonObject &) -> Result<QJsonObject> {
            return makeError(QStringLiteral("company_not_found"), QStringLiteral("Aucune entreprise trouvée."));
        });
    }
    void cleanupTestCase() { m_server.stop(); }

    void twoWorkersNeverRunAJobTwice()
    {
        for (int n = 0; n < 60; ++n)
            QVERIFY(queue().enqueue(QStringLiteral("test_ok"), QJsonObject{{QStringLiteral("n"), n}}).ok());
        auto other = QtConcurrent::run([this] {
            int ran = 0;
            while (true) {
                auto r = queue().runOne(QStringLiteral("worker-b"));
                if (!r || !*r)
                    break;
                ++ran;
            }
            m_server.app().ownerDatabase().discardConnection();
            return ran;
        });
        int mine = 0;
        while (true) {
            auto r = queue().runOne(QStringLiteral("worker-a"));
            QVERIFY(r.ok());
            if (!*r)
                break;
            ++mine;
        }
        other.waitForFinished();
        QCOMPARE(mine + other.result(), 60);
        QVERIFY2(mine > 0 && other.result() > 0, "both workers took jobs");
        QList<int> ran = m_ran;
        std::sort(ran.begin(), ran.end());
        QCOMPARE(ran.size(), 60);
        for (int n = 0; n < 60; ++n)
            QCOMPARE(ran.at(n), n); // each exactly once
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM jobs WHERE kind = 'test_ok' AND status = 'done' AND attempts = 1")),
                 QStringLiteral("60"));
    }

    void transientErrorsBackOffThenDeadLetter()
    {
        auto id = queue().enqueue(QStringLiteral("test_transient"), {}, {}, 3);
        QVERIFY(id.ok());
        QVERIFY(*queue().runOne());
        QCOMPARE(value(QStringLiteral("SELECT status || ' ' || attempts FROM jobs WHERE id = $1"), {*id}), QStringLiteral("queued 1"));
        QCOMPARE(value(QStringLiteral("SELECT extract(epoch FROM run_at - $2)::int FROM jobs WHERE id = $1"), {*id, m_server.clock().now()}),
                 QStringLiteral("30"));
        QVERIFY(!*queue().runOne()); // not before its time
        m_server.clock().advance(30);
        QVERIFY(*queue().runOne());
        QCOMPARE(value(QStringLiteral("SELECT status || ' ' || attempts || ' ' || extract(epoch FROM run_at - $2)::int FROM jobs WHERE id = $1"),
                       {*id, m_server.clock().now()}),
                 QStringLiteral("queued 2 60")); // doubled
        m_server.clock().advance(60);
        QVERIFY(*queue().runOne());
        QCOMPARE(value(QStringLiteral("SELECT status || ' ' || attempts || ' ' || last_error FROM jobs WHERE id = $1"), {*id}),
                 QStringLiteral("dead 3 INSEE est indisponible (HTTP 503)."));
        // Our own quota refusing the call is not an attempt: the job waits (at least a minute).
        auto limited = queue().enqueue(QStringLiteral("test_quota"), {}, {}, 2);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(*queue().runOne());
            QCOMPARE(value(QStringLiteral("SELECT status || ' ' || attempts || ' ' || extract(epoch FROM run_at - $2)::int FROM jobs WHERE id = $1"),
                           {*limited, m_server.clock().now()}),
                     QStringLiteral("queued 0 60"));
            m_server.clock().advance(60);
        }
        QVERIFY(m_server.execOwner(QStringLiteral("UPDATE jobs SET status = 'cancelled' WHERE id = $1"), {*limited}).ok());
        // A final error is not retried.
        auto final = queue().enqueue(QStringLiteral("test_final"), {});
        QVERIFY(*queue().runOne());
        QCOMPARE(value(QStringLiteral("SELECT status || ' ' || attempts FROM jobs WHERE id = $1"), {*final}), QStringLiteral("failed 1"));
        // A job left running for more than 3 hours (its process died) goes back to the queue.
        auto orphan = queue().enqueue(QStringLiteral("test_ok"), QJsonObject{{QStringLiteral("n"), 1000}});
        QVERIFY(m_server.execOwner(QStringLiteral("UPDATE jobs SET status = 'running', attempts = 1, started_at = $2 WHERE id = $1"),
                                   {*orphan, m_server.clock().now().addSecs(-4 * 3600)})
                    .ok());
        QVERIFY(*queue().runOne());
        QCOMPARE(value(QStringLiteral("SELECT status || ' ' || attempts FROM jobs WHERE id = $1"), {*orphan}), QStringLiteral("done 2"));
        // Dedupe: one queued job per key.
        auto a = queue().enqueue(QStringLiteral("test_ok"), QJsonObject{{QStringLiteral("n"), 100}}, QStringLiteral("k1"));
        auto b = queue().enqueue(QStringLiteral("test_ok"), QJsonObject{{QStringLiteral("n"), 100}}, QStringLiteral("k1"));
        QCOMPARE(*a, *b);
    }

    void retryCancelAndListEndpoints()
    {
        const qint64 dead = value(QStringLiteral("SELECT id FROM jobs WHERE status = 'dead' LIMIT 1")).toLongLong();
        const qint64 queued = value(QStringLiteral("SELECT id FROM jobs WHERE status = 'queued' AND kind = 'test_ok' LIMIT 1")).toLongLong();
        // Not for commercials.
        QCOMPARE(m_http->get(QStringLiteral("/api/admin/jobs"), m_commercial).status, 403);
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/admin/jobs/%1/retry").arg(dead), {}, m_commercial).status, 403);
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/admin/jobs/%1/cancel").arg(queued), {}, m_commercial).status, 403);

        HttpReply list = m_http->get(QStringLiteral("/api/admin/jobs?status=dead"), m_admin);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json.value(QLatin1StringView("jobs")).toArray().size(), 1);
        const QJsonObject job = list.json.value(QLatin1StringView("jobs")).toArray().first().toObject();
        for (const char *k : {"id", "kind", "status", "attempts", "maxAttempts", "runAt", "createdAt", "startedAt", "finishedAt", "lastError",
                              "payload", "result"})
            QVERIFY2(job.contains(QLatin1StringView(k)), k);
        const QJsonObject counts = list.json.value(QLatin1StringView("counts")).toObject();
        QCOMPARE(counts.value(QLatin1StringView("dead")).toInt(), 1);
        QCOMPARE(counts.value(QLatin1StringView("done")).toInt(), 61); // 60 + the orphan re-run
        QCOMPARE(counts.value(QLatin1StringView("failed")).toInt(), 1);
        QCOMPARE(m_http->get(QStringLiteral("/api/admin/jobs?limit=0"), m_admin).status, 400);

        HttpReply retried = m_http->send("POST", QStringLiteral("/api/admin/jobs/%1/retry").arg(dead), {}, m_admin);
        QCOMPARE(retried.status, 200);
        QCOMPARE(retried.json.value(QLatin1StringView("job")).toObject().value(QLatin1StringView("status")).toString(), QStringLiteral("queued"));
        QCOMPARE(retried.json.value(QLatin1StringView("job")).toObject().value(QLatin1StringView("attempts")).toInt(), 0);
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/admin/jobs/%1/retry").arg(dead), {}, m_admin).status, 409);

        HttpReply cancelled = m_http->send("POST", QStringLiteral("/api/admin/jobs/%1/cancel").arg(queued), {}, m_admin);
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(cancelled.json.value(QLatin1StringView("job")).toObject().value(QLatin1StringView("status")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/admin/jobs/%1/cancel").arg(queued), {}, m_admin).status, 409);
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/admin/jobs/999999/cancel"), {}, m_admin).status, 404);
    }

    void schedulesWithEnabledFlag()
    {
        QCOMPARE(m_http->get(QStringLiteral("/api/admin/schedules"), m_commercial).status, 403);
        HttpReply s = m_http->get(QStringLiteral("/api/admin/schedules"), m_admin);
        QCOMPARE(s.status, 200);
        QJsonObject enrichment;
        for (const QJsonValue &v : s.json.value(QLatin1StringView("schedules")).toArray()) {
            if (v.toObject().value(QLatin1StringView("job")).toString() == QLatin1String("enrichment"))
                enrichment = v.toObject();
        }
        QCOMPARE(enrichment.value(QLatin1StringView("at")).toString(), QStringLiteral("03:00"));
        QCOMPARE(enrichment.value(QLatin1StringView("timezone")).toString(), QStringLiteral("Europe/Paris"));
        QCOMPARE(enrichment.value(QLatin1StringView("label")).toString(), QStringLiteral("Enrichissement automatique des prospects"));
        QVERIFY(enrichment.value(QLatin1StringView("enabled")).toBool());
        QCOMPARE(enrichment.value(QLatin1StringView("nextRun")).toString(), QStringLiteral("2026-03-11T02:00:00.000Z"));
        QVERIFY(enrichment.value(QLatin1StringView("lastRun")).isNull());

        QCOMPARE(m_http->send("PUT", QStringLiteral("/api/admin/schedules/enrichment"), QJsonObject{{QStringLiteral("enabled"), false}}, m_commercial).status, 403);
        QCOMPARE(m_http->send("PUT", QStringLiteral("/api/admin/schedules/enrichment"), QJsonObject{{QStringLiteral("enabled"), 3}}, m_admin).status, 422);
        HttpReply off = m_http->send("PUT", QStringLiteral("/api/admin/schedules/enrichment"), QJsonObject{{QStringLiteral("enabled"), false}}, m_admin);
        QCOMPARE(off.status, 200);
        QVERIFY(!off.json.value(QLatin1StringView("schedule")).toObject().value(QLatin1StringView("enabled")).toBool());
        // 03:00 in Paris on the 11th: disabled, not run by anyone.
        QVERIFY(!m_server.app().cron().runDue(utc(11, 2)).contains(QStringLiteral("enrichment")));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cron_runs WHERE job = 'enrichment'")), QStringLiteral("0"));
        QVERIFY(m_http->send("PUT", QStringLiteral("/api/admin/schedules/enrichment"), QJsonObject{{QStringLiteral("enabled"), true}}, m_admin).status == 200);
        // Run now (manual).
        HttpReply run = m_http->send("POST", QStringLiteral("/api/admin/schedules/enrichment/run"), {}, m_admin);
        QCOMPARE(run.status, 200);
        QCOMPARE(run.json.value(QLatin1StringView("run")).toObject().value(QLatin1StringView("status")).toString(), QStringLiteral("done"));
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/admin/schedules/nope/run"), {}, m_admin).status, 404);
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/admin/schedules/enrichment/run"), {}, m_commercial).status, 403);
    }

    void enrichmentScheduleOnceWithTwoServerProcesses()
    {
        server::ServerConfig config = m_server.app().config();
        config.set(server::ConfigKey::Port, QStringLiteral("0"));
        auto otherClock = std::make_shared<server::ManualClock>(utc(12, 2));
        server::ServerApp other(config, otherClock);
        QVERIFY(other.start().ok());
        const QDateTime due = utc(12, 2); // 03:00 in Paris
        auto theirs = QtConcurrent::run([&other, due] { return other.cron().runDue(due); });
        const QStringList ours = m_server.app().cron().runDue(due);
        theirs.waitForFinished();
        const QStringList all = ours + theirs.result();
        QCOMPARE(all.count(QStringLiteral("enrichment")), 1);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM cron_runs WHERE job = 'enrichment' AND scheduled_for = $1"), {due}),
                 QStringLiteral("1"));
        QCOMPARE(other.cron().runDue(due.addSecs(60)).count(QStringLiteral("enrichment")), 0);
        QCOMPARE(m_server.app().cron().runDue(due.addSecs(60)).count(QStringLiteral("enrichment")), 0);
        other.stop();
        QVERIFY(m_server.execOwner(QStringLiteral("SELECT 1")).ok());
    }
};

QTEST_GUILESS_MAIN(TestJobQueue)
#include "tst_job_queue.moc"
