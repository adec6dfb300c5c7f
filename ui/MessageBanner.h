#pragma once

#include <QFrame>

class QLabel;

namespace hector::ui {

// An inline message inside a form: errors, warnings, information, success. Hidden when empty.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Error, Warning, Info, Success };
    Q_ENUM(Kind)

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    void clear();

    Kind kind() const;
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
    Kind m_kind = Kind::Info;
};

} // namespace hector::ui
