#pragma once

#include "ui/RecordOpener.h"
#include "ui/prospects/ProspectFilter.h"
#include "ui/prospects/ProspectOperations.h"
#include "ui/prospects/ProspectSupport.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace hector::ui {

class MessageBanner;
class ProspectListModel;
class SavedFilterStore;

// « Prospects »: the list from the local replica (works offline) with its type-ahead search and
// filter bar (statut, entité, responsable / « Mes prospects »), saved filters, CSV export of the
// whole filtered list, multi-selection with « Attribuer à… », « Changer le statut… » and delete —
// each undoable at once — and the prospect detail. Keyboard: Ctrl+N new, Ctrl+Maj+N field
// prospect, Entrée open, Suppr delete, Ctrl+E export, Ctrl+F search.
class ProspectsPage : public QWidget, public RecordOpener
{
    Q_OBJECT
public:
    explicit ProspectsPage(const ProspectsContext &context, QWidget *parent = nullptr);
    ~ProspectsPage() override;

    ProspectListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    MessageBanner *banner() const { return m_banner; }
    QPushButton *undoButton() const { return m_undo; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QComboBox *entityFilter() const { return m_entityFilter; }
    QComboBox *ownerFilter() const { return m_ownerFilter; }
    QComboBox *savedFilters() const { return m_saved; }

    // The filter of the bar and the search field; applying one fills them.
    ProspectFilter currentFilter() const;
    void applyFilter(const ProspectFilter &filter);
    // Saved filters (per user): save the current combination, pick one, delete one.
    void saveCurrentFilter(const QString &name);
    bool pickSavedFilter(const QString &name);
    void deleteSavedFilter(const QString &name);

    // Ids of the selected rows, in the list's order.
    QStringList selectedIds() const;

    void createProspect();
    void createFieldProspect();
    // « Scanner une carte de visite » (issue #8): image → recognition → the creation form filled
    // with what was read, next to the image (Ctrl+Maj+B).
    void scanBusinessCard();
    void openCurrent();
    bool openRecord(const QString &table, const QString &id) override;
    void deleteSelected();
    // Bulk changes of the selection (the dialogs of the buttons end here).
    bool assignSelected(const QString &ownerId);
    bool changeSelectedStatus(const QString &status);
    void undoLast();
    // Asks for a file, then exports.
    void exportCsv();
    // Exports the current view to `path`; false (with the reason in the banner) on failure or
    // cancellation.
    bool exportCsvTo(const QString &path);
    // « Importer des prospects » (issue #8): the CSV import wizard (Ctrl+I), and « Imports
    // récents » (the replica's import journal, where an import can be undone later).
    void importCsv();
    void showImports();

private:
    void buildFilterBar(QVBoxLayout *layout);
    void fillFilterCombos();
    void fillSavedCombo();
    void onFilterEdited();
    void updateState();
    void setUndo(const ProspectUndo &undo, const QString &message);
    void openProspect(const QString &id, int mode);
    // A small dialog for a bulk change: `question` above the `choices` (text, value), `current`
    // selected when given, `note` below when given. The value chosen; nullopt when cancelled.
    std::optional<QString> askChoice(const QString &title, const QString &question,
                                     const QList<QPair<QString, QString>> &choices, const QString &current,
                                     const QString &note, const QString &okText);
    void askAssign();
    void askStatus();
    void askSaveFilter();
    QString currentId() const;
    void selectId(const QString &id);

    ProspectsContext m_context;
    ProspectListModel *m_model;
    std::unique_ptr<SavedFilterStore> m_store;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_entityFilter = nullptr;
    QComboBox *m_ownerFilter = nullptr;
    QComboBox *m_saved = nullptr;
    QPushButton *m_saveFilter = nullptr;
    QPushButton *m_deleteFilter = nullptr;
    QPushButton *m_clearFilters = nullptr;
    QTableView *m_view = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_count = nullptr;
    MessageBanner *m_banner = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_assign = nullptr;
    QPushButton *m_status = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_export = nullptr;
    QTimer *m_filterDelay = nullptr;
    ProspectUndo m_lastUndo;
    bool m_applying = false;
    QString m_keptId;      // selection kept across model refreshes
    int m_keptScroll = 0;
};

} // namespace hector::ui
