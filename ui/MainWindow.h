#pragma once

#include "ui/PageRegistry.h"

#include <QHash>
#include <QMainWindow>
#include <QTimer>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace hector::ui {

// The main window: a header (current page, user menu), a sidebar listing the registered pages
// grouped by family, the pages, and a status bar with the server and the connection state.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const PageContext &context, const PageRegistry &registry, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool showPage(const QString &id);
    QString currentPageId() const;
    // Shows the page registered for `table` and asks it to open the record (RecordOpener).
    bool openRecord(const QString &table, const QString &id);
    // The command palette (Ctrl+K); created on first use.
    void openCommandPalette();
    class CommandPalette *commandPalette() const { return m_palette; }
    QWidget *pageWidget(const QString &id) const;

    // Text shown in the status bar about the connection (for tests and accessibility).
    QString connectionText() const;
    QString userButtonText() const;

    // Saves the window geometry in ClientSettings.
    void saveWindowState();

signals:
    void logoutRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildSidebar();
    void buildMenus();
    void buildStatusBar();
    void restoreWindowState();
    void updateUser();
    void updateConnection();
    void showAbout();
    void onSidebarItemChanged(QTreeWidgetItem *current);

    PageContext m_context;
    PageRegistry m_registry;
    QTreeWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QHash<QString, QWidget *> m_pages;
    QHash<QString, QTreeWidgetItem *> m_items;
    QString m_currentPage;
    QLabel *m_pageTitle = nullptr;
    QToolButton *m_userButton = nullptr;
    QMenu *m_userMenu = nullptr;
    QLabel *m_userCard = nullptr;
    QAction *m_accountAction = nullptr;
    QAction *m_logoutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_searchAction = nullptr;
    class CommandPalette *m_palette = nullptr;
    QLabel *m_connectionDot = nullptr;
    QLabel *m_connectionText = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_versionLabel = nullptr;
    QTimer m_countdown;
};

} // namespace hector::ui
