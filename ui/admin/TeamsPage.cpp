#include "ui/admin/TeamsPage.h"

#include "core/Roles.h"
#include "sync/SessionManager.h"
#include "ui/MessageBanner.h"
#include "ui/Theme.h"
#include "ui/admin/AdminTreeModel.h"
#include "ui/admin/TeamMembersModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <cmath>
#include <functional>

namespace hector::ui {

using Method = sync::ApiClient::Method;

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

QString teamPath(const QString &id, const QString &suffix = {})
{
    return QString(QStringLiteral("/api/admin/teams/") + id + suffix);
}
} // namespace

TeamsPage::TeamsPage(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_banner(new MessageBanner(this))
    , m_retry(new QPushButton(tr("&Réessayer"), this))
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_model(new AdminTreeModel({{QStringLiteral("name"), tr("Équipe")},
                                  {QStringLiteral("managerName"), tr("Responsable d'équipe")},
                                  {QStringLiteral("memberCount"), tr("Membres")}},
                                 QStringLiteral("parentTeamId"), QStringLiteral("countryCode"), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_empty(new QLabel(this))
    , m_create(new QPushButton(tr("&Nouvelle équipe…"), this))
    , m_rename(new QPushButton(tr("Re&nommer…"), this))
    , m_move(new QPushButton(tr("Dé&placer…"), this))
    , m_delete(new QPushButton(tr("&Supprimer…"), this))
    , m_undo(new QPushButton(tr("&Annuler la suppression"), this))
    , m_detail(new QWidget(this))
    , m_detailTitle(new QLabel(m_detail))
    , m_members(new TeamMembersModel(this))
    , m_memberView(new QTableView(m_detail))
    , m_candidates(new QComboBox(m_detail))
    , m_addMember(new QPushButton(tr("Ajouter"), m_detail))
    , m_removeMember(new QPushButton(tr("Re&tirer…"), m_detail))
    , m_undoMember(new QPushButton(tr("Annuler le re&trait"), m_detail))
    , m_month(new QDateEdit(m_detail))
    , m_revenue(new QDoubleSpinBox(m_detail))
    , m_rdv(new QSpinBox(m_detail))
    , m_signatures(new QSpinBox(m_detail))
    , m_objectiveState(new QLabel(m_detail))
    , m_saveObjectives(new QPushButton(tr("&Enregistrer les objectifs"), m_detail))
    , m_progress(new QWidget(m_detail))
{
    const Role role = context.session ? context.session->user().role : Role::Commercial;
    m_canWrite = role == Role::Admin || role == Role::Manager;
    setObjectName(QStringLiteral("teamsPage"));
    m_banner->setObjectName(QStringLiteral("teamsBanner"));
    m_retry->setObjectName(QStringLiteral("teamsRetry"));
    m_search->setObjectName(QStringLiteral("teamsSearch"));
    m_tree->setObjectName(QStringLiteral("teamsTree"));
    m_empty->setObjectName(QStringLiteral("teamsEmpty"));
    m_create->setObjectName(QStringLiteral("createTeamButton"));
    m_rename->setObjectName(QStringLiteral("renameTeamButton"));
    m_move->setObjectName(QStringLiteral("moveTeamButton"));
    m_delete->setObjectName(QStringLiteral("deleteTeamButton"));
    m_undo->setObjectName(QStringLiteral("teamsUndo"));
    m_detail->setObjectName(QStringLiteral("teamDetail"));
    m_memberView->setObjectName(QStringLiteral("membersView"));
    m_candidates->setObjectName(QStringLiteral("candidatesCombo"));
    m_addMember->setObjectName(QStringLiteral("addMemberButton"));
    m_removeMember->setObjectName(QStringLiteral("removeMemberButton"));
    m_undoMember->setObjectName(QStringLiteral("undoMemberButton"));
    m_month->setObjectName(QStringLiteral("objectiveMonth"));
    m_revenue->setObjectName(QStringLiteral("objectiveRevenue"));
    m_rdv->setObjectName(QStringLiteral("objectiveRdv"));
    m_signatures->setObjectName(QStringLiteral("objectiveSignatures"));
    m_objectiveState->setObjectName(QStringLiteral("objectiveState"));
    m_saveObjectives->setObjectName(QStringLiteral("saveObjectivesButton"));

    auto *title = new QLabel(tr("Équipes"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);

    m_search->setPlaceholderText(tr("Rechercher une équipe…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Rechercher une équipe"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterKeyColumn(0);
    m_tree->setModel(m_proxy);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(0, Qt::AscendingOrder);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < m_model->columnCount(); ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // The manager's name may be long and its header is: a fixed share, the name keeps the room.
    // The entity is in the detail title and the flag's tooltip.
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_tree->header()->resizeSection(1, 160);
    m_tree->setAccessibleName(tr("Arborescence des équipes"));

    m_empty->setWordWrap(true);
    m_empty->hide();

    // Detail of the selected team: members, then monthly objectives.
    QFont detailFont = m_detailTitle->font();
    detailFont.setPointSizeF(detailFont.pointSizeF() * 1.15);
    detailFont.setBold(true);
    m_detailTitle->setFont(detailFont);
    m_detailTitle->setWordWrap(true);

    m_memberView->setModel(m_members);
    m_memberView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_memberView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_memberView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_memberView->setAlternatingRowColors(true);
    m_memberView->verticalHeader()->hide();
    m_memberView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_memberView->horizontalHeader()->setSectionResizeMode(TeamMembersModel::Email, QHeaderView::Stretch);
    m_memberView->setAccessibleName(tr("Membres de l'équipe"));
    m_candidates->setAccessibleName(tr("Utilisateur à ajouter"));
    m_candidates->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_candidates->setMinimumContentsLength(22);

    auto *membersBox = new QGroupBox(tr("Membres"), m_detail);
    auto *membersLayout = new QVBoxLayout(membersBox);
    membersLayout->addWidget(m_memberView, 1);
    auto *memberButtons = new QHBoxLayout;
    auto *candidatesLabel = new QLabel(tr("A&jouter :"), membersBox);
    candidatesLabel->setBuddy(m_candidates);
    memberButtons->addWidget(candidatesLabel);
    memberButtons->addWidget(m_candidates, 1);
    memberButtons->addWidget(m_addMember);
    memberButtons->addSpacing(12);
    memberButtons->addWidget(m_removeMember);
    memberButtons->addWidget(m_undoMember);
    membersLayout->addLayout(memberButtons);
    m_undoMember->hide();

    m_month->setDisplayFormat(QStringLiteral("MMMM yyyy"));
    m_month->setCalendarPopup(true);
    m_month->setDate(QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1));
    m_month->setAccessibleName(tr("Mois de l'objectif"));
    m_revenue->setRange(0, 1e10);
    m_revenue->setDecimals(2);
    m_revenue->setGroupSeparatorShown(true);
    m_revenue->setSuffix(QStringLiteral(" €"));
    m_revenue->setAccessibleName(tr("Chiffre d'affaires visé en euros"));
    m_rdv->setRange(0, 1000000);
    m_rdv->setAccessibleName(tr("Nombre de rendez-vous visé"));
    m_signatures->setRange(0, 1000000);
    m_signatures->setAccessibleName(tr("Nombre de signatures visé"));
    m_objectiveState->setWordWrap(true);
    auto *note = new QLabel(tr("Réalisé : opportunités gagnées (clôturées dans le mois) et rendez-vous effectués ou "
                               "planifiés des membres actuels de l'équipe."),
                            m_detail);
    note->setObjectName(QStringLiteral("objectivesNote"));
    note->setWordWrap(true);
    QPalette muted = note->palette();
    muted.setColor(QPalette::WindowText, palette::mutedText);
    note->setPalette(muted);
    m_objectiveState->setPalette(muted);

    auto *objectivesBox = new QGroupBox(tr("Objectifs mensuels"), m_detail);
    auto *objectivesForm = new QFormLayout(objectivesBox);
    objectivesForm->addRow(tr("&Mois :"), m_month);
    objectivesForm->addRow(tr("&Chiffre d'affaires :"), m_revenue);
    objectivesForm->addRow(tr("&Rendez-vous :"), m_rdv);
    objectivesForm->addRow(tr("Si&gnatures :"), m_signatures);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveObjectives);
    saveRow->addWidget(m_objectiveState, 1);
    objectivesForm->addRow(saveRow);

    // Réalisé / objectif: one line per objective, a bar (capped at 100 %) and the figures.
    m_progress->setObjectName(QStringLiteral("objectiveProgress"));
    auto *progressGrid = new QGridLayout(m_progress);
    progressGrid->setContentsMargins(0, 4, 0, 0);
    const char *const names[] = {"revenue", "rdv", "signatures"};
    const QString labels[] = {tr("Chiffre d'affaires"), tr("Rendez-vous"), tr("Signatures")};
    auto *heading = new QLabel(tr("Réalisé / objectif"), m_progress);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    progressGrid->addWidget(heading, 0, 0, 1, 3);
    for (int i = 0; i < 3; ++i) {
        auto *bar = new QProgressBar(m_progress);
        bar->setObjectName(QString(QLatin1String(names[i]) + QStringLiteral("Progress")));
        bar->setRange(0, 100);
        bar->setTextVisible(true);
        bar->setMaximumHeight(18);
        bar->setAccessibleName(tr("%1 : part de l'objectif atteinte").arg(labels[i]));
        auto *text = new QLabel(m_progress);
        text->setObjectName(QString(QLatin1String(names[i]) + QStringLiteral("Actual")));
        progressGrid->addWidget(new QLabel(labels[i], m_progress), i + 1, 0);
        progressGrid->addWidget(bar, i + 1, 1);
        progressGrid->addWidget(text, i + 1, 2);
        m_progressBars[i] = bar;
        m_progressTexts[i] = text;
    }
    progressGrid->setColumnStretch(1, 1);
    objectivesForm->addRow(m_progress);
    m_progress->hide();
    objectivesForm->addRow(note);

    auto *detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(membersBox, 1);
    detailLayout->addWidget(objectivesBox);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_create, m_rename, m_move, m_delete, m_undo})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *refresh = new QPushButton(tr("Actualiser"), this);
    refresh->setObjectName(QStringLiteral("teamsRefresh"));
    buttons->addWidget(refresh);
    for (QPushButton *b : {m_create, m_rename, m_move, m_delete})
        b->setVisible(m_canWrite);
    m_undo->hide();

    auto *left = new QVBoxLayout;
    left->addWidget(m_search);
    left->addWidget(m_empty);
    left->addWidget(m_tree, 1);

    auto *body = new QHBoxLayout;
    body->addLayout(left, 2);
    body->addWidget(m_detail, 3);

    auto *bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_retry);
    m_retry->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(bannerRow);
    layout->addLayout(buttons);
    layout->addLayout(body, 1);

    // Keyboard: Ctrl+N creates, F2 renames, Suppr deletes the selected team.
    auto *newShortcut = new QShortcut(QKeySequence::New, this, this, [this] {
        if (m_canWrite && m_create->isEnabled())
            onCreateClicked();
    });
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    auto *renameShortcut = new QShortcut(QKeySequence(Qt::Key_F2), m_tree, m_tree, [this] {
        if (m_canWrite && m_rename->isEnabled())
            onRenameClicked();
    });
    renameShortcut->setContext(Qt::WidgetShortcut);
    auto *deleteShortcut = new QShortcut(QKeySequence::Delete, m_tree, m_tree, [this] {
        if (m_canWrite && m_delete->isEnabled())
            onDeleteClicked();
    });
    deleteShortcut->setContext(Qt::WidgetShortcut);

    connect(m_retry, &QPushButton::clicked, this, &TeamsPage::reload);
    connect(refresh, &QPushButton::clicked, this, &TeamsPage::reload);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_tree->expandAll();
    });
    connect(m_create, &QPushButton::clicked, this, &TeamsPage::onCreateClicked);
    connect(m_rename, &QPushButton::clicked, this, &TeamsPage::onRenameClicked);
    connect(m_move, &QPushButton::clicked, this, &TeamsPage::onMoveClicked);
    connect(m_delete, &QPushButton::clicked, this, &TeamsPage::onDeleteClicked);
    connect(m_undo, &QPushButton::clicked, this, &TeamsPage::undoDelete);
    connect(m_addMember, &QPushButton::clicked, this, [this] { addMember(m_candidates->currentData().toString()); });
    connect(m_removeMember, &QPushButton::clicked, this, &TeamsPage::onRemoveMemberClicked);
    connect(m_undoMember, &QPushButton::clicked, this, &TeamsPage::undoRemoveMember);
    connect(m_saveObjectives, &QPushButton::clicked, this, &TeamsPage::onSaveObjectivesClicked);
    connect(m_month, &QDateEdit::dateChanged, this, &TeamsPage::showObjective);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        if (m_resetting)
            return;
        updateButtons();
        loadDetail();
    });
    connect(m_memberView->selectionModel(), &QItemSelectionModel::currentChanged, this, &TeamsPage::updateButtons);
    clearDetail();
    updateButtons();
    reload();
}

