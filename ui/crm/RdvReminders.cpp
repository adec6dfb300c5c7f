#include "ui/crm/RdvReminders.h"

#include "sync/replica/LocalReplica.h"
#include "ui/FormSupport.h"
#include "ui/Icons.h"
#include "ui/Theme.h"

#include <QAccessible>
#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QGraphicsDropShadowEffect>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSqlQuery>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QVBoxLayout>

namespace hector::ui {

namespace {

// Keeps the reminder card in the top-right corner of the window.
class CornerKeeper : public QObject
{
public:
    CornerKeeper(QWidget *card, QWidget *window)
        : QObject(card)
        , m_card(card)
    {
        window->installEventFilter(this);
        place(window);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest)
            place(static_cast<QWidget *>(watched));
        return false;
    }

    void place(QWidget *window)
    {
        m_card->adjustSize();
        m_card->move(window->width() - m_card->width() - 24, 64);
        m_card->raise();
    }

private:
    QWidget *m_card;
};
} // namespace

QString RdvReminder::message() const
{
    const QLocale locale;
    const QDateTime now = notifiedAt.isValid() ? notifiedAt : QDateTime::currentDateTime();
    const qint64 minutes = qMax<qint64>(0, now.secsTo(start) / 60);
    QString when = locale.toString(start, QStringLiteral("HH:mm"));
    if (start.date() != now.date())
        when = locale.toString(start, QStringLiteral("dddd d MMMM à HH:mm"));
    else if (minutes > 0)
        when = QCoreApplication::translate("hector::ui::RdvReminders", "%1 (dans %2 min)").arg(when).arg(minutes);
    QStringList parts{when};
    if (!prospectName.isEmpty())
        parts << prospectName;
    if (!location.isEmpty())
        parts << location;
    return parts.join(QStringLiteral(" — "));
}

RdvReminders::RdvReminders(sync::LocalReplica *replica, const QString &userId, QObject *parent)
    : QObject(parent)
    , m_replica(replica)
    , m_userId(userId)
    , m_clock(systemClock())
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kCheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &RdvReminders::check);
    m_timer->start();
    connect(replica, &sync::LocalReplica::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("rdvs"))
            check();
    });
}

void RdvReminders::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

bool RdvReminders::wasNotified(const QString &id) const
{
    for (const QString &key : m_notified) {
        if (key.startsWith(id + u'|'))
            return true;
    }
    return false;
}

void RdvReminders::check()
{
    if (!m_replica || m_userId.isEmpty())
        return;
    const QDateTime now = m_clock();
    // Reminders are at most 7 days ahead (core validation): look at the next 8 days, and at
    // appointments still running.
    QSqlQuery q(m_replica->database());
    q.prepare(QStringLiteral("SELECT r.id, r.title, r.starts_at, r.ends_at, r.reminder_minutes, r.location, p.company_name "
                             "FROM rdvs r LEFT JOIN prospects p ON p.id = r.prospect_id "
                             "WHERE r.owner_id = ? AND r.status = 'planifie' AND r.reminder_minutes IS NOT NULL "
                             "AND r.starts_at <= ? AND coalesce(r.ends_at, r.starts_at) >= ? ORDER BY r.starts_at"));
    q.addBindValue(m_userId);
    q.addBindValue(toTimestamp(now.addDays(8)));
    q.addBindValue(toTimestamp(now.addDays(-1)));
    if (!q.exec())
        return;
    QList<RdvReminder> due;
    while (q.next()) {
        const QDateTime start = parseTimestamp(q.value(2));
        QDateTime end = parseTimestamp(q.value(3));
        if (!start.isValid())
            continue;
        if (!end.isValid() || end < start)
            end = start;
        const QDateTime remindAt = start.addSecs(-qint64(q.value(4).toInt()) * 60);
        // Due, and not over: an appointment that has ended is not announced any more.
        if (remindAt > now || now > end)
            continue;
        const QString key = q.value(0).toString() + u'|' + q.value(2).toString();
        if (m_notified.contains(key))
            continue;
        m_notified.insert(key);
        due.append({q.value(0).toString(), q.value(1).toString(), start, q.value(6).toString(), q.value(5).toString(), now});
    }
    for (const RdvReminder &r : std::as_const(due))
        emit reminderDue(r);
}

ReminderPresenter::ReminderPresenter(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_useTray(QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages())
{}

void ReminderPresenter::present(const RdvReminder &reminder)
{
    QApplication::alert(m_window);
    if (m_useTray) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(icons::appIcon(), this);
            m_tray->setToolTip(tr("Hector — rappels de rendez-vous"));
            m_tray->show();
        }
        m_tray->showMessage(tr("Rendez-vous : %1").arg(reminder.title), reminder.message(), QSystemTrayIcon::Information,
                            60000);
        return;
    }
    if (!m_popup) {
        auto *card = new QFrame(m_window);
        card->setObjectName(QStringLiteral("reminderPopup"));
        card->setStyleSheet(QStringLiteral("#reminderPopup { background: #ffffff; border: 1px solid #a8c5e8; "
                                           "border-radius: 8px; }"));
        card->setMinimumWidth(340);
        card->setMaximumWidth(420);
        auto *shadow = new QGraphicsDropShadowEffect(card);
        shadow->setBlurRadius(18);
        shadow->setOffset(0, 3);
        shadow->setColor(QColor(0, 0, 0, 60));
        card->setGraphicsEffect(shadow);
        auto *layout = new QVBoxLayout(card);
        layout->setContentsMargins(14, 12, 14, 10);
        layout->setSpacing(6);
        auto *head = new QHBoxLayout;
        auto *icon = new QLabel(card);
        icon->setPixmap(icons::badge(palette::accent, u'i', 18, card->devicePixelRatioF()));
        auto *title = new QLabel(tr("Rappel de rendez-vous"), card);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        head->addWidget(icon);
        head->addWidget(title, 1);
        layout->addLayout(head);
        m_popupList = new QVBoxLayout;
        m_popupList->setSpacing(6);
        layout->addLayout(m_popupList);
        auto *close = new QPushButton(tr("&Fermer"), card);
        close->setObjectName(QStringLiteral("reminderClose"));
        layout->addWidget(close, 0, Qt::AlignRight);
        connect(close, &QPushButton::clicked, card, &QObject::deleteLater);
        new CornerKeeper(card, m_window);
        m_popup = card;
    }
    auto *title = new QLabel(reminder.title, m_popup);
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *detail = new QLabel(reminder.message(), m_popup);
    detail->setTextFormat(Qt::PlainText);
    detail->setWordWrap(true);
    setMutedText(detail);
    detail->setAccessibleName(tr("Rappel : %1, %2").arg(reminder.title, reminder.message()));
    m_popupList->addWidget(title);
    m_popupList->addWidget(detail);
    m_popup->adjustSize();
    m_popup->move(m_window->width() - m_popup->width() - 24, 64);
    m_popup->show();
    m_popup->raise();
    QAccessibleEvent alert(detail, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

RdvReminders *installRdvReminders(sync::LocalReplica *replica, const QString &userId, QWidget *window)
{
    auto *reminders = new RdvReminders(replica, userId, window);
    auto *presenter = new ReminderPresenter(window);
    QObject::connect(reminders, &RdvReminders::reminderDue, presenter, &ReminderPresenter::present);
    // The first check once the window is up (the replica may already hold a due reminder).
    QTimer::singleShot(1500, reminders, &RdvReminders::check);
    return reminders;
}

} // namespace hector::ui
