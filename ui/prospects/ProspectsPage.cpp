#include "ui/prospects/ProspectsPage.h"

#include "core/sync/RowValidation.h"
#include "sync/ClientSettings.h"
#include "sync/replica/LocalReplica.h"
#include "ui/FormSupport.h"
#include "ui/MessageBanner.h"
#include "ui/Theme.h"
#include "ui/prospects/FieldProspectDialog.h"
#include "ui/ocr/BusinessCardReview.h"
#include "ui/ocr/BusinessCardScanDialog.h"
#include "ui/import/ImportHistoryDialog.h"
#include "ui/import/ProspectImportWizard.h"
#include "ui/prospects/ProspectCsvExport.h"
#include "ui/prospects/ProspectDialog.h"
#include "ui/prospects/ProspectListModel.h"
#include "ui/prospects/SavedFilterStore.h"

#include <QComboBox>
#include <QDate>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QShortcut>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace hector::ui {

namespace {
// « Qualité » column: a small bar and the score.
class QualityDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const int score = index.data(ProspectListModel::RawRole).toInt();
        const QColor color = score >= 70 ? palette::success : (score >= 40 ? palette::warning : palette::danger);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRect r = option.rect.adjusted(8, 0, -8, 0);
        const int barWidth = qMax(20, r.width() - 34);
        const QRectF bar(r.left(), r.center().y() - 3, barWidth, 6);
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette::border);
        painter->drawRoundedRect(bar, 3, 3);
        painter->setBrush(color);
        painter->drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * score / 100.0, bar.height()), 3, 3);
        painter->setPen((option.state & QStyle::State_Selected) ? option.palette.color(QPalette::HighlightedText)
                                                                  : palette::text);
        painter->drawText(QRect(r.left() + barWidth + 4, r.top(), r.width() - barWidth - 4, r.height()),
                          Qt::AlignRight | Qt::AlignVCenter, QString::number(score));
        painter->restore();
    }
};

// Merged [first, last] row intervals of a selection (rows selected with Ctrl overlap freely).
QList<QPair<int, int>> rowIntervals(const QItemSelection &selection)
{
    QList<QPair<int, int>> ranges;
    for (const QItemSelectionRange &r : selection)
        ranges.append({r.top(), r.bottom()});
    std::sort(ranges.begin(), ranges.end());
    QList<QPair<int, int>> merged;
    for (const auto &r : ranges) {
        if (!merged.isEmpty() && r.first <= merged.last().second + 1)
            merged.last().second = qMax(merged.last().second, r.second);
        else
            merged.append(r);
    }
    return merged;
}
} // namespace