QString TeamsPage::selectedId() const
{
    return m_tree->currentIndex().siblingAtColumn(0).data(AdminTreeModel::IdRole).toString();
}

bool TeamsPage::selectTeam(const QString &id)
{
    const QModelIndex idx = m_proxy->mapFromSource(m_model->indexOfId(id));
    if (!idx.isValid())
        return false;
    m_tree->setCurrentIndex(idx);
    m_tree->scrollTo(idx);
    return true;
}

void TeamsPage::updateButtons()
{
    const bool has = !selectedId().isEmpty();
    const bool detail = !m_team.isEmpty();
    m_rename->setEnabled(has);
    m_move->setEnabled(has);
    m_delete->setEnabled(has);
    m_candidates->setEnabled(m_canWrite && detail && m_candidates->count() > 0);
    m_addMember->setEnabled(m_canWrite && detail && m_candidates->count() > 0);
    m_removeMember->setEnabled(m_canWrite && detail && m_memberView->currentIndex().isValid());
    m_addMember->setVisible(m_canWrite);
    m_candidates->setVisible(m_canWrite);
    m_removeMember->setVisible(m_canWrite);
    for (QAbstractSpinBox *box : std::initializer_list<QAbstractSpinBox *>{m_revenue, m_rdv, m_signatures}) {
        box->setEnabled(detail);
        box->setReadOnly(!m_canWrite);
    }
    m_month->setEnabled(detail);
    m_saveObjectives->setVisible(m_canWrite);
    m_saveObjectives->setEnabled(m_canWrite && detail);
}

