// Integration tests of the business-card OCR endpoints (issue #8) and of the OCR monitoring of
// module 25 against a real server, PostgreSQL and a loopback double of the Anthropic Messages API
// (third-party-contracts.md section 4): success, fenced JSON, garbage, 401, 429 with retry-after
// (honoured), 529, 5xx, not configured (503), size limit (413), wrong media; client events;
// statistics computed from known events; roles and row-level security of the monitoring.
#include "FakeAnthropicServer.h"
#include "HttpTestClient.h"
#include "server/ServerApp.h"
#include "server/ocr/OcrService.h"
#include "services/Clock.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QtTest>

using namespace hector;
using namespace hector::test;
using anthropic::FakeAnthropicServer;

namespace {
const QString kPassword = QStringLiteral("Secur1te-Hector");
const QByteArray kApiKey = QByteArrayLiteral("sk-ant-test-0123456789");
// Wednesday 17 June 2026, 10:00 UTC (12:00 in Paris).
const QDateTime kNow(QDate(2026, 6, 17), QTime(10, 0), Qt::UTC);

QByteArray fakePng()
{
    QByteArray png("\x89PNG\r\n\x1A\n", 8);
    for (int i = 0; i < 2000; ++i)
        png.append(char(i * 7 % 251));
    return png;
}

QString cardJson()
{
    return QStringLiteral(R"({"fullName":"Jean Dupont","firstName":"Jean","lastName":"Dupont","title":"Directeur commercial",)"
                          R"("company":"Sécurité Dupont SAS","email":"Jean.Dupont@securite-dupont.fr","website":"https://www.securite-dupont.fr",)"
                          R"("mobilePhone":"06 12 34 56 78","landlinePhone":"01 42 68 53 00","fax":"","street":"12 rue de la Paix",)"
                          R"("postcode":"F-75002","city":"Paris","countryCode":"FR","text":"SÉCURITÉ DUPONT SAS\nJean Dupont"})");
}
} // namespace

class TestOcrApi : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<HttpTestClient> m_http;
    std::unique_ptr<FakeAnthropicServer> m_claude;
    QString m_adminId, m_presidentId, m_frManagerId, m_beManagerId, m_frCommercialId, m_beCommercialId;
    QString m_admin, m_president, m_frManager, m_beManager, m_frCommercial, m_beCommercial;

    void configureClaude(const QByteArray &key)
    {
        server::AnthropicConfig config;
        config.apiKey = QString::fromLatin1(key);
        config.baseUrl = m_claude->baseUrl();
        config.model = QStringLiteral("claude-test-model");
        config.timeoutSeconds = 10;
        m_server.app().ocrService().vision().setConfig(config);
    }
    HttpReply scan(const QString &token, const QByteArray &image = fakePng(), const QString &mediaType = QStringLiteral("image/png"))
    {
        return m_http->post(QStringLiteral("/api/ocr/business-card"),
                            QJsonObject{{QStringLiteral("image"), QString::fromLatin1(image.toBase64())},
                                        {QStringLiteral("mediaType"), mediaType}},
                            token);
    }
    qint64 countRows(const QString &where, const QVariantList &params = {})
    {
        auto r = m_server.execOwner(QStringLiteral("SELECT count(*) AS n FROM ocr_requests WHERE ") + where, params);
        return r ? r->toInt(0, "n") : -1;
    }
    static QJsonObject event(const QString &status, int durationMs, const QString &errorType = {},
                             const QDateTime &at = kNow.addSecs(-60))
    {
        QJsonObject e{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                      {QStringLiteral("engine"), QStringLiteral("tesseract")},
                      {QStringLiteral("status"), status},
                      {QStringLiteral("durationMs"), durationMs},
                      {QStringLiteral("occurredAt"), at.toString(Qt::ISODateWithMs)}};
        if (!errorType.isEmpty())
            e.insert(QStringLiteral("errorType"), errorType);
        else
            e.insert(QStringLiteral("fieldsFound"), 6);
        return e;
    }

