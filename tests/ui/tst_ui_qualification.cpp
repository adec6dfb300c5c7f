// Field workflow and qualification queue (modules 9 and 11) on a real SQLite replica: the
// « Nouveau prospect terrain » quick dialog, the « À qualifier » page (oldest first, ages, count),
// and the qualification form (refused with the missing list, then qualified_at / qualified_by).
#include "ProspectsTestData.h"
#include "UiTestSupport.h"
#include "sync/replica/LocalReplica.h"
#include "ui/MessageBanner.h"
#include "ui/PageRegistry.h"
#include "ui/Theme.h"
#include "ui/prospects/FieldProspectDialog.h"
#include "ui/prospects/ProspectDialog.h"
#include "ui/prospects/ProspectForm.h"
#include "ui/prospects/ProspectListModel.h"
#include "ui/prospects/ProspectsPage.h"
#include "ui/prospects/QualificationQueuePage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace hector;
using namespace hector::sync;
using namespace hector::ui;
using namespace hector::test;

class TestUiQualification : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<LocalReplica> newReplica()
    {
        auto r = LocalReplica::open(m_dir.filePath(QStringLiteral("q%1.sqlite").arg(++m_n)));
        if (!r)
            return nullptr;
        seedOrganisation(**r);
        return std::move(*r);
    }

