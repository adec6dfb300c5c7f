// The « Importer des prospects » wizard (issue #8) driven end to end on a real SQLite replica:
// file detection, preview, mapping (saved per file layout), check with refused lines and
// duplicates, import, error report and undo (replica as before), « Imports récents », and the
// models under QAbstractItemModelTester. Set HECTOR_SCREENSHOT_DIR for a PNG of every step.
#include "ProspectsTestData.h"
#include "UiTestSupport.h"
#include "core/csv/CsvReader.h"
#include "sync/ClientSettings.h"
#include "ui/import/ImportHistoryDialog.h"
#include "ui/import/ImportModels.h"
#include "ui/import/ProspectImportWizard.h"
#include "ui/prospects/ProspectsPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace hector;
using namespace hector::test;
using namespace hector::ui;

namespace {
// Prospects of the replica as text, without updated_at (a local write stamps it).
QStringList dump(sync::LocalReplica &r)
{
    QStringList out;
    QSqlQuery q(r.database());
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

// A file of a real-life mix: good lines, refused ones, duplicates of the replica and of the file.
QString writeMixedFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    const QByteArray text =
        "Raison sociale;SIRET;Adresse;Code postal;Ville;T\xC3\xA9l\xC3\xA9phone;E-mail;Contact;Notes internes\r\n"
        "S\xC3\xA9" "curit\xC3\xA9 Dupont;40123456200015;12 rue de la Paix;75002;Paris;01 42 68 53 00;contact@dupont.fr;Jean Dupont;client 2019\r\n"
        "Alpha Surveillance;73456789400013;1 rue Alpha;31000;Toulouse;05 61 00 00 00;;Zo\xC3\xA9 Martin;\r\n"
        "Alpha Surveillance SAS;;1 rue Alpha;31000;Toulouse;;;;doublon du fichier\r\n"
        "\"Alarmes \"\"Le Guet\"\"\";51234567900017;\"3 place du March\xC3\xA9\r\nB\xC3\xA2timent B\";69002;Lyon;04 72 10 30 30;info@leguet.fr;\"Martin; Claire\";\r\n"
        ";;1 rue sans nom;75001;Paris;;;;\r\n"
        "Mauvais CP;;1 rue C;ABCDE;Paris;;;;\r\n"
        "Mauvais mail;;1 rue F;75001;Paris;;pas-un-mail;;\r\n"
        "Trop de champs;;1 rue B;75001;Paris;;;;;extra\r\n"
        "Gardiennage Nord;62345678700018;1 rue Nationale;59000;Lille;03 20 12 34 56;nord@garde.fr;Paul Lef\xC3\xA8vre;\r\n";
    f.write(text);
    return path;
}
} // namespace

class TestUiImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<sync::LocalReplica> newReplica()
    {
        auto r = sync::LocalReplica::open(m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_n)));
        if (!r)
            return nullptr;
        seedOrganisation(**r);
        addProspect(**r, {{QStringLiteral("company_name"), QStringLiteral("Sécurité Dupont")},
                          {QStringLiteral("siret"), QStringLiteral("40123456200015")},
                          {QStringLiteral("siren"), QStringLiteral("401234562")},
                          {QStringLiteral("postcode"), QStringLiteral("75002")},
                          {QStringLiteral("city"), QStringLiteral("Paris")},
                          {QStringLiteral("owner_id"), kSophie}});
        return std::move(*r);
    }
    static UserDto sophie() { return frenchUser(kSophie, Role::Manager, QStringLiteral("Sophie"), QStringLiteral("Bernard"), kFrance); }

