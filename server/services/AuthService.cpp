#include "services/AuthService.h"

#include "core/Validation.h"
#include "db/Database.h"
#include "email/EmailSender.h"
#include "repositories/AuditRepository.h"
#include "repositories/AuthRepository.h"
#include "repositories/UserRepository.h"
#include "server/Logging.h"
#include "services/Clock.h"

#include <QCoreApplication>

namespace hector::server {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hector::server::AuthService", text);
}

Error invalidCredentials()
{
    return makeError(QStringLiteral("invalid_credentials"),
                     tr("Adresse e-mail ou mot de passe incorrect."));
}

Error accountDisabled()
{
    return makeError(QStringLiteral("account_disabled"),
                     tr("Ce compte est désactivé. Contactez votre administrateur."));
}

Error tokenError(const QString &code)
{
    if (code == QLatin1String("token_used"))
        return makeError(code, tr("Ce code a déjà été utilisé. Demandez-en un nouveau."));
    if (code == QLatin1String("token_expired"))
        return makeError(code, tr("Ce code a expiré. Demandez-en un nouveau."));
    return makeError(QStringLiteral("token_invalid"),
                     tr("Ce code n'est pas valide. Vérifiez qu'il a été copié en entier."));
}

QString accountKey(const QString &email)
{
    return QStringLiteral("account:") + email;
}

QString ipKey(const QString &ip)
{
    return QStringLiteral("ip:") + ip;
}

// A unit of work whose domain failure must still be committed (throttling, audit).
template<typename T>
struct Committed
{
    std::optional<T> value;
    std::optional<Error> error;
};

template<typename T>
Result<T> unwrap(Result<Committed<T>> r)
{
    if (!r)
        return r.error();
    if (r->error)
        return *r->error;
    return std::move(*r->value);
}
} // namespace

AuthService::AuthService(Database &db, const Clock &clock, const PasswordHasher &hasher, JwtSigner signer,
                         EmailSender *email, Options options)
    : m_db(db)
    , m_clock(clock)
    , m_hasher(hasher)
    , m_signer(std::move(signer))
    , m_email(email)
    , m_options(std::move(options))
{}

Error AuthService::lockedError(const QDateTime &until) const
{
    const qint64 seconds = std::max<qint64>(1, m_clock.now().secsTo(until));
    const qint64 minutes = (seconds + 59) / 60;
    Error e = makeError(QStringLiteral("too_many_attempts"),
                        tr("Trop de tentatives de connexion échouées. Réessayez à %1 (dans %2 min).")
                            .arg(until.toLocalTime().toString(QStringLiteral("HH:mm")))
                            .arg(minutes));
    e.details.insert(QStringLiteral("retryAt"), until.toUTC().toString(Qt::ISODateWithMs));
    e.details.insert(QStringLiteral("retryAfterSeconds"), int(seconds));
    return e;
}

namespace {
struct Issued
{
    AuthTokensDto tokens;
};

Result<AuthTokensDto> issueTokens(PgConnection &conn, const JwtSigner &signer, const UserRecord &user,
                                  const QString &sessionId, bool remember, const QDateTime &now,
                                  const QDateTime &sessionExpiresAt, int accessMinutes)
{
    AuthRepository auth(conn);
    const QString refresh = crypto::randomToken(32);
    if (auto r = auth.insertRefreshToken(crypto::sha256(refresh), sessionId, now, sessionExpiresAt); !r)
        return r.error();
    const qint64 iat = now.toSecsSinceEpoch();
    const QJsonObject claims{
        {QStringLiteral("sub"), user.dto.id},
        {QStringLiteral("sid"), sessionId},
        {QStringLiteral("role"), roleName(user.dto.role)},
        {QStringLiteral("org"), user.dto.organizationId},
        {QStringLiteral("ent"), user.dto.entityId},
        {QStringLiteral("iat"), iat},
        {QStringLiteral("exp"), iat + accessMinutes * 60},
    };
    AuthTokensDto t;
    t.accessToken = signer.sign(claims);
    t.accessExpiresIn = accessMinutes * 60;
    t.refreshToken = refresh;
    t.refreshExpiresAt = sessionExpiresAt;
    t.rememberMe = remember;
    t.user = user.dto;
    return t;
}

Result<AuthTokensDto> openSession(PgConnection &conn, const JwtSigner &signer, UserRecord user, bool remember,
                                  const RequestContext &ctx, const QDateTime &now,
                                  const AuthService::Options &opt)
{
    AuthRepository auth(conn);
    UserRepository users(conn);
    const QDateTime expires = remember ? now.addDays(opt.rememberDays) : now.addSecs(opt.sessionHours * 3600);
    auto sid = auth.createSession(user.dto.id, remember, ctx.ip, ctx.userAgent, now, expires);
    if (!sid)
        return sid.error();
    if (auto r = users.touchLastLogin(user.dto.id, now); !r)
        return r.error();
    user.dto.lastLoginAt = now;
    if (auto r = AuditRepository(conn).write(
            AuditEntry{user.dto.id, user.dto.email, QStringLiteral("LOGIN"), QStringLiteral("session"), *sid,
                       QJsonObject{{QStringLiteral("rememberMe"), remember}}, ctx.ip},
            now);
        !r) {
        return r.error();
    }
    return issueTokens(conn, signer, user, *sid, remember, now, expires, opt.accessTokenMinutes);
}
} // namespace

