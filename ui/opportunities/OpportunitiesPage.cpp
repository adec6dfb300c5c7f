#include "ui/opportunities/OpportunitiesPage.h"

#include "sync/replica/LocalReplica.h"
#include "ui/FormSupport.h"
#include "ui/MessageBanner.h"
#include "ui/opportunities/KanbanBoard.h"
#include "ui/opportunities/OpportunityDialog.h"
#include "ui/opportunities/OpportunityModel.h"
#include "ui/opportunities/ProximityDialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace hector::ui {

OpportunitiesPage::OpportunitiesPage(sync::LocalReplica *replica, const UserDto &me, QWidget *parent)
    : QWidget(parent)
    , m_replica(replica)
    , m_me(me)
    , m_clock(systemClock())
    , m_model(new OpportunityModel(replica, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("opportunitiesPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);

    auto *top = new QHBoxLayout;
    top->addWidget(makePageTitle(tr("Opportunités"), this));
    top->addStretch(1);
    auto *nearby = new QPushButton(opportunities::proximityIcon(), tr("À &proximité…"), this);
    nearby->setObjectName(QStringLiteral("proximityButton"));
    nearby->setToolTip(tr("Les opportunités autour d'un prospect ou de votre bureau"));
    auto *create = new QPushButton(tr("&Nouvelle opportunité"), this);
    create->setObjectName(QStringLiteral("newOpportunityButton"));
    create->setShortcut(QKeySequence::New);
    create->setToolTip(tr("Nouvelle opportunité (Ctrl+N)"));
    top->addWidget(nearby);
    top->addWidget(create);
    layout->addLayout(top);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("opportunitySearch"));
    m_search->setPlaceholderText(tr("Intitulé ou prospect… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_search->setAccessibleName(tr("Rechercher"));
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_owner->setAccessibleName(tr("Opportunités de"));
    m_owner->addItem(tr("Mes opportunités"), me.id);
    m_owner->addItem(tr("Toutes"), QString());
    m_owner->setVisible(!seesOnlyOwnRecords(me)); // row-level security: commercials only have theirs
    m_temperature = new QComboBox(this);
    m_temperature->setObjectName(QStringLiteral("temperatureFilter"));
    m_temperature->setAccessibleName(tr("Température"));
    m_temperature->addItem(tr("Toutes températures"), QString());
    for (scoring::Temperature t : {scoring::Temperature::Hot, scoring::Temperature::Warm, scoring::Temperature::Cold})
        m_temperature->addItem(tr("%1 (%2)").arg(scoring::temperatureLabel(t), scoring::temperatureCode(t)), scoring::temperatureCode(t));
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("stageFilter"));
    m_stage->setAccessibleName(tr("Étape"));
    m_stage->addItem(tr("Toutes les étapes"), QString());
    m_stage->addItem(tr("En cours"), OpportunityModel::kOpen);
    m_stage->addItem(tr("Gagnées"), QStringLiteral("gagne"));
    m_stage->addItem(tr("Perdues"), QStringLiteral("perdu"));
    bar->addWidget(m_search);
    bar->addWidget(m_owner);
    bar->addWidget(m_temperature);
    bar->addWidget(m_stage);
    bar->addStretch(1);
    m_viewButtons = new QButtonGroup(this);
    QHBoxLayout *segment = makeViewButtons(this, m_viewButtons,
                                           {{int(View::Board), tr("&Tableau"), tr("Tableau par étape (Alt+T)"), "boardButton"},
                                            {int(View::List), tr("&Liste"), tr("Liste triable (Alt+L)"), "listButton"}},
                                           m_search->sizeHint().height());
    bar->addLayout(segment);
    layout->addLayout(bar);

    layout->addLayout(makeBannerWithUndo(this, tr("&Annuler"), Qt::AlignTop, &m_banner, &m_undo));

    m_stack = new QStackedWidget(this);
    m_board = new KanbanBoard(m_model);
    m_boardScroll = new QScrollArea(m_stack);
    m_boardScroll->setWidget(m_board);
    m_boardScroll->setWidgetResizable(true);
    m_boardScroll->setFrameShape(QFrame::NoFrame);
    m_boardScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_boardScroll->setFocusProxy(m_board);
    m_stack->addWidget(m_boardScroll);
    m_list = new QTableView(m_stack);
    m_list->setObjectName(QStringLiteral("opportunityList"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(OpportunityModel::SortRole);
    m_list->setModel(m_proxy);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(OpportunityModel::Score, Qt::DescendingOrder);
    setupRecordTable(m_list, QAbstractItemView::SingleSelection, 12);
    const int widths[] = {250, 190, 110, 95, 95, 85, 60, 95, 140};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_list->setColumnWidth(c, widths[c]);
    m_stack->addWidget(m_list);
    layout->addWidget(m_stack, 1);

    m_summary = makeHint(QString(), this);
    m_summary->setObjectName(QStringLiteral("opportunitySummary"));
    layout->addWidget(m_summary);

    connect(create, &QPushButton::clicked, this, &OpportunitiesPage::createOpportunity);
    connect(nearby, &QPushButton::clicked, this, &OpportunitiesPage::openProximity);
    connect(m_undo, &QPushButton::clicked, this, &OpportunitiesPage::undo);
    connect(m_viewButtons, &QButtonGroup::idClicked, this, [this](int id) { setView(View(id)); });
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_model->setSearchText(m_search->text()); });
    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] { m_model->setOwnerFilter(m_owner->currentData().toString()); });
    connect(m_temperature, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setTemperatureFilter(m_temperature->currentData().toString()); });
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] { m_model->setStatusFilter(m_stage->currentData().toString()); });
    connect(m_model, &OpportunityModel::refreshed, this, &OpportunitiesPage::updateSummary);
    connect(m_board, &KanbanBoard::openRequested, this, &OpportunitiesPage::openOpportunity);
    connect(m_board, &KanbanBoard::moveRequested, this, &OpportunitiesPage::moveToStage);
    connect(m_list, &QTableView::activated, this, [this](const QModelIndex &index) {
        openOpportunity(index.data(OpportunityModel::IdRole).toString());
    });
    QList<QWidget *> deletable{m_list};
    for (KanbanColumn *column : m_board->columns())
        deletable << column->list();
    for (QWidget *target : std::as_const(deletable)) {
        auto *del = new QShortcut(QKeySequence::Delete, target);
        del->setContext(Qt::WidgetShortcut);
        connect(del, &QShortcut::activated, this, [this] { deleteOpportunity(selectedId()); });
    }

    // « Mes opportunités » first (commercials only have theirs anyway).
    m_model->setOwnerFilter(me.id);
    updateSummary();
}

