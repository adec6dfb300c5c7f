#include "ui/prospects/ProspectsPage.h"

#include "sync/replica/LocalReplica.h"
#include "ui/FormSupport.h"
#include "ui/MessageBanner.h"
#include "ui/prospects/ProspectDialog.h"
#include "ui/prospects/ProspectListModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace hector::ui {

ProspectsPage::ProspectsPage(sync::LocalReplica *replica, QWidget *parent)
    : QWidget(parent)
    , m_replica(replica)
    , m_model(new ProspectListModel(replica, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addWidget(makePageTitle(tr("Prospects"), this));

    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Rechercher : raison sociale, ville, code postal, SIREN, décideur… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 1);
    auto *create = new QPushButton(tr("&Nouveau prospect"), this);
    create->setShortcut(QKeySequence::New);
    create->setToolTip(tr("Nouveau prospect (Ctrl+N)"));
    m_edit = new QPushButton(tr("&Modifier"), this);
    m_delete = new QPushButton(tr("&Supprimer"), this);
    m_delete->setToolTip(tr("Supprimer le prospect sélectionné (Suppr)"));
    bar->addWidget(create);
    bar->addWidget(m_edit);
    bar->addWidget(m_delete);
    layout->addLayout(bar);

    auto *bannerRow = new QHBoxLayout;
    m_banner = new MessageBanner(this);
    m_undo = new QPushButton(tr("&Annuler la suppression"), this);
    m_undo->hide();
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_undo);
    layout->addLayout(bannerRow);

    m_stack = new QStackedWidget(this);
    m_view = new QTableView(m_stack);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProspectListModel::Company, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // Fits 1366 px wide screens without horizontal scrolling.
    m_view->setColumnWidth(ProspectListModel::Company, 230);
    m_view->setColumnWidth(ProspectListModel::City, 120);
    m_view->setColumnWidth(ProspectListModel::Postcode, 85);
    m_view->setColumnWidth(ProspectListModel::Country, 85);
    m_view->setColumnWidth(ProspectListModel::Status, 95);
    m_view->setColumnWidth(ProspectListModel::Owner, 140);
    m_view->setColumnWidth(ProspectListModel::Phone, 125);
    m_view->setColumnWidth(ProspectListModel::Siren, 95);
    m_stack->addWidget(m_view);
    m_empty = new QLabel(m_stack);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    m_count = new QLabel(this);
    layout->addWidget(m_count);

    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, [this] { m_model->setFilterText(m_search->text()); });
    connect(m_model, &ProspectListModel::totalCountChanged, this, &ProspectsPage::updateState);
    // Data refreshed by a sync or a local write: keep the selected prospect and the scroll position.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptId = currentId();
        m_keptScroll = m_view->verticalScrollBar()->value();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->verticalScrollBar()->setValue(m_keptScroll);
        if (!m_keptId.isEmpty()) {
            const int row = m_model->rowOf(m_keptId);
            if (row >= 0) {
                m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            }
        }
        updateState();
    });
    connect(create, &QPushButton::clicked, this, &ProspectsPage::createProspect);
    connect(m_edit, &QPushButton::clicked, this, &ProspectsPage::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &ProspectsPage::deleteCurrent);
    connect(m_undo, &QPushButton::clicked, this, &ProspectsPage::undoDelete);
    connect(m_view, &QTableView::activated, this, &ProspectsPage::editCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProspectsPage::updateState);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto *del = new QShortcut(QKeySequence::Delete, m_view);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &ProspectsPage::deleteCurrent);
    updateState();
}

QString ProspectsPage::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isSelected(current))
        return {};
    return m_model->idAt(current.row());
}

void ProspectsPage::updateState()
{
    const int total = m_model->totalCount();
    const bool filtering = !m_model->filterText().isEmpty();
    if (total == 0) {
        m_empty->setText(filtering ? tr("Aucun prospect ne correspond à « %1 ».").arg(m_model->filterText())
                                   : tr("Aucun prospect pour l'instant.\nCréez-en un avec « Nouveau prospect » "
                                        "(Ctrl+N) : il sera envoyé au serveur dès que possible, même hors ligne."));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_view);
    }
    m_count->setText(filtering ? tr("Résultats : %L1").arg(total) : tr("Prospects : %L1").arg(total));
    const bool selected = !currentId().isEmpty();
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
}

void ProspectsPage::createProspect()
{
    ProspectDialog dialog(m_replica, QString(), this);
    if (dialog.exec() == QDialog::Accepted) {
        const int row = m_model->rowOf(dialog.prospectId());
        if (row >= 0)
            m_view->selectRow(row);
    }
}

void ProspectsPage::editCurrent()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    ProspectDialog dialog(m_replica, id, this);
    dialog.exec();
}

void ProspectsPage::deleteCurrent()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    const QVariantMap row = m_replica->row(QStringLiteral("prospects"), id);
    const QString name = row.value(QStringLiteral("company_name")).toString();
    if (QMessageBox::question(this, tr("Supprimer le prospect"),
                              tr("Supprimer « %1 » ? Vous pourrez annuler juste après.").arg(name),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes) {
        return;
    }
    auto r = m_replica->deleteRow(QStringLiteral("prospects"), id);
    if (!r) {
        m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
        return;
    }
    m_deleted = row;
    m_banner->showMessage(MessageBanner::Kind::Info, tr("« %1 » a été supprimé.").arg(name));
    m_undo->show();
}

void ProspectsPage::undoDelete()
{
    if (m_deleted.isEmpty())
        return;
    QVariantMap restored = m_deleted;
    // A deleted id stays deleted on the server (deletes win): the restored prospect gets a new one.
    restored.remove(QStringLiteral("id"));
    auto r = m_replica->createRow(QStringLiteral("prospects"), restored);
    m_undo->hide();
    if (!r) {
        m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
        return;
    }
    m_banner->showMessage(MessageBanner::Kind::Success,
                          tr("« %1 » a été restauré.").arg(m_deleted.value(QStringLiteral("company_name")).toString()));
    m_deleted.clear();
}

} // namespace hector::ui
