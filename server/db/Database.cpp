#include "db/Database.h"

#include "core/Dto.h"
#include "server/Logging.h"

#include <memory>
#include <unordered_map>

namespace hector::server {

std::atomic<quint64> Database::s_nextId{1};

namespace {
// Connections of this thread, keyed by Database instance id. Destroyed (closed) with the thread.
thread_local std::unordered_map<quint64, std::unique_ptr<PgConnection>> t_connections;

QString quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}
} // namespace

UserContext UserContext::of(const UserDto &user)
{
    return UserContext{user.id, roleName(user.role), user.entityId, user.organizationId};
}

Database::Database(QString conninfo, QString setRole)
    : m_conninfo(std::move(conninfo))
    , m_setRole(std::move(setRole))
    , m_id(s_nextId++)
{}

Database::~Database()
{
    t_connections.erase(m_id);
}

Result<std::unique_ptr<PgConnection>> Database::open() const
{
    auto opened = PgConnection::open(m_conninfo);
    if (!opened)
        return opened.error();
    if (!m_setRole.isEmpty()) {
        if (auto r = (*opened)->execScript(QStringLiteral("SET ROLE ") + quoteIdentifier(m_setRole)); !r) {
            qCWarning(lcDb) << "SET ROLE" << m_setRole << "failed:" << r.error().message;
            return r.error();
        }
    }
    return opened;
}

Result<PgConnection *> Database::connection()
{
    auto it = t_connections.find(m_id);
    if (it != t_connections.end() && it->second->isHealthy())
        return it->second.get();
    auto opened = open();
    if (!opened)
        return opened.error();
    PgConnection *raw = opened->get();
    t_connections[m_id] = std::move(*opened);
    return raw;
}

void Database::discardConnection()
{
    t_connections.erase(m_id);
}

Result<PgConnection *> Database::begin()
{
    for (int attempt = 0;; ++attempt) {
        auto conn = connection();
        if (!conn)
            return conn.error();
        auto begun = (*conn)->execScript(QStringLiteral("BEGIN"));
        if (begun)
            return *conn;
        if (attempt > 0 || begun.error().code != QLatin1String("database_unavailable"))
            return begun.error();
        discardConnection();
    }
}

bool Database::ping()
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto conn = connection();
        if (conn && (*conn)->exec(QStringLiteral("SELECT 1")).ok())
            return true;
        discardConnection();
    }
    return false;
}

Result<void> Database::applyContext(PgConnection &conn, const UserContext &user)
{
    auto r = conn.exec(QStringLiteral("SELECT set_config('hector.user_id', $1, true), "
                                      "set_config('hector.role', $2, true), "
                                      "set_config('hector.entity_id', $3, true), "
                                      "set_config('hector.organization_id', $4, true)"),
                       {user.userId, user.role, user.entityId, user.organizationId});
    if (!r)
        return r.error();
    return {};
}

} // namespace hector::server
