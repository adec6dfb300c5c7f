#include "ui/dashboards/TopPerformersModel.h"

#include "ui/Theme.h"
#include "ui/crm/CrmSupport.h"
#include "ui/dashboards/DashboardWidgets.h"

#include <QLocale>
#include <QPainter>

namespace hector::ui {

void TopPerformersModel::setPerformers(const QList<sync::PerformerFigure> &performers)
{
    beginResetModel();
    m_performers = performers;
    m_total = 0;
    m_max = 0;
    for (const sync::PerformerFigure &p : performers) {
        m_total += p.wonAmountEur;
        m_max = std::max(m_max, p.wonAmountEur);
    }
    endResetModel();
}

int TopPerformersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_performers.size());
}

int TopPerformersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopPerformersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const sync::PerformerFigure &p = m_performers.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Rank:
            return locale.toString(index.row() + 1);
        case Name:
            return p.name;
        case Won:
            return locale.toString(p.wonCount);
        case Lost:
            return locale.toString(p.lostCount);
        case Conversion:
            return percentText(p.conversionPercent());
        case Amount:
            return euros(double(p.wonAmountEur));
        case Share:
            return m_total > 0 ? QVariant(percentText(double(p.wonAmountEur) * 100.0 / double(m_total))) : QVariant();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.column() == Rank && index.row() == 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case RatioRole:
        if (index.column() == Amount)
            return m_max > 0 ? double(p.wonAmountEur) / double(m_max) : 0.0;
        return {};
    default:
        return {};
    }
}

QVariant TopPerformersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return section == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank:
        return tr("Rang");
    case Name:
        return tr("Commercial");
    case Won:
        return tr("Gagnées");
    case Lost:
        return tr("Perdues");
    case Conversion:
        return tr("Conversion");
    case Amount:
        return tr("CA gagné");
    case Share:
        return tr("Part");
    default:
        return {};
    }
}

void RatioBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant ratio = index.data(TopPerformersModel::RatioRole);
    if (ratio.isValid() && !(option.state & QStyle::State_Selected)) {
        const QRectF r = QRectF(option.rect).adjusted(4, 5, -4, -5);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(mixColors(palette::success, palette::surface, 0.75));
        painter->drawRoundedRect(QRectF(r.left(), r.top(), r.width() * ratio.toDouble(), r.height()), 3, 3);
        painter->restore();
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace hector::ui
