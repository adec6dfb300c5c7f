// Command palette (Ctrl+K) over a real SQLite replica: pages, prospects (full-text), RDV and actions,
// keyboard navigation, and what it asks the main window to open.
#include "UiTestSupport.h"
#include "sync/replica/LocalReplica.h"
#include "ui/Icons.h"
#include "ui/Theme.h"
#include "ui/palette/CommandPalette.h"
#include "ui/palette/CommandPaletteModel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace hector;
using namespace hector::sync;
using namespace hector::ui;

namespace {
const QString kFrance = QStringLiteral("11111111-1111-1111-1111-111111111111");

void exec(LocalReplica &rep, const QString &sql)
{
    QSqlQuery q(rep.database());
    QVERIFY2(q.exec(sql), qPrintable(sql));
}

void seed(LocalReplica &rep, int filler)
{
    exec(rep, QStringLiteral("INSERT INTO entities (id, name, country_code, level) VALUES ('%1', 'France', 'FR', 0)").arg(kFrance));
    QSqlQuery q(rep.database());
    rep.database().transaction();
    q.prepare(QStringLiteral("INSERT INTO prospects (id, entity_id, company_name, city, postcode, country_code, status) "
                             "VALUES (?, ?, ?, ?, ?, 'FR', ?)"));
    auto add = [&q](const QString &id, const QString &name, const QString &city, const QString &pc, const QString &status) {
        q.addBindValue(id);
        q.addBindValue(kFrance);
        q.addBindValue(name);
        q.addBindValue(city);
        q.addBindValue(pc);
        q.addBindValue(status);
        QVERIFY(q.exec());
    };
    add(QStringLiteral("p-dupont"), QStringLiteral("Sécurité Dupont"), QStringLiteral("Orléans"), QStringLiteral("45000"),
        QStringLiteral("qualifie"));
    add(QStringLiteral("p-durand"), QStringLiteral("Boulangerie Durand"), QStringLiteral("Lille"), QStringLiteral("59000"),
        QStringLiteral("nouveau"));
    for (int i = 0; i < filler; ++i) {
        add(QStringLiteral("f%1").arg(i), QStringLiteral("Entreprise %1").arg(i), QStringLiteral("Nantes"),
            QStringLiteral("44000"), QStringLiteral("nouveau"));
    }
    rep.database().commit();
    exec(rep, QStringLiteral("INSERT INTO rdvs (id, entity_id, prospect_id, title, starts_at, ends_at, status) VALUES "
                             "('r1', '%1', 'p-dupont', 'Présentation vidéosurveillance', '2026-12-02T09:00:00.000Z', "
                             "'2026-12-02T10:00:00.000Z', 'planifie'), "
                             "('r2', '%1', NULL, 'Salon Expoprotection', '2026-12-08T08:00:00.000Z', "
                             "'2026-12-08T17:00:00.000Z', 'planifie')")
                  .arg(kFrance));
    exec(rep, QStringLiteral("INSERT INTO actions (id, entity_id, prospect_id, type, status, title, due_at) VALUES "
                             "('a1', '%1', 'p-dupont', 'devis', 'a_faire', 'Envoyer le devis alarme', '2026-12-01T12:00:00.000Z'), "
                             "('a2', '%1', 'p-durand', 'appel', 'termine', 'Premier appel', NULL)")
                  .arg(kFrance));
}

QStringList titles(const CommandPaletteModel &model)
{
    QStringList out;
    for (int i = 0; i < model.rowCount(); ++i)
        out << model.index(i).data().toString();
    return out;
}

QList<CommandPaletteModel::PageEntry> somePages()
{
    return {{QStringLiteral("crm.prospects"), QStringLiteral("Prospects"), icons::prospectsIcon()},
            {QStringLiteral("admin.teams"), QStringLiteral("Équipes"), QIcon()},
            {QStringLiteral("account.me"), QStringLiteral("Mon compte"), icons::accountIcon()}};
}
} // namespace

