#pragma once

#include <QColor>

class QApplication;

namespace hector::ui {

// The restrained palette of the client (Fusion style, light).
namespace palette {
inline const QColor accent{0x2f, 0x6f, 0xb0};
inline const QColor accentDark{0x23, 0x55, 0x88};
inline const QColor window{0xf4, 0xf6, 0xf8};
inline const QColor surface{0xff, 0xff, 0xff};
inline const QColor sidebar{0xea, 0xee, 0xf3};
inline const QColor border{0xd5, 0xdb, 0xe3};
inline const QColor text{0x1f, 0x29, 0x33};
inline const QColor mutedText{0x5f, 0x6b, 0x7a};
inline const QColor success{0x2e, 0x8b, 0x57};
inline const QColor warning{0xc7, 0x7c, 0x02};
inline const QColor danger{0xc0, 0x39, 0x2b};
} // namespace palette

// Fusion style, palette, base font size and the few style-sheet rules of the client.
void applyTheme(QApplication &app);

} // namespace hector::ui
