#pragma once

#include "core/Result.h"
#include "repositories/DashboardRepository.h"
#include "services/AuthService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hector::server {

class Clock;
class Database;

namespace teams {
// `objective` ({"month", "revenueEur", "rdvCount", "signaturesCount"}) with "actual" (the same
// three figures realised) and "progress" (percent of each objective, one decimal; null for an
// objective of 0).
QJsonObject withActual(QJsonObject objective, const ObjectiveActual &actual);
} // namespace teams

// Module 4: teams (hierarchy by parent team), their members and monthly objectives (revenue in
// EUR, appointments, signatures). Admins manage every team of the organisation, managers the
// teams of their entity and its sub-entities; others read the teams they belong to. Row-level
// security (migration 0004) enforces the same rules; writes are audited in their transaction.
class TeamService
{
public:
    TeamService(Database &db, const Clock &clock);

    Result<QJsonArray> list(const AuthUser &caller);
    // Teams with member count, the actuals of `month` ("YYYY-MM", empty: current month) and its
    // objective with actuals and progress (teams::withActual) or null.
    Result<QJsonObject> stats(const AuthUser &caller, const QString &month);
    // Team with "members" and "objectives" (each with actuals and progress). Actuals count the
    // team's current members and what the caller may read (row-level security).
    Result<QJsonObject> get(const AuthUser &caller, const QString &id);
    // Body {"name", "entityId", "parentTeamId"?, "managerId"?, "members"?: [{"userId","role"}],
    // "objectives"?: [{"month","revenueEur","rdvCount","signaturesCount"}]} (the last two let the
    // client undo a deletion in one call).
    Result<QJsonObject> create(const AuthUser &caller, const QJsonObject &body, const RequestContext &ctx);
    Result<QJsonObject> update(const AuthUser &caller, const QString &id, const QJsonObject &body,
                               const RequestContext &ctx);
    // Returns the deleted team as get() did.
    Result<QJsonObject> remove(const AuthUser &caller, const QString &id, const RequestContext &ctx);
    // Body {"userId", "role"?: "member"|"lead"}.
    Result<QJsonObject> addMember(const AuthUser &caller, const QString &teamId, const QJsonObject &body,
                                  const RequestContext &ctx);
    Result<void> removeMember(const AuthUser &caller, const QString &teamId, const QString &userId,
                              const RequestContext &ctx);
    // Active users who may join the team (its entity and sub-entities), not yet members.
    Result<QJsonArray> candidates(const AuthUser &caller, const QString &teamId);
    // month "YYYY-MM"; body {"revenueEur", "rdvCount", "signaturesCount"}.
    Result<QJsonObject> setObjective(const AuthUser &caller, const QString &teamId, const QString &month,
                                     const QJsonObject &body, const RequestContext &ctx);

    // Objectives of visible teams for a month with their actuals (/api/opportunities/objectives).
    // Query: month ("YYYY-MM", default: current month in Europe/Paris), teamId.
    // {"month", "objectives": [{"teamId", "teamName", "month", "revenueEur", "rdvCount",
    // "signaturesCount", "actual", "progress"}]}.
    // With `ownContribution`: only the teams the caller belongs to, and the actuals of the caller's
    // own opportunities and appointments (the commercial dashboard).
    Result<QJsonObject> objectives(const AuthUser &caller, const QString &month, const QString &teamId,
                                   bool ownContribution = false);
    // Body {"teamId", "month", "revenueEur", "rdvCount", "signaturesCount"}: setObjective(), then
    // the objective as objectives() lists it.
    Result<QJsonObject> saveObjective(const AuthUser &caller, const QJsonObject &body, const RequestContext &ctx);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace hector::server