void TeamsPage::reload()
{
    if (!m_context.session)
        return;
    const QString keep = selectedId();
    m_context.session->authorizedRequest(Method::Get, QStringLiteral("/api/organization/entities"), {}, this,
                                         [this](Result<QJsonObject> r) {
                                             if (r)
                                                 m_entities = r->value(QLatin1StringView("entities")).toArray();
                                         });
    m_context.session->authorizedRequest(
        Method::Get, QStringLiteral("/api/admin/teams"), {}, this, [this, keep](Result<QJsonObject> r) {
            if (!r) {
                // Never show stale data: everything empties and the message says why.
                m_model->clear();
                clearDetail();
                m_empty->hide();
                m_banner->showMessage(MessageBanner::Kind::Error,
                                      tr("Impossible de charger les équipes : %1").arg(r.error().message));
                m_retry->show();
                m_create->setEnabled(false);
                updateButtons();
                emit loaded();
                return;
            }
            if (!m_retry->isHidden()) // back online: the failure message no longer applies
                m_banner->clear();
            m_retry->hide();
            m_create->setEnabled(true);
            // The reset drops the selection: the detail follows the selection restored below.
            m_resetting = true;
            m_model->setItems(r->value(QLatin1StringView("teams")).toArray());
            m_tree->expandAll();
            m_empty->setText(m_canWrite ? tr("Aucune équipe pour le moment. Créez la première avec « Nouvelle équipe… ».")
                                        : tr("Aucune équipe visible pour le moment."));
            m_empty->setVisible(m_model->itemCount() == 0);
            if (keep.isEmpty() || !selectTeam(keep)) {
                const QModelIndex first = m_proxy->index(0, 0);
                if (first.isValid())
                    m_tree->setCurrentIndex(first);
            }
            m_resetting = false;
            loadDetail(); // also for the same team: its members or objectives may have changed
            updateButtons();
            emit loaded();
        });
}