void OpportunitiesPage::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void OpportunitiesPage::setView(View view)
{
    m_view = view;
    if (QAbstractButton *b = m_viewButtons->button(int(view)))
        b->setChecked(true);
    m_stack->setCurrentWidget(view == View::Board ? static_cast<QWidget *>(m_boardScroll) : m_list);
    updateSummary();
    if (isVisible()) {
        if (view == View::Board)
            m_board->focusNeighbour(0);
        else
            m_list->setFocus();
    }
}

void OpportunitiesPage::updateSummary()
{
    const QList<OpportunityItem> &items = m_model->items();
    qint64 amount = 0;
    qint64 monthly = 0;
    int open = 0;
    int hot = 0;
    int stagnant = 0;
    for (const OpportunityItem &it : items) {
        if (opportunities::isClosedStage(it.stage))
            continue;
        ++open;
        amount += it.amount.toLongLong();
        monthly += it.monthly.toLongLong();
        hot += it.temperature == scoring::Temperature::Hot ? 1 : 0;
        stagnant += it.isStagnant() ? 1 : 0;
    }
    QStringList parts;
    parts << (items.size() == 1 ? tr("1 opportunité") : tr("%1 opportunités").arg(items.size()));
    if (open > 0) {
        QString pipeline = tr("en cours : %1").arg(opportunities::formatAmount(amount));
        if (monthly > 0)
            pipeline += tr(" + %1").arg(opportunities::formatMonthly(monthly));
        parts << pipeline;
    }
    if (hot > 0)
        parts << (hot == 1 ? tr("1 chaude") : tr("%1 chaudes").arg(hot));
    if (stagnant > 0)
        parts << (stagnant == 1 ? tr("1 stagnante") : tr("%1 stagnantes").arg(stagnant));
    QString text = parts.join(QStringLiteral(" · "));
    if (m_view == View::Board)
        text += tr("   —   Glisser une carte ou Ctrl+←/→ : changer d'étape · Flèches : se déplacer · Entrée : ouvrir");
    else
        text += tr("   —   Entrée : ouvrir · Suppr : supprimer · Clic sur un en-tête : trier");
    m_summary->setText(text);
}

