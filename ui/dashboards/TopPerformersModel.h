#pragma once

#include "sync/analytics/DashboardData.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

namespace hector::ui {

// The top performers of « Équipe »: rank, commercial, won and lost counts, conversion rate, won
// amount (with a bar in proportion to the largest one) and share of the total won amount.
class TopPerformersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Rank, Name, Won, Lost, Conversion, Amount, Share, ColumnCount };
    enum Role { RatioRole = Qt::UserRole + 1 }; // Amount: this amount / the largest one (0 to 1)

    using QAbstractTableModel::QAbstractTableModel;

    void setPerformers(const QList<sync::PerformerFigure> &performers);
    const QList<sync::PerformerFigure> &performers() const { return m_performers; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<sync::PerformerFigure> m_performers;
    qint64 m_total = 0;
    qint64 m_max = 0;
};

// Paints the amount column over a light bar of RatioRole.
class RatioBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace hector::ui
