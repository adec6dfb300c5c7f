#include "ui/prospects/ProspectListModel.h"

#include "core/crm/CrmRules.h"
#include "core/crm/Phone.h"
#include "sync/replica/LocalReplica.h"
#include "ui/Icons.h"
#include "ui/prospects/ProspectSupport.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QPixmap>
#include <QSqlQuery>

namespace hector::ui {

namespace {
constexpr int kMaxCachedPages = 60;

const QString &ownerExpr()
{
    static const QString expr = QStringLiteral("trim(coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, ''))");
    return expr;
}

const QString &qualityExpr()
{
    static const QString expr = crm::dataQualityScoreSql(QStringLiteral("p"));
    return expr;
}

// Sort keys, each served by an index of the replica (LocalReplica's secondary indexes) but the
// owner's name and the phone (a sort of the filtered rows).
QString sortExpr(int column)
{
    switch (column) {
    case ProspectListModel::City:
        return QStringLiteral("p.city COLLATE NOCASE");
    case ProspectListModel::Postcode:
        return QStringLiteral("p.postcode");
    case ProspectListModel::Phone:
        return QStringLiteral("p.phone");
    case ProspectListModel::Owner:
        return ownerExpr() + QStringLiteral(" COLLATE NOCASE");
    case ProspectListModel::Status:
        return QStringLiteral("p.status");
    case ProspectListModel::Quality:
        return qualityExpr();
    case ProspectListModel::Updated:
        return QStringLiteral("p.updated_at");
    default:
        return QStringLiteral("p.company_name COLLATE NOCASE");
    }
}

const QString &selectSql()
{
    static const QString sql = QStringLiteral("SELECT p.company_name, p.city, p.postcode, p.phone, %1, p.status, %2, "
                                              "p.updated_at, p.id FROM prospects p LEFT JOIN users u ON u.id = p.owner_id")
                                   .arg(ownerExpr(), qualityExpr());
    return sql;
}
} // namespace

ProspectListModel::ProspectListModel(sync::LocalReplica *replica, QObject *parent)
    : QAbstractTableModel(parent)
    , m_replica(replica)
{
    connect(m_replica, &sync::LocalReplica::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("prospects") || table == QLatin1String("users"))
            refresh();
    });
    refresh();
}

void ProspectListModel::setCurrentUserId(const QString &userId)
{
    if (userId == m_userId)
        return;
    m_userId = userId;
    if (m_filter.owner == ProspectFilter::Owner::Me)
        refresh();
}

void ProspectListModel::setFilterText(const QString &text)
{
    ProspectFilter f = m_filter;
    f.text = text.trimmed();
    setFilter(f);
}

void ProspectListModel::setFilter(const ProspectFilter &filter)
{
    ProspectFilter f = filter;
    f.text = f.text.trimmed();
    if (f == m_filter)
        return;
    m_filter = f;
    refresh();
}

void ProspectListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

QString ProspectListModel::sqlWhere(QVariantList *params) const
{
    return m_filter.sqlWhere(m_userId, m_replica->searchIndexReady(), params);
}

QString ProspectListModel::sqlOrder() const
{
    // The id follows the direction too, so that the index serves the whole ORDER BY.
    const QString direction = m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    return QStringLiteral(" ORDER BY %1 %2, p.id %2").arg(sortExpr(m_sortColumn), direction);
}

void ProspectListModel::refresh()
{
    QVariantList params;
    const QString where = sqlWhere(&params);
    QSqlQuery count(m_replica->database());
    count.prepare(QStringLiteral("SELECT count(*) FROM prospects p") + where);
    for (const QVariant &p : params)
        count.addBindValue(p);
    const int total = count.exec() && count.next() ? count.value(0).toInt() : 0;
    beginResetModel();
    m_pages.clear();
    m_pageOrder.clear();
    const bool changed = total != m_total;
    m_total = total;
    endResetModel();
    if (changed)
        emit totalCountChanged(total);
}

