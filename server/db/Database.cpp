#include "db/Database.h"

#include <memory>
#include <unordered_map>

namespace hector::server {

std::atomic<quint64> Database::s_nextId{1};

namespace {
// Connections of this thread, keyed by Database instance id. Destroyed (closed) with the thread.
thread_local std::unordered_map<quint64, std::unique_ptr<PgConnection>> t_connections;
} // namespace

Database::Database(QString conninfo) : m_conninfo(std::move(conninfo)), m_id(s_nextId++) {}

Database::~Database()
{
    t_connections.erase(m_id);
}

Result<PgConnection *> Database::connection()
{
    auto it = t_connections.find(m_id);
    if (it != t_connections.end() && it->second->isHealthy())
        return it->second.get();
    auto opened = PgConnection::open(m_conninfo);
    if (!opened)
        return opened.error();
    PgConnection *raw = opened->get();
    t_connections[m_id] = std::move(*opened);
    return raw;
}

bool Database::ping()
{
    auto conn = connection();
    return conn && (*conn)->exec(QStringLiteral("SELECT 1")).ok();
}

} // namespace hector::server
