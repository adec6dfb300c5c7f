// Integration tests of module 1 (authentication) against a real server and PostgreSQL.
#include "HttpTestClient.h"
#include "core/Dto.h"
#include "db/Database.h"
#include "services/Clock.h"
#include "tests/support/TestServer.h"

#include <QtTest>

using namespace hector;
using namespace hector::test;

namespace {
const QString kPassword = QStringLiteral("Secur1te-Hector");

QJsonObject loginBody(const QString &email, const QString &password, bool remember = false)
{
    return QJsonObject{{QStringLiteral("email"), email},
                       {QStringLiteral("password"), password},
                       {QStringLiteral("rememberMe"), remember}};
}
} // namespace

class TestAuthApi : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<HttpTestClient> m_http;
    int m_counter = 0;

    QString newEmail(const QString &prefix)
    {
        return QStringLiteral("%1.%2@adsgroup-security.com").arg(prefix).arg(++m_counter);
    }
    QString newUser(const QString &prefix, Role role = Role::Commercial, bool active = true)
    {
        const QString email = newEmail(prefix);
        const QString id = m_server.createUser(email, kPassword, role, QStringLiteral("FR"), active);
        Q_ASSERT(!id.isEmpty());
        return email;
    }
    QJsonObject login(const QString &email, bool remember = false)
    {
        const HttpReply r = m_http->post(QStringLiteral("/api/auth/login"), loginBody(email, kPassword, remember));
        if (r.status != 200)
            qWarning() << "login failed" << r.status << r.body;
        return r.json;
    }
    int auditCount(const QString &action, const QString &email)
    {
        auto conn = m_server.database().connection();
        auto r = (*conn)->exec(QStringLiteral("SELECT count(*) AS n FROM audit_logs WHERE action = $1 AND "
                                              "actor_email = $2 AND ip = '127.0.0.1'"),
                               {action, email});
        return r ? int(r->toInt(0, "n")) : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), "the test server must start (embedded PostgreSQL)");
        m_http = std::make_unique<HttpTestClient>(m_server.baseUrl());
    }
    void cleanupTestCase() { m_server.stop(); }
    void init()
    {
        // Each test starts with the real time and no failed-login counters (all requests come
        // from 127.0.0.1, so the per-IP counter would otherwise carry over between tests).
        m_server.clock().set(QDateTime::currentDateTimeUtc());
        auto conn = m_server.database().connection();
        QVERIFY((*conn)->exec(QStringLiteral("DELETE FROM login_throttle")).ok());
    }

    void health()
    {
        const HttpReply r = m_http->get(QStringLiteral("/api/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1StringView("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(r.json.value(QLatin1StringView("database")).toString(), QStringLiteral("ok"));
    }

    void unknownRouteIsJson404()
    {
        const HttpReply r = m_http->get(QStringLiteral("/api/nope"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
    }

    void malformedJsonIs400()
    {
        const HttpReply r = m_http->send("POST", QStringLiteral("/api/auth/login"), {}, {}, "{not json");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_request"));
        QVERIFY(!r.errorMessage().isEmpty());
    }

    void loginReturnsTokensAndUser()
    {
        const QString email = newUser(QStringLiteral("login"));
        const QJsonObject tokens = login(email);
        const auto dto = AuthTokensDto::fromJson(tokens);
        QVERIFY(dto.has_value());
        QCOMPARE(dto->user.email, email);
        QCOMPARE(dto->user.entityName, QStringLiteral("France"));
        QCOMPARE(dto->user.entityCountry, QStringLiteral("FR"));
        QCOMPARE(dto->accessExpiresIn, 15 * 60);
        const HttpReply me = m_http->get(QStringLiteral("/api/auth/user"), dto->accessToken);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json.value(QLatin1StringView("user")).toObject().value(QLatin1StringView("email")).toString(),
                 email);
        QCOMPARE(auditCount(QStringLiteral("LOGIN"), email), 1);
    }

    void loginIsCaseInsensitiveOnEmail()
    {
        const QString email = newUser(QStringLiteral("case"));
        const HttpReply r = m_http->post(QStringLiteral("/api/auth/login"), loginBody(email.toUpper(), kPassword));
        QCOMPARE(r.status, 200);
    }

    void rememberMeLifetimes()
    {
        const QString email = newUser(QStringLiteral("remember"));
        const QDateTime now = m_server.clock().now();
        const auto remembered = AuthTokensDto::fromJson(login(email, true));
        const auto session = AuthTokensDto::fromJson(login(email, false));
        QVERIFY(remembered && session);
        QVERIFY(remembered->rememberMe);
        QVERIFY(qAbs(remembered->refreshExpiresAt.secsTo(now.addDays(30))) < 5);
        QVERIFY(qAbs(session->refreshExpiresAt.secsTo(now.addSecs(12 * 3600))) < 5);
    }

    void wrongPasswordIsGenericFrenchError()
    {
        const QString email = newUser(QStringLiteral("wrong"));
        const HttpReply r = m_http->post(QStringLiteral("/api/auth/login"), loginBody(email, QStringLiteral("nope-nope-1")));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_credentials"));
        QVERIFY(r.errorMessage().contains(QStringLiteral("incorrect")));
        // Unknown accounts get exactly the same answer.
        const HttpReply unknown = m_http->post(QStringLiteral("/api/auth/login"),
                                               loginBody(QStringLiteral("ghost@adsgroup-security.com"), kPassword));
        QCOMPARE(unknown.status, 401);
        QCOMPARE(unknown.errorMessage(), r.errorMessage());
        QCOMPARE(auditCount(QStringLiteral("LOGIN_FAILED"), email), 1);
    }

    void accountLockoutAfterFiveFailures()
    {
        const QString email = newUser(QStringLiteral("lock"));
        for (int i = 1; i <= 4; ++i) {
            const HttpReply r = m_http->post(QStringLiteral("/api/auth/login"), loginBody(email, QStringLiteral("bad-pass-%1").arg(i)));
            QCOMPARE(r.status, 401);
            if (i >= 3)
                QVERIFY2(r.errorMessage().contains(QStringLiteral("tentative")), qPrintable(r.errorMessage()));
        }
        const HttpReply fifth = m_http->post(QStringLiteral("/api/auth/login"), loginBody(email, QStringLiteral("bad-pass-5")));
        QCOMPARE(fifth.status, 429);
        QCOMPARE(fifth.errorCode(), QStringLiteral("too_many_attempts"));
        QVERIFY(fifth.headers.contains("retry-after"));
        const int retryAfter = fifth.headers.value("retry-after").toInt();
        QVERIFY2(retryAfter > 14 * 60 && retryAfter <= 15 * 60, fifth.headers.value("retry-after").constData());
        QVERIFY(fifth.errorMessage().contains(QStringLiteral("Réessayez à")));
        const QDateTime retryAt = QDateTime::fromString(
            fifth.json.value(QLatin1StringView("error")).toObject().value(QLatin1StringView("retryAt")).toString(),
            Qt::ISODateWithMs);
        QVERIFY(retryAt.isValid());

        // Even the right password is refused while locked.
        HttpReply locked = m_http->post(QStringLiteral("/api/auth/login"), loginBody(email, kPassword));
        QCOMPARE(locked.status, 429);

        m_server.clock().advance(14 * 60);
        locked = m_http->post(QStringLiteral("/api/auth/login"), loginBody(email, kPassword));
        QCOMPARE(locked.status, 429);

        m_server.clock().advance(61);
        const HttpReply ok = m_http->post(QStringLiteral("/api/auth/login"), loginBody(email, kPassword));
        QCOMPARE(ok.status, 200);
    }

    void failuresOutsideTheWindowDoNotAccumulate()
    {
        const QString email = newUser(QStringLiteral("window"));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(m_http->post(QStringLiteral("/api/auth/login"), loginBody(email, QStringLiteral("bad-pass-x"))).status, 401);
        m_server.clock().advance(16 * 60);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(m_http->post(QStringLiteral("/api/auth/login"), loginBody(email, QStringLiteral("bad-pass-y"))).status, 401);
        QCOMPARE(m_http->post(QStringLiteral("/api/auth/login"), loginBody(email, kPassword)).status, 200);
    }

    void ipLockoutAcrossAccounts()
    {
        // Reset the loopback IP counter left by the previous tests.
        auto conn = m_server.database().connection();
        QVERIFY((*conn)->exec(QStringLiteral("DELETE FROM login_throttle")).ok());
        for (int i = 0; i < 5; ++i) {
            const HttpReply r = m_http->post(QStringLiteral("/api/auth/login"),
                                             loginBody(newEmail(QStringLiteral("spray")), QStringLiteral("Guess-123456")));
            QCOMPARE(r.status, i < 4 ? 401 : 429);
        }
        const QString victim = newUser(QStringLiteral("victim"));
        const HttpReply r = m_http->post(QStringLiteral("/api/auth/login"), loginBody(victim, kPassword));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.errorCode(), QStringLiteral("too_many_attempts"));
        m_server.clock().advance(15 * 60 + 1);
        QCOMPARE(m_http->post(QStringLiteral("/api/auth/login"), loginBody(victim, kPassword)).status, 200);
        QVERIFY((*conn)->exec(QStringLiteral("DELETE FROM login_throttle")).ok());
    }

    void disabledAccountCannotLogIn()
    {
        const QString email = newUser(QStringLiteral("disabled"), Role::Commercial, false);
        const HttpReply r = m_http->post(QStringLiteral("/api/auth/login"), loginBody(email, kPassword));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("account_disabled"));
    }

    void refreshRotatesAndDetectsReuse()
    {
        const QString email = newUser(QStringLiteral("rotate"));
        const auto first = AuthTokensDto::fromJson(login(email, true));
        QVERIFY(first);
        const HttpReply r1 = m_http->post(QStringLiteral("/api/auth/refresh"),
                                          QJsonObject{{QStringLiteral("refreshToken"), first->refreshToken}});
        QCOMPARE(r1.status, 200);
        const auto second = AuthTokensDto::fromJson(r1.json);
        QVERIFY(second);
        QVERIFY(second->refreshToken != first->refreshToken);
        QCOMPARE(m_http->get(QStringLiteral("/api/auth/user"), second->accessToken).status, 200);

        // Replaying the spent token closes the whole session.
        const HttpReply replay = m_http->post(QStringLiteral("/api/auth/refresh"),
                                              QJsonObject{{QStringLiteral("refreshToken"), first->refreshToken}});
        QCOMPARE(replay.status, 401);
        QCOMPARE(replay.errorCode(), QStringLiteral("session_revoked"));
        const HttpReply after = m_http->post(QStringLiteral("/api/auth/refresh"),
                                             QJsonObject{{QStringLiteral("refreshToken"), second->refreshToken}});
        QCOMPARE(after.status, 401);
        QCOMPARE(m_http->get(QStringLiteral("/api/auth/user"), second->accessToken).status, 401);
    }

    void garbageRefreshTokenIs401()
    {
        const HttpReply r = m_http->post(QStringLiteral("/api/auth/refresh"),
                                         QJsonObject{{QStringLiteral("refreshToken"), QStringLiteral("abc")}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_refresh_token"));
    }

    void accessTokenExpires()
    {
        const QString email = newUser(QStringLiteral("expiry"));
        const auto t = AuthTokensDto::fromJson(login(email));
        QVERIFY(t);
        m_server.clock().advance(15 * 60 + 1);
        const HttpReply r = m_http->get(QStringLiteral("/api/auth/user"), t->accessToken);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("token_expired"));
        // The refresh token still works and gives a fresh access token.
        const HttpReply refreshed = m_http->post(QStringLiteral("/api/auth/refresh"),
                                                 QJsonObject{{QStringLiteral("refreshToken"), t->refreshToken}});
        QCOMPARE(refreshed.status, 200);
    }

    void sessionOnlyRefreshExpiresAfter12Hours()
    {
        const QString email = newUser(QStringLiteral("session"));
        const auto t = AuthTokensDto::fromJson(login(email, false));
        QVERIFY(t);
        m_server.clock().advance(12 * 3600 + 1);
        const HttpReply r = m_http->post(QStringLiteral("/api/auth/refresh"),
                                         QJsonObject{{QStringLiteral("refreshToken"), t->refreshToken}});
        QCOMPARE(r.status, 401);
    }

    void tamperedTokenIsRejected()
    {
        const QString email = newUser(QStringLiteral("tamper"));
        const auto t = AuthTokensDto::fromJson(login(email));
        QVERIFY(t);
        QString forged = t->accessToken;
        forged[forged.size() - 2] = forged.at(forged.size() - 2) == u'A' ? u'B' : u'A';
        QCOMPARE(m_http->get(QStringLiteral("/api/auth/user"), forged).status, 401);
        QCOMPARE(m_http->get(QStringLiteral("/api/auth/user")).status, 401);
    }

    void logoutRevokesSession()
    {
        const QString email = newUser(QStringLiteral("logout"));
        const auto t = AuthTokensDto::fromJson(login(email, true));
        QVERIFY(t);
        const HttpReply out = m_http->post(QStringLiteral("/api/auth/logout"), {}, t->accessToken);
        QCOMPARE(out.status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/api/auth/user"), t->accessToken).status, 401);
        const HttpReply r = m_http->post(QStringLiteral("/api/auth/refresh"),
                                         QJsonObject{{QStringLiteral("refreshToken"), t->refreshToken}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("session_revoked"));
        QCOMPARE(auditCount(QStringLiteral("LOGOUT"), email), 1);
    }

    void registerIsAdminOnly()
    {
        const auto commercial = AuthTokensDto::fromJson(login(newUser(QStringLiteral("notadmin"))));
        QVERIFY(commercial);
        const QJsonObject body{{QStringLiteral("email"), newEmail(QStringLiteral("new"))},
                               {QStringLiteral("role"), QStringLiteral("commercial")},
                               {QStringLiteral("entityId"), m_server.entityId(QStringLiteral("FR"))},
                               {QStringLiteral("password"), kPassword}};
        const HttpReply r = m_http->post(QStringLiteral("/api/auth/register"), body, commercial->accessToken);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
        QCOMPARE(m_http->post(QStringLiteral("/api/auth/register"), body).status, 401);
    }

    void registerValidatesInput_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("validEntity");
        QTest::addColumn<QString>("code");
        QTest::newRow("foreign domain") << QStringLiteral("jean@gmail.com") << QStringLiteral("commercial") << kPassword << true << QStringLiteral("domain_not_allowed");
        QTest::newRow("look-alike domain") << QStringLiteral("jean@adsgroup-security.com.evil.fr") << QStringLiteral("commercial") << kPassword << true << QStringLiteral("domain_not_allowed");
        QTest::newRow("bad email") << QStringLiteral("jean@") << QStringLiteral("commercial") << kPassword << true << QStringLiteral("invalid_email");
        QTest::newRow("bad role") << QStringLiteral("jean.r@adsgroup-security.com") << QStringLiteral("boss") << kPassword << true << QStringLiteral("invalid_role");
        QTest::newRow("weak password") << QStringLiteral("jean.w@adsgroup-security.com") << QStringLiteral("commercial") << QStringLiteral("short1") << true << QStringLiteral("weak_password");
        QTest::newRow("bad entity") << QStringLiteral("jean.e@adsgroup-security.com") << QStringLiteral("commercial") << kPassword << false << QStringLiteral("invalid_entity");
    }
    void registerValidatesInput()
    {
        QFETCH(QString, email);
        QFETCH(QString, role);
        QFETCH(QString, password);
        QFETCH(bool, validEntity);
        QFETCH(QString, code);
        const auto admin = AuthTokensDto::fromJson(login(newUser(QStringLiteral("admin"), Role::Admin)));
        QVERIFY(admin);
        const HttpReply r = m_http->post(
            QStringLiteral("/api/auth/register"),
            QJsonObject{{QStringLiteral("email"), email},
                        {QStringLiteral("role"), role},
                        {QStringLiteral("entityId"), validEntity ? m_server.entityId(QStringLiteral("LU"))
                                                                 : QStringLiteral("00000000-0000-0000-0000-000000000000")},
                        {QStringLiteral("password"), password}},
            admin->accessToken);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), code);
        QVERIFY(!r.errorMessage().isEmpty());
    }

    void registerWithPasswordThenLogin()
    {
        const auto admin = AuthTokensDto::fromJson(login(newUser(QStringLiteral("admin"), Role::Admin)));
        QVERIFY(admin);
        const QString email = newEmail(QStringLiteral("registered"));
        const HttpReply r = m_http->post(
            QStringLiteral("/api/auth/register"),
            QJsonObject{{QStringLiteral("email"), email},
                        {QStringLiteral("firstName"), QStringLiteral("Léa")},
                        {QStringLiteral("lastName"), QStringLiteral("Dupont")},
                        {QStringLiteral("role"), QStringLiteral("assistant")},
                        {QStringLiteral("entityId"), m_server.entityId(QStringLiteral("BE"))},
                        {QStringLiteral("password"), kPassword}},
            admin->accessToken);
        QCOMPARE(r.status, 201);
        QVERIFY(!r.json.contains(QLatin1StringView("invitation")));
        const auto t = AuthTokensDto::fromJson(login(email));
        QVERIFY(t);
        QCOMPARE(t->user.role, Role::Assistant);
        QCOMPARE(t->user.entityName, QStringLiteral("Belgique"));
        QCOMPARE(t->user.firstName, QStringLiteral("Léa"));
        // Same address again: conflict.
        const HttpReply again = m_http->post(
            QStringLiteral("/api/auth/register"),
            QJsonObject{{QStringLiteral("email"), email.toUpper()},
                        {QStringLiteral("role"), QStringLiteral("assistant")},
                        {QStringLiteral("entityId"), m_server.entityId(QStringLiteral("BE"))}},
            admin->accessToken);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), QStringLiteral("email_taken"));
    }

    void invitationFlow()
    {
        const QString adminEmail = newUser(QStringLiteral("admin"), Role::Admin);
        const auto admin = AuthTokensDto::fromJson(login(adminEmail));
        QVERIFY(admin);
        const QString email = newEmail(QStringLiteral("invited"));
        const HttpReply r = m_http->post(
            QStringLiteral("/api/auth/register"),
            QJsonObject{{QStringLiteral("email"), email},
                        {QStringLiteral("role"), QStringLiteral("manager")},
                        {QStringLiteral("entityId"), m_server.entityId(QStringLiteral("FR"))}},
            admin->accessToken);
        QCOMPARE(r.status, 201);
        const QJsonObject invitation = r.json.value(QLatin1StringView("invitation")).toObject();
        QVERIFY(invitation.value(QLatin1StringView("emailSent")).toBool());
        const QString mail = m_server.lastEmailTo(email);
        QVERIFY2(mail.contains(QStringLiteral("J'ai une invitation")), qPrintable(mail));
        const QString code = TestServer::extractCode(mail);
        QCOMPARE(code.size(), 43);

        // No password yet: cannot log in.
        QCOMPARE(m_http->post(QStringLiteral("/api/auth/login"), loginBody(email, kPassword)).status, 401);

        const QJsonObject accept{{QStringLiteral("token"), code},
                                 {QStringLiteral("password"), kPassword},
                                 {QStringLiteral("firstName"), QStringLiteral("Zoé")},
                                 {QStringLiteral("lastName"), QStringLiteral("Lefèvre")}};
        const HttpReply weak = m_http->post(QStringLiteral("/api/auth/accept-invite"),
                                            QJsonObject{{QStringLiteral("token"), code},
                                                        {QStringLiteral("password"), QStringLiteral("abc")}});
        QCOMPARE(weak.status, 422);
        const HttpReply ok = m_http->post(QStringLiteral("/api/auth/accept-invite"), accept);
        QCOMPARE(ok.status, 200);
        const auto t = AuthTokensDto::fromJson(ok.json);
        QVERIFY(t);
        QCOMPARE(t->user.firstName, QStringLiteral("Zoé"));
        QCOMPARE(t->user.role, Role::Manager);
        QCOMPARE(m_http->get(QStringLiteral("/api/auth/user"), t->accessToken).status, 200);

        const HttpReply reused = m_http->post(QStringLiteral("/api/auth/accept-invite"), accept);
        QCOMPARE(reused.status, 400);
        QCOMPARE(reused.errorCode(), QStringLiteral("token_used"));
        QCOMPARE(m_http->post(QStringLiteral("/api/auth/login"), loginBody(email, kPassword)).status, 200);
    }

    void invitationExpiresAfterSevenDays()
    {
        const auto admin = AuthTokensDto::fromJson(login(newUser(QStringLiteral("admin"), Role::Admin)));
        QVERIFY(admin);
        const QString email = newEmail(QStringLiteral("late"));
        QCOMPARE(m_http->post(QStringLiteral("/api/auth/register"),
                              QJsonObject{{QStringLiteral("email"), email},
                                          {QStringLiteral("role"), QStringLiteral("commercial")},
                                          {QStringLiteral("entityId"), m_server.entityId(QStringLiteral("FR"))}},
                              admin->accessToken)
                     .status,
                 201);
        const QString code = TestServer::extractCode(m_server.lastEmailTo(email));
        m_server.clock().advance(7 * 24 * 3600 + 1);
        const HttpReply r = m_http->post(QStringLiteral("/api/auth/accept-invite"),
                                         QJsonObject{{QStringLiteral("token"), code}, {QStringLiteral("password"), kPassword}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("token_expired"));
        const HttpReply bogus = m_http->post(QStringLiteral("/api/auth/accept-invite"),
                                             QJsonObject{{QStringLiteral("token"), QStringLiteral("not-a-code")},
                                                         {QStringLiteral("password"), kPassword}});
        QCOMPARE(bogus.status, 400);
        QCOMPARE(bogus.errorCode(), QStringLiteral("token_invalid"));
    }

    void forgotPasswordDoesNotRevealAccounts()
    {
        const int before = m_server.emailCount();
        const HttpReply unknown = m_http->post(QStringLiteral("/api/auth/forgot-password"),
                                               QJsonObject{{QStringLiteral("email"), QStringLiteral("nobody@adsgroup-security.com")}});
        QCOMPARE(unknown.status, 200);
        QCOMPARE(m_server.emailCount(), before);
        const QString email = newUser(QStringLiteral("forgot"));
        const HttpReply known = m_http->post(QStringLiteral("/api/auth/forgot-password"),
                                             QJsonObject{{QStringLiteral("email"), email}});
        QCOMPARE(known.status, 200);
        QCOMPARE(known.json, unknown.json);
        QCOMPARE(m_server.emailCount(), before + 1);
    }

    void resetPasswordFlow()
    {
        const QString email = newUser(QStringLiteral("reset"));
        const auto before = AuthTokensDto::fromJson(login(email, true));
        QVERIFY(before);
        QCOMPARE(m_http->post(QStringLiteral("/api/auth/forgot-password"), QJsonObject{{QStringLiteral("email"), email}}).status, 200);
        const QString mail = m_server.lastEmailTo(email);
        QVERIFY(mail.contains(QStringLiteral("Mot de passe oublié")));
        const QString code = TestServer::extractCode(mail);
        QCOMPARE(code.size(), 43);

        const QString newPassword = QStringLiteral("Nouveau-Passe-2026");
        const HttpReply weak = m_http->post(QStringLiteral("/api/auth/reset-password"),
                                            QJsonObject{{QStringLiteral("token"), code}, {QStringLiteral("password"), QStringLiteral("court")}});
        QCOMPARE(weak.status, 422);
        QCOMPARE(weak.errorCode(), QStringLiteral("weak_password"));

        const HttpReply ok = m_http->post(QStringLiteral("/api/auth/reset-password"),
                                          QJsonObject{{QStringLiteral("token"), code}, {QStringLiteral("password"), newPassword}});
        QCOMPARE(ok.status, 200);
        // Old sessions are closed, old password refused, new one accepted.
        QCOMPARE(m_http->get(QStringLiteral("/api/auth/user"), before->accessToken).status, 401);
        QCOMPARE(m_http->post(QStringLiteral("/api/auth/login"), loginBody(email, kPassword)).status, 401);
        QCOMPARE(m_http->post(QStringLiteral("/api/auth/login"), loginBody(email, newPassword)).status, 200);

        const HttpReply reused = m_http->post(QStringLiteral("/api/auth/reset-password"),
                                              QJsonObject{{QStringLiteral("token"), code}, {QStringLiteral("password"), QStringLiteral("Encore-Autre-2026")}});
        QCOMPARE(reused.status, 400);
        QCOMPARE(reused.errorCode(), QStringLiteral("token_used"));
        QCOMPARE(auditCount(QStringLiteral("PASSWORD_RESET"), email), 1);
        QCOMPARE(auditCount(QStringLiteral("PASSWORD_RESET_REQUESTED"), email), 1);
    }

    void resetCodeExpiresAfterOneHour()
    {
        const QString email = newUser(QStringLiteral("expired"));
        QCOMPARE(m_http->post(QStringLiteral("/api/auth/forgot-password"), QJsonObject{{QStringLiteral("email"), email}}).status, 200);
        const QString code = TestServer::extractCode(m_server.lastEmailTo(email));
        QVERIFY(!code.isEmpty());
        m_server.clock().advance(3601);
        const HttpReply r = m_http->post(QStringLiteral("/api/auth/reset-password"),
                                         QJsonObject{{QStringLiteral("token"), code}, {QStringLiteral("password"), QStringLiteral("Nouveau-Passe-2026")}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("token_expired"));
        QCOMPARE(m_http->post(QStringLiteral("/api/auth/login"), loginBody(email, kPassword)).status, 200);
    }

    void tokensAreStoredHashed()
    {
        const QString email = newUser(QStringLiteral("hashed"));
        const auto t = AuthTokensDto::fromJson(login(email, true));
        QVERIFY(t);
        auto conn = m_server.database().connection();
        auto r = (*conn)->exec(QStringLiteral("SELECT count(*) AS n FROM refresh_tokens WHERE "
                                              "encode(token_hash, 'escape') LIKE '%' || $1 || '%'"),
                               {t->refreshToken});
        QVERIFY(r);
        QCOMPARE(r->toInt(0, "n"), 0);
        auto hashRow = (*conn)->exec(QStringLiteral("SELECT password_hash FROM users WHERE email = $1"), {email});
        QVERIFY(hashRow->text(0, "password_hash").startsWith(QStringLiteral("$argon2id$")));
    }

    void entitiesEndpoint()
    {
        const auto t = AuthTokensDto::fromJson(login(newUser(QStringLiteral("entities"))));
        QVERIFY(t);
        const HttpReply r = m_http->get(QStringLiteral("/api/organization/entities"), t->accessToken);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1StringView("entities")).toArray().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestAuthApi)
#include "tst_auth_api.moc"
