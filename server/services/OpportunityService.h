#pragma once

#include "services/CrudService.h"

#include <QUrlQuery>

namespace hector::server {

// Module 14 of issue #6: opportunities (pipeline), their activities, notes and scoring history.
// A commercial reads and changes only their own opportunities, the other roles every opportunity
// of their readable entities (row-level security, migration 0006); activities, notes and history
// are visible with their opportunity. An id the caller cannot read answers not_found. Every write
// is audited in its transaction and reaches the desktop replicas through the capture triggers.
class OpportunityService : public CrudService
{
public:
    OpportunityService(Database &db, const Clock &clock);
    // remove(): CrudService.

    // The record with "scoring": the six-factor score computed now from its inputs
    // (docs/scoring.md), {"total", "temperature", "temperatureLabel", "factors"}.
    Result<QJsonObject> get(const AuthUser &caller, const QString &id);
    // Query: stage, temperature (HOT, WARM, COLD: the stored score), ownerId, prospectId, entityId,
    // limit, offset. {"items", "total", "limit", "offset"}, newest first.
    Result<QJsonObject> list(const AuthUser &caller, const QUrlQuery &query);
    // Entity: the linked prospect's, else the caller's; owner: the caller; stage « prospection ».
    // stage_changed_at = now; a won or lost opportunity gets closed_at = now unless given.
    Result<QJsonObject> create(const AuthUser &caller, const QJsonObject &body, const RequestContext &ctx);
    // Partial update. A new stage sets stage_changed_at; entering gagne/perdu sets closed_at (unless
    // given), reopening clears it.
    Result<QJsonObject> update(const AuthUser &caller, const QString &id, const QJsonObject &body,
                               const RequestContext &ctx);

    // Activities, newest first; a new one (body {"kind", "direction", "occurredAt"?, "summary"?},
    // occurredAt defaults to now) moves the opportunity's last_activity_at forward and clears
    // stagnant_since, audited in the same transaction.
    Result<QJsonObject> activities(const AuthUser &caller, const QString &id, const QUrlQuery &query);
    Result<QJsonObject> addActivity(const AuthUser &caller, const QString &id, const QJsonObject &body,
                                    const RequestContext &ctx);
    // Notes, newest first; body {"body"}.
    Result<QJsonObject> notes(const AuthUser &caller, const QString &id, const QUrlQuery &query);
    Result<QJsonObject> addNote(const AuthUser &caller, const QString &id, const QJsonObject &body,
                                const RequestContext &ctx);
    // Scores stored by the server (daily job, manual trigger), newest first; "factors" as an array.
    Result<QJsonObject> scoringHistory(const AuthUser &caller, const QString &id, const QUrlQuery &query);
};

} // namespace hector::server
