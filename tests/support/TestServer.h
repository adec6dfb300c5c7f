#pragma once

#include "core/Roles.h"

#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace hector::server {
class ManualClock;
class ServerApp;
class Database;
} // namespace hector::server

namespace hector::test {

// A real hector-server for tests: embedded PostgreSQL in a temporary directory, migrations,
// HTTP on 127.0.0.1 with a random port, file email outbox, fast Argon2id, and an organisation
// with the entities France (FR), Luxembourg (LU) and Belgique (BE).
class TestServer
{
public:
    TestServer();
    ~TestServer();

    // Returns false (with a qWarning saying why) when the server cannot start.
    bool start();
    void stop();

    QUrl baseUrl() const;
    QUrl url(const QString &path) const;
    // Creates a user directly in the database; returns its id.
    QString createUser(const QString &email, const QString &password, hector::Role role,
                       const QString &countryCode = QStringLiteral("FR"), bool active = true);
    QString entityId(const QString &countryCode) const;
    QString organizationId() const;

    QString outboxDir() const;
    // Decoded text of the newest email sent to `email` (empty when none).
    QString lastEmailTo(const QString &email) const;
    int emailCount() const;
    // The single-use code (reset or invitation) inside an email's text.
    static QString extractCode(const QString &emailText);

    // Server-side clock, movable by tests (lockouts, expiries).
    hector::server::ManualClock &clock();
    hector::server::Database &database();
    hector::server::ServerApp &app();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<hector::server::ManualClock> m_clock;
    std::unique_ptr<hector::server::ServerApp> m_app;
    QString m_organizationId;
};

} // namespace hector::test
