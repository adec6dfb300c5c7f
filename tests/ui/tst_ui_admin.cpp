// « Utilisateurs » and « Journal d'audit » against a real hector-server (embedded PostgreSQL):
// models checked by QAbstractItemModelTester, filters, edit, last-administrator error, deactivation
// with undo, CSV export, offline state. Screenshots with HECTOR_SCREENSHOT_DIR.
#include "UiTestSupport.h"
#include "core/Roles.h"
#include "db/PgConnection.h"
#include "sync/ApiClient.h"
#include "sync/CredentialStore.h"
#include "sync/SessionManager.h"
#include "tests/support/TestServer.h"
#include "translations/Translations.h"
#include "ui/MessageBanner.h"
#include "ui/PageRegistry.h"
#include "ui/Theme.h"
#include "ui/admin/AuditLogModel.h"
#include "ui/admin/AuditLogPage.h"
#include "ui/admin/UserDialog.h"
#include "ui/admin/UserTableModel.h"
#include "ui/admin/UsersPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace hector;
using namespace hector::test;
using namespace hector::ui;
using namespace Qt::StringLiterals;

namespace {
const QString kPassword = u"Printemps2025"_s;
const QString kAdmin = u"helene.marchal@adsgroup-security.com"_s;
// The page's size inside the 1366x768 main window (sidebar and status bar excluded).
const QSize kPageSize(1140, 700);
} // namespace