const ProspectListModel::Row *ProspectListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_total)
        return nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        QVariantList params;
        const QString where = sqlWhere(&params);
        QSqlQuery q(m_replica->database());
        q.setForwardOnly(true);
        q.prepare(selectSql() + where + sqlOrder() + QStringLiteral(" LIMIT ? OFFSET ?"));
        for (const QVariant &p : params)
            q.addBindValue(p);
        q.addBindValue(kPageSize);
        q.addBindValue(page * kPageSize);
        QList<Row> rows;
        if (q.exec()) {
            while (q.next()) {
                Row r;
                r.reserve(ColumnCount + 1);
                for (int c = 0; c <= ColumnCount; ++c)
                    r.append(q.value(c));
                rows.append(r);
            }
        }
        if (m_pageOrder.size() >= kMaxCachedPages)
            m_pages.remove(m_pageOrder.takeFirst());
        it = m_pages.insert(page, rows);
        m_pageOrder.append(page);
    }
    const int offset = row % kPageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

int ProspectListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_total;
}

int ProspectListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProspectListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row *r = rowAt(index.row());
    if (!r)
        return {};
    const QVariant raw = r->at(index.column());
    switch (role) {
    case IdRole:
        return r->at(ColumnCount);
    case RawRole:
        return raw;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    case Qt::DecorationRole:
        if (index.column() == Status && !raw.toString().isEmpty()) {
            // A coloured dot per status, drawn once.
            static QHash<QString, QPixmap> dots;
            auto it = dots.find(raw.toString());
            if (it == dots.end())
                it = dots.insert(raw.toString(), icons::dot(prospects::statusColor(raw.toString()), 10));
            return *it;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Quality)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
    switch (index.column()) {
    case Phone:
        return crm::formatPhone(raw.toString());
    case Status:
        return prospects::statusLabel(raw.toString());
    case Quality:
        return role == Qt::ToolTipRole ? QVariant(tr("Qualité de la fiche : %1/100").arg(raw.toInt())) : raw;
    case Updated: {
        const QString text = prospects::formatTimestamp(raw.toString());
        return text.isEmpty() ? raw : QVariant(text);
    }
    default:
        return raw;
    }
}

QVariant ProspectListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Company:
        return tr("Raison sociale");
    case City:
        return tr("Ville");
    case Postcode:
        return tr("Code postal");
    case Phone:
        return tr("Téléphone");
    case Owner:
        return tr("Responsable");
    case Status:
        return tr("Statut");
    case Quality:
        return tr("Qualité");
    case Updated:
        return tr("Modifié le");
    }
    return {};
}

QString ProspectListModel::idAt(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->at(ColumnCount).toString() : QString();
}

int ProspectListModel::rowOf(const QString &id) const
{
    // Position of the row in the current order.
    QVariantList params;
    const QString where = sqlWhere(&params);
    QSqlQuery q(m_replica->database());
    q.prepare(QStringLiteral("SELECT rn FROM (SELECT p.id AS id, row_number() OVER (%1) - 1 AS rn FROM prospects p "
                             "LEFT JOIN users u ON u.id = p.owner_id %2) WHERE id = ?")
                  .arg(sqlOrder().mid(1), where));
    for (const QVariant &p : params)
        q.addBindValue(p);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

QStringList ProspectListModel::idsInRange(int first, int last) const
{
    QStringList out;
    first = qMax(0, first);
    last = qMin(m_total - 1, last);
    if (last < first)
        return out;
    QVariantList params;
    const QString where = sqlWhere(&params);
    QSqlQuery q(m_replica->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.id FROM prospects p LEFT JOIN users u ON u.id = p.owner_id") + where + sqlOrder()
              + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &p : params)
        q.addBindValue(p);
    q.addBindValue(last - first + 1);
    q.addBindValue(first);
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

} // namespace hector::ui
