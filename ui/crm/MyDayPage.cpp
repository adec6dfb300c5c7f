#include "ui/crm/MyDayPage.h"

#include "core/crm/CrmRules.h"
#include "sync/replica/LocalReplica.h"
#include "ui/FormSupport.h"
#include "ui/MessageBanner.h"
#include "ui/Theme.h"
#include "ui/crm/ActionDialog.h"
#include "ui/crm/RdvDialog.h"
#include "ui/crm/RdvModel.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QVBoxLayout>

namespace hector::ui {

namespace {

// A card: a left column (time, or type icon), a bold first line and a muted second line.
class CardDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {300, option.fontMetrics.height() * 2 + 26};
    }

protected:
    // The muted second line of `text`: `parts` joined with « · », elided.
    static void paintSecondLine(QPainter *p, const QRectF &text, const QFontMetrics &fm, const QStringList &parts);
};

void CardDelegate::paintSecondLine(QPainter *p, const QRectF &text, const QFontMetrics &fm, const QStringList &parts)
{
    p->setPen(palette::mutedText);
    p->drawText(QRectF(text.left(), text.top() + fm.height() + 2, text.width(), fm.height()), Qt::AlignLeft | Qt::AlignTop,
                fm.elidedText(parts.join(QStringLiteral(" · ")), Qt::ElideRight, int(text.width())));
}

class RdvCardDelegate : public CardDelegate
{
public:
    RdvCardDelegate(RdvModel *model, QObject *parent)
        : CardDelegate(parent)
        , m_model(model)
    {}

    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const RdvItem *it = m_model->item(index.row());
        if (!it)
            return;
        p->save();
        const bool cancelled = it->isCancelled();
        paintCardFrame(p, option, rdvStatusColor(it->status), cancelled);
        const QRectF r = QRectF(option.rect).adjusted(14, 8, -12, -8);
        const QFontMetrics fm = option.fontMetrics;
        QFont bold = option.font;
        bold.setBold(true);
        const QFontMetrics bfm(bold);
        const qreal timeWidth = bfm.horizontalAdvance(QStringLiteral("00:00")) + 14;
        p->setFont(bold);
        p->setPen(cancelled ? palette::mutedText : palette::text);
        p->drawText(QRectF(r.left(), r.top(), timeWidth, fm.height()), Qt::AlignLeft | Qt::AlignTop, hoursMinutes(it->start.time()));
        p->setFont(option.font);
        p->setPen(palette::mutedText);
        p->drawText(QRectF(r.left(), r.top() + fm.height() + 2, timeWidth, fm.height()), Qt::AlignLeft | Qt::AlignTop,
                    hoursMinutes(it->effectiveEnd().time()));
        const QRectF text(r.left() + timeWidth, r.top(), r.width() - timeWidth, r.height());
        QFont titleFont = bold;
        titleFont.setStrikeOut(cancelled);
        p->setFont(titleFont);
        p->setPen(cancelled ? palette::mutedText : palette::text);
        QString title = it->title;
        QString badge;
        if (cancelled)
            badge = crm::labelFor(crm::rdvStatuses(), it->status);
        else if (it->status == QLatin1String("effectue"))
            badge = crm::labelFor(crm::rdvStatuses(), it->status);
        const qreal badgeWidth = badge.isEmpty() ? 0 : fm.horizontalAdvance(badge) + 16;
        p->drawText(QRectF(text.left(), text.top(), text.width() - badgeWidth, bfm.height()), Qt::AlignLeft | Qt::AlignTop,
                    bfm.elidedText(title, Qt::ElideRight, int(text.width() - badgeWidth)));
        if (!badge.isEmpty()) {
            const QRectF chip(text.right() - badgeWidth + 6, text.top(), badgeWidth - 6, fm.height());
            p->setPen(Qt::NoPen);
            p->setBrush(mixColors(rdvStatusColor(it->status), palette::surface, 0.82));
            p->drawRoundedRect(chip, chip.height() / 2, chip.height() / 2);
            p->setFont(option.font);
            p->setPen(rdvStatusColor(it->status).darker(130));
            p->drawText(chip, Qt::AlignCenter, badge);
        }
        QStringList second;
        if (!it->prospectName.isEmpty())
            second << it->prospectName;
        if (!it->location.isEmpty())
            second << it->location;
        if (second.isEmpty())
            second << QCoreApplication::translate("hector::ui::MyDayPage", "Sans prospect ni lieu");
        p->setFont(option.font);
        paintSecondLine(p, text, fm, second);
        p->restore();
    }

private:
    RdvModel *m_model;
};