void TeamsPage::clearDetail()
{
    ++m_detailRequest;
    m_team = {};
    m_members->clear();
    m_candidates->clear();
    m_detailTitle->setText(tr("Sélectionnez une équipe pour voir ses membres et ses objectifs."));
    {
        const QSignalBlocker b1(m_revenue), b2(m_rdv), b3(m_signatures);
        m_revenue->setValue(0);
        m_rdv->setValue(0);
        m_signatures->setValue(0);
    }
    m_objectiveState->clear();
    m_progress->hide();
    updateButtons();
}

void TeamsPage::loadDetail()
{
    const QString id = selectedId();
    if (id.isEmpty() || !m_context.session) {
        clearDetail();
        emit detailLoaded();
        return;
    }
    const int request = ++m_detailRequest;
    m_context.session->authorizedRequest(
        Method::Get, teamPath(id), {}, this, [this, request, id](Result<QJsonObject> r) {
            if (request != m_detailRequest)
                return; // another team was selected meanwhile
            if (!r) {
                clearDetail();
                m_banner->showMessage(MessageBanner::Kind::Error,
                                      tr("Impossible de charger l'équipe : %1").arg(r.error().message));
                emit detailLoaded();
                return;
            }
            m_team = r->value(QLatin1StringView("team")).toObject();
            showDetail();
            if (!m_canWrite) {
                emit detailLoaded();
                return;
            }
            m_context.session->authorizedRequest(
                Method::Get, teamPath(id, QStringLiteral("/candidates")), {}, this,
                [this, request](Result<QJsonObject> c) {
                    if (request != m_detailRequest)
                        return;
                    m_candidates->clear();
                    if (!c) {
                        m_banner->showMessage(MessageBanner::Kind::Error,
                                              tr("Impossible de charger les utilisateurs à ajouter : %1")
                                                  .arg(c.error().message));
                    } else {
                        for (const QJsonValue &v : c->value(QLatin1StringView("users")).toArray()) {
                            const QJsonObject u = v.toObject();
                            m_candidates->addItem(
                                QStringLiteral("%1 (%2)").arg(TeamMembersModel::displayName(u), str(u, "entityName")),
                                str(u, "userId"));
                        }
                    }
                    if (m_candidates->count() == 0)
                        m_candidates->setPlaceholderText(tr("Aucun utilisateur à ajouter"));
                    updateButtons();
                    emit detailLoaded();
                });
        });
}

