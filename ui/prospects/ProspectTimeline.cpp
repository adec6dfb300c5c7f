#include "ui/prospects/ProspectTimeline.h"

#include "core/crm/CrmRules.h"
#include "core/crm/Phone.h"
#include "sync/replica/LocalReplica.h"
#include "ui/FormSupport.h"
#include "ui/MessageBanner.h"
#include "ui/Theme.h"
#include "ui/prospects/ProspectIcons.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hector::ui {

using icons::TimelineGlyph;

namespace {
const QStringList &watchedTables()
{
    static const QStringList tables{QStringLiteral("prospects"), QStringLiteral("rdvs"), QStringLiteral("actions"),
                                    QStringLiteral("prospect_notes"), QStringLiteral("record_history"),
                                    QStringLiteral("users")};
    return tables;
}

// A value of the history as the user knows it (formatted phone, status label, user name).
QString shownValue(const QSqlDatabase &db, const QString &field, const QString &value)
{
    if (value.isEmpty())
        return ProspectTimelineModel::tr("(vide)");
    if (field == QLatin1String("phone") || field == QLatin1String("mobile_phone"))
        return crm::formatPhone(value);
    if (field == QLatin1String("status"))
        return prospects::statusLabel(value);
    if (field == QLatin1String("owner_id") || field == QLatin1String("qualified_by")) {
        const QString name = prospects::userName(db, value);
        return name.isEmpty() ? value : name;
    }
    if (field == QLatin1String("headcount_band"))
        return crm::labelFor(crm::headcountBands(), value);
    return value;
}

TimelineGlyph actionGlyph(const QString &type)
{
    if (type == QLatin1String("appel"))
        return TimelineGlyph::Call;
    if (type == QLatin1String("email"))
        return TimelineGlyph::Email;
    if (type == QLatin1String("visite"))
        return TimelineGlyph::Visit;
    if (type == QLatin1String("devis"))
        return TimelineGlyph::Quote;
    return TimelineGlyph::Action;
}
} // namespace

// --- model ----------------------------------------------------------------------------------

ProspectTimelineModel::ProspectTimelineModel(sync::LocalReplica *replica, const QString &currentUserId, QObject *parent)
    : QAbstractListModel(parent)
    , m_replica(replica)
    , m_userId(currentUserId)
{
    connect(m_replica, &sync::LocalReplica::tableChanged, this, [this](const QString &table) {
        if (!m_prospectId.isEmpty() && watchedTables().contains(table))
            reload();
    });
}

void ProspectTimelineModel::setProspect(const QString &id)
{
    m_prospectId = id;
    reload();
}

