#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QSortFilterProxyModel>

namespace hector::ui {

// One user of GET /api/admin/users.
struct AdminUser
{
    QString id;
    QString email;
    QString firstName;
    QString lastName;
    QString role;
    QString entityId;
    QString entityName;
    bool active = true;
    bool pendingInvitation = false;
    QDateTime invitationExpiresAt;
    QDateTime lastLoginAt;

    QString displayName() const;
    static AdminUser fromJson(const QJsonObject &json);
};

// The users of the organisation, as the server listed them (the administration screens work online).
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Email, Role, Entity, Status, LastLogin, ColumnCount };
    enum DataRole { IdRole = Qt::UserRole + 1, SortRole, RoleNameRole, EntityIdRole, StatusRole };
    enum class UserStatus { Active, Inactive, Invited, InvitationExpired };
    Q_ENUM(UserStatus)

    explicit UserTableModel(QObject *parent = nullptr);

    void setUsers(const QJsonArray &users, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Replaces one user in place (after an edit); appends it when unknown.
    void updateUser(const AdminUser &user);
    const AdminUser *userAt(int row) const;
    int rowOf(const QString &id) const;
    UserStatus statusOf(const AdminUser &user) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusLabel(UserStatus status);

private:
    QList<AdminUser> m_users;
    QDateTime m_now;
};

// Type-ahead text, role, entity and status filters over UserTableModel; sorts on SortRole.
class UserFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit UserFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    void setRoleName(const QString &role);       // empty: every role
    void setEntityId(const QString &entityId);   // empty: every entity
    // -1: every status, else a UserTableModel::UserStatus.
    void setStatus(int status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_role;
    QString m_entityId;
    int m_status = -1;
};

} // namespace hector::ui