private slots:
    void initTestCase()
    {
        applyTheme(*qApp);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    }

    void fieldProspectLandsInTheQueue()
    {
        auto rep = newReplica();
        const ProspectsContext me{rep.get(), julien(), nullptr};
        QualificationQueuePage queue({rep.get(), claire(), nullptr});
        QCOMPARE(queue.model()->rowCount(), 0);
        QCOMPARE(queue.title()->text(), QStringLiteral("À qualifier"));

        FieldProspectDialog dialog(me);
        dialog.show();
        // Company name and postcode are required; the rest is optional.
        dialog.accept();
        QCOMPARE(dialog.banner()->text(), QStringLiteral("Indiquez la raison sociale."));
        test::typeInto(dialog.field(QStringLiteral("company_name")), QStringLiteral("Garage Moreau & Fils"));
        dialog.accept();
        QCOMPARE(dialog.banner()->text(), QStringLiteral("Indiquez le code postal."));
        QCOMPARE(rep->pendingCount(), 0);
        // The postcode names the country, the country the entity.
        test::typeInto(dialog.field(QStringLiteral("postcode")), QStringLiteral("L-4030"));
        QCOMPARE(dialog.countryCombo()->currentData().toString(), QStringLiteral("LU"));
        QCOMPARE(dialog.detectionText(), QStringLiteral("entité « Luxembourg »"));
        test::typeInto(dialog.field(QStringLiteral("city")), QStringLiteral("Esch-sur-Alzette"));
        test::typeInto(dialog.field(QStringLiteral("phone")), QStringLiteral("621 12 34"));
        dialog.accept();
        QVERIFY2(dialog.banner()->text().contains(QStringLiteral("n'est pas valide")), qPrintable(dialog.banner()->text()));
        test::typeInto(dialog.field(QStringLiteral("phone")), QStringLiteral("621 123 456"));
        test::typeInto(dialog.field(QStringLiteral("contact_name")), QStringLiteral("Jean Moreau"));
        dialog.noteEdit()->insertPlainText(QStringLiteral("Atelier de carrosserie, 6 salariés, alarme vieillissante. "
                                                          "Rappeler après 17 h."));
        test::screenshot(&dialog, QStringLiteral("field-prospect-dialog"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QVariantMap row = rep->row(QStringLiteral("prospects"), dialog.prospectId());
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("a_qualifier"));
        QCOMPARE(row.value(QStringLiteral("owner_id")).toString(), kJulien);
        QCOMPARE(row.value(QStringLiteral("source")).toString(), QStringLiteral("terrain"));
        QCOMPARE(row.value(QStringLiteral("country_code")).toString(), QStringLiteral("LU"));
        QCOMPARE(row.value(QStringLiteral("entity_id")).toString(), kLuxembourg);
        QCOMPARE(row.value(QStringLiteral("phone")).toString(), QStringLiteral("+352621123456"));
        QCOMPARE(row.value(QStringLiteral("contact_name")).toString(), QStringLiteral("Jean Moreau"));
        QVERIFY(row.value(QStringLiteral("address")).isNull());
        // The note goes with it, in the same transaction, by its author.
        QCOMPARE(countRows(*rep, QStringLiteral("SELECT count(*) FROM prospect_notes WHERE prospect_id = ? AND author_id = ?"),
                           {dialog.prospectId(), kJulien}),
                 1);
        QCOMPARE(rep->pendingCount(), 2);
        // The queue of the assistants has it at once.
        QCOMPARE(queue.model()->rowCount(), 1);
        QCOMPARE(queue.model()->idAt(0), dialog.prospectId());
        QCOMPARE(queue.title()->text(), QStringLiteral("À qualifier (1)"));
        QCOMPARE(queue.model()->index(0, QualificationQueueModel::Missing).data().toString(),
                 QStringLiteral("adresse, SIREN/SIRET"));
    }

    void fieldProspectFromThePageShortcut()
    {
        auto rep = newReplica();
        ProspectsPage page({rep.get(), julien(), nullptr});
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<FieldProspectDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            test::typeInto(dialog->field(QStringLiteral("company_name")), QStringLiteral("Boulangerie Lefèvre"));
            test::typeInto(dialog->field(QStringLiteral("postcode")), QStringLiteral("59000"));
            dialog->accept();
        });
        QTest::keyClick(page.view(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(page.model()->totalCount(), 1);
        const QVariantMap row = rep->row(QStringLiteral("prospects"), page.model()->idAt(0));
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("a_qualifier"));
        QCOMPARE(row.value(QStringLiteral("entity_id")).toString(), kFranceNord); // the user's own French entity
        QVERIFY(page.banner()->text().contains(QStringLiteral("À qualifier")));
    }

    void queueListsOldestFirstWithAgesAndCount()
    {
        auto rep = newReplica();
        const QString recent = addProspect(*rep, {{QStringLiteral("company_name"), QStringLiteral("Cabinet dentaire Lemaire")},
                                                  {QStringLiteral("postcode"), QStringLiteral("59200")},
                                                  {QStringLiteral("city"), QStringLiteral("Tourcoing")},
                                                  {QStringLiteral("status"), QStringLiteral("a_qualifier")},
                                                  {QStringLiteral("owner_id"), kJulien},
                                                  {QStringLiteral("created_at"), isoAgo(2 * 3600)}});
        const QString oldest = addProspect(*rep, {{QStringLiteral("company_name"), QStringLiteral("Bijouterie Delcourt")},
                                                  {QStringLiteral("postcode"), QStringLiteral("59300")},
                                                  {QStringLiteral("status"), QStringLiteral("a_qualifier")},
                                                  {QStringLiteral("owner_id"), kJulien},
                                                  {QStringLiteral("created_at"), isoAgo(3 * 86400 + 600)}});
        const QString middle = addProspect(*rep, {{QStringLiteral("company_name"), QStringLiteral("Pharmacie du Beffroi")},
                                                  {QStringLiteral("postcode"), QStringLiteral("59500")},
                                                  {QStringLiteral("city"), QStringLiteral("Douai")},
                                                  {QStringLiteral("address"), QStringLiteral("5 rue de Bellain")},
                                                  {QStringLiteral("email"), QStringLiteral("contact@pharmacie-beffroi.fr")},
                                                  {QStringLiteral("siren"), QStringLiteral("443061841")},
                                                  {QStringLiteral("contact_name"), QStringLiteral("Hélène Carpentier")},
                                                  {QStringLiteral("status"), QStringLiteral("a_qualifier")},
                                                  {QStringLiteral("owner_id"), kSophie},
                                                  {QStringLiteral("created_at"), isoAgo(86400 + 3600)}});
        addProspect(*rep, {{QStringLiteral("company_name"), QStringLiteral("Hôtel Le Vauban")},
                           {QStringLiteral("status"), QStringLiteral("qualifie")},
                           {QStringLiteral("created_at"), isoAgo(10 * 86400)}});
        QualificationQueuePage page({rep.get(), claire(), nullptr});
        page.resize(1100, 520);
        page.show();
        QualificationQueueModel *model = page.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(page.title()->text(), QStringLiteral("À qualifier (3)"));
        QCOMPARE(model->idAt(0), oldest);
        QCOMPARE(model->idAt(1), middle);
        QCOMPARE(model->idAt(2), recent);
        auto cell = [model](int row, int column) { return model->index(row, column).data().toString(); };
        QCOMPARE(cell(0, QualificationQueueModel::Age), QStringLiteral("il y a 3 jours"));
        QCOMPARE(cell(1, QualificationQueueModel::Age), QStringLiteral("hier"));
        QVERIFY(cell(2, QualificationQueueModel::Age) == QStringLiteral("il y a 2 heures")
                || cell(2, QualificationQueueModel::Age) == QStringLiteral("hier")); // just after midnight
        QCOMPARE(cell(0, QualificationQueueModel::Owner), QStringLiteral("Julien Petit"));
        QCOMPARE(cell(1, QualificationQueueModel::Owner), QStringLiteral("Sophie Bernard"));
        QCOMPARE(cell(1, QualificationQueueModel::Place), QStringLiteral("59500 Douai"));
        QCOMPARE(cell(1, QualificationQueueModel::Missing), QStringLiteral("Prêt à qualifier"));
        QCOMPARE(cell(0, QualificationQueueModel::Missing),
                 QStringLiteral("adresse, ville, tél. ou e-mail, SIREN/SIRET, décideur"));
        // A fixed clock for the ages.
        const QDateTime created = model->index(0, 0).data(QualificationQueueModel::CreatedRole).toDateTime();
        model->setClock([created] { return created.addDays(45); });
        QCOMPARE(cell(0, QualificationQueueModel::Age), QStringLiteral("il y a 1 mois"));
        model->setClock([] { return QDateTime::currentDateTime(); });
        test::screenshot(&page, QStringLiteral("qualification-queue"));
    }

    void qualificationRefusesWithTheMissingListThenQualifies()
    {
        auto rep = newReplica();
        const QString id = addProspect(*rep, {{QStringLiteral("company_name"), QStringLiteral("Garage Moreau & Fils")},
                                              {QStringLiteral("postcode"), QStringLiteral("59100")},
                                              {QStringLiteral("entity_id"), kFranceNord},
                                              {QStringLiteral("status"), QStringLiteral("a_qualifier")},
                                              {QStringLiteral("owner_id"), kJulien},
                                              {QStringLiteral("source"), QStringLiteral("terrain")},
                                              {QStringLiteral("created_at"), isoAgo(3 * 86400)}});
        addProspect(*rep, {{QStringLiteral("company_name"), QStringLiteral("Autre prospect")},
                           {QStringLiteral("status"), QStringLiteral("a_qualifier")}});
        const ProspectsContext me{rep.get(), claire(), nullptr};
        QualificationQueuePage queue(me);
        QCOMPARE(queue.model()->rowCount(), 2);

        ProspectDialog dialog(me, id, ProspectDialog::Mode::Qualify);
        dialog.resize(1000, 760);
        dialog.show();
        QCOMPARE(dialog.mode(), ProspectDialog::Mode::Qualify);
        QVERIFY(dialog.banner()->text().startsWith(QStringLiteral("Pour qualifier ce prospect, complétez : l'adresse, la ville, "
                                                                  "un téléphone ou un e-mail.")));
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
        QCOMPARE(save->text(), QStringLiteral("&Qualifier"));
        test::screenshot(&dialog, QStringLiteral("qualification-form"));
        dialog.accept();
        QCOMPARE(dialog.banner()->kind(), MessageBanner::Kind::Error);
        QCOMPARE(dialog.banner()->text(),
                 QStringLiteral("Impossible de qualifier ce prospect : il manque l'adresse, la ville, un téléphone ou un e-mail."));
        QVERIFY(dialog.isVisible());
        QCOMPARE(rep->pendingCount(), 0);
        ProspectForm *form = dialog.form();
        test::typeInto(form->lineEdit(QStringLiteral("address")), QStringLiteral("27 boulevard de Fourmies"));
        dialog.accept();
        QCOMPARE(dialog.banner()->text(),
                 QStringLiteral("Impossible de qualifier ce prospect : il manque la ville, un téléphone ou un e-mail."));
        test::typeInto(form->lineEdit(QStringLiteral("city")), QStringLiteral("Roubaix"));
        test::typeInto(form->lineEdit(QStringLiteral("email")), QStringLiteral("contact@garage-moreau.fr"));
        test::typeInto(form->lineEdit(QStringLiteral("contact_name")), QStringLiteral("Jean Moreau"));
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QVariantMap row = rep->row(QStringLiteral("prospects"), id);
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("qualifie"));
        QCOMPARE(row.value(QStringLiteral("qualified_by")).toString(), kClaire);
        const QString at = row.value(QStringLiteral("qualified_at")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$")).match(at).hasMatch(),
                 qPrintable(at));
        const QDateTime qualifiedAt = QDateTime::fromString(at, Qt::ISODateWithMs);
        QVERIFY(qualifiedAt >= before && qualifiedAt <= QDateTime::currentDateTimeUtc());
        QCOMPARE(row.value(QStringLiteral("city")).toString(), QStringLiteral("Roubaix"));
        // One mutation with the whole qualification.
        QCOMPARE(rep->pendingCount(), 1);
        const Mutation m = rep->pendingMutations(1).first();
        QCOMPARE(m.fields.value(QStringLiteral("status")).toString(), QStringLiteral("qualifie"));
        QCOMPARE(m.fields.value(QStringLiteral("qualified_by")).toString(), kClaire);
        QCOMPARE(m.fields.value(QStringLiteral("qualified_at")).toString(), at);
        // It leaves the queue.
        QCOMPARE(queue.model()->rowCount(), 1);
        QCOMPARE(queue.title()->text(), QStringLiteral("À qualifier (1)"));
    }

    void queueOpensTheQualificationForm()
    {
        auto rep = newReplica();
        const QString id = addProspect(*rep, {{QStringLiteral("company_name"), QStringLiteral("Supérette Chez Nadia")},
                                              {QStringLiteral("address"), QStringLiteral("8 rue Lamartine")},
                                              {QStringLiteral("postcode"), QStringLiteral("62300")},
                                              {QStringLiteral("city"), QStringLiteral("Lens")},
                                              {QStringLiteral("phone"), QStringLiteral("+33321998877")},
                                              {QStringLiteral("status"), QStringLiteral("a_qualifier")}});
        QualificationQueuePage page({rep.get(), claire(), nullptr});
        page.show();
        QCOMPARE(page.view()->currentIndex().row(), 0);
        QTimer::singleShot(0, this, [id] {
            auto *dialog = qobject_cast<ProspectDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->mode(), ProspectDialog::Mode::Qualify);
            QCOMPARE(dialog->prospectId(), id);
            QCOMPARE(dialog->banner()->kind(), MessageBanner::Kind::Info); // nothing required is missing
            dialog->accept();
        });
        test::click(page.findChild<QPushButton *>(QStringLiteral("qualifyButton")));
        QCOMPARE(rep->row(QStringLiteral("prospects"), id).value(QStringLiteral("status")).toString(), QStringLiteral("qualifie"));
        QCOMPARE(page.model()->rowCount(), 0);
        QCOMPARE(page.title()->text(), QStringLiteral("À qualifier"));
        QVERIFY(page.findChild<MessageBanner *>()->text().contains(QStringLiteral("est qualifié")));
    }

    void pageIsRegisteredAfterProspectsForEveryRole()
    {
        const PageRegistry registry = PageRegistry::builtin();
        for (Role role : {Role::Admin, Role::President, Role::Manager, Role::Commercial, Role::Assistant}) {
            UserDto user;
            user.role = role;
            QStringList ids;
            for (const PageDescriptor &p : registry.pages(QString(pages::crmFamily), user))
                ids << p.id;
            const auto prospects = ids.indexOf(QString(pages::prospects));
            QVERIFY(prospects >= 0);
            QCOMPARE(ids.value(prospects + 1), QString(pages::qualificationQueue));
        }
        QCOMPARE(registry.page(QString(pages::qualificationQueue))->title, QStringLiteral("À qualifier"));
        QCOMPARE(registry.recordPage(QStringLiteral("prospects")), QString(pages::prospects));
    }
};

QTEST_MAIN(TestUiQualification)
#include "tst_ui_qualification.moc"