private slots:
    void initTestCase()
    {
        m_server.clock().set(kNow);
        QVERIFY2(m_server.start(), "the test server must start (embedded PostgreSQL)");
        m_http = std::make_unique<HttpTestClient>(m_server.baseUrl());
        m_claude = std::make_unique<FakeAnthropicServer>(kApiKey);
        QVERIFY(m_claude->start());
        const QList<TestServer::Account> accounts{
            {&m_adminId, &m_admin, QStringLiteral("admin@adsgroup-security.com"), Role::Admin, QStringLiteral("FR")},
            {&m_presidentId, &m_president, QStringLiteral("president@adsgroup-security.com"), Role::President, QStringLiteral("FR")},
            {&m_frManagerId, &m_frManager, QStringLiteral("manager.fr@adsgroup-security.com"), Role::Manager, QStringLiteral("FR")},
            {&m_beManagerId, &m_beManager, QStringLiteral("manager.be@adsgroup-security.com"), Role::Manager, QStringLiteral("BE")},
            {&m_frCommercialId, &m_frCommercial, QStringLiteral("commercial.fr@adsgroup-security.com"), Role::Commercial,
             QStringLiteral("FR")},
            {&m_beCommercialId, &m_beCommercial, QStringLiteral("commercial.be@adsgroup-security.com"), Role::Commercial,
             QStringLiteral("BE")},
        };
        QVERIFY(m_server.createAccounts(accounts, kPassword));
    }
    void cleanupTestCase()
    {
        m_server.stop();
        m_claude.reset();
    }

    void notConfigured()
    {
        m_server.app().ocrService().vision().setConfig({});
        const HttpReply engines = m_http->get(QStringLiteral("/api/ocr/engines"), m_frCommercial);
        QCOMPARE(engines.status, 200);
        const QJsonArray list = engines.json.value(QLatin1StringView("engines")).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).toObject().value(QLatin1StringView("configured")).toBool(true), false);

        const HttpReply r = scan(m_frCommercial);
        QCOMPARE(r.status, 503);
        QCOMPARE(r.errorCode(), QStringLiteral("provider_not_configured"));
        QVERIFY(r.errorMessage().contains(QStringLiteral("configurée")));
        QVERIFY(m_claude->requests().isEmpty());
        QCOMPARE(countRows(QStringLiteral("engine = 'claude' AND error_type = 'not_configured' AND user_id = $1"), {m_frCommercialId}), 1);
        // Without a session: 401, nothing recorded.
        QCOMPARE(scan(QString()).status, 401);
    }

    void successFollowsTheContract()
    {
        configureClaude(kApiKey);
        QVERIFY(m_http->get(QStringLiteral("/api/ocr/engines"), m_frCommercial)
                    .json.value(QLatin1StringView("engines")).toArray().at(1).toObject()
                    .value(QLatin1StringView("configured")).toBool());
        m_claude->enqueueText(cardJson());
        const HttpReply r = scan(m_frCommercial);
        QCOMPARE(r.status, 200);
        const QJsonObject fields = r.json.value(QLatin1StringView("fields")).toObject();
        QCOMPARE(fields.value(QLatin1StringView("fullName")).toString(), QStringLiteral("Jean Dupont"));
        QCOMPARE(fields.value(QLatin1StringView("company")).toString(), QStringLiteral("Sécurité Dupont SAS"));
        QCOMPARE(fields.value(QLatin1StringView("email")).toString(), QStringLiteral("jean.dupont@securite-dupont.fr"));
        QCOMPARE(fields.value(QLatin1StringView("mobilePhone")).toString(), QStringLiteral("+33612345678"));
        QCOMPARE(fields.value(QLatin1StringView("landlinePhone")).toString(), QStringLiteral("+33142685300"));
        QCOMPARE(fields.value(QLatin1StringView("postcode")).toString(), QStringLiteral("75002"));
        QCOMPARE(fields.value(QLatin1StringView("website")).toString(), QStringLiteral("www.securite-dupont.fr"));
        const QJsonObject prospect = r.json.value(QLatin1StringView("prospect")).toObject();
        QCOMPARE(prospect.value(QLatin1StringView("company_name")).toString(), QStringLiteral("Sécurité Dupont SAS"));
        QCOMPARE(prospect.value(QLatin1StringView("mobile_phone")).toString(), QStringLiteral("+33612345678"));
        QCOMPARE(r.json.value(QLatin1StringView("engine")).toString(), QStringLiteral("claude"));

        // The request Anthropic received: the documented headers, model, image block.
        const QList<anthropic::Request> requests = m_claude->requests();
        QCOMPARE(requests.size(), 1);
        const anthropic::Request &req = requests.constFirst();
        QVERIFY2(req.rejection.isEmpty(), qPrintable(req.rejection));
        QCOMPARE(req.target, QByteArrayLiteral("/v1/messages"));
        QCOMPARE(req.header("x-api-key"), kApiKey);
        QCOMPARE(req.header("anthropic-version"), QByteArrayLiteral("2023-06-01"));
        QCOMPARE(req.header("content-type"), QByteArrayLiteral("application/json"));
        const QJsonObject body = req.json();
        QCOMPARE(body.value(QLatin1StringView("model")).toString(), QStringLiteral("claude-test-model"));
        QVERIFY(body.value(QLatin1StringView("max_tokens")).toInt() > 0);
        const QJsonArray content = body.value(QLatin1StringView("messages")).toArray().at(0).toObject()
                                       .value(QLatin1StringView("content")).toArray();
        const QJsonObject source = content.at(0).toObject().value(QLatin1StringView("source")).toObject();
        QCOMPARE(content.at(0).toObject().value(QLatin1StringView("type")).toString(), QStringLiteral("image"));
        QCOMPARE(source.value(QLatin1StringView("type")).toString(), QStringLiteral("base64"));
        QCOMPARE(source.value(QLatin1StringView("media_type")).toString(), QStringLiteral("image/png"));
        QCOMPARE(QByteArray::fromBase64(source.value(QLatin1StringView("data")).toString().toLatin1()), fakePng());
        QCOMPARE(countRows(QStringLiteral("engine = 'claude' AND status = 'success' AND user_id = $1 AND fields_found > 0"),
                           {m_frCommercialId}),
                 1);
    }

    void fencedJsonAndProse()
    {
        configureClaude(kApiKey);
        m_claude->enqueueText(QStringLiteral("Voici les informations :\n```json\n") + cardJson() + QStringLiteral("\n```\nBonne journée."));
        const HttpReply r = scan(m_frCommercial);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1StringView("fields")).toObject().value(QLatin1StringView("city")).toString(), QStringLiteral("Paris"));
    }

    void garbageAnswer()
    {
        configureClaude(kApiKey);
        m_claude->enqueueText(QStringLiteral("Je ne peux pas lire cette image, elle est trop floue."));
        HttpReply r = scan(m_frCommercial);
        QCOMPARE(r.status, 502);
        QCOMPARE(r.errorCode(), QStringLiteral("ocr_invalid_response"));
        // Valid JSON, but nothing on the card: a quality failure.
        m_claude->enqueueText(QStringLiteral(R"({"fullName":"","company":"","email":"","text":""})"));
        r = scan(m_frCommercial);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("ocr_unreadable"));
        // A body that is not even a message.
        m_claude->enqueueReply({200, QByteArrayLiteral("<html>proxy</html>"), {}});
        QCOMPARE(scan(m_frCommercial).errorCode(), QStringLiteral("ocr_invalid_response"));
        QCOMPARE(countRows(QStringLiteral("error_type = 'invalid_response'")), 2);
        QCOMPARE(countRows(QStringLiteral("error_type = 'quality'")), 1);
    }

    void wrongKey()
    {
        configureClaude(QByteArrayLiteral("sk-ant-wrong"));
        const qsizetype before = m_claude->requests().size();
        const HttpReply r = scan(m_frCommercial);
        QCOMPARE(r.status, 502);
        QCOMPARE(r.errorCode(), QStringLiteral("ocr_provider_auth"));
        QVERIFY(r.errorMessage().contains(QStringLiteral("clé API")));
        QVERIFY(!r.body.contains("sk-ant")); // the key never reaches a client
        QCOMPARE(m_claude->requests().size(), before + 1);
        QCOMPARE(m_claude->requests().constLast().status, 401);
        QCOMPARE(countRows(QStringLiteral("error_type = 'authentication'")), 1);
    }

    void rateLimitHonoursRetryAfter()
    {
        configureClaude(kApiKey);
        m_claude->enqueueError(429, QStringLiteral("rate_limit_error"), QStringLiteral("Number of requests has exceeded your rate limit"),
                               {{QByteArrayLiteral("retry-after"), QByteArrayLiteral("30")}});
        const qsizetype before = m_claude->requests().size();
        HttpReply r = scan(m_frCommercial);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.errorCode(), QStringLiteral("ocr_rate_limited"));
        QCOMPARE(r.headers.value("retry-after"), QByteArrayLiteral("30"));
        QCOMPARE(r.json.value(QLatin1StringView("error")).toObject().value(QLatin1StringView("retryAfterSeconds")).toInt(), 30);
        QVERIFY(r.errorMessage().contains(QStringLiteral("30 s")));
        QCOMPARE(m_claude->requests().size(), before + 1);
        // Within the 30 s: answered by the server, Anthropic is not called again.
        m_server.clock().advance(10);
        r = scan(m_frCommercial);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.headers.value("retry-after"), QByteArrayLiteral("20"));
        QCOMPARE(m_claude->requests().size(), before + 1);
        // After it: called again.
        m_server.clock().advance(21);
        m_claude->enqueueText(cardJson());
        QCOMPARE(scan(m_frCommercial).status, 200);
        QCOMPARE(m_claude->requests().size(), before + 2);
        m_server.clock().set(kNow);
    }

    void overloadedAndServerErrors()
    {
        configureClaude(kApiKey);
        m_claude->enqueueError(529, QStringLiteral("overloaded_error"), QStringLiteral("Overloaded"));
        HttpReply r = scan(m_frCommercial);
        QCOMPARE(r.status, 503);
        QCOMPARE(r.errorCode(), QStringLiteral("ocr_overloaded"));
        QVERIFY(r.errorMessage().contains(QStringLiteral("surchargé")));
        m_claude->enqueueError(500, QStringLiteral("api_error"), QStringLiteral("Internal server error"));
        r = scan(m_frCommercial);
        QCOMPARE(r.status, 502);
        QCOMPARE(r.errorCode(), QStringLiteral("ocr_provider_error"));
        m_claude->enqueueError(400, QStringLiteral("invalid_request_error"), QStringLiteral("Could not process image"));
        r = scan(m_frCommercial);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("ocr_image_rejected"));
        QCOMPARE(countRows(QStringLiteral("error_type = 'overloaded'")), 1);
        QCOMPARE(countRows(QStringLiteral("error_type = 'provider_error'")), 1);
    }

    void claudeCallsCountInTheQuotas()
    {
        // Claude goes through the provider layer of module 26: each call is a usage row, and an
        // exhausted quota refuses the scan before anything reaches Anthropic.
        configureClaude(kApiKey);
        auto calls = [this] {
            auto r = m_server.execOwner(QStringLiteral("SELECT count(*) AS n FROM provider_calls WHERE provider = 'anthropic'"));
            return r ? r->toInt(0, "n") : -1;
        };
        const qint64 callsBefore = calls();
        m_claude->enqueueText(cardJson());
        QCOMPARE(scan(m_frCommercial).status, 200);
        QCOMPARE(calls(), callsBefore + 1);

        QVERIFY(m_server.execOwner(QStringLiteral("UPDATE provider_quotas SET per_minute = 0 WHERE provider = 'anthropic'")).ok());
        const qsizetype before = m_claude->requests().size();
        const HttpReply refused = scan(m_frCommercial);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.errorCode(), QStringLiteral("ocr_rate_limited"));
        QCOMPARE(m_claude->requests().size(), before); // never reached Anthropic
        QVERIFY(countRows(QStringLiteral("error_type = 'rate_limited'")) >= 1);
        QVERIFY(m_server.execOwner(QStringLiteral("UPDATE provider_quotas SET per_minute = 50 WHERE provider = 'anthropic'")).ok());
    }

    void badInput()
    {
        configureClaude(kApiKey);
        const qsizetype before = m_claude->requests().size();
        // 413 above 5 MB, before anything reaches Anthropic.
        QByteArray big = fakePng();
        big.append(QByteArray(server::OcrService::kMaxImageBytes, 'x'));
        HttpReply r = scan(m_frCommercial, big);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.errorCode(), QStringLiteral("image_too_large"));
        QVERIFY(r.errorMessage().contains(QStringLiteral("5 Mo")));
        // A PNG announced as JPEG.
        r = scan(m_frCommercial, fakePng(), QStringLiteral("image/jpeg"));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("ocr_image_rejected"));
        // Not an image type at all, no image, broken base64: 400, not recorded.
        const qint64 rows = countRows(QStringLiteral("true"));
        QCOMPARE(scan(m_frCommercial, fakePng(), QStringLiteral("application/pdf")).status, 400);
        QCOMPARE(m_http->post(QStringLiteral("/api/ocr/business-card"), QJsonObject{{QStringLiteral("mediaType"), QStringLiteral("image/png")}},
                              m_frCommercial).status,
                 400);
        QCOMPARE(m_http->post(QStringLiteral("/api/ocr/business-card"),
                              QJsonObject{{QStringLiteral("image"), QStringLiteral("!!pas du base64!!")},
                                          {QStringLiteral("mediaType"), QStringLiteral("image/png")}},
                              m_frCommercial).status,
                 400);
        QCOMPARE(countRows(QStringLiteral("true")), rows);
        QCOMPARE(m_claude->requests().size(), before);
    }

    void clientEvents()
    {
        const QJsonObject ok = event(QStringLiteral("success"), 1200);
        HttpReply r = m_http->post(QStringLiteral("/api/ocr/events"),
                                   QJsonObject{{QStringLiteral("events"), QJsonArray{ok, event(QStringLiteral("failure"), 900, QStringLiteral("quality"))}}},
                                   m_frCommercial);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1StringView("accepted")).toInt(), 2);
        // The same event again (a retry after a lost answer): not counted twice.
        r = m_http->post(QStringLiteral("/api/ocr/events"), QJsonObject{{QStringLiteral("events"), QJsonArray{ok}}}, m_frCommercial);
        QCOMPARE(r.json.value(QLatin1StringView("accepted")).toInt(), 0);
        QCOMPARE(r.json.value(QLatin1StringView("duplicates")).toInt(), 1);
        // Claude attempts are the server's to record; unknown error types and wild dates are refused.
        QJsonObject claude = event(QStringLiteral("success"), 10);
        claude.insert(QStringLiteral("engine"), QStringLiteral("claude"));
        QCOMPARE(m_http->post(QStringLiteral("/api/ocr/events"), QJsonObject{{QStringLiteral("events"), QJsonArray{claude}}}, m_frCommercial).status, 400);
        QCOMPARE(m_http->post(QStringLiteral("/api/ocr/events"),
                              QJsonObject{{QStringLiteral("events"), QJsonArray{event(QStringLiteral("failure"), 5, QStringLiteral("cosmic_rays"))}}},
                              m_frCommercial).status,
                 400);
        QCOMPARE(m_http->post(QStringLiteral("/api/ocr/events"),
                              QJsonObject{{QStringLiteral("events"),
                                           QJsonArray{event(QStringLiteral("success"), 5, {}, kNow.addDays(2))}}},
                              m_frCommercial).status,
                 400);
        QCOMPARE(countRows(QStringLiteral("engine = 'tesseract' AND user_id = $1"), {m_frCommercialId}), 2);
    }

    void statsFromKnownEvents()
    {
        // The Belgian commercial's local runs: known durations over two days.
        const QDateTime yesterday = kNow.addDays(-1);
        const QJsonArray events{event(QStringLiteral("success"), 100), event(QStringLiteral("success"), 200),
                                event(QStringLiteral("success"), 300), event(QStringLiteral("success"), 400, {}, yesterday),
                                event(QStringLiteral("success"), 1000, {}, yesterday), event(QStringLiteral("failure"), 50, QStringLiteral("quality")),
                                event(QStringLiteral("failure"), 60, QStringLiteral("quality")),
                                event(QStringLiteral("failure"), 10, QStringLiteral("format"), yesterday)};
        QCOMPARE(m_http->post(QStringLiteral("/api/ocr/events"), QJsonObject{{QStringLiteral("events"), events}}, m_beCommercial)
                     .json.value(QLatin1StringView("accepted")).toInt(),
                 8);
        // The Belgian manager sees exactly these.
        const HttpReply r = m_http->get(QStringLiteral("/api/admin/ocr/stats?period=7d"), m_beManager);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1StringView("total")).toInt(), 8);
        QCOMPARE(r.json.value(QLatin1StringView("success")).toInt(), 5);
        QCOMPARE(r.json.value(QLatin1StringView("failure")).toInt(), 3);
        QCOMPARE(r.json.value(QLatin1StringView("successRate")).toDouble(), 0.625);
        const QJsonArray engines = r.json.value(QLatin1StringView("engines")).toArray();
        QCOMPARE(engines.size(), 1);
        const QJsonObject t = engines.at(0).toObject();
        QCOMPARE(t.value(QLatin1StringView("engine")).toString(), QStringLiteral("tesseract"));
        // Durations 10 50 60 100 200 300 400 1000: mean 265, median 150, p95 400 + 0.65 × 600 = 790.
        QCOMPARE(t.value(QLatin1StringView("avgMs")).toDouble(), 265.0);
        QCOMPARE(t.value(QLatin1StringView("p50Ms")).toDouble(), 150.0);
        QCOMPARE(t.value(QLatin1StringView("p95Ms")).toDouble(), 790.0);
        const QJsonArray errors = r.json.value(QLatin1StringView("errorTypes")).toArray();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).toObject().value(QLatin1StringView("type")).toString(), QStringLiteral("quality"));
        QCOMPARE(errors.at(0).toObject().value(QLatin1StringView("count")).toInt(), 2);
        QCOMPARE(errors.at(0).toObject().value(QLatin1StringView("label")).toString(), QStringLiteral("Qualité insuffisante"));
        QCOMPARE(errors.at(1).toObject().value(QLatin1StringView("type")).toString(), QStringLiteral("format"));
        const QJsonArray days = r.json.value(QLatin1StringView("days")).toArray();
        QCOMPARE(days.size(), 7);
        const QJsonObject today = days.at(6).toObject();
        const QJsonObject dayBefore = days.at(5).toObject();
        QCOMPARE(today.value(QLatin1StringView("date")).toString(), QStringLiteral("2026-06-17"));
        QCOMPARE(today.value(QLatin1StringView("success")).toInt(), 3);
        QCOMPARE(today.value(QLatin1StringView("failure")).toInt(), 2);
        QCOMPARE(dayBefore.value(QLatin1StringView("success")).toInt(), 2);
        QCOMPARE(dayBefore.value(QLatin1StringView("failure")).toInt(), 1);
        QCOMPARE(days.at(0).toObject().value(QLatin1StringView("success")).toInt(), 0);
        // The module's route answers the same.
        QCOMPARE(m_http->get(QStringLiteral("/api/ocr/analytics?period=7d"), m_beManager).json.value(QLatin1StringView("total")).toInt(), 8);
    }

    void statsRolesAndScope()
    {
        const qint64 all = countRows(QStringLiteral("true"));
        const qint64 fr = countRows(QStringLiteral("entity_id = $1"), {m_server.entityId(QStringLiteral("FR"))});
        QVERIFY(fr > 0 && all > fr);
        // Administrators and presidents: the organisation; the French manager: France only.
        QCOMPARE(m_http->get(QStringLiteral("/api/admin/ocr/stats?period=30d"), m_admin).json.value(QLatin1StringView("total")).toInteger(), all);
        QCOMPARE(m_http->get(QStringLiteral("/api/admin/ocr/stats"), m_president).json.value(QLatin1StringView("total")).toInteger(), all);
        const HttpReply frStats = m_http->get(QStringLiteral("/api/admin/ocr/stats?period=30d"), m_frManager);
        QCOMPARE(frStats.json.value(QLatin1StringView("total")).toInteger(), fr);
        QCOMPARE(frStats.json.value(QLatin1StringView("engines")).toArray().size(), 2);
        // Commercials: 403; a bad period: 400.
        const HttpReply forbidden = m_http->get(QStringLiteral("/api/admin/ocr/stats"), m_frCommercial);
        QCOMPARE(forbidden.status, 403);
        QVERIFY(forbidden.errorMessage().contains(QStringLiteral("réservé")));
        QCOMPARE(m_http->get(QStringLiteral("/api/admin/ocr/stats?period=1y"), m_admin).status, 400);

        // Row-level security underneath: a commercial reads their own rows only, and cannot
        // write a row in someone else's name.
        auto own = m_server.execAs(m_beCommercialId, QStringLiteral("SELECT count(*) AS n FROM ocr_requests"));
        QVERIFY(own);
        QCOMPARE(own->toInt(0, "n"), 8);
        auto forged = m_server.execAs(m_beCommercialId,
                                      QStringLiteral("INSERT INTO ocr_requests (organization_id, user_id, engine, status, duration_ms) "
                                                     "VALUES ($1, $2, 'tesseract', 'success', 5)"),
                                      {m_server.organizationId(), m_frCommercialId});
        QVERIFY(!forged);
        auto deleted = m_server.execAs(m_adminId, QStringLiteral("DELETE FROM ocr_requests"));
        QVERIFY(!deleted); // no DELETE grant
    }
};

QTEST_GUILESS_MAIN(TestOcrApi)
#include "tst_ocr_api.moc"