ProspectsPage::ProspectsPage(const ProspectsContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new ProspectListModel(context.replica, this))
    , m_store(std::make_unique<SavedFilterStore>(context.settings ? context.settings->storage() : nullptr, context.user.id))
{
    m_model->setCurrentUserId(context.user.id);
    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(120);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(8);

    auto *head = new QHBoxLayout;
    head->addWidget(makePageTitle(tr("Prospects"), this), 1);
    auto *field = new QPushButton(tr("Nouveau prospect &terrain"), this);
    field->setObjectName(QStringLiteral("fieldProspectButton"));
    field->setToolTip(tr("Noter rapidement un prospect rencontré sur le terrain, à qualifier ensuite (Ctrl+Maj+N)"));
    auto *create = new QPushButton(tr("&Nouveau prospect"), this);
    create->setObjectName(QStringLiteral("newProspectButton"));
    create->setShortcut(QKeySequence::New);
    create->setToolTip(tr("Nouveau prospect, fiche complète (Ctrl+N)"));
    auto *scanCard = new QPushButton(tr("Scanner une &carte"), this);
    scanCard->setObjectName(QStringLiteral("scanCardButton"));
    scanCard->setToolTip(tr("Créer un prospect à partir de la photo d'une carte de visite (Ctrl+Maj+B)"));
    head->addWidget(scanCard);
    head->addWidget(field);
    head->addWidget(create);
    layout->addLayout(head);

    buildFilterBar(layout);

    layout->addLayout(makeBannerWithUndo(this, tr("&Annuler"), Qt::AlignVCenter, &m_banner, &m_undo));

    m_stack = new QStackedWidget(this);
    m_view = new QTableView(m_stack);
    m_view->setObjectName(QStringLiteral("prospectsView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProspectListModel::Company, Qt::AscendingOrder);
    setupRecordTable(m_view, QAbstractItemView::ExtendedSelection, 10);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->setItemDelegateForColumn(ProspectListModel::Quality, new QualityDelegate(m_view));
    // Fits 1366 px wide screens without horizontal scrolling.
    m_view->setColumnWidth(ProspectListModel::Company, 250);
    m_view->setColumnWidth(ProspectListModel::City, 130);
    m_view->setColumnWidth(ProspectListModel::Postcode, 90);
    m_view->setColumnWidth(ProspectListModel::Phone, 140);
    m_view->setColumnWidth(ProspectListModel::Owner, 140);
    m_view->setColumnWidth(ProspectListModel::Status, 110);
    m_view->setColumnWidth(ProspectListModel::Quality, 90);
    m_stack->addWidget(m_view);
    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("emptyText"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    auto *bottom = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    bottom->addWidget(m_count, 1);
    m_open = new QPushButton(tr("&Ouvrir"), this);
    m_open->setToolTip(tr("Ouvrir la fiche du prospect (Entrée)"));
    m_assign = new QPushButton(tr("Attri&buer à…"), this);
    m_assign->setObjectName(QStringLiteral("assignButton"));
    m_assign->setToolTip(tr("Changer le responsable des prospects sélectionnés"));
    m_status = new QPushButton(tr("Changer le stat&ut…"), this);
    m_status->setObjectName(QStringLiteral("statusButton"));
    m_status->setToolTip(tr("Changer le statut des prospects sélectionnés"));
    m_delete = new QPushButton(tr("&Supprimer"), this);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setToolTip(tr("Supprimer les prospects sélectionnés (Suppr)"));
    m_export = new QPushButton(tr("E&xporter en CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Exporter tous les prospects de la liste filtrée (Ctrl+E)"));
    for (QPushButton *b : {m_open, m_assign, m_status, m_delete, m_export})
        bottom->addWidget(b);
    auto *importButton = new QPushButton(tr("&Importer…"), this);
    importButton->setObjectName(QStringLiteral("importButton"));
    importButton->setToolTip(tr("Importer des prospects depuis un fichier CSV (Ctrl+I)"));
    auto *importsButton = new QPushButton(tr("I&mports récents…"), this);
    importsButton->setObjectName(QStringLiteral("recentImportsButton"));
    importsButton->setToolTip(tr("Les derniers imports, et l'annulation d'un import"));
    bottom->addWidget(importButton);
    bottom->addWidget(importsButton);
    connect(importButton, &QPushButton::clicked, this, &ProspectsPage::importCsv);
    connect(importsButton, &QPushButton::clicked, this, &ProspectsPage::showImports);
    layout->addLayout(bottom);

    connect(m_search, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, &ProspectsPage::onFilterEdited);
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
    connect(m_context.replica, &sync::LocalReplica::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("entities") || table == QLatin1String("users"))
            fillFilterCombos();
    });
    connect(create, &QPushButton::clicked, this, &ProspectsPage::createProspect);
    connect(field, &QPushButton::clicked, this, &ProspectsPage::createFieldProspect);
    connect(scanCard, &QPushButton::clicked, this, &ProspectsPage::scanBusinessCard);
    connect(m_open, &QPushButton::clicked, this, &ProspectsPage::openCurrent);
    connect(m_assign, &QPushButton::clicked, this, &ProspectsPage::askAssign);
    connect(m_status, &QPushButton::clicked, this, &ProspectsPage::askStatus);
    connect(m_delete, &QPushButton::clicked, this, &ProspectsPage::deleteSelected);
    connect(m_export, &QPushButton::clicked, this, &ProspectsPage::exportCsv);
    connect(m_undo, &QPushButton::clicked, this, &ProspectsPage::undoLast);
    connect(m_view, &QTableView::activated, this, &ProspectsPage::openCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProspectsPage::updateState);

    auto shortcut = [this](const QKeySequence &keys, QWidget *scope, Qt::ShortcutContext where, auto slot) {
        auto *s = new QShortcut(keys, scope);
        s->setContext(where);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::Find, this, Qt::WidgetWithChildrenShortcut, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, Qt::WidgetWithChildrenShortcut,
             &ProspectsPage::createFieldProspect);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this, Qt::WidgetWithChildrenShortcut, &ProspectsPage::exportCsv);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_I), this, Qt::WidgetWithChildrenShortcut, &ProspectsPage::importCsv);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), this, Qt::WidgetWithChildrenShortcut,
             &ProspectsPage::scanBusinessCard);
    shortcut(QKeySequence::Delete, m_view, Qt::WidgetShortcut, &ProspectsPage::deleteSelected);
    updateState();
}

