#pragma once

#include "core/scoring/OpportunityScore.h"
#include "sync/crm/LocalScoring.h"
#include "ui/crm/CrmRecordModel.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QVariant>

#include <optional>

class QMimeData;

namespace hector::sync {
class LocalReplica;
}

namespace hector::ui {

// One opportunity of the replica with its prospect and owner joined, and its live local score.
struct OpportunityItem
{
    QString id;
    QString entityId;
    QString title;
    QString stage;
    QString prospectId;
    QString prospectName;
    QString prospectCity;
    QString ownerId;
    QString ownerName;
    QVariant amount;      // one-off, euros (null: unknown)
    QVariant monthly;     // recurring, euros a month
    QVariant probability; // %
    QDateTime expectedClose;
    QDateTime closedAt;
    QDateTime stagnantSince; // set by the server's stagnation job
    QDateTime lastActivityAt;
    QString lostReason;
    int score = 0;
    scoring::Temperature temperature = scoring::Temperature::Cold;

    bool isStagnant() const;
};

// The opportunities of the replica (module 14) for the board and the list: filtered in SQL (owner,
// stage group, search on the title and the prospect) and by temperature, sorted by score (highest
// first). Scores come from the bulk local scoring (sync/crm/LocalScoring), computed again when one
// of its inputs changes (opportunities, activities, prospects, users, entities) — not when a filter
// changes. Cards can be dragged (mimeData() carries the ids).
class OpportunityModel : public CrmRecordModel
{
    Q_OBJECT
public:
    enum Column { Title, Prospect, Stage, Amount, Monthly, Probability, Score, Temperature, Owner, ExpectedClose, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,
        StageRole,       // code
        TemperatureRole, // HOT, WARM, COLD
        ScoreRole,       // int
    };
    // Stage filter values besides the codes (setStatusFilter()).
    static inline const QString kOpen = QStringLiteral("*open*");

    explicit OpportunityModel(sync::LocalReplica *replica, QObject *parent = nullptr);

    // Empty: every temperature; else HOT, WARM or COLD.
    void setTemperatureFilter(const QString &code);
    QString temperatureFilter() const { return m_temperature; }
    // Words of the title (accents and case ignored) or of the prospect (full-text index).
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

    void refresh() override;

    const QList<OpportunityItem> &items() const { return m_items; }
    const OpportunityItem *item(int row) const;
    const OpportunityItem *itemById(const QString &id) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    static QString mimeType(); // application/x-hector-opportunity-ids
    static QStringList idsFromMime(const QMimeData *mime);

    // One opportunity with its live score (single scoring), e.g. to open it from elsewhere.
    static std::optional<OpportunityItem> load(sync::LocalReplica *replica, const QString &id);

protected:
    QString columnTitle(int column) const override;
    void watchedTableChanged(const QString &table) override;

private:
    QString m_temperature;
    QString m_search;
    bool m_scoresStale = true;
    QHash<QString, sync::localScoring::ScoreSummary> m_scores;
    QList<OpportunityItem> m_items;
};

} // namespace hector::ui
