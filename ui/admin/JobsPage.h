#pragma once

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace hector::sync {
class SessionManager;
}

namespace hector::ui {

class JobsModel;
class MessageBanner;
class SchedulesModel;

// « Tâches et planifications » (administrators, online): the server's background jobs with a
// status filter (with counts), retry and cancel with confirmation; the schedules (nightly
// enrichment, rescoring...) with enable / disable and « Exécuter maintenant ». Refreshed every
// kRefreshMs while visible.
class JobsPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kRefreshMs = 10000;

    explicit JobsPage(sync::SessionManager *session, QWidget *parent = nullptr);

    JobsModel *jobsModel() const { return m_jobs; }
    SchedulesModel *schedulesModel() const { return m_schedules; }
    QSortFilterProxyModel *jobsProxy() const { return m_jobsProxy; }
    QTableView *jobsView() const { return m_jobsView; }
    QTableView *schedulesView() const { return m_schedulesView; }
    QComboBox *statusFilter() const { return m_status; }
    QTimer *refreshTimer() const { return m_timer; }
    MessageBanner *banner() const { return m_banner; }

    void reload();
    // Actions on the selected row (with confirmation; `confirm` false for tests of the requests).
    void retrySelected(bool confirm = true);
    void cancelSelected(bool confirm = true);
    void toggleSelectedSchedule();
    void runSelectedSchedule(bool confirm = true);

signals:
    void loaded();
    void actionDone(bool ok);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void fetchJobs();
    void fetchSchedules();
    void showOffline(const QString &message);
    void updateButtons();
    void updateCounts(const QJsonObject &counts);
    QJsonObject selectedJob() const;
    QJsonObject selectedSchedule() const;
    void jobAction(const QString &action, const QJsonObject &job);

    sync::SessionManager *m_session;
    JobsModel *m_jobs;
    SchedulesModel *m_schedules;
    QSortFilterProxyModel *m_jobsProxy;
    QSortFilterProxyModel *m_schedulesProxy;
    QComboBox *m_status;
    QComboBox *m_kind;
    QTableView *m_jobsView;
    QTableView *m_schedulesView;
    QStackedWidget *m_stack;
    QStackedWidget *m_jobsStack;
    QLabel *m_empty;
    QLabel *m_offlineText;
    QWidget *m_offline;
    QWidget *m_content;
    QPlainTextEdit *m_details;
    QPushButton *m_retry;
    QPushButton *m_cancel;
    QPushButton *m_toggle;
    QPushButton *m_runNow;
    QLabel *m_updated;
    MessageBanner *m_banner;
    QTimer *m_timer;
    bool m_started = false;
    quint64 m_generation = 0;
};

} // namespace hector::ui
