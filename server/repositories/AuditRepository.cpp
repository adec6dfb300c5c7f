#include "repositories/AuditRepository.h"

#include "db/PgConnection.h"

#include <QJsonDocument>

namespace hector::server {

Result<void> AuditRepository::write(const AuditEntry &e, const QDateTime &now)
{
    auto nullable = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    auto r = m_conn.exec(
        QStringLiteral("INSERT INTO audit_logs (created_at, user_id, actor_email, action, entity_type, "
                       "entity_id, changes, ip) VALUES ($1, $2::uuid, $3, $4, $5, $6, $7::jsonb, $8)"),
        {now, nullable(e.userId), nullable(e.actorEmail), e.action, nullable(e.entityType),
         nullable(e.entityId),
         e.changes.isEmpty() ? QVariant()
                             : QVariant(QString::fromUtf8(QJsonDocument(e.changes).toJson(QJsonDocument::Compact))),
         nullable(e.ip)});
    if (!r)
        return r.error();
    return {};
}

} // namespace hector::server
