#pragma once

#include "core/Dto.h"
#include "ui/crm/ActionModel.h"
#include "ui/crm/CrmSupport.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;

namespace hector::sync {
class LocalReplica;
}

namespace hector::ui {

class MessageBanner;
class RdvModel;

// « Ma journée »: my appointments of today in time order and my actions due today or overdue,
// with their counts. Entrée opens the appointment or action (the same dialogs as the Agenda
// and Actions pages); Espace or Ctrl+Entrée marks the selected action done (with « Annuler »).
class MyDayPage : public QWidget
{
    Q_OBJECT
public:
    MyDayPage(sync::LocalReplica *replica, const UserDto &me, QWidget *parent = nullptr);

    void setClock(Clock clock);
    // Re-reads « today » from the clock (called every minute; the day may change).
    void refreshDay();

    void openRdv(const QString &id);
    void openAction(const QString &id);
    void createRdv();
    void createAction();
    void markSelectedActionDone();
    void undo();

    RdvModel *rdvModel() const { return m_rdvs; }
    ActionModel *actionModel() const { return m_actions; }
    QListView *rdvList() const { return m_rdvList; }
    QListView *actionList() const { return m_actionList; }
    QLabel *headerLabel() const { return m_counts; }
    QLabel *emptyLabel() const { return m_empty; }
    QStackedWidget *stack() const { return m_stack; }
    MessageBanner *banner() const { return m_banner; }

private:
    void updateState();
    // After « Supprimer… » in a dialog: asks `question` (its %1: the title) and deletes the row
    // (« Ma journée » offers no « Annuler »).
    void deleteRecord(const QString &table, const QString &id, const QString &caption, const QString &question,
                      const QString &deletedText);

    sync::LocalReplica *m_replica;
    UserDto m_me;
    Clock m_clock;
    QDate m_day;
    RdvModel *m_rdvs;
    ActionModel *m_actions;
    QLabel *m_date;
    QLabel *m_counts;
    MessageBanner *m_banner;
    QPushButton *m_undo;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_rdvTitle;
    QLabel *m_actionTitle;
    QStackedWidget *m_rdvStack;
    QStackedWidget *m_actionStack;
    QListView *m_rdvList;
    QListView *m_actionList;
    ActionDoneUndo m_doneUndo;
};

} // namespace hector::ui
