#include "ui/crm/RdvModel.h"

#include "core/crm/CrmRules.h"
#include "sync/replica/LocalReplica.h"
#include "ui/crm/CrmSupport.h"

#include <QFont>
#include <QLocale>
#include <QSqlQuery>

namespace hector::ui {

namespace {
const char *kSelect =
    "SELECT r.id, r.entity_id, r.title, r.starts_at, r.ends_at, r.location, r.status, r.notes, r.reminder_minutes, "
    "r.owner_id, trim(coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '')), u.email, "
    "r.prospect_id, p.company_name, p.phone, p.city, r.created_at, r.updated_at "
    "FROM rdvs r LEFT JOIN prospects p ON p.id = r.prospect_id LEFT JOIN users u ON u.id = r.owner_id";

RdvItem readItem(const QSqlQuery &q)
{
    RdvItem it;
    it.id = q.value(0).toString();
    it.entityId = q.value(1).toString();
    it.title = q.value(2).toString();
    it.start = parseTimestamp(q.value(3));
    it.end = parseTimestamp(q.value(4));
    it.location = q.value(5).toString();
    it.status = q.value(6).toString();
    it.notes = q.value(7).toString();
    if (!q.value(8).isNull())
        it.reminderMinutes = q.value(8).toInt();
    it.ownerId = q.value(9).toString();
    it.ownerName = q.value(10).toString().isEmpty() ? q.value(11).toString() : q.value(10).toString();
    it.prospectId = q.value(12).toString();
    it.prospectName = q.value(13).toString();
    it.prospectPhone = q.value(14).toString();
    it.prospectCity = q.value(15).toString();
    it.created = parseTimestamp(q.value(16));
    it.updated = parseTimestamp(q.value(17));
    return it;
}
} // namespace

RdvModel::RdvModel(sync::LocalReplica *replica, QObject *parent)
    : CrmRecordModel(replica, {QStringLiteral("rdvs"), QStringLiteral("prospects"), QStringLiteral("users")},
                     ColumnCount, parent)
{
    const QDate monday = weekStart(QDate::currentDate());
    m_from = QDateTime(monday, QTime(0, 0));
    m_to = QDateTime(monday.addDays(7), QTime(0, 0));
    refresh();
}

void RdvModel::setRange(const QDateTime &from, const QDateTime &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    refresh();
}

void RdvModel::refresh()
{
    QList<RdvItem> items;
    if (m_replica) {
        QSqlQuery q(m_replica->database());
        q.setForwardOnly(true);
        // ISO-8601 UTC strings of one shape compare like the times they denote.
        QString sql = QString::fromLatin1(kSelect)
                      + QStringLiteral(" WHERE r.starts_at < ? AND (coalesce(r.ends_at, r.starts_at) > ? OR r.starts_at >= ?)");
        if (!m_owner.isEmpty())
            sql += QStringLiteral(" AND r.owner_id = ?");
        if (!m_status.isEmpty())
            sql += QStringLiteral(" AND r.status = ?");
        sql += QStringLiteral(" ORDER BY r.starts_at, r.ends_at, r.title, r.id");
        q.prepare(sql);
        q.addBindValue(toTimestamp(m_to));
        q.addBindValue(toTimestamp(m_from));
        q.addBindValue(toTimestamp(m_from));
        if (!m_owner.isEmpty())
            q.addBindValue(m_owner);
        if (!m_status.isEmpty())
            q.addBindValue(m_status);
        if (q.exec()) {
            while (q.next())
                items.append(readItem(q));
        }
    }
    beginResetModel();
    m_items = items;
    endResetModel();
    emit refreshed();
}

std::optional<RdvItem> RdvModel::load(sync::LocalReplica *replica, const QString &id)
{
    QSqlQuery q(replica->database());
    q.prepare(QString::fromLatin1(kSelect) + QStringLiteral(" WHERE r.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readItem(q);
}

const RdvItem *RdvModel::item(int row) const
{
    return itemAtRow(m_items, row);
}

const RdvItem *RdvModel::itemById(const QString &id) const
{
    const int row = rowOf(id);
    return row >= 0 ? &m_items.at(row) : nullptr;
}

int RdvModel::rowOf(const QString &id) const
{
    return rowOfId(m_items, id);
}

int RdvModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant RdvModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RdvItem &it = m_items.at(index.row());
    const QLocale locale;
    switch (role) {
    case IdRole:
        return it.id;
    case StatusRole:
        return it.status;
    case StartRole:
        return it.start;
    case SortRole:
        switch (index.column()) {
        case Date:
        case Time:
            return it.start;
        case Title:
            return it.title.toLower();
        case Prospect:
            return it.prospectName.toLower();
        case Location:
            return it.location.toLower();
        case Status:
            return it.status;
        case Owner:
            return it.ownerName.toLower();
        }
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Date:
            return locale.toString(it.start.date(), QStringLiteral("ddd d MMM yyyy"));
        case Time:
            return QString(locale.toString(it.start.time(), QStringLiteral("HH:mm")) + QStringLiteral(" – ")
                           + locale.toString(it.effectiveEnd().time(), QStringLiteral("HH:mm")));
        case Title:
            return it.title;
        case Prospect:
            return it.prospectName;
        case Location:
            return it.location;
        case Status:
            return crm::labelFor(crm::rdvStatuses(), it.status);
        case Owner:
            return it.ownerName;
        }
        return {};
    case Qt::ForegroundRole:
        if (it.isCancelled())
            return rdvStatusColor(it.status);
        if (index.column() == Status)
            return rdvStatusColor(it.status).darker(115);
        return {};
    case Qt::FontRole:
        if (it.isCancelled() && index.column() == Title) {
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QString RdvModel::columnTitle(int column) const
{
    switch (column) {
    case Date:
        return tr("Date");
    case Time:
        return tr("Horaire");
    case Title:
        return tr("Objet");
    case Prospect:
        return tr("Prospect");
    case Location:
        return tr("Lieu");
    case Status:
        return tr("Statut");
    case Owner:
        return tr("Responsable");
    }
    return {};
}

} // namespace hector::ui
