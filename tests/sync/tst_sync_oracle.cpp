// Oracle property test (after ElectricSQL's): random concurrent writers on the server, several
// desktop clients writing offline and syncing at random moments, network cuts, records moved
// between entities, a user moved between entities. After quiescence, every replica must equal the
// same user's query run directly on PostgreSQL (runtime role, row-level security).
// CI runs a fixed seed and a bounded number of steps; scripts/sync-oracle.sh runs longer ones:
//   HECTOR_ORACLE_SEED=<n> HECTOR_ORACLE_STEPS=<n>
#include "SyncClient.h"
#include "core/sync/SyncSchema.h"
#include "db/Database.h"
#include "tests/support/FlakyProxy.h"
#include "server/ServerApp.h"
#include "tests/support/TestServer.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QtTest>

using namespace hector;
using namespace hector::test;

namespace {
const QString kPassword = QStringLiteral("Oracle-Hector-2026");
const QStringList kCountries{QStringLiteral("FR"), QStringLiteral("LU"), QStringLiteral("BE")};
const QStringList kCities{QStringLiteral("Lille"), QStringLiteral("Metz"), QStringLiteral("Namur"),
                          QStringLiteral("Esch"), QStringLiteral("Nancy"), QStringLiteral("Liège")};

// A value in a form both sides agree on: timestamps as epoch ms, everything else as text.
QString normalized(sync::ColumnType type, const QString &text, bool isNull)
{
    if (isNull || (text.isEmpty() && type != sync::ColumnType::Text))
        return QStringLiteral("<null>");
    if (type == sync::ColumnType::Timestamp) {
        QString iso = text;
        if (iso.size() > 10 && iso.at(10) == u' ')
            iso[10] = u'T';
        if (iso.endsWith(QLatin1String("+00")))
            iso = iso.left(iso.size() - 3) + u'Z';
        // PostgreSQL keeps microseconds, the wire milliseconds: compare at the millisecond.
        static const QRegularExpression micro(QStringLiteral(R"((\.\d{3})\d+)"));
        iso.replace(micro, QStringLiteral("\\1"));
        return QString::number(QDateTime::fromString(iso, Qt::ISODateWithMs).toMSecsSinceEpoch());
    }
    if (type == sync::ColumnType::Bool)
        return (text == QLatin1String("t") || text == QLatin1String("true") || text == QLatin1String("1"))
                   ? QStringLiteral("true")
                   : QStringLiteral("false");
    return text;
}

struct Actor
{
    QString email;
    QString userId;
    std::unique_ptr<FlakyProxy> proxy;
    std::unique_ptr<SyncClient> client;
};
} // namespace