ProspectsPage::~ProspectsPage() = default;

void ProspectsPage::buildFilterBar(QVBoxLayout *layout)
{
    auto *row = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Rechercher : raison sociale, ville, code postal, SIREN, décideur… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    row->addWidget(m_search, 1);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setAccessibleName(tr("Filtrer par statut"));
    m_entityFilter = new QComboBox(this);
    m_entityFilter->setObjectName(QStringLiteral("entityFilter"));
    m_entityFilter->setAccessibleName(tr("Filtrer par entité"));
    m_ownerFilter = new QComboBox(this);
    m_ownerFilter->setObjectName(QStringLiteral("ownerFilter"));
    m_ownerFilter->setAccessibleName(tr("Filtrer par responsable"));
    for (QComboBox *box : {m_statusFilter, m_entityFilter, m_ownerFilter}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setMinimumContentsLength(12);
        row->addWidget(box);
    }
    layout->addLayout(row);

    auto *savedRow = new QHBoxLayout;
    auto *savedLabel = new QLabel(tr("Filtres &enregistrés :"), this);
    m_saved = new QComboBox(this);
    m_saved->setObjectName(QStringLiteral("savedFilters"));
    m_saved->setMinimumContentsLength(16);
    m_saved->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    savedLabel->setBuddy(m_saved);
    m_saveFilter = new QPushButton(tr("Enre&gistrer…"), this);
    m_saveFilter->setObjectName(QStringLiteral("saveFilterButton"));
    m_saveFilter->setToolTip(tr("Enregistrer la recherche et les filtres actuels sous un nom"));
    m_deleteFilter = new QPushButton(tr("Oublier"), this);
    m_deleteFilter->setObjectName(QStringLiteral("deleteFilterButton"));
    m_deleteFilter->setToolTip(tr("Supprimer le filtre enregistré choisi"));
    m_clearFilters = new QPushButton(tr("Tout afficher"), this);
    m_clearFilters->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clearFilters->setFlat(true);
    m_clearFilters->setToolTip(tr("Effacer la recherche et les filtres"));
    savedRow->addWidget(savedLabel);
    savedRow->addWidget(m_saved);
    savedRow->addWidget(m_saveFilter);
    savedRow->addWidget(m_deleteFilter);
    savedRow->addStretch(1);
    savedRow->addWidget(m_clearFilters);
    layout->addLayout(savedRow);

    fillFilterCombos();
    fillSavedCombo();
    for (QComboBox *box : {m_statusFilter, m_entityFilter, m_ownerFilter})
        connect(box, &QComboBox::currentIndexChanged, this, &ProspectsPage::onFilterEdited);
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        const QString name = m_saved->itemData(index).toString();
        if (!name.isEmpty())
            pickSavedFilter(name);
        updateState();
    });
    connect(m_saveFilter, &QPushButton::clicked, this, &ProspectsPage::askSaveFilter);
    connect(m_deleteFilter, &QPushButton::clicked, this, [this] {
        const QString name = m_saved->currentData().toString();
        if (!name.isEmpty())
            deleteSavedFilter(name);
    });
    connect(m_clearFilters, &QPushButton::clicked, this, [this] { applyFilter({}); });
}

