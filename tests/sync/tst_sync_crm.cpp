// CRM records (issue #5) through the real sync path: prospects with the full record, RDV, actions
// and notes created offline reach the server and the other replicas, within the row-level rules
// of migration 0005 (a commercial has only their own RDV and actions; nothing crosses countries).
#include "SyncClient.h"
#include "server/ServerApp.h"
#include "tests/support/FlakyProxy.h"
#include "tests/support/TestServer.h"

#include <QSqlQuery>
#include <QtTest>

using namespace hector;
using namespace hector::test;

namespace {
const QString kPassword = QStringLiteral("Synchro-Hector-2026");

int count(sync::LocalReplica *r, const QString &table, const QString &where = {})
{
    QSqlQuery q(r->database());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table
           + (where.isEmpty() ? QString() : QString(QStringLiteral(" WHERE ") + where)));
    return q.next() ? q.value(0).toInt() : -1;
}

QString value(sync::LocalReplica *r, const QString &table, const QString &id, const QString &column)
{
    return r->row(table, id).value(column).toString();
}

QString isoIn(int days, int hour)
{
    QDateTime t = QDateTime::currentDateTimeUtc().addDays(days);
    t.setTime(QTime(hour, 0));
    return t.toString(Qt::ISODateWithMs);
}
} // namespace

