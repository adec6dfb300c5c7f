#pragma once

#include "core/Result.h"
#include "services/AuthService.h"

#include <QJsonObject>
#include <QUrlQuery>

#include <optional>

namespace hector::server {

class Clock;
class Database;
class EmailSender;

// Changes an administrator asks for on one user (absent members stay as they are).
struct UserChanges
{
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<QString> entityId;
    std::optional<bool> active;
    std::optional<QString> role;
};

// Issue #4, users administration: listing (admin: organisation, manager: their entity and its
// sub-entities, read only), changes of names, entity, role and activity, new invitations.
// Every change is audited (UPDATE/CREATE with {field: {old, new}}) in the same transaction.
class AdminUserService
{
public:
    AdminUserService(Database &db, const Clock &clock, EmailSender *email, AuthService::Options options);

    // Query: search, role, entityId, active (true/false). Returns {"users": [...]}.
    Result<QJsonObject> list(const AuthUser &caller, const QUrlQuery &query);
    // Returns {"user": ...}.
    Result<QJsonObject> update(const AuthUser &caller, const QString &userId, const UserChanges &changes,
                               const RequestContext &ctx);
    // Revokes the user's open invitation codes and emails a new one (valid invitationDays).
    // Returns {"invitation": {"expiresAt", "emailSent"}}.
    Result<QJsonObject> resendInvitation(const AuthUser &caller, const QString &userId, const RequestContext &ctx);
    // Returns {"invitations": [...]}.
    Result<QJsonObject> pendingInvitations(const AuthUser &caller);

private:
    Database &m_db;
    const Clock &m_clock;
    EmailSender *m_email;
    AuthService::Options m_options;
};

} // namespace hector::server
