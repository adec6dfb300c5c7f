#include "ui/ForgotPasswordDialog.h"

#include "core/Validation.h"
#include "sync/ApiClient.h"
#include "ui/FormSupport.h"
#include "ui/Icons.h"
#include "ui/MessageBanner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace hector::ui {

ForgotPasswordDialog::ForgotPasswordDialog(const QUrl &server,
                                           const QString &email,
                                           QWidget *parent)
    : QDialog(parent)
    , m_api(new sync::ApiClient(this))
    , m_pages(new QStackedWidget(this))
    , m_banner(new MessageBanner(this))
    , m_email(new QLineEdit(email, this))
    , m_code(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_busyBar(makeBusyBar(this))
{
    setObjectName(QStringLiteral("forgotPasswordDialog"));
    setWindowTitle(tr("Mot de passe oublié — Hector"));
    setWindowIcon(icons::appIcon());
    m_api->setBaseUrl(server);

    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(24, 20, 24, 16);
    root->setSpacing(12);
    root->addWidget(makeDialogTitle(tr("Mot de passe oublié"), this));
    m_banner->setObjectName(QStringLiteral("forgotBanner"));
    root->addWidget(m_banner);

    // Step 1: e-mail.
    auto *requestPage = new QWidget(m_pages);
    auto *requestLayout = new QVBoxLayout(requestPage);
    requestLayout->setContentsMargins(0, 0, 0, 0);
    requestLayout->setSpacing(10);
    requestLayout->addWidget(makeHint(tr("Indiquez l'adresse e-mail de votre compte. Vous "
                                         "recevrez un code à usage unique, valable une heure, "
                                         "pour choisir un nouveau mot de passe."),
                                      requestPage));
    auto *requestForm = new QFormLayout;
    requestForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_email->setObjectName(QStringLiteral("forgotEmailEdit"));
    m_email->setPlaceholderText(tr("prenom.nom@entreprise.fr"));
    requestForm->addRow(tr("&E-mail :"), m_email);
    requestLayout->addLayout(requestForm);
    auto *requestButtons = new QHBoxLayout;
    m_haveCodeButton = new QPushButton(tr("J'ai &déjà un code"), requestPage);
    m_haveCodeButton->setObjectName(QStringLiteral("haveCodeButton"));
    m_haveCodeButton->setFlat(true);
    m_haveCodeButton->setAutoDefault(false);
    m_sendButton = new QPushButton(tr("&Envoyer le code"), requestPage);
    m_sendButton->setObjectName(QStringLiteral("sendCodeButton"));
    requestButtons->addWidget(m_haveCodeButton);
    requestButtons->addStretch(1);
    requestButtons->addWidget(m_sendButton);
    requestLayout->addLayout(requestButtons);
    requestLayout->addStretch(1);
    m_pages->addWidget(requestPage);

    // Step 2: code and new password.
    auto *resetPage = new QWidget(m_pages);
    auto *resetLayout = new QVBoxLayout(resetPage);
    resetLayout->setContentsMargins(0, 0, 0, 0);
    resetLayout->setSpacing(10);
    m_codeHint = makeHint(tr("Saisissez le code reçu par e-mail et choisissez un nouveau mot de "
                             "passe : au moins %1 caractères, dont une lettre et un chiffre.")
                              .arg(validation::kMinPasswordLength),
                          resetPage);
    resetLayout->addWidget(m_codeHint);
    auto *resetForm = new QFormLayout;
    resetForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    resetForm->setVerticalSpacing(10);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_password->setObjectName(QStringLiteral("newPasswordEdit"));
    m_confirm->setObjectName(QStringLiteral("confirmPasswordEdit"));
    setupPasswordField(m_password);
    setupPasswordField(m_confirm);
    resetForm->addRow(tr("&Code reçu :"), m_code);
    resetForm->addRow(tr("&Nouveau mot de passe :"), m_password);
    resetForm->addRow(tr("C&onfirmation :"), m_confirm);
    resetLayout->addLayout(resetForm);
    auto *resetButtons = new QHBoxLayout;
    m_newCodeButton = new QPushButton(tr("Demander un &autre code"), resetPage);
    m_newCodeButton->setObjectName(QStringLiteral("newCodeButton"));
    m_newCodeButton->setFlat(true);
    m_newCodeButton->setAutoDefault(false);
    m_resetButton = new QPushButton(tr("&Changer le mot de passe"), resetPage);
    m_resetButton->setObjectName(QStringLiteral("resetButton"));
    resetButtons->addWidget(m_newCodeButton);
    resetButtons->addStretch(1);
    resetButtons->addWidget(m_resetButton);
    resetLayout->addLayout(resetButtons);
    resetLayout->addStretch(1);
    m_pages->addWidget(resetPage);

    root->addWidget(m_pages, 1);
    root->addWidget(m_busyBar);

    auto *buttons = new QDialogButtonBox(this);
    m_cancelButton = buttons->addButton(tr("&Fermer"), QDialogButtonBox::RejectRole);
    m_cancelButton->setAutoDefault(false);
    connect(m_cancelButton, &QPushButton::clicked, this, &ForgotPasswordDialog::reject);
    root->addWidget(buttons);

    connect(m_sendButton, &QPushButton::clicked, this, &ForgotPasswordDialog::requestCode);
    connect(m_resetButton, &QPushButton::clicked, this, &ForgotPasswordDialog::resetPassword);
    connect(m_haveCodeButton, &QPushButton::clicked, this, [this] {
        m_banner->clear();
        showStep(Step::ResetPassword);
    });
    connect(m_newCodeButton, &QPushButton::clicked, this, [this] {
        m_banner->clear();
        showStep(Step::RequestCode);
    });

    setMinimumWidth(520);
    showStep(Step::RequestCode);
}

ForgotPasswordDialog::Step ForgotPasswordDialog::step() const
{
    return m_pages->currentIndex() == 0 ? Step::RequestCode : Step::ResetPassword;
}

void ForgotPasswordDialog::showStep(Step step)
{
    m_pages->setCurrentIndex(step == Step::RequestCode ? 0 : 1);
    // Only the current step counts for the size of the dialog.
    for (int i = 0; i < m_pages->count(); ++i) {
        m_pages->widget(i)->setSizePolicy(QSizePolicy::Preferred,
                                          i == m_pages->currentIndex() ? QSizePolicy::Preferred
                                                                       : QSizePolicy::Ignored);
    }
    m_pages->updateGeometry();
    fitHeightToContents(this);
    if (step == Step::RequestCode) {
        m_sendButton->setDefault(true);
        m_resetButton->setDefault(false);
        m_email->setFocus();
        QWidget::setTabOrder(m_email, m_sendButton);
        QWidget::setTabOrder(m_sendButton, m_haveCodeButton);
        QWidget::setTabOrder(m_haveCodeButton, m_cancelButton);
    } else {
        m_resetButton->setDefault(true);
        m_sendButton->setDefault(false);
        m_code->setFocus();
        QWidget::setTabOrder(m_code, m_password);
        QWidget::setTabOrder(m_password, m_confirm);
        QWidget::setTabOrder(m_confirm, m_resetButton);
        QWidget::setTabOrder(m_resetButton, m_newCodeButton);
        QWidget::setTabOrder(m_newCodeButton, m_cancelButton);
    }
}

void ForgotPasswordDialog::reject()
{
    if (m_busy)
        return; // the request finishes within the client's timeout
    QDialog::reject();
}

void ForgotPasswordDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_pages->setEnabled(!busy);
    m_cancelButton->setEnabled(!busy);
    m_busyBar->setVisible(busy);
    fitHeightToContents(this);
}

