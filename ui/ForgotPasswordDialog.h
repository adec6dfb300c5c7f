#pragma once

#include "core/Error.h"

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace hector::sync {
class ApiClient;
}

namespace hector::ui {

class MessageBanner;

// « Mot de passe oublié » in two steps:
//  1. the e-mail address → POST /api/auth/forgot-password (a code is e-mailed);
//  2. the code received + the new password twice → POST /api/auth/reset-password.
// « J'ai déjà un code » goes straight to step 2. Emits passwordReset() and closes on success.
class ForgotPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ForgotPasswordDialog(const QUrl &server, const QString &email, QWidget *parent = nullptr);

    enum class Step { RequestCode, ResetPassword };
    Step step() const;

public slots:
    void reject() override;

signals:
    void passwordReset(const QString &email);

private:
    void showStep(Step step);
    void requestCode();
    void resetPassword();
    void setBusy(bool busy);
    void showError(const Error &error);

    sync::ApiClient *m_api;
    QStackedWidget *m_pages;
    MessageBanner *m_banner;
    QLineEdit *m_email;
    QLineEdit *m_code;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_codeHint;
    QPushButton *m_sendButton;
    QPushButton *m_haveCodeButton;
    QPushButton *m_resetButton;
    QPushButton *m_newCodeButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_busyBar;
    bool m_busy = false;
};

} // namespace hector::ui
