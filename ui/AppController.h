#pragma once

#include "core/Error.h"
#include "ui/PageRegistry.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace hector::sync {
class ApiClient;
class ClientSettings;
class ConnectionMonitor;
class CredentialBackend;
class CredentialStore;
class LocalReplica;
class SessionManager;
class SyncEngine;
} // namespace hector::sync

namespace hector::ui {

class LoginDialog;
class MainWindow;

// Runs the client: restore the remembered session or show the login dialog, then the main
// window; back to the login dialog on logout or when the server ends the session.
// main() and the UI tests drive the very same object.
class AppController : public QObject
{
    Q_OBJECT

public:
    AppController(sync::ClientSettings *settings,
                  std::unique_ptr<sync::CredentialBackend> credentialBackend,
                  QObject *parent = nullptr);
    ~AppController() override;

    // Pre-fills the server address (command line --server); overrides the saved one.
    void setServerOverride(const QString &address);
    // Pages of the main window (default: PageRegistry::builtin()).
    void setPageRegistry(const PageRegistry &registry);

    void start();

    sync::ApiClient *api() const;
    sync::SessionManager *session() const;
    sync::CredentialStore *credentials() const;
    sync::ConnectionMonitor *monitor() const;
    LoginDialog *loginDialog() const;
    MainWindow *mainWindow() const;
    // The signed-in user's replica and its sync engine (null when signed out).
    sync::LocalReplica *replica() const;
    sync::SyncEngine *syncEngine() const;

signals:
    void quitRequested();

private:
    void showLogin(const Error &reason = {});
    void showMainWindow();
    void onSignedIn();
    void onSignedOut(const Error &reason);
    void onRestoreFailed(const Error &error);
    void closeMainWindow();
    bool openReplica();
    void closeReplica();

    sync::ClientSettings *m_settings;
    sync::ApiClient *m_api;
    sync::CredentialStore *m_credentials;
    sync::SessionManager *m_session;
    sync::ConnectionMonitor *m_monitor;
    PageRegistry m_registry;
    QString m_serverOverride;
    QPointer<LoginDialog> m_login;
    QPointer<MainWindow> m_mainWindow;
    std::unique_ptr<sync::LocalReplica> m_replica;
    std::unique_ptr<sync::SyncEngine> m_syncEngine;
};

} // namespace hector::ui
