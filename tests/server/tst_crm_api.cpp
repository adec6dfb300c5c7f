// Integration tests of the CRM endpoints of issue #5 (prospects, field workflow, appointments,
// actions, notes) against a real server and PostgreSQL: validation and normalisation, duplicates,
// row-level security through the REST endpoints, audit trail, and the sync feed of other users.
#include "HttpTestClient.h"
#include "core/sync/SyncSchema.h"
#include "db/Database.h"
#include "services/Clock.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>
#include <QtTest>

using namespace hector;
using namespace hector::test;

namespace {
const QString kPassword = QStringLiteral("Secur1te-Hector");

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

QJsonObject zip(const QJsonArray &columns, const QJsonArray &row)
{
    QJsonObject out;
    for (qsizetype i = 0; i < columns.size(); ++i)
        out.insert(columns.at(i).toString(), row.at(i));
    return out;
}

QString query(const QList<QPair<QString, QString>> &items)
{
    QStringList parts;
    for (const auto &[k, v] : items)
        parts << QString(k + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(v)));
    return QString(u'?' + parts.join(u'&'));
}

const QRegularExpression &isoMsRe()
{
    static const QRegularExpression re(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"));
    return re;
}
} // namespace

class TestCrmApi : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<HttpTestClient> m_http;
    QString m_adminId, m_frManagerId, m_frCommercialId, m_frCommercial2Id, m_frAssistantId, m_luCommercialId,
        m_beCommercialId;
    QString m_admin, m_frManager, m_frCommercial, m_frCommercial2, m_frAssistant, m_luCommercial, m_beCommercial;
    QString m_fr, m_lu, m_be; // entity ids

    HttpReply send(const QByteArray &verb, const QString &path, const QString &token, const QJsonObject &body = {})
    {
        return m_http->send(verb, path, body, token);
    }
    static QJsonObject member(const HttpReply &r, const char *key) { return r.json.value(QLatin1StringView(key)).toObject(); }
    static QJsonArray items(const HttpReply &r) { return r.json.value(QLatin1StringView("items")).toArray(); }

    // Creates a prospect through the API (duplicates allowed); returns the record.
    QJsonObject createProspect(const QString &token, QJsonObject body)
    {
        body.insert(QStringLiteral("allowDuplicate"), true);
        const HttpReply r = send("POST", QStringLiteral("/api/crm/prospects"), token, body);
        if (r.status != 201)
            qWarning() << "prospect creation failed" << r.status << r.body;
        return member(r, "prospect");
    }
    QJsonObject createRdv(const QString &token, QJsonObject body)
    {
        if (!body.contains(QLatin1StringView("title")))
            body.insert(QStringLiteral("title"), QStringLiteral("Présentation alarme"));
        if (!body.contains(QLatin1StringView("startsAt")))
            body.insert(QStringLiteral("startsAt"), iso(m_server.clock().now().addDays(2)));
        const HttpReply r = send("POST", QStringLiteral("/api/crm/rdvs"), token, body);
        if (r.status != 201)
            qWarning() << "rdv creation failed" << r.status << r.body;
        return member(r, "rdv");
    }
    QJsonObject createAction(const QString &token, QJsonObject body)
    {
        if (!body.contains(QLatin1StringView("title")))
            body.insert(QStringLiteral("title"), QStringLiteral("Rappeler le gérant"));
        if (!body.contains(QLatin1StringView("type")))
            body.insert(QStringLiteral("type"), QStringLiteral("appel"));
        const HttpReply r = send("POST", QStringLiteral("/api/crm/actions"), token, body);
        if (r.status != 201)
            qWarning() << "action creation failed" << r.status << r.body;
        return member(r, "action");
    }
    // Audit rows of a record: action -> changes.
    QList<QPair<QString, QJsonObject>> audit(const QString &type, const QString &id)
    {
        auto r = m_server.execOwner(QStringLiteral("SELECT action, changes::text AS changes, user_id::text AS user_id, ip "
                                                   "FROM audit_logs WHERE entity_type = $1 AND entity_id = $2 ORDER BY id"),
                                    {type, id});
        QList<QPair<QString, QJsonObject>> out;
        if (!r) {
            qWarning() << r.error().message;
            return out;
        }
        for (int i = 0; i < r->rows(); ++i)
            out.append({r->text(i, "action"), QJsonDocument::fromJson(r->text(i, "changes").toUtf8()).object()});
        return out;
    }
    QString auditUser(const QString &type, const QString &id, const QString &action)
    {
        auto r = m_server.execOwner(QStringLiteral("SELECT user_id::text AS u, ip FROM audit_logs WHERE entity_type = $1 "
                                                   "AND entity_id = $2 AND action = $3"),
                                    {type, id, action});
        return r && r->rows() == 1 ? r->text(0, "u") + u'@' + r->text(0, "ip") : QString();
    }

    // Sync feed of a user: cursor of a fresh snapshot, then every change after it.
    struct Feed
    {
        QString cursor;
        qint64 scopeVersion = 0;
    };
    Feed startFeed(const QString &token)
    {
        const HttpReply r = m_http->post(QStringLiteral("/api/sync/snapshot/start"),
                                         {{QStringLiteral("schemaVersion"), sync::kSyncSchemaVersion}}, token);
        if (r.status != 200)
            qWarning() << "snapshot/start" << r.status << r.body;
        return Feed{str(r.json, "cursor"), r.json.value(QLatin1StringView("scopeVersion")).toInteger()};
    }
    // table:id -> row (null object for a delete), in order of arrival.
    QHash<QString, QJsonObject> pull(Feed &feed, const QString &token, QStringList *deleted = nullptr)
    {
        QHash<QString, QJsonObject> out;
        for (int guard = 0; guard < 100; ++guard) {
            const HttpReply p = m_http->get(QStringLiteral("/api/sync/pull?cursor=%1&limit=1000&scopeVersion=%2&schemaVersion=%3")
                                                .arg(feed.cursor)
                                                .arg(feed.scopeVersion)
                                                .arg(sync::kSyncSchemaVersion),
                                            token);
            if (p.status != 200) {
                qWarning() << "pull" << p.status << p.body;
                return out;
            }
            const QJsonObject columns = p.json.value(QLatin1StringView("columns")).toObject();
            for (const QJsonValue &v : p.json.value(QLatin1StringView("changes")).toArray()) {
                const QJsonObject c = v.toObject();
                const QString key = str(c, "table") + u':' + str(c, "id");
                if (str(c, "op") == QLatin1String("delete")) {
                    out.remove(key);
                    if (deleted)
                        *deleted << key;
                } else {
                    out.insert(key, zip(columns.value(str(c, "table")).toArray(), c.value(QLatin1StringView("row")).toArray()));
                }
            }
            feed.cursor = str(p.json, "cursor");
            if (!p.json.value(QLatin1StringView("more")).toBool())
                break;
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), "the test server must start (embedded PostgreSQL)");
        m_http = std::make_unique<HttpTestClient>(m_server.baseUrl());
        m_fr = m_server.entityId(QStringLiteral("FR"));
        m_lu = m_server.entityId(QStringLiteral("LU"));
        m_be = m_server.entityId(QStringLiteral("BE"));
        const QString fr = QStringLiteral("FR");
        const QList<TestServer::Account> accounts{
            {&m_adminId, &m_admin, QStringLiteral("admin@adsgroup-security.com"), Role::Admin, fr},
            {&m_frManagerId, &m_frManager, QStringLiteral("manager.fr@adsgroup-security.com"), Role::Manager, fr},
            {&m_frCommercialId, &m_frCommercial, QStringLiteral("commercial.fr@adsgroup-security.com"), Role::Commercial, fr},
            {&m_frCommercial2Id, &m_frCommercial2, QStringLiteral("commercial2.fr@adsgroup-security.com"), Role::Commercial, fr},
            {&m_frAssistantId, &m_frAssistant, QStringLiteral("assistant.fr@adsgroup-security.com"), Role::Assistant, fr},
            {&m_luCommercialId, &m_luCommercial, QStringLiteral("commercial.lu@adsgroup-security.com"), Role::Commercial,
             QStringLiteral("LU")},
            {&m_beCommercialId, &m_beCommercial, QStringLiteral("commercial.be@adsgroup-security.com"), Role::Commercial,
             QStringLiteral("BE")},
        };
        QVERIFY(m_server.createAccounts(accounts, kPassword));
    }
    void cleanupTestCase() { m_server.stop(); }

    void prospectCrud()
    {
        HttpReply r = send("POST", QStringLiteral("/api/crm/prospects"), m_frCommercial,
                           {{QStringLiteral("companyName"), QStringLiteral("Électricité de France")},
                            {QStringLiteral("siren"), QStringLiteral("552 081 317")},
                            {QStringLiteral("siret"), QStringLiteral("55208131766522")},
                            {QStringLiteral("address"), QStringLiteral("22-30 avenue de Wagram")},
                            {QStringLiteral("postcode"), QStringLiteral("75008")},
                            {QStringLiteral("city"), QStringLiteral("Paris")},
                            {QStringLiteral("phone"), QStringLiteral("06 12 34 56 78")},
                            {QStringLiteral("email"), QStringLiteral(" Contact@EDF.fr ")},
                            {QStringLiteral("headcountBand"), QStringLiteral("53")},
                            {QStringLiteral("revenueEur"), 1000000},
                            {QStringLiteral("createdAt"), QStringLiteral("2001-01-01T00:00:00.000Z")}});
        QCOMPARE(r.status, 201);
        QJsonObject p = member(r, "prospect");
        const QString id = str(p, "id");
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(str(p, "companyName"), QStringLiteral("Électricité de France"));
        QCOMPARE(str(p, "siren"), QStringLiteral("552081317"));
        QCOMPARE(str(p, "countryCode"), QStringLiteral("FR"));
        QCOMPARE(str(p, "entityId"), m_fr);
        QCOMPARE(str(p, "ownerId"), m_frCommercialId);
        QCOMPARE(str(p, "status"), QStringLiteral("nouveau"));
        QCOMPARE(str(p, "phone"), QStringLiteral("+33612345678"));
        QCOMPARE(str(p, "email"), QStringLiteral("contact@edf.fr"));
        QCOMPARE(p.value(QLatin1StringView("revenueEur")).toInteger(), 1000000);
        QVERIFY2(isoMsRe().match(str(p, "createdAt")).hasMatch(), qPrintable(str(p, "createdAt")));
        QVERIFY(!str(p, "createdAt").startsWith(u"2001")); // read-only, ignored
        QVERIFY(p.value(QLatin1StringView("qualifiedAt")).isNull());
        QVERIFY(p.value(QLatin1StringView("enrichmentStatus")).isNull());
        QCOMPARE(p.value(QLatin1StringView("qualityScore")).toInt(), 75);

        r = send("GET", QStringLiteral("/api/crm/prospects/") + id, m_frManager);
        QCOMPARE(r.status, 200);
        QCOMPARE(member(r, "prospect"), p);

        // Partial update: only the given members change.
        r = send("PUT", QStringLiteral("/api/crm/prospects/") + id, m_frCommercial,
                 {{QStringLiteral("city"), QStringLiteral("Paris 8e")},
                  {QStringLiteral("contactName"), QStringLiteral("Jeanne Dupont")},
                  {QStringLiteral("mobilePhone"), QStringLiteral("07 98 76 54 32")}});
        QCOMPARE(r.status, 200);
        const QJsonObject updated = member(r, "prospect");
        QCOMPARE(str(updated, "city"), QStringLiteral("Paris 8e"));
        QCOMPARE(str(updated, "contactName"), QStringLiteral("Jeanne Dupont"));
        QCOMPARE(str(updated, "mobilePhone"), QStringLiteral("+33798765432"));
        QCOMPARE(str(updated, "siret"), QStringLiteral("55208131766522"));
        QCOMPARE(str(updated, "phone"), QStringLiteral("+33612345678"));
        // No change: no write, no audit row.
        QCOMPARE(send("PUT", QStringLiteral("/api/crm/prospects/") + id, m_frCommercial,
                      {{QStringLiteral("city"), QStringLiteral("Paris 8e")}}).status,
                 200);

        // The list: accent- and case-insensitive search, SIREN prefix, filters, paging.
        r = send("GET", QStringLiteral("/api/crm/prospects") + query({{QStringLiteral("q"), QStringLiteral("ELECTRICITE de")}}),
                 m_frManager);
        QCOMPARE(r.status, 200);
        QCOMPARE(idsOf(items(r)), QStringList{id});
        QCOMPARE(r.json.value(QLatin1StringView("total")).toInt(), 1);
        QCOMPARE(r.json.value(QLatin1StringView("limit")).toInt(), 50);
        r = send("GET", QStringLiteral("/api/crm/prospects?q=552%20081"), m_frManager);
        QCOMPARE(idsOf(items(r)), QStringList{id});
        r = send("GET", QStringLiteral("/api/crm/prospects?q=paris%208&status=nouveau&ownerId=") + m_frCommercialId, m_frManager);
        QCOMPARE(idsOf(items(r)), QStringList{id});
        r = send("GET", QStringLiteral("/api/crm/prospects?q=paris%208&status=client"), m_frManager);
        QCOMPARE(items(r).size(), 0);
        // Hyphens, apostrophes and accents do not matter; the city is searched too.
        const QString pharmacy = str(createProspect(m_frManager, {{QStringLiteral("companyName"), QStringLiteral("Pharmacie de l'Europe")},
                                                                  {QStringLiteral("postcode"), QStringLiteral("42000")},
                                                                  {QStringLiteral("city"), QStringLiteral("Saint-Étienne")}}),
                                     "id");
        for (const QString &q : {QStringLiteral("saint etienne"), QStringLiteral("SAINT-ÉTIENNE"), QStringLiteral("de l europe"),
                                 QStringLiteral("l'Europe Saint")}) {
            r = send("GET", QStringLiteral("/api/crm/prospects") + query({{QStringLiteral("q"), q}}), m_frCommercial);
            QVERIFY2(idsOf(items(r)) == QStringList{pharmacy}, qPrintable(q + u' ' + QString::fromUtf8(r.body)));
        }
        r = send("GET", QStringLiteral("/api/crm/prospects?q=100%25"), m_frCommercial); // LIKE wildcards are literal
        QCOMPARE(r.status, 200);
        QCOMPARE(items(r).size(), 0);
        QCOMPARE(send("GET", QStringLiteral("/api/crm/prospects?status=gagne"), m_frManager).status, 400);
        QCOMPARE(send("GET", QStringLiteral("/api/crm/prospects?limit=501"), m_frManager).status, 400);
        QCOMPARE(send("GET", QStringLiteral("/api/crm/prospects?ownerId=moi"), m_frManager).status, 400);
        QCOMPARE(send("GET", QStringLiteral("/api/crm/prospects"), QString()).status, 401);

        // Audit: CREATE with the values, one UPDATE with old -> new, user and address.
        auto rows = audit(QStringLiteral("prospects"), id);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).first, QStringLiteral("CREATE"));
        QCOMPARE(rows.at(0).second.value(QLatin1StringView("siren")).toObject(),
                 (QJsonObject{{QStringLiteral("old"), QJsonValue::Null}, {QStringLiteral("new"), QStringLiteral("552081317")}}));
        QCOMPARE(rows.at(1).first, QStringLiteral("UPDATE"));
        QCOMPARE(rows.at(1).second.keys(), (QStringList{QStringLiteral("city"), QStringLiteral("contact_name"),
                                                        QStringLiteral("mobile_phone")}));
        QCOMPARE(rows.at(1).second.value(QLatin1StringView("city")).toObject(),
                 (QJsonObject{{QStringLiteral("old"), QStringLiteral("Paris")}, {QStringLiteral("new"), QStringLiteral("Paris 8e")}}));
        QCOMPARE(auditUser(QStringLiteral("prospects"), id, QStringLiteral("UPDATE")),
                 QString(m_frCommercialId + QStringLiteral("@127.0.0.1")));

        // Delete: the record comes back once, then is gone.
        r = send("DELETE", QStringLiteral("/api/crm/prospects/") + id, m_frCommercial);
        QCOMPARE(r.status, 200);
        QCOMPARE(str(member(r, "prospect"), "city"), QStringLiteral("Paris 8e"));
        QCOMPARE(send("GET", QStringLiteral("/api/crm/prospects/") + id, m_frCommercial).status, 404);
        QCOMPARE(send("DELETE", QStringLiteral("/api/crm/prospects/") + id, m_frCommercial).status, 404);
        rows = audit(QStringLiteral("prospects"), id);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(2).first, QStringLiteral("DELETE"));
        QCOMPARE(rows.at(2).second.value(QLatin1StringView("company_name")).toObject(),
                 (QJsonObject{{QStringLiteral("old"), QStringLiteral("Électricité de France")},
                              {QStringLiteral("new"), QJsonValue::Null}}));
    }

    void prospectValidation_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message"); // part of the French message

        const QJsonObject base{{QStringLiteral("companyName"), QStringLiteral("Sécurité Test")},
                               {QStringLiteral("postcode"), QStringLiteral("69002")}};
        auto with = [&base](const char *key, const QJsonValue &v) {
            QJsonObject o = base;
            o.insert(QString::fromLatin1(key), v);
            return o;
        };
        QTest::newRow("siren luhn") << with("siren", QStringLiteral("552081318")) << 422 << "validation_error" << "siren"
                                    << "Le SIREN « 552081318 » n'est pas valide";
        QTest::newRow("siren length") << with("siren", QStringLiteral("55208131")) << 422 << "validation_error" << "siren"
                                      << "n'est pas valide (9 chiffres";
        QTest::newRow("siret luhn") << with("siret", QStringLiteral("73282932000075")) << 422 << "validation_error"
                                    << "siret" << "Le SIRET « 73282932000075 » n'est pas valide";
        QJsonObject mismatch = with("siren", QStringLiteral("732829320"));
        mismatch.insert(QStringLiteral("siret"), QStringLiteral("55208131766522"));
        QTest::newRow("siret of another siren") << mismatch << 422 << "validation_error" << "siret"
                                                << "n'appartient pas au SIREN « 732829320 »";
        QTest::newRow("la poste bad sum") << with("siret", QStringLiteral("35600000049838")) << 422 << "validation_error"
                                          << "siret" << "Le SIRET « 35600000049838 »";
        QTest::newRow("phone") << with("phone", QStringLiteral("06 12 34")) << 422 << "validation_error" << "phone"
                               << "Le numéro « 06 12 34 » n'est pas valide";
        QTest::newRow("phone letters") << with("phone", QStringLiteral("appelez-moi")) << 422 << "validation_error"
                                       << "phone" << "n'est pas un numéro de téléphone";
        QTest::newRow("mobile") << with("mobilePhone", QStringLiteral("+33 1")) << 422 << "validation_error"
                                << "mobilePhone" << "n'est pas";
        QTest::newRow("postcode fr") << with("postcode", QStringLiteral("750080")) << 422 << "validation_error" << "postcode"
                                     << "Le code postal « 750080 » n'est pas un code postal français";
        QJsonObject badFr = with("postcode", QStringLiteral("00100"));
        QTest::newRow("postcode dept 00") << badFr << 422 << "validation_error" << "postcode" << "département existant";
        QJsonObject belgianInFrance = with("postcode", QStringLiteral("B-1000"));
        belgianInFrance.insert(QStringLiteral("countryCode"), QStringLiteral("FR"));
        QTest::newRow("postcode of another country") << belgianInFrance << 422 << "validation_error" << "postcode"
                                                     << "n'est pas un code postal français";
        QTest::newRow("postcode ambiguous") << with("postcode", QStringLiteral("9999")) << 422 << "validation_error"
                                            << "countryCode" << "peut être belge ou luxembourgeois";
        QTest::newRow("email") << with("email", QStringLiteral("pas-un-email")) << 422 << "validation_error" << "email"
                               << "L'adresse e-mail « pas-un-email » n'est pas valide";
        QTest::newRow("country") << with("countryCode", QStringLiteral("DE")) << 422 << "validation_error" << "countryCode"
                                 << "Le pays doit être FR, LU ou BE";
        QTest::newRow("status") << with("status", QStringLiteral("gagne")) << 422 << "validation_error" << "status"
                                << "Statut inconnu : « gagne »";
        QTest::newRow("headcount") << with("headcountBand", QStringLiteral("99")) << 422 << "validation_error"
                                   << "headcountBand" << "Tranche d'effectif inconnue";
        QTest::newRow("no name") << with("companyName", QStringLiteral("  ")) << 422 << "validation_error"
                                 << "companyName" << "La raison sociale est obligatoire";
        QTest::newRow("wrong type") << with("revenueEur", QStringLiteral("beaucoup")) << 422 << "validation_error"
                                    << "revenueEur" << "doit contenir un nombre entier";
        QTest::newRow("lat without lon") << with("latitude", 48.8) << 422 << "validation_error" << "latitude"
                                         << "La latitude et la longitude vont ensemble";
        QTest::newRow("unknown member") << with("chiffreAffaires", 12) << 400 << "invalid_request" << "chiffreAffaires"
                                        << "Champ inconnu : « chiffreAffaires »";
        QTest::newRow("snake case") << with("company_name", QStringLiteral("x")) << 400 << "invalid_request"
                                    << "company_name" << "écrivez « companyName »";
        QTest::newRow("allowDuplicate type") << with("allowDuplicate", QStringLiteral("oui")) << 400
                                             << "invalid_request" << "allowDuplicate" << "allowDuplicate";
    }

    void prospectValidation()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const HttpReply r = send("POST", QStringLiteral("/api/crm/prospects"), m_frManager, body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
        QVERIFY2(r.errorMessage().contains(message), qPrintable(r.errorMessage()));
        QCOMPARE(r.errorField(), field);
    }

    void realIdentifiersAccepted()
    {
        // EDF, Michelin, Carrefour: real SIRENs; La Poste: its head office (Luhn) and an
        // establishment following the digit-sum rule (3+5+6+4+9+8+3+7 = 45).
        for (const char *siren : {"552081317", "732829320", "443061841"}) {
            const QJsonObject p = createProspect(m_frManager, {{QStringLiteral("companyName"), QStringLiteral("Société %1").arg(QLatin1String(siren))},
                                                               {QStringLiteral("siren"), QLatin1String(siren)}});
            QCOMPARE(str(p, "siren"), QLatin1String(siren));
        }
        for (const char *siret : {"35600000000048", "35600000049837"}) {
            const QJsonObject p = createProspect(m_frManager, {{QStringLiteral("companyName"), QStringLiteral("La Poste %1").arg(QLatin1String(siret))},
                                                               {QStringLiteral("siren"), QStringLiteral("356000000")},
                                                               {QStringLiteral("siret"), QLatin1String(siret)}});
            QCOMPARE(str(p, "siret"), QLatin1String(siret));
        }
        // A bad value in an update is refused the same way, and nothing changes.
        const QString id = str(createProspect(m_frManager, {{QStringLiteral("companyName"), QStringLiteral("Garage Martin")}}), "id");
        const HttpReply r = send("PUT", QStringLiteral("/api/crm/prospects/") + id, m_frManager,
                                 {{QStringLiteral("siren"), QStringLiteral("123456789")}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorField(), QStringLiteral("siren"));
        QVERIFY(send("GET", QStringLiteral("/api/crm/prospects/") + id, m_frManager).json.value(QLatin1StringView("prospect"))
                    .toObject().value(QLatin1StringView("siren")).isNull());
        QCOMPARE(audit(QStringLiteral("prospects"), id).size(), 1);
    }

    void phonesAndEntityDetection()
    {
        // A Luxembourg postcode: country LU, Luxembourg entity, national number read as LU.
        QJsonObject p = createProspect(m_admin, {{QStringLiteral("companyName"), QStringLiteral("Bijouterie Weber")},
                                                 {QStringLiteral("postcode"), QStringLiteral("L-1855")},
                                                 {QStringLiteral("phone"), QStringLiteral("621 123 456")}});
        QCOMPARE(str(p, "countryCode"), QStringLiteral("LU"));
        QCOMPARE(str(p, "entityId"), m_lu);
        QCOMPARE(str(p, "postcode"), QStringLiteral("1855"));
        QCOMPARE(str(p, "phone"), QStringLiteral("+352621123456"));
        // Belgium: explicit country for a 4-digit postcode.
        p = createProspect(m_admin, {{QStringLiteral("companyName"), QStringLiteral("Apotheek De Linde")},
                                     {QStringLiteral("postcode"), QStringLiteral("1000")},
                                     {QStringLiteral("countryCode"), QStringLiteral("be")},
                                     {QStringLiteral("phone"), QStringLiteral("0470 12 34 56")},
                                     {QStringLiteral("mobilePhone"), QStringLiteral("02 511 12 34")}});
        QCOMPARE(str(p, "countryCode"), QStringLiteral("BE"));
        QCOMPARE(str(p, "entityId"), m_be);
        QCOMPARE(str(p, "phone"), QStringLiteral("+32470123456"));
        QCOMPARE(str(p, "mobilePhone"), QStringLiteral("+3225111234"));
        // French 5 digits: France.
        p = createProspect(m_admin, {{QStringLiteral("companyName"), QStringLiteral("Boucherie Lefèvre")},
                                     {QStringLiteral("postcode"), QStringLiteral("13001")},
                                     {QStringLiteral("phone"), QStringLiteral("+33 4 91 00 00 00")}});
        QCOMPARE(str(p, "countryCode"), QStringLiteral("FR"));
        QCOMPARE(str(p, "entityId"), m_fr);
        QCOMPARE(str(p, "phone"), QStringLiteral("+33491000000"));
        // 4 digits without prefix: a Belgian user's hint decides; a French user must say.
        p = createProspect(m_beCommercial, {{QStringLiteral("companyName"), QStringLiteral("Bakkerij Peeters")},
                                            {QStringLiteral("postcode"), QStringLiteral("2000")}});
        QCOMPARE(str(p, "countryCode"), QStringLiteral("BE"));
        QCOMPARE(str(p, "entityId"), m_be);
        HttpReply r = send("POST", QStringLiteral("/api/crm/prospects"), m_admin,
                           {{QStringLiteral("companyName"), QStringLiteral("Ambigu")}, {QStringLiteral("postcode"), QStringLiteral("2000")}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorField(), QStringLiteral("countryCode"));
        QVERIFY2(r.errorMessage().contains(QStringLiteral("belge ou luxembourgeois")), qPrintable(r.errorMessage()));
        // A France user cannot place a prospect in Luxembourg, detected or chosen.
        r = send("POST", QStringLiteral("/api/crm/prospects"), m_frCommercial,
                 {{QStringLiteral("companyName"), QStringLiteral("Café du Lux")}, {QStringLiteral("postcode"), QStringLiteral("L-1855")}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorField(), QStringLiteral("entityId"));
        r = send("POST", QStringLiteral("/api/crm/prospects"), m_frCommercial,
                 {{QStringLiteral("companyName"), QStringLiteral("Café du Lux")}, {QStringLiteral("entityId"), m_lu},
                  {QStringLiteral("postcode"), QStringLiteral("L-1855")}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
        r = send("POST", QStringLiteral("/api/crm/prospects"), m_frManager,
                 {{QStringLiteral("companyName"), QStringLiteral("Café du Lux")}, {QStringLiteral("entityId"), m_lu},
                  {QStringLiteral("countryCode"), QStringLiteral("LU")}});
        QCOMPARE(r.status, 403);
        auto n = m_server.execOwner(QStringLiteral("SELECT count(*) AS n FROM prospects WHERE company_name = 'Café du Lux'"));
        QCOMPARE(n->toInt(0, "n"), 0);
        // An owner who cannot read the entity is refused.
        r = send("POST", QStringLiteral("/api/crm/prospects"), m_admin,
                 {{QStringLiteral("companyName"), QStringLiteral("Pharmacie du Centre")}, {QStringLiteral("postcode"), QStringLiteral("L-1855")},
                  {QStringLiteral("ownerId"), m_frCommercialId}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorField(), QStringLiteral("ownerId"));
    }

    void duplicates()
    {
        const QString first = str(createProspect(m_frManager, {{QStringLiteral("companyName"), QStringLiteral("Boulangerie Dupont S.A.R.L.")},
                                                               {QStringLiteral("siren"), QStringLiteral("732829320")},
                                                               {QStringLiteral("postcode"), QStringLiteral("69002")}}),
                                  "id");
        QVERIFY(!first.isEmpty());
        // Same normalised name in the same postcode.
        HttpReply r = send("POST", QStringLiteral("/api/crm/prospects"), m_frCommercial,
                           {{QStringLiteral("companyName"), QStringLiteral("BOULANGERIE   DUPONT")}, {QStringLiteral("postcode"), QStringLiteral("69 002")}});
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("duplicate"));
        QVERIFY2(r.errorMessage().contains(QStringLiteral("« Boulangerie Dupont S.A.R.L. »")), qPrintable(r.errorMessage()));
        QJsonArray candidates = r.json.value(QLatin1StringView("error")).toObject().value(QLatin1StringView("candidates")).toArray();
        QCOMPARE(idsOf(candidates), QStringList{first});
        QCOMPARE(candidates.at(0).toObject().value(QLatin1StringView("matchedOn")).toArray(), QJsonArray{QStringLiteral("name")});
        // Same SIREN under another name.
        r = send("POST", QStringLiteral("/api/crm/prospects"), m_frCommercial,
                 {{QStringLiteral("companyName"), QStringLiteral("Michelin Lyon")}, {QStringLiteral("siren"), QStringLiteral("732829320")}});
        QCOMPARE(r.status, 409);
        candidates = r.json.value(QLatin1StringView("error")).toObject().value(QLatin1StringView("candidates")).toArray();
        QCOMPARE(candidates.at(0).toObject().value(QLatin1StringView("matchedOn")).toArray(), QJsonArray{QStringLiteral("siren")});
        auto count = m_server.execOwner(QStringLiteral("SELECT count(*) AS n FROM prospects WHERE siren = '732829320'"));
        const qint64 before = count->toInt(0, "n");
        // Confirmed.
        r = send("POST", QStringLiteral("/api/crm/prospects"), m_frCommercial,
                 {{QStringLiteral("companyName"), QStringLiteral("Michelin Lyon")}, {QStringLiteral("siren"), QStringLiteral("732829320")},
                  {QStringLiteral("siret"), QStringLiteral("73282932000074")}, {QStringLiteral("allowDuplicate"), true}});
        QCOMPARE(r.status, 201);
        const QString second = str(member(r, "prospect"), "id");
        count = m_server.execOwner(QStringLiteral("SELECT count(*) AS n FROM prospects WHERE siren = '732829320'"));
        QCOMPARE(count->toInt(0, "n"), before + 1);

        // The check endpoint.
        r = send("GET", QStringLiteral("/api/crm/prospects/duplicates?siren=732%20829%20320"), m_frManager);
        QCOMPARE(r.status, 200);
        QVERIFY(idsOf(items(r)).contains(first) && idsOf(items(r)).contains(second));
        // A SIRET also finds the other establishments of its company.
        r = send("GET", QStringLiteral("/api/crm/prospects/duplicates?siret=73282932000074"), m_frManager);
        QVERIFY(idsOf(items(r)).contains(first));
        for (const QJsonValue &v : items(r)) {
            const QJsonObject o = v.toObject();
            const QJsonArray expected = str(o, "id") == second
                                            ? QJsonArray{QStringLiteral("siren"), QStringLiteral("siret")}
                                            : QJsonArray{QStringLiteral("siren")};
            QCOMPARE(o.value(QLatin1StringView("matchedOn")).toArray(), expected);
        }
        r = send("GET", QStringLiteral("/api/crm/prospects/duplicates") + query({{QStringLiteral("companyName"), QStringLiteral("boulangerie dupont sarl")},
                                                                               {QStringLiteral("postcode"), QStringLiteral("69002")}}),
                 m_frManager);
        QCOMPARE(idsOf(items(r)), QStringList{first});
        r = send("GET", QStringLiteral("/api/crm/prospects/duplicates") + query({{QStringLiteral("companyName"), QStringLiteral("Boulangerie Dupont")},
                                                                               {QStringLiteral("postcode"), QStringLiteral("69002")},
                                                                               {QStringLiteral("excludeId"), first}}),
                 m_frManager);
        QCOMPARE(items(r).size(), 0);
        r = send("GET", QStringLiteral("/api/crm/prospects/duplicates?companyName=Boulangerie%20Dupont&postcode=69003"), m_frManager);
        QCOMPARE(items(r).size(), 0);
        QCOMPARE(send("GET", QStringLiteral("/api/crm/prospects/duplicates?companyName=Dupont"), m_frManager).status, 400);

        // Only visible prospects count: a Luxembourg record with that SIREN does not block France.
        createProspect(m_luCommercial, {{QStringLiteral("companyName"), QStringLiteral("Carrefour Lux")},
                                        {QStringLiteral("siren"), QStringLiteral("443061841")},
                                        {QStringLiteral("postcode"), QStringLiteral("L-1855")}});
        r = send("GET", QStringLiteral("/api/crm/prospects/duplicates?siren=443061841"), m_frCommercial);
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : items(r))
            QCOMPARE(str(v.toObject(), "entityId"), m_fr);
        r = send("GET", QStringLiteral("/api/crm/prospects/duplicates?siren=443061841"), m_luCommercial);
        QCOMPARE(items(r).size(), 1);
    }

    void franceSeesNothingOfLuxembourgOrBelgium()
    {
        const QString luProspect = m_server.createProspect(QStringLiteral("LU"), {{QStringLiteral("owner_id"), m_luCommercialId}});
        const QString beProspect = m_server.createProspect(QStringLiteral("BE"));
        const QString luRdv = str(createRdv(m_luCommercial, {{QStringLiteral("prospectId"), luProspect}}), "id");
        const QString luAction = str(createAction(m_luCommercial, {{QStringLiteral("prospectId"), luProspect}}), "id");
        const HttpReply note = send("POST", QStringLiteral("/api/crm/prospects/%1/notes").arg(luProspect), m_luCommercial,
                                    {{QStringLiteral("body"), QStringLiteral("Gérant absent, repasser jeudi.")}});
        QCOMPARE(note.status, 201);
        QVERIFY(!luRdv.isEmpty() && !luAction.isEmpty());

        for (const QString &token : {m_frCommercial, m_frManager, m_frAssistant}) {
            // Lists.
            HttpReply r = send("GET", QStringLiteral("/api/crm/prospects?limit=500"), token);
            QCOMPARE(r.status, 200);
            for (const QJsonValue &v : items(r))
                QCOMPARE(str(v.toObject(), "entityId"), m_fr);
            QVERIFY(!idsOf(items(r)).contains(luProspect) && !idsOf(items(r)).contains(beProspect));
            QCOMPARE(items(send("GET", QStringLiteral("/api/crm/prospects?entityId=") + m_lu, token)).size(), 0);
            QCOMPARE(items(send("GET", QStringLiteral("/api/crm/rdvs?prospectId=") + luProspect, token)).size(), 0);
            QCOMPARE(items(send("GET", QStringLiteral("/api/crm/actions?ownerId=") + m_luCommercialId, token)).size(), 0);
            QVERIFY(!idsOf(items(send("GET", QStringLiteral("/api/crm/rdvs?limit=500"), token))).contains(luRdv));
            QVERIFY(!idsOf(items(send("GET", QStringLiteral("/api/crm/actions?limit=500"), token))).contains(luAction));
            QCOMPARE(items(send("GET", QStringLiteral("/api/crm/prospects/duplicates?companyName=Prospect%20LU&postcode=1"), token)).size(), 0);

            // Records, by crafted id: 404 without details, for reads and writes alike.
            const QStringList paths{QString(QStringLiteral("/api/crm/prospects/") + luProspect),
                                    QString(QStringLiteral("/api/crm/prospects/") + beProspect),
                                    QString(QStringLiteral("/api/crm/rdvs/") + luRdv),
                                    QString(QStringLiteral("/api/crm/actions/") + luAction),
                                    QString(QStringLiteral("/api/crm/prospects/") + newUuid()),
                                    QStringLiteral("/api/crm/rdvs/not-a-uuid")};
            for (const QString &path : paths) {
                for (const QByteArray &verb : {QByteArrayLiteral("GET"), QByteArrayLiteral("PUT"), QByteArrayLiteral("DELETE")}) {
                    const QJsonObject change{{path.contains(u"prospects") ? QStringLiteral("companyName") : QStringLiteral("title"),
                                              QStringLiteral("Piraté")}};
                    r = send(verb, path, token, verb == "PUT" ? change : QJsonObject{});
                    QCOMPARE(r.status, 404);
                    QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
                    QCOMPARE(r.json.value(QLatin1StringView("error")).toObject().keys(),
                             (QStringList{QStringLiteral("code"), QStringLiteral("message")}));
                }
            }
            QCOMPARE(send("PUT", QStringLiteral("/api/crm/prospects/%1/qualify").arg(luProspect), token, {}).status, 404);
            QCOMPARE(send("GET", QStringLiteral("/api/crm/prospects/%1/notes").arg(luProspect), token).status, 404);
            QCOMPARE(send("POST", QStringLiteral("/api/crm/prospects/%1/notes").arg(luProspect), token,
                          {{QStringLiteral("body"), QStringLiteral("x")}}).status,
                     404);

            // Creating in Luxembourg, or linking to a Luxembourg prospect: refused.
            r = send("POST", QStringLiteral("/api/crm/rdvs"), token,
                     {{QStringLiteral("title"), QStringLiteral("RDV")}, {QStringLiteral("startsAt"), iso(m_server.clock().now())},
                      {QStringLiteral("entityId"), m_lu}});
            QCOMPARE(r.status, 403);
            r = send("POST", QStringLiteral("/api/crm/rdvs"), token,
                     {{QStringLiteral("title"), QStringLiteral("RDV")}, {QStringLiteral("startsAt"), iso(m_server.clock().now())},
                      {QStringLiteral("prospectId"), luProspect}});
            QCOMPARE(r.status, 422);
            QCOMPARE(r.errorField(), QStringLiteral("prospectId"));
            r = send("POST", QStringLiteral("/api/crm/actions"), token,
                     {{QStringLiteral("title"), QStringLiteral("Appel")}, {QStringLiteral("type"), QStringLiteral("appel")},
                      {QStringLiteral("entityId"), m_lu}});
            QCOMPARE(r.status, 403);
            r = send("POST", QStringLiteral("/api/crm/actions"), token,
                     {{QStringLiteral("title"), QStringLiteral("Appel")}, {QStringLiteral("type"), QStringLiteral("appel")},
                      {QStringLiteral("prospectId"), beProspect}});
            QCOMPARE(r.status, 422);
        }
        // Nothing changed on the Luxembourg side.
        auto lu = m_server.execOwner(QStringLiteral("SELECT (SELECT count(*) FROM rdvs WHERE entity_id = $1::uuid) AS r,"
                                                    " (SELECT count(*) FROM actions WHERE entity_id = $1::uuid) AS a,"
                                                    " (SELECT company_name FROM prospects WHERE id = $2::uuid) AS name"),
                                     {m_lu, luProspect});
        QCOMPARE(lu->toInt(0, "r"), 1);
        QCOMPARE(lu->toInt(0, "a"), 1);
        QVERIFY(lu->text(0, "name") != QStringLiteral("Piraté"));
        // The Luxembourg commercial sees their appointment; the admin sees everything.
        QCOMPARE(send("GET", QStringLiteral("/api/crm/rdvs/") + luRdv, m_luCommercial).status, 200);
        QCOMPARE(send("GET", QStringLiteral("/api/crm/rdvs/") + luRdv, m_admin).status, 200);
        QCOMPARE(send("GET", QStringLiteral("/api/crm/prospects/") + beProspect, m_admin).status, 200);
    }

    void commercialsOwnTheirRecords()
    {
        const QString mine = str(createProspect(m_frCommercial, {{QStringLiteral("companyName"), QStringLiteral("Optique du Parc")}}), "id");
        const QString theirs = str(createProspect(m_frCommercial2, {{QStringLiteral("companyName"), QStringLiteral("Fleuriste Roux")}}), "id");
        // A commercial reads every prospect of the entity but edits only their own.
        QCOMPARE(send("GET", QStringLiteral("/api/crm/prospects/") + theirs, m_frCommercial).status, 200);
        HttpReply r = send("PUT", QStringLiteral("/api/crm/prospects/") + theirs, m_frCommercial, {{QStringLiteral("city"), QStringLiteral("Lyon")}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
        QCOMPARE(send("DELETE", QStringLiteral("/api/crm/prospects/") + theirs, m_frCommercial).status, 403);
        QCOMPARE(send("PUT", QStringLiteral("/api/crm/prospects/") + mine, m_frCommercial, {{QStringLiteral("city"), QStringLiteral("Lyon")}}).status, 200);
        // Giving their prospect away is refused by row-level security (they must stay the owner).
        r = send("PUT", QStringLiteral("/api/crm/prospects/") + mine, m_frCommercial, {{QStringLiteral("ownerId"), m_frCommercial2Id}});
        QCOMPARE(r.status, 403);
        // The manager and the assistant edit any prospect of the entity.
        QCOMPARE(send("PUT", QStringLiteral("/api/crm/prospects/") + theirs, m_frManager, {{QStringLiteral("city"), QStringLiteral("Lyon")}}).status, 200);
        QCOMPARE(send("PUT", QStringLiteral("/api/crm/prospects/") + theirs, m_frAssistant, {{QStringLiteral("source"), QStringLiteral("salon")}}).status, 200);
        QCOMPARE(send("PUT", QStringLiteral("/api/crm/prospects/") + mine, m_frManager, {{QStringLiteral("ownerId"), m_frCommercial2Id}}).status, 200);
        QCOMPARE(send("PUT", QStringLiteral("/api/crm/prospects/") + mine, m_frCommercial, {{QStringLiteral("city"), QStringLiteral("Nice")}}).status, 403);

        // Appointments and actions: a commercial sees and edits only their own.
        const QString rdv = str(createRdv(m_frCommercial, {{QStringLiteral("prospectId"), theirs}}), "id");
        const QString action = str(createAction(m_frCommercial, {{QStringLiteral("prospectId"), theirs}}), "id");
        QVERIFY(!rdv.isEmpty() && !action.isEmpty());
        const QStringList paths{QString(QStringLiteral("/api/crm/rdvs/") + rdv), QString(QStringLiteral("/api/crm/actions/") + action)};
        for (const QString &path : paths) {
            QCOMPARE(send("GET", path, m_frCommercial).status, 200);
            QCOMPARE(send("GET", path, m_frCommercial2).status, 404);
            QCOMPARE(send("PUT", path, m_frCommercial2, {{QStringLiteral("title"), QStringLiteral("x")}}).status, 404);
            QCOMPARE(send("DELETE", path, m_frCommercial2).status, 404);
            QCOMPARE(send("GET", path, m_frManager).status, 200);
            QCOMPARE(send("GET", path, m_frAssistant).status, 200);
        }
        QVERIFY(!idsOf(items(send("GET", QStringLiteral("/api/crm/rdvs?limit=500"), m_frCommercial2))).contains(rdv));
        QVERIFY(!idsOf(items(send("GET", QStringLiteral("/api/crm/actions?limit=500"), m_frCommercial2))).contains(action));
        QVERIFY(idsOf(items(send("GET", QStringLiteral("/api/crm/rdvs?ownerId=") + m_frCommercialId, m_frManager))).contains(rdv));
        // A commercial cannot give one to someone else, nor create one for them.
        r = send("PUT", QStringLiteral("/api/crm/rdvs/") + rdv, m_frCommercial, {{QStringLiteral("ownerId"), m_frCommercial2Id}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorField(), QStringLiteral("ownerId"));
        r = send("POST", QStringLiteral("/api/crm/actions"), m_frCommercial,
                 {{QStringLiteral("title"), QStringLiteral("Devis")}, {QStringLiteral("type"), QStringLiteral("devis")},
                  {QStringLiteral("ownerId"), m_frCommercial2Id}});
        QCOMPARE(r.status, 403);
        // The manager plans one for the second commercial; an owner of another entity is refused.
        const QJsonObject assigned = createRdv(m_frManager, {{QStringLiteral("ownerId"), m_frCommercial2Id}});
        QCOMPARE(str(assigned, "ownerId"), m_frCommercial2Id);
        QCOMPARE(send("GET", QStringLiteral("/api/crm/rdvs/") + str(assigned, "id"), m_frCommercial2).status, 200);
        QCOMPARE(send("GET", QStringLiteral("/api/crm/rdvs/") + str(assigned, "id"), m_frCommercial).status, 404);
        r = send("POST", QStringLiteral("/api/crm/rdvs"), m_frManager,
                 {{QStringLiteral("title"), QStringLiteral("RDV")}, {QStringLiteral("startsAt"), iso(m_server.clock().now())},
                  {QStringLiteral("ownerId"), m_luCommercialId}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorField(), QStringLiteral("ownerId"));
        // The manager edits the commercial's appointment.
        r = send("PUT", QStringLiteral("/api/crm/rdvs/") + rdv, m_frManager, {{QStringLiteral("location"), QStringLiteral("Sur place")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(str(member(r, "rdv"), "location"), QStringLiteral("Sur place"));
    }

    void rdvLifecycle()
    {
        const QDateTime now = m_server.clock().now();
        const QString prospect = str(createProspect(m_frCommercial, {{QStringLiteral("companyName"), QStringLiteral("Hôtel de la Gare")}}), "id");
        HttpReply r = send("POST", QStringLiteral("/api/crm/rdvs"), m_frCommercial,
                           {{QStringLiteral("title"), QStringLiteral("Audit sûreté")},
                            {QStringLiteral("prospectId"), prospect},
                            {QStringLiteral("startsAt"), QStringLiteral("2030-03-04T10:00:00+01:00")},
                            {QStringLiteral("location"), QStringLiteral("12 rue de la Gare, Lyon")},
                            {QStringLiteral("reminderMinutes"), 30}});
        QCOMPARE(r.status, 201);
        const QJsonObject rdv = member(r, "rdv");
        const QString id = str(rdv, "id");
        QCOMPARE(str(rdv, "startsAt"), QStringLiteral("2030-03-04T09:00:00.000Z"));
        QCOMPARE(str(rdv, "endsAt"), QStringLiteral("2030-03-04T10:00:00.000Z"));
        QCOMPARE(str(rdv, "entityId"), m_fr);
        QCOMPARE(str(rdv, "ownerId"), m_frCommercialId);
        QCOMPARE(str(rdv, "status"), QStringLiteral("planifie"));
        QCOMPARE(rdv.value(QLatin1StringView("reminderMinutes")).toInt(), 30);
        QCOMPARE(member(send("GET", QStringLiteral("/api/crm/rdvs/") + id, m_frCommercial), "rdv"), rdv);

        // Without prospect: the caller's entity.
        const QJsonObject own = createRdv(m_beCommercial, {{QStringLiteral("startsAt"), iso(now.addDays(1))}});
        QCOMPARE(str(own, "entityId"), m_be);

        // Calendar window: appointments overlapping [from, to).
        r = send("GET", QStringLiteral("/api/crm/rdvs?from=2030-03-04&to=2030-03-04"), m_frCommercial);
        QCOMPARE(idsOf(items(r)), QStringList{id});
        r = send("GET", QStringLiteral("/api/crm/rdvs") + query({{QStringLiteral("from"), QStringLiteral("2030-03-04T09:30:00Z")},
                                                                 {QStringLiteral("to"), QStringLiteral("2030-03-04T09:45:00Z")}}),
                 m_frCommercial);
        QCOMPARE(idsOf(items(r)), QStringList{id});
        QCOMPARE(items(send("GET", QStringLiteral("/api/crm/rdvs?from=2030-03-05"), m_frCommercial)).size(), 0);
        QCOMPARE(idsOf(items(send("GET", QStringLiteral("/api/crm/rdvs?status=planifie&prospectId=") + prospect, m_frCommercial))),
                 QStringList{id});
        QCOMPARE(send("GET", QStringLiteral("/api/crm/rdvs?from=demain"), m_frCommercial).status, 400);
        QCOMPARE(send("GET", QStringLiteral("/api/crm/rdvs?status=fait"), m_frCommercial).status, 400);

        // Validation.
        r = send("PUT", QStringLiteral("/api/crm/rdvs/") + id, m_frCommercial, {{QStringLiteral("endsAt"), QStringLiteral("2030-03-04T08:00:00Z")}});
        QCOMPARE(r.status, 422);
        QVERIFY2(r.errorMessage().contains(QStringLiteral("La fin du rendez-vous précède son début")), qPrintable(r.errorMessage()));
        r = send("PUT", QStringLiteral("/api/crm/rdvs/") + id, m_frCommercial, {{QStringLiteral("status"), QStringLiteral("fait")}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorField(), QStringLiteral("status"));
        r = send("PUT", QStringLiteral("/api/crm/rdvs/") + id, m_frCommercial, {{QStringLiteral("title"), QStringLiteral(" ")}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorField(), QStringLiteral("title"));
        r = send("PUT", QStringLiteral("/api/crm/rdvs/") + id, m_frCommercial, {{QStringLiteral("reminderMinutes"), 20000}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorField(), QStringLiteral("reminderMinutes"));
        r = send("PUT", QStringLiteral("/api/crm/rdvs/") + id, m_frCommercial, {{QStringLiteral("startsAt"), QStringLiteral("lundi")}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorField(), QStringLiteral("startsAt"));
        r = send("POST", QStringLiteral("/api/crm/rdvs"), m_frCommercial, {{QStringLiteral("title"), QStringLiteral("Sans date")}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorField(), QStringLiteral("startsAt"));
        r = send("POST", QStringLiteral("/api/crm/rdvs"), m_frCommercial,
                 {{QStringLiteral("title"), QStringLiteral("Mauvaise entité")}, {QStringLiteral("startsAt"), iso(now)},
                  {QStringLiteral("prospectId"), prospect}, {QStringLiteral("entityId"), m_be}});
        QCOMPARE(r.status, 403);

        // Done, audited old -> new.
        r = send("PUT", QStringLiteral("/api/crm/rdvs/") + id, m_frCommercial,
                 {{QStringLiteral("status"), QStringLiteral("effectue")}, {QStringLiteral("notes"), QStringLiteral("Devis à envoyer")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(str(member(r, "rdv"), "status"), QStringLiteral("effectue"));
        auto rows = audit(QStringLiteral("rdvs"), id);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).first, QStringLiteral("CREATE"));
        QCOMPARE(rows.at(0).second.value(QLatin1StringView("title")).toObject().value(QLatin1StringView("new")).toString(),
                 QStringLiteral("Audit sûreté"));
        QCOMPARE(rows.at(1).second.value(QLatin1StringView("status")).toObject(),
                 (QJsonObject{{QStringLiteral("old"), QStringLiteral("planifie")}, {QStringLiteral("new"), QStringLiteral("effectue")}}));
        QCOMPARE(send("DELETE", QStringLiteral("/api/crm/rdvs/") + id, m_frCommercial).status, 200);
        QCOMPARE(send("GET", QStringLiteral("/api/crm/rdvs/") + id, m_frCommercial).status, 404);
        QCOMPARE(audit(QStringLiteral("rdvs"), id).last().first, QStringLiteral("DELETE"));
    }

    void actionLifecycle()
    {
        const QDateTime now = m_server.clock().now();
        const QString prospect = str(createProspect(m_frCommercial2, {{QStringLiteral("companyName"), QStringLiteral("Garage des Halles")}}), "id");
        const QJsonObject late = createAction(m_frCommercial2, {{QStringLiteral("prospectId"), prospect},
                                                                {QStringLiteral("dueAt"), iso(now.addDays(-1))}});
        QCOMPARE(str(late, "status"), QStringLiteral("a_faire"));
        QCOMPARE(str(late, "entityId"), m_fr);
        QVERIFY(late.value(QLatin1StringView("completedAt")).isNull());
        const QJsonObject soon = createAction(m_frCommercial2, {{QStringLiteral("prospectId"), prospect},
                                                                {QStringLiteral("type"), QStringLiteral("visite")},
                                                                {QStringLiteral("dueAt"), iso(now.addDays(1))}});
        const QJsonObject doneLate = createAction(m_frCommercial2, {{QStringLiteral("prospectId"), prospect},
                                                                    {QStringLiteral("status"), QStringLiteral("termine")},
                                                                    {QStringLiteral("dueAt"), iso(now.addDays(-2))}});
        QCOMPARE(str(doneLate, "completedAt"), iso(now));
        const QString base = QStringLiteral("/api/crm/actions?prospectId=") + prospect;
        QCOMPARE(idsOf(items(send("GET", base, m_frCommercial2))),
                 (QStringList{str(doneLate, "id"), str(late, "id"), str(soon, "id")})); // soonest due first
        QCOMPARE(idsOf(items(send("GET", base + QStringLiteral("&overdue=true"), m_frCommercial2))), QStringList{str(late, "id")});
        QCOMPARE(idsOf(items(send("GET", base + QStringLiteral("&type=visite"), m_frCommercial2))), QStringList{str(soon, "id")});
        QCOMPARE(idsOf(items(send("GET", base + QStringLiteral("&status=termine"), m_frCommercial2))), QStringList{str(doneLate, "id")});
        QCOMPARE(idsOf(items(send("GET", base + QStringLiteral("&dueBefore=") + iso(now).replace(u'+', QStringLiteral("%2B")), m_frCommercial2))),
                 (QStringList{str(doneLate, "id"), str(late, "id")}));
        QCOMPARE(send("GET", base + QStringLiteral("&overdue=oui"), m_frCommercial2).status, 400);
        QCOMPARE(send("GET", base + QStringLiteral("&type=fax"), m_frCommercial2).status, 400);

        // Done: completedAt set; reopened: cleared.
        m_server.clock().advance(60);
        const QString lateId = str(late, "id");
        HttpReply r = send("PUT", QStringLiteral("/api/crm/actions/") + lateId, m_frCommercial2, {{QStringLiteral("status"), QStringLiteral("termine")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(str(member(r, "action"), "completedAt"), iso(m_server.clock().now()));
        QCOMPARE(items(send("GET", base + QStringLiteral("&overdue=true"), m_frCommercial2)).size(), 0);
        r = send("PUT", QStringLiteral("/api/crm/actions/") + lateId, m_frCommercial2, {{QStringLiteral("status"), QStringLiteral("en_cours")}});
        QCOMPARE(r.status, 200);
        QVERIFY(member(r, "action").value(QLatin1StringView("completedAt")).isNull());
        auto rows = audit(QStringLiteral("actions"), lateId);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1).second.value(QLatin1StringView("completed_at")).toObject(),
                 (QJsonObject{{QStringLiteral("old"), QJsonValue::Null}, {QStringLiteral("new"), iso(m_server.clock().now())}}));
        QCOMPARE(rows.at(2).second.value(QLatin1StringView("status")).toObject(),
                 (QJsonObject{{QStringLiteral("old"), QStringLiteral("termine")}, {QStringLiteral("new"), QStringLiteral("en_cours")}}));

        // Validation.
        r = send("POST", QStringLiteral("/api/crm/actions"), m_frCommercial2,
                 {{QStringLiteral("title"), QStringLiteral("Fax")}, {QStringLiteral("type"), QStringLiteral("fax")}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorField(), QStringLiteral("type"));
        QVERIFY2(r.errorMessage().contains(QStringLiteral("Type d'action inconnu : « fax »")), qPrintable(r.errorMessage()));
        r = send("POST", QStringLiteral("/api/crm/actions"), m_frCommercial2, {{QStringLiteral("type"), QStringLiteral("appel")}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorField(), QStringLiteral("title"));
        r = send("PUT", QStringLiteral("/api/crm/actions/") + lateId, m_frCommercial2, {{QStringLiteral("createdAt"), QStringLiteral("x")},
                                                                                         {QStringLiteral("priorite"), 1}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorField(), QStringLiteral("priorite"));
        QCOMPARE(send("DELETE", QStringLiteral("/api/crm/actions/") + lateId, m_frCommercial2).status, 200);
        QCOMPARE(send("GET", QStringLiteral("/api/crm/actions/") + lateId, m_frCommercial2).status, 404);
    }

    void fieldCaptureQueueAndQualification()
    {
        // Captured in the field: name and postcode.
        HttpReply r = send("POST", QStringLiteral("/api/crm/prospects/partial"), m_frCommercial,
                           {{QStringLiteral("companyName"), QStringLiteral("Cave Saint-Michel")},
                            {QStringLiteral("postcode"), QStringLiteral("33000")},
                            {QStringLiteral("phone"), QStringLiteral("05 56 12 34 56")},
                            {QStringLiteral("contactName"), QStringLiteral("Paul Girard")},
                            {QStringLiteral("notes"), QStringLiteral("Vitrine fragile, pas d'alarme visible.")}});
        QCOMPARE(r.status, 201);
        const QJsonObject first = member(r, "prospect");
        const QString id = str(first, "id");
        QCOMPARE(str(first, "status"), QStringLiteral("a_qualifier"));
        QCOMPARE(str(first, "ownerId"), m_frCommercialId);
        QCOMPARE(str(first, "entityId"), m_fr);
        QCOMPARE(str(first, "countryCode"), QStringLiteral("FR"));
        QCOMPARE(str(first, "source"), QStringLiteral("terrain"));
        QCOMPARE(str(first, "phone"), QStringLiteral("+33556123456"));
        m_server.clock().advance(5);
        r = send("POST", QStringLiteral("/api/crm/prospects/partial"), m_frCommercial2,
                 {{QStringLiteral("companyName"), QStringLiteral("Tabac-Presse du Port")}, {QStringLiteral("postcode"), QStringLiteral("29200")}});
        QCOMPARE(r.status, 201);
        const QString second = str(member(r, "prospect"), "id");

        // What the field form does not take.
        r = send("POST", QStringLiteral("/api/crm/prospects/partial"), m_frCommercial, {{QStringLiteral("companyName"), QStringLiteral("Sans code")}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorField(), QStringLiteral("postcode"));
        r = send("POST", QStringLiteral("/api/crm/prospects/partial"), m_frCommercial, {{QStringLiteral("postcode"), QStringLiteral("33000")}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorField(), QStringLiteral("companyName"));
        r = send("POST", QStringLiteral("/api/crm/prospects/partial"), m_frCommercial,
                 {{QStringLiteral("companyName"), QStringLiteral("X")}, {QStringLiteral("postcode"), QStringLiteral("33000")},
                  {QStringLiteral("status"), QStringLiteral("client")}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorField(), QStringLiteral("status"));
        r = send("POST", QStringLiteral("/api/crm/prospects/partial"), m_frCommercial,
                 {{QStringLiteral("companyName"), QStringLiteral("CAVE SAINT MICHEL")}, {QStringLiteral("postcode"), QStringLiteral("33000")}});
        QCOMPARE(r.status, 409);

        // The note came with it.
        r = send("GET", QStringLiteral("/api/crm/prospects/%1/notes").arg(id), m_frAssistant);
        QCOMPARE(r.status, 200);
        QCOMPARE(items(r).size(), 1);
        QCOMPARE(str(items(r).at(0).toObject(), "body"), QStringLiteral("Vitrine fragile, pas d'alarme visible."));
        QCOMPARE(str(items(r).at(0).toObject(), "authorId"), m_frCommercialId);

        // The queue, oldest first.
        r = send("GET", QStringLiteral("/api/crm/prospects/partial?limit=500"), m_frAssistant);
        QCOMPARE(r.status, 200);
        QStringList queue = idsOf(items(r));
        QVERIFY(queue.indexOf(id) >= 0 && queue.indexOf(id) < queue.indexOf(second));
        for (const QJsonValue &v : items(r))
            QCOMPARE(str(v.toObject(), "status"), QStringLiteral("a_qualifier"));
        QCOMPARE(r.json.value(QLatin1StringView("total")).toInt(), queue.size());

        // Qualification: what is missing is listed; nothing is written.
        r = send("PUT", QStringLiteral("/api/crm/prospects/%1/qualify").arg(id), m_frAssistant, {});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorMessage(), QStringLiteral("Pour qualifier ce prospect, renseignez : l'adresse, la ville."));
        QCOMPARE(r.json.value(QLatin1StringView("error")).toObject().value(QLatin1StringView("missing")).toArray(),
                 (QJsonArray{QStringLiteral("address"), QStringLiteral("city")}));
        r = send("PUT", QStringLiteral("/api/crm/prospects/%1/qualify").arg(second), m_frManager, {});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorMessage(),
                 QStringLiteral("Pour qualifier ce prospect, renseignez : l'adresse, la ville, un téléphone ou un e-mail."));
        r = send("PUT", QStringLiteral("/api/crm/prospects/%1/qualify").arg(id), m_frAssistant,
                 {{QStringLiteral("address"), QStringLiteral("4 place Saint-Michel")}, {QStringLiteral("siren"), QStringLiteral("123")}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorField(), QStringLiteral("siren"));
        // Another commercial may not qualify it; the assistant of the entity may.
        r = send("PUT", QStringLiteral("/api/crm/prospects/%1/qualify").arg(id), m_frCommercial2,
                 {{QStringLiteral("address"), QStringLiteral("4 place Saint-Michel")}, {QStringLiteral("city"), QStringLiteral("Bordeaux")}});
        QCOMPARE(r.status, 403);
        m_server.clock().advance(30);
        r = send("PUT", QStringLiteral("/api/crm/prospects/%1/qualify").arg(id), m_frAssistant,
                 {{QStringLiteral("address"), QStringLiteral("4 place Saint-Michel")}, {QStringLiteral("city"), QStringLiteral("Bordeaux")},
                  {QStringLiteral("siren"), QStringLiteral("443 061 841")}, {QStringLiteral("status"), QStringLiteral("client")}});
        QCOMPARE(r.status, 200);
        const QJsonObject qualified = member(r, "prospect");
        QCOMPARE(str(qualified, "status"), QStringLiteral("qualifie"));
        QCOMPARE(str(qualified, "qualifiedBy"), m_frAssistantId);
        QCOMPARE(str(qualified, "qualifiedAt"), iso(m_server.clock().now()));
        QCOMPARE(str(qualified, "siren"), QStringLiteral("443061841"));
        QCOMPARE(str(qualified, "ownerId"), m_frCommercialId);
        QVERIFY(qualified.value(QLatin1StringView("enrichmentStatus")).isNull());
        QVERIFY(!idsOf(items(send("GET", QStringLiteral("/api/crm/prospects/partial?limit=500"), m_frAssistant))).contains(id));
        const auto rows = audit(QStringLiteral("prospects"), id);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).first, QStringLiteral("UPDATE"));
        QCOMPARE(rows.at(1).second.value(QLatin1StringView("status")).toObject(),
                 (QJsonObject{{QStringLiteral("old"), QStringLiteral("a_qualifier")}, {QStringLiteral("new"), QStringLiteral("qualifie")}}));
        QCOMPARE(rows.at(1).second.value(QLatin1StringView("qualified_by")).toObject().value(QLatin1StringView("new")).toString(),
                 m_frAssistantId);
        QCOMPARE(auditUser(QStringLiteral("prospects"), id, QStringLiteral("UPDATE")), QString(m_frAssistantId + QStringLiteral("@127.0.0.1")));
        // Once only.
        r = send("PUT", QStringLiteral("/api/crm/prospects/%1/qualify").arg(id), m_frAssistant, {});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorField(), QStringLiteral("status"));
        // The field commercial completes theirs with a phone of their own: enough with an e-mail.
        r = send("PUT", QStringLiteral("/api/crm/prospects/%1/qualify").arg(second), m_frCommercial2,
                 {{QStringLiteral("address"), QStringLiteral("1 quai de la Douane")}, {QStringLiteral("city"), QStringLiteral("Brest")},
                  {QStringLiteral("email"), QStringLiteral("tabac.port@orange.fr")}});
        QCOMPARE(r.status, 200);
    }

    void notes()
    {
        const QString prospect = m_server.createProspect(QStringLiteral("FR"), {{QStringLiteral("owner_id"), m_frCommercialId}});
        HttpReply r = send("POST", QStringLiteral("/api/crm/prospects/%1/notes").arg(prospect), m_frCommercial2,
                           {{QStringLiteral("body"), QStringLiteral("Premier contact téléphonique.")},
                            {QStringLiteral("authorId"), m_frManagerId}}); // read-only: ignored
        QCOMPARE(r.status, 201);
        const QJsonObject note = member(r, "note");
        QCOMPARE(str(note, "authorId"), m_frCommercial2Id);
        QCOMPARE(str(note, "prospectId"), prospect);
        QCOMPARE(str(note, "entityId"), m_fr);
        m_server.clock().advance(10);
        QCOMPARE(send("POST", QStringLiteral("/api/crm/prospects/%1/notes").arg(prospect), m_frManager,
                      {{QStringLiteral("body"), QStringLiteral("Rappel prévu.")}}).status,
                 201);
        r = send("POST", QStringLiteral("/api/crm/prospects/%1/notes").arg(prospect), m_frManager, {{QStringLiteral("body"), QStringLiteral("  ")}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorField(), QStringLiteral("body"));
        QCOMPARE(r.errorMessage(), QStringLiteral("La note est vide."));
        QCOMPARE(send("POST", QStringLiteral("/api/crm/prospects/%1/notes").arg(prospect), m_frManager,
                      {{QStringLiteral("texte"), QStringLiteral("x")}}).status,
                 400);
        r = send("GET", QStringLiteral("/api/crm/prospects/%1/notes").arg(prospect), m_frCommercial);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1StringView("total")).toInt(), 2);
        QCOMPARE(str(items(r).at(0).toObject(), "body"), QStringLiteral("Rappel prévu.")); // newest first
        QCOMPARE(str(items(r).at(1).toObject(), "id"), str(note, "id"));
        QCOMPARE(audit(QStringLiteral("prospect_notes"), str(note, "id")).size(), 1);
        QCOMPARE(send("GET", QStringLiteral("/api/crm/prospects/%1/notes").arg(newUuid()), m_frCommercial).status, 404);
    }

    void restWritesReachOtherReplicas()
    {
        // The manager's replica is up to date; the commercial works through the REST API.
        Feed manager = startFeed(m_frManager);
        Feed lu = startFeed(m_luCommercial);
        QVERIFY(!manager.cursor.isEmpty() && !lu.cursor.isEmpty());
        const QJsonObject prospect = createProspect(m_frCommercial, {{QStringLiteral("companyName"), QStringLiteral("Imprimerie Moreau")},
                                                                     {QStringLiteral("phone"), QStringLiteral("01 42 00 00 00")}});
        const QString id = str(prospect, "id");
        const QString rdv = str(createRdv(m_frCommercial, {{QStringLiteral("prospectId"), id}}), "id");
        const QString action = str(createAction(m_frCommercial, {{QStringLiteral("prospectId"), id}}), "id");
        const HttpReply note = send("POST", QStringLiteral("/api/crm/prospects/%1/notes").arg(id), m_frCommercial,
                                    {{QStringLiteral("body"), QStringLiteral("Intéressé par la télésurveillance.")}});
        QCOMPARE(note.status, 201);
        QHash<QString, QJsonObject> changes = pull(manager, m_frManager);
        QVERIFY(changes.contains(QStringLiteral("prospects:") + id));
        QCOMPARE(str(changes.value(QStringLiteral("prospects:") + id), "phone"), QStringLiteral("+33142000000"));
        QCOMPARE(str(changes.value(QStringLiteral("prospects:") + id), "owner_id"), m_frCommercialId);
        QCOMPARE(str(changes.value(QStringLiteral("rdvs:") + rdv), "prospect_id"), id);
        QCOMPARE(str(changes.value(QStringLiteral("actions:") + action), "type"), QStringLiteral("appel"));
        QCOMPARE(str(changes.value(QStringLiteral("prospect_notes:") + str(member(note, "note"), "id")), "body"),
                 QStringLiteral("Intéressé par la télésurveillance."));

        // An update and a delete follow.
        QCOMPARE(send("PUT", QStringLiteral("/api/crm/prospects/") + id, m_frCommercial, {{QStringLiteral("city"), QStringLiteral("Lille")}}).status, 200);
        QCOMPARE(send("DELETE", QStringLiteral("/api/crm/actions/") + action, m_frCommercial).status, 200);
        QStringList deleted;
        changes = pull(manager, m_frManager, &deleted);
        QCOMPARE(str(changes.value(QStringLiteral("prospects:") + id), "city"), QStringLiteral("Lille"));
        QVERIFY(deleted.contains(QStringLiteral("actions:") + action));
        // The REST update is stamped per field like any write (last writer wins for replicas).
        auto stamp = m_server.execOwner(QStringLiteral("SELECT _field_by->>'city' AS by FROM prospects WHERE id = $1::uuid"), {id});
        QCOMPARE(stamp->text(0, "by"), m_frCommercialId);

        // Luxembourg hears nothing of it.
        changes = pull(lu, m_luCommercial);
        for (auto it = changes.begin(); it != changes.end(); ++it)
            QVERIFY2(!it.key().endsWith(id) && !it.key().endsWith(rdv), qPrintable(it.key()));
    }
};

QTEST_GUILESS_MAIN(TestCrmApi)
#include "tst_crm_api.moc"