void TeamsPage::showDetail()
{
    const QString manager = str(m_team, "managerName");
    QString title = tr("%1 — %2").arg(str(m_team, "name"), str(m_team, "entityName"));
    if (!manager.isEmpty())
        title = QString(title + QStringLiteral("\n") + tr("Responsable d'équipe : %1").arg(manager));
    m_detailTitle->setText(title);
    m_members->setMembers(m_team.value(QLatin1StringView("members")).toArray());
    showObjective();
    updateButtons();
}

void TeamsPage::showObjective()
{
    if (m_team.isEmpty())
        return;
    const QString month = m_month->date().toString(QStringLiteral("yyyy-MM"));
    QJsonObject objective;
    for (const QJsonValue &v : m_team.value(QLatin1StringView("objectives")).toArray()) {
        if (str(v.toObject(), "month") == month)
            objective = v.toObject();
    }
    m_revenue->setValue(objective.value(QLatin1StringView("revenueEur")).toDouble());
    m_rdv->setValue(objective.value(QLatin1StringView("rdvCount")).toInt());
    m_signatures->setValue(objective.value(QLatin1StringView("signaturesCount")).toInt());
    const QString monthName = QLocale().standaloneMonthName(m_month->date().month()) + QLatin1Char(' ')
                              + QString::number(m_month->date().year());
    m_objectiveState->setText(objective.isEmpty() ? tr("Aucun objectif défini pour %1.").arg(monthName)
                                                  : tr("Objectif de %1 enregistré.").arg(monthName));
    showProgress(objective);
}

void TeamsPage::showProgress(const QJsonObject &objective)
{
    const QJsonObject actual = objective.value(QLatin1StringView("actual")).toObject();
    const QJsonObject progress = objective.value(QLatin1StringView("progress")).toObject();
    m_progress->setVisible(!actual.isEmpty());
    if (actual.isEmpty())
        return;
    const QLocale locale;
    const char *const targets[] = {"revenueEur", "rdvCount", "signaturesCount"};
    const char *const percents[] = {"revenue", "rdv", "signatures"};
    for (int i = 0; i < 3; ++i) {
        const double done = actual.value(QLatin1StringView(targets[i])).toDouble();
        const double target = objective.value(QLatin1StringView(targets[i])).toDouble();
        const QJsonValue percent = progress.value(QLatin1StringView(percents[i]));
        // Euros: cents only when the objective has some.
        const auto euros = [&locale](double v) { return locale.toString(v, 'f', v == std::floor(v) ? 0 : 2); };
        const QString figures = i == 0 ? tr("%1 € / %2 €").arg(euros(done), euros(target))
                                       : tr("%1 / %2").arg(locale.toString(qint64(done)), locale.toString(qint64(target)));
        QProgressBar *bar = m_progressBars[i];
        if (percent.isDouble()) {
            const double p = percent.toDouble();
            bar->setValue(std::min(100, qRound(p)));
            bar->setFormat(tr("%1 %").arg(locale.toString(p, 'f', p < 10 ? 1 : 0)));
        } else { // no objective for this figure
            bar->setValue(0);
            bar->setFormat(tr("—"));
        }
        // Reached: green; under half way: amber; else the accent colour.
        QPalette pal = bar->palette();
        const double p = percent.toDouble();
        pal.setColor(QPalette::Highlight, !percent.isDouble() ? palette::border
                                          : p >= 100          ? palette::success
                                          : p < 50            ? palette::warning
                                                              : palette::accent);
        bar->setPalette(pal);
        m_progressTexts[i]->setText(figures);
        bar->setToolTip(QString(figures));
    }
}

