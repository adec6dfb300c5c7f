#include "ui/crm/ActionsPage.h"

#include "core/crm/CrmRules.h"
#include "sync/replica/LocalReplica.h"
#include "ui/FormSupport.h"
#include "ui/MessageBanner.h"
#include "ui/crm/ActionDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace hector::ui {

namespace {
const QString kTable = QStringLiteral("actions");
}

ActionsPage::ActionsPage(sync::LocalReplica *replica, const UserDto &me, QWidget *parent)
    : QWidget(parent)
    , m_replica(replica)
    , m_me(me)
    , m_clock(systemClock())
    , m_model(new ActionModel(replica, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("actionsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);

    auto *top = new QHBoxLayout;
    top->addWidget(makePageTitle(tr("Actions"), this));
    top->addStretch(1);
    m_done = new QPushButton(tr("Marquer &terminé"), this);
    m_done->setObjectName(QStringLiteral("markDoneButton"));
    m_done->setToolTip(tr("Marquer l'action sélectionnée comme terminée (Ctrl+Entrée ou Espace)"));
    m_edit = new QPushButton(tr("&Modifier"), this);
    m_delete = new QPushButton(tr("&Supprimer"), this);
    m_delete->setToolTip(tr("Supprimer l'action sélectionnée (Suppr)"));
    auto *create = new QPushButton(tr("&Nouvelle action"), this);
    create->setObjectName(QStringLiteral("newActionButton"));
    create->setShortcut(QKeySequence::New);
    create->setToolTip(tr("Nouvelle action (Ctrl+N)"));
    top->addWidget(m_done);
    top->addWidget(m_edit);
    top->addWidget(m_delete);
    top->addWidget(create);
    layout->addLayout(top);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_owner->setAccessibleName(tr("Actions de"));
    m_owner->addItem(tr("Mes actions"), me.id);
    m_owner->addItem(tr("Toutes les actions"), QString());
    m_owner->setVisible(!seesOnlyOwnRecords(me));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Statut"));
    m_status->addItem(tr("Non terminées"), ActionModel::kOpen);
    m_status->addItem(tr("Tous les statuts"), QString());
    for (const auto &s : crm::actionStatuses())
        m_status->addItem(s.second, s.first);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_type->setAccessibleName(tr("Type"));
    m_type->addItem(tr("Tous les types"), QString());
    for (const auto &t : crm::actionTypes())
        m_type->addItem(actionTypeIcon(t.first), t.second, t.first);
    m_overdue = new QCheckBox(tr("En &retard uniquement"), this);
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    filters->addWidget(m_owner);
    filters->addWidget(m_status);
    filters->addWidget(m_type);
    filters->addSpacing(6);
    filters->addWidget(m_overdue);
    filters->addStretch(1);
    layout->addLayout(filters);

    layout->addLayout(makeBannerWithUndo(this, tr("&Annuler"), Qt::AlignTop, &m_banner, &m_undo));

    m_stack = new QStackedWidget(this);
    m_view = new QTableView(m_stack);
    m_view->setObjectName(QStringLiteral("actionsView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ActionModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ActionModel::Due, Qt::AscendingOrder);
    setupRecordTable(m_view, QAbstractItemView::SingleSelection, 12);
    m_view->setIconSize(QSize(16, 16));
    m_view->setColumnWidth(ActionModel::Type, 100);
    m_view->setColumnWidth(ActionModel::Title, 320);
    m_view->setColumnWidth(ActionModel::Prospect, 210);
    m_view->setColumnWidth(ActionModel::Due, 190);
    m_view->setColumnWidth(ActionModel::Status, 95);
    m_stack->addWidget(m_view);
    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("actionsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    setMutedText(m_empty);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    m_summary = makeHint(QString(), this);
    m_summary->setObjectName(QStringLiteral("actionsSummary"));
    layout->addWidget(m_summary);

    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] { m_model->setOwnerFilter(m_owner->currentData().toString()); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { m_model->setStatusFilter(m_status->currentData().toString()); });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { m_model->setTypeFilter(m_type->currentData().toString()); });
    connect(m_overdue, &QCheckBox::toggled, m_model, &ActionModel::setOverdueOnly);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keptId = currentId(); });
    connect(m_model, &ActionModel::refreshed, this, [this] {
        if (!m_keptId.isEmpty())
            selectAction(m_keptId);
        updateState();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ActionsPage::updateState);
    connect(m_view, &QTableView::activated, this, &ActionsPage::editCurrent);
    connect(create, &QPushButton::clicked, this, &ActionsPage::createAction);
    connect(m_edit, &QPushButton::clicked, this, &ActionsPage::editCurrent);
    connect(m_done, &QPushButton::clicked, this, &ActionsPage::markCurrentDone);
    connect(m_delete, &QPushButton::clicked, this, &ActionsPage::deleteCurrent);
    connect(m_undo, &QPushButton::clicked, this, &ActionsPage::undo);
    auto *doneShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    doneShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(doneShortcut, &QShortcut::activated, this, &ActionsPage::markCurrentDone);
    auto *doneEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    doneEnter->setContext(Qt::WidgetWithChildrenShortcut);
    connect(doneEnter, &QShortcut::activated, this, &ActionsPage::markCurrentDone);
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), m_view);
    space->setContext(Qt::WidgetShortcut);
    connect(space, &QShortcut::activated, this, &ActionsPage::markCurrentDone);
    auto *del = new QShortcut(QKeySequence::Delete, m_view);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &ActionsPage::deleteCurrent);
    // Overdue marks follow the time.
    auto *tick = new QTimer(this);
    tick->setInterval(60 * 1000);
    connect(tick, &QTimer::timeout, m_model, &ActionModel::clockTicked);
    tick->start();

    m_model->setStatusFilter(ActionModel::kOpen);
    m_model->setOwnerFilter(me.id);
    updateState();
}

