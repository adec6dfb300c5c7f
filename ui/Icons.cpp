#include "ui/Icons.h"

#include "ui/Theme.h"

#include <QPainter>
#include <QPainterPath>
#include <functional>
#include <utility>

namespace hector::ui::icons {

namespace {

QPixmap canvas(int size, qreal dpr)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

QIcon multiSize(const std::function<QPixmap(int)> &draw)
{
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(draw(size));
    return icon;
}

} // namespace

QIcon sidebarIcon(const std::function<void(QPainter &, qreal, const QColor &)> &draw)
{
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48, 64}) {
        for (const auto &[mode, color] : {std::pair{QIcon::Normal, palette::mutedText},
                                          std::pair{QIcon::Selected, QColor(Qt::white)}}) {
            QPixmap pixmap = canvas(size, 1.0);
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            draw(p, size, color);
            p.end();
            icon.addPixmap(pixmap, mode);
        }
    }
    return icon;
}

QIcon smallIcon(const std::function<void(QPainter &, qreal)> &draw)
{
    QIcon icon;
    for (int size : {16, 20, 24, 32}) {
        QPixmap pixmap = canvas(size, 1.0);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        draw(p, size);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QPixmap appPixmap(int size, qreal devicePixelRatio)
{
    QPixmap pixmap = canvas(size, devicePixelRatio);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(0.5, 0.5, size - 1.0, size - 1.0);
    QLinearGradient gradient(r.topLeft(), r.bottomRight());
    gradient.setColorAt(0, palette::accent.lighter(112));
    gradient.setColorAt(1, palette::accentDark);
    p.setPen(Qt::NoPen);
    p.setBrush(gradient);
    p.drawRoundedRect(r, size * 0.22, size * 0.22);
    // "H" drawn as three bars, independent of fonts.
    const qreal w = size * 0.13;
    const qreal top = size * 0.24;
    const qreal height = size * 0.52;
    const qreal left = size * 0.28;
    const qreal right = size * 0.72 - w;
    p.setBrush(Qt::white);
    p.drawRoundedRect(QRectF(left, top, w, height), w * 0.3, w * 0.3);
    p.drawRoundedRect(QRectF(right, top, w, height), w * 0.3, w * 0.3);
    p.drawRect(QRectF(left + w * 0.5, top + height / 2 - w / 2, right - left, w));
    return pixmap;
}

QIcon appIcon()
{
    return multiSize([](int size) { return appPixmap(size); });
}

QIcon accountIcon()
{
    return sidebarIcon([](QPainter &p, qreal s, const QColor &color) {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(QRectF(s * 0.32, s * 0.1, s * 0.36, s * 0.36));
        QPainterPath body;
        body.moveTo(s * 0.12, s * 0.92);
        body.cubicTo(s * 0.12, s * 0.58, s * 0.88, s * 0.58, s * 0.88, s * 0.92);
        body.closeSubpath();
        p.drawPath(body);
    });
}

QIcon prospectsIcon()
{
    // A building: a block with window rows.
    return sidebarIcon([](QPainter &p, qreal s, const QColor &color) {
        QPainterPath building;
        building.addRoundedRect(QRectF(s * 0.18, s * 0.1, s * 0.64, s * 0.82), s * 0.06, s * 0.06);
        for (int row = 0; row < 3; ++row) {
            for (int col = 0; col < 2; ++col) {
                building.addRect(QRectF(s * (0.3 + col * 0.24), s * (0.22 + row * 0.2), s * 0.16, s * 0.1));
            }
        }
        building.addRect(QRectF(s * 0.42, s * 0.76, s * 0.16, s * 0.16));
        building.setFillRule(Qt::OddEvenFill);
        p.fillPath(building, color);
    });
}

QIcon searchIcon()
{
    return smallIcon([](QPainter &p, qreal s) {
        QPen pen(palette::mutedText, qMax(1.5, s * 0.11));
        pen.setCapStyle(Qt::RoundCap);
        p.setPen(pen);
        p.drawEllipse(QRectF(s * 0.14, s * 0.14, s * 0.5, s * 0.5));
        p.drawLine(QPointF(s * 0.57, s * 0.57), QPointF(s * 0.86, s * 0.86));
    });
}

QString initials(const QString &displayName)
{
    QString out;
    const QStringList words = displayName.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (out.size() == 2)
            break;
        if (word.at(0).isLetterOrNumber())
            out.append(word.at(0).toUpper());
    }
    if (out.isEmpty() && !displayName.isEmpty())
        out = displayName.left(1).toUpper();
    return out;
}

QPixmap avatar(const QString &displayName, int size, qreal devicePixelRatio)
{
    QPixmap pixmap = canvas(size, devicePixelRatio);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(palette::accent);
    p.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(qMax(6, size * 2 / 5));
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, initials(displayName));
    return pixmap;
}

QPixmap dot(const QColor &color, int size, qreal devicePixelRatio)
{
    QPixmap pixmap = canvas(size, devicePixelRatio);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color.darker(125), 1));
    p.setBrush(color);
    p.drawEllipse(QRectF(1, 1, size - 2.0, size - 2.0));
    return pixmap;
}

QPixmap badge(const QColor &color, QChar glyph, int size, qreal devicePixelRatio)
{
    QPixmap pixmap = canvas(size, devicePixelRatio);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(qMax(6, size * 3 / 4));
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, QString(glyph));
    return pixmap;
}

} // namespace hector::ui::icons
