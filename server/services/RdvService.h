#pragma once

#include "services/CrudService.h"

#include <QUrlQuery>

namespace hector::server {

// Module 7 of issue #5: appointments (rdvs). A commercial reads and changes only their own, the
// other roles every appointment of their readable entities (row-level security, migration 0005);
// an appointment the caller cannot read answers not_found. Writes are audited in their
// transaction and reach the desktop replicas through the capture triggers.
class RdvService : public CrudService
{
public:
    RdvService(Database &db, const Clock &clock);
    // get() and remove(): CrudService.

    // Query: from, to (YYYY-MM-DD or ISO 8601; appointments overlapping [from, to)), prospectId,
    // ownerId, status, limit, offset. {"items", "total", "limit", "offset"}, by start time.
    Result<QJsonObject> list(const AuthUser &caller, const QUrlQuery &query);
    // Entity: the linked prospect's, else the caller's; owner: the caller; status « planifie »;
    // endsAt: startsAt + 1 hour when absent.
    Result<QJsonObject> create(const AuthUser &caller, const QJsonObject &body, const RequestContext &ctx);
    Result<QJsonObject> update(const AuthUser &caller, const QString &id, const QJsonObject &body,
                               const RequestContext &ctx);
};

} // namespace hector::server