class ActionCardDelegate : public CardDelegate
{
public:
    ActionCardDelegate(ActionModel *model, QObject *parent)
        : CardDelegate(parent)
        , m_model(model)
    {}

    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const ActionItem *it = m_model->item(index.row());
        if (!it)
            return;
        p->save();
        const QDateTime now = m_model->now();
        const bool overdue = it->isOverdueAt(now);
        paintCardFrame(p, option, overdue ? palette::danger : actionTypeColor(it->type), false);
        const QRectF r = QRectF(option.rect).adjusted(14, 8, -12, -8);
        const QFontMetrics fm = option.fontMetrics;
        QFont bold = option.font;
        bold.setBold(true);
        const QFontMetrics bfm(bold);
        const int icon = 20;
        actionTypeIcon(it->type).paint(p, QRect(int(r.left()), int(r.top() + (r.height() - icon) / 2), icon, icon));
        const QRectF text = r.adjusted(icon + 12, 0, 0, 0);
        // Due: « En retard de 2 jours » in red, else « 14:00 ».
        const QString due = overdue ? overdueText(it->due, now)
                                     : QCoreApplication::translate("hector::ui::MyDayPage", "à %1").arg(hoursMinutes(it->due.time()));
        const qreal dueWidth = fm.horizontalAdvance(due) + 8;
        p->setFont(bold);
        p->setPen(palette::text);
        p->drawText(QRectF(text.left(), text.top(), text.width() - dueWidth, bfm.height()), Qt::AlignLeft | Qt::AlignTop,
                    bfm.elidedText(it->title, Qt::ElideRight, int(text.width() - dueWidth)));
        p->setFont(option.font);
        p->setPen(overdue ? palette::danger : palette::mutedText);
        p->drawText(QRectF(text.right() - dueWidth, text.top(), dueWidth, fm.height()), Qt::AlignRight | Qt::AlignTop, due);
        QStringList second{crm::labelFor(crm::actionTypes(), it->type)};
        if (!it->prospectName.isEmpty())
            second << it->prospectName;
        second << crm::labelFor(crm::actionStatuses(), it->status);
        paintSecondLine(p, text, fm, second);
        p->restore();
    }

private:
    ActionModel *m_model;
};

QListView *makeCardList(QWidget *parent, const QString &name)
{
    auto *list = new QListView(parent);
    list->setObjectName(name);
    list->setFrameShape(QFrame::NoFrame);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    list->setUniformItemSizes(true);
    list->setSpacing(0);
    QPalette p = list->palette();
    p.setColor(QPalette::Base, palette::window);
    list->setPalette(p);
    return list;
}

QLabel *sectionEmpty(const QString &text, QWidget *parent)
{
    auto *label = makeHint(text, parent);
    label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    label->setContentsMargins(0, 24, 0, 0);
    return label;
}

} // namespace

