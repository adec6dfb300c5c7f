#include "ui/opportunities/OpportunityFeed.h"

#include "core/crm/CrmRules.h"
#include "sync/replica/LocalReplica.h"
#include "ui/FormSupport.h"
#include "ui/MessageBanner.h"
#include "ui/opportunities/OpportunitySupport.h"
#include "ui/prospects/ProspectIcons.h"
#include "ui/prospects/ProspectSupport.h"
#include "ui/prospects/ProspectTimeline.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hector::ui {

// --- model ----------------------------------------------------------------------------------

OpportunityFeedModel::OpportunityFeedModel(sync::LocalReplica *replica, Kind kind, QObject *parent)
    : QAbstractListModel(parent)
    , m_replica(replica)
    , m_kind(kind)
{
    const QString table = kind == Kind::Activities ? QStringLiteral("opportunity_activities") : QStringLiteral("opportunity_notes");
    connect(m_replica, &sync::LocalReplica::tableChanged, this, [this, table](const QString &changed) {
        if (!m_opportunityId.isEmpty() && (changed == table || changed == QLatin1String("users")))
            reload();
    });
}

void OpportunityFeedModel::setOpportunity(const QString &id)
{
    m_opportunityId = id;
    reload();
}

void OpportunityFeedModel::reload()
{
    QList<Entry> entries;
    const QSqlDatabase db = m_replica->database();
    if (!m_opportunityId.isEmpty()) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (m_kind == Kind::Activities) {
            q.prepare(QStringLiteral("SELECT id, kind, direction, occurred_at, summary, author_id FROM opportunity_activities "
                                     "WHERE opportunity_id = ?"));
        } else {
            q.prepare(QStringLiteral("SELECT id, '', '', created_at, body, author_id FROM opportunity_notes "
                                     "WHERE opportunity_id = ?"));
        }
        q.addBindValue(m_opportunityId);
        if (q.exec()) {
            while (q.next()) {
                Entry e;
                e.kind = q.value(1).toString();
                e.direction = q.value(2).toString();
                TimelineEntry &t = e.timeline;
                t.id = q.value(0).toString();
                t.when = parseTimestamp(q.value(3));
                t.text = q.value(4).toString();
                t.author = prospects::userName(db, q.value(5).toString());
                if (m_kind == Kind::Activities) {
                    const bool in = e.direction == QLatin1String("entrant");
                    t.title = (in ? tr("%1 entrant") : tr("%1 sortant")).arg(crm::labelFor(opportunities::activityKinds(), e.kind));
                    t.icon = opportunities::activityIcon(e.kind, e.direction);
                } else {
                    t.title = tr("Note");
                    t.icon = icons::timelineIcon(icons::TimelineGlyph::Note, QColor(0x6a, 0x4c, 0x93));
                }
                entries.append(e);
            }
        }
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.timeline.when > b.timeline.when; });
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const OpportunityFeedModel::Entry *OpportunityFeedModel::entry(int row) const
{
    return itemAtRow(m_entries, row);
}

int OpportunityFeedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant OpportunityFeedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return timelineEntryData(m_entries.at(index.row()).timeline, role);
}

// --- tabs -----------------------------------------------------------------------------------

OpportunityFeedTab::OpportunityFeedTab(sync::LocalReplica *replica, const UserDto &me, const QString &opportunityId,
                                       OpportunityFeedModel::Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_replica(replica)
    , m_me(me)
    , m_opportunityId(opportunityId)
    , m_model(new OpportunityFeedModel(replica, kind, this))
    , m_banner(new MessageBanner(this))
{
}

void OpportunityFeedTab::finish(QLayout *input, const QString &emptyText, const QString &accessibleName)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 10);
    layout->setSpacing(6);
    layout->addWidget(m_banner);
    layout->addLayout(input);
    m_stack = new QStackedWidget(this);
    m_view = new QListView(m_stack);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TimelineDelegate(m_view));
    m_view->setUniformItemSizes(false);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(accessibleName);
    m_stack->addWidget(m_view);
    auto *empty = makeHint(emptyText, m_stack);
    empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(empty);
    layout->addWidget(m_stack, 1);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OpportunityFeedTab::updateEmpty);
    m_model->setOpportunity(m_opportunityId);
    updateEmpty();
}

void OpportunityFeedTab::updateEmpty()
{
    m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 0 : 1);
}

