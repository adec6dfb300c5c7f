#include "ui/admin/AdminIcons.h"

#include "ui/Icons.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace hector::ui::icons {

QIcon usersIcon()
{
    return sidebarIcon([](QPainter &p, qreal s, const QColor &color) {
        p.setPen(Qt::NoPen);
        QColor back = color;
        back.setAlphaF(0.6);
        // The person behind, to the right.
        p.setBrush(back);
        p.drawEllipse(QRectF(s * 0.52, s * 0.14, s * 0.28, s * 0.28));
        QPainterPath b2;
        b2.moveTo(s * 0.46, s * 0.82);
        b2.cubicTo(s * 0.46, s * 0.52, s * 0.98, s * 0.52, s * 0.98, s * 0.82);
        b2.closeSubpath();
        p.drawPath(b2);
        // The person in front.
        p.setBrush(color);
        p.drawEllipse(QRectF(s * 0.16, s * 0.22, s * 0.32, s * 0.32));
        QPainterPath b1;
        b1.moveTo(s * 0.04, s * 0.94);
        b1.cubicTo(s * 0.04, s * 0.6, s * 0.6, s * 0.6, s * 0.6, s * 0.94);
        b1.closeSubpath();
        p.drawPath(b1);
    });
}

QIcon auditIcon()
{
    return sidebarIcon([](QPainter &p, qreal s, const QColor &color) {
        QPen pen(color, std::max(1.0, s * 0.08));
        pen.setCapStyle(Qt::RoundCap);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(s * 0.16, s * 0.08, s * 0.68, s * 0.84), s * 0.08, s * 0.08);
        for (qreal y : {0.3, 0.5, 0.7})
            p.drawLine(QPointF(s * 0.32, s * y), QPointF(s * 0.68, s * y));
    });
}

QIcon teamsIcon()
{
    return sidebarIcon([](QPainter &p, qreal s, const QColor &color) {
        // The lead on top, linked to two members below.
        QPen pen(color, std::max(1.0, s * 0.06));
        p.setPen(pen);
        p.drawLine(QPointF(s * 0.5, s * 0.36), QPointF(s * 0.5, s * 0.5));
        p.drawLine(QPointF(s * 0.22, s * 0.5), QPointF(s * 0.78, s * 0.5));
        p.drawLine(QPointF(s * 0.22, s * 0.5), QPointF(s * 0.22, s * 0.6));
        p.drawLine(QPointF(s * 0.78, s * 0.5), QPointF(s * 0.78, s * 0.6));
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(QRectF(s * 0.36, s * 0.06, s * 0.28, s * 0.28));
        for (qreal x : {0.08, 0.64}) {
            p.drawEllipse(QRectF(s * x, s * 0.6, s * 0.28, s * 0.28));
        }
    });
}

QIcon jobsIcon()
{
    return sidebarIcon([](QPainter &p, qreal s, const QColor &color) {
        QPen pen(color, std::max(1.0, s * 0.08));
        pen.setCapStyle(Qt::RoundCap);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawArc(QRectF(s * 0.1, s * 0.1, s * 0.8, s * 0.8), 100 * 16, 300 * 16);
        p.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.5, s * 0.26));
        p.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.68, s * 0.6));
        // The arrow head of the loop.
        p.drawLine(QPointF(s * 0.42, s * 0.1), QPointF(s * 0.3, s * 0.02));
        p.drawLine(QPointF(s * 0.42, s * 0.1), QPointF(s * 0.32, s * 0.22));
    });
}

QIcon quotasIcon()
{
    return sidebarIcon([](QPainter &p, qreal s, const QColor &color) {
        QPen pen(color, std::max(1.0, s * 0.09));
        pen.setCapStyle(Qt::RoundCap);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawArc(QRectF(s * 0.08, s * 0.2, s * 0.84, s * 0.84), 0, 180 * 16);
        p.drawLine(QPointF(s * 0.5, s * 0.62), QPointF(s * 0.74, s * 0.36));
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(QPointF(s * 0.5, s * 0.62), s * 0.08, s * 0.08);
    });
}

QIcon enrichmentIcon()
{
    return sidebarIcon([](QPainter &p, qreal s, const QColor &color) {
        QPainterPath pin;
        pin.moveTo(s * 0.4, s * 0.94);
        pin.cubicTo(s * 0.1, s * 0.6, s * 0.06, s * 0.42, s * 0.06, s * 0.36);
        pin.arcTo(QRectF(s * 0.06, s * 0.02, s * 0.68, s * 0.68), 180, -180);
        pin.cubicTo(s * 0.74, s * 0.42, s * 0.7, s * 0.6, s * 0.4, s * 0.94);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawPath(pin);
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(s * 0.4, s * 0.36), s * 0.12, s * 0.12);
        QPen pen(color, std::max(1.0, s * 0.09));
        pen.setCapStyle(Qt::RoundCap);
        p.setPen(pen);
        p.drawLine(QPointF(s * 0.84, s * 0.62), QPointF(s * 0.84, s * 0.94));
        p.drawLine(QPointF(s * 0.68, s * 0.78), QPointF(s * 0.98, s * 0.78));
    });
}

QIcon companySearchIcon()
{
    return sidebarIcon([](QPainter &p, qreal s, const QColor &color) {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        // A building.
        p.drawRect(QRectF(s * 0.06, s * 0.2, s * 0.4, s * 0.74));
        QPen pen(color, std::max(1.0, s * 0.09));
        pen.setCapStyle(Qt::RoundCap);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        // The magnifier.
        p.drawEllipse(QRectF(s * 0.44, s * 0.08, s * 0.42, s * 0.42));
        p.drawLine(QPointF(s * 0.8, s * 0.46), QPointF(s * 0.96, s * 0.64));
    });
}

} // namespace hector::ui::icons
