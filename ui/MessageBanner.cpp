#include "ui/MessageBanner.h"

#include "ui/Icons.h"
#include "ui/Theme.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>

namespace hector::ui {

namespace {
struct Look
{
    const char *background;
    const char *border;
    const char *text;
    QColor badge;
    QChar glyph;
};

Look lookOf(MessageBanner::Kind kind)
{
    switch (kind) {
    case MessageBanner::Kind::Error:
        return {"#fdecea", "#e6a29b", "#7d1d14", palette::danger, u'!'};
    case MessageBanner::Kind::Warning:
        return {"#fff5e1", "#e9c37a", "#6b4300", palette::warning, u'!'};
    case MessageBanner::Kind::Info:
        return {"#e9f1fb", "#a8c5e8", "#1b4a7e", palette::accent, u'i'};
    case MessageBanner::Kind::Success:
        return {"#e8f5ec", "#9ccfaa", "#1c5a2c", palette::success, QChar(0x2713)};
    }
    return lookOf(MessageBanner::Kind::Info);
}
} // namespace

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(8);
    m_icon->setAlignment(Qt::AlignTop);
    m_icon->setFixedWidth(18);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("messageText"));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text)
{
    if (text.isEmpty()) {
        clear();
        return;
    }
    m_kind = kind;
    const Look look = lookOf(kind);
    setStyleSheet(QStringLiteral("#messageBanner { background: %1; border: 1px solid %2; "
                                 "border-radius: 5px; } #messageText { color: %3; }")
                      .arg(QLatin1String(look.background),
                           QLatin1String(look.border),
                           QLatin1String(look.text)));
    m_icon->setPixmap(icons::badge(look.badge, look.glyph, 16, devicePixelRatioF()));
    m_text->setText(text);
    setAccessibleName(text);
    show();
    if (kind == Kind::Error || kind == Kind::Warning) {
        QAccessibleEvent event(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

void MessageBanner::clear()
{
    m_text->clear();
    setAccessibleName(QString());
    hide();
}

MessageBanner::Kind MessageBanner::kind() const
{
    return m_kind;
}

QString MessageBanner::text() const
{
    return m_text->text();
}

} // namespace hector::ui
