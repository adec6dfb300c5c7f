// Server infrastructure: configuration, migrations, embedded PostgreSQL, crypto, demo seed.
#include "core/Validation.h"
#include "core/crm/Phone.h"
#include "db/Database.h"
#include "db/EmbeddedPostgres.h"
#include "db/Migrator.h"
#include "demo/DemoSeeder.h"
#include "server/ServerApp.h"
#include "server/ServerConfig.h"
#include "services/Crypto.h"
#include "tests/support/TestServer.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

#include <sys/stat.h>

using namespace hector;
using namespace hector::server;
using namespace hector::test;

class TestServerInfra : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;

private slots:
    void initTestCase() { QVERIFY(m_server.start()); }
    void cleanupTestCase() { m_server.stop(); }

    void configPrecedence()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("hector.conf"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("port = 9100\nallowed_email_domains = a.fr, b.lu\nlisten = 0.0.0.0\n");
        }
        qputenv("HECTOR_LISTEN", "127.0.0.2");
        auto c = ServerConfig::load(file, {{QStringLiteral("worker-threads"), QStringLiteral("3")}});
        qunsetenv("HECTOR_LISTEN");
        QVERIFY(c.ok());
        QCOMPARE(c->intValue(ConfigKey::Port), 9100);                        // file over default
        QCOMPARE(c->value(ConfigKey::Listen), QStringLiteral("127.0.0.2"));  // env over file
        QCOMPARE(c->intValue(ConfigKey::WorkerThreads), 3);                  // flag
        QCOMPARE(c->listValue(ConfigKey::AllowedEmailDomains), (QStringList{QStringLiteral("a.fr"), QStringLiteral("b.lu")}));
        QCOMPARE(c->value(ConfigKey::EmailBackend), QStringLiteral("file")); // default
    }

    void configRejectsSecretsOnCommandLineAndBadValues()
    {
        auto secret = ServerConfig::load({}, {{QStringLiteral("resend-api-key"), QStringLiteral("re_x")}});
        QVERIFY(!secret.ok());
        QVERIFY(secret.error().message.contains(QStringLiteral("HECTOR_RESEND_API_KEY")));
        QVERIFY(!ServerConfig::load({}, {{QStringLiteral("port"), QStringLiteral("99999")}}).ok());
        QVERIFY(!ServerConfig::load({}, {{QStringLiteral("email-backend"), QStringLiteral("pigeon")}}).ok());
        QVERIFY(!ServerConfig::load(QStringLiteral("/nonexistent/hector.conf"), {}).ok());
    }

    void migrationsAreRecordedAndIdempotent()
    {
        auto conn = PgConnection::open(m_server.ownerDatabase().conninfo());
        QVERIFY(conn.ok());
        const auto all = Migrator::bundledMigrations();
        QVERIFY(!all.isEmpty());
        QCOMPARE(all.first().version, 1);
        auto again = Migrator::migrate(**conn, all);
        QVERIFY(again.ok());
        QVERIFY(again->isEmpty());
        auto rows = (*conn)->exec(QStringLiteral("SELECT count(*) AS n FROM schema_migrations"));
        QCOMPARE(rows->toInt(0, "n"), all.size());
    }

    void concurrentMigratorsApplyOnce()
    {
        // Two "server processes" racing on a fresh database: the advisory lock serialises them.
        auto admin = PgConnection::open(m_server.ownerDatabase().conninfo());
        QVERIFY(admin.ok());
        QVERIFY((*admin)->execScript(QStringLiteral("DROP DATABASE IF EXISTS race")).ok());
        QVERIFY((*admin)->execScript(QStringLiteral("CREATE DATABASE race")).ok());
        QString info = m_server.ownerDatabase().conninfo();
        info.replace(QStringLiteral("dbname='hector'"), QStringLiteral("dbname='race'"));
        QList<Migration> migrations = Migrator::bundledMigrations();
        // A slow extra migration widens the race window.
        migrations.append(Migration{9999, QStringLiteral("slow"),
                                    QStringLiteral("SELECT pg_sleep(0.3); CREATE TABLE race_marker (x int);")});
        auto run = [info, migrations]() -> int {
            auto c = PgConnection::open(info);
            if (!c)
                return -1;
            auto r = Migrator::migrate(**c, migrations);
            return r ? int(r->size()) : -1;
        };
        QFuture<int> a = QtConcurrent::run(run);
        QFuture<int> b = QtConcurrent::run(run);
        const int na = a.result();
        const int nb = b.result();
        QVERIFY(na >= 0 && nb >= 0);
        QCOMPARE(na + nb, int(migrations.size())); // each applied exactly once overall
        QVERIFY(na == 0 || nb == 0);
        auto c = PgConnection::open(info);
        auto n = (*c)->exec(QStringLiteral("SELECT count(*) AS n FROM schema_migrations"));
        QCOMPARE(n->toInt(0, "n"), migrations.size());
        c->reset();
        QVERIFY((*admin)->execScript(QStringLiteral("DROP DATABASE race")).ok());
    }

    void newerSchemaIsRefused()
    {
        auto conn = PgConnection::open(m_server.ownerDatabase().conninfo());
        QVERIFY((*conn)->execScript(QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (9998, 'future')")).ok());
        auto r = Migrator::migrate(**conn, Migrator::bundledMigrations());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("schema_too_new"));
        QVERIFY((*conn)->execScript(QStringLiteral("DELETE FROM schema_migrations WHERE version = 9998")).ok());
    }

    void failedMigrationRollsBackEverything()
    {
        auto conn = PgConnection::open(m_server.ownerDatabase().conninfo());
        QList<Migration> migrations = Migrator::bundledMigrations();
        migrations.append(Migration{9001, QStringLiteral("good"), QStringLiteral("CREATE TABLE good_one (x int);")});
        migrations.append(Migration{9002, QStringLiteral("bad"), QStringLiteral("CREATE TABLE oops (x nosuchtype);")});
        auto r = Migrator::migrate(**conn, migrations);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("9002_bad")));
        auto exists = (*conn)->exec(QStringLiteral("SELECT to_regclass('good_one') IS NULL AS absent"));
        QVERIFY(exists->toBool(0, "absent"));
    }

    void embeddedClusterSurvivesRestart()
    {
        QTemporaryDir dir;
        ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
        EmbeddedPostgres::Options opt;
        opt.clusterDir = dir.filePath(QStringLiteral("pg"));
        opt.fastUnsafe = true;
        {
            EmbeddedPostgres pg(opt);
            auto started = pg.start();
            QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
            auto c = PgConnection::open(pg.conninfo());
            QVERIFY(c.ok());
            QVERIFY((*c)->execScript(QStringLiteral("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('bonjour')")).ok());
            c->reset();
            QVERIFY(pg.stop().ok());
            QVERIFY(!PgConnection::open(pg.conninfo()).ok()); // really stopped
        }
        EmbeddedPostgres pg(opt);
        QVERIFY(pg.start().ok());
        auto c = PgConnection::open(pg.conninfo());
        auto r = (*c)->exec(QStringLiteral("SELECT v FROM kept"));
        QVERIFY(r.ok());
        QCOMPARE(r->text(0, 0), QStringLiteral("bonjour"));
    }

    void externalDatabaseUrlIsUsed()
    {
        // A second server pointed at the first one's database (external URL mode).
        QTemporaryDir dir;
        ServerConfig config = ServerConfig::defaults();
        config.set(ConfigKey::DataDir, dir.path());
        config.set(ConfigKey::DatabaseUrl, m_server.ownerDatabase().conninfo());
        config.set(ConfigKey::Port, QStringLiteral("0"));
        config.set(ConfigKey::PasswordHashing, QStringLiteral("fast"));
        ServerApp second(config);
        auto r = second.start();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("postgres"))));
        QVERIFY(second.database().ping());
        // Without database_app_url, requests still run as hector_app (SET ROLE), never as the owner.
        auto conn = second.database().connection();
        QVERIFY(conn.ok());
        auto who = (*conn)->exec(QStringLiteral("SELECT current_user AS u"));
        QVERIFY(who.ok());
        QCOMPARE(who->text(0, "u"), QStringLiteral("hector_app"));
        second.stop();
        QVERIFY(m_server.database().ping()); // the external database is left running
    }

    void listenFailureIsClear()
    {
        QTemporaryDir dir;
        ServerConfig config = ServerConfig::defaults();
        config.set(ConfigKey::DataDir, dir.path());
        config.set(ConfigKey::DatabaseUrl, m_server.ownerDatabase().conninfo());
        config.set(ConfigKey::Port, QString::number(m_server.app().port())); // already taken
        config.set(ConfigKey::PasswordHashing, QStringLiteral("fast"));
        ServerApp second(config);
        auto r = second.start();
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("Impossible d'écouter")));
    }

    void passwordHashing()
    {
        PasswordHasher hasher(PasswordHasher::Cost::Fast);
        auto h = hasher.hash(QStringLiteral("Éléphant-2026"));
        QVERIFY(h.ok());
        QVERIFY(h->startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(hasher.verify(*h, QStringLiteral("Éléphant-2026")));
        QVERIFY(!hasher.verify(*h, QStringLiteral("Elephant-2026")));
        QVERIFY(!hasher.verify(QString(), QStringLiteral("x")));
        QVERIFY(*hasher.hash(QStringLiteral("a")) != *hasher.hash(QStringLiteral("a"))); // salted
    }

    void jwtSignAndVerify()
    {
        JwtSigner signer(QByteArrayLiteral("0123456789abcdef0123456789abcdef"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString token = signer.sign(QJsonObject{{QStringLiteral("sub"), QStringLiteral("u1")},
                                                      {QStringLiteral("exp"), now.toSecsSinceEpoch() + 60}});
        auto claims = signer.verify(token, now);
        QVERIFY(claims.ok());
        QCOMPARE(claims->value(QLatin1StringView("sub")).toString(), QStringLiteral("u1"));
        QCOMPARE(signer.verify(token, now.addSecs(61)).error().code, QStringLiteral("token_expired"));
        JwtSigner other(QByteArrayLiteral("another-secret-another-secret-!!"));
        QCOMPARE(other.verify(token, now).error().code, QStringLiteral("unauthorized"));
        QCOMPARE(signer.verify(QStringLiteral("a.b"), now).error().code, QStringLiteral("unauthorized"));
        // alg=none forgery
        const QString none = crypto::base64Url(QByteArrayLiteral("{\"alg\":\"none\"}")) + u'.'
                             + token.section(u'.', 1, 1) + u'.';
        QVERIFY(!signer.verify(none, now).ok());
    }

    void demoSeedIsRealisticAndIdempotent()
    {
        // The fixture's database already has an organisation; seed a fresh database instead.
        auto admin = PgConnection::open(m_server.ownerDatabase().conninfo());
        QVERIFY((*admin)->execScript(QStringLiteral("DROP DATABASE IF EXISTS demo")).ok());
        QVERIFY((*admin)->execScript(QStringLiteral("CREATE DATABASE demo")).ok());
        QString info = m_server.ownerDatabase().conninfo();
        info.replace(QStringLiteral("dbname='hector'"), QStringLiteral("dbname='demo'"));
        {
            auto c = PgConnection::open(info);
            QVERIFY(Migrator::migrate(**c, Migrator::bundledMigrations()).ok());
        }
        {
            Database db(info);
            PasswordHasher hasher(PasswordHasher::Cost::Fast);
            auto first = DemoSeeder::seed(db, hasher, 500, QString());
            QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
            QVERIFY(first->seeded);
            QCOMPARE(first->prospects, 500);
            QStringList roles;
            for (const auto &c : first->credentials) {
                roles << c.role;
                QVERIFY(validation::checkPasswordPolicy(c.password).ok());
            }
            for (const char *role : {"admin", "president", "manager", "commercial", "assistant"})
                QVERIFY(roles.contains(QLatin1String(role)));

            auto conn = db.connection();
            auto entities = (*conn)->exec(QStringLiteral("SELECT string_agg(name || ':' || country_code, ',' ORDER BY name) AS e FROM entities"));
            QCOMPARE(entities->text(0, "e"), QStringLiteral("Belgique:BE,France:FR,Luxembourg:LU"));
            auto sirens = (*conn)->exec(QStringLiteral("SELECT siren, siret, country_code, status, phone FROM prospects"));
            int fr = 0;
            for (int i = 0; i < sirens->rows(); ++i) {
                // Every number passes the CRM's check, so every demo record can be edited.
                if (!sirens->isNull(i, "phone"))
                    QVERIFY2(crm::isValidE164(sirens->text(i, "phone")), qPrintable(sirens->text(i, "phone")));
                if (sirens->text(i, "country_code") != QLatin1String("FR"))
                    continue;
                ++fr;
                if (sirens->text(i, "status") == QLatin1String("a_qualifier"))
                    continue; // captured in the field: no identifiers yet
                QVERIFY2(validation::isValidSiren(sirens->text(i, "siren")), qPrintable(sirens->text(i, "siren")));
                QVERIFY2(validation::isValidSiret(sirens->text(i, "siret")), qPrintable(sirens->text(i, "siret")));
            }
            QCOMPARE(fr, 300);

            // Field captures (1 in 19, every country): name and postcode only, owned by the
            // entity's commercial, in the last three weeks.
            QCOMPARE(first->partialProspects, 26);
            auto partial = (*conn)->exec(QStringLiteral(
                "SELECT count(*) AS n, count(DISTINCT p.country_code) AS countries,"
                " count(*) FILTER (WHERE p.siren IS NULL AND p.address IS NULL AND p.city IS NULL AND p.postcode IS NOT NULL"
                "   AND u.role = 'commercial' AND u.entity_id = p.entity_id AND p.created_at > now() - interval '22 days') AS ok"
                " FROM prospects p LEFT JOIN users u ON u.id = p.owner_id WHERE p.status = 'a_qualifier'"));
            QCOMPARE(partial->toInt(0, "n"), 26);
            QCOMPARE(partial->toInt(0, "ok"), 26);
            QCOMPARE(partial->toInt(0, "countries"), 3);

            // Appointments, actions and notes: owned by a commercial or manager of the entity of
            // their prospect.
            QVERIFY(first->rdvs > 100 && first->actions > 50 && first->notes > 10);
            for (const char *table : {"rdvs", "actions"}) {
                auto wrong = (*conn)->exec(QStringLiteral("SELECT count(*) AS n, count(*) FILTER (WHERE u.role NOT IN "
                                                          "('commercial', 'manager') OR u.entity_id <> t.entity_id OR "
                                                          "p.entity_id <> t.entity_id OR p.status = 'a_qualifier') AS wrong "
                                                          "FROM %1 t JOIN users u ON u.id = t.owner_id JOIN prospects p ON p.id = t.prospect_id")
                                               .arg(QLatin1String(table)));
                QCOMPARE(wrong->toInt(0, "n"), QLatin1String(table) == QLatin1String("rdvs") ? first->rdvs : first->actions);
                QCOMPARE(wrong->toInt(0, "wrong"), 0);
            }
            auto notes = (*conn)->exec(QStringLiteral("SELECT count(*) AS n FROM prospect_notes t JOIN users u ON u.id = t.author_id "
                                                      "JOIN prospects p ON p.id = t.prospect_id "
                                                      "WHERE u.entity_id = t.entity_id AND p.entity_id = t.entity_id"));
            QCOMPARE(notes->toInt(0, "n"), first->notes);
            // Diaries: weekdays, office hours in Paris, past ones done (or cancelled), planned ones
            // within the next four weeks, never two at once for one person.
            auto rdvs = (*conn)->exec(QStringLiteral(
                "SELECT count(*) FILTER (WHERE extract(isodow FROM starts_at AT TIME ZONE 'Europe/Paris') > 5"
                "   OR (starts_at AT TIME ZONE 'Europe/Paris')::time NOT BETWEEN '09:00' AND '17:00'"
                "   OR (ends_at AT TIME ZONE 'Europe/Paris')::time > '18:30') AS off_hours,"
                " count(*) FILTER (WHERE status = 'planifie' AND (starts_at < now() - interval '1 minute' OR starts_at > now() + interval '29 days')) AS bad_planned,"
                " count(*) FILTER (WHERE status <> 'planifie' AND starts_at > now()) AS bad_past,"
                " count(*) FILTER (WHERE status = 'planifie') AS planned,"
                " count(*) FILTER (WHERE status = 'effectue') AS done,"
                " (SELECT count(*) FROM rdvs a JOIN rdvs b ON a.owner_id = b.owner_id AND a.id < b.id"
                "   AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at) AS overlaps"
                " FROM rdvs"));
            QCOMPARE(rdvs->toInt(0, "off_hours"), 0);
            QCOMPARE(rdvs->toInt(0, "bad_planned"), 0);
            QCOMPARE(rdvs->toInt(0, "bad_past"), 0);
            QCOMPARE(rdvs->toInt(0, "overlaps"), 0);
            QVERIFY(rdvs->toInt(0, "planned") > 20 && rdvs->toInt(0, "done") > 20);
            // Actions: every type and status, some overdue, some due today (Paris), done ones with
            // their completion time.
            auto actions = (*conn)->exec(QStringLiteral(
                "SELECT count(DISTINCT type) AS types, count(DISTINCT status) AS statuses,"
                " count(*) FILTER (WHERE status = 'a_faire' AND due_at < now()) AS overdue,"
                " count(*) FILTER (WHERE status = 'a_faire' AND (due_at AT TIME ZONE 'Europe/Paris')::date"
                "   = (now() AT TIME ZONE 'Europe/Paris')::date) AS today,"
                " count(*) FILTER (WHERE (status = 'termine') <> (completed_at IS NOT NULL) OR completed_at > now()) AS bad_done"
                " FROM actions"));
            QCOMPARE(actions->toInt(0, "types"), 4);
            QCOMPARE(actions->toInt(0, "statuses"), 3);
            QVERIFY(actions->toInt(0, "overdue") > 0);
            QVERIFY(actions->toInt(0, "today") > 0);
            QCOMPARE(actions->toInt(0, "bad_done"), 0);
            auto mismatch = (*conn)->exec(QStringLiteral("SELECT count(*) AS n FROM prospects p JOIN entities e ON e.id = p.entity_id "
                                                         "WHERE e.country_code <> p.country_code"));
            QCOMPARE(mismatch->toInt(0, "n"), 0);

            // Opportunities (issue #6): one complete prospect in five, owned by a commercial or
            // manager of its entity, every stage, closed ones over the last 12 months; exchanges in
            // both directions; the inputs of the score (offices, positions, DISC profiles).
            QVERIFY(first->opportunities > 80 && first->opportunityActivities > first->opportunities);
            auto opps = (*conn)->exec(QStringLiteral(
                "SELECT count(*) AS n, count(DISTINCT o.stage) AS stages,"
                " count(*) FILTER (WHERE u.role NOT IN ('commercial', 'manager') OR u.entity_id <> o.entity_id"
                "   OR p.entity_id <> o.entity_id OR p.status = 'a_qualifier') AS wrong_owner,"
                " count(*) FILTER (WHERE o.amount_eur NOT BETWEEN 2000 AND 80000"
                "   OR o.monthly_eur NOT BETWEEN 30 AND 600) AS wrong_amount,"
                " count(*) FILTER (WHERE (o.stage IN ('gagne', 'perdu')) <> (o.closed_at IS NOT NULL)"
                "   OR o.closed_at > now() OR o.closed_at < now() - interval '366 days') AS wrong_closing,"
                " count(*) FILTER (WHERE o.last_activity_at IS DISTINCT FROM"
                "   (SELECT max(a.occurred_at) FROM opportunity_activities a WHERE a.opportunity_id = o.id)) AS wrong_last,"
                " count(DISTINCT date_trunc('month', o.closed_at)) AS closing_months"
                " FROM opportunities o JOIN users u ON u.id = o.owner_id JOIN prospects p ON p.id = o.prospect_id"));
            QCOMPARE(opps->toInt(0, "n"), first->opportunities);
            QCOMPARE(opps->toInt(0, "stages"), 7);
            QCOMPARE(opps->toInt(0, "wrong_owner"), 0);
            QCOMPARE(opps->toInt(0, "wrong_amount"), 0);
            QCOMPARE(opps->toInt(0, "wrong_closing"), 0);
            QCOMPARE(opps->toInt(0, "wrong_last"), 0);
            QVERIFY(opps->toInt(0, "closing_months") >= 8);
            auto acts = (*conn)->exec(QStringLiteral(
                "SELECT count(*) AS n, count(DISTINCT direction) AS directions,"
                " count(*) FILTER (WHERE a.author_id IS DISTINCT FROM o.owner_id OR a.entity_id <> o.entity_id) AS wrong"
                " FROM opportunity_activities a JOIN opportunities o ON o.id = a.opportunity_id"));
            QCOMPARE(acts->toInt(0, "n"), first->opportunityActivities);
            QCOMPARE(acts->toInt(0, "directions"), 2);
            QCOMPARE(acts->toInt(0, "wrong"), 0);
            QCOMPARE((*conn)->exec(QStringLiteral("SELECT count(*) AS n FROM opportunity_notes"))->toInt(0, "n"), first->opportunityNotes);
            auto inputs = (*conn)->exec(QStringLiteral(
                "SELECT (SELECT count(*) FROM entities WHERE office_latitude IS NULL) AS no_office,"
                " (SELECT count(*) FROM prospects WHERE status <> 'a_qualifier' AND latitude IS NULL) AS no_position,"
                " (SELECT count(*) FROM prospects WHERE disc_profile IS NOT NULL) AS disc_prospects,"
                " (SELECT count(*) FROM users WHERE disc_profile IS NOT NULL) AS disc_users"));
            QCOMPARE(inputs->toInt(0, "no_office"), 0);
            QCOMPARE(inputs->toInt(0, "no_position"), 0);
            QVERIFY(inputs->toInt(0, "disc_prospects") > 100);
            QVERIFY(inputs->toInt(0, "disc_users") >= 4);

            auto second = DemoSeeder::seed(db, hasher, 500, QString());
            QVERIFY(second.ok());
            QVERIFY(!second->seeded);
            auto count = (*conn)->exec(QStringLiteral("SELECT count(*) AS n FROM prospects"));
            QCOMPARE(count->toInt(0, "n"), 500);
        }
        QVERIFY((*admin)->execScript(QStringLiteral("DROP DATABASE demo WITH (FORCE)")).ok());
    }
};

QTEST_GUILESS_MAIN(TestServerInfra)
#include "tst_server_infra.moc"
