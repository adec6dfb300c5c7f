#include "ui/opportunities/NotificationBell.h"

#include "sync/replica/LocalReplica.h"
#include "ui/FormSupport.h"
#include "ui/Icons.h"
#include "ui/Theme.h"
#include "ui/crm/CrmSupport.h"
#include "ui/opportunities/OpportunitySupport.h"
#include "ui/prospects/ProspectSupport.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace hector::ui {

namespace {
// A notification: its title in bold, its text (two lines at most), how long ago, muted.
class NotificationDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {340, option.fontMetrics.height() * 4 + 26};
    }

    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        p->save();
        paintCardFrame(p, option, palette::warning, false);
        const QRectF r = QRectF(option.rect).adjusted(16, 8, -10, -8);
        const QFontMetricsF fm(option.font);
        QFont bold = option.font;
        bold.setBold(true);
        const QFontMetricsF bfm(bold);
        const int icon = int(fm.height());
        opportunities::stagnationIcon().paint(p, QRect(int(r.left()), int(r.top()), icon, icon));
        p->setFont(bold);
        p->setPen(palette::text);
        const QRectF title(r.left() + icon + 6, r.top(), r.width() - icon - 6, bfm.height());
        p->drawText(title, Qt::AlignLeft | Qt::AlignVCenter,
                    bfm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, title.width()));
        p->setFont(option.font);
        p->setPen(palette::text);
        const QRectF body(r.left(), r.top() + bfm.height() + 3, r.width(), fm.height() * 2 + 2);
        p->drawText(body, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, index.data(NotificationModel::BodyRole).toString());
        p->setPen(palette::mutedText);
        p->drawText(QRectF(r.left(), r.bottom() - fm.height(), r.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                    index.data(NotificationModel::AgeRole).toString());
        p->restore();
    }
};

QIcon bellWithBadge(int count)
{
    const QIcon bell = opportunities::bellIcon(count > 0 ? palette::text : palette::mutedText);
    return icons::smallIcon([&bell, count](QPainter &p, qreal size) {
        bell.paint(&p, QRect(0, int(size * 0.12), int(size * 0.88), int(size * 0.88)));
        if (count <= 0)
            return;
        const QString text = count > 9 ? QStringLiteral("9+") : QString::number(count);
        const qreal d = size * 0.58;
        const QRectF badge(size - d, 0, d, d);
        p.setPen(QPen(palette::surface, qMax(1.0, size * 0.05)));
        p.setBrush(palette::danger);
        p.drawEllipse(badge);
        QFont font = p.font();
        font.setBold(true);
        font.setPixelSize(qMax(6, int(d * (text.size() > 1 ? 0.52 : 0.68))));
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter, text);
    });
}
} // namespace

// --- model ----------------------------------------------------------------------------------

NotificationModel::NotificationModel(sync::LocalReplica *replica, const QString &userId, QObject *parent)
    : QAbstractListModel(parent)
    , m_replica(replica)
    , m_userId(userId)
{
    connect(replica, &sync::LocalReplica::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("notifications"))
            reload();
    });
    reload();
}

void NotificationModel::reload()
{
    QList<Item> items;
    if (m_replica) {
        QSqlQuery q(m_replica->database());
        q.prepare(QStringLiteral("SELECT id, kind, title, body, related_table, related_id, created_at FROM notifications "
                                 "WHERE user_id = ? AND read_at IS NULL ORDER BY created_at DESC, id"));
        q.addBindValue(m_userId);
        if (q.exec()) {
            while (q.next()) {
                items.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                              q.value(4).toString(), q.value(5).toString(), parseTimestamp(q.value(6))});
            }
        }
    }
    beginResetModel();
    m_items = items;
    endResetModel();
    emit reloaded();
}

const NotificationModel::Item *NotificationModel::item(int row) const
{
    return itemAtRow(m_items, row);
}

int NotificationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant NotificationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &it = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return it.title;
    case Qt::ToolTipRole:
        return QString(it.title + u'\n' + it.body);
    case Qt::AccessibleTextRole:
        return QString(it.title + QStringLiteral(", ") + it.body);
    case IdRole:
        return it.id;
    case BodyRole:
        return it.body;
    case AgeRole:
        return it.created.isValid() ? prospects::relativeAge(it.created, QDateTime::currentDateTime()) : QString();
    case RelatedTableRole:
        return it.relatedTable;
    case RelatedIdRole:
        return it.relatedId;
    default:
        return {};
    }
}

// --- bell -----------------------------------------------------------------------------------

