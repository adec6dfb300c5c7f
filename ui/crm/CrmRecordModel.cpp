#include "ui/crm/CrmRecordModel.h"

#include "sync/replica/LocalReplica.h"

namespace hector::ui {

CrmRecordModel::CrmRecordModel(sync::LocalReplica *replica, const QStringList &tables, int columnCount, QObject *parent)
    : QAbstractTableModel(parent)
    , m_replica(replica)
    , m_columnCount(columnCount)
{
    connect(replica, &sync::LocalReplica::tableChanged, this, [this, tables](const QString &table) {
        if (tables.contains(table))
            watchedTableChanged(table);
    });
}

void CrmRecordModel::watchedTableChanged(const QString &)
{
    refresh();
}

void CrmRecordModel::setOwnerFilter(const QString &ownerId)
{
    if (ownerId == m_owner)
        return;
    m_owner = ownerId;
    refresh();
}

void CrmRecordModel::setStatusFilter(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    refresh();
}

int CrmRecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant CrmRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString title = columnTitle(section);
    return title.isEmpty() ? QVariant() : QVariant(title);
}

} // namespace hector::ui
