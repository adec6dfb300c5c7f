#include "ui/admin/TeamMembersModel.h"

#include "core/Roles.h"

namespace hector::ui {

TeamMembersModel::TeamMembersModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TeamMembersModel::setMembers(const QJsonArray &members)
{
    beginResetModel();
    m_members.clear();
    for (const QJsonValue &v : members)
        m_members.append(v.toObject());
    std::stable_sort(m_members.begin(), m_members.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return QString::localeAwareCompare(displayName(a), displayName(b)) < 0;
    });
    endResetModel();
}

QJsonObject TeamMembersModel::member(int row) const
{
    return row >= 0 && row < m_members.size() ? m_members.at(row) : QJsonObject();
}

int TeamMembersModel::rowOf(const QString &userId) const
{
    for (int r = 0; r < m_members.size(); ++r) {
        if (m_members.at(r).value(QLatin1StringView("userId")).toString() == userId)
            return r;
    }
    return -1;
}

QString TeamMembersModel::displayName(const QJsonObject &user)
{
    const QString name = QString(user.value(QLatin1StringView("firstName")).toString() + QLatin1Char(' ')
                                 + user.value(QLatin1StringView("lastName")).toString())
                             .trimmed();
    return name.isEmpty() ? user.value(QLatin1StringView("email")).toString() : name;
}

int TeamMembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int TeamMembersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamMembersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_members.size())
        return {};
    const QJsonObject &m = m_members.at(index.row());
    if (role == UserIdRole)
        return m.value(QLatin1StringView("userId")).toString();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return displayName(m);
    case Email:
        return m.value(QLatin1StringView("email")).toString();
    case UserRole: {
        const auto r = roleFromName(m.value(QLatin1StringView("userRole")).toString());
        return r ? roleLabel(*r) : m.value(QLatin1StringView("userRole")).toString();
    }
    case Entity:
        return m.value(QLatin1StringView("entityName")).toString();
    case TeamRole:
        return m.value(QLatin1StringView("role")).toString() == QLatin1String("lead") ? tr("Chef d'équipe") : tr("Membre");
    default:
        return {};
    }
}

QVariant TeamMembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Nom");
    case Email:
        return tr("E-mail");
    case UserRole:
        return tr("Rôle");
    case Entity:
        return tr("Entité");
    case TeamRole:
        return tr("Dans l'équipe");
    default:
        return {};
    }
}

} // namespace hector::ui
