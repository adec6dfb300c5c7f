// « Prospects » on a real SQLite replica: the lazy list model and its filter bar (checked by
// QAbstractItemModelTester), the prospect form (telephone normalisation, postcode → country →
// entity, SIREN/SIRET while typing), duplicate warnings, the detail's timeline, saved filters,
// CSV export, bulk changes and deletes with undo, offline outbox.
#include "ProspectsTestData.h"
#include "UiTestSupport.h"
#include "core/crm/CrmRules.h"
#include "sync/ClientSettings.h"
#include "sync/replica/LocalReplica.h"
#include "ui/MessageBanner.h"
#include "ui/Theme.h"
#include "ui/prospects/DuplicateCheck.h"
#include "ui/prospects/ProspectCsvExport.h"
#include "ui/prospects/ProspectDialog.h"
#include "ui/prospects/ProspectForm.h"
#include "ui/prospects/ProspectListModel.h"
#include "ui/prospects/ProspectTimeline.h"
#include "ui/prospects/ProspectsPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace hector;
using namespace hector::sync;
using namespace hector::ui;
using namespace hector::test;

namespace {
void seedMany(LocalReplica &rep, int n)
{
    QSqlQuery q(rep.database());
    rep.database().transaction();
    q.prepare(QStringLiteral("INSERT INTO prospects (id, entity_id, owner_id, company_name, city, postcode, country_code, "
                             "status, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'FR', 'nouveau', '2026-11-20T10:00:00.000Z')"));
    const QStringList cities{QStringLiteral("Lille"), QStringLiteral("Lyon"), QStringLiteral("Nantes"), QStringLiteral("Orléans")};
    for (int i = 0; i < n; ++i) {
        q.addBindValue(QStringLiteral("p%1").arg(i, 6, 10, QLatin1Char('0')));
        q.addBindValue(i % 5 == 0 ? kFranceNord : kFrance);
        q.addBindValue(i % 3 == 0 ? QVariant() : QVariant(i % 3 == 1 ? kJulien : kSophie));
        q.addBindValue(QStringLiteral("Société %1").arg(i, 6, 10, QLatin1Char('0')));
        q.addBindValue(cities.at(i % cities.size()));
        q.addBindValue(QStringLiteral("59%1").arg(i % 1000, 3, 10, QLatin1Char('0')));
        q.exec();
    }
    rep.database().commit();
}

// Answers the next modal dialog (a QMessageBox or the duplicate warning) from the event loop.
template<typename Dialog, typename Fn>
void whenModal(QObject *context, Fn answer)
{
    QTimer::singleShot(0, context, [answer] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        QVERIFY2(dialog, "no modal dialog of the expected type");
        answer(dialog);
    });
}

QList<Mutation> mutationsOf(LocalReplica &rep, const QString &table)
{
    QList<Mutation> out;
    for (const Mutation &m : rep.pendingMutations(10000)) {
        if (m.table == table)
            out.append(m);
    }
    return out;
}

void activate(QWidget *window)
{
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
}

// Types into a field of the active window, then leaves it with Tab (editingFinished).
void typeAndLeave(QLineEdit *edit, const QString &text)
{
    test::typeInto(edit, text);
    QTest::keyClick(edit, Qt::Key_Tab);
    QVERIFY(!edit->hasFocus());
}
} // namespace

