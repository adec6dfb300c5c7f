#include "repositories/AdminUserRepository.h"

#include "db/PgConnection.h"

#include <QJsonObject>

namespace hector::server {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT u.id, u.email, u.first_name, u.last_name, u.role, u.active, u.last_login_at, u.created_at, "
    "       u.entity_id, e.name AS entity_name, (u.password_hash IS NULL) AS pending, "
    "       (SELECT max(i.expires_at) FROM invitations i WHERE i.user_id = u.id "
    "           AND i.accepted_at IS NULL AND i.revoked_at IS NULL) AS invitation_expires_at "
    "FROM users u JOIN entities e ON e.id = u.entity_id ");

QJsonValue isoOrNull(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(dt.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

AdminUserRow rowAt(const PgResult &r, int i)
{
    AdminUserRow u;
    u.id = r.text(i, "id");
    u.email = r.text(i, "email");
    u.firstName = r.text(i, "first_name");
    u.lastName = r.text(i, "last_name");
    u.role = r.text(i, "role");
    u.active = r.toBool(i, "active");
    u.lastLoginAt = r.toDateTime(i, "last_login_at");
    u.createdAt = r.toDateTime(i, "created_at");
    u.entityId = r.text(i, "entity_id");
    u.entityName = r.text(i, "entity_name");
    u.pending = r.toBool(i, "pending");
    u.invitationExpiresAt = r.toDateTime(i, "invitation_expires_at");
    return u;
}

Result<void> done(const Result<PgResult> &r)
{
    if (!r)
        return r.error();
    return {};
}
} // namespace

QJsonObject AdminUserRow::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("email"), email},
        {QStringLiteral("firstName"), firstName},
        {QStringLiteral("lastName"), lastName},
        {QStringLiteral("role"), role},
        {QStringLiteral("entityId"), entityId},
        {QStringLiteral("entityName"), entityName},
        {QStringLiteral("active"), active},
        {QStringLiteral("pendingInvitation"), pending},
        {QStringLiteral("invitationExpiresAt"), isoOrNull(invitationExpiresAt)},
        {QStringLiteral("lastLoginAt"), isoOrNull(lastLoginAt)},
        {QStringLiteral("createdAt"), isoOrNull(createdAt)},
    };
}

Result<QList<AdminUserRow>> AdminUserRepository::list(const QString &organizationId, const AdminUserFilter &f)
{
    QString sql = kSelect + QStringLiteral("WHERE u.organization_id = $1");
    QVariantList params{organizationId};
    const auto next = [&params](const QVariant &v) {
        params << v;
        return QStringLiteral("$%1").arg(params.size());
    };
    if (!f.search.trimmed().isEmpty()) {
        const QString p = next(f.search.trimmed());
        sql += QStringLiteral(" AND (strpos(lower(u.email), lower(%1)) > 0 "
                              "OR strpos(lower(u.first_name || ' ' || u.last_name), lower(%1)) > 0 "
                              "OR strpos(lower(u.last_name || ' ' || u.first_name), lower(%1)) > 0)")
                   .arg(p);
    }
    if (!f.role.isEmpty())
        sql += QStringLiteral(" AND u.role = %1").arg(next(f.role));
    if (!f.entityId.isEmpty())
        sql += QStringLiteral(" AND u.entity_id::text = %1").arg(next(f.entityId));
    if (f.active)
        sql += QStringLiteral(" AND u.active = %1::boolean").arg(next(*f.active));
    if (f.readableEntitiesOnly)
        sql += QStringLiteral(" AND u.entity_id IN (SELECT hector_readable_entities())");
    sql += QStringLiteral(" ORDER BY lower(u.last_name), lower(u.first_name), u.email");
    auto r = m_conn.exec(sql, params);
    if (!r)
        return r.error();
    QList<AdminUserRow> out;
    out.reserve(r->rows());
    for (int i = 0; i < r->rows(); ++i)
        out << rowAt(*r, i);
    return out;
}

