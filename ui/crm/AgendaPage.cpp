#include "ui/crm/AgendaPage.h"

#include "core/crm/CrmRules.h"
#include "core/crm/ICalendar.h"
#include "sync/replica/LocalReplica.h"
#include "ui/FormSupport.h"
#include "ui/MessageBanner.h"
#include "ui/crm/CalendarViews.h"
#include "ui/crm/RdvDialog.h"
#include "ui/crm/RdvModel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace hector::ui {

namespace {
const QString kTable = QStringLiteral("rdvs");

QString capitalized(QString s)
{
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    return s;
}
} // namespace

AgendaPage::AgendaPage(sync::LocalReplica *replica, const UserDto &me, QWidget *parent)
    : QWidget(parent)
    , m_replica(replica)
    , m_me(me)
    , m_clock(systemClock())
    , m_anchor(QDate::currentDate())
    , m_model(new RdvModel(replica, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("agendaPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);

    auto *top = new QHBoxLayout;
    top->addWidget(makePageTitle(tr("Agenda"), this));
    top->addStretch(1);
    auto *exportButton = new QPushButton(tr("E&xporter (.ics)"), this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setToolTip(tr("Exporter les rendez-vous affichés vers un fichier iCalendar (Outlook, Google Agenda, "
                                "Thunderbird…)"));
    auto *create = new QPushButton(tr("&Nouveau rendez-vous"), this);
    create->setObjectName(QStringLiteral("newRdvButton"));
    create->setShortcut(QKeySequence::New);
    create->setToolTip(tr("Nouveau rendez-vous (Ctrl+N)"));
    create->setDefault(false);
    top->addWidget(exportButton);
    top->addWidget(create);
    layout->addLayout(top);

    // Navigation, period, filters and views.
    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    auto *prev = new QToolButton(this);
    prev->setObjectName(QStringLiteral("previousButton"));
    prev->setArrowType(Qt::LeftArrow);
    prev->setAutoRaise(false);
    prev->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageUp));
    prev->setToolTip(tr("Période précédente (Alt+Page préc.)"));
    prev->setAccessibleName(tr("Période précédente"));
    auto *today = new QPushButton(tr("Aujourd'hui"), this);
    today->setObjectName(QStringLiteral("todayButton"));
    today->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    today->setToolTip(tr("Revenir à aujourd'hui (Alt+Origine)"));
    auto *nextButton = new QToolButton(this);
    nextButton->setObjectName(QStringLiteral("nextButton"));
    nextButton->setArrowType(Qt::RightArrow);
    nextButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageDown));
    nextButton->setToolTip(tr("Période suivante (Alt+Page suiv.)"));
    nextButton->setAccessibleName(tr("Période suivante"));
    const int buttonHeight = today->sizeHint().height();
    prev->setFixedSize(buttonHeight, buttonHeight);
    nextButton->setFixedSize(buttonHeight, buttonHeight);
    m_period = makeBoldLabel(QString(), 1.15, this);
    m_period->setObjectName(QStringLiteral("periodLabel"));
    bar->addWidget(prev);
    bar->addWidget(today);
    bar->addWidget(nextButton);
    bar->addSpacing(10);
    bar->addWidget(m_period);
    bar->addStretch(1);

    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_owner->setAccessibleName(tr("Rendez-vous de"));
    m_owner->addItem(tr("Mes rendez-vous"), me.id);
    m_owner->addItem(tr("Toute l'équipe"), QString());
    // Commercials only have their own appointments (row-level security).
    m_owner->setVisible(!seesOnlyOwnRecords(me));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Statut"));
    m_status->addItem(tr("Tous les statuts"), QString());
    for (const auto &s : crm::rdvStatuses())
        m_status->addItem(s.second, s.first);
    bar->addWidget(m_owner);
    bar->addWidget(m_status);
    bar->addSpacing(10);

    m_viewButtons = new QButtonGroup(this);
    QHBoxLayout *segment = makeViewButtons(this, m_viewButtons,
                                           {{int(View::Week), tr("&Semaine"), tr("Vue semaine (Alt+S)"), "weekButton"},
                                            {int(View::Month), tr("&Mois"), tr("Vue mois (Alt+M)"), "monthButton"},
                                            {int(View::List), tr("&Liste"), tr("Vue liste (Alt+L)"), "listButton"}},
                                           buttonHeight);
    bar->addLayout(segment);
    layout->addLayout(bar);

    layout->addLayout(makeBannerWithUndo(this, tr("&Annuler la suppression"), Qt::AlignTop, &m_banner, &m_undo));

    m_stack = new QStackedWidget(this);
    m_week = new WeekView;
    m_weekScroll = new QScrollArea(m_stack);
    m_weekScroll->setWidget(m_week);
    m_weekScroll->setWidgetResizable(true);
    m_weekScroll->setFrameShape(QFrame::StyledPanel);
    m_weekScroll->setFocusProxy(m_week);
    m_stack->addWidget(m_weekScroll);
    m_month = new MonthView(m_stack);
    m_stack->addWidget(m_month);
    m_listStack = new QStackedWidget(m_stack);
    m_list = new QTableView(m_listStack);
    m_list->setObjectName(QStringLiteral("rdvList"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RdvModel::SortRole);
    m_list->setModel(m_proxy);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(RdvModel::Date, Qt::AscendingOrder);
    setupRecordTable(m_list, QAbstractItemView::SingleSelection, 12);
    m_list->setColumnWidth(RdvModel::Date, 130);
    m_list->setColumnWidth(RdvModel::Time, 110);
    m_list->setColumnWidth(RdvModel::Title, 260);
    m_list->setColumnWidth(RdvModel::Prospect, 190);
    m_list->setColumnWidth(RdvModel::Location, 200);
    m_list->setColumnWidth(RdvModel::Status, 90);
    m_listStack->addWidget(m_list);
    m_listEmpty = new QLabel(m_listStack);
    m_listEmpty->setObjectName(QStringLiteral("listEmpty"));
    m_listEmpty->setAlignment(Qt::AlignCenter);
    m_listEmpty->setWordWrap(true);
    setMutedText(m_listEmpty);
    m_listStack->addWidget(m_listEmpty);
    m_stack->addWidget(m_listStack);
    layout->addWidget(m_stack, 1);

    m_summary = makeHint(QString(), this);
    m_summary->setObjectName(QStringLiteral("agendaSummary"));
    layout->addWidget(m_summary);

    connect(prev, &QToolButton::clicked, this, &AgendaPage::previous);
    connect(nextButton, &QToolButton::clicked, this, &AgendaPage::next);
    connect(today, &QPushButton::clicked, this, &AgendaPage::goToday);
    connect(create, &QPushButton::clicked, this, [this] { createRdv(); });
    connect(exportButton, &QPushButton::clicked, this, &AgendaPage::exportCalendar);
    connect(m_undo, &QPushButton::clicked, this, &AgendaPage::undoDelete);
    connect(m_viewButtons, &QButtonGroup::idClicked, this, [this](int id) { setView(View(id)); });
    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setOwnerFilter(m_owner->currentData().toString());
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setStatusFilter(m_status->currentData().toString());
    });
    connect(m_model, &RdvModel::refreshed, this, &AgendaPage::updateViews);
    connect(m_week, &WeekView::openRequested, this, &AgendaPage::openRdv);
    connect(m_week, &WeekView::createRequested, this, &AgendaPage::createRdv);
    connect(m_week, &WeekView::navigateRequested, this, &AgendaPage::setAnchorDate);
    connect(m_month, &MonthView::openRequested, this, &AgendaPage::openRdv);
    connect(m_month, &MonthView::createRequested, this, &AgendaPage::createRdv);
    connect(m_month, &MonthView::navigateRequested, this, &AgendaPage::setAnchorDate);
    connect(m_month, &MonthView::dayActivated, this, [this](const QDate &date) {
        setAnchorDate(date);
        setView(View::Week);
        m_week->setSelectedSlot(date, QTime(9, 0));
        m_week->setFocus();
    });
    connect(m_month, &MonthView::selectionChanged, this, [this] {
        // A day of the previous or next month (greyed) shows that month.
        const QDate date = m_month->selectedDate();
        if (date.month() != m_month->month().month() || date.year() != m_month->month().year())
            setAnchorDate(date);
        else
            m_anchor = date;
    });
    connect(m_list, &QTableView::activated, this, [this](const QModelIndex &index) {
        openRdv(index.data(RdvModel::IdRole).toString());
    });
    for (QWidget *target : {static_cast<QWidget *>(m_week), static_cast<QWidget *>(m_list)}) {
        auto *del = new QShortcut(QKeySequence::Delete, target);
        del->setContext(Qt::WidgetShortcut);
        connect(del, &QShortcut::activated, this, [this] { deleteRdv(selectedId()); });
    }
    // The current-time line moves; the day may change while the page is open.
    auto *tick = new QTimer(this);
    tick->setInterval(60 * 1000);
    connect(tick, &QTimer::timeout, m_week, qOverload<>(&QWidget::update));
    connect(tick, &QTimer::timeout, m_month, qOverload<>(&QWidget::update));
    tick->start();

    // « Mes rendez-vous » first (commercials only have theirs anyway).
    m_model->setOwnerFilter(me.id);
    updateRange();
    m_week->setSelectedSlot(m_anchor, QTime(9, 0));
}

