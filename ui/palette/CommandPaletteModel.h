#pragma once

#include <QAbstractListModel>
#include <QIcon>
#include <QList>

namespace hector::sync {
class LocalReplica;
}

namespace hector::ui {

// What the command palette (Ctrl+K) finds for a text: pages to go to, then prospects (full-text
// index of the replica), appointments, actions and opportunities (by title or by their prospect). Everything is
// read from the local replica: it works offline and answers within a few milliseconds on 100k rows.
class CommandPaletteModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Kind { Page, Prospect, Rdv, Action, Opportunity };
    enum Role {
        KindRole = Qt::UserRole + 1, // int(Kind)
        TargetRole,                  // page id, or record id
        SubtitleRole,
        KindLabelRole,
    };

    struct PageEntry
    {
        QString id;
        QString title;
        QIcon icon;
    };

    explicit CommandPaletteModel(sync::LocalReplica *replica, QObject *parent = nullptr);

    void setPages(const QList<PageEntry> &pages);
    // Runs the search; an empty text lists the pages.
    void setQuery(const QString &text);
    QString query() const { return m_query; }

    static constexpr int kMaxProspects = 8;
    static constexpr int kMaxRdvs = 5;
    static constexpr int kMaxActions = 5;
    static constexpr int kMaxOpportunities = 5;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Kind kindAt(int row) const;
    QString targetAt(int row) const;

private:
    struct Item
    {
        Kind kind = Kind::Page;
        QString target;
        QString title;
        QString subtitle;
        QIcon icon;
    };
    void findPages(const QString &text, QList<Item> &out) const;
    void findProspects(const QString &match, QList<Item> &out) const;
    void findRdvs(const QString &text, const QString &match, QList<Item> &out) const;
    void findActions(const QString &text, const QString &match, QList<Item> &out) const;
    void findOpportunities(const QString &text, const QString &match, QList<Item> &out) const;

    sync::LocalReplica *m_replica = nullptr;
    QList<PageEntry> m_pages;
    QList<Item> m_items;
    QString m_query;
};

} // namespace hector::ui
