#pragma once

#include "core/Dto.h"
#include "core/Result.h"
#include "core/scoring/OpportunityScore.h"

#include <QColor>
#include <QDateTime>
#include <QIcon>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

class QPainter;
class QRectF;

namespace hector::sync {
class LocalReplica;
}

namespace hector::ui {

// Shared pieces of the opportunity screens (issue #6, module 14): stages, temperatures, activity
// kinds, the stage change with its undo, the delete with its undo, icons.
namespace opportunities {

inline const QString kTable = QStringLiteral("opportunities");

// --- stages ---
QString stageLabel(const QString &stage); // « Négociation »
QColor stageColor(const QString &stage);
bool isClosedStage(const QString &stage); // gagne, perdu
// The open stages in pipeline order (the columns of the board).
QStringList openStages();
// Every stage in order: the open ones, then gagne and perdu.
QStringList allStages();
// The probability an opportunity gets by default at `stage` (%).
int defaultProbability(const QString &stage);

// --- temperatures ---
QColor temperatureColor(scoring::Temperature t);
scoring::Temperature temperatureFromCode(const QString &code); // HOT, WARM, COLD
// A rounded chip « 75 · WARM » in the temperature's colour, right-aligned in `bounds`; returns its
// width.
qreal paintTemperatureChip(QPainter *painter, const QRectF &bounds, int score, scoring::Temperature t);

// --- money ---
// « 12 500 € », « 89 €/mois »; empty for no value.
QString formatAmount(const QVariant &euros);
QString formatMonthly(const QVariant &euros);
// What the user typed as a whole number of euros (« 12 500 », « 12500 € »): the value, a null
// QVariant for an empty text, or nullopt when it is not a number.
std::optional<QVariant> parseEuros(const QString &text);

// --- activities ---
const QList<QPair<QString, QString>> &activityKinds();      // appel, email, rdv, devis, autre
const QList<QPair<QString, QString>> &activityDirections(); // sortant, entrant
// The kind's pictogram on a badge, with an arrow in the corner: out (blue) or in (green).
QIcon activityIcon(const QString &kind, const QString &direction);
QIcon directionIcon(const QString &direction);

// Records an activity of `me` on the opportunity and, when it is later than the opportunity's last
// activity (or there was none), moves last_activity_at to it — in ONE batch. Returns its id.
Result<QString> addActivity(sync::LocalReplica *replica, const QString &opportunityId, const UserDto &me,
                            const QString &kind, const QString &direction, const QDateTime &when, const QString &summary);
// A note of `me` on the opportunity. Returns its id.
Result<QString> addNote(sync::LocalReplica *replica, const QString &opportunityId, const UserDto &me, const QString &body);

// --- stage change (board drag and drop, Ctrl+←/→) ---
// The columns a move to `stage` writes besides the stage: stage_changed_at = `now`; closed_at =
// `now` for gagne/perdu (kept when it was already closed), cleared otherwise; lost_reason for
// perdu only.
QVariantMap stageChangeValues(const QVariantMap &current, const QString &stage, const QString &lostReason,
                              const QDateTime &now);

struct StageUndo
{
    QString id;
    QString title;
    QString from;
    QString to;
    QVariantMap before; // the columns written, as they were
    bool isEmpty() const { return id.isEmpty(); }
};
// Moves the opportunity `id` to `stage` through the outbox. The probability follows the stage's
// default when it was at the default of the old stage (or empty). An empty StageUndo when it was
// already at that stage.
Result<StageUndo> changeStage(sync::LocalReplica *replica, const QString &id, const QString &stage,
                              const QString &lostReason, const QDateTime &now);
Result<void> undoStageChange(sync::LocalReplica *replica, const StageUndo &undo);

// --- delete ---
struct DeletedOpportunity
{
    QVariantMap row;
    QList<QVariantMap> activities;
    QList<QVariantMap> notes;
    bool isEmpty() const { return row.isEmpty(); }
};
// The opportunity with its activities and notes, before a delete (which removes them too).
DeletedOpportunity snapshotForDelete(sync::LocalReplica *replica, const QString &id);
// Writes it back in ONE batch under a new id (deleted ids are never reused): its activities and
// notes are re-created by `me` (the server accepts them only from their author), with the original
// author in front of the text when it was someone else. The server's scoring history is not
// restored (it is written by the server only). Returns the new id.
Result<QString> restoreOpportunity(sync::LocalReplica *replica, const DeletedOpportunity &deleted, const UserDto &me);

// --- icons ---
QIcon opportunitiesIcon(); // a funnel, for the sidebar
QIcon proximityIcon();     // a map pin in a circle
QIcon bellIcon(const QColor &color);
QIcon stagnationIcon();    // an hourglass in the warning colour

} // namespace opportunities
} // namespace hector::ui
