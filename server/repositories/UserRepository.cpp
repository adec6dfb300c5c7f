#include "repositories/UserRepository.h"

#include "db/PgConnection.h"

#include <QJsonObject>

namespace hector::server {

Result<std::optional<UserRecord>> UserRepository::findOne(const QString &where, const QVariant &arg)
{
    auto r = m_conn.exec(
        QStringLiteral(
            "SELECT u.id, u.email, u.password_hash, u.first_name, u.last_name, u.role, u.active, "
            "       u.last_login_at, u.organization_id, o.name AS organization_name, "
            "       u.entity_id, e.name AS entity_name, e.country_code "
            "FROM users u JOIN organizations o ON o.id = u.organization_id "
            "JOIN entities e ON e.id = u.entity_id WHERE ")
            + where,
        {arg});
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return std::optional<UserRecord>{};
    UserRecord rec;
    UserDto &u = rec.dto;
    u.id = r->text(0, "id");
    u.email = r->text(0, "email");
    u.firstName = r->text(0, "first_name");
    u.lastName = r->text(0, "last_name");
    u.role = roleFromName(r->text(0, "role")).value_or(Role::Commercial);
    u.active = r->toBool(0, "active");
    u.lastLoginAt = r->toDateTime(0, "last_login_at");
    u.organizationId = r->text(0, "organization_id");
    u.organizationName = r->text(0, "organization_name");
    u.entityId = r->text(0, "entity_id");
    u.entityName = r->text(0, "entity_name");
    u.entityCountry = r->text(0, "country_code");
    rec.passwordHash = r->text(0, "password_hash");
    return std::optional<UserRecord>(rec);
}

Result<std::optional<UserRecord>> UserRepository::findByEmail(const QString &normalizedEmail)
{
    return findOne(QStringLiteral("u.email = $1"), normalizedEmail);
}

Result<std::optional<UserRecord>> UserRepository::findById(const QString &id)
{
    return findOne(QStringLiteral("u.id = $1::uuid"), id);
}

Result<QString> UserRepository::insert(const NewUser &user)
{
    auto r = m_conn.exec(
        QStringLiteral("INSERT INTO users (email, first_name, last_name, role, organization_id, "
                       "entity_id, password_hash) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id"),
        {user.email, user.firstName, user.lastName, roleName(user.role), user.organizationId,
         user.entityId, user.passwordHash.isEmpty() ? QVariant() : QVariant(user.passwordHash)});
    if (!r)
        return r.error();
    return r->text(0, "id");
}

Result<void> UserRepository::setPassword(const QString &userId, const QString &hash, const QDateTime &now)
{
    auto r = m_conn.exec(QStringLiteral("UPDATE users SET password_hash = $2, updated_at = $3 WHERE id = $1"),
                         {userId, hash, now});
    if (!r)
        return r.error();
    return {};
}

Result<void> UserRepository::setNames(const QString &userId, const QString &first, const QString &last)
{
    auto r = m_conn.exec(QStringLiteral("UPDATE users SET first_name = $2, last_name = $3 WHERE id = $1"),
                         {userId, first, last});
    if (!r)
        return r.error();
    return {};
}

Result<void> UserRepository::touchLastLogin(const QString &userId, const QDateTime &now)
{
    auto r = m_conn.exec(QStringLiteral("UPDATE users SET last_login_at = $2 WHERE id = $1"), {userId, now});
    if (!r)
        return r.error();
    return {};
}

Result<bool> UserRepository::entityBelongsTo(const QString &entityId, const QString &organizationId)
{
    auto r = m_conn.exec(QStringLiteral("SELECT 1 FROM entities WHERE id::text = $1 AND organization_id = $2"),
                         {entityId, organizationId});
    if (!r)
        return r.error();
    return r->rows() == 1;
}

Result<QJsonArray> UserRepository::entities(const QString &organizationId)
{
    auto r = m_conn.exec(QStringLiteral("SELECT id, name, country_code, parent_id, level FROM entities "
                                        "WHERE organization_id = $1 ORDER BY level, name"),
                         {organizationId});
    if (!r)
        return r.error();
    QJsonArray out;
    for (int i = 0; i < r->rows(); ++i) {
        out.append(QJsonObject{
            {QStringLiteral("id"), r->text(i, "id")},
            {QStringLiteral("name"), r->text(i, "name")},
            {QStringLiteral("countryCode"), r->text(i, "country_code")},
            {QStringLiteral("parentId"), r->isNull(i, "parent_id") ? QJsonValue() : QJsonValue(r->text(i, "parent_id"))},
            {QStringLiteral("level"), int(r->toInt(i, "level"))},
        });
    }
    return out;
}

} // namespace hector::server
