#include "ui/admin/UserDialog.h"

#include "core/Roles.h"
#include "sync/SessionManager.h"
#include "ui/FormSupport.h"
#include "ui/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace hector::ui {

UserDialog::UserDialog(sync::SessionManager *session, const QJsonArray &entities, const AdminUser *user,
                       QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_userId(user ? user->id : QString())
{
    if (user)
        m_original = *user;
    setObjectName(QStringLiteral("userDialog"));
    setWindowTitle(user ? tr("Modifier l'utilisateur") : tr("Inviter un utilisateur"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogTitle(user ? tr("Modifier %1").arg(user->displayName()) : tr("Inviter un utilisateur"),
                                      this));
    if (!user) {
        layout->addWidget(makeHint(tr("Hector envoie un code d'invitation par e-mail, valable 7 jours. La personne "
                                      "choisit son mot de passe en l'utilisant."),
                                   this));
    }
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("dialogBanner"));
    layout->addWidget(m_banner);

    auto *form = new QFormLayout;
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("prenom.nom@adsgroup-security.com"));
    m_firstName = new QLineEdit(this);
    m_firstName->setObjectName(QStringLiteral("firstNameEdit"));
    m_lastName = new QLineEdit(this);
    m_lastName->setObjectName(QStringLiteral("lastNameEdit"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    for (Role r : {Role::Commercial, Role::Assistant, Role::Manager, Role::President, Role::Admin})
        m_role->addItem(roleLabel(r), roleName(r));
    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("entityCombo"));
    for (const QJsonValue &v : entities) {
        const QJsonObject e = v.toObject();
        const int level = e.value(QLatin1StringView("level")).toInt();
        m_entity->addItem(QString(QString(level * 2, QLatin1Char(' ')) + e.value(QLatin1StringView("name")).toString()),
                          e.value(QLatin1StringView("id")).toString());
    }
    form->addRow(tr("&E-mail :"), m_email);
    form->addRow(tr("&Prénom :"), m_firstName);
    form->addRow(tr("&Nom :"), m_lastName);
    form->addRow(tr("&Rôle :"), m_role);
    form->addRow(tr("En&tité :"), m_entity);
    if (user) {
        m_email->setText(user->email);
        m_email->setReadOnly(true);
        m_firstName->setText(user->firstName);
        m_lastName->setText(user->lastName);
        m_role->setCurrentIndex(std::max(0, m_role->findData(user->role)));
        m_entity->setCurrentIndex(std::max(0, m_entity->findData(user->entityId)));
        m_active = new QCheckBox(tr("Compte &actif (décocher ferme aussitôt toutes ses sessions)"), this);
        m_active->setObjectName(QStringLiteral("activeCheck"));
        m_active->setChecked(user->active);
        form->addRow(QString(), m_active);
    }
    layout->addLayout(form);
    m_busy = makeBusyBar(this);
    layout->addWidget(m_busy);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(user ? tr("&Enregistrer") : tr("&Envoyer l'invitation"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
    (user ? m_firstName : m_email)->setFocus();
}

void UserDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_buttons->setEnabled(!busy);
}

void UserDialog::fail(const QString &message)
{
    setBusy(false);
    m_banner->showMessage(MessageBanner::Kind::Error, message);
    fitHeightToContents(this);
}

void UserDialog::submit()
{
    m_banner->clear();
    if (isInvitation()) {
        if (auto ok = checkEmail(m_email->text().trimmed()); !ok) {
            fail(ok.error().message);
            m_email->setFocus();
            return;
        }
        const QJsonObject body{{QStringLiteral("email"), m_email->text().trimmed()},
                               {QStringLiteral("firstName"), m_firstName->text().trimmed()},
                               {QStringLiteral("lastName"), m_lastName->text().trimmed()},
                               {QStringLiteral("role"), m_role->currentData().toString()},
                               {QStringLiteral("entityId"), m_entity->currentData().toString()}};
        setBusy(true);
        m_session->authorizedRequest(sync::ApiClient::Method::Post, QStringLiteral("/api/auth/register"), body, this,
                                     [this](Result<QJsonObject> r) {
                                         if (!r) {
                                             fail(r.error().message);
                                             return;
                                         }
                                         m_result = *r;
                                         setBusy(false);
                                         emit saved(r->value(QLatin1StringView("user")).toObject());
                                         accept();
                                     });
        return;
    }
    QJsonObject body;
    if (m_firstName->text().trimmed() != m_original.firstName)
        body.insert(QStringLiteral("firstName"), m_firstName->text().trimmed());
    if (m_lastName->text().trimmed() != m_original.lastName)
        body.insert(QStringLiteral("lastName"), m_lastName->text().trimmed());
    if (m_entity->currentData().toString() != m_original.entityId)
        body.insert(QStringLiteral("entityId"), m_entity->currentData().toString());
    if (m_active->isChecked() != m_original.active)
        body.insert(QStringLiteral("active"), m_active->isChecked());
    setBusy(true);
    if (body.isEmpty()) {
        sendRole({});
        return;
    }
    m_session->authorizedRequest(sync::ApiClient::Method::Patch, QStringLiteral("/api/admin/users/") + m_userId, body,
                                 this, [this](Result<QJsonObject> r) {
                                     if (!r) {
                                         fail(r.error().message);
                                         return;
                                     }
                                     const QJsonObject user = r->value(QLatin1StringView("user")).toObject();
                                     m_original = AdminUser::fromJson(user);
                                     sendRole(user);
                                 });
}

void UserDialog::sendRole(const QJsonObject &userSoFar)
{
    const QString role = m_role->currentData().toString();
    const auto finish = [this](const QJsonObject &user) {
        setBusy(false);
        m_result = user;
        if (!user.isEmpty())
            emit saved(user);
        accept();
    };
    if (role == m_original.role) {
        finish(userSoFar);
        return;
    }
    m_session->authorizedRequest(sync::ApiClient::Method::Patch,
                                 QStringLiteral("/api/admin/users/%1/role").arg(m_userId),
                                 QJsonObject{{QStringLiteral("role"), role}}, this,
                                 [this, finish, userSoFar](Result<QJsonObject> r) {
                                     if (!r) {
                                         // Other changes may already be saved: the list shows them.
                                         if (!userSoFar.isEmpty())
                                             emit saved(userSoFar);
                                         fail(r.error().message);
                                         return;
                                     }
                                     finish(r->value(QLatin1StringView("user")).toObject());
                                 });
}

} // namespace hector::ui
