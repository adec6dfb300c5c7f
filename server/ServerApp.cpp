#include "server/ServerApp.h"

#include "db/Database.h"
#include "db/EmbeddedPostgres.h"
#include "db/Migrator.h"
#include "email/EmailSender.h"
#include "http/HttpServer.h"
#include "jobs/CronScheduler.h"
#include "jobs/JobQueue.h"
#include "providers/CompanyRegistry.h"
#include "providers/Geocoder.h"
#include "providers/ProviderHttp.h"
#include "services/CompanySearchService.h"
#include "services/EnrichmentService.h"
#include "services/GeoService.h"
#include "routes/Routes.h"
#include "server/ocr/OcrService.h"
#include "server/Logging.h"
#include "services/ActionService.h"
#include "services/AdminUserService.h"
#include "services/AuditService.h"
#include "services/AuthService.h"
#include "services/Clock.h"
#include "services/Crypto.h"
#include "services/DashboardService.h"
#include "services/OpportunityService.h"
#include "services/OrganizationService.h"
#include "services/ProspectService.h"
#include "services/RdvService.h"
#include "services/TeamService.h"
#include "services/SyncLive.h"
#include "services/SyncService.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QHostAddress>
#include <QWebSocket>

namespace hector::server {

ServerApp::ServerApp(ServerConfig config, std::shared_ptr<Clock> clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock ? std::move(clock) : std::make_shared<SystemClock>())
{}

ServerApp::~ServerApp()
{
    stop();
}

QString ServerApp::outboxDir() const
{
    return QDir(m_config.value(ConfigKey::DataDir)).filePath(QStringLiteral("outbox"));
}

quint16 ServerApp::port() const
{
    return m_http ? m_http->port() : 0;
}

Result<void> ServerApp::start()
{
    if (!crypto::initialize()) {
        return makeError(QStringLiteral("startup_failed"), QStringLiteral("libsodium could not be initialised"));
    }
    const QString dataDir = m_config.value(ConfigKey::DataDir);
    if (!QDir().mkpath(dataDir)) {
        return makeError(QStringLiteral("startup_failed"),
                         QCoreApplication::translate("hector::server",
                                                     "Impossible de créer le dossier de données %1.")
                             .arg(dataDir));
    }

    // Two kinds of connections: the owner (migrations, seeding, server keys) and the runtime
    // role hector_app (every request; no BYPASSRLS, so row-level security applies).
    QString ownerInfo = m_config.value(ConfigKey::DatabaseUrl);
    QString appInfo;
    QString appSetRole;
    if (ownerInfo.isEmpty()) {
        EmbeddedPostgres::Options opt;
        opt.clusterDir = QDir(dataDir).filePath(QStringLiteral("postgres"));
        opt.binDir = m_config.value(ConfigKey::PostgresBinDir);
        opt.fastUnsafe = m_config.value(ConfigKey::PasswordHashing) == QLatin1String("fast");
        m_embedded = std::make_unique<EmbeddedPostgres>(opt);
        if (auto r = m_embedded->start(); !r)
            return r.error();
        ownerInfo = m_embedded->conninfo();
        // Trust authentication on the cluster's private socket.
        appInfo = m_embedded->conninfo(QStringLiteral("hector_app"));
    } else {
        qCInfo(lcServer) << "using external PostgreSQL database";
        appInfo = m_config.value(ConfigKey::DatabaseAppUrl);
        if (appInfo.isEmpty()) {
            appInfo = ownerInfo;
            appSetRole = QStringLiteral("hector_app");
            qCWarning(lcServer) << "database_app_url is not set: requests run on owner connections after "
                                   "SET ROLE hector_app; configure a hector_app login (database_app_url) "
                                   "so that requests cannot leave the role";
        }
    }
    m_ownerDb = std::make_unique<Database>(ownerInfo);

    {
        auto conn = PgConnection::open(ownerInfo);
        if (!conn)
            return conn.error();
        auto applied = Migrator::migrate(**conn, Migrator::bundledMigrations());
        if (!applied)
            return applied.error();
        if (!applied->isEmpty())
            qCInfo(lcServer) << "migrations applied:" << *applied;
    }

    m_db = std::make_unique<Database>(appInfo, appSetRole);
    {
        // The runtime role must not bypass row-level security.
        auto conn = m_db->connection();
        if (!conn)
            return conn.error();
        auto role = (*conn)->exec(QStringLiteral("SELECT current_user AS name, rolsuper OR rolbypassrls AS bypass "
                                                 "FROM pg_roles WHERE rolname = current_user"));
        if (!role)
            return role.error();
        if (role->rows() != 1 || role->toBool(0, "bypass")) {
            return makeError(QStringLiteral("config_error"),
                             QCoreApplication::translate("hector::server",
                                                         "Le rôle PostgreSQL des requêtes (%1) contourne la "
                                                         "sécurité par ligne (SUPERUSER ou BYPASSRLS) : "
                                                         "configurez database_app_url avec le rôle hector_app.")
                                 .arg(role->rows() ? role->text(0, "name") : QString()));
        }
    }

    auto secret = loadJwtSecret();
    if (!secret)
        return secret.error();

    m_hasher = std::make_unique<PasswordHasher>(
        PasswordHasher::costFromName(m_config.value(ConfigKey::PasswordHashing)));

    EmailConfig mail;
    mail.backend = m_config.value(ConfigKey::EmailBackend);
    mail.outboxDir = outboxDir();
    mail.from = m_config.value(ConfigKey::EmailFrom);
    mail.smtpUrl = m_config.value(ConfigKey::SmtpUrl);
    mail.smtpUser = m_config.value(ConfigKey::SmtpUser);
    mail.smtpPassword = m_config.value(ConfigKey::SmtpPassword);
    mail.smtpStartTls = m_config.boolValue(ConfigKey::SmtpStartTls);
    mail.resendApiKey = m_config.value(ConfigKey::ResendApiKey);
    mail.resendBaseUrl = m_config.value(ConfigKey::ResendBaseUrl);
    auto sender = makeEmailSender(mail);
    if (sender) {
        m_email = std::move(*sender);
        qCInfo(lcServer) << "email backend:" << m_email->backendName();
    } else {
        // The server still runs; features that send email say it is not configured.
        qCWarning(lcServer) << "email disabled:" << sender.error().message;
    }

    AuthService::Options authOptions;
    authOptions.allowedDomains = m_config.listValue(ConfigKey::AllowedEmailDomains);
    authOptions.accessTokenMinutes = std::max(1, m_config.intValue(ConfigKey::AccessTokenMinutes));
    authOptions.emailFrom = m_config.value(ConfigKey::EmailFrom);
    m_auth = std::make_unique<AuthService>(*m_db, *m_clock, *m_hasher, JwtSigner(*secret), m_email.get(),
                                           authOptions);

    m_http = std::make_unique<HttpServer>(std::max(1, m_config.intValue(ConfigKey::WorkerThreads)));
    registerHealthRoutes(*m_http, *m_db);
    registerAuthRoutes(*m_http, *m_auth);
    m_organizations = std::make_unique<OrganizationService>(*m_db, *m_clock);
    m_teams = std::make_unique<TeamService>(*m_db, *m_clock);
    registerOrganizationRoutes(*m_http, *m_auth, *m_organizations);
    registerTeamRoutes(*m_http, *m_auth, *m_teams);
    m_adminUsers = std::make_unique<AdminUserService>(*m_db, *m_clock, m_email.get(), authOptions);
    registerAdminUserRoutes(*m_http, *m_auth, *m_adminUsers);
    m_audit = std::make_unique<AuditService>(*m_db);
    registerAuditRoutes(*m_http, *m_auth, *m_audit);
    m_sync = std::make_unique<SyncService>(*m_db, *m_clock);
    registerSyncRoutes(*m_http, *m_auth, *m_sync);
    m_prospects = std::make_unique<ProspectService>(*m_db, *m_clock);
    m_rdvs = std::make_unique<RdvService>(*m_db, *m_clock);
    m_actions = std::make_unique<ActionService>(*m_db, *m_clock);
    registerCrmRoutes(*m_http, *m_auth, *m_prospects, *m_rdvs, *m_actions);
    m_opportunities = std::make_unique<OpportunityService>(*m_db, *m_clock);
    m_dashboards = std::make_unique<DashboardService>(*m_db, *m_clock, *m_teams);
    m_cron = std::make_unique<CronScheduler>(*m_ownerDb, *m_clock, m_email.get(), m_config.value(ConfigKey::EmailFrom));
    registerOpportunityRoutes(*m_http, *m_auth, *m_opportunities, *m_dashboards, *m_teams, *m_cron);
    {
        // Issue #7: job queue, providers (keys only here, on the server), enrichment, geocoding.
        const int timeout = std::max(1, m_config.intValue(ConfigKey::ProviderTimeoutSeconds));
        m_jobs = std::make_unique<JobQueue>(*m_ownerDb, *m_clock);
        m_providers = std::make_unique<ProviderHttp>(*m_ownerDb, *m_clock);
        m_insee = std::make_unique<InseeClient>(*m_providers, ProviderSettings{m_config.value(ConfigKey::InseeBaseUrl),
                                                                               m_config.value(ConfigKey::InseeApiKey), timeout});
        m_pappers = std::make_unique<PappersClient>(*m_providers, ProviderSettings{m_config.value(ConfigKey::PappersBaseUrl),
                                                                                   m_config.value(ConfigKey::PappersApiKey), timeout});
        Geocoder::Settings geo;
        geo.google = ProviderSettings{m_config.value(ConfigKey::GoogleGeocodingBaseUrl), m_config.value(ConfigKey::GoogleGeocodingKey), timeout};
        geo.nominatimBaseUrl = m_config.value(ConfigKey::NominatimBaseUrl);
        geo.nominatimUserAgent = m_config.value(ConfigKey::NominatimUserAgent);
        geo.timeoutSeconds = timeout;
        geo.centroidsFile = m_config.value(ConfigKey::GeoCentroidsFile);
        m_geocoder = std::make_unique<Geocoder>(*m_providers, *m_ownerDb, *m_clock, geo);
        m_providers->setConfigured(QStringLiteral("insee"), m_insee->configured());
        m_providers->setConfigured(QStringLiteral("pappers"), m_pappers->configured());
        m_providers->setConfigured(QStringLiteral("google"), m_geocoder->googleConfigured());
        m_providers->setConfigured(QStringLiteral("nominatim"), m_geocoder->nominatimConfigured());
        m_providers->setConfigured(QStringLiteral("anthropic"), !m_config.value(ConfigKey::AnthropicApiKey).isEmpty());
        m_providers->setConfigured(QStringLiteral("resend"), !m_config.value(ConfigKey::ResendApiKey).isEmpty());
        // Business-card OCR (issue #8): Claude's calls go through the provider layer like every other
        // third-party call (quotas, usage, incident log of module 26).
        m_ocr = std::make_unique<OcrService>(*m_db, *m_clock, *m_providers);
        {
            AnthropicConfig anthropic;
            anthropic.apiKey = m_config.value(ConfigKey::AnthropicApiKey);
            anthropic.baseUrl = m_config.value(ConfigKey::AnthropicBaseUrl);
            anthropic.model = m_config.value(ConfigKey::AnthropicModel);
            m_ocr->vision().setConfig(anthropic);
            qCInfo(lcServer) << "business-card OCR with Claude:" << (anthropic.configured() ? "configured" : "not configured");
        }
        registerOcrRoutes(*m_http, *m_auth, *m_ocr);
        EnrichmentService::Settings enrichment;
        enrichment.nightlyLimit = std::max(0, m_config.intValue(ConfigKey::EnrichmentNightlyLimit));
        enrichment.cooldownDays = std::max(0, m_config.intValue(ConfigKey::EnrichmentCooldownDays));
        m_enrichment = std::make_unique<EnrichmentService>(*m_db, *m_ownerDb, *m_clock, *m_jobs, *m_insee, *m_pappers, enrichment);
        m_geo = std::make_unique<GeoService>(*m_db, *m_ownerDb, *m_clock, *m_jobs, *m_geocoder);
        m_companies = std::make_unique<CompanySearchService>(*m_db, *m_ownerDb, *m_clock, *m_insee, *m_pappers, *m_prospects);
        m_jobs->registerHandler(EnrichmentService::kJobKind, [this](const QJsonObject &p) { return m_enrichment->run(p); });
        m_jobs->registerHandler(GeoService::kBatchKind, [this](const QJsonObject &p) { return m_geo->runBatch(p); });
        m_cron->setRunner(QStringLiteral("enrichment"), [this](const QDateTime &now) { return m_enrichment->nightly(now); });
        m_prospects->setQualifiedHook([this](const QString &id, const AuthUser &caller) {
            m_enrichment->queueAfterQualification(id, caller);
            if (auto job = m_jobs->enqueue(GeoService::kBatchKind, QJsonObject{{QStringLiteral("prospectIds"), QJsonArray{id}}},
                                           QStringLiteral("geocode:") + id);
                !job)
                qCWarning(lcServer) << "geocoding not queued:" << job.error().message;
        });
        // CSV imports, through the batch endpoint or from the desktop's replica (sync push).
        auto queueImported = [this](const QStringList &ids, const AuthUser &caller) {
            for (const QString &id : ids)
                m_enrichment->queueAfterQualification(id, caller);
        };
        m_prospects->setImportEnrichmentHook(queueImported);
        m_sync->setImportedProspectsHook(queueImported);
        registerProviderRoutes(*m_http, *m_auth,
                               ProviderRouteServices{*m_jobs, *m_cron, *m_enrichment, *m_geo, *m_companies, *m_providers});
        qCInfo(lcServer).noquote() << QStringLiteral("providers: INSEE %1, Pappers %2, Google %3, Nominatim %4")
                                          .arg(m_insee->configured() ? QStringLiteral("configured") : QStringLiteral("not configured"),
                                               m_pappers->configured() ? QStringLiteral("configured") : QStringLiteral("not configured"),
                                               m_geocoder->googleConfigured() ? QStringLiteral("configured") : QStringLiteral("not configured"),
                                               m_geocoder->nominatimConfigured() ? QStringLiteral("configured") : QStringLiteral("not configured"));
    }
    m_live = std::make_unique<SyncLiveHub>(*m_auth, *m_db);
    m_http->addWebSocketRoute(QStringLiteral("/api/sync/live"), [this](std::unique_ptr<QWebSocket> socket) {
        m_live->accept(std::move(socket));
    });
    m_live->start();

    const QHostAddress address(m_config.value(ConfigKey::Listen));
    if (address.isNull()) {
        return makeError(QStringLiteral("config_error"),
                         QCoreApplication::translate("hector::server", "Adresse d'écoute invalide : %1")
                             .arg(m_config.value(ConfigKey::Listen)));
    }
    auto port = m_http->listen(address, quint16(m_config.intValue(ConfigKey::Port)));
    if (!port)
        return port.error();
    m_jobs->start(std::max(0, m_config.intValue(ConfigKey::JobWorkers)));
    if (m_config.boolValue(ConfigKey::CronEnabled))
        m_cron->start(m_config.intValue(ConfigKey::CronTickSeconds));
    else
        qCInfo(lcServer) << "scheduled jobs disabled (cron_enabled = false)";
    qCInfo(lcServer).noquote() << QStringLiteral("hector-server %1 listening on http://%2:%3")
                                      .arg(QStringLiteral(HECTOR_VERSION), address.toString())
                                      .arg(*port);
    return {};
}

Result<QByteArray> ServerApp::loadJwtSecret()
{
    const QString configured = m_config.value(ConfigKey::JwtSecret);
    if (!configured.isEmpty()) {
        if (configured.size() < 32) {
            return makeError(QStringLiteral("config_error"),
                             QCoreApplication::translate("hector::server",
                                                         "jwt_secret doit compter au moins 32 caractères."));
        }
        return configured.toUtf8();
    }
    // server_keys is readable by the owner only.
    auto conn = m_ownerDb->connection();
    if (!conn)
        return conn.error();
    auto r = (*conn)->exec(QStringLiteral("INSERT INTO server_keys (name, value) VALUES ('jwt', $1) "
                                          "ON CONFLICT (name) DO NOTHING"),
                           {crypto::randomBytes(64)});
    if (!r)
        return r.error();
    auto key = (*conn)->exec(QStringLiteral("SELECT value FROM server_keys WHERE name = 'jwt'"));
    if (!key)
        return key.error();
    return key->bytes(0, "value");
}

void ServerApp::stop()
{
    if (m_live) {
        m_live->shutdown();
        m_live.reset();
    }
    if (m_http) {
        m_http->shutdown(); // running requests (a manual job run among them) finish first
        m_http.reset();
    }
    if (m_jobs)
        m_jobs->stop(); // a running job finishes first
    if (m_cron) {
        m_cron->stop(); // a scheduled job still running finishes first
        m_cron.reset();
    }
    m_companies.reset();
    m_geo.reset();
    m_enrichment.reset();
    m_geocoder.reset();
    m_pappers.reset();
    m_insee.reset();
    m_jobs.reset();
    m_ocr.reset(); // its transport uses the providers
    m_providers.reset();
    m_sync.reset();
    m_audit.reset();
    m_adminUsers.reset();
    m_auth.reset();
    m_db.reset();
    m_ownerDb.reset();
    if (m_embedded) {
        if (auto r = m_embedded->stop(); !r)
            qCWarning(lcServer) << "embedded PostgreSQL did not stop cleanly:" << r.error().message;
        m_embedded.reset();
    }
}

} // namespace hector::server
