// Prospects list on a 100 000-prospect replica (issue #5 targets): time to open the list (model
// built and first screen of rows read), type-ahead filtering (each keystroke of a search), memory.
// Targets: open < 150 ms, type-ahead < 30 ms, client RSS < 250 MB.
// Usage: bench_list [prospects]   (prints a Markdown table)
#include "core/sync/SyncSchema.h"
#include "server/demo/DemoGenerator.h"
#include "sync/replica/LocalReplica.h"
#include "ui/palette/CommandPaletteModel.h"
#include "ui/prospects/ProspectCsvExport.h"
#include "ui/prospects/ProspectListModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace hector;

namespace {
void out(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

qint64 rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &l : lines) {
        if (l.startsWith("VmRSS:"))
            return l.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Reads the rows a screen shows (about 30) the way the view does.
void readScreen(ui::ProspectListModel &model, int firstRow)
{
    for (int r = firstRow; r < std::min(model.rowCount(), firstRow + 30); ++r) {
        for (int c = 0; c < ui::ProspectListModel::ColumnCount; ++c)
            (void)model.data(model.index(r, c));
    }
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("replica.sqlite"));
    {
        auto replica = sync::LocalReplica::open(path);
        if (!replica)
            return 1;
        QSqlQuery q((*replica)->database());
        (*replica)->database().transaction();
        q.exec(QStringLiteral("INSERT INTO entities (id, name, country_code, level) VALUES ('fr', 'France', 'FR', 0)"));
        q.prepare(QStringLiteral("INSERT INTO prospects (id, entity_id, company_name, siren, city, postcode, country_code, "
                                 "phone, email, contact_name, status, updated_at) VALUES (?, 'fr', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        server::demo::DemoGenerator gen(99);
        const QString countries[] = {QStringLiteral("FR"), QStringLiteral("LU"), QStringLiteral("BE")};
        for (int i = 0; i < rows; ++i) {
            const auto p = gen.prospect(countries[i % 10 < 6 ? 0 : (i % 10 < 8 ? 1 : 2)]);
            q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            q.addBindValue(p.companyName);
            q.addBindValue(p.siren);
            q.addBindValue(p.city);
            q.addBindValue(p.postcode);
            q.addBindValue(p.countryCode);
            q.addBindValue(p.phone);
            q.addBindValue(p.email);
            q.addBindValue(p.contactName);
            q.addBindValue(p.status);
            q.addBindValue(QStringLiteral("2026-11-%1T10:00:00.000Z").arg(1 + i % 28, 2, 10, QLatin1Char('0')));
            q.exec();
        }
        // A year of diaries: one RDV and one action for every fifth prospect.
        QSqlQuery ids((*replica)->database());
        ids.exec(QStringLiteral("SELECT id FROM prospects WHERE rowid % 5 = 0"));
        QSqlQuery rdv((*replica)->database());
        rdv.prepare(QStringLiteral("INSERT INTO rdvs (id, entity_id, prospect_id, title, starts_at, ends_at, status) "
                                   "VALUES (?, 'fr', ?, ?, ?, ?, 'planifie')"));
        QSqlQuery action((*replica)->database());
        action.prepare(QStringLiteral("INSERT INTO actions (id, entity_id, prospect_id, type, status, title, due_at) "
                                      "VALUES (?, 'fr', ?, 'appel', 'a_faire', ?, ?)"));
        int n = 0;
        while (ids.next()) {
            const QString day = QStringLiteral("2026-%1-%2").arg(1 + n % 12, 2, 10, QLatin1Char('0')).arg(1 + n % 28, 2, 10, QLatin1Char('0'));
            rdv.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            rdv.addBindValue(ids.value(0));
            rdv.addBindValue(QStringLiteral("Présentation télésurveillance %1").arg(n));
            rdv.addBindValue(QString(day + QStringLiteral("T09:00:00.000Z")));
            rdv.addBindValue(QString(day + QStringLiteral("T10:00:00.000Z")));
            rdv.exec();
            action.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            action.addBindValue(ids.value(0));
            action.addBindValue(QStringLiteral("Rappeler pour le devis %1").arg(n));
            action.addBindValue(QString(day + QStringLiteral("T12:00:00.000Z")));
            action.exec();
            ++n;
        }
        (*replica)->database().commit();
    }
    const qint64 rssBefore = rssKiB();

    // Open: replica opened (as at sign-in) and the list's first screen read.
    QElapsedTimer t;
    t.start();
    auto replica = sync::LocalReplica::open(path);
    const qint64 openReplicaMs = t.elapsed();
    t.restart();
    ui::ProspectListModel model(replica->get());
    readScreen(model, 0);
    const qint64 openListMs = t.elapsed();
    const int rowsListed = model.totalCount();

    // Scrolling deep into the list (a page far down).
    t.restart();
    readScreen(model, rows * 9 / 10);
    const qint64 deepScrollMs = t.elapsed();

    // Type-ahead: each keystroke of a few searches re-queries and reads the first screen.
    const QStringList searches{QStringLiteral("lyon"), QStringLiteral("boulangerie"), QStringLiteral("552"),
                               QStringLiteral("martin nice")};
    QList<qint64> keystrokes;
    for (const QString &search : searches) {
        for (qsizetype n = 1; n <= search.size(); ++n) {
            t.restart();
            model.setFilterText(search.left(n));
            readScreen(model, 0);
            keystrokes.append(t.elapsed());
        }
        model.setFilterText(QString());
    }
    std::sort(keystrokes.begin(), keystrokes.end());

    // Filter bar and sorts (issue #5): a status filter with a search, and the quality-score sort
    // (served by an expression index of the replica).
    t.restart();
    ui::ProspectFilter filter;
    filter.status = QStringLiteral("nouveau");
    filter.text = QStringLiteral("lyon");
    model.setFilter(filter);
    readScreen(model, 0);
    const qint64 statusSearchMs = t.elapsed();
    model.setFilter({});
    t.restart();
    model.sort(ui::ProspectListModel::Quality, Qt::DescendingOrder);
    readScreen(model, 0);
    const qint64 qualitySortMs = t.elapsed();
    model.sort(ui::ProspectListModel::Company, Qt::AscendingOrder);

    // CSV export of the whole list, streamed to a file.
    qint64 exportMs = -1;
    qint64 exportKiB = 0;
    {
        QFile csv(dir.filePath(QStringLiteral("export.csv")));
        if (csv.open(QIODevice::WriteOnly)) {
            t.restart();
            const ui::ProspectCsvExport exporter(replica->get(), model);
            if (exporter.write(&csv))
                exportMs = t.elapsed();
            exportKiB = csv.size() / 1024;
        }
    }
    // Command palette (Ctrl+K): every keystroke searches prospects, RDV and actions.
    QList<qint64> paletteKeys;
    {
        ui::CommandPaletteModel palette(replica->get());
        for (const QString &search : {QStringLiteral("dupont"), QStringLiteral("lille"), QStringLiteral("télésurv")}) {
            for (qsizetype n = 1; n <= search.size(); ++n) {
                t.restart();
                palette.setQuery(search.left(n));
                paletteKeys.append(t.elapsed());
            }
        }
        std::sort(paletteKeys.begin(), paletteKeys.end());
    }
    const qint64 rssAfter = rssKiB();

    out(QStringLiteral("| prospects list on a %1-prospect replica | value |").arg(rows));
    out(QStringLiteral("|---|---|"));
    out(QStringLiteral("| open the replica (sign-in) | %1 ms |").arg(openReplicaMs));
    out(QStringLiteral("| open the list: count + first screen (target < 150 ms) | %1 ms |").arg(openListMs));
    out(QStringLiteral("| rows listed | %1 |").arg(rowsListed));
    out(QStringLiteral("| jump to 90 % of the list | %1 ms |").arg(deepScrollMs));
    out(QStringLiteral("| type-ahead, %1 keystrokes: median (target < 30 ms) | %2 ms |")
            .arg(keystrokes.size())
            .arg(keystrokes.at(keystrokes.size() / 2)));
    out(QStringLiteral("| type-ahead: worst keystroke | %1 ms |").arg(keystrokes.last()));
    out(QStringLiteral("| status filter + search « lyon »: count + first screen | %1 ms |").arg(statusSearchMs));
    out(QStringLiteral("| sort by quality score: count + first screen | %1 ms |").arg(qualitySortMs));
    out(QStringLiteral("| CSV export of every row (%1 MB file) | %2 ms |").arg(exportKiB / 1024).arg(exportMs));
    out(QStringLiteral("| command palette (Ctrl+K), %1 keystrokes over prospects, RDV and actions: median / worst | %2 ms / %3 ms |")
            .arg(paletteKeys.size())
            .arg(paletteKeys.at(paletteKeys.size() / 2))
            .arg(paletteKeys.last()));
    out(QStringLiteral("| process RSS before opening / after (target < 250 MB) | %1 MB / %2 MB |")
            .arg(rssBefore / 1024)
            .arg(rssAfter / 1024));
    out(QString());
    out(QStringLiteral("Filtering uses the replica's FTS5 index (accent-insensitive word prefixes over name, city, "
                       "postcode, SIREN, decision maker, e-mail): count + first page of each keystroke."));
    return 0;
}