void ProspectTimelineModel::reload()
{
    QList<Entry> entries;
    const QSqlDatabase db = m_replica->database();
    auto name = [&db](const QVariant &userId) { return prospects::userName(db, userId.toString()); };
    if (!m_prospectId.isEmpty()) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // Appointments.
        q.prepare(QStringLiteral("SELECT id, title, starts_at, ends_at, location, status, owner_id, notes FROM rdvs "
                                 "WHERE prospect_id = ?"));
        q.addBindValue(m_prospectId);
        if (q.exec()) {
            while (q.next()) {
                const QString status = q.value(5).toString();
                QString text = q.value(1).toString();
                const QDateTime start = prospects::parseTimestamp(q.value(2).toString());
                const QDateTime end = prospects::parseTimestamp(q.value(3).toString());
                if (start.isValid() && end.isValid())
                    text += tr("\nDe %1 à %2").arg(start.toString(QStringLiteral("HH:mm")), end.toString(QStringLiteral("HH:mm")));
                if (!q.value(4).toString().isEmpty())
                    text += tr(" — %1").arg(q.value(4).toString());
                if (!q.value(7).toString().isEmpty())
                    text += u'\n' + q.value(7).toString();
                const QColor color = status == QLatin1String("annule") ? palette::mutedText : QColor(0x1f, 0x8a, 0x9c);
                entries.append({Kind::Rdv, {start,
                                tr("Rendez-vous · %1").arg(crm::labelFor(crm::rdvStatuses(), status)), name(q.value(6)),
                                text, q.value(0).toString(), icons::timelineIcon(TimelineGlyph::Rdv, color)}});
            }
        }
        // Sales actions.
        q.prepare(QStringLiteral("SELECT id, type, status, title, due_at, completed_at, created_at, owner_id, notes "
                                 "FROM actions WHERE prospect_id = ?"));
        q.addBindValue(m_prospectId);
        if (q.exec()) {
            while (q.next()) {
                const QString type = q.value(1).toString();
                const QString status = q.value(2).toString();
                QString when = q.value(5).toString();
                if (when.isEmpty())
                    when = q.value(4).toString();
                if (when.isEmpty())
                    when = q.value(6).toString();
                QString text = q.value(3).toString();
                if (!q.value(8).toString().isEmpty())
                    text += u'\n' + q.value(8).toString();
                const QColor color = status == QLatin1String("termine") ? palette::success : palette::accent;
                entries.append({Kind::Action, {prospects::parseTimestamp(when),
                                tr("%1 · %2").arg(crm::labelFor(crm::actionTypes(), type),
                                                  crm::labelFor(crm::actionStatuses(), status)),
                                name(q.value(7)), text, q.value(0).toString(),
                                icons::timelineIcon(actionGlyph(type), color)}});
            }
        }
        // Notes.
        q.prepare(QStringLiteral("SELECT id, body, author_id, created_at FROM prospect_notes WHERE prospect_id = ?"));
        q.addBindValue(m_prospectId);
        if (q.exec()) {
            while (q.next()) {
                entries.append({Kind::Note, {prospects::parseTimestamp(q.value(3).toString()), tr("Note"),
                                name(q.value(2)), q.value(1).toString(), q.value(0).toString(),
                                icons::timelineIcon(TimelineGlyph::Note, QColor(0x6a, 0x4c, 0x93))}});
            }
        }
        // Field conflicts (and any other field event) kept by the server.
        q.prepare(QStringLiteral("SELECT id, field, kind, kept_value, lost_value, kept_user_id, lost_user_id, created_at "
                                 "FROM record_history WHERE table_name = 'prospects' AND row_id = ?"));
        q.addBindValue(m_prospectId);
        if (q.exec()) {
            while (q.next()) {
                const QString field = q.value(1).toString();
                const QString kept = shownValue(db, field, q.value(3).toString());
                const QString lost = shownValue(db, field, q.value(4).toString());
                QString keptBy = name(q.value(5));
                QString lostBy = name(q.value(6));
                if (keptBy.isEmpty())
                    keptBy = tr("un autre utilisateur");
                if (lostBy.isEmpty())
                    lostBy = tr("un autre utilisateur");
                const bool conflict = q.value(2).toString() == QLatin1String("conflict");
                entries.append(
                    {conflict ? Kind::Conflict : Kind::FieldChange, {prospects::parseTimestamp(q.value(7).toString()),
                     conflict ? tr("Conflit de synchronisation · %1").arg(prospects::fieldLabel(field))
                              : tr("Modification · %1").arg(prospects::fieldLabel(field)),
                     name(q.value(5)),
                     conflict ? tr("Valeur conservée : « %1 » (%2)\nValeur écartée : « %3 » (%4)").arg(kept, keptBy, lost, lostBy)
                              : tr("« %1 » → « %2 »").arg(lost, kept),
                     q.value(0).toString(),
                     icons::timelineIcon(TimelineGlyph::Conflict, conflict ? palette::warning : palette::accent)}});
            }
        }
        // Local changes the server refused.
        const QString me = prospects::userName(db, m_userId);
        for (const QVariantMap &h : m_replica->localHistory(QStringLiteral("prospects"), m_prospectId)) {
            const bool rejected = h.value(QStringLiteral("kind")).toString() == QLatin1String("rejected");
            const QString field = h.value(QStringLiteral("field")).toString();
            QString title = rejected ? tr("Modification refusée par le serveur") : tr("Modification locale abandonnée");
            if (!field.isEmpty())
                title += tr(" · %1").arg(prospects::fieldLabel(field));
            entries.append({Kind::Refused, {prospects::parseTimestamp(h.value(QStringLiteral("created_at")).toString()),
                            title, me, h.value(QStringLiteral("message")).toString(), QString(),
                            icons::timelineIcon(TimelineGlyph::Refused, palette::danger)}});
        }
        // Milestones of the record.
        const QVariantMap p = m_replica->row(QStringLiteral("prospects"), m_prospectId);
        if (!p.value(QStringLiteral("created_at")).toString().isEmpty()) {
            const QString source = p.value(QStringLiteral("source")).toString();
            entries.append({Kind::Created, {prospects::parseTimestamp(p.value(QStringLiteral("created_at")).toString()),
                            tr("Fiche créée"), QString(),
                            source.isEmpty() ? tr("Statut : %1").arg(prospects::statusLabel(p.value(QStringLiteral("status")).toString()))
                                             : tr("Origine : %1").arg(prospects::sourceLabel(source)),
                            QString(), icons::timelineIcon(TimelineGlyph::Created, palette::mutedText)}});
        }
        if (!p.value(QStringLiteral("qualified_at")).toString().isEmpty()) {
            entries.append({Kind::Qualified, {prospects::parseTimestamp(p.value(QStringLiteral("qualified_at")).toString()),
                            tr("Fiche qualifiée"), name(p.value(QStringLiteral("qualified_by"))),
                            tr("Adresse, ville et contact vérifiés."), QString(),
                            icons::timelineIcon(TimelineGlyph::Qualified, palette::success)}});
        }
        if (!p.value(QStringLiteral("enriched_at")).toString().isEmpty()) {
            const QString source = p.value(QStringLiteral("enrichment_source")).toString();
            entries.append({Kind::Enriched, {prospects::parseTimestamp(p.value(QStringLiteral("enriched_at")).toString()),
                            prospects::enrichmentStatusLabel(p.value(QStringLiteral("enrichment_status")).toString()),
                            QString(), source.isEmpty() ? QString() : tr("Source : %1").arg(source), QString(),
                            icons::timelineIcon(TimelineGlyph::Enriched, QColor(0xb0, 0x8d, 0x1f))}});
        }
    }
    // Newest first; undated entries last.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.entry.when.isValid() != b.entry.when.isValid())
            return a.entry.when.isValid();
        return a.entry.when > b.entry.when;
    });
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int ProspectTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ProspectTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    if (role == KindRole)
        return int(e.kind);
    return timelineEntryData(e.entry, role);
}

