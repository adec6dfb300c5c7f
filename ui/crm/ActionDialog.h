#pragma once

#include "ui/crm/CrmRecordDialog.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QTimeEdit;

namespace hector::ui {

// Creates or edits a sales action (appel, e-mail, visite, devis) in the local replica. Setting
// the status to « Terminé » stamps completed_at; leaving it clears the stamp.
class ActionDialog : public CrmRecordDialog
{
    Q_OBJECT
public:
    ActionDialog(sync::LocalReplica *replica, const UserDto &me, const QString &id, QWidget *parent = nullptr);

    void setDue(const QDateTime &due);
    QString actionId() const { return m_id; }

    QComboBox *typeBox() const { return m_type; }
    QCheckBox *hasDueBox() const { return m_hasDue; }
    QDateEdit *dueDateEdit() const { return m_dueDate; }
    QTimeEdit *dueTimeEdit() const { return m_dueTime; }
    QComboBox *statusBox() const { return m_status; }

private:
    void load();
    QVariantMap values() const override;
    QString unresolvedProspectText() const override;

    QComboBox *m_type;
    QCheckBox *m_hasDue;
    QDateEdit *m_dueDate;
    QTimeEdit *m_dueTime;
    QComboBox *m_status;
};

} // namespace hector::ui
