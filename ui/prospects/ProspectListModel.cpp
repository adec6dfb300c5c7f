#include "ui/prospects/ProspectListModel.h"

#include "core/sync/RowValidation.h"
#include "sync/replica/LocalReplica.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

namespace hector::ui {

namespace {
constexpr int kMaxCachedPages = 60;

const char *kSortExpr[] = {
    "p.company_name COLLATE NOCASE", "p.city COLLATE NOCASE", "p.postcode", "p.country_code", "p.status",
    "owner_name COLLATE NOCASE", "p.phone", "p.siren", "p.updated_at",
};

const char *kSelect = "SELECT p.company_name, p.city, p.postcode, p.country_code, p.status, "
                      "trim(coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '')) AS owner_name, "
                      "p.phone, p.siren, p.updated_at, p.id "
                      "FROM prospects p LEFT JOIN users u ON u.id = p.owner_id";

QString likeEscaped(QString s)
{
    s.replace(u'\\', QStringLiteral("\\\\"));
    s.replace(u'%', QStringLiteral("\\%"));
    s.replace(u'_', QStringLiteral("\\_"));
    return s;
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

void ProspectListModel::setFilterText(const QString &text)
{
    if (text.trimmed() == m_filter)
        return;
    m_filter = text.trimmed();
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

QString ProspectListModel::whereClause(QVariantList *params) const
{
    if (m_filter.isEmpty())
        return {};
    if (m_replica->searchIndexReady()) {
        // Accent-insensitive word-prefix search on the FTS5 index.
        const QString expression = sync::LocalReplica::searchExpression(m_filter);
        if (expression.isEmpty())
            return {};
        params->append(expression);
        return QStringLiteral(" WHERE p.rowid IN (SELECT rowid FROM prospects_search WHERE prospects_search MATCH ?)");
    }
    const QStringList words = m_filter.split(u' ', Qt::SkipEmptyParts);
    QStringList clauses;
    for (const QString &w : words) {
        clauses << QStringLiteral("(p.company_name LIKE ? ESCAPE '\\' OR p.city LIKE ? ESCAPE '\\' OR "
                                  "p.postcode LIKE ? ESCAPE '\\' OR p.siren LIKE ? ESCAPE '\\' OR "
                                  "p.contact_name LIKE ? ESCAPE '\\' OR p.email LIKE ? ESCAPE '\\')");
        const QString pattern = u'%' + likeEscaped(w) + u'%';
        for (int i = 0; i < 6; ++i)
            params->append(pattern);
    }
    return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
}

QString ProspectListModel::orderClause() const
{
    return QStringLiteral(" ORDER BY %1 %2, p.id")
        .arg(QLatin1String(kSortExpr[m_sortColumn]),
             m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC"));
}

void ProspectListModel::refresh()
{
    QVariantList params;
    const QString where = whereClause(&params);
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
        const QString where = whereClause(&params);
        QSqlQuery q(m_replica->database());
        q.setForwardOnly(true);
        q.prepare(QString::fromLatin1(kSelect) + where + orderClause() + QStringLiteral(" LIMIT ? OFFSET ?"));
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
    if (role == IdRole)
        return r->at(ColumnCount);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QVariant raw = r->at(index.column());
    switch (index.column()) {
    case Country: {
        const QString c = raw.toString();
        if (c == QLatin1String("FR"))
            return tr("France");
        if (c == QLatin1String("LU"))
            return tr("Luxembourg");
        if (c == QLatin1String("BE"))
            return tr("Belgique");
        return c;
    }
    case Status:
        for (const auto &s : sync::prospectStatuses()) {
            if (s.first == raw.toString())
                return s.second;
        }
        return raw;
    case Updated: {
        const QDateTime dt = QDateTime::fromString(raw.toString(), Qt::ISODateWithMs);
        return dt.isValid() ? QLocale().toString(dt.toLocalTime(), QLocale::ShortFormat) : raw;
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
    case Country:
        return tr("Pays");
    case Status:
        return tr("Statut");
    case Owner:
        return tr("Responsable");
    case Phone:
        return tr("Téléphone");
    case Siren:
        return tr("SIREN");
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
    // Position of the row in the current order: count the rows sorting before it.
    QVariantList params;
    QString where = whereClause(&params);
    QSqlQuery q(m_replica->database());
    q.prepare(QStringLiteral("SELECT rn FROM (SELECT p.id AS id, row_number() OVER (%1) - 1 AS rn FROM prospects p "
                             "LEFT JOIN users u ON u.id = p.owner_id %2) WHERE id = ?")
                  .arg(orderClause().mid(1).replace(QStringLiteral("owner_name"),
                                                    QStringLiteral("trim(coalesce(u.first_name, '') || ' ' || "
                                                                   "coalesce(u.last_name, ''))")),
                       where));
    for (const QVariant &p : params)
        q.addBindValue(p);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

} // namespace hector::ui
