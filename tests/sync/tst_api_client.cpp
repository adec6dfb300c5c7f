#include "FakeHector.h"
#include "HttpDouble.h"
#include "sync/ApiClient.h"
#include "sync/ServerAddress.h"

#include <QSslSocket>
#include <QTest>
#include <optional>

using namespace hector;
using namespace hector::sync;
using namespace hector::test;
using namespace Qt::StringLiterals;

namespace {

template<typename T>
struct Capture
{
    std::optional<Result<T>> value;
    ApiClient::Callback<T> callback()
    {
        return [this](Result<T> r) {
            value.emplace(std::move(r));
        };
    }
};

QJsonObject tokensJson()
{
    return QJsonObject{{u"accessToken"_s, u"acc"_s},
                       {u"expiresIn"_s, 900},
                       {u"refreshToken"_s, u"ref"_s},
                       {u"refreshExpiresAt"_s, u"2026-12-25T10:00:00.000Z"_s},
                       {u"rememberMe"_s, true},
                       {u"user"_s,
                        QJsonObject{{u"id"_s, u"u1"_s},
                                    {u"email"_s, u"alice@example.com"_s},
                                    {u"firstName"_s, u"Alice"_s},
                                    {u"lastName"_s, u"Martin"_s},
                                    {u"role"_s, u"admin"_s},
                                    {u"organizationName"_s, u"Démo"_s},
                                    {u"entityName"_s, u"France"_s},
                                    {u"entityCountry"_s, u"FR"_s}}}};
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    HttpDouble *m_double = nullptr;
    ApiClient *m_api = nullptr;

    void serve(HttpDouble::Handler handler) { m_double->setHandler(std::move(handler)); }

private slots:
    void init()
    {
        m_double = new HttpDouble(this);
        QVERIFY(m_double->listen());
        m_api = new ApiClient(this);
        m_api->setBaseUrl(m_double->baseUrl());
    }

    void cleanup()
    {
        delete m_api;
        delete m_double;
    }

    void healthOk()
    {
        FakeHector fake;
        QVERIFY(fake.start());
        m_api->setBaseUrl(fake.baseUrl());
        Capture<HealthInfo> c;
        m_api->health(this, c.callback());
        QTRY_VERIFY(c.value.has_value());
        QVERIFY(c.value->ok());
        QCOMPARE((*c.value)->version, u"0.1.0"_s);
        QVERIFY((*c.value)->databaseOk);
    }

    void healthDatabaseDown()
    {
        FakeHector fake;
        fake.databaseOk = false;
        QVERIFY(fake.start());
        m_api->setBaseUrl(fake.baseUrl());
        Capture<HealthInfo> c;
        m_api->health(this, c.callback());
        QTRY_VERIFY(c.value.has_value());
        QVERIFY(c.value->ok());
        QVERIFY(!(*c.value)->databaseOk);
    }

    void loginSendsJsonAndParsesTokens()
    {
        serve([](const HttpRequest &) { return HttpResponse::json(200, tokensJson()); });
        Capture<AuthTokensDto> c;
        m_api->login(u"alice@example.com"_s, u"secret12345"_s, true, this, c.callback());
        QTRY_VERIFY(c.value.has_value());
        QVERIFY(c.value->ok());
        const AuthTokensDto &tokens = **c.value;
        QCOMPARE(tokens.accessToken, u"acc"_s);
        QCOMPARE(tokens.refreshToken, u"ref"_s);
        QCOMPARE(tokens.accessExpiresIn, 900);
        QCOMPARE(tokens.user.role, Role::Admin);

        QCOMPARE(m_double->requests().size(), 1);
        const HttpRequest request = m_double->requests().constFirst();
        QCOMPARE(request.method, QByteArrayLiteral("POST"));
        QCOMPARE(request.path, u"/api/auth/login"_s);
        QVERIFY(request.header("content-type").startsWith("application/json"));
        QCOMPARE(request.json().value(u"email"_s).toString(), u"alice@example.com"_s);
        QCOMPARE(request.json().value(u"password"_s).toString(), u"secret12345"_s);
        QCOMPARE(request.json().value(u"rememberMe"_s).toBool(), true);
        QVERIFY(request.header("authorization").isEmpty());
    }

    void serverErrorIsPassedThrough()
    {
        serve([](const HttpRequest &) {
            return HttpResponse::error(
                401, u"invalid_credentials"_s, u"Adresse e-mail ou mot de passe incorrect."_s);
        });
        Capture<AuthTokensDto> c;
        m_api->login(u"a@example.com"_s, u"x"_s, false, this, c.callback());
        QTRY_VERIFY(c.value.has_value());
        QVERIFY(!c.value->ok());
        QCOMPARE(c.value->error().code, u"invalid_credentials"_s);
        QCOMPARE(c.value->error().message, u"Adresse e-mail ou mot de passe incorrect."_s);
    }

    void serverErrorDetailsAreKept()
    {
        serve([](const HttpRequest &) {
            HttpResponse r = HttpResponse::json(
                429,
                QJsonObject{{u"error"_s,
                             QJsonObject{{u"code"_s, u"too_many_attempts"_s},
                                         {u"message"_s, u"Réessayez à 10 h 15."_s},
                                         {u"retryAt"_s, u"2026-01-01T10:15:00.000Z"_s}}}});
            r.extraHeaders.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("900")});
            return r;
        });
        Capture<AuthTokensDto> c;
        m_api->login(u"a@example.com"_s, u"x"_s, false, this, c.callback());
        QTRY_VERIFY(c.value.has_value());
        QCOMPARE(c.value->error().code, u"too_many_attempts"_s);
        QCOMPARE(c.value->error().message, u"Réessayez à 10 h 15."_s);
        QCOMPARE(c.value->error().details.value(u"retryAt"_s).toString(),
                 u"2026-01-01T10:15:00.000Z"_s);
    }

    void serverErrorWithoutMessageGetsOne()
    {
        serve([](const HttpRequest &) { return HttpResponse::error(400, u"weird_case"_s, {}); });
        Capture<QString> c;
        m_api->forgotPassword(u"a@example.com"_s, this, c.callback());
        QTRY_VERIFY(c.value.has_value());
        QCOMPARE(c.value->error().code, u"weird_case"_s);
        QVERIFY(c.value->error().message.contains(u"weird_case"_s));
    }

    void nonJsonAnswerIsNotHector_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("type");
        QTest::newRow("html 200") << 200 << QByteArrayLiteral("<html><body>It works!</body></html>")
                                  << QByteArrayLiteral("text/html");
        QTest::newRow("html 404") << 404 << QByteArrayLiteral("<html>Not Found</html>")
                                  << QByteArrayLiteral("text/html");
        QTest::newRow("foreign json 200") << 200 << QByteArrayLiteral("{\"hello\":\"world\"}")
                                          << QByteArrayLiteral("application/json");
        QTest::newRow("json array")
            << 200 << QByteArrayLiteral("[1,2,3]") << QByteArrayLiteral("application/json");
        QTest::newRow("foreign json 401") << 401 << QByteArrayLiteral("{\"detail\":\"nope\"}")
                                          << QByteArrayLiteral("application/json");
        QTest::newRow("empty 200") << 200 << QByteArray() << QByteArrayLiteral("text/plain");
    }

    void nonJsonAnswerIsNotHector()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, type);
        serve([=](const HttpRequest &) { return HttpResponse::raw(status, body, type); });

        Capture<AuthTokensDto> login;
        m_api->login(u"a@example.com"_s, u"x"_s, false, this, login.callback());
        QTRY_VERIFY(login.value.has_value());
        QVERIFY(!login.value->ok());
        QCOMPARE(login.value->error().code, QString(errors::notHectorServer));
        QVERIFY2(login.value->error().message.startsWith(
                     u"Le serveur à cette adresse ne répond pas comme un serveur Hector."_s),
                 qPrintable(login.value->error().message));

        Capture<HealthInfo> health;
        m_api->health(this, health.callback());
        QTRY_VERIFY(health.value.has_value());
        QCOMPARE(health.value->error().code, QString(errors::notHectorServer));
    }

    void badGatewayIsServerUnavailable()
    {
        serve([](const HttpRequest &) {
            return HttpResponse::raw(
                502, QByteArrayLiteral("<html>Bad Gateway</html>"), QByteArrayLiteral("text/html"));
        });
        Capture<HealthInfo> c;
        m_api->health(this, c.callback());
        QTRY_VERIFY(c.value.has_value());
        QCOMPARE(c.value->error().code, QString(errors::serverUnavailable));
        QVERIFY(c.value->error().message.contains(u"momentanément indisponible"_s));
    }

    void closedPortGivesClearError()
    {
        QUrl url = m_double->baseUrl();
        url.setPort(closedLoopbackPort());
        m_api->setBaseUrl(url);
        Capture<AuthTokensDto> c;
        m_api->login(u"a@example.com"_s, u"x"_s, false, this, c.callback());
        QTRY_VERIFY_WITH_TIMEOUT(c.value.has_value(), 20000);
        QVERIFY(!c.value->ok());
        const Error &e = c.value->error();
        QCOMPARE(e.code, QString(errors::connectionRefused));
        QVERIFY2(e.message.startsWith(u"Impossible de joindre le serveur %1"_s.arg(url.toString())),
                 qPrintable(e.message));
        QVERIFY(e.message.endsWith(u"Vérifiez l'adresse et votre connexion."_s));
        QVERIFY(errors::isConnectivityError(e));
    }

    void invalidBaseUrl()
    {
        m_api->setBaseUrl(QUrl());
        Capture<HealthInfo> c;
        m_api->health(this, c.callback());
        QVERIFY(!c.value.has_value()); // always asynchronous
        QTRY_VERIFY(c.value.has_value());
        QCOMPARE(c.value->error().code, QString(errors::invalidServerUrl));
        QVERIFY(c.value->error().message.startsWith(u"L'adresse du serveur n'est pas valide : "_s));

        m_api->setBaseUrl(QUrl(u"ftp://example.com"_s));
        Capture<HealthInfo> c2;
        m_api->health(this, c2.callback());
        QTRY_VERIFY(c2.value.has_value());
        QCOMPARE(c2.value->error().code, QString(errors::invalidServerUrl));
        QCOMPARE(m_double->requests().size(), 0);
    }

    void normalizedAddressReachesTheServer()
    {
        serve([](const HttpRequest &) {
            return HttpResponse::json(200,
                                      QJsonObject{{u"status"_s, u"ok"_s},
                                                  {u"version"_s, u"9.9"_s},
                                                  {u"database"_s, u"ok"_s}});
        });
        const auto url = normalizeServerUrl(u"localhost:%1"_s.arg(m_double->port()));
        QVERIFY(url.ok());
        QCOMPARE(url->scheme(), u"http"_s);
        // "localhost" may resolve to ::1 first; the double listens on 127.0.0.1 only.
        QUrl ipv4 = *url;
        ipv4.setHost(u"127.0.0.1"_s);
        m_api->setBaseUrl(ipv4);
        Capture<HealthInfo> c;
        m_api->health(this, c.callback());
        QTRY_VERIFY(c.value.has_value());
        QVERIFY(c.value->ok());
        QCOMPARE((*c.value)->version, u"9.9"_s);
    }

    void timeoutGivesClearError()
    {
        serve([](const HttpRequest &) {
            HttpResponse r;
            r.hang = true;
            return r;
        });
        m_api->setTimeout(std::chrono::milliseconds(400));
        Capture<HealthInfo> c;
        m_api->health(this, c.callback());
        QTRY_VERIFY_WITH_TIMEOUT(c.value.has_value(), 10000);
        QCOMPARE(c.value->error().code, QString(errors::timeout));
        QVERIFY(c.value->error().message.startsWith(u"Impossible de joindre le serveur"_s));
        QVERIFY(c.value->error().message.contains(u"n'a pas répondu"_s));
    }

    void droppedConnection()
    {
        serve([](const HttpRequest &) {
            HttpResponse r;
            r.closeWithoutReply = true;
            return r;
        });
        Capture<HealthInfo> c;
        m_api->health(this, c.callback());
        QTRY_VERIFY_WITH_TIMEOUT(c.value.has_value(), 10000);
        QVERIFY(!c.value->ok());
        QVERIFY(errors::isConnectivityError(c.value->error()));
        QVERIFY(c.value->error().message.startsWith(u"Impossible de joindre le serveur"_s));
    }

    void httpsToPlainHttpServer()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("No TLS backend available");
        serve([](const HttpRequest &) { return HttpResponse::json(200, {}); });
        QUrl url = m_double->baseUrl();
        url.setScheme(u"https"_s);
        m_api->setBaseUrl(url);
        Capture<HealthInfo> c;
        m_api->health(this, c.callback());
        QTRY_VERIFY_WITH_TIMEOUT(c.value.has_value(), 10000);
        QVERIFY(!c.value->ok());
        QCOMPARE(c.value->error().code, QString(errors::tlsError));
        QVERIFY2(c.value->error().message.contains(u"http://"_s),
                 qPrintable(c.value->error().message));
    }

    void bearerTokenAndUser()
    {
        serve([](const HttpRequest &) {
            return HttpResponse::json(200, QJsonObject{{u"user"_s, tokensJson().value(u"user"_s)}});
        });
        Capture<UserDto> c;
        m_api->currentUser(u"tok-123"_s, this, c.callback());
        QTRY_VERIFY(c.value.has_value());
        QVERIFY(c.value->ok());
        QCOMPARE((*c.value)->displayName(), u"Alice Martin"_s);
        const HttpRequest request = m_double->requests().constFirst();
        QCOMPARE(request.method, QByteArrayLiteral("GET"));
        QCOMPARE(request.path, u"/api/auth/user"_s);
        QCOMPARE(request.bearer(), u"tok-123"_s);
    }

    void pathPrefixIsKept()
    {
        serve([](const HttpRequest &) {
            return HttpResponse::json(200,
                                      QJsonObject{{u"status"_s, u"ok"_s},
                                                  {u"version"_s, u"1"_s},
                                                  {u"database"_s, u"ok"_s}});
        });
        QUrl url = m_double->baseUrl();
        url.setPath(u"/hector/"_s);
        m_api->setBaseUrl(url);
        Capture<HealthInfo> c;
        m_api->health(this, c.callback());
        QTRY_VERIFY(c.value.has_value());
        QVERIFY(c.value->ok());
        QCOMPARE(m_double->requests().constFirst().path, u"/hector/api/health"_s);
    }

    void passwordEndpoints()
    {
        FakeHector fake;
        QVERIFY(fake.start());
        m_api->setBaseUrl(fake.baseUrl());

        Capture<QString> forgot;
        m_api->forgotPassword(u"alice@example.com"_s, this, forgot.callback());
        QTRY_VERIFY(forgot.value.has_value());
        QVERIFY(forgot.value->ok());
        QVERIFY(!(*forgot.value)->isEmpty());

        Capture<QString> wrong;
        m_api->resetPassword(u"nope"_s, u"nouveau12345"_s, this, wrong.callback());
        QTRY_VERIFY(wrong.value.has_value());
        QCOMPARE(wrong.value->error().code, u"token_invalid"_s);

        Capture<QString> reset;
        m_api->resetPassword(fake.resetCode, u"nouveau12345"_s, this, reset.callback());
        QTRY_VERIFY(reset.value.has_value());
        QVERIFY(reset.value->ok());
        QCOMPARE(fake.lastResetPassword(), u"nouveau12345"_s);

        Capture<QString> again;
        m_api->resetPassword(fake.resetCode, u"nouveau12345"_s, this, again.callback());
        QTRY_VERIFY(again.value.has_value());
        QCOMPARE(again.value->error().code, u"token_used"_s);

        Capture<AuthTokensDto> invite;
        AcceptInviteRequest request;
        request.token = fake.inviteCode;
        request.password = u"bienvenue123"_s;
        request.firstName = u" Bruno "_s;
        request.rememberMe = true;
        m_api->acceptInvite(request, this, invite.callback());
        QTRY_VERIFY(invite.value.has_value());
        QVERIFY(invite.value->ok());
        QCOMPARE((*invite.value)->user.firstName, u"Bruno"_s);
        const QJsonObject sent = fake.http().requests().constLast().json();
        QVERIFY(!sent.contains(u"lastName"_s));
        QCOMPARE(sent.value(u"rememberMe"_s).toBool(), true);
    }

    void callbackDroppedWithItsContext()
    {
        serve([](const HttpRequest &) { return HttpResponse::json(200, tokensJson()); });
        auto *context = new QObject;
        bool called = false;
        m_api->login(
            u"a@example.com"_s, u"x"_s, false, context, [&called](const Result<AuthTokensDto> &) {
                called = true;
            });
        delete context;
        QTRY_COMPARE(m_double->requests().size(), 1);
        QTest::qWait(200);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_api_client.moc"
