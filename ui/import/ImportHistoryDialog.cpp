#include "ui/import/ImportHistoryDialog.h"

#include "sync/import/ProspectImporter.h"
#include "ui/FormSupport.h"
#include "ui/import/ImportModels.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hector::ui {

ImportHistoryDialog::ImportHistoryDialog(const ProspectsContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_model(new ImportBatchModel(this))
{
    setObjectName(QStringLiteral("importHistoryDialog"));
    setWindowTitle(tr("Imports récents"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogTitle(tr("Imports récents"), this));
    layout->addWidget(makeHint(tr("Annuler un import supprime les fiches qu'il a créées et remet celles qu'il a mises à "
                                  "jour comme avant, ici puis sur le serveur."),
                               this));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("importHistoryView"));
    m_view->setModel(m_model);
    setupRecordTable(m_view, QAbstractItemView::SingleSelection, 6);
    m_view->horizontalHeader()->setSectionResizeMode(ImportBatchModel::File, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);
    m_empty = new QLabel(tr("Aucun import pour l'instant. « Importer… » dans la liste des prospects lance l'assistant."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("historyMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Fermer"));
    m_undo = buttons->addButton(tr("&Annuler cet import"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undoBatchButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryDialog::askUndo);
    reload();
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ImportHistoryDialog::updateState);
    resize(760, 420);
}

void ImportHistoryDialog::reload()
{
    m_model->setBatches(sync::ProspectImporter::recentBatches(m_context.replica, 50));
    m_view->setVisible(m_model->rowCount() > 0);
    m_empty->setVisible(m_model->rowCount() == 0);
    m_view->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateState();
}

void ImportHistoryDialog::updateState()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const bool undoable = !rows.isEmpty() && m_model->batch(rows.first().row()).complete
                          && !m_model->batch(rows.first().row()).undoneAt.isValid();
    m_undo->setEnabled(undoable);
}

Result<void> ImportHistoryDialog::undoRow(int row)
{
    const sync::ImportBatchInfo b = m_model->batch(row);
    auto r = sync::ProspectImporter::undo(m_context.replica, b.id);
    m_message->setText(r ? tr("Import « %1 » annulé.").arg(b.fileName) : r.error().message);
    reload();
    return r;
}

void ImportHistoryDialog::askUndo()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const sync::ImportBatchInfo &b = m_model->batch(rows.first().row());
    if (!askConfirmation(this, tr("Annuler l'import"),
                         tr("Supprimer les %L1 fiche(s) créée(s) par l'import de « %2 » et remettre les %L3 fiche(s) "
                            "mises à jour comme avant ?")
                             .arg(b.created)
                             .arg(b.fileName)
                             .arg(b.updated)))
        return;
    (void)undoRow(rows.first().row());
}

} // namespace hector::ui
