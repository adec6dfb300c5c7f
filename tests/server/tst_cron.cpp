// The scheduled jobs of issue #6 against a real server and PostgreSQL, driven by the ManualClock:
// the score written equals core scoring::score on known inputs, the 01:00 / 09:00 Europe/Paris
// schedule, once-only runs across two server processes on one database, missed runs caught up,
// the 30-day stagnation boundary with its notifications and e-mails (once per day), the manual
// trigger (administrators only), the run log and a failed run.
#include "HttpTestClient.h"
#include "core/geo/Geo.h"
#include "core/scoring/OpportunityScore.h"
#include "jobs/CronScheduler.h"
#include "server/ServerApp.h"
#include "services/Clock.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

using namespace hector;
using namespace hector::test;

namespace {
const QString kPassword = QStringLiteral("Secur1te-Hector");
const QString kAdmin = QStringLiteral("admin@adsgroup-security.com");
const QString kManager = QStringLiteral("manager.fr@adsgroup-security.com");
const QString kCommercial = QStringLiteral("commercial.fr@adsgroup-security.com");
const QString kCommercial2 = QStringLiteral("commercial2.fr@adsgroup-security.com");
// Winter time in Paris: UTC+1 (the change to summer time is on 29 March 2026).
QDateTime utc(int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute, second), Qt::UTC);
}
const geo::LatLon kParisOffice{48.8566, 2.3522};
// 0.54° of latitude north of the office: about 60 km.
const geo::LatLon kProspect{49.3962, 2.3522};

} // namespace

class TestCron : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<HttpTestClient> m_http;
    QString m_commercialId, m_commercial2Id;
    QString m_fr;
    QString m_docsExample; // the opportunity of the example of docs/scoring.md

    QString token(const QString &email) { return m_server.accessToken(email, kPassword); }
    HttpReply send(const QByteArray &verb, const QString &path, const QString &email, const QJsonObject &body = {})
    {
        return m_http->send(verb, path, body, token(email));
    }
    QString value(const QString &sql, const QVariantList &params = {})
    {
        auto r = m_server.execOwner(sql, params);
        if (!r) {
            qWarning() << r.error().message;
            return QStringLiteral("<error>");
        }
        return r->rows() ? r->text(0, 0) : QString();
    }
    int count(const QString &sql, const QVariantList &params = {}) { return value(sql, params).toInt(); }
    QString insertRow(const QString &table, const QJsonObject &fields) { return m_server.insertRow(table, fields); }
    QString opportunity(const QString &title, const QString &owner, const QJsonObject &more = {})
    {
        QJsonObject row{{QStringLiteral("entity_id"), m_fr}, {QStringLiteral("title"), title}, {QStringLiteral("stage"), QStringLiteral("qualification")}};
        if (!owner.isEmpty())
            row.insert(QStringLiteral("owner_id"), owner);
        for (auto it = more.begin(); it != more.end(); ++it)
            row.insert(it.key(), it.value());
        return insertRow(QStringLiteral("opportunities"), row);
    }
    QString stagnantSince(const QString &id)
    {
        return value(QStringLiteral("SELECT to_char(stagnant_since AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS') "
                                    "FROM opportunities WHERE id = $1"),
                     {id});
    }

