#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>

namespace hector::ui {

// The members of one team, as `GET /api/admin/teams/<id>` returns them ("members": [{"userId",
// "email", "firstName", "lastName", "userRole", "entityName", "role"}]).
class TeamMembersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Email, UserRole, Entity, TeamRole, ColumnCount };
    enum Roles { UserIdRole = Qt::UserRole + 1 };

    explicit TeamMembersModel(QObject *parent = nullptr);

    void setMembers(const QJsonArray &members);
    void clear() { setMembers({}); }
    QJsonObject member(int row) const;
    int rowOf(const QString &userId) const;

    // « Prénom Nom », or the e-mail when the user has no name yet.
    static QString displayName(const QJsonObject &user);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QJsonObject> m_members;
};

} // namespace hector::ui