class TestUiPalette : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<LocalReplica> replica(int filler = 0)
    {
        static int n = 0;
        auto r = LocalReplica::open(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++n)));
        if (!r)
            return nullptr;
        seed(**r, filler);
        return std::move(*r);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyTheme(*qApp);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    }

    void emptyQueryListsPages()
    {
        auto rep = replica();
        CommandPaletteModel model(rep.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPages(somePages());
        model.setQuery(QString());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.kindAt(0), CommandPaletteModel::Kind::Page);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Aller à « Prospects »"));
        // Accent- and case-insensitive page match.
        model.setQuery(QStringLiteral("equip"));
        QCOMPARE(titles(model), QStringList{QStringLiteral("Aller à « Équipes »")});
        QCOMPARE(model.targetAt(0), QStringLiteral("admin.teams"));
    }

    void findsProspectsRdvsAndActions()
    {
        auto rep = replica(500);
        CommandPaletteModel model(rep.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPages(somePages());

        // "dupont" (no accent, lower case) finds the prospect, its RDV and its open action.
        model.setQuery(QStringLiteral("dupont"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.kindAt(0), CommandPaletteModel::Kind::Prospect);
        QCOMPARE(model.targetAt(0), QStringLiteral("p-dupont"));
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Sécurité Dupont"));
        QVERIFY(model.index(0).data(CommandPaletteModel::SubtitleRole).toString().contains(QStringLiteral("45000 Orléans")));
        QVERIFY(model.index(0).data(CommandPaletteModel::SubtitleRole).toString().contains(QStringLiteral("Qualifié")));
        QCOMPARE(model.kindAt(1), CommandPaletteModel::Kind::Rdv);
        QCOMPARE(model.targetAt(1), QStringLiteral("r1"));
        QVERIFY(model.index(1).data(CommandPaletteModel::SubtitleRole).toString().contains(QStringLiteral("Sécurité Dupont")));
        QCOMPARE(model.kindAt(2), CommandPaletteModel::Kind::Action);
        QCOMPARE(model.targetAt(2), QStringLiteral("a1"));
        QVERIFY(model.index(2).data(CommandPaletteModel::SubtitleRole).toString().startsWith(QStringLiteral("Devis")));

        // An RDV by its own title, without a prospect.
        model.setQuery(QStringLiteral("expoprot"));
        QCOMPARE(titles(model), QStringList{QStringLiteral("Salon Expoprotection")});
        QCOMPARE(model.index(0).data(CommandPaletteModel::KindLabelRole).toString(), QStringLiteral("Rendez-vous"));

        // A city finds prospects; the list is capped.
        model.setQuery(QStringLiteral("nantes"));
        QCOMPARE(model.rowCount(), CommandPaletteModel::kMaxProspects);

        // LIKE wildcards typed by the user are literal.
        model.setQuery(QStringLiteral("%"));
        QCOMPARE(model.rowCount(), 0);
        model.setQuery(QStringLiteral("zzzz"));
        QCOMPARE(model.rowCount(), 0);
    }

    void keyboardChoosesAndOpens()
    {
        auto rep = replica();
        QWidget host;
        host.resize(1000, 700);
        host.show();
        CommandPalette palette(rep.get(), somePages(), &host);
        QSignalSpy records(&palette, &CommandPalette::recordRequested);
        QSignalSpy pages(&palette, &CommandPalette::pageRequested);
        palette.popup(&host);
        QVERIFY(QTest::qWaitForWindowExposed(&palette));
        hector::test::typeInto(palette.searchField(), QStringLiteral("dupont"));
        QCOMPARE(palette.resultsView()->currentIndex().row(), 0);
        QTest::keyClick(palette.searchField(), Qt::Key_Down);
        QTest::keyClick(palette.searchField(), Qt::Key_Down);
        QTest::keyClick(palette.searchField(), Qt::Key_Down); // stays on the last row
        QCOMPARE(palette.resultsView()->currentIndex().row(), 2);
        QTest::keyClick(palette.searchField(), Qt::Key_Up);
        hector::test::screenshot(&palette, QStringLiteral("palette-results"));
        QTest::keyClick(palette.searchField(), Qt::Key_Return);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).at(0).toString(), QStringLiteral("rdvs"));
        QCOMPARE(records.at(0).at(1).toString(), QStringLiteral("r1"));
        QVERIFY(!palette.isVisible());

        // Reopening starts empty; a page entry navigates.
        palette.popup(&host);
        QVERIFY(palette.searchField()->text().isEmpty());
        hector::test::typeInto(palette.searchField(), QStringLiteral("compte"));
        QTest::keyClick(palette.searchField(), Qt::Key_Enter);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.at(0).at(0).toString(), QStringLiteral("account.me"));

        // No result: a French explanation instead of an empty list; Échap closes.
        palette.popup(&host);
        hector::test::typeInto(palette.searchField(), QStringLiteral("introuvable"));
        QVERIFY(!palette.resultsView()->isVisible());
        const QList<QLabel *> labels = palette.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) {
            return l->isVisible() && l->text().startsWith(QStringLiteral("Aucun résultat pour « introuvable »"));
        }));
        hector::test::screenshot(&palette, QStringLiteral("palette-empty"));
        QTest::keyClick(palette.searchField(), Qt::Key_Escape);
        QVERIFY(!palette.isVisible());
        QCOMPARE(records.size(), 1);
    }
};

QTEST_MAIN(TestUiPalette)
#include "tst_ui_palette.moc"