Result<AuthTokensDto> AuthService::login(const QString &rawEmail, const QString &password, bool rememberMe,
                                         const RequestContext &ctx)
{
    const QString email = validation::normalizeEmail(rawEmail);
    if (email.isEmpty() || password.isEmpty()) {
        return makeError(QStringLiteral("invalid_request"),
                         tr("Saisissez votre adresse e-mail et votre mot de passe."));
    }
    const QDateTime now = m_clock.now();
    auto outcome = m_db.transaction<Committed<AuthTokensDto>>([&](PgConnection &conn)
                                                                  -> Result<Committed<AuthTokensDto>> {
        AuthRepository auth(conn);
        UserRepository users(conn);
        AuditRepository audit(conn);
        const QStringList keys{accountKey(email), ipKey(ctx.ip)};
        auto locked = auth.lockedUntil(keys, now);
        if (!locked)
            return locked.error();
        if (locked->isValid())
            return Committed<AuthTokensDto>{std::nullopt, lockedError(*locked)};

        auto found = users.findByEmail(email);
        if (!found)
            return found.error();
        bool ok = false;
        if (*found && !(*found)->passwordHash.isEmpty())
            ok = m_hasher.verify((*found)->passwordHash, password);
        else
            m_hasher.burn(password);

        if (!ok) {
            int failures = 0;
            QDateTime lockEnd;
            for (const QString &key : keys) {
                auto f = auth.recordFailure(key, now, m_options.maxFailures, 15 * 60,
                                            m_options.lockMinutes * 60);
                if (!f)
                    return f.error();
                failures = std::max(failures, f->failures);
                if (f->lockedUntil.isValid())
                    lockEnd = f->lockedUntil;
            }
            if (auto r = audit.write(AuditEntry{*found ? (*found)->dto.id : QString(), email,
                                                QStringLiteral("LOGIN_FAILED"), QStringLiteral("session"),
                                                QString(),
                                                QJsonObject{{QStringLiteral("reason"),
                                                             lockEnd.isValid() ? QStringLiteral("locked")
                                                                               : QStringLiteral("bad_credentials")}},
                                                ctx.ip},
                                     now);
                !r) {
                return r.error();
            }
            if (lockEnd.isValid()) {
                qCWarning(lcAuth) << "login locked for" << email << "from" << ctx.ip;
                return Committed<AuthTokensDto>{std::nullopt, lockedError(lockEnd)};
            }
            Error e = invalidCredentials();
            const int remaining = m_options.maxFailures - failures;
            if (remaining <= 2) {
                e.message += u' '
                             + tr("Encore %1 tentative(s) avant un blocage de %2 minutes.")
                                   .arg(remaining)
                                   .arg(m_options.lockMinutes);
            }
            return Committed<AuthTokensDto>{std::nullopt, e};
        }
        const UserRecord &user = **found;
        if (!user.dto.active) {
            if (auto r = audit.write(AuditEntry{user.dto.id, email, QStringLiteral("LOGIN_FAILED"),
                                                QStringLiteral("session"), QString(),
                                                QJsonObject{{QStringLiteral("reason"), QStringLiteral("disabled")}},
                                                ctx.ip},
                                     now);
                !r) {
                return r.error();
            }
            return Committed<AuthTokensDto>{std::nullopt, accountDisabled()};
        }
        if (auto r = auth.clearThrottle(accountKey(email)); !r)
            return r.error();
        auto tokens = openSession(conn, m_signer, user, rememberMe, ctx, now, m_options);
        if (!tokens)
            return tokens.error();
        return Committed<AuthTokensDto>{*tokens, std::nullopt};
    });
    return unwrap(std::move(outcome));
}

