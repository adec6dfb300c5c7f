#pragma once

#include "core/Error.h"

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace hector::sync {
class SessionManager;
}

namespace hector::ui {

class MessageBanner;

// « J'ai une invitation »: the invitation code, optionally first and last name, the password
// twice → POST /api/auth/accept-invite, which signs the new user in (SessionManager).
class AcceptInviteDialog : public QDialog
{
    Q_OBJECT

public:
    AcceptInviteDialog(sync::SessionManager *session,
                       const QUrl &server,
                       bool rememberMe,
                       QWidget *parent = nullptr);

public slots:
    void reject() override;

private:
    void submit();
    void setBusy(bool busy);
    void onSignInFailed(const Error &error);

    sync::SessionManager *m_session;
    QUrl m_server;
    MessageBanner *m_banner;
    QLineEdit *m_code;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QCheckBox *m_remember;
    QPushButton *m_submitButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_busyBar;
    bool m_busy = false;
};

} // namespace hector::ui