QVariant timelineEntryData(const TimelineEntry &e, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return e.text;
    case Qt::DecorationRole:
        return e.icon;
    case Qt::ToolTipRole:
        return QString(e.title + u'\n' + e.text);
    case Qt::AccessibleTextRole:
        return QStringList{e.title, prospects::formatTimestamp(e.when.toUTC().toString(Qt::ISODateWithMs)), e.author, e.text}
            .join(QStringLiteral(", "));
    case ProspectTimelineModel::WhenRole:
        return e.when;
    case ProspectTimelineModel::TitleRole:
        return e.title;
    case ProspectTimelineModel::AuthorRole:
        return e.author;
    case ProspectTimelineModel::DateTextRole:
        return e.when.isValid() ? QLocale().toString(e.when, QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
    case ProspectTimelineModel::IdRole:
        return e.id;
    default:
        return {};
    }
}

// --- delegate -------------------------------------------------------------------------------

namespace {
constexpr int kMargin = 10;
constexpr int kIcon = 26;
constexpr int kGap = 12;
} // namespace

TimelineDelegate::TimelineDelegate(QListView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{}

int TimelineDelegate::textWidth(const QStyleOptionViewItem &option) const
{
    const int width = m_view ? m_view->viewport()->width() : option.rect.width();
    return qMax(120, width - kMargin * 2 - kIcon - kGap);
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const int header = QFontMetrics(bold).height();
    const QString text = index.data(Qt::DisplayRole).toString();
    const int body = text.isEmpty() ? 0
                                    : QFontMetrics(option.font)
                                          .boundingRect(QRect(0, 0, textWidth(option), 100000), Qt::TextWordWrap, text)
                                          .height();
    const int height = qMax(kIcon, header + (body ? 4 + body : 0)) + kMargin * 2;
    return {m_view ? m_view->viewport()->width() : 400, height};
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    const QRect r = option.rect;
    const bool selected = option.state & QStyle::State_Selected;
    painter->fillRect(r, selected ? QColor(0xe9, 0xf1, 0xfb) : palette::surface);
    painter->setPen(palette::border);
    painter->drawLine(r.bottomLeft(), r.bottomRight());

    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    icon.paint(painter, QRect(r.left() + kMargin, r.top() + kMargin, kIcon, kIcon));

    const int x = r.left() + kMargin + kIcon + kGap;
    const int width = textWidth(option);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    const QFontMetrics boldMetrics = painter->fontMetrics();
    const QString title = index.data(ProspectTimelineModel::TitleRole).toString();
    QStringList meta;
    if (!index.data(ProspectTimelineModel::DateTextRole).toString().isEmpty())
        meta << index.data(ProspectTimelineModel::DateTextRole).toString();
    if (!index.data(ProspectTimelineModel::AuthorRole).toString().isEmpty())
        meta << index.data(ProspectTimelineModel::AuthorRole).toString();
    // A little slack: the advance of a shaped string may round below its painted width.
    const int titleWidth = qMin(width, boldMetrics.horizontalAdvance(title) + 4);
    painter->setPen(palette::text);
    const int top = r.top() + kMargin;
    painter->drawText(QRect(x, top, titleWidth, boldMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(title, Qt::ElideRight, titleWidth));
    if (!meta.isEmpty()) {
        painter->setFont(option.font);
        painter->setPen(palette::mutedText);
        const QString metaText = QStringLiteral("  ·  ") + meta.join(QStringLiteral("  ·  "));
        const int metaX = x + titleWidth;
        const int metaWidth = width - titleWidth;
        painter->drawText(QRect(metaX, top, metaWidth, boldMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(option.font).elidedText(metaText, Qt::ElideRight, metaWidth));
    }
    const QString text = index.data(Qt::DisplayRole).toString();
    if (!text.isEmpty()) {
        painter->setFont(option.font);
        painter->setPen(palette::text);
        painter->drawText(QRect(x, top + boldMetrics.height() + 4, width, r.bottom() - top), Qt::TextWordWrap, text);
    }
    painter->restore();
}

// --- widget ---------------------------------------------------------------------------------

ProspectTimeline::ProspectTimeline(const ProspectsContext &context, const QString &prospectId, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_prospectId(prospectId)
    , m_model(new ProspectTimelineModel(context.replica, context.user.id, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    auto *noteTitle = new QLabel(tr("Ajouter une &note"), this);
    QFont f = noteTitle->font();
    f.setBold(true);
    noteTitle->setFont(f);
    layout->addWidget(noteTitle);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("Compte rendu d'appel, information utile sur l'entreprise… (Ctrl+Entrée pour enregistrer)"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 16);
    noteTitle->setBuddy(m_note);
    layout->addWidget(m_note);
    auto *noteRow = new QHBoxLayout;
    auto *hint = new QLabel(tr("Visible par tous ceux qui voient ce prospect, envoyée au serveur dès que possible."), this);
    setMutedText(hint);
    noteRow->addWidget(hint, 1);
    m_add = new QPushButton(tr("Ajouter la note"), this);
    m_add->setObjectName(QStringLiteral("addNote"));
    m_add->setToolTip(tr("Enregistrer la note (Ctrl+Entrée)"));
    noteRow->addWidget(m_add);
    layout->addLayout(noteRow);

    m_stack = new QStackedWidget(this);
    m_view = new QListView(m_stack);
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TimelineDelegate(m_view));
    m_view->setUniformItemSizes(false);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Chronologie du prospect"));
    m_stack->addWidget(m_view);
    auto *empty = new QLabel(tr("Rien pour l'instant : les rendez-vous, actions et notes de ce prospect "
                                "apparaîtront ici."),
                             m_stack);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_stack->addWidget(empty);
    layout->addWidget(m_stack, 1);

    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *save = new QShortcut(keys, m_note);
        save->setContext(Qt::WidgetShortcut);
        connect(save, &QShortcut::activated, this, &ProspectTimeline::addNote);
    }
    connect(m_add, &QPushButton::clicked, this, &ProspectTimeline::addNote);
    connect(m_note, &QPlainTextEdit::textChanged, this, &ProspectTimeline::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProspectTimeline::updateState);
    m_model->setProspect(prospectId);
    updateState();
}

void ProspectTimeline::updateState()
{
    m_add->setEnabled(!m_note->toPlainText().trimmed().isEmpty());
    m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 0 : 1);
}

bool ProspectTimeline::addNote()
{
    const QString body = m_note->toPlainText().trimmed();
    if (body.isEmpty())
        return false;
    const QVariantMap prospect = m_context.replica->row(QStringLiteral("prospects"), m_prospectId);
    if (prospect.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("Ce prospect n'existe plus : la note n'a pas été enregistrée."));
        return false;
    }
    auto created = m_context.replica->createRow(QStringLiteral("prospect_notes"),
                                                {{QStringLiteral("entity_id"), prospect.value(QStringLiteral("entity_id"))},
                                                 {QStringLiteral("prospect_id"), m_prospectId},
                                                 {QStringLiteral("author_id"), m_context.user.id},
                                                 {QStringLiteral("body"), body}});
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
