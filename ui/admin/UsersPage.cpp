#include "ui/admin/UsersPage.h"

#include "core/Roles.h"
#include "sync/SessionManager.h"
#include "ui/FormSupport.h"
#include "ui/MessageBanner.h"
#include "ui/admin/UserDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hector::ui {

UsersPage::UsersPage(sync::SessionManager *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new UserTableModel(this))
    , m_proxy(new UserFilterProxy(this))
{
    setObjectName(QStringLiteral("usersPage"));
    m_readOnly = m_session->user().role != Role::Admin;
    m_proxy->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addWidget(makePageTitle(tr("Utilisateurs"), this));
    m_readOnlyHint = makeHint(tr("Consultation seule : les comptes de votre entité et de ses sous-entités. "
                                 "Seuls les administrateurs les modifient."),
                              this);
    m_readOnlyHint->setObjectName(QStringLiteral("readOnlyHint"));
    m_readOnlyHint->hide();
    layout->addWidget(m_readOnlyHint);

    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Rechercher : nom, e-mail, rôle, entité… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 1);
    m_roleFilter = new QComboBox(this);
    m_roleFilter->setObjectName(QStringLiteral("roleFilter"));
    m_roleFilter->setAccessibleName(tr("Filtrer par rôle"));
    m_roleFilter->addItem(tr("Tous les rôles"), QString());
    for (Role r : {Role::Admin, Role::President, Role::Manager, Role::Commercial, Role::Assistant})
        m_roleFilter->addItem(roleLabel(r), roleName(r));
    m_entityFilter = new QComboBox(this);
    m_entityFilter->setObjectName(QStringLiteral("entityFilter"));
    m_entityFilter->setAccessibleName(tr("Filtrer par entité"));
    m_entityFilter->addItem(tr("Toutes les entités"), QString());
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setAccessibleName(tr("Filtrer par statut"));
    m_statusFilter->addItem(tr("Tous les statuts"), -1);
    m_statusFilter->addItem(tr("Actifs"), int(UserTableModel::UserStatus::Active));
    m_statusFilter->addItem(tr("Désactivés"), int(UserTableModel::UserStatus::Inactive));
    m_statusFilter->addItem(tr("Invitations en attente"), int(UserTableModel::UserStatus::Invited));
    filters->addWidget(m_roleFilter);
    filters->addWidget(m_entityFilter);
    filters->addWidget(m_statusFilter);
    layout->addLayout(filters);

    auto *actions = new QHBoxLayout;
    auto *inviteButton = new QPushButton(tr("&Inviter un utilisateur"), this);
    inviteButton->setObjectName(QStringLiteral("inviteButton"));
    inviteButton->setShortcut(QKeySequence::New);
    inviteButton->setToolTip(tr("Inviter un utilisateur (Ctrl+N)"));
    m_edit = new QPushButton(tr("&Modifier"), this);
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_edit->setToolTip(tr("Modifier l'utilisateur sélectionné (Entrée)"));
    m_resend = new QPushButton(tr("&Renvoyer l'invitation"), this);
    m_resend->setObjectName(QStringLiteral("resendButton"));
    m_toggle = new QPushButton(tr("&Désactiver"), this);
    m_toggle->setObjectName(QStringLiteral("toggleButton"));
    auto *refresh = new QPushButton(tr("Ac&tualiser"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Relire la liste sur le serveur (F5)"));
    actions->addWidget(inviteButton);
    actions->addWidget(m_edit);
    actions->addWidget(m_resend);
    actions->addWidget(m_toggle);
    actions->addStretch(1);
    actions->addWidget(refresh);
    layout->addLayout(actions);

    auto *bannerRow = new QHBoxLayout;
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("usersBanner"));
    m_undo = new QPushButton(tr("&Annuler"), this);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->hide();
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_undo);
    layout->addLayout(bannerRow);

    m_stack = new QStackedWidget(this);
    m_view = new QTableView(m_stack);
    m_view->setObjectName(QStringLiteral("usersView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(UserTableModel::Name, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(UserTableModel::Email, QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // Fits the 1366 px wide main window without horizontal scrolling.
    m_view->setColumnWidth(UserTableModel::Name, 160);
    m_view->setColumnWidth(UserTableModel::Role, 110);
    m_view->setColumnWidth(UserTableModel::Entity, 95);
    m_view->setColumnWidth(UserTableModel::Status, 285);
    m_view->setColumnWidth(UserTableModel::LastLogin, 160);
    m_stack->addWidget(m_view);
    m_empty = new QLabel(m_stack);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);
    QPushButton *retry = nullptr;
    m_offline = makeRetryPanel(m_stack, &m_offlineText, &retry);
    m_stack->addWidget(m_offline);
    layout->addWidget(m_stack, 1);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, this, &UsersPage::applyFilters);
    for (QComboBox *combo : {m_roleFilter, m_entityFilter, m_statusFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &UsersPage::applyFilters);
    connect(inviteButton, &QPushButton::clicked, this, &UsersPage::invite);
    connect(m_edit, &QPushButton::clicked, this, &UsersPage::editCurrent);
    connect(m_resend, &QPushButton::clicked, this, &UsersPage::resendInvitation);
    connect(m_toggle, &QPushButton::clicked, this, &UsersPage::toggleActive);
    connect(m_undo, &QPushButton::clicked, this, &UsersPage::undo);
    connect(refresh, &QPushButton::clicked, this, &UsersPage::reload);
    connect(retry, &QPushButton::clicked, this, &UsersPage::reload);
    connect(m_view, &QTableView::activated, this, &UsersPage::editCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UsersPage::updateState);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &UsersPage::updateState);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto *del = new QShortcut(QKeySequence::Delete, m_view);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &UsersPage::toggleActive);

    // Managers consult the accounts of their entities; only administrators change them.
    if (m_readOnly) {
        for (QPushButton *b : {inviteButton, m_edit, m_resend, m_toggle})
            b->hide();
        del->setEnabled(false);
        m_readOnlyHint->show();
    }
    // Type-ahead: typing in the list goes to the search field.
    setFocusProxy(m_search);
    updateState();
}

void UsersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded && !m_loading)
        reload();
}

void UsersPage::showOffline(const QString &message)
{
    m_offlineText->setText(tr("Impossible de joindre le serveur : l'administration des utilisateurs "
                              "nécessite une connexion.\n%1")
                               .arg(message));
    m_stack->setCurrentWidget(m_offline);
    m_count->clear();
}

void UsersPage::reload()
{
    m_loading = true;
    m_session->authorizedRequest(sync::ApiClient::Method::Get, QStringLiteral("/api/organization/entities"), {},
                                 this, [this](Result<QJsonObject> r) {
                                     if (!r)
                                         return;
                                     m_entities = r->value(QLatin1StringView("entities")).toArray();
                                     const QString kept = m_entityFilter->currentData().toString();
                                     const QSignalBlocker block(m_entityFilter);
                                     while (m_entityFilter->count() > 1)
                                         m_entityFilter->removeItem(1);
                                     for (const QJsonValue &v : std::as_const(m_entities)) {
                                         const QJsonObject e = v.toObject();
                                         m_entityFilter->addItem(e.value(QLatin1StringView("name")).toString(),
                                                                 e.value(QLatin1StringView("id")).toString());
                                     }
                                     m_entityFilter->setCurrentIndex(std::max(0, m_entityFilter->findData(kept)));
                                 });
    m_session->authorizedRequest(sync::ApiClient::Method::Get, QStringLiteral("/api/admin/users"), {}, this,
                                 [this](Result<QJsonObject> r) {
                                     m_loading = false;
                                     if (!r) {
                                         if (sync::errors::isConnectivityError(r.error())) {
                                             showOffline(r.error().message);
                                         } else {
                                             m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
                                         }
                                         emit loaded();
                                         return;
                                     }
                                     const QString kept = current() ? current()->id : QString();
                                     m_model->setUsers(r->value(QLatin1StringView("users")).toArray());
                                     m_loaded = true;
                                     if (!kept.isEmpty())
                                         select(kept);
                                     updateState();
                                     emit loaded();
                                 });
}

void UsersPage::applyFilters()
{
    m_proxy->setText(m_search->text());
    m_proxy->setRoleName(m_roleFilter->currentData().toString());
    m_proxy->setEntityId(m_entityFilter->currentData().toString());
    m_proxy->setStatus(m_statusFilter->currentData().toInt());
    updateState();
}

const AdminUser *UsersPage::current() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || !m_view->selectionModel()->isSelected(index))
        return nullptr;
    return m_model->userAt(m_proxy->mapToSource(index).row());
}

