#pragma once

#include "core/Result.h"
#include "ui/crm/CrmRecordModel.h"
#include "ui/crm/CrmSupport.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace hector::sync {
class LocalReplica;
}

namespace hector::ui {

// One sales action of the replica (module 8), with its prospect and owner joined. Times local.
struct ActionItem
{
    QString id;
    QString entityId;
    QString type;   // appel, email, visite, devis
    QString status; // a_faire, en_cours, termine
    QString title;
    QDateTime due;
    QDateTime completed;
    QString notes;
    QString ownerId;
    QString ownerName;
    QString prospectId;
    QString prospectName;

    bool isDone() const { return status == QLatin1String("termine"); }
    // Overdue: an échéance strictly before `now` and not done.
    bool isOverdueAt(const QDateTime &now) const { return !isDone() && due.isValid() && due < now; }
};

// What « Marquer terminé » changed, to undo it.
struct ActionDoneUndo
{
    QString id;
    QString title;
    QVariant status;      // before
    QVariant completedAt; // before
};

// The actions of the replica, filtered in SQL (owner, status, type, due before a time) and, for
// « en retard », against the injected clock. Re-queries on changes of actions, prospects, users.
// The status filter takes kOpen (not done) besides the codes.
class ActionModel : public CrmRecordModel
{
    Q_OBJECT
public:
    enum Column { Type, Title, Prospect, Due, Status, Owner, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,
        OverdueRole, // bool
        StatusRole,  // code
    };
    // Status filter values besides the codes.
    static inline const QString kOpen = QStringLiteral("*open*"); // not « terminé »

    explicit ActionModel(sync::LocalReplica *replica, QObject *parent = nullptr);

    void setClock(Clock clock);
    QDateTime now() const { return m_clock(); }

    void setTypeFilter(const QString &type); // empty: all
    void setOverdueOnly(bool overdueOnly);
    // Only actions due before `limit` (e.g. the end of today); invalid: no limit.
    void setDueBefore(const QDateTime &limit);
    QString typeFilter() const { return m_type; }
    bool overdueOnly() const { return m_overdueOnly; }

    void refresh() override;
    // Time passed: overdue marks are recomputed (and the « en retard » filter re-applied).
    void clockTicked();

    const QList<ActionItem> &items() const { return m_items; }
    const ActionItem *item(int row) const;
    int rowOf(const QString &id) const;
    int overdueCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static std::optional<ActionItem> load(sync::LocalReplica *replica, const QString &id);
    // Sets status « terminé » and completed_at = `now` (through the outbox); returns how to undo.
    static Result<ActionDoneUndo> markDone(sync::LocalReplica *replica, const QString &id, const QDateTime &now);
    // Puts back the status and completed_at of before markDone().
    static Result<void> undoMarkDone(sync::LocalReplica *replica, const ActionDoneUndo &undo);

protected:
    QString columnTitle(int column) const override;

private:
    Clock m_clock;
    QString m_type;
    bool m_overdueOnly = false;
    QDateTime m_dueBefore;
    QList<ActionItem> m_items;
};

} // namespace hector::ui
