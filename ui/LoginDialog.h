#pragma once

#include "core/Error.h"

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace hector::sync {
class SessionManager;
}

namespace hector::ui {

class MessageBanner;

// Sign-in window: server address, e-mail, password, « Se souvenir de moi (30 jours) »,
// « Mot de passe oublié ? » and « J'ai une invitation ». Errors appear inline.
//
// It drives SessionManager::login(); the caller reacts to SessionManager::signedIn().
// Esc (or « Quitter ») rejects the dialog; while a sign-in is in progress Esc cancels it.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(sync::SessionManager *session, QWidget *parent = nullptr);

    void setServerAddress(const QString &address);
    QString serverAddress() const;
    void setEmail(const QString &email);
    void setRememberMe(bool remember);

    void showError(const QString &message);
    void showInfo(const QString &message);
    void clearMessages();
    // Busy state with « Reprise de la session enregistrée… » while a remembered session is
    // restored at start-up.
    void setRestoring(bool restoring);
    bool isBusy() const;

    // Puts the focus on the first field to fill.
    void focusFirstEmptyField();

public slots:
    void reject() override;

private:
    void submit();
    void setBusy(bool busy, const QString &text = {});
    void onSignInFailed(const Error &error);
    void updateKeychainNotice();
    void openForgotPassword();
    void openInvitation();
    bool readServer(QUrl *url);
    void fitHeight();

    sync::SessionManager *m_session;
    MessageBanner *m_error;
    MessageBanner *m_info;
    MessageBanner *m_keychain;
    QLineEdit *m_server;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QPushButton *m_loginButton;
    QPushButton *m_quitButton;
    QPushButton *m_forgotButton;
    QPushButton *m_inviteButton;
    QProgressBar *m_busyBar;
    QLabel *m_busyLabel;
    bool m_busy = false;
};

} // namespace hector::ui
