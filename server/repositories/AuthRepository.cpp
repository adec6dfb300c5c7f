#include "repositories/AuthRepository.h"

#include "db/PgConnection.h"

namespace hector::server {

namespace {
Result<void> done(const Result<PgResult> &r)
{
    if (!r)
        return r.error();
    return {};
}
} // namespace

Result<QString> AuthRepository::createSession(const QString &userId, bool remember, const QString &ip,
                                              const QString &userAgent, const QDateTime &now,
                                              const QDateTime &expiresAt)
{
    auto r = m_conn.exec(QStringLiteral("INSERT INTO auth_sessions (user_id, remember_me, ip, user_agent, "
                                        "created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id"),
                         {userId, remember, ip, userAgent.left(300), now, expiresAt});
    if (!r)
        return r.error();
    return r->text(0, "id");
}

Result<std::optional<SessionRow>> AuthRepository::session(const QString &sessionId)
{
    auto r = m_conn.exec(QStringLiteral("SELECT id, user_id, remember_me, expires_at, revoked_at "
                                        "FROM auth_sessions WHERE id::text = $1"),
                         {sessionId});
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return std::optional<SessionRow>{};
    return std::optional<SessionRow>(SessionRow{r->text(0, "id"), r->text(0, "user_id"),
                                                r->toBool(0, "remember_me"), r->toDateTime(0, "expires_at"),
                                                r->toDateTime(0, "revoked_at")});
}

Result<void> AuthRepository::revokeSession(const QString &sessionId, const QString &reason, const QDateTime &now)
{
    return done(m_conn.exec(QStringLiteral("UPDATE auth_sessions SET revoked_at = $2, revoked_reason = $3 "
                                           "WHERE id = $1 AND revoked_at IS NULL"),
                            {sessionId, now, reason}));
}

Result<int> AuthRepository::revokeAllSessions(const QString &userId, const QString &reason, const QDateTime &now)
{
    auto r = m_conn.exec(QStringLiteral("UPDATE auth_sessions SET revoked_at = $2, revoked_reason = $3 "
                                        "WHERE user_id = $1 AND revoked_at IS NULL"),
                         {userId, now, reason});
    if (!r)
        return r.error();
    return r->affectedRows();
}

Result<void> AuthRepository::insertRefreshToken(const QByteArray &hash, const QString &sessionId,
                                                const QDateTime &now, const QDateTime &expiresAt)
{
    return done(m_conn.exec(QStringLiteral("INSERT INTO refresh_tokens (token_hash, session_id, created_at, "
                                           "expires_at) VALUES ($1, $2, $3, $4)"),
                            {hash, sessionId, now, expiresAt}));
}

Result<std::optional<RefreshTokenRow>> AuthRepository::refreshTokenForUpdate(const QByteArray &hash)
{
    auto r = m_conn.exec(QStringLiteral("SELECT session_id, expires_at, used_at FROM refresh_tokens "
                                        "WHERE token_hash = $1 FOR UPDATE"),
                         {hash});
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return std::optional<RefreshTokenRow>{};
    return std::optional<RefreshTokenRow>(RefreshTokenRow{
        r->text(0, "session_id"), r->toDateTime(0, "expires_at"), r->toDateTime(0, "used_at")});
}

Result<void> AuthRepository::markRefreshTokenUsed(const QByteArray &hash, const QDateTime &now)
{
    return done(m_conn.exec(QStringLiteral("UPDATE refresh_tokens SET used_at = $2 WHERE token_hash = $1"),
                            {hash, now}));
}

Result<void> AuthRepository::insertResetToken(const QByteArray &hash, const QString &userId,
                                              const QDateTime &now, const QDateTime &expiresAt,
                                              const QString &ip)
{
    return done(m_conn.exec(QStringLiteral("INSERT INTO password_reset_tokens (token_hash, user_id, created_at, "
                                           "expires_at, ip) VALUES ($1, $2, $3, $4, $5)"),
                            {hash, userId, now, expiresAt, ip}));
}

Result<std::optional<OneTimeTokenRow>> AuthRepository::oneTimeToken(const QString &sql, const QByteArray &hash)
{
    auto r = m_conn.exec(sql, {hash});
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return std::optional<OneTimeTokenRow>{};
    return std::optional<OneTimeTokenRow>(OneTimeTokenRow{r->text(0, "user_id"), r->toDateTime(0, "expires_at"),
                                                          r->toDateTime(0, "used_at"),
                                                          r->toDateTime(0, "revoked_at")});
}

Result<std::optional<OneTimeTokenRow>> AuthRepository::resetTokenForUpdate(const QByteArray &hash)
{
    return oneTimeToken(QStringLiteral("SELECT user_id, expires_at, used_at, NULL::timestamptz AS revoked_at "
                                       "FROM password_reset_tokens WHERE token_hash = $1 FOR UPDATE"),
                        hash);
}

Result<void> AuthRepository::markResetTokenUsed(const QByteArray &hash, const QDateTime &now)
{
    return done(m_conn.exec(QStringLiteral("UPDATE password_reset_tokens SET used_at = $2 WHERE token_hash = $1"),
                            {hash, now}));
}

Result<void> AuthRepository::insertInvitation(const QByteArray &hash, const QString &userId,
                                              const QString &email, const QString &invitedBy,
                                              const QDateTime &now, const QDateTime &expiresAt)
{
    return done(m_conn.exec(QStringLiteral("INSERT INTO invitations (token_hash, user_id, email, invited_by, "
                                           "created_at, expires_at) VALUES ($1, $2, $3, $4::uuid, $5, $6)"),
                            {hash, userId, email, invitedBy.isEmpty() ? QVariant() : QVariant(invitedBy), now,
                             expiresAt}));
}

Result<std::optional<OneTimeTokenRow>> AuthRepository::invitationForUpdate(const QByteArray &hash)
{
    return oneTimeToken(QStringLiteral("SELECT user_id, expires_at, accepted_at AS used_at, revoked_at "
                                       "FROM invitations WHERE token_hash = $1 FOR UPDATE"),
                        hash);
}

Result<void> AuthRepository::markInvitationAccepted(const QByteArray &hash, const QDateTime &now)
{
    return done(m_conn.exec(QStringLiteral("UPDATE invitations SET accepted_at = $2 WHERE token_hash = $1"),
                            {hash, now}));
}

Result<QDateTime> AuthRepository::lockedUntil(const QStringList &keys, const QDateTime &now)
{
    auto r = m_conn.exec(QStringLiteral("SELECT max(locked_until) AS until FROM login_throttle "
                                        "WHERE key = ANY($1::text[]) AND locked_until > $2"),
                         {QString(QStringLiteral("{") + keys.join(u',') + u'}'), now});
    if (!r)
        return r.error();
    return r->toDateTime(0, "until");
}

Result<AuthRepository::FailureOutcome> AuthRepository::recordFailure(const QString &key, const QDateTime &now,
                                                                      int maxFailures, int windowSeconds,
                                                                      int lockSeconds)
{
    const QDateTime windowStart = now.addSecs(-windowSeconds);
    auto r = m_conn.exec(
        QStringLiteral(
            "INSERT INTO login_throttle AS t (key, failures, window_started_at) VALUES ($1, 1, $2) "
            "ON CONFLICT (key) DO UPDATE SET "
            " failures = CASE WHEN t.window_started_at < $3 THEN 1 ELSE t.failures + 1 END, "
            " window_started_at = CASE WHEN t.window_started_at < $3 THEN $2 ELSE t.window_started_at END "
            "RETURNING failures"),
        {key, now, windowStart});
    if (!r)
        return r.error();
    FailureOutcome out;
    out.failures = int(r->toInt(0, "failures"));
    if (out.failures >= maxFailures) {
        out.lockedUntil = now.addSecs(lockSeconds);
        auto lock = m_conn.exec(QStringLiteral("UPDATE login_throttle SET locked_until = $2, failures = 0, "
                                               "window_started_at = $3 WHERE key = $1"),
                                {key, out.lockedUntil, now});
        if (!lock)
            return lock.error();
    }
    return out;
}

Result<void> AuthRepository::clearThrottle(const QString &key)
{
    return done(m_conn.exec(QStringLiteral("DELETE FROM login_throttle WHERE key = $1"), {key}));
}

} // namespace hector::server
