#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QString>

namespace hector::server {

class PgConnection;

struct AuditEntry
{
    QString userId;      // may be empty (failed login of an unknown account)
    QString actorEmail;
    QString action;      // CREATE, UPDATE, DELETE, LOGIN, LOGIN_FAILED, LOGOUT, PASSWORD_RESET, ...
    QString entityType;
    QString entityId;
    QJsonObject changes;
    QString ip;
};

// Append-only audit trail, written in the same transaction as the change it records.
class AuditRepository
{
public:
    explicit AuditRepository(PgConnection &conn) : m_conn(conn) {}
    Result<void> write(const AuditEntry &entry, const QDateTime &now);

private:
    PgConnection &m_conn;
};

} // namespace hector::server
