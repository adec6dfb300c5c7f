#include "services/AdminUserService.h"

#include "core/Roles.h"
#include "core/Validation.h"
#include "db/Database.h"
#include "email/EmailSender.h"
#include "repositories/AdminUserRepository.h"
#include "repositories/AuditRepository.h"
#include "repositories/AuthRepository.h"
#include "server/Logging.h"
#include "services/Clock.h"
#include "services/Crypto.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hector::server {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hector::server::AdminUserService", text);
}

Error forbiddenWrite()
{
    return makeError(QStringLiteral("forbidden"), tr("Seul un administrateur peut modifier les utilisateurs."));
}

Error notFound()
{
    return makeError(QStringLiteral("not_found"), tr("Cet utilisateur n'existe pas dans votre organisation."));
}

QJsonValue isoOrNull(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(dt.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject change(const QJsonValue &oldValue, const QJsonValue &newValue)
{
    return QJsonObject{{QStringLiteral("old"), oldValue}, {QStringLiteral("new"), newValue}};
}
} // namespace

AdminUserService::AdminUserService(Database &db, const Clock &clock, EmailSender *email,
                                   AuthService::Options options)
    : m_db(db)
    , m_clock(clock)
    , m_email(email)
    , m_options(std::move(options))
{}

Result<QJsonObject> AdminUserService::list(const AuthUser &caller, const QUrlQuery &query)
{
    const Role role = caller.user.role;
    if (role != Role::Admin && role != Role::Manager) {
        return makeError(QStringLiteral("forbidden"),
                         tr("La liste des utilisateurs est réservée aux administrateurs et aux managers."));
    }
    AdminUserFilter filter;
    filter.search = query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded);
    filter.role = query.queryItemValue(QStringLiteral("role"), QUrl::FullyDecoded);
    filter.entityId = query.queryItemValue(QStringLiteral("entityId"), QUrl::FullyDecoded);
    const QString active = query.queryItemValue(QStringLiteral("active"));
    if (active == QLatin1String("true"))
        filter.active = true;
    else if (active == QLatin1String("false"))
        filter.active = false;
    else if (!active.isEmpty()) {
        return makeError(QStringLiteral("invalid_request"),
                         tr("Le filtre « active » vaut true ou false."));
    }
    if (!filter.role.isEmpty() && !roleFromName(filter.role)) {
        return makeError(QStringLiteral("invalid_role"), tr("Rôle inconnu : « %1 ».").arg(filter.role));
    }
    filter.readableEntitiesOnly = role != Role::Admin;
    auto rows = m_db.transactionAs<QList<AdminUserRow>>(
        UserContext::of(caller.user), [&](PgConnection &conn) -> Result<QList<AdminUserRow>> {
            return AdminUserRepository(conn).list(caller.user.organizationId, filter);
        });
    if (!rows)
        return rows.error();
    QJsonArray users;
    for (const AdminUserRow &u : *rows)
        users.append(u.toJson());
    return QJsonObject{{QStringLiteral("users"), users}, {QStringLiteral("readOnly"), role != Role::Admin}};
}

