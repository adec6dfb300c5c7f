#pragma once

#include "core/Result.h"

#include <QString>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QWidget;

namespace hector::ui {

// Small helpers shared by the dialogs, so that they look and behave alike.

// An indeterminate, thin progress bar (hidden until shown).
QProgressBar *makeBusyBar(QWidget *parent);
// A muted, word-wrapped explanation line.
QLabel *makeHint(const QString &text, QWidget *parent);
// The bold title at the top of a dialog.
QLabel *makeDialogTitle(const QString &text, QWidget *parent);
// The panel an online page shows when the server cannot be reached: a centred French message
// (object name "offlineText") and a « Réessayer » button ("retryButton").
QWidget *makeRetryPanel(QWidget *parent, QLabel **text, QPushButton **retry);
// The large bold title at the top of a page of the main window.
QLabel *makePageTitle(const QString &text, QWidget *parent);
// Password entry: hidden characters, no input method suggestions.
void setupPasswordField(QLineEdit *edit);

// Keeps the window's width and fits its height to the content, once pending layout changes
// (banners shown or hidden, a step of a wizard) are done.
void fitHeightToContents(QWidget *window);

// Local checks before sending a new password: policy of hector::validation and confirmation.
Result<void> checkNewPassword(const QString &password, const QString &confirmation);
// Local check of an e-mail address; error message in French.
Result<void> checkEmail(const QString &email);

} // namespace hector::ui