Result<AuthTokensDto> AuthService::refresh(const QString &refreshToken, const RequestContext &ctx)
{
    const auto invalid = [] {
        return makeError(QStringLiteral("invalid_refresh_token"),
                         tr("Votre session a expiré. Veuillez vous reconnecter."));
    };
    if (refreshToken.trimmed().isEmpty())
        return invalid();
    const QDateTime now = m_clock.now();
    const QByteArray hash = crypto::sha256(refreshToken);
    auto outcome = m_db.transaction<Committed<AuthTokensDto>>([&](PgConnection &conn)
                                                                  -> Result<Committed<AuthTokensDto>> {
        AuthRepository auth(conn);
        auto row = auth.refreshTokenForUpdate(hash);
        if (!row)
            return row.error();
        if (!*row)
            return Committed<AuthTokensDto>{std::nullopt, invalid()};
        auto session = auth.session((*row)->sessionId);
        if (!session)
            return session.error();
        if (!*session || (*session)->revokedAt.isValid()) {
            return Committed<AuthTokensDto>{std::nullopt,
                                            makeError(QStringLiteral("session_revoked"),
                                                      tr("Cette session a été fermée. Veuillez vous "
                                                         "reconnecter."))};
        }
        if ((*row)->usedAt.isValid()) {
            // A spent token presented again: someone else holds a copy. Close the session.
            qCWarning(lcAuth) << "refresh token reuse detected, revoking session" << (*session)->id;
            if (auto r = auth.revokeSession((*session)->id, QStringLiteral("refresh_token_reuse"), now); !r)
                return r.error();
            if (auto r = AuditRepository(conn).write(
                    AuditEntry{(*session)->userId, QString(), QStringLiteral("TOKEN_REUSE"),
                               QStringLiteral("session"), (*session)->id, {}, ctx.ip},
                    now);
                !r) {
                return r.error();
            }
            return Committed<AuthTokensDto>{std::nullopt,
                                            makeError(QStringLiteral("session_revoked"),
                                                      tr("Par sécurité, cette session a été fermée "
                                                         "(jeton déjà utilisé). Veuillez vous "
                                                         "reconnecter."))};
        }
        if ((*row)->expiresAt <= now || (*session)->expiresAt <= now)
            return Committed<AuthTokensDto>{std::nullopt, invalid()};
        auto user = UserRepository(conn).findById((*session)->userId);
        if (!user)
            return user.error();
        if (!*user || !(*user)->dto.active)
            return Committed<AuthTokensDto>{std::nullopt, accountDisabled()};
        if (auto r = auth.markRefreshTokenUsed(hash, now); !r)
            return r.error();
        auto tokens = issueTokens(conn, m_signer, **user, (*session)->id, (*session)->rememberMe, now,
                                  (*session)->expiresAt, m_options.accessTokenMinutes);
        if (!tokens)
            return tokens.error();
        return Committed<AuthTokensDto>{*tokens, std::nullopt};
    });
    return unwrap(std::move(outcome));
}

Result<AuthUser> AuthService::authenticate(const QString &bearerToken)
{
    if (bearerToken.isEmpty()) {
        return makeError(QStringLiteral("unauthorized"),
                         tr("Authentification requise. Veuillez vous connecter."));
    }
    const QDateTime now = m_clock.now();
    auto claims = m_signer.verify(bearerToken, now);
    if (!claims)
        return claims.error();
    const QString sid = claims->value(QLatin1StringView("sid")).toString();
    const QString sub = claims->value(QLatin1StringView("sub")).toString();
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto session = AuthRepository(**conn).session(sid);
    if (!session)
        return session.error();
    if (!*session || (*session)->revokedAt.isValid() || (*session)->userId != sub
        || (*session)->expiresAt <= now) {
        return makeError(QStringLiteral("unauthorized"),
                         tr("Cette session a été fermée. Veuillez vous reconnecter."));
    }
    auto user = UserRepository(**conn).findById(sub);
    if (!user)
        return user.error();
    if (!*user || !(*user)->dto.active)
        return accountDisabled();
    return AuthUser{(*user)->dto, sid};
}

