#pragma once

#include "core/Result.h"

#include <QString>

namespace hector::server {

// A private PostgreSQL cluster living in a directory of ours: created with initdb on first use,
// started with pg_ctl, reachable only through a Unix socket inside that directory, stopped by
// stop() (or the destructor). When the process runs as root, the cluster runs as the `postgres`
// system user (PostgreSQL refuses to run as root).
class EmbeddedPostgres
{
public:
    struct Options
    {
        QString clusterDir;      // holds data/, run/ (socket) and postgres.log
        QString binDir;          // empty: newest /usr/lib/postgresql/<v>/bin
        QString databaseName = QStringLiteral("hector");
        bool fastUnsafe = false; // fsync off: for tests only
    };

    explicit EmbeddedPostgres(Options options);
    ~EmbeddedPostgres();
    EmbeddedPostgres(const EmbeddedPostgres &) = delete;
    EmbeddedPostgres &operator=(const EmbeddedPostgres &) = delete;

    Result<void> start();
    Result<void> stop();
    bool isRunning() const { return m_running; }

    // libpq connection string for the cluster's application database, as the superuser (owner of
    // the tables) or as another role (e.g. the runtime role hector_app; trust on the private socket).
    QString conninfo() const;
    QString conninfo(const QString &user) const;
    QString socketDir() const;
    static QString findBinDir();

private:
    Result<QString> run(const QString &program, const QStringList &args, int timeoutMs) const;
    Result<void> ensureDatabase();

    Options m_options;
    bool m_running = false;
    bool m_startedByUs = false;
    bool m_asRoot = false;
};

} // namespace hector::server
