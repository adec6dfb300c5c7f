#pragma once

#include "core/Dto.h"

#include <QDialog>
#include <QVariantMap>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimeEdit;

namespace hector::sync {
class LocalReplica;
}

namespace hector::ui {

class MessageBanner;
class ProspectPicker;

// Creates or edits a sales action (appel, e-mail, visite, devis) in the local replica. Setting
// the status to « Terminé » stamps completed_at; leaving it clears the stamp.
class ActionDialog : public QDialog
{
    Q_OBJECT
public:
    enum { DeleteRequested = 2 };

    ActionDialog(sync::LocalReplica *replica, const UserDto &me, const QString &id, QWidget *parent = nullptr);

    void setProspect(const QString &prospectId);
    void setDue(const QDateTime &due);
    QString actionId() const { return m_id; }
    void accept() override;

    QComboBox *typeBox() const { return m_type; }
    QLineEdit *titleEdit() const { return m_title; }
    ProspectPicker *prospectPicker() const { return m_prospect; }
    QCheckBox *hasDueBox() const { return m_hasDue; }
    QDateEdit *dueDateEdit() const { return m_dueDate; }
    QTimeEdit *dueTimeEdit() const { return m_dueTime; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *ownerBox() const { return m_owner; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    MessageBanner *banner() const { return m_banner; }

private:
    void load();
    QString targetEntity() const;
    QVariantMap values() const;

    sync::LocalReplica *m_replica;
    UserDto m_me;
    QString m_id;
    QVariantMap m_original;
    MessageBanner *m_banner;
    QComboBox *m_type;
    QLineEdit *m_title;
    ProspectPicker *m_prospect;
    QCheckBox *m_hasDue;
    QDateEdit *m_dueDate;
    QTimeEdit *m_dueTime;
    QComboBox *m_status;
    QComboBox *m_owner;
    QPlainTextEdit *m_notes;
    QPushButton *m_delete;
};

} // namespace hector::ui