void ProspectsPage::fillFilterCombos()
{
    const ProspectFilter current = m_model->filter();
    m_applying = true;
    {
        const QSignalBlocker b1(m_statusFilter);
        const QSignalBlocker b2(m_entityFilter);
        const QSignalBlocker b3(m_ownerFilter);
        m_statusFilter->clear();
        m_statusFilter->addItem(tr("Tous les statuts"), QVariant());
        for (const auto &s : sync::prospectStatuses())
            m_statusFilter->addItem(s.second, s.first);
        m_entityFilter->clear();
        m_entityFilter->addItem(tr("Toutes les entités"), QVariant());
        const QList<prospects::EntityInfo> entities = prospects::loadEntities(m_context.replica->database());
        for (const prospects::EntityInfo &e : entities)
            m_entityFilter->addItem(prospects::entityPath(entities, e.id), e.id);
        m_ownerFilter->clear();
        m_ownerFilter->addItem(tr("Tous les responsables"), QStringLiteral("anyone"));
        m_ownerFilter->addItem(tr("Mes prospects"), QStringLiteral("me"));
        m_ownerFilter->addItem(tr("Sans responsable"), QStringLiteral("nobody"));
        m_ownerFilter->insertSeparator(m_ownerFilter->count());
        for (const prospects::UserInfo &u : prospects::loadUsers(m_context.replica->database()))
            m_ownerFilter->addItem(u.name, QString(QStringLiteral("user:") + u.id));
    }
    m_applying = false;
    applyFilter(current); // selects the current values again
}

void ProspectsPage::fillSavedCombo()
{
    const QSignalBlocker block(m_saved);
    m_saved->clear();
    const auto entries = m_store->entries();
    m_saved->addItem(entries.isEmpty() ? tr("Aucun pour l'instant") : tr("— Choisir —"), QString());
    int selected = 0;
    const ProspectFilter current = currentFilter();
    for (const SavedFilterStore::Entry &e : entries) {
        m_saved->addItem(e.name, e.name);
        if (e.filter == current && !current.isEmpty())
            selected = m_saved->count() - 1;
    }
    m_saved->setCurrentIndex(selected);
}

ProspectFilter ProspectsPage::currentFilter() const
{
    ProspectFilter f;
    f.text = m_search->text().trimmed();
    f.status = m_statusFilter->currentData().toString();
    f.entityId = m_entityFilter->currentData().toString();
    const QString owner = m_ownerFilter->currentData().toString();
    if (owner == QLatin1String("me")) {
        f.owner = ProspectFilter::Owner::Me;
    } else if (owner == QLatin1String("nobody")) {
        f.owner = ProspectFilter::Owner::Nobody;
    } else if (owner.startsWith(QLatin1String("user:"))) {
        f.owner = ProspectFilter::Owner::User;
        f.ownerId = owner.mid(5);
    }
    return f;
}

void ProspectsPage::applyFilter(const ProspectFilter &filter)
{
    m_applying = true;
    {
        const QSignalBlocker b0(m_search);
        const QSignalBlocker b1(m_statusFilter);
        const QSignalBlocker b2(m_entityFilter);
        const QSignalBlocker b3(m_ownerFilter);
        m_search->setText(filter.text);
        m_statusFilter->setCurrentIndex(qMax(0, m_statusFilter->findData(filter.status.isEmpty() ? QVariant() : QVariant(filter.status))));
        m_entityFilter->setCurrentIndex(qMax(0, m_entityFilter->findData(filter.entityId.isEmpty() ? QVariant() : QVariant(filter.entityId))));
        QString owner = QStringLiteral("anyone");
        if (filter.owner == ProspectFilter::Owner::Me)
            owner = QStringLiteral("me");
        else if (filter.owner == ProspectFilter::Owner::Nobody)
            owner = QStringLiteral("nobody");
        else if (filter.owner == ProspectFilter::Owner::User)
            owner = QStringLiteral("user:") + filter.ownerId;
        m_ownerFilter->setCurrentIndex(qMax(0, m_ownerFilter->findData(owner)));
    }
    m_applying = false;
    m_filterDelay->stop();
    m_model->setFilter(currentFilter());
    fillSavedCombo();
    updateState();
}

