#pragma once

#include "ui/PageRegistry.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace hector::ui {

class AdminTreeModel;
class MessageBanner;

// « Entités » (module 3): the entities of the organisation as a tree with their country flag,
// create / rename / move / delete (admins; confirmation, undo of a deletion) and the statistics
// of the selected entity. Online only: when the server cannot be reached it says so, with a
// retry button, and shows no data.
class EntitiesPage : public QWidget
{
    Q_OBJECT

public:
    explicit EntitiesPage(const PageContext &context, QWidget *parent = nullptr);

    AdminTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    MessageBanner *banner() const { return m_banner; }
    QString statsText() const;

    void reload();
    // The actions behind the buttons, after their dialog or confirmation.
    void createEntity(const QString &name, const QString &countryCode, const QString &parentId);
    void renameEntity(const QString &id, const QString &name);
    void moveEntity(const QString &id, const QString &parentId);
    void deleteEntity(const QString &id);
    void undoDelete();
    bool canUndo() const { return !m_deleted.isEmpty(); }
    void selectEntity(const QString &id);

signals:
    void loaded();
    void actionFinished(bool ok);

private:
    void showStats();
    void onCreateClicked();
    void onRenameClicked();
    void onMoveClicked();
    void onDeleteClicked();
    void updateButtons();
    QString selectedId() const;
    void write(int method, const QString &path, const QJsonObject &body, const QString &success,
               const QString &selectAfter);

    PageContext m_context;
    bool m_isAdmin = false;
    MessageBanner *m_banner;
    QPushButton *m_retry;
    QTreeView *m_tree;
    AdminTreeModel *m_model;
    QLabel *m_stats;
    QLabel *m_empty;
    QPushButton *m_create;
    QPushButton *m_rename;
    QPushButton *m_move;
    QPushButton *m_delete;
    QPushButton *m_undo;
    QHash<QString, QJsonObject> m_statsById;
    QJsonObject m_deleted;
};

} // namespace hector::ui