MyDayPage::MyDayPage(sync::LocalReplica *replica, const UserDto &me, QWidget *parent)
    : QWidget(parent)
    , m_replica(replica)
    , m_me(me)
    , m_clock(systemClock())
    , m_rdvs(new RdvModel(replica, this))
    , m_actions(new ActionModel(replica, this))
{
    setObjectName(QStringLiteral("myDayPage"));
    m_rdvs->setOwnerFilter(me.id);
    m_actions->setOwnerFilter(me.id);
    m_actions->setStatusFilter(ActionModel::kOpen);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);
    auto *top = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(makePageTitle(tr("Ma journée"), this));
    m_date = new QLabel(this);
    m_date->setObjectName(QStringLiteral("myDayDate"));
    titles->addWidget(m_date);
    top->addLayout(titles);
    top->addStretch(1);
    auto *newRdv = new QPushButton(tr("Nouveau &rendez-vous"), this);
    newRdv->setObjectName(QStringLiteral("newRdvButton"));
    newRdv->setShortcut(QKeySequence::New);
    newRdv->setToolTip(tr("Nouveau rendez-vous (Ctrl+N)"));
    auto *newAction = new QPushButton(tr("Nouvelle &action"), this);
    newAction->setObjectName(QStringLiteral("newActionButton"));
    newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newAction->setToolTip(tr("Nouvelle action (Ctrl+Maj+N)"));
    top->addWidget(newRdv, 0, Qt::AlignBottom);
    top->addWidget(newAction, 0, Qt::AlignBottom);
    layout->addLayout(top);

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("myDayCounts"));
    setMutedText(m_counts);
    layout->addWidget(m_counts);

    layout->addLayout(makeBannerWithUndo(this, tr("A&nnuler"), Qt::AlignTop, &m_banner, &m_undo));

    m_stack = new QStackedWidget(this);
    auto *columns = new QWidget(m_stack);
    auto *columnsLayout = new QHBoxLayout(columns);
    columnsLayout->setContentsMargins(0, 4, 0, 0);
    columnsLayout->setSpacing(24);
    auto *left = new QVBoxLayout;
    m_rdvTitle = makeBoldLabel(QString(), 1.1, columns);
    left->addWidget(m_rdvTitle);
    m_rdvStack = new QStackedWidget(columns);
    m_rdvList = makeCardList(m_rdvStack, QStringLiteral("myDayRdvs"));
    m_rdvList->setModel(m_rdvs);
    m_rdvList->setItemDelegate(new RdvCardDelegate(m_rdvs, m_rdvList));
    m_rdvList->setAccessibleName(tr("Rendez-vous du jour"));
    m_rdvStack->addWidget(m_rdvList);
    m_rdvStack->addWidget(sectionEmpty(tr("Aucun rendez-vous aujourd'hui."), m_rdvStack));
    left->addWidget(m_rdvStack, 1);
    auto *right = new QVBoxLayout;
    m_actionTitle = makeBoldLabel(QString(), 1.1, columns);
    right->addWidget(m_actionTitle);
    m_actionStack = new QStackedWidget(columns);
    m_actionList = makeCardList(m_actionStack, QStringLiteral("myDayActions"));
    m_actionList->setModel(m_actions);
    m_actionList->setItemDelegate(new ActionCardDelegate(m_actions, m_actionList));
    m_actionList->setAccessibleName(tr("Actions du jour et en retard"));
    m_actionStack->addWidget(m_actionList);
    m_actionStack->addWidget(sectionEmpty(tr("Aucune action pour aujourd'hui ni en retard."), m_actionStack));
    right->addWidget(m_actionStack, 1);
    columnsLayout->addLayout(left, 1);
    columnsLayout->addLayout(right, 1);
    m_stack->addWidget(columns);

    auto *emptyPanel = new QWidget(m_stack);
    auto *emptyLayout = new QVBoxLayout(emptyPanel);
    emptyLayout->addStretch(1);
    m_empty = makeBoldLabel(tr("Rien de prévu aujourd'hui"), 1.3, emptyPanel);
    m_empty->setObjectName(QStringLiteral("myDayEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    emptyLayout->addWidget(m_empty);
    auto *emptyHint = makeHint(tr("Aucun rendez-vous aujourd'hui et aucune action en retard.\nPlanifiez un rendez-vous "
                                  "(Ctrl+N) ou une action (Ctrl+Maj+N)."),
                               emptyPanel);
    emptyHint->setAlignment(Qt::AlignCenter);
    emptyLayout->addWidget(emptyHint);
    emptyLayout->addStretch(2);
    m_stack->addWidget(emptyPanel);
    layout->addWidget(m_stack, 1);
    layout->addWidget(makeHint(tr("Tab : passer d'une liste à l'autre · Entrée : ouvrir · Espace ou Ctrl+Entrée : "
                                  "marquer l'action terminée"),
                               this));

    connect(m_rdvs, &RdvModel::refreshed, this, &MyDayPage::updateState);
    connect(m_actions, &ActionModel::refreshed, this, &MyDayPage::updateState);
    connect(m_rdvList, &QListView::activated, this, [this](const QModelIndex &index) {
        openRdv(index.data(RdvModel::IdRole).toString());
    });
    connect(m_actionList, &QListView::activated, this, [this](const QModelIndex &index) {
        openAction(index.data(ActionModel::IdRole).toString());
    });
    connect(newRdv, &QPushButton::clicked, this, &MyDayPage::createRdv);
    connect(newAction, &QPushButton::clicked, this, &MyDayPage::createAction);
    connect(m_undo, &QPushButton::clicked, this, &MyDayPage::undo);
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), m_actionList);
    space->setContext(Qt::WidgetShortcut);
    connect(space, &QShortcut::activated, this, &MyDayPage::markSelectedActionDone);
    for (auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *done = new QShortcut(QKeySequence(Qt::CTRL | key), m_actionList);
        done->setContext(Qt::WidgetShortcut);
        connect(done, &QShortcut::activated, this, &MyDayPage::markSelectedActionDone);
    }
    auto *tick = new QTimer(this);
    tick->setInterval(60 * 1000);
    connect(tick, &QTimer::timeout, this, &MyDayPage::refreshDay);
    tick->start();

    setTabOrder(m_rdvList, m_actionList);
    refreshDay();
}

void MyDayPage::setClock(Clock clock)
{
    m_clock = clock;
    m_actions->setClock(std::move(clock));
    m_day = {};
    refreshDay();
}

void MyDayPage::refreshDay()
{
    const QDate today = m_clock().date();
    if (today != m_day) {
        m_day = today;
        const QDateTime start(today, QTime(0, 0));
        m_rdvs->setRange(start, start.addDays(1));
        // Due today, or before and not done (overdue).
        m_actions->setDueBefore(start.addDays(1));
        m_date->setText(QLocale().toString(today, QStringLiteral("dddd d MMMM yyyy")));
    }
    m_actions->clockTicked();
    updateState();
}

