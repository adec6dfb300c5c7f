#include "ui/AcceptInviteDialog.h"

#include "core/Validation.h"
#include "sync/ApiClient.h"
#include "sync/SessionManager.h"
#include "ui/FormSupport.h"
#include "ui/Icons.h"
#include "ui/MessageBanner.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace hector::ui {

using sync::SessionManager;

AcceptInviteDialog::AcceptInviteDialog(SessionManager *session,
                                       const QUrl &server,
                                       bool rememberMe,
                                       QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_server(server)
    , m_banner(new MessageBanner(this))
    , m_code(new QLineEdit(this))
    , m_firstName(new QLineEdit(this))
    , m_lastName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Se sou&venir de moi (30 jours)"), this))
    , m_busyBar(makeBusyBar(this))
{
    setObjectName(QStringLiteral("acceptInviteDialog"));
    setWindowTitle(tr("Invitation — Hector"));
    setWindowIcon(icons::appIcon());

    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(24, 20, 24, 16);
    root->setSpacing(12);
    root->addWidget(makeDialogTitle(tr("Activer mon compte"), this));
    root->addWidget(makeHint(tr("Saisissez le code reçu dans l'e-mail d'invitation et choisissez "
                                "votre mot de passe : au moins %1 caractères, dont une lettre et "
                                "un chiffre. Le prénom et le nom sont facultatifs : laissés "
                                "vides, ceux de l'invitation sont conservés.")
                                 .arg(validation::kMinPasswordLength),
                             this));
    m_banner->setObjectName(QStringLiteral("inviteBanner"));
    root->addWidget(m_banner);

    m_code->setObjectName(QStringLiteral("inviteCodeEdit"));
    m_firstName->setObjectName(QStringLiteral("firstNameEdit"));
    m_lastName->setObjectName(QStringLiteral("lastNameEdit"));
    m_password->setObjectName(QStringLiteral("invitePasswordEdit"));
    m_confirm->setObjectName(QStringLiteral("inviteConfirmEdit"));
    m_remember->setObjectName(QStringLiteral("inviteRememberCheck"));
    m_firstName->setPlaceholderText(tr("Facultatif"));
    m_lastName->setPlaceholderText(tr("Facultatif"));
    setupPasswordField(m_password);
    setupPasswordField(m_confirm);
    m_remember->setChecked(rememberMe);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(10);
    form->addRow(tr("&Code d'invitation :"), m_code);
    form->addRow(tr("&Prénom :"), m_firstName);
    form->addRow(tr("&Nom :"), m_lastName);
    form->addRow(tr("&Mot de passe :"), m_password);
    form->addRow(tr("C&onfirmation :"), m_confirm);
    form->addRow(QString(), m_remember);
    root->addLayout(form);
    root->addWidget(m_busyBar);
    root->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    m_submitButton = buttons->addButton(tr("&Activer mon compte"), QDialogButtonBox::AcceptRole);
    m_submitButton->setObjectName(QStringLiteral("activateButton"));
    m_cancelButton = buttons->addButton(tr("A&nnuler"), QDialogButtonBox::RejectRole);
    m_submitButton->setDefault(true);
    m_cancelButton->setAutoDefault(false);
    root->addWidget(buttons);

    QWidget::setTabOrder(m_code, m_firstName);
    QWidget::setTabOrder(m_firstName, m_lastName);
    QWidget::setTabOrder(m_lastName, m_password);
    QWidget::setTabOrder(m_password, m_confirm);
    QWidget::setTabOrder(m_confirm, m_remember);
    QWidget::setTabOrder(m_remember, m_submitButton);
    QWidget::setTabOrder(m_submitButton, m_cancelButton);

    connect(m_submitButton, &QPushButton::clicked, this, &AcceptInviteDialog::submit);
    connect(m_cancelButton, &QPushButton::clicked, this, &AcceptInviteDialog::reject);
    connect(m_session, &SessionManager::signInFailed, this, &AcceptInviteDialog::onSignInFailed);
    connect(m_session, &SessionManager::signedIn, this, [this] {
        if (m_busy) {
            setBusy(false);
            accept();
        }
    });

    setMinimumWidth(520);
    m_code->setFocus();
}

void AcceptInviteDialog::reject()
{
    if (m_busy) {
        m_session->logout(); // cancels the sign-in in progress
        setBusy(false);
        return;
    }
    QDialog::reject();
}

void AcceptInviteDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : {static_cast<QWidget *>(m_code),
                       static_cast<QWidget *>(m_firstName),
                       static_cast<QWidget *>(m_lastName),
                       static_cast<QWidget *>(m_password),
                       static_cast<QWidget *>(m_confirm),
                       static_cast<QWidget *>(m_remember),
                       static_cast<QWidget *>(m_submitButton)}) {
        w->setEnabled(!busy);
    }
    m_busyBar->setVisible(busy);
    fitHeightToContents(this);
}

void AcceptInviteDialog::submit()
{
    if (m_busy)
        return;
    m_banner->clear();
    const QString code = m_code->text().trimmed();
    if (code.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("Saisissez le code reçu dans l'e-mail d'invitation."));
        fitHeightToContents(this);
        m_code->setFocus();
        return;
    }
    if (const Result<void> ok = checkNewPassword(m_password->text(), m_confirm->text()); !ok) {
        m_banner->showMessage(MessageBanner::Kind::Error, ok.error().message);
        fitHeightToContents(this);
        m_password->setFocus();
        m_password->selectAll();
        return;
    }
    sync::AcceptInviteRequest request;
    request.token = code;
    request.password = m_password->text();
    request.firstName = m_firstName->text().trimmed();
    request.lastName = m_lastName->text().trimmed();
    request.rememberMe = m_remember->isChecked();
    setBusy(true);
    m_session->acceptInvite(m_server, request);
}

void AcceptInviteDialog::onSignInFailed(const Error &error)
{
    if (!m_busy)
        return;
    setBusy(false);
    m_banner->showMessage(MessageBanner::Kind::Error, error.message);
    fitHeightToContents(this);
    if (error.code == QLatin1String("weak_password")) {
        m_password->setFocus();
    } else {
        m_code->setFocus();
        m_code->selectAll();
    }
}

} // namespace hector::ui