void ProspectsPage::onFilterEdited()
{
    if (m_applying)
        return;
    m_filterDelay->stop();
    m_model->setFilter(currentFilter());
    fillSavedCombo();
    updateState();
}

void ProspectsPage::saveCurrentFilter(const QString &name)
{
    if (name.trimmed().isEmpty())
        return;
    m_store->save(name, currentFilter());
    fillSavedCombo();
    m_saved->setCurrentIndex(qMax(0, m_saved->findData(name.trimmed())));
    m_banner->showMessage(MessageBanner::Kind::Success, tr("Filtre « %1 » enregistré.").arg(name.trimmed()));
    updateState();
}

bool ProspectsPage::pickSavedFilter(const QString &name)
{
    if (!m_store->contains(name))
        return false;
    applyFilter(m_store->filter(name));
    m_saved->setCurrentIndex(qMax(0, m_saved->findData(name)));
    updateState();
    return true;
}

void ProspectsPage::deleteSavedFilter(const QString &name)
{
    m_store->remove(name);
    fillSavedCombo();
    m_banner->showMessage(MessageBanner::Kind::Info, tr("Filtre « %1 » supprimé.").arg(name));
    updateState();
}

void ProspectsPage::askSaveFilter()
{
    bool ok = false;
    const QString suggested = m_saved->currentData().toString();
    const QString name = QInputDialog::getText(this, tr("Enregistrer le filtre"),
                                               tr("Nom du filtre (recherche et filtres actuels) :"), QLineEdit::Normal,
                                               suggested, &ok);
    if (ok && !name.trimmed().isEmpty())
        saveCurrentFilter(name);
}

QString ProspectsPage::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isSelected(current))
        return {};
    return m_model->idAt(current.row());
}

QStringList ProspectsPage::selectedIds() const
{
    QStringList ids;
    for (const auto &[first, last] : rowIntervals(m_view->selectionModel()->selection()))
        ids += m_model->idsInRange(first, last);
    return ids;
}

void ProspectsPage::selectId(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(m_model->index(row, 0));
}

void ProspectsPage::updateState()
{
    if (!m_view)
        return; // still building
    const int total = m_model->totalCount();
    const ProspectFilter filter = m_model->filter();
    const bool filtering = !filter.isEmpty();
    if (total == 0) {
        if (!filter.text.isEmpty())
            m_empty->setText(tr("Aucun prospect ne correspond à « %1 ».").arg(filter.text));
        else if (filtering)
            m_empty->setText(tr("Aucun prospect ne correspond à ces filtres.\n« Tout afficher » les efface."));
        else
            m_empty->setText(tr("Aucun prospect pour l'instant.\nCréez-en un avec « Nouveau prospect » (Ctrl+N) : "
                                "il sera envoyé au serveur dès que possible, même hors ligne."));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_view);
    }
    int selected = 0;
    for (const auto &[first, last] : rowIntervals(m_view->selectionModel()->selection()))
        selected += last - first + 1;
    QString count = filtering ? tr("Résultats : %L1").arg(total) : tr("Prospects : %L1").arg(total);
    if (selected > 1)
        count += tr(" · %L1 sélectionnés").arg(selected);
    m_count->setText(count);
    m_open->setEnabled(selected == 1 && !currentId().isEmpty());
    m_assign->setEnabled(selected > 0);
    m_status->setEnabled(selected > 0);
    m_delete->setEnabled(selected > 0);
    m_export->setEnabled(total > 0);
    m_clearFilters->setEnabled(filtering);
    m_deleteFilter->setEnabled(!m_saved->currentData().toString().isEmpty());
}

