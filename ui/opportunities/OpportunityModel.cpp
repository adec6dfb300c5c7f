#include "ui/opportunities/OpportunityModel.h"

#include "sync/replica/LocalReplica.h"
#include "ui/Theme.h"
#include "ui/crm/CrmSupport.h"
#include "ui/opportunities/OpportunitySupport.h"

#include <QCollator>
#include <QFont>
#include <QLocale>
#include <QMimeData>
#include <QSqlQuery>

#include <numeric>
#include <vector>

namespace hector::ui {

namespace {
const char *kSelect =
    "SELECT o.id, o.entity_id, o.title, o.stage, o.prospect_id, p.company_name, p.city, o.owner_id, "
    "trim(coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '')), u.email, o.amount_eur, o.monthly_eur, "
    "o.probability, o.expected_close_at, o.closed_at, o.stagnant_since, o.last_activity_at, o.lost_reason";

const char *kFrom = " FROM opportunities o LEFT JOIN prospects p ON p.id = o.prospect_id LEFT JOIN users u ON u.id = o.owner_id";

OpportunityItem readItem(const QSqlQuery &q)
{
    OpportunityItem it;
    it.id = q.value(0).toString();
    it.entityId = q.value(1).toString();
    it.title = q.value(2).toString();
    it.stage = q.value(3).toString();
    it.prospectId = q.value(4).toString();
    it.prospectName = q.value(5).toString();
    it.prospectCity = q.value(6).toString();
    it.ownerId = q.value(7).toString();
    it.ownerName = q.value(8).toString().isEmpty() ? q.value(9).toString() : q.value(8).toString();
    it.amount = q.value(10);
    it.monthly = q.value(11);
    it.probability = q.value(12);
    it.expectedClose = parseTimestamp(q.value(13));
    it.closedAt = parseTimestamp(q.value(14));
    it.stagnantSince = parseTimestamp(q.value(15));
    it.lastActivityAt = parseTimestamp(q.value(16));
    it.lostReason = q.value(17).toString();
    return it;
}
} // namespace

bool OpportunityItem::isStagnant() const
{
    return stagnantSince.isValid() && !opportunities::isClosedStage(stage);
}

OpportunityModel::OpportunityModel(sync::LocalReplica *replica, QObject *parent)
    : CrmRecordModel(replica,
                     {QStringLiteral("opportunities"), QStringLiteral("opportunity_activities"), QStringLiteral("prospects"),
                      QStringLiteral("users"), QStringLiteral("entities")},
                     ColumnCount, parent)
{
    refresh();
}

void OpportunityModel::setTemperatureFilter(const QString &code)
{
    if (code == m_temperature)
        return;
    m_temperature = code;
    refresh();
}

void OpportunityModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    refresh();
}

void OpportunityModel::watchedTableChanged(const QString &)
{
    m_scoresStale = true; // an input of the score may have changed
    refresh();
}