class TestSyncOracle : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    QTemporaryDir m_dir;
    std::vector<Actor> m_actors;
    QString m_moverId;

    QMap<QString, QString> serverRows(const QString &userId, const sync::TableSpec &t)
    {
        QMap<QString, QString> out;
        auto r = m_server.execAs(userId, QStringLiteral("SELECT %1 FROM %2").arg(t.columnNames().join(u','), t.name));
        if (!r) {
            qWarning("oracle query failed: %s", qPrintable(r.error().message));
            return out;
        }
        for (int i = 0; i < r->rows(); ++i) {
            QStringList values;
            for (int c = 0; c < t.columns.size(); ++c)
                values << normalized(t.columns[c].type, r->text(i, c), r->isNull(i, c));
            out.insert(r->text(i, 0), values.join(u'|'));
        }
        return out;
    }

    QMap<QString, QString> replicaRows(sync::LocalReplica *rep, const sync::TableSpec &t)
    {
        QMap<QString, QString> out;
        QSqlQuery q(rep->database());
        q.exec(QStringLiteral("SELECT %1 FROM %2").arg(t.columnNames().join(u','), t.name));
        while (q.next()) {
            QStringList values;
            for (int c = 0; c < t.columns.size(); ++c)
                values << normalized(t.columns[c].type, q.value(c).toString(), q.value(c).isNull());
            out.insert(q.value(0).toString(), values.join(u'|'));
        }
        return out;
    }

    QStringList visibleProspects(sync::LocalReplica *rep)
    {
        QStringList ids;
        QSqlQuery q(rep->database());
        q.exec(QStringLiteral("SELECT id FROM prospects ORDER BY id"));
        while (q.next())
            ids << q.value(0).toString();
        return ids;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_server.start());
        struct Who
        {
            const char *email;
            Role role;
            const char *country;
        };
        const Who who[] = {
            {"fr.manager@adsgroup-security.com", Role::Manager, "FR"},
            {"fr.commercial@adsgroup-security.com", Role::Commercial, "FR"},
            {"lu.commercial@adsgroup-security.com", Role::Commercial, "LU"},
            {"be.assistant@adsgroup-security.com", Role::Assistant, "BE"},
            {"president@adsgroup-security.com", Role::President, "FR"},
            {"mover@adsgroup-security.com", Role::Assistant, "FR"},
        };
        for (const Who &w : who) {
            Actor a;
            a.email = QString::fromLatin1(w.email);
            a.userId = m_server.createUser(a.email, kPassword, w.role, QString::fromLatin1(w.country));
            QVERIFY(!a.userId.isEmpty());
            a.proxy = std::make_unique<FlakyProxy>(m_server.app().port());
            m_actors.push_back(std::move(a));
        }
        m_moverId = m_actors.back().userId;
        for (int i = 0; i < 30; ++i)
            QVERIFY(!m_server.createProspect(kCountries.at(i % 3)).isEmpty());
        int n = 0;
        for (Actor &a : m_actors) {
            a.client = std::make_unique<SyncClient>(m_dir.filePath(QStringLiteral("oracle-%1.sqlite").arg(++n)));
            QVERIFY(a.client->login(a.proxy->url(), a.email, kPassword));
            QVERIFY(a.client->open(true));
        }
    }
    void cleanupTestCase()
    {
        m_actors.clear();
        m_server.stop();
    }

    void replicasEqualTheServerAfterRandomHistory()
    {
        const quint32 seed = qEnvironmentVariableIsSet("HECTOR_ORACLE_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("HECTOR_ORACLE_SEED"))
                                 : 20261125u;
        const int steps = qEnvironmentVariableIsSet("HECTOR_ORACLE_STEPS") ? qEnvironmentVariableIntValue("HECTOR_ORACLE_STEPS")
                                                                           : 120;
        qInfo("oracle: seed %u, %d steps", seed, steps);
        QRandomGenerator rng(seed);
        const QString entity[] = {m_server.entityId(QStringLiteral("FR")), m_server.entityId(QStringLiteral("LU")),
                                  m_server.entityId(QStringLiteral("BE"))};

        // A second owner connection holds a transaction open across steps, so commits land out
        // of xid order under the feed.
        std::unique_ptr<server::PgConnection> slow;
        int slowAge = 0;

        for (int step = 0; step < steps; ++step) {
            const int action = rng.bounded(100);
            Actor &actor = m_actors.at(rng.bounded(int(m_actors.size())));
            sync::LocalReplica *rep = actor.client->replica();
            const QStringList visible = visibleProspects(rep);
            if (action < 20) {
                // Server-side writer (another API user, a job): insert or update.
                const int c = rng.bounded(3);
                if (rng.bounded(2) == 0 || visible.isEmpty()) {
                    m_server.createProspect(kCountries.at(c), {{QStringLiteral("city"), kCities.at(rng.bounded(6))}});
                } else {
                    (void)m_server.execOwner(QStringLiteral("UPDATE prospects SET city = $2 WHERE id = $1"),
                                       {visible.at(rng.bounded(int(visible.size()))), kCities.at(rng.bounded(6))});
                }
            } else if (action < 28) {
                // Long transaction committed later (out-of-order commit).
                if (!slow) {
                    auto opened = m_server.ownerDatabase().open();
                    QVERIFY(opened.ok());
                    slow = std::move(*opened);
                    QVERIFY(slow->execScript(QStringLiteral("BEGIN")).ok());
                    QVERIFY(slow->exec(QStringLiteral("INSERT INTO prospects (entity_id, company_name, country_code, status) "
                                                      "VALUES ($1, 'Transaction longue', $2, 'nouveau')"),
                                       {entity[step % 3], kCountries.at(step % 3)})
                                .ok());
                    slowAge = 0;
                }
            } else if (action < 58) {
                // Local write on a client, online or not.
                const int kind = rng.bounded(10);
                if (kind < 4 || visible.isEmpty()) {
                    const int c = rng.bounded(3);
                    (void)rep->createRow(QStringLiteral("prospects"),
                                         {{QStringLiteral("company_name"), QStringLiteral("Client %1-%2").arg(step).arg(rng.bounded(1000))},
                                          {QStringLiteral("entity_id"), entity[c]},
                                          {QStringLiteral("country_code"), kCountries.at(c)},
                                          {QStringLiteral("status"), QStringLiteral("nouveau")},
                                          {QStringLiteral("owner_id"), actor.userId},
                                          {QStringLiteral("city"), kCities.at(rng.bounded(6))}});
                } else if (kind < 9) {
                    (void)rep->updateRow(QStringLiteral("prospects"), visible.at(rng.bounded(int(visible.size()))),
                                         {{QStringLiteral("city"), kCities.at(rng.bounded(6))},
                                          {QStringLiteral("phone"), QStringLiteral("+3332%1").arg(rng.bounded(1000000), 7, 10, QLatin1Char('0'))}});
                } else {
                    (void)rep->deleteRow(QStringLiteral("prospects"), visible.at(rng.bounded(int(visible.size()))));
                }
            } else if (action < 66) {
                // Network trouble for one client.
                actor.proxy->setOffline(!actor.proxy->isOffline());
            } else if (action < 70) {
                actor.proxy->dropAll();
            } else if (action < 76 && !visible.isEmpty()) {
                // A record moves to another entity.
                const int c = rng.bounded(3);
                (void)m_server.execOwner(QStringLiteral("UPDATE prospects SET entity_id = $2, country_code = $3 WHERE id = $1"),
                                   {visible.at(rng.bounded(int(visible.size()))), entity[c], kCountries.at(c)});
            } else if (action < 80) {
                // The mover changes entity.
                (void)m_server.execOwner(QStringLiteral("UPDATE users SET entity_id = $2 WHERE id = $1"),
                                   {m_moverId, entity[rng.bounded(3)]});
            } else {
                // Let some syncs run.
                actor.client->engine()->syncNow();
                QTest::qWait(int(rng.bounded(60)));
            }
            if (slow && ++slowAge > 6) {
                QVERIFY(slow->execScript(QStringLiteral("COMMIT")).ok());
                slow.reset();
            }
            QCoreApplication::processEvents();
        }
        if (slow)
            QVERIFY(slow->execScript(QStringLiteral("COMMIT")).ok());

        // Quiescence: network back, every client synced, twice (pushes of one reach the others).
        for (Actor &a : m_actors)
            a.proxy->setOffline(false);
        for (int round = 0; round < 3; ++round) {
            for (Actor &a : m_actors)
                QVERIFY2(a.client->waitSynced(60000), qPrintable(a.email));
        }

        int compared = 0;
        for (Actor &a : m_actors) {
            for (const sync::TableSpec &t : sync::syncedTables()) {
                const auto expected = serverRows(a.userId, t);
                const auto actual = replicaRows(a.client->replica(), t);
                if (expected != actual) {
                    for (auto it = expected.begin(); it != expected.end(); ++it) {
                        if (actual.value(it.key()) != it.value())
                            qWarning("%s %s: server %s / replica %s", qPrintable(a.email), qPrintable(t.name),
                                     qPrintable(it.value()), qPrintable(actual.value(it.key(), QStringLiteral("<absent>"))));
                    }
                    for (auto it = actual.begin(); it != actual.end(); ++it) {
                        if (!expected.contains(it.key()))
                            qWarning("%s %s: extra row in replica %s", qPrintable(a.email), qPrintable(t.name),
                                     qPrintable(it.value()));
                    }
                }
                QCOMPARE(actual.size(), expected.size());
                QVERIFY2(actual == expected, qPrintable(a.email + u' ' + t.name));
                compared += int(expected.size());
            }
        }
        qInfo("oracle: %d rows compared across %d replicas", compared, int(m_actors.size()));
        QVERIFY(compared > 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncOracle)
#include "tst_sync_oracle.moc"
