// « Entités » and « Équipes » (issue #4, modules 3 and 4) against a real hector-server (embedded
// PostgreSQL): models checked by QAbstractItemModelTester, entity tree with sub-entities, rename,
// blocked and undone deletions, statistics compared with the database, teams with members and
// monthly objectives, offline state. Screenshots with HECTOR_SCREENSHOT_DIR.
#include "UiTestSupport.h"
#include "core/Roles.h"
#include "sync/ApiClient.h"
#include "sync/CredentialStore.h"
#include "sync/SessionManager.h"
#include "tests/support/TestServer.h"
#include "translations/Translations.h"
#include "ui/MessageBanner.h"
#include "ui/PageRegistry.h"
#include "ui/Theme.h"
#include "ui/admin/AdminTreeModel.h"
#include "ui/admin/EntitiesPage.h"
#include "ui/admin/TeamMembersModel.h"
#include "ui/admin/TeamsPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

using namespace hector;
using namespace hector::test;
using namespace hector::ui;
using namespace Qt::StringLiterals;

namespace {
const QString kPassword = u"Printemps2025"_s;
const QString kAdmin = u"helene.marchal@adsgroup-security.com"_s;
// The page's size inside the 1366x768 main window (sidebar and status bar excluded).
const QSize kPageSize(1140, 700);

QStringList childNames(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < model->rowCount(parent); ++r)
        out << model->index(r, 0, parent).data().toString();
    return out;
}

// Answers the next modal QMessageBox with `button`.
void answerNextMessageBox(QObject *context, QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, context, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(button)->click();
    });
}
} // namespace

