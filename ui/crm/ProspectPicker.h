#pragma once

#include <QAbstractListModel>
#include <QLineEdit>
#include <QPointer>

class QAction;
class QCompleter;
class QTimer;

namespace hector::sync {
class LocalReplica;
}

namespace hector::ui {

// The prospect of the replica matching what was typed: accent-insensitive word prefixes on the
// full-text index (LIKE when the index is not ready), at most kLimit rows, by name.
class ProspectMatchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int kLimit = 50;
    enum Role { IdRole = Qt::UserRole + 1, NameRole, EntityRole, AddressRole };

    struct Match
    {
        QString id;
        QString name;
        QString city;
        QString postcode;
        QString address;
        QString entityId;
    };

    explicit ProspectMatchModel(sync::LocalReplica *replica, QObject *parent = nullptr);

    void setQuery(const QString &text);
    QString query() const { return m_query; }
    const Match *match(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // « Bijouterie Lefèvre — 69002 Lyon »
    static QString label(const Match &m);
    // One prospect by id (nullopt-like: empty id when absent).
    static Match byId(sync::LocalReplica *replica, const QString &id);
    // The postal address of a prospect, on one line: « 12 rue X, 69002 Lyon ».
    static QString fullAddress(const Match &m);

private:
    QPointer<sync::LocalReplica> m_replica;
    QString m_query;
    QList<Match> m_matches;
};

// A line edit to pick a prospect: type a few letters, choose in the list (arrows + Enter).
// The chosen prospect is kept until the text is edited again.
class ProspectPicker : public QLineEdit
{
    Q_OBJECT
public:
    explicit ProspectPicker(sync::LocalReplica *replica, QWidget *parent = nullptr);

    QString prospectId() const { return m_id; }
    ProspectMatchModel::Match prospect() const { return m_match; }
    void setProspectId(const QString &id);
    // Text typed that names no chosen prospect (the form should say so).
    bool hasUnresolvedText() const { return m_id.isEmpty() && !text().trimmed().isEmpty(); }
    QCompleter *popupCompleter() const { return m_completer; }
    ProspectMatchModel *matchModel() const { return m_model; }

signals:
    void prospectChanged(const QString &id);

private:
    void choose(const QModelIndex &index);
    void onTextEdited(const QString &text);

    sync::LocalReplica *m_replica;
    ProspectMatchModel *m_model;
    QCompleter *m_completer;
    QTimer *m_delay;
    QAction *m_chosenMark;
    QString m_id;
    ProspectMatchModel::Match m_match;
};

} // namespace hector::ui
