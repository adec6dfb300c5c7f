#include "ui/palette/CommandPaletteModel.h"

#include "core/crm/CrmRules.h"
#include "sync/replica/LocalReplica.h"
#include "ui/Icons.h"
#include "ui/crm/CrmSupport.h"
#include "ui/opportunities/OpportunitySupport.h"
#include "ui/prospects/ProspectSupport.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

namespace hector::ui {

namespace {
QString when(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!at.isValid())
        return {};
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

QString joinNonEmpty(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            kept << p.trimmed();
    }
    return kept.join(QStringLiteral(" · "));
}

// Prospects whose full-text entry matches: the sub-select used by the three record searches.
const QString kProspectMatch = QStringLiteral(
    "SELECT p.id FROM prospects p WHERE p.rowid IN (SELECT rowid FROM prospects_search WHERE prospects_search MATCH ?)");

// Runs the search of appointments or actions: `head` ends with « title LIKE ? ESCAPE '\' OR
// prospect_id IN ( », `tail` closes it (order, limit). The title contains `text`, or the
// prospect matches `match`.
bool searchRecords(QSqlQuery &q, const QString &head, const QString &tail, const QString &text, const QString &match)
{
    q.prepare(head + kProspectMatch + tail);
    QString like = text;
    like.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
    q.addBindValue(QString(u'%' + like + u'%'));
    q.addBindValue(match);
    return q.exec();
}
} // namespace

CommandPaletteModel::CommandPaletteModel(sync::LocalReplica *replica, QObject *parent)
    : QAbstractListModel(parent), m_replica(replica)
{
}

void CommandPaletteModel::setPages(const QList<PageEntry> &pages)
{
    m_pages = pages;
    setQuery(m_query);
}

void CommandPaletteModel::setQuery(const QString &text)
{
    m_query = text;
    QList<Item> items;
    findPages(text, items);
    const QString trimmed = text.trimmed();
    const QString match = sync::LocalReplica::searchExpression(trimmed);
    if (m_replica && !match.isEmpty()) {
        findProspects(match, items);
        findRdvs(trimmed, match, items);
        findActions(trimmed, match, items);
        findOpportunities(trimmed, match, items);
    }
    beginResetModel();
    m_items = items;
    endResetModel();
}

void CommandPaletteModel::findPages(const QString &text, QList<Item> &out) const
{
    const QString needle = foldedText(text.trimmed());
    for (const PageEntry &page : m_pages) {
        if (!needle.isEmpty() && !foldedText(page.title).contains(needle))
            continue;
        out.append(Item{Kind::Page, page.id, tr("Aller à « %1 »").arg(page.title), QString(), page.icon});
    }
}

void CommandPaletteModel::findProspects(const QString &match, QList<Item> &out) const
{
    QSqlQuery q(m_replica->database());
    q.prepare(QStringLiteral("SELECT p.id, p.company_name, p.postcode, p.city, p.status FROM prospects p "
                             "WHERE p.rowid IN (SELECT rowid FROM prospects_search WHERE prospects_search MATCH ? "
                             "ORDER BY rank LIMIT %1) ORDER BY p.company_name COLLATE NOCASE")
                  .arg(kMaxProspects));
    q.addBindValue(match);
    if (!q.exec())
        return;
    while (q.next()) {
        out.append(Item{Kind::Prospect, q.value(0).toString(), q.value(1).toString(),
                        joinNonEmpty({QString(q.value(2).toString() + u' ' + q.value(3).toString()),
                                      prospects::statusLabel(q.value(4).toString())}),
                        icons::prospectsIcon()});
    }
}

