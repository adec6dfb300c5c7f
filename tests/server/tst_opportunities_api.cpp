// Integration tests of the opportunity endpoints of issue #6 (module 14) and of the analytics of
// module 24 against a real server and PostgreSQL: CRUD and validation, stage side effects,
// activities and notes, row-level security through REST (entities, commercials), audit trail,
// commercial and manager dashboards, team objectives with actuals, analytics figures.
#include "HttpTestClient.h"
#include "services/Clock.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QUuid>
#include <QtTest>

#include <cmath>

using namespace hector;
using namespace hector::test;

namespace {
const QString kPassword = QStringLiteral("Secur1te-Hector");
// A Monday in June, 12:00 in Paris (CEST, UTC+2).
const QDateTime kNow(QDate(2026, 6, 15), QTime(10, 0), Qt::UTC);

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

double num(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toDouble();
}

QDateTime utc(int y, int m, int d, int h = 12, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

// The element of `array` whose `key` is `value`.
QJsonObject find(const QJsonArray &array, const char *key, const QString &value)
{
    for (const QJsonValue &v : array) {
        if (v.toObject().value(QLatin1StringView(key)).toString() == value)
            return v.toObject();
    }
    return {};
}
} // namespace

class TestOpportunitiesApi : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<HttpTestClient> m_http;
    QString m_adminId, m_frManagerId, m_frCommercialId, m_frCommercial2Id, m_luCommercialId;
    QString m_admin, m_frManager, m_frCommercial, m_frCommercial2, m_luCommercial;
    QString m_fr, m_lu, m_be;
    QString m_frProspect, m_luProspect;

    HttpReply send(const QByteArray &verb, const QString &path, const QString &token, const QJsonObject &body = {})
    {
        return m_http->send(verb, path, body, token);
    }
    static QJsonObject member(const HttpReply &r, const char *key) { return r.json.value(QLatin1StringView(key)).toObject(); }
    static QJsonArray items(const HttpReply &r) { return r.json.value(QLatin1StringView("items")).toArray(); }

    QJsonObject createOpportunity(const QString &token, QJsonObject body)
    {
        if (!body.contains(QLatin1StringView("title")))
            body.insert(QStringLiteral("title"), QStringLiteral("Télésurveillance entrepôt"));
        const HttpReply r = send("POST", QStringLiteral("/api/opportunities"), token, body);
        if (r.status != 201)
            qWarning() << "opportunity creation failed" << r.status << r.body;
        return member(r, "opportunity");
    }
    QString insertRow(const QString &table, const QJsonObject &fields) { return m_server.insertRow(table, fields); }
    QString ownerValue(const QString &sql, const QVariantList &params = {})
    {
        auto r = m_server.execOwner(sql, params);
        if (!r) {
            qWarning() << r.error().message;
            return QStringLiteral("<error>");
        }
        return r->rows() ? r->text(0, 0) : QString();
    }
    // Audit actions of a record, in order.
    QStringList auditActions(const QString &type, const QString &id)
    {
        auto r = m_server.execOwner(QStringLiteral("SELECT action FROM audit_logs WHERE entity_type = $1 AND entity_id = $2 "
                                                   "ORDER BY id"),
                                    {type, id});
        QStringList out;
        for (int i = 0; r && i < r->rows(); ++i)
            out << r->text(i, "action");
        return out;
    }

private slots:
    void initTestCase()
    {
        m_server.clock().set(kNow);
        QVERIFY2(m_server.start(), "the test server must start (embedded PostgreSQL)");
        m_http = std::make_unique<HttpTestClient>(m_server.baseUrl());
        m_fr = m_server.entityId(QStringLiteral("FR"));
        m_lu = m_server.entityId(QStringLiteral("LU"));
        m_be = m_server.entityId(QStringLiteral("BE"));
        const QList<TestServer::Account> accounts{
            {&m_adminId, &m_admin, QStringLiteral("admin@adsgroup-security.com"), Role::Admin, QStringLiteral("FR")},
            {&m_frManagerId, &m_frManager, QStringLiteral("manager.fr@adsgroup-security.com"), Role::Manager, QStringLiteral("FR")},
            {&m_frCommercialId, &m_frCommercial, QStringLiteral("commercial.fr@adsgroup-security.com"), Role::Commercial,
             QStringLiteral("FR")},
            {&m_frCommercial2Id, &m_frCommercial2, QStringLiteral("commercial2.fr@adsgroup-security.com"), Role::Commercial,
             QStringLiteral("FR")},
            {&m_luCommercialId, &m_luCommercial, QStringLiteral("commercial.lu@adsgroup-security.com"), Role::Commercial,
             QStringLiteral("LU")},
        };
        QVERIFY(m_server.createAccounts(accounts, kPassword));
        m_frProspect = m_server.createProspect(QStringLiteral("FR"), {{QStringLiteral("company_name"), QStringLiteral("Entrepôts Lefèvre")}});
        m_luProspect = m_server.createProspect(QStringLiteral("LU"), {{QStringLiteral("company_name"), QStringLiteral("Kirchberg Logistique")}});
        QVERIFY(!m_frProspect.isEmpty() && !m_luProspect.isEmpty());
    }
    void cleanupTestCase() { m_server.stop(); }