private slots:
    void initTestCase() { initScreenTests(); }

    void wizardEndToEnd()
    {
        auto rep = newReplica();
        QVERIFY(rep);
        sync::ClientSettings settings(std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
        const ProspectsContext ctx{rep.get(), sophie(), &settings};
        const QStringList before = dump(*rep);
        const QString path = writeMixedFile(m_dir.filePath(QStringLiteral("clients-2026.csv")));

        ProspectImportWizard wizard(ctx);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(ProspectImportWizard::FilePage));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // no file yet
        screenshot(&wizard, QStringLiteral("import-0-fichier-vide"));
        wizard.setFile(path);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(wizard.format().delimiter, QChar(u';'));
        QCOMPARE(wizard.format().encoding, csv::Encoding::Utf8);
        const auto *detected = wizard.findChild<QLabel *>(QStringLiteral("detectedLabel"));
        QVERIFY2(detected->text().contains(QStringLiteral("UTF-8")) && detected->text().contains(QStringLiteral("9 colonnes")),
                 qPrintable(detected->text()));
        screenshot(&wizard, QStringLiteral("import-1-fichier"));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ProspectImportWizard::PreviewPage));
        auto *preview = wizard.findChild<QTableView *>(QStringLiteral("previewView"));
        QCOMPARE(preview->model()->rowCount(), 9);
        QCOMPARE(preview->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Raison sociale"));
        QCOMPARE(preview->model()->index(3, 0).data().toString(), QStringLiteral("Alarmes \"Le Guet\""));
        QAbstractItemModelTester previewTester(preview->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        screenshot(&wizard, QStringLiteral("import-2-apercu"));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ProspectImportWizard::MappingPage));
        QCOMPARE(wizard.mapping(), (QStringList{QStringLiteral("company_name"), QStringLiteral("siret"), QStringLiteral("address"),
                                                QStringLiteral("postcode"), QStringLiteral("city"), QStringLiteral("phone"),
                                                QStringLiteral("email"), QStringLiteral("contact_name"), QString()}));
        // Bad mapping: no company name -> cannot go on, with the reason.
        wizard.setMappingFor(0, QString());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("mappingError"))->text().contains(QStringLiteral("raison sociale")));
        wizard.setMappingFor(0, QStringLiteral("company_name"));
        wizard.setMappingFor(8, QStringLiteral("city")); // twice the city
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        wizard.setMappingFor(8, QString());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        screenshot(&wizard, QStringLiteral("import-3-correspondance"));

        QSignalSpy analysed(&wizard, &ProspectImportWizard::analysisFinished);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ProspectImportWizard::CheckPage));
        QVERIFY(analysed.wait(10000));
        QVERIFY(wizard.analysisDone());
        QCOMPARE(wizard.analysis().records, 9);
        QCOMPARE(wizard.analysis().invalid, 4);
        QCOMPARE(wizard.analysis().duplicates, 2);
        QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
        ImportProblemModel *problems = wizard.problemModel();
        QAbstractItemModelTester problemTester(problems, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(problems->rowCount(), 6);
        QVERIFY(problems->index(0, ImportProblemModel::Problem).data().toString().contains(QStringLiteral("Sécurité Dupont")));
        QCOMPARE(problems->index(0, ImportProblemModel::Action).data().toString(), ImportProblemModel::actionLabel(csv::DuplicateAction::Skip));
        QVERIFY(problems->index(1, ImportProblemModel::Problem).data().toString().contains(QStringLiteral("ligne 3")));
        QVERIFY(problems->index(2, ImportProblemModel::Problem).data().toString().contains(QStringLiteral("raison sociale")));
        // Dupont: update; the in-file duplicate: created anyway (per-line choice over the default).
        wizard.setDefaultDuplicateAction(csv::DuplicateAction::Update);
        problems->setAction({1}, csv::DuplicateAction::Create);
        QCOMPARE(problems->index(0, ImportProblemModel::Action).data().toString(), ImportProblemModel::actionLabel(csv::DuplicateAction::Update));
        QCOMPARE(problems->index(1, ImportProblemModel::Action).data().toString(), ImportProblemModel::actionLabel(csv::DuplicateAction::Create));
        screenshot(&wizard, QStringLiteral("import-4-verification"));

        QSignalSpy imported(&wizard, &ProspectImportWizard::importFinished);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ProspectImportWizard::ImportPage));
        screenshot(&wizard, QStringLiteral("import-5-import"));
        QVERIFY(!imported.isEmpty() || imported.wait(10000)); // may end while the screenshot is taken
        QTRY_COMPARE(wizard.currentId(), int(ProspectImportWizard::SummaryPage));
        const sync::ImportSummary s = wizard.summary();
        QCOMPARE(s.created, 4); // Alpha, Alpha SAS (created anyway), Le Guet, Gardiennage Nord
        QCOMPARE(s.updated, 1); // Dupont
        QCOMPARE(s.invalid, 4);
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("summaryText"))->text().contains(QStringLiteral("<b>4</b>")));
        QSqlQuery q(rep->database());
        q.exec(QStringLiteral("SELECT contact_name, phone, owner_id FROM prospects WHERE siret = '40123456200015'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Jean Dupont"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("+33142685300"));
        QCOMPARE(q.value(2).toString(), kSophie);
        screenshot(&wizard, QStringLiteral("import-6-resume"));

        // Error report: the refused lines and duplicates with their reason and original cells.
        const QString report = m_dir.filePath(QStringLiteral("rapport.csv"));
        QVERIFY(wizard.writeErrorReport(report));
        QFile rf(report);
        QVERIFY(rf.open(QIODevice::ReadOnly));
        csv::CsvReader reader(&rf, csv::detectFormat(&rf));
        QStringList rec;
        QVERIFY(reader.readRecord(rec));
        QCOMPARE(rec.mid(0, 3), (QStringList{QStringLiteral("Ligne"), QStringLiteral("Motif"), QStringLiteral("Raison sociale")}));
        int lines = 0;
        bool sawPostcode = false;
        while (reader.readRecord(rec)) {
            ++lines;
            sawPostcode = sawPostcode || (rec.at(1).contains(QStringLiteral("ABCDE")) && rec.at(2) == QLatin1String("Mauvais CP"));
        }
        QCOMPARE(lines, 6);
        QVERIFY(sawPostcode);

        // Undo: the replica as before.
        QVERIFY(wizard.undoImport());
        QCOMPARE(dump(*rep), before);
        QVERIFY(!wizard.findChild<QPushButton *>(QStringLiteral("undoImportButton"))->isEnabled());
        screenshot(&wizard, QStringLiteral("import-7-annule"));

        // The mapping is remembered for files of this layout.
        ProspectImportWizard again(ctx);
        again.show();
        again.setFile(path);
        again.next();
        again.next();
        QVERIFY(again.findChild<QLabel *>(QStringLiteral("mappingInfo"))->text().contains(QStringLiteral("reprise")));
        QCOMPARE(again.mapping().last(), QString());
    }

    void windows1252TabFileIsDetected()
    {
        auto rep = newReplica();
        ProspectImportWizard wizard(ProspectsContext{rep.get(), sophie(), nullptr});
        wizard.setFile(QStringLiteral(HECTOR_CSV_CORPUS "/prospects_cp1252_tab.csv"));
        QCOMPARE(wizard.format().encoding, csv::Encoding::Windows1252);
        QCOMPARE(wizard.format().delimiter, QChar(u'\t'));
        QCOMPARE(wizard.headers().first(), QStringLiteral("Société"));
        // Overriding the delimiter re-reads the file: one column.
        csv::CsvFormat f = wizard.format();
        f.delimiter = u';';
        wizard.setFormat(f);
        QCOMPARE(wizard.headers().size(), 1);

        // Dropping a file on the window chooses it.
        wizard.show();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QStringLiteral(HECTOR_CSV_CORPUS "/prospects_utf8_bom_comma.csv"))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&wizard, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&wizard, &drop);
        QVERIFY(wizard.filePath().endsWith(QStringLiteral("prospects_utf8_bom_comma.csv")));
        QCOMPARE(wizard.format().delimiter, QChar(u','));
        QCOMPARE(wizard.headers().first(), QStringLiteral("Company"));
    }

    void checkAgainAfterGoingBack()
    {
        auto rep = newReplica();
        ProspectImportWizard wizard(ProspectsContext{rep.get(), sophie(), nullptr});
        wizard.show();
        wizard.setFile(writeMixedFile(m_dir.filePath(QStringLiteral("back.csv"))));
        wizard.next();
        wizard.next();
        QSignalSpy analysed(&wizard, &ProspectImportWizard::analysisFinished);
        wizard.next();
        wizard.back(); // abandons the running check
        wizard.setMappingFor(7, QString()); // no contact column this time
        wizard.next();
        QTRY_VERIFY(wizard.analysisDone());
        QTest::qWait(50);
        QCOMPARE(analysed.size(), 1); // the abandoned check reported nothing
        QCOMPARE(wizard.analysis().records, 9);
        QCOMPARE(wizard.mapping().at(7), QString());
    }

    void closingDuringImportCancelsIt()
    {
        auto rep = newReplica();
        const QStringList before = dump(*rep);
        const QString path = m_dir.filePath(QStringLiteral("close.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Raison sociale;Code postal\r\n");
            for (int i = 0; i < 20000; ++i)
                f.write(QStringLiteral("Entreprise %1;69%2\r\n").arg(i).arg(i % 9 + 1, 3, 10, QLatin1Char('0')).toUtf8());
        }
        ProspectImportWizard wizard(ProspectsContext{rep.get(), sophie(), nullptr});
        wizard.show();
        wizard.setFile(path);
        wizard.next();
        wizard.next();
        QSignalSpy analysed(&wizard, &ProspectImportWizard::analysisFinished);
        wizard.next();
        QVERIFY(analysed.wait(30000));
        QSignalSpy imported(&wizard, &ProspectImportWizard::importFinished);
        wizard.next();
        QTRY_VERIFY(wizard.findChild<QProgressBar *>(QStringLiteral("importProgress"))->value() > 0);
        wizard.reject(); // « Fermer » while importing: cancels, the window stays to say so
        QVERIFY(wizard.isVisible());
        QVERIFY(imported.wait(30000));
        QVERIFY(wizard.importCancelled());
        QCOMPARE(dump(*rep), before);
        wizard.reject();
        QVERIFY(!wizard.isVisible());
    }

    void cancelDuringImportKeepsTheReplica()
    {
        auto rep = newReplica();
        const QStringList before = dump(*rep);
        const QString path = m_dir.filePath(QStringLiteral("big.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Raison sociale;Code postal\r\n");
            for (int i = 0; i < 20000; ++i)
                f.write(QStringLiteral("Société %1;75%2\r\n").arg(i).arg(i % 20 + 1, 3, 10, QLatin1Char('0')).toUtf8());
        }
        ProspectImportWizard wizard(ProspectsContext{rep.get(), sophie(), nullptr});
        wizard.show();
        wizard.setFile(path);
        wizard.next();
        wizard.next();
        QSignalSpy analysed(&wizard, &ProspectImportWizard::analysisFinished);
        wizard.next();
        QVERIFY(analysed.wait(30000));
        QCOMPARE(wizard.analysis().records, 20000);
        QSignalSpy imported(&wizard, &ProspectImportWizard::importFinished);
        wizard.next();
        // The event loop keeps turning while the import runs: the cancel button is clickable.
        auto *progress = wizard.findChild<QProgressBar *>(QStringLiteral("importProgress"));
        QTRY_VERIFY(progress->value() > 0);
        screenshot(&wizard, QStringLiteral("import-5b-import-en-cours"));
        QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("importCancelButton")), Qt::LeftButton);
        QVERIFY(imported.wait(30000));
        QVERIFY(wizard.importCancelled());
        QCOMPARE(dump(*rep), before);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ProspectImportWizard::SummaryPage));
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("summaryText"))->text().contains(QStringLiteral("annulé")));
    }

    void recentImportsDialogUndoes()
    {
        auto rep = newReplica();
        const QStringList before = dump(*rep);
        ImportHistoryDialog empty(ProspectsContext{rep.get(), sophie(), nullptr});
        QCOMPARE(empty.model()->rowCount(), 0);
        screenshot(&empty, QStringLiteral("import-8-recents-vide"));

        sync::ProspectImporter importer(rep.get());
        sync::ImportPlan plan;
        plan.path = writeMixedFile(m_dir.filePath(QStringLiteral("clients.csv")));
        QFile f(plan.path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        plan.format = csv::detectFormat(&f);
        csv::CsvReader reader(&f, plan.format);
        QStringList header;
        reader.readRecord(header);
        plan.mapping = csv::autoMapping(header);
        plan.context = sync::ProspectImporter::contextFor(rep.get(), sophie());
        QVERIFY(importer.run(plan));

        ImportHistoryDialog dialog(ProspectsContext{rep.get(), sophie(), nullptr});
        dialog.show();
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(dialog.model()->index(0, ImportBatchModel::File).data().toString(), QStringLiteral("clients.csv"));
        QCOMPARE(dialog.model()->index(0, ImportBatchModel::Created).data().toInt(), 3);
        auto *undo = dialog.findChild<QPushButton *>(QStringLiteral("undoBatchButton"));
        QVERIFY(undo->isEnabled());
        screenshot(&dialog, QStringLiteral("import-9-recents"));
        QVERIFY(dialog.undoRow(0));
        QCOMPARE(dump(*rep), before);
        QVERIFY(!undo->isEnabled());
        QVERIFY(dialog.model()->index(0, ImportBatchModel::State).data().toString().startsWith(QStringLiteral("Annulé")));
        QVERIFY(!dialog.undoRow(0)); // twice: refused with a message
    }

    void prospectsPageOffersTheImport()
    {
        auto rep = newReplica();
        ProspectsPage page(ProspectsContext{rep.get(), sophie(), nullptr});
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        screenshot(&page, QStringLiteral("import-page-prospects"));
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("importButton")));
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("recentImportsButton")));
    }
};

QTEST_MAIN(TestUiImport)
#include "tst_ui_import.moc"