class TestUiProspects : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<LocalReplica> newReplica(bool organisation = true)
    {
        auto r = LocalReplica::open(m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_n)));
        if (!r)
            return nullptr;
        if (organisation)
            seedOrganisation(**r);
        return std::move(*r);
    }
    ProspectsContext context(LocalReplica *rep, ClientSettings *settings = nullptr)
    {
        return {rep, julien(), settings};
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
        seedMany(*rep, 3000);
        ProspectListModel model(rep.get());
        model.setCurrentUserId(kJulien);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.totalCount(), 3000);
        QCOMPARE(model.rowCount(), 3000); // rows are read page by page, on demand
        QCOMPARE(model.data(model.index(0, ProspectListModel::Company)).toString(), QStringLiteral("Société 000000"));
        QCOMPARE(model.data(model.index(1, ProspectListModel::Owner)).toString(), QStringLiteral("Julien Petit"));
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

        // The filter bar: owner (me / nobody / someone), entity (with its sub-entities), status.
        ProspectFilter f;
        f.owner = ProspectFilter::Owner::Me;
        model.setFilter(f);
        QCOMPARE(model.totalCount(), 1000);
        f.owner = ProspectFilter::Owner::Nobody;
        model.setFilter(f);
        QCOMPARE(model.totalCount(), 1000);
        f.owner = ProspectFilter::Owner::User;
        f.ownerId = kSophie;
        model.setFilter(f);
        QCOMPARE(model.totalCount(), 1000);
        f = {};
        f.entityId = kFranceNord;
        model.setFilter(f);
        QCOMPARE(model.totalCount(), 600);
        f.entityId = kFrance; // France includes France Nord
        model.setFilter(f);
        QCOMPARE(model.totalCount(), 3000);
        QVERIFY(rep->updateRow(QStringLiteral("prospects"), QStringLiteral("p000007"), {{QStringLiteral("status"), QStringLiteral("en_cours")}}));
        f = {};
        f.status = QStringLiteral("en_cours");
        f.text = QStringLiteral("lille");
        model.setFilter(f);
        QCOMPARE(model.totalCount(), 0); // p000007 is in Orléans
        f.text = QStringLiteral("orleans");
        model.setFilter(f);
        QCOMPARE(model.totalCount(), 1);
        QCOMPARE(model.idAt(0), QStringLiteral("p000007"));
        QCOMPARE(model.idsInRange(0, 5), QStringList{QStringLiteral("p000007")});
    }

    void qualityColumnMatchesTheCoreScore()
    {
        auto rep = newReplica();
        const QString full = addProspect(*rep, {{QStringLiteral("company_name"), QStringLiteral("Boulangerie Lefèvre")},
                                                {QStringLiteral("siren"), QStringLiteral("552081317")},
                                                {QStringLiteral("address"), QStringLiteral("12 rue Nationale")},
                                                {QStringLiteral("postcode"), QStringLiteral("59000")},
                                                {QStringLiteral("city"), QStringLiteral("Lille")},
                                                {QStringLiteral("phone"), QStringLiteral("+33320123456")},
                                                {QStringLiteral("revenue_eur"), 1250000},
                                                {QStringLiteral("contact_name"), QStringLiteral("  ")}});
        addProspect(*rep, {{QStringLiteral("company_name"), QStringLiteral("Garage Moreau")}});
        ProspectListModel model(rep.get());
        model.sort(ProspectListModel::Quality, Qt::DescendingOrder);
        QCOMPARE(model.idAt(0), full);
        const int expected = prospects::qualityScore(rep->row(QStringLiteral("prospects"), full));
        QCOMPARE(expected, 10 + 15 + 10 + 5 + 5 + 10 + 2); // blanks do not count
        QCOMPARE(model.data(model.index(0, ProspectListModel::Quality), ProspectListModel::RawRole).toInt(), expected);
        QCOMPARE(model.data(model.index(1, ProspectListModel::Quality), ProspectListModel::RawRole).toInt(), 10);
        QCOMPARE(model.data(model.index(0, ProspectListModel::Phone)).toString(), QStringLiteral("+33 3 20 12 34 56"));
        // The replica indexes the score: sorting on it does not sort the table.
        QSqlQuery plan(rep->database());
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT p.id FROM prospects p ORDER BY %1 DESC, p.id DESC LIMIT 10")
                              .arg(crm::dataQualityScoreSql(QStringLiteral("p")))));
        QString detail;
        while (plan.next())
            detail += plan.value(3).toString() + u'\n';
        QVERIFY2(detail.contains(QStringLiteral("prospects_quality")), qPrintable(detail));
        QVERIFY2(!detail.contains(QStringLiteral("TEMP B-TREE")), qPrintable(detail));
    }

    void pageShowsEmptyStatesAndCounts()
    {
        auto rep = newReplica();
        ProspectsPage page(context(rep.get()));
        page.resize(1100, 650);
        page.show();
        auto *stack = page.findChild<QStackedWidget *>();
        QVERIFY(stack);
        QVERIFY(stack->currentWidget() != page.view());
        auto *empty = qobject_cast<QLabel *>(stack->currentWidget());
        QVERIFY(empty->text().contains(QStringLiteral("Aucun prospect")));
        test::screenshot(&page, QStringLiteral("prospects-empty"));
        seedMany(*rep, 40);
        emit rep->tableChanged(QStringLiteral("prospects"));
        QCOMPARE(stack->currentWidget(), page.view());
        test::typeInto(page.searchEdit(), QStringLiteral("Lyon"));
        QTRY_COMPARE(page.model()->totalCount(), 10);
        test::typeInto(page.searchEdit(), QStringLiteral("zzz"));
        QTRY_VERIFY(stack->currentWidget() != page.view());
        QVERIFY(qobject_cast<QLabel *>(stack->currentWidget())->text().contains(QStringLiteral("zzz")));
        // The filter bar: « Mes prospects » narrows the list at once.
        page.searchEdit()->clear();
        QTRY_COMPARE(page.model()->totalCount(), 40);
        page.ownerFilter()->setCurrentIndex(page.ownerFilter()->findData(QStringLiteral("me")));
        QCOMPARE(page.model()->totalCount(), 13);
        QCOMPARE(page.model()->filter().owner, ProspectFilter::Owner::Me);
        auto *count = page.findChild<QLabel *>(QStringLiteral("countLabel"));
        QCOMPARE(count->text(), QStringLiteral("Résultats : 13"));
    }

    void listScreenshotWithFilterBar()
    {
        auto rep = newReplica();
        struct P
        {
            const char *name, *city, *postcode, *phone, *owner, *status;
            bool complete;
        };
        const P rows[] = {
            {"Boulangerie Lefèvre", "Lille", "59000", "+33320123456", "j", "en_cours", true},
            {"Pharmacie du Beffroi", "Douai", "59500", "+33327887766", "j", "nouveau", false},
            {"Garage Moreau & Fils", "Roubaix", "59100", "+33320456789", "j", "qualifie", true},
            {"Hôtel Le Vauban", "Lille", "59800", "+33320334455", "s", "client", true},
            {"Bijouterie Delcourt", "Valenciennes", "59300", "+33327112233", "j", "a_qualifier", false},
            {"Cabinet dentaire Lemaire", "Tourcoing", "59200", "", "j", "nouveau", false},
            {"Supérette Chez Nadia", "Lens", "62300", "+33321998877", "j", "perdu", false},
            {"Auto-école Marchand", "Arras", "62000", "+33321554433", "j", "en_cours", true},
        };
        for (const P &p : rows) {
            addProspect(*rep, {{QStringLiteral("company_name"), QString::fromUtf8(p.name)},
                               {QStringLiteral("city"), QString::fromUtf8(p.city)},
                               {QStringLiteral("postcode"), QString::fromLatin1(p.postcode)},
                               {QStringLiteral("phone"), p.phone[0] ? QVariant(QString::fromLatin1(p.phone)) : QVariant()},
                               {QStringLiteral("owner_id"), p.owner[0] == 'j' ? kJulien : kSophie},
                               {QStringLiteral("entity_id"), kFranceNord},
                               {QStringLiteral("status"), QString::fromLatin1(p.status)},
                               {QStringLiteral("address"), p.complete ? QVariant(QStringLiteral("1 place du Général de Gaulle")) : QVariant()},
                               {QStringLiteral("siren"), p.complete ? QVariant(QStringLiteral("552081317")) : QVariant()},
                               {QStringLiteral("email"), p.complete ? QVariant(QStringLiteral("contact@exemple.fr")) : QVariant()},
                               {QStringLiteral("contact_name"), QStringLiteral("Claire Martin")}});
        }
        QTemporaryDir settingsDir;
        ClientSettings settings(std::make_unique<QSettings>(settingsDir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
        ProspectsPage page(context(rep.get(), &settings));
        page.resize(1180, 640);
        page.show();
        page.ownerFilter()->setCurrentIndex(page.ownerFilter()->findData(QStringLiteral("me")));
        page.entityFilter()->setCurrentIndex(page.entityFilter()->findData(kFranceNord));
        page.saveCurrentFilter(QStringLiteral("Mes prospects Nord"));
        page.view()->selectRow(1);
        QCOMPARE(page.model()->totalCount(), 7);
        test::screenshot(&page, QStringLiteral("prospects-list-filters"));
        page.resize(730, 560); // the narrowest main window (960 px) minus the sidebar
        test::screenshot(&page, QStringLiteral("prospects-list-narrow"));
    }

    void createThroughDialogGoesToOutbox()
    {
        auto rep = newReplica();
        ProspectDialog dialog(context(rep.get()), QString());
        dialog.show();
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("field_company_name"));
        auto *siren = dialog.findChild<QLineEdit *>(QStringLiteral("field_siren"));
        QVERIFY(name && siren);
        test::typeInto(siren, QStringLiteral("552081317"));
        dialog.accept();
        // Empty name: refused with a French message, nothing written.
        QVERIFY(dialog.banner()->isVisibleTo(&dialog));
        QVERIFY(dialog.banner()->text().contains(QStringLiteral("raison sociale")));
        test::typeInto(name, QStringLiteral("Bijouterie Lefèvre"));
        test::typeInto(siren, QStringLiteral("552081318"));
        dialog.accept();
        QVERIFY(dialog.banner()->text().contains(QStringLiteral("SIREN")));
        QCOMPARE(rep->pendingCount(), 0);
        test::typeInto(siren, QStringLiteral("552 081 317"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(rep->pendingCount(), 1);
        const QVariantMap row = rep->row(QStringLiteral("prospects"), dialog.prospectId());
        QCOMPARE(row.value(QStringLiteral("company_name")).toString(), QStringLiteral("Bijouterie Lefèvre"));
        QCOMPARE(row.value(QStringLiteral("siren")).toString(), QStringLiteral("552081317")); // digits only
        // New prospects go to the user's entity and country, with the user as owner.
        QCOMPARE(row.value(QStringLiteral("entity_id")).toString(), kFranceNord);
        QCOMPARE(row.value(QStringLiteral("country_code")).toString(), QStringLiteral("FR"));
        QCOMPARE(row.value(QStringLiteral("owner_id")).toString(), kJulien);
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("nouveau"));
    }

    void phonesAreNormalisedWhenTheFieldIsLeft()
    {
        auto rep = newReplica();
        ProspectDialog dialog(context(rep.get()), QString());
        activate(&dialog);
        ProspectForm *form = dialog.form();
        QLineEdit *phone = form->lineEdit(QStringLiteral("phone"));
        QLineEdit *mobile = form->lineEdit(QStringLiteral("mobile_phone"));
        typeAndLeave(phone, QStringLiteral("03 20 12 34 56"));
        QCOMPARE(phone->text(), QStringLiteral("+33 3 20 12 34 56")); // shown formatted
        QCOMPARE(form->values().value(QStringLiteral("phone")).toString(), QStringLiteral("+33320123456")); // stored E.164
        QVERIFY(form->message(QStringLiteral("phone")).isEmpty());
        typeAndLeave(mobile, QStringLiteral("06 12 34"));
        QCOMPARE(mobile->text(), QStringLiteral("06 12 34")); // left as typed, flagged inline
        QVERIFY2(form->message(QStringLiteral("mobile_phone")).contains(QStringLiteral("n'est pas valide")),
                 qPrintable(form->message(QStringLiteral("mobile_phone"))));
        test::typeInto(form->lineEdit(QStringLiteral("company_name")), QStringLiteral("Pharmacie du Beffroi"));
        dialog.accept();
        QVERIFY(dialog.banner()->text().startsWith(QStringLiteral("Mobile : ")));
        QCOMPARE(rep->pendingCount(), 0);
        // National numbers follow the country of the record.
        form->combo(QStringLiteral("country_code"))->setCurrentIndex(form->combo(QStringLiteral("country_code"))->findData(QStringLiteral("LU")));
        typeAndLeave(mobile, QStringLiteral("621 123 456"));
        QCOMPARE(mobile->text(), QStringLiteral("+352 621 123 456"));
        QVERIFY(form->message(QStringLiteral("mobile_phone")).isEmpty());
        QCOMPARE(form->values().value(QStringLiteral("mobile_phone")).toString(), QStringLiteral("+352621123456"));
    }

    void postcodeDetectsCountryThenEntity()
    {
        auto rep = newReplica();
        ProspectDialog dialog(context(rep.get()), QString());
        dialog.show();
        ProspectForm *form = dialog.form();
        QComboBox *country = form->combo(QStringLiteral("country_code"));
        QComboBox *entity = form->combo(QStringLiteral("entity_id"));
        QCOMPARE(country->currentData().toString(), QStringLiteral("FR"));
        QCOMPARE(entity->currentData().toString(), kFranceNord); // the user's entity
        test::typeInto(form->lineEdit(QStringLiteral("postcode")), QStringLiteral("L-1930"));
        QCOMPARE(country->currentData().toString(), QStringLiteral("LU"));
        QCOMPARE(entity->currentData().toString(), kLuxembourg);
        QVERIFY(form->message(QStringLiteral("postcode")).contains(QStringLiteral("Luxembourg")));
        // Four digits with Luxembourg as the current country stay Luxembourgish.
        test::typeInto(form->lineEdit(QStringLiteral("postcode")), QStringLiteral("1930"));
        QCOMPARE(country->currentData().toString(), QStringLiteral("LU"));
        test::typeInto(form->lineEdit(QStringLiteral("postcode")), QStringLiteral("B-4000"));
        QCOMPARE(country->currentData().toString(), QStringLiteral("BE"));
        QCOMPARE(entity->currentData().toString(), kBelgique);
        // Back to France: the user's own entity is preferred over the country's main one.
        test::typeInto(form->lineEdit(QStringLiteral("postcode")), QStringLiteral("59800"));
        QCOMPARE(country->currentData().toString(), QStringLiteral("FR"));
        QCOMPARE(entity->currentData().toString(), kFranceNord);
        // The owners offered are the users of the entity.
        QComboBox *owner = form->combo(QStringLiteral("owner_id"));
        QVERIFY(owner->findData(kJulien) >= 0);
        QVERIFY(owner->findData(kMarc) < 0);
        test::typeInto(form->lineEdit(QStringLiteral("postcode")), QStringLiteral("L-2450"));
        QVERIFY(owner->findData(kMarc) >= 0);
        QVERIFY(owner->findData(kSophie) < 0);
        QCOMPARE(owner->currentData().toString(), kJulien); // the chosen owner is kept
        // A postcode that does not exist for the country is flagged.
        test::typeInto(form->lineEdit(QStringLiteral("postcode")), QStringLiteral("L-12"));
        test::typeInto(form->lineEdit(QStringLiteral("postcode")), QStringLiteral("L-123"));
        QVERIFY(form->message(QStringLiteral("postcode")).isEmpty()); // still typing
        form->combo(QStringLiteral("country_code"))->setCurrentIndex(0); // France
        test::typeInto(form->lineEdit(QStringLiteral("postcode")), QStringLiteral("99123"));
        QVERIFY(form->message(QStringLiteral("postcode")).contains(QStringLiteral("français")));
    }

    void sirenAndSiretAreCheckedWhileTyping()
    {
        auto rep = newReplica();
        ProspectDialog dialog(context(rep.get()), QString());
        dialog.show();
        ProspectForm *form = dialog.form();
        QLineEdit *siren = form->lineEdit(QStringLiteral("siren"));
        QLineEdit *siret = form->lineEdit(QStringLiteral("siret"));
        test::typeInto(siren, QStringLiteral("55208131"));
        QCOMPARE(form->message(QStringLiteral("siren")), QStringLiteral("8 chiffres sur 9"));
        QTest::keyClick(siren, '8');
        QCOMPARE(form->message(QStringLiteral("siren")), QStringLiteral("Clé de contrôle incorrecte : vérifiez le SIREN."));
        QTest::keyClick(siren, Qt::Key_Backspace);
        QTest::keyClick(siren, '7');
        QCOMPARE(form->message(QStringLiteral("siren")), QStringLiteral("✓ SIREN valide"));
        test::typeInto(siret, QStringLiteral("73282932000017"));
        QCOMPARE(form->message(QStringLiteral("siret")), QStringLiteral("Ce SIRET n'appartient pas au SIREN 552081317."));
        test::typeInto(siret, QStringLiteral("552 081 317 00018"));
        QCOMPARE(form->message(QStringLiteral("siret")), QStringLiteral("✓ SIRET valide"));
        // A valid SIRET fills an empty SIREN.
        siren->clear();
        test::typeInto(siret, QStringLiteral("38347481400019"));
        QCOMPARE(siren->text(), QStringLiteral("383474814"));
        QCOMPARE(form->message(QStringLiteral("siren")), QStringLiteral("✓ SIREN valide"));
        test::screenshot(&dialog, QStringLiteral("prospect-form-checks"));
    }

    void duplicatesAreFoundBySirenSiretAndNamePostcode()
    {
        auto rep = newReplica();
        const QString lefevre = addProspect(*rep, {{QStringLiteral("company_name"), QStringLiteral("Boulangerie Lefèvre S.A.R.L.")},
                                                   {QStringLiteral("siren"), QStringLiteral("552081317")},
                                                   {QStringLiteral("siret"), QStringLiteral("55208131700018")},
                                                   {QStringLiteral("postcode"), QStringLiteral("59000")},
                                                   {QStringLiteral("city"), QStringLiteral("Lille")},
                                                   {QStringLiteral("owner_id"), kSophie}});
        const QString moreau = addProspect(*rep, {{QStringLiteral("company_name"), QStringLiteral("Garage Moreau")},
                                                  {QStringLiteral("postcode"), QStringLiteral("L-1930")},
                                                  {QStringLiteral("country_code"), QStringLiteral("LU")},
                                                  {QStringLiteral("entity_id"), kLuxembourg}});
        addProspect(*rep, {{QStringLiteral("company_name"), QStringLiteral("Boulangerie Lefèvre")},
                           {QStringLiteral("postcode"), QStringLiteral("62000")}}); // same name, elsewhere
        const QSqlDatabase db = rep->database();
        auto find = [&db](const QVariantMap &v) { return findDuplicates(db, v); };
        // Same SIREN (another establishment).
        auto c = find({{QStringLiteral("company_name"), QStringLiteral("BL Distribution")},
                       {QStringLiteral("siren"), QStringLiteral("552081317")}});
        QCOMPARE(c.size(), 1);
        QCOMPARE(c.first().id, lefevre);
        QCOMPARE(c.first().reasons, QStringList{QStringLiteral("même SIREN")});
        // Same SIRET (its SIREN too).
        c = find({{QStringLiteral("company_name"), QStringLiteral("Autre nom")}, {QStringLiteral("siret"), QStringLiteral("55208131700018")}});
        QCOMPARE(c.size(), 1);
        QCOMPARE(c.first().reasons, (QStringList{QStringLiteral("même SIREN"), QStringLiteral("même SIRET")}));
        // Same normalised name and postcode: accents, case, legal form and punctuation do not matter.
        c = find({{QStringLiteral("company_name"), QStringLiteral("BOULANGERIE LEFEVRE sarl")}, {QStringLiteral("postcode"), QStringLiteral("59000")}});
        QCOMPARE(c.size(), 1);
        QCOMPARE(c.first().reasons, QStringList{QStringLiteral("même nom et même code postal")});
        c = find({{QStringLiteral("company_name"), QStringLiteral("Garage Moreau SA")}, {QStringLiteral("postcode"), QStringLiteral("1930")}});
        QCOMPARE(c.size(), 1); // "L-1930" and "1930" are one postcode
        QCOMPARE(c.first().id, moreau);
        // Different: nothing; and a record is not its own duplicate.
        QVERIFY(find({{QStringLiteral("company_name"), QStringLiteral("Boulangerie Lefèvre")}, {QStringLiteral("postcode"), QStringLiteral("59800")}}).isEmpty());
        QVERIFY(findDuplicates(db, rep->row(QStringLiteral("prospects"), lefevre), lefevre).isEmpty());
    }

    void duplicateWarningOnCreate()
    {
        auto rep = newReplica();
        const QString existing = addProspect(*rep, {{QStringLiteral("company_name"), QStringLiteral("Boulangerie Lefèvre SARL")},
                                                    {QStringLiteral("siren"), QStringLiteral("552081317")},
                                                    {QStringLiteral("postcode"), QStringLiteral("59000")},
                                                    {QStringLiteral("city"), QStringLiteral("Lille")},
                                                    {QStringLiteral("owner_id"), kSophie}});
        addProspect(*rep, {{QStringLiteral("company_name"), QStringLiteral("Boulangerie Lefèvre")},
                           {QStringLiteral("siret"), QStringLiteral("55208131700026")},
                           {QStringLiteral("postcode"), QStringLiteral("59000")},
                           {QStringLiteral("city"), QStringLiteral("Lille")}});
        ProspectDialog dialog(context(rep.get()), QString());
        dialog.show();
        test::typeInto(dialog.form()->lineEdit(QStringLiteral("company_name")), QStringLiteral("Boulangerie Lefevre"));
        test::typeInto(dialog.form()->lineEdit(QStringLiteral("postcode")), QStringLiteral("59000"));
        test::typeInto(dialog.form()->lineEdit(QStringLiteral("siren")), QStringLiteral("552081317"));
        // « Annuler »: back to the form, nothing written.
        whenModal<DuplicateDialog>(this, [](DuplicateDialog *w) {
            QCOMPARE(w->list()->topLevelItemCount(), 2);
            QCOMPARE(w->list()->topLevelItem(0)->text(0), QStringLiteral("Même SIREN, même nom et même code postal"));
            QCOMPARE(w->list()->topLevelItem(1)->text(0), QStringLiteral("Même nom et même code postal"));
            test::screenshot(w, QStringLiteral("prospect-duplicate-warning"));
            w->findChild<QPushButton *>(QStringLiteral("cancelSave"))->click();
        });
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(rep->pendingCount(), 0);
        // « Ouvrir la fiche existante »: the dialog closes without saving and names the record.
        whenModal<DuplicateDialog>(this, [](DuplicateDialog *w) { w->findChild<QPushButton *>(QStringLiteral("openExisting"))->click(); });
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.openInsteadId(), existing);
        QCOMPARE(rep->pendingCount(), 0);
        // « Créer quand même ».
        ProspectDialog again(context(rep.get()), QString());
        again.show();
        test::typeInto(again.form()->lineEdit(QStringLiteral("company_name")), QStringLiteral("Lefèvre Pâtisserie"));
        test::typeInto(again.form()->lineEdit(QStringLiteral("siren")), QStringLiteral("552081317"));
        whenModal<DuplicateDialog>(this, [](DuplicateDialog *w) {
            QCOMPARE(w->list()->topLevelItemCount(), 1);
            w->findChild<QPushButton *>(QStringLiteral("saveAnyway"))->click();
        });
        again.accept();
        QCOMPARE(again.result(), int(QDialog::Accepted));
        QCOMPARE(rep->pendingCount(), 1);
    }

    void duplicateWarningOnEditOnlyWhenIdentifiersChange()
    {
        auto rep = newReplica();
        addProspect(*rep, {{QStringLiteral("company_name"), QStringLiteral("Hôtel Le Vauban")},
                           {QStringLiteral("siren"), QStringLiteral("443061841")},
                           {QStringLiteral("postcode"), QStringLiteral("59800")}});
        const QString id = addProspect(*rep, {{QStringLiteral("company_name"), QStringLiteral("Hôtel Le Vauban")},
                                              {QStringLiteral("postcode"), QStringLiteral("59800")}});
        ProspectDialog dialog(context(rep.get()), id);
        dialog.show();
        // Same name and postcode as another record, but neither SIREN nor SIRET changes: no warning.
        test::typeInto(dialog.form()->lineEdit(QStringLiteral("city")), QStringLiteral("Lille"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(rep->pendingCount(), 1);
        ProspectDialog edit(context(rep.get()), id);
        edit.show();
        test::typeInto(edit.form()->lineEdit(QStringLiteral("siren")), QStringLiteral("443061841"));
        bool warned = false;
        whenModal<DuplicateDialog>(this, [&warned](DuplicateDialog *w) {
            warned = true;
            QVERIFY(w->findChild<QPushButton *>(QStringLiteral("saveAnyway"))->text().contains(QStringLiteral("Enregistrer")));
            w->findChild<QPushButton *>(QStringLiteral("saveAnyway"))->click();
        });
        edit.accept();
        QVERIFY(warned);
        QCOMPARE(edit.result(), int(QDialog::Accepted));
        QCOMPARE(rep->row(QStringLiteral("prospects"), id).value(QStringLiteral("siren")).toString(), QStringLiteral("443061841"));
    }

    void detailShowsInformationAndTimeline()
    {
        auto rep = newReplica();
        const QString id = addProspect(*rep, {{QStringLiteral("company_name"), QStringLiteral("Boulangerie Lefèvre")},
                                              {QStringLiteral("siren"), QStringLiteral("552081317")},
                                              {QStringLiteral("siret"), QStringLiteral("55208131700018")},
                                              {QStringLiteral("naf_code"), QStringLiteral("10.71C")},
                                              {QStringLiteral("legal_form"), QStringLiteral("SARL")},
                                              {QStringLiteral("headcount_band"), QStringLiteral("11")},
                                              {QStringLiteral("revenue_eur"), 1250000},
                                              {QStringLiteral("address"), QStringLiteral("12 rue Nationale")},
                                              {QStringLiteral("postcode"), QStringLiteral("59000")},
                                              {QStringLiteral("city"), QStringLiteral("Lille")},
                                              {QStringLiteral("phone"), QStringLiteral("+33320123456")},
                                              {QStringLiteral("mobile_phone"), QStringLiteral("+33612345678")},
                                              {QStringLiteral("email"), QStringLiteral("contact@boulangerie-lefevre.fr")},
                                              {QStringLiteral("website"), QStringLiteral("www.boulangerie-lefevre.fr")},
                                              {QStringLiteral("contact_name"), QStringLiteral("Claire Lefèvre")},
                                              {QStringLiteral("contact_title"), QStringLiteral("Gérante")},
                                              {QStringLiteral("owner_id"), kJulien},
                                              {QStringLiteral("entity_id"), kFranceNord},
                                              {QStringLiteral("status"), QStringLiteral("en_cours")},
                                              {QStringLiteral("source"), QStringLiteral("terrain")},
                                              {QStringLiteral("created_at"), isoAgo(40 * 86400)},
                                              {QStringLiteral("qualified_at"), isoAgo(30 * 86400)},
                                              {QStringLiteral("qualified_by"), kClaire}});
        addRow(*rep, QStringLiteral("rdvs"), {{QStringLiteral("entity_id"), kFranceNord}, {QStringLiteral("prospect_id"), id},
                                              {QStringLiteral("owner_id"), kJulien},
                                              {QStringLiteral("title"), QStringLiteral("Présentation alarme et vidéosurveillance")},
                                              {QStringLiteral("starts_at"), isoAgo(5 * 86400)},
                                              {QStringLiteral("ends_at"), isoAgo(5 * 86400 - 3600)},
                                              {QStringLiteral("location"), QStringLiteral("Sur place")},
                                              {QStringLiteral("status"), QStringLiteral("effectue")}});
        addRow(*rep, QStringLiteral("actions"), {{QStringLiteral("entity_id"), kFranceNord}, {QStringLiteral("prospect_id"), id},
                                                 {QStringLiteral("owner_id"), kJulien}, {QStringLiteral("type"), QStringLiteral("devis")},
                                                 {QStringLiteral("status"), QStringLiteral("a_faire")},
                                                 {QStringLiteral("title"), QStringLiteral("Envoyer le devis : 4 caméras + centrale")},
                                                 {QStringLiteral("due_at"), isoAgo(-2 * 86400)}});
        addRow(*rep, QStringLiteral("prospect_notes"), {{QStringLiteral("entity_id"), kFranceNord}, {QStringLiteral("prospect_id"), id},
                                                        {QStringLiteral("author_id"), kSophie},
                                                        {QStringLiteral("body"), QStringLiteral("Cambriolage en septembre : la gérante veut "
                                                                                                "une solution avant les fêtes.")},
                                                        {QStringLiteral("created_at"), isoAgo(20 * 86400)}});
        addRow(*rep, QStringLiteral("record_history"),
               {{QStringLiteral("entity_id"), kFranceNord}, {QStringLiteral("table_name"), QStringLiteral("prospects")},
                {QStringLiteral("row_id"), id}, {QStringLiteral("field"), QStringLiteral("phone")},
                {QStringLiteral("kind"), QStringLiteral("conflict")}, {QStringLiteral("kept_value"), QStringLiteral("+33320123456")},
                {QStringLiteral("lost_value"), QStringLiteral("+33320111111")}, {QStringLiteral("kept_user_id"), kSophie},
                {QStringLiteral("lost_user_id"), kJulien}, {QStringLiteral("created_at"), isoAgo(10 * 86400)}});
        // A local change the server refused (as acknowledge() records it).
        QVERIFY(rep->updateRow(QStringLiteral("prospects"), id, {{QStringLiteral("contact_title"), QStringLiteral("Directrice")}}));
        const Mutation m = rep->pendingMutations(1).first();
        MutationResult refused;
        refused.mid = m.mid;
        refused.status = QStringLiteral("rejected");
        refused.code = QStringLiteral("forbidden");
        refused.message = QStringLiteral("Vous ne pouvez pas modifier ce prospect : il appartient à une autre entité.");
        QVERIFY(rep->acknowledge({refused}));

        ProspectDialog dialog(context(rep.get()), id);
        dialog.resize(1000, 760);
        dialog.show();
        QTabWidget *tabs = dialog.tabs();
        QCOMPARE(tabs->count(), 2); // no « Provenance » without enrichment
        QCOMPARE(tabs->tabText(0), QStringLiteral("&Informations"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("&Chronologie"));
        ProspectForm *form = dialog.form();
        QCOMPARE(form->lineEdit(QStringLiteral("phone"))->text(), QStringLiteral("+33 3 20 12 34 56"));
        QCOMPARE(form->lineEdit(QStringLiteral("revenue_eur"))->text(), QLocale().toString(qint64(1250000)));
        QCOMPARE(form->combo(QStringLiteral("headcount_band"))->currentText(), QStringLiteral("10 à 19 salariés"));
        QVERIFY(!form->enrichmentBox()->isVisibleTo(form));
        auto *quality = form->findChild<QLabel *>(QStringLiteral("qualityLabel"));
        QCOMPARE(quality->text(), QStringLiteral("Qualité de la fiche : 100/100"));
        form->lineEdit(QStringLiteral("website"))->clear();
        QCOMPARE(quality->text(), QStringLiteral("Qualité de la fiche : 95/100"));
        form->lineEdit(QStringLiteral("website"))->setText(QStringLiteral("www.boulangerie-lefevre.fr"));
        test::screenshot(&dialog, QStringLiteral("prospect-detail-info"));

        ProspectTimeline *timeline = dialog.timeline();
        ProspectTimelineModel *model = timeline->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        using K = ProspectTimelineModel::Kind;
        auto kinds = [model] {
            QList<K> out;
            for (int r = 0; r < model->rowCount(); ++r)
                out << K(model->index(r).data(ProspectTimelineModel::KindRole).toInt());
            return out;
        };
        // Newest first: refused change (now), action due in 2 days… wait: the action is due in
        // the future, so it comes first.
        QCOMPARE(kinds(), (QList<K>{K::Action, K::Refused, K::Rdv, K::Conflict, K::Note, K::Qualified, K::Created}));
        auto row = [model, &kinds](K kind) {
            return model->index(int(kinds().indexOf(kind)));
        };
        QCOMPARE(row(K::Note).data(ProspectTimelineModel::AuthorRole).toString(), QStringLiteral("Sophie Bernard"));
        QCOMPARE(row(K::Rdv).data(ProspectTimelineModel::TitleRole).toString(), QStringLiteral("Rendez-vous · Effectué"));
        QCOMPARE(row(K::Action).data(ProspectTimelineModel::TitleRole).toString(), QStringLiteral("Devis · À faire"));
        QCOMPARE(row(K::Conflict).data(ProspectTimelineModel::TitleRole).toString(),
                 QStringLiteral("Conflit de synchronisation · Téléphone"));
        QCOMPARE(row(K::Conflict).data().toString(),
                 QStringLiteral("Valeur conservée : « +33 3 20 12 34 56 » (Sophie Bernard)\n"
                                "Valeur écartée : « +33 3 20 11 11 11 » (Julien Petit)"));
        QCOMPARE(row(K::Refused).data().toString(), refused.message);
        QCOMPARE(row(K::Qualified).data(ProspectTimelineModel::AuthorRole).toString(), QStringLiteral("Claire Dubois"));
        QVERIFY(!row(K::Rdv).data(Qt::DecorationRole).value<QIcon>().isNull());

        // « Ajouter une note »: Ctrl+Entrée saves it, by the signed-in user, to the outbox.
        tabs->setCurrentIndex(1);
        activate(&dialog);
        timeline->noteEdit()->setFocus();
        QTest::keyClicks(timeline->noteEdit(), QStringLiteral("Rappeler mardi pour le devis."));
        const int pending = rep->pendingCount();
        QTest::keyClick(timeline->noteEdit(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(rep->pendingCount(), pending + 1);
        QVERIFY(timeline->noteEdit()->toPlainText().isEmpty());
        QCOMPARE(model->rowCount(), 8);
        QCOMPARE(K(model->index(1).data(ProspectTimelineModel::KindRole).toInt()), K::Note); // after the future action
        QCOMPARE(model->index(1).data(ProspectTimelineModel::AuthorRole).toString(), QStringLiteral("Julien Petit"));
        const Mutation note = mutationsOf(*rep, QStringLiteral("prospect_notes")).constLast();
        QCOMPARE(note.fields.value(QStringLiteral("author_id")).toString(), kJulien);
        QCOMPARE(note.fields.value(QStringLiteral("prospect_id")).toString(), id);
        QCOMPARE(note.fields.value(QStringLiteral("body")).toString(), QStringLiteral("Rappeler mardi pour le devis."));
        test::screenshot(&dialog, QStringLiteral("prospect-timeline"));
    }

    void enrichedRecordShowsProvenance()
    {
        auto rep = newReplica();
        const QString id = addProspect(*rep, {{QStringLiteral("company_name"), QStringLiteral("Pharmacie du Beffroi")},
                                              {QStringLiteral("source"), QStringLiteral("import")},
                                              {QStringLiteral("enrichment_status"), QStringLiteral("enriched")},
                                              {QStringLiteral("enrichment_source"), QStringLiteral("INSEE Sirene")},
                                              {QStringLiteral("enriched_at"), QStringLiteral("2026-11-02T09:15:00.000Z")}});
        ProspectDialog dialog(context(rep.get()), id);
        dialog.show();
        QCOMPARE(dialog.tabs()->count(), 3);
        QCOMPARE(dialog.tabs()->tabText(2), QStringLiteral("&Provenance"));
        QVERIFY(dialog.form()->enrichmentBox()->isVisibleTo(dialog.form()));
        auto *table = dialog.findChild<QTreeWidget *>(QStringLiteral("provenanceTable"));
        QVERIFY(table);
        QStringList lines;
        for (int i = 0; i < table->topLevelItemCount(); ++i)
            lines << table->topLevelItem(i)->text(0) + QStringLiteral(" = ") + table->topLevelItem(i)->text(1);
        QVERIFY2(lines.contains(QStringLiteral("Source de l'enrichissement = INSEE Sirene")), qPrintable(lines.join(u'|')));
        QVERIFY(lines.contains(QStringLiteral("Origine de la fiche = Import")));
        QVERIFY(lines.contains(QStringLiteral("Enrichissement = Fiche enrichie")));
        // Read-only: nothing of it is written back.
        dialog.accept();
        QCOMPARE(rep->pendingCount(), 0);
    }

    void savedFiltersRoundTrip()
    {
        auto rep = newReplica();
        seedMany(*rep, 100);
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("hector.ini"));
        ProspectFilter saved;
        {
            ClientSettings settings(std::make_unique<QSettings>(ini, QSettings::IniFormat));
            ProspectsPage page(context(rep.get(), &settings));
            page.show();
            test::typeInto(page.searchEdit(), QStringLiteral("lyon"));
            page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(QStringLiteral("nouveau")));
            page.ownerFilter()->setCurrentIndex(page.ownerFilter()->findData(QStringLiteral("me")));
            page.entityFilter()->setCurrentIndex(page.entityFilter()->findData(kFrance));
            saved = page.currentFilter();
            QCOMPARE(page.model()->filter(), saved);
            page.saveCurrentFilter(QStringLiteral("Mes nouveaux à Lyon"));
            QCOMPARE(page.savedFilters()->currentText(), QStringLiteral("Mes nouveaux à Lyon"));
            page.saveCurrentFilter(QStringLiteral("Tout ; « vraiment » tout"));
        }
        {
            // Another session of the same user: the filters are there; picking one applies it.
            ClientSettings settings(std::make_unique<QSettings>(ini, QSettings::IniFormat));
            ProspectsPage page(context(rep.get(), &settings));
            QComboBox *combo = page.savedFilters();
            QCOMPARE(combo->count(), 3);
            QVERIFY(combo->findText(QStringLiteral("Tout ; « vraiment » tout")) > 0);
            QCOMPARE(page.model()->filter(), ProspectFilter());
            QVERIFY(page.pickSavedFilter(QStringLiteral("Mes nouveaux à Lyon")));
            QCOMPARE(page.currentFilter(), saved);
            QCOMPARE(page.model()->filter(), saved);
            QCOMPARE(page.searchEdit()->text(), QStringLiteral("lyon"));
            QCOMPARE(page.model()->totalCount(), 9); // Lyon rows owned by Julien: i % 4 == 1 and i % 3 == 1
            page.deleteSavedFilter(QStringLiteral("Mes nouveaux à Lyon"));
            QCOMPARE(combo->count(), 2);
            // Not secrets, and per user: another user of the machine sees none of them.
            ProspectsPage other({rep.get(), claire(), &settings});
            QCOMPARE(other.savedFilters()->count(), 1);
        }
        ClientSettings settings(std::make_unique<QSettings>(ini, QSettings::IniFormat));
        ProspectsPage page(context(rep.get(), &settings));
        QCOMPARE(page.savedFilters()->count(), 2);
        QCOMPARE(page.savedFilters()->itemText(1), QStringLiteral("Tout ; « vraiment » tout"));
    }

    void csvExportWritesTheWholeFilteredList()
    {
        auto rep = newReplica();
        addProspect(*rep, {{QStringLiteral("company_name"), QStringLiteral("Le \"Petit\" Café; Brasserie")},
                           {QStringLiteral("siren"), QStringLiteral("552081317")},
                           {QStringLiteral("address"), QStringLiteral("3 place Rihour\nBâtiment B")},
                           {QStringLiteral("postcode"), QStringLiteral("59000")},
                           {QStringLiteral("city"), QStringLiteral("Lille")},
                           {QStringLiteral("phone"), QStringLiteral("+33320123456")},
                           {QStringLiteral("owner_id"), kJulien},
                           {QStringLiteral("entity_id"), kFranceNord},
                           {QStringLiteral("headcount_band"), QStringLiteral("02")},
                           {QStringLiteral("revenue_eur"), 480000},
                           {QStringLiteral("status"), QStringLiteral("en_cours")},
                           {QStringLiteral("source"), QStringLiteral("salon")},
                           {QStringLiteral("created_at"), QVariant()},
                           {QStringLiteral("updated_at"), QVariant()}});
        addProspect(*rep, {{QStringLiteral("company_name"), QStringLiteral("Épicerie Weber")},
                           {QStringLiteral("postcode"), QStringLiteral("L-1930")},
                           {QStringLiteral("city"), QStringLiteral("Luxembourg")},
                           {QStringLiteral("country_code"), QStringLiteral("LU")},
                           {QStringLiteral("entity_id"), kLuxembourg},
                           {QStringLiteral("created_at"), QVariant()},
                           {QStringLiteral("updated_at"), QVariant()}});
        addProspect(*rep, {{QStringLiteral("company_name"), QStringLiteral("Zèbre Sécurité")},
                           {QStringLiteral("status"), QStringLiteral("perdu")}});
        ProspectsPage page(context(rep.get()));
        page.model()->sort(ProspectListModel::Company, Qt::AscendingOrder);
        ProspectFilter two;
        two.text = QStringLiteral("l"); // « Le … », « Lille », « Luxembourg », « L-1930 »: not « Zèbre Sécurité »
        page.applyFilter(two);
        QCOMPARE(page.model()->totalCount(), 2);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        QVERIFY(page.exportCsvTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QByteArray header = "Raison sociale;SIREN;SIRET;Code NAF;Forme juridique;Tranche d'effectif;"
                                  "Chiffre d'affaires (\xE2\x82\xAC);Adresse;Code postal;Ville;Pays;Entit\xC3\xA9;"
                                  "T\xC3\xA9l\xC3\xA9phone;Mobile;E-mail;Site web;D\xC3\xA9" "cideur;Fonction du d\xC3\xA9" "cideur;"
                                  "Responsable;Statut;Source;Qualit\xC3\xA9 (sur 100);Cr\xC3\xA9\xC3\xA9 le;"
                                  "Modifi\xC3\xA9 le;Qualifi\xC3\xA9 le\r\n";
        const QByteArray first = "\"Le \"\"Petit\"\" Caf\xC3\xA9; Brasserie\";552081317;;;;3 \xC3\xA0 5 salari\xC3\xA9s;480000;"
                                 "\"3 place Rihour\nB\xC3\xA2timent B\";59000;Lille;France;France Nord;+33 3 20 12 34 56;;;;;;"
                                 "Julien Petit;En cours;Salon;60;;;\r\n";
        const QByteArray second = "\xC3\x89picerie Weber;;;;;;;;L-1930;Luxembourg;Luxembourg;Luxembourg;;;;;;;;Nouveau;;20;;;\r\n";
        QCOMPARE(bytes, QByteArray("\xEF\xBB\xBF") + header + first + second);

        // Every matching row, not only the loaded pages.
        for (int i = 0; i < 1500; ++i)
            addProspect(*rep, {{QStringLiteral("company_name"), QStringLiteral("Lot %1").arg(i)}});
        page.applyFilter({});
        QCOMPARE(page.model()->totalCount(), 1503);
        QVERIFY(page.exportCsvTo(path));
        QFile all(path);
        QVERIFY(all.open(QIODevice::ReadOnly));
        QCOMPARE(all.readAll().count("\r\n"), 1 + 1503); // header and rows (the address's line break is LF only)
        QVERIFY(page.banner()->text().contains(QLocale().toString(1503) + QStringLiteral(" prospects exportés")));
    }

    void bulkStatusChangeThenUndoRestoresEachValue()
    {
        auto rep = newReplica();
        const QStringList statuses{QStringLiteral("nouveau"), QStringLiteral("a_qualifier"), QStringLiteral("client"),
                                   QStringLiteral("perdu"), QStringLiteral("en_cours")};
        QStringList ids;
        for (int i = 0; i < statuses.size(); ++i) {
            ids << addProspect(*rep, {{QStringLiteral("company_name"), QStringLiteral("Commerce %1").arg(i)},
                                      {QStringLiteral("status"), statuses.at(i)},
                                      {QStringLiteral("owner_id"), i % 2 ? QVariant(kSophie) : QVariant()}});
        }
        ProspectsPage page(context(rep.get()));
        page.show();
        QItemSelectionModel *selection = page.view()->selectionModel();
        for (int r : {0, 2, 3})
            selection->select(page.model()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(page.selectedIds(), (QStringList{ids.at(0), ids.at(2), ids.at(3)}));
        QVERIFY(page.changeSelectedStatus(QStringLiteral("en_cours")));
        for (int i : {0, 2, 3})
            QCOMPARE(rep->row(QStringLiteral("prospects"), ids.at(i)).value(QStringLiteral("status")).toString(), QStringLiteral("en_cours"));
        QCOMPARE(rep->row(QStringLiteral("prospects"), ids.at(1)).value(QStringLiteral("status")).toString(), QStringLiteral("a_qualifier"));
        QList<Mutation> outbox = mutationsOf(*rep, QStringLiteral("prospects"));
        QCOMPARE(outbox.size(), 3);
        for (int k = 0; k < 3; ++k) {
            QCOMPARE(outbox.at(k).fields.value(QStringLiteral("status")).toString(), QStringLiteral("en_cours"));
            QCOMPARE(outbox.at(k).base.value(QStringLiteral("status")).toString(), statuses.at(QList<int>{0, 2, 3}.at(k)));
        }
        QVERIFY(page.undoButton()->isVisibleTo(&page));
        QVERIFY(page.banner()->text().contains(QStringLiteral("3 prospects passés au statut « En cours »")));
        click(page.undoButton());
        for (int i = 0; i < statuses.size(); ++i)
            QCOMPARE(rep->row(QStringLiteral("prospects"), ids.at(i)).value(QStringLiteral("status")).toString(), statuses.at(i));
        outbox = mutationsOf(*rep, QStringLiteral("prospects"));
        QCOMPARE(outbox.size(), 6);
        for (int k = 3; k < 6; ++k)
            QCOMPARE(outbox.at(k).base.value(QStringLiteral("status")).toString(), QStringLiteral("en_cours"));
        QVERIFY(!page.undoButton()->isVisibleTo(&page));

        // « Attribuer à… » then undo: each prospect gets its own owner back (none for some).
        page.view()->selectAll();
        QCOMPARE(page.selectedIds().size(), 5);
        QVERIFY(page.assignSelected(kClaire));
        for (const QString &id : ids)
            QCOMPARE(rep->row(QStringLiteral("prospects"), id).value(QStringLiteral("owner_id")).toString(), kClaire);
        page.undoLast();
        for (int i = 0; i < ids.size(); ++i)
            QCOMPARE(rep->row(QStringLiteral("prospects"), ids.at(i)).value(QStringLiteral("owner_id")).toString(),
                     i % 2 ? kSophie : QString());
    }

    void deleteWithLinkedDataThenUndoRelinks()
    {
        auto rep = newReplica();
        const QString id = addProspect(*rep, {{QStringLiteral("company_name"), QStringLiteral("Garage Moreau & Fils")},
                                              {QStringLiteral("city"), QStringLiteral("Roubaix")},
                                              {QStringLiteral("postcode"), QStringLiteral("59100")},
                                              {QStringLiteral("owner_id"), kJulien},
                                              {QStringLiteral("qualified_at"), QStringLiteral("2026-10-06T09:00:00.000Z")},
                                              {QStringLiteral("qualified_by"), kClaire}});
        const QString other = addProspect(*rep, {{QStringLiteral("company_name"), QStringLiteral("Pharmacie du Beffroi")}});
        auto rdv = [&](const QString &title, const QString &prospect) {
            return addRow(*rep, QStringLiteral("rdvs"), {{QStringLiteral("entity_id"), kFrance}, {QStringLiteral("prospect_id"), prospect},
                                                         {QStringLiteral("owner_id"), kJulien}, {QStringLiteral("title"), title},
                                                         {QStringLiteral("starts_at"), QStringLiteral("2026-12-03T09:00:00.000Z")},
                                                         {QStringLiteral("ends_at"), QStringLiteral("2026-12-03T10:00:00.000Z")},
                                                         {QStringLiteral("status"), QStringLiteral("planifie")}});
        };
        const QString rdv1 = rdv(QStringLiteral("Audit sécurité de l'atelier"), id);
        const QString rdv2 = rdv(QStringLiteral("Signature du contrat"), id);
        const QString rdvOther = rdv(QStringLiteral("Visite"), other);
        const QString action = addRow(*rep, QStringLiteral("actions"),
                                      {{QStringLiteral("entity_id"), kFrance}, {QStringLiteral("prospect_id"), id},
                                       {QStringLiteral("owner_id"), kJulien}, {QStringLiteral("type"), QStringLiteral("appel")},
                                       {QStringLiteral("status"), QStringLiteral("a_faire")},
                                       {QStringLiteral("title"), QStringLiteral("Rappeler M. Moreau")}});
        auto note = [&](const QString &author, const QString &body, const QString &prospect) {
            return addRow(*rep, QStringLiteral("prospect_notes"), {{QStringLiteral("entity_id"), kFrance}, {QStringLiteral("prospect_id"), prospect},
                                                                   {QStringLiteral("author_id"), author}, {QStringLiteral("body"), body},
                                                                   {QStringLiteral("created_at"), QStringLiteral("2026-11-12T13:30:00.000Z")}});
        };
        note(kJulien, QStringLiteral("Atelier de 400 m², alarme actuelle hors service."), id);
        note(kSophie, QStringLiteral("Client potentiel pour la télésurveillance."), id);
        const QString otherNote = note(kJulien, QStringLiteral("Rien à voir"), other);

        ProspectsPage page(context(rep.get()));
        activate(&page);
        page.view()->setFocus();
        page.view()->selectRow(page.model()->rowOf(id));
        QCOMPARE(page.selectedIds(), QStringList{id});
        whenModal<QMessageBox>(this, [](QMessageBox *box) {
            QVERIFY2(box->text().contains(QStringLiteral("2 rendez-vous seront détachés, 1 action sera détachée, 2 notes seront supprimées")),
                     qPrintable(box->text()));
            box->button(QMessageBox::Yes)->click();
        });
        QTest::keyClick(page.view(), Qt::Key_Delete);
        // As on the server: the prospect goes, its RDVs and actions are unlinked, its notes deleted.
        QVERIFY(rep->row(QStringLiteral("prospects"), id).isEmpty());
        QCOMPARE(page.model()->totalCount(), 1);
        for (const QString &r : {rdv1, rdv2})
            QVERIFY(rep->row(QStringLiteral("rdvs"), r).value(QStringLiteral("prospect_id")).isNull());
        QVERIFY(rep->row(QStringLiteral("actions"), action).value(QStringLiteral("prospect_id")).isNull());
        QCOMPARE(countRows(*rep, QStringLiteral("SELECT count(*) FROM prospect_notes")), 1);
        QCOMPARE(rep->row(QStringLiteral("rdvs"), rdvOther).value(QStringLiteral("prospect_id")).toString(), other);
        QVERIFY(!rep->row(QStringLiteral("prospect_notes"), otherNote).isEmpty());
        // One mutation: the server unlinks and deletes by itself.
        QCOMPARE(rep->pendingCount(), 1);
        QCOMPARE(rep->pendingMutations(1).first().op, QStringLiteral("delete"));

        page.undoLast();
        QCOMPARE(page.model()->totalCount(), 2);
        QVERIFY(page.banner()->text().contains(QStringLiteral("« Garage Moreau & Fils » a été restauré.")));
        const QString restored = page.model()->idAt(page.view()->currentIndex().row());
        QVERIFY(!restored.isEmpty());
        QVERIFY(restored != id); // a deleted id is never reused
        const QVariantMap row = rep->row(QStringLiteral("prospects"), restored);
        QCOMPARE(row.value(QStringLiteral("company_name")).toString(), QStringLiteral("Garage Moreau & Fils"));
        QCOMPARE(row.value(QStringLiteral("qualified_by")).toString(), kClaire);
        for (const QString &r : {rdv1, rdv2})
            QCOMPARE(rep->row(QStringLiteral("rdvs"), r).value(QStringLiteral("prospect_id")).toString(), restored);
        QCOMPARE(rep->row(QStringLiteral("actions"), action).value(QStringLiteral("prospect_id")).toString(), restored);
        QSqlQuery q(rep->database());
        q.prepare(QStringLiteral("SELECT author_id, body FROM prospect_notes WHERE prospect_id = ? ORDER BY body"));
        q.addBindValue(restored);
        QVERIFY(q.exec());
        QStringList notes;
        while (q.next()) {
            QCOMPARE(q.value(0).toString(), kJulien); // the server takes notes from their author only
            notes << q.value(1).toString();
        }
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes.at(0), QStringLiteral("Atelier de 400 m², alarme actuelle hors service."));
        QCOMPARE(notes.at(1), QStringLiteral("Note de Sophie Bernard du %1 :\nClient potentiel pour la télésurveillance.")
                                  .arg(prospects::formatTimestamp(QStringLiteral("2026-11-12T13:30:00.000Z"))));
        // Outbox: the delete, then the new prospect, the 3 re-links and the 2 notes, in that order.
        const QList<Mutation> outbox = rep->pendingMutations(100);
        QCOMPARE(outbox.size(), 7);
        QCOMPARE(outbox.at(1).table, QStringLiteral("prospects"));
        QCOMPARE(outbox.at(1).rowId, restored);
        QStringList relinked;
        for (int i = 2; i < 5; ++i) {
            QCOMPARE(outbox.at(i).fields.value(QStringLiteral("prospect_id")).toString(), restored);
            QVERIFY(outbox.at(i).base.value(QStringLiteral("prospect_id")).isNull());
            relinked << outbox.at(i).rowId;
        }
        relinked.sort();
        QStringList expected{rdv1, rdv2, action};
        expected.sort();
        QCOMPARE(relinked, expected);
        QCOMPARE(outbox.at(5).table, QStringLiteral("prospect_notes"));
        QCOMPARE(outbox.at(6).table, QStringLiteral("prospect_notes"));
    }

    void refreshKeepsSelection()
    {
        auto rep = newReplica();
        seedMany(*rep, 50);
        ProspectsPage page(context(rep.get()));
        page.show();
        page.view()->selectRow(7);
        const QString id = page.model()->idAt(7);
        // Another user's change arrives through the sync: the list refreshes, the selection stays.
        QVERIFY(rep->updateRow(QStringLiteral("prospects"), page.model()->idAt(30), {{QStringLiteral("city"), QStringLiteral("Lens")}}));
        QCOMPARE(page.model()->idAt(page.view()->currentIndex().row()), id);
        QVERIFY(page.view()->selectionModel()->isRowSelected(page.view()->currentIndex().row(), {}));
    }

    void csvExportCanBeCancelled()
    {
        auto rep = newReplica();
        seedMany(*rep, 600);
        ProspectListModel model(rep.get());
        const ProspectCsvExport exporter(rep.get(), model);
        QCOMPARE(exporter.count(), 600);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QList<qint64> calls;
        const auto r = exporter.write(&buffer, [&calls](qint64 rows) {
            calls << rows;
            return rows < 500;
        });
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("cancelled"));
        QCOMPARE(calls, (QList<qint64>{250, 500}));
        // Through the page, a cancelled or failed export leaves no file behind.
        ProspectsPage page(context(rep.get()));
        QTemporaryDir dir;
        QVERIFY(!page.exportCsvTo(dir.filePath(QStringLiteral("absent/sub/dir/x.csv"))));
        QVERIFY(page.banner()->text().startsWith(QStringLiteral("Impossible d'écrire")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("absent/sub/dir/x.csv"))));
    }

    void replicaBatchIsAllOrNothing()
    {
        auto rep = newReplica();
        const QString a = addProspect(*rep, {{QStringLiteral("company_name"), QStringLiteral("Boulangerie Lefèvre")}});
        const QString b = addProspect(*rep, {{QStringLiteral("company_name"), QStringLiteral("Garage Moreau")}});
        QSignalSpy changed(rep.get(), &LocalReplica::tableChanged);
        QSignalSpy recorded(rep.get(), &LocalReplica::localChangeRecorded);
        // The second write is refused (unknown status): the first one is undone with it.
        auto r = rep->writeBatch([&]() -> Result<void> {
            if (auto u = rep->updateRow(QStringLiteral("prospects"), a, {{QStringLiteral("status"), QStringLiteral("client")}}); !u)
                return u;
            return rep->updateRow(QStringLiteral("prospects"), b, {{QStringLiteral("status"), QStringLiteral("signé")}});
        });
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("Statut inconnu")));
        QCOMPARE(rep->row(QStringLiteral("prospects"), a).value(QStringLiteral("status")).toString(), QStringLiteral("nouveau"));
        QCOMPARE(rep->pendingCount(), 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(recorded.count(), 0);
        // Both kept: one signal per table, one « push soon ».
        QVERIFY(rep->writeBatch([&]() -> Result<void> {
            for (const QString &id : {a, b}) {
                if (auto u = rep->updateRow(QStringLiteral("prospects"), id, {{QStringLiteral("status"), QStringLiteral("client")}}); !u)
                    return u;
            }
            return {};
        }));
        QCOMPARE(rep->pendingCount(), 2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(recorded.count(), 1);
    }

    void keyboardShortcuts()
    {
        auto rep = newReplica();
        seedMany(*rep, 10);
        ProspectsPage page(context(rep.get()));
        activate(&page);
        page.view()->setFocus();
        QTest::keyClick(&page, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(page.searchEdit()->hasFocus());
        // Ctrl+N opens the full form (the button's shortcut clicks it after a short animation).
        bool created = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&created] {
            if (auto *dialog = qobject_cast<ProspectDialog *>(QApplication::activeModalWidget())) {
                created = dialog->mode() == ProspectDialog::Mode::Create;
                dialog->reject();
            }
        });
        poll.start(10);
        QTest::keyClick(page.view(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(created);
        poll.stop();
        // Enter opens the selected prospect.
        page.view()->setFocus();
        page.view()->selectRow(2);
        const QString id = page.model()->idAt(2);
        QTimer::singleShot(0, this, [id] {
            auto *dialog = qobject_cast<ProspectDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->prospectId(), id);
            dialog->reject();
        });
        QTest::keyClick(page.view(), Qt::Key_Return);
        // The command palette's entry point.
        QVERIFY(!page.openRecord(QStringLiteral("prospects"), QStringLiteral("inconnu")));
    }
};

QTEST_MAIN(TestUiProspects)
#include "tst_ui_prospects.moc"
