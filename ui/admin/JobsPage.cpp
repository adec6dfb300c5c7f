#include "ui/admin/JobsPage.h"

#include "sync/SessionManager.h"
#include "ui/FormSupport.h"
#include "ui/MessageBanner.h"
#include "ui/admin/JobsModels.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace hector::ui {

namespace {
QSortFilterProxyModel *makeProxy(QAbstractItemModel *source, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(JsonRowsModel::SortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    return proxy;
}

QJsonObject selectedObject(QTableView *view)
{
    const QModelIndexList rows = view->selectionModel() ? view->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return {};
    return rows.constFirst().data(JsonRowsModel::RowObjectRole).toJsonObject();
}

// Selects again the row whose `key` is `value` after a reload.
void reselect(QTableView *view, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return;
    QAbstractItemModel *model = view->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(JsonRowsModel::RowObjectRole).toJsonObject().value(key) == value) {
            view->selectRow(r);
            return;
        }
    }
}
} // namespace

JobsPage::JobsPage(sync::SessionManager *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_jobs(new JobsModel(this))
    , m_schedules(new SchedulesModel(this))
    , m_jobsProxy(makeProxy(m_jobs, this))
    , m_schedulesProxy(makeProxy(m_schedules, this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("jobsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addWidget(makePageTitle(tr("Tâches et planifications"), this));
    layout->addWidget(makeHint(tr("Les travaux de fond du serveur (enrichissement, géocodage, e-mails…) et les tâches "
                                  "planifiées. La liste se met à jour toute seule tant que la page est affichée."),
                               this));
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("jobsBanner"));
    layout->addWidget(m_banner);

    m_stack = new QStackedWidget(this);
    m_content = new QWidget(m_stack);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Vertical, m_content);
    splitter->setChildrenCollapsible(false);
    contentLayout->addWidget(splitter);

    // Jobs.
    auto *jobsBox = new QWidget(splitter);
    auto *jobsLayout = new QVBoxLayout(jobsBox);
    jobsLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    auto *statusLabel = new QLabel(tr("&Statut :"), jobsBox);
    m_status = new QComboBox(jobsBox);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Filtrer les tâches par statut"));
    m_status->addItem(tr("Tous les statuts"), QString());
    for (const QString &s : JobsModel::statuses())
        m_status->addItem(JobsModel::statusLabel(s), s);
    m_status->setMinimumContentsLength(20);
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    statusLabel->setBuddy(m_status);
    auto *kindLabel = new QLabel(tr("&Type :"), jobsBox);
    m_kind = new QComboBox(jobsBox);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->setAccessibleName(tr("Filtrer les tâches par type"));
    m_kind->addItem(tr("Tous les types"), QString());
    m_kind->setMinimumContentsLength(22);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    kindLabel->setBuddy(m_kind);
    auto *refresh = new QPushButton(tr("&Actualiser"), jobsBox);
    refresh->setObjectName(QStringLiteral("refreshButton"));
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    refresh->setToolTip(tr("Recharge les tâches et les planifications (F5)."));
    m_updated = new QLabel(jobsBox);
    m_updated->setObjectName(QStringLiteral("updatedLabel"));
    setMutedText(m_updated);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addWidget(kindLabel);
    filters->addWidget(m_kind);
    filters->addStretch(1);
    filters->addWidget(m_updated);
    filters->addWidget(refresh);
    jobsLayout->addLayout(filters);

    m_jobsStack = new QStackedWidget(jobsBox);
    m_jobsView = new QTableView(m_jobsStack);
    m_jobsView->setObjectName(QStringLiteral("jobsView"));
    m_jobsView->setModel(m_jobsProxy);
    setupRecordTable(m_jobsView, QAbstractItemView::SingleSelection, 10);
    m_jobsView->setSortingEnabled(true);
    m_jobsView->sortByColumn(JobsModel::CreatedAt, Qt::DescendingOrder);
    m_jobsView->horizontalHeader()->setStretchLastSection(true);
    m_jobsView->setColumnWidth(JobsModel::Kind, 220);
    m_jobsView->setColumnWidth(JobsModel::Status, 110);
    m_jobsView->setColumnWidth(JobsModel::Attempts, 90);
    for (int c : {JobsModel::RunAt, JobsModel::CreatedAt, JobsModel::StartedAt, JobsModel::FinishedAt})
        m_jobsView->setColumnWidth(c, 130);
    m_jobsStack->addWidget(m_jobsView);
    m_empty = new QLabel(m_jobsStack);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_jobsStack->addWidget(m_empty);
    jobsLayout->addWidget(m_jobsStack, 1);

    auto *jobButtons = new QHBoxLayout;
    m_details = new QPlainTextEdit(jobsBox);
    m_details->setObjectName(QStringLiteral("jobDetails"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(64);
    m_details->setPlaceholderText(tr("Sélectionnez une tâche pour voir ses paramètres et son résultat."));
    m_details->setAccessibleName(tr("Paramètres et résultat de la tâche"));
    m_retry = new QPushButton(tr("&Relancer"), jobsBox);
    m_retry->setObjectName(QStringLiteral("retryJobButton"));
    m_retry->setToolTip(tr("Remet une tâche en échec ou abandonnée dans la file, tentatives remises à zéro."));
    m_cancel = new QPushButton(tr("A&nnuler la tâche"), jobsBox);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Retire de la file une tâche qui n'a pas encore commencé."));
    jobButtons->addWidget(m_details, 1);
    auto *buttonColumn = new QVBoxLayout;
    buttonColumn->addWidget(m_retry);
    buttonColumn->addWidget(m_cancel);
    buttonColumn->addStretch(1);
    jobButtons->addLayout(buttonColumn);
    jobsLayout->addLayout(jobButtons);

    // Schedules.
    auto *schedulesBox = new QWidget(splitter);
    auto *schedulesLayout = new QVBoxLayout(schedulesBox);
    schedulesLayout->setContentsMargins(0, 8, 0, 0);
    schedulesLayout->addWidget(makeBoldLabel(tr("Planifications"), 1.1, schedulesBox));
    m_schedulesView = new QTableView(schedulesBox);
    m_schedulesView->setObjectName(QStringLiteral("schedulesView"));
    m_schedulesView->setModel(m_schedulesProxy);
    setupRecordTable(m_schedulesView, QAbstractItemView::SingleSelection, 10);
    m_schedulesView->setSortingEnabled(true);
    m_schedulesView->sortByColumn(SchedulesModel::At, Qt::AscendingOrder);
    m_schedulesView->setColumnWidth(SchedulesModel::Label, 280);
    m_schedulesView->setColumnWidth(SchedulesModel::At, 170);
    m_schedulesView->setColumnWidth(SchedulesModel::Enabled, 120);
    m_schedulesView->setColumnWidth(SchedulesModel::NextRun, 150);
    m_schedulesView->setColumnWidth(SchedulesModel::LastRun, 200);
    schedulesLayout->addWidget(m_schedulesView, 1);
    auto *scheduleButtons = new QHBoxLayout;
    scheduleButtons->addStretch(1);
    m_toggle = new QPushButton(tr("Dés&activer"), schedulesBox);
    m_toggle->setObjectName(QStringLiteral("toggleScheduleButton"));
    m_runNow = new QPushButton(tr("&Exécuter maintenant"), schedulesBox);
    m_runNow->setObjectName(QStringLiteral("runNowButton"));
    m_runNow->setToolTip(tr("Lance la tâche planifiée tout de suite, sans attendre son heure."));
    scheduleButtons->addWidget(m_toggle);
    scheduleButtons->addWidget(m_runNow);
    schedulesLayout->addLayout(scheduleButtons);
    splitter->addWidget(jobsBox);
    splitter->addWidget(schedulesBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_stack->addWidget(m_content);
    QPushButton *retryConnection = nullptr;
    m_offline = makeRetryPanel(m_stack, &m_offlineText, &retryConnection);
    m_stack->addWidget(m_offline);
    layout->addWidget(m_stack, 1);

    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &JobsPage::reload);
    connect(refresh, &QPushButton::clicked, this, &JobsPage::reload);
    connect(retryConnection, &QPushButton::clicked, this, &JobsPage::reload);
    connect(m_status, &QComboBox::currentIndexChanged, this, &JobsPage::fetchJobs);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &JobsPage::fetchJobs);
    connect(m_jobsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JobsPage::updateButtons);
    connect(m_schedulesView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JobsPage::updateButtons);
    connect(m_retry, &QPushButton::clicked, this, [this] { retrySelected(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancelSelected(); });
    connect(m_toggle, &QPushButton::clicked, this, &JobsPage::toggleSelectedSchedule);
    connect(m_runNow, &QPushButton::clicked, this, [this] { runSelectedSchedule(); });
    updateButtons();
}

void JobsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_started) {
        m_started = true;
        reload();
    }
    m_timer->start();
}

void JobsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

void JobsPage::reload()
{
    fetchJobs();
    fetchSchedules();
}

void JobsPage::showOffline(const QString &message)
{
    m_offlineText->setText(tr("Impossible de joindre le serveur : les tâches et planifications nécessitent une "
                              "connexion.\n%1")
                               .arg(message));
    m_stack->setCurrentWidget(m_offline);
}

void JobsPage::updateCounts(const QJsonObject &counts)
{
    int total = 0;
    for (int i = 1; i < m_status->count(); ++i) {
        const QString status = m_status->itemData(i).toString();
        const int n = counts.value(status).toInt();
        total += n;
        m_status->setItemText(i, tr("%1 (%L2)").arg(JobsModel::statusLabel(status)).arg(n));
    }
    m_status->setItemText(0, tr("Tous les statuts (%L1)").arg(total));
}

void JobsPage::fetchJobs()
{
    QUrlQuery q;
    if (const QString s = m_status->currentData().toString(); !s.isEmpty())
        q.addQueryItem(QStringLiteral("status"), s);
    if (const QString k = m_kind->currentData().toString(); !k.isEmpty())
        q.addQueryItem(QStringLiteral("kind"), k);
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    const quint64 generation = ++m_generation;
    m_session->authorizedRequest(
        sync::ApiClient::Method::Get, QString(QStringLiteral("/api/admin/jobs?") + q.toString(QUrl::FullyEncoded)), {},
        this, [this, generation](Result<QJsonObject> r) {
            if (generation != m_generation)
                return;
            if (!r) {
                if (sync::errors::isConnectivityError(r.error()))
                    showOffline(r.error().message);
                else
                    m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
                emit loaded();
                return;
            }
            m_stack->setCurrentWidget(m_content);
            const QJsonValue selected = selectedJob().value(QLatin1String("id"));
            const QJsonArray jobs = r->value(QLatin1String("jobs")).toArray();
            m_jobs->setRows(jobs);
            reselect(m_jobsView, QStringLiteral("id"), selected);
            updateCounts(r->value(QLatin1String("counts")).toObject());
            // Kinds seen so far feed the type filter.
            for (const QJsonValue &v : jobs) {
                const QString kind = v.toObject().value(QLatin1String("kind")).toString();
                if (!kind.isEmpty() && m_kind->findData(kind) < 0) {
                    const QSignalBlocker block(m_kind);
                    m_kind->addItem(JobsModel::kindLabel(kind), kind);
                }
            }
            if (jobs.isEmpty()) {
                m_empty->setText(m_status->currentIndex() > 0 || m_kind->currentIndex() > 0
                                     ? tr("Aucune tâche pour ce filtre.")
                                     : tr("Aucune tâche pour le moment.\nLes enrichissements, géocodages et envois "
                                          "apparaîtront ici."));
                m_jobsStack->setCurrentWidget(m_empty);
            } else {
                m_jobsStack->setCurrentWidget(m_jobsView);
            }
            m_updated->setText(tr("Mis à jour à %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
            updateButtons();
            emit loaded();
        });
}

void JobsPage::fetchSchedules()
{
    m_session->authorizedRequest(sync::ApiClient::Method::Get, QStringLiteral("/api/admin/schedules"), {}, this,
                                 [this](Result<QJsonObject> r) {
                                     if (!r)
                                         return; // fetchJobs() reports the error
                                     const QJsonValue selected = selectedSchedule().value(QLatin1String("job"));
                                     m_schedules->setRows(r->value(QLatin1String("schedules")).toArray());
                                     reselect(m_schedulesView, QStringLiteral("job"), selected);
                                     updateButtons();
                                 });
}

QJsonObject JobsPage::selectedJob() const
{
    return selectedObject(m_jobsView);
}

QJsonObject JobsPage::selectedSchedule() const
{
    return selectedObject(m_schedulesView);
}

void JobsPage::updateButtons()
{
    const QJsonObject job = selectedJob();
    const QString status = job.value(QLatin1String("status")).toString();
    m_retry->setEnabled(status == u"failed" || status == u"dead");
    m_cancel->setEnabled(status == u"queued");
    if (job.isEmpty()) {
        m_details->clear();
    } else {
        QStringList lines;
        const QJsonObject payload = job.value(QLatin1String("payload")).toObject();
        lines << tr("Paramètres : %1").arg(payload.isEmpty() ? tr("aucun") : QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
        const QJsonValue result = job.value(QLatin1String("result"));
        if (result.isObject())
            lines << tr("Résultat : %1").arg(QString::fromUtf8(QJsonDocument(result.toObject()).toJson(QJsonDocument::Compact)));
        if (const QString e = job.value(QLatin1String("lastError")).toString(); !e.isEmpty())
            lines << tr("Dernière erreur : %1").arg(e);
        if (m_details->toPlainText() != lines.join(u'\n'))
            m_details->setPlainText(lines.join(u'\n'));
    }
    const QJsonObject schedule = selectedSchedule();
    m_toggle->setEnabled(!schedule.isEmpty());
    m_runNow->setEnabled(!schedule.isEmpty());
    const bool enabled = schedule.value(QLatin1String("enabled")).toBool();
    m_toggle->setText(schedule.isEmpty() || enabled ? tr("Dés&activer") : tr("&Activer"));
    m_toggle->setToolTip(enabled ? tr("La tâche ne sera plus lancée automatiquement.")
                                 : tr("La tâche sera de nouveau lancée chaque jour à son heure."));
}

void JobsPage::jobAction(const QString &action, const QJsonObject &job)
{
    const QString id = job.value(QLatin1String("id")).toVariant().toString();
    m_session->authorizedRequest(
        sync::ApiClient::Method::Post, QStringLiteral("/api/admin/jobs/%1/%2").arg(id, action), {}, this,
        [this, action](Result<QJsonObject> r) {
            if (!r) {
                m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
                emit actionDone(false);
                return;
            }
            m_banner->showMessage(MessageBanner::Kind::Success, action == u"retry"
                                                                   ? tr("La tâche est de nouveau dans la file.")
                                                                   : tr("La tâche a été annulée."));
            m_jobs->updateRow(QStringLiteral("id"), r->value(QLatin1String("job")).toObject());
            updateButtons();
            fetchJobs();
            emit actionDone(true);
        });
}

void JobsPage::retrySelected(bool confirm)
{
    const QJsonObject job = selectedJob();
    const QString status = job.value(QLatin1String("status")).toString();
    if (status != u"failed" && status != u"dead")
        return;
    if (confirm
        && !askConfirmation(this, tr("Relancer la tâche"),
                            tr("Relancer « %1 » ? Ses tentatives repartent de zéro.")
                                .arg(JobsModel::kindLabel(job.value(QLatin1String("kind")).toString()))))
        return;
    jobAction(QStringLiteral("retry"), job);
}

void JobsPage::cancelSelected(bool confirm)
{
    const QJsonObject job = selectedJob();
    if (job.value(QLatin1String("status")).toString() != u"queued")
        return;
    if (confirm
        && !askConfirmation(this, tr("Annuler la tâche"),
                            tr("Annuler « %1 » ? Elle ne sera pas exécutée.")
                                .arg(JobsModel::kindLabel(job.value(QLatin1String("kind")).toString()))))
        return;
    jobAction(QStringLiteral("cancel"), job);
}

void JobsPage::toggleSelectedSchedule()
{
    const QJsonObject schedule = selectedSchedule();
    if (schedule.isEmpty())
        return;
    const bool enable = !schedule.value(QLatin1String("enabled")).toBool();
    const QString job = schedule.value(QLatin1String("job")).toString();
    m_session->authorizedRequest(
        sync::ApiClient::Method::Put, QStringLiteral("/api/admin/schedules/%1").arg(job),
        QJsonObject{{QStringLiteral("enabled"), enable}}, this, [this, enable](Result<QJsonObject> r) {
            if (!r) {
                m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
                emit actionDone(false);
                return;
            }
            m_schedules->updateRow(QStringLiteral("job"), r->value(QLatin1String("schedule")).toObject());
            m_banner->showMessage(MessageBanner::Kind::Success, enable ? tr("Planification activée.")
                                                                      : tr("Planification désactivée."));
            updateButtons();
            emit actionDone(true);
        });
}

void JobsPage::runSelectedSchedule(bool confirm)
{
    const QJsonObject schedule = selectedSchedule();
    if (schedule.isEmpty())
        return;
    const QString label = schedule.value(QLatin1String("label")).toString();
    if (confirm
        && !askConfirmation(this, tr("Exécuter maintenant"),
                            tr("Lancer « %1 » maintenant, sans attendre son heure ?").arg(label)))
        return;
    m_runNow->setEnabled(false);
    m_banner->showMessage(MessageBanner::Kind::Info, tr("« %1 » est en cours d'exécution…").arg(label));
    m_session->authorizedRequest(
        sync::ApiClient::Method::Post,
        QStringLiteral("/api/admin/schedules/%1/run").arg(schedule.value(QLatin1String("job")).toString()), {}, this,
        [this, label](Result<QJsonObject> r) {
            updateButtons();
            if (!r) {
                m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
                emit actionDone(false);
                return;
            }
            const QJsonObject run = r->value(QLatin1String("run")).toObject();
            const QString status = run.value(QLatin1String("status")).toString();
            const bool failed = SchedulesModel::runStatusLabel(status) == SchedulesModel::tr("En échec");
            m_banner->showMessage(failed ? MessageBanner::Kind::Error : MessageBanner::Kind::Success,
                                  failed ? tr("« %1 » a échoué : %2")
                                               .arg(label, run.value(QLatin1String("detail")).toVariant().toString())
                                         : tr("« %1 » a été exécutée.").arg(label));
            reload();
            emit actionDone(!failed);
        });
}

} // namespace hector::ui
