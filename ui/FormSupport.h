#pragma once

#include "core/Result.h"

#include <QAbstractItemView>
#include <QDialogButtonBox>
#include <QString>

class QButtonGroup;
class QDialog;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QWidget;

namespace hector::ui {

class MessageBanner;

// Small helpers shared by the dialogs, so that they look and behave alike.

// An indeterminate, thin progress bar (hidden until shown).
QProgressBar *makeBusyBar(QWidget *parent);
// A muted, word-wrapped explanation line.
QLabel *makeHint(const QString &text, QWidget *parent);
// A bold label, its font `scale` times the normal size.
QLabel *makeBoldLabel(const QString &text, qreal scale, QWidget *parent);
// The bold title at the top of a dialog.
QLabel *makeDialogTitle(const QString &text, QWidget *parent);
// Shows the text of `widget` (a label) in the muted colour of hints.
void setMutedText(QWidget *widget);
// The buttons at the bottom of a dialog: `okButton` (Ok, Save…) and Cancel, with the given
// texts, wired to accept() and reject() of `dialog`.
QDialogButtonBox *makeDialogButtons(QDialog *dialog, QDialogButtonBox::StandardButton okButton, const QString &okText,
                                    const QString &cancelText);
// Asks `question` in a Oui / Annuler box (Annuler by default); true when the user said yes.
bool askConfirmation(QWidget *parent, const QString &caption, const QString &question);
// A page's message banner with an undo button at its right ("undoButton", hidden until there is
// something to undo).
QHBoxLayout *makeBannerWithUndo(QWidget *parent, const QString &undoText, Qt::Alignment undoAlignment,
                                MessageBanner **banner, QPushButton **undo);
// The view switch of a page (« Semaine | Mois | Liste », « Tableau | Liste »): checkable buttons
// side by side in an exclusive `group`, each with its id, the first one checked.
struct ViewButton
{
    int id;
    QString text;
    QString toolTip;
    const char *objectName;
};
QHBoxLayout *makeViewButtons(QWidget *parent, QButtonGroup *group, const QList<ViewButton> &buttons, int height);
// The look of the record lists of the pages: whole rows selected (`selectionMode`), no row
// numbers, rows `rowPadding` pixels taller than the text, alternating colours, no wrapping,
// the last column stretched.
void setupRecordTable(QTableView *view, QAbstractItemView::SelectionMode selectionMode, int rowPadding);
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
