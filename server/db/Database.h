#pragma once

#include "db/PgConnection.h"

#include <QString>

#include <atomic>
#include <functional>

namespace hector::server {

// Hands each thread its own PgConnection (opened lazily, reopened when broken) and runs
// units of work inside transactions.
class Database
{
public:
    explicit Database(QString conninfo);
    ~Database();

    const QString &conninfo() const { return m_conninfo; }

    // The calling thread's connection.
    Result<PgConnection *> connection();

    // BEGIN; work(conn); COMMIT — or ROLLBACK when work returns an error.
    template<typename T>
    Result<T> transaction(const std::function<Result<T>(PgConnection &)> &work);

    // Checks that the database answers (used by /api/health).
    bool ping();

private:
    QString m_conninfo;
    quint64 m_id;
    static std::atomic<quint64> s_nextId;
};

template<typename T>
Result<T> Database::transaction(const std::function<Result<T>(PgConnection &)> &work)
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    PgConnection &c = **conn;
    if (auto begin = c.execScript(QStringLiteral("BEGIN")); !begin)
        return begin.error();
    Result<T> result = work(c);
    if (!result) {
        (void)c.execScript(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (auto commit = c.execScript(QStringLiteral("COMMIT")); !commit)
        return commit.error();
    return result;
}

} // namespace hector::server
