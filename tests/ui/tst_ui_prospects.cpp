// « Prospects » on a real SQLite replica: the lazy model (checked by QAbstractItemModelTester),
// type-ahead filter, empty states, creation through the dialog, delete and undo, offline outbox.
#include "UiTestSupport.h"
#include "sync/replica/LocalReplica.h"
#include "ui/MessageBanner.h"
#include "ui/Theme.h"
#include "ui/prospects/ProspectDialog.h"
#include "ui/prospects/ProspectListModel.h"
#include "ui/prospects/ProspectsPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace hector;
using namespace hector::sync;
using namespace hector::ui;

namespace {
const QString kFrance = QStringLiteral("11111111-1111-1111-1111-111111111111");

void seed(LocalReplica &rep, int n)
{
    QSqlQuery q(rep.database());
    q.exec(QStringLiteral("INSERT INTO entities (id, name, country_code, level) VALUES ('%1', 'France', 'FR', 0)").arg(kFrance));
    q.exec(QStringLiteral("INSERT INTO users (id, email, first_name, last_name, role, entity_id, active) VALUES "
                          "('u1', 'julien@adsgroup-security.com', 'Julien', 'Petit', 'commercial', '%1', 1)")
               .arg(kFrance));
    rep.database().transaction();
    q.prepare(QStringLiteral("INSERT INTO prospects (id, entity_id, owner_id, company_name, city, postcode, country_code, "
                             "status, updated_at) VALUES (?, ?, 'u1', ?, ?, ?, 'FR', 'nouveau', '2026-11-20T10:00:00.000Z')"));
    const QStringList cities{QStringLiteral("Lille"), QStringLiteral("Lyon"), QStringLiteral("Nantes"), QStringLiteral("Orléans")};
    for (int i = 0; i < n; ++i) {
        q.addBindValue(QStringLiteral("p%1").arg(i, 6, 10, QLatin1Char('0')));
        q.addBindValue(kFrance);
        q.addBindValue(QStringLiteral("Société %1").arg(i, 6, 10, QLatin1Char('0')));
        q.addBindValue(cities.at(i % cities.size()));
        q.addBindValue(QStringLiteral("59%1").arg(i % 1000, 3, 10, QLatin1Char('0')));
        q.exec();
    }
    rep.database().commit();
}
} // namespace

class TestUiProspects : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<LocalReplica> newReplica()
    {
        auto r = LocalReplica::open(m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_n)));
        return r ? std::move(*r) : nullptr;
    }