void TeamsPage::afterWrite(const QString &selectAfter)
{
    // Reload, select `selectAfter`, and report once the selected team's detail is there too.
    auto *conn = new QMetaObject::Connection;
    *conn = connect(this, &TeamsPage::loaded, this, [this, selectAfter, conn] {
        disconnect(*conn);
        delete conn;
        if (!selectAfter.isEmpty() && selectAfter != selectedId())
            selectTeam(selectAfter);
        if (selectedId().isEmpty()) {
            emit actionFinished(true);
            return;
        }
        auto *detail = new QMetaObject::Connection;
        *detail = connect(this, &TeamsPage::detailLoaded, this, [this, detail] {
            disconnect(*detail);
            delete detail;
            emit actionFinished(true);
        });
    });
    reload();
}

void TeamsPage::createTeam(const QString &name, const QString &entityId, const QString &parentTeamId)
{
    QJsonObject body{{QStringLiteral("name"), name}, {QStringLiteral("entityId"), entityId}};
    if (!parentTeamId.isEmpty())
        body.insert(QStringLiteral("parentTeamId"), parentTeamId);
    m_context.session->authorizedRequest(
        Method::Post, QStringLiteral("/api/admin/teams"), body, this, [this, name](Result<QJsonObject> r) {
            if (!r) {
                m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
                emit actionFinished(false);
                return;
            }
            m_banner->showMessage(MessageBanner::Kind::Success, tr("L'équipe « %1 » a été créée.").arg(name));
            afterWrite(str(r->value(QLatin1StringView("team")).toObject(), "id"));
        });
}

void TeamsPage::renameTeam(const QString &id, const QString &name)
{
    m_context.session->authorizedRequest(
        Method::Put, teamPath(id), {{QStringLiteral("name"), name}}, this, [this, id, name](Result<QJsonObject> r) {
            if (!r) {
                m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
                emit actionFinished(false);
                return;
            }
            m_banner->showMessage(MessageBanner::Kind::Success, tr("L'équipe a été renommée en « %1 ».").arg(name));
            afterWrite(id);
        });
}

void TeamsPage::moveTeam(const QString &id, const QString &parentTeamId)
{
    const QJsonObject body{{QStringLiteral("parentTeamId"),
                            parentTeamId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(parentTeamId)}};
    m_context.session->authorizedRequest(Method::Put, teamPath(id), body, this, [this, id](Result<QJsonObject> r) {
        if (!r) {
            m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
            emit actionFinished(false);
            return;
        }
        m_banner->showMessage(MessageBanner::Kind::Success, tr("L'équipe a été déplacée."));
        afterWrite(id);
    });
}

void TeamsPage::deleteTeam(const QString &id)
{
    m_context.session->authorizedRequest(Method::Delete, teamPath(id), {}, this, [this](Result<QJsonObject> r) {
        if (!r) {
            m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
            emit actionFinished(false);
            return;
        }
        m_deleted = r->value(QLatin1StringView("team")).toObject();
        m_undo->show();
        m_banner->showMessage(MessageBanner::Kind::Success,
                              tr("L'équipe « %1 » a été supprimée. « Annuler la suppression » la recrée avec ses "
                                 "membres et ses objectifs.")
                                  .arg(str(m_deleted, "name")));
        m_tree->setCurrentIndex({});
        afterWrite({});
    });
}

void TeamsPage::undoDelete()
{
    if (m_deleted.isEmpty())
        return;
    const QJsonObject t = m_deleted;
    QJsonObject body{{QStringLiteral("name"), t.value(QLatin1StringView("name"))},
                     {QStringLiteral("entityId"), t.value(QLatin1StringView("entityId"))},
                     {QStringLiteral("members"), t.value(QLatin1StringView("members"))},
                     {QStringLiteral("objectives"), t.value(QLatin1StringView("objectives"))}};
    // The parent may have gone meanwhile: then the team comes back at the top level.
    if (const QString parent = str(t, "parentTeamId"); !parent.isEmpty() && m_model->indexOfId(parent).isValid())
        body.insert(QStringLiteral("parentTeamId"), parent);
    if (const QString manager = str(t, "managerId"); !manager.isEmpty())
        body.insert(QStringLiteral("managerId"), manager);
    m_context.session->authorizedRequest(
        Method::Post, QStringLiteral("/api/admin/teams"), body, this, [this, t](Result<QJsonObject> r) {
            if (!r) {
                m_banner->showMessage(MessageBanner::Kind::Error,
                                      tr("L'équipe n'a pas pu être recréée : %1").arg(r.error().message));
                emit actionFinished(false);
                return;
            }
            m_deleted = {};
            m_undo->hide();
            m_banner->showMessage(MessageBanner::Kind::Success,
                                  tr("L'équipe « %1 » a été recréée avec ses membres et ses objectifs.")
                                      .arg(str(t, "name")));
            afterWrite(str(r->value(QLatin1StringView("team")).toObject(), "id"));
        });
}

