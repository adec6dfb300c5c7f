#include "ui/AccountPage.h"

#include "core/Roles.h"
#include "sync/ClientSettings.h"
#include "sync/CredentialStore.h"
#include "sync/ServerAddress.h"
#include "sync/SessionManager.h"
#include "ui/FormSupport.h"
#include "ui/Icons.h"
#include "ui/MessageBanner.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <utility>

namespace hector::ui {

using sync::ClientSettings;
using sync::CredentialStore;
using sync::SessionManager;

AccountPage::AccountPage(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("accountPage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);

    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("contentArea"));
    scroll->setWidget(content);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(24, 16, 24, 24);
    column->setSpacing(14);

    // A readable column: up to 860 px wide, on the left of wider windows.
    auto *inner = new QWidget(content);
    inner->setMaximumWidth(860);
    auto *layout = new QVBoxLayout(inner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(inner, 1);
    row->addStretch(0);
    column->addLayout(row);
    column->addStretch(1);

    layout->addWidget(m_banner);

    // Identity card.
    auto *card = new QGroupBox(tr("Identité"), inner);
    auto *cardLayout = new QHBoxLayout(card);
    cardLayout->setSpacing(16);
    m_avatar = new QLabel(card);
    m_avatar->setFixedSize(64, 64);
    auto *identity = new QVBoxLayout;
    identity->setSpacing(3);
    m_name = new QLabel(card);
    m_name->setObjectName(QStringLiteral("accountName"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.45);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_roleLine = makeHint(QString(), card);
    m_roleLine->setObjectName(QStringLiteral("accountRoleLine"));
    identity->addWidget(m_name);
    identity->addWidget(m_roleLine);
    identity->addStretch(1);
    cardLayout->addWidget(m_avatar, 0, Qt::AlignTop);
    cardLayout->addLayout(identity, 1);
    m_reloadButton = new QPushButton(tr("&Actualiser"), card);
    m_reloadButton->setObjectName(QStringLiteral("reloadButton"));
    m_reloadButton->setToolTip(tr("Recharger les informations du compte depuis le serveur"));
    cardLayout->addWidget(m_reloadButton, 0, Qt::AlignTop);
    layout->addWidget(card);

    auto makeForm = [](QGroupBox *box) {
        auto *form = new QFormLayout(box);
        form->setHorizontalSpacing(18);
        form->setVerticalSpacing(8);
        form->setLabelAlignment(Qt::AlignLeft);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        return form;
    };

    auto *accountBox = new QGroupBox(tr("Compte"), inner);
    QFormLayout *accountForm = makeForm(accountBox);
    m_email = addField(accountForm, tr("E-mail :"), QStringLiteral("accountEmail"));
    m_role = addField(accountForm, tr("Rôle :"), QStringLiteral("accountRole"));
    m_organization
        = addField(accountForm, tr("Organisation :"), QStringLiteral("accountOrganization"));
    m_entity = addField(accountForm, tr("Entité :"), QStringLiteral("accountEntity"));
    m_country = addField(accountForm, tr("Pays :"), QStringLiteral("accountCountry"));
    layout->addWidget(accountBox);

    auto *sessionBox = new QGroupBox(tr("Session"), inner);
    QFormLayout *sessionForm = makeForm(sessionBox);
    m_lastLogin
        = addField(sessionForm, tr("Dernière connexion :"), QStringLiteral("accountLastLogin"));
    m_sessionKind
        = addField(sessionForm, tr("Type de session :"), QStringLiteral("accountSessionKind"));
    m_keychain
        = addField(sessionForm, tr("Trousseau système :"), QStringLiteral("accountKeychain"));
    m_server = addField(sessionForm, tr("Serveur :"), QStringLiteral("accountServer"));
    layout->addWidget(sessionBox);

    auto *prefsBox = new QGroupBox(tr("Préférences"), inner);
    QFormLayout *prefsForm = makeForm(prefsBox);
    m_language = new QComboBox(prefsBox);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Langue du système"), QString());
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    auto *languageRow = new QVBoxLayout;
    languageRow->setSpacing(4);
    languageRow->addWidget(m_language, 0, Qt::AlignLeft);
    languageRow->addWidget(makeHint(tr("La nouvelle langue s'applique au prochain démarrage de "
                                       "Hector."),
                                    prefsBox));
    auto *languageLabel = new QLabel(tr("&Langue de l'interface :"), prefsBox);
    languageLabel->setMinimumWidth(170);
    languageLabel->setBuddy(m_language);
    prefsForm->addRow(languageLabel, languageRow);
    layout->addWidget(prefsBox);

    if (m_context.settings) {
        const int index = m_language->findData(m_context.settings->language());
        m_language->setCurrentIndex(index < 0 ? 0 : index);
    } else {
        m_language->setEnabled(false);
    }
    connect(m_language, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_context.settings) {
            m_context.settings->setValue(ClientSettings::Key::Language,
                                         m_language->itemData(index).toString());
            m_context.settings->sync();
        }
    });

    SessionManager *session = m_context.session;
    connect(m_reloadButton, &QPushButton::clicked, this, &AccountPage::reload);
    connect(session, &SessionManager::userChanged, this, [this] {
        if (std::exchange(m_reloading, false)) {
            m_reloadButton->setEnabled(true);
            m_banner->showMessage(MessageBanner::Kind::Success, tr("Informations à jour."));
        }
        refresh();
    });
    connect(session, &SessionManager::requestFailed, this, [this](const Error &error) {
        if (std::exchange(m_reloading, false)) {
            m_reloadButton->setEnabled(true);
            m_banner->showMessage(MessageBanner::Kind::Error, error.message);
        }
    });
    connect(session, &SessionManager::persistenceChanged, this, &AccountPage::refresh);
    connect(session, &SessionManager::tokensRefreshed, this, &AccountPage::refresh);
    connect(
        session->credentials(), &CredentialStore::availabilityChanged, this, &AccountPage::refresh);

    QWidget::setTabOrder(m_reloadButton, m_language);
    refresh();
}

QLabel *AccountPage::addField(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(form->parentWidget());
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *caption = new QLabel(label, form->parentWidget());
    caption->setMinimumWidth(170); // same column in every group
    QPalette p = caption->palette();
    p.setColor(QPalette::WindowText, QColor(0x5f, 0x6b, 0x7a));
    caption->setPalette(p);
    form->addRow(caption, value);
    return value;
}

QString AccountPage::displayedName() const
{
    return m_name->text();
}

QString AccountPage::countryName(const QString &code)
{
    const QString c = code.trimmed().toUpper();
    if (c == QLatin1String("FR"))
        return tr("France");
    if (c == QLatin1String("LU"))
        return tr("Luxembourg");
    if (c == QLatin1String("BE"))
        return tr("Belgique");
    if (c == QLatin1String("CH"))
        return tr("Suisse");
    if (c == QLatin1String("DE"))
        return tr("Allemagne");
    if (c == QLatin1String("ES"))
        return tr("Espagne");
    if (c == QLatin1String("IT"))
        return tr("Italie");
    if (c == QLatin1String("NL"))
        return tr("Pays-Bas");
    if (c == QLatin1String("GB"))
        return tr("Royaume-Uni");
    if (c == QLatin1String("MC"))
        return tr("Monaco");
    return c;
}

QString AccountPage::formatDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime local = dateTime.toLocalTime();
    const QLocale locale;
    return tr("%1 à %2").arg(locale.toString(local.date(), QLocale::LongFormat),
                             locale.toString(local.time(), QLocale::ShortFormat));
}

