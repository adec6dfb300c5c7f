// CSV import of prospects (issue #8 targets):
//  - client: parse + validate + duplicate check of a 10 000-line file against a replica of
//    10 000 prospects (the wizard's « Vérification », csv::analyzeCsv) < 1 s;
//  - client: writing those lines into the replica as one undoable import, and undoing it;
//  - server: POST /api/crm/prospects/batch-import of 10 000 rows, committed (embedded PostgreSQL,
//    loopback) < 3 s, and its undo;
//  - 100 000 lines: analysis time and peak resident memory (the file is streamed, never loaded).
// Usage: bench_import [lines]   (default 10000; prints a Markdown table)
#include "HttpTestClient.h"
#include "core/csv/CsvWriter.h"
#include "core/csv/ProspectImport.h"
#include "sync/import/ProspectImporter.h"
#include "sync/replica/LocalReplica.h"
#include "tests/support/TestServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>

using namespace hector;

namespace {
void out(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

QString ms(qint64 ns)
{
    return QString::number(double(ns) / 1e6, 'f', ns < 10'000'000 ? 2 : 0);
}

// VmHWM (peak resident set) and VmRSS of this process, in MiB.
double procStatus(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Lines as an export of another CRM: 2 % duplicates of the replica (same SIRET), 1 % duplicates of
// an earlier line (same name and postcode), 1 % refused (bad postcode), the rest new.
QString siretFor(int i)
{
    // SIREN: 8 digits from i and its Luhn key; then establishment 0001 and its key (unique per i).
    const QString base = QStringLiteral("%1").arg(10000000 + i, 8, 10, QLatin1Char('0'));
    auto luhn = [](const QString &s) {
        int t = 0;
        for (qsizetype k = 0; k < s.size(); ++k) {
            int d = s.at(s.size() - 1 - k).digitValue();
            if (k % 2 == 1) {
                d *= 2;
                if (d > 9)
                    d -= 9;
            }
            t += d;
        }
        return t % 10 == 0;
    };
    QString siren;
    for (int k = 0; k < 10 && siren.isEmpty(); ++k) {
        if (luhn(base + QString::number(k)))
            siren = base + QString::number(k);
    }
    for (int k = 0; k < 10; ++k) {
        const QString s = siren + QStringLiteral("0001") + QString::number(k);
        if (luhn(s))
            return s;
    }
    return {};
}

QString writeFile(const QString &path, int lines, int existing)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    csv::CsvWriter w(&f);
    w.writeByteOrderMark();
    w.writeRow({QStringLiteral("Raison sociale"), QStringLiteral("SIRET"), QStringLiteral("Adresse"), QStringLiteral("CP"),
                QStringLiteral("Ville"), QStringLiteral("Tél."), QStringLiteral("E-mail"), QStringLiteral("Contact")});
    for (int i = 0; i < lines; ++i) {
        QString name = QStringLiteral("Société Import %1").arg(i);
        QString siret = (i % 3 == 0) ? siretFor(500000 + i) : QString();
        QString postcode = QStringLiteral("%1").arg(1000 + (i % 94) * 1000 + i % 10, 5, 10, QLatin1Char('0'));
        if (i % 50 == 7 && existing > 0)
            siret = siretFor(i % existing); // a prospect of the replica
        if (i % 100 == 11 && i > 0)
            name = QStringLiteral("Société Import %1 S.A.S.").arg(i - 11), postcode = QStringLiteral("%1").arg(1000 + ((i - 11) % 94) * 1000 + (i - 11) % 10, 5, 10, QLatin1Char('0'));
        if (i % 100 == 42)
            postcode = QStringLiteral("ABCDE");
        w.writeRow({name, siret, QStringLiteral("%1 rue de la République").arg(i % 200 + 1), postcode,
                    QStringLiteral("Ville %1").arg(i % 500), QStringLiteral("01 42 %1 %2 %3").arg(i % 90 + 10).arg(i % 80 + 10).arg(i % 70 + 10),
                    QStringLiteral("contact%1@exemple.fr").arg(i), QStringLiteral("Contact %1").arg(i)});
    }
    return path;
}

csv::ImportContext context(const QString &entity)
{
    csv::ImportContext ctx;
    ctx.entities = {{entity, QStringLiteral("FR"), 0}};
    ctx.preferredEntityId = entity;
    ctx.ownerId = QStringLiteral("44444444-4444-4444-4444-444444444444");
    return ctx;
}

sync::ImportPlan planFor(const QString &path, const csv::ImportContext &ctx)
{
    sync::ImportPlan p;
    p.path = path;
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    p.format = csv::detectFormat(&f);
    csv::CsvReader r(&f, p.format);
    QStringList header;
    r.readRecord(header);
    p.mapping = csv::autoMapping(header);
    p.context = ctx;
    p.onDuplicate = csv::DuplicateAction::Update;
    return p;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int lines = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 10000;
    QTemporaryDir dir;
    const QString entity = QStringLiteral("11111111-1111-1111-1111-111111111111");

    out(QStringLiteral("| measure | lines | time (ms) | target |"));
    out(QStringLiteral("|---|---|---|---|"));

    // --- 100 000 lines first (peak memory before anything else grows the process) ----------------
    {
        const QString big = writeFile(dir.filePath(QStringLiteral("big.csv")), 100000, 0);
        const double before = procStatus("VmHWM:");
        QFile f(big);
        f.open(QIODevice::ReadOnly);
        const sync::ImportPlan p = planFor(big, context(entity));
        QElapsedTimer t;
        t.start();
        const csv::ImportAnalysis a = csv::analyzeCsv(&f, p.format, p.mapping, p.context, {});
        const qint64 ns = t.nsecsElapsed();
        out(QStringLiteral("| client: parse + validate + duplicates, 100 000 lines (%1 MiB file) | %2 | %3 | |")
                .arg(double(QFileInfo(big).size()) / 1048576.0, 0, 'f', 1)
                .arg(a.records)
                .arg(ms(ns)));
        out(QStringLiteral("| peak resident memory during it: %1 MiB (%2 MiB before) | | | file never loaded |")
                .arg(procStatus("VmHWM:"), 0, 'f', 0)
                .arg(before, 0, 'f', 0));
    }

    // --- client, 10 000 lines against a replica of 10 000 prospects -------------------------------
    auto opened = sync::LocalReplica::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened) {
        out(opened.error().message);
        return 1;
    }
    sync::LocalReplica *replica = opened->get();
    {
        // The replica's prospects: SIRET siretFor(i), as a sync would have brought them.
        auto ok = replica->writeBatch([&]() -> Result<void> {
            for (int i = 0; i < lines; ++i) {
                auto id = replica->createRow(QStringLiteral("prospects"),
                                             {{QStringLiteral("company_name"), QStringLiteral("Existant %1").arg(i)},
                                              {QStringLiteral("siret"), siretFor(i)},
                                              {QStringLiteral("postcode"), QStringLiteral("75001")},
                                              {QStringLiteral("country_code"), QStringLiteral("FR")},
                                              {QStringLiteral("status"), QStringLiteral("client")},
                                              {QStringLiteral("entity_id"), entity}});
                if (!id)
                    return id.error();
            }
            return {};
        });
        if (!ok) {
            out(ok.error().message);
            return 1;
        }
    }
    const QString file = writeFile(dir.filePath(QStringLiteral("import.csv")), lines, lines);
    const sync::ImportPlan plan = planFor(file, context(entity));
    {
        QElapsedTimer t;
        t.start();
        const csv::DuplicateIndex existing = sync::ProspectImporter::existingProspects(replica);
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        const csv::ImportAnalysis a = csv::analyzeCsv(&f, plan.format, plan.mapping, plan.context, existing);
        const qint64 ns = t.nsecsElapsed();
        out(QStringLiteral("| client: parse + validate + duplicates vs %1 prospects (%2 new, %3 duplicates, %4 refused) | %5 | %6 | < 1 000 |")
                .arg(existing.size())
                .arg(a.valid - a.duplicates)
                .arg(a.duplicates)
                .arg(a.invalid)
                .arg(a.records)
                .arg(ms(ns)));
    }
    {
        sync::ProspectImporter importer(replica);
        QElapsedTimer t;
        t.start();
        auto s = importer.run(plan);
        const qint64 ns = t.nsecsElapsed();
        if (!s) {
            out(s.error().message);
            return 1;
        }
        out(QStringLiteral("| client: import into the replica, one undoable batch (%1 created, %2 updated) | %3 | %4 | |")
                .arg(s->created)
                .arg(s->updated)
                .arg(lines)
                .arg(ms(ns)));
        t.restart();
        auto u = sync::ProspectImporter::undo(replica, s->batchId);
        out(QStringLiteral("| client: undo of that import | %1 | %2 | |").arg(lines).arg(u ? ms(t.nsecsElapsed()) : u.error().message));
    }

    // --- server: the batch endpoint -----------------------------------------------------------------
    test::TestServer server;
    if (!server.start()) {
        out(QStringLiteral("server did not start"));
        return 1;
    }
    const QString password = QStringLiteral("Secur1te-Hector");
    server.createUser(QStringLiteral("bench.import@adsgroup-security.com"), password, Role::Manager, QStringLiteral("FR"));
    const QString token = server.accessToken(QStringLiteral("bench.import@adsgroup-security.com"), password);
    for (int i = 0; i < lines; i += 50) // some prospects the import will meet again
        server.createProspect(QStringLiteral("FR"), {{QStringLiteral("company_name"), QStringLiteral("Existant %1").arg(i)},
                                                     {QStringLiteral("siret"), siretFor(i)},
                                                     {QStringLiteral("postcode"), QStringLiteral("75001")}});
    QJsonArray rows;
    {
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        csv::CsvReader reader(&f, plan.format);
        QStringList cells;
        reader.readRecord(cells);
        const QStringList api{QStringLiteral("companyName"), QStringLiteral("siret"), QStringLiteral("address"),
                              QStringLiteral("postcode"), QStringLiteral("city"), QStringLiteral("phone"),
                              QStringLiteral("email"), QStringLiteral("contactName")};
        while (reader.readRecord(cells)) {
            QJsonObject o;
            for (qsizetype i = 0; i < api.size() && i < cells.size(); ++i) {
                if (!cells.at(i).isEmpty())
                    o.insert(api.at(i), cells.at(i));
            }
            rows.append(o);
        }
    }
    test::HttpTestClient http(server.baseUrl());
    QElapsedTimer t;
    t.start();
    const test::HttpReply r = http.post(QStringLiteral("/api/crm/prospects/batch-import"),
                                        {{QStringLiteral("rows"), rows}, {QStringLiteral("onDuplicate"), QStringLiteral("update")}},
                                        token);
    const qint64 ns = t.nsecsElapsed();
    if (r.status != 201) {
        out(QStringLiteral("batch-import failed: %1 %2").arg(r.status).arg(QString::fromUtf8(r.body.left(300))));
        return 1;
    }
    out(QStringLiteral("| server: POST batch-import committed (%1 created, %2 updated, %3 refused; HTTP + JSON included) | %4 | %5 | < 3 000 |")
            .arg(r.json.value(QLatin1StringView("created")).toInt())
            .arg(r.json.value(QLatin1StringView("updated")).toInt())
            .arg(r.json.value(QLatin1StringView("invalid")).toInt())
            .arg(rows.size())
            .arg(ms(ns)));
    t.restart();
    const test::HttpReply u = http.send("DELETE", QStringLiteral("/api/crm/prospects/batch-import/") + r.json.value(QLatin1StringView("batchId")).toString(), {}, token);
    out(QStringLiteral("| server: DELETE batch-import (undo, status %1) | %2 | %3 | |").arg(u.status).arg(rows.size()).arg(ms(t.nsecsElapsed())));
    server.stop();
    return 0;
}
