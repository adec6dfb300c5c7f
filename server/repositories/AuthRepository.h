#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace hector::server {

class PgConnection;

struct SessionRow
{
    QString id;
    QString userId;
    bool rememberMe = false;
    QDateTime expiresAt;
    QDateTime revokedAt;
};

struct RefreshTokenRow
{
    QString sessionId;
    QDateTime expiresAt;
    QDateTime usedAt;
};

// Single-use token (password reset or invitation).
struct OneTimeTokenRow
{
    QString userId;
    QDateTime expiresAt;
    QDateTime usedAt;     // used_at or accepted_at
    QDateTime revokedAt;  // invitations only
};

// Sessions, refresh tokens, reset/invitation tokens and failed-login throttling.
class AuthRepository
{
public:
    explicit AuthRepository(PgConnection &conn) : m_conn(conn) {}

    Result<QString> createSession(const QString &userId, bool remember, const QString &ip,
                                  const QString &userAgent, const QDateTime &now,
                                  const QDateTime &expiresAt);
    Result<std::optional<SessionRow>> session(const QString &sessionId);
    Result<void> revokeSession(const QString &sessionId, const QString &reason, const QDateTime &now);
    Result<int> revokeAllSessions(const QString &userId, const QString &reason, const QDateTime &now);

    Result<void> insertRefreshToken(const QByteArray &hash, const QString &sessionId,
                                    const QDateTime &now, const QDateTime &expiresAt);
    // Locks the row (FOR UPDATE) so two concurrent refreshes cannot both spend it.
    Result<std::optional<RefreshTokenRow>> refreshTokenForUpdate(const QByteArray &hash);
    Result<void> markRefreshTokenUsed(const QByteArray &hash, const QDateTime &now);

    Result<void> insertResetToken(const QByteArray &hash, const QString &userId, const QDateTime &now,
                                  const QDateTime &expiresAt, const QString &ip);
    Result<std::optional<OneTimeTokenRow>> resetTokenForUpdate(const QByteArray &hash);
    Result<void> markResetTokenUsed(const QByteArray &hash, const QDateTime &now);

    Result<void> insertInvitation(const QByteArray &hash, const QString &userId, const QString &email,
                                  const QString &invitedBy, const QDateTime &now,
                                  const QDateTime &expiresAt);
    Result<std::optional<OneTimeTokenRow>> invitationForUpdate(const QByteArray &hash);
    Result<void> markInvitationAccepted(const QByteArray &hash, const QDateTime &now);

    // Throttling. `window` and `lock` in seconds.
    Result<QDateTime> lockedUntil(const QStringList &keys, const QDateTime &now);
    // Records one failure; returns the lock end when this failure triggers a lock, else the
    // number of failures now counted in the window.
    struct FailureOutcome
    {
        int failures = 0;
        QDateTime lockedUntil;
    };
    Result<FailureOutcome> recordFailure(const QString &key, const QDateTime &now, int maxFailures,
                                         int windowSeconds, int lockSeconds);
    Result<void> clearThrottle(const QString &key);

private:
    Result<std::optional<OneTimeTokenRow>> oneTimeToken(const QString &sql, const QByteArray &hash);
    PgConnection &m_conn;
};

} // namespace hector::server
