// Issue #7, module 13 « Trouve-moi le patron »: search by SIREN, SIRET, name or "name postcode"
// (INSEE double, Pappers as fallback), the company's details with its decision makers (Pappers
// qualites[0] / qualite, legal persons left out), and the prospect created pre-filled in one click
// (provenance, duplicate refused).
#include "FakeProviders.h"
#include "HttpTestClient.h"
#include "server/ServerApp.h"
#include "tests/support/TestServer.h"

#include <QtTest>

using namespace hector;
using namespace hector::test;

namespace {
const QString kPassword = QStringLiteral("Secur1te-Hector");
}

class TestCompanySearch : public QObject
{
    Q_OBJECT

private:
    FakeProviders m_fake;
    TestServer m_server;
    std::unique_ptr<HttpTestClient> m_http;
    QString m_commercialId, m_commercial, m_otherId, m_other;

    QJsonArray results(const HttpReply &r) { return r.json.value(QLatin1StringView("results")).toArray(); }
    QString field(const QJsonValue &v, const char *k) { return v.toObject().value(QLatin1StringView(k)).toString(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fake.start());
        m_server.setConfig(QStringLiteral("insee_base_url"), m_fake.baseUrl(QStringLiteral("insee")));
        m_server.setConfig(QStringLiteral("insee_api_key"), QString::fromLatin1(FakeProviders::kInseeKey));
        m_server.setConfig(QStringLiteral("pappers_base_url"), m_fake.baseUrl(QStringLiteral("pappers")));
        m_server.setConfig(QStringLiteral("pappers_api_key"), QString::fromLatin1(FakeProviders::kPappersKey));
        QVERIFY(m_server.start());
        m_http = std::make_unique<HttpTestClient>(m_server.baseUrl());
        QVERIFY(m_server.createAccounts({{&m_commercialId, &m_commercial, QStringLiteral("commercial@adsgroup-security.com"), Role::Commercial,
                                          QStringLiteral("FR")},
                                         {&m_otherId, &m_other, QStringLiteral("belge@adsgroup-security.com"), Role::Commercial, QStringLiteral("BE")}},
                                        kPassword));
    }
    void cleanupTestCase() { m_server.stop(); }

    void searchBySirenSiretAndName()
    {
        HttpReply r = m_http->get(QStringLiteral("/api/company-search?q=443%20061%20841"), m_commercial);
        QCOMPARE(r.status, 200);
        QCOMPARE(results(r).size(), 1);
        const QJsonObject c = results(r).first().toObject();
        QCOMPARE(field(c, "name"), QStringLiteral("GOOGLE FRANCE")); // current period, not the old name
        QCOMPARE(field(c, "siren"), QStringLiteral("443061841"));
        QCOMPARE(field(c, "siret"), QStringLiteral("44306184100047"));
        QCOMPARE(field(c, "nafCode"), QStringLiteral("70.10Z"));
        QCOMPARE(field(c, "legalForm"), QStringLiteral("SARL"));
        QCOMPARE(field(c, "headcountBand"), QStringLiteral("42"));
        QVERIFY(c.value(QLatin1StringView("active")).toBool());
        QCOMPARE(c.value(QLatin1StringView("address")).toObject().value(QLatin1StringView("postcode")).toString(), QStringLiteral("75009"));
        QCOMPARE(field(c, "source"), QStringLiteral("insee"));
        QCOMPARE(r.json.value(QLatin1StringView("total")).toInt(), 1);

        HttpReply s = m_http->get(QStringLiteral("/api/company-search?q=44306184100047"), m_commercial);
        QCOMPARE(results(s).size(), 1);
        QCOMPARE(field(results(s).first(), "siret"), QStringLiteral("44306184100047"));

        HttpReply n = m_http->get(QStringLiteral("/api/company-search?q=google%2075009"), m_commercial);
        QCOMPARE(n.status, 200);
        QCOMPARE(results(n).size(), 1);
        QVERIFY(m_fake.calls(QStringLiteral("insee")).last().target.contains("codePostalEtablissement"));

        // Nothing at INSEE (404): Pappers is asked, nothing there either.
        HttpReply none = m_http->get(QStringLiteral("/api/company-search?q=boulangerie%20introuvable"), m_commercial);
        QCOMPARE(none.status, 200);
        QCOMPARE(results(none).size(), 0);
        QCOMPARE(m_http->get(QStringLiteral("/api/company-search?q=a"), m_commercial).status, 422);
        QCOMPARE(m_http->get(QStringLiteral("/api/company-search?q=google"), QString()).status, 401);
    }

