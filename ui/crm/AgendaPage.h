#pragma once

#include "core/Dto.h"
#include "ui/RecordOpener.h"
#include "ui/crm/CrmSupport.h"

#include <QDate>
#include <QVariantMap>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace hector::sync {
class LocalReplica;
}

namespace hector::ui {

class MessageBanner;
class MonthView;
class RdvModel;
class WeekView;

// « Agenda »: the appointments of the replica in a week, a month or a list; previous / today /
// next, filters (mine or the team's, status), create (Ctrl+N), open (double-click or Entrée),
// delete with undo, and export of the visible range to an .ics file.
class AgendaPage : public QWidget, public RecordOpener
{
    Q_OBJECT
public:
    enum class View { Week, Month, List };

    AgendaPage(sync::LocalReplica *replica, const UserDto &me, QWidget *parent = nullptr);

    void setClock(Clock clock);
    void setView(View view);
    View view() const { return m_view; }
    void setAnchorDate(const QDate &date);
    QDate anchorDate() const { return m_anchor; }
    void previous();
    void next();
    void goToday();
    // [from, to) shown by the current view.
    QDateTime rangeStart() const;
    QDateTime rangeEnd() const;

    void createRdv(const QDateTime &start = {});
    void openRdv(const QString &id);
    // Asks for confirmation, deletes, offers « Annuler ».
    void deleteRdv(const QString &id);
    void undoDelete();
    QString selectedId() const;

    // Writes the appointments of the visible range (with the current filters) to `path`.
    bool exportTo(const QString &path);
    void exportCalendar(); // asks where (QFileDialog)

    bool openRecord(const QString &table, const QString &id) override;

    RdvModel *model() const { return m_model; }
    WeekView *weekView() const { return m_week; }
    MonthView *monthView() const { return m_month; }
    QTableView *listView() const { return m_list; }
    QSortFilterProxyModel *listProxy() const { return m_proxy; }
    MessageBanner *banner() const { return m_banner; }
    QPushButton *undoButton() const { return m_undo; }
    QLabel *periodLabel() const { return m_period; }
    QLabel *listEmptyLabel() const { return m_listEmpty; }

private:
    void updateRange();
    void updateViews();
    void updateEmptyTexts();
    QDateTime defaultStart() const;

    sync::LocalReplica *m_replica;
    UserDto m_me;
    Clock m_clock;
    View m_view = View::Week;
    QDate m_anchor;
    RdvModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_period;
    QLabel *m_summary;
    QComboBox *m_owner;
    QComboBox *m_status;
    QButtonGroup *m_viewButtons;
    MessageBanner *m_banner;
    QPushButton *m_undo;
    QStackedWidget *m_stack;
    QScrollArea *m_weekScroll;
    WeekView *m_week;
    MonthView *m_month;
    QStackedWidget *m_listStack;
    QTableView *m_list;
    QLabel *m_listEmpty;
    QVariantMap m_deleted; // last deleted appointment, for « Annuler »
};

} // namespace hector::ui
