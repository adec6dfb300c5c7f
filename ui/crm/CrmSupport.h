#pragma once

#include "core/Dto.h"

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
class QWidget;
class QSqlDatabase;

namespace hector::ui {

// Shared pieces of the agenda (module 7) and actions (module 8) screens.

// The time used by the screens and the reminders; tests inject a fixed clock.
using Clock = std::function<QDateTime()>;
Clock systemClock();

// Replica timestamps are ISO-8601 UTC with milliseconds ("2026-12-01T09:00:00.000Z").
QDateTime parseTimestamp(const QVariant &value); // local time; invalid when empty
QString toTimestamp(const QDateTime &dateTime);   // the replica's form, in UTC

// The values of a form (strings, ints, null QVariant) as the JSON row core's validateRow() reads.
QJsonObject formRowToJson(const QVariantMap &values);

// Monday of the week of `date` (weeks start on Monday in France, Belgium and Luxembourg).
QDate weekStart(const QDate &date);

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

// A form label for a row whose field is a layout: the mnemonic (&) goes to `buddy`.
QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent);

// Colours and icons.
QColor rdvStatusColor(const QString &status);
QColor actionTypeColor(const QString &type);
QIcon actionTypeIcon(const QString &type); // a telephone, an envelope, a map pin, a document
QIcon overdueIcon();
QIcon agendaIcon();   // a calendar page, for « Agenda »
QIcon myDayIcon();    // a sun, for « Ma journée »
QIcon actionsIcon();  // a check list, for « Actions »

} // namespace hector::ui