    void crudWithAuditAndLiveScore()
    {
        QJsonObject o = createOpportunity(m_frCommercial, {{QStringLiteral("prospectId"), m_frProspect},
                                                           {QStringLiteral("amountEur"), 12000},
                                                           {QStringLiteral("monthlyEur"), 89},
                                                           {QStringLiteral("score"), 99},
                                                           {QStringLiteral("stageChangedAt"), QStringLiteral("2001-01-01T00:00:00Z")}});
        const QString id = str(o, "id");
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(str(o, "stage"), QStringLiteral("prospection"));
        QCOMPARE(str(o, "entityId"), m_fr); // the prospect's
        QCOMPARE(str(o, "ownerId"), m_frCommercialId);
        QCOMPARE(num(o, "amountEur"), 12000.0);
        QCOMPARE(str(o, "stageChangedAt"), iso(kNow)); // read-only member ignored, stamped now
        QVERIFY(o.value(QLatin1StringView("score")).isNull()); // written by the daily job only
        QVERIFY(o.value(QLatin1StringView("closedAt")).isNull());
        QCOMPARE(auditActions(QStringLiteral("opportunities"), id), QStringList{QStringLiteral("CREATE")});

        // The record with its live score: a fresh opportunity whose prospect has nothing known
        // (docs/scoring.md, first example): 10 + 4 + 0 + 7.5 + 7.5 + 7.5 = 37 COLD.
        HttpReply r = send("GET", QStringLiteral("/api/opportunities/") + id, m_frCommercial);
        QCOMPARE(r.status, 200);
        const QJsonObject scoring = member(r, "opportunity").value(QLatin1StringView("scoring")).toObject();
        QCOMPARE(scoring.value(QLatin1StringView("total")).toInt(), 37);
        QCOMPARE(str(scoring, "temperature"), QStringLiteral("COLD"));
        const QJsonArray factors = scoring.value(QLatin1StringView("factors")).toArray();
        QCOMPARE(factors.size(), 6);
        QStringList keys;
        for (const QJsonValue &f : factors)
            keys << str(f.toObject(), "key");
        QCOMPARE(keys, (QStringList{QStringLiteral("reactivity"), QStringLiteral("maturity"), QStringLiteral("enrichment"),
                                    QStringLiteral("disc"), QStringLiteral("geography"), QStringLiteral("network")}));
        const QJsonObject reactivity = factors.at(0).toObject();
        QCOMPARE(num(reactivity, "points"), 10.0);
        QCOMPARE(num(reactivity, "max"), 20.0);
        QVERIFY(reactivity.value(QLatin1StringView("neutral")).toBool());
        QVERIFY(!str(reactivity, "reason").isEmpty());
        QVERIFY(!str(reactivity, "label").isEmpty());
        QVERIFY(!factors.at(2).toObject().value(QLatin1StringView("neutral")).toBool());

        // PATCH: only the members given; an unchanged value writes nothing.
        r = send("PATCH", QStringLiteral("/api/opportunities/") + id, m_frCommercial,
                 {{QStringLiteral("title"), QStringLiteral("Télésurveillance entrepôt + 2 sites")},
                  {QStringLiteral("sharedConnections"), 4}});
        QCOMPARE(r.status, 200);
        QCOMPARE(str(member(r, "opportunity"), "title"), QStringLiteral("Télésurveillance entrepôt + 2 sites"));
        QCOMPARE(num(member(r, "opportunity"), "amountEur"), 12000.0);
        r = send("PATCH", QStringLiteral("/api/opportunities/") + id, m_frCommercial, {{QStringLiteral("sharedConnections"), 4}});
        QCOMPARE(r.status, 200);
        QCOMPARE(auditActions(QStringLiteral("opportunities"), id), (QStringList{QStringLiteral("CREATE"), QStringLiteral("UPDATE")}));
        const QString changes = ownerValue(QStringLiteral("SELECT changes::text FROM audit_logs WHERE entity_type = 'opportunities' "
                                                          "AND entity_id = $1 AND action = 'UPDATE'"),
                                           {id});
        QVERIFY2(changes.contains(u"shared_connections") && changes.contains(u"title"), qPrintable(changes));

        // PUT is not the verb of opportunities.
        QCOMPARE(send("PUT", QStringLiteral("/api/opportunities/") + id, m_frCommercial, {{QStringLiteral("title"), QStringLiteral("x")}}).status,
                 405);

        // Listed with filters.
        r = send("GET", QStringLiteral("/api/opportunities?prospectId=") + m_frProspect + QStringLiteral("&stage=prospection"),
                 m_frManager);
        QCOMPARE(r.status, 200);
        QVERIFY(idsOf(items(r)).contains(id));
        r = send("GET", QStringLiteral("/api/opportunities?stage=negociation&prospectId=") + m_frProspect, m_frManager);
        QVERIFY(!idsOf(items(r)).contains(id));

        r = send("DELETE", QStringLiteral("/api/opportunities/") + id, m_frCommercial);
        QCOMPARE(r.status, 200);
        QCOMPARE(str(member(r, "opportunity"), "id"), id);
        QCOMPARE(send("GET", QStringLiteral("/api/opportunities/") + id, m_frCommercial).status, 404);
        QCOMPARE(auditActions(QStringLiteral("opportunities"), id).last(), QStringLiteral("DELETE"));
    }