NotificationBell::NotificationBell(sync::LocalReplica *replica, const QString &userId, QWidget *parent)
    : QToolButton(parent)
    , m_replica(replica)
    , m_model(new NotificationModel(replica, userId, this))
{
    setObjectName(QStringLiteral("notificationBell"));
    setAutoRaise(true);
    setIconSize(QSize(24, 24));
    setFocusPolicy(Qt::NoFocus);

    m_popup = new QFrame(this, Qt::Popup);
    m_popup->setObjectName(QStringLiteral("notificationPopup"));
    m_popup->setFrameShape(QFrame::StyledPanel);
    QPalette pal = m_popup->palette();
    pal.setColor(QPalette::Window, palette::window);
    m_popup->setPalette(pal);
    m_popup->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->setSpacing(6);
    auto *header = new QHBoxLayout;
    m_popupTitle = makeBoldLabel(QString(), 1.05, m_popup);
    m_readAll = new QPushButton(tr("Tout marquer comme lu"), m_popup);
    m_readAll->setObjectName(QStringLiteral("markAllRead"));
    m_readAll->setFlat(true);
    header->addWidget(m_popupTitle, 1);
    header->addWidget(m_readAll);
    layout->addLayout(header);
    auto *stack = new QStackedWidget(m_popup);
    m_list = new QListView(stack);
    m_list->setObjectName(QStringLiteral("notificationList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new NotificationDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Notifications non lues"));
    QPalette listPalette = m_list->palette();
    listPalette.setColor(QPalette::Base, palette::window);
    m_list->setPalette(listPalette);
    stack->addWidget(m_list);
    m_empty = makeHint(tr("Aucune notification non lue."), stack);
    m_empty->setAlignment(Qt::AlignCenter);
    stack->addWidget(m_empty);
    layout->addWidget(stack, 1);
    m_popup->resize(400, 380);

    connect(this, &QToolButton::clicked, this, &NotificationBell::showPopup);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        open(index.data(NotificationModel::IdRole).toString());
    });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        open(index.data(NotificationModel::IdRole).toString());
    });
    connect(m_readAll, &QPushButton::clicked, this, &NotificationBell::markAllRead);
    connect(m_model, &NotificationModel::reloaded, this, [this, stack] {
        stack->setCurrentIndex(m_model->rowCount() > 0 ? 0 : 1);
        updateBadge();
    });
    stack->setCurrentIndex(m_model->rowCount() > 0 ? 0 : 1);
    updateBadge();
}

void NotificationBell::updateBadge()
{
    const int n = m_model->rowCount();
    setIcon(bellWithBadge(n));
    const QString text = n == 0 ? tr("Aucune notification non lue")
                                : n == 1 ? tr("1 notification non lue") : tr("%1 notifications non lues").arg(n);
    setToolTip(text);
    setAccessibleName(text);
    m_popupTitle->setText(n == 0 ? tr("Notifications") : tr("Notifications (%1)").arg(n));
    m_readAll->setEnabled(n > 0);
}

void NotificationBell::showPopup()
{
    m_model->reload();
    // As tall as its notifications (four at most, then it scrolls).
    const int rows = std::clamp(m_model->rowCount(), 1, 4);
    m_popup->resize(400, m_popupTitle->sizeHint().height() + 34 + rows * (m_list->fontMetrics().height() * 4 + 26));
    const QPoint below = mapToGlobal(QPoint(width(), height() + 4));
    QPoint at(below.x() - m_popup->width(), below.y());
    if (const QScreen *s = screen())
        at.setX(std::max(s->availableGeometry().left(), at.x()));
    m_popup->move(at);
    m_popup->show();
    m_list->setFocus();
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
}

void NotificationBell::open(const QString &notificationId)
{
    QString table;
    QString id;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const NotificationModel::Item *it = m_model->item(row);
        if (it->id == notificationId) {
            table = it->relatedTable;
            id = it->relatedId;
        }
    }
    if (notificationId.isEmpty())
        return;
    m_popup->hide();
    (void)m_replica->updateRow(QStringLiteral("notifications"), notificationId,
                               {{QStringLiteral("read_at"), toTimestamp(QDateTime::currentDateTime())}});
    if (!table.isEmpty() && !id.isEmpty())
        emit openRequested(table, id);
}

void NotificationBell::markAllRead()
{
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids << m_model->item(row)->id;
    const QString now = toTimestamp(QDateTime::currentDateTime());
    (void)m_replica->writeBatch([this, &ids, &now]() -> Result<void> {
        for (const QString &id : std::as_const(ids)) {
            if (auto r = m_replica->updateRow(QStringLiteral("notifications"), id, {{QStringLiteral("read_at"), now}}); !r)
                return r;
        }
        return {};
    });
}

} // namespace hector::ui
