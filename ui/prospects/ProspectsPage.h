#pragma once

#include <QVariantMap>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace hector::sync {
class LocalReplica;
}

namespace hector::ui {

class MessageBanner;
class ProspectListModel;

// « Prospects »: the list from the local replica (works offline), type-ahead filter, create,
// edit, delete with undo.
class ProspectsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ProspectsPage(sync::LocalReplica *replica, QWidget *parent = nullptr);

    ProspectListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    void createProspect();
    void editCurrent();
    void deleteCurrent();
    void undoDelete();

private:
    void updateState();
    QString currentId() const;

    sync::LocalReplica *m_replica;
    ProspectListModel *m_model;
    QLineEdit *m_search;
    QTableView *m_view;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_count;
    MessageBanner *m_banner;
    QPushButton *m_undo;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QTimer *m_filterDelay;
    QVariantMap m_deleted; // last deleted row, for « Annuler »
    QString m_keptId;      // selection kept across model refreshes
    int m_keptScroll = 0;
};

} // namespace hector::ui