void AgendaPage::setClock(Clock clock)
{
    m_clock = clock;
    m_week->setClock(clock);
    m_month->setClock(clock);
}

void AgendaPage::setView(View view)
{
    m_view = view;
    if (QAbstractButton *b = m_viewButtons->button(int(view)))
        b->setChecked(true);
    switch (view) {
    case View::Week:
        m_stack->setCurrentWidget(m_weekScroll);
        break;
    case View::Month:
        m_month->setSelectedDate(m_anchor);
        m_stack->setCurrentWidget(m_month);
        break;
    case View::List:
        m_stack->setCurrentWidget(m_listStack);
        break;
    }
    updateRange();
    updateViews();
    if (isVisible()) {
        if (view == View::Week)
            m_week->setFocus();
        else if (view == View::Month)
            m_month->setFocus();
        else
            m_list->setFocus();
    }
}

void AgendaPage::setAnchorDate(const QDate &date)
{
    if (!date.isValid())
        return;
    m_anchor = date;
    updateRange();
}

void AgendaPage::previous()
{
    setAnchorDate(m_view == View::Week ? m_anchor.addDays(-7) : m_anchor.addMonths(-1));
    if (m_view == View::Week)
        m_week->setSelectedSlot(m_anchor, m_week->selectedTime());
    else if (m_view == View::Month)
        m_month->setSelectedDate(m_anchor);
}

