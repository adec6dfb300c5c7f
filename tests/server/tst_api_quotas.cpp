// Issue #7, module 26: per-provider quotas counted in one place (ProviderHttp): a call refused by
// an exhausted per-minute quota answers 429 quota_exceeded without reaching the double (which
// counts requests), the monthly budget warning at 80 % then exceeded, reset (the incident log is
// kept), incidents, administrators only.
#include "FakeProviders.h"
#include "HttpTestClient.h"
#include "providers/ProviderHttp.h"
#include "server/ServerApp.h"
#include "services/Clock.h"
#include "tests/support/TestServer.h"

#include <QtTest>

using namespace hector;
using namespace hector::test;

namespace {
const QString kPassword = QStringLiteral("Secur1te-Hector");
}

class TestApiQuotas : public QObject
{
    Q_OBJECT

private:
    FakeProviders m_fake;
    TestServer m_server;
    std::unique_ptr<HttpTestClient> m_http;
    QString m_adminId, m_admin, m_commercialId, m_commercial;

    QJsonObject provider(const QString &name)
    {
        const HttpReply r = m_http->get(QStringLiteral("/api/admin/api-quotas"), m_admin);
        for (const QJsonValue &v : r.json.value(QLatin1StringView("providers")).toArray()) {
            if (v.toObject().value(QLatin1StringView("provider")).toString() == name)
                return v.toObject();
        }
        return {};
    }
    int used(const QJsonObject &p, const char *window)
    {
        return p.value(QLatin1StringView("used")).toObject().value(QLatin1StringView(window)).toInt();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fake.start());
        m_server.setConfig(QStringLiteral("insee_base_url"), m_fake.baseUrl(QStringLiteral("insee")));
        m_server.setConfig(QStringLiteral("insee_api_key"), QString::fromLatin1(FakeProviders::kInseeKey));
        m_server.setConfig(QStringLiteral("pappers_base_url"), m_fake.baseUrl(QStringLiteral("pappers")));
        m_server.setConfig(QStringLiteral("pappers_api_key"), QString::fromLatin1(FakeProviders::kPappersKey));
        m_server.clock().set(QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC));
        QVERIFY(m_server.start());
        m_http = std::make_unique<HttpTestClient>(m_server.baseUrl());
        QVERIFY(m_server.createAccounts({{&m_adminId, &m_admin, QStringLiteral("admin@adsgroup-security.com"), Role::Admin, QStringLiteral("FR")},
                                         {&m_commercialId, &m_commercial, QStringLiteral("commercial@adsgroup-security.com"), Role::Commercial,
                                          QStringLiteral("FR")}},
                                        kPassword));
    }
    void cleanupTestCase() { m_server.stop(); }

    void adminsOnly()
    {
        QCOMPARE(m_http->get(QStringLiteral("/api/admin/api-quotas"), m_commercial).status, 403);
        QCOMPARE(m_http->send("PUT", QStringLiteral("/api/admin/api-quotas/insee"), QJsonObject{{QStringLiteral("perMinute"), 1}}, m_commercial).status, 403);
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/admin/api-quotas/insee/reset"), {}, m_commercial).status, 403);
        QCOMPARE(m_http->get(QStringLiteral("/api/admin/api-incidents"), m_commercial).status, 403);
        const HttpReply all = m_http->get(QStringLiteral("/api/admin/api-quotas"), m_admin);
        QCOMPARE(all.status, 200);
        QStringList names;
        for (const QJsonValue &v : all.json.value(QLatin1StringView("providers")).toArray())
            names << v.toObject().value(QLatin1StringView("provider")).toString();
        for (const char *p : {"insee", "pappers", "google", "nominatim", "anthropic"})
            QVERIFY2(names.contains(QLatin1StringView(p)), p);
        QCOMPARE(m_http->send("PUT", QStringLiteral("/api/admin/api-quotas/insee"), QJsonObject{{QStringLiteral("perMinute"), -1}}, m_admin).status, 422);
        QCOMPARE(m_http->send("PUT", QStringLiteral("/api/admin/api-quotas/nope"), QJsonObject{{QStringLiteral("perMinute"), 1}}, m_admin).status, 404);
    }

    void perMinuteExhaustionNeverReachesTheProvider()
    {
        HttpReply set = m_http->send("PUT", QStringLiteral("/api/admin/api-quotas/insee"), QJsonObject{{QStringLiteral("perMinute"), 2}}, m_admin);
        QCOMPARE(set.status, 200);
        QCOMPARE(set.json.value(QLatin1StringView("provider")).toObject().value(QLatin1StringView("limits")).toObject().value(QLatin1StringView("perMinute")).toInt(), 2);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(m_http->get(QStringLiteral("/api/company-search?q=44306184100047"), m_commercial).status, 200);
        QCOMPARE(m_fake.count(QStringLiteral("insee")), 2);
        HttpReply refused = m_http->get(QStringLiteral("/api/company-search?q=44306184100047"), m_commercial);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.errorCode(), QStringLiteral("quota_exceeded"));
        QVERIFY(!refused.errorMessage().isEmpty());
        QCOMPARE(m_fake.count(QStringLiteral("insee")), 2); // never reached the provider
        QJsonObject insee = provider(QStringLiteral("insee"));
        QCOMPARE(used(insee, "minute"), 2);
        QCOMPARE(insee.value(QLatin1StringView("alert")).toString(), QStringLiteral("exceeded"));
        QVERIFY(insee.value(QLatin1StringView("configured")).toBool());
        QVERIFY(insee.value(QLatin1StringView("lastError")).toObject().value(QLatin1StringView("message")).toString().contains(QStringLiteral("Quota")));
        // A minute later the window is free again.
        m_server.clock().advance(61);
        QCOMPARE(m_http->get(QStringLiteral("/api/company-search?q=44306184100047"), m_commercial).status, 200);
        QCOMPARE(m_fake.count(QStringLiteral("insee")), 3);
        insee = provider(QStringLiteral("insee"));
        QCOMPARE(used(insee, "minute"), 1);
        QCOMPARE(used(insee, "day"), 3);
    }

    void budgetWarningThenExceeded()
    {
        HttpReply set = m_http->send("PUT", QStringLiteral("/api/admin/api-quotas/pappers"),
                                     QJsonObject{{QStringLiteral("budgetMonthEur"), 0.5}, {QStringLiteral("costPerCallEur"), 0.10},
                                                 {QStringLiteral("perMinute"), QJsonValue::Null}, {QStringLiteral("perDay"), QJsonValue::Null}},
                                     m_admin);
        QCOMPARE(set.status, 200);
        server::ProviderRequest req;
        req.provider = QStringLiteral("pappers");
        req.url = m_fake.baseUrl(QStringLiteral("pappers")) + QStringLiteral("/entreprise?siren=443061841");
        req.headers = {{QByteArrayLiteral("api-key"), FakeProviders::kPappersKey}};
        for (int i = 0; i < 4; ++i)
            QCOMPARE(m_server.app().providerHttp().send(req)->status, 200);
        QJsonObject p = provider(QStringLiteral("pappers"));
        QCOMPARE(p.value(QLatin1StringView("spentMonthEur")).toDouble(), 0.4);
        QCOMPARE(p.value(QLatin1StringView("spentTodayEur")).toDouble(), 0.4);
        QCOMPARE(p.value(QLatin1StringView("alert")).toString(), QStringLiteral("warning")); // 80 %
        QVERIFY(m_server.app().providerHttp().send(req).ok());
        p = provider(QStringLiteral("pappers"));
        QCOMPARE(p.value(QLatin1StringView("alert")).toString(), QStringLiteral("exceeded"));
        auto refused = m_server.app().providerHttp().send(req);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("quota_exceeded"));
        QCOMPARE(m_fake.count(QStringLiteral("pappers")), 5);
        QCOMPARE(used(p, "month"), 5);
    }

    void resetKeepsIncidents()
    {
        m_fake.enqueue(QStringLiteral("insee"), ProviderReply{503, QByteArrayLiteral("{\"header\":{\"statut\":503,\"message\":\"Service en maintenance\"}}"), {}});
        QCOMPARE(m_http->get(QStringLiteral("/api/company-search?q=44306184100047"), m_commercial).status, 502);
        HttpReply incidents = m_http->get(QStringLiteral("/api/admin/api-incidents?provider=insee"), m_admin);
        QCOMPARE(incidents.status, 200);
        const QJsonArray list = incidents.json.value(QLatin1StringView("incidents")).toArray();
        QVERIFY(list.size() >= 2);
        const QJsonObject latest = list.first().toObject();
        QCOMPARE(latest.value(QLatin1StringView("httpStatus")).toInt(), 503);
        QCOMPARE(latest.value(QLatin1StringView("code")).toString(), QStringLiteral("server_error"));
        QCOMPARE(latest.value(QLatin1StringView("endpoint")).toString(), QStringLiteral("/insee/siret/44306184100047"));
        for (const char *k : {"id", "at", "provider", "endpoint", "httpStatus", "code", "message", "durationMs"})
            QVERIFY2(latest.contains(QLatin1StringView(k)), k);

        HttpReply reset = m_http->send("POST", QStringLiteral("/api/admin/api-quotas/insee/reset"), {}, m_admin);
        QCOMPARE(reset.status, 200);
        const QJsonObject p = reset.json.value(QLatin1StringView("provider")).toObject();
        QCOMPARE(used(p, "minute"), 0);
        QCOMPARE(used(p, "day"), 0);
        QCOMPARE(m_http->get(QStringLiteral("/api/admin/api-incidents?provider=insee"), m_admin).json.value(QLatin1StringView("incidents")).toArray().size(),
                 list.size());
        // Keys never reach the incident log.
        QVERIFY(!m_http->get(QStringLiteral("/api/admin/api-incidents"), m_admin).body.contains(FakeProviders::kInseeKey));
    }
};

QTEST_GUILESS_MAIN(TestApiQuotas)
#include "tst_api_quotas.moc"
