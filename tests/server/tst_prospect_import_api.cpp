// POST /api/crm/prospects/batch-import and its undo (issue #8) against a real server and
// PostgreSQL: per-row results, duplicates (create / update / skip, within the batch and against
// visible rows), audit, row-level security (a FR user cannot import into LU), and import then
// undo leaving the prospects exactly as before.
#include "HttpTestClient.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QtTest>

using namespace hector;
using namespace hector::test;

namespace {
const QString kPassword = QStringLiteral("Secur1te-Hector");

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

QJsonObject prospect(const char *name, const char *postcode, std::initializer_list<QPair<const char *, QString>> more = {})
{
    QJsonObject o{{QStringLiteral("companyName"), QString::fromUtf8(name)},
                  {QStringLiteral("postcode"), QString::fromLatin1(postcode)}};
    for (const auto &[k, v] : more)
        o.insert(QLatin1StringView(k), v);
    return o;
}
} // namespace

class TestProspectImportApi : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<HttpTestClient> m_http;
    QString m_frId, m_fr, m_fr2Id, m_fr2, m_luId, m_lu;

    // Every prospect, as the database holds it, without the times a write stamps.
    QStringList dump()
    {
        auto r = m_server.execOwner(QStringLiteral("SELECT (to_jsonb(p) - 'updated_at' - '_field_at' - '_field_by')::text AS j "
                                                   "FROM prospects p ORDER BY id"));
        QStringList out;
        if (!r) {
            qWarning() << r.error().message;
            return out;
        }
        for (int i = 0; i < r->rows(); ++i)
            out << r->text(i, "j");
        return out;
    }
    int count(const QString &sql, const QVariantList &params = {})
    {
        auto r = m_server.execOwner(sql, params);
        return r && r->rows() == 1 ? int(r->text(0, 0).toInt()) : -1;
    }
    HttpReply import(const QString &token, const QJsonArray &rows, const QString &onDuplicate)
    {
        return m_http->send("POST", QStringLiteral("/api/crm/prospects/batch-import"),
                            {{QStringLiteral("rows"), rows},
                             {QStringLiteral("onDuplicate"), onDuplicate},
                             {QStringLiteral("fileName"), QStringLiteral("clients.csv")}},
                            token);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), "the test server must start (embedded PostgreSQL)");
        m_http = std::make_unique<HttpTestClient>(m_server.baseUrl());
        const QList<TestServer::Account> accounts{
            {&m_frId, &m_fr, QStringLiteral("commercial.fr@adsgroup-security.com"), Role::Commercial, QStringLiteral("FR")},
            {&m_fr2Id, &m_fr2, QStringLiteral("commercial2.fr@adsgroup-security.com"), Role::Commercial, QStringLiteral("FR")},
            {&m_luId, &m_lu, QStringLiteral("commercial.lu@adsgroup-security.com"), Role::Commercial, QStringLiteral("LU")},
        };
        QVERIFY(m_server.createAccounts(accounts, kPassword));
    }
    void cleanupTestCase() { m_server.stop(); }

    void importThenUndoRestoresEverything()
    {
        const QString dupont = m_server.createProspect(
            QStringLiteral("FR"), {{QStringLiteral("company_name"), QStringLiteral("Sécurité Dupont")},
                                   {QStringLiteral("siret"), QStringLiteral("40123456200015")},
                                   {QStringLiteral("siren"), QStringLiteral("401234562")},
                                   {QStringLiteral("postcode"), QStringLiteral("75002")},
                                   {QStringLiteral("city"), QStringLiteral("Paris")},
                                   {QStringLiteral("owner_id"), m_frId}});
        QVERIFY(!dupont.isEmpty());
        const QStringList before = dump();
        const int auditBefore = count(QStringLiteral("SELECT count(*) FROM audit_logs WHERE entity_type = 'prospects'"));

        const QJsonArray rows{
            prospect("Alpha Surveillance", "31000", {{"siren", QStringLiteral("734 567 894")}, {"phone", QStringLiteral("05 61 00 00 00")}}),
            // The existing record by SIRET: updated (its non-empty members), owner and status kept.
            prospect("Sécurité Dupont SAS", "75002", {{"siret", QStringLiteral("401 234 562 00015")},
                                                      {"contactName", QStringLiteral("Jean Dupont")},
                                                      {"city", QStringLiteral("PARIS 2")}}),
            prospect("", "75001"), // invalid: no company name
            prospect("Bad Phone", "75001", {{"phone", QStringLiteral("12")}}),
            // Same SIREN as row 0: a duplicate within the batch, updated too.
            prospect("Alpha Bis", "31000", {{"siren", QStringLiteral("734567894")}, {"email", QStringLiteral("bis@alpha.fr")}}),
            prospect("Gamma Gardiennage", "L-1234", {}), // FR user: no entity covers LU
        };
        const HttpReply r = import(m_fr, rows, QStringLiteral("update"));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(QLatin1StringView("created")).toInt(), 1);
        QCOMPARE(r.json.value(QLatin1StringView("updated")).toInt(), 2);
        QCOMPARE(r.json.value(QLatin1StringView("invalid")).toInt(), 3);
        const QJsonArray results = r.json.value(QLatin1StringView("results")).toArray();
        QCOMPARE(results.size(), 6);
        QCOMPARE(str(results[0].toObject(), "status"), QStringLiteral("created"));
        const QString alpha = str(results[0].toObject(), "id");
        QCOMPARE(str(results[1].toObject(), "status"), QStringLiteral("updated"));
        QCOMPARE(str(results[1].toObject(), "id"), dupont);
        QVERIFY(results[1].toObject().value(QLatin1StringView("matchedOn")).toArray().contains(QStringLiteral("siret")));
        QCOMPARE(str(results[2].toObject(), "status"), QStringLiteral("invalid"));
        QVERIFY(str(results[2].toObject().value(QLatin1StringView("error")).toObject(), "message").contains(QStringLiteral("raison sociale")));
        QCOMPARE(str(results[3].toObject().value(QLatin1StringView("error")).toObject(), "field"), QStringLiteral("phone"));
        QCOMPARE(str(results[4].toObject(), "id"), alpha);
        QCOMPARE(str(results[5].toObject(), "status"), QStringLiteral("invalid"));
        const QString batchId = str(r.json, "batchId");

        auto row = m_server.execOwner(QStringLiteral("SELECT contact_name, city, owner_id::text AS o, email, source, phone "
                                                     "FROM prospects WHERE id = $1::uuid"),
                                      {dupont});
        QVERIFY(row && row->rows() == 1);
        QCOMPARE(row->text(0, "contact_name"), QStringLiteral("Jean Dupont"));
        QCOMPARE(row->text(0, "city"), QStringLiteral("PARIS 2"));
        QCOMPARE(row->text(0, "o"), m_frId);
        row = m_server.execOwner(QStringLiteral("SELECT email, source, phone, owner_id::text AS o FROM prospects WHERE id = $1::uuid"), {alpha});
        QCOMPARE(row->text(0, "email"), QStringLiteral("bis@alpha.fr"));
        QCOMPARE(row->text(0, "source"), QStringLiteral("import"));
        QCOMPARE(row->text(0, "phone"), QStringLiteral("+33561000000"));
        QCOMPARE(row->text(0, "o"), m_frId);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM prospects WHERE country_code = 'LU'")), 0);
        // Audited: one CREATE (Alpha, as completed by its in-batch duplicate), one UPDATE (Dupont).
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_logs WHERE entity_type = 'prospects'")), auditBefore + 2);
        auto created = m_server.execOwner(QStringLiteral("SELECT changes->'email'->>'new' AS e, actor_email FROM audit_logs "
                                                         "WHERE entity_type = 'prospects' AND action = 'CREATE' AND entity_id = $1"),
                                          {alpha});
        QVERIFY(created && created->rows() == 1);
        QCOMPARE(created->text(0, "e"), QStringLiteral("bis@alpha.fr"));
        QCOMPARE(created->text(0, "actor_email"), QStringLiteral("commercial.fr@adsgroup-security.com"));
        // Visible to sync: the capture triggers logged the writes.
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM sync_log WHERE row_id = $1::uuid"), {alpha}) >= 1);

        // Listed, then undone by its author only.
        HttpReply list = m_http->send("GET", QStringLiteral("/api/crm/prospects/batch-import"), {}, m_fr);
        QCOMPARE(list.status, 200);
        QCOMPARE(str(list.json.value(QLatin1StringView("items")).toArray().first().toObject(), "id"), batchId);
        QCOMPARE(m_http->send("GET", QStringLiteral("/api/crm/prospects/batch-import"), {}, m_fr2)
                     .json.value(QLatin1StringView("items")).toArray().size(), 0);
        QCOMPARE(m_http->send("DELETE", QStringLiteral("/api/crm/prospects/batch-import/") + batchId, {}, m_fr2).status, 404);

        const HttpReply undo = m_http->send("DELETE", QStringLiteral("/api/crm/prospects/batch-import/") + batchId, {}, m_fr);
        QCOMPARE(undo.status, 200);
        QCOMPARE(undo.json.value(QLatin1StringView("deleted")).toInt(), 1);
        QCOMPARE(undo.json.value(QLatin1StringView("restored")).toInt(), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_logs WHERE entity_type = 'prospects' AND action = 'DELETE' "
                                      "AND entity_id = $1"),
                       {alpha}),
                 1);
        QCOMPARE(dump(), before);
        QCOMPARE(m_http->send("DELETE", QStringLiteral("/api/crm/prospects/batch-import/") + batchId, {}, m_fr).status, 409);
        list = m_http->send("GET", QStringLiteral("/api/crm/prospects/batch-import"), {}, m_fr);
        QVERIFY(!list.json.value(QLatin1StringView("items")).toArray().first().toObject().value(QLatin1StringView("undoneAt")).isNull());
    }

    void skipAndCreateDuplicates()
    {
        const QJsonArray rows{prospect("Les Gardiens du Sud", "13008"), prospect("LES GARDIENS DU SUD S.A.R.L.", "13 008")};
        HttpReply r = import(m_fr, rows, QStringLiteral("skip"));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(QLatin1StringView("created")).toInt(), 1);
        QCOMPARE(r.json.value(QLatin1StringView("skipped")).toInt(), 1);
        const QJsonObject second = r.json.value(QLatin1StringView("results")).toArray().at(1).toObject();
        QCOMPARE(second.value(QLatin1StringView("matchedOn")).toArray(), QJsonArray{QStringLiteral("name")});
        r = import(m_fr, rows, QStringLiteral("create"));
        QCOMPARE(r.json.value(QLatin1StringView("created")).toInt(), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM prospects WHERE postcode = '13008'")), 3);
    }

    void rowLevelSecurity()
    {
        const int luBefore = count(QStringLiteral("SELECT count(*) FROM prospects WHERE country_code = 'LU'"));
        // An explicit LU entity: refused for that row, the others imported.
        const QJsonArray rows{prospect("Lux Sécurité", "L-1234", {{"entityId", m_server.entityId(QStringLiteral("LU"))}}),
                              prospect("Lux Sécurité 2", "1234", {{"countryCode", QStringLiteral("LU")}}),
                              prospect("Paris Sécurité", "75011")};
        HttpReply r = import(m_fr, rows, QStringLiteral("skip"));
        QCOMPARE(r.status, 201);
        const QJsonArray results = r.json.value(QLatin1StringView("results")).toArray();
        QCOMPARE(str(results[0].toObject().value(QLatin1StringView("error")).toObject(), "code"), QStringLiteral("forbidden"));
        QCOMPARE(str(results[1].toObject(), "status"), QStringLiteral("invalid"));
        QCOMPARE(str(results[2].toObject(), "status"), QStringLiteral("created"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM prospects WHERE country_code = 'LU'")), luBefore);
        // A LU user neither sees nor updates FR rows through the duplicate check: their
        // « Paris Sécurité » is refused for the country, not matched.
        r = import(m_lu, QJsonArray{prospect("Lux Garde", "L-1234"), prospect("Paris Sécurité", "75011")}, QStringLiteral("update"));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(QLatin1StringView("created")).toInt(), 1);
        QCOMPARE(r.json.value(QLatin1StringView("updated")).toInt(), 0);
    }

    void typedMembers()
    {
        QJsonObject row = prospect("Typée Sécurité", "67000", {{"headcountBand", QStringLiteral("12")}, {"discProfile", QStringLiteral("D")}});
        row.insert(QStringLiteral("revenueEur"), 1250000);
        row.insert(QStringLiteral("latitude"), 48.5734);
        row.insert(QStringLiteral("longitude"), 7.7521);
        const HttpReply r = import(m_fr, QJsonArray{row}, QStringLiteral("skip"));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(QLatin1StringView("created")).toInt(), 1);
        const QString id = str(r.json.value(QLatin1StringView("results")).toArray().first().toObject(), "id");
        const HttpReply got = m_http->send("GET", QStringLiteral("/api/crm/prospects/") + id, {}, m_fr);
        const QJsonObject p = got.json.value(QLatin1StringView("prospect")).toObject();
        QCOMPARE(p.value(QLatin1StringView("revenueEur")).toInteger(), 1250000);
        QCOMPARE(p.value(QLatin1StringView("latitude")).toDouble(), 48.5734);
        QCOMPARE(str(p, "headcountBand"), QStringLiteral("12"));
        QCOMPARE(str(p, "source"), QStringLiteral("import"));
        QCOMPARE(str(p, "status"), QStringLiteral("nouveau"));
        QCOMPARE(str(p, "ownerId"), m_frId);
    }

    void badRequests()
    {
        QCOMPARE(import(m_fr, QJsonArray{}, QStringLiteral("skip")).status, 400);
        QCOMPARE(import(m_fr, QJsonArray{prospect("A", "75001")}, QStringLiteral("merge")).status, 400);
        const HttpReply unknown = import(m_fr, QJsonArray{QJsonObject{{QStringLiteral("companyName"), QStringLiteral("X")},
                                                                      {QStringLiteral("bogus"), 1}}},
                                         QStringLiteral("skip"));
        QCOMPARE(unknown.status, 201);
        QCOMPARE(unknown.json.value(QLatin1StringView("invalid")).toInt(), 1);
        QCOMPARE(m_http->send("DELETE", QStringLiteral("/api/crm/prospects/batch-import/not-a-uuid"), {}, m_fr).status, 404);
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/crm/prospects/batch-import"), {}, {}).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestProspectImportApi)
#include "tst_prospect_import_api.moc"
