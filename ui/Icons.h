#pragma once

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QString>

#include <functional>

class QPainter;

namespace hector::ui::icons {

// Icons are drawn with QPainter (no image plugin or file needed), crisp at any scale.

// A page icon of the sidebar, 16 to 64 px: `draw(painter, size, colour)` paints it in the muted
// colour, and in white for the selected page.
QIcon sidebarIcon(const std::function<void(QPainter &, qreal, const QColor &)> &draw);
// A small icon, 16 to 32 px: `draw(painter, size)` paints it on a transparent canvas.
QIcon smallIcon(const std::function<void(QPainter &, qreal)> &draw);

// The Hector mark: a rounded square in the accent colour with a white "H".
QIcon appIcon();
QPixmap appPixmap(int size, qreal devicePixelRatio = 1.0);
// A person silhouette, for « Mon compte ».
QIcon accountIcon();
// A building, for « Prospects ».
QIcon prospectsIcon();
// A circle with the initials of a name.
QPixmap avatar(const QString &displayName, int size, qreal devicePixelRatio = 1.0);
// A filled dot, for the connection state.
QPixmap dot(const QColor &color, int size, qreal devicePixelRatio = 1.0);
// Round badge with a glyph ("!" or "i") for message banners.
QPixmap badge(const QColor &color, QChar glyph, int size, qreal devicePixelRatio = 1.0);

QString initials(const QString &displayName);

// A magnifying glass, for the command palette (Ctrl+K).
QIcon searchIcon();

} // namespace hector::ui::icons
