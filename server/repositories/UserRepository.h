#pragma once

#include "core/Dto.h"
#include "core/Result.h"

#include <QJsonArray>
#include <optional>

namespace hector::server {

class PgConnection;

struct UserRecord
{
    UserDto dto;
    QString passwordHash; // empty while an invitation is pending
};

struct NewUser
{
    QString email;
    QString firstName;
    QString lastName;
    Role role = Role::Commercial;
    QString organizationId;
    QString entityId;
    QString passwordHash; // may be empty (invitation)
};

// users, organizations and entities tables.
class UserRepository
{
public:
    explicit UserRepository(PgConnection &conn) : m_conn(conn) {}

    Result<std::optional<UserRecord>> findByEmail(const QString &normalizedEmail);
    Result<std::optional<UserRecord>> findById(const QString &id);
    Result<QString> insert(const NewUser &user);
    Result<void> setPassword(const QString &userId, const QString &hash, const QDateTime &now);
    Result<void> setNames(const QString &userId, const QString &first, const QString &last);
    Result<void> touchLastLogin(const QString &userId, const QDateTime &now);
    // Entity of the organisation, or nullopt.
    Result<bool> entityBelongsTo(const QString &entityId, const QString &organizationId);
    Result<QJsonArray> entities(const QString &organizationId);

private:
    Result<std::optional<UserRecord>> findOne(const QString &where, const QVariant &arg);
    PgConnection &m_conn;
};

} // namespace hector::server
