#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

namespace hector::server {

class PgConnection;

struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// Applies the numbered migrations (server/migrations/NNNN_name.sql, embedded as resources under
// :/migrations) that the database lacks, all inside one transaction holding an advisory lock, so
// several server processes starting together apply each migration exactly once.
class Migrator
{
public:
    static QList<Migration> bundledMigrations();
    // Returns the versions applied by this call.
    static Result<QList<int>> migrate(PgConnection &conn, const QList<Migration> &migrations);
};

} // namespace hector::server
