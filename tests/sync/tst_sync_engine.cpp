// Desktop sync end to end: real hector-server on a temporary PostgreSQL, real SQLite replicas,
// the application's own SessionManager / LocalReplica / SyncEngine, network cut by a TCP proxy.
#include "SyncClient.h"
#include "core/sync/SyncSchema.h"
#include "tests/support/FlakyProxy.h"
#include "server/ServerApp.h"
#include "tests/support/TestServer.h"

#include <QSqlQuery>
#include <QtTest>

using namespace hector;
using namespace hector::test;

namespace {
const QString kPassword = QStringLiteral("Synchro-Hector-2026");

int replicaCount(sync::LocalReplica *r, const QString &where = {})
{
    QSqlQuery q(r->database());
    q.exec(QStringLiteral("SELECT count(*) FROM prospects") + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    return q.next() ? q.value(0).toInt() : -1;
}

QString replicaValue(sync::LocalReplica *r, const QString &id, const QString &column)
{
    return r->row(QStringLiteral("prospects"), id).value(column).toString();
}
} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    QTemporaryDir m_dir;
    int m_clients = 0;
    QString m_frCommercial, m_frManager, m_luCommercial, m_frCommercialId;

    std::unique_ptr<SyncClient> client(const QString &email, const QUrl &url = {}, bool live = true)
    {
        auto c = std::make_unique<SyncClient>(m_dir.filePath(QStringLiteral("client-%1.sqlite").arg(++m_clients)));
        if (!c->login(url.isEmpty() ? m_server.baseUrl() : url, email, kPassword) || !c->open(live))
            return nullptr;
        return c;
    }