void ProspectsPage::setUndo(const ProspectUndo &undo, const QString &message)
{
    m_lastUndo = undo;
    m_banner->showMessage(MessageBanner::Kind::Info, message);
    m_undo->setVisible(!undo.isEmpty());
}

void ProspectsPage::createProspect()
{
    openProspect(QString(), int(ProspectDialog::Mode::Create));
}

void ProspectsPage::createFieldProspect()
{
    FieldProspectDialog dialog(m_context, this);
    const int result = dialog.exec();
    if (!dialog.openInsteadId().isEmpty()) {
        openProspect(dialog.openInsteadId(), int(ProspectDialog::Mode::Edit));
        return;
    }
    if (result == QDialog::Accepted) {
        selectId(dialog.prospectId());
        m_banner->showMessage(MessageBanner::Kind::Success,
                              tr("Prospect créé « À qualifier » : il apparaît dans la file des assistantes."));
        m_undo->hide();
    }
}

void ProspectsPage::scanBusinessCard()
{
    BusinessCardScanDialog scan(m_context.session, m_context.monitor, m_context.user.entityCountry, this);
    if (scan.exec() != QDialog::Accepted)
        return;
    ProspectDialog dialog(m_context, QString(), ProspectDialog::Mode::Create, this);
    cardReview::prepare(dialog, scan.result(), scan.image());
    const int result = dialog.exec();
    if (!dialog.openInsteadId().isEmpty()) {
        openProspect(dialog.openInsteadId(), int(ProspectDialog::Mode::Edit));
        return;
    }
    if (result == QDialog::Accepted && !dialog.prospectId().isEmpty()) {
        selectId(dialog.prospectId());
        m_banner->showMessage(MessageBanner::Kind::Success, tr("Prospect créé à partir de la carte de visite."));
        m_undo->hide();
    }
}

void ProspectsPage::openCurrent()
{
    const QString id = currentId();
    if (!id.isEmpty())
        openProspect(id, int(ProspectDialog::Mode::Edit));
}

void ProspectsPage::openProspect(const QString &id, int mode)
{
    QString next = id;
    int nextMode = mode;
    // « Ouvrir la fiche existante » from the duplicate warning opens that record next.
    for (int hops = 0; hops < 5; ++hops) {
        ProspectDialog dialog(m_context, next, ProspectDialog::Mode(nextMode), this);
        const int result = dialog.exec();
        if (result == QDialog::Accepted && !dialog.prospectId().isEmpty())
            selectId(dialog.prospectId());
        if (dialog.openInsteadId().isEmpty())
            return;
        next = dialog.openInsteadId();
        nextMode = int(ProspectDialog::Mode::Edit);
        selectId(next);
    }
}

bool ProspectsPage::openRecord(const QString &table, const QString &id)
{
    if (table != QLatin1String("prospects") || m_context.replica->row(table, id).isEmpty())
        return false;
    if (m_model->rowOf(id) < 0)
        applyFilter({}); // hidden by the filters: show everything
    selectId(id);
    // Opened once the caller (command palette) has returned.
    QTimer::singleShot(0, this, [this, id] { openProspect(id, int(ProspectDialog::Mode::Edit)); });
    return true;
}