    void detailsWithDecisionMakers()
    {
        HttpReply d = m_http->get(QStringLiteral("/api/company-search/443061841"), m_commercial);
        QCOMPARE(d.status, 200);
        const QJsonObject c = d.json.value(QLatin1StringView("company")).toObject();
        QCOMPARE(c.value(QLatin1StringView("revenue")).toDouble(), 590000000.0);
        QCOMPARE(c.value(QLatin1StringView("revenueYear")).toInt(), 2022);
        QCOMPARE(c.value(QLatin1StringView("createdOn")).toString(), QStringLiteral("2002-05-16"));
        QCOMPARE(c.value(QLatin1StringView("nafLabel")).toString(), QStringLiteral("Activités des sièges sociaux"));
        const QJsonArray dms = d.json.value(QLatin1StringView("decisionMakers")).toArray();
        QCOMPARE(dms.size(), 2); // the auditor (a legal person) is left out
        QCOMPARE(field(dms.at(0), "fullName"), QStringLiteral("Marie DUPONT"));
        QCOMPARE(field(dms.at(0), "role"), QStringLiteral("Gérant"));                                // qualites[0]
        QCOMPARE(field(dms.at(1), "role"), QStringLiteral("Directeur administratif et financier"));   // qualite
        QCOMPARE(field(dms.at(1), "since"), QStringLiteral("2021-09-15"));
        QCOMPARE(field(dms.at(1), "source"), QStringLiteral("pappers"));
        QVERIFY(d.json.value(QLatin1StringView("existingProspectId")).isNull());
        QCOMPARE(m_http->get(QStringLiteral("/api/company-search/12345"), m_commercial).status, 422);
        QCOMPARE(m_http->get(QStringLiteral("/api/company-search/999999998"), m_commercial).status, 404);
    }

    void createPrefilledProspect()
    {
        HttpReply bad = m_http->send("POST", QStringLiteral("/api/company-search/443061841/prospect"), QJsonObject{{QStringLiteral("decisionMaker"), 7}}, m_commercial);
        QCOMPARE(bad.status, 422);
        HttpReply r = m_http->send("POST", QStringLiteral("/api/company-search/443061841/prospect"), QJsonObject{{QStringLiteral("decisionMaker"), 1}}, m_commercial);
        QVERIFY2(r.status == 201, r.body.constData());
        const QJsonObject p = r.json.value(QLatin1StringView("prospect")).toObject();
        QCOMPARE(p.value(QLatin1StringView("companyName")).toString(), QStringLiteral("GOOGLE FRANCE"));
        QCOMPARE(p.value(QLatin1StringView("siren")).toString(), QStringLiteral("443061841"));
        QCOMPARE(p.value(QLatin1StringView("siret")).toString(), QStringLiteral("44306184100047"));
        QCOMPARE(p.value(QLatin1StringView("postcode")).toString(), QStringLiteral("75009"));
        QCOMPARE(p.value(QLatin1StringView("nafCode")).toString(), QStringLiteral("70.10Z"));
        QCOMPARE(p.value(QLatin1StringView("revenueEur")).toInteger(), 590000000);
        QCOMPARE(p.value(QLatin1StringView("contactName")).toString(), QStringLiteral("Paul MARTIN"));
        QCOMPARE(p.value(QLatin1StringView("contactTitle")).toString(), QStringLiteral("Directeur administratif et financier"));
        QCOMPARE(p.value(QLatin1StringView("ownerId")).toString(), m_commercialId);
        QCOMPARE(p.value(QLatin1StringView("enrichmentStatus")).toString(), QStringLiteral("enriched"));
        const QJsonObject prov = QJsonDocument::fromJson(p.value(QLatin1StringView("enrichmentProvenance")).toString().toUtf8()).object();
        QCOMPARE(prov.value(QLatin1StringView("revenue_eur")).toObject().value(QLatin1StringView("source")).toString(), QStringLiteral("pappers"));
        QCOMPARE(prov.value(QLatin1StringView("siren")).toObject().value(QLatin1StringView("source")).toString(), QStringLiteral("insee"));
        const QString id = p.value(QLatin1StringView("id")).toString();

        HttpReply dup = m_http->send("POST", QStringLiteral("/api/company-search/443061841/prospect"), QJsonObject{}, m_commercial);
        QCOMPARE(dup.status, 409);
        QCOMPARE(dup.errorCode(), QStringLiteral("duplicate"));
        QCOMPARE(dup.json.value(QLatin1StringView("error")).toObject().value(QLatin1StringView("existingId")).toString(), id);
        HttpReply d = m_http->get(QStringLiteral("/api/company-search/443061841"), m_commercial);
        QCOMPARE(d.json.value(QLatin1StringView("existingProspectId")).toString(), id);
        // Someone who cannot see that prospect is not told about it.
        HttpReply other = m_http->get(QStringLiteral("/api/company-search/443061841"), m_other);
        QVERIFY(other.json.value(QLatin1StringView("existingProspectId")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestCompanySearch)
#include "tst_company_search.moc"
