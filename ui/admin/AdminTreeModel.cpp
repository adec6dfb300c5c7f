#include "ui/admin/AdminTreeModel.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace hector::ui {

QIcon countryFlagIcon(const QString &countryCode)
{
    QPixmap pixmap(18, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    auto vertical = [&p](QColor a, QColor b, QColor c) {
        p.fillRect(0, 0, 6, 12, a);
        p.fillRect(6, 0, 6, 12, b);
        p.fillRect(12, 0, 6, 12, c);
    };
    if (countryCode == QLatin1String("FR")) {
        vertical(QColor(0x00, 0x23, 0x95), Qt::white, QColor(0xED, 0x29, 0x39));
    } else if (countryCode == QLatin1String("BE")) {
        vertical(Qt::black, QColor(0xFA, 0xE0, 0x42), QColor(0xED, 0x29, 0x39));
    } else if (countryCode == QLatin1String("LU")) {
        p.fillRect(0, 0, 18, 4, QColor(0xEA, 0x14, 0x1D));
        p.fillRect(0, 4, 18, 4, Qt::white);
        p.fillRect(0, 8, 18, 4, QColor(0x51, 0xAD, 0xDA));
    } else {
        return {};
    }
    p.setPen(QColor(0, 0, 0, 60));
    p.drawRect(0, 0, 17, 11);
    return QIcon(pixmap);
}

QString countryLabel(const QString &countryCode)
{
    if (countryCode == QLatin1String("FR"))
        return QCoreApplication::translate("hector::ui::AdminTreeModel", "France");
    if (countryCode == QLatin1String("LU"))
        return QCoreApplication::translate("hector::ui::AdminTreeModel", "Luxembourg");
    if (countryCode == QLatin1String("BE"))
        return QCoreApplication::translate("hector::ui::AdminTreeModel", "Belgique");
    return countryCode;
}

AdminTreeModel::AdminTreeModel(QList<Column> columns, QString parentKey, QString flagKey, QObject *parent)
    : QAbstractItemModel(parent)
    , m_columns(std::move(columns))
    , m_parentKey(std::move(parentKey))
    , m_flagKey(std::move(flagKey))
{}

AdminTreeModel::~AdminTreeModel() = default;

void AdminTreeModel::setItems(const QJsonArray &items)
{
    beginResetModel();
    m_roots.clear();
    m_all.clear();
    QHash<QString, Node *> byId;
    for (const QJsonValue &v : items) {
        auto node = std::make_unique<Node>();
        node->object = v.toObject();
        const QString id = node->object.value(QLatin1StringView("id")).toString();
        if (!id.isEmpty())
            byId.insert(id, node.get());
        m_all.push_back(std::move(node));
    }
    for (const auto &node : m_all) {
        Node *parent = m_parentKey.isEmpty() ? nullptr : byId.value(node->object.value(m_parentKey).toString());
        // A parent that is the node itself or one of its descendants would loop: make it a root.
        for (Node *p = parent; p; p = p->parent) {
            if (p == node.get()) {
                parent = nullptr;
                break;
            }
        }
        node->parent = parent;
        (parent ? parent->children : m_roots).push_back(node.get());
    }
    endResetModel();
}

void AdminTreeModel::clear()
{
    setItems({});
}

const std::vector<AdminTreeModel::Node *> &AdminTreeModel::childrenOf(const Node *node) const
{
    return node ? node->children : m_roots;
}

int AdminTreeModel::rowOf(const Node *node) const
{
    const auto &siblings = childrenOf(node->parent);
    return int(std::find(siblings.begin(), siblings.end(), node) - siblings.begin());
}

QModelIndex AdminTreeModel::indexOfId(const QString &id) const
{
    for (const auto &node : m_all) {
        if (node->object.value(QLatin1StringView("id")).toString() == id)
            return createIndex(rowOf(node.get()), 0, node.get());
    }
    return {};
}

QJsonObject AdminTreeModel::object(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    return static_cast<const Node *>(index.internalPointer())->object;
}

QModelIndex AdminTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= m_columns.size() || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *p = parent.isValid() ? static_cast<const Node *>(parent.internalPointer()) : nullptr;
    const auto &children = childrenOf(p);
    if (row < 0 || row >= int(children.size()))
        return {};
    return createIndex(row, column, children[size_t(row)]);
}

QModelIndex AdminTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = static_cast<const Node *>(child.internalPointer());
    if (!node->parent)
        return {};
    return createIndex(rowOf(node->parent), 0, node->parent);
}

int AdminTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Node *p = parent.isValid() ? static_cast<const Node *>(parent.internalPointer()) : nullptr;
    return int(childrenOf(p).size());
}

int AdminTreeModel::columnCount(const QModelIndex &) const
{
    return int(m_columns.size());
}

QVariant AdminTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = static_cast<const Node *>(index.internalPointer());
    const QString key = m_columns.at(index.column()).key;
    const QJsonValue value = node->object.value(key);
    switch (role) {
    case Qt::DisplayRole:
        if (key == QLatin1String("countryCode"))
            return countryLabel(value.toString());
        if (value.isDouble())
            return QVariant(value.toDouble()).toString();
        return value.toString();
    case Qt::DecorationRole:
        if (key == QLatin1String("countryCode"))
            return countryFlagIcon(value.toString());
        if (index.column() == 0 && !m_flagKey.isEmpty())
            return countryFlagIcon(node->object.value(m_flagKey).toString());
        return {};
    case Qt::ToolTipRole:
        if (!m_flagKey.isEmpty())
            return countryLabel(node->object.value(m_flagKey).toString());
        return {};
    case IdRole:
        return node->object.value(QLatin1StringView("id")).toString();
    case ObjectRole:
        return node->object.toVariantMap();
    default:
        return {};
    }
}

QVariant AdminTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size())
        return m_columns.at(section).header;
    return {};
}

} // namespace hector::ui