class TestSyncCrm : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    QTemporaryDir m_dir;
    int m_clients = 0;
    QString m_julien, m_paul, m_sophie, m_marc; // FR commercial, FR commercial, FR manager, LU commercial
    QString m_julienId, m_paulId;

    std::unique_ptr<SyncClient> client(const QString &email, const QUrl &url = {})
    {
        auto c = std::make_unique<SyncClient>(m_dir.filePath(QStringLiteral("crm-%1.sqlite").arg(++m_clients)));
        if (!c->login(url.isEmpty() ? m_server.baseUrl() : url, email, kPassword) || !c->open(true))
            return nullptr;
        return c;
    }

    QString fr() { return m_server.entityId(QStringLiteral("FR")); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_server.start());
        m_julien = QStringLiteral("julien.crm@adsgroup-security.com");
        m_paul = QStringLiteral("paul.crm@adsgroup-security.com");
        m_sophie = QStringLiteral("sophie.crm@adsgroup-security.com");
        m_marc = QStringLiteral("marc.crm@adsgroup-security.com");
        m_julienId = m_server.createUser(m_julien, kPassword, Role::Commercial, QStringLiteral("FR"));
        m_paulId = m_server.createUser(m_paul, kPassword, Role::Commercial, QStringLiteral("FR"));
        QVERIFY(!m_server.createUser(m_sophie, kPassword, Role::Manager, QStringLiteral("FR")).isEmpty());
        QVERIFY(!m_server.createUser(m_marc, kPassword, Role::Commercial, QStringLiteral("LU")).isEmpty());
        QVERIFY(!m_julienId.isEmpty() && !m_paulId.isEmpty());
    }
    void cleanupTestCase() { m_server.stop(); }

    void offlineRecordsReachTheServerWithinTheRules()
    {
        FlakyProxy proxy(m_server.app().port());
        auto julien = client(m_julien, proxy.url());
        auto paul = client(m_paul);
        auto sophie = client(m_sophie);
        auto marc = client(m_marc);
        QVERIFY(julien && paul && sophie && marc);
        QVERIFY(julien->waitSynced() && paul->waitSynced() && sophie->waitSynced() && marc->waitSynced());

        // Offline: a full prospect, an RDV, an action and a note.
        proxy.setOffline(true);
        sync::LocalReplica *rep = julien->replica();
        const QString prospect = *rep->createRow(
            QStringLiteral("prospects"),
            {{QStringLiteral("company_name"), QStringLiteral("Clinique Vétérinaire des Flandres")},
             {QStringLiteral("entity_id"), fr()}, {QStringLiteral("country_code"), QStringLiteral("FR")},
             {QStringLiteral("status"), QStringLiteral("a_qualifier")}, {QStringLiteral("owner_id"), m_julienId},
             {QStringLiteral("siren"), QStringLiteral("552081317")}, {QStringLiteral("postcode"), QStringLiteral("59200")},
             {QStringLiteral("phone"), QStringLiteral("+33320123456")}, {QStringLiteral("mobile_phone"), QStringLiteral("+33612345678")},
             {QStringLiteral("headcount_band"), QStringLiteral("11")}, {QStringLiteral("revenue_eur"), 1250000},
             {QStringLiteral("latitude"), 50.7236}, {QStringLiteral("longitude"), 3.1612}});
        const QString rdv = *rep->createRow(
            QStringLiteral("rdvs"),
            {{QStringLiteral("entity_id"), fr()}, {QStringLiteral("prospect_id"), prospect},
             {QStringLiteral("owner_id"), m_julienId}, {QStringLiteral("title"), QStringLiteral("Audit alarme")},
             {QStringLiteral("starts_at"), isoIn(2, 9)}, {QStringLiteral("ends_at"), isoIn(2, 10)},
             {QStringLiteral("status"), QStringLiteral("planifie")}, {QStringLiteral("reminder_minutes"), 30}});
        const QString action = *rep->createRow(
            QStringLiteral("actions"),
            {{QStringLiteral("entity_id"), fr()}, {QStringLiteral("prospect_id"), prospect},
             {QStringLiteral("owner_id"), m_julienId}, {QStringLiteral("type"), QStringLiteral("devis")},
             {QStringLiteral("status"), QStringLiteral("a_faire")}, {QStringLiteral("title"), QStringLiteral("Devis télésurveillance")},
             {QStringLiteral("due_at"), isoIn(1, 12)}});
        const QString note = *rep->createRow(
            QStringLiteral("prospect_notes"),
            {{QStringLiteral("entity_id"), fr()}, {QStringLiteral("prospect_id"), prospect},
             {QStringLiteral("author_id"), m_julienId}, {QStringLiteral("body"), QStringLiteral("Cambriolage en octobre.")}});
        QTRY_COMPARE_WITH_TIMEOUT(julien->engine()->status(), sync::SyncEngine::Status::Offline, 10000);
        QCOMPARE(rep->pendingCount(), 4);

        proxy.setOffline(false);
        QVERIFY(julien->waitSynced());
        QCOMPARE(rep->pendingCount(), 0);
        QVERIFY(rep->localHistory(QStringLiteral("rdvs"), rdv).isEmpty());
        auto server = m_server.execOwner(
            QStringLiteral("SELECT p.phone, p.revenue_eur::text AS revenue, p.headcount_band, r.reminder_minutes::text AS reminder, "
                           "a.type, n.body FROM prospects p JOIN rdvs r ON r.prospect_id = p.id "
                           "JOIN actions a ON a.prospect_id = p.id JOIN prospect_notes n ON n.prospect_id = p.id "
                           "WHERE p.id = $1"),
            {prospect});
        QVERIFY(server.ok());
        QCOMPARE(server->rows(), 1);
        QCOMPARE(server->text(0, "phone"), QStringLiteral("+33320123456"));
        QCOMPARE(server->text(0, "revenue"), QStringLiteral("1250000"));
        QCOMPARE(server->text(0, "headcount_band"), QStringLiteral("11"));
        QCOMPARE(server->text(0, "reminder"), QStringLiteral("30"));
        QCOMPARE(server->text(0, "type"), QStringLiteral("devis"));
        QCOMPARE(server->text(0, "body"), QStringLiteral("Cambriolage en octobre."));

        // The manager gets everything; the other commercial the prospect and the note but not
        // Julien's RDV and action; Luxembourg nothing.
        QTRY_COMPARE_WITH_TIMEOUT(value(sophie->replica(), QStringLiteral("rdvs"), rdv, QStringLiteral("title")),
                                  QStringLiteral("Audit alarme"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(value(sophie->replica(), QStringLiteral("actions"), action, QStringLiteral("type")),
                                  QStringLiteral("devis"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(value(paul->replica(), QStringLiteral("prospect_notes"), note, QStringLiteral("body")),
                                  QStringLiteral("Cambriolage en octobre."), 10000);
        QVERIFY(paul->waitSynced());
        QCOMPARE(value(paul->replica(), QStringLiteral("prospects"), prospect, QStringLiteral("mobile_phone")),
                 QStringLiteral("+33612345678"));
        QCOMPARE(count(paul->replica(), QStringLiteral("rdvs")), 0);
        QCOMPARE(count(paul->replica(), QStringLiteral("actions")), 0);
        QVERIFY(marc->waitSynced());
        QCOMPARE(count(marc->replica(), QStringLiteral("prospects"), QStringLiteral("id = '%1'").arg(prospect)), 0);
        QCOMPARE(count(marc->replica(), QStringLiteral("rdvs")), 0);
        QCOMPARE(count(marc->replica(), QStringLiteral("prospect_notes")), 0);

        // The manager gives the RDV to Paul: it leaves Julien's replica and reaches Paul's.
        QVERIFY(sophie->replica()->updateRow(QStringLiteral("rdvs"), rdv, {{QStringLiteral("owner_id"), m_paulId}}).ok());
        QVERIFY(sophie->waitSynced());
        QTRY_COMPARE_WITH_TIMEOUT(value(paul->replica(), QStringLiteral("rdvs"), rdv, QStringLiteral("title")),
                                  QStringLiteral("Audit alarme"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(count(julien->replica(), QStringLiteral("rdvs"), QStringLiteral("id = '%1'").arg(rdv)), 0,
                                  10000);

        // Deleting the prospect on the server unlinks its RDV and action and removes its notes
        // everywhere.
        QVERIFY(m_server.execOwner(QStringLiteral("DELETE FROM prospects WHERE id = $1"), {prospect}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(count(sophie->replica(), QStringLiteral("prospect_notes")), 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(sophie->replica()->row(QStringLiteral("rdvs"), rdv).value(QStringLiteral("prospect_id")).isNull(),
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            sophie->replica()->row(QStringLiteral("actions"), action).value(QStringLiteral("prospect_id")).isNull(), 10000);
        QCOMPARE(value(sophie->replica(), QStringLiteral("rdvs"), rdv, QStringLiteral("title")), QStringLiteral("Audit alarme"));
    }

    void refusedWritesAreUndoneWithAReason()
    {
        auto julien = client(m_julien);
        QVERIFY(julien && julien->waitSynced());
        sync::LocalReplica *rep = julien->replica();
        const QString lu = m_server.createProspect(QStringLiteral("LU"));
        const QString own = m_server.createProspect(QStringLiteral("FR"), {{QStringLiteral("owner_id"), m_julienId}});
        QVERIFY(julien->waitSynced());

        // An RDV given to another commercial: a commercial only writes their own.
        const QString forPaul = *rep->createRow(
            QStringLiteral("rdvs"),
            {{QStringLiteral("entity_id"), fr()}, {QStringLiteral("owner_id"), m_paulId},
             {QStringLiteral("title"), QStringLiteral("Pour Paul")}, {QStringLiteral("starts_at"), isoIn(3, 9)},
             {QStringLiteral("ends_at"), isoIn(3, 10)}, {QStringLiteral("status"), QStringLiteral("planifie")}});
        // An action linked to a Luxembourg prospect (a crafted id).
        const QString crafted = *rep->createRow(
            QStringLiteral("actions"),
            {{QStringLiteral("entity_id"), fr()}, {QStringLiteral("prospect_id"), lu}, {QStringLiteral("owner_id"), m_julienId},
             {QStringLiteral("type"), QStringLiteral("appel")}, {QStringLiteral("status"), QStringLiteral("a_faire")},
             {QStringLiteral("title"), QStringLiteral("Appel LU")}});
        // The replica applies the same row rules as the server before it records anything: a phone
        // in national format (the forms store E.164) or an RDV ending before it starts never
        // reaches the outbox.
        const int pending = rep->pendingCount();
        const auto phone = rep->updateRow(QStringLiteral("prospects"), own, {{QStringLiteral("phone"), QStringLiteral("0320123456")}});
        QVERIFY(!phone.ok());
        QVERIFY(phone.error().message.contains(QStringLiteral("0320123456")));
        const auto backwards = rep->createRow(
            QStringLiteral("rdvs"),
            {{QStringLiteral("entity_id"), fr()}, {QStringLiteral("owner_id"), m_julienId},
             {QStringLiteral("title"), QStringLiteral("À l'envers")}, {QStringLiteral("starts_at"), isoIn(3, 10)},
             {QStringLiteral("ends_at"), isoIn(3, 9)}, {QStringLiteral("status"), QStringLiteral("planifie")}});
        QVERIFY(!backwards.ok());
        QVERIFY(backwards.error().message.contains(QStringLiteral("précède")));
        QCOMPARE(rep->pendingCount(), pending);
        QVERIFY(julien->waitSynced());

        // What only the server can check is refused there and undone locally, with the reason.
        QCOMPARE(count(rep, QStringLiteral("rdvs"), QStringLiteral("id = '%1'").arg(forPaul)), 0);
        QCOMPARE(count(rep, QStringLiteral("actions"), QStringLiteral("id = '%1'").arg(crafted)), 0);
        QCOMPARE(rep->localHistory(QStringLiteral("rdvs"), forPaul).size(), 1);
        QCOMPARE(rep->localHistory(QStringLiteral("actions"), crafted).size(), 1);

        auto server = m_server.execOwner(
            QStringLiteral("SELECT (SELECT count(*) FROM rdvs WHERE id = $1::uuid) AS rdvs, "
                           "(SELECT count(*) FROM actions WHERE id = $2::uuid) AS actions, "
                           "(SELECT coalesce(phone, '') FROM prospects WHERE id = $3::uuid) AS phone"),
            {forPaul, crafted, own});
        QVERIFY(server.ok());
        QCOMPARE(server->text(0, "rdvs"), QStringLiteral("0"));
        QCOMPARE(server->text(0, "actions"), QStringLiteral("0"));
        QCOMPARE(server->text(0, "phone"), QString());
    }
};

QTEST_GUILESS_MAIN(TestSyncCrm)
#include "tst_sync_crm.moc"
