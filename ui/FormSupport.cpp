#include "ui/FormSupport.h"

#include "core/Validation.h"
#include "ui/Theme.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
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
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, palette::mutedText);
    label->setPalette(p);
    return label;
}

QLabel *makeDialogTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
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
    auto *title = new QLabel(text, parent);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    title->setFont(f);
    return title;
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
