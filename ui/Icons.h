#pragma once

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QString>

namespace hector::ui::icons {

// Icons are drawn with QPainter (no image plugin or file needed), crisp at any scale.

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
