#pragma once

#include "db/PgConnection.h"

#include <QString>

#include <atomic>
#include <functional>

namespace hector {
struct UserDto;
}

namespace hector::server {

// Whose request a transaction runs: PostgreSQL row-level security reads these settings through
// hector_user_id(), hector_role(), hector_entity_id() and hector_org_id() (migration 0002).
struct UserContext
{
    QString userId;
    QString role;           // admin, president, manager, commercial, assistant
    QString entityId;
    QString organizationId;

    static UserContext of(const UserDto &user);
};

// Hands each thread its own PgConnection (opened lazily, reopened when broken) and runs
// units of work inside transactions.
class Database
{
public:
    // `setRole`: when not empty, every connection runs `SET ROLE <setRole>` right after connecting
    // (an owner connection taking the runtime role hector_app, for external databases).
    explicit Database(QString conninfo, QString setRole = {});
    ~Database();

    const QString &conninfo() const { return m_conninfo; }
    const QString &setRole() const { return m_setRole; }

    // The calling thread's connection.
    Result<PgConnection *> connection();
    // A new connection with the same settings, owned by the caller (e.g. a LISTEN connection).
    Result<std::unique_ptr<PgConnection>> open() const;

    // BEGIN; work(conn); COMMIT — or ROLLBACK when work returns an error.
    template<typename T>
    Result<T> transaction(const std::function<Result<T>(PgConnection &)> &work);

    // Same, with the caller's context set for the transaction only (set_config(..., true)), so
    // row-level security applies to every statement of `work`.
    template<typename T>
    Result<T> transactionAs(const UserContext &user, const std::function<Result<T>(PgConnection &)> &work);

    // Checks that the database answers (used by /api/health).
    bool ping();

    // The thread's connection with a transaction begun. A connection found broken at that point
    // (PostgreSQL restarted since its last use) is replaced once: nothing had run on it yet.
    Result<PgConnection *> begin();
    // Forgets the calling thread's connection (closing it).
    void discardConnection();

    // Sets the context of the transaction running on `conn` (used by transactionAs).
    static Result<void> applyContext(PgConnection &conn, const UserContext &user);

private:
    QString m_conninfo;
    QString m_setRole;
    quint64 m_id;
    static std::atomic<quint64> s_nextId;
};

template<typename T>
Result<T> Database::transaction(const std::function<Result<T>(PgConnection &)> &work)
{
    auto conn = begin();
    if (!conn)
        return conn.error();
    PgConnection &c = **conn;
    Result<T> result = work(c);
    if (!result) {
        (void)c.execScript(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (auto commit = c.execScript(QStringLiteral("COMMIT")); !commit)
        return commit.error();
    return result;
}

template<typename T>
Result<T> Database::transactionAs(const UserContext &user, const std::function<Result<T>(PgConnection &)> &work)
{
    return transaction<T>([&user, &work](PgConnection &c) -> Result<T> {
        if (auto ctx = applyContext(c, user); !ctx)
            return ctx.error();
        return work(c);
    });
}

} // namespace hector::server