void ForgotPasswordDialog::showError(const Error &error)
{
    m_banner->showMessage(MessageBanner::Kind::Error, error.message);
    fitHeightToContents(this);
}

void ForgotPasswordDialog::requestCode()
{
    if (m_busy)
        return;
    m_banner->clear();
    if (const Result<void> ok = checkEmail(m_email->text()); !ok) {
        showError(ok.error());
        m_email->setFocus();
        return;
    }
    setBusy(true);
    m_api->forgotPassword(m_email->text().trimmed(), this, [this](Result<QString> result) {
        setBusy(false);
        if (!result) {
            showError(result.error());
            return;
        }
        // The server never says whether the account exists (no enumeration).
        m_banner->showMessage(
            MessageBanner::Kind::Info,
            result->isEmpty() ? tr("Si un compte actif correspond à cette adresse, un code vient "
                                   "de lui être envoyé par e-mail.")
                              : *result);
        showStep(Step::ResetPassword);
    });
}

void ForgotPasswordDialog::resetPassword()
{
    if (m_busy)
        return;
    m_banner->clear();
    const QString code = m_code->text().trimmed();
    if (code.isEmpty()) {
        showError(
            makeError(QStringLiteral("missing_code"), tr("Saisissez le code reçu par e-mail.")));
        m_code->setFocus();
        return;
    }
    if (const Result<void> ok = checkNewPassword(m_password->text(), m_confirm->text()); !ok) {
        showError(ok.error());
        m_password->setFocus();
        m_password->selectAll();
        return;
    }
    setBusy(true);
    m_api->resetPassword(code, m_password->text(), this, [this](Result<QString> result) {
        setBusy(false);
        if (!result) {
            showError(result.error());
            const QString &c = result.error().code;
            if (c == QLatin1String("weak_password")) {
                m_password->setFocus();
            } else {
                m_code->setFocus();
                m_code->selectAll();
            }
            return;
        }
        emit passwordReset(m_email->text().trimmed());
        accept();
    });
}

} // namespace hector::ui
