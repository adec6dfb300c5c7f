#pragma once

#include "core/Result.h"
#include "services/AuthService.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace hector::server {

class Clock;
class Database;

// Module 7 of issue #5: appointments (rdvs). A commercial reads and changes only their own, the
// other roles every appointment of their readable entities (row-level security, migration 0005);
// an appointment the caller cannot read answers not_found. Writes are audited in their
// transaction and reach the desktop replicas through the capture triggers.
class RdvService
{
public:
    RdvService(Database &db, const Clock &clock);

    // Query: from, to (YYYY-MM-DD or ISO 8601; appointments overlapping [from, to)), prospectId,
    // ownerId, status, limit, offset. {"items", "total", "limit", "offset"}, by start time.
    Result<QJsonObject> list(const AuthUser &caller, const QUrlQuery &query);
    Result<QJsonObject> get(const AuthUser &caller, const QString &id);
    // Entity: the linked prospect's, else the caller's; owner: the caller; status « planifie »;
    // endsAt: startsAt + 1 hour when absent.
    Result<QJsonObject> create(const AuthUser &caller, const QJsonObject &body, const RequestContext &ctx);
    Result<QJsonObject> update(const AuthUser &caller, const QString &id, const QJsonObject &body,
                               const RequestContext &ctx);
    Result<QJsonObject> remove(const AuthUser &caller, const QString &id, const RequestContext &ctx);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace hector::server
