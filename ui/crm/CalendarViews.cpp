#include "ui/crm/CalendarViews.h"

#include "core/crm/CrmRules.h"
#include "ui/Theme.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>

namespace hector::ui {

namespace {
constexpr int kMinHourHeight = 40;
constexpr int kMinDayWidth = 84;

QString rdvToolTip(const RdvItem &it)
{
    const QLocale locale;
    QStringList lines;
    lines << it.title;
    lines << QString(locale.toString(it.start, QStringLiteral("dddd d MMMM, HH:mm")) + QStringLiteral(" – ")
                     + hoursMinutes(it.effectiveEnd().time()));
    if (!it.prospectName.isEmpty())
        lines << it.prospectName;
    if (!it.location.isEmpty())
        lines << it.location;
    lines << crm::labelFor(crm::rdvStatuses(), it.status);
    return lines.join(u'\n');
}

bool onDay(const RdvItem &it, const QDate &date)
{
    const QDateTime dayStart(date, QTime(0, 0));
    const QDateTime dayEnd(date.addDays(1), QTime(0, 0));
    return it.start < dayEnd && (it.effectiveEnd() > dayStart || it.start >= dayStart);
}

// Draws `text` on at most `maxLines` lines of `rect`, wrapped at word boundaries; a line that
// does not fit (a long word, the last line) is elided. Returns the height used.
qreal drawWrapped(QPainter &p, const QRectF &rect, const QString &text, const QFont &font, int maxLines)
{
    const QFontMetricsF fm(font);
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    QList<qsizetype> starts;
    while (starts.size() < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        starts << line.textStart();
    }
    layout.endLayout();
    p.setFont(font);
    qreal y = rect.top();
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const bool last = i + 1 == starts.size();
        QString line = last ? text.mid(starts.at(i)) : text.mid(starts.at(i), starts.at(i + 1) - starts.at(i));
        line = line.trimmed();
        if (last || fm.horizontalAdvance(line) > rect.width())
            line = fm.elidedText(line, Qt::ElideRight, rect.width());
        p.drawText(QRectF(rect.left(), y, rect.width(), fm.height()), Qt::AlignLeft | Qt::AlignTop, line);
        y += fm.height();
    }
    return y - rect.top();
}

void paintEmptyState(QPainter &p, const QRectF &area, const QString &text, const QFont &font)
{
    if (text.isEmpty())
        return;
    p.save();
    QFont f = font;
    p.setFont(f);
    const QFontMetrics fm(f);
    const int width = int(qMin(area.width() - 40, 560.0));
    const QRect textRect = fm.boundingRect(QRect(0, 0, width, 1000), Qt::AlignCenter | Qt::TextWordWrap, text);
    QRectF box(0, 0, width + 40, textRect.height() + 32);
    box.moveCenter(area.center());
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(palette::border, 1));
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRoundedRect(box, 8, 8);
    p.setPen(palette::mutedText);
    p.drawText(box.adjusted(20, 16, -20, -16), Qt::AlignCenter | Qt::TextWordWrap, text);
    p.restore();
}
} // namespace

// ---------------------------------------------------------------------------------------------
// RdvCalendarView

RdvCalendarView::RdvCalendarView(QWidget *parent)
    : QWidget(parent)
    , m_clock(systemClock())
{
}

void RdvCalendarView::setClock(Clock clock)
{
    m_clock = std::move(clock);
    update();
}

void RdvCalendarView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

bool RdvCalendarView::requestOpenAt(const QPoint &pos)
{
    const QString id = rdvAt(pos);
    if (id.isEmpty())
        return false;
    emit openRequested(id);
    return true;
}

void RdvCalendarView::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void RdvCalendarView::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

// ---------------------------------------------------------------------------------------------
// WeekView

