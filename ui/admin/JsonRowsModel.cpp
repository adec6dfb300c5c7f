#include "ui/admin/JsonRowsModel.h"

#include "ui/Theme.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

namespace hector::ui {

JsonRowsModel::JsonRowsModel(const QStringList &headers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(headers)
{}

void JsonRowsModel::setRows(const QJsonArray &rows)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(rows.size());
    for (const QJsonValue &v : rows)
        m_rows.append(v.toObject());
    endResetModel();
}

QJsonObject JsonRowsModel::rowObject(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QJsonObject();
}

int JsonRowsModel::findRow(const QString &key, const QJsonValue &value) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).value(key) == value)
            return i;
    }
    return -1;
}

void JsonRowsModel::updateRow(const QString &key, const QJsonObject &object)
{
    const int row = findRow(key, object.value(key));
    if (row < 0)
        return;
    m_rows[row] = object;
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

int JsonRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JsonRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant JsonRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &row = m_rows.at(index.row());
    if (role == RowObjectRole)
        return row;
    QVariant v = cell(row, index.column(), role);
    if (role == SortRole && !v.isValid())
        v = cell(row, index.column(), Qt::DisplayRole);
    return v;
}

QVariant JsonRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_headers.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_headers.at(section);
    return {};
}

void ProgressBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant progress = index.data(JsonRowsModel::ProgressRole);
    if (!progress.isValid() || progress.toInt() < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const int percent = progress.toInt();
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const QRect area = option.rect.adjusted(6, 4, -6, -4);
    QColor fill = percent >= 100 ? palette::danger : percent >= 80 ? palette::warning : palette::success;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    QColor track = palette::border;
    track.setAlpha(120);
    painter->setBrush(track);
    painter->drawRoundedRect(area, 3, 3);
    QRect done = area;
    done.setWidth(int(area.width() * std::min(100, percent) / 100.0));
    fill.setAlpha(110);
    painter->setBrush(fill);
    if (done.width() > 0)
        painter->drawRoundedRect(done, 3, 3);
    painter->setPen(palette::text);
    painter->drawText(area.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      index.data(Qt::DisplayRole).toString());
    painter->restore();
}

namespace ops {

QString formatDateTime(const QJsonValue &iso)
{
    if (!iso.isString())
        return {};
    QDateTime dt = QDateTime::fromString(iso.toString(), Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(iso.toString(), Qt::ISODate);
    return dt.isValid() ? QLocale().toString(dt.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

QString providerLabel(const QString &provider)
{
    if (provider == u"insee")
        return QApplication::translate("hector::ui::ops", "INSEE (Sirene)");
    if (provider == u"pappers")
        return QApplication::translate("hector::ui::ops", "Pappers");
    if (provider == u"google")
        return QApplication::translate("hector::ui::ops", "Google Maps");
    if (provider == u"nominatim")
        return QApplication::translate("hector::ui::ops", "OpenStreetMap Nominatim");
    if (provider == u"anthropic")
        return QApplication::translate("hector::ui::ops", "Anthropic (IA)");
    if (provider == u"resend")
        return QApplication::translate("hector::ui::ops", "Resend (e-mails)");
    if (provider == u"twilio")
        return QApplication::translate("hector::ui::ops", "Twilio (SMS et appels)");
    if (provider == u"centroid")
        return QApplication::translate("hector::ui::ops", "Centroïde (code postal)");
    if (provider == u"cache")
        return QApplication::translate("hector::ui::ops", "Cache");
    return provider;
}

QString formatEuros(double amount)
{
    return QLocale().toCurrencyString(amount, QStringLiteral("€"), 2);
}

} // namespace ops

} // namespace hector::ui