Result<QJsonObject> AdminUserService::update(const AuthUser &caller, const QString &userId,
                                             const UserChanges &changes, const RequestContext &ctx)
{
    if (caller.user.role != Role::Admin)
        return forbiddenWrite();
    if (changes.role && !roleFromName(*changes.role)) {
        return makeError(QStringLiteral("invalid_role"),
                         tr("Rôle inconnu : « %1 ». Rôles possibles : admin, president, manager, "
                            "commercial, assistant.")
                             .arg(*changes.role));
    }
    const QDateTime now = m_clock.now();
    auto updated = m_db.transactionAs<AdminUserRow>(
        UserContext::of(caller.user), [&](PgConnection &conn) -> Result<AdminUserRow> {
            AdminUserRepository repo(conn);
            const QString org = caller.user.organizationId;
            auto found = repo.findForUpdate(org, userId);
            if (!found)
                return found.error();
            if (!*found)
                return notFound();
            const AdminUserRow before = **found;
            AdminUserRow after = before;
            if (changes.firstName)
                after.firstName = changes.firstName->trimmed();
            if (changes.lastName)
                after.lastName = changes.lastName->trimmed();
            if (changes.entityId)
                after.entityId = *changes.entityId;
            if (changes.active)
                after.active = *changes.active;
            if (changes.role)
                after.role = *changes.role;

            if (after.entityId != before.entityId) {
                auto belongs = conn.exec(QStringLiteral("SELECT name FROM entities WHERE id::text = $1 "
                                                        "AND organization_id = $2"),
                                         {after.entityId, org});
                if (!belongs)
                    return belongs.error();
                if (belongs->rows() != 1) {
                    return makeError(QStringLiteral("invalid_entity"),
                                     tr("L'entité choisie n'existe pas dans votre organisation."));
                }
                after.entityName = belongs->text(0, "name");
            }
            const bool wasAdmin = before.active && before.role == QLatin1String("admin");
            const bool staysAdmin = after.active && after.role == QLatin1String("admin");
            if (wasAdmin && !staysAdmin) {
                // Locks every active admin row: two admins demoting each other concurrently are
                // serialised here, so the organisation always keeps one.
                auto admins = repo.lockActiveAdmins(org);
                if (!admins)
                    return admins.error();
                admins->removeAll(before.id);
                if (admins->isEmpty()) {
                    return makeError(QStringLiteral("last_admin"),
                                     tr("%1 est le dernier administrateur actif de l'organisation : "
                                        "nommez d'abord un autre administrateur avant de le rétrograder "
                                        "ou de le désactiver.")
                                         .arg(before.email));
                }
                if (before.id == caller.user.id) {
                    return makeError(QStringLiteral("self_change_forbidden"),
                                     tr("Vous ne pouvez pas retirer vos propres droits d'administrateur ni "
                                        "désactiver votre propre compte. Demandez-le à un autre "
                                        "administrateur."));
                }
            }

            QJsonObject diff;
            if (after.firstName != before.firstName)
                diff.insert(QStringLiteral("firstName"), change(before.firstName, after.firstName));
            if (after.lastName != before.lastName)
                diff.insert(QStringLiteral("lastName"), change(before.lastName, after.lastName));
            if (after.entityId != before.entityId)
                diff.insert(QStringLiteral("entityId"), change(before.entityId, after.entityId));
            if (after.active != before.active)
                diff.insert(QStringLiteral("active"), change(before.active, after.active));
            if (after.role != before.role)
                diff.insert(QStringLiteral("role"), change(before.role, after.role));
            if (diff.isEmpty())
                return after;

            if (auto r = repo.update(after.id, after.firstName, after.lastName, after.entityId, after.active,
                                     after.role, now);
                !r) {
                return r.error();
            }
            if (before.active && !after.active) {
                // Every session (access and refresh tokens) of the user ends now; the trigger of
                // migration 0002 bumped scope_version, so their replica is refused too.
                auto revoked = AuthRepository(conn).revokeAllSessions(after.id, QStringLiteral("deactivated"), now);
                if (!revoked)
                    return revoked.error();
            }
            if (auto r = AuditRepository(conn).write(AuditEntry{caller.user.id, caller.user.email,
                                                                QStringLiteral("UPDATE"), QStringLiteral("user"),
                                                                after.id, diff, ctx.ip},
                                                     now);
                !r) {
                return r.error();
            }
            return after;
        });
    if (!updated)
        return updated.error();
    return QJsonObject{{QStringLiteral("user"), updated->toJson()}};
}