void ActionsPage::setClock(Clock clock)
{
    m_clock = clock;
    m_model->setClock(std::move(clock));
    updateState();
}

QString ActionsPage::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isSelected(current))
        return {};
    return current.data(ActionModel::IdRole).toString();
}

void ActionsPage::selectAction(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void ActionsPage::updateState()
{
    const int total = m_model->rowCount();
    const int overdue = m_model->overdueCount();
    if (total == 0) {
        const bool filtered = m_status->currentData().toString() != ActionModel::kOpen || !m_type->currentData().toString().isEmpty()
                              || m_overdue->isChecked();
        m_empty->setText(filtered ? tr("Aucune action ne correspond à ces filtres.")
                                  : tr("Aucune action en cours.\nCréez-en une avec « Nouvelle action » (Ctrl+N) : un appel à "
                                       "passer, un e-mail à envoyer, une visite, un devis…"));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_view);
    }
    QString summary = total == 1 ? tr("1 action") : tr("%1 actions").arg(total);
    if (overdue > 0)
        summary += overdue == 1 ? tr(" · 1 en retard") : tr(" · %1 en retard").arg(overdue);
    summary += tr("   —   Entrée : ouvrir · Ctrl+Entrée ou Espace : marquer terminé · Suppr : supprimer");
    m_summary->setText(summary);
    const QString id = currentId();
    const bool selected = !id.isEmpty();
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
    const int row = m_model->rowOf(id);
    m_done->setEnabled(selected && row >= 0 && !m_model->item(row)->isDone());
}

void ActionsPage::createAction()
{
    ActionDialog dialog(m_replica, m_me, QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_banner->showMessage(MessageBanner::Kind::Success, tr("Action enregistrée."));
    m_undo->hide();
    selectAction(dialog.actionId());
}

void ActionsPage::editCurrent()
{
    openAction(currentId());
}

void ActionsPage::openAction(const QString &id)
{
    if (id.isEmpty())
        return;
    ActionDialog dialog(m_replica, m_me, id, this);
    const int result = dialog.exec();
    if (result == ActionDialog::DeleteRequested)
        deleteAction(id);
}

void ActionsPage::markCurrentDone()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    auto r = ActionModel::markDone(m_replica, id, m_clock());
    if (!r) {
        m_banner->showMessage(r.error().code == QLatin1String("already_done") ? MessageBanner::Kind::Info
                                                                               : MessageBanner::Kind::Error,
                              r.error().message);
        m_undo->hide();
        return;
    }
    m_doneUndo = *r;
    m_deleted.clear();
    m_banner->showMessage(MessageBanner::Kind::Success, tr("« %1 » est terminée.").arg(m_doneUndo.title));
    m_undo->setText(tr("&Annuler"));
    m_undo->show();
}

void ActionsPage::deleteCurrent()
{
    deleteAction(currentId());
}

void ActionsPage::deleteAction(const QString &id)
{
    const QVariantMap row = confirmAndDeleteRow(this, m_replica, m_banner, kTable, id, tr("Supprimer l'action"),
                                                tr("Supprimer l'action « %1 » ? Vous pourrez annuler juste après."));
    if (row.isEmpty())
        return;
    m_deleted = row;
    m_doneUndo = {};
    m_banner->showMessage(MessageBanner::Kind::Info,
                          tr("L'action « %1 » a été supprimée.").arg(row.value(QStringLiteral("title")).toString()));
    m_undo->setText(tr("&Annuler la suppression"));
    m_undo->show();
}

void ActionsPage::undo()
{
    m_undo->hide();
    if (!m_doneUndo.id.isEmpty()) {
        const ActionDoneUndo undo = m_doneUndo;
        m_doneUndo = {};
        if (auto r = ActionModel::undoMarkDone(m_replica, undo); !r) {
            m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
            return;
        }
        m_banner->showMessage(MessageBanner::Kind::Info,
                              tr("« %1 » est de nouveau « %2 ».")
                                  .arg(undo.title, crm::labelFor(crm::actionStatuses(), undo.status.toString())));
        selectAction(undo.id);
        return;
    }
    if (!m_deleted.isEmpty()) {
        const QVariantMap deleted = std::exchange(m_deleted, QVariantMap());
        auto r = restoreDeletedRow(m_replica, kTable, deleted);
        if (!r) {
            m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
            return;
        }
        m_banner->showMessage(MessageBanner::Kind::Success,
                              tr("L'action « %1 » a été restaurée.").arg(deleted.value(QStringLiteral("title")).toString()));
        selectAction(*r);
    }
}

bool ActionsPage::openRecord(const QString &table, const QString &id)
{
    if (table != kTable)
        return false;
    const auto item = ActionModel::load(m_replica, id);
    if (!item)
        return false;
    if (m_model->rowOf(id) < 0) {
        // Not in the current filters: show every action of everyone.
        m_overdue->setChecked(false);
        m_type->setCurrentIndex(0);
        m_status->setCurrentIndex(m_status->findData(QString()));
        if (!seesOnlyOwnRecords(m_me))
            m_owner->setCurrentIndex(m_owner->findData(QString()));
    }
    selectAction(id);
    QTimer::singleShot(0, this, [this, id] { openAction(id); });
    return true;
}

} // namespace hector::ui