void OpportunityModel::refresh()
{
    QList<OpportunityItem> items;
    if (m_replica) {
        const QSqlDatabase db = m_replica->database();
        if (m_scoresStale) {
            m_scores = sync::localScoring::scoreAll(db);
            m_scoresStale = false;
        }
        QStringList where;
        QVariantList params;
        if (!m_owner.isEmpty()) {
            where << QStringLiteral("o.owner_id = ?");
            params << m_owner;
        }
        if (m_status == kOpen) {
            where << QStringLiteral("o.stage NOT IN ('gagne', 'perdu')");
        } else if (!m_status.isEmpty()) {
            where << QStringLiteral("o.stage = ?");
            params << m_status;
        }
        // The search: the prospect's words through the full-text index (a flag per row), the title
        // folded in C++ (accents and case ignored).
        const QString needle = foldedText(m_search.trimmed());
        const QString match = sync::LocalReplica::searchExpression(m_search.trimmed());
        QString prospectMatch = QStringLiteral(", 0");
        if (!needle.isEmpty() && !match.isEmpty()) {
            prospectMatch = QStringLiteral(", o.prospect_id IN (SELECT p2.id FROM prospects p2 WHERE p2.rowid IN "
                                           "(SELECT rowid FROM prospects_search WHERE prospects_search MATCH ?))");
            params.prepend(match);
        }
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QString::fromLatin1(kSelect) + prospectMatch + QString::fromLatin1(kFrom)
                  + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))));
        for (const QVariant &p : std::as_const(params))
            q.addBindValue(p);
        const bool byTemperature = !m_temperature.isEmpty();
        const scoring::Temperature wanted = opportunities::temperatureFromCode(m_temperature);
        if (q.exec()) {
            while (q.next()) {
                OpportunityItem it = readItem(q);
                if (!needle.isEmpty() && !q.value(18).toBool() && !foldedText(it.title).contains(needle))
                    continue;
                const auto score = m_scores.constFind(it.id);
                if (score != m_scores.cend()) {
                    it.score = score->total;
                    it.temperature = score->temperature;
                } else { // written since the scores were computed (not announced yet)
                    const auto single = sync::localScoring::score(db, it.id);
                    it.score = single ? single->total : 0;
                    it.temperature = single ? single->temperature : scoring::Temperature::Cold;
                }
                if (byTemperature && it.temperature != wanted)
                    continue;
                items.append(std::move(it));
            }
        }
        // Highest score first, then by title in the user's collation: each title's collation key is
        // computed once (comparing titles with localeAwareCompare() at each step of the sort took
        // most of a refresh on 100 000 opportunities, where a score is shared by a thousand rows).
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::vector<std::pair<QCollatorSortKey, qsizetype>> keys;
        keys.reserve(size_t(items.size()));
        for (qsizetype i = 0; i < items.size(); ++i)
            keys.emplace_back(collator.sortKey(items.at(i).title), i);
        std::vector<qsizetype> order(size_t(items.size()));
        std::iota(order.begin(), order.end(), qsizetype(0));
        std::sort(order.begin(), order.end(), [&items, &keys](qsizetype l, qsizetype r) {
            const OpportunityItem &a = items.at(l);
            const OpportunityItem &b = items.at(r);
            if (a.score != b.score)
                return a.score > b.score;
            const int byTitle = keys[size_t(l)].first.compare(keys[size_t(r)].first);
            return byTitle != 0 ? byTitle < 0 : a.id < b.id;
        });
        QList<OpportunityItem> sorted;
        sorted.reserve(items.size());
        for (qsizetype i : order)
            sorted.append(std::move(items[i]));
        items = std::move(sorted);
    }
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
    emit refreshed();
}

const OpportunityItem *OpportunityModel::item(int row) const
{
    return itemAtRow(m_items, row);
}

const OpportunityItem *OpportunityModel::itemById(const QString &id) const
{
    return item(rowOf(id));
}

int OpportunityModel::rowOf(const QString &id) const
{
    return rowOfId(m_items, id);
}

int OpportunityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QString OpportunityModel::columnTitle(int column) const
{
    switch (column) {
    case Title:
        return tr("Intitulé");
    case Prospect:
        return tr("Prospect");
    case Stage:
        return tr("Étape");
    case Amount:
        return tr("Montant");
    case Monthly:
        return tr("Mensuel");
    case Probability:
        return tr("Probabilité");
    case Score:
        return tr("Score");
    case Temperature:
        return tr("Température");
    case Owner:
        return tr("Responsable");
    case ExpectedClose:
        return tr("Signature prévue");
    default:
        return {};
    }
}

