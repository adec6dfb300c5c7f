#pragma once

#include "core/Dto.h"

#include <QDialog>
#include <QVariantMap>

class QComboBox;
class QDateEdit;
class QLabel;
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

// Creates or edits an appointment in the local replica (offline: the change goes to the outbox).
// The checks are core's validateRow(), the same as the server's. « Supprimer » closes the dialog
// with DeleteRequested: the page confirms, deletes and offers to undo.
class RdvDialog : public QDialog
{
    Q_OBJECT
public:
    enum { DeleteRequested = 2 };

    // `id` empty: a new appointment, owned by `me`.
    RdvDialog(sync::LocalReplica *replica, const UserDto &me, const QString &id, QWidget *parent = nullptr);

    // For a new appointment: its start (the end follows the duration) and its prospect.
    void setStart(const QDateTime &start);
    void setProspect(const QString &prospectId);

    QString rdvId() const { return m_id; }
    void accept() override;

    QLineEdit *titleEdit() const { return m_title; }
    ProspectPicker *prospectPicker() const { return m_prospect; }
    QDateEdit *dateEdit() const { return m_date; }
    QTimeEdit *timeEdit() const { return m_time; }
    QComboBox *durationBox() const { return m_duration; }
    QLineEdit *locationEdit() const { return m_location; }
    QComboBox *ownerBox() const { return m_owner; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *reminderBox() const { return m_reminder; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    MessageBanner *banner() const { return m_banner; }

private:
    void load();
    void onProspectChanged(const QString &prospectId);
    void selectDuration(int minutes);
    void updateEnd();
    QDateTime startTime() const;
    QString targetEntity() const;
    QVariantMap values() const;

    sync::LocalReplica *m_replica;
    UserDto m_me;
    QString m_id;
    QVariantMap m_original;
    QString m_autoLocation; // the location filled from the prospect's address
    bool m_loading = false;
    MessageBanner *m_banner;
    QLineEdit *m_title;
    ProspectPicker *m_prospect;
    QDateEdit *m_date;
    QTimeEdit *m_time;
    QComboBox *m_duration;
    QLabel *m_end;
    QLineEdit *m_location;
    QComboBox *m_owner;
    QComboBox *m_status;
    QComboBox *m_reminder;
    QPlainTextEdit *m_notes;
    QPushButton *m_delete;
};

} // namespace hector::ui
