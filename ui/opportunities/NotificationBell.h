#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QFrame>
#include <QPointer>
#include <QToolButton>

class QLabel;
class QListView;
class QPushButton;

namespace hector::sync {
class LocalReplica;
}

namespace hector::ui {

// The unread notifications of the signed-in user (the server's stagnation job writes them;
// row-level security gives each user only theirs), newest first.
class NotificationModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, BodyRole, AgeRole, RelatedTableRole, RelatedIdRole };
    struct Item
    {
        QString id;
        QString kind;
        QString title;
        QString body;
        QString relatedTable;
        QString relatedId;
        QDateTime created;
    };

    NotificationModel(sync::LocalReplica *replica, const QString &userId, QObject *parent = nullptr);

    void reload();
    const Item *item(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    void reloaded();

private:
    QPointer<sync::LocalReplica> m_replica;
    QString m_userId;
    QList<Item> m_items;
};

// The bell of the main window's header: the number of unread notifications on it, a click shows
// them; choosing one opens its record (openRequested: the main window's openRecord) and marks it
// read (read_at, through the outbox). Hidden behind no count: the bell stays, greyed when empty.
class NotificationBell : public QToolButton
{
    Q_OBJECT
public:
    NotificationBell(sync::LocalReplica *replica, const QString &userId, QWidget *parent = nullptr);

    NotificationModel *model() const { return m_model; }
    int unreadCount() const { return m_model->rowCount(); }
    // The list of notifications (a popup under the bell).
    void showPopup();
    QFrame *popup() const { return m_popup; }
    QListView *popupList() const { return m_list; }
    // Marks the notification read and asks to open its record.
    void open(const QString &notificationId);
    void markAllRead();

signals:
    void openRequested(const QString &table, const QString &id);

private:
    void updateBadge();

    sync::LocalReplica *m_replica;
    NotificationModel *m_model;
    QFrame *m_popup;
    QLabel *m_popupTitle;
    QListView *m_list;
    QLabel *m_empty;
    QPushButton *m_readAll;
};

} // namespace hector::ui