private slots:
    void initTestCase()
    {
        applyTheme(*qApp);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    }

    void modelPassesTheTesterAndSortsAndFilters()
    {
        auto rep = newReplica();
        seed(*rep, 3000);
        ProspectListModel model(rep.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.totalCount(), 3000);
        QCOMPARE(model.rowCount(), 3000); // rows are read page by page, on demand
        QCOMPARE(model.data(model.index(0, ProspectListModel::Company)).toString(), QStringLiteral("Société 000000"));
        QCOMPARE(model.data(model.index(0, ProspectListModel::Owner)).toString(), QStringLiteral("Julien Petit"));
        QCOMPARE(model.data(model.index(0, ProspectListModel::Status)).toString(), QStringLiteral("Nouveau"));
        model.sort(ProspectListModel::Company, Qt::DescendingOrder);
        QCOMPARE(model.data(model.index(0, ProspectListModel::Company)).toString(), QStringLiteral("Société 002999"));
        model.setFilterText(QStringLiteral("orléans 0001"));
        // Word prefixes: Orléans rows (i % 4 == 3) with a word starting with 0001 (000100-000199).
        QCOMPARE(model.totalCount(), 25);
        model.setFilterText(QStringLiteral("ORLEANS"));
        QCOMPARE(model.totalCount(), 750); // accents and case do not matter
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.data(model.index(r, ProspectListModel::City)).toString(), QStringLiteral("Orléans"));
        model.setFilterText(QStringLiteral("100%_\\"));
        QCOMPARE(model.totalCount(), 0); // LIKE wildcards are literal
    }

    void pageShowsEmptyStatesAndCounts()
    {
        auto rep = newReplica();
        ProspectsPage page(rep.get());
        page.resize(1100, 650);
        page.show();
        auto *stack = page.findChild<QStackedWidget *>();
        QVERIFY(stack);
        QVERIFY(stack->currentWidget() != page.view());
        auto *empty = qobject_cast<QLabel *>(stack->currentWidget());
        QVERIFY(empty->text().contains(QStringLiteral("Aucun prospect")));
        test::screenshot(&page, QStringLiteral("prospects-empty"));
        seed(*rep, 40);
        emit rep->tableChanged(QStringLiteral("prospects"));
        QCOMPARE(stack->currentWidget(), page.view());
        auto *search = page.findChild<QLineEdit *>();
        test::typeInto(search, QStringLiteral("Lyon"));
        QTRY_COMPARE(page.model()->totalCount(), 10);
        test::typeInto(search, QStringLiteral("zzz"));
        QTRY_VERIFY(stack->currentWidget() != page.view());
        QVERIFY(qobject_cast<QLabel *>(stack->currentWidget())->text().contains(QStringLiteral("zzz")));
    }

    void createThroughDialogGoesToOutbox()
    {
        auto rep = newReplica();
        seed(*rep, 0);
        ProspectDialog dialog(rep.get(), QString());
        dialog.show();
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("field_company_name"));
        auto *siren = dialog.findChild<QLineEdit *>(QStringLiteral("field_siren"));
        QVERIFY(name && siren);
        test::typeInto(siren, QStringLiteral("552081318"));
        dialog.accept();
        // Empty name and a bad SIREN: refused with a French message, nothing written.
        auto *banner = dialog.findChild<MessageBanner *>();
        QVERIFY(banner->isVisibleTo(&dialog));
        QVERIFY(banner->text().contains(QStringLiteral("raison sociale")));
        test::typeInto(name, QStringLiteral("Bijouterie Lefèvre"));
        dialog.accept();
        QVERIFY(banner->text().contains(QStringLiteral("SIREN")));
        test::screenshot(&dialog, QStringLiteral("prospect-dialog-error"));
        QCOMPARE(rep->pendingCount(), 0);
        test::typeInto(siren, QStringLiteral("552081317"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(rep->pendingCount(), 1);
        const QVariantMap row = rep->row(QStringLiteral("prospects"), dialog.prospectId());
        QCOMPARE(row.value(QStringLiteral("company_name")).toString(), QStringLiteral("Bijouterie Lefèvre"));
        QCOMPARE(row.value(QStringLiteral("entity_id")).toString(), kFrance);
    }

    void refreshKeepsSelection()
    {
        auto rep = newReplica();
        seed(*rep, 50);
        ProspectsPage page(rep.get());
        page.show();
        page.view()->selectRow(7);
        const QString id = page.model()->idAt(7);
        // Another user's change arrives through the sync: the list refreshes, the selection stays.
        QVERIFY(rep->updateRow(QStringLiteral("prospects"), page.model()->idAt(30), {{QStringLiteral("city"), QStringLiteral("Lens")}}));
        QCOMPARE(page.model()->idAt(page.view()->currentIndex().row()), id);
        QVERIFY(page.view()->selectionModel()->isRowSelected(page.view()->currentIndex().row(), {}));
    }

    void conflictIsShownInHistory()
    {
        auto rep = newReplica();
        seed(*rep, 1);
        QSqlQuery q(rep->database());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO users (id, email, first_name, last_name, role, entity_id, active) VALUES "
                                      "('u2', 'sophie@adsgroup-security.com', 'Sophie', 'Bernard', 'manager', '%1', 1)")
                           .arg(kFrance)));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO record_history (id, entity_id, table_name, row_id, field, kind, kept_value, "
                                      "lost_value, kept_user_id, lost_user_id, created_at) VALUES ('h1', '%1', 'prospects', "
                                      "'p000000', 'phone', 'conflict', '+33320222222', '+33320111111', 'u2', 'u1', "
                                      "'2026-11-25T09:30:00.000Z')")
                           .arg(kFrance)));
        ProspectDialog dialog(rep.get(), QStringLiteral("p000000"));
        dialog.resize(640, 560);
        dialog.show();
        auto *tabs = dialog.findChild<QTabWidget *>();
        QVERIFY(tabs->isTabEnabled(1));
        tabs->setCurrentIndex(1);
        auto *history = dialog.findChild<QTreeWidget *>();
        QCOMPARE(history->topLevelItemCount(), 1);
        QTreeWidgetItem *item = history->topLevelItem(0);
        QCOMPARE(item->text(1), QStringLiteral("Téléphone"));
        QCOMPARE(item->text(2), QStringLiteral("Conflit de synchronisation"));
        QCOMPARE(item->childCount(), 1);
        const QString detail = item->child(0)->text(0);
        QVERIFY(detail.contains(QStringLiteral("+33320222222")));
        QVERIFY(detail.contains(QStringLiteral("Sophie Bernard")));
        QVERIFY(detail.contains(QStringLiteral("+33320111111")));
        QVERIFY(detail.contains(QStringLiteral("Julien Petit")));
        test::screenshot(&dialog, QStringLiteral("prospect-history-conflict"));
    }

    void deleteThenUndo()
    {
        auto rep = newReplica();
        seed(*rep, 5);
        ProspectsPage page(rep.get());
        page.show();
        page.view()->selectRow(0);
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        page.deleteCurrent();
        QCOMPARE(page.model()->totalCount(), 4);
        QCOMPARE(rep->pendingCount(), 1);
        page.undoDelete();
        QCOMPARE(page.model()->totalCount(), 5);
        QCOMPARE(rep->pendingCount(), 2);
        auto *banner = page.findChild<MessageBanner *>();
        QVERIFY(banner->text().contains(QStringLiteral("restauré")));
    }
};

QTEST_MAIN(TestUiProspects)
#include "tst_ui_prospects.moc"
