// End-to-end UI test: the real client, offscreen, against a real hector-server
// (tests/support/TestServer: embedded PostgreSQL, HTTP on 127.0.0.1).
// With HECTOR_SCREENSHOT_DIR set, PNG screenshots of each screen land in that directory.
#include "HttpDouble.h"
#include "UiTestSupport.h"
#include "core/Roles.h"
#include "sync/ClientSettings.h"
#include "sync/CredentialStore.h"
#include "sync/SessionManager.h"
#include "tests/support/TestServer.h"
#include "translations/Translations.h"
#include "ui/AccountPage.h"
#include "ui/AppController.h"
#include "ui/ForgotPasswordDialog.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "sync/engine/SyncEngine.h"
#include "ui/prospects/ProspectListModel.h"
#include "ui/prospects/ProspectsPage.h"
#include "ui/palette/CommandPalette.h"

#include <QStandardPaths>
#include "ui/MessageBanner.h"
#include "ui/PageRegistry.h"
#include "ui/Theme.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QTimer>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <memory>

using namespace hector;
using namespace hector::test;
using namespace hector::ui;
using namespace Qt::StringLiterals;

namespace {
const QString kEmail = u"claire.dubois@hector.test"_s;
const QString kPassword = u"Printemps2025"_s;
} // namespace

class TestUiLogin : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<sync::ClientSettings> m_settings;
    std::unique_ptr<AppController> m_app;

    LoginDialog *login() const { return m_app->loginDialog(); }
    template<typename T>
    T *in(QWidget *parent, const char *name) const
    {
        return parent ? parent->findChild<T *>(QString::fromLatin1(name)) : nullptr;
    }
    QString errorText() const
    {
        auto *banner = in<MessageBanner>(login(), "errorBanner");
        return banner && banner->isVisible() ? banner->text() : QString();
    }

    void fill(const QString &server, const QString &email, const QString &password)
    {
        // What a user does: type into each field, as keystrokes.
        typeInto(in<QLineEdit>(login(), "serverEdit"), server);
        typeInto(in<QLineEdit>(login(), "emailEdit"), email);
        typeInto(in<QLineEdit>(login(), "passwordEdit"), password);
    }

