#include "db/Migrator.h"

#include "db/PgConnection.h"
#include "server/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace hector::server {

namespace {
// Arbitrary constant shared by every hector-server process: pg_advisory_xact_lock key.
constexpr qint64 kMigrationLockKey = 0x4845'4354'4f52'0001; // "HECTOR" + 1
} // namespace

QList<Migration> Migrator::bundledMigrations()
{
    static const QRegularExpression nameRe(QStringLiteral(R"(^(\d{4})_([a-z0-9_]+)\.sql$)"));
    QList<Migration> out;
    const QDir dir(QStringLiteral(":/migrations"));
    const auto files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto m = nameRe.match(file);
        if (!m.hasMatch()) {
            qCWarning(lcDb) << "ignoring badly named migration" << file;
            continue;
        }
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        out.append(Migration{m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll())});
    }
    std::sort(out.begin(), out.end(), [](const Migration &a, const Migration &b) {
        return a.version < b.version;
    });
    return out;
}

Result<QList<int>> Migrator::migrate(PgConnection &conn, const QList<Migration> &migrations)
{
    auto fail = [&conn](const Error &e) -> Result<QList<int>> {
        (void)conn.execScript(QStringLiteral("ROLLBACK"));
        return e;
    };
    if (auto r = conn.execScript(QStringLiteral("BEGIN")); !r)
        return r.error();
    if (auto r = conn.exec(QStringLiteral("SELECT pg_advisory_xact_lock($1)"), {kMigrationLockKey}); !r)
        return fail(r.error());
    if (auto r = conn.execScript(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version integer PRIMARY KEY,"
            " name text NOT NULL,"
            " applied_at timestamptz NOT NULL DEFAULT now())"));
        !r) {
        return fail(r.error());
    }
    auto applied = conn.exec(QStringLiteral("SELECT version FROM schema_migrations"));
    if (!applied)
        return fail(applied.error());
    QSet<int> done;
    int newest = 0;
    for (int i = 0; i < applied->rows(); ++i) {
        const int v = applied->text(i, 0).toInt();
        done.insert(v);
        newest = std::max(newest, v);
    }
    const int known = migrations.isEmpty() ? 0 : migrations.last().version;
    if (newest > known) {
        return fail(makeError(
            QStringLiteral("schema_too_new"),
            QCoreApplication::translate("hector::server",
                                        "La base de données est au schéma %1, plus récent que "
                                        "celui de ce serveur (%2). Mettez hector-server à jour.")
                .arg(newest)
                .arg(known)));
    }
    QList<int> appliedNow;
    for (const Migration &m : migrations) {
        if (done.contains(m.version))
            continue;
        qCInfo(lcDb) << "applying migration" << m.version << m.name;
        if (auto r = conn.execScript(m.sql); !r) {
            Error e = r.error();
            e.message = QStringLiteral("migration %1_%2: %3")
                            .arg(m.version, 4, 10, QLatin1Char('0'))
                            .arg(m.name, e.message);
            return fail(e);
        }
        if (auto r = conn.exec(QStringLiteral(
                                   "INSERT INTO schema_migrations (version, name) VALUES ($1, $2)"),
                               {m.version, m.name});
            !r) {
            return fail(r.error());
        }
        appliedNow.append(m.version);
    }
    if (auto r = conn.execScript(QStringLiteral("COMMIT")); !r)
        return r.error();
    return appliedNow;
}

} // namespace hector::server
