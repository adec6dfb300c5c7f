#include "ui/prospects/ProspectIcons.h"

#include "ui/Icons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace hector::ui::icons {

namespace {
QPixmap canvas(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

// Draws `glyph` in white inside a unit square scaled to `s` (the badge's inner area).
void drawGlyph(QPainter &p, TimelineGlyph glyph, qreal s)
{
    QPen pen(Qt::white, qMax(1.2, s * 0.085));
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    auto pt = [s](qreal x, qreal y) { return QPointF(x * s, y * s); };
    auto rect = [s](qreal x, qreal y, qreal w, qreal h) { return QRectF(x * s, y * s, w * s, h * s); };
    switch (glyph) {
    case TimelineGlyph::Note: // a page with lines
        p.drawRoundedRect(rect(0.3, 0.24, 0.4, 0.52), s * 0.04, s * 0.04);
        p.drawLine(pt(0.38, 0.38), pt(0.62, 0.38));
        p.drawLine(pt(0.38, 0.5), pt(0.62, 0.5));
        p.drawLine(pt(0.38, 0.62), pt(0.54, 0.62));
        break;
    case TimelineGlyph::Rdv: // a calendar page
        p.drawRoundedRect(rect(0.26, 0.3, 0.48, 0.42), s * 0.05, s * 0.05);
        p.drawLine(pt(0.26, 0.43), pt(0.74, 0.43));
        p.drawLine(pt(0.38, 0.23), pt(0.38, 0.33));
        p.drawLine(pt(0.62, 0.23), pt(0.62, 0.33));
        p.setBrush(Qt::white);
        p.drawRect(rect(0.36, 0.52, 0.08, 0.08));
        break;
    case TimelineGlyph::Call: { // a handset
        QPainterPath path;
        path.moveTo(pt(0.32, 0.28));
        path.cubicTo(pt(0.26, 0.5), pt(0.48, 0.74), pt(0.72, 0.68));
        p.setPen(QPen(Qt::white, s * 0.15, Qt::SolidLine, Qt::RoundCap));
        p.drawPath(path);
        break;
    }
    case TimelineGlyph::Email: // an envelope
        p.drawRect(rect(0.25, 0.32, 0.5, 0.36));
        p.drawPolyline(QPolygonF{pt(0.25, 0.32), pt(0.5, 0.52), pt(0.75, 0.32)});
        break;
    case TimelineGlyph::Visit: { // a map pin
        QPainterPath pin;
        pin.moveTo(pt(0.5, 0.78));
        pin.cubicTo(pt(0.28, 0.52), pt(0.28, 0.24), pt(0.5, 0.24));
        pin.cubicTo(pt(0.72, 0.24), pt(0.72, 0.52), pt(0.5, 0.78));
        p.drawPath(pin);
        p.drawEllipse(rect(0.44, 0.36, 0.12, 0.12));
        break;
    }
    case TimelineGlyph::Quote: // a document with a euro-like bar
        p.drawRoundedRect(rect(0.3, 0.22, 0.4, 0.56), s * 0.04, s * 0.04);
        p.drawLine(pt(0.38, 0.36), pt(0.62, 0.36));
        p.drawLine(pt(0.38, 0.66), pt(0.62, 0.66));
        p.drawLine(pt(0.38, 0.51), pt(0.54, 0.51));
        break;
    case TimelineGlyph::Action:
    case TimelineGlyph::Qualified: // a check mark
        p.setPen(QPen(Qt::white, s * 0.12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(QPolygonF{pt(0.28, 0.52), pt(0.44, 0.67), pt(0.72, 0.34)});
        break;
    case TimelineGlyph::Conflict: // two opposite arrows
        p.drawLine(pt(0.26, 0.4), pt(0.72, 0.4));
        p.drawPolyline(QPolygonF{pt(0.6, 0.3), pt(0.72, 0.4), pt(0.6, 0.5)});
        p.drawLine(pt(0.28, 0.62), pt(0.74, 0.62));
        p.drawPolyline(QPolygonF{pt(0.4, 0.52), pt(0.28, 0.62), pt(0.4, 0.72)});
        break;
    case TimelineGlyph::Refused: // a cross
        p.setPen(QPen(Qt::white, s * 0.12, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(pt(0.33, 0.33), pt(0.67, 0.67));
        p.drawLine(pt(0.67, 0.33), pt(0.33, 0.67));
        break;
    case TimelineGlyph::Created: // a plus
        p.setPen(QPen(Qt::white, s * 0.12, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(pt(0.5, 0.28), pt(0.5, 0.72));
        p.drawLine(pt(0.28, 0.5), pt(0.72, 0.5));
        break;
    case TimelineGlyph::Enriched: { // a four-pointed spark
        QPainterPath star;
        star.moveTo(pt(0.5, 0.2));
        star.quadTo(pt(0.54, 0.46), pt(0.8, 0.5));
        star.quadTo(pt(0.54, 0.54), pt(0.5, 0.8));
        star.quadTo(pt(0.46, 0.54), pt(0.2, 0.5));
        star.quadTo(pt(0.46, 0.46), pt(0.5, 0.2));
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawPath(star);
        break;
    }
    }
}
} // namespace

QIcon timelineIcon(TimelineGlyph glyph, const QColor &color)
{
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48}) {
        QPixmap pixmap = canvas(size);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
        drawGlyph(p, glyph, size);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon qualificationQueueIcon()
{
    return sidebarIcon([](QPainter &p, qreal s, const QColor &color) {
        QPen pen(color, qMax(1.4, s * 0.09));
        pen.setJoinStyle(Qt::RoundJoin);
        pen.setCapStyle(Qt::RoundCap);
        p.setPen(pen);
        // The tray.
        QPainterPath tray;
        tray.moveTo(s * 0.12, s * 0.58);
        tray.lineTo(s * 0.34, s * 0.58);
        tray.lineTo(s * 0.4, s * 0.7);
        tray.lineTo(s * 0.6, s * 0.7);
        tray.lineTo(s * 0.66, s * 0.58);
        tray.lineTo(s * 0.88, s * 0.58);
        tray.lineTo(s * 0.88, s * 0.86);
        tray.lineTo(s * 0.12, s * 0.86);
        tray.closeSubpath();
        p.drawPath(tray);
        // The arrow coming in.
        p.drawLine(QPointF(s * 0.5, s * 0.1), QPointF(s * 0.5, s * 0.48));
        p.drawPolyline(QPolygonF{QPointF(s * 0.36, s * 0.35), QPointF(s * 0.5, s * 0.49), QPointF(s * 0.64, s * 0.35)});
    });
}

} // namespace hector::ui::icons
