#pragma once

#include "ui/prospects/ProspectSupport.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace hector::ui {

class MessageBanner;

// Prospects « À qualifier » (created on the road), oldest first, with their age and owner, and
// what they still lack before they can be qualified.
class QualificationQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Company, Place, Age, Owner, Missing, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, CreatedRole };

    explicit QualificationQueueModel(sync::LocalReplica *replica, QObject *parent = nullptr);

    // The clock of the ages (tests fix it).
    void setClock(std::function<QDateTime()> now);
    void reload();
    QString idAt(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void countChanged(int count);

private:
    struct Row
    {
        QString id;
        QString company;
        QString place;
        QDateTime created;
        QString owner;
        QString missing;
    };
    sync::LocalReplica *m_replica;
    std::function<QDateTime()> m_now;
    QList<Row> m_rows;
};

// « À qualifier » (Clients family): the queue of the assistants. « Qualifier » opens the
// qualification form; « Nouveau prospect terrain » adds to the queue.
class QualificationQueuePage : public QWidget
{
    Q_OBJECT
public:
    explicit QualificationQueuePage(const ProspectsContext &context, QWidget *parent = nullptr);

    QualificationQueueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *title() const { return m_title; }

    void qualifyCurrent();
    void createFieldProspect();

private:
    void updateState();
    void openProspect(const QString &id);

    ProspectsContext m_context;
    QualificationQueueModel *m_model;
    QLabel *m_title;
    MessageBanner *m_banner;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QLabel *m_empty;
    QPushButton *m_qualify;
};

} // namespace hector::ui
