#pragma once

#include "ui/admin/UserTableModel.h"

#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QProgressBar;

namespace hector::sync {
class SessionManager;
}

namespace hector::ui {

class MessageBanner;

// « Inviter un utilisateur » (POST /api/auth/register without a password: the server emails an
// invitation code) and « Modifier l'utilisateur » (PATCH /api/admin/users/:id, then .../role).
// Server errors (last administrator, unknown entity…) stay inline; the dialog closes on success.
class UserDialog : public QDialog
{
    Q_OBJECT
public:
    // `user` null: invitation of a new user.
    UserDialog(sync::SessionManager *session, const QJsonArray &entities, const AdminUser *user,
               QWidget *parent = nullptr);

    bool isInvitation() const { return m_userId.isEmpty(); }
    // After success: the user as the server returned it, and for an invitation its answer.
    const QJsonObject &result() const { return m_result; }

    void submit();

signals:
    void saved(const QJsonObject &user);

private:
    void setBusy(bool busy);
    void fail(const QString &message);
    void sendRole(const QJsonObject &userSoFar);

    sync::SessionManager *m_session;
    QString m_userId;
    AdminUser m_original;
    QLineEdit *m_email;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QComboBox *m_role;
    QComboBox *m_entity;
    QCheckBox *m_active = nullptr;
    MessageBanner *m_banner;
    QProgressBar *m_busy;
    QDialogButtonBox *m_buttons;
    QJsonObject m_result;
};

} // namespace hector::ui
