#include "ui/crm/ActionModel.h"

#include "core/crm/CrmRules.h"
#include "sync/replica/LocalReplica.h"
#include "ui/Theme.h"

#include <QFont>
#include <QLocale>
#include <QSqlQuery>

namespace hector::ui {

namespace {
const char *kSelect =
    "SELECT a.id, a.entity_id, a.type, a.status, a.title, a.due_at, a.completed_at, a.notes, a.owner_id, "
    "trim(coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '')), u.email, a.prospect_id, p.company_name "
    "FROM actions a LEFT JOIN prospects p ON p.id = a.prospect_id LEFT JOIN users u ON u.id = a.owner_id";

ActionItem readItem(const QSqlQuery &q)
{
    ActionItem it;
    it.id = q.value(0).toString();
    it.entityId = q.value(1).toString();
    it.type = q.value(2).toString();
    it.status = q.value(3).toString();
    it.title = q.value(4).toString();
    it.due = parseTimestamp(q.value(5));
    it.completed = parseTimestamp(q.value(6));
    it.notes = q.value(7).toString();
    it.ownerId = q.value(8).toString();
    it.ownerName = q.value(9).toString().isEmpty() ? q.value(10).toString() : q.value(9).toString();
    it.prospectId = q.value(11).toString();
    it.prospectName = q.value(12).toString();
    return it;
}
} // namespace

ActionModel::ActionModel(sync::LocalReplica *replica, QObject *parent)
    : CrmRecordModel(replica, {QStringLiteral("actions"), QStringLiteral("prospects"), QStringLiteral("users")},
                     ColumnCount, parent)
    , m_clock(systemClock())
{
    refresh();
}

void ActionModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    clockTicked();
}

void ActionModel::setTypeFilter(const QString &type)
{
    if (type == m_type)
        return;
    m_type = type;
    refresh();
}

void ActionModel::setOverdueOnly(bool overdueOnly)
{
    if (overdueOnly == m_overdueOnly)
        return;
    m_overdueOnly = overdueOnly;
    refresh();
}

void ActionModel::setDueBefore(const QDateTime &limit)
{
    if (limit == m_dueBefore)
        return;
    m_dueBefore = limit;
    refresh();
}

void ActionModel::refresh()
{
    QList<ActionItem> items;
    if (m_replica) {
        QStringList where;
        QVariantList params;
        if (!m_owner.isEmpty()) {
            where << QStringLiteral("a.owner_id = ?");
            params << m_owner;
        }
        if (m_status == kOpen) {
            where << QStringLiteral("a.status <> 'termine'");
        } else if (!m_status.isEmpty()) {
            where << QStringLiteral("a.status = ?");
            params << m_status;
        }
        if (!m_type.isEmpty()) {
            where << QStringLiteral("a.type = ?");
            params << m_type;
        }
        if (m_dueBefore.isValid()) {
            where << QStringLiteral("a.due_at < ?");
            params << toTimestamp(m_dueBefore);
        }
        QSqlQuery q(m_replica->database());
        q.setForwardOnly(true);
        // Due first (oldest first), then the actions without échéance.
        q.prepare(QString::fromLatin1(kSelect)
                  + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")))
                  + QStringLiteral(" ORDER BY a.due_at IS NULL, a.due_at, a.title, a.id"));
        for (const QVariant &p : std::as_const(params))
            q.addBindValue(p);
        const QDateTime now = m_clock();
        if (q.exec()) {
            while (q.next()) {
                ActionItem it = readItem(q);
                if (!m_overdueOnly || it.isOverdueAt(now))
                    items.append(it);
            }
        }
    }
    beginResetModel();
    m_items = items;
    endResetModel();
    emit refreshed();
}

