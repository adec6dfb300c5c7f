#include "ui/opportunities/KanbanBoard.h"

#include "ui/FormSupport.h"
#include "ui/Icons.h"
#include "ui/Theme.h"
#include "ui/crm/CrmSupport.h"
#include "ui/opportunities/OpportunityModel.h"
#include "ui/opportunities/OpportunitySupport.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>
#include <QVBoxLayout>

namespace hector::ui {

namespace {
constexpr int kColumnWidth = 200;
constexpr int kCollapsedWidth = 156;

const OpportunityItem *itemAt(const OpportunityModel *model, const QModelIndex &index)
{
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(index.model());
    return model->item(proxy ? proxy->mapToSource(index).row() : index.row());
}

// The temperature chip at the left of `bounds` (paintTemperatureChip() aligns it right).
qreal paintTemperatureChipLeft(QPainter *p, const QRectF &bounds, int score, scoring::Temperature t)
{
    QFont font = p->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    const qreal width = QFontMetricsF(font).horizontalAdvance(QStringLiteral("%1 · %2").arg(score).arg(scoring::temperatureCode(t))) + 14;
    return opportunities::paintTemperatureChip(p, QRectF(bounds.left(), bounds.top(), width, bounds.height()), score, t);
}

QColor columnBackground()
{
    return mixColors(palette::window, palette::border, 0.35);
}
} // namespace

// --- proxy ----------------------------------------------------------------------------------

StageProxyModel::StageProxyModel(const QString &stage, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_stage(stage)
{}

bool StageProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return sourceModel()->index(sourceRow, 0, sourceParent).data(OpportunityModel::StageRole).toString() == m_stage;
}

// --- card -----------------------------------------------------------------------------------

OpportunityCardDelegate::OpportunityCardDelegate(OpportunityModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{}

QSize OpportunityCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {kColumnWidth - 16, option.fontMetrics.height() * 4 + 34};
}

void OpportunityCardDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const OpportunityItem *it = itemAt(m_model, index);
    if (!it)
        return;
    p->save();
    const bool closed = opportunities::isClosedStage(it->stage);
    paintCardFrame(p, option, opportunities::stageColor(it->stage), it->stage == QLatin1String("perdu"));
    const QRectF r = QRectF(option.rect).adjusted(14, 9, -10, -9);
    const QFontMetricsF fm(option.font);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetricsF bfm(bold);
    const qreal line = fm.height() + 3;

    // 1. Title, the whole width.
    p->setFont(bold);
    p->setPen(palette::text);
    const QRectF titleRect(r.left(), r.top(), r.width(), bfm.height());
    p->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, bfm.elidedText(it->title, Qt::ElideRight, titleRect.width()));

    // 2. Prospect and city.
    p->setFont(option.font);
    p->setPen(palette::mutedText);
    QStringList who;
    if (!it->prospectName.isEmpty())
        who << it->prospectName;
    if (!it->prospectCity.isEmpty())
        who << it->prospectCity;
    if (who.isEmpty())
        who << OpportunityModel::tr("Sans prospect");
    const QRectF second(r.left(), r.top() + line + 1, r.width(), fm.height());
    p->drawText(second, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(who.join(QStringLiteral(" · ")), Qt::ElideRight, second.width()));

    // 3. Amount and monthly.
    const QRectF third(r.left(), r.top() + 2 * line + 1, r.width(), fm.height());
    QStringList money;
    if (!it->amount.isNull())
        money << opportunities::formatAmount(it->amount);
    if (!it->monthly.isNull())
        money << opportunities::formatMonthly(it->monthly);
    p->setPen(money.isEmpty() ? palette::mutedText : palette::text);
    p->drawText(third, Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(money.isEmpty() ? OpportunityModel::tr("Montant à chiffrer") : money.join(QStringLiteral(" + ")),
                              Qt::ElideRight, third.width()));

    // 4. The temperature chip with the live score; stagnation, expected signature or lost
    // reason; the owner's initials.
    const qreal avatar = fm.height() + 4;
    const QRectF fourth(r.left(), r.bottom() - avatar, r.width() - avatar - 6, avatar);
    if (!it->ownerName.isEmpty()) {
        const QPixmap pix = icons::avatar(it->ownerName, int(avatar), p->device() ? p->device()->devicePixelRatioF() : 1.0);
        p->drawPixmap(QPointF(r.right() - avatar, r.bottom() - avatar), pix);
    }
    const qreal chipWidth = paintTemperatureChipLeft(p, fourth.adjusted(0, 1, 0, -1), it->score, it->temperature);
    QRectF text = fourth.adjusted(chipWidth + 8, 0, 0, 0);
    QString status;
    QColor statusColor = palette::mutedText;
    if (it->isStagnant()) {
        const int icon = int(fm.height());
        opportunities::stagnationIcon().paint(p, QRect(int(text.left()), int(text.center().y() - icon / 2.0), icon, icon));
        text.adjust(icon + 3, 0, 0, 0);
        status = OpportunityModel::tr("Stagnante");
        statusColor = palette::warning.darker(115);
    } else if (it->stage == QLatin1String("perdu")) {
        status = it->lostReason.isEmpty() ? OpportunityModel::tr("Perdue") : it->lostReason;
    } else if (closed && it->closedAt.isValid()) { // the date it was won
        status = QLocale().toString(it->closedAt.date(), QStringLiteral("dd/MM/yy"));
    } else if (it->expectedClose.isValid()) { // the expected signature (the tooltip says so)
        status = QLocale().toString(it->expectedClose.date(), QStringLiteral("dd/MM/yy"));
    }
    p->setPen(statusColor);
    p->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(status, Qt::ElideRight, text.width()));
    p->restore();
}