QString OpportunitiesPage::selectedId() const
{
    if (m_view == View::Board)
        return m_board->selectedId();
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || !m_list->selectionModel()->isSelected(current))
        return {};
    return current.data(OpportunityModel::IdRole).toString();
}

void OpportunitiesPage::select(const QString &id)
{
    m_board->selectOpportunity(id);
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_list->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
}

void OpportunitiesPage::createOpportunity()
{
    OpportunityDialog dialog(m_replica, m_me, QString(), this, m_clock);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_banner->showMessage(MessageBanner::Kind::Success,
                          tr("Opportunité enregistrée. Elle sera envoyée au serveur dès que possible."));
    m_undo->hide();
    if (m_model->rowOf(dialog.opportunityId()) < 0)
        resetFilters();
    select(dialog.opportunityId());
}

void OpportunitiesPage::openOpportunity(const QString &id)
{
    if (id.isEmpty())
        return;
    OpportunityDialog dialog(m_replica, m_me, id, this, m_clock);
    const int result = dialog.exec();
    if (result == OpportunityDialog::DeleteRequested) {
        deleteOpportunity(id);
        return;
    }
    if (result == QDialog::Accepted)
        select(id);
}

void OpportunitiesPage::deleteOpportunity(const QString &id)
{
    if (id.isEmpty())
        return;
    // Its activities and notes go with it (the server's ON DELETE CASCADE): kept for « Annuler ».
    const opportunities::DeletedOpportunity snapshot = opportunities::snapshotForDelete(m_replica, id);
    const QVariantMap row = confirmAndDeleteRow(this, m_replica, m_banner, opportunities::kTable, id,
                                                tr("Supprimer l'opportunité"),
                                                tr("Supprimer l'opportunité « %1 », ses activités et ses notes ? Vous "
                                                   "pourrez annuler juste après."));
    if (row.isEmpty())
        return;
    m_lastUndo = Undo{{}, snapshot};
    m_banner->showMessage(MessageBanner::Kind::Info,
                          tr("L'opportunité « %1 » a été supprimée.").arg(row.value(QStringLiteral("title")).toString()));
    m_undo->show();
}

