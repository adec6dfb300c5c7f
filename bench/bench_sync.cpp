// Sync benchmarks (issue #3):
//  1. Initial sync of N prospects (default 100 000) into an empty replica, next to the raw limit
//     measured in the same run on the same rows: PostgreSQL `COPY (SELECT ...) TO STDOUT` plus a
//     SQLite bulk insert in one transaction. Target: <= 2x the raw limit.
//  2. A change on client A visible on client B (live WebSocket), median over 100 changes.
//     Target: < 300 ms.
// Usage: bench_sync [rows]   (prints a Markdown table)
#include "SyncClient.h"
#include "core/sync/SyncSchema.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "server/ServerApp.h"
#include "tests/support/TestServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace hector;

namespace {
const QString kPassword = QStringLiteral("Banc-Essai-2026");

void out(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

bool seedProspects(test::TestServer &server, int rows)
{
    server::demo::DemoGenerator gen(4242);
    const QString entities[] = {server.entityId(QStringLiteral("FR")), server.entityId(QStringLiteral("LU")),
                                server.entityId(QStringLiteral("BE"))};
    const QString countries[] = {QStringLiteral("FR"), QStringLiteral("LU"), QStringLiteral("BE")};
    QByteArray copy;
    copy.reserve(qsizetype(rows) * 300);
    for (int i = 0; i < rows; ++i) {
        const int c = i % 10 < 6 ? 0 : (i % 10 < 8 ? 1 : 2);
        const auto p = gen.prospect(countries[c]);
        const QStringList fields{entities[c], p.companyName, p.siren, p.siret, p.nafCode, p.legalForm, p.address,
                                 p.postcode, p.city, p.countryCode, p.phone, p.email, p.website, p.contactName,
                                 p.contactTitle, p.status, p.source};
        for (qsizetype f = 0; f < fields.size(); ++f) {
            if (f)
                copy.append('\t');
            copy.append(server::copyField(fields[f], fields[f].isEmpty()));
        }
        copy.append('\n');
    }
    auto conn = server.ownerDatabase().connection();
    if (!conn)
        return false;
    auto n = (*conn)->copyIn(QStringLiteral("COPY prospects (entity_id, company_name, siren, siret, naf_code, legal_form, "
                                            "address, postcode, city, country_code, phone, email, website, contact_name, "
                                            "contact_title, status, source) FROM STDIN"),
                             copy);
    if (!n)
        return false;
    return (*conn)->execScript(QStringLiteral("ANALYZE")).ok();
}

// The raw limit: PostgreSQL COPY of the same rows, then a SQLite bulk insert in one transaction.
std::pair<qint64, qint64> rawLimit(test::TestServer &server, const QString &sqlitePath)
{
    const sync::TableSpec *spec = sync::syncedTable(QStringLiteral("prospects"));
    auto conn = server.ownerDatabase().connection();
    QElapsedTimer t;
    t.start();
    auto copied = (*conn)->copyOut(QStringLiteral("COPY (SELECT %1 FROM prospects) TO STDOUT").arg(spec->columnNames().join(u',')));
    const qint64 pgMs = t.elapsed();
    if (!copied)
        return {-1, -1};
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
    db.setDatabaseName(sqlitePath);
    db.open();
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    QStringList cols;
    QStringList marks;
    for (const auto &c : spec->columns) {
        cols << c.name + (c.name == QLatin1String("id") ? QStringLiteral(" TEXT PRIMARY KEY") : QStringLiteral(" TEXT"));
        marks << QStringLiteral("?");
    }
    q.exec(QStringLiteral("CREATE TABLE prospects (%1)").arg(cols.join(u',')));
    t.restart();
    db.transaction();
    q.prepare(QStringLiteral("INSERT INTO prospects VALUES (%1)").arg(marks.join(u',')));
    const QList<QByteArray> lines = copied->split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        const QList<QByteArray> fields = line.split('\t');
        for (qsizetype i = 0; i < fields.size(); ++i)
            q.bindValue(int(i), fields[i] == "\\N" ? QVariant() : QVariant(QString::fromUtf8(fields[i])));
        q.exec();
    }
    db.commit();
    const qint64 sqliteMs = t.elapsed();
    q = QSqlQuery();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return {pgMs, sqliteMs};
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int rows = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100000;
    QTemporaryDir dir;

    test::TestServer server;
    if (!server.start())
        return 1;
    server.createUser(QStringLiteral("bench.a@adsgroup-security.com"), kPassword, Role::President, QStringLiteral("FR"));
    server.createUser(QStringLiteral("bench.b@adsgroup-security.com"), kPassword, Role::President, QStringLiteral("FR"));
    QElapsedTimer t;
    t.start();
    if (!seedProspects(server, rows))
        return 2;
    out(QStringLiteral("Seeded %1 prospects in %2 ms.").arg(rows).arg(t.elapsed()));

    // --- 1. initial sync vs raw limit -----------------------------------------------------------
    const auto [pgMs, sqliteMs] = rawLimit(server, dir.filePath(QStringLiteral("raw.sqlite")));
    test::SyncClient a(dir.filePath(QStringLiteral("a.sqlite")));
    if (!a.login(server.baseUrl(), QStringLiteral("bench.a@adsgroup-security.com"), kPassword))
        return 3;
    t.restart();
    if (!a.open(true) || !a.waitSynced(600000))
        return 4;
    const qint64 syncMs = t.elapsed();
    QSqlQuery count(a.replica()->database());
    count.exec(QStringLiteral("SELECT count(*) FROM prospects"));
    count.next();
    const qint64 raw = pgMs + sqliteMs;
    out(QString());
    out(QStringLiteral("| initial sync of %1 prospects | ms |").arg(count.value(0).toInt()));
    out(QStringLiteral("|---|---|"));
    out(QStringLiteral("| raw limit: PostgreSQL COPY TO STDOUT | %1 |").arg(pgMs));
    out(QStringLiteral("| raw limit: SQLite bulk insert, one transaction | %1 |").arg(sqliteMs));
    out(QStringLiteral("| raw limit total | %1 |").arg(raw));
    out(QStringLiteral("| Hector initial sync (login excluded, HTTP + JSON + replica) | %1 |").arg(syncMs));
    out(QStringLiteral("| ratio (target <= 2.0) | %1 |").arg(double(syncMs) / double(std::max<qint64>(1, raw)), 0, 'f', 2));
    out(QStringLiteral("| rows/s | %1 |").arg(qRound64(count.value(0).toDouble() * 1000.0 / double(std::max<qint64>(1, syncMs)))));

    // --- 2. change on A visible on B ------------------------------------------------------------
    test::SyncClient b(dir.filePath(QStringLiteral("b.sqlite")));
    if (!b.login(server.baseUrl(), QStringLiteral("bench.b@adsgroup-security.com"), kPassword) || !b.open(true)
        || !b.waitSynced(600000)) {
        return 5;
    }
    b.engine()->setPollInterval(3600 * 1000); // live notifications only
    QElapsedTimer wait;
    wait.start();
    while (!b.engine()->isLive() && wait.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QSqlQuery ids(a.replica()->database());
    ids.exec(QStringLiteral("SELECT id FROM prospects ORDER BY id LIMIT 100"));
    QStringList targets;
    while (ids.next())
        targets << ids.value(0).toString();
    QList<qint64> latencies;
    for (int i = 0; i < targets.size(); ++i) {
        const QString value = QStringLiteral("Latence %1").arg(i);
        QElapsedTimer lt;
        lt.start();
        if (!a.replica()->updateRow(QStringLiteral("prospects"), targets[i], {{QStringLiteral("contact_name"), value}}))
            return 6;
        while (b.replica()->row(QStringLiteral("prospects"), targets[i]).value(QStringLiteral("contact_name")).toString() != value) {
            if (lt.elapsed() > 10000)
                return 7;
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        }
        latencies.append(lt.elapsed());
    }
    std::sort(latencies.begin(), latencies.end());
    out(QString());
    out(QStringLiteral("| change on client A visible on client B (%1 changes) | ms |").arg(latencies.size()));
    out(QStringLiteral("|---|---|"));
    out(QStringLiteral("| median (target < 300) | %1 |").arg(latencies.at(latencies.size() / 2)));
    out(QStringLiteral("| p95 | %1 |").arg(latencies.at(latencies.size() * 95 / 100)));
    out(QStringLiteral("| max | %1 |").arg(latencies.last()));
    a.close();
    b.close();
    server.stop();
    return 0;
}