void AgendaPage::next()
{
    setAnchorDate(m_view == View::Week ? m_anchor.addDays(7) : m_anchor.addMonths(1));
    if (m_view == View::Week)
        m_week->setSelectedSlot(m_anchor, m_week->selectedTime());
    else if (m_view == View::Month)
        m_month->setSelectedDate(m_anchor);
}

void AgendaPage::goToday()
{
    const QDateTime now = m_clock();
    setAnchorDate(now.date());
    m_week->setSelectedSlot(now.date(), now.time());
    m_month->setSelectedDate(now.date());
}

QDateTime AgendaPage::rangeStart() const
{
    switch (m_view) {
    case View::Week:
        return QDateTime(weekStart(m_anchor), QTime(0, 0));
    case View::Month:
        return QDateTime(weekStart(QDate(m_anchor.year(), m_anchor.month(), 1)), QTime(0, 0));
    case View::List:
        return QDateTime(QDate(m_anchor.year(), m_anchor.month(), 1), QTime(0, 0));
    }
    return {};
}

QDateTime AgendaPage::rangeEnd() const
{
    switch (m_view) {
    case View::Week:
        return rangeStart().addDays(7);
    case View::Month:
        return rangeStart().addDays(42);
    case View::List:
        return rangeStart().addMonths(1);
    }
    return {};
}