private slots:
    void initTestCase()
    {
        m_server.clock().set(utc(10, 12));
        QVERIFY2(m_server.start(), "the test server must start (embedded PostgreSQL)");
        m_http = std::make_unique<HttpTestClient>(m_server.baseUrl());
        m_fr = m_server.entityId(QStringLiteral("FR"));
        QVERIFY(!m_server.createUser(kAdmin, kPassword, Role::Admin).isEmpty());
        QVERIFY(!m_server.createUser(kManager, kPassword, Role::Manager).isEmpty());
        m_commercialId = m_server.createUser(kCommercial, kPassword, Role::Commercial);
        m_commercial2Id = m_server.createUser(kCommercial2, kPassword, Role::Commercial);
        QVERIFY(!m_commercialId.isEmpty() && !m_commercial2Id.isEmpty());
        QVERIFY(m_server.execOwner(QStringLiteral("UPDATE entities SET office_latitude = $1, office_longitude = $2 WHERE id = $3"),
                                   {kParisOffice.lat, kParisOffice.lon, m_fr})
                    .ok());
    }
    void cleanupTestCase() { m_server.stop(); }

    // docs/scoring.md: négociation, 10 h replies, revenue + headcount, S/C, 60 km, 4 shared -> 75 WARM.
    void scoreWrittenEqualsCoreScore()
    {
        QVERIFY(m_server.execOwner(QStringLiteral("UPDATE users SET disc_profile = 'C' WHERE id = $1"), {m_commercialId}).ok());
        const QString prospect = m_server.createProspect(
            QStringLiteral("FR"), {{QStringLiteral("company_name"), QStringLiteral("Beauvais Sécurité")},
                                   {QStringLiteral("revenue_eur"), 2500000},
                                   {QStringLiteral("headcount_band"), QStringLiteral("12")},
                                   {QStringLiteral("disc_profile"), QStringLiteral("S")},
                                   {QStringLiteral("latitude"), kProspect.lat},
                                   {QStringLiteral("longitude"), kProspect.lon}});
        m_docsExample = opportunity(QStringLiteral("Télésurveillance Beauvais"), m_commercialId,
                                    {{QStringLiteral("prospect_id"), prospect},
                                     {QStringLiteral("stage"), QStringLiteral("negociation")},
                                     {QStringLiteral("shared_connections"), 4}});
        QVERIFY(!m_docsExample.isEmpty());
        // Two exchanges answered in 10 hours; a reminder in between does not shorten the delay.
        const QList<QPair<QDateTime, const char *>> activities{{utc(2, 9), "sortant"},  {utc(2, 15), "sortant"},
                                                               {utc(2, 19), "entrant"}, {utc(5, 8), "sortant"},
                                                               {utc(5, 18), "entrant"}};
        QList<scoring::ActivityPoint> points;
        for (const auto &[at, direction] : activities) {
            QVERIFY(!insertRow(QStringLiteral("opportunity_activities"),
                               {{QStringLiteral("entity_id"), m_fr}, {QStringLiteral("opportunity_id"), m_docsExample},
                                {QStringLiteral("author_id"), m_commercialId}, {QStringLiteral("kind"), QStringLiteral("appel")},
                                {QStringLiteral("direction"), QLatin1String(direction)}, {QStringLiteral("occurred_at"), iso(at)}})
                         .isEmpty());
            points.append({at, QLatin1String(direction) == QLatin1String("entrant")});
        }

        // The same inputs through the core function.
        scoring::ScoreInput in;
        in.stage = QStringLiteral("negociation");
        in.responseHours = scoring::responseHours(points);
        QCOMPARE(in.responseHours, (QList<double>{10.0, 10.0}));
        in.hasRevenue = true;
        in.hasHeadcount = true;
        in.prospectDisc = QStringLiteral("S");
        in.ownerDisc = QStringLiteral("C");
        in.distanceKm = geo::distanceKm(kProspect, kParisOffice);
        QVERIFY(*in.distanceKm > 59 && *in.distanceKm < 61);
        in.sharedConnections = 4;
        const scoring::ScoreResult core = scoring::score(in);
        QCOMPARE(core.total, 75);

        // Live on GET.
        const HttpReply r = send("GET", QStringLiteral("/api/opportunities/") + m_docsExample, kCommercial);
        QCOMPARE(r.status, 200);
        const QJsonObject live = r.json.value(QLatin1StringView("opportunity")).toObject().value(QLatin1StringView("scoring")).toObject();
        QCOMPARE(live.value(QLatin1StringView("total")).toInt(), 75);
        QCOMPARE(live.value(QLatin1StringView("temperature")).toString(), QStringLiteral("WARM"));
        const QJsonArray factors = live.value(QLatin1StringView("factors")).toArray();
        const QList<double> expected{16, 16, 10, 10, 11, 12};
        QCOMPARE(factors.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(factors.at(i).toObject().value(QLatin1StringView("points")).toDouble(), expected.at(i));
            QCOMPARE(factors.at(i).toObject().value(QLatin1StringView("reason")).toString(), core.factors.at(i).reason);
        }

        // Written by a manual run of the job, with its history row.
        const HttpReply run = send("POST", QStringLiteral("/api/opportunities/trigger-worker"), kAdmin,
                                   {{QStringLiteral("job"), QStringLiteral("rescoring")}});
        QCOMPARE(run.status, 200);
        const QJsonObject runRow = run.json.value(QLatin1StringView("run")).toObject();
        QCOMPARE(runRow.value(QLatin1StringView("status")).toString(), QStringLiteral("done"));
        QCOMPARE(runRow.value(QLatin1StringView("trigger")).toString(), QStringLiteral("manual"));
        QCOMPARE(runRow.value(QLatin1StringView("detail")).toObject().value(QLatin1StringView("scored")).toInt(), 1);
        QCOMPARE(value(QStringLiteral("SELECT score || ' ' || temperature || ' ' || (scored_at = $2::timestamptz) "
                                      "FROM opportunities WHERE id = $1"),
                       {m_docsExample, utc(10, 12)}),
                 QStringLiteral("75 WARM true"));
        QCOMPARE(value(QStringLiteral("SELECT score || ' ' || temperature || ' ' || source FROM scoring_history WHERE opportunity_id = $1"),
                       {m_docsExample}),
                 QStringLiteral("75 WARM manual"));
        const HttpReply history = send("GET", QStringLiteral("/api/opportunities/%1/scoring-history").arg(m_docsExample), kCommercial);
        const QJsonObject stored = history.json.value(QLatin1StringView("items")).toArray().at(0).toObject();
        QCOMPARE(stored.value(QLatin1StringView("factors")).toArray().size(), 6);
        QCOMPARE(stored.value(QLatin1StringView("factors")).toArray().at(4).toObject().value(QLatin1StringView("points")).toDouble(), 11.0);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM audit_logs WHERE entity_type = 'cron_run' AND action = 'CREATE'")),
                 QStringLiteral("1"));
    }

    void scheduleInParisTime()
    {
        auto &cron = m_server.app().cron();
        // 00:59 in Paris: nothing.
        QCOMPARE(cron.runDue(utc(10, 23, 59)), QStringList{});
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cron_runs WHERE trigger = 'schedule'")), 0);
        // 01:00: the rescoring, once.
        QCOMPARE(cron.runDue(utc(11, 0)), QStringList{QStringLiteral("rescoring")});
        QCOMPARE(value(QStringLiteral("SELECT job || ' ' || status || ' ' || (finished_at IS NOT NULL) || ' ' || (detail->>'scored') "
                                      "FROM cron_runs WHERE trigger = 'schedule' AND scheduled_for = $1"),
                       {utc(11, 0)}),
                 QStringLiteral("rescoring done true 1"));
        // Unchanged score: no new history row (docs/scoring.md, history policy).
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM scoring_history WHERE opportunity_id = $1"), {m_docsExample}), 1);
        // Later the same day: nothing more.
        QCOMPARE(cron.runDue(utc(11, 0, 30)), QStringList{});
        // 08:59 in Paris: only the enrichment of 03:00 (issue #7) and the housekeeping of 04:00 have come since.
        QCOMPARE(cron.runDue(utc(11, 7, 59)), (QStringList{QStringLiteral("enrichment"), QStringLiteral("maintenance")}));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cron_runs WHERE trigger = 'schedule'")), 3);
    }

    void twoServersRunEachJobOnce()
    {
        // A second server process on the same database (the embedded cluster is reused).
        server::ServerConfig config = m_server.app().config();
        config.set(server::ConfigKey::Port, QStringLiteral("0"));
        auto otherClock = std::make_shared<server::ManualClock>(utc(12, 0));
        server::ServerApp other(config, otherClock);
        QVERIFY(other.start().ok());

        // Inputs change: the score becomes 78 (6 shared connections: network 15).
        QVERIFY(m_server.execOwner(QStringLiteral("UPDATE opportunities SET shared_connections = 6 WHERE id = $1"), {m_docsExample}).ok());
        const QDateTime due = utc(12, 0);
        auto theirs = QtConcurrent::run([&other, due] { return other.cron().runDue(due); });
        const QStringList ours = m_server.app().cron().runDue(due);
        theirs.waitForFinished();
        const QStringList all = ours + theirs.result();
        QCOMPARE(all, QStringList{QStringLiteral("rescoring")});
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cron_runs WHERE scheduled_for = $1"), {due}), 1);
        // One set of effects.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM scoring_history WHERE opportunity_id = $1 AND computed_at = $2"),
                       {m_docsExample, due}),
                 1);
        QCOMPARE(value(QStringLiteral("SELECT score || ' ' || source FROM scoring_history WHERE opportunity_id = $1 AND computed_at = $2"),
                       {m_docsExample, due}),
                 QStringLiteral("78 cron"));
        QCOMPARE(value(QStringLiteral("SELECT score FROM opportunities WHERE id = $1"), {m_docsExample}), QStringLiteral("78"));
        // Neither runs it again.
        QCOMPARE(other.cron().runDue(due.addSecs(60)), QStringList{});
        QCOMPARE(m_server.app().cron().runDue(due.addSecs(60)), QStringList{});
        other.stop();
        QVERIFY(m_server.execOwner(QStringLiteral("SELECT 1")).ok()); // the shared cluster still runs
    }

    void missedRunsCaughtUpOnceTheSameDay()
    {
        auto &cron = m_server.app().cron();
        // No server at 01:00 nor at 09:00 on the 13th: the first tick at 11:30 runs both, once.
        QCOMPARE(cron.runDue(utc(13, 10, 30)),
                 (QStringList{QStringLiteral("rescoring"), QStringLiteral("stagnation"), QStringLiteral("enrichment"),
                              QStringLiteral("maintenance")}));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cron_runs WHERE scheduled_for IN ($1, $2) AND status = 'done'"),
                       {utc(13, 0), utc(13, 8)}),
                 2);
        QCOMPARE(cron.runDue(utc(13, 15)), QStringList{});
        // The stagnation of the 11th and 12th, missed, is not run on another day.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cron_runs WHERE job = 'stagnation'")), 1);
    }

    void stagnationAtThirtyDays()
    {
        const QDateTime now = utc(14, 8); // 09:00 in Paris
        const QString prospect = m_server.createProspect(QStringLiteral("FR"), {{QStringLiteral("company_name"), QStringLiteral("Garage Vauban")}});
        const QString a = opportunity(QStringLiteral("Alarme boutique A"), m_commercialId,
                                      {{QStringLiteral("last_activity_at"), iso(now.addSecs(-(29 * 86400 + 23 * 3600)))}});
        const QString b = opportunity(QStringLiteral("Vidéosurveillance B"), m_commercialId,
                                      {{QStringLiteral("prospect_id"), prospect},
                                       {QStringLiteral("last_activity_at"), iso(now.addSecs(-(30 * 86400 + 1)))}});
        const QString closed = opportunity(QStringLiteral("Contrat signé C"), m_commercialId,
                                           {{QStringLiteral("stage"), QStringLiteral("gagne")},
                                            {QStringLiteral("last_activity_at"), iso(now.addDays(-60))}});
        const QString d = opportunity(QStringLiteral("Contrôle d'accès D"), m_commercial2Id,
                                      {{QStringLiteral("stage_changed_at"), iso(now.addDays(-40))}});
        const QString ownerless = opportunity(QStringLiteral("Sans responsable E"), {},
                                              {{QStringLiteral("created_at"), iso(now.addDays(-45))}});
        const QString active = opportunity(QStringLiteral("Relancée F"), m_commercialId,
                                           {{QStringLiteral("last_activity_at"), iso(now.addDays(-1))},
                                            {QStringLiteral("stagnant_since"), iso(now.addDays(-3))}});
        const int emailsBefore = m_server.emailCount();

        QVERIFY(m_server.app().cron().runDue(now).contains(QStringLiteral("stagnation")));
        QCOMPARE(stagnantSince(a), QString());
        QCOMPARE(stagnantSince(b), QStringLiteral("2026-03-14T08:00:00"));
        QCOMPARE(stagnantSince(closed), QString());
        QCOMPARE(stagnantSince(d), QStringLiteral("2026-03-14T08:00:00"));
        QCOMPARE(stagnantSince(ownerless), QStringLiteral("2026-03-14T08:00:00"));
        QCOMPARE(stagnantSince(active), QString()); // active again
        QCOMPARE(value(QStringLiteral("SELECT detail->>'marked' || ' ' || (detail->>'cleared') || ' ' || (detail->>'notifications') "
                                      "|| ' ' || (detail->>'emails') FROM cron_runs WHERE job = 'stagnation' AND scheduled_for = $1"),
                       {now}),
                 QStringLiteral("3 1 2 2"));

        // One notification per stagnant opportunity with an owner, to that owner only.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM notifications")), 2);
        QCOMPARE(value(QStringLiteral("SELECT user_id || ' ' || kind || ' ' || related_table || ' ' || related_id FROM notifications "
                                      "WHERE related_id = $1"),
                       {b}),
                 QString(m_commercialId + QStringLiteral(" stagnation opportunities ") + b));
        const QString body = value(QStringLiteral("SELECT title || ' | ' || body FROM notifications WHERE related_id = $1"), {b});
        QVERIFY2(body.contains(u"Vidéosurveillance B") && body.contains(u"Garage Vauban") && body.contains(u"30 jours"), qPrintable(body));
        QVERIFY(value(QStringLiteral("SELECT body FROM notifications WHERE related_id = $1"), {d}).contains(u"40 jours"));
        for (const auto &[user, expected] : {std::pair{m_commercialId, 1}, std::pair{m_commercial2Id, 1}}) {
            auto seen = m_server.execAs(user, QStringLiteral("SELECT count(*) AS n FROM notifications"));
            QVERIFY(seen.ok());
            QCOMPARE(int(seen->toInt(0, "n")), expected);
        }
        auto managerSees = m_server.execAs(value(QStringLiteral("SELECT id FROM users WHERE email = $1"), {kManager}),
                                           QStringLiteral("SELECT count(*) AS n FROM notifications"));
        QCOMPARE(int(managerSees->toInt(0, "n")), 0);

        // One summary e-mail per owner.
        QCOMPARE(m_server.emailCount(), emailsBefore + 2);
        const QString mail = m_server.lastEmailTo(kCommercial);
        QVERIFY2(mail.contains(u"Vidéosurveillance B") && mail.contains(u"30 jours") && !mail.contains(u"Alarme boutique A"),
                 qPrintable(mail));
        QVERIFY(m_server.lastEmailTo(kCommercial2).contains(u"Contrôle d'accès D"));

        // Run again the same day (manual trigger, half an hour later: A is still under 30 days):
        // nothing new.
        m_server.clock().set(now.addSecs(1800));
        HttpReply r = send("POST", QStringLiteral("/api/opportunities/trigger-worker"), kAdmin, {{QStringLiteral("job"), QStringLiteral("stagnation")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1StringView("run")).toObject().value(QLatin1StringView("detail")).toObject().value(QLatin1StringView("notifications")).toInt(),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM notifications")), 2);
        QCOMPARE(m_server.emailCount(), emailsBefore + 2);

        // The next day: again, and A has crossed the 30 days.
        const QDateTime tomorrow = now.addDays(1);
        m_server.clock().set(tomorrow);
        QCOMPARE(m_server.app().cron().runDue(tomorrow),
                 (QStringList{QStringLiteral("rescoring"), QStringLiteral("stagnation"), QStringLiteral("enrichment"),
                              QStringLiteral("maintenance")}));
        QCOMPARE(stagnantSince(a), QStringLiteral("2026-03-15T08:00:00"));
        QCOMPARE(stagnantSince(b), QStringLiteral("2026-03-14T08:00:00")); // since when, unchanged
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM notifications")), 5);
        QCOMPARE(m_server.emailCount(), emailsBefore + 4);
        const QString second = m_server.lastEmailTo(kCommercial);
        QVERIFY2(second.contains(u"Alarme boutique A") && second.contains(u"Vidéosurveillance B") && second.contains(u"31 jours"),
                 qPrintable(second));

        // An activity makes B active again at once.
        r = send("POST", QStringLiteral("/api/opportunities/%1/activities").arg(b), kCommercial,
                 {{QStringLiteral("kind"), QStringLiteral("appel")}, {QStringLiteral("direction"), QStringLiteral("sortant")}});
        QCOMPARE(r.status, 201);
        QCOMPARE(stagnantSince(b), QString());
    }

    void housekeepingKeepsWhatIsStillRead()
    {
        const QDateTime now = m_server.clock().now();
        auto exec = [this](const QString &sql, const QVariantList &params) { QVERIFY(m_server.execOwner(sql, params).ok()); };
        exec(QStringLiteral("INSERT INTO provider_calls (provider, at, endpoint) VALUES ('insee', $1, '/old'), ('insee', $2, '/kept')"),
             {now.addDays(-401), now.addDays(-399)});
        exec(QStringLiteral("INSERT INTO api_incidents (at, provider, endpoint, code, message) VALUES "
                            "($1, 'insee', '/old', 'server_error', 'ancien'), ($2, 'insee', '/kept', 'server_error', 'récent')"),
             {now.addDays(-401), now.addDays(-2)});
        exec(QStringLiteral("INSERT INTO jobs (kind, status, finished_at) VALUES ('t', 'done', $1), ('t', 'cancelled', $1), "
                            "('t', 'done', $2), ('t', 'dead', $1), ('t', 'failed', $3), ('t', 'queued', NULL)"),
             {now.addDays(-31), now.addDays(-29), now.addDays(-401)});
        // Run now by an administrator (the same job the 04:00 schedule runs).
        const HttpReply r = send("POST", QStringLiteral("/api/opportunities/trigger-worker"), kAdmin,
                                 {{QStringLiteral("job"), QStringLiteral("maintenance")}});
        QCOMPARE(r.status, 200);
        const QJsonObject detail = r.json.value(QLatin1StringView("run")).toObject().value(QLatin1StringView("detail")).toObject();
        QCOMPARE(detail.value(QLatin1StringView("providerCalls")).toInt(), 1);
        QCOMPARE(detail.value(QLatin1StringView("incidents")).toInt(), 1);
        QCOMPARE(detail.value(QLatin1StringView("jobs")).toInt(), 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM provider_calls WHERE endpoint IN ('/old', '/kept')")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM api_incidents WHERE endpoint IN ('/old', '/kept')")), 1);
        // Left: the recent done job, the dead one an administrator may still retry, the queued one.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM jobs WHERE kind = 't'")), 3);
    }

    void manualTriggerAndRunLog()
    {
        for (const QString &who : {kCommercial, kManager}) {
            const HttpReply r = send("POST", QStringLiteral("/api/opportunities/trigger-worker"), who,
                                     {{QStringLiteral("job"), QStringLiteral("rescoring")}});
            QCOMPARE(r.status, 403);
            QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
            QCOMPARE(send("GET", QStringLiteral("/api/admin/cron-runs"), who).status, 403);
        }
        HttpReply r = send("POST", QStringLiteral("/api/opportunities/trigger-worker"), kAdmin, {{QStringLiteral("job"), QStringLiteral("menage")}});
        QCOMPARE(r.status, 400);
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/opportunities/trigger-worker"), {{QStringLiteral("job"), QStringLiteral("rescoring")}}).status,
                 401);

        r = send("GET", QStringLiteral("/api/admin/cron-runs?limit=2"), kAdmin);
        QCOMPARE(r.status, 200);
        const QJsonArray jobs = r.json.value(QLatin1StringView("jobs")).toArray();
        QCOMPARE(jobs.size(), 4); // rescoring, stagnation, (issue #7) enrichment and housekeeping
        const QJsonObject rescoring = jobs.at(0).toObject();
        QCOMPARE(rescoring.value(QLatin1StringView("job")).toString(), QStringLiteral("rescoring"));
        QCOMPARE(rescoring.value(QLatin1StringView("at")).toString(), QStringLiteral("01:00"));
        QCOMPARE(rescoring.value(QLatin1StringView("nextRun")).toString(), QStringLiteral("2026-03-16T00:00:00.000Z"));
        const QJsonArray runs = rescoring.value(QLatin1StringView("runs")).toArray();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).toObject().value(QLatin1StringView("scheduledFor")).toString(), QStringLiteral("2026-03-15T00:00:00.000Z"));
        QCOMPARE(runs.at(0).toObject().value(QLatin1StringView("status")).toString(), QStringLiteral("done"));
        QVERIFY(runs.at(0).toObject().value(QLatin1StringView("detail")).toObject().contains(QLatin1StringView("durationMs")));
        QCOMPARE(jobs.at(1).toObject().value(QLatin1StringView("at")).toString(), QStringLiteral("09:00"));
    }

    void failedRunRecorded()
    {
        QVERIFY(m_server.execOwner(QStringLiteral("ALTER TABLE scoring_history RENAME TO scoring_history_away")).ok());
        const HttpReply r = send("POST", QStringLiteral("/api/opportunities/trigger-worker"), kAdmin,
                                 {{QStringLiteral("job"), QStringLiteral("rescoring")}});
        QVERIFY(m_server.execOwner(QStringLiteral("ALTER TABLE scoring_history_away RENAME TO scoring_history")).ok());
        QCOMPARE(r.status, 200);
        const QJsonObject run = r.json.value(QLatin1StringView("run")).toObject();
        QCOMPARE(run.value(QLatin1StringView("status")).toString(), QStringLiteral("failed"));
        QVERIFY(!run.value(QLatin1StringView("detail")).toObject().value(QLatin1StringView("error")).toString().isEmpty());
        QVERIFY(!run.value(QLatin1StringView("finishedAt")).isNull());
        // The job works again afterwards.
        const HttpReply again = send("POST", QStringLiteral("/api/opportunities/trigger-worker"), kAdmin,
                                     {{QStringLiteral("job"), QStringLiteral("rescoring")}});
        QCOMPARE(again.json.value(QLatin1StringView("run")).toObject().value(QLatin1StringView("status")).toString(), QStringLiteral("done"));
    }
};

QTEST_GUILESS_MAIN(TestCron)
#include "tst_cron.moc"
