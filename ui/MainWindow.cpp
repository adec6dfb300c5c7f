#include "ui/MainWindow.h"

#include "core/Roles.h"
#include "sync/ClientSettings.h"
#include "sync/ConnectionMonitor.h"
#include "ui/sync/SyncStatusWidget.h"
#include "sync/ServerAddress.h"
#include "sync/SessionManager.h"
#include "ui/AccountPage.h"
#include "ui/Icons.h"
#include "ui/Logging.h"
#include "ui/Theme.h"

#include "ui/RecordOpener.h"
#include "ui/opportunities/NotificationBell.h"
#include "ui/palette/CommandPalette.h"

#include <QAction>
#include <QPushButton>
#include <QApplication>
#include <QCloseEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace hector::ui {

using sync::ConnectionMonitor;
using sync::SessionManager;

namespace {
constexpr int kPageIdRole = Qt::UserRole + 1;
} // namespace

MainWindow::MainWindow(const PageContext &context, const PageRegistry &registry, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Hector"));
    setWindowIcon(icons::appIcon());

    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(buildHeader());
    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(buildSidebar());
    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("pageStack"));
    body->addWidget(m_stack, 1);
    column->addLayout(body, 1);
    setCentralWidget(central);

    buildMenus();
    buildStatusBar();

    connect(m_context.session, &SessionManager::userChanged, this, &MainWindow::updateUser);
    if (m_context.monitor) {
        connect(m_context.monitor,
                &ConnectionMonitor::statusChanged,
                this,
                &MainWindow::updateConnection);
        connect(m_context.monitor,
                &ConnectionMonitor::checkingChanged,
                this,
                &MainWindow::updateConnection);
        connect(
            m_context.monitor, &ConnectionMonitor::checked, this, &MainWindow::updateConnection);
    }
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &MainWindow::updateConnection);
    m_countdown.start();

    updateUser();
    updateConnection();
    setMinimumSize(960, 600);
    restoreWindowState();

    const QString first = m_registry.defaultPageId(m_context.session->user());
    if (!first.isEmpty())
        showPage(first);
    m_sidebar->setFocus();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::buildHeader()
{
    auto *header = new QFrame(this);
    header->setObjectName(QStringLiteral("header"));
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(16, 8, 12, 8);
    layout->setSpacing(10);

    auto *logo = new QLabel(header);
    logo->setPixmap(icons::appPixmap(30, devicePixelRatioF()));
    logo->setFixedSize(30, 30);
    auto *appName = new QLabel(tr("Hector"), header);
    QFont appFont = appName->font();
    appFont.setPointSizeF(appFont.pointSizeF() * 1.3);
    appFont.setBold(true);
    appName->setFont(appFont);
    auto *separator = new QFrame(header);
    separator->setFrameShape(QFrame::VLine);
    separator->setFixedHeight(22);
    QPalette sepPalette = separator->palette();
    sepPalette.setColor(QPalette::WindowText, palette::border);
    separator->setPalette(sepPalette);
    m_pageTitle = new QLabel(header);
    m_pageTitle->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_pageTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_pageTitle->setFont(titleFont);

    m_userButton = new QToolButton(header);
    m_userButton->setObjectName(QStringLiteral("userButton"));
    m_userButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_userButton->setPopupMode(QToolButton::InstantPopup);
    m_userButton->setAutoRaise(true);
    m_userButton->setIconSize(QSize(30, 30));
    m_userButton->setAccessibleName(tr("Menu du compte"));

    layout->addWidget(logo);
    layout->addWidget(appName);
    layout->addSpacing(6);
    layout->addWidget(separator);
    layout->addSpacing(6);
    layout->addWidget(m_pageTitle, 1);
    // The command palette, also on Ctrl+K.
    auto *search = new QPushButton(icons::searchIcon(), tr("Rechercher…   Ctrl+K"), header);
    search->setObjectName(QStringLiteral("paletteButton"));
    search->setFocusPolicy(Qt::NoFocus);
    search->setToolTip(tr("Rechercher un prospect, un rendez-vous, une action, une opportunité ou une page (Ctrl+K)"));
    search->setStyleSheet(QStringLiteral("QPushButton#paletteButton { color: %1; border: 1px solid %2; border-radius: 6px;"
                                         " padding: 5px 14px; background: %3; text-align: left; }"
                                         "QPushButton#paletteButton:hover { border-color: %4; }")
                              .arg(palette::mutedText.name(), palette::border.name(), palette::window.name(),
                                   palette::accent.name()));
    search->setMinimumWidth(220);
    connect(search, &QPushButton::clicked, this, &MainWindow::openCommandPalette);
    layout->addWidget(search);
    // The user's unread notifications (stagnant opportunities): a bell that opens their record.
    if (m_context.replica && m_context.session) {
        auto *bell = new NotificationBell(m_context.replica, m_context.session->user().id, header);
        connect(bell, &NotificationBell::openRequested, this, &MainWindow::openRecord);
        layout->addWidget(bell);
    }
    layout->addSpacing(8);
    layout->addWidget(m_userButton);
    return header;
}

