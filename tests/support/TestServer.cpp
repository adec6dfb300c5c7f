#include "tests/support/TestServer.h"

#include "db/Database.h"
#include "server/ServerApp.h"
#include "services/AuthService.h"
#include "services/Clock.h"
#include "services/Crypto.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sys/stat.h>

using namespace hector::server;

namespace hector::test {

TestServer::TestServer()
    : m_dir(QDir::tempPath() + QStringLiteral("/hector-test-XXXXXX"))
    , m_clock(std::make_shared<ManualClock>(QDateTime::currentDateTimeUtc()))
{}

TestServer::~TestServer()
{
    stop();
}

bool TestServer::start()
{
    if (!m_dir.isValid()) {
        qWarning("TestServer: no temporary directory");
        return false;
    }
    // When the tests run as root, PostgreSQL runs as `postgres` and must traverse this directory.
    ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755);
    ServerConfig config = ServerConfig::defaults();
    config.set(ConfigKey::DataDir, m_dir.path());
    config.set(ConfigKey::Listen, QStringLiteral("127.0.0.1"));
    config.set(ConfigKey::Port, QStringLiteral("0"));
    config.set(ConfigKey::PasswordHashing, QStringLiteral("fast"));
    config.set(ConfigKey::EmailBackend, QStringLiteral("file"));
    config.set(ConfigKey::WorkerThreads, QStringLiteral("4"));
    config.set(ConfigKey::CronEnabled, QStringLiteral("false")); // tests call cron().runDue() with the ManualClock
    // Issue #7: no job workers (tests call jobQueue().runReady()), no provider on the internet.
    config.set(ConfigKey::JobWorkers, QStringLiteral("0"));
    config.set(ConfigKey::NominatimBaseUrl, QString());
    config.set(ConfigKey::GeoCentroidsFile, QStringLiteral(HECTOR_TEST_DATA_DIR "/geo/postcode-centroids.csv"));
    for (auto it = m_configOverrides.cbegin(); it != m_configOverrides.cend(); ++it) {
        for (const auto &info : ServerConfig::keys()) {
            if (QLatin1StringView(info.name) == it.key())
                config.set(info.key, it.value());
        }
    }
    m_app = std::make_unique<ServerApp>(config, m_clock);
    if (auto r = m_app->start(); !r) {
        qWarning("TestServer: %s", qPrintable(r.error().message));
        return false;
    }
    auto conn = ownerDatabase().connection();
    if (!conn)
        return false;
    auto org = (*conn)->exec(QStringLiteral("INSERT INTO organizations (name) VALUES ('ADS Group Security') "
                                            "RETURNING id"));
    if (!org)
        return false;
    m_organizationId = org->text(0, "id");
    const QList<QPair<QString, QString>> entities{{QStringLiteral("FR"), QStringLiteral("France")},
                                                  {QStringLiteral("LU"), QStringLiteral("Luxembourg")},
                                                  {QStringLiteral("BE"), QStringLiteral("Belgique")}};
    for (const auto &[country, name] : entities) {
        if (!(*conn)->exec(QStringLiteral("INSERT INTO entities (organization_id, name, country_code) "
                                          "VALUES ($1, $2, $3)"),
                           {m_organizationId, name, country})) {
            return false;
        }
    }
    return true;
}

void TestServer::stop()
{
    if (m_app) {
        m_app->stop();
        m_app.reset();
    }
}

QUrl TestServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_app ? m_app->port() : 0));
}

QUrl TestServer::url(const QString &path) const
{
    return QUrl(baseUrl().toString() + path);
}

QString TestServer::organizationId() const
{
    return m_organizationId;
}

QString TestServer::entityId(const QString &countryCode) const
{
    auto conn = m_app->ownerDatabase().connection();
    if (!conn)
        return {};
    auto r = (*conn)->exec(QStringLiteral("SELECT id FROM entities WHERE country_code = $1 AND level = 0 "
                                          "ORDER BY created_at LIMIT 1"),
                           {countryCode});
    return r && r->rows() ? r->text(0, "id") : QString();
}

QString TestServer::createUser(const QString &email, const QString &password, hector::Role role,
                               const QString &countryCode, bool active)
{
    return createUserInEntity(email, password, role, entityId(countryCode), active);
}

QString TestServer::createUserInEntity(const QString &email, const QString &password, hector::Role role,
                                       const QString &entity, bool active)
{
    auto hash = m_app->passwordHasher().hash(password);
    if (!hash)
        return {};
    auto r = execOwner(QStringLiteral("INSERT INTO users (email, first_name, last_name, role, "
                                      "organization_id, entity_id, password_hash, active) "
                                      "VALUES ($1, 'Test', $2, $3, $4, $5, $6, $7) RETURNING id"),
                       {email.toLower(), hector::roleLabel(role), hector::roleName(role), m_organizationId,
                        entity, *hash, active});
    if (!r) {
        qWarning("createUser: %s", qPrintable(r.error().message));
        return {};
    }
    return r->text(0, "id");
}

QString TestServer::createEntity(const QString &name, const QString &countryCode, const QString &parentId)
{
    auto r = execOwner(QStringLiteral("INSERT INTO entities (organization_id, name, country_code, parent_id, level) "
                                      "VALUES ($1, $2, $3, $4::uuid, "
                                      "        COALESCE((SELECT level + 1 FROM entities WHERE id = $4::uuid), 0)) "
                                      "RETURNING id"),
                       {m_organizationId, name, countryCode, parentId.isEmpty() ? QVariant() : QVariant(parentId)});
    if (!r) {
        qWarning("createEntity: %s", qPrintable(r.error().message));
        return {};
    }
    return r->text(0, "id");
}