Result<void> AuthService::logout(const AuthUser &caller, const RequestContext &ctx)
{
    const QDateTime now = m_clock.now();
    auto r = m_db.transaction<bool>([&](PgConnection &conn) -> Result<bool> {
        if (auto x = AuthRepository(conn).revokeSession(caller.sessionId, QStringLiteral("logout"), now); !x)
            return x.error();
        if (auto x = AuditRepository(conn).write(AuditEntry{caller.user.id, caller.user.email,
                                                            QStringLiteral("LOGOUT"), QStringLiteral("session"),
                                                            caller.sessionId, {}, ctx.ip},
                                                 now);
            !x) {
            return x.error();
        }
        return true;
    });
    if (!r)
        return r.error();
    return {};
}

Result<void> AuthService::sendEmail(const QString &to, const QString &subject, const QString &text)
{
    if (!m_email) {
        return makeError(QStringLiteral("email_not_configured"),
                         tr("L'envoi d'e-mails n'est pas configuré sur le serveur."));
    }
    EmailMessage message;
    message.from = m_options.emailFrom;
    message.to = QStringList{to};
    message.subject = subject;
    message.text = text;
    auto sent = m_email->send(message);
    if (!sent) {
        qCWarning(lcAuth) << "email to" << to << "failed:" << sent.error().message;
        return sent.error();
    }
    qCInfo(lcAuth) << "email sent to" << to << "via" << m_email->backendName() << *sent;
    return {};
}

Result<QJsonObject> AuthService::registerUser(const AuthUser &caller, const RegisterRequest &req,
                                              const RequestContext &ctx)
{
    if (caller.user.role != Role::Admin) {
        return makeError(QStringLiteral("forbidden"),
                         tr("Seul un administrateur peut créer des comptes."));
    }
    const QString email = validation::normalizeEmail(req.email);
    if (!validation::isValidEmail(email)) {
        return makeError(QStringLiteral("invalid_email"),
                         tr("L'adresse e-mail « %1 » n'est pas valide.").arg(req.email));
    }
    if (!validation::isEmailDomainAllowed(email, m_options.allowedDomains)) {
        return makeError(QStringLiteral("domain_not_allowed"),
                         tr("Seules les adresses des domaines suivants sont autorisées : %1.")
                             .arg(m_options.allowedDomains.join(QStringLiteral(", "))));
    }
    const auto role = roleFromName(req.role);
    if (!role) {
        return makeError(QStringLiteral("invalid_role"),
                         tr("Rôle inconnu : « %1 ». Rôles possibles : admin, president, manager, "
                            "commercial, assistant.")
                             .arg(req.role));
    }
    if (!req.password.isEmpty()) {
        if (auto policy = validation::checkPasswordPolicy(req.password); !policy)
            return policy.error();
    }
    QString hash;
    if (!req.password.isEmpty()) {
        auto h = m_hasher.hash(req.password);
        if (!h)
            return h.error();
        hash = *h;
    }
    const QDateTime now = m_clock.now();
    const QString inviteToken = req.password.isEmpty() ? crypto::randomToken(32) : QString();
    const QDateTime inviteExpires = now.addDays(m_options.invitationDays);

    auto created = m_db.transaction<UserRecord>([&](PgConnection &conn) -> Result<UserRecord> {
        UserRepository users(conn);
        auto belongs = users.entityBelongsTo(req.entityId, caller.user.organizationId);
        if (!belongs)
            return belongs.error();
        if (!*belongs) {
            return makeError(QStringLiteral("invalid_entity"),
                             tr("L'entité choisie n'existe pas dans votre organisation."));
        }
        auto existing = users.findByEmail(email);
        if (!existing)
            return existing.error();
        if (*existing) {
            return makeError(QStringLiteral("email_taken"),
                             tr("Un compte existe déjà pour l'adresse %1.").arg(email));
        }
        auto id = users.insert(NewUser{email, req.firstName.trimmed(), req.lastName.trimmed(), *role,
                                       caller.user.organizationId, req.entityId, hash});
        if (!id)
            return id.error();
        if (!inviteToken.isEmpty()) {
            if (auto r = AuthRepository(conn).insertInvitation(crypto::sha256(inviteToken), *id, email,
                                                               caller.user.id, now, inviteExpires);
                !r) {
                return r.error();
            }
        }
        if (auto r = AuditRepository(conn).write(
                AuditEntry{caller.user.id, caller.user.email, QStringLiteral("CREATE"), QStringLiteral("user"),
                           *id,
                           QJsonObject{{QStringLiteral("email"), email},
                                       {QStringLiteral("role"), req.role},
                                       {QStringLiteral("entityId"), req.entityId},
                                       {QStringLiteral("invited"), !inviteToken.isEmpty()}},
                           ctx.ip},
                now);
            !r) {
            return r.error();
        }
        auto rec = users.findById(*id);
        if (!rec)
            return rec.error();
        return **rec;
    });
    if (!created)
        return created.error();

    QJsonObject out{{QStringLiteral("user"), created->dto.toJson()}};
    if (!inviteToken.isEmpty()) {
        const UserDto &u = created->dto;
        const QString text =
            tr("Bonjour,\n\n%1 vous invite à rejoindre Hector, le CRM de %2, en tant que %3 (%4).\n\n"
               "Installez Hector, cliquez sur « J'ai une invitation » dans la fenêtre de connexion et "
               "saisissez ce code :\n\n    %5\n\n"
               "Cette invitation est valable %6 jours et ne peut servir qu'une fois.\n\n— Hector")
                .arg(caller.user.displayName(), u.organizationName, roleLabel(u.role), u.entityName,
                     inviteToken)
                .arg(m_options.invitationDays);
        const bool sent = sendEmail(email, tr("Invitation à rejoindre Hector"), text).ok();
        if (sent) {
            auto conn = m_db.connection();
            if (conn) {
                (void)AuditRepository(**conn).write(AuditEntry{caller.user.id, caller.user.email,
                                                               QStringLiteral("INVITATION_SENT"),
                                                               QStringLiteral("user"), u.id, {}, ctx.ip},
                                                    m_clock.now());
            }
        }
        out.insert(QStringLiteral("invitation"),
                   QJsonObject{{QStringLiteral("expiresAt"), inviteExpires.toString(Qt::ISODateWithMs)},
                               {QStringLiteral("emailSent"), sent}});
    }
    return out;
}

