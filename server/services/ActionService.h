#pragma once

#include "core/Result.h"
#include "services/AuthService.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace hector::server {

class Clock;
class Database;

// Module 8 of issue #5: sales actions (call, e-mail, visit, quote). Same visibility as the
// appointments: a commercial their own, the other roles their readable entities (row-level
// security, migration 0005). Writes are audited and reach the desktop replicas.
class ActionService
{
public:
    ActionService(Database &db, const Clock &clock);

    // Query: prospectId, ownerId, status, type, overdue=true (due before now, not done), dueBefore,
    // limit, offset. {"items", "total", "limit", "offset"}, soonest due first (no due date last).
    Result<QJsonObject> list(const AuthUser &caller, const QUrlQuery &query);
    Result<QJsonObject> get(const AuthUser &caller, const QString &id);
    // Status « a_faire » by default; an action created or set « termine » gets completedAt = now
    // when none is given; reopening it clears completedAt.
    Result<QJsonObject> create(const AuthUser &caller, const QJsonObject &body, const RequestContext &ctx);
    Result<QJsonObject> update(const AuthUser &caller, const QString &id, const QJsonObject &body,
                               const RequestContext &ctx);
    Result<QJsonObject> remove(const AuthUser &caller, const QString &id, const RequestContext &ctx);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace hector::server