class TestUiAdminOrg : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<sync::ApiClient> m_api;
    std::unique_ptr<sync::CredentialStore> m_store;
    std::unique_ptr<sync::SessionManager> m_session;
    QString m_adminId;
    QString m_commercialId;

    template<typename T>
    T *in(QWidget *parent, const char *name) const
    {
        return parent ? parent->findChild<T *>(QString::fromLatin1(name)) : nullptr;
    }
    QString serverValue(const QString &sql, const QVariantList &params = {})
    {
        auto r = m_server.execOwner(sql, params);
        return r && r->rows() ? r->text(0, 0) : QString();
    }
    PageContext context() const
    {
        PageContext c;
        c.session = m_session.get();
        return c;
    }
    // Runs a page action and waits for its actionFinished(ok).
    template<typename Page, typename F>
    bool act(Page &page, F &&action)
    {
        QSignalSpy spy(&page, &Page::actionFinished);
        action();
        if (!spy.wait(15000))
            return false;
        return spy.at(0).at(0).toBool();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyTheme(*qApp);
        i18n::install(*qApp, i18n::Language::French);
        QVERIFY2(m_server.start(), "the test server did not start (see the warning above)");
        m_adminId = m_server.createUser(kAdmin, kPassword, Role::Admin, u"FR"_s);
        QVERIFY(m_server.execOwner(u"UPDATE users SET first_name = 'Hélène', last_name = 'Marchal' WHERE id = $1"_s, {m_adminId}));
        m_commercialId = m_server.createUser(u"loic.bernard@adsgroup-security.com"_s, kPassword, Role::Commercial, u"FR"_s);
        QVERIFY(m_server.execOwner(u"UPDATE users SET first_name = 'Loïc', last_name = 'Bernard' WHERE id = $1"_s, {m_commercialId}));
        m_server.createUser(u"amelie.lefevre@adsgroup-security.com"_s, kPassword, Role::Assistant, u"BE"_s);
        m_server.createUser(u"ines.muller@adsgroup-security.com"_s, kPassword, Role::Commercial, u"LU"_s, false);
        m_server.createProspect(u"FR"_s, QJsonObject{{u"status"_s, u"qualifie"_s}});
        m_server.createProspect(u"FR"_s, QJsonObject{{u"status"_s, u"qualifie"_s}});
        m_server.createProspect(u"FR"_s, QJsonObject{{u"status"_s, u"a_qualifier"_s}});
        m_server.createProspect(u"LU"_s, QJsonObject{{u"status"_s, u"client"_s}});

        m_api = std::make_unique<sync::ApiClient>();
        m_store = std::make_unique<sync::CredentialStore>(std::make_unique<sync::MemoryBackend>());
        m_session = std::make_unique<sync::SessionManager>(m_api.get(), m_store.get());
        QSignalSpy signedIn(m_session.get(), &sync::SessionManager::signedIn);
        m_session->login(m_server.baseUrl(), kAdmin, kPassword, false);
        QVERIFY(signedIn.wait(20000));
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_server.stop();
    }

    void visibility()
    {
        const PageRegistry registry = PageRegistry::builtin();
        const auto ids = [&registry](Role role) {
            UserDto user;
            user.role = role;
            QStringList out;
            for (const PageDescriptor &p : registry.pages(QString(pages::adminFamily), user))
                out << p.id;
            return out;
        };
        for (Role role : {Role::Admin, Role::President, Role::Manager, Role::Commercial, Role::Assistant}) {
            QCOMPARE(ids(role).contains(QString(pages::adminEntities)), role == Role::Admin || role == Role::President);
            QCOMPARE(ids(role).contains(QString(pages::adminTeams)), role == Role::Admin || role == Role::Manager);
        }
        QCOMPARE(registry.page(QString(pages::adminTeams))->title, u"Équipes"_s);
    }

    void modelsPassTheTester()
    {
        AdminTreeModel model({{u"name"_s, u"Entité"_s}, {u"countryCode"_s, u"Pays"_s}}, u"parentId"_s, u"countryCode"_s);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems(QJsonArray{
            QJsonObject{{u"id"_s, u"fr"_s}, {u"name"_s, u"France"_s}, {u"countryCode"_s, u"FR"_s}},
            QJsonObject{{u"id"_s, u"idf"_s}, {u"name"_s, u"Île-de-France"_s}, {u"countryCode"_s, u"FR"_s},
                        {u"parentId"_s, u"fr"_s}},
            QJsonObject{{u"id"_s, u"paris"_s}, {u"name"_s, u"Paris"_s}, {u"countryCode"_s, u"FR"_s},
                        {u"parentId"_s, u"idf"_s}},
            QJsonObject{{u"id"_s, u"be"_s}, {u"name"_s, u"Belgique"_s}, {u"countryCode"_s, u"BE"_s}},
            // A loop (a ↔ b) must not hang nor break the tree.
            QJsonObject{{u"id"_s, u"a"_s}, {u"name"_s, u"A"_s}, {u"countryCode"_s, u"LU"_s}, {u"parentId"_s, u"b"_s}},
            QJsonObject{{u"id"_s, u"b"_s}, {u"name"_s, u"B"_s}, {u"countryCode"_s, u"LU"_s}, {u"parentId"_s, u"a"_s}},
        });
        QCOMPARE(model.itemCount(), 6);
        QCOMPARE(childNames(&model), (QStringList{u"France"_s, u"Belgique"_s, u"B"_s}));
        const QModelIndex idf = model.indexOfId(u"idf"_s);
        QCOMPARE(idf.parent(), model.indexOfId(u"fr"_s));
        QCOMPARE(childNames(&model, idf), QStringList{u"Paris"_s});
        QCOMPARE(model.index(1, 1).data().toString(), u"Belgique"_s);
        QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
        model.clear();
        QCOMPARE(model.rowCount(), 0);

        TeamMembersModel members;
        QAbstractItemModelTester membersTester(&members, QAbstractItemModelTester::FailureReportingMode::QtTest);
        members.setMembers(QJsonArray{
            QJsonObject{{u"userId"_s, u"2"_s}, {u"email"_s, u"z@x.fr"_s}, {u"userRole"_s, u"commercial"_s},
                        {u"role"_s, u"member"_s}},
            QJsonObject{{u"userId"_s, u"1"_s}, {u"email"_s, u"a@x.fr"_s}, {u"firstName"_s, u"Élise"_s},
                        {u"lastName"_s, u"Aubert"_s}, {u"userRole"_s, u"manager"_s}, {u"role"_s, u"lead"_s}}});
        QCOMPARE(members.rowCount(), 2);
        QCOMPARE(members.index(0, TeamMembersModel::Name).data().toString(), u"Élise Aubert"_s);
        QCOMPARE(members.index(0, TeamMembersModel::TeamRole).data().toString(), u"Chef d'équipe"_s);
        QCOMPARE(members.index(0, TeamMembersModel::UserRole).data().toString(), roleLabel(Role::Manager));
        QCOMPARE(members.index(1, TeamMembersModel::Name).data().toString(), u"z@x.fr"_s);
        QCOMPARE(members.rowOf(u"2"_s), 1);
        members.clear();
        QCOMPARE(members.rowCount(), 0);
    }

    void entitiesTreeAndEdits()
    {
        EntitiesPage page(context());
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(kPageSize);
        QSignalSpy loaded(&page, &EntitiesPage::loaded);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(loaded.wait(15000));
        QCOMPARE(childNames(page.model()), (QStringList{u"Belgique"_s, u"France"_s, u"Luxembourg"_s}));

        const QString fr = m_server.entityId(u"FR"_s);
        QVERIFY(act(page, [&] { page.createEntity(u"Île-de-France"_s, u"FR"_s, fr); }));
        const QModelIndex frIndex = page.model()->indexOfId(fr);
        QCOMPARE(childNames(page.model(), frIndex), QStringList{u"Île-de-France"_s});
        QVERIFY(page.banner()->text().contains(u"a été créée"_s));
        const QString idf = page.tree()->currentIndex().data(AdminTreeModel::IdRole).toString();
        QCOMPARE(serverValue(u"SELECT name FROM entities WHERE id = $1::uuid"_s, {idf}), u"Île-de-France"_s);
        QCOMPARE(serverValue(u"SELECT level::text FROM entities WHERE id = $1::uuid"_s, {idf}), u"1"_s);

        QVERIFY(act(page, [&] { page.renameEntity(idf, u"Paris et Île-de-France"_s); }));
        QCOMPARE(childNames(page.model(), page.model()->indexOfId(fr)), QStringList{u"Paris et Île-de-France"_s});
        QCOMPARE(serverValue(u"SELECT name FROM entities WHERE id = $1::uuid"_s, {idf}), u"Paris et Île-de-France"_s);

        // France still has users and prospects: the server refuses, the page says why in French.
        QVERIFY(!act(page, [&] { page.deleteEntity(fr); }));
        QCOMPARE(page.banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY2(page.banner()->text().contains(u"ne peut pas être supprimée"_s), qPrintable(page.banner()->text()));
        QVERIFY(page.banner()->text().contains(u"sous-entité"_s));
        QVERIFY(page.model()->indexOfId(fr).isValid());
        QVERIFY(!page.canUndo());

        // The empty sub-entity goes, after the confirmation, and comes back with « Annuler ».
        page.selectEntity(idf);
        answerNextMessageBox(this, QMessageBox::Yes);
        QSignalSpy finished(&page, &EntitiesPage::actionFinished);
        click(in<QPushButton>(&page, "entitiesDelete"));
        QVERIFY(finished.wait(15000));
        QVERIFY(finished.at(0).at(0).toBool());
        QVERIFY(!page.model()->indexOfId(idf).isValid());
        QCOMPARE(serverValue(u"SELECT count(*)::text FROM entities WHERE id = $1::uuid"_s, {idf}), u"0"_s);
        QVERIFY(page.canUndo());
        auto *undo = in<QPushButton>(&page, "entitiesUndo");
        QVERIFY(undo->isVisible());
        QVERIFY(act(page, [&] { click(undo); }));
        QVERIFY(!undo->isVisible());
        QCOMPARE(childNames(page.model(), page.model()->indexOfId(fr)), QStringList{u"Paris et Île-de-France"_s});
        QCOMPARE(serverValue(u"SELECT count(*)::text FROM entities WHERE name = 'Paris et Île-de-France' "
                             u"AND parent_id = $1::uuid"_s,
                             {fr}),
                 u"1"_s);
    }

    void entityStatsMatchTheServer()
    {
        EntitiesPage page(context());
        page.resize(kPageSize);
        QSignalSpy loaded(&page, &EntitiesPage::loaded);
        page.show();
        QVERIFY(loaded.wait(15000));
        for (const QString &country : {u"FR"_s, u"LU"_s}) {
            const QString id = m_server.entityId(country);
            page.selectEntity(id);
            const QString users = serverValue(u"SELECT count(*)::text FROM users WHERE entity_id = $1::uuid"_s, {id});
            const QString active = serverValue(
                u"SELECT count(*)::text FROM users WHERE entity_id = $1::uuid AND active"_s, {id});
            const QString prospects = serverValue(
                u"SELECT count(*)::text FROM prospects WHERE entity_id = $1::uuid"_s, {id});
            const QString text = page.statsText();
            QVERIFY2(text.contains(u"Utilisateurs : <b>%1</b> (dont %2 actifs)"_s.arg(users, active)), qPrintable(text));
            QVERIFY2(text.contains(u"Prospects : <b>%1</b>"_s.arg(prospects)), qPrintable(text));
        }
        page.selectEntity(m_server.entityId(u"FR"_s));
        // French labels in pipeline order, never raw codes.
        const QString text = page.statsText();
        QVERIFY2(text.contains(u"<li>À qualifier : 1</li><li>Qualifié : 2</li>"_s), qPrintable(text));
        QVERIFY(!text.contains(u"a_qualifier"_s));
        page.selectEntity(m_server.entityId(u"LU"_s));
        QVERIFY(page.statsText().contains(u"<li>Client : 1</li>"_s));
        QVERIFY(page.statsText().contains(u"(dont 0 actifs)"_s)); // the only LU user is deactivated
        page.selectEntity(m_server.entityId(u"FR"_s));
        page.tree()->setFocus();
        screenshot(&page, u"admin-entities"_s);
    }

    void teamsCrudMembersObjectives()
    {
        TeamsPage page(context());
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(page.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester membersTester(page.membersModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(kPageSize);
        QSignalSpy loaded(&page, &TeamsPage::loaded);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(loaded.wait(15000));
        QCOMPARE(page.model()->itemCount(), 0);
        QVERIFY(in<QLabel>(&page, "teamsEmpty")->isVisible());

        const QString fr = m_server.entityId(u"FR"_s);
        QVERIFY(act(page, [&] { page.createTeam(u"Ventes Nord"_s, fr, {}); }));
        const QString nord = page.selectedId();
        QVERIFY(!nord.isEmpty());
        QCOMPARE(page.currentTeam().value(u"name"_s).toString(), u"Ventes Nord"_s);
        QVERIFY(!in<QLabel>(&page, "teamsEmpty")->isVisible());
        QVERIFY(act(page, [&] { page.createTeam(u"Ventes Lille"_s, fr, nord); }));
        const QString lille = page.selectedId();
        QCOMPARE(childNames(page.proxy(), page.proxy()->mapFromSource(page.model()->indexOfId(nord))),
                 QStringList{u"Ventes Lille"_s});
        QCOMPARE(serverValue(u"SELECT parent_team_id::text FROM teams WHERE id = $1::uuid"_s, {lille}), nord);
        // A duplicate name: the server's French message, nothing created.
        QVERIFY(!act(page, [&] { page.createTeam(u"Ventes Nord"_s, fr, {}); }));
        QCOMPARE(page.banner()->kind(), MessageBanner::Kind::Error);
        QCOMPARE(page.model()->itemCount(), 2);

        QVERIFY(act(page, [&] { page.renameTeam(lille, u"Ventes Métropole"_s); }));
        QCOMPARE(serverValue(u"SELECT name FROM teams WHERE id = $1::uuid"_s, {lille}), u"Ventes Métropole"_s);
        // A cycle is refused.
        QVERIFY(!act(page, [&] { page.moveTeam(nord, lille); }));
        QCOMPARE(page.banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY(act(page, [&] { page.moveTeam(lille, {}); }));
        QCOMPARE(page.model()->indexOfId(lille).parent(), QModelIndex());
        QVERIFY(act(page, [&] { page.moveTeam(lille, nord); }));
        QCOMPARE(page.model()->indexOfId(lille).parent(), page.model()->indexOfId(nord));

        // Members: the candidates of France, added through the combo and the button.
        QVERIFY(page.selectTeam(nord));
        QSignalSpy detail(&page, &TeamsPage::detailLoaded);
        QVERIFY(detail.wait(15000));
        auto *candidates = in<QComboBox>(&page, "candidatesCombo");
        QVERIFY(candidates->findData(m_commercialId) >= 0);
        QVERIFY(candidates->findData(m_adminId) >= 0);
        for (int i = 0; i < candidates->count(); ++i)
            QVERIFY(!candidates->itemText(i).contains(u"Amélie"_s)); // Belgique is not a candidate
        candidates->setCurrentIndex(candidates->findData(m_commercialId));
        QVERIFY(act(page, [&] { click(in<QPushButton>(&page, "addMemberButton")); }));
        QCOMPARE(page.membersModel()->rowCount(), 1);
        QCOMPARE(page.membersModel()->index(0, TeamMembersModel::Name).data().toString(), u"Loïc Bernard"_s);
        QVERIFY(candidates->findData(m_commercialId) < 0);
        QCOMPARE(serverValue(u"SELECT count(*)::text FROM team_members WHERE team_id = $1::uuid"_s, {nord}), u"1"_s);
        QCOMPARE(page.model()->object(page.model()->indexOfId(nord)).value(u"memberCount"_s).toInt(), 1);

        // What the member achieved in March 2026: two won opportunities, three appointments done
        // (and one cancelled, which does not count).
        for (const auto &[amount, closed] : {std::pair{50000, u"2026-03-12T10:00:00Z"_s}, std::pair{12500, u"2026-03-20T10:00:00Z"_s}}) {
            QVERIFY(m_server.execOwner(u"INSERT INTO opportunities (entity_id, owner_id, title, stage, amount_eur, closed_at) "
                                       u"VALUES ($1, $2, 'Télésurveillance', 'gagne', $3, $4)"_s,
                                       {fr, m_commercialId, amount, closed}));
        }
        for (const QString &status : {u"effectue"_s, u"effectue"_s, u"effectue"_s, u"annule"_s}) {
            QVERIFY(m_server.execOwner(u"INSERT INTO rdvs (entity_id, owner_id, title, status, starts_at, ends_at) "
                                       u"VALUES ($1, $2, 'Visite', $3, '2026-03-10T09:00:00Z', '2026-03-10T10:00:00Z')"_s,
                                       {fr, m_commercialId, status}));
        }

        // Objectives of March 2026 through the editor, read back from the database.
        auto *month = in<QDateEdit>(&page, "objectiveMonth");
        month->setDate(QDate(2026, 3, 1));
        QVERIFY(in<QLabel>(&page, "objectiveState")->text().startsWith(u"Aucun objectif"_s));
        in<QDoubleSpinBox>(&page, "objectiveRevenue")->setValue(125000.5);
        in<QSpinBox>(&page, "objectiveRdv")->setValue(40);
        in<QSpinBox>(&page, "objectiveSignatures")->setValue(12);
        QVERIFY(act(page, [&] { click(in<QPushButton>(&page, "saveObjectivesButton")); }));
        QVERIFY(page.banner()->text().contains(u"Objectifs de"_s));
        QCOMPARE(serverValue(u"SELECT revenue_eur::text || '/' || rdv_count || '/' || signatures_count FROM "
                             u"team_objectives WHERE team_id = $1::uuid AND month = '2026-03-01'"_s,
                             {nord}),
                 u"125000.50/40/12"_s);
        QVERIFY(in<QLabel>(&page, "objectiveState")->text().startsWith(u"Objectif de"_s));
        QVERIFY(in<QLabel>(&page, "objectivesNote")->text().contains(u"opportunités gagnées"_s));
        // Réalisé / objectif, from the server's actuals.
        QVERIFY(in<QWidget>(&page, "objectiveProgress")->isVisible());
        const QLocale locale;
        QCOMPARE(in<QLabel>(&page, "revenueActual")->text(),
                 u"%1 € / %2 €"_s.arg(locale.toString(62500.0, 'f', 0), locale.toString(125000.5, 'f', 2)));
        QCOMPARE(in<QProgressBar>(&page, "revenueProgress")->value(), 50);
        QCOMPARE(in<QLabel>(&page, "rdvActual")->text(), u"3 / 40"_s);
        QCOMPARE(in<QProgressBar>(&page, "rdvProgress")->value(), 8); // 7.5 %
        QVERIFY(in<QProgressBar>(&page, "rdvProgress")->text().startsWith(u"7,5"_s));
        QCOMPARE(in<QLabel>(&page, "signaturesActual")->text(), u"2 / 12"_s);
        QCOMPARE(in<QProgressBar>(&page, "signaturesProgress")->value(), 17);
        month->setDate(QDate(2026, 4, 1));
        QCOMPARE(in<QSpinBox>(&page, "objectiveRdv")->value(), 0);
        QVERIFY(!in<QWidget>(&page, "objectiveProgress")->isVisible()); // no objective that month
        month->setDate(QDate(2026, 3, 1));
        QCOMPARE(in<QSpinBox>(&page, "objectiveRdv")->value(), 40);
        QVERIFY(in<QWidget>(&page, "objectiveProgress")->isVisible());
        page.tree()->setFocus();
        screenshot(&page, u"admin-teams"_s);

        // A fresh page reads the objectives back from the server.
        {
            TeamsPage again(context());
            QSignalSpy againLoaded(&again, &TeamsPage::loaded);
            QVERIFY(againLoaded.wait(15000));
            QSignalSpy againDetail(&again, &TeamsPage::detailLoaded);
            QVERIFY(again.selectTeam(nord));
            QVERIFY(againDetail.wait(15000));
            in<QDateEdit>(&again, "objectiveMonth")->setDate(QDate(2026, 3, 1));
            QCOMPARE(in<QDoubleSpinBox>(&again, "objectiveRevenue")->value(), 125000.5);
            QCOMPARE(in<QSpinBox>(&again, "objectiveSignatures")->value(), 12);
            QCOMPARE(again.membersModel()->rowCount(), 1);
        }

        // Remove the member (confirmation) and undo.
        auto *membersView = in<QTableView>(&page, "membersView");
        membersView->setCurrentIndex(page.membersModel()->index(0, 0));
        answerNextMessageBox(this, QMessageBox::Yes);
        QVERIFY(act(page, [&] { click(in<QPushButton>(&page, "removeMemberButton")); }));
        QCOMPARE(page.membersModel()->rowCount(), 0);
        QCOMPARE(serverValue(u"SELECT count(*)::text FROM team_members WHERE team_id = $1::uuid"_s, {nord}), u"0"_s);
        QVERIFY(act(page, [&] { click(in<QPushButton>(&page, "undoMemberButton")); }));
        QCOMPARE(page.membersModel()->rowCount(), 1);
        QCOMPARE(serverValue(u"SELECT count(*)::text FROM team_members WHERE team_id = $1::uuid"_s, {nord}), u"1"_s);
    }

    void teamDeleteAndUndo()
    {
        TeamsPage page(context());
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(kPageSize);
        QSignalSpy loaded(&page, &TeamsPage::loaded);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(loaded.wait(15000));
        const QString nord = serverValue(u"SELECT id::text FROM teams WHERE name = 'Ventes Nord'"_s);
        const QString metropole = serverValue(u"SELECT id::text FROM teams WHERE name = 'Ventes Métropole'"_s);
        QVERIFY(!nord.isEmpty() && !metropole.isEmpty());

        // Blocked while it has a sub-team: the French message, nothing deleted, no undo offered.
        QVERIFY(!act(page, [&] { page.deleteTeam(nord); }));
        QVERIFY2(page.banner()->text().contains(u"a encore des sous-équipes"_s), qPrintable(page.banner()->text()));
        QVERIFY(!page.canUndoDelete());

        // Cancelling the confirmation (opened with the Delete key) keeps the team.
        QVERIFY(page.selectTeam(metropole));
        page.tree()->setFocus();
        answerNextMessageBox(this, QMessageBox::Cancel);
        QTest::keyClick(page.tree(), Qt::Key_Delete);
        QTest::qWait(200);
        QCOMPARE(serverValue(u"SELECT count(*)::text FROM teams WHERE id = $1::uuid"_s, {metropole}), u"1"_s);

        QVERIFY(act(page, [&] { page.deleteTeam(metropole); }));
        QVERIFY(page.canUndoDelete());
        QVERIFY(in<QPushButton>(&page, "teamsUndo")->isVisible());
        QVERIFY(act(page, [&] { page.undoDelete(); }));
        const QString restored = page.selectedId();
        QCOMPARE(serverValue(u"SELECT name FROM teams WHERE id = $1::uuid"_s, {restored}), u"Ventes Métropole"_s);
        QCOMPARE(page.model()->indexOfId(restored).parent(), page.model()->indexOfId(nord)); // under its parent again
        QVERIFY(!in<QPushButton>(&page, "teamsUndo")->isVisible());

        // The team with a member and objectives comes back with them.
        QVERIFY(act(page, [&] { page.deleteTeam(restored); }));
        QCOMPARE(page.selectedId(), nord); // the first remaining team, its detail loaded
        QCOMPARE(page.membersModel()->rowCount(), 1);
        answerNextMessageBox(this, QMessageBox::Yes);
        QVERIFY(act(page, [&] { click(in<QPushButton>(&page, "deleteTeamButton")); }));
        QCOMPARE(page.model()->itemCount(), 0);
        QCOMPARE(serverValue(u"SELECT count(*)::text FROM teams"_s), u"0"_s);
        QVERIFY(act(page, [&] { click(in<QPushButton>(&page, "teamsUndo")); }));
        const QString back = serverValue(u"SELECT id::text FROM teams WHERE name = 'Ventes Nord'"_s);
        QVERIFY(!back.isEmpty());
        QCOMPARE(serverValue(u"SELECT count(*)::text FROM team_members WHERE team_id = $1::uuid"_s, {back}), u"1"_s);
        QCOMPARE(serverValue(u"SELECT rdv_count::text FROM team_objectives WHERE team_id = $1::uuid"_s, {back}), u"40"_s);
        QCOMPARE(page.selectedId(), back);
        QCOMPARE(page.membersModel()->rowCount(), 1);
    }

    void offlineShowsRetryAndNoData()
    {
        m_server.stop();
        EntitiesPage entities(context());
        entities.resize(kPageSize);
        QSignalSpy loaded(&entities, &EntitiesPage::loaded);
        entities.show();
        QVERIFY(loaded.wait(30000));
        QCOMPARE(entities.model()->rowCount(), 0);
        QCOMPARE(entities.banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY(entities.banner()->text().startsWith(u"Impossible de charger les entités"_s));
        QVERIFY(in<QPushButton>(&entities, "entitiesRetry")->isVisible());

        TeamsPage teams(context());
        QAbstractItemModelTester tester(teams.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        teams.resize(kPageSize);
        QSignalSpy teamsLoaded(&teams, &TeamsPage::loaded);
        teams.show();
        QVERIFY(teamsLoaded.wait(30000));
        QCOMPARE(teams.model()->rowCount(), 0);
        QCOMPARE(teams.membersModel()->rowCount(), 0);
        QCOMPARE(teams.banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY(teams.banner()->text().startsWith(u"Impossible de charger les équipes"_s));
        QVERIFY(in<QPushButton>(&teams, "teamsRetry")->isVisible());
        QVERIFY(!in<QPushButton>(&teams, "createTeamButton")->isEnabled());
        screenshot(&teams, u"admin-teams-offline"_s);
    }
};

QTEST_MAIN(TestUiAdminOrg)
#include "tst_ui_admin_org.moc"
