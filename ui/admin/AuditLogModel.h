#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace hector::ui {

// One page of GET /api/admin/audit-logs, newest first.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, User, Action, Object, Changes, Ip, ColumnCount };

    explicit AuditLogModel(QObject *parent = nullptr);

    void setLogs(const QJsonArray &logs);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // French label of an audit action (CREATE → « Création »…); unknown ones as they are.
    static QString actionLabel(const QString &action);
    static QString entityTypeLabel(const QString &type);
    // « role : commercial → manager ; active : oui → non »
    static QString changesSummary(const QJsonObject &changes);

private:
    struct Row
    {
        QDateTime createdAt;
        QString actor;      // name, or the e-mail when there is none
        QString actorEmail;
        QString action;
        QString entityType;
        QString entityId;
        QJsonObject changes;
        QString ip;
    };
    QList<Row> m_rows;
};

} // namespace hector::ui
