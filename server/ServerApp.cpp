#include "server/ServerApp.h"

#include "db/Database.h"
#include "db/EmbeddedPostgres.h"
#include "db/Migrator.h"
#include "email/EmailSender.h"
#include "http/HttpServer.h"
#include "routes/Routes.h"
#include "server/Logging.h"
#include "services/AuthService.h"
#include "services/Clock.h"
#include "services/Crypto.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>

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

    QString conninfo = m_config.value(ConfigKey::DatabaseUrl);
    if (conninfo.isEmpty()) {
        EmbeddedPostgres::Options opt;
        opt.clusterDir = QDir(dataDir).filePath(QStringLiteral("postgres"));
        opt.binDir = m_config.value(ConfigKey::PostgresBinDir);
        opt.fastUnsafe = m_config.value(ConfigKey::PasswordHashing) == QLatin1String("fast");
        m_embedded = std::make_unique<EmbeddedPostgres>(opt);
        if (auto r = m_embedded->start(); !r)
            return r.error();
        conninfo = m_embedded->conninfo();
    } else {
        qCInfo(lcServer) << "using external PostgreSQL database";
    }
    m_db = std::make_unique<Database>(conninfo);

    {
        auto conn = PgConnection::open(conninfo);
        if (!conn)
            return conn.error();
        auto applied = Migrator::migrate(**conn, Migrator::bundledMigrations());
        if (!applied)
            return applied.error();
        if (!applied->isEmpty())
            qCInfo(lcServer) << "migrations applied:" << *applied;
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
    registerOrganizationRoutes(*m_http, *m_auth);

    const QHostAddress address(m_config.value(ConfigKey::Listen));
    if (address.isNull()) {
        return makeError(QStringLiteral("config_error"),
                         QCoreApplication::translate("hector::server", "Adresse d'écoute invalide : %1")
                             .arg(m_config.value(ConfigKey::Listen)));
    }
    auto port = m_http->listen(address, quint16(m_config.intValue(ConfigKey::Port)));
    if (!port)
        return port.error();
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
    auto conn = m_db->connection();
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
    if (m_http) {
        m_http->shutdown();
        m_http.reset();
    }
    m_auth.reset();
    m_db.reset();
    if (m_embedded) {
        if (auto r = m_embedded->stop(); !r)
            qCWarning(lcServer) << "embedded PostgreSQL did not stop cleanly:" << r.error().message;
        m_embedded.reset();
    }
}

} // namespace hector::server
