#pragma once

#include "ui/prospects/ProspectFilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>
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
    enum Column { Company, City, Postcode, Phone, Owner, Status, Quality, Updated, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        RawRole,     // the stored value (status code, E.164 phone, score as a number…)
    };
    static constexpr int kPageSize = 200;

    explicit ProspectListModel(sync::LocalReplica *replica, QObject *parent = nullptr);

    // The signed-in user (for « Mes prospects »).
    void setCurrentUserId(const QString &userId);
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter.text; }
    void setFilter(const ProspectFilter &filter);
    const ProspectFilter &filter() const { return m_filter; }
    void sort(int column, Qt::SortOrder order) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Re-runs the query (after local writes or a sync).
    void refresh();
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString idAt(int row) const;
    int rowOf(const QString &id) const;
    // Ids of the rows first..last (inclusive) in the current order, in one query.
    QStringList idsInRange(int first, int last) const;

    // The SQL of the current view, for exports: " WHERE …" over `prospects p` and " ORDER BY …"
    // (may use `u`, the owner joined as users u).
    QString sqlWhere(QVariantList *params) const;
    QString sqlOrder() const;

signals:
    void totalCountChanged(int count);

private:
    using Row = QList<QVariant>; // ColumnCount values + id
    const Row *rowAt(int row) const;

    sync::LocalReplica *m_replica;
    QString m_userId;
    ProspectFilter m_filter;
    int m_sortColumn = Company;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_total = 0;
    mutable QHash<int, QList<Row>> m_pages; // page index -> rows
    mutable QList<int> m_pageOrder;         // least recently loaded first
};

} // namespace hector::ui