// --- column ---------------------------------------------------------------------------------

KanbanColumn::KanbanColumn(const QString &stage, OpportunityModel *model, bool collapsible, QWidget *parent)
    : QFrame(parent)
    , m_stage(stage)
    , m_model(model)
    , m_proxy(new StageProxyModel(stage, this))
{
    setObjectName(QStringLiteral("column_") + stage);
    setAcceptDrops(true);
    setAccessibleName(opportunities::stageLabel(stage));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->setSpacing(4);

    auto *header = new QHBoxLayout;
    header->setSpacing(6);
    auto *dot = new QLabel(this);
    dot->setPixmap(icons::dot(opportunities::stageColor(stage), 10, devicePixelRatioF()));
    // The closed columns hold every won or lost opportunity: « Gagnées », « Perdues ».
    m_title = new QLabel(stage == QLatin1String("gagne")   ? tr("Gagnées")
                         : stage == QLatin1String("perdu") ? tr("Perdues")
                                                           : opportunities::stageLabel(stage),
                         this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("columnCount"));
    setMutedText(m_count);
    header->addWidget(dot);
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_count);
    if (collapsible) {
        m_toggle = new QToolButton(this);
        m_toggle->setObjectName(QStringLiteral("toggleColumn"));
        m_toggle->setAutoRaise(true);
        m_toggle->setFocusPolicy(Qt::NoFocus);
        header->addWidget(m_toggle);
        connect(m_toggle, &QToolButton::clicked, this, [this] { setCollapsed(!m_collapsed); });
    }
    layout->addLayout(header);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("columnTotals"));
    m_totals->setWordWrap(collapsible); // narrow when collapsed
    setMutedText(m_totals);
    layout->addWidget(m_totals);

    m_proxy->setSourceModel(model);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("cards_") + stage);
    m_list->setModel(m_proxy);
    m_list->setItemDelegate(new OpportunityCardDelegate(model, m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Opportunités « %1 »").arg(opportunities::stageLabel(stage)));
    // Cards are dragged from the lists and dropped on the column (the lists refuse drops, so the
    // drag reaches the column whatever card it is over).
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setAcceptDrops(false);
    m_list->viewport()->setAcceptDrops(false);
    m_list->viewport()->setAutoFillBackground(false);
    layout->addWidget(m_list, 1);
    if (collapsible) {
        m_dropHint = makeHint(stage == QLatin1String("gagne") ? tr("Déposez une carte ici pour la marquer gagnée.")
                                                               : tr("Déposez une carte ici pour la marquer perdue."),
                              this);
        m_dropHint->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        m_dropHint->setContentsMargins(4, 16, 4, 0);
        layout->addWidget(m_dropHint, 1);
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &KanbanColumn::updateHeader);
    setCollapsed(collapsible);
    updateHeader();
}

void KanbanColumn::setCollapsed(bool collapsed)
{
    if (!m_toggle)
        collapsed = false;
    m_collapsed = collapsed;
    m_list->setVisible(!collapsed);
    if (m_dropHint)
        m_dropHint->setVisible(collapsed);
    if (collapsed) {
        setFixedWidth(kCollapsedWidth);
    } else {
        setMinimumWidth(kColumnWidth);
        setMaximumWidth(QWIDGETSIZE_MAX);
    }
    if (m_toggle) {
        m_toggle->setArrowType(collapsed ? Qt::RightArrow : Qt::LeftArrow);
        m_toggle->setToolTip(collapsed ? tr("Afficher les cartes") : tr("Replier la colonne"));
        m_toggle->setAccessibleName(m_toggle->toolTip());
    }
}

void KanbanColumn::updateHeader()
{
    const int n = m_proxy->rowCount();
    m_count->setText(QString::number(n));
    qint64 amount = 0;
    qint64 monthly = 0;
    for (int row = 0; row < n; ++row) {
        if (const OpportunityItem *it = itemAt(m_model, m_proxy->index(row, 0))) {
            amount += it->amount.toLongLong();
            monthly += it->monthly.toLongLong();
        }
    }
    QStringList totals{opportunities::formatAmount(amount)};
    if (monthly > 0)
        totals << opportunities::formatMonthly(monthly);
    m_totals->setText(n == 0 ? tr("Aucune opportunité") : totals.join(QStringLiteral(" · ")));
}

void KanbanColumn::dragEnterEvent(QDragEnterEvent *event)
{
    if (OpportunityModel::idsFromMime(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    m_dropHover = true;
    update();
}

void KanbanColumn::dragMoveEvent(QDragMoveEvent *event)
{
    if (OpportunityModel::idsFromMime(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void KanbanColumn::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dropHover = false;
    update();
    QFrame::dragLeaveEvent(event);
}

void KanbanColumn::dropEvent(QDropEvent *event)
{
    m_dropHover = false;
    update();
    const QStringList ids = OpportunityModel::idsFromMime(event->mimeData());
    if (ids.isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    // After the drag: the move may ask a question (the reason of a loss) in a modal dialog.
    QMetaObject::invokeMethod(this, [this, ids] { emit dropped(ids, m_stage); }, Qt::QueuedConnection);
}

void KanbanColumn::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(1, 1, -1, -1);
    p.setPen(m_dropHover ? QPen(palette::accent, 2) : QPen(palette::border, 1));
    p.setBrush(m_dropHover ? mixColors(columnBackground(), palette::accent, 0.12) : columnBackground());
    p.drawRoundedRect(r, 8, 8);
}

// --- board ----------------------------------------------------------------------------------

KanbanBoard::KanbanBoard(OpportunityModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("kanbanBoard"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    for (const QString &stage : opportunities::allStages()) {
        const bool closed = opportunities::isClosedStage(stage);
        auto *column = new KanbanColumn(stage, model, closed, this);
        m_columns << column;
        layout->addWidget(column, closed ? 0 : 1);
        QListView *list = column->list();
        list->installEventFilter(this);
        connect(column, &KanbanColumn::dropped, this, &KanbanBoard::moveRequested);
        connect(list, &QListView::activated, this, [this](const QModelIndex &index) {
            emit openRequested(index.data(OpportunityModel::IdRole).toString());
        });
        connect(list->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, column](const QModelIndex &current) {
                    if (!current.isValid())
                        return;
                    m_current = column;
                    m_currentId = current.data(OpportunityModel::IdRole).toString();
                });
    }
    connect(model, &OpportunityModel::refreshed, this, &KanbanBoard::restoreSelection);
}

KanbanColumn *KanbanBoard::column(const QString &stage) const
{
    for (KanbanColumn *c : m_columns) {
        if (c->stage() == stage)
            return c;
    }
    return nullptr;
}

KanbanColumn *KanbanBoard::columnOf(QObject *list) const
{
    for (KanbanColumn *c : m_columns) {
        if (c->list() == list)
            return c;
    }
    return nullptr;
}

QString KanbanBoard::selectedId() const
{
    if (!m_current || m_currentId.isEmpty() || m_current->isCollapsed())
        return {};
    const QModelIndex current = m_current->list()->currentIndex();
    return current.isValid() ? current.data(OpportunityModel::IdRole).toString() : QString();
}

bool KanbanBoard::selectOpportunity(const QString &id)
{
    const OpportunityItem *it = m_model->itemById(id);
    if (!it)
        return false;
    KanbanColumn *c = column(it->stage);
    if (!c)
        return false;
    c->setCollapsed(false);
    const QModelIndex index = c->proxy()->mapFromSource(m_model->index(m_model->rowOf(id), 0));
    if (!index.isValid())
        return false;
    for (KanbanColumn *other : std::as_const(m_columns)) {
        if (other != c)
            other->list()->clearSelection();
    }
    c->list()->setCurrentIndex(index);
    c->list()->scrollTo(index);
    m_current = c;
    m_currentId = id;
    if (isVisible() && (hasFocus() || isAncestorOf(QApplication::focusWidget())))
        c->list()->setFocus();
    return true;
}

void KanbanBoard::restoreSelection()
{
    for (KanbanColumn *c : std::as_const(m_columns))
        c->updateHeader();
    if (m_currentId.isEmpty())
        return;
    const QString id = m_currentId;
    if (!m_model->itemById(id)) {
        m_currentId.clear();
        return;
    }
    const OpportunityItem *it = m_model->itemById(id);
    KanbanColumn *c = column(it->stage);
    if (c && c->isCollapsed())
        return; // moved to a closed column: not opened for that
    selectOpportunity(id);
}

void KanbanBoard::focusNeighbour(int delta)
{
    QList<KanbanColumn *> open;
    for (KanbanColumn *c : std::as_const(m_columns)) {
        if (!c->isCollapsed())
            open << c;
    }
    if (open.isEmpty())
        return;
    const qsizetype at = m_current ? open.indexOf(m_current) : -1;
    const qsizetype target = at < 0 ? 0 : std::clamp<qsizetype>(at + delta, 0, open.size() - 1);
    KanbanColumn *c = open.at(target);
    const int row = m_current ? m_current->list()->currentIndex().row() : 0;
    m_current = c;
    if (c->proxy()->rowCount() > 0) {
        const QModelIndex index = c->proxy()->index(std::clamp(row, 0, c->proxy()->rowCount() - 1), 0);
        c->list()->setCurrentIndex(index);
        c->list()->scrollTo(index);
    } else {
        m_currentId.clear();
    }
    c->list()->setFocus();
}

void KanbanBoard::moveSelected(int delta)
{
    const QString id = selectedId();
    const OpportunityItem *it = m_model->itemById(id);
    if (!it)
        return;
    const QStringList stages = opportunities::allStages();
    const qsizetype target = stages.indexOf(it->stage) + delta;
    if (target < 0 || target >= stages.size())
        return;
    emit moveRequested({id}, stages.at(target));
}

bool KanbanBoard::eventFilter(QObject *watched, QEvent *event)
{
    KanbanColumn *c = columnOf(watched);
    if (c && event->type() == QEvent::FocusIn) {
        m_current = c;
        const QModelIndex current = c->list()->currentIndex();
        if (!current.isValid() && c->proxy()->rowCount() > 0)
            c->list()->setCurrentIndex(c->proxy()->index(0, 0));
    }
    if (c && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        const int delta = key->key() == Qt::Key_Left ? -1 : key->key() == Qt::Key_Right ? 1 : 0;
        if (delta != 0 && mods == Qt::ControlModifier) {
            m_current = c;
            moveSelected(delta);
            return true;
        }
        if (delta != 0 && mods == Qt::NoModifier) {
            m_current = c;
            focusNeighbour(delta);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hector::ui
