#pragma once

#include "ui/admin/UserTableModel.h"

#include <QJsonArray>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace hector::sync {
class SessionManager;
}

namespace hector::ui {

class MessageBanner;
class UserDialog;

// « Utilisateurs » (administrators): the organisation's users read from the server (admin work
// is online), type-ahead search, role / entity / status filters, invitation, edit, resend of an
// invitation, deactivation with confirmation and « Annuler ».
class UsersPage : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPage(sync::SessionManager *session, QWidget *parent = nullptr);

    UserTableModel *model() const { return m_model; }
    UserFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    MessageBanner *banner() const { return m_banner; }
    bool isLoaded() const { return m_loaded; }
    // Managers see the accounts of their entities without changing them.
    bool isReadOnly() const { return m_readOnly; }

    void reload();
    void invite();
    void editCurrent();
    void resendInvitation();
    // Deactivates (after confirmation) or reactivates the selected user.
    void toggleActive();
    void undo();
    // Selects the row of that user (true when listed).
    bool select(const QString &userId);

signals:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateState();
    void applyFilters();
    const AdminUser *current() const;
    void setActive(const QString &userId, bool active, const QString &name, bool offerUndo);
    void showOffline(const QString &message);

    sync::SessionManager *m_session;
    UserTableModel *m_model;
    UserFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_roleFilter;
    QComboBox *m_entityFilter;
    QComboBox *m_statusFilter;
    QTableView *m_view;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QWidget *m_offline;
    QLabel *m_offlineText;
    QLabel *m_count;
    MessageBanner *m_banner;
    QPushButton *m_undo;
    QPushButton *m_edit;
    QPushButton *m_resend;
    QPushButton *m_toggle;
    QJsonArray m_entities;
    QString m_undoUserId;
    QString m_undoName;
    bool m_loaded = false;
    bool m_readOnly = false;
    QLabel *m_readOnlyHint = nullptr;
    bool m_loading = false;
};

} // namespace hector::ui