void TeamsPage::addMember(const QString &userId)
{
    const QString teamId = str(m_team, "id");
    if (teamId.isEmpty() || userId.isEmpty())
        return;
    m_context.session->authorizedRequest(
        Method::Post, teamPath(teamId, QStringLiteral("/members")), {{QStringLiteral("userId"), userId}}, this,
        [this, teamId, userId](Result<QJsonObject> r) {
            if (!r) {
                m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
                emit actionFinished(false);
                return;
            }
            const QJsonObject team = r->value(QLatin1StringView("team")).toObject();
            QString name;
            for (const QJsonValue &v : team.value(QLatin1StringView("members")).toArray()) {
                if (str(v.toObject(), "userId") == userId)
                    name = TeamMembersModel::displayName(v.toObject());
            }
            m_banner->showMessage(MessageBanner::Kind::Success,
                                  tr("%1 a été ajouté(e) à l'équipe « %2 ».").arg(name, str(team, "name")));
            afterWrite(teamId);
        });
}

void TeamsPage::removeMember(const QString &userId)
{
    const QString teamId = str(m_team, "id");
    const int row = m_members->rowOf(userId);
    if (teamId.isEmpty() || row < 0)
        return;
    const QJsonObject member = m_members->member(row);
    const QString teamName = str(m_team, "name");
    m_context.session->authorizedRequest(
        Method::Delete, teamPath(teamId, QString(QStringLiteral("/members/") + userId)), {}, this,
        [this, teamId, teamName, member](Result<QJsonObject> r) {
            if (!r) {
                m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
                emit actionFinished(false);
                return;
            }
            m_removed = member;
            m_removedFrom = teamId;
            m_undoMember->show();
            m_banner->showMessage(MessageBanner::Kind::Success,
                                  tr("%1 a été retiré(e) de l'équipe « %2 ». « Annuler le retrait » l'y remet.")
                                      .arg(TeamMembersModel::displayName(member), teamName));
            afterWrite(teamId);
        });
}

void TeamsPage::undoRemoveMember()
{
    if (m_removed.isEmpty())
        return;
    const QJsonObject member = m_removed;
    const QString teamId = m_removedFrom;
    QJsonObject body{{QStringLiteral("userId"), member.value(QLatin1StringView("userId"))}};
    if (const QString role = str(member, "role"); !role.isEmpty())
        body.insert(QStringLiteral("role"), role);
    m_context.session->authorizedRequest(
        Method::Post, teamPath(teamId, QStringLiteral("/members")), body, this,
        [this, member, teamId](Result<QJsonObject> r) {
            if (!r) {
                m_banner->showMessage(MessageBanner::Kind::Error,
                                      tr("Le membre n'a pas pu être remis dans l'équipe : %1").arg(r.error().message));
                emit actionFinished(false);
                return;
            }
            m_removed = {};
            m_removedFrom.clear();
            m_undoMember->hide();
            m_banner->showMessage(MessageBanner::Kind::Success,
                                  tr("%1 est de nouveau dans l'équipe.").arg(TeamMembersModel::displayName(member)));
            afterWrite(teamId);
        });
}

void TeamsPage::saveObjectives(const QDate &month, double revenueEur, int rdvCount, int signaturesCount)
{
    const QString teamId = str(m_team, "id");
    if (teamId.isEmpty() || !month.isValid())
        return;
    const QJsonObject body{{QStringLiteral("revenueEur"), revenueEur},
                           {QStringLiteral("rdvCount"), rdvCount},
                           {QStringLiteral("signaturesCount"), signaturesCount}};
    const QString monthName = QString(QLocale().standaloneMonthName(month.month()) + QLatin1Char(' ')
                                      + QString::number(month.year()));
    m_context.session->authorizedRequest(
        Method::Put, teamPath(teamId, QString(QStringLiteral("/objectives/") + month.toString(QStringLiteral("yyyy-MM")))),
        body, this, [this, teamId, monthName](Result<QJsonObject> r) {
            if (!r) {
                m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
                emit actionFinished(false);
                return;
            }
            m_banner->showMessage(MessageBanner::Kind::Success,
                                  tr("Objectifs de %1 enregistrés pour l'équipe « %2 ».")
                                      .arg(monthName, str(m_team, "name")));
            afterWrite(teamId);
        });
}