    int serverCountFor(const QString &userId)
    {
        auto r = m_server.execAs(userId, QStringLiteral("SELECT count(*) AS n FROM prospects"));
        return r ? int(r->toInt(0, "n")) : -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_server.start());
        m_frCommercial = QStringLiteral("julien.sync@adsgroup-security.com");
        m_frManager = QStringLiteral("sophie.sync@adsgroup-security.com");
        m_luCommercial = QStringLiteral("marc.sync@adsgroup-security.com");
        m_frCommercialId = m_server.createUser(m_frCommercial, kPassword, Role::Commercial, QStringLiteral("FR"));
        QVERIFY(!m_server.createUser(m_frManager, kPassword, Role::Manager, QStringLiteral("FR")).isEmpty());
        QVERIFY(!m_server.createUser(m_luCommercial, kPassword, Role::Commercial, QStringLiteral("LU")).isEmpty());
        for (int i = 0; i < 120; ++i)
            QVERIFY(!m_server.createProspect(QStringLiteral("FR"), {{QStringLiteral("owner_id"), m_frCommercialId}}).isEmpty());
        for (int i = 0; i < 40; ++i)
            QVERIFY(!m_server.createProspect(QStringLiteral("LU")).isEmpty());
    }
    void cleanupTestCase() { m_server.stop(); }

    void initialSnapshotIsScoped()
    {
        auto fr = client(m_frCommercial);
        QVERIFY(fr);
        QVERIFY(fr->waitSynced());
        QVERIFY(fr->replica()->hasSnapshot());
        QCOMPARE(replicaCount(fr->replica()), serverCountFor(m_frCommercialId));
        QCOMPARE(replicaCount(fr->replica(), QStringLiteral("country_code <> 'FR'")), 0);
        QVERIFY(replicaCount(fr->replica()) >= 120);
        QSqlQuery q(fr->replica()->database());
        q.exec(QStringLiteral("SELECT count(*) FROM entities"));
        QVERIFY(q.next() && q.value(0).toInt() == 3);

        auto lu = client(m_luCommercial);
        QVERIFY(lu && lu->waitSynced());
        QCOMPARE(replicaCount(lu->replica(), QStringLiteral("country_code = 'LU'")), replicaCount(lu->replica()));
        QVERIFY(replicaCount(lu->replica()) >= 40);
    }

    void offlineEditReachesAnotherClient()
    {
        FlakyProxy proxy(m_server.app().port());
        auto a = client(m_frCommercial, proxy.url());
        auto b = client(m_frManager);
        QVERIFY(a && b);
        QVERIFY(a->waitSynced());
        QVERIFY(b->waitSynced());
        const QString id = m_server.createProspect(QStringLiteral("FR"), {{QStringLiteral("owner_id"), m_frCommercialId},
                                                                          {QStringLiteral("company_name"), QStringLiteral("Garage du Centre")}});
        QVERIFY(a->waitSynced());
        QCOMPARE(replicaValue(a->replica(), id, QStringLiteral("company_name")), QStringLiteral("Garage du Centre"));

        proxy.setOffline(true);
        QVERIFY(a->replica()->updateRow(QStringLiteral("prospects"), id, {{QStringLiteral("city"), QStringLiteral("Roubaix")}}).ok());
        const QString created = *a->replica()->createRow(
            QStringLiteral("prospects"), {{QStringLiteral("company_name"), QStringLiteral("Opticien Martin")},
                                          {QStringLiteral("entity_id"), m_server.entityId(QStringLiteral("FR"))},
                                          {QStringLiteral("country_code"), QStringLiteral("FR")},
                                          {QStringLiteral("status"), QStringLiteral("nouveau")},
                                          {QStringLiteral("owner_id"), m_frCommercialId}});
        QTRY_COMPARE_WITH_TIMEOUT(a->engine()->status(), sync::SyncEngine::Status::Offline, 10000);
        QCOMPARE(a->replica()->pendingCount(), 2);
        QCOMPARE(replicaValue(a->replica(), id, QStringLiteral("city")), QStringLiteral("Roubaix")); // offline read

        proxy.setOffline(false);
        QVERIFY(a->waitSynced());
        QCOMPARE(a->replica()->pendingCount(), 0);
        auto server = m_server.execOwner(QStringLiteral("SELECT city FROM prospects WHERE id = $1"), {id});
        QCOMPARE(server->text(0, "city"), QStringLiteral("Roubaix"));
        // Both changes are in the audit trail, with the fields, the author and the address.
        auto audit = m_server.execOwner(QStringLiteral("SELECT action, changes::text AS changes, actor_email, ip FROM audit_logs "
                                                       "WHERE entity_type = 'prospects' AND entity_id = ANY($1::text[]) "
                                                       "ORDER BY id"),
                                        {QString(u'{' + id + u',' + created + u'}')});
        QVERIFY(audit.ok());
        QCOMPARE(audit->rows(), 2);
        QCOMPARE(audit->text(0, "action"), QStringLiteral("UPDATE"));
        QVERIFY(audit->text(0, "changes").contains(QStringLiteral("Roubaix")));
        QCOMPARE(audit->text(1, "action"), QStringLiteral("CREATE"));
        QVERIFY(audit->text(1, "changes").contains(QStringLiteral("Opticien Martin")));
        QCOMPARE(audit->text(0, "actor_email"), m_frCommercial);
        QCOMPARE(audit->text(0, "ip"), QStringLiteral("127.0.0.1"));
        // B gets both through the live notification (or its next sync).
        QTRY_COMPARE_WITH_TIMEOUT(replicaValue(b->replica(), id, QStringLiteral("city")), QStringLiteral("Roubaix"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(replicaValue(b->replica(), created, QStringLiteral("company_name")),
                                  QStringLiteral("Opticien Martin"), 10000);
    }

    void liveNotificationWithoutPolling()
    {
        auto a = client(m_frCommercial);
        auto b = client(m_frManager);
        QVERIFY(a && b);
        QVERIFY(a->waitSynced() && b->waitSynced());
        b->engine()->setPollInterval(3600 * 1000);
        QTRY_VERIFY_WITH_TIMEOUT(b->engine()->isLive(), 10000);
        const QString id = *a->replica()->createRow(
            QStringLiteral("prospects"), {{QStringLiteral("company_name"), QStringLiteral("Fleuriste des Halles")},
                                          {QStringLiteral("entity_id"), m_server.entityId(QStringLiteral("FR"))},
                                          {QStringLiteral("country_code"), QStringLiteral("FR")},
                                          {QStringLiteral("status"), QStringLiteral("nouveau")}});
        QTRY_COMPARE_WITH_TIMEOUT(replicaValue(b->replica(), id, QStringLiteral("company_name")),
                                  QStringLiteral("Fleuriste des Halles"), 5000);
    }

    void concurrentEditIsAConflictKeptInHistory()
    {
        FlakyProxy proxyA(m_server.app().port());
        FlakyProxy proxyB(m_server.app().port());
        auto a = client(m_frCommercial, proxyA.url());
        auto b = client(m_frManager, proxyB.url());
        QVERIFY(a && b);
        const QString id = m_server.createProspect(QStringLiteral("FR"), {{QStringLiteral("owner_id"), m_frCommercialId},
                                                                          {QStringLiteral("phone"), QStringLiteral("+33320000000")}});
        QVERIFY(a->waitSynced() && b->waitSynced());
        proxyA.setOffline(true);
        proxyB.setOffline(true);
        QVERIFY(a->replica()->updateRow(QStringLiteral("prospects"), id, {{QStringLiteral("phone"), QStringLiteral("+33320111111")}}).ok());
        QTest::qWait(20); // B edits later: B is the last writer
        QVERIFY(b->replica()->updateRow(QStringLiteral("prospects"), id, {{QStringLiteral("phone"), QStringLiteral("+33320222222")}}).ok());
        proxyB.setOffline(false);
        QVERIFY(b->waitSynced());
        proxyA.setOffline(false);
        QVERIFY(a->waitSynced());
        QVERIFY(b->waitSynced());
        auto server = m_server.execOwner(QStringLiteral("SELECT phone FROM prospects WHERE id = $1"), {id});
        QCOMPARE(server->text(0, "phone"), QStringLiteral("+33320222222"));
        QCOMPARE(replicaValue(a->replica(), id, QStringLiteral("phone")), QStringLiteral("+33320222222"));
        QCOMPARE(replicaValue(b->replica(), id, QStringLiteral("phone")), QStringLiteral("+33320222222"));
        for (SyncClient *c : {a.get(), b.get()}) {
            QSqlQuery q(c->replica()->database());
            q.prepare(QStringLiteral("SELECT field, kept_value, lost_value FROM record_history WHERE row_id = ? AND kind = 'conflict'"));
            q.addBindValue(id);
            QVERIFY(q.exec());
            QVERIFY2(q.next(), "the conflict must be in every reader's history");
            QCOMPARE(q.value(0).toString(), QStringLiteral("phone"));
            QCOMPARE(q.value(1).toString(), QStringLiteral("+33320222222"));
            QCOMPARE(q.value(2).toString(), QStringLiteral("+33320111111"));
        }
    }

    void reassignedProspectMovesBetweenReplicas()
    {
        auto fr = client(m_frManager);
        auto lu = client(m_luCommercial);
        QVERIFY(fr && lu);
        const QString id = m_server.createProspect(QStringLiteral("FR"), {{QStringLiteral("company_name"), QStringLiteral("Transferts SA")}});
        QVERIFY(fr->waitSynced() && lu->waitSynced());
        QVERIFY(!fr->replica()->row(QStringLiteral("prospects"), id).isEmpty());
        QVERIFY(lu->replica()->row(QStringLiteral("prospects"), id).isEmpty());
        QVERIFY(m_server.execOwner(QStringLiteral("UPDATE prospects SET entity_id = $2, country_code = 'LU' WHERE id = $1"),
                                   {id, m_server.entityId(QStringLiteral("LU"))})
                    .ok());
        QVERIFY(fr->waitSynced() && lu->waitSynced());
        QVERIFY(fr->replica()->row(QStringLiteral("prospects"), id).isEmpty());
        QCOMPARE(replicaValue(lu->replica(), id, QStringLiteral("company_name")), QStringLiteral("Transferts SA"));
    }

    void userMovedToAnotherEntityGetsAFreshScope()
    {
        const QString email = QStringLiteral("mobile.sync@adsgroup-security.com");
        const QString userId = m_server.createUser(email, kPassword, Role::Assistant, QStringLiteral("FR"));
        auto c = client(email);
        QVERIFY(c && c->waitSynced());
        QCOMPARE(replicaCount(c->replica(), QStringLiteral("country_code = 'LU'")), 0);
        // A pending local change survives the move.
        c->engine()->stop();
        const QString note = *c->replica()->createRow(
            QStringLiteral("prospects"), {{QStringLiteral("company_name"), QStringLiteral("Créé avant la mutation")},
                                          {QStringLiteral("entity_id"), m_server.entityId(QStringLiteral("LU"))},
                                          {QStringLiteral("country_code"), QStringLiteral("LU")},
                                          {QStringLiteral("status"), QStringLiteral("nouveau")}});
        QVERIFY(m_server.execOwner(QStringLiteral("UPDATE users SET entity_id = $2 WHERE id = $1"),
                                   {userId, m_server.entityId(QStringLiteral("LU"))})
                    .ok());
        c->engine()->start();
        QVERIFY(c->waitSynced());
        QCOMPARE(replicaCount(c->replica(), QStringLiteral("country_code = 'FR'")), 0);
        QCOMPARE(replicaCount(c->replica()), serverCountFor(userId));
        QVERIFY(!c->replica()->row(QStringLiteral("prospects"), note).isEmpty());
    }

    void refusedChangeIsUndoneLocallyWithAReason()
    {
        // A commercial may not modify a prospect owned by someone else.
        auto c = client(m_frCommercial);
        QVERIFY(c);
        const QString id = m_server.createProspect(QStringLiteral("FR"), {{QStringLiteral("city"), QStringLiteral("Arras")}});
        QVERIFY(c->waitSynced());
        QVERIFY(c->replica()->updateRow(QStringLiteral("prospects"), id, {{QStringLiteral("city"), QStringLiteral("Douai")}}).ok());
        QVERIFY(c->waitSynced());
        QCOMPARE(replicaValue(c->replica(), id, QStringLiteral("city")), QStringLiteral("Arras"));
        const auto history = c->replica()->localHistory(QStringLiteral("prospects"), id);
        QCOMPARE(history.size(), 1);
        QVERIFY(!history.first().value(QStringLiteral("message")).toString().isEmpty());
        auto server = m_server.execOwner(QStringLiteral("SELECT city FROM prospects WHERE id = $1"), {id});
        QCOMPARE(server->text(0, "city"), QStringLiteral("Arras"));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_sync_engine.moc"
