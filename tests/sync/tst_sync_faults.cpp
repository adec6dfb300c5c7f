// Fault tests (Jepsen style, on loopback): a client killed with SIGKILL mid-push and mid-snapshot,
// PostgreSQL restarted mid-sync, hector-server restarted mid-sync, answers lost on the network.
// Every time: nothing lost, nothing applied twice.
//
// "Applied twice" is detectable: the probe makes K successive edits of one field; a mutation
// applied again after later ones would meet a newer value and be recorded as a conflict in
// record_history — there must be none, and the field must end at the last value.
#include "SyncClient.h"
#include "db/EmbeddedPostgres.h"
#include "db/PgConnection.h"
#include "server/ServerApp.h"
#include "tests/support/FlakyProxy.h"
#include "tests/support/TestServer.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTimer>
#include <QtTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace hector;
using namespace hector::test;

namespace {
const QString kPassword = QStringLiteral("Pannes-Hector-2026");

// Waits for a child process while the event loop runs (the test's own server must keep serving).
bool waitFinished(QProcess &p, int ms)
{
    if (p.state() == QProcess::NotRunning)
        return true;
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    return p.state() == QProcess::NotRunning;
}
} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    QTemporaryDir m_dir;
    int m_n = 0;

    QString newReplicaPath() { return m_dir.filePath(QStringLiteral("faults-%1.sqlite").arg(++m_n)); }

    // Runs the probe, killing it with SIGKILL after random delays `kills` times, then lets it finish.
    int runProbeWithKills(const QUrl &url, const QString &email, const QString &replica, int creates, int updates,
                          const QString &prefix, int kills, quint32 seed, int *killedMidRun)
    {
        QRandomGenerator rng(seed);
        const QStringList args{url.toString(), email, kPassword, replica, QString::number(creates),
                               QString::number(updates), prefix};
        *killedMidRun = 0;
        for (int k = 0; k <= kills; ++k) {
            QProcess probe;
            probe.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            probe.start(QStringLiteral(HECTOR_SYNC_PROBE), args);
            if (!probe.waitForStarted())
                return -1;
            if (k < kills) {
                const int delay = 40 + int(rng.bounded(500));
                if (!waitFinished(probe, delay)) {
                    ::kill(pid_t(probe.processId()), SIGKILL);
                    waitFinished(probe, 5000);
                    ++*killedMidRun;
                    continue;
                }
            } else if (!waitFinished(probe, 180000)) {
                probe.kill();
                return -2;
            }
            if (probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0 && k == kills)
                return 0;
            if (probe.exitStatus() == QProcess::NormalExit && probe.exitCode() != 0)
                return probe.exitCode();
        }
        return 0;
    }

    void checkExactlyOnce(const QString &prefix, int creates, int updates)
    {
        auto rows = m_server.execOwner(QStringLiteral("SELECT count(*) AS n, count(DISTINCT company_name) AS d FROM prospects "
                                                      "WHERE company_name LIKE $1"),
                                       {QString(prefix + u'%')});
        QVERIFY(rows.ok());
        QCOMPARE(int(rows->toInt(0, "n")), creates);
        QCOMPARE(int(rows->toInt(0, "d")), creates);
        auto last = m_server.execOwner(QStringLiteral("SELECT contact_name FROM prospects WHERE company_name = $1"),
                                       {QStringLiteral("%1 %2").arg(prefix).arg(0, 5, 10, QLatin1Char('0'))});
        QCOMPARE(last->text(0, "contact_name"), QStringLiteral("v%1").arg(updates));
        auto conflicts = m_server.execOwner(QStringLiteral("SELECT count(*) AS n FROM record_history h JOIN prospects p "
                                                           "ON p.id = h.row_id WHERE p.company_name LIKE $1"),
                                            {QString(prefix + u'%')});
        QCOMPARE(int(conflicts->toInt(0, "n")), 0);
    }

    bool restartPostgres()
    {
        const QString data = m_server.app().config().value(server::ConfigKey::DataDir) + QStringLiteral("/postgres/data");
        const QString pgCtl = server::EmbeddedPostgres::findBinDir() + QStringLiteral("/pg_ctl");
        QStringList args{QStringLiteral("restart"), QStringLiteral("-w"), QStringLiteral("-m"), QStringLiteral("fast"),
                         QStringLiteral("-D"), data};
        QProcess p;
        if (::geteuid() == 0)
            p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), pgCtl} + args);
        else
            p.start(pgCtl, args);
        return p.waitForFinished(60000) && p.exitCode() == 0;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_server.start());
        for (const char *who : {"kill.push", "kill.snapshot", "pg.restart", "net.drop", "srv.restart"})
            QVERIFY(!m_server.createUser(QString::fromLatin1(who) + QStringLiteral("@adsgroup-security.com"), kPassword,
                                         Role::Manager, QStringLiteral("FR"))
                         .isEmpty());
    }
    void cleanupTestCase() { m_server.stop(); }

    void killedMidPushLosesNothingAndAppliesNothingTwice()
    {
        int killed = 0;
        const int rc = runProbeWithKills(m_server.baseUrl(), QStringLiteral("kill.push@adsgroup-security.com"),
                                         newReplicaPath(), 1500, 150, QStringLiteral("Kill-9"), 10, 42, &killed);
        QCOMPARE(rc, 0);
        qInfo("probe killed %d times mid-run", killed);
        QVERIFY(killed >= 3);
        checkExactlyOnce(QStringLiteral("Kill-9"), 1500, 150);
    }

    void killedMidSnapshotResumesFromScratch()
    {
        // Enough rows for the snapshot to take several pages.
        QVERIFY(m_server.execOwner(QStringLiteral("INSERT INTO prospects (entity_id, company_name, country_code, status) "
                                                  "SELECT $1, 'Masse ' || g, 'FR', 'nouveau' FROM generate_series(1, 50000) g"),
                                   {m_server.entityId(QStringLiteral("FR"))})
                    .ok());
        QVERIFY(m_server.execOwner(QStringLiteral("ANALYZE prospects")).ok());
        const QString replica = newReplicaPath();
        int killed = 0;
        QCOMPARE(runProbeWithKills(m_server.baseUrl(), QStringLiteral("kill.snapshot@adsgroup-security.com"), replica, 0, 0,
                                   QStringLiteral("none"), 8, 7, &killed),
                 0);
        QVERIFY(killed >= 2);
        auto r = sync::LocalReplica::open(replica);
        QVERIFY(r.ok());
        QSqlQuery q((*r)->database());
        q.exec(QStringLiteral("SELECT count(*) FROM prospects"));
        QVERIFY(q.next());
        const QString userId = m_server.execOwner(QStringLiteral("SELECT id FROM users WHERE email = 'kill.snapshot@adsgroup-security.com'"))
                                   ->text(0, "id");
        auto expected = m_server.execAs(userId, QStringLiteral("SELECT count(*) AS n FROM prospects"));
        QCOMPARE(q.value(0).toInt(), int(expected->toInt(0, "n")));
        QVERIFY(q.value(0).toInt() >= 50000);
    }

    void postgresRestartMidSync()
    {
        SyncClient c(newReplicaPath());
        QVERIFY(c.login(m_server.baseUrl(), QStringLiteral("pg.restart@adsgroup-security.com"), kPassword));
        QVERIFY(c.open(true));
        QVERIFY(c.waitSynced(60000));
        const QString entity = m_server.entityId(QStringLiteral("FR"));
        for (int i = 0; i < 300; ++i) {
            QVERIFY(c.replica()->createRow(QStringLiteral("prospects"),
                                           {{QStringLiteral("company_name"), QStringLiteral("Redémarrage %1").arg(i, 5, 10, QLatin1Char('0'))},
                                            {QStringLiteral("entity_id"), entity},
                                            {QStringLiteral("country_code"), QStringLiteral("FR")},
                                            {QStringLiteral("status"), QStringLiteral("nouveau")},
                                            {QStringLiteral("contact_name"), QStringLiteral("v0")}}));
        }
        const QString first = c.replica()->pendingMutations(1).first().rowId;
        for (int v = 1; v <= 20; ++v)
            QVERIFY(c.replica()->updateRow(QStringLiteral("prospects"), first, {{QStringLiteral("contact_name"), QStringLiteral("v%1").arg(v)}}));
        c.engine()->syncNow();
        QTest::qWait(30);
        QVERIFY(restartPostgres());
        QVERIFY(c.waitSynced(90000));
        checkExactlyOnce(QStringLiteral("Redémarrage"), 300, 20);
    }

    void answersLostOnTheNetwork()
    {
        FlakyProxy proxy(m_server.app().port());
        SyncClient c(newReplicaPath());
        QVERIFY(c.login(proxy.url(), QStringLiteral("net.drop@adsgroup-security.com"), kPassword));
        QVERIFY(c.open(false));
        QVERIFY(c.waitSynced(60000));
        const QString entity = m_server.entityId(QStringLiteral("FR"));
        for (int i = 0; i < 250; ++i) {
            QVERIFY(c.replica()->createRow(QStringLiteral("prospects"),
                                           {{QStringLiteral("company_name"), QStringLiteral("Réseau %1").arg(i, 5, 10, QLatin1Char('0'))},
                                            {QStringLiteral("entity_id"), entity},
                                            {QStringLiteral("country_code"), QStringLiteral("FR")},
                                            {QStringLiteral("status"), QStringLiteral("nouveau")},
                                            {QStringLiteral("contact_name"), QStringLiteral("v0")}}));
        }
        const QString first = c.replica()->pendingMutations(1).first().rowId;
        for (int v = 1; v <= 10; ++v)
            QVERIFY(c.replica()->updateRow(QStringLiteral("prospects"), first, {{QStringLiteral("contact_name"), QStringLiteral("v%1").arg(v)}}));
        // Every answer is cut after its first bytes: the server commits, the client never knows.
        proxy.setCutAfterResponseBytes(40);
        c.engine()->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(proxy.connectionsSeen() >= 4, 20000);
        auto applied = m_server.execOwner(QStringLiteral("SELECT count(*) AS n FROM prospects WHERE company_name LIKE 'Réseau%'"));
        QVERIFY(applied->toInt(0, "n") > 0); // the server did apply while answers were lost
        QCOMPARE(c.replica()->pendingCount(), 260);
        proxy.setCutAfterResponseBytes(0);
        QVERIFY(c.waitSynced(60000));
        checkExactlyOnce(QStringLiteral("Réseau"), 250, 10);
    }

    void serverProcessRestartMidSync()
    {
        // A separate hector-server process on its own embedded database, stopped and started again.
        QTemporaryDir data;
        ::chmod(QFile::encodeName(data.path()).constData(), 0755);
        QTcpServer probePort;
        probePort.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probePort.serverPort();
        probePort.close();
        const QStringList args{QStringLiteral("--data-dir"), data.path(), QStringLiteral("--port"), QString::number(port),
                               QStringLiteral("--demo"), QStringLiteral("--demo-prospects"), QStringLiteral("0"),
                               QStringLiteral("--demo-password"), kPassword, QStringLiteral("--password-hashing"),
                               QStringLiteral("fast"), QStringLiteral("--log-format"), QStringLiteral("text")};
        auto startServer = [&](QProcess &p) {
            p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p.start(QStringLiteral(HECTOR_SERVER_BIN), args);
            QVERIFY(p.waitForStarted(10000));
            QByteArray out;
            QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("prêt") || p.state() != QProcess::Running,
                                     60000);
            QCOMPARE(p.state(), QProcess::Running);
        };
        auto server = std::make_unique<QProcess>();
        startServer(*server);
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(port));
        SyncClient c(newReplicaPath());
        QVERIFY(c.login(url, QStringLiteral("manager@adsgroup-security.com"), kPassword));
        QVERIFY(c.open(true));
        QVERIFY(c.waitSynced(60000));
        QSqlQuery e(c.replica()->database());
        e.exec(QStringLiteral("SELECT id FROM entities WHERE country_code = 'FR'"));
        QVERIFY(e.next());
        const QString entity = e.value(0).toString();
        for (int i = 0; i < 400; ++i) {
            QVERIFY(c.replica()->createRow(QStringLiteral("prospects"),
                                           {{QStringLiteral("company_name"), QStringLiteral("Serveur %1").arg(i, 5, 10, QLatin1Char('0'))},
                                            {QStringLiteral("entity_id"), entity},
                                            {QStringLiteral("country_code"), QStringLiteral("FR")},
                                            {QStringLiteral("status"), QStringLiteral("nouveau")}}));
        }
        c.engine()->syncNow();
        QTest::qWait(40);
        ::kill(pid_t(server->processId()), SIGTERM);
        QVERIFY(waitFinished(*server, 30000));
        QCOMPARE(server->exitCode(), 0);
        QTest::qWait(300); // the client notices and backs off
        server = std::make_unique<QProcess>();
        startServer(*server);
        QVERIFY(c.waitSynced(90000));
        // Check in the server's own database.
        auto conn = server::PgConnection::open(
            QStringLiteral("host='%1/postgres/run' port=5432 user=hector dbname=hector").arg(data.path()));
        QVERIFY(conn.ok());
        auto n = (*conn)->exec(QStringLiteral("SELECT count(*) AS n, count(DISTINCT company_name) AS d FROM prospects "
                                              "WHERE company_name LIKE 'Serveur%'"));
        QCOMPARE(int(n->toInt(0, "n")), 400);
        QCOMPARE(int(n->toInt(0, "d")), 400);
        conn->reset();
        c.close();
        ::kill(pid_t(server->processId()), SIGTERM);
        QVERIFY(waitFinished(*server, 30000));
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
