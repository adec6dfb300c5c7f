#pragma once

#include "core/Dto.h"
#include "ui/RecordOpener.h"
#include "ui/crm/CrmSupport.h"
#include "ui/opportunities/OpportunitySupport.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace hector::sync {
class LocalReplica;
}

namespace hector::ui {

class KanbanBoard;
class MessageBanner;
class OpportunityModel;

// « Opportunités » (issue #6, module 14): the pipeline as a kanban board (a column per open stage,
// then « Gagnées » and « Perdues ») or as a sortable list, with the live local score of each
// opportunity. Filters: mine or all (not for commercials, who only have theirs), temperature,
// stage, search. Moving a card (drag and drop, Ctrl+←/→) changes its stage through the outbox,
// asks the reason of a loss, and offers « Annuler »; Ctrl+N creates, Entrée opens, Suppr deletes
// (with « Annuler »); « À proximité… » lists the opportunities around a prospect or the office.
class OpportunitiesPage : public QWidget, public RecordOpener
{
    Q_OBJECT
public:
    enum class View { Board, List };

    OpportunitiesPage(sync::LocalReplica *replica, const UserDto &me, QWidget *parent = nullptr);

    void setClock(Clock clock);
    void setView(View view);
    View view() const { return m_view; }

    void createOpportunity();
    void openOpportunity(const QString &id);
    // Asks for confirmation, deletes (its activities and notes with it), offers « Annuler ».
    void deleteOpportunity(const QString &id);
    // Moves the opportunities to `stage` in one batch; « Perdue » asks the reason first (false
    // when the user cancels). Offers « Annuler ».
    bool moveToStage(const QStringList &ids, const QString &stage);
    void undo();
    // « À proximité… »: the dialog; the opportunity chosen there is opened.
    void openProximity();
    QString selectedId() const;

    bool openRecord(const QString &table, const QString &id) override;

    OpportunityModel *model() const { return m_model; }
    KanbanBoard *board() const { return m_board; }
    QTableView *listView() const { return m_list; }
    QSortFilterProxyModel *listProxy() const { return m_proxy; }
    MessageBanner *banner() const { return m_banner; }
    QPushButton *undoButton() const { return m_undo; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *ownerFilter() const { return m_owner; }
    QComboBox *temperatureFilter() const { return m_temperature; }
    QComboBox *stageFilter() const { return m_stage; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    struct Undo
    {
        QList<opportunities::StageUndo> stages;
        opportunities::DeletedOpportunity deleted;
    };
    void updateSummary();
    void select(const QString &id);
    void resetFilters();

    sync::LocalReplica *m_replica;
    UserDto m_me;
    Clock m_clock;
    View m_view = View::Board;
    OpportunityModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QComboBox *m_owner;
    QComboBox *m_temperature;
    QComboBox *m_stage;
    QButtonGroup *m_viewButtons;
    MessageBanner *m_banner;
    QPushButton *m_undo;
    QStackedWidget *m_stack;
    QScrollArea *m_boardScroll;
    KanbanBoard *m_board;
    QTableView *m_list;
    QLabel *m_summary;
    Undo m_lastUndo;
};

} // namespace hector::ui
