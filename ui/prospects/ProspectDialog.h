#pragma once

#include <QDialog>
#include <QVariantMap>

class QComboBox;
class QLineEdit;
class QTabWidget;
class QTreeWidget;

namespace hector::sync {
class LocalReplica;
}

namespace hector::ui {

class MessageBanner;

// Creates or edits a prospect in the local replica (offline-capable: the change goes to the
// outbox). The « Historique » tab lists the field conflicts the server resolved for this record
// (with the value that lost) and local changes the server refused.
class ProspectDialog : public QDialog
{
    Q_OBJECT
public:
    // `id` empty: a new prospect.
    ProspectDialog(sync::LocalReplica *replica, const QString &id, QWidget *parent = nullptr);

    QString prospectId() const { return m_id; }

    void accept() override;

private:
    void load();
    void loadHistory();
    void addHistoryEntry(const QString &date, const QString &field, const QString &kind, const QString &detail);
    QVariantMap values() const;

    sync::LocalReplica *m_replica;
    QString m_id;
    QVariantMap m_original;
    MessageBanner *m_banner;
    QTabWidget *m_tabs;
    QHash<QString, QLineEdit *> m_edits;
    QComboBox *m_entity;
    QComboBox *m_country;
    QComboBox *m_status;
    QComboBox *m_owner;
    QTreeWidget *m_history;
};

} // namespace hector::ui
