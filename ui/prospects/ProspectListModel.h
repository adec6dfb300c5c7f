#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QVariant>

namespace hector::sync {
class LocalReplica;
}

namespace hector::ui {

// Prospects of the local replica. The row count comes from one COUNT query; rows are read in
// pages of kPageSize (LIMIT/OFFSET on indexed sort keys) only when the view shows them, and a few
// pages stay cached: 100 000 prospects open at once. Filtering and sorting run in SQL.
class ProspectListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Company, City, Postcode, Country, Status, Owner, Phone, Siren, Updated, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 200;

    explicit ProspectListModel(sync::LocalReplica *replica, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    void sort(int column, Qt::SortOrder order) override;
    // Re-runs the query (after local writes or a sync).
    void refresh();
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString idAt(int row) const;
    int rowOf(const QString &id) const;

signals:
    void totalCountChanged(int count);

private:
    using Row = QList<QVariant>; // ColumnCount display values + id
    const Row *rowAt(int row) const;
    QString whereClause(QVariantList *params) const;
    QString orderClause() const;

    sync::LocalReplica *m_replica;
    QString m_filter;
    int m_sortColumn = Company;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_total = 0;
    mutable QHash<int, QList<Row>> m_pages; // page index -> rows
    mutable QList<int> m_pageOrder;         // least recently loaded first
};

} // namespace hector::ui
