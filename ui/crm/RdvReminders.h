#pragma once

#include "ui/crm/CrmSupport.h"

#include <QDateTime>
#include <QFrame>
#include <QObject>
#include <QPointer>
#include <QSet>

class QLabel;
class QSystemTrayIcon;
class QTimer;
class QVBoxLayout;

namespace hector::sync {
class LocalReplica;
}

namespace hector::ui {

// One appointment whose reminder is due.
struct RdvReminder
{
    QString id;
    QString title;
    QDateTime start;
    QString prospectName;
    QString location;
    QDateTime notifiedAt;

    QString message() const; // « 09:00 (dans 30 min) — Bijouterie Lefèvre, 12 rue … »
};

// Watches the replica while the application runs: an appointment of mine, « planifié », with a
// reminder, is announced once when starts_at - reminder_minutes has come (and it has not ended).
// The clock is injectable; check() runs every kCheckIntervalMs and when the rdvs table changes.
class RdvReminders : public QObject
{
    Q_OBJECT
public:
    static constexpr int kCheckIntervalMs = 20000;

    RdvReminders(sync::LocalReplica *replica, const QString &userId, QObject *parent = nullptr);

    void setClock(Clock clock);
    // Announces what is due now (reminderDue), each appointment once.
    void check();
    bool wasNotified(const QString &id) const;
    QTimer *timer() const { return m_timer; }

signals:
    void reminderDue(const hector::ui::RdvReminder &reminder);

private:
    QPointer<sync::LocalReplica> m_replica;
    QString m_userId;
    Clock m_clock;
    QTimer *m_timer;
    QSet<QString> m_notified; // "id|starts_at": a moved appointment reminds again
};

// Shows reminders to the user: a system notification when a system tray exists, else a
// non-modal card in the corner of `window` (several reminders stack up; « Fermer » closes).
class ReminderPresenter : public QObject
{
    Q_OBJECT
public:
    explicit ReminderPresenter(QWidget *window);

    void present(const RdvReminder &reminder);
    // For tests and platforms without a tray.
    void setUseSystemTray(bool use) { m_useTray = use; }
    QFrame *popup() const { return m_popup; }

private:
    QWidget *m_window;
    bool m_useTray;
    QSystemTrayIcon *m_tray = nullptr;
    QPointer<QFrame> m_popup;
    QVBoxLayout *m_popupList = nullptr;
};

// Starts the reminders of `userId` for the life of `window` (the main window).
RdvReminders *installRdvReminders(sync::LocalReplica *replica, const QString &userId, QWidget *window);

} // namespace hector::ui
