// Widget tests of the client against FakeHector, the loopback double of the API.
#include "FakeHector.h"
#include "UiTestSupport.h"
#include "sync/ClientSettings.h"
#include "sync/ConnectionMonitor.h"
#include "sync/CredentialStore.h"
#include "sync/SessionManager.h"
#include "sync/replica/LocalReplica.h"
#include "translations/Translations.h"
#include "ui/AcceptInviteDialog.h"
#include "ui/AccountPage.h"
#include "ui/AppController.h"
#include "ui/ForgotPasswordDialog.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"

#include <QStandardPaths>
#include "ui/MessageBanner.h"
#include "ui/PageRegistry.h"
#include "ui/opportunities/NotificationBell.h"
#include "ui/Theme.h"
#include "ui/admin/AdminTreeModel.h"
#include "ui/admin/TeamsPage.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeWidget>
#include <memory>

using namespace hector;
using namespace hector::test;
using namespace hector::ui;
using namespace Qt::StringLiterals;

class TestUiWidgets : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sync::ClientSettings> m_settings;
    std::unique_ptr<FakeHector> m_fake;
    std::unique_ptr<AppController> m_app;
    sync::MemoryBackend *m_backend = nullptr;

    void makeApp(bool keychainAvailable = true)
    {
        auto backend = std::make_unique<sync::MemoryBackend>();
        backend->setAvailable(keychainAvailable);
        m_backend = backend.get();
        m_app = std::make_unique<AppController>(m_settings.get(), std::move(backend));
    }

    LoginDialog *login() const { return m_app->loginDialog(); }
    template<typename T>
    T *in(QWidget *parent, const char *name) const
    {
        return parent ? parent->findChild<T *>(QString::fromLatin1(name)) : nullptr;
    }
    QString bannerText(QWidget *parent, const char *name) const
    {
        auto *banner = in<MessageBanner>(parent, name);
        return banner && banner->isVisible() ? banner->text() : QString();
    }

    void fillAndSubmit(const QString &server,
                       const QString &email,
                       const QString &password,
                       bool remember = false)
    {
        typeInto(in<QLineEdit>(login(), "serverEdit"), server);
        typeInto(in<QLineEdit>(login(), "emailEdit"), email);
        typeInto(in<QLineEdit>(login(), "passwordEdit"), password);
        in<QCheckBox>(login(), "rememberCheck")->setChecked(remember);
        click(in<QPushButton>(login(), "loginButton"));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyTheme(*qApp);
        i18n::install(*qApp, i18n::Language::French);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<sync::ClientSettings>(
            std::make_unique<QSettings>(m_dir->filePath(u"client.ini"_s), QSettings::IniFormat));
        m_fake = std::make_unique<FakeHector>();
        QVERIFY(m_fake->start());
        makeApp();
    }

    void cleanup()
    {
        m_app.reset();
        m_fake.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void loginDialogChecksLocally()
    {
        m_app->start();
        QVERIFY(login());
        QVERIFY(QTest::qWaitForWindowExposed(login()));
        QCOMPARE(in<QLineEdit>(login(), "serverEdit")->text(), u"http://127.0.0.1:8080"_s);

        fillAndSubmit(u"ftp://example.com"_s, u"a@example.com"_s, u"x"_s);
        QVERIFY(bannerText(login(), "errorBanner")
                    .startsWith(u"L'adresse du serveur n'est pas valide : "_s));
        QVERIFY(in<QLineEdit>(login(), "serverEdit")->hasFocus());

        fillAndSubmit(m_fake->baseUrl().toString(), u"pas-une-adresse"_s, u"x"_s);
        QCOMPARE(bannerText(login(), "errorBanner"),
                 u"L'adresse e-mail « pas-une-adresse » n'est pas valide."_s);

        typeInto(in<QLineEdit>(login(), "emailEdit"), u"a@example.com"_s);
        in<QLineEdit>(login(), "passwordEdit")->clear();
        click(in<QPushButton>(login(), "loginButton"));
        QCOMPARE(bannerText(login(), "errorBanner"), u"Saisissez votre mot de passe."_s);
        QCOMPARE(m_fake->loginCount(), 0);
    }

    void loginLogoutRoundTrip()
    {
        m_app->start();
        fillAndSubmit(
            u"127.0.0.1:%1"_s.arg(m_fake->baseUrl().port()), m_fake->email, m_fake->password);
        QTRY_VERIFY(m_app->mainWindow() && m_app->mainWindow()->isVisible());
        QVERIFY(!m_app->loginDialog());
        MainWindow *window = m_app->mainWindow();
        QVERIFY(window->userButtonText().contains(u"Alice Martin"_s));
        QVERIFY(window->userButtonText().contains(u"Manager"_s));
        QCOMPARE(window->currentPageId(), QString(pages::prospects)); // the first family opens
        QVERIFY(window->showPage(QString(pages::myAccount)));
        QCOMPARE(window->currentPageId(), QString(pages::myAccount));
        auto *page = qobject_cast<AccountPage *>(window->pageWidget(QString(pages::myAccount)));
        QVERIFY(page);
        QCOMPARE(page->displayedName(), u"Alice Martin"_s);
        QCOMPARE(in<QLabel>(page, "accountEmail")->text(), m_fake->email);
        QCOMPARE(in<QLabel>(page, "accountRole")->text(), u"Manager"_s);
        QCOMPARE(in<QLabel>(page, "accountCountry")->text(), u"France (FR)"_s);
        QCOMPARE(in<QLabel>(page, "accountSessionKind")->text(),
                 u"Cette session uniquement : elle se termine à la fermeture de Hector"_s);
        QTRY_COMPARE(window->connectionText(), u"Connecté"_s);

        // Settings remember the server and the e-mail, never a secret.
        QCOMPARE(m_settings->serverUrl(), m_fake->baseUrl().toString());
        QCOMPARE(m_settings->lastEmail(), m_fake->email);
        for (const QString &key : m_settings->storage()->allKeys()) {
            const QString value = m_settings->storage()->value(key).toString();
            QVERIFY(!value.contains(m_fake->password));
            QVERIFY(!value.contains(u"refresh-"_s));
            QVERIFY(!value.contains(u"access-"_s));
        }

        // Sidebar: « Clients » → « Prospects », « À qualifier », « Opportunités », « Ma journée », « Agenda »,
        // « Actions »;
        // « Tableaux de bord » → « Mon activité », « Équipe », « Analyses »; « Administration » →
        // « Utilisateurs » (read only), « Équipes » and « Suivi OCR » (a manager sees neither
        // « Entités » nor the audit log), then « Compte » → « Mon compte », nothing else.
        auto *sidebar = in<QTreeWidget>(window, "sidebar");
        QCOMPARE(sidebar->topLevelItemCount(), 4);
        QCOMPARE(sidebar->topLevelItem(0)->text(0), u"CLIENTS"_s);
        QCOMPARE(sidebar->topLevelItem(0)->childCount(), 7); // + « Trouve-moi le patron » (issue #7)
        QCOMPARE(sidebar->topLevelItem(0)->child(0)->text(0), u"Prospects"_s);
        QCOMPARE(sidebar->topLevelItem(0)->child(1)->text(0), u"À qualifier"_s);
        QCOMPARE(sidebar->topLevelItem(0)->child(2)->text(0), u"Opportunités"_s);
        QCOMPARE(sidebar->topLevelItem(0)->child(3)->text(0), u"Ma journée"_s);
        QCOMPARE(sidebar->topLevelItem(0)->child(4)->text(0), u"Agenda"_s);
        QCOMPARE(sidebar->topLevelItem(0)->child(5)->text(0), u"Actions"_s);
        QCOMPARE(sidebar->topLevelItem(0)->child(6)->text(0), u"Trouve-moi le patron"_s);
        QCOMPARE(sidebar->topLevelItem(1)->text(0), u"TABLEAUX DE BORD"_s);
        QCOMPARE(sidebar->topLevelItem(1)->childCount(), 3);
        QCOMPARE(sidebar->topLevelItem(1)->child(0)->text(0), u"Mon activité"_s);
        QCOMPARE(sidebar->topLevelItem(1)->child(1)->text(0), u"Équipe"_s);
        QCOMPARE(sidebar->topLevelItem(1)->child(2)->text(0), u"Analyses"_s);
        QCOMPARE(sidebar->topLevelItem(2)->text(0), u"ADMINISTRATION"_s);
        QCOMPARE(sidebar->topLevelItem(2)->childCount(), 3); // + « Suivi OCR » (issue #8, module 25)
        QCOMPARE(sidebar->topLevelItem(2)->child(0)->text(0), u"Utilisateurs"_s);
        QCOMPARE(sidebar->topLevelItem(2)->child(1)->text(0), u"Équipes"_s);
        QCOMPARE(sidebar->topLevelItem(2)->child(2)->text(0), u"Suivi OCR"_s);
        QCOMPARE(sidebar->topLevelItem(3)->text(0), u"COMPTE"_s);
        QCOMPARE(sidebar->topLevelItem(3)->childCount(), 1);
        QCOMPARE(sidebar->topLevelItem(3)->child(0)->text(0), u"Mon compte"_s);

        // The notification bell of the header: choosing a notification opens its opportunity
        // (MainWindow::openRecord) and marks it read.
        auto *bell = window->findChild<NotificationBell *>(u"notificationBell"_s);
        QVERIFY(bell);
        QCOMPARE(bell->unreadCount(), 0);
        const QString me = m_app->session()->user().id;
        QSqlQuery q(m_app->replica()->database());
        QVERIFY(q.exec(u"INSERT INTO opportunities (id, entity_id, owner_id, title, stage) VALUES "
                       "('o-1', 'e-1', '%1', 'Télésurveillance entrepôt', 'proposition')"_s.arg(me)));
        QVERIFY(q.exec(u"INSERT INTO notifications (id, entity_id, user_id, kind, title, body, related_table, related_id, "
                       "created_at) VALUES ('n-1', 'e-1', '%1', 'stagnation', 'Opportunité sans activité', "
                       "'Aucune activité depuis 31 jours.', 'opportunities', 'o-1', '2026-12-02T08:00:00.000Z')"_s.arg(me)));
        bell->model()->reload();
        QCOMPARE(bell->unreadCount(), 1);
        QString opened;
        QTimer closer; // closes the opportunity's dialog once it shows
        closer.setInterval(10);
        connect(&closer, &QTimer::timeout, this, [&closer, &opened] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                closer.stop();
                opened = QString::fromLatin1(dialog->metaObject()->className());
                dialog->reject();
            }
        });
        closer.start();
        bell->open(u"n-1"_s);
        QTRY_COMPARE(opened, u"hector::ui::OpportunityDialog"_s);
        QCOMPARE(window->currentPageId(), QString(pages::opportunities));
        QTRY_COMPARE(bell->unreadCount(), 0);
        QVERIFY(!m_app->replica()->row(u"notifications"_s, u"n-1"_s).value(u"read_at"_s).toString().isEmpty());

        // The double has no teams endpoints: « Équipes » says so, offers « Réessayer », shows nothing.
        QVERIFY(window->showPage(QString(pages::adminTeams)));
        auto *teams = qobject_cast<TeamsPage *>(window->pageWidget(QString(pages::adminTeams)));
        QVERIFY(teams);
        QTRY_VERIFY_WITH_TIMEOUT(teams->banner()->text().startsWith(u"Impossible de charger les équipes"_s), 10000);
        QCOMPARE(teams->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY(in<QPushButton>(teams, "teamsRetry")->isVisible());
        QCOMPARE(teams->model()->rowCount(), 0);
        QVERIFY(window->showPage(QString(pages::myAccount)));

        // Ctrl+Shift+Q logs out.
        window->findChild<QAction *>(u"logoutAction"_s)->trigger();
        QTRY_VERIFY(m_app->loginDialog() && m_app->loginDialog()->isVisible());
        QTRY_VERIFY(!m_app->mainWindow());
        QTRY_COMPARE(m_fake->logoutCount(), 1);
        QCOMPARE(in<QLineEdit>(login(), "emailEdit")->text(), m_fake->email);
    }

    void wrongPasswordShowsServerMessage()
    {
        m_app->start();
        fillAndSubmit(m_fake->baseUrl().toString(), m_fake->email, u"mauvais"_s);
        QTRY_VERIFY(!bannerText(login(), "errorBanner").isEmpty());
        QCOMPARE(bannerText(login(), "errorBanner"),
                 u"Adresse e-mail ou mot de passe incorrect."_s);
        QVERIFY(!login()->isBusy());
        QVERIFY(in<QLineEdit>(login(), "passwordEdit")->hasFocus());
        QVERIFY(!m_app->mainWindow());
    }

    void unreachableServerShowsClearError()
    {
        m_app->start();
        const quint16 port = closedLoopbackPort();
        fillAndSubmit(u"127.0.0.1:%1"_s.arg(port), m_fake->email, m_fake->password);
        QTRY_VERIFY_WITH_TIMEOUT(!bannerText(login(), "errorBanner").isEmpty(), 20000);
        const QString text = bannerText(login(), "errorBanner");
        QVERIFY2(
            text.startsWith(u"Impossible de joindre le serveur http://127.0.0.1:%1"_s.arg(port)),
            qPrintable(text));
        QVERIFY(text.endsWith(u"Vérifiez l'adresse et votre connexion."_s));
        QVERIFY(in<QLineEdit>(login(), "serverEdit")->hasFocus());
    }

    void keychainWarningWhenUnavailable()
    {
        makeApp(false);
        m_app->start();
        auto *remember = in<QCheckBox>(login(), "rememberCheck");
        remember->setChecked(true);
        QTRY_COMPARE(bannerText(login(), "keychainBanner"),
                     u"Aucun trousseau système disponible : la session ne sera pas mémorisée."_s);
        QTest::qWait(50);
        screenshot(login(), u"06-login-keychain-warning"_s);
        remember->setChecked(false);
        QVERIFY(bannerText(login(), "keychainBanner").isEmpty());

        fillAndSubmit(m_fake->baseUrl().toString(), m_fake->email, m_fake->password, true);
        QTRY_VERIFY(m_app->mainWindow());
        QVERIFY(m_app->mainWindow()->showPage(QString(pages::myAccount)));
        auto *page = m_app->mainWindow()->pageWidget(QString(pages::myAccount));
        QVERIFY(page);
        QTRY_VERIFY(in<QLabel>(page, "accountSessionKind")
                        ->text()
                        .startsWith(u"Cette session uniquement"_s));
        QCOMPARE(in<QLabel>(page, "accountKeychain")->text(),
                 u"Aucun trousseau système disponible : la session ne sera pas mémorisée."_s);
    }

    void rememberedSessionIsRestoredAtStartUp()
    {
        m_app->start();
        fillAndSubmit(m_fake->baseUrl().toString(), m_fake->email, m_fake->password, true);
        QTRY_VERIFY(m_app->mainWindow());
        QTRY_VERIFY(m_app->session()->isPersisted());
        QVERIFY(m_app->mainWindow()->showPage(QString(pages::myAccount)));
        auto *page = m_app->mainWindow()->pageWidget(QString(pages::myAccount));
        QVERIFY(page);
        QTRY_VERIFY(in<QLabel>(page, "accountSessionKind")
                        ->text()
                        .startsWith(u"Mémorisée sur cet ordinateur"_s));
        const auto entries = m_backend->entries();

        // "Restart": a new controller over the same settings and keychain content.
        m_app.reset();
        auto backend = std::make_unique<sync::MemoryBackend>();
        for (auto it = entries.cbegin(); it != entries.cend(); ++it)
            backend->write(it.key(), it.value(), [](const auto &) {});
        m_backend = backend.get();
        m_app = std::make_unique<AppController>(m_settings.get(), std::move(backend));
        m_app->start();
        QVERIFY(login()->isBusy());
        screenshot(login(), u"11-login-restoring"_s);
        QTRY_VERIFY(m_app->mainWindow() && m_app->mainWindow()->isVisible());
        QVERIFY(m_app->mainWindow()->userButtonText().contains(u"Alice Martin"_s));
        QCOMPARE(m_fake->loginCount(), 1); // no password typed the second time
    }

    void sessionEndedByServerReturnsToLogin()
    {
        m_app->start();
        fillAndSubmit(m_fake->baseUrl().toString(), m_fake->email, m_fake->password);
        QTRY_VERIFY(m_app->mainWindow());
        m_fake->revokeAll();
        m_app->session()->refreshNow();
        QTRY_VERIFY(m_app->loginDialog() && m_app->loginDialog()->isVisible());
        QTRY_VERIFY(!m_app->mainWindow());
        // Whichever request meets the revocation first (the refresh, or a request of the sync
        // engine running in the background) ends the session with the server's explanation.
        const QString reason = bannerText(login(), "errorBanner");
        QVERIFY2(reason == u"La session n'est plus valide."_s || reason == u"Authentification requise."_s,
                 qPrintable(reason));
    }

    void cancelWithEscape()
    {
        m_fake->http().setHandler([](const HttpRequest &) {
            HttpResponse r;
            r.hang = true;
            return r;
        });
        m_app->start();
        fillAndSubmit(m_fake->baseUrl().toString(), m_fake->email, m_fake->password);
        QVERIFY(login()->isBusy());
        QVERIFY(!in<QLineEdit>(login(), "emailEdit")->isEnabled());
        QTest::keyClick(login(), Qt::Key_Escape);
        QVERIFY(!login()->isBusy());
        QVERIFY(login()->isVisible());
        QCOMPARE(bannerText(login(), "infoBanner"), u"Connexion annulée."_s);
        QCOMPARE(m_app->session()->state(), sync::SessionManager::State::SignedOut);
    }

    void forgotPasswordFlow()
    {
        m_app->start();
        typeInto(in<QLineEdit>(login(), "serverEdit"), m_fake->baseUrl().toString());
        typeInto(in<QLineEdit>(login(), "emailEdit"), m_fake->email);
        click(in<QPushButton>(login(), "forgotButton"));
        auto *dialog = login()->findChild<ForgotPasswordDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(in<QLineEdit>(dialog, "forgotEmailEdit")->text(), m_fake->email);

        click(in<QPushButton>(dialog, "sendCodeButton"));
        QTRY_COMPARE(dialog->step(), ForgotPasswordDialog::Step::ResetPassword);
        QCOMPARE(bannerText(dialog, "forgotBanner"),
                 u"Si un compte correspond, un code a été envoyé."_s);

        // Local checks first.
        typeInto(in<QLineEdit>(dialog, "codeEdit"), u"MAUVAIS"_s);
        typeInto(in<QLineEdit>(dialog, "newPasswordEdit"), u"court1"_s);
        typeInto(in<QLineEdit>(dialog, "confirmPasswordEdit"), u"court1"_s);
        click(in<QPushButton>(dialog, "resetButton"));
        QVERIFY(bannerText(dialog, "forgotBanner")
                    .startsWith(u"Le mot de passe doit contenir au moins 10 caractères"_s));
        typeInto(in<QLineEdit>(dialog, "newPasswordEdit"), u"nouveauMotDePasse7"_s);
        typeInto(in<QLineEdit>(dialog, "confirmPasswordEdit"), u"nouveauMotDePasse8"_s);
        click(in<QPushButton>(dialog, "resetButton"));
        QCOMPARE(bannerText(dialog, "forgotBanner"),
                 u"Les deux mots de passe saisis ne sont pas identiques."_s);

        // The server's verdict, inline.
        typeInto(in<QLineEdit>(dialog, "confirmPasswordEdit"), u"nouveauMotDePasse7"_s);
        click(in<QPushButton>(dialog, "resetButton"));
        QTRY_COMPARE(bannerText(dialog, "forgotBanner"), u"Ce code n'est pas valide."_s);

        typeInto(in<QLineEdit>(dialog, "codeEdit"), m_fake->resetCode);
        QPointer<ForgotPasswordDialog> guard(dialog);
        click(in<QPushButton>(dialog, "resetButton"));
        QTRY_VERIFY(!guard || !guard->isVisible());
        QCOMPARE(m_fake->lastResetPassword(), u"nouveauMotDePasse7"_s);
        QVERIFY(
            bannerText(login(), "infoBanner").startsWith(u"Votre mot de passe a été modifié."_s));
        QVERIFY(in<QLineEdit>(login(), "passwordEdit")->text().isEmpty());
    }

    void acceptInvitationSignsIn()
    {
        m_app->start();
        typeInto(in<QLineEdit>(login(), "serverEdit"), m_fake->baseUrl().toString());
        click(in<QPushButton>(login(), "inviteButton"));
        auto *dialog = login()->findChild<AcceptInviteDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));

        typeInto(in<QLineEdit>(dialog, "inviteCodeEdit"), u"FAUX"_s);
        typeInto(in<QLineEdit>(dialog, "invitePasswordEdit"), u"bienvenue2025"_s);
        typeInto(in<QLineEdit>(dialog, "inviteConfirmEdit"), u"bienvenue2025"_s);
        click(in<QPushButton>(dialog, "activateButton"));
        QTRY_COMPARE(bannerText(dialog, "inviteBanner"), u"Ce code n'est pas valide."_s);
        QTest::qWait(50);
        screenshot(dialog, u"07-accept-invite-error"_s);
        QVERIFY(
            bannerText(login(), "errorBanner").isEmpty()); // shown in the invitation dialog only

        typeInto(in<QLineEdit>(dialog, "inviteCodeEdit"), m_fake->inviteCode);
        typeInto(in<QLineEdit>(dialog, "firstNameEdit"), u"Bruno"_s);
        typeInto(in<QLineEdit>(dialog, "lastNameEdit"), u"Lefèvre"_s);
        click(in<QPushButton>(dialog, "activateButton"));
        QTRY_VERIFY(m_app->mainWindow() && m_app->mainWindow()->isVisible());
        QVERIFY(m_app->mainWindow()->userButtonText().contains(u"Bruno Lefèvre"_s));
    }

    void connectionStateInStatusBar()
    {
        m_app->monitor()->setInterval(std::chrono::milliseconds(2000));
        m_app->start();
        fillAndSubmit(m_fake->baseUrl().toString(), m_fake->email, m_fake->password);
        QTRY_VERIFY(m_app->mainWindow());
        MainWindow *window = m_app->mainWindow();
        QTRY_COMPARE(window->connectionText(), u"Connecté"_s);
        QCOMPARE(window->findChild<QLabel *>(u"versionLabel"_s)->text(),
                 u"Version du serveur : 0.1.0"_s);
        QVERIFY(window->findChild<QLabel *>(u"serverLabel"_s)
                    ->text()
                    .endsWith(m_fake->baseUrl().toString()));
        m_fake->stop();
        window->findChild<QAction *>(u"checkConnectionAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            window->connectionText().startsWith(u"Hors ligne — nouvelle tentative dans "_s), 10000);
        QVERIFY(m_app->session()->isSignedIn()); // offline is not signed out
        window->resize(1366, 768);
        screenshot(window, u"08-main-window-offline"_s);
    }

    void pageRegistryRules()
    {
        PageRegistry registry;
        QVERIFY(registry.addFamily({u"sales"_s, u"Ventes"_s, 10}));
        QVERIFY(!registry.addFamily({u"sales"_s, u"Doublon"_s, 20}));
        QVERIFY(registry.addFamily({u"admin"_s, u"Administration"_s, 5}));
        QVERIFY(registry.addFamily({u"empty"_s, u"Vide"_s, 1}));
        auto factory = [](const PageContext &) -> QWidget * {
            return new QWidget;
        };
        QVERIFY(registry.addPage({u"sales.b"_s, u"sales"_s, u"B"_s, {}, 2, factory, {}}));
        QVERIFY(registry.addPage({u"sales.a"_s, u"sales"_s, u"A"_s, {}, 1, factory, {}}));
        QVERIFY(!registry.addPage({u"sales.a"_s, u"sales"_s, u"A2"_s, {}, 3, factory, {}}));
        QVERIFY(!registry.addPage({u"x"_s, u"unknown"_s, u"X"_s, {}, 0, factory, {}}));
        QVERIFY(!registry.addPage({u"y"_s, u"sales"_s, u"Y"_s, {}, 0, {}, {}}));
        QVERIFY(registry.addPage(
            {u"admin.users"_s, u"admin"_s, u"Utilisateurs"_s, {}, 0, factory, [](const UserDto &u) {
                 return u.role == Role::Admin;
             }}));

        UserDto commercial;
        commercial.role = Role::Commercial;
        UserDto admin;
        admin.role = Role::Admin;
        QCOMPARE(registry.families(commercial).size(), 1); // "empty" and "admin" hidden
        QCOMPARE(registry.families(admin).size(), 2);
        QCOMPARE(registry.families(admin).constFirst().id, u"admin"_s);
        QCOMPARE(registry.pages(u"sales"_s, commercial).constFirst().id, u"sales.a"_s);
        QCOMPARE(registry.defaultPageId(commercial), u"sales.a"_s);

        const PageRegistry builtin = PageRegistry::builtin();
        QCOMPARE(builtin.families(commercial).size(), 3); // « Clients », « Tableaux de bord », « Compte »
        QCOMPARE(builtin.defaultPageId(commercial), QString(pages::prospects));
    }

    void englishTranslation()
    {
        QCOMPARE(i18n::chooseLanguage(u"en"_s, u"fr"_s, {u"fr-FR"_s}), i18n::Language::English);
        QCOMPARE(i18n::chooseLanguage({}, u"en"_s, {u"fr-FR"_s}), i18n::Language::English);
        QCOMPARE(i18n::chooseLanguage({}, {}, {u"en-GB"_s, u"fr-FR"_s}), i18n::Language::English);
        QCOMPARE(i18n::chooseLanguage({}, {}, {u"de-DE"_s, u"en-US"_s}), i18n::Language::French);
        QCOMPARE(i18n::chooseLanguage(u"fr"_s, u"en"_s, {u"en-US"_s}), i18n::Language::French);
        QCOMPARE(i18n::chooseLanguage(u"xx"_s, {}, {u"fr-FR"_s}), i18n::Language::French);

        QVERIFY(QFile::exists(u":/i18n/hector_en.qm"_s));
        QTranslator english;
        QVERIFY(english.load(u":/i18n/hector_en.qm"_s));
        QVERIFY(QCoreApplication::installTranslator(&english));
        const QLocale previousLocale;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        makeApp(); // page titles are translated when the controller is built, as in main()
        m_app->start();
        QCOMPARE(in<QPushButton>(login(), "loginButton")->text(), u"&Sign in"_s);
        QCOMPARE(roleLabel(Role::President), u"President"_s);
        fillAndSubmit(u"127.0.0.1:%1"_s.arg(m_fake->port()), u"nobody@example.com"_s, u"x"_s);
        QTRY_COMPARE(bannerText(login(), "errorBanner"),
                     u"Adresse e-mail ou mot de passe incorrect."_s);
        QTest::qWait(50);
        screenshot(login(), u"09-login-english"_s);
        fillAndSubmit(m_fake->baseUrl().toString(), m_fake->email, m_fake->password);
        QTRY_VERIFY(m_app->mainWindow());
        QTRY_COMPARE(m_app->mainWindow()->connectionText(), u"Connected"_s);
        m_app->mainWindow()->resize(1366, 768);
        screenshot(m_app->mainWindow(), u"10-main-window-english"_s);
        auto *sidebar = in<QTreeWidget>(m_app->mainWindow(), "sidebar");
        QCOMPARE(sidebar->topLevelItem(0)->text(0), u"CUSTOMERS"_s);
        QCOMPARE(sidebar->topLevelItem(0)->child(0)->text(0), u"Prospects"_s);
        // (1: « Tableaux de bord », issue #6.)
        QCOMPARE(sidebar->topLevelItem(2)->text(0), u"ADMINISTRATION"_s);
        QCOMPARE(sidebar->topLevelItem(2)->child(0)->text(0), u"Users"_s);
        QCOMPARE(sidebar->topLevelItem(2)->child(1)->text(0), u"Teams"_s);
        QCOMPARE(sidebar->topLevelItem(3)->child(0)->text(0), u"My account"_s);
        m_app.reset();
        QCoreApplication::removeTranslator(&english);
        QLocale::setDefault(previousLocale);
    }
};

QTEST_MAIN(TestUiWidgets)
#include "tst_ui_widgets.moc"