void AgendaPage::updateRange()
{
    const QLocale locale;
    m_week->setWeek(m_anchor);
    m_month->setMonth(m_anchor);
    if (m_view == View::Week) {
        const QDate from = weekStart(m_anchor);
        const QDate to = from.addDays(6);
        QString text;
        if (from.month() == to.month())
            text = tr("%1 – %2").arg(from.day()).arg(locale.toString(to, QStringLiteral("d MMMM yyyy")));
        else if (from.year() == to.year())
            text = tr("%1 – %2").arg(locale.toString(from, QStringLiteral("d MMMM")), locale.toString(to, QStringLiteral("d MMMM yyyy")));
        else
            text = tr("%1 – %2").arg(locale.toString(from, QStringLiteral("d MMMM yyyy")), locale.toString(to, QStringLiteral("d MMMM yyyy")));
        m_period->setText(tr("Semaine %1 · %2").arg(from.weekNumber()).arg(text));
    } else {
        m_period->setText(capitalized(locale.toString(m_anchor, QStringLiteral("MMMM yyyy"))));
    }
    m_model->setRange(rangeStart(), rangeEnd());
    updateEmptyTexts();
}

void AgendaPage::updateEmptyTexts()
{
    const bool filtered = !m_status->currentData().toString().isEmpty();
    const QString how = tr("Double-cliquez sur un créneau ou appuyez sur Ctrl+N pour en créer un.");
    if (filtered) {
        const QString none = tr("Aucun rendez-vous « %1 » sur cette période.").arg(m_status->currentText());
        m_week->setEmptyText(none);
        m_month->setEmptyText(none);
        m_listEmpty->setText(none);
        return;
    }
    m_week->setEmptyText(QString(tr("Aucun rendez-vous cette semaine.") + u'\n' + how));
    m_month->setEmptyText(QString(tr("Aucun rendez-vous ce mois-ci.") + u'\n' + how));
    m_listEmpty->setText(QString(tr("Aucun rendez-vous ce mois-ci.") + u'\n'
                                 + tr("Créez-en un avec « Nouveau rendez-vous » (Ctrl+N).")));
}

void AgendaPage::updateViews()
{
    const QList<RdvItem> &items = m_model->items();
    m_week->setItems(items);
    m_month->setItems(items);
    m_listStack->setCurrentWidget(items.isEmpty() ? static_cast<QWidget *>(m_listEmpty) : m_list);
    updateEmptyTexts();
    int planned = 0;
    int cancelled = 0;
    for (const RdvItem &it : items) {
        planned += it.status == QLatin1String("planifie") ? 1 : 0;
        cancelled += it.isCancelled() ? 1 : 0;
    }
    QString summary = items.size() == 1 ? tr("1 rendez-vous") : tr("%1 rendez-vous").arg(items.size());
    if (!items.isEmpty()) {
        summary += planned == 1 ? tr(" · 1 planifié") : tr(" · %1 planifiés").arg(planned);
        if (cancelled > 0)
            summary += cancelled == 1 ? tr(" · 1 annulé") : tr(" · %1 annulés").arg(cancelled);
    }
    switch (m_view) {
    case View::Week:
        summary += tr("   —   Flèches : se déplacer · Entrée : ouvrir ou créer · Suppr : supprimer");
        break;
    case View::Month:
        summary += tr("   —   Flèches : changer de jour · Entrée : voir la semaine · Double-clic : ouvrir ou créer");
        break;
    case View::List:
        summary += tr("   —   Entrée : ouvrir · Suppr : supprimer · Clic sur un en-tête : trier");
        break;
    }
    m_summary->setText(summary);
}

QString AgendaPage::selectedId() const
{
    switch (m_view) {
    case View::Week:
        return m_week->selectedId();
    case View::Month:
        return {};
    case View::List: {
        const QModelIndex current = m_list->currentIndex();
        if (!current.isValid() || !m_list->selectionModel()->isSelected(current))
            return {};
        return current.data(RdvModel::IdRole).toString();
    }
    }
    return {};
}

QDateTime AgendaPage::defaultStart() const
{
    if (m_view == View::Week && m_week->selectedDate().isValid())
        return QDateTime(m_week->selectedDate(), m_week->selectedTime());
    if (m_view == View::Month && m_month->selectedDate().isValid())
        return QDateTime(m_month->selectedDate(), QTime(9, 0));
    const QDateTime now = m_clock();
    return QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600);
}