void ActionModel::clockTicked()
{
    if (m_overdueOnly) {
        refresh();
        return;
    }
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

std::optional<ActionItem> ActionModel::load(sync::LocalReplica *replica, const QString &id)
{
    QSqlQuery q(replica->database());
    q.prepare(QString::fromLatin1(kSelect) + QStringLiteral(" WHERE a.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readItem(q);
}

Result<ActionDoneUndo> ActionModel::markDone(sync::LocalReplica *replica, const QString &id, const QDateTime &now)
{
    const QVariantMap row = replica->row(QStringLiteral("actions"), id);
    if (row.isEmpty())
        return makeError(QStringLiteral("not_found"), tr("Cette action n'existe plus."));
    ActionDoneUndo undo{id, row.value(QStringLiteral("title")).toString(), row.value(QStringLiteral("status")),
                        row.value(QStringLiteral("completed_at"))};
    if (row.value(QStringLiteral("status")).toString() == QLatin1String("termine"))
        return makeError(QStringLiteral("already_done"), tr("« %1 » est déjà terminée.").arg(undo.title));
    if (auto r = replica->updateRow(QStringLiteral("actions"), id,
                                    {{QStringLiteral("status"), QStringLiteral("termine")},
                                     {QStringLiteral("completed_at"), toTimestamp(now)}});
        !r) {
        return r.error();
    }
    return undo;
}

Result<void> ActionModel::undoMarkDone(sync::LocalReplica *replica, const ActionDoneUndo &undo)
{
    if (replica->row(QStringLiteral("actions"), undo.id).isEmpty())
        return makeError(QStringLiteral("not_found"), tr("Cette action n'existe plus."));
    return replica->updateRow(QStringLiteral("actions"), undo.id,
                              {{QStringLiteral("status"), undo.status},
                               {QStringLiteral("completed_at"), undo.completedAt}});
}

const ActionItem *ActionModel::item(int row) const
{
    return itemAtRow(m_items, row);
}

int ActionModel::rowOf(const QString &id) const
{
    return rowOfId(m_items, id);
}

int ActionModel::overdueCount() const
{
    const QDateTime now = m_clock();
    int n = 0;
    for (const ActionItem &it : m_items)
        n += it.isOverdueAt(now) ? 1 : 0;
    return n;
}

int ActionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ActionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionItem &it = m_items.at(index.row());
    const QLocale locale;
    switch (role) {
    case IdRole:
        return it.id;
    case StatusRole:
        return it.status;
    case OverdueRole:
        return it.isOverdueAt(m_clock());
    case SortRole:
        switch (index.column()) {
        case Type:
            return crm::labelFor(crm::actionTypes(), it.type).toLower();
        case Title:
            return it.title.toLower();
        case Prospect:
            return it.prospectName.toLower();
        case Due:
            // Without échéance: after every date.
            return it.due.isValid() ? it.due : QDateTime(QDate(9999, 12, 31), QTime(0, 0));
        case Status: {
            const auto &list = crm::actionStatuses();
            for (int i = 0; i < list.size(); ++i) {
                if (list.at(i).first == it.status)
                    return i;
            }
            return int(list.size());
        }
        case Owner:
            return it.ownerName.toLower();
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Type:
            return crm::labelFor(crm::actionTypes(), it.type);
        case Title:
            return it.title;
        case Prospect:
            return it.prospectName;
        case Due:
            return it.due.isValid() ? locale.toString(it.due, QStringLiteral("ddd d MMM yyyy HH:mm")) : tr("—");
        case Status:
            return crm::labelFor(crm::actionStatuses(), it.status);
        case Owner:
            return it.ownerName;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == Type)
            return actionTypeIcon(it.type);
        if (index.column() == Due && it.isOverdueAt(m_clock()))
            return overdueIcon();
        return {};
    case Qt::ToolTipRole: {
        const QDateTime now = m_clock();
        if (it.isOverdueAt(now))
            return overdueText(it.due, now);
        if (it.isDone() && it.completed.isValid())
            return tr("Terminée le %1").arg(locale.toString(it.completed, QStringLiteral("d MMMM yyyy à HH:mm")));
        if (index.column() == Title && !it.notes.isEmpty())
            return it.notes;
        return {};
    }
    case Qt::ForegroundRole:
        if (it.isOverdueAt(m_clock()) && (index.column() == Due || index.column() == Title))
            return palette::danger;
        if (it.isDone())
            return palette::mutedText;
        return {};
    case Qt::AccessibleDescriptionRole:
        if (it.isOverdueAt(m_clock()))
            return overdueText(it.due, m_clock());
        return {};
    default:
        return {};
    }
}

QString ActionModel::columnTitle(int column) const
{
    switch (column) {
    case Type:
        return tr("Type");
    case Title:
        return tr("Titre");
    case Prospect:
        return tr("Prospect");
    case Due:
        return tr("Échéance");
    case Status:
        return tr("Statut");
    case Owner:
        return tr("Responsable");
    }
    return {};
}

} // namespace hector::ui