void MyDayPage::updateState()
{
    int rdvCount = 0;
    int cancelled = 0;
    for (const RdvItem &it : m_rdvs->items()) {
        if (it.isCancelled())
            ++cancelled;
        else
            ++rdvCount;
    }
    const int actionCount = m_actions->rowCount();
    const int overdue = m_actions->overdueCount();
    QString counts = rdvCount == 1 ? tr("1 rendez-vous") : tr("%1 rendez-vous").arg(rdvCount);
    if (cancelled > 0)
        counts += cancelled == 1 ? tr(" (1 annulé)") : tr(" (%1 annulés)").arg(cancelled);
    counts += tr(" · ");
    counts += actionCount == 1 ? tr("1 action à traiter") : tr("%1 actions à traiter").arg(actionCount);
    if (overdue > 0)
        counts += overdue == 1 ? tr(", dont 1 en retard") : tr(", dont %1 en retard").arg(overdue);
    m_counts->setText(counts);
    m_rdvTitle->setText(tr("Rendez-vous du jour (%1)").arg(m_rdvs->rowCount()));
    m_actionTitle->setText(tr("Actions du jour et en retard (%1)").arg(actionCount));
    m_rdvStack->setCurrentIndex(m_rdvs->rowCount() > 0 ? 0 : 1);
    m_actionStack->setCurrentIndex(actionCount > 0 ? 0 : 1);
    const bool nothing = m_rdvs->rowCount() == 0 && actionCount == 0;
    m_stack->setCurrentIndex(nothing ? 1 : 0);
    if (!nothing && m_rdvList->currentIndex().row() < 0 && m_rdvs->rowCount() > 0)
        m_rdvList->setCurrentIndex(m_rdvs->index(0, 0));
    if (!nothing && m_actionList->currentIndex().row() < 0 && actionCount > 0)
        m_actionList->setCurrentIndex(m_actions->index(0, 0));
}

void MyDayPage::openRdv(const QString &id)
{
    if (id.isEmpty())
        return;
    RdvDialog dialog(m_replica, m_me, id, this);
    if (dialog.exec() == RdvDialog::DeleteRequested) {
        deleteRecord(QStringLiteral("rdvs"), id, tr("Supprimer le rendez-vous"), tr("Supprimer le rendez-vous « %1 » ?"),
                     tr("Le rendez-vous « %1 » a été supprimé."));
    }
}

void MyDayPage::openAction(const QString &id)
{
    if (id.isEmpty())
        return;
    ActionDialog dialog(m_replica, m_me, id, this);
    if (dialog.exec() == ActionDialog::DeleteRequested) {
        deleteRecord(QStringLiteral("actions"), id, tr("Supprimer l'action"), tr("Supprimer l'action « %1 » ?"),
                     tr("L'action « %1 » a été supprimée."));
    }
}

void MyDayPage::deleteRecord(const QString &table, const QString &id, const QString &caption, const QString &question,
                             const QString &deletedText)
{
    const QString title = m_replica->row(table, id).value(QStringLiteral("title")).toString();
    if (!askConfirmation(this, caption, question.arg(title)))
        return;
    if (auto r = m_replica->deleteRow(table, id); !r)
        m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
    else
        m_banner->showMessage(MessageBanner::Kind::Info, deletedText.arg(title));
    m_undo->hide();
}

void MyDayPage::createRdv()
{
    RdvDialog dialog(m_replica, m_me, QString(), this);
    const QDateTime now = m_clock();
    dialog.setStart(QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600));
    dialog.exec();
}

void MyDayPage::createAction()
{
    ActionDialog dialog(m_replica, m_me, QString(), this);
    const QDateTime now = m_clock();
    dialog.setDue(QDateTime(now.date(), QTime(qMin(now.time().hour() + 2, 23), 0)));
    dialog.exec();
}

void MyDayPage::markSelectedActionDone()
{
    const QModelIndex current = m_actionList->currentIndex();
    if (!current.isValid())
        return;
    auto r = ActionModel::markDone(m_replica, current.data(ActionModel::IdRole).toString(), m_clock());
    if (!r) {
        m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
        m_undo->hide();
        return;
    }
    m_doneUndo = *r;
    m_banner->showMessage(MessageBanner::Kind::Success, tr("« %1 » est terminée.").arg(m_doneUndo.title));
    m_undo->show();
}

void MyDayPage::undo()
{
    m_undo->hide();
    if (m_doneUndo.id.isEmpty())
        return;
    const ActionDoneUndo undo = m_doneUndo;
    m_doneUndo = {};
    if (auto r = ActionModel::undoMarkDone(m_replica, undo); !r) {
        m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
        return;
    }
    m_banner->showMessage(MessageBanner::Kind::Info, tr("« %1 » est de nouveau à traiter.").arg(undo.title));
}

} // namespace hector::ui
