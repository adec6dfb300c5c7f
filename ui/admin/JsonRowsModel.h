#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QStyledItemDelegate>

namespace hector::ui {

// A table of JSON objects as the server sends them (one object a row). Subclasses say what each
// column shows through cell(); the base class handles the rows, the headers, the sort role and
// the whole object (RowObjectRole) for the actions of the pages.
class JsonRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        // Raw value used by the QSortFilterProxyModel of the pages (dates as ISO, numbers as numbers).
        SortRole = Qt::UserRole + 1,
        // The row's whole JSON object.
        RowObjectRole,
        // Percentage of a limit used (0..100+), -1 when there is no limit: drawn by ProgressBarDelegate.
        ProgressRole,
    };

    explicit JsonRowsModel(const QStringList &headers, QObject *parent = nullptr);

    void setRows(const QJsonArray &rows);
    QJsonObject rowObject(int row) const;
    // Row of the object whose `key` equals `value`; -1 when none.
    int findRow(const QString &key, const QJsonValue &value) const;
    // Replaces the row whose `key` matches `object[key]` (no-op when absent).
    void updateRow(const QString &key, const QJsonObject &object);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    // What `column` of `row` shows for `role`; an invalid QVariant for nothing. SortRole falls
    // back to DisplayRole when the subclass returns nothing for it.
    virtual QVariant cell(const QJsonObject &row, int column, int role) const = 0;

private:
    QStringList m_headers;
    QList<QJsonObject> m_rows;
};

// Draws ProgressRole as a thin progress bar behind the cell's text: green, orange from 80 %,
// red from 100 %; the plain text when there is no limit.
class ProgressBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

namespace ops {
// « 25/11/2026 10:30 » in local time; empty for null or invalid values.
QString formatDateTime(const QJsonValue &iso);
// French label of a third-party provider ("insee" → « INSEE (Sirene) »).
QString providerLabel(const QString &provider);
// « 12,50 € »
QString formatEuros(double amount);
} // namespace ops

} // namespace hector::ui
