#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QString>

#include <optional>

namespace hector::server {

class PgConnection;

// One user as the administration screens see it.
struct AdminUserRow
{
    QString id;
    QString email;
    QString firstName;
    QString lastName;
    QString role;
    QString entityId;
    QString entityName;
    bool active = true;
    bool pending = false;              // no password yet: the invitation was not accepted
    QDateTime lastLoginAt;
    QDateTime createdAt;
    QDateTime invitationExpiresAt;     // newest open invitation (invalid when none)

    QJsonObject toJson() const;
};

struct AdminUserFilter
{
    QString search;                    // part of the email, first or last name
    QString role;
    QString entityId;
    std::optional<bool> active;
    bool readableEntitiesOnly = false; // restrict to hector_readable_entities() (managers)
};

struct PendingInvitationRow
{
    QString userId;
    QString email;
    QString firstName;
    QString lastName;
    QString role;
    QString entityName;
    QString invitedByEmail;
    QDateTime invitedAt;
    QDateTime expiresAt;
};

// users + invitations of one organisation, for the administration endpoints. Every call runs in a
// transaction carrying the caller's context (row-level security limits users to their organisation).
class AdminUserRepository
{
public:
    explicit AdminUserRepository(PgConnection &conn) : m_conn(conn) {}

    Result<QList<AdminUserRow>> list(const QString &organizationId, const AdminUserFilter &filter);
    // Locks the user row (FOR UPDATE); nullopt when the user is not in the organisation.
    Result<std::optional<AdminUserRow>> findForUpdate(const QString &organizationId, const QString &userId);
    // Locks the active administrators of the organisation and returns their ids.
    Result<QStringList> lockActiveAdmins(const QString &organizationId);
    Result<void> update(const QString &userId, const QString &firstName, const QString &lastName,
                        const QString &entityId, bool active, const QString &role, const QDateTime &now);
    // Revokes the open invitations of a user; returns the expiry of the newest one revoked.
    Result<QDateTime> revokeOpenInvitations(const QString &userId, const QDateTime &now);
    Result<QList<PendingInvitationRow>> pendingInvitations(const QString &organizationId);

private:
    PgConnection &m_conn;
};

} // namespace hector::server