class TestUiAdmin : public QObject
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
    QString serverValue(const QString &sql, const QString &id)
    {
        auto r = m_server.execOwner(sql, {id});
        return r && r->rows() ? r->text(0, 0) : QString();
    }
    QString named(const QString &first, const QString &last, Role role, const QString &country)
    {
        const QString email = QString(first.toLower() + u'.' + last.toLower() + u"@adsgroup-security.com"_s)
                                  .replace(u'é', u'e')
                                  .replace(u'è', u'e')
                                  .replace(u'ç', u'c')
                                  .replace(u'ï', u'i');
        const QString id = m_server.createUser(email, kPassword, role, country);
        (void)m_server.execOwner(u"UPDATE users SET first_name = $2, last_name = $3 WHERE id = $1"_s, {id, first, last});
        return id;
    }
    void waitLoaded(UsersPage &page)
    {
        QSignalSpy spy(&page, &UsersPage::loaded);
        page.reload();
        QVERIFY(spy.wait(15000));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyTheme(*qApp);
        i18n::install(*qApp, i18n::Language::French);
        QVERIFY2(m_server.start(), "the test server did not start (see the warning above)");
        m_adminId = m_server.createUser(kAdmin, kPassword, Role::Admin, u"FR"_s);
        (void)m_server.execOwner(u"UPDATE users SET first_name = 'Hélène', last_name = 'Marchal' WHERE id = $1"_s, {m_adminId});
        m_commercialId = named(u"Loïc"_s, u"Bernard"_s, Role::Commercial, u"LU"_s);
        named(u"Amélie"_s, u"Lefèvre"_s, Role::Assistant, u"BE"_s);
        named(u"François"_s, u"Dupré"_s, Role::Manager, u"FR"_s);
        named(u"Céline"_s, u"Garnier"_s, Role::President, u"FR"_s);

        m_api = std::make_unique<sync::ApiClient>();
        m_store = std::make_unique<sync::CredentialStore>(std::make_unique<sync::MemoryBackend>());
        m_session = std::make_unique<sync::SessionManager>(m_api.get(), m_store.get());
        QSignalSpy signedIn(m_session.get(), &sync::SessionManager::signedIn);
        m_session->login(m_server.baseUrl(), kAdmin, kPassword, false);
        QVERIFY(signedIn.wait(20000));

        // A pending invitation, sent through the API like the « Inviter » dialog does.
        bool done = false;
        m_session->authorizedRequest(sync::ApiClient::Method::Post, u"/api/auth/register"_s,
                                     QJsonObject{{u"email"_s, u"nouvelle.recrue@adsgroup-security.com"_s},
                                                 {u"firstName"_s, u"Zoé"_s},
                                                 {u"lastName"_s, u"Roussel"_s},
                                                 {u"role"_s, u"commercial"_s},
                                                 {u"entityId"_s, m_server.entityId(u"FR"_s)}},
                                     this, [&done](Result<QJsonObject> r) {
                                         QVERIFY(r.ok());
                                         done = true;
                                     });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_server.stop();
    }

    void pagesAreForAdministratorsOnly()
    {
        const PageRegistry registry = PageRegistry::builtin();
        UserDto admin;
        admin.role = Role::Admin;
        const auto ids = [&registry](const UserDto &user) {
            QStringList out;
            for (const PageDescriptor &p : registry.pages(QString(pages::adminFamily), user))
                out << p.id;
            return out;
        };
        QVERIFY(ids(admin).contains(QString(pages::adminUsers)));
        QVERIFY(ids(admin).contains(QString(pages::adminAuditLog)));
        for (Role role : {Role::President, Role::Manager, Role::Commercial, Role::Assistant}) {
            UserDto other;
            other.role = role;
            // Managers consult their entities' accounts (read only); nobody else but admins.
            QCOMPARE(ids(other).contains(QString(pages::adminUsers)), role == Role::Manager);
            QVERIFY(!ids(other).contains(QString(pages::adminAuditLog)));
        }
        QCOMPARE(registry.families(admin).at(2).title, u"Administration"_s); // after « Clients », « Tableaux de bord »
    }

    void managerSeesTheirEntitiesReadOnly()
    {
        sync::ApiClient api;
        sync::CredentialStore store(std::make_unique<sync::MemoryBackend>());
        sync::SessionManager session(&api, &store);
        QSignalSpy signedIn(&session, &sync::SessionManager::signedIn);
        session.login(m_server.baseUrl(), u"francois.dupre@adsgroup-security.com"_s, kPassword, false);
        QVERIFY(signedIn.wait(20000));
        UsersPage page(&session);
        page.resize(kPageSize);
        page.show();
        QVERIFY(page.isReadOnly());
        QSignalSpy loaded(&page, &UsersPage::loaded);
        page.reload();
        QVERIFY(loaded.wait(15000));
        QVERIFY(page.model()->rowCount() > 0);
        // France only: the Luxembourg commercial and the Belgian assistant are not listed.
        for (int r = 0; r < page.model()->rowCount(); ++r) {
            const QString entity = page.model()->data(page.model()->index(r, UserTableModel::Entity)).toString();
            QCOMPARE(entity, u"France"_s);
        }
        for (const char *name : {"inviteButton", "editButton", "resendButton", "toggleButton"})
            QVERIFY2(!in<QPushButton>(&page, name)->isVisibleTo(&page), name);
        QVERIFY(in<QLabel>(&page, "readOnlyHint")->isVisibleTo(&page));
        // The keyboard paths do nothing either.
        page.view()->selectRow(0);
        page.toggleActive();
        QVERIFY(!QApplication::activeModalWidget());
        test::screenshot(&page, u"admin-10-users-manager"_s);
    }

    void userModelsPassTheTester()
    {
        UserTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        UserFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        model.setUsers(QJsonArray{
                           QJsonObject{{u"id"_s, u"1"_s}, {u"email"_s, u"a@x.fr"_s}, {u"firstName"_s, u"Élise"_s},
                                       {u"lastName"_s, u"Aubert"_s}, {u"role"_s, u"admin"_s}, {u"entityId"_s, u"e1"_s},
                                       {u"entityName"_s, u"France"_s}, {u"active"_s, true}},
                           QJsonObject{{u"id"_s, u"2"_s}, {u"email"_s, u"b@x.fr"_s}, {u"role"_s, u"commercial"_s},
                                       {u"entityId"_s, u"e2"_s}, {u"entityName"_s, u"Belgique"_s}, {u"active"_s, false}},
                           QJsonObject{{u"id"_s, u"3"_s}, {u"email"_s, u"c@x.fr"_s}, {u"role"_s, u"commercial"_s},
                                       {u"entityId"_s, u"e1"_s}, {u"entityName"_s, u"France"_s}, {u"active"_s, true},
                                       {u"pendingInvitation"_s, true},
                                       {u"invitationExpiresAt"_s, now.addDays(7).toString(Qt::ISODateWithMs)}},
                           QJsonObject{{u"id"_s, u"4"_s}, {u"email"_s, u"d@x.fr"_s}, {u"role"_s, u"assistant"_s},
                                       {u"entityId"_s, u"e1"_s}, {u"entityName"_s, u"France"_s}, {u"active"_s, true},
                                       {u"pendingInvitation"_s, true},
                                       {u"invitationExpiresAt"_s, now.addDays(-1).toString(Qt::ISODateWithMs)}},
                       },
                       now);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, UserTableModel::Name).data().toString(), u"Élise Aubert"_s);
        QCOMPARE(model.index(1, UserTableModel::Name).data().toString(), u"b@x.fr"_s); // no name: the e-mail
        QCOMPARE(model.index(0, UserTableModel::Role).data().toString(), roleLabel(Role::Admin));
        QCOMPARE(model.index(1, UserTableModel::Status).data().toString(), u"Désactivé"_s);
        QVERIFY(model.index(2, UserTableModel::Status).data().toString().startsWith(u"Invitée (expire le"_s));
        QCOMPARE(model.index(3, UserTableModel::Status).data().toString(), u"Invitation expirée"_s);
        QCOMPARE(model.index(1, UserTableModel::LastLogin).data().toString(), u"Jamais"_s);

        proxy.setText(u"belg"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText({});
        proxy.setEntityId(u"e1"_s);
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setRoleName(u"commercial"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setRoleName({});
        proxy.setEntityId({});
        proxy.setStatus(int(UserTableModel::UserStatus::Invited)); // pending and expired invitations
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setStatus(int(UserTableModel::UserStatus::Inactive));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setStatus(-1);
        proxy.sort(UserTableModel::Name);
        QCOMPARE(proxy.index(0, UserTableModel::Name).data().toString(), u"Élise Aubert"_s);

        AdminUser changed = *model.userAt(1);
        changed.active = true;
        model.updateUser(changed);
        QCOMPARE(model.index(1, UserTableModel::Status).data().toString(), u"Actif"_s);
    }

    void auditModelPassesTheTester()
    {
        AuditLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLogs(QJsonArray{QJsonObject{
            {u"createdAt"_s, u"2026-03-02T09:15:00.000Z"_s},
            {u"actorEmail"_s, u"a@x.fr"_s},
            {u"userName"_s, u"Élise Aubert"_s},
            {u"action"_s, u"UPDATE"_s},
            {u"entityType"_s, u"user"_s},
            {u"entityId"_s, u"42"_s},
            {u"changes"_s, QJsonObject{{u"role"_s, QJsonObject{{u"old"_s, u"commercial"_s}, {u"new"_s, u"manager"_s}}},
                                       {u"active"_s, QJsonObject{{u"old"_s, true}, {u"new"_s, false}}}}},
            {u"ip"_s, u"10.0.0.1"_s}}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, AuditLogModel::Action).data().toString(), u"Modification"_s);
        QCOMPARE(model.index(0, AuditLogModel::User).data().toString(), u"Élise Aubert"_s);
        QCOMPARE(model.index(0, AuditLogModel::User).data(Qt::ToolTipRole).toString(), u"a@x.fr"_s);
        QCOMPARE(model.index(0, AuditLogModel::Object).data().toString(), u"Utilisateur"_s);
        QCOMPARE(model.index(0, AuditLogModel::Changes).data().toString(),
                 u"active : oui → non ; role : commercial → manager"_s);
        model.setLogs({});
        QCOMPARE(model.rowCount(), 0);
    }

    void usersPageListsAndFilters()
    {
        UsersPage page(m_session.get());
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(page.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(kPageSize);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 15000);
        QCOMPARE(page.model()->rowCount(), 6);
        // Entities arrive with their own request.
        auto *entity = in<QComboBox>(&page, "entityFilter");
        QTRY_COMPARE_WITH_TIMEOUT(entity->count(), 4, 10000);
        screenshot(&page, u"admin-01-users"_s);

        typeInto(in<QLineEdit>(&page, "searchEdit"), u"loïc"_s);
        QCOMPARE(page.proxy()->rowCount(), 1);
        QCOMPARE(page.proxy()->index(0, UserTableModel::Entity).data().toString(), u"Luxembourg"_s);
        typeInto(in<QLineEdit>(&page, "searchEdit"), QString());
        QCOMPARE(page.proxy()->rowCount(), 6);

        auto *role = in<QComboBox>(&page, "roleFilter");
        role->setCurrentIndex(role->findData(u"assistant"_s));
        QCOMPARE(page.proxy()->rowCount(), 1);
        role->setCurrentIndex(0);
        entity->setCurrentIndex(entity->findText(u"France"_s));
        QCOMPARE(page.proxy()->rowCount(), 4); // admin, manager, president, invitation
        entity->setCurrentIndex(0);
        auto *status = in<QComboBox>(&page, "statusFilter");
        status->setCurrentIndex(status->findData(int(UserTableModel::UserStatus::Invited)));
        QCOMPARE(page.proxy()->rowCount(), 1);
        QVERIFY(page.proxy()->index(0, UserTableModel::Status).data().toString().contains(u"expire le"_s));
        page.view()->setFocus();
        page.view()->selectRow(0);
        QVERIFY(in<QPushButton>(&page, "resendButton")->isEnabled());
        screenshot(&page, u"admin-02-users-invitations"_s);
        click(in<QPushButton>(&page, "resendButton"));
        QTRY_VERIFY_WITH_TIMEOUT(page.banner()->text().contains(u"Nouvelle invitation envoyée"_s), 15000);
        QCOMPARE(page.banner()->kind(), MessageBanner::Kind::Success);
        status->setCurrentIndex(0);

        // Sorting by a column header, keyboard navigation.
        page.view()->sortByColumn(UserTableModel::Email, Qt::DescendingOrder);
        const QString firstEmail = page.proxy()->index(0, UserTableModel::Email).data().toString();
        QCOMPARE(firstEmail, u"nouvelle.recrue@adsgroup-security.com"_s);
        page.view()->sortByColumn(UserTableModel::Name, Qt::AscendingOrder);
    }

    void editRoleThroughTheDialog()
    {
        UsersPage page(m_session.get());
        page.resize(kPageSize);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(in<QComboBox>(&page, "entityFilter")->count(), 4, 10000);
        QVERIFY(page.select(m_commercialId));
        page.editCurrent();
        QPointer<UserDialog> dialog = page.findChild<UserDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(in<QLineEdit>(dialog, "emailEdit")->text(), u"loic.bernard@adsgroup-security.com"_s);
        QVERIFY(in<QLineEdit>(dialog, "emailEdit")->isReadOnly());
        auto *role = in<QComboBox>(dialog, "roleCombo");
        role->setCurrentIndex(role->findData(u"manager"_s));
        typeInto(in<QLineEdit>(dialog, "lastNameEdit"), u"Bernard-Lefèvre"_s);
        screenshot(dialog, u"admin-03-user-edit"_s);
        click(in<QPushButton>(dialog, "okButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 15000);
        QCOMPARE(serverValue(u"SELECT role FROM users WHERE id = $1"_s, m_commercialId), u"manager"_s);
        QCOMPARE(serverValue(u"SELECT last_name FROM users WHERE id = $1"_s, m_commercialId), u"Bernard-Lefèvre"_s);
        const int row = page.model()->rowOf(m_commercialId);
        QCOMPARE(page.model()->index(row, UserTableModel::Role).data().toString(), roleLabel(Role::Manager));
        QVERIFY(page.banner()->text().contains(u"mis à jour"_s));
    }

    void lastAdministratorErrorIsShownInline()
    {
        UsersPage page(m_session.get());
        page.resize(kPageSize);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 15000);
        QVERIFY(page.select(m_adminId));
        page.editCurrent();
        QPointer<UserDialog> dialog = page.findChild<UserDialog *>();
        QVERIFY(dialog);
        auto *role = in<QComboBox>(dialog, "roleCombo");
        role->setCurrentIndex(role->findData(u"commercial"_s));
        click(in<QPushButton>(dialog, "okButton"));
        auto *banner = in<MessageBanner>(dialog, "dialogBanner");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && !banner->text().isEmpty(), 15000);
        QVERIFY2(banner->text().contains(u"dernier administrateur actif"_s), qPrintable(banner->text()));
        QVERIFY(dialog->isVisible()); // stays open to correct the choice
        screenshot(dialog, u"admin-04-last-admin"_s);
        QCOMPARE(serverValue(u"SELECT role FROM users WHERE id = $1"_s, m_adminId), u"admin"_s);
        dialog->reject();
    }

    void deactivateThenUndo()
    {
        UsersPage page(m_session.get());
        page.resize(kPageSize);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 15000);
        QVERIFY(page.select(m_commercialId));
        bool asked = false;
        QTimer::singleShot(0, this, [&asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            asked = box->text().contains(u"Désactiver le compte"_s);
            box->button(QMessageBox::Yes)->click();
        });
        click(in<QPushButton>(&page, "toggleButton"));
        QVERIFY(asked);
        auto *undo = in<QPushButton>(&page, "undoButton");
        QTRY_VERIFY_WITH_TIMEOUT(undo->isVisible(), 15000);
        QVERIFY(page.banner()->text().contains(u"désactivé"_s));
        QCOMPARE(serverValue(u"SELECT active::text FROM users WHERE id = $1"_s, m_commercialId), u"false"_s);
        const int row = page.model()->rowOf(m_commercialId);
        QCOMPARE(page.model()->index(row, UserTableModel::Status).data().toString(), u"Désactivé"_s);
        QCOMPARE(in<QPushButton>(&page, "toggleButton")->text(), u"Réa&ctiver"_s);
        screenshot(&page, u"admin-05-deactivated-undo"_s);

        click(undo);
        QTRY_COMPARE_WITH_TIMEOUT(serverValue(u"SELECT active::text FROM users WHERE id = $1"_s, m_commercialId),
                                  u"true"_s, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(page.banner()->text().contains(u"réactivé"_s), 15000);
        QVERIFY(!undo->isVisible());
        QCOMPARE(page.model()->index(row, UserTableModel::Status).data().toString(), u"Actif"_s);

        // Cancelling the confirmation changes nothing.
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Cancel)->click();
        });
        page.toggleActive();
        QTest::qWait(200);
        QCOMPARE(serverValue(u"SELECT active::text FROM users WHERE id = $1"_s, m_commercialId), u"true"_s);
    }

    void inviteThroughTheDialog()
    {
        UsersPage page(m_session.get());
        page.resize(kPageSize);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(in<QComboBox>(&page, "entityFilter")->count(), 4, 10000);
        page.invite();
        QPointer<UserDialog> dialog = page.findChild<UserDialog *>();
        QVERIFY(dialog);
        typeInto(in<QLineEdit>(dialog, "emailEdit"), u"gmail@gmail.com"_s);
        click(in<QPushButton>(dialog, "okButton"));
        auto *banner = in<MessageBanner>(dialog, "dialogBanner");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && banner->text().contains(u"domaines"_s), 15000);
        typeInto(in<QLineEdit>(dialog, "emailEdit"), u"julien.faure@adsgroup-security.com"_s);
        typeInto(in<QLineEdit>(dialog, "firstNameEdit"), u"Julien"_s);
        typeInto(in<QLineEdit>(dialog, "lastNameEdit"), u"Faure"_s);
        auto *entity = in<QComboBox>(dialog, "entityCombo");
        entity->setCurrentIndex(entity->findData(m_server.entityId(u"BE"_s)));
        screenshot(dialog, u"admin-06-invite"_s);
        click(in<QPushButton>(dialog, "okButton"));
        QTRY_VERIFY_WITH_TIMEOUT(page.banner()->text().contains(u"Invitation envoyée à julien.faure"_s), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 7, 15000);
        QVERIFY(!m_server.lastEmailTo(u"julien.faure@adsgroup-security.com"_s).isEmpty());
    }

    void auditLogPage()
    {
        AuditLogPage page(m_session.get());
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(kPageSize);
        QSignalSpy loaded(&page, &AuditLogPage::loaded);
        page.show();
        QVERIFY(loaded.wait(15000));
        QVERIFY(page.total() > 0);
        QVERIFY(page.model()->rowCount() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(page.statsLabel()->text().contains(u"événement"_s), 10000);
        // The newest first: the invitation of the previous test.
        QCOMPARE(page.model()->index(0, AuditLogModel::Action).data().toString(), u"Invitation envoyée"_s);
        screenshot(&page, u"admin-07-audit"_s);

        auto *action = in<QComboBox>(&page, "actionFilter");
        action->setCurrentIndex(action->findData(u"UPDATE"_s));
        QVERIFY(loaded.wait(15000));
        QVERIFY2(page.model()->rowCount() >= 3, qPrintable(QString::number(page.model()->rowCount()))); // role + name, deactivation, reactivation
        for (int r = 0; r < page.model()->rowCount(); ++r)
            QCOMPARE(page.model()->index(r, AuditLogModel::Action).data().toString(), u"Modification"_s);
        bool roleChange = false;
        for (int r = 0; r < page.model()->rowCount(); ++r)
            roleChange |= page.model()->index(r, AuditLogModel::Changes).data().toString().contains(
                u"role : commercial → manager"_s);
        QVERIFY(roleChange);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"journal.csv"_s);
        QSignalSpy exported(&page, &AuditLogPage::exported);
        page.exportCsvTo(path);
        QVERIFY(exported.wait(15000));
        QVERIFY(exported.at(0).at(0).toBool());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF" "Date (UTC);Utilisateur;"));
        QCOMPARE(csv.count("\r\n"), page.total() + 1);

        // Nothing in a period without events: the empty state.
        auto *from = page.findChild<QDateEdit *>(u"fromEdit"_s);
        auto *to = page.findChild<QDateEdit *>(u"toEdit"_s);
        to->setDate(QDate(2020, 1, 31));
        from->setDate(QDate(2020, 1, 1));
        QTRY_VERIFY_WITH_TIMEOUT(in<QLabel>(&page, "emptyLabel")->isVisible(), 15000);
        QCOMPARE(page.total(), 0);
        QVERIFY(!in<QPushButton>(&page, "exportButton")->isEnabled());
        screenshot(&page, u"admin-08-audit-empty"_s);
    }

    void auditPaging()
    {
        // 60 more audited changes: two pages.
        for (int i = 0; i < 60; ++i) {
            (void)m_server.execOwner(u"INSERT INTO audit_logs (user_id, actor_email, action, entity_type, entity_id) "
                               u"VALUES ($1, $2, 'DELETE', 'prospect', gen_random_uuid()::text)"_s,
                               {m_adminId, kAdmin});
        }
        AuditLogPage page(m_session.get());
        page.resize(kPageSize);
        QSignalSpy loaded(&page, &AuditLogPage::loaded);
        page.show();
        QVERIFY(loaded.wait(15000));
        auto *action = in<QComboBox>(&page, "actionFilter");
        action->setCurrentIndex(action->findData(u"DELETE"_s));
        QVERIFY(loaded.wait(15000));
        QCOMPARE(page.total(), 60);
        QCOMPARE(page.model()->rowCount(), AuditLogPage::kPageSize);
        QVERIFY(in<QLabel>(&page, "pageLabel")->text().contains(u"1 à 50 sur 60"_s));
        click(in<QPushButton>(&page, "nextButton"));
        QVERIFY(loaded.wait(15000));
        QCOMPARE(page.model()->rowCount(), 10);
        QCOMPARE(page.offset(), 50);
        QVERIFY(!in<QPushButton>(&page, "nextButton")->isEnabled());
        click(in<QPushButton>(&page, "previousButton"));
        QVERIFY(loaded.wait(15000));
        QCOMPARE(page.offset(), 0);
    }

    void offlineShowsRetry()
    {
        m_server.stop();
        UsersPage page(m_session.get());
        page.resize(kPageSize);
        QSignalSpy loaded(&page, &UsersPage::loaded);
        page.show();
        QVERIFY(loaded.wait(30000));
        auto *text = in<QLabel>(&page, "offlineText");
        QVERIFY(text->isVisible());
        QVERIFY(text->text().contains(u"Impossible de joindre le serveur"_s));
        QVERIFY(in<QPushButton>(&page, "retryButton")->isVisible());
        QCOMPARE(page.model()->rowCount(), 0);
        screenshot(&page, u"admin-09-offline"_s);

        AuditLogPage audit(m_session.get());
        audit.resize(kPageSize);
        QSignalSpy auditLoaded(&audit, &AuditLogPage::loaded);
        audit.show();
        QVERIFY(auditLoaded.wait(30000));
        QVERIFY(in<QLabel>(&audit, "offlineText")->isVisible());
    }
};

QTEST_MAIN(TestUiAdmin)
#include "tst_ui_admin.moc"
