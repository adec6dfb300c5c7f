#pragma once

#include "core/Dto.h"
#include "core/Result.h"

#include <QColor>
#include <QDateTime>
#include <QIcon>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

class QComboBox;
class QLabel;
class QPainter;
class QStyleOptionViewItem;
class QWidget;
class QSqlDatabase;

namespace hector::sync {
class LocalReplica;
}

namespace hector::ui {

class MessageBanner;

// Shared pieces of the agenda (module 7) and actions (module 8) screens.

// The time used by the screens and the reminders; tests inject a fixed clock.
using Clock = std::function<QDateTime()>;
Clock systemClock();

// Replica timestamps are ISO-8601 UTC with milliseconds ("2026-12-01T09:00:00.000Z").
QDateTime parseTimestamp(const QVariant &value); // local time; invalid when empty
QString toTimestamp(const QDateTime &dateTime);   // the replica's form, in UTC

// The values of a form (strings, ints, null QVariant) as the JSON row core's validateRow() reads.
QJsonObject formRowToJson(const QVariantMap &values);

// Lower case without accents, for matching what the user typed (« equipes » finds « Équipes »).
QString foldedText(const QString &text);

// Monday of the week of `date` (weeks start on Monday in France, Belgium and Luxembourg).
QDate weekStart(const QDate &date);

// « 14:05 »
QString hoursMinutes(const QTime &time);

// « En retard de 3 jours » for a task due at `due`, at `now`.
QString overdueText(const QDateTime &due, const QDateTime &now);

// A person of the replica's user directory.
struct Person
{
    QString id;
    QString name;
};
// Active users, by name; of one entity when `entityId` is not empty.
QList<Person> activeUsers(const QSqlDatabase &db, const QString &entityId = {});
QString personName(const QSqlDatabase &db, const QString &userId);

// Commercials see only their own appointments and actions (server row-level security): the
// screens do not offer « toute l'équipe » or another owner to them.
bool seesOnlyOwnRecords(const UserDto &user);

// Fills an owner combo: `me` first, then the active users of `entityId` (all users of the
// directory for a user without entity), keeping `currentOwnerId` selectable.
void fillOwnerCombo(QComboBox *combo, const QSqlDatabase &db, const UserDto &me, const QString &entityId,
                    const QString &currentOwnerId);

// The item at `row` of a model's `items`, or nullptr.
template <typename Item>
const Item *itemAtRow(const QList<Item> &items, int row)
{
    return row >= 0 && row < items.size() ? &items.at(row) : nullptr;
}

// The row of the item of `items` whose id is `id`, or -1.
template <typename Item>
int rowOfId(const QList<Item> &items, const QString &id)
{
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).id == id)
            return i;
    }
    return -1;
}

// « Supprimer » with « Annuler » (Agenda, Actions): asks `question` (its %1: the record's title)
// in a Oui / Annuler box, then deletes the row `id` of `table` through the outbox. Returns the
// row as it was, for restoreDeletedRow(); empty when there is no such row, the user cancelled or
// the replica refused (its message is then shown on `banner`).
QVariantMap confirmAndDeleteRow(QWidget *parent, sync::LocalReplica *replica, MessageBanner *banner,
                                const QString &table, const QString &id, const QString &caption,
                                const QString &question);
// Writes a deleted row back under a new id (the server never reuses a deleted one); returns it.
Result<QString> restoreDeletedRow(sync::LocalReplica *replica, const QString &table, QVariantMap row);

// A form label for a row whose field is a layout: the mnemonic (&) goes to `buddy`.
QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent);

// Colours and icons.
QColor mixColors(const QColor &a, const QColor &b, qreal t); // `t` of the way from `a` to `b`
// A card of a list of cards (« Ma journée », the opportunities board): a rounded white frame with a
// stripe of `accent` (grey when `muted`) on its left, tinted when selected, outlined in the
// accent colour when it has the focus.
void paintCardFrame(QPainter *p, const QStyleOptionViewItem &option, const QColor &accent, bool muted);
QColor rdvStatusColor(const QString &status);
QColor actionTypeColor(const QString &type);
QIcon actionTypeIcon(const QString &type); // a telephone, an envelope, a map pin, a document
QIcon overdueIcon();
QIcon agendaIcon();   // a calendar page, for « Agenda »
QIcon myDayIcon();    // a sun, for « Ma journée »
QIcon actionsIcon();  // a check list, for « Actions »

} // namespace hector::ui
