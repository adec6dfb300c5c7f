#include "ui/LoginDialog.h"

#include "sync/ApiClient.h"
#include "sync/CredentialStore.h"
#include "sync/ServerAddress.h"
#include "sync/SessionManager.h"
#include "ui/AcceptInviteDialog.h"
#include "ui/ForgotPasswordDialog.h"
#include "ui/FormSupport.h"
#include "ui/Icons.h"
#include "ui/Logging.h"
#include "ui/MessageBanner.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace hector::ui {

using sync::SessionManager;

LoginDialog::LoginDialog(SessionManager *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_error(new MessageBanner(this))
    , m_info(new MessageBanner(this))
    , m_keychain(new MessageBanner(this))
    , m_server(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Se sou&venir de moi (30 jours)"), this))
    , m_busyBar(makeBusyBar(this))
    , m_busyLabel(makeHint(QString(), this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Connexion — Hector"));
    setWindowIcon(icons::appIcon());

    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(28, 24, 28, 18);
    root->setSpacing(12);

    // Header: mark, name, one line of explanation.
    auto *header = new QHBoxLayout;
    header->setSpacing(14);
    auto *logo = new QLabel(this);
    logo->setPixmap(icons::appPixmap(52, devicePixelRatioF()));
    logo->setFixedSize(52, 52);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    auto *title = makeDialogTitle(tr("Hector"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    title->setFont(titleFont);
    titles->addWidget(title);
    titles->addWidget(makeHint(tr("Connectez-vous à votre espace CRM."), this));
    header->addWidget(logo, 0, Qt::AlignTop);
    header->addLayout(titles, 1);
    root->addLayout(header);
    root->addSpacing(4);

    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_info->setObjectName(QStringLiteral("infoBanner"));
    m_keychain->setObjectName(QStringLiteral("keychainBanner"));
    root->addWidget(m_error);
    root->addWidget(m_info);

    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setPlaceholderText(QStringLiteral("http://127.0.0.1:8080"));
    m_server->setToolTip(tr("Adresse du serveur Hector, par exemple http://127.0.0.1:8080 ou "
                            "https://crm.exemple.fr. Sans préfixe, http:// est utilisé pour "
                            "localhost et https:// pour toute autre adresse."));
    m_server->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("prenom.nom@entreprise.fr"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    setupPasswordField(m_password);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setToolTip(tr("Garde la session ouverte 30 jours sur cet ordinateur, dans le "
                              "trousseau du système. Sinon, elle se ferme avec l'application."));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(10);
    form->addRow(tr("Adresse du &serveur :"), m_server);
    form->addRow(tr("&E-mail :"), m_email);
    form->addRow(tr("Mot de &passe :"), m_password);
    form->addRow(QString(), m_remember);
    root->addLayout(form);
    root->addWidget(m_keychain);

    m_forgotButton = new QPushButton(tr("Mot de passe &oublié ?"), this);
    m_forgotButton->setObjectName(QStringLiteral("forgotButton"));
    m_inviteButton = new QPushButton(tr("J'ai une &invitation"), this);
    m_inviteButton->setObjectName(QStringLiteral("inviteButton"));
    for (QPushButton *link : {m_forgotButton, m_inviteButton}) {
        link->setFlat(true);
        link->setAutoDefault(false);
        link->setCursor(Qt::PointingHandCursor);
    }
    auto *links = new QHBoxLayout;
    links->addWidget(m_forgotButton);
    links->addStretch(1);
    links->addWidget(m_inviteButton);
    root->addLayout(links);

    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->hide();
    root->addWidget(m_busyLabel);
    root->addWidget(m_busyBar);

    auto *buttons = new QDialogButtonBox(this);
    m_loginButton = buttons->addButton(tr("Se &connecter"), QDialogButtonBox::AcceptRole);
    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    m_quitButton = buttons->addButton(tr("&Quitter"), QDialogButtonBox::RejectRole);
    m_quitButton->setObjectName(QStringLiteral("quitButton"));
    m_loginButton->setDefault(true);
    m_loginButton->setAutoDefault(true);
    m_quitButton->setAutoDefault(false);
    root->addWidget(buttons);

    QWidget::setTabOrder(m_server, m_email);
    QWidget::setTabOrder(m_email, m_password);
    QWidget::setTabOrder(m_password, m_remember);
    QWidget::setTabOrder(m_remember, m_loginButton);
    QWidget::setTabOrder(m_loginButton, m_forgotButton);
    QWidget::setTabOrder(m_forgotButton, m_inviteButton);
    QWidget::setTabOrder(m_inviteButton, m_quitButton);

    connect(m_loginButton, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_quitButton, &QPushButton::clicked, this, &LoginDialog::reject);
    connect(m_forgotButton, &QPushButton::clicked, this, &LoginDialog::openForgotPassword);
    connect(m_inviteButton, &QPushButton::clicked, this, &LoginDialog::openInvitation);
    connect(m_remember, &QCheckBox::toggled, this, &LoginDialog::updateKeychainNotice);
    connect(m_session->credentials(),
            &sync::CredentialStore::availabilityChanged,
            this,
            &LoginDialog::updateKeychainNotice);
    connect(m_session, &SessionManager::signInFailed, this, &LoginDialog::onSignInFailed);
    // Failures arrive through signInFailed(); a success closes the dialog (AppController).
    connect(m_session, &SessionManager::stateChanged, this, [this](SessionManager::State state) {
        if (state == SessionManager::State::SignedIn && m_busy)
            setBusy(false);
    });

    setMinimumWidth(500);
    updateKeychainNotice();
    fitHeight();
}

void LoginDialog::setServerAddress(const QString &address)
{
    m_server->setText(address);
}

QString LoginDialog::serverAddress() const
{
    return m_server->text();
}

void LoginDialog::setEmail(const QString &email)
{
    m_email->setText(email);
}

void LoginDialog::setRememberMe(bool remember)
{
    m_remember->setChecked(remember);
}

void LoginDialog::showError(const QString &message)
{
    m_info->clear();
    m_error->showMessage(MessageBanner::Kind::Error, message);
    fitHeight();
}

void LoginDialog::showInfo(const QString &message)
{
    m_error->clear();
    m_info->showMessage(MessageBanner::Kind::Info, message);
    fitHeight();
}

void LoginDialog::clearMessages()
{
    m_error->clear();
    m_info->clear();
    fitHeight();
}

void LoginDialog::setRestoring(bool restoring)
{
    if (restoring)
        setBusy(true, tr("Reprise de la session enregistrée…"));
    else if (m_busy)
        setBusy(false);
}

bool LoginDialog::isBusy() const
{
    return m_busy;
}

void LoginDialog::focusFirstEmptyField()
{
    if (m_server->text().trimmed().isEmpty())
        m_server->setFocus();
    else if (m_email->text().trimmed().isEmpty())
        m_email->setFocus();
    else
        m_password->setFocus();
}

void LoginDialog::reject()
{
    if (m_busy) {
        // Esc / « Annuler » while waiting: cancel the sign-in, keep the dialog.
        m_session->logout();
        setBusy(false);
        showInfo(tr("Connexion annulée."));
        return;
    }
    QDialog::reject();
}

bool LoginDialog::readServer(QUrl *url)
{
    const Result<QUrl> parsed = sync::normalizeServerUrl(m_server->text());
    if (!parsed) {
        showError(parsed.error().message);
        m_server->setFocus();
        m_server->selectAll();
        return false;
    }
    *url = *parsed;
    return true;
}

void LoginDialog::submit()
{
    if (m_busy)
        return;
    clearMessages();
    QUrl url;
    if (!readServer(&url))
        return;
    if (const Result<void> email = checkEmail(m_email->text()); !email) {
        showError(email.error().message);
        m_email->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Saisissez votre mot de passe."));
        m_password->setFocus();
        return;
    }
    const QString server = sync::serverUrlToString(url);
    m_server->setText(server);
    setBusy(true, tr("Connexion à %1…").arg(server));
    qCInfo(lcUi) << "signing in to" << server;
    m_session->login(url, m_email->text().trimmed(), m_password->text(), m_remember->isChecked());
}

void LoginDialog::onSignInFailed(const Error &error)
{
    if (!m_busy)
        return; // not ours (e.g. the invitation dialog)
    setBusy(false);
    showError(error.message);
    if (sync::errors::isConnectivityError(error)) {
        m_server->setFocus();
        m_server->selectAll();
    } else {
        m_password->setFocus();
        m_password->selectAll();
    }
}

void LoginDialog::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    for (QWidget *w : {static_cast<QWidget *>(m_server),
                       static_cast<QWidget *>(m_email),
                       static_cast<QWidget *>(m_password),
                       static_cast<QWidget *>(m_remember),
                       static_cast<QWidget *>(m_loginButton),
                       static_cast<QWidget *>(m_forgotButton),
                       static_cast<QWidget *>(m_inviteButton)}) {
        w->setEnabled(!busy);
    }
    m_quitButton->setText(busy ? tr("&Annuler") : tr("&Quitter"));
    m_busyLabel->setText(text);
    m_busyLabel->setVisible(busy && !text.isEmpty());
    m_busyBar->setVisible(busy);
    if (busy) {
        m_quitButton->setFocus();
    } else {
        focusFirstEmptyField();
    }
    fitHeight();
}

void LoginDialog::updateKeychainNotice()
{
    const sync::CredentialStore *store = m_session->credentials();
    if (m_remember->isChecked()
        && store->availability() == sync::CredentialStore::Availability::Unavailable) {
        m_keychain->showMessage(MessageBanner::Kind::Warning, store->unavailableReason());
    } else {
        m_keychain->clear();
    }
    fitHeight();
}

void LoginDialog::fitHeight()
{
    fitHeightToContents(this);
}

void LoginDialog::openForgotPassword()
{
    clearMessages();
    QUrl url;
    if (!readServer(&url))
        return;
    auto *dialog = new ForgotPasswordDialog(url, m_email->text().trimmed(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ForgotPasswordDialog::passwordReset, this, [this](const QString &email) {
        if (!email.isEmpty())
            m_email->setText(email);
        m_password->clear();
        showInfo(tr("Votre mot de passe a été modifié. Connectez-vous avec le nouveau mot de "
                    "passe."));
        m_password->setFocus();
    });
    dialog->open();
}

void LoginDialog::openInvitation()
{
    clearMessages();
    QUrl url;
    if (!readServer(&url))
        return;
    auto *dialog = new AcceptInviteDialog(m_session, url, m_remember->isChecked(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace hector::ui