QWidget *MainWindow::buildSidebar()
{
    m_sidebar = new QTreeWidget(this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setHeaderHidden(true);
    m_sidebar->setRootIsDecorated(false);
    m_sidebar->setItemsExpandable(false);
    m_sidebar->setIndentation(0); // families are told apart by their small capitals
    m_sidebar->setIconSize(QSize(18, 18));
    m_sidebar->setFixedWidth(230);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setAccessibleName(tr("Navigation"));
    m_sidebar->setSelectionMode(QAbstractItemView::SingleSelection);

    const UserDto &user = m_context.session->user();
    for (const PageFamily &family : m_registry.families(user)) {
        auto *familyItem = new QTreeWidgetItem(m_sidebar, QStringList{family.title.toUpper()});
        familyItem->setFlags(Qt::ItemIsEnabled);
        QFont font = m_sidebar->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 0.85);
        font.setLetterSpacing(QFont::AbsoluteSpacing, 0.6);
        familyItem->setFont(0, font);
        familyItem->setForeground(0, palette::mutedText);
        // Air above every family title but the first, text at the bottom of the taller row.
        if (m_sidebar->topLevelItemCount() > 1) {
            familyItem->setSizeHint(0, QSize(0, 36));
            familyItem->setTextAlignment(0, Qt::AlignLeft | Qt::AlignBottom);
        }
        for (const PageDescriptor &page : m_registry.pages(family.id, user)) {
            auto *item = new QTreeWidgetItem(familyItem, QStringList{page.title});
            item->setIcon(0, page.icon);
            item->setData(0, kPageIdRole, page.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_items.insert(page.id, item);
        }
    }
    m_sidebar->expandAll();
    connect(m_sidebar, &QTreeWidget::currentItemChanged, this, &MainWindow::onSidebarItemChanged);
    return m_sidebar;
}

void MainWindow::buildMenus()
{
    m_accountAction = new QAction(icons::accountIcon(), tr("&Mon compte"), this);
    connect(m_accountAction, &QAction::triggered, this, [this] {
        showPage(QString(pages::myAccount));
    });

    m_logoutAction = new QAction(tr("Se &déconnecter"), this);
    m_logoutAction->setObjectName(QStringLiteral("logoutAction"));
    m_logoutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    m_logoutAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_logoutAction, &QAction::triggered, this, &MainWindow::logoutRequested);

    m_quitAction = new QAction(tr("&Quitter"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    m_checkAction = new QAction(tr("&Vérifier la connexion"), this);
    m_checkAction->setObjectName(QStringLiteral("checkConnectionAction"));
    m_checkAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_checkAction, &QAction::triggered, this, [this] {
        if (m_context.monitor)
            m_context.monitor->checkNow();
    });

    m_searchAction = new QAction(tr("&Rechercher partout…"), this);
    m_searchAction->setObjectName(QStringLiteral("searchAction"));
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_searchAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_searchAction, &QAction::triggered, this, &MainWindow::openCommandPalette);
    addAction(m_searchAction);

    QMenu *accountMenu = menuBar()->addMenu(tr("&Compte"));
    accountMenu->addAction(m_accountAction);
    accountMenu->addSeparator();
    accountMenu->addAction(m_logoutAction);
    accountMenu->addAction(m_quitAction);

    QMenu *viewMenu = menuBar()->addMenu(tr("&Affichage"));
    int shortcut = 1;
    const UserDto &user = m_context.session->user();
    for (const PageFamily &family : m_registry.families(user)) {
        for (const PageDescriptor &page : m_registry.pages(family.id, user)) {
            QAction *go = viewMenu->addAction(page.icon, page.title);
            if (shortcut <= 9)
                go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + shortcut++)));
            const QString id = page.id;
            connect(go, &QAction::triggered, this, [this, id] { showPage(id); });
        }
    }
    viewMenu->addSeparator();
    viewMenu->addAction(m_searchAction);
    viewMenu->addAction(m_checkAction);

    QMenu *helpMenu = menuBar()->addMenu(tr("Ai&de"));
    QAction *about = helpMenu->addAction(tr("À &propos de Hector"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    // The user menu of the header.
    m_userMenu = new QMenu(this);
    m_userCard = new QLabel(m_userMenu);
    m_userCard->setContentsMargins(12, 8, 12, 8);
    m_userCard->setTextFormat(Qt::RichText);
    auto *card = new QWidgetAction(m_userMenu);
    card->setDefaultWidget(m_userCard);
    card->setEnabled(false);
    m_userMenu->addAction(card);
    m_userMenu->addSeparator();
    m_userMenu->addAction(m_accountAction);
    m_userMenu->addSeparator();
    m_userMenu->addAction(m_logoutAction);
    m_userMenu->addAction(m_quitAction);
    m_userButton->setMenu(m_userMenu);
}

void MainWindow::buildStatusBar()
{
    QStatusBar *bar = statusBar();
    bar->setSizeGripEnabled(true);
    auto *left = new QWidget(bar);
    auto *leftLayout = new QHBoxLayout(left);
    leftLayout->setContentsMargins(6, 0, 0, 0);
    leftLayout->setSpacing(6);
    m_connectionDot = new QLabel(left);
    m_connectionDot->setFixedSize(12, 12);
    m_connectionText = new QLabel(left);
    m_connectionText->setObjectName(QStringLiteral("connectionText"));
    auto *check = new QToolButton(left);
    check->setDefaultAction(m_checkAction);
    check->setAutoRaise(true);
    check->setToolButtonStyle(Qt::ToolButtonTextOnly);
    leftLayout->addWidget(m_connectionDot);
    leftLayout->addWidget(m_connectionText);
    leftLayout->addWidget(check);
    bar->addWidget(left, 1);
    if (m_context.syncEngine)
        bar->addPermanentWidget(new SyncStatusWidget(m_context.syncEngine, bar));

    m_serverLabel = new QLabel(bar);
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    m_versionLabel = new QLabel(bar);
    m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
    bar->addPermanentWidget(m_serverLabel);
    bar->addPermanentWidget(m_versionLabel);
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry
        = m_context.settings ? m_context.settings->windowGeometry() : QByteArray();
    if (!geometry.isEmpty() && restoreGeometry(geometry))
        return;
    QSize size(1280, 800);
    if (const QScreen *screen = QApplication::primaryScreen()) {
        const QRect available = screen->availableGeometry();
        size = size.boundedTo(available.size() - QSize(40, 60)).expandedTo(minimumSize());
        resize(size);
        move(available.center() - rect().center());
    } else {
        resize(size);
    }
}

void MainWindow::saveWindowState()
{
    if (m_context.settings) {
        m_context.settings->setValue(sync::ClientSettings::Key::WindowGeometry, saveGeometry());
        m_context.settings->sync();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
    emit quitRequested();
}

bool MainWindow::showPage(const QString &id)
{
    const PageDescriptor *page = m_registry.page(id);
    QTreeWidgetItem *item = m_items.value(id);
    if (!page || !item)
        return false;
    QWidget *widget = m_pages.value(id);
    if (!widget) {
        widget = page->create(m_context);
        if (!widget)
            return false;
        m_pages.insert(id, widget);
        m_stack->addWidget(widget);
    }
    m_currentPage = id;
    m_stack->setCurrentWidget(widget);
    m_pageTitle->setText(page->title);
    setWindowTitle(tr("%1 — Hector").arg(page->title));
    if (m_sidebar->currentItem() != item)
        m_sidebar->setCurrentItem(item);
    qCDebug(lcUi) << "page" << id;
    return true;
}

bool MainWindow::openRecord(const QString &table, const QString &id)
{
    const QString pageId = m_registry.recordPage(table);
    if (pageId.isEmpty() || !showPage(pageId))
        return false;
    auto *opener = dynamic_cast<RecordOpener *>(pageWidget(pageId));
    return opener && opener->openRecord(table, id);
}

void MainWindow::openCommandPalette()
{
    if (!m_palette) {
        QList<CommandPaletteModel::PageEntry> entries;
        const UserDto &user = m_context.session->user();
        for (const PageFamily &family : m_registry.families(user)) {
            for (const PageDescriptor &page : m_registry.pages(family.id, user))
                entries.append({page.id, page.title, page.icon});
        }
        m_palette = new CommandPalette(m_context.replica, entries, this);
        connect(m_palette, &CommandPalette::pageRequested, this, [this](const QString &id) { showPage(id); });
        connect(m_palette, &CommandPalette::recordRequested, this, &MainWindow::openRecord);
    }
    m_palette->popup(centralWidget());
}

void MainWindow::onSidebarItemChanged(QTreeWidgetItem *current)
{
    if (!current)
        return;
    const QString id = current->data(0, kPageIdRole).toString();
    if (!id.isEmpty() && id != m_currentPage)
        showPage(id);
}

QString MainWindow::currentPageId() const
{
    return m_currentPage;
}

QWidget *MainWindow::pageWidget(const QString &id) const
{
    return m_pages.value(id);
}

QString MainWindow::connectionText() const
{
    return m_connectionText->text();
}

QString MainWindow::userButtonText() const
{
    return m_userButton->text();
}

void MainWindow::updateUser()
{
    const UserDto &user = m_context.session->user();
    const QString name = user.displayName();
    const QString role = roleLabel(user.role);
    m_userButton->setIcon(QIcon(icons::avatar(name, 30, devicePixelRatioF())));
    m_userButton->setText(tr("%1\n%2").arg(name, role));
    m_userButton->setToolTip(tr("%1 — %2").arg(name, role));
    QString entity = user.entityName;
    m_userCard->setText(
        tr("<b>%1</b><br>%2<br><span style=\"color:#5f6b7a\">%3</span>")
            .arg(name.toHtmlEscaped(),
                 user.email.toHtmlEscaped(),
                 (entity.isEmpty() ? role : tr("%1 · %2").arg(role, entity)).toHtmlEscaped()));
}

void MainWindow::updateConnection()
{
    const QString server = sync::serverUrlToString(m_context.session->serverUrl());
    m_serverLabel->setText(tr("Serveur : %1").arg(server));
    const ConnectionMonitor *monitor = m_context.monitor;
    if (!monitor) {
        m_connectionText->clear();
        m_versionLabel->clear();
        return;
    }
    const QString version = monitor->serverVersion();
    m_versionLabel->setText(version.isEmpty() ? QString()
                                              : tr("Version du serveur : %1").arg(version));
    m_versionLabel->setVisible(!version.isEmpty());

    QColor color = palette::mutedText;
    QString text;
    QString tip;
    if (monitor->isChecking() && monitor->status() != ConnectionMonitor::Status::Online) {
        text = tr("Vérification de la connexion…");
    } else {
        switch (monitor->status()) {
        case ConnectionMonitor::Status::Unknown:
            text = tr("Vérification de la connexion…");
            break;
        case ConnectionMonitor::Status::Online:
            color = palette::success;
            text = tr("Connecté");
            break;
        case ConnectionMonitor::Status::Degraded:
            color = palette::warning;
            text = tr("Connecté — la base de données du serveur est indisponible");
            break;
        case ConnectionMonitor::Status::Offline: {
            color = palette::danger;
            const qint64 ms = monitor->msecsUntilNextCheck();
            text = ms >= 0 ? tr("Hors ligne — nouvelle tentative dans %1 s").arg((ms + 999) / 1000)
                           : tr("Hors ligne — nouvelle tentative en cours…");
            tip = monitor->lastError().message;
            break;
        }
        }
    }
    m_connectionText->setText(text);
    m_connectionText->setToolTip(tip);
    m_connectionDot->setPixmap(icons::dot(color, 12, devicePixelRatioF()));
    m_connectionDot->setToolTip(tip);
}

void MainWindow::showAbout()
{
    const QString server = m_context.monitor ? m_context.monitor->serverVersion() : QString();
    QMessageBox box(this);
    box.setWindowTitle(tr("À propos de Hector"));
    box.setIconPixmap(icons::appPixmap(64, devicePixelRatioF()));
    box.setText(tr("<b>Hector %1</b>").arg(QApplication::applicationVersion().toHtmlEscaped()));
    box.setInformativeText(
        server.isEmpty()
            ? tr("Gestion de la relation client.")
            : tr("Gestion de la relation client.\nVersion du serveur : %1").arg(server));
    box.setStandardButtons(QMessageBox::Close);
    box.exec();
}

} // namespace hector::ui
