#pragma once

#include "core/Dto.h"
#include "ui/crm/CrmSupport.h"
#include "ui/prospects/ProspectTimeline.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QIcon>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace hector::sync {
class LocalReplica;
}

namespace hector::ui {

class MessageBanner;

// The activities or the notes of an opportunity, newest first. Its roles are those of
// ProspectTimelineModel, so that the prospect timeline's TimelineDelegate paints them alike.
class OpportunityFeedModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Kind { Activities, Notes };
    struct Entry
    {
        TimelineEntry timeline; // its title: « Appel sortant », « Note »
        QString kind;           // activities: appel, email, rdv, devis, autre
        QString direction;      // activities: sortant, entrant
    };

    OpportunityFeedModel(sync::LocalReplica *replica, Kind kind, QObject *parent = nullptr);

    void setOpportunity(const QString &id);
    void reload();
    const Entry *entry(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    sync::LocalReplica *m_replica;
    Kind m_kind;
    QString m_opportunityId;
    QList<Entry> m_entries;
};

// What the « Activités » and « Notes » tabs share: a banner, the input part (given by the tab),
// then the list (or a French line when it is empty).
class OpportunityFeedTab : public QWidget
{
    Q_OBJECT
public:
    OpportunityFeedModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    MessageBanner *banner() const { return m_banner; }

protected:
    OpportunityFeedTab(sync::LocalReplica *replica, const UserDto &me, const QString &opportunityId,
                       OpportunityFeedModel::Kind kind, QWidget *parent);
    // Builds the list under `input` (the tab's form), with `emptyText` when there is nothing yet.
    void finish(QLayout *input, const QString &emptyText, const QString &accessibleName);
    void updateEmpty();

    sync::LocalReplica *m_replica;
    UserDto m_me;
    QString m_opportunityId;
    OpportunityFeedModel *m_model;
    MessageBanner *m_banner;
    QStackedWidget *m_stack = nullptr;
    QListView *m_view = nullptr;
};

// « Activités »: the calls, e-mails, meetings and quotes, out (to the prospect) or in (from the
// prospect), with a form to add one (kind, direction, date and time, summary). They feed the
// reactivity factor of the score.
class OpportunityActivitiesTab : public OpportunityFeedTab
{
    Q_OBJECT
public:
    OpportunityActivitiesTab(sync::LocalReplica *replica, const UserDto &me, const QString &opportunityId,
                             Clock clock = systemClock(), QWidget *parent = nullptr);

    QComboBox *kindBox() const { return m_kind; }
    QComboBox *directionBox() const { return m_direction; }
    QDateTimeEdit *whenEdit() const { return m_when; }
    QLineEdit *summaryEdit() const { return m_summary; }
    QPushButton *addButton() const { return m_add; }
    // Records the activity typed; false with a French message when refused.
    bool addActivity();

private:
    Clock m_clock;
    QComboBox *m_kind;
    QComboBox *m_direction;
    QDateTimeEdit *m_when;
    QLineEdit *m_summary;
    QPushButton *m_add;
};

// « Notes »: free text about the opportunity (Ctrl+Entrée saves).
class OpportunityNotesTab : public OpportunityFeedTab
{
    Q_OBJECT
public:
    OpportunityNotesTab(sync::LocalReplica *replica, const UserDto &me, const QString &opportunityId,
                        QWidget *parent = nullptr);

    QPlainTextEdit *noteEdit() const { return m_note; }
    QPushButton *addButton() const { return m_add; }
    bool addNote();

private:
    QPlainTextEdit *m_note;
    QPushButton *m_add;
};

} // namespace hector::ui