void AccountPage::reload()
{
    m_banner->clear();
    m_reloading = true;
    m_reloadButton->setEnabled(false);
    m_context.session->reloadUser();
}

void AccountPage::refresh()
{
    const SessionManager *session = m_context.session;
    const UserDto &user = session->user();
    const QString name = user.displayName();
    m_avatar->setPixmap(icons::avatar(name, 64, devicePixelRatioF()));
    m_name->setText(name);
    const QString roleText = roleLabel(user.role);
    m_roleLine->setText(user.organizationName.isEmpty()
                            ? roleText
                            : tr("%1 · %2").arg(roleText, user.organizationName));
    m_email->setText(user.email);
    m_role->setText(roleText);
    const QString dash = QStringLiteral("—");
    m_organization->setText(user.organizationName.isEmpty() ? dash : user.organizationName);
    m_entity->setText(user.entityName.isEmpty() ? dash : user.entityName);
    m_country->setText(
        user.entityCountry.isEmpty()
            ? dash
            : tr("%1 (%2)").arg(countryName(user.entityCountry), user.entityCountry.toUpper()));
    m_lastLogin->setText(user.lastLoginAt.isValid() ? formatDateTime(user.lastLoginAt)
                                                    : tr("Première connexion"));

    const CredentialStore *store = session->credentials();
    QString kind;
    if (session->isPersisted()) {
        kind = session->refreshExpiresAt().isValid()
                   ? tr("Mémorisée sur cet ordinateur jusqu'au %1")
                         .arg(QLocale().toString(session->refreshExpiresAt().toLocalTime().date(),
                                                 QLocale::LongFormat))
                   : tr("Mémorisée sur cet ordinateur");
    } else if (session->rememberMe()
               && store->availability() == CredentialStore::Availability::Unavailable) {
        kind = tr("Cette session uniquement : « Se souvenir de moi » a été demandé, mais aucun "
                  "trousseau système ne peut la conserver");
    } else if (session->rememberMe()) {
        kind = tr("Mémorisation dans le trousseau système en cours…");
    } else {
        kind = tr("Cette session uniquement : elle se termine à la fermeture de Hector");
    }
    m_sessionKind->setText(kind);

    switch (store->availability()) {
    case CredentialStore::Availability::Available:
        m_keychain->setText(tr("Disponible"));
        break;
    case CredentialStore::Availability::Unavailable:
        m_keychain->setText(store->unavailableReason());
        break;
    case CredentialStore::Availability::Unknown:
        m_keychain->setText(tr("Non vérifié"));
        break;
    }
    m_server->setText(sync::serverUrlToString(session->serverUrl()));
}

} // namespace hector::ui