void TeamsPage::fillParentTeams(QComboBox *combo, const QString &excluded, const QString &current) const
{
    combo->addItem(tr("(aucune : équipe de premier niveau)"), QString());
    std::function<void(const QModelIndex &, int)> walk = [&](const QModelIndex &parent, int depth) {
        for (int r = 0; r < m_model->rowCount(parent); ++r) {
            const QModelIndex idx = m_model->index(r, 0, parent);
            const QJsonObject o = m_model->object(idx);
            const QString id = str(o, "id");
            if (id == excluded)
                continue; // neither the team itself nor its sub-teams
            combo->addItem(countryFlagIcon(str(o, "countryCode")),
                           QString(QString(depth * 2, QLatin1Char(' ')) + str(o, "name")), id);
            walk(idx, depth + 1);
        }
    };
    walk({}, 0);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void TeamsPage::onCreateClicked()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Nouvelle équipe"));
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("teamNameEdit"));
    auto *entity = new QComboBox(&dialog);
    entity->setObjectName(QStringLiteral("teamEntityCombo"));
    for (const QJsonValue &v : std::as_const(m_entities)) {
        const QJsonObject e = v.toObject();
        entity->addItem(countryFlagIcon(str(e, "countryCode")),
                        QString(QString(e.value(QLatin1StringView("level")).toInt() * 2, QLatin1Char(' ')) + str(e, "name")),
                        str(e, "id"));
    }
    const QString selectedEntity = str(m_team, "entityId");
    if (!selectedEntity.isEmpty())
        entity->setCurrentIndex(std::max(0, entity->findData(selectedEntity)));
    auto *parentCombo = new QComboBox(&dialog);
    parentCombo->setObjectName(QStringLiteral("teamParentCombo"));
    fillParentTeams(parentCombo, {}, {});
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Nom :"), name);
    form->addRow(tr("&Entité :"), entity);
    form->addRow(tr("Équipe &parente :"), parentCombo);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    box->button(QDialogButtonBox::Ok)->setText(tr("Créer"));
    box->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    form->addRow(box);
    connect(name, &QLineEdit::textChanged, &dialog, [box, entity](const QString &text) {
        box->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty() && entity->count() > 0);
    });
    box->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        createTeam(name->text().trimmed(), entity->currentData().toString(), parentCombo->currentData().toString());
}

void TeamsPage::onRenameClicked()
{
    const QString id = selectedId();
    const QJsonObject t = m_model->object(m_model->indexOfId(id));
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Renommer l'équipe"), tr("Nouveau nom :"), QLineEdit::Normal,
                                               str(t, "name"), &ok);
    if (ok && !name.trimmed().isEmpty())
        renameTeam(id, name.trimmed());
}

void TeamsPage::onMoveClicked()
{
    const QString id = selectedId();
    const QJsonObject t = m_model->object(m_model->indexOfId(id));
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Déplacer l'équipe"));
    auto *parentCombo = new QComboBox(&dialog);
    fillParentTeams(parentCombo, id, str(t, "parentTeamId"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Nouvelle équipe &parente :"), parentCombo);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    box->button(QDialogButtonBox::Ok)->setText(tr("Déplacer"));
    box->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        moveTeam(id, parentCombo->currentData().toString());
}

void TeamsPage::onDeleteClicked()
{
    const QString id = selectedId();
    const QJsonObject t = m_model->object(m_model->indexOfId(id));
    const auto answer = QMessageBox::question(
        this, tr("Supprimer l'équipe"),
        tr("Supprimer l'équipe « %1 » ? Ses membres et ses objectifs sont retirés avec elle ; « Annuler la "
           "suppression » la recrée. Une équipe qui a des sous-équipes ne peut pas être supprimée.")
            .arg(str(t, "name")),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        deleteTeam(id);
}

void TeamsPage::onRemoveMemberClicked()
{
    const QJsonObject member = m_members->member(m_memberView->currentIndex().row());
    if (member.isEmpty())
        return;
    const auto answer = QMessageBox::question(this, tr("Retirer de l'équipe"),
                                              tr("Retirer %1 de l'équipe « %2 » ?")
                                                  .arg(TeamMembersModel::displayName(member), str(m_team, "name")),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        removeMember(str(member, "userId"));
}

void TeamsPage::onSaveObjectivesClicked()
{
    saveObjectives(m_month->date(), m_revenue->value(), m_rdv->value(), m_signatures->value());
}

} // namespace hector::ui