Result<std::optional<AdminUserRow>> AdminUserRepository::findForUpdate(const QString &organizationId,
                                                                      const QString &userId)
{
    // Locks the user row only (FOR UPDATE OF u): the entity and invitations stay shared.
    auto r = m_conn.exec(kSelect + QStringLiteral("WHERE u.organization_id = $1 AND u.id::text = $2 FOR UPDATE OF u"),
                         {organizationId, userId});
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return std::optional<AdminUserRow>{};
    return std::optional<AdminUserRow>(rowAt(*r, 0));
}

Result<QStringList> AdminUserRepository::lockActiveAdmins(const QString &organizationId)
{
    auto r = m_conn.exec(QStringLiteral("SELECT id FROM users WHERE organization_id = $1 AND role = 'admin' "
                                        "AND active ORDER BY id FOR UPDATE"),
                         {organizationId});
    if (!r)
        return r.error();
    QStringList ids;
    for (int i = 0; i < r->rows(); ++i)
        ids << r->text(i, "id");
    return ids;
}

Result<void> AdminUserRepository::update(const QString &userId, const QString &firstName, const QString &lastName,
                                         const QString &entityId, bool active, const QString &role,
                                         const QDateTime &now)
{
    return done(m_conn.exec(QStringLiteral("UPDATE users SET first_name = $2, last_name = $3, entity_id = $4::uuid, "
                                           "active = $5::boolean, role = $6, updated_at = $7 WHERE id = $1::uuid"),
                            {userId, firstName, lastName, entityId, active, role, now}));
}

Result<QDateTime> AdminUserRepository::revokeOpenInvitations(const QString &userId, const QDateTime &now)
{
    auto r = m_conn.exec(QStringLiteral("WITH revoked AS (UPDATE invitations SET revoked_at = $2 "
                                        "  WHERE user_id = $1::uuid AND accepted_at IS NULL AND revoked_at IS NULL "
                                        "  RETURNING expires_at) "
                                        "SELECT max(expires_at) AS expires_at FROM revoked"),
                         {userId, now});
    if (!r)
        return r.error();
    return r->toDateTime(0, "expires_at");
}

Result<QList<PendingInvitationRow>> AdminUserRepository::pendingInvitations(const QString &organizationId)
{
    auto r = m_conn.exec(
        QStringLiteral("SELECT DISTINCT ON (u.id) u.id, u.email, u.first_name, u.last_name, u.role, "
                       "       e.name AS entity_name, i.created_at, i.expires_at, b.email AS invited_by "
                       "FROM invitations i JOIN users u ON u.id = i.user_id "
                       "JOIN entities e ON e.id = u.entity_id "
                       "LEFT JOIN users b ON b.id = i.invited_by "
                       "WHERE u.organization_id = $1 AND u.password_hash IS NULL AND u.active "
                       "  AND i.accepted_at IS NULL AND i.revoked_at IS NULL "
                       "ORDER BY u.id, i.created_at DESC"),
        {organizationId});
    if (!r)
        return r.error();
    QList<PendingInvitationRow> out;
    for (int i = 0; i < r->rows(); ++i) {
        PendingInvitationRow p;
        p.userId = r->text(i, "id");
        p.email = r->text(i, "email");
        p.firstName = r->text(i, "first_name");
        p.lastName = r->text(i, "last_name");
        p.role = r->text(i, "role");
        p.entityName = r->text(i, "entity_name");
        p.invitedByEmail = r->text(i, "invited_by");
        p.invitedAt = r->toDateTime(i, "created_at");
        p.expiresAt = r->toDateTime(i, "expires_at");
        out << p;
    }
    std::sort(out.begin(), out.end(), [](const PendingInvitationRow &a, const PendingInvitationRow &b) {
        return a.expiresAt < b.expiresAt;
    });
    return out;
}

} // namespace hector::server
