#pragma once

#include "services/CrudService.h"

#include <QUrlQuery>

namespace hector::server {

// Module 8 of issue #5: sales actions (call, e-mail, visit, quote). Same visibility as the
// appointments: a commercial their own, the other roles their readable entities (row-level
// security, migration 0005). Writes are audited and reach the desktop replicas.
class ActionService : public CrudService
{
public:
    ActionService(Database &db, const Clock &clock);
    // get() and remove(): CrudService.

    // Query: prospectId, ownerId, status, type, overdue=true (due before now, not done), dueBefore,
    // limit, offset. {"items", "total", "limit", "offset"}, soonest due first (no due date last).
    Result<QJsonObject> list(const AuthUser &caller, const QUrlQuery &query);
    // Status « a_faire » by default; an action created or set « termine » gets completedAt = now
    // when none is given; reopening it clears completedAt.
    Result<QJsonObject> create(const AuthUser &caller, const QJsonObject &body, const RequestContext &ctx);
    Result<QJsonObject> update(const AuthUser &caller, const QString &id, const QJsonObject &body,
                               const RequestContext &ctx);
};

} // namespace hector::server
