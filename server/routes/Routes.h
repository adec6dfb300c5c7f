#pragma once

namespace hector::server {

class ActionService;
class AdminUserService;
class AuditService;
class AuthService;
class CronScheduler;
class DashboardService;
class OpportunityService;
class Database;
class HttpServer;
class OrganizationService;
class ProspectService;
class RdvService;
class TeamService;
class SyncService;

// Each function registers one module's endpoints (routes -> services -> repositories).
void registerHealthRoutes(HttpServer &http, Database &db);
void registerAuthRoutes(HttpServer &http, AuthService &auth);
void registerOrganizationRoutes(HttpServer &http, AuthService &auth, OrganizationService &org);
void registerTeamRoutes(HttpServer &http, AuthService &auth, TeamService &teams);
void registerSyncRoutes(HttpServer &http, AuthService &auth, SyncService &sync);
void registerAdminUserRoutes(HttpServer &http, AuthService &auth, AdminUserService &admin);
void registerAuditRoutes(HttpServer &http, AuthService &auth, AuditService &audit);
void registerCrmRoutes(HttpServer &http, AuthService &auth, ProspectService &prospects, RdvService &rdvs,
                       ActionService &actions);
// Issue #6: opportunities, their dashboards, objectives with actuals, analytics (module 24), cron.
void registerOpportunityRoutes(HttpServer &http, AuthService &auth, OpportunityService &opportunities,
                               DashboardService &dashboards, TeamService &teams, CronScheduler &cron);

} // namespace hector::server
