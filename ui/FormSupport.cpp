#include "ui/FormSupport.h"

#include "core/Validation.h"
#include "ui/MessageBanner.h"
#include "ui/Theme.h"

#include <QCoreApplication>
#include <QButtonGroup>
#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QTimer>
#include <QVBoxLayout>

namespace hector::ui {

QProgressBar *makeBusyBar(QWidget *parent)
{
    auto *bar = new QProgressBar(parent);
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setFixedHeight(6);
    bar->setObjectName(QStringLiteral("busyBar"));
    bar->hide();
    return bar;
}

QLabel *makeHint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    setMutedText(label);
    return label;
}

void setMutedText(QWidget *widget)
{
    QPalette p = widget->palette();
    p.setColor(QPalette::WindowText, palette::mutedText);
    widget->setPalette(p);
}

QLabel *makeBoldLabel(const QString &text, qreal scale, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *makeDialogTitle(const QString &text, QWidget *parent)
{
    QLabel *label = makeBoldLabel(text, 1.4, parent);
    label->setWordWrap(true);
    return label;
}

QDialogButtonBox *makeDialogButtons(QDialog *dialog, QDialogButtonBox::StandardButton okButton, const QString &okText,
                                    const QString &cancelText)
{
    auto *buttons = new QDialogButtonBox(okButton | QDialogButtonBox::Cancel, dialog);
    buttons->button(okButton)->setText(okText);
    buttons->button(QDialogButtonBox::Cancel)->setText(cancelText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

bool askConfirmation(QWidget *parent, const QString &caption, const QString &question)
{
    return QMessageBox::question(parent, caption, question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
           == QMessageBox::Yes;
}

QHBoxLayout *makeBannerWithUndo(QWidget *parent, const QString &undoText, Qt::Alignment undoAlignment,
                                MessageBanner **banner, QPushButton **undo)
{
    auto *row = new QHBoxLayout;
    *banner = new MessageBanner(parent);
    *undo = new QPushButton(undoText, parent);
    (*undo)->setObjectName(QStringLiteral("undoButton"));
    (*undo)->hide();
    row->addWidget(*banner, 1);
    row->addWidget(*undo, 0, undoAlignment);
    return row;
}

QHBoxLayout *makeViewButtons(QWidget *parent, QButtonGroup *group, const QList<ViewButton> &buttons, int height)
{
    group->setExclusive(true);
    auto *segment = new QHBoxLayout;
    segment->setSpacing(0);
    for (const ViewButton &b : buttons) {
        auto *button = new QToolButton(parent);
        button->setObjectName(QString::fromLatin1(b.objectName));
        button->setText(b.text);
        button->setToolTip(b.toolTip);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setMinimumHeight(height);
        button->setMinimumWidth(72);
        group->addButton(button, b.id);
        segment->addWidget(button);
    }
    if (!buttons.isEmpty())
        group->button(buttons.constFirst().id)->setChecked(true);
    return segment;
}

void setupRecordTable(QTableView *view, QAbstractItemView::SelectionMode selectionMode, int rowPadding)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(selectionMode);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + rowPadding);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
}

void setupPasswordField(QLineEdit *edit)
{
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase
                              | Qt::ImhSensitiveData);
}

void fitHeightToContents(QWidget *window)
{
    QTimer::singleShot(0, window, [window] {
        QLayout *layout = window->layout();
        if (!layout)
            return;
        layout->activate();
        const int width = window->width();
        int height = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                                 : layout->totalSizeHint().height();
        height = qMax(height, layout->totalMinimumSize().height());
        window->resize(width, height);
    });
}

Result<void> checkNewPassword(const QString &password, const QString &confirmation)
{
    if (password.isEmpty())
        return makeError(
            QStringLiteral("missing_password"),
            QCoreApplication::translate("hector::ui::FormSupport", "Choisissez un mot de passe."));
    if (const Result<void> policy = validation::checkPasswordPolicy(password); !policy)
        return policy.error();
    if (password != confirmation) {
        return makeError(
            QStringLiteral("password_mismatch"),
            QCoreApplication::translate("hector::ui::FormSupport",
                                        "Les deux mots de passe saisis ne sont pas identiques."));
    }
    return {};
}

Result<void> checkEmail(const QString &email)
{
    if (email.trimmed().isEmpty())
        return makeError(QStringLiteral("missing_email"),
                         QCoreApplication::translate("hector::ui::FormSupport",
                                                     "Saisissez votre adresse e-mail."));
    if (!validation::isValidEmail(email)) {
        return makeError(QStringLiteral("invalid_email"),
                         QCoreApplication::translate("hector::ui::FormSupport",
                                                     "L'adresse e-mail « %1 » n'est pas valide.")
                             .arg(email.trimmed()));
    }
    return {};
}

QLabel *makePageTitle(const QString &text, QWidget *parent)
{
    return makeBoldLabel(text, 1.5, parent);
}

QWidget *makeRetryPanel(QWidget *parent, QLabel **text, QPushButton **retry)
{
    auto *panel = new QWidget(parent);
    auto *layout = new QVBoxLayout(panel);
    layout->addStretch(1);
    *text = new QLabel(panel);
    (*text)->setObjectName(QStringLiteral("offlineText"));
    (*text)->setAlignment(Qt::AlignCenter);
    (*text)->setWordWrap(true);
    layout->addWidget(*text);
    *retry = new QPushButton(QCoreApplication::translate("hector::ui::FormSupport", "&Réessayer"), panel);
    (*retry)->setObjectName(QStringLiteral("retryButton"));
    layout->addWidget(*retry, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return panel;
}

} // namespace hector::ui