QVariant OpportunityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OpportunityItem &it = m_items.at(index.row());
    switch (role) {
    case IdRole:
        return it.id;
    case StageRole:
        return it.stage;
    case TemperatureRole:
        return scoring::temperatureCode(it.temperature);
    case ScoreRole:
        return it.score;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return it.title;
        case Prospect:
            return it.prospectName;
        case Stage:
            return opportunities::stageLabel(it.stage);
        case Amount:
            return opportunities::formatAmount(it.amount);
        case Monthly:
            return opportunities::formatMonthly(it.monthly);
        case Probability:
            return it.probability.isNull() ? QString() : tr("%1 %").arg(it.probability.toInt());
        case Score:
            return it.score;
        case Temperature:
            return scoring::temperatureLabel(it.temperature);
        case Owner:
            return it.ownerName;
        case ExpectedClose:
            return it.expectedClose.isValid() ? QLocale().toString(it.expectedClose.date(), QStringLiteral("dd/MM/yyyy")) : QString();
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case Title:
            return foldedText(it.title);
        case Prospect:
            return foldedText(it.prospectName);
        case Stage:
            return int(opportunities::allStages().indexOf(it.stage));
        case Amount:
            return it.amount.isNull() ? qint64(-1) : it.amount.toLongLong();
        case Monthly:
            return it.monthly.isNull() ? qint64(-1) : it.monthly.toLongLong();
        case Probability:
            return it.probability.isNull() ? -1 : it.probability.toInt();
        case Score:
        case Temperature:
            return it.score;
        case Owner:
            return foldedText(it.ownerName);
        case ExpectedClose:
            return it.expectedClose.isValid() ? it.expectedClose.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == Temperature || index.column() == Score)
            return opportunities::temperatureColor(it.temperature);
        if (index.column() == Stage)
            return opportunities::stageColor(it.stage).darker(115);
        return {};
    case Qt::FontRole:
        if (index.column() == Temperature || index.column() == Score) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == Monthly || index.column() == Probability || index.column() == Score)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DecorationRole:
        if (index.column() == Title && it.isStagnant())
            return opportunities::stagnationIcon();
        return {};
    case Qt::ToolTipRole: {
        // The whole card, for what a narrow column elides.
        QStringList lines{it.title};
        if (!it.prospectName.isEmpty())
            lines << (it.prospectCity.isEmpty() ? it.prospectName : tr("%1 (%2)").arg(it.prospectName, it.prospectCity));
        lines << tr("%1 · score %2 (%3)").arg(opportunities::stageLabel(it.stage)).arg(it.score).arg(scoring::temperatureLabel(it.temperature));
        if (it.isStagnant())
            lines << tr("Sans activité depuis le %1").arg(QLocale().toString(it.stagnantSince.date(), QStringLiteral("dd/MM/yyyy")));
        if (it.stage == QLatin1String("perdu") && !it.lostReason.isEmpty())
            lines << tr("Perdue : %1").arg(it.lostReason);
        if (it.expectedClose.isValid() && !opportunities::isClosedStage(it.stage))
            lines << tr("Signature prévue le %1").arg(QLocale().toString(it.expectedClose.date(), QStringLiteral("dd/MM/yyyy")));
        if (!it.ownerName.isEmpty())
            lines << tr("Responsable : %1").arg(it.ownerName);
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

Qt::ItemFlags OpportunityModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = CrmRecordModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QString OpportunityModel::mimeType()
{
    return QStringLiteral("application/x-hector-opportunity-ids");
}

QStringList OpportunityModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *OpportunityModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QString id = index.data(IdRole).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    if (ids.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(mimeType(), ids.join(u'\n').toUtf8());
    mime->setText(ids.join(u'\n'));
    return mime;
}

QStringList OpportunityModel::idsFromMime(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(mimeType()))
        return {};
    return QString::fromUtf8(mime->data(mimeType())).split(u'\n', Qt::SkipEmptyParts);
}

Qt::DropActions OpportunityModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

std::optional<OpportunityItem> OpportunityModel::load(sync::LocalReplica *replica, const QString &id)
{
    QSqlQuery q(replica->database());
    q.prepare(QString::fromLatin1(kSelect) + QString::fromLatin1(kFrom) + QStringLiteral(" WHERE o.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    OpportunityItem it = readItem(q);
    if (const auto score = sync::localScoring::score(replica->database(), id)) {
        it.score = score->total;
        it.temperature = score->temperature;
    }
    return it;
}

} // namespace hector::ui
