#pragma once

#include "core/Dto.h"
#include "ui/RecordOpener.h"
#include "ui/crm/ActionModel.h"

#include <QVariantMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace hector::sync {
class LocalReplica;
}

namespace hector::ui {

class MessageBanner;

// « Actions »: the sales actions (appels, e-mails, visites, devis) of the replica, filtered
// (mine / all, status, type, « en retard »), overdue ones in red; « Marquer terminé »
// (Ctrl+Entrée or Espace) and delete, both with « Annuler »; create and edit in a dialog.
class ActionsPage : public QWidget, public RecordOpener
{
    Q_OBJECT
public:
    ActionsPage(sync::LocalReplica *replica, const UserDto &me, QWidget *parent = nullptr);

    void setClock(Clock clock);

    void createAction();
    void editCurrent();
    void openAction(const QString &id);
    void markCurrentDone();
    void deleteCurrent();
    void deleteAction(const QString &id);
    void undo();
    QString currentId() const;
    void selectAction(const QString &id);

    bool openRecord(const QString &table, const QString &id) override;

    ActionModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    MessageBanner *banner() const { return m_banner; }
    QPushButton *undoButton() const { return m_undo; }
    QComboBox *ownerFilter() const { return m_owner; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *typeFilter() const { return m_type; }
    QCheckBox *overdueFilter() const { return m_overdue; }
    QLabel *emptyLabel() const { return m_empty; }

private:
    void updateState();

    sync::LocalReplica *m_replica;
    UserDto m_me;
    Clock m_clock;
    ActionModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_owner;
    QComboBox *m_status;
    QComboBox *m_type;
    QCheckBox *m_overdue;
    MessageBanner *m_banner;
    QPushButton *m_undo;
    QPushButton *m_done;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QLabel *m_empty;
    QLabel *m_summary;
    // The last change « Annuler » takes back: a completion or a deletion.
    ActionDoneUndo m_doneUndo;
    QVariantMap m_deleted;
    QString m_keptId;
};

} // namespace hector::ui