bool OpportunitiesPage::moveToStage(const QStringList &ids, const QString &stage)
{
    QStringList moving;
    for (const QString &id : ids) {
        const OpportunityItem *it = m_model->itemById(id);
        if (it && it->stage != stage)
            moving << id;
    }
    if (moving.isEmpty())
        return false;
    QString reason;
    const QString firstTitle = m_model->itemById(moving.first())->title;
    if (stage == QLatin1String("perdu")) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Opportunité perdue"),
                                       moving.size() == 1 ? tr("Pourquoi « %1 » est-elle perdue ?").arg(firstTitle)
                                                          : tr("Pourquoi ces %1 opportunités sont-elles perdues ?").arg(moving.size()),
                                       QLineEdit::Normal, QString(), &ok)
                     .trimmed();
        if (!ok)
            return false;
        if (reason.isEmpty()) {
            m_banner->showMessage(MessageBanner::Kind::Warning,
                                  tr("Rien n'a changé : indiquez la raison de la perte (prix, concurrent, projet "
                                     "abandonné…)."));
            m_undo->hide();
            return false;
        }
    }
    QList<opportunities::StageUndo> undos;
    const QDateTime now = m_clock();
    auto r = m_replica->writeBatch([&]() -> Result<void> {
        for (const QString &id : std::as_const(moving)) {
            auto changed = opportunities::changeStage(m_replica, id, stage, reason, now);
            if (!changed)
                return changed.error();
            if (!changed->isEmpty())
                undos << *changed;
        }
        return {};
    });
    if (!r) {
        m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
        m_undo->hide();
        return false;
    }
    m_lastUndo = Undo{undos, {}};
    const QString label = opportunities::stageLabel(stage);
    QString text;
    if (moving.size() > 1)
        text = tr("%1 opportunités passent en « %2 ».").arg(moving.size()).arg(label);
    else if (stage == QLatin1String("gagne"))
        text = tr("« %1 » est gagnée. Bravo !").arg(firstTitle);
    else if (stage == QLatin1String("perdu"))
        text = tr("« %1 » est perdue (%2).").arg(firstTitle, reason);
    else
        text = tr("« %1 » passe en « %2 ».").arg(firstTitle, label);
    m_banner->showMessage(stage == QLatin1String("perdu") ? MessageBanner::Kind::Info : MessageBanner::Kind::Success, text);
    m_undo->show();
    if (moving.size() == 1 && !opportunities::isClosedStage(stage))
        select(moving.first());
    return true;
}

void OpportunitiesPage::undo()
{
    m_undo->hide();
    const Undo undo = std::exchange(m_lastUndo, Undo{});
    if (!undo.deleted.isEmpty()) {
        auto restored = opportunities::restoreOpportunity(m_replica, undo.deleted, m_me);
        if (!restored) {
            m_banner->showMessage(MessageBanner::Kind::Error, restored.error().message);
            return;
        }
        m_banner->showMessage(MessageBanner::Kind::Success,
                              tr("L'opportunité « %1 » a été restaurée.")
                                  .arg(undo.deleted.row.value(QStringLiteral("title")).toString()));
        select(*restored);
        return;
    }
    if (undo.stages.isEmpty())
        return;
    auto r = m_replica->writeBatch([&]() -> Result<void> {
        for (const opportunities::StageUndo &s : undo.stages) {
            if (auto u = opportunities::undoStageChange(m_replica, s); !u)
                return u;
        }
        return {};
    });
    if (!r) {
        m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
        return;
    }
    const opportunities::StageUndo &first = undo.stages.first();
    m_banner->showMessage(MessageBanner::Kind::Info,
                          undo.stages.size() == 1
                              ? tr("« %1 » est revenue en « %2 ».").arg(first.title, opportunities::stageLabel(first.from))
                              : tr("%1 opportunités sont revenues à leur étape.").arg(undo.stages.size()));
    select(first.id);
}

void OpportunitiesPage::openProximity()
{
    ProximityDialog dialog(m_replica, m_me, this);
    const QString current = selectedId();
    if (const OpportunityItem *it = m_model->itemById(current); it && !it->prospectId.isEmpty())
        dialog.setCentreProspect(it->prospectId);
    if (dialog.exec() == QDialog::Accepted && !dialog.chosenId().isEmpty())
        openRecord(opportunities::kTable, dialog.chosenId());
}

void OpportunitiesPage::resetFilters()
{
    m_search->clear();
    m_model->setSearchText(QString());
    m_temperature->setCurrentIndex(0);
    m_stage->setCurrentIndex(0);
    if (!seesOnlyOwnRecords(m_me))
        m_owner->setCurrentIndex(1);
}

bool OpportunitiesPage::openRecord(const QString &table, const QString &id)
{
    if (table != opportunities::kTable || !OpportunityModel::load(m_replica, id))
        return false;
    if (m_model->rowOf(id) < 0)
        resetFilters(); // outside the current filters: show everything
    select(id);
    QTimer::singleShot(0, this, [this, id] { openOpportunity(id); });
    return true;
}

} // namespace hector::ui