Result<void> AuthService::forgotPassword(const QString &rawEmail, const RequestContext &ctx)
{
    const QString email = validation::normalizeEmail(rawEmail);
    if (!validation::isValidEmail(email)) {
        return makeError(QStringLiteral("invalid_email"),
                         tr("L'adresse e-mail « %1 » n'est pas valide.").arg(rawEmail));
    }
    const QDateTime now = m_clock.now();
    const QString token = crypto::randomToken(32);
    auto user = m_db.transaction<std::optional<UserRecord>>(
        [&](PgConnection &conn) -> Result<std::optional<UserRecord>> {
            auto found = UserRepository(conn).findByEmail(email);
            if (!found)
                return found.error();
            const bool eligible = *found && (*found)->dto.active && !(*found)->passwordHash.isEmpty();
            if (eligible) {
                if (auto r = AuthRepository(conn).insertResetToken(crypto::sha256(token), (*found)->dto.id, now,
                                                                   now.addSecs(m_options.resetTokenMinutes * 60),
                                                                   ctx.ip);
                    !r) {
                    return r.error();
                }
            }
            if (auto r = AuditRepository(conn).write(
                    AuditEntry{*found ? (*found)->dto.id : QString(), email,
                               QStringLiteral("PASSWORD_RESET_REQUESTED"), QStringLiteral("user"),
                               *found ? (*found)->dto.id : QString(),
                               QJsonObject{{QStringLiteral("eligible"), eligible}}, ctx.ip},
                    now);
                !r) {
                return r.error();
            }
            return eligible ? *found : std::optional<UserRecord>{};
        });
    if (!user)
        return user.error();
    if (*user) {
        const QString text =
            tr("Bonjour %1,\n\nUne réinitialisation du mot de passe de votre compte Hector a été "
               "demandée.\n\nDans Hector, cliquez sur « Mot de passe oublié ? », puis « J'ai déjà un "
               "code », et saisissez ce code :\n\n    %2\n\n"
               "Ce code est valable %3 minutes et ne peut servir qu'une fois. Si vous n'êtes pas à "
               "l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé."
               "\n\n— Hector")
                .arg((*user)->dto.firstName.isEmpty() ? (*user)->dto.email : (*user)->dto.firstName, token)
                .arg(m_options.resetTokenMinutes);
        // The answer never depends on the account's existence; a failed send is logged.
        (void)sendEmail(email, tr("Hector — réinitialisation de votre mot de passe"), text);
    }
    return {};
}

