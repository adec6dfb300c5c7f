#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace hector::ui::icons {

// Icons of the prospect screens, drawn with QPainter (no image file, no font glyph).

// An in-tray with an arrow, for « À qualifier » (muted on the sidebar, white when selected).
QIcon qualificationQueueIcon();

// Events of a prospect's timeline: a white pictogram on a round badge of the event's colour.
enum class TimelineGlyph { Note, Rdv, Call, Email, Visit, Quote, Action, Conflict, Refused, Created, Qualified, Enriched };
QIcon timelineIcon(TimelineGlyph glyph, const QColor &color);

} // namespace hector::ui::icons