WeekView::WeekView(QWidget *parent)
    : RdvCalendarView(parent)
{
    setObjectName(QStringLiteral("weekView"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(false);
    const QDate today = m_clock().date();
    m_weekStart = hector::ui::weekStart(today);
    m_selectedDate = today;
    m_selectedTime = QTime(9, 0);
    updateAccessibleText();
}

void WeekView::setWeek(const QDate &anyDayOfWeek)
{
    const QDate monday = hector::ui::weekStart(anyDayOfWeek);
    if (monday == m_weekStart)
        return;
    m_weekStart = monday;
    if (m_selectedDate < m_weekStart || m_selectedDate > m_weekStart.addDays(6))
        m_selectedDate = anyDayOfWeek;
    layoutItems();
    selectAtSlot();
    update();
}

void WeekView::setItems(const QList<RdvItem> &items)
{
    m_items = items;
    layoutItems();
    if (!m_selectedId.isEmpty() && placementsOf(m_selectedId).isEmpty())
        m_selectedId.clear();
    if (m_selectedId.isEmpty())
        selectAtSlot();
    updateAccessibleText();
    update();
}

void WeekView::setSelectedSlot(const QDate &date, const QTime &time)
{
    QTime t = time.isValid() ? QTime(time.hour(), time.minute() - time.minute() % kSlotMinutes) : QTime(9, 0);
    t = std::clamp(t, QTime(kFirstHour, 0), QTime(kLastHour - 1, 60 - kSlotMinutes));
    m_selectedDate = date;
    m_selectedTime = t;
    selectAtSlot();
    updateAccessibleText();
    update();
    emit selectionChanged();
}

void WeekView::selectRdv(const QString &id)
{
    const QList<Placement> list = placementsOf(id);
    if (list.isEmpty())
        return;
    m_selectedDate = m_weekStart.addDays(list.first().day);
    const QTime from = list.first().from;
    m_selectedTime = std::clamp(QTime(from.hour(), from.minute() - from.minute() % kSlotMinutes), QTime(kFirstHour, 0),
                                QTime(kLastHour - 1, 60 - kSlotMinutes));
    m_selectedId = id;
    updateAccessibleText();
    update();
    emit selectionChanged();
}

int WeekView::headerHeight() const
{
    return fontMetrics().height() * 2 + 16;
}

int WeekView::gutterWidth() const
{
    return fontMetrics().horizontalAdvance(QStringLiteral("00:00")) + 18;
}

qreal WeekView::hourHeight() const
{
    const int hours = kLastHour - kFirstHour;
    return qMax<qreal>(kMinHourHeight, qreal(height() - headerHeight() - 1) / hours);
}

QRectF WeekView::gridRect() const
{
    const int g = gutterWidth();
    return QRectF(g, headerHeight(), qMax(0, width() - g - 1), hourHeight() * (kLastHour - kFirstHour));
}

QRectF WeekView::dayColumnRect(int day) const
{
    const QRectF grid = gridRect();
    const qreal w = grid.width() / 7;
    return QRectF(grid.left() + day * w, grid.top(), w, grid.height());
}

qreal WeekView::yForTime(const QTime &time) const
{
    const int minutes = std::clamp(QTime(kFirstHour, 0).secsTo(time) / 60, 0, (kLastHour - kFirstHour) * 60);
    return gridRect().top() + minutes * hourHeight() / 60.0;
}

QRectF WeekView::slotRect(const QDate &date, const QTime &time) const
{
    const qint64 day = m_weekStart.daysTo(date);
    if (day < 0 || day > 6)
        return {};
    const QRectF col = dayColumnRect(int(day));
    return QRectF(col.left(), yForTime(time), col.width(), hourHeight() * kSlotMinutes / 60.0);
}

QDateTime WeekView::slotAt(const QPoint &pos) const
{
    const QRectF grid = gridRect();
    if (!grid.contains(pos))
        return {};
    const int day = std::clamp(int((pos.x() - grid.left()) / (grid.width() / 7)), 0, 6);
    int minutes = int((pos.y() - grid.top()) * 60 / hourHeight());
    minutes = std::clamp(minutes - minutes % kSlotMinutes, 0, (kLastHour - kFirstHour) * 60 - kSlotMinutes);
    return QDateTime(m_weekStart.addDays(day), QTime(kFirstHour, 0).addSecs(minutes * 60));
}

QString WeekView::rdvAt(const QPoint &pos) const
{
    // Last painted is on top.
    for (auto it = m_placements.crbegin(); it != m_placements.crend(); ++it) {
        if (it->rect.contains(pos))
            return it->id;
    }
    return {};
}

QList<WeekView::Placement> WeekView::placementsOf(const QString &id) const
{
    QList<Placement> out;
    for (const Placement &p : m_placements) {
        if (p.id == id)
            out.append(p);
    }
    return out;
}

const RdvItem *WeekView::itemById(const QString &id) const
{
    for (const RdvItem &it : m_items) {
        if (it.id == id)
            return &it;
    }
    return nullptr;
}

QSize WeekView::sizeHint() const
{
    return {gutterWidth() + 7 * 130, headerHeight() + 48 * (kLastHour - kFirstHour) + 1};
}

QSize WeekView::minimumSizeHint() const
{
    return {gutterWidth() + 7 * kMinDayWidth, headerHeight() + kMinHourHeight * (kLastHour - kFirstHour) + 1};
}

void WeekView::layoutItems()
{
    m_placements.clear();
    const QRectF grid = gridRect();
    if (grid.width() <= 0)
        return;
    struct Segment
    {
        const RdvItem *item;
        QTime from;      // shown on that day
        QTime to;
        QDateTime vFrom; // laid out (clamped to the visible hours, at least one slot long)
        QDateTime vTo;
    };
    for (int day = 0; day < 7; ++day) {
        const QDate date = m_weekStart.addDays(day);
        const QDateTime dayStart(date, QTime(0, 0));
        const QDateTime dayEnd(date.addDays(1), QTime(0, 0));
        const QDateTime firstVisible(date, QTime(kFirstHour, 0));
        const QDateTime lastVisible(date, QTime(kLastHour, 0));
        QList<Segment> segments;
        for (const RdvItem &it : std::as_const(m_items)) {
            if (!onDay(it, date))
                continue;
            const QDateTime from = std::max(it.start, dayStart);
            const QDateTime to = std::min(it.effectiveEnd(), dayEnd);
            QDateTime vFrom = std::clamp(from, firstVisible, lastVisible);
            QDateTime vTo = std::clamp(to, firstVisible, lastVisible);
            if (vTo.secsTo(lastVisible) >= 0 && vFrom.secsTo(vTo) < kSlotMinutes * 60)
                vTo = vFrom.addSecs(kSlotMinutes * 60);
            if (vTo > lastVisible) {
                vTo = lastVisible;
                vFrom = lastVisible.addSecs(-kSlotMinutes * 60);
            }
            segments.append({&it, from.time(), to == dayEnd ? QTime(23, 59, 59) : to.time(), vFrom, vTo});
        }
        std::stable_sort(segments.begin(), segments.end(), [](const Segment &a, const Segment &b) {
            if (a.vFrom != b.vFrom)
                return a.vFrom < b.vFrom;
            return a.vTo > b.vTo; // longer first
        });
        // Clusters of overlapping blocks share the column width; each block takes the first lane
        // free at its start.
        const QRectF col = dayColumnRect(day);
        qsizetype clusterBegin = 0;
        QDateTime clusterEnd;
        QList<QDateTime> laneEnds;
        QList<int> lanes;
        auto flush = [&](qsizetype end) {
            const int count = int(laneEnds.size());
            for (qsizetype i = clusterBegin; i < end; ++i) {
                const Segment &s = segments.at(i);
                Placement p;
                p.id = s.item->id;
                p.day = day;
                p.lane = lanes.at(i - clusterBegin);
                p.lanes = count;
                p.from = s.from;
                p.to = s.to;
                const qreal laneWidth = (col.width() - 6) / count;
                const qreal top = yForTime(s.vFrom.time());
                const qreal bottom = s.vTo >= lastVisible ? grid.bottom() : yForTime(s.vTo.time());
                p.rect = QRectF(col.left() + 3 + p.lane * laneWidth, top + 1, laneWidth - (count > 1 ? 2 : 0),
                                qMax<qreal>(bottom - top - 2, 8));
                m_placements.append(p);
            }
            laneEnds.clear();
            lanes.clear();
            clusterBegin = end;
        };
        for (qsizetype i = 0; i < segments.size(); ++i) {
            const Segment &s = segments.at(i);
            if (!laneEnds.isEmpty() && s.vFrom >= clusterEnd)
                flush(i);
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.at(lane) > s.vFrom)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds.append(s.vTo);
            else
                laneEnds[lane] = s.vTo;
            lanes.append(lane);
            clusterEnd = laneEnds.size() == 1 && lanes.size() == 1 ? s.vTo : std::max(clusterEnd, s.vTo);
        }
        flush(segments.size());
    }
}

void WeekView::selectAtSlot()
{
    const qint64 day = m_weekStart.daysTo(m_selectedDate);
    QString found;
    for (const Placement &p : std::as_const(m_placements)) {
        if (p.day != day)
            continue;
        // The block covers the slot (blocks shorter than a slot cover the slot they start in).
        const QRectF slot = slotRect(m_selectedDate, m_selectedTime);
        const bool covers = p.rect.top() < slot.bottom() - 1 && p.rect.bottom() > slot.top() + 1;
        if (!covers)
            continue;
        if (p.id == m_selectedId) {
            found = p.id;
            break;
        }
        if (found.isEmpty())
            found = p.id;
    }
    m_selectedId = found;
}

void WeekView::updateAccessibleText()
{
    const QLocale locale;
    setAccessibleName(tr("Semaine du %1").arg(locale.toString(m_weekStart, QStringLiteral("d MMMM yyyy"))));
    QString description = QString(locale.toString(m_selectedDate, QStringLiteral("dddd d MMMM")) + QStringLiteral(", ")
                                  + hoursMinutes(m_selectedTime));
    if (const RdvItem *it = itemById(m_selectedId))
        description += QStringLiteral(" — ") + rdvToolTip(*it).replace(u'\n', QStringLiteral(", "));
    else
        description += tr(" — créneau libre (Entrée : nouveau rendez-vous)");
    setAccessibleDescription(description);
}

void WeekView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QLocale locale;
    const QRectF grid = gridRect();
    const int header = headerHeight();
    const int gutter = gutterWidth();
    const qreal hh = hourHeight();
    const QDateTime now = m_clock();
    const QDate today = now.date();
    p.fillRect(rect(), palette::surface);

    // Day columns: weekend greyed, today tinted.
    for (int day = 0; day < 7; ++day) {
        const QRectF col = dayColumnRect(day);
        const QDate date = m_weekStart.addDays(day);
        if (date == today)
            p.fillRect(col, mixColors(palette::surface, palette::accent, 0.07));
        else if (day >= 5)
            p.fillRect(col, mixColors(palette::surface, palette::window, 0.8));
    }
    // Selected slot.
    if (const QRectF slot = slotRect(m_selectedDate, m_selectedTime); !slot.isNull()) {
        p.fillRect(slot.adjusted(1, 1, -1, 0), hasFocus() ? mixColors(palette::surface, palette::accent, 0.22)
                                                          : mixColors(palette::surface, palette::accent, 0.1));
    }
    // Hour and half-hour lines, hour labels.
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    p.setFont(small);
    for (int h = kFirstHour; h <= kLastHour; ++h) {
        const qreal y = grid.top() + (h - kFirstHour) * hh;
        p.setPen(QPen(palette::border, 1));
        p.drawLine(QPointF(gutter - 6, y), QPointF(grid.right(), y));
        if (h < kLastHour) {
            p.setPen(QPen(mixColors(palette::border, palette::surface, 0.45), 1, Qt::DashLine));
            p.drawLine(QPointF(grid.left(), y + hh / 2), QPointF(grid.right(), y + hh / 2));
            p.setPen(palette::mutedText);
            p.drawText(QRectF(0, y + 2, gutter - 10, hh / 2), Qt::AlignRight | Qt::AlignTop, hoursMinutes(QTime(h, 0)));
        }
    }
    // Column separators.
    p.setPen(QPen(palette::border, 1));
    for (int day = 0; day <= 7; ++day) {
        const qreal x = grid.left() + day * grid.width() / 7;
        p.drawLine(QPointF(x, header - 6), QPointF(x, grid.bottom()));
    }

    // Header: day name and number; today's number on an accent disc.
    p.fillRect(QRectF(0, 0, width(), header), palette::surface);
    for (int day = 0; day < 7; ++day) {
        const QRectF col = dayColumnRect(day);
        const QDate date = m_weekStart.addDays(day);
        const QRectF cell(col.left(), 0, col.width(), header);
        const bool isToday = date == today;
        QFont nameFont = small;
        nameFont.setCapitalization(QFont::AllUppercase);
        p.setFont(nameFont);
        p.setPen(isToday ? palette::accent : palette::mutedText);
        p.drawText(QRectF(cell.left(), 6, cell.width(), fontMetrics().height()), Qt::AlignHCenter | Qt::AlignTop,
                   locale.toString(date, QStringLiteral("ddd")));
        QFont numberFont = font();
        numberFont.setPointSizeF(font().pointSizeF() * 1.15);
        numberFont.setBold(isToday);
        p.setFont(numberFont);
        const QFontMetrics nfm(numberFont);
        const QRectF numberRect(cell.center().x() - nfm.height() * 0.75, 8 + fontMetrics().height(), nfm.height() * 1.5,
                                nfm.height() + 2);
        if (isToday) {
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(palette::accent);
            const qreal d = qMin(numberRect.width(), numberRect.height() + 4);
            QRectF disc(0, 0, d + 4, d);
            disc.moveCenter(numberRect.center());
            p.drawRoundedRect(disc, d / 2, d / 2);
            p.setRenderHint(QPainter::Antialiasing, false);
            p.setPen(Qt::white);
        } else {
            p.setPen(day >= 5 ? palette::mutedText : palette::text);
        }
        p.drawText(numberRect, Qt::AlignCenter, QString::number(date.day()));
        if (date == m_selectedDate && hasFocus()) {
            p.setPen(QPen(palette::accent, 2));
            p.drawLine(QPointF(cell.left() + 8, header - 2), QPointF(cell.right() - 8, header - 2));
        }
    }
    p.setPen(QPen(palette::border, 1));
    p.drawLine(QPointF(0, header - 0.5), QPointF(width(), header - 0.5));

    // Appointment blocks.
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics bfm(bold);
    const QFontMetrics sfm(small);
    for (const Placement &pl : std::as_const(m_placements)) {
        const RdvItem *it = itemById(pl.id);
        if (!it)
            continue;
        const bool cancelled = it->isCancelled();
        const bool selected = pl.id == m_selectedId;
        const QColor color = rdvStatusColor(it->status);
        const QRectF r = pl.rect;
        QPainterPath shape;
        shape.addRoundedRect(r, 4, 4);
        p.fillPath(shape, cancelled ? QColor(0xf1, 0xf3, 0xf5) : mixColors(color, palette::surface, 0.84));
        p.save();
        p.setClipPath(shape);
        p.fillRect(QRectF(r.left(), r.top(), 4, r.height()), color);
        p.restore();
        p.setPen(selected ? QPen(palette::accentDark, 2) : QPen(mixColors(color, palette::surface, 0.45), 1));
        p.setBrush(Qt::NoBrush);
        p.drawPath(shape);

        const QRectF text = r.adjusted(8, 3, -4, -2);
        if (text.width() < 8 || text.height() < 6)
            continue;
        p.save();
        p.setClipRect(text);
        const QColor ink = cancelled ? palette::mutedText : palette::text;
        QFont titleFont = bold;
        titleFont.setStrikeOut(cancelled);
        const QString time = QString(hoursMinutes(it->start.time()) + QStringLiteral(" – ") + hoursMinutes(it->effectiveEnd().time()));
        qreal y = text.top();
        const bool narrow = text.width() < 96; // a lane among overlapping appointments
        if (text.height() < bfm.height() + sfm.height()) {
            // One line: « 09:00 Titre ».
            p.setFont(titleFont);
            p.setPen(ink);
            p.drawText(QRectF(text.left(), y, text.width(), bfm.height()), Qt::AlignLeft | Qt::AlignTop,
                       bfm.elidedText(QString(hoursMinutes(it->start.time()) + u' ' + it->title), Qt::ElideRight, int(text.width())));
        } else if (narrow) {
            // The start time, then as much of the title as fits, wrapped.
            p.setFont(small);
            p.setPen(cancelled ? palette::mutedText : mixColors(palette::text, palette::mutedText, 0.5));
            p.drawText(QRectF(text.left(), y, text.width(), sfm.height()), Qt::AlignLeft | Qt::AlignTop, hoursMinutes(it->start.time()));
            y += sfm.height();
            p.setPen(ink);
            drawWrapped(p, QRectF(text.left(), y, text.width(), text.bottom() - y), it->title, titleFont,
                        qMax(1, int((text.bottom() - y + 1) / bfm.height())));
        } else {
            p.setPen(ink);
            // The title may take two lines when the block is tall enough.
            const int titleLines = text.height() >= 2 * bfm.height() + 2 * sfm.height() ? 2 : 1;
            y += drawWrapped(p, QRectF(text.left(), y, text.width(), bfm.height() * titleLines), it->title, titleFont,
                             titleLines);
            p.setFont(small);
            p.setPen(cancelled ? palette::mutedText : mixColors(palette::text, palette::mutedText, 0.5));
            QStringList more{cancelled ? QString(time + QStringLiteral(" · ") + tr("annulé")) : time};
            if (!it->prospectName.isEmpty())
                more << it->prospectName;
            if (!it->location.isEmpty())
                more << it->location;
            for (const QString &line : std::as_const(more)) {
                if (y + sfm.height() > text.bottom() + 1)
                    break;
                p.drawText(QRectF(text.left(), y, text.width(), sfm.height()), Qt::AlignLeft | Qt::AlignTop,
                           sfm.elidedText(line, Qt::ElideRight, int(text.width())));
                y += sfm.height();
            }
        }
        p.restore();
    }

    // Current time on today's column.
    const qint64 todayIndex = m_weekStart.daysTo(today);
    if (todayIndex >= 0 && todayIndex < 7 && now.time() >= QTime(kFirstHour, 0) && now.time() <= QTime(kLastHour, 0)) {
        const QRectF col = dayColumnRect(int(todayIndex));
        const qreal y = yForTime(now.time());
        p.setPen(QPen(palette::danger, 2));
        p.drawLine(QPointF(col.left(), y), QPointF(col.right(), y));
        p.setPen(Qt::NoPen);
        p.setBrush(palette::danger);
        p.drawEllipse(QPointF(col.left() + 1, y), 4.5, 4.5);
    }

    if (m_items.isEmpty())
        paintEmptyState(p, grid, m_emptyText, font());

    if (hasFocus()) {
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setPen(QPen(mixColors(palette::accent, palette::surface, 0.4), 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void WeekView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutItems();
}

void WeekView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    const QDateTime slot = slotAt(pos);
    if (!slot.isValid()) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_selectedDate = slot.date();
    m_selectedTime = slot.time();
    const QString id = rdvAt(pos);
    if (id.isEmpty())
        selectAtSlot();
    else
        m_selectedId = id;
    updateAccessibleText();
    update();
    emit selectionChanged();
}

void WeekView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (requestOpenAt(pos))
        return;
    const QDateTime slot = slotAt(pos);
    if (slot.isValid())
        emit createRequested(slot);
}

void WeekView::keyPressEvent(QKeyEvent *event)
{
    QDate date = m_selectedDate;
    QTime time = m_selectedTime;
    switch (event->key()) {
    case Qt::Key_Left:
        date = date.addDays(-1);
        break;
    case Qt::Key_Right:
        date = date.addDays(1);
        break;
    case Qt::Key_Up:
        if (time > QTime(kFirstHour, 0))
            time = time.addSecs(-kSlotMinutes * 60);
        break;
    case Qt::Key_Down:
        if (time < QTime(kLastHour - 1, 60 - kSlotMinutes))
            time = time.addSecs(kSlotMinutes * 60);
        break;
    case Qt::Key_Home:
        time = QTime(kFirstHour, 0);
        break;
    case Qt::Key_End:
        time = QTime(kLastHour - 1, 60 - kSlotMinutes);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_selectedId.isEmpty())
            emit openRequested(m_selectedId);
        else
            emit createRequested(QDateTime(m_selectedDate, m_selectedTime));
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    m_selectedId.clear();
    if (date < m_weekStart || date > m_weekStart.addDays(6)) {
        m_selectedDate = date;
        m_selectedTime = time;
        emit navigateRequested(date);
        setSelectedSlot(date, time);
        return;
    }
    setSelectedSlot(date, time);
}

bool WeekView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const RdvItem *it = itemById(rdvAt(help->pos())))
            QToolTip::showText(help->globalPos(), rdvToolTip(*it), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

// ---------------------------------------------------------------------------------------------
// MonthView

MonthView::MonthView(QWidget *parent)
    : RdvCalendarView(parent)
{
    setObjectName(QStringLiteral("monthView"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    const QDate today = m_clock().date();
    m_month = QDate(today.year(), today.month(), 1);
    m_selected = today;
    updateAccessibleText();
}

void MonthView::setMonth(const QDate &anyDayOfMonth)
{
    const QDate first(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    if (first == m_month)
        return;
    m_month = first;
    if (m_selected.year() != first.year() || m_selected.month() != first.month())
        m_selected = anyDayOfMonth;
    updateAccessibleText();
    update();
}

QDate MonthView::firstShownDay() const
{
    return hector::ui::weekStart(m_month);
}

QDate MonthView::lastShownDay() const
{
    return firstShownDay().addDays(41);
}

void MonthView::setItems(const QList<RdvItem> &items)
{
    m_items = items;
    updateAccessibleText();
    update();
}

void MonthView::setSelectedDate(const QDate &date)
{
    m_selected = date;
    updateAccessibleText();
    update();
    emit selectionChanged();
}

int MonthView::headerHeight() const
{
    return fontMetrics().height() + 14;
}

int MonthView::lineHeight() const
{
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    return QFontMetrics(small).height() + 5;
}

QRectF MonthView::cellRect(const QDate &date) const
{
    const qint64 index = firstShownDay().daysTo(date);
    if (index < 0 || index >= 42)
        return {};
    const qreal w = (width() - 1) / 7.0;
    const qreal h = (height() - headerHeight() - 1) / 6.0;
    return QRectF(int(index % 7) * w, headerHeight() + int(index / 7) * h, w, h);
}

QDate MonthView::dateAt(const QPoint &pos) const
{
    if (pos.y() < headerHeight() || pos.x() < 0 || pos.x() >= width() - 1)
        return {};
    const qreal w = (width() - 1) / 7.0;
    const qreal h = (height() - headerHeight() - 1) / 6.0;
    const int col = std::clamp(int(pos.x() / w), 0, 6);
    const int row = int((pos.y() - headerHeight()) / h);
    if (row < 0 || row > 5)
        return {};
    return firstShownDay().addDays(row * 7 + col);
}

int MonthView::maxLinesPerCell() const
{
    const qreal h = (height() - headerHeight() - 1) / 6.0;
    const int numberArea = fontMetrics().height() + 8;
    return qMax(1, int((h - numberArea - 3) / lineHeight()));
}

QList<const RdvItem *> MonthView::itemsOn(const QDate &date) const
{
    QList<const RdvItem *> out;
    for (const RdvItem &it : m_items) {
        if (onDay(it, date))
            out.append(&it);
    }
    return out;
}

QStringList MonthView::shownIds(const QDate &date) const
{
    const QList<const RdvItem *> items = itemsOn(date);
    const int max = maxLinesPerCell();
    const int shown = items.size() <= max ? int(items.size()) : max - 1;
    QStringList out;
    for (int i = 0; i < shown; ++i)
        out << items.at(i)->id;
    return out;
}

int MonthView::hiddenCount(const QDate &date) const
{
    return int(itemsOn(date).size()) - int(shownIds(date).size());
}

QString MonthView::rdvAt(const QPoint &pos) const
{
    const QDate date = dateAt(pos);
    if (!date.isValid())
        return {};
    const QRectF cell = cellRect(date);
    const qreal top = cell.top() + fontMetrics().height() + 8;
    if (pos.y() < top)
        return {};
    const int line = int((pos.y() - top) / lineHeight());
    const QStringList ids = shownIds(date);
    return line >= 0 && line < ids.size() ? ids.at(line) : QString();
}

QSize MonthView::sizeHint() const
{
    return {7 * 140, headerHeight() + 6 * (fontMetrics().height() + 8 + 3 * lineHeight() + 6)};
}

QSize MonthView::minimumSizeHint() const
{
    return {7 * 90, headerHeight() + 6 * (fontMetrics().height() + 8 + lineHeight() + 6)};
}

void MonthView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QLocale locale;
    const QDateTime now = m_clock();
    const QDate today = now.date();
    p.fillRect(rect(), palette::surface);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    const QFontMetrics sfm(small);
    QFont smallBold = small;
    smallBold.setBold(true);

    // Day names.
    const qreal w = (width() - 1) / 7.0;
    QFont nameFont = small;
    nameFont.setCapitalization(QFont::AllUppercase);
    p.setFont(nameFont);
    p.setPen(palette::mutedText);
    for (int col = 0; col < 7; ++col) {
        p.drawText(QRectF(col * w, 0, w, headerHeight()), Qt::AlignCenter,
                   locale.toString(firstShownDay().addDays(col), QStringLiteral("dddd")));
    }

    const int numberArea = fontMetrics().height() + 8;
    for (int i = 0; i < 42; ++i) {
        const QDate date = firstShownDay().addDays(i);
        const QRectF cell = cellRect(date);
        const bool inMonth = date.month() == m_month.month();
        const bool isToday = date == today;
        QColor bg = palette::surface;
        if (!inMonth)
            bg = mixColors(palette::surface, palette::window, 0.9);
        else if (date.dayOfWeek() >= 6)
            bg = mixColors(palette::surface, palette::window, 0.5);
        if (isToday)
            bg = mixColors(palette::surface, palette::accent, 0.07);
        p.fillRect(cell, bg);

        // Day number, today on an accent disc; the 1st of a month with the month name.
        QFont numberFont = font();
        numberFont.setBold(isToday);
        p.setFont(numberFont);
        const QString number = date.day() == 1 ? locale.toString(date, QStringLiteral("d MMM")) : QString::number(date.day());
        const QRectF numberRect(cell.left() + 6, cell.top() + 4, cell.width() - 12, numberArea - 6);
        if (isToday) {
            p.setRenderHint(QPainter::Antialiasing);
            const qreal textWidth = fontMetrics().horizontalAdvance(number) + 12;
            const qreal d = numberRect.height();
            p.setPen(Qt::NoPen);
            p.setBrush(palette::accent);
            p.drawRoundedRect(QRectF(numberRect.left() - 4, numberRect.top(), qMax(d, textWidth), d), d / 2, d / 2);
            p.setRenderHint(QPainter::Antialiasing, false);
            p.setPen(Qt::white);
            p.drawText(QRectF(numberRect.left() - 4, numberRect.top(), qMax(d, textWidth), d), Qt::AlignCenter, number);
        } else {
            p.setPen(inMonth ? palette::text : palette::mutedText);
            p.drawText(numberRect, Qt::AlignLeft | Qt::AlignVCenter, number);
        }

        // Appointments: a status dot, the time and the title; « +k autres » when they do not fit.
        const QList<const RdvItem *> items = itemsOn(date);
        const QStringList ids = shownIds(date);
        qreal y = cell.top() + numberArea;
        p.setRenderHint(QPainter::Antialiasing);
        for (const RdvItem *it : items) {
            if (!ids.contains(it->id))
                continue;
            const QRectF line(cell.left() + 4, y, cell.width() - 8, lineHeight() - 2);
            const QColor color = rdvStatusColor(it->status);
            p.setPen(Qt::NoPen);
            p.setBrush(it->isCancelled() ? QColor(0xf1, 0xf3, 0xf5) : mixColors(color, palette::surface, 0.86));
            p.drawRoundedRect(line, 3, 3);
            p.setBrush(color);
            p.drawEllipse(QPointF(line.left() + 7, line.center().y()), 3, 3);
            QFont f = small;
            f.setStrikeOut(it->isCancelled());
            p.setFont(f);
            p.setPen(it->isCancelled() ? palette::mutedText : palette::text);
            const QString label = it->start.date() == date ? QString(hoursMinutes(it->start.time()) + u' ' + it->title) : it->title;
            const QRectF textRect = line.adjusted(14, 0, -3, 0);
            p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, sfm.elidedText(label, Qt::ElideRight, int(textRect.width())));
            y += lineHeight();
        }
        const int hidden = int(items.size()) - int(ids.size());
        if (hidden > 0) {
            p.setFont(smallBold);
            p.setPen(palette::accentDark);
            p.drawText(QRectF(cell.left() + 8, y, cell.width() - 12, lineHeight() - 2), Qt::AlignLeft | Qt::AlignVCenter,
                       hidden == 1 ? tr("+1 autre") : tr("+%1 autres").arg(hidden));
        }
        p.setRenderHint(QPainter::Antialiasing, false);
    }

    // Grid lines.
    p.setPen(QPen(palette::border, 1));
    const qreal h = (height() - headerHeight() - 1) / 6.0;
    for (int row = 0; row <= 6; ++row) {
        const qreal y = headerHeight() + row * h;
        p.drawLine(QPointF(0, y), QPointF(width() - 1, y));
    }
    for (int col = 0; col <= 7; ++col)
        p.drawLine(QPointF(col * w, headerHeight()), QPointF(col * w, height() - 1));

    // Selected day.
    if (const QRectF cell = cellRect(m_selected); !cell.isNull()) {
        p.setPen(QPen(hasFocus() ? palette::accent : mixColors(palette::accent, palette::surface, 0.5), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(cell.adjusted(1, 1, -1, -1));
    }

    if (m_items.isEmpty())
        paintEmptyState(p, QRectF(0, headerHeight(), width(), height() - headerHeight()), m_emptyText, font());
}

void MonthView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const QDate date = dateAt(event->position().toPoint());
    if (date.isValid())
        setSelectedDate(date);
}

void MonthView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (requestOpenAt(pos))
        return;
    const QDate date = dateAt(pos);
    if (!date.isValid())
        return;
    if (hiddenCount(date) > 0) {
        // « +k autres »: the whole day in the week view.
        emit dayActivated(date);
        return;
    }
    emit createRequested(QDateTime(date, QTime(9, 0)));
}

void MonthView::keyPressEvent(QKeyEvent *event)
{
    QDate date = m_selected;
    switch (event->key()) {
    case Qt::Key_Left:
        date = date.addDays(-1);
        break;
    case Qt::Key_Right:
        date = date.addDays(1);
        break;
    case Qt::Key_Up:
        date = date.addDays(-7);
        break;
    case Qt::Key_Down:
        date = date.addDays(7);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit dayActivated(m_selected);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    if (date.month() != m_month.month() || date.year() != m_month.year()) {
        m_selected = date;
        emit navigateRequested(date);
    }
    setSelectedDate(date);
}

void MonthView::updateAccessibleText()
{
    const QLocale locale;
    setAccessibleName(locale.toString(m_month, QStringLiteral("MMMM yyyy")));
    QStringList titles;
    for (const RdvItem *it : itemsOn(m_selected))
        titles << QString(hoursMinutes(it->start.time()) + u' ' + it->title);
    const QString day = locale.toString(m_selected, QStringLiteral("dddd d MMMM"));
    setAccessibleDescription(titles.isEmpty() ? tr("%1 : aucun rendez-vous").arg(day)
                                              : tr("%1 : %2").arg(day, titles.join(QStringLiteral(", "))));
}

} // namespace hector::ui
