#pragma once

#include "ui/PageRegistry.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace hector::ui {

class MessageBanner;

// « Mon compte »: who is signed in (name, e-mail, role, organisation, entity and country),
// the last sign-in, the kind of session and the keychain status; the interface language.
class AccountPage : public QWidget
{
    Q_OBJECT

public:
    explicit AccountPage(const PageContext &context, QWidget *parent = nullptr);

    // Displayed values, for tests and accessibility.
    QString displayedName() const;

    // French name of a country code (FR → « France »); the code itself when unknown.
    static QString countryName(const QString &code);
    // Date and time in the user's locale, e.g. « 25 novembre 2025 à 08:30 ».
    static QString formatDateTime(const QDateTime &dateTime);

private:
    void refresh();
    void reload();
    QLabel *addField(QFormLayout *form, const QString &label, const QString &objectName);

    PageContext m_context;
    MessageBanner *m_banner;
    QLabel *m_avatar;
    QLabel *m_name;
    QLabel *m_roleLine;
    QLabel *m_email;
    QLabel *m_role;
    QLabel *m_organization;
    QLabel *m_entity;
    QLabel *m_country;
    QLabel *m_lastLogin;
    QLabel *m_sessionKind;
    QLabel *m_keychain;
    QLabel *m_server;
    QComboBox *m_language;
    QPushButton *m_reloadButton;
    bool m_reloading = false;
};

} // namespace hector::ui
