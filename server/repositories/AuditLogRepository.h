#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace hector::server {

class PgConnection;

struct AuditFilter
{
    QString userId;
    QString action;
    QString entityType;
    QDateTime from;  // inclusive
    QDateTime to;    // exclusive
};

struct AuditLogRow
{
    qint64 id = 0;
    QDateTime createdAt;
    QString userId;
    QString actorEmail;
    QString userName;
    QString action;
    QString entityType;
    QString entityId;
    QJsonObject changes;
    QString ip;

    QJsonObject toJson() const;
};

// Reads the audit trail of one organisation: a row belongs to the organisation of its user
// (audit_logs.user_id); rows without a known user (failed logins of unknown addresses) belong to
// no organisation and are never listed.
class AuditLogRepository
{
public:
    explicit AuditLogRepository(PgConnection &conn) : m_conn(conn) {}

    // Newest first.
    Result<QList<AuditLogRow>> list(const QString &organizationId, const AuditFilter &filter, int limit, int offset);
    Result<qint64> count(const QString &organizationId, const AuditFilter &filter);
    // {"total", "byAction": [{action, count}], "byEntityType": [...], "byUser": [...]}
    Result<QJsonObject> stats(const QString &organizationId, const AuditFilter &filter);

private:
    QString where(const QString &organizationId, const AuditFilter &filter, QVariantList &params) const;
    PgConnection &m_conn;
};

} // namespace hector::server
