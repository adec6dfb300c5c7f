// CSV import into the local replica (issue #8): the corpus of tests/data/csv written as one
// undoable batch, duplicates created / updated / skipped, cancel, analysis of 100 000 generated
// lines, and — with a real server and a second sync — import then undo leaving the server rows
// exactly as before.
#include "SyncClient.h"
#include "core/csv/CsvWriter.h"
#include "sync/import/ProspectImporter.h"
#include "sync/replica/LocalReplica.h"
#include "tests/support/TestServer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace hector;
using namespace hector::test;
using hector::csv::DuplicateAction;

namespace {
const QString kPassword = QStringLiteral("Secur1te-Hector");
const QString kFr = QStringLiteral("11111111-1111-1111-1111-111111111111");
const QString kOwner = QStringLiteral("44444444-4444-4444-4444-444444444444");

QString corpus(const char *name)
{
    return QStringLiteral(HECTOR_CSV_CORPUS "/") + QString::fromLatin1(name);
}

// The prospects of a replica as text, without updated_at (a local write stamps it).
QStringList dumpProspects(sync::LocalReplica *r)
{
    QStringList out;
    QSqlQuery q(r->database());
    q.exec(QStringLiteral("SELECT * FROM prospects ORDER BY id"));
    while (q.next()) {
        QStringList cols;
        for (int i = 0; i < q.record().count(); ++i) {
            if (q.record().fieldName(i) != QLatin1String("updated_at"))
                cols << q.record().fieldName(i) + u'=' + q.value(i).toString();
        }
        out << cols.join(u'|');
    }
    return out;
}

csv::ImportContext context()
{
    csv::ImportContext ctx;
    ctx.entities = {{kFr, QStringLiteral("FR"), 0}};
    ctx.preferredEntityId = kFr;
    ctx.ownerId = kOwner;
    return ctx;
}

sync::ImportPlan plan(const QString &path, DuplicateAction onDuplicate, const csv::ImportContext &ctx = context())
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    sync::ImportPlan p;
    p.path = path;
    p.format = csv::detectFormat(&f);
    csv::CsvReader reader(&f, p.format);
    QStringList header;
    reader.readRecord(header);
    p.mapping = csv::autoMapping(header);
    p.context = ctx;
    p.onDuplicate = onDuplicate;
    return p;
}

void seed(sync::LocalReplica *r)
{
    QVERIFY(r->createRow(QStringLiteral("prospects"),
                         {{QStringLiteral("company_name"), QStringLiteral("Sécurité Dupont")},
                          {QStringLiteral("siret"), QStringLiteral("40123456200015")},
                          {QStringLiteral("postcode"), QStringLiteral("75002")},
                          {QStringLiteral("city"), QStringLiteral("Paris")},
                          {QStringLiteral("country_code"), QStringLiteral("FR")},
                          {QStringLiteral("status"), QStringLiteral("client")},
                          {QStringLiteral("entity_id"), kFr},
                          {QStringLiteral("owner_id"), kOwner}}));
    QVERIFY(r->createRow(QStringLiteral("prospects"),
                         {{QStringLiteral("company_name"), QStringLiteral("Les Gardiens du Sud")},
                          {QStringLiteral("postcode"), QStringLiteral("13008")},
                          {QStringLiteral("country_code"), QStringLiteral("FR")},
                          {QStringLiteral("status"), QStringLiteral("nouveau")},
                          {QStringLiteral("contact_name"), QStringLiteral("Ancien contact")},
                          {QStringLiteral("entity_id"), kFr},
                          {QStringLiteral("owner_id"), kOwner}}));
}

QString writeGenerated(const QString &path, int rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    csv::CsvWriter w(&f);
    w.writeRow({QStringLiteral("Raison sociale"), QStringLiteral("Code postal"), QStringLiteral("Ville"),
                QStringLiteral("Téléphone"), QStringLiteral("E-mail")});
    for (int i = 0; i < rows; ++i) {
        w.writeRow({QStringLiteral("Société %1").arg(i), QStringLiteral("75%1").arg(i % 20 + 1, 3, 10, QLatin1Char('0')),
                    QStringLiteral("Paris"), QStringLiteral("01 42 %1 %2 00").arg(i % 90 + 10).arg(i % 80 + 10),
                    QStringLiteral("contact%1@exemple.fr").arg(i)});
    }
    return path;
}
} // namespace

class TestProspectImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void analysisFindsDuplicatesInFileAndReplica()
    {
        auto r = sync::LocalReplica::open(QStringLiteral(":memory:"));
        QVERIFY(r);
        seed(r->get());
        QFile f(corpus("prospects_duplicates.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const csv::CsvFormat format = csv::detectFormat(&f);
        const auto p = plan(corpus("prospects_duplicates.csv"), DuplicateAction::Skip);
        const csv::ImportAnalysis a = csv::analyzeCsv(&f, format, p.mapping, context(),
                                                      sync::ProspectImporter::existingProspects(r->get()));
        QCOMPARE(a.records, 6);
        QCOMPARE(a.invalid, 0);
        QCOMPARE(a.duplicates, 5);
        QCOMPARE(a.problems.size(), 5);
        QVERIFY(!a.problems[0].duplicateInFile()); // Dupont by SIRET
        QVERIFY(a.problems[0].matchedOn.contains(QStringLiteral("siret")));
        QCOMPARE(a.problems[1].duplicateOf, QStringLiteral("#1")); // Alpha SAS: name + postcode
        QCOMPARE(a.problems[2].duplicateOf, QStringLiteral("#1")); // Alpha Bis: SIREN
        QVERIFY(!a.problems[3].duplicateInFile()); // Les Gardiens du Sud (in the replica)
        QVERIFY(!a.problems[4].duplicateInFile()); // LES GARDIENS DU SUD S.A.R.L. (name + postcode)
        QCOMPARE(a.problems[4].matchedOn, QStringList{QStringLiteral("name")});
        QCOMPARE(a.problems[4].line, 7);
    }

    void importThenUndoLeavesTheReplicaAsBefore()
    {
        auto opened = sync::LocalReplica::open(QStringLiteral(":memory:"));
        QVERIFY(opened);
        sync::LocalReplica *r = opened->get();
        seed(r);
        const QStringList before = dumpProspects(r);
        const int outboxBefore = r->pendingCount();

        sync::ProspectImporter importer(r);
        auto summary = importer.run(plan(corpus("prospects_duplicates.csv"), DuplicateAction::Update));
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
        QCOMPARE(summary->created, 1); // Alpha Surveillance; the other five lines update a record
        QCOMPARE(summary->updated, 5);
        QCOMPARE(summary->invalid, 0);
        QSqlQuery q(r->database());
        q.exec(QStringLiteral("SELECT contact_name, status, owner_id, address FROM prospects WHERE postcode = '13008'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Ancien contact")); // empty cells erase nothing
        QCOMPARE(q.value(3).toString(), QStringLiteral("9 rue du Sud"));   // the last line wins
        QVERIFY(r->pendingCount() > outboxBefore);

        const auto batches = sync::ProspectImporter::recentBatches(r);
        QCOMPARE(batches.size(), 1);
        QVERIFY(batches.first().complete);
        QCOMPARE(batches.first().created, 1);
        QCOMPARE(batches.first().fileName, QStringLiteral("prospects_duplicates.csv"));

        QVERIFY(sync::ProspectImporter::undo(r, summary->batchId));
        QCOMPARE(dumpProspects(r), before);
        QCOMPARE(sync::ProspectImporter::undo(r, summary->batchId).error().code, QStringLiteral("conflict"));
        QVERIFY(sync::ProspectImporter::recentBatches(r).first().undoneAt.isValid());
    }

    void corpusFilesImport()
    {
        auto opened = sync::LocalReplica::open(QStringLiteral(":memory:"));
        QVERIFY(opened);
        sync::LocalReplica *r = opened->get();
        sync::ProspectImporter importer(r);
        auto s = importer.run(plan(corpus("prospects_utf8_semicolon.csv"), DuplicateAction::Skip));
        QVERIFY(s);
        QCOMPARE(s->created, 3);
        QSqlQuery q(r->database());
        q.exec(QStringLiteral("SELECT address FROM prospects WHERE company_name = 'Alarmes \"Le Guet\" SARL'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("3 place du Marché\nBâtiment B"));
        s = importer.run(plan(corpus("prospects_cp1252_tab.csv"), DuplicateAction::Skip));
        QVERIFY(s);
        QCOMPARE(s->created, 2);
        q.exec(QStringLiteral("SELECT contact_title FROM prospects WHERE company_name = 'Café Sécurité € Œil'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Directeur’s office"));
        s = importer.run(plan(corpus("prospects_broken.csv"), DuplicateAction::Skip));
        QVERIFY(s);
        QCOMPARE(s->created, 1);
        QCOMPARE(s->invalid, 8);
        // Semicolon file again: everything skipped as duplicates.
        s = importer.run(plan(corpus("prospects_utf8_semicolon.csv"), DuplicateAction::Skip));
        QCOMPARE(s->created, 0);
        QCOMPARE(s->skipped, 3);
    }

    void cancelUndoesWhatWasWritten()
    {
        auto opened = sync::LocalReplica::open(QStringLiteral(":memory:"));
        QVERIFY(opened);
        sync::LocalReplica *r = opened->get();
        seed(r);
        const QStringList before = dumpProspects(r);
        const QString path = writeGenerated(m_dir.filePath(QStringLiteral("cancel.csv")), 3000);
        sync::ProspectImporter importer(r);
        importer.setChunkSize(200);
        QSignalSpy progress(&importer, &sync::ProspectImporter::progress);
        QSignalSpy cancelled(&importer, &sync::ProspectImporter::cancelled);
        QSignalSpy finished(&importer, &sync::ProspectImporter::finished);
        importer.start(plan(path, DuplicateAction::Skip));
        QVERIFY(progress.wait(5000));
        QVERIFY(progress.size() < 15);
        QVERIFY(dumpProspects(r).size() > before.size()); // some rows are in
        importer.cancel();
        QVERIFY(cancelled.wait(5000));
        QCOMPARE(finished.size(), 0);
        QCOMPARE(dumpProspects(r), before);
        QVERIFY(!sync::ProspectImporter::recentBatches(r).first().complete);
    }

    void asyncImportFinishes()
    {
        auto opened = sync::LocalReplica::open(QStringLiteral(":memory:"));
        QVERIFY(opened);
        const QString path = writeGenerated(m_dir.filePath(QStringLiteral("async.csv")), 1500);
        sync::ProspectImporter importer(opened->get());
        QSignalSpy finished(&importer, &sync::ProspectImporter::finished);
        QSignalSpy progress(&importer, &sync::ProspectImporter::progress);
        importer.start(plan(path, DuplicateAction::Skip));
        QVERIFY(finished.wait(20000));
        QVERIFY(progress.size() >= 3); // several turns of the event loop
        QCOMPARE(finished.first().first().value<sync::ImportSummary>().created, 1500);
    }

    void hundredThousandLinesAnalysis()
    {
        const QString path = writeGenerated(m_dir.filePath(QStringLiteral("big.csv")), 100000);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto p = plan(path, DuplicateAction::Skip);
        std::atomic_bool cancel{false};
        qint64 calls = 0;
        QElapsedTimer t;
        t.start();
        const csv::ImportAnalysis a = csv::analyzeCsv(&f, p.format, p.mapping, context(), {},
                                                      [&calls](qint64) { ++calls; }, &cancel);
        qInfo("100k lines analysed in %lld ms", qint64(t.elapsed()));
        QCOMPARE(a.records, 100000);
        QCOMPARE(a.invalid, 0);
        QCOMPARE(a.duplicates, 0);
        QVERIFY(a.problems.isEmpty()); // only problem rows are kept
        QVERIFY(calls >= 100);
        // Cancel stops the reading.
        f.seek(0);
        cancel = true;
        const csv::ImportAnalysis c = csv::analyzeCsv(&f, p.format, p.mapping, context(), {}, {}, &cancel);
        QVERIFY(c.cancelled);
        QVERIFY(c.records < 2000);
    }

    // A real server: import in the replica, sync, undo, sync: the server's rows are as before.
    void serverRowsAsBeforeAfterUndo()
    {
        TestServer server;
        QVERIFY(server.start());
        const QString email = QStringLiteral("import.fr@adsgroup-security.com");
        const QString userId = server.createUser(email, kPassword, Role::Commercial, QStringLiteral("FR"));
        QVERIFY(!userId.isEmpty());
        QVERIFY(!server.createProspect(QStringLiteral("FR"), {{QStringLiteral("company_name"), QStringLiteral("Les Gardiens du Sud")},
                                                              {QStringLiteral("postcode"), QStringLiteral("13008")},
                                                              {QStringLiteral("contact_name"), QStringLiteral("Ancien contact")},
                                                              {QStringLiteral("owner_id"), userId}})
                        .isEmpty());
        auto serverDump = [&server] {
            auto res = server.execOwner(QStringLiteral("SELECT (to_jsonb(p) - 'updated_at' - '_field_at' - '_field_by')::text AS j "
                                                       "FROM prospects p ORDER BY id"));
            QStringList out;
            for (int i = 0; res && i < res->rows(); ++i)
                out << res->text(i, "j");
            return out;
        };
        const QStringList before = serverDump();

        SyncClient client(m_dir.filePath(QStringLiteral("server.sqlite")));
        QVERIFY(client.login(server.baseUrl(), email, kPassword));
        QVERIFY(client.open(true));
        QVERIFY(client.waitSynced());
        sync::LocalReplica *r = client.replica();
        UserDto user;
        user.id = userId;
        user.role = Role::Commercial;
        user.entityId = server.entityId(QStringLiteral("FR"));
        user.entityCountry = QStringLiteral("FR");
        const csv::ImportContext ctx = sync::ProspectImporter::contextFor(r, user);
        QCOMPARE(ctx.entities.size(), 1);
        sync::ImportPlan p = plan(corpus("prospects_duplicates.csv"), DuplicateAction::Update, ctx);
        p.updateOwnOnly = true;
        sync::ProspectImporter importer(r);
        auto summary = importer.run(p);
        QVERIFY(summary);
        QCOMPARE(summary->created, 2); // Dupont (not on this server), Alpha
        QCOMPARE(summary->updated, 4);
        QVERIFY(client.waitSynced());
        QCOMPARE(serverDump().size(), before.size() + 2);
        auto contact = server.execOwner(QStringLiteral("SELECT address FROM prospects WHERE postcode = '13008'"));
        QCOMPARE(contact->text(0, "address"), QStringLiteral("9 rue du Sud"));

        QVERIFY(sync::ProspectImporter::undo(r, summary->batchId));
        QVERIFY(client.waitSynced());
        QCOMPARE(serverDump(), before);
        client.close();
        server.stop();
    }
};

QTEST_GUILESS_MAIN(TestProspectImport)
#include "tst_prospect_import.moc"
