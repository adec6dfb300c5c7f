#pragma once

#include "ui/crm/CrmSupport.h"
#include "ui/crm/RdvModel.h"

#include <QDate>
#include <QList>
#include <QWidget>

namespace hector::ui {

// What the week and month views share: the appointments shown, the clock (for « today »), the
// text shown over an empty period, a repaint when the focus comes or goes (the selection is
// drawn in a stronger colour with the focus), and the requests to the page.
class RdvCalendarView : public QWidget
{
    Q_OBJECT
public:
    void setClock(Clock clock);
    void setEmptyText(const QString &text);
    // The id of the appointment under `pos`, or empty.
    virtual QString rdvAt(const QPoint &pos) const = 0;

signals:
    void openRequested(const QString &id);
    void createRequested(const QDateTime &start);
    void selectionChanged();
    // The selection left the period shown (keyboard): the page shows the period of `date`.
    void navigateRequested(const QDate &date);

protected:
    explicit RdvCalendarView(QWidget *parent);

    // A double-click on an appointment opens it: emits openRequested(). False when there is
    // none under `pos`.
    bool requestOpenAt(const QPoint &pos);
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

    QList<RdvItem> m_items;
    Clock m_clock;
    QString m_emptyText;
};

// Week of appointments: 7 day columns × hours kFirstHour-kLastHour, appointments as blocks at
// their time (overlapping ones side by side), today tinted with the current-time line. Keyboard:
// ←/→ day, ↑/↓ half hour, Entrée opens the appointment of the selected slot or creates one there.
class WeekView : public RdvCalendarView
{
    Q_OBJECT
public:
    static constexpr int kFirstHour = 7;
    static constexpr int kLastHour = 20;
    static constexpr int kSlotMinutes = 30;

    // One block of an appointment on one day (an appointment over midnight has two).
    struct Placement
    {
        QString id;
        int day = 0;   // 0 = Monday
        int lane = 0;  // 0-based column among the overlapping appointments
        int lanes = 1; // how many side by side
        QTime from;    // the part of the appointment shown on that day
        QTime to;
        QRectF rect;   // in widget coordinates
    };

    explicit WeekView(QWidget *parent = nullptr);

    void setWeek(const QDate &anyDayOfWeek);
    QDate weekStart() const { return m_weekStart; }
    void setItems(const QList<RdvItem> &items);

    // Selection: a day and a half-hour slot, and the appointment there (if any).
    void setSelectedSlot(const QDate &date, const QTime &time);
    QDate selectedDate() const { return m_selectedDate; }
    QTime selectedTime() const { return m_selectedTime; }
    QString selectedId() const { return m_selectedId; }
    void selectRdv(const QString &id);

    // Geometry (public for tests and accessibility).
    QRectF gridRect() const;
    QRectF dayColumnRect(int day) const;
    qreal yForTime(const QTime &time) const;
    QRectF slotRect(const QDate &date, const QTime &time) const;
    QDateTime slotAt(const QPoint &pos) const; // start of the half hour under pos; invalid outside
    QString rdvAt(const QPoint &pos) const override;
    QList<Placement> placements() const { return m_placements; }
    QList<Placement> placementsOf(const QString &id) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    void layoutItems();
    void selectAtSlot();
    void updateAccessibleText();
    qreal hourHeight() const;
    int headerHeight() const;
    int gutterWidth() const;
    const RdvItem *itemById(const QString &id) const;

    QDate m_weekStart;
    QList<Placement> m_placements;
    QDate m_selectedDate;
    QTime m_selectedTime;
    QString m_selectedId;
};

// Month of appointments: 6 weeks × 7 days, up to a few titles per day and « +k ». Keyboard:
// arrows move the selected day, Entrée shows that day in the week view (dayActivated).
class MonthView : public RdvCalendarView
{
    Q_OBJECT
public:
    explicit MonthView(QWidget *parent = nullptr);

    void setMonth(const QDate &anyDayOfMonth);
    QDate month() const { return m_month; }
    QDate firstShownDay() const;
    QDate lastShownDay() const; // inclusive: 6 weeks after firstShownDay()
    void setItems(const QList<RdvItem> &items);

    void setSelectedDate(const QDate &date);
    QDate selectedDate() const { return m_selected; }

    // Geometry (public for tests).
    QRectF cellRect(const QDate &date) const;
    QDate dateAt(const QPoint &pos) const;
    QString rdvAt(const QPoint &pos) const override;
    int maxLinesPerCell() const;
    // What a day cell shows: the ids of the listed appointments and how many more (« +k »).
    QStringList shownIds(const QDate &date) const;
    int hiddenCount(const QDate &date) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void dayActivated(const QDate &date);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QList<const RdvItem *> itemsOn(const QDate &date) const;
    int headerHeight() const;
    int lineHeight() const;
    void updateAccessibleText();

    QDate m_month;
    QDate m_selected;
};

} // namespace hector::ui
