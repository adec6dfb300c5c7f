#include "ui/admin/UserTableModel.h"

#include "core/Roles.h"

#include <QJsonObject>
#include <QColor>
#include <QLocale>

namespace hector::ui {

QString AdminUser::displayName() const
{
    const QString name = QString(firstName + QLatin1Char(' ') + lastName).trimmed();
    return name.isEmpty() ? email : name;
}

AdminUser AdminUser::fromJson(const QJsonObject &o)
{
    AdminUser u;
    u.id = o.value(QLatin1StringView("id")).toString();
    u.email = o.value(QLatin1StringView("email")).toString();
    u.firstName = o.value(QLatin1StringView("firstName")).toString();
    u.lastName = o.value(QLatin1StringView("lastName")).toString();
    u.role = o.value(QLatin1StringView("role")).toString();
    u.entityId = o.value(QLatin1StringView("entityId")).toString();
    u.entityName = o.value(QLatin1StringView("entityName")).toString();
    u.active = o.value(QLatin1StringView("active")).toBool(true);
    u.pendingInvitation = o.value(QLatin1StringView("pendingInvitation")).toBool();
    u.invitationExpiresAt = QDateTime::fromString(o.value(QLatin1StringView("invitationExpiresAt")).toString(),
                                                  Qt::ISODateWithMs);
    u.lastLoginAt = QDateTime::fromString(o.value(QLatin1StringView("lastLoginAt")).toString(), Qt::ISODateWithMs);
    return u;
}

UserTableModel::UserTableModel(QObject *parent) : QAbstractTableModel(parent), m_now(QDateTime::currentDateTimeUtc()) {}

void UserTableModel::setUsers(const QJsonArray &users, const QDateTime &now)
{
    beginResetModel();
    m_now = now;
    m_users.clear();
    m_users.reserve(users.size());
    for (const QJsonValue &v : users)
        m_users.append(AdminUser::fromJson(v.toObject()));
    endResetModel();
}

void UserTableModel::updateUser(const AdminUser &user)
{
    const int row = rowOf(user.id);
    if (row < 0) {
        beginInsertRows({}, int(m_users.size()), int(m_users.size()));
        m_users.append(user);
        endInsertRows();
        return;
    }
    m_users[row] = user;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const AdminUser *UserTableModel::userAt(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

int UserTableModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_users.size(); ++i) {
        if (m_users.at(i).id == id)
            return i;
    }
    return -1;
}

UserTableModel::UserStatus UserTableModel::statusOf(const AdminUser &u) const
{
    if (!u.active)
        return UserStatus::Inactive;
    if (u.pendingInvitation) {
        return u.invitationExpiresAt.isValid() && u.invitationExpiresAt > m_now ? UserStatus::Invited
                                                                                : UserStatus::InvitationExpired;
    }
    return UserStatus::Active;
}

QString UserTableModel::statusLabel(UserStatus status)
{
    switch (status) {
    case UserStatus::Active:
        return tr("Actif");
    case UserStatus::Inactive:
        return tr("Désactivé");
    case UserStatus::Invited:
        return tr("Invitation en attente");
    case UserStatus::InvitationExpired:
        return tr("Invitation expirée");
    }
    return {};
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AdminUser &u = m_users.at(index.row());
    const UserStatus status = statusOf(u);
    const QLocale locale;
    switch (role) {
    case IdRole:
        return u.id;
    case RoleNameRole:
        return u.role;
    case EntityIdRole:
        return u.entityId;
    case StatusRole:
        return int(status);
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case Name:
            if (role == SortRole) {
                const QString key = QString(u.lastName + QLatin1Char(' ') + u.firstName).trimmed();
                return key.isEmpty() ? u.email : key;
            }
            return u.displayName();
        case Email:
            return u.email;
        case Role:
            return roleFromName(u.role) ? roleLabel(*roleFromName(u.role)) : u.role;
        case Entity:
            return u.entityName;
        case Status:
            if (role == SortRole)
                return int(status);
            if (status == UserStatus::Invited) {
                return tr("Invitée (expire le %1)")
                    .arg(locale.toString(u.invitationExpiresAt.toLocalTime().date(), QLocale::ShortFormat));
            }
            return statusLabel(status);
        case LastLogin:
            if (role == SortRole)
                return u.lastLoginAt.isValid() ? u.lastLoginAt.toMSecsSinceEpoch() : qint64(0);
            return u.lastLoginAt.isValid()
                       ? locale.toString(u.lastLoginAt.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"))
                       : tr("Jamais");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Status && u.invitationExpiresAt.isValid() && u.pendingInvitation) {
            return tr("Code d'invitation valable jusqu'au %1")
                .arg(locale.toString(u.invitationExpiresAt.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm")));
        }
        return {};
    case Qt::ForegroundRole:
        if (status == UserStatus::Inactive || status == UserStatus::InvitationExpired)
            return QColor(0x6b, 0x72, 0x80);
        return {};
    default:
        return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Nom");
    case Email:
        return tr("E-mail");
    case Role:
        return tr("Rôle");
    case Entity:
        return tr("Entité");
    case Status:
        return tr("Statut");
    case LastLogin:
        return tr("Dernière connexion");
    default:
        return {};
    }
}

UserFilterProxy::UserFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(UserTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void UserFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void UserFilterProxy::setRoleName(const QString &role)
{
    m_role = role;
    invalidateFilter();
}

void UserFilterProxy::setEntityId(const QString &entityId)
{
    m_entityId = entityId;
    invalidateFilter();
}

void UserFilterProxy::setStatus(int status)
{
    m_status = status;
    invalidateFilter();
}

bool UserFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (!m_role.isEmpty() && first.data(UserTableModel::RoleNameRole).toString() != m_role)
        return false;
    if (!m_entityId.isEmpty() && first.data(UserTableModel::EntityIdRole).toString() != m_entityId)
        return false;
    if (m_status >= 0) {
        const int status = first.data(UserTableModel::StatusRole).toInt();
        // « Invitations en attente » covers the expired ones too.
        const bool invited = status == int(UserTableModel::UserStatus::Invited)
                             || status == int(UserTableModel::UserStatus::InvitationExpired);
        if (m_status == int(UserTableModel::UserStatus::Invited) ? !invited : status != m_status)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int c : {UserTableModel::Name, UserTableModel::Email, UserTableModel::Role, UserTableModel::Entity}) {
        if (model->index(sourceRow, c, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace hector::ui
