#pragma once

#include "core/Dto.h"
#include "core/Result.h"
#include "services/Crypto.h"

#include <QJsonArray>
#include <QStringList>

namespace hector::server {

class Clock;
class Database;
class EmailSender;

struct RequestContext
{
    QString ip;
    QString userAgent;
};

// The caller behind a valid access token.
struct AuthUser
{
    UserDto user;
    QString sessionId;
};

struct RegisterRequest
{
    QString email;
    QString firstName;
    QString lastName;
    QString role;
    QString entityId;
    QString password; // empty: send an invitation
};

// Module 1: login, token refresh with rotation, logout, registration by admins, password reset,
// invitations, failed-login lockout. Every event is audited in the same transaction.
class AuthService
{
public:
    struct Options
    {
        QStringList allowedDomains{QStringLiteral("adsgroup-security.com")};
        int accessTokenMinutes = 15;
        int rememberDays = 30;
        int sessionHours = 12;      // refresh lifetime without "remember me"
        int resetTokenMinutes = 60;
        int invitationDays = 7;
        int maxFailures = 5;
        int lockMinutes = 15;
        QString emailFrom = QStringLiteral("Hector <no-reply@adsgroup-security.com>");
    };

    AuthService(Database &db, const Clock &clock, const PasswordHasher &hasher, JwtSigner signer,
                EmailSender *email, Options options);

    Result<AuthTokensDto> login(const QString &email, const QString &password, bool rememberMe,
                                const RequestContext &ctx);
    Result<AuthTokensDto> refresh(const QString &refreshToken, const RequestContext &ctx);
    Result<AuthUser> authenticate(const QString &bearerToken);
    Result<void> logout(const AuthUser &caller, const RequestContext &ctx);
    // Returns {"user": ..., "invitation": {...}?}
    Result<QJsonObject> registerUser(const AuthUser &caller, const RegisterRequest &request,
                                     const RequestContext &ctx);
    Result<void> forgotPassword(const QString &email, const RequestContext &ctx);
    Result<void> resetPassword(const QString &token, const QString &password, const RequestContext &ctx);
    Result<AuthTokensDto> acceptInvite(const QString &token, const QString &password,
                                       const QString &firstName, const QString &lastName,
                                       bool rememberMe, const RequestContext &ctx);
    Result<QJsonArray> entities(const AuthUser &caller);

    const Options &options() const { return m_options; }

private:
    struct Outcome;
    Error lockedError(const QDateTime &until) const;
    Result<void> sendEmail(const QString &to, const QString &subject, const QString &text);

    Database &m_db;
    const Clock &m_clock;
    const PasswordHasher &m_hasher;
    JwtSigner m_signer;
    EmailSender *m_email;
    Options m_options;
};

} // namespace hector::server