void CommandPaletteModel::findRdvs(const QString &text, const QString &match, QList<Item> &out) const
{
    // The nearest appointments first (upcoming or recent).
    QSqlQuery q(m_replica->database());
    if (!searchRecords(q,
                       QStringLiteral("SELECT r.id, r.title, r.starts_at, p.company_name, r.status FROM rdvs r "
                                      "LEFT JOIN prospects p ON p.id = r.prospect_id "
                                      "WHERE r.title LIKE ? ESCAPE '\\' OR r.prospect_id IN ("),
                       QStringLiteral(") ORDER BY abs(julianday(r.starts_at) - julianday('now')) LIMIT %1").arg(kMaxRdvs),
                       text, match)) {
        return;
    }
    while (q.next()) {
        out.append(Item{Kind::Rdv, q.value(0).toString(), q.value(1).toString(),
                        joinNonEmpty({when(q.value(2).toString()), q.value(3).toString(),
                                      crm::labelFor(crm::rdvStatuses(), q.value(4).toString())}),
                        QIcon()});
    }
}

void CommandPaletteModel::findActions(const QString &text, const QString &match, QList<Item> &out) const
{
    // Open actions first, then by due date.
    QSqlQuery q(m_replica->database());
    if (!searchRecords(q,
                       QStringLiteral("SELECT a.id, a.title, a.due_at, p.company_name, a.type, a.status FROM actions a "
                                      "LEFT JOIN prospects p ON p.id = a.prospect_id "
                                      "WHERE a.title LIKE ? ESCAPE '\\' OR a.prospect_id IN ("),
                       QStringLiteral(") ORDER BY a.status = 'termine', a.due_at IS NULL, a.due_at LIMIT %1").arg(kMaxActions),
                       text, match)) {
        return;
    }
    while (q.next()) {
        out.append(Item{Kind::Action, q.value(0).toString(), q.value(1).toString(),
                        joinNonEmpty({crm::labelFor(crm::actionTypes(), q.value(4).toString()),
                                      when(q.value(2).toString()), q.value(3).toString(),
                                      crm::labelFor(crm::actionStatuses(), q.value(5).toString())}),
                        QIcon()});
    }
}

void CommandPaletteModel::findOpportunities(const QString &text, const QString &match, QList<Item> &out) const
{
    // Open ones first, then the best scored by the server, then by title.
    QSqlQuery q(m_replica->database());
    if (!searchRecords(q,
                       QStringLiteral("SELECT o.id, o.title, o.stage, p.company_name, o.amount_eur FROM opportunities o "
                                      "LEFT JOIN prospects p ON p.id = o.prospect_id "
                                      "WHERE o.title LIKE ? ESCAPE '\\' OR o.prospect_id IN ("),
                       QStringLiteral(") ORDER BY o.stage IN ('gagne', 'perdu'), o.score IS NULL, o.score DESC, "
                                      "o.title COLLATE NOCASE LIMIT %1")
                           .arg(kMaxOpportunities),
                       text, match)) {
        return;
    }
    while (q.next()) {
        out.append(Item{Kind::Opportunity, q.value(0).toString(), q.value(1).toString(),
                        joinNonEmpty({opportunities::stageLabel(q.value(2).toString()), q.value(3).toString(),
                                      opportunities::formatAmount(q.value(4))}),
                        opportunities::opportunitiesIcon()});
    }
}

int CommandPaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant CommandPaletteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return item.title;
    case Qt::DecorationRole:
        return item.icon.isNull() ? QVariant() : QVariant(item.icon);
    case Qt::ToolTipRole:
        return item.subtitle.isEmpty() ? item.title : QString(item.title + u'\n' + item.subtitle);
    case Qt::AccessibleTextRole:
        return QString(data(index, KindLabelRole).toString() + QStringLiteral(" : ") + item.title);
    case KindRole:
        return int(item.kind);
    case TargetRole:
        return item.target;
    case SubtitleRole:
        return item.subtitle;
    case KindLabelRole:
        switch (item.kind) {
        case Kind::Page:
            return tr("Page");
        case Kind::Prospect:
            return tr("Prospect");
        case Kind::Rdv:
            return tr("Rendez-vous");
        case Kind::Action:
            return tr("Action");
        case Kind::Opportunity:
            return tr("Opportunité");
        }
        return {};
    default:
        return {};
    }
}

CommandPaletteModel::Kind CommandPaletteModel::kindAt(int row) const
{
    return m_items.at(row).kind;
}

QString CommandPaletteModel::targetAt(int row) const
{
    return m_items.at(row).target;
}

} // namespace hector::ui
