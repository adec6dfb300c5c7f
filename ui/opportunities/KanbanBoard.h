#pragma once

#include <QFrame>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>

class QLabel;
class QListView;
class QToolButton;

namespace hector::ui {

class OpportunityModel;

// The opportunities of one stage, in the model's order (highest score first).
class StageProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    StageProxyModel(const QString &stage, QObject *parent = nullptr);
    QString stage() const { return m_stage; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_stage;
};

// An opportunity as a card: title and temperature chip (live score), prospect and city, amount
// and monthly, then the stagnation marker (or the expected signature, or the lost reason) and the
// owner's initials.
class OpportunityCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    OpportunityCardDelegate(OpportunityModel *model, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    OpportunityModel *m_model;
};

// A column of the board: its header (stage, count, totals) and its cards. Cards dropped on it
// (from any column) are asked to move to its stage. The « Gagnées » and « Perdues » columns are
// collapsed by default: a drop zone with their count, opened with their header button.
class KanbanColumn : public QFrame
{
    Q_OBJECT
public:
    KanbanColumn(const QString &stage, OpportunityModel *model, bool collapsible, QWidget *parent = nullptr);

    QString stage() const { return m_stage; }
    QListView *list() const { return m_list; }
    StageProxyModel *proxy() const { return m_proxy; }
    QLabel *countLabel() const { return m_count; }
    bool isCollapsed() const { return m_collapsed; }
    void setCollapsed(bool collapsed);
    void updateHeader();

signals:
    // Queued after the drop (the drag has ended when it arrives).
    void dropped(const QStringList &ids, const QString &stage);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_stage;
    OpportunityModel *m_model;
    StageProxyModel *m_proxy;
    QLabel *m_title;
    QLabel *m_count;
    QLabel *m_totals;
    QToolButton *m_toggle = nullptr;
    QLabel *m_dropHint = nullptr;
    QListView *m_list;
    bool m_collapsed = false;
    bool m_dropHover = false;
};

// « Opportunités » as a kanban board: one column per open stage, then « Gagnées » and « Perdues »
// (collapsed). Drag a card to another column, or Ctrl+←/→, to change its stage; ↑/↓ move in a
// column, ←/→ between columns, Entrée opens. The page does the moves (moveRequested).
class KanbanBoard : public QWidget
{
    Q_OBJECT
public:
    explicit KanbanBoard(OpportunityModel *model, QWidget *parent = nullptr);

    QList<KanbanColumn *> columns() const { return m_columns; }
    KanbanColumn *column(const QString &stage) const;
    // The selected card (of the column that has or last had the focus); empty when none.
    QString selectedId() const;
    // Selects the card `id` (opening its column when collapsed) and scrolls to it.
    bool selectOpportunity(const QString &id);
    // Moves the focus to the column `delta` columns away (skipping collapsed ones).
    void focusNeighbour(int delta);
    // Asks to move the selected card to the stage `delta` stages away (Ctrl+←/→).
    void moveSelected(int delta);

signals:
    void openRequested(const QString &id);
    void moveRequested(const QStringList &ids, const QString &stage);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restoreSelection();
    KanbanColumn *columnOf(QObject *list) const;

    OpportunityModel *m_model;
    QList<KanbanColumn *> m_columns;
    KanbanColumn *m_current = nullptr;
    QString m_currentId;
};

} // namespace hector::ui
