#pragma once

#include "core/Dto.h"
#include "ui/Theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QLocale>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

namespace hector::test {

// Replaces the text of a line edit the way a user would: select all, then type.
inline void typeInto(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    for (QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(edit, char(c.unicode()));
        } else {
            // QTest::keyClicks() only knows ASCII: send accented letters as text events.
            QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
    QCOMPARE(edit->text(), text);
}

inline void click(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// The set-up of the screen tests on a replica: test paths (never the user's files), the client's
// theme, French formats.
inline void initScreenTests()
{
    QStandardPaths::setTestModeEnabled(true);
    ui::applyTheme(*qApp);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
}

// A signed-in user of the French entity `entityId` for the screens (no e-mail: none is shown).
inline UserDto frenchUser(const QString &id, Role role, const QString &firstName, const QString &lastName,
                          const QString &entityId)
{
    UserDto u;
    u.id = id;
    u.role = role;
    u.firstName = firstName;
    u.lastName = lastName;
    u.entityId = entityId;
    u.entityName = QStringLiteral("France");
    u.entityCountry = QStringLiteral("FR");
    return u;
}

// Saves a PNG of `widget` into $HECTOR_SCREENSHOT_DIR when that variable is set.
inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("HECTOR_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    QApplication::processEvents();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path))
        qWarning("could not save %s", qPrintable(path));
}

} // namespace hector::test