void ProspectsPage::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    // What goes with them: appointments and actions are unlinked, notes deleted (as on the server).
    int rdvs = 0;
    int actions = 0;
    int notes = 0;
    {
        QSqlQuery q(m_context.replica->database());
        for (const auto &[table, counter] : {std::pair{"rdvs", &rdvs}, std::pair{"actions", &actions},
                                             std::pair{"prospect_notes", &notes}}) {
            for (qsizetype i = 0; i < ids.size(); i += 500) {
                const QStringList chunk = ids.mid(i, 500);
                q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE prospect_id IN (%2)")
                              .arg(QLatin1String(table), QStringList(chunk.size(), QStringLiteral("?")).join(u',')));
                for (const QString &id : chunk)
                    q.addBindValue(id);
                if (q.exec() && q.next())
                    *counter += q.value(0).toInt();
            }
        }
    }
    const QString name = m_context.replica->row(QStringLiteral("prospects"), ids.first()).value(QStringLiteral("company_name")).toString();
    QString question = ids.size() == 1 ? tr("Supprimer « %1 » ?").arg(name) : tr("Supprimer ces %L1 prospects ?").arg(ids.size());
    QStringList linked;
    if (rdvs > 0)
        linked << (rdvs == 1 ? tr("1 rendez-vous sera détaché") : tr("%L1 rendez-vous seront détachés").arg(rdvs));
    if (actions > 0)
        linked << (actions == 1 ? tr("1 action sera détachée") : tr("%L1 actions seront détachées").arg(actions));
    if (notes > 0)
        linked << (notes == 1 ? tr("1 note sera supprimée") : tr("%L1 notes seront supprimées").arg(notes));
    if (!linked.isEmpty())
        question += u'\n' + linked.join(QStringLiteral(", ")) + u'.';
    question += u'\n' + tr("Vous pourrez annuler juste après.");
    if (!askConfirmation(this, tr("Supprimer"), question))
        return;
    auto r = prospectOperations::remove(m_context.replica, ids);
    if (!r) {
        m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
        return;
    }
    setUndo(*r, r->count() == 1 ? tr("« %1 » a été supprimé.").arg(name)
                                : tr("%L1 prospects ont été supprimés.").arg(r->count()));
}

bool ProspectsPage::assignSelected(const QString &ownerId)
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return false;
    auto r = prospectOperations::setField(m_context.replica, ids, QStringLiteral("owner_id"),
                                          ownerId.isEmpty() ? QVariant() : QVariant(ownerId));
    if (!r) {
        m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
        return false;
    }
    const QString who = ownerId.isEmpty() ? tr("personne") : prospects::userName(m_context.replica->database(), ownerId);
    setUndo(*r, r->count() == 1 ? tr("1 prospect attribué à %1.").arg(who)
                                : tr("%L1 prospects attribués à %2.").arg(r->count()).arg(who));
    return true;
}

bool ProspectsPage::changeSelectedStatus(const QString &status)
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return false;
    auto r = prospectOperations::setField(m_context.replica, ids, QStringLiteral("status"), status);
    if (!r) {
        m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
        return false;
    }
    setUndo(*r, r->count() == 1 ? tr("1 prospect passé au statut « %1 ».").arg(prospects::statusLabel(status))
                                : tr("%L1 prospects passés au statut « %2 ».").arg(r->count()).arg(prospects::statusLabel(status)));
    return true;
}

void ProspectsPage::undoLast()
{
    if (m_lastUndo.isEmpty())
        return;
    const ProspectUndo undo = std::exchange(m_lastUndo, ProspectUndo());
    m_undo->hide();
    auto r = prospectOperations::revert(m_context.replica, undo, m_context.user);
    if (!r) {
        m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
        return;
    }
    if (undo.kind == ProspectUndo::Kind::Delete) {
        if (!r->isEmpty())
            selectId(r->first());
        m_banner->showMessage(MessageBanner::Kind::Success,
                              r->size() == 1 ? tr("« %1 » a été restauré.")
                                                   .arg(undo.deleted.first().row.value(QStringLiteral("company_name")).toString())
                                             : tr("%L1 prospects ont été restaurés.").arg(r->size()));
    } else {
        m_banner->showMessage(MessageBanner::Kind::Success,
                              r->size() == 1 ? tr("Modification annulée : le prospect est revenu à sa valeur précédente.")
                                             : tr("Modification annulée : %L1 prospects sont revenus à leur valeur "
                                                  "précédente.")
                                                   .arg(r->size()));
    }
}

std::optional<QString> ProspectsPage::askChoice(const QString &title, const QString &question,
                                                const QList<QPair<QString, QString>> &choices, const QString &current,
                                                const QString &note, const QString &okText)
{
    QDialog dialog(this);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(makeHint(question, &dialog));
    auto *box = new QComboBox(&dialog);
    for (const auto &[text, value] : choices)
        box->addItem(text, value);
    if (!current.isEmpty())
        box->setCurrentIndex(qMax(0, box->findData(current)));
    layout->addWidget(box);
    if (!note.isEmpty())
        layout->addWidget(makeHint(note, &dialog));
    layout->addWidget(makeDialogButtons(&dialog, QDialogButtonBox::Ok, okText, tr("Annuler")));
    dialog.setMinimumWidth(380);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return box->currentData().toString();
}