Result<void> AuthService::resetPassword(const QString &token, const QString &password, const RequestContext &ctx)
{
    if (auto policy = validation::checkPasswordPolicy(password); !policy)
        return policy.error();
    auto hash = m_hasher.hash(password);
    if (!hash)
        return hash.error();
    const QDateTime now = m_clock.now();
    const QByteArray tokenHash = crypto::sha256(token);
    auto r = m_db.transaction<bool>([&](PgConnection &conn) -> Result<bool> {
        AuthRepository auth(conn);
        auto row = auth.resetTokenForUpdate(tokenHash);
        if (!row)
            return row.error();
        if (!*row)
            return tokenError(QStringLiteral("token_invalid"));
        if ((*row)->usedAt.isValid())
            return tokenError(QStringLiteral("token_used"));
        if ((*row)->expiresAt <= now)
            return tokenError(QStringLiteral("token_expired"));
        auto user = UserRepository(conn).findById((*row)->userId);
        if (!user)
            return user.error();
        if (!*user || !(*user)->dto.active)
            return accountDisabled();
        if (auto x = UserRepository(conn).setPassword((*row)->userId, *hash, now); !x)
            return x.error();
        if (auto x = auth.markResetTokenUsed(tokenHash, now); !x)
            return x.error();
        auto revoked = auth.revokeAllSessions((*row)->userId, QStringLiteral("password_reset"), now);
        if (!revoked)
            return revoked.error();
        if (auto x = auth.clearThrottle(accountKey((*user)->dto.email)); !x)
            return x.error();
        if (auto x = AuditRepository(conn).write(AuditEntry{(*row)->userId, (*user)->dto.email,
                                                            QStringLiteral("PASSWORD_RESET"),
                                                            QStringLiteral("user"), (*row)->userId,
                                                            QJsonObject{{QStringLiteral("sessionsRevoked"),
                                                                         *revoked}},
                                                            ctx.ip},
                                                 now);
            !x) {
            return x.error();
        }
        return true;
    });
    if (!r)
        return r.error();
    return {};
}

Result<AuthTokensDto> AuthService::acceptInvite(const QString &token, const QString &password,
                                                const QString &firstName, const QString &lastName,
                                                bool rememberMe, const RequestContext &ctx)
{
    if (auto policy = validation::checkPasswordPolicy(password); !policy)
        return policy.error();
    auto hash = m_hasher.hash(password);
    if (!hash)
        return hash.error();
    const QDateTime now = m_clock.now();
    const QByteArray tokenHash = crypto::sha256(token);
    return m_db.transaction<AuthTokensDto>([&](PgConnection &conn) -> Result<AuthTokensDto> {
        AuthRepository auth(conn);
        UserRepository users(conn);
        auto row = auth.invitationForUpdate(tokenHash);
        if (!row)
            return row.error();
        if (!*row || (*row)->revokedAt.isValid())
            return tokenError(QStringLiteral("token_invalid"));
        if ((*row)->usedAt.isValid())
            return tokenError(QStringLiteral("token_used"));
        if ((*row)->expiresAt <= now)
            return tokenError(QStringLiteral("token_expired"));
        auto user = users.findById((*row)->userId);
        if (!user)
            return user.error();
        if (!*user || !(*user)->dto.active)
            return accountDisabled();
        if (auto x = users.setPassword((*row)->userId, *hash, now); !x)
            return x.error();
        if (!firstName.trimmed().isEmpty() || !lastName.trimmed().isEmpty()) {
            if (auto x = users.setNames((*row)->userId, firstName.trimmed(), lastName.trimmed()); !x)
                return x.error();
        }
        if (auto x = auth.markInvitationAccepted(tokenHash, now); !x)
            return x.error();
        if (auto x = AuditRepository(conn).write(AuditEntry{(*row)->userId, (*user)->dto.email,
                                                            QStringLiteral("INVITATION_ACCEPTED"),
                                                            QStringLiteral("user"), (*row)->userId, {}, ctx.ip},
                                                 now);
            !x) {
            return x.error();
        }
        auto refreshed = users.findById((*row)->userId);
        if (!refreshed)
            return refreshed.error();
        return openSession(conn, m_signer, **refreshed, rememberMe, ctx, now, m_options);
    });
}

Result<QJsonArray> AuthService::entities(const AuthUser &caller)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    return UserRepository(**conn).entities(caller.user.organizationId);
}

} // namespace hector::server
