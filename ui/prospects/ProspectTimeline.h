#pragma once

#include "ui/prospects/ProspectSupport.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QIcon>
#include <QStyledItemDelegate>
#include <QWidget>

class QListView;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace hector::ui {

class MessageBanner;

// One entry of a timeline (a prospect's, an opportunity's activities or notes) and its data for the
// roles TimelineDelegate paints (Qt's and ProspectTimelineModel::Role), so that other models
// can use the delegate.
struct TimelineEntry
{
    QDateTime when;
    QString title;
    QString author;
    QString text;
    QString id;
    QIcon icon;
};
QVariant timelineEntryData(const TimelineEntry &entry, int role);

// The timeline of a prospect, newest first: its appointments and actions, its notes, the field
// conflicts the server resolved (record_history), the local changes it refused (local history),
// and the record's milestones (created, qualified, enriched).
class ProspectTimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Kind { Note, Rdv, Action, Conflict, FieldChange, Refused, Created, Qualified, Enriched };
    Q_ENUM(Kind)
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind as int
        WhenRole,                    // QDateTime (local)
        TitleRole,                   // « Rendez-vous · Planifié »
        AuthorRole,                  // who (may be empty)
        DateTextRole,                // « 25/11/2026 10:30 »
        IdRole,                      // id of the note / RDV / action / history row
    };

    ProspectTimelineModel(sync::LocalReplica *replica, const QString &currentUserId, QObject *parent = nullptr);

    void setProspect(const QString &id);
    QString prospectId() const { return m_prospectId; }
    void reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        Kind kind;
        TimelineEntry entry;
    };

    sync::LocalReplica *m_replica;
    QString m_userId;
    QString m_prospectId;
    QList<Entry> m_entries;
};

// Paints an entry as a card: icon, « title · date · author », then the text wrapped to the width.
class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TimelineDelegate(QListView *view);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int textWidth(const QStyleOptionViewItem &option) const;
    QListView *m_view;
};

// « Chronologie » tab of a prospect: the note box (Ctrl+Entrée saves) above the timeline.
class ProspectTimeline : public QWidget
{
    Q_OBJECT
public:
    ProspectTimeline(const ProspectsContext &context, const QString &prospectId, QWidget *parent = nullptr);

    ProspectTimelineModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    MessageBanner *banner() const { return m_banner; }
    // Saves the typed note (author: the signed-in user); false with a French message when refused.
    bool addNote();

private:
    void updateState();

    ProspectsContext m_context;
    QString m_prospectId;
    ProspectTimelineModel *m_model;
    MessageBanner *m_banner;
    QPlainTextEdit *m_note;
    QPushButton *m_add;
    QStackedWidget *m_stack;
    QListView *m_view;
};

} // namespace hector::ui