Result<QJsonObject> AdminUserService::resendInvitation(const AuthUser &caller, const QString &userId,
                                                       const RequestContext &ctx)
{
    if (caller.user.role != Role::Admin)
        return forbiddenWrite();
    if (!m_email) {
        return makeError(QStringLiteral("email_not_configured"),
                         tr("L'envoi d'e-mails n'est pas configuré sur le serveur : impossible d'envoyer "
                            "l'invitation."));
    }
    const QDateTime now = m_clock.now();
    const QDateTime expires = now.addDays(m_options.invitationDays);
    const QString token = crypto::randomToken(32);
    // The email is sent inside the transaction: when it fails, the previous code stays valid.
    auto r = m_db.transactionAs<QJsonObject>(
        UserContext::of(caller.user), [&](PgConnection &conn) -> Result<QJsonObject> {
            auto found = AdminUserRepository(conn).findForUpdate(caller.user.organizationId, userId);
            if (!found)
                return found.error();
            if (!*found)
                return notFound();
            const AdminUserRow &user = **found;
            if (!user.pending) {
                return makeError(QStringLiteral("invitation_not_pending"),
                                 tr("%1 a déjà activé son compte : aucune invitation à renvoyer.").arg(user.email));
            }
            if (!user.active) {
                return makeError(QStringLiteral("user_inactive"),
                                 tr("Le compte de %1 est désactivé : réactivez-le avant de renvoyer "
                                    "l'invitation.")
                                     .arg(user.email));
            }
            if (!validation::isEmailDomainAllowed(user.email, m_options.allowedDomains)) {
                return makeError(QStringLiteral("domain_not_allowed"),
                                 tr("Seules les adresses des domaines suivants sont autorisées : %1.")
                                     .arg(m_options.allowedDomains.join(QStringLiteral(", "))));
            }
            AdminUserRepository repo(conn);
            auto previous = repo.revokeOpenInvitations(user.id, now);
            if (!previous)
                return previous.error();
            if (auto x = AuthRepository(conn).insertInvitation(crypto::sha256(token), user.id, user.email,
                                                               caller.user.id, now, expires);
                !x) {
                return x.error();
            }
            if (auto x = AuditRepository(conn).write(
                    AuditEntry{caller.user.id, caller.user.email, QStringLiteral("CREATE"),
                               QStringLiteral("invitation"), user.id,
                               QJsonObject{{QStringLiteral("expiresAt"),
                                            change(isoOrNull(*previous), isoOrNull(expires))}},
                               ctx.ip},
                    now);
                !x) {
                return x.error();
            }
            const auto role = roleFromName(user.role).value_or(Role::Commercial);
            EmailMessage message;
            message.from = m_options.emailFrom;
            message.to = QStringList{user.email};
            message.subject = tr("Invitation à rejoindre Hector");
            message.text =
                tr("Bonjour,\n\n%1 vous invite à rejoindre Hector, le CRM de %2, en tant que %3 (%4).\n\n"
                   "Installez Hector, cliquez sur « J'ai une invitation » dans la fenêtre de connexion et "
                   "saisissez ce code :\n\n    %5\n\n"
                   "Cette invitation est valable %6 jours et ne peut servir qu'une fois. Les codes "
                   "envoyés précédemment ne sont plus valables.\n\n— Hector")
                    .arg(caller.user.displayName(), caller.user.organizationName, roleLabel(role),
                         user.entityName, token)
                    .arg(m_options.invitationDays);
            auto sent = m_email->send(message);
            if (!sent) {
                qCWarning(lcAuth) << "invitation email to" << user.email << "failed:" << sent.error().message;
                return makeError(QStringLiteral("email_failed"),
                                 tr("L'e-mail d'invitation n'a pas pu être envoyé (%1). L'ancien code "
                                    "reste valable ; réessayez plus tard.")
                                     .arg(sent.error().message));
            }
            return QJsonObject{{QStringLiteral("invitation"),
                                QJsonObject{{QStringLiteral("userId"), user.id},
                                            {QStringLiteral("expiresAt"), isoOrNull(expires)},
                                            {QStringLiteral("emailSent"), true}}}};
        });
    return r;
}

Result<QJsonObject> AdminUserService::pendingInvitations(const AuthUser &caller)
{
    if (caller.user.role != Role::Admin) {
        return makeError(QStringLiteral("forbidden"),
                         tr("Les invitations en attente sont réservées aux administrateurs."));
    }
    const QDateTime now = m_clock.now();
    auto rows = m_db.transactionAs<QList<PendingInvitationRow>>(
        UserContext::of(caller.user), [&](PgConnection &conn) -> Result<QList<PendingInvitationRow>> {
            return AdminUserRepository(conn).pendingInvitations(caller.user.organizationId);
        });
    if (!rows)
        return rows.error();
    QJsonArray out;
    for (const PendingInvitationRow &p : *rows) {
        out.append(QJsonObject{{QStringLiteral("userId"), p.userId},
                               {QStringLiteral("email"), p.email},
                               {QStringLiteral("firstName"), p.firstName},
                               {QStringLiteral("lastName"), p.lastName},
                               {QStringLiteral("role"), p.role},
                               {QStringLiteral("entityName"), p.entityName},
                               {QStringLiteral("invitedBy"), p.invitedByEmail},
                               {QStringLiteral("invitedAt"), isoOrNull(p.invitedAt)},
                               {QStringLiteral("expiresAt"), isoOrNull(p.expiresAt)},
                               {QStringLiteral("expired"), p.expiresAt <= now}});
    }
    return QJsonObject{{QStringLiteral("invitations"), out}};
}

} // namespace hector::server
