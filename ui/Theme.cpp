#include "ui/Theme.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace hector::ui {

void applyTheme(QApplication &app)
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);

    QPalette p = QApplication::style()->standardPalette();
    p.setColor(QPalette::Window, palette::window);
    p.setColor(QPalette::WindowText, palette::text);
    p.setColor(QPalette::Base, palette::surface);
    p.setColor(QPalette::AlternateBase, palette::window);
    p.setColor(QPalette::Text, palette::text);
    p.setColor(QPalette::Button, QColor(0xfb, 0xfc, 0xfd));
    p.setColor(QPalette::ButtonText, palette::text);
    p.setColor(QPalette::Highlight, palette::accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, palette::accent);
    p.setColor(QPalette::LinkVisited, palette::accentDark);
    p.setColor(QPalette::ToolTipBase, palette::surface);
    p.setColor(QPalette::ToolTipText, palette::text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x94, 0xa3));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0xa3, 0xae));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0xa3, 0xae));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0xa3, 0xae));
    QApplication::setPalette(p);

    QFont font = QApplication::font();
    if (font.pointSizeF() > 0 && font.pointSizeF() < 10)
        font.setPointSizeF(10);
    QApplication::setFont(font);

    app.setStyleSheet(QStringLiteral(R"(
#header {
    background: #ffffff;
    border-bottom: 1px solid #d5dbe3;
}
#sidebar {
    background: #eaeef3;
    border: none;
    border-right: 1px solid #d5dbe3;
    padding: 10px 8px;
    outline: 0;
    show-decoration-selected: 0;
}
#sidebar::branch {
    background: transparent;
}
#sidebar::item {
    padding: 6px 6px;
    border: 1px solid transparent;
    border-radius: 4px;
}
#sidebar::item:selected {
    background: #2f6fb0;
    color: #ffffff;
}
#sidebar::item:selected:focus {
    border: 1px solid #163a5f;
}
#sidebar::item:hover:!selected {
    background: #dde4ec;
}
#contentArea {
    background: #f4f6f8;
}
QGroupBox {
    background: #ffffff;
    border: 1px solid #d5dbe3;
    border-radius: 6px;
    margin-top: 14px;
    padding: 14px 12px 10px 12px;
    font-weight: bold;
}
QGroupBox::title {
    subcontrol-origin: margin;
    left: 10px;
    padding: 0 4px;
    color: #2f6fb0;
}
QGroupBox QLabel {
    font-weight: normal;
}
QPushButton[flat="true"] {
    color: #2f6fb0;
    border: none;
    padding: 2px 4px;
    text-decoration: underline;
}
QPushButton[flat="true"]:disabled {
    color: #9aa3ae;
}
QPushButton[flat="true"]:focus {
    border: 1px dotted #2f6fb0;
}
)"));
}

} // namespace hector::ui