QString TestServer::createProspect(const QString &entityCountry, const QJsonObject &fields)
{
    QJsonObject row{{QStringLiteral("entity_id"), entityId(entityCountry)},
                    {QStringLiteral("company_name"), QStringLiteral("Prospect %1 %2").arg(entityCountry).arg(++m_prospectCounter)},
                    {QStringLiteral("country_code"), entityCountry},
                    {QStringLiteral("status"), QStringLiteral("nouveau")}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        row.insert(it.key(), it.value());
    return insertRow(QStringLiteral("prospects"), row);
}

QString TestServer::insertRow(const QString &table, const QJsonObject &fields)
{
    QStringList columns;
    QStringList placeholders;
    QVariantList values;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        columns << u'"' + it.key() + u'"';
        values << (it.value().isNull() ? QVariant() : it.value().toVariant());
        placeholders << QStringLiteral("$%1").arg(values.size());
    }
    auto r = execOwner(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                           .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))),
                       values);
    if (!r) {
        qWarning("insertRow %s: %s", qPrintable(table), qPrintable(r.error().message));
        return {};
    }
    return r->text(0, "id");
}

bool TestServer::createAccounts(const QList<Account> &accounts, const QString &password)
{
    for (const Account &a : accounts) {
        *a.id = createUser(a.email, password, a.role, a.countryCode);
        *a.token = accessToken(a.email, password);
        if (a.id->isEmpty() || a.token->isEmpty()) {
            qWarning("createAccounts: %s could not be created or signed in", qPrintable(a.email));
            return false;
        }
    }
    return true;
}

QString TestServer::accessToken(const QString &email, const QString &password)
{
    auto tokens = m_app->authService().login(email, password, false, RequestContext{QStringLiteral("127.0.0.1"), {}});
    if (!tokens) {
        qWarning("accessToken: %s", qPrintable(tokens.error().message));
        return {};
    }
    return tokens->accessToken;
}

UserContext TestServer::contextOf(const QString &userId)
{
    auto r = execOwner(QStringLiteral("SELECT role, entity_id, organization_id FROM users WHERE id = $1::uuid"), {userId});
    if (!r || r->rows() != 1)
        return UserContext{userId, {}, {}, {}};
    return UserContext{userId, r->text(0, "role"), r->text(0, "entity_id"), r->text(0, "organization_id")};
}

hector::Result<PgResult> TestServer::execAs(const QString &userId, const QString &sql, const QVariantList &params)
{
    const UserContext ctx = contextOf(userId);
    return database().transactionAs<PgResult>(ctx, [&](PgConnection &conn) { return conn.exec(sql, params); });
}

hector::Result<PgResult> TestServer::execOwner(const QString &sql, const QVariantList &params)
{
    return ownerDatabase().transaction<PgResult>([&](PgConnection &conn) { return conn.exec(sql, params); });
}

QString TestServer::outboxDir() const
{
    return m_app ? m_app->outboxDir() : QString();
}

int TestServer::emailCount() const
{
    return int(QDir(outboxDir()).entryList({QStringLiteral("*.eml")}, QDir::Files).size());
}

namespace {
QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '=' && i + 2 < in.size() + 1) {
            if (in.mid(i + 1, 2) == "\r\n") {
                i += 2;
                continue;
            }
            if (in.mid(i + 1, 1) == "\n") {
                i += 1;
                continue;
            }
            bool ok = false;
            const int v = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out.append(char(v));
                i += 2;
                continue;
            }
        }
        out.append(c);
    }
    return out;
}
} // namespace

QString TestServer::lastEmailTo(const QString &email) const
{
    QDir dir(outboxDir());
    const auto files = dir.entryInfoList({QStringLiteral("*.eml")}, QDir::Files, QDir::Time);
    for (const QFileInfo &fi : files) {
        QFile f(fi.absoluteFilePath());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray raw = f.readAll();
        const qsizetype split = raw.indexOf("\r\n\r\n");
        const QByteArray headers = split >= 0 ? raw.left(split) : raw;
        QByteArray body = split >= 0 ? raw.mid(split + 4) : QByteArray();
        if (!headers.toLower().contains(email.toLower().toUtf8()))
            continue;
        const QByteArray lowerHeaders = headers.toLower();
        if (lowerHeaders.contains("content-transfer-encoding: base64"))
            body = QByteArray::fromBase64(body);
        else if (lowerHeaders.contains("content-transfer-encoding: quoted-printable"))
            body = decodeQuotedPrintable(body);
        return QString::fromUtf8(body);
    }
    return {};
}

QString TestServer::extractCode(const QString &emailText)
{
    static const QRegularExpression re(QStringLiteral(R"((?:^|\s)([A-Za-z0-9_-]{43})(?:\s|$))"));
    const auto m = re.match(emailText);
    return m.hasMatch() ? m.captured(1) : QString();
}

ManualClock &TestServer::clock()
{
    return *m_clock;
}

Database &TestServer::database()
{
    return m_app->database();
}

Database &TestServer::ownerDatabase()
{
    return m_app->ownerDatabase();
}

ServerApp &TestServer::app()
{
    return *m_app;
}

} // namespace hector::test
