#pragma once

#include <QUrlQuery>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace hector::sync {
class SessionManager;
}

namespace hector::ui {

class AuditLogModel;
class MessageBanner;

// « Journal d'audit » (administrators): the organisation's audit trail read from the server, by
// pages of 50, newest first; filters by user, action, object type and dates; a summary line of
// the statistics; export of the same selection as CSV.
class AuditLogPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 50;

    explicit AuditLogPage(sync::SessionManager *session, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *statsLabel() const { return m_stats; }
    int total() const { return m_total; }
    int offset() const { return m_offset; }

    // Query of the current filters (without paging).
    QUrlQuery filterQuery() const;
    void reload();
    void nextPage();
    void previousPage();
    // Asks for a file name, then exportCsvTo().
    void exportCsv();
    // Downloads the CSV of the current filters into `path`; emits exported(ok).
    void exportCsvTo(const QString &path);

signals:
    void loaded();
    void exported(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fetchPage();
    void fetchStats();
    void loadUsers();
    void showOffline(const QString &message);
    void updatePaging();

    sync::SessionManager *m_session;
    AuditLogModel *m_model;
    QComboBox *m_user;
    QComboBox *m_action;
    QComboBox *m_type;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableView *m_view;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QWidget *m_offline;
    QLabel *m_offlineText;
    QLabel *m_stats;
    QLabel *m_pageLabel;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_export;
    MessageBanner *m_banner;
    int m_offset = 0;
    int m_total = 0;
    bool m_started = false;
    quint64 m_generation = 0;
};

} // namespace hector::ui