void ProspectsPage::askAssign()
{
    const int n = int(selectedIds().size());
    QList<QPair<QString, QString>> owners{{tr("— Aucun —"), QString()}};
    for (const prospects::UserInfo &u : prospects::loadUsers(m_context.replica->database()))
        owners.append({u.name, u.id});
    const auto owner = askChoice(tr("Attribuer à…"),
                                 n == 1 ? tr("Nouveau responsable du prospect sélectionné :")
                                        : tr("Nouveau responsable des %L1 prospects sélectionnés :").arg(n),
                                 owners, m_context.user.id, QString(), tr("Attribuer"));
    if (owner)
        assignSelected(*owner);
}

void ProspectsPage::askStatus()
{
    const int n = int(selectedIds().size());
    QList<QPair<QString, QString>> statuses;
    for (const auto &s : sync::prospectStatuses()) {
        if (s.first != QLatin1String("qualifie")) // qualification: one record at a time, with its checks
            statuses.append(s);
    }
    const auto status = askChoice(tr("Changer le statut…"),
                                  n == 1 ? tr("Nouveau statut du prospect sélectionné :")
                                         : tr("Nouveau statut des %L1 prospects sélectionnés :").arg(n),
                                  statuses, QString(),
                                  tr("« Qualifié » se donne fiche par fiche, avec le formulaire de qualification."),
                                  tr("Changer"));
    if (status)
        changeSelectedStatus(*status);
}

void ProspectsPage::exportCsv()
{
    if (m_model->totalCount() == 0)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("prospects-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Exporter les prospects"), QDir(dir).filePath(name),
                                                      tr("Fichiers CSV (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

void ProspectsPage::importCsv()
{
    ProspectImportWizard wizard(m_context, this);
    wizard.exec();
    if (wizard.importDone() && !wizard.importCancelled()) {
        const sync::ImportSummary s = wizard.summary();
        m_banner->showMessage(MessageBanner::Kind::Success,
                              tr("Import terminé : %L1 prospect(s) créé(s), %L2 mis à jour.").arg(s.created).arg(s.updated));
    }
}

void ProspectsPage::showImports()
{
    ImportHistoryDialog dialog(m_context, this);
    dialog.exec();
}

bool ProspectsPage::exportCsvTo(const QString &path)
{
    const ProspectCsvExport exporter(m_context.replica, *m_model);
    const int total = exporter.count();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("Impossible d'écrire %1 : %2").arg(path, file.errorString()));
        return false;
    }
    // Shown only when the export lasts (Qt waits minimumDuration before showing it).
    QProgressDialog progress(tr("Export de %L1 prospects…").arg(total), tr("Annuler"), 0, qMax(1, total), this);
    progress.setWindowTitle(tr("Export CSV"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    const auto written = exporter.write(&file, [&progress](qint64 rows) {
        progress.setValue(int(rows));
        return !progress.wasCanceled();
    });
    progress.close();
    if (!written) {
        file.cancelWriting();
        const bool cancelled = written.error().code == QLatin1String("cancelled");
        m_banner->showMessage(cancelled ? MessageBanner::Kind::Info : MessageBanner::Kind::Error,
                              cancelled ? tr("Export annulé : aucun fichier n'a été écrit.") : written.error().message);
        return false;
    }
    if (!file.commit()) {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("Impossible d'écrire %1 : %2").arg(path, file.errorString()));
        return false;
    }
    m_banner->showMessage(MessageBanner::Kind::Success,
                          tr("%L1 prospects exportés dans %2.").arg(*written).arg(QDir::toNativeSeparators(path)));
    m_undo->hide();
    return true;
}

} // namespace hector::ui
