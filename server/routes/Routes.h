#pragma once

namespace hector::server {

class ActionService;
class AdminUserService;
class AuditService;
class AuthService;
class CronScheduler;
class DashboardService;
class OpportunityService;
class OcrService;
class Database;
class HttpServer;
class OrganizationService;
class ProspectService;
class RdvService;
class TeamService;
class SyncService;
class JobQueue;
class EnrichmentService;
class GeoService;
class CompanySearchService;
class ProviderHttp;

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
// Issue #8: business-card OCR (Claude Vision through the server) and its monitoring (module 25).
void registerOcrRoutes(HttpServer &http, AuthService &auth, OcrService &ocr);

// Issue #7: job queue and schedules, enrichment, geocoding, company search, API quotas.
struct ProviderRouteServices
{
    JobQueue &jobs;
    CronScheduler &cron;
    EnrichmentService &enrichment;
    GeoService &geo;
    CompanySearchService &companies;
    ProviderHttp &providers;
};
void registerProviderRoutes(HttpServer &http, AuthService &auth, ProviderRouteServices services);

} // namespace hector::server