    void validation_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::newRow("no title") << QJsonObject{{QStringLiteral("title"), QStringLiteral("  ")}} << 422 << QStringLiteral("title");
        QTest::newRow("unknown stage") << QJsonObject{{QStringLiteral("stage"), QStringLiteral("gagnee")}} << 422 << QStringLiteral("stage");
        QTest::newRow("negative amount") << QJsonObject{{QStringLiteral("amountEur"), -5}} << 422 << QStringLiteral("amountEur");
        QTest::newRow("probability") << QJsonObject{{QStringLiteral("probability"), 150}} << 422 << QStringLiteral("probability");
        QTest::newRow("text amount") << QJsonObject{{QStringLiteral("amountEur"), QStringLiteral("12k")}} << 422 << QStringLiteral("amountEur");
        QTest::newRow("bad date") << QJsonObject{{QStringLiteral("expectedCloseAt"), QStringLiteral("demain")}} << 422
                                  << QStringLiteral("expectedCloseAt");
        QTest::newRow("snake_case") << QJsonObject{{QStringLiteral("amount_eur"), 5}} << 400 << QStringLiteral("amount_eur");
        QTest::newRow("unknown member") << QJsonObject{{QStringLiteral("budget"), 5}} << 400 << QStringLiteral("budget");
        QTest::newRow("invisible prospect") << QJsonObject{{QStringLiteral("prospectId"), newUuid()}} << 422 << QStringLiteral("prospectId");
    }
    void validation()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        if (!body.contains(QLatin1StringView("title")))
            body.insert(QStringLiteral("title"), QStringLiteral("Contrôle d'accès"));
        const HttpReply r = send("POST", QStringLiteral("/api/opportunities"), m_frCommercial, body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorField(), field);
        QVERIFY(!r.errorMessage().isEmpty());
    }

    void listParametersChecked()
    {
        for (const QString &q : {QStringLiteral("stage=gagnee"), QStringLiteral("temperature=TIEDE"),
                                 QStringLiteral("ownerId=abc"), QStringLiteral("limit=0"), QStringLiteral("entityId=x")}) {
            const HttpReply r = send("GET", QStringLiteral("/api/opportunities?") + q, m_frManager);
            QVERIFY2(r.status == 400 && r.errorCode() == QLatin1String("invalid_request"), qPrintable(q));
        }
    }

    void stageSideEffects()
    {
        const QDateTime t0 = m_server.clock().now();
        QJsonObject o = createOpportunity(m_frCommercial, {{QStringLiteral("stage"), QStringLiteral("qualification")}});
        const QString id = str(o, "id");
        QCOMPARE(str(o, "stageChangedAt"), iso(t0));
        const QString path = QStringLiteral("/api/opportunities/") + id;

        m_server.clock().advance(300); // access tokens live 15 minutes
        HttpReply r = send("PATCH", path, m_frCommercial, {{QStringLiteral("amountEur"), 5000}});
        QCOMPARE(str(member(r, "opportunity"), "stageChangedAt"), iso(t0)); // same stage
        r = send("PATCH", path, m_frCommercial, {{QStringLiteral("stage"), QStringLiteral("negociation")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(str(member(r, "opportunity"), "stageChangedAt"), iso(t0.addSecs(300)));
        QVERIFY(member(r, "opportunity").value(QLatin1StringView("closedAt")).isNull());

        m_server.clock().advance(60);
        r = send("PATCH", path, m_frCommercial, {{QStringLiteral("stage"), QStringLiteral("gagne")}});
        QCOMPARE(str(member(r, "opportunity"), "closedAt"), iso(t0.addSecs(360)));
        QCOMPARE(str(member(r, "opportunity"), "stageChangedAt"), iso(t0.addSecs(360)));
        // Reopened: closed_at goes.
        r = send("PATCH", path, m_frCommercial, {{QStringLiteral("stage"), QStringLiteral("signature")}});
        QVERIFY(member(r, "opportunity").value(QLatin1StringView("closedAt")).isNull());
        // Lost with an explicit closing date: kept.
        r = send("PATCH", path, m_frCommercial,
                 {{QStringLiteral("stage"), QStringLiteral("perdu")}, {QStringLiteral("closedAt"), QStringLiteral("2026-06-01T08:00:00Z")},
                  {QStringLiteral("lostReason"), QStringLiteral("Concurrent moins cher")}});
        QCOMPARE(str(member(r, "opportunity"), "closedAt"), QStringLiteral("2026-06-01T08:00:00.000Z"));
        QCOMPARE(str(member(r, "opportunity"), "lostReason"), QStringLiteral("Concurrent moins cher"));

        // Created won: closed now.
        o = createOpportunity(m_frCommercial, {{QStringLiteral("stage"), QStringLiteral("gagne")}});
        QCOMPARE(str(o, "closedAt"), iso(m_server.clock().now()));
    }

    void activitiesAndNotes()
    {
        const QJsonObject o = createOpportunity(m_frCommercial, {{QStringLiteral("prospectId"), m_frProspect}});
        const QString id = str(o, "id");
        const QString activities = QStringLiteral("/api/opportunities/%1/activities").arg(id);
        QVERIFY(o.value(QLatin1StringView("lastActivityAt")).isNull());
        // Marked stagnant by the daily job meanwhile.
        QVERIFY(m_server.execOwner(QStringLiteral("UPDATE opportunities SET stagnant_since = now() WHERE id = $1"), {id}).ok());

        const QDateTime sent = utc(2026, 6, 10, 9);
        HttpReply r = send("POST", activities, m_frCommercial,
                           {{QStringLiteral("kind"), QStringLiteral("email")}, {QStringLiteral("direction"), QStringLiteral("sortant")},
                            {QStringLiteral("occurredAt"), iso(sent)}, {QStringLiteral("summary"), QStringLiteral("Devis envoyé")},
                            {QStringLiteral("authorId"), m_adminId}});
        QCOMPARE(r.status, 201);
        const QJsonObject a = member(r, "activity");
        QCOMPARE(str(a, "authorId"), m_frCommercialId); // read-only member ignored
        QCOMPARE(str(a, "entityId"), m_fr);
        QCOMPARE(str(a, "opportunityId"), id);
        r = send("GET", QStringLiteral("/api/opportunities/") + id, m_frCommercial);
        QCOMPARE(str(member(r, "opportunity"), "lastActivityAt"), iso(sent));
        QVERIFY(member(r, "opportunity").value(QLatin1StringView("stagnantSince")).isNull());

        // The answer 10 hours later; then an older activity does not move the last activity back.
        r = send("POST", activities, m_frCommercial,
                 {{QStringLiteral("kind"), QStringLiteral("appel")}, {QStringLiteral("direction"), QStringLiteral("entrant")},
                  {QStringLiteral("occurredAt"), iso(sent.addSecs(10 * 3600))}});
        QCOMPARE(r.status, 201);
        r = send("POST", activities, m_frCommercial,
                 {{QStringLiteral("kind"), QStringLiteral("rdv")}, {QStringLiteral("direction"), QStringLiteral("sortant")},
                  {QStringLiteral("occurredAt"), iso(sent.addDays(-3))}});
        QCOMPARE(r.status, 201);
        r = send("GET", QStringLiteral("/api/opportunities/") + id, m_frCommercial);
        const QJsonObject record = member(r, "opportunity");
        QCOMPARE(str(record, "lastActivityAt"), iso(sent.addSecs(10 * 3600)));
        // The reply delay counts in the live score: the answer replies to the first outgoing
        // activity since the previous answer (three days earlier), 82 h -> 6 points.
        const QJsonObject reactivity = record.value(QLatin1StringView("scoring")).toObject().value(QLatin1StringView("factors")).toArray().at(0).toObject();
        QCOMPARE(num(reactivity, "points"), 6.0);

        // Without a date: now.
        r = send("POST", activities, m_frCommercial,
                 {{QStringLiteral("kind"), QStringLiteral("autre")}, {QStringLiteral("direction"), QStringLiteral("sortant")}});
        QCOMPARE(str(member(r, "activity"), "occurredAt"), iso(m_server.clock().now()));

        r = send("GET", activities, m_frManager);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1StringView("total")).toInt(), 4);
        QCOMPARE(str(items(r).at(0).toObject(), "occurredAt"), iso(m_server.clock().now())); // newest first

        for (const QJsonObject &bad : {QJsonObject{{QStringLiteral("kind"), QStringLiteral("fax")}, {QStringLiteral("direction"), QStringLiteral("sortant")}},
                                       QJsonObject{{QStringLiteral("kind"), QStringLiteral("appel")}, {QStringLiteral("direction"), QStringLiteral("aller")}}}) {
            r = send("POST", activities, m_frCommercial, bad);
            QCOMPARE(r.status, 422);
        }
        // Audited: the activities, and the opportunity they moved.
        QCOMPARE(auditActions(QStringLiteral("opportunity_activities"), str(a, "id")), QStringList{QStringLiteral("CREATE")});
        QVERIFY(auditActions(QStringLiteral("opportunities"), id).count(QStringLiteral("UPDATE")) >= 2);

        // Notes.
        const QString notes = QStringLiteral("/api/opportunities/%1/notes").arg(id);
        r = send("POST", notes, m_frCommercial, {{QStringLiteral("body"), QStringLiteral("Le gérant veut une démo vidéo.")}});
        QCOMPARE(r.status, 201);
        QCOMPARE(str(member(r, "note"), "authorId"), m_frCommercialId);
        QCOMPARE(auditActions(QStringLiteral("opportunity_notes"), str(member(r, "note"), "id")), QStringList{QStringLiteral("CREATE")});
        QCOMPARE(send("POST", notes, m_frCommercial, {{QStringLiteral("body"), QStringLiteral("   ")}}).status, 422);
        r = send("GET", notes, m_frManager);
        QCOMPARE(r.json.value(QLatin1StringView("total")).toInt(), 1);

        // Scoring history: empty until the server scores it.
        r = send("GET", QStringLiteral("/api/opportunities/%1/scoring-history").arg(id), m_frCommercial);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1StringView("total")).toInt(), 0);
    }

    void franceSeesNothingOfLuxembourg()
    {
        const QJsonObject lu = createOpportunity(m_luCommercial, {{QStringLiteral("prospectId"), m_luProspect}});
        const QString id = str(lu, "id");
        QCOMPARE(str(lu, "entityId"), m_lu);
        QVERIFY(m_server.execOwner(QStringLiteral("INSERT INTO scoring_history (entity_id, opportunity_id, score, temperature, "
                                                  "factors, source) VALUES ($1, $2, 50, 'COLD', '[]', 'cron')"),
                                   {m_lu, id})
                    .ok());
        for (const QString &token : {m_frManager, m_frCommercial}) {
            QVERIFY(!idsOf(items(send("GET", QStringLiteral("/api/opportunities?limit=500"), token))).contains(id));
            QCOMPARE(send("GET", QStringLiteral("/api/opportunities?entityId=") + m_lu, token).json.value(QLatin1StringView("total")).toInt(), 0);
            const QJsonObject activity{{QStringLiteral("kind"), QStringLiteral("appel")}, {QStringLiteral("direction"), QStringLiteral("sortant")}};
            const QJsonObject note{{QStringLiteral("body"), QStringLiteral("x")}};
            const QJsonObject title{{QStringLiteral("title"), QStringLiteral("x")}};
            const QList<std::tuple<QByteArray, QString, QJsonObject>> calls{
                {"GET", QStringLiteral("/api/opportunities/") + id, {}},
                {"PATCH", QStringLiteral("/api/opportunities/") + id, title},
                {"DELETE", QStringLiteral("/api/opportunities/") + id, {}},
                {"GET", QStringLiteral("/api/opportunities/%1/activities").arg(id), {}},
                {"POST", QStringLiteral("/api/opportunities/%1/activities").arg(id), activity},
                {"GET", QStringLiteral("/api/opportunities/%1/notes").arg(id), {}},
                {"POST", QStringLiteral("/api/opportunities/%1/notes").arg(id), note},
                {"GET", QStringLiteral("/api/opportunities/%1/scoring-history").arg(id), {}}};
            for (const auto &[verb, path, body] : calls) {
                const HttpReply r = send(verb, path, token, body);
                QVERIFY2(r.status == 404 && r.errorCode() == QLatin1String("not_found"), qPrintable(QString(QString::fromLatin1(verb) + u' ' + path + u' ' + QString::fromUtf8(r.body))));
            }
            // Not even through a linked LU prospect or a LU entity.
            HttpReply r = send("POST", QStringLiteral("/api/opportunities"), token,
                               {{QStringLiteral("title"), QStringLiteral("x")}, {QStringLiteral("prospectId"), m_luProspect}});
            QCOMPARE(r.status, 422);
            QCOMPARE(r.errorField(), QStringLiteral("prospectId"));
            r = send("POST", QStringLiteral("/api/opportunities"), token,
                     {{QStringLiteral("title"), QStringLiteral("x")}, {QStringLiteral("entityId"), m_lu}});
            QCOMPARE(r.status, 403);
            QCOMPARE(send("GET", QStringLiteral("/api/crm/analytics/dashboard?entityId=") + m_lu, token).status, 403);
        }
        // The LU record is intact; the administrator reads it.
        QCOMPARE(ownerValue(QStringLiteral("SELECT title FROM opportunities WHERE id = $1"), {id}), QStringLiteral("Télésurveillance entrepôt"));
        QCOMPARE(send("GET", QStringLiteral("/api/opportunities/") + id, m_admin).status, 200);
        QCOMPARE(send("GET", QStringLiteral("/api/opportunities/%1/scoring-history").arg(id), m_admin).json.value(QLatin1StringView("total")).toInt(), 1);
    }

    void commercialsOwnTheirOpportunities()
    {
        const QString mine = str(createOpportunity(m_frCommercial, {}), "id");
        const QString theirs = str(createOpportunity(m_frCommercial2, {}), "id");
        // A manager creates one for the first commercial.
        const QJsonObject given = createOpportunity(m_frManager, {{QStringLiteral("ownerId"), m_frCommercialId}});
        QCOMPARE(str(given, "ownerId"), m_frCommercialId);

        const QStringList listed = idsOf(items(send("GET", QStringLiteral("/api/opportunities?limit=500"), m_frCommercial)));
        QVERIFY(listed.contains(mine) && listed.contains(str(given, "id")));
        QVERIFY(!listed.contains(theirs));
        QCOMPARE(send("GET", QStringLiteral("/api/opportunities/") + theirs, m_frCommercial).status, 404);
        QCOMPARE(send("PATCH", QStringLiteral("/api/opportunities/") + theirs, m_frCommercial, {{QStringLiteral("title"), QStringLiteral("x")}}).status,
                 404);
        QCOMPARE(send("GET", QStringLiteral("/api/opportunities/") + theirs, m_frManager).status, 200);

        // A commercial gives nothing away.
        HttpReply r = send("POST", QStringLiteral("/api/opportunities"), m_frCommercial,
                           {{QStringLiteral("title"), QStringLiteral("x")}, {QStringLiteral("ownerId"), m_frCommercial2Id}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorField(), QStringLiteral("ownerId"));
        QVERIFY(r.errorMessage().contains(u"opportunités"));
        r = send("PATCH", QStringLiteral("/api/opportunities/") + mine, m_frCommercial, {{QStringLiteral("ownerId"), m_frCommercial2Id}});
        QCOMPARE(r.status, 403);
        // An owner must read the entity.
        r = send("POST", QStringLiteral("/api/opportunities"), m_frManager,
                 {{QStringLiteral("title"), QStringLiteral("x")}, {QStringLiteral("ownerId"), m_luCommercialId}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorField(), QStringLiteral("ownerId"));
    }

    // --- Dashboards, objectives and analytics on a fixture of known figures ---------------------------
    void dashboardsObjectivesAnalytics()
    {
        // A sub-entity of France with two commercials in one team, and their opportunities.
        const QString north = m_server.createEntity(QStringLiteral("Hauts-de-France"), QStringLiteral("FR"), m_fr);
        const QString dc1 = m_server.createUserInEntity(QStringLiteral("dc1@adsgroup-security.com"), kPassword, Role::Commercial, north);
        const QString dc2 = m_server.createUserInEntity(QStringLiteral("dc2@adsgroup-security.com"), kPassword, Role::Commercial, north);
        QVERIFY(m_server.execOwner(QStringLiteral("UPDATE users SET first_name = 'Alice', last_name = 'Nord' WHERE id = $1"), {dc1}).ok());
        QVERIFY(m_server.execOwner(QStringLiteral("UPDATE users SET first_name = 'Bruno', last_name = 'Sud' WHERE id = $1"), {dc2}).ok());
        const QString dc1Token = m_server.accessToken(QStringLiteral("dc1@adsgroup-security.com"), kPassword);
        HttpReply r = send("POST", QStringLiteral("/api/admin/teams"), m_frManager,
                           {{QStringLiteral("name"), QStringLiteral("Équipe Nord")}, {QStringLiteral("entityId"), north},
                            {QStringLiteral("members"), QJsonArray{QJsonObject{{QStringLiteral("userId"), dc1}},
                                                                   QJsonObject{{QStringLiteral("userId"), dc2}}}}});
        QCOMPARE(r.status, 201);
        const QString team = str(member(r, "team"), "id");
        struct Opp
        {
            const QString &owner;
            const char *stage;
            int amount;
            int monthly;
            QDateTime closedAt;
            const char *temperature;
            bool stagnant;
        };
        const QList<Opp> opps{
            {dc1, "prospection", 10000, 100, {}, "HOT", false},
            {dc1, "negociation", 20000, 200, {}, "WARM", true},
            {dc1, "gagne", 30000, 300, utc(2026, 6, 5), nullptr, false},
            {dc1, "gagne", 5000, 50, utc(2026, 4, 10), nullptr, false},
            {dc1, "perdu", 8000, 0, utc(2026, 6, 2), nullptr, false},
            {dc2, "proposition", 15000, 150, {}, "COLD", false},
            {dc2, "gagne", 40000, 400, utc(2026, 5, 20), nullptr, false},
            {dc2, "perdu", 1000, 0, utc(2025, 3, 1), nullptr, false},
            {dc2, "signature", 12000, 0, {}, nullptr, false},
            // 1 June 00:30 in Paris: June for the objectives and the analytics (May in UTC).
            {dc2, "gagne", 7000, 70, utc(2026, 5, 31, 22, 30), nullptr, false},
        };
        for (const Opp &o : opps) {
            QJsonObject row{{QStringLiteral("entity_id"), north},
                            {QStringLiteral("owner_id"), o.owner},
                            {QStringLiteral("title"), QStringLiteral("Opportunité %1").arg(QLatin1String(o.stage))},
                            {QStringLiteral("stage"), QLatin1String(o.stage)},
                            {QStringLiteral("amount_eur"), o.amount},
                            {QStringLiteral("monthly_eur"), o.monthly}};
            if (o.closedAt.isValid())
                row.insert(QStringLiteral("closed_at"), iso(o.closedAt));
            if (o.temperature)
                row.insert(QStringLiteral("temperature"), QLatin1String(o.temperature));
            if (o.stagnant)
                row.insert(QStringLiteral("stagnant_since"), iso(kNow.addDays(-2)));
            QVERIFY(!insertRow(QStringLiteral("opportunities"), row).isEmpty());
        }
        // Appointments: effectue and planifie count, annule does not; by start month.
        const QList<std::tuple<QString, const char *, QDateTime>> rdvs{
            {dc1, "effectue", utc(2026, 6, 3, 8)},  {dc1, "effectue", utc(2026, 6, 8, 8)},
            {dc1, "planifie", utc(2026, 6, 25, 8)}, {dc1, "annule", utc(2026, 6, 9, 8)},
            {dc1, "effectue", utc(2026, 5, 12, 8)}, {dc2, "effectue", utc(2026, 6, 4, 13)},
        };
        for (const auto &[owner, status, start] : rdvs) {
            QVERIFY(!insertRow(QStringLiteral("rdvs"), {{QStringLiteral("entity_id"), north},
                                                        {QStringLiteral("owner_id"), owner},
                                                        {QStringLiteral("title"), QStringLiteral("Visite")},
                                                        {QStringLiteral("status"), QLatin1String(status)},
                                                        {QStringLiteral("starts_at"), iso(start)},
                                                        {QStringLiteral("ends_at"), iso(start.addSecs(3600))}})
                         .isEmpty());
        }
        r = send("PUT", QStringLiteral("/api/admin/teams/%1/objectives/2026-06").arg(team), m_frManager,
                 {{QStringLiteral("revenueEur"), 100000}, {QStringLiteral("rdvCount"), 10}, {QStringLiteral("signaturesCount"), 4}});
        QCOMPARE(r.status, 200);

        // --- Commercial dashboard of dc1 (June) ---------------------------------------------------
        r = send("GET", QStringLiteral("/api/opportunities/dashboard/commercial"), dc1Token);
        QCOMPARE(r.status, 200);
        QCOMPARE(str(r.json, "month"), QStringLiteral("2026-06"));
        const QJsonArray pipeline = r.json.value(QLatin1StringView("pipeline")).toArray();
        QCOMPARE(pipeline.size(), 7);
        const QList<std::tuple<const char *, int, int, int>> expected{
            {"prospection", 1, 10000, 100}, {"qualification", 0, 0, 0}, {"proposition", 0, 0, 0}, {"negociation", 1, 20000, 200},
            {"signature", 0, 0, 0},         {"gagne", 1, 30000, 300},   {"perdu", 1, 8000, 0}};
        for (const auto &[stage, count, amount, monthly] : expected) {
            const QJsonObject s = find(pipeline, "stage", QLatin1String(stage));
            QVERIFY2(num(s, "count") == count && num(s, "amountEur") == amount && num(s, "monthlyEur") == monthly, stage);
            QVERIFY(!str(s, "label").isEmpty());
        }
        const QJsonObject temps = r.json.value(QLatin1StringView("temperatures")).toObject();
        QCOMPARE(num(temps, "HOT"), 1.0);
        QCOMPARE(num(temps, "WARM"), 1.0);
        QCOMPARE(num(temps, "COLD"), 0.0);
        QCOMPARE(num(temps, "unscored"), 0.0);
        QCOMPARE(num(r.json, "stagnant"), 1.0);
        QCOMPARE(num(member(r, "won"), "amountEur"), 30000.0);
        QCOMPARE(num(member(r, "lost"), "count"), 1.0);
        QCOMPARE(num(r.json, "conversionRate"), 0.5);
        QJsonArray objectives = r.json.value(QLatin1StringView("objectives")).toArray();
        QCOMPARE(objectives.size(), 1);
        QJsonObject mine = objectives.at(0).toObject();
        QCOMPARE(str(mine, "teamId"), team);
        QCOMPARE(num(mine, "revenueEur"), 100000.0);
        QCOMPARE(mine.value(QLatin1StringView("actual")).toObject(),
                 (QJsonObject{{QStringLiteral("revenueEur"), 30000}, {QStringLiteral("rdvCount"), 3}, {QStringLiteral("signaturesCount"), 1}}));
        QCOMPARE(mine.value(QLatin1StringView("progress")).toObject(),
                 (QJsonObject{{QStringLiteral("revenue"), 30.0}, {QStringLiteral("rdv"), 30.0}, {QStringLiteral("signatures"), 25.0}}));
        // Another month.
        r = send("GET", QStringLiteral("/api/opportunities/dashboard/commercial?month=2026-04"), dc1Token);
        QCOMPARE(num(find(r.json.value(QLatin1StringView("pipeline")).toArray(), "stage", QStringLiteral("gagne")), "amountEur"), 5000.0);
        QCOMPARE(r.json.value(QLatin1StringView("objectives")).toArray().size(), 0);
        QCOMPARE(send("GET", QStringLiteral("/api/opportunities/dashboard/commercial?month=juin"), dc1Token).status, 400);

        // --- Team objectives with actuals (members' won opportunities and appointments) -------------
        const QJsonObject teamActual{{QStringLiteral("revenueEur"), 37000}, {QStringLiteral("rdvCount"), 4}, {QStringLiteral("signaturesCount"), 2}};
        r = send("GET", QStringLiteral("/api/admin/teams/") + team, m_frManager);
        QCOMPARE(r.status, 200);
        objectives = member(r, "team").value(QLatin1StringView("objectives")).toArray();
        QCOMPARE(objectives.size(), 1);
        QCOMPARE(objectives.at(0).toObject().value(QLatin1StringView("actual")).toObject(), teamActual);
        QCOMPARE(objectives.at(0).toObject().value(QLatin1StringView("progress")).toObject(),
                 (QJsonObject{{QStringLiteral("revenue"), 37.0}, {QStringLiteral("rdv"), 40.0}, {QStringLiteral("signatures"), 50.0}}));
        r = send("GET", QStringLiteral("/api/admin/teams/stats?month=2026-06"), m_frManager);
        const QJsonObject stats = find(r.json.value(QLatin1StringView("teams")).toArray(), "id", team);
        QCOMPARE(stats.value(QLatin1StringView("actual")).toObject(), teamActual);
        QCOMPARE(stats.value(QLatin1StringView("objective")).toObject().value(QLatin1StringView("actual")).toObject(), teamActual);
        r = send("GET", QStringLiteral("/api/opportunities/objectives?month=2026-06&teamId=") + team, m_frManager);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1StringView("objectives")).toArray().at(0).toObject().value(QLatin1StringView("actual")).toObject(),
                 teamActual);
        // A new objective through the opportunities API: May (o10 closed on 1 June in Paris).
        r = send("POST", QStringLiteral("/api/opportunities/objectives"), m_frManager,
                 {{QStringLiteral("teamId"), team}, {QStringLiteral("month"), QStringLiteral("2026-05")},
                  {QStringLiteral("revenueEur"), 50000}, {QStringLiteral("rdvCount"), 2}, {QStringLiteral("signaturesCount"), 0}});
        QCOMPARE(r.status, 200);
        QCOMPARE(member(r, "objective").value(QLatin1StringView("actual")).toObject(),
                 (QJsonObject{{QStringLiteral("revenueEur"), 40000}, {QStringLiteral("rdvCount"), 1}, {QStringLiteral("signaturesCount"), 1}}));
        QCOMPARE(member(r, "objective").value(QLatin1StringView("progress")).toObject().value(QLatin1StringView("signatures")),
                 QJsonValue(QJsonValue::Null));
        QCOMPARE(ownerValue(QStringLiteral("SELECT count(*) FROM audit_logs WHERE entity_type = 'team_objective' AND entity_id = $1"), {team}),
                 QStringLiteral("2"));
        QCOMPARE(send("POST", QStringLiteral("/api/opportunities/objectives"), dc1Token,
                      {{QStringLiteral("teamId"), team}, {QStringLiteral("month"), QStringLiteral("2026-07")},
                       {QStringLiteral("revenueEur"), 1}, {QStringLiteral("rdvCount"), 1}, {QStringLiteral("signaturesCount"), 1}})
                     .status,
                 403);
        QCOMPARE(send("GET", QStringLiteral("/api/opportunities/objectives?teamId=") + newUuid(), m_frManager).status, 404);

        // --- Manager dashboard of the team (default: the last 12 months) ----------------------------
        r = send("GET", QStringLiteral("/api/opportunities/dashboard/manager?teamId=") + team, m_frManager);
        QCOMPARE(r.status, 200);
        QCOMPARE(str(r.json, "from"), QStringLiteral("2025-06-30T22:00:00.000Z")); // 1 July 2025, Paris
        QCOMPARE(str(r.json, "to"), QStringLiteral("2026-06-30T22:00:00.000Z"));
        const QJsonArray open = r.json.value(QLatin1StringView("pipeline")).toArray();
        QCOMPARE(open.size(), 5);
        QCOMPARE(num(find(open, "stage", QStringLiteral("proposition")), "amountEur"), 15000.0);
        QCOMPARE(num(find(open, "stage", QStringLiteral("signature")), "count"), 1.0);
        QCOMPARE(num(member(r, "won"), "count"), 4.0);
        QCOMPARE(num(member(r, "won"), "amountEur"), 82000.0);
        QCOMPARE(num(member(r, "won"), "monthlyEur"), 820.0);
        QCOMPARE(num(member(r, "lost"), "count"), 1.0); // the loss of March 2025 is out of the period
        QCOMPARE(num(r.json, "conversionRate"), 0.8);
        QCOMPARE(num(member(r, "temperatures"), "unscored"), 1.0);
        const QJsonArray top = r.json.value(QLatin1StringView("topPerformers")).toArray();
        QCOMPARE(top.size(), 2);
        QCOMPARE(str(top.at(0).toObject(), "userId"), dc2);
        QCOMPARE(str(top.at(0).toObject(), "name"), QStringLiteral("Bruno Sud"));
        QCOMPARE(num(top.at(0).toObject(), "wonAmountEur"), 47000.0);
        QCOMPARE(num(top.at(1).toObject(), "wonAmountEur"), 35000.0);
        QCOMPARE(member(r, "objective").value(QLatin1StringView("actual")).toObject(), teamActual);
        // A period (UTC days): June only.
        r = send("GET", QStringLiteral("/api/opportunities/dashboard/manager?from=2026-06-01&to=2026-06-30&teamId=") + team, m_frManager);
        QCOMPARE(num(member(r, "won"), "amountEur"), 30000.0);
        QCOMPARE(num(r.json, "conversionRate"), 0.5);
        QCOMPARE(send("GET", QStringLiteral("/api/opportunities/dashboard/manager"), dc1Token).status, 403);
        QCOMPARE(send("GET", QStringLiteral("/api/opportunities/dashboard/manager?teamId=") + newUuid(), m_frManager).status, 404);
        QCOMPARE(send("GET", QStringLiteral("/api/opportunities/dashboard/manager?from=2026-06-10&to=2026-06-01"), m_frManager).status, 400);
        // The entity filter gives the same figures here.
        r = send("GET", QStringLiteral("/api/opportunities/dashboard/manager?entityId=") + north, m_frManager);
        QCOMPARE(num(member(r, "won"), "amountEur"), 82000.0);

        // --- Analytics (module 24) of the sub-entity -----------------------------------------------
        r = send("GET", QStringLiteral("/api/crm/analytics/dashboard?entityId=") + north, m_frManager);
        QCOMPARE(r.status, 200);
        QCOMPARE(num(r.json, "totalOpportunities"), 10.0);
        QCOMPARE(num(r.json, "openOpportunities"), 4.0);
        QCOMPARE(num(r.json, "won"), 4.0);
        QCOMPARE(num(r.json, "lost"), 2.0);
        QVERIFY(std::abs(num(r.json, "conversionRate") - 4.0 / 6.0) < 1e-9);
        QCOMPARE(num(r.json, "averageDealEur"), 20500.0);
        QCOMPARE(num(r.json, "mrrEur"), 820.0);
        QCOMPARE(num(find(r.json.value(QLatin1StringView("pipeline")).toArray(), "stage", QStringLiteral("gagne")), "count"), 4.0);
        const QJsonArray revenue = r.json.value(QLatin1StringView("revenueByMonth")).toArray();
        QCOMPARE(revenue.size(), 12);
        QCOMPARE(str(revenue.first().toObject(), "month"), QStringLiteral("2025-07"));
        QCOMPARE(str(revenue.last().toObject(), "month"), QStringLiteral("2026-06"));
        QCOMPARE(num(find(revenue, "month", QStringLiteral("2026-04")), "amountEur"), 5000.0);
        QCOMPARE(num(find(revenue, "month", QStringLiteral("2026-05")), "amountEur"), 40000.0);
        QCOMPARE(num(find(revenue, "month", QStringLiteral("2026-06")), "amountEur"), 37000.0);
        QCOMPARE(num(find(revenue, "month", QStringLiteral("2026-06")), "count"), 2.0);
        QCOMPARE(num(find(revenue, "month", QStringLiteral("2025-12")), "amountEur"), 0.0);
        const QJsonArray funnel = r.json.value(QLatin1StringView("funnel")).toArray();
        QCOMPARE(funnel.size(), 6);
        const QList<QPair<const char *, int>> reached{{"prospection", 10}, {"qualification", 7}, {"proposition", 7},
                                                      {"negociation", 6}, {"signature", 5},     {"gagne", 4}};
        for (qsizetype i = 0; i < reached.size(); ++i) {
            QCOMPARE(str(funnel.at(i).toObject(), "stage"), QLatin1String(reached.at(i).first));
            QCOMPARE(num(funnel.at(i).toObject(), "count"), double(reached.at(i).second));
            QCOMPARE(num(funnel.at(i).toObject(), "rate"), reached.at(i).second / 10.0);
        }
        // A commercial: their own opportunities only.
        r = send("GET", QStringLiteral("/api/crm/analytics/dashboard"), dc1Token);
        QCOMPARE(num(r.json, "totalOpportunities"), 5.0);
        QCOMPARE(num(r.json, "mrrEur"), 350.0);
    }
};

QTEST_GUILESS_MAIN(TestOpportunitiesApi)
#include "tst_opportunities_api.moc"
