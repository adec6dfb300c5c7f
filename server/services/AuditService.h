#pragma once

#include "core/Result.h"
#include "services/AuthService.h"

#include <QByteArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace hector::server {

class Database;
struct AuditFilter;

// Module 5: reading the audit trail of the administrator's organisation (list, statistics,
// CSV export). Administrators only.
class AuditService
{
public:
    explicit AuditService(Database &db);

    // Query: userId, action, entityType, from, to, limit (1..500, 50), offset.
    // Returns {"logs": [...], "total", "limit", "offset"}.
    Result<QJsonObject> list(const AuthUser &caller, const QUrlQuery &query);
    Result<QJsonObject> stats(const AuthUser &caller, const QUrlQuery &query);
    // RFC 4180 CSV: UTF-8 with a byte order mark, ';' separator (what Excel expects with French
    // regional settings), CRLF line ends, fields quoted when they hold ';', '"', CR or LF.
    Result<QByteArray> exportCsv(const AuthUser &caller, const QUrlQuery &query);

    static QByteArray csvField(const QString &value);

    static constexpr int kMaxExportRows = 100000;

private:
    Database &m_db;
};

} // namespace hector::server
