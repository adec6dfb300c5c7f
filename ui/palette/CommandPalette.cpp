#include "ui/palette/CommandPalette.h"

#include "ui/Theme.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace hector::ui {

namespace {
// Two lines per result: title, then details in muted text; the kind on the right.
class ResultDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {option.rect.width(), option.fontMetrics.height() * 2 + 14};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        painter->save();
        const bool selected = option.state.testFlag(QStyle::State_Selected);
        const QRect r = option.rect;
        painter->fillRect(r, selected ? palette::accent.lighter(185) : palette::surface);
        if (selected)
            painter->fillRect(QRect(r.left(), r.top(), 3, r.height()), palette::accent);

        int x = r.left() + 12;
        const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
        if (!icon.isNull()) {
            icon.paint(painter, QRect(x, r.center().y() - 9, 18, 18));
        }
        x += 28;

        const QString kind = index.data(CommandPaletteModel::KindLabelRole).toString();
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.85);
        const QFontMetrics smallMetrics(small);
        const int chipWidth = smallMetrics.horizontalAdvance(kind) + 14;
        const QRect chip(r.right() - chipWidth - 12, r.center().y() - smallMetrics.height() / 2 - 2, chipWidth,
                         smallMetrics.height() + 4);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette::sidebar);
        painter->drawRoundedRect(chip, 4, 4);
        painter->setFont(small);
        painter->setPen(palette::mutedText);
        painter->drawText(chip, Qt::AlignCenter, kind);

        const int textWidth = chip.left() - 12 - x;
        QFont bold = option.font;
        bold.setBold(true);
        const QFontMetrics boldMetrics(bold);
        painter->setFont(bold);
        painter->setPen(palette::text);
        const int lineHeight = option.fontMetrics.height();
        painter->drawText(QRect(x, r.top() + 6, textWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                          boldMetrics.elidedText(index.data().toString(), Qt::ElideRight, textWidth));
        painter->setFont(option.font);
        painter->setPen(palette::mutedText);
        painter->drawText(QRect(x, r.top() + 6 + lineHeight, textWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                          option.fontMetrics.elidedText(index.data(CommandPaletteModel::SubtitleRole).toString(),
                                                        Qt::ElideRight, textWidth));
        painter->restore();
    }
};
} // namespace

CommandPalette::CommandPalette(sync::LocalReplica *replica, const QList<CommandPaletteModel::PageEntry> &pages,
                               QWidget *parent)
    : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint)
{
    setObjectName(QStringLiteral("commandPalette"));
    setAccessibleName(tr("Recherche globale"));
    m_model = new CommandPaletteModel(replica, this);
    m_model->setPages(pages);

    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("paletteFrame"));
    frame->setStyleSheet(QStringLiteral("#paletteFrame { background: %1; border: 1px solid %2; border-radius: 8px; }")
                             .arg(palette::surface.name(), palette::border.name()));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(frame);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->setSpacing(8);

    m_search = new QLineEdit(frame);
    m_search->setObjectName(QStringLiteral("paletteSearch"));
    m_search->setPlaceholderText(tr("Rechercher un prospect, un rendez-vous, une action ou une page…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Recherche globale"));
    QFont big = m_search->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_search->setFont(big);
    m_search->setMinimumHeight(34);
    m_search->installEventFilter(this);

    m_view = new QListView(frame);
    m_view->setObjectName(QStringLiteral("paletteResults"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ResultDelegate(m_view));
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setUniformItemSizes(true);
    m_view->setFocusPolicy(Qt::NoFocus); // the keys stay in the search box
    m_view->setAccessibleName(tr("Résultats"));

    m_empty = new QLabel(frame);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: %1; padding: 24px;").arg(palette::mutedText.name()));
    m_empty->hide();

    auto *hint = new QLabel(tr("↑ ↓ pour choisir · Entrée pour ouvrir · Échap pour fermer"), frame);
    hint->setStyleSheet(QStringLiteral("color: %1;").arg(palette::mutedText.name()));
    QFont hintFont = hint->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 0.85);
    hint->setFont(hintFont);

    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(hint);
    resize(640, 460);

    connect(m_search, &QLineEdit::textChanged, this, &CommandPalette::onQueryChanged);
    connect(m_view, &QListView::clicked, this, &CommandPalette::activate);
    onQueryChanged(QString());
}

void CommandPalette::popup(QWidget *anchor)
{
    m_search->clear();
    onQueryChanged(QString());
    if (anchor) {
        const QRect area(anchor->mapToGlobal(QPoint(0, 0)), anchor->size());
        const int width = qMin(680, qMax(420, area.width() - 80));
        resize(width, qMin(480, qMax(300, area.height() - 120)));
        move(area.left() + (area.width() - width) / 2, area.top() + 70);
    }
    show();
    raise();
    activateWindow();
    m_search->setFocus();
}

void CommandPalette::onQueryChanged(const QString &text)
{
    m_model->setQuery(text);
    const bool none = m_model->rowCount() == 0;
    m_view->setVisible(!none);
    m_empty->setVisible(none);
    if (none)
        m_empty->setText(tr("Aucun résultat pour « %1 ».\nEssayez le nom de l'entreprise, la ville, le code postal ou "
                            "l'objet d'un rendez-vous.")
                             .arg(text.trimmed()));
    else
        m_view->setCurrentIndex(m_model->index(0));
}

void CommandPalette::moveSelection(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : 0;
    const int next = qBound(0, current + delta, rows - 1);
    m_view->setCurrentIndex(m_model->index(next));
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            moveSelection(1);
            return true;
        case Qt::Key_Up:
            moveSelection(-1);
            return true;
        case Qt::Key_PageDown:
            moveSelection(5);
            return true;
        case Qt::Key_PageUp:
            moveSelection(-5);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            activateCurrent();
            return true;
        case Qt::Key_Escape:
            reject();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::activateCurrent()
{
    activate(m_view->currentIndex());
}

void CommandPalette::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const auto kind = CommandPaletteModel::Kind(index.data(CommandPaletteModel::KindRole).toInt());
    const QString target = index.data(CommandPaletteModel::TargetRole).toString();
    accept();
    switch (kind) {
    case CommandPaletteModel::Kind::Page:
        emit pageRequested(target);
        break;
    case CommandPaletteModel::Kind::Prospect:
        emit recordRequested(QStringLiteral("prospects"), target);
        break;
    case CommandPaletteModel::Kind::Rdv:
        emit recordRequested(QStringLiteral("rdvs"), target);
        break;
    case CommandPaletteModel::Kind::Action:
        emit recordRequested(QStringLiteral("actions"), target);
        break;
    case CommandPaletteModel::Kind::Opportunity:
        emit recordRequested(QStringLiteral("opportunities"), target);
        break;
    }
}

} // namespace hector::ui
