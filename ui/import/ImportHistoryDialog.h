#pragma once

#include "core/Result.h"
#include "ui/prospects/ProspectSupport.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace hector::ui {

class ImportBatchModel;

// « Imports récents »: the imports recorded in the replica, and « Annuler cet import » for one
// that is still in place (same undo as the wizard's summary).
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportHistoryDialog(const ProspectsContext &context, QWidget *parent = nullptr);

    ImportBatchModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Undoes the batch of `row` without asking (tests); the French message otherwise.
    Result<void> undoRow(int row);

private:
    void reload();
    void updateState();
    void askUndo();

    ProspectsContext m_context;
    ImportBatchModel *m_model;
    QTableView *m_view;
    QLabel *m_empty;
    QLabel *m_message;
    QPushButton *m_undo;
};

} // namespace hector::ui
