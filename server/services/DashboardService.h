#pragma once

#include "core/Result.h"
#include "services/AuthService.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace hector::server {

class Clock;
class Database;
class TeamService;

// Dashboards of module 14 (commercial, manager) and the analytics of module 24. Every figure is an
// aggregate read in the caller's transaction: row-level security decides which opportunities and
// appointments count (a commercial only their own). Months are Europe/Paris calendar months.
class DashboardService
{
public:
    DashboardService(Database &db, const Clock &clock, TeamService &teams);

    // The caller's own pipeline. Query: month ("YYYY-MM", default: the current month).
    Result<QJsonObject> commercial(const AuthUser &caller, const QUrlQuery &query);
    // Admins, presidents and managers (403 otherwise). Query: teamId, entityId (with its
    // sub-entities), from, to (closing dates; default: the last 12 months, current one included).
    Result<QJsonObject> manager(const AuthUser &caller, const QUrlQuery &query);
    // Module 24 KPIs. Query: entityId (with its sub-entities), ownerId.
    Result<QJsonObject> analytics(const AuthUser &caller, const QUrlQuery &query);

private:
    Database &m_db;
    const Clock &m_clock;
    TeamService &m_teams;
};

} // namespace hector::server
