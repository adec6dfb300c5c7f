#pragma once

#include "ui/crm/CrmRecordModel.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace hector::sync {
class LocalReplica;
}

namespace hector::ui {

// One appointment of the replica, with its prospect and owner joined. Times are local.
struct RdvItem
{
    QString id;
    QString entityId;
    QString title;
    QDateTime start;
    QDateTime end;
    QString location;
    QString status; // planifie, effectue, annule
    QString notes;
    std::optional<int> reminderMinutes;
    QString ownerId;
    QString ownerName;
    QString prospectId;
    QString prospectName;
    QString prospectPhone;
    QString prospectCity;
    QDateTime created;
    QDateTime updated;

    bool isCancelled() const { return status == QLatin1String("annule"); }
    // The end used to lay the appointment out (a missing or earlier end: the start).
    QDateTime effectiveEnd() const { return end.isValid() && end > start ? end : start; }
};

// The appointments of the replica that overlap [from, to), optionally of one owner and one
// status, in start order. A range is a few weeks: the rows are read at once (no paging).
// Re-queries when the replica's rdvs, prospects or users change (local write or sync).
class RdvModel : public CrmRecordModel
{
    Q_OBJECT
public:
    enum Column { Date, Time, Title, Prospect, Location, Status, Owner, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,   // raw value to sort on (QSortFilterProxyModel::setSortRole)
        StatusRole, // the status code
        StartRole,  // QDateTime
    };

    explicit RdvModel(sync::LocalReplica *replica, QObject *parent = nullptr);

    void setRange(const QDateTime &from, const QDateTime &to);
    QDateTime from() const { return m_from; }
    QDateTime to() const { return m_to; }

    void refresh() override;

    const QList<RdvItem> &items() const { return m_items; }
    const RdvItem *item(int row) const;
    const RdvItem *itemById(const QString &id) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Reads one appointment (any range), or nullopt.
    static std::optional<RdvItem> load(sync::LocalReplica *replica, const QString &id);

protected:
    QString columnTitle(int column) const override;

private:
    QDateTime m_from;
    QDateTime m_to;
    QList<RdvItem> m_items;
};

} // namespace hector::ui