bool UsersPage::select(const QString &userId)
{
    const int row = m_model->rowOf(userId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void UsersPage::updateState()
{
    if (m_stack->currentWidget() == m_offline && !m_loaded)
        return;
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    if (m_loaded && shown == 0) {
        m_empty->setText(total == 0 ? tr("Aucun utilisateur.")
                                    : tr("Aucun utilisateur ne correspond à ces filtres."));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_view);
    }
    m_count->setText(m_loaded ? (shown == total ? tr("Utilisateurs : %L1").arg(total)
                                                : tr("Utilisateurs : %L1 sur %L2").arg(shown).arg(total))
                              : tr("Chargement…"));
    const AdminUser *user = current();
    m_edit->setEnabled(user);
    m_resend->setEnabled(user && user->pendingInvitation && user->active);
    m_toggle->setEnabled(user);
    m_toggle->setText(user && !user->active ? tr("Réa&ctiver") : tr("&Désactiver"));
}

void UsersPage::invite()
{
    if (m_readOnly)
        return;
    auto *dialog = new UserDialog(m_session, m_entities, nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserDialog::saved, this, [this, dialog](const QJsonObject &user) {
        const AdminUser created = AdminUser::fromJson(user);
        const QJsonObject invitation = dialog->result().value(QLatin1StringView("invitation")).toObject();
        const QDateTime expires = QDateTime::fromString(invitation.value(QLatin1StringView("expiresAt")).toString(),
                                                        Qt::ISODateWithMs);
        if (invitation.value(QLatin1StringView("emailSent")).toBool()) {
            m_banner->showMessage(MessageBanner::Kind::Success,
                                  tr("Invitation envoyée à %1, valable jusqu'au %2.")
                                      .arg(created.email,
                                           QLocale().toString(expires.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"))));
        } else {
            m_banner->showMessage(MessageBanner::Kind::Warning,
                                  tr("Le compte de %1 est créé, mais l'e-mail d'invitation n'a pas pu être envoyé : "
                                     "utilisez « Renvoyer l'invitation ».")
                                      .arg(created.email));
        }
        m_undo->hide();
        reload();
    });
    dialog->open();
}

void UsersPage::editCurrent()
{
    if (m_readOnly)
        return;
    const AdminUser *user = current();
    if (!user)
        return;
    auto *dialog = new UserDialog(m_session, m_entities, user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserDialog::saved, this, [this](const QJsonObject &json) {
        const AdminUser saved = AdminUser::fromJson(json);
        m_model->updateUser(saved);
        select(saved.id);
        m_undo->hide();
        m_banner->showMessage(MessageBanner::Kind::Success, tr("%1 a été mis à jour.").arg(saved.displayName()));
    });
    dialog->open();
}

void UsersPage::resendInvitation()
{
    if (m_readOnly)
        return;
    const AdminUser *user = current();
    if (!user || !user->pendingInvitation)
        return;
    const QString email = user->email;
    m_resend->setEnabled(false);
    m_session->authorizedRequest(
        sync::ApiClient::Method::Post, QStringLiteral("/api/admin/users/%1/invite").arg(user->id), {}, this,
        [this, email](Result<QJsonObject> r) {
            updateState();
            if (!r) {
                m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
                return;
            }
            const QDateTime expires = QDateTime::fromString(
                r->value(QLatin1StringView("invitation")).toObject().value(QLatin1StringView("expiresAt")).toString(),
                Qt::ISODateWithMs);
            m_undo->hide();
            m_banner->showMessage(MessageBanner::Kind::Success,
                                  tr("Nouvelle invitation envoyée à %1, valable jusqu'au %2. Les codes précédents ne "
                                     "sont plus valables.")
                                      .arg(email, QLocale().toString(expires.toLocalTime(),
                                                                     QStringLiteral("dd/MM/yyyy HH:mm"))));
            reload();
        });
}

void UsersPage::toggleActive()
{
    if (m_readOnly)
        return;
    const AdminUser *user = current();
    if (!user)
        return;
    const QString id = user->id;
    const QString name = user->displayName();
    if (!user->active) {
        setActive(id, true, name, false);
        return;
    }
    if (QMessageBox::question(this, tr("Désactiver l'utilisateur"),
                              tr("Désactiver le compte de %1 ? Ses sessions sont fermées aussitôt et il ne pourra "
                                 "plus se connecter. Vous pourrez annuler juste après.")
                                  .arg(name),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes) {
        return;
    }
    setActive(id, false, name, true);
}

void UsersPage::setActive(const QString &userId, bool active, const QString &name, bool offerUndo)
{
    m_toggle->setEnabled(false);
    m_session->authorizedRequest(
        sync::ApiClient::Method::Patch, QStringLiteral("/api/admin/users/") + userId,
        QJsonObject{{QStringLiteral("active"), active}}, this, [this, active, name, offerUndo](Result<QJsonObject> r) {
            if (!r) {
                m_undo->hide();
                m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
                updateState();
                return;
            }
            const AdminUser saved = AdminUser::fromJson(r->value(QLatin1StringView("user")).toObject());
            m_model->updateUser(saved);
            select(saved.id);
            if (!active) {
                m_banner->showMessage(MessageBanner::Kind::Info,
                                      tr("Le compte de %1 est désactivé et ses sessions sont fermées.").arg(name));
            } else {
                m_banner->showMessage(MessageBanner::Kind::Success, tr("Le compte de %1 est réactivé.").arg(name));
            }
            m_undoUserId = offerUndo ? saved.id : QString();
            m_undoName = name;
            m_undo->setVisible(offerUndo);
            updateState();
        });
}

void UsersPage::undo()
{
    if (m_undoUserId.isEmpty())
        return;
    const QString id = m_undoUserId;
    m_undoUserId.clear();
    m_undo->hide();
    setActive(id, true, m_undoName, false);
}

} // namespace hector::ui
