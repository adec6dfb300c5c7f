#pragma once

#include "core/Result.h"
#include "server/ServerConfig.h"

#include <QObject>

#include <memory>

namespace hector::server {

class AuthService;
class Clock;
class Database;
class EmailSender;
class EmbeddedPostgres;
class HttpServer;
class PasswordHasher;

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
    Database &database() { return *m_db; }
    const PasswordHasher &passwordHasher() const { return *m_hasher; }
    QString outboxDir() const;

private:
    Result<QByteArray> loadJwtSecret();

    ServerConfig m_config;
    std::shared_ptr<Clock> m_clock;
    std::unique_ptr<EmbeddedPostgres> m_embedded;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<EmailSender> m_email;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<HttpServer> m_http;
};

} // namespace hector::server