void AgendaPage::createRdv(const QDateTime &start)
{
    RdvDialog dialog(m_replica, m_me, QString(), this);
    dialog.setStart(start.isValid() ? start : defaultStart());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_banner->showMessage(MessageBanner::Kind::Success, tr("Rendez-vous enregistré. Il sera envoyé au serveur dès que possible."));
    m_undo->hide();
    if (const auto item = RdvModel::load(m_replica, dialog.rdvId())) {
        setAnchorDate(item->start.date());
        m_week->selectRdv(item->id);
    }
}

void AgendaPage::openRdv(const QString &id)
{
    if (id.isEmpty())
        return;
    RdvDialog dialog(m_replica, m_me, id, this);
    const int result = dialog.exec();
    if (result == RdvDialog::DeleteRequested) {
        deleteRdv(id);
        return;
    }
    if (result == QDialog::Accepted) {
        if (const auto item = RdvModel::load(m_replica, id)) {
            setAnchorDate(item->start.date());
            m_week->selectRdv(id);
        }
    }
}

void AgendaPage::deleteRdv(const QString &id)
{
    const QVariantMap row = confirmAndDeleteRow(this, m_replica, m_banner, kTable, id, tr("Supprimer le rendez-vous"),
                                                tr("Supprimer le rendez-vous « %1 » ? Vous pourrez annuler juste après."));
    if (row.isEmpty())
        return;
    m_deleted = row;
    m_banner->showMessage(MessageBanner::Kind::Info,
                          tr("Le rendez-vous « %1 » a été supprimé.").arg(row.value(QStringLiteral("title")).toString()));
    m_undo->show();
}

void AgendaPage::undoDelete()
{
    if (m_deleted.isEmpty())
        return;
    auto r = restoreDeletedRow(m_replica, kTable, m_deleted);
    m_undo->hide();
    if (!r) {
        m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
        return;
    }
    m_banner->showMessage(MessageBanner::Kind::Success,
                          tr("Le rendez-vous « %1 » a été restauré.").arg(m_deleted.value(QStringLiteral("title")).toString()));
    m_deleted.clear();
    m_week->selectRdv(*r);
}

bool AgendaPage::exportTo(const QString &path)
{
    QList<crm::ICalEvent> events;
    for (const RdvItem &it : m_model->items()) {
        crm::ICalEvent e;
        e.id = it.id;
        e.title = it.title;
        e.start = it.start;
        e.end = it.effectiveEnd();
        e.location = it.location;
        e.notes = it.notes;
        e.prospectName = it.prospectName;
        e.prospectPhone = it.prospectPhone;
        e.status = it.status;
        e.created = it.created;
        e.lastModified = it.updated;
        e.reminderMinutes = it.reminderMinutes;
        events.append(e);
    }
    QSaveFile file(path);
    const QByteArray ics = crm::writeICalendar(events, m_clock());
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit()) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("Impossible d'écrire le fichier « %1 » : %2. Choisissez un autre dossier.")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
        m_undo->hide();
        return false;
    }
    const QString where = QDir::toNativeSeparators(path);
    m_banner->showMessage(MessageBanner::Kind::Success,
                          events.size() == 1 ? tr("1 rendez-vous exporté dans « %1 ».").arg(where)
                                             : tr("%1 rendez-vous exportés dans « %2 ».").arg(events.size()).arg(where));
    m_undo->hide();
    return true;
}

void AgendaPage::exportCalendar()
{
    if (m_model->items().isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Warning, tr("Aucun rendez-vous à exporter sur cette période."));
        m_undo->hide();
        return;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("hector-agenda-%1.ics").arg(rangeStart().date().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Exporter les rendez-vous"), QDir(dir).filePath(name),
                                                      tr("Calendrier iCalendar (*.ics)"));
    if (path.isEmpty())
        return;
    exportTo(path.endsWith(QLatin1String(".ics"), Qt::CaseInsensitive) ? path : QString(path + QStringLiteral(".ics")));
}

bool AgendaPage::openRecord(const QString &table, const QString &id)
{
    if (table != kTable)
        return false;
    const auto item = RdvModel::load(m_replica, id);
    if (!item)
        return false;
    if (m_view == View::Month)
        setView(View::Week);
    setAnchorDate(item->start.date());
    m_week->selectRdv(id);
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_list->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    QTimer::singleShot(0, this, [this, id] { openRdv(id); });
    return true;
}

} // namespace hector::ui
