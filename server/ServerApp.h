#pragma once

#include "core/Result.h"
#include "server/ServerConfig.h"

#include <QObject>

#include <memory>

namespace hector::server {

class ActionService;
class AdminUserService;
class AuditService;
class AuthService;
class Clock;
class CronScheduler;
class DashboardService;
class Database;
class EmailSender;
class EmbeddedPostgres;
class HttpServer;
class PasswordHasher;
class SyncLiveHub;
class SyncService;
class OrganizationService;
class OpportunityService;
class OcrService;
class ProspectService;
class RdvService;
class TeamService;
class JobQueue;
class ProviderHttp;
class InseeClient;
class PappersClient;
class Geocoder;
class EnrichmentService;
class GeoService;
class CompanySearchService;

// The whole server: database (embedded or external), migrations, services and HTTP routes.
class ServerApp : public QObject
{
    Q_OBJECT
public:
    // `clock`: null for the system clock (tests inject a ManualClock).
    explicit ServerApp(ServerConfig config, std::shared_ptr<Clock> clock = {}, QObject *parent = nullptr);
    ~ServerApp() override;

    Result<void> start();
    // Graceful: stop accepting, finish running requests, stop the embedded database.
    void stop();

    quint16 port() const;
    const ServerConfig &config() const { return m_config; }
    // Runtime connections: role hector_app, subject to row-level security.
    Database &database() { return *m_db; }
    // Owner connections (migrations, demo seeding, server keys, tests): not subject to row-level
    // security. Never used to answer a request.
    Database &ownerDatabase() { return *m_ownerDb; }
    AuthService &authService() { return *m_auth; }
    SyncService &syncService() { return *m_sync; }
    SyncLiveHub &liveHub() { return *m_live; }
    const PasswordHasher &passwordHasher() const { return *m_hasher; }
    // The scheduled jobs (ticking only when cron_enabled; tests call runDue()).
    CronScheduler &cron() { return *m_cron; }
    // Business-card OCR and its monitoring (issue #8); tests reconfigure its Claude connector.
    OcrService &ocrService() { return *m_ocr; }
    QString outboxDir() const;
    // Issue #7: the job queue (workers per job_workers; tests call runReady()), the provider
    // HTTP layer (quotas, incidents), enrichment and geocoding.
    JobQueue &jobQueue() { return *m_jobs; }
    ProviderHttp &providerHttp() { return *m_providers; }
    EnrichmentService &enrichment() { return *m_enrichment; }
    Geocoder &geocoder() { return *m_geocoder; }

private:
    Result<QByteArray> loadJwtSecret();

    ServerConfig m_config;
    std::shared_ptr<Clock> m_clock;
    std::unique_ptr<EmbeddedPostgres> m_embedded;
    std::unique_ptr<Database> m_ownerDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<EmailSender> m_email;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<AdminUserService> m_adminUsers;
    std::unique_ptr<AuditService> m_audit;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<OrganizationService> m_organizations;
    std::unique_ptr<TeamService> m_teams;
    std::unique_ptr<ProspectService> m_prospects;
    std::unique_ptr<RdvService> m_rdvs;
    std::unique_ptr<ActionService> m_actions;
    std::unique_ptr<OpportunityService> m_opportunities;
    std::unique_ptr<DashboardService> m_dashboards;
    std::unique_ptr<CronScheduler> m_cron;
    std::unique_ptr<OcrService> m_ocr;
    std::unique_ptr<JobQueue> m_jobs;
    std::unique_ptr<ProviderHttp> m_providers;
    std::unique_ptr<InseeClient> m_insee;
    std::unique_ptr<PappersClient> m_pappers;
    std::unique_ptr<Geocoder> m_geocoder;
    std::unique_ptr<EnrichmentService> m_enrichment;
    std::unique_ptr<GeoService> m_geo;
    std::unique_ptr<CompanySearchService> m_companies;
    std::unique_ptr<HttpServer> m_http;
    std::unique_ptr<SyncLiveHub> m_live;
};

} // namespace hector::server
