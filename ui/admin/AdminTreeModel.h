#pragma once

#include <QAbstractItemModel>
#include <QIcon>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace hector::ui {

// A small flag of FR, LU or BE, drawn (no image file): used next to entity names.
QIcon countryFlagIcon(const QString &countryCode);
QString countryLabel(const QString &countryCode);

// A tree (or a flat list) of JSON objects from the administration API, e.g. entities linked by
// "parentId" or teams linked by "parentTeamId". Items whose parent is absent become roots.
class AdminTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    struct Column
    {
        QString key;     // JSON key shown in the column
        QString header;
    };
    enum Roles { IdRole = Qt::UserRole + 1, ObjectRole };

    // `parentKey` empty: a flat list. A column whose key is "countryCode" shows the flag too;
    // `flagKey`, when set, decorates the first column with that country's flag.
    AdminTreeModel(QList<Column> columns, QString parentKey, QString flagKey, QObject *parent = nullptr);
    ~AdminTreeModel() override;

    void setItems(const QJsonArray &items);
    void clear();
    int itemCount() const { return int(m_all.size()); }
    QModelIndex indexOfId(const QString &id) const;
    QJsonObject object(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QJsonObject object;
        Node *parent = nullptr;
        std::vector<Node *> children;
    };
    int rowOf(const Node *node) const;
    const std::vector<Node *> &childrenOf(const Node *node) const;

    QList<Column> m_columns;
    QString m_parentKey;
    QString m_flagKey;
    std::vector<std::unique_ptr<Node>> m_all;
    std::vector<Node *> m_roots;
};

} // namespace hector::ui
