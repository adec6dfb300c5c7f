#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace hector::sync {
class LocalReplica;
}

namespace hector::ui {

// What the appointment and action models share: the replica they read, the owner and status
// filters, the re-query when one of their tables changes (local write or sync), and the plain
// parts of a table model (column count, header titles).
class CrmRecordModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Empty: every owner the replica holds (row-level security already limits them).
    void setOwnerFilter(const QString &ownerId);
    QString ownerFilter() const { return m_owner; }
    // Empty: every status; else a status code (see the subclass for more).
    void setStatusFilter(const QString &status);
    QString statusFilter() const { return m_status; }

    // Reads the records again and emits refreshed().
    virtual void refresh() = 0;

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void refreshed();

protected:
    // Re-queries (refresh()) whenever one of `tables` of the replica changes. The subclass's
    // constructor does the first refresh().
    CrmRecordModel(sync::LocalReplica *replica, const QStringList &tables, int columnCount, QObject *parent);

    // The title of the header of `column`.
    virtual QString columnTitle(int column) const = 0;
    // One of the watched tables changed: refresh() by default.
    virtual void watchedTableChanged(const QString &table);

    QPointer<sync::LocalReplica> m_replica;
    QString m_owner;
    QString m_status;

private:
    int m_columnCount;
};

} // namespace hector::ui
