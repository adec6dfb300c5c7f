#pragma once

#include "core/Result.h"
#include "core/Roles.h"
#include "db/PgConnection.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVariantList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace hector::server {
class ManualClock;
class ServerApp;
class Database;
struct UserContext;
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
    // A configuration value applied by start() (issue #7: provider base URLs and keys of the test
    // doubles, job workers...). Key by name: ServerConfig key name, e.g. "insee_base_url".
    void setConfig(const QString &keyName, const QString &value) { m_configOverrides.insert(keyName, value); }
    void stop();

    QUrl baseUrl() const;
    QUrl url(const QString &path) const;
    // Creates a user directly in the database (owner connection); returns its id.
    QString createUser(const QString &email, const QString &password, hector::Role role,
                       const QString &countryCode = QStringLiteral("FR"), bool active = true);
    QString createUserInEntity(const QString &email, const QString &password, hector::Role role,
                               const QString &entityId, bool active = true);
    // Level-0 entity of that country (France, Luxembourg, Belgique).
    QString entityId(const QString &countryCode) const;
    QString organizationId() const;
    // Creates an entity (a child of `parentId` when given); returns its id.
    QString createEntity(const QString &name, const QString &countryCode, const QString &parentId = {});
    // Creates a prospect through the owner connection (no row-level security) in the level-0 entity
    // of `entityCountry`; `fields` (column -> value) override the defaults (company_name,
    // country_code, status, ...), e.g. {"entity_id": ..., "owner_id": ...}. Returns its id.
    QString createProspect(const QString &entityCountry, const QJsonObject &fields = {});
    // Access token of a user, straight from the AuthService (no HTTP round trip).
    QString accessToken(const QString &email, const QString &password);
    // A user of a test, created (createUser) and signed in (accessToken): its id and token are
    // written where `id` and `token` point.
    struct Account
    {
        QString *id;
        QString *token;
        QString email;
        hector::Role role;
        QString countryCode;
    };
    // Creates and signs in every account with `password`; false (with a warning) when one fails.
    bool createAccounts(const QList<Account> &accounts, const QString &password);
    // INSERT of one row through the owner connection (no row-level security), `fields` column ->
    // value (null for SQL NULL); returns its id, empty (with a warning) on failure.
    QString insertRow(const QString &table, const QJsonObject &fields);

    // The row-level security context of a user, as the server sets it for their requests.
    hector::server::UserContext contextOf(const QString &userId);
    // Runs one statement as that user: runtime role hector_app, inside a transaction carrying the
    // user's context, exactly as the sync endpoints do.
    hector::Result<hector::server::PgResult> execAs(const QString &userId, const QString &sql,
                                                    const QVariantList &params = {});
    // Runs one statement on the owner connection (no row-level security).
    hector::Result<hector::server::PgResult> execOwner(const QString &sql, const QVariantList &params = {});

    QString outboxDir() const;
    // Decoded text of the newest email sent to `email` (empty when none).
    QString lastEmailTo(const QString &email) const;
    int emailCount() const;
    // The single-use code (reset or invitation) inside an email's text.
    static QString extractCode(const QString &emailText);

    // Server-side clock, movable by tests (lockouts, expiries).
    hector::server::ManualClock &clock();
    // Runtime database (role hector_app, row-level security) and owner database.
    hector::server::Database &database();
    hector::server::Database &ownerDatabase();
    hector::server::ServerApp &app();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<hector::server::ManualClock> m_clock;
    std::unique_ptr<hector::server::ServerApp> m_app;
    QString m_organizationId;
    int m_prospectCounter = 0;
    QHash<QString, QString> m_configOverrides;
};

} // namespace hector::test
