#pragma once

#include "ui/crm/CrmRecordDialog.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QTimeEdit;

namespace hector::ui {

// Creates or edits an appointment in the local replica (offline: the change goes to the outbox).
// The checks are core's validateRow(), the same as the server's. « Supprimer » closes the dialog
// with DeleteRequested: the page confirms, deletes and offers to undo.
class RdvDialog : public CrmRecordDialog
{
    Q_OBJECT
public:
    // `id` empty: a new appointment, owned by `me`.
    RdvDialog(sync::LocalReplica *replica, const UserDto &me, const QString &id, QWidget *parent = nullptr);

    // For a new appointment: its start (the end follows the duration) and its prospect
    // (setProspect()).
    void setStart(const QDateTime &start);

    QString rdvId() const { return m_id; }

    QDateEdit *dateEdit() const { return m_date; }
    QTimeEdit *timeEdit() const { return m_time; }
    QComboBox *durationBox() const { return m_duration; }
    QLineEdit *locationEdit() const { return m_location; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *reminderBox() const { return m_reminder; }

private:
    void load();
    void onProspectChanged(const QString &prospectId);
    void selectDuration(int minutes);
    void updateEnd();
    QDateTime startTime() const;
    QVariantMap values() const override;
    QString unresolvedProspectText() const override;

    QString m_autoLocation; // the location filled from the prospect's address
    bool m_loading = false;
    QDateEdit *m_date;
    QTimeEdit *m_time;
    QComboBox *m_duration;
    QLabel *m_end;
    QLineEdit *m_location;
    QComboBox *m_status;
    QComboBox *m_reminder;
};

} // namespace hector::ui
