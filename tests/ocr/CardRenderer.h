#pragma once

// Business cards drawn with QPainter for the OCR tests: real card proportions (85 × 55 mm),
// fonts at the sizes printed cards use (8-14 pt), a few layouts, optional light noise, slight
// rotation and a low-resolution "phone photo" rendition.

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace hector::test {

struct CardLine
{
    QString text;
    double points = 9;     // font size in typographic points
    bool bold = false;
    bool italic = false;
    QColor color = QColor(30, 30, 30);
};

struct CardStyle
{
    enum class Layout { Left, Centered, TwoColumns };
    Layout layout = Layout::Left;
    QString family = QStringLiteral("DejaVu Sans");
    QColor background = Qt::white;
    QColor accent = QColor(0, 70, 140);
    int dpi = 300;
    double rotationDegrees = 0;
    int noisePercent = 0;      // share of pixels given random grey speckles
    int downscaleWidth = 0;    // > 0: the final image is scaled to this width (a phone photo)
    bool logoBar = false;      // a coloured bar on the left edge
    int splitAt = 3;           // TwoColumns: lines [0, splitAt) left, the rest right
};

inline QImage renderCard(const QList<CardLine> &lines, const CardStyle &style = {})
{
    const double mm = style.dpi / 25.4;
    const QSize size(qRound(85 * mm), qRound(55 * mm));
    QImage card(size, QImage::Format_RGB32);
    card.fill(style.background);
    {
        QPainter p(&card);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        if (style.logoBar)
            p.fillRect(QRect(0, 0, qRound(4 * mm), size.height()), style.accent);
        const int margin = qRound((style.logoBar ? 8 : 5) * mm);
        auto drawColumn = [&](const QList<CardLine> &column, int left, int width, Qt::Alignment align) {
            double y = 5 * mm;
            for (const CardLine &line : column) {
                QFont font(style.family);
                font.setPixelSize(qRound(line.points * style.dpi / 72.0));
                font.setBold(line.bold);
                font.setItalic(line.italic);
                p.setFont(font);
                p.setPen(line.color);
                const QFontMetricsF fm(font);
                y += fm.ascent();
                const QRectF box(left, y - fm.ascent(), width, fm.height());
                p.drawText(box, align | Qt::AlignVCenter, line.text);
                y += fm.descent() + fm.leading() + 0.9 * mm;
            }
        };
        switch (style.layout) {
        case CardStyle::Layout::Left:
            drawColumn(lines, margin, size.width() - 2 * margin, Qt::AlignLeft);
            break;
        case CardStyle::Layout::Centered:
            drawColumn(lines, margin, size.width() - 2 * margin, Qt::AlignHCenter);
            break;
        case CardStyle::Layout::TwoColumns: {
            const int half = (size.width() - 2 * margin) / 2;
            drawColumn(lines.mid(0, style.splitAt), margin, half - qRound(2 * mm), Qt::AlignLeft);
            drawColumn(lines.mid(style.splitAt), margin + half + qRound(2 * mm), half - qRound(2 * mm), Qt::AlignLeft);
            break;
        }
        }
    }
    QImage out = card;
    if (style.rotationDegrees != 0) {
        // Photographed on a table: the card slightly turned on a grey background.
        QImage canvas(size + QSize(qRound(10 * mm), qRound(10 * mm)), QImage::Format_RGB32);
        canvas.fill(QColor(200, 200, 200));
        QPainter p(&canvas);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.translate(canvas.width() / 2.0, canvas.height() / 2.0);
        p.rotate(style.rotationDegrees);
        p.drawImage(QPointF(-size.width() / 2.0, -size.height() / 2.0), card);
        p.end();
        out = canvas;
    }
    if (style.noisePercent > 0) {
        QRandomGenerator rng(4242);
        const qint64 count = qint64(out.width()) * out.height() * style.noisePercent / 100;
        for (qint64 i = 0; i < count; ++i) {
            const int x = int(rng.bounded(out.width()));
            const int y = int(rng.bounded(out.height()));
            const int g = int(rng.bounded(120, 255));
            out.setPixel(x, y, qRgb(g, g, g));
        }
    }
    if (style.downscaleWidth > 0)
        out = out.scaledToWidth(style.downscaleWidth, Qt::SmoothTransformation);
    return out;
}

} // namespace hector::test