private slots:
    void initTestCase()
    {
        // Replicas and settings go to a throw-away location, never the developer's own.
        QStandardPaths::setTestModeEnabled(true);
        applyTheme(*qApp);
        i18n::install(*qApp, i18n::Language::French);
        QVERIFY2(m_server.start(), "the test server did not start (see the warning above)");
        const QString userId = m_server.createUser(kEmail, kPassword, Role::Commercial, u"FR"_s);
        QVERIFY(!userId.isEmpty());
        // Realistic prospects for the list (and its screenshot).
        const QStringList names{u"Boulangerie Paul"_s, u"Pharmacie du Port"_s, u"Bijouterie Lefèvre"_s,
                                u"Garage Renault Lille Sud"_s, u"Cabinet Dentaire Moreau"_s, u"Tabac Presse Le Balto"_s,
                                u"Hôtel Le Régent"_s, u"Supermarché Carrefour City"_s, u"Opticien Krys Arras"_s,
                                u"Brasserie du Théâtre"_s};
        const QStringList cities{u"Lille"_s, u"Arras"_s, u"Lens"_s, u"Douai"_s, u"Roubaix"_s};
        for (int i = 0; i < names.size(); ++i) {
            QVERIFY(!m_server.createProspect(u"FR"_s, {{u"company_name"_s, names.at(i)},
                                                       {u"city"_s, cities.at(i % cities.size())},
                                                       {u"owner_id"_s, i % 2 ? QJsonValue(userId) : QJsonValue()}})
                         .isEmpty());
        }
    }

    void init()
    {
        m_settings = std::make_unique<sync::ClientSettings>(
            std::make_unique<QSettings>(m_dir.filePath(u"client.ini"_s), QSettings::IniFormat));
        // Memory keychain: the test never touches the developer's real keychain.
        m_app = std::make_unique<AppController>(m_settings.get(),
                                                std::make_unique<sync::MemoryBackend>());
        m_app->start();
        QVERIFY(login());
        QVERIFY(QTest::qWaitForWindowExposed(login()));
    }

    void cleanup()
    {
        m_app.reset();
        m_settings.reset();
    }

    void loginShowsMainWindowThenLogout()
    {
        screenshot(login(), u"01-login"_s);
        fill(m_server.baseUrl().toString(), kEmail, kPassword);
        click(in<QPushButton>(login(), "loginButton"));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow() && m_app->mainWindow()->isVisible(), 20000);

        MainWindow *window = m_app->mainWindow();
        const UserDto &user = m_app->session()->user();
        QCOMPARE(user.email, kEmail);
        QCOMPARE(user.role, Role::Commercial);
        const QString name = user.displayName();
        QVERIFY(!name.isEmpty());
        QVERIFY2(window->userButtonText().contains(name), qPrintable(window->userButtonText()));
        QVERIFY(window->userButtonText().contains(roleLabel(Role::Commercial)));
        QCOMPARE(window->currentPageId(), QString(pages::prospects));
        QVERIFY(window->showPage(QString(pages::myAccount)));
        auto *page = qobject_cast<AccountPage *>(window->pageWidget(QString(pages::myAccount)));
        QVERIFY(page);
        QCOMPARE(page->displayedName(), name);
        QCOMPARE(in<QLabel>(page, "accountEmail")->text(), kEmail);
        QCOMPARE(in<QLabel>(page, "accountCountry")->text(), u"France (FR)"_s);
        QCOMPARE(in<QLabel>(page, "accountOrganization")->text(), user.organizationName);
        QTRY_COMPARE_WITH_TIMEOUT(window->connectionText(), u"Connecté"_s, 10000);

        window->resize(1366, 768);
        screenshot(window, u"03-main-window"_s);
        // The prospects list, filled by the first sync from the real server.
        QVERIFY(window->showPage(QString(pages::prospects)));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->syncEngine()
                                     && m_app->syncEngine()->status() == sync::SyncEngine::Status::UpToDate,
                                 20000);
        auto *prospects = qobject_cast<ProspectsPage *>(window->pageWidget(QString(pages::prospects)));
        QVERIFY(prospects);
        QTRY_COMPARE_WITH_TIMEOUT(prospects->model()->totalCount(), 10, 10000);
        screenshot(window, u"03b-prospects"_s);

        // Ctrl+K: the command palette finds a prospect of the replica; Entrée opens its record.
        QAction *search = window->findChild<QAction *>(u"searchAction"_s);
        QVERIFY(search);
        QCOMPARE(search->shortcut(), QKeySequence(u"Ctrl+K"_s));
        search->trigger();
        CommandPalette *palette = window->commandPalette();
        QVERIFY(palette && palette->isVisible());
        typeInto(palette->searchField(), u"pharmacie"_s);
        QCOMPARE(palette->model()->kindAt(0), CommandPaletteModel::Kind::Prospect);
        QCOMPARE(palette->model()->index(0).data().toString(), u"Pharmacie du Port"_s);
        QString opened;
        QTimer closer;
        closer.setInterval(50);
        connect(&closer, &QTimer::timeout, &closer, [&opened] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                opened = QString::fromLatin1(dialog->metaObject()->className()) + u' ' + dialog->windowTitle();
                dialog->reject();
            }
        });
        closer.start();
        QTest::keyClick(palette->searchField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 5000);
        closer.stop();
        QVERIFY2(opened.startsWith(u"hector::ui::ProspectDialog"_s), qPrintable(opened));
        QVERIFY2(opened.contains(u"Pharmacie du Port"_s), qPrintable(opened));
        QCOMPARE(window->currentPageId(), QString(pages::prospects));

        // Log out with the keyboard shortcut (Ctrl+Shift+Q).
        QAction *logout = window->findChild<QAction *>(u"logoutAction"_s);
        QVERIFY(logout);
        QCOMPARE(logout->shortcut(), QKeySequence(u"Ctrl+Shift+Q"_s));
        logout->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(login() && login()->isVisible(), 10000);
        QTRY_VERIFY(!m_app->mainWindow());
        QCOMPARE(m_app->session()->state(), sync::SessionManager::State::SignedOut);
    }

    void wrongPasswordShowsErrorInline()
    {
        fill(m_server.baseUrl().toString(), kEmail, u"PasLeBon2025"_s);
        click(in<QPushButton>(login(), "loginButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!errorText().isEmpty(), 20000);
        // The server's own French message, shown in the dialog (not in a message box).
        QVERIFY2(errorText().contains(u"mot de passe"_s, Qt::CaseInsensitive),
                 qPrintable(errorText()));
        QVERIFY(!m_app->mainWindow());
        QVERIFY(login()->isVisible());
        QVERIFY(in<QLineEdit>(login(), "passwordEdit")->hasFocus());
        screenshot(login(), u"02-login-error"_s);
    }

    void unreachableServerShowsClearError()
    {
        const quint16 port = closedLoopbackPort();
        fill(u"127.0.0.1:%1"_s.arg(port), kEmail, kPassword);
        click(in<QPushButton>(login(), "loginButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!errorText().isEmpty(), 20000);
        QVERIFY2(errorText().startsWith(
                     u"Impossible de joindre le serveur http://127.0.0.1:%1"_s.arg(port)),
                 qPrintable(errorText()));
        QVERIFY(errorText().endsWith(u"Vérifiez l'adresse et votre connexion."_s));
        screenshot(login(), u"02b-login-unreachable"_s);
    }

    void invalidAddressShowsClearError()
    {
        fill(u"http//serveur"_s, kEmail, kPassword);
        click(in<QPushButton>(login(), "loginButton"));
        QVERIFY(errorText().startsWith(u"L'adresse du serveur n'est pas valide : "_s));
    }

    void rememberedSessionSurvivesRestart()
    {
        auto backend = std::make_unique<sync::MemoryBackend>();
        sync::MemoryBackend *keychain = backend.get();
        m_app = std::make_unique<AppController>(m_settings.get(), std::move(backend));
        m_app->start();
        fill(m_server.baseUrl().toString(), kEmail, kPassword);
        in<QCheckBox>(login(), "rememberCheck")->setChecked(true);
        click(in<QPushButton>(login(), "loginButton"));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow(), 20000);
        QTRY_VERIFY(m_app->session()->isPersisted());
        QVERIFY(m_app->session()->rememberMe());
        const auto stored = keychain->entries();
        QCOMPARE(stored.size(), 1);

        // Restart: same settings, same keychain content; no password typed.
        m_app.reset();
        auto restarted = std::make_unique<sync::MemoryBackend>();
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            restarted->write(it.key(), it.value(), [](const auto &) {});
        keychain = restarted.get();
        m_app = std::make_unique<AppController>(m_settings.get(), std::move(restarted));
        m_app->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow() && m_app->mainWindow()->isVisible(), 20000);
        QCOMPARE(m_app->session()->user().email, kEmail);
        // The refresh token rotated: the keychain holds the new one.
        QTRY_VERIFY(keychain->entries().constBegin().value() != stored.constBegin().value());

        // Signing out forgets the remembered session.
        m_app->mainWindow()->findChild<QAction *>(u"logoutAction"_s)->trigger();
        QTRY_VERIFY(keychain->entries().isEmpty());
        QTRY_VERIFY(login() && login()->isVisible());
        m_settings->setValue(sync::ClientSettings::Key::RememberMe, false);
    }

    void forgotPasswordThenLoginWithNewPassword()
    {
        const QString newPassword = u"Automne2025bis"_s;
        typeInto(in<QLineEdit>(login(), "serverEdit"), m_server.baseUrl().toString());
        typeInto(in<QLineEdit>(login(), "emailEdit"), kEmail);
        click(in<QPushButton>(login(), "forgotButton"));
        QPointer<ForgotPasswordDialog> dialog = login()->findChild<ForgotPasswordDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        screenshot(dialog, u"04-forgot-password"_s);

        click(in<QPushButton>(dialog, "sendCodeButton"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), ForgotPasswordDialog::Step::ResetPassword, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_server.lastEmailTo(kEmail).isEmpty(), 20000);
        const QString code = TestServer::extractCode(m_server.lastEmailTo(kEmail));
        QVERIFY(!code.isEmpty());
        typeInto(in<QLineEdit>(dialog, "codeEdit"), code);
        typeInto(in<QLineEdit>(dialog, "newPasswordEdit"), newPassword);
        typeInto(in<QLineEdit>(dialog, "confirmPasswordEdit"), newPassword);
        screenshot(dialog, u"05-forgot-password-code"_s);
        click(in<QPushButton>(dialog, "resetButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 20000);

        auto *info = in<MessageBanner>(login(), "infoBanner");
        QVERIFY(info->isVisible());
        QVERIFY(info->text().startsWith(u"Votre mot de passe a été modifié."_s));
        typeInto(in<QLineEdit>(login(), "passwordEdit"), newPassword);
        click(in<QPushButton>(login(), "loginButton"));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow() && m_app->mainWindow()->isVisible(), 20000);
        QCOMPARE(m_app->session()->user().email, kEmail);
    }
};

QTEST_MAIN(TestUiLogin)
#include "tst_ui_login.moc"