OpportunityActivitiesTab::OpportunityActivitiesTab(sync::LocalReplica *replica, const UserDto &me,
                                                   const QString &opportunityId, Clock clock, QWidget *parent)
    : OpportunityFeedTab(replica, me, opportunityId, OpportunityFeedModel::Kind::Activities, parent)
    , m_clock(std::move(clock))
{
    setObjectName(QStringLiteral("activitiesTab"));
    auto *input = new QVBoxLayout;
    input->setSpacing(6);
    auto *first = new QHBoxLayout;
    first->setSpacing(8);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("activityKind"));
    m_kind->setAccessibleName(tr("Type d'activité"));
    for (const auto &k : opportunities::activityKinds())
        m_kind->addItem(opportunities::activityIcon(k.first, QStringLiteral("sortant")), k.second, k.first);
    m_direction = new QComboBox(this);
    m_direction->setObjectName(QStringLiteral("activityDirection"));
    m_direction->setAccessibleName(tr("Sens"));
    for (const auto &d : opportunities::activityDirections())
        m_direction->addItem(opportunities::directionIcon(d.first), d.second, d.first);
    m_when = new QDateTimeEdit(this);
    m_when->setObjectName(QStringLiteral("activityWhen"));
    m_when->setAccessibleName(tr("Date et heure"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    const QDateTime now = m_clock();
    m_when->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())));
    auto *kindLabel = new QLabel(tr("&Type"), this);
    kindLabel->setBuddy(m_kind);
    first->addWidget(kindLabel);
    first->addWidget(m_kind);
    first->addWidget(m_direction, 1);
    first->addWidget(m_when);
    input->addLayout(first);
    auto *second = new QHBoxLayout;
    second->setSpacing(8);
    m_summary = new QLineEdit(this);
    m_summary->setObjectName(QStringLiteral("activitySummary"));
    m_summary->setPlaceholderText(tr("Résumé : rappel pour le devis alarme, réponse du gérant…"));
    m_summary->setAccessibleName(tr("Résumé de l'activité"));
    m_add = new QPushButton(tr("&Ajouter l'activité"), this);
    m_add->setObjectName(QStringLiteral("addActivity"));
    second->addWidget(m_summary, 1);
    second->addWidget(m_add);
    input->addLayout(second);
    input->addWidget(makeHint(tr("Les réponses du prospect (entrantes) après vos relances (sortantes) mesurent sa "
                                 "réactivité, un des six facteurs du score."),
                              this));
    finish(input, tr("Aucune activité pour l'instant : notez vos appels, e-mails, rendez-vous et devis."),
           tr("Activités de l'opportunité"));
    connect(m_add, &QPushButton::clicked, this, &OpportunityActivitiesTab::addActivity);
    connect(m_summary, &QLineEdit::returnPressed, this, &OpportunityActivitiesTab::addActivity);
}

bool OpportunityActivitiesTab::addActivity()
{
    auto created = opportunities::addActivity(m_replica, m_opportunityId, m_me, m_kind->currentData().toString(),
                                              m_direction->currentData().toString(), m_when->dateTime(), m_summary->text());
    if (!created) {
        m_banner->showMessage(MessageBanner::Kind::Error, created.error().message);
        return false;
    }
    m_banner->showMessage(MessageBanner::Kind::Success, tr("Activité enregistrée."));
    m_summary->clear();
    m_view->scrollToTop();
    return true;
}

OpportunityNotesTab::OpportunityNotesTab(sync::LocalReplica *replica, const UserDto &me, const QString &opportunityId,
                                         QWidget *parent)
    : OpportunityFeedTab(replica, me, opportunityId, OpportunityFeedModel::Kind::Notes, parent)
{
    setObjectName(QStringLiteral("notesTab"));
    auto *input = new QVBoxLayout;
    input->setSpacing(6);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("opportunityNoteEdit"));
    m_note->setAccessibleName(tr("Nouvelle note"));
    m_note->setPlaceholderText(tr("Contexte, concurrent en place, budget, prochaine étape… (Ctrl+Entrée pour enregistrer)"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 16);
    input->addWidget(m_note);
    auto *row = new QHBoxLayout;
    row->addWidget(makeHint(tr("Visible par tous ceux qui voient cette opportunité."), this), 1);
    m_add = new QPushButton(tr("Ajouter la &note"), this);
    m_add->setObjectName(QStringLiteral("addOpportunityNote"));
    m_add->setToolTip(tr("Enregistrer la note (Ctrl+Entrée)"));
    row->addWidget(m_add);
    input->addLayout(row);
    finish(input, tr("Aucune note pour l'instant."), tr("Notes de l'opportunité"));
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *save = new QShortcut(keys, m_note);
        save->setContext(Qt::WidgetShortcut);
        connect(save, &QShortcut::activated, this, &OpportunityNotesTab::addNote);
    }
    connect(m_add, &QPushButton::clicked, this, &OpportunityNotesTab::addNote);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] { m_add->setEnabled(!m_note->toPlainText().trimmed().isEmpty()); });
    m_add->setEnabled(false);
}

bool OpportunityNotesTab::addNote()
{
    const QString body = m_note->toPlainText().trimmed();
    if (body.isEmpty())
        return false;
    auto created = opportunities::addNote(m_replica, m_opportunityId, m_me, body);
    if (!created) {
        m_banner->showMessage(MessageBanner::Kind::Error, created.error().message);
        return false;
    }
    m_banner->clear();
    m_note->clear();
    m_view->scrollToTop();
    return true;
}

} // namespace hector::ui
