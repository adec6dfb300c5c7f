#include "ui/AppController.h"

#include "sync/ApiClient.h"
#include "sync/ClientSettings.h"
#include "sync/ConnectionMonitor.h"
#include "sync/CredentialStore.h"
#include "sync/ServerAddress.h"
#include "sync/SessionManager.h"
#include "sync/engine/SyncEngine.h"
#include "sync/replica/LocalReplica.h"
#include "ui/Logging.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/crm/RdvReminders.h"

#include <QMessageBox>

namespace hector::ui {

using sync::ClientSettings;
using sync::SessionManager;

AppController::AppController(ClientSettings *settings,
                             std::unique_ptr<sync::CredentialBackend> credentialBackend,
                             QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_api(new sync::ApiClient(this))
    , m_credentials(new sync::CredentialStore(std::move(credentialBackend), this))
    , m_session(new SessionManager(m_api, m_credentials, this))
    , m_monitor(new sync::ConnectionMonitor(m_api, this))
    , m_registry(PageRegistry::builtin())
{
    Q_ASSERT(m_settings);
    connect(m_session, &SessionManager::signedIn, this, &AppController::onSignedIn);
    connect(m_session, &SessionManager::signedOut, this, &AppController::onSignedOut);
    connect(m_session, &SessionManager::restoreFailed, this, &AppController::onRestoreFailed);
    connect(m_monitor,
            &sync::ConnectionMonitor::statusChanged,
            this,
            [this](sync::ConnectionMonitor::Status status) {
                if (status == sync::ConnectionMonitor::Status::Online)
                    m_session->resumeAfterReconnect();
            });
}

AppController::~AppController()
{
    delete m_mainWindow.data();
    delete m_login.data();
}

void AppController::setServerOverride(const QString &address)
{
    m_serverOverride = address.trimmed();
}

void AppController::setPageRegistry(const PageRegistry &registry)
{
    m_registry = registry;
}

sync::ApiClient *AppController::api() const
{
    return m_api;
}

SessionManager *AppController::session() const
{
    return m_session;
}

sync::CredentialStore *AppController::credentials() const
{
    return m_credentials;
}

sync::ConnectionMonitor *AppController::monitor() const
{
    return m_monitor;
}

LoginDialog *AppController::loginDialog() const
{
    return m_login;
}

MainWindow *AppController::mainWindow() const
{
    return m_mainWindow;
}

void AppController::start()
{
    m_credentials->probe();
    showLogin();

    const QString address = m_serverOverride.isEmpty() ? m_settings->serverUrl() : m_serverOverride;
    const QString email = m_settings->lastEmail();
    if (!m_settings->rememberMe() || email.isEmpty())
        return;
    const Result<QUrl> server = sync::normalizeServerUrl(address);
    if (!server)
        return;
    qCInfo(lcUi) << "restoring the remembered session of" << email;
    m_login->setRestoring(true);
    m_session->restore(*server, email);
}

void AppController::showLogin(const Error &reason)
{
    if (!m_login) {
        m_login = new LoginDialog(m_session);
        m_login->setAttribute(Qt::WA_DeleteOnClose);
        m_login->setServerAddress(m_serverOverride.isEmpty() ? m_settings->serverUrl()
                                                             : m_serverOverride);
        m_login->setEmail(m_settings->lastEmail());
        m_login->setRememberMe(m_settings->rememberMe());
        connect(m_login, &QDialog::rejected, this, [this] {
            if (!m_mainWindow)
                emit quitRequested();
        });
    }
    if (!reason.message.isEmpty())
        m_login->showError(reason.message);
    m_login->show();
    m_login->raise();
    m_login->activateWindow();
    m_login->focusFirstEmptyField();
}

void AppController::onRestoreFailed(const Error &error)
{
    if (!m_login)
        showLogin();
    m_login->setRestoring(false);
    if (error.code != QLatin1String("no_saved_session"))
        m_login->showError(error.message);
    m_login->focusFirstEmptyField();
}

void AppController::onSignedIn()
{
    m_settings->setValue(ClientSettings::Key::ServerUrl,
                         sync::serverUrlToString(m_session->serverUrl()));
    m_settings->setValue(ClientSettings::Key::LastEmail, m_session->user().email);
    m_settings->setValue(ClientSettings::Key::RememberMe, m_session->rememberMe());
    m_settings->sync();

    if (m_login) {
        LoginDialog *login = m_login;
        m_login = nullptr;
        login->disconnect(this);
        login->hide();
        login->deleteLater();
    }
    showMainWindow();
}

sync::LocalReplica *AppController::replica() const
{
    return m_replica.get();
}

sync::SyncEngine *AppController::syncEngine() const
{
    return m_syncEngine.get();
}

bool AppController::openReplica()
{
    closeReplica();
    const QString path = sync::LocalReplica::defaultPath(sync::serverUrlToString(m_session->serverUrl()),
                                                         m_session->user().id);
    auto replica = sync::LocalReplica::open(path);
    if (!replica) {
        qCWarning(lcUi) << "replica unavailable:" << replica.error().message;
        QMessageBox::critical(nullptr, tr("Base locale indisponible"),
                              tr("Hector ne peut pas ouvrir sa base locale, nécessaire au travail hors "
                                 "ligne :\n%1").arg(replica.error().message));
        return false;
    }
    m_replica = std::move(*replica);
    m_syncEngine = std::make_unique<sync::SyncEngine>(m_replica.get(), m_session);
    m_syncEngine->start();
    return true;
}

void AppController::closeReplica()
{
    if (m_syncEngine)
        m_syncEngine->stop();
    m_syncEngine.reset();
    m_replica.reset();
}

void AppController::showMainWindow()
{
    closeMainWindow();
    if (!openReplica()) {
        m_session->logout();
        return;
    }
    PageContext context;
    context.session = m_session;
    context.monitor = m_monitor;
    context.settings = m_settings;
    context.replica = m_replica.get();
    context.syncEngine = m_syncEngine.get();
    m_mainWindow = new MainWindow(context, m_registry);
    m_mainWindow->setAttribute(Qt::WA_DeleteOnClose);
    // Appointment reminders (« Agenda ») run while the main window is open, whatever the page.
    installRdvReminders(m_replica.get(), m_session->user().id, m_mainWindow);
    connect(m_mainWindow, &MainWindow::logoutRequested, m_session, &SessionManager::logout);
    connect(m_mainWindow, &MainWindow::quitRequested, this, &AppController::quitRequested);
    m_monitor->start();
    m_mainWindow->show();
    m_mainWindow->raise();
    m_mainWindow->activateWindow();
}

void AppController::closeMainWindow()
{
    if (!m_mainWindow)
        return;
    MainWindow *window = m_mainWindow;
    m_mainWindow = nullptr;
    window->saveWindowState();
    window->disconnect(this);
    window->hide();
    window->deleteLater();
}

void AppController::onSignedOut(const Error &reason)
{
    m_monitor->stop();
    const bool hadWindow = !m_mainWindow.isNull();
    closeMainWindow();
    closeReplica();
    if (hadWindow || !reason.message.isEmpty())
        showLogin(reason);
}

} // namespace hector::ui
