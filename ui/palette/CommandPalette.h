#pragma once

#include "ui/palette/CommandPaletteModel.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;

namespace hector::ui {

// The command palette (Ctrl+K): one search box over pages, prospects, appointments and actions.
// ↑/↓ choose, Entrée opens, Échap closes. Emits what to open; the main window does it.
class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    CommandPalette(sync::LocalReplica *replica, const QList<CommandPaletteModel::PageEntry> &pages,
                   QWidget *parent = nullptr);

    CommandPaletteModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QListView *resultsView() const { return m_view; }

    // Opens (centred near the top of `anchor`) with an empty query.
    void popup(QWidget *anchor);
    // Activates the current result (as Entrée does).
    void activateCurrent();

signals:
    void pageRequested(const QString &pageId);
    void recordRequested(const QString &table, const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onQueryChanged(const QString &text);
    void activate(const QModelIndex &index);
    void moveSelection(int delta);

    CommandPaletteModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace hector::ui
