#pragma once

#include "HttpDouble.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QUrl>

namespace hector::test {

// A scripted Hector server on loopback implementing the authentication endpoints of
// docs/api.md closely enough to test the client (tokens, rotation, theft detection, expiry).
class FakeHector : public QObject
{
    Q_OBJECT

public:
    explicit FakeHector(QObject *parent = nullptr);

    bool start();
    void stop();
    QUrl baseUrl() const;
    quint16 port() const { return m_http.port(); }
    HttpDouble &http();

    // Account
    QString email = QStringLiteral("alice.martin@example.com");
    QString password = QStringLiteral("motdepasse42");
    QString firstName = QStringLiteral("Alice");
    QString lastName = QStringLiteral("Martin");
    bool accountDisabled = false;
    // Access-token lifetime sent as "expiresIn" (seconds).
    int accessLifetime = 900;
    QString version = QStringLiteral("0.1.0");
    bool databaseOk = true;
    // Single-use codes accepted by reset-password and accept-invite.
    QString resetCode = QStringLiteral("RESET-1234");
    QString inviteCode = QStringLiteral("INVITE-5678");

    // Makes every access token issued so far answer 401 token_expired.
    void expireAccessTokens();
    // Revokes every session (refresh tokens become invalid, access tokens unauthorized).
    void revokeAll();

    int refreshCount() const { return m_refreshCount; }
    int loginCount() const { return m_loginCount; }
    int logoutCount() const { return m_logoutCount; }
    QString lastIssuedRefreshToken() const { return m_lastRefresh; }
    QString lastIssuedAccessToken() const { return m_lastAccess; }
    QString lastResetPassword() const { return m_lastResetPassword; }

private:
    HttpResponse handle(const HttpRequest &request);
    HttpResponse issueTokens(bool rememberMe);
    QJsonObject userJson() const;

    HttpDouble m_http;
    int m_counter = 0;
    QSet<QString> m_validAccess;
    QSet<QString> m_expiredAccess;
    QHash<QString, bool> m_refreshTokens; // token -> spent
    QHash<QString, bool> m_refreshRemember;
    QSet<QString> m_usedCodes;
    int m_refreshCount = 0;
    int m_loginCount = 0;
    int m_logoutCount = 0;
    QString m_lastRefresh;
    QString m_lastAccess;
    QString m_lastResetPassword;
};

} // namespace hector::test
