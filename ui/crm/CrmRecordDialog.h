#pragma once

#include "core/Dto.h"

#include <QDialog>
#include <QVariantMap>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QVBoxLayout;

namespace hector::sync {
class LocalReplica;
}

namespace hector::ui {

class MessageBanner;
class ProspectPicker;

// What the appointment and action dialogs share: the frame (title, message banner, a form,
// « Enregistrer » / « Annuler » / « Supprimer… »), the title, prospect, owner and notes fields,
// and the saving: core's validateRow() (the same checks as the server's), then a write to the
// local replica (offline: the change goes to the outbox). « Supprimer » closes the dialog with
// DeleteRequested: the page confirms, deletes and offers to undo.
//
// The texts are given by the subclasses, so that they are translated in their context.
class CrmRecordDialog : public QDialog
{
    Q_OBJECT
public:
    enum { DeleteRequested = 2 };

    void setProspect(const QString &prospectId);
    void accept() override;

    QLineEdit *titleEdit() const { return m_title; }
    ProspectPicker *prospectPicker() const { return m_prospect; }
    QComboBox *ownerBox() const { return m_owner; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    MessageBanner *banner() const { return m_banner; }

protected:
    // `id` empty: a new record of `table`, owned by `me`.
    CrmRecordDialog(sync::LocalReplica *replica, const UserDto &me, const QString &table, const QString &id,
                    QWidget *parent);

    // The form, built in this order: beginForm(), the rows (add…Row() for the shared fields, in
    // the order of the form), endForm().
    QFormLayout *beginForm(const QString &windowTitle, const QString &heading, int minimumWidth);
    void addTitleRow(QFormLayout *form, const QString &label, const QString &objectName, const QString &placeholder);
    void addProspectRow(QFormLayout *form, const QString &label);
    // The owner: me first, then the users of my entity; fixed for those who see only their records.
    void addOwnerRow(QFormLayout *form, const QString &label, const QString &objectName);
    void addNotesRow(QFormLayout *form, const QString &label, const QString &objectName, const QString &placeholder);
    // `tabs` given: the form is the first page of `tabs` (titled `formTabTitle`), and `tabs` takes
    // the place of the form in the dialog; the subclass adds its other pages.
    void endForm(QFormLayout *form, const QString &saveText, const QString &cancelText, const QString &deleteText,
                 QTabWidget *tabs = nullptr, const QString &formTabTitle = {});

    // Reads the saved record into m_original and fills the title and notes (when the form has
    // them: addNotesRow() is optional). False for a new
    // record, or when the record is gone (then `goneMessage` is shown).
    bool loadOriginal(const QString &goneMessage);
    // The owners of the record's entity, its owner selected.
    void selectOriginalOwner();
    // The prospect changed: the owners offered become those of its entity.
    void refillOwners();
    // The entity the record belongs to: its prospect's, else the record's, else mine.
    QString targetEntity() const;
    // The values of the shared fields (title, prospect, owner, notes when present, entity).
    QVariantMap commonValues() const;

    // Every value the subclass saves (commonValues() and its own fields).
    virtual QVariantMap values() const = 0;
    // The refusal of a prospect typed but not chosen in the list.
    virtual QString unresolvedProspectText() const = 0;

    sync::LocalReplica *m_replica;
    UserDto m_me;
    QString m_table;
    QString m_id;
    QVariantMap m_original;
    MessageBanner *m_banner = nullptr;
    QLineEdit *m_title = nullptr;
    ProspectPicker *m_prospect = nullptr;
    QComboBox *m_owner = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_delete = nullptr;

private:
    QVBoxLayout *m_layout = nullptr;
};

} // namespace hector::ui
