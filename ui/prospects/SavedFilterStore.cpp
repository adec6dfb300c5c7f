#include "ui/prospects/SavedFilterStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

#include <algorithm>

namespace hector::ui {

SavedFilterStore::SavedFilterStore(QSettings *settings, const QString &userId)
    : m_settings(settings)
    , m_userId(userId)
{
    load();
}

QString SavedFilterStore::group() const
{
    return QStringLiteral("prospects/savedFilters/") + (m_userId.isEmpty() ? QStringLiteral("anonymous") : m_userId);
}

void SavedFilterStore::load()
{
    m_entries.clear();
    if (!m_settings)
        return;
    // One JSON array: names keep any character (QSettings keys would not).
    const QByteArray json = m_settings->value(group()).toString().toUtf8();
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QStringLiteral("name")).toString().trimmed();
        if (!name.isEmpty() && !contains(name))
            m_entries.append({name, ProspectFilter::fromJson(o.value(QStringLiteral("filter")).toObject())});
    }
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry &a, const Entry &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
}

void SavedFilterStore::store()
{
    if (!m_settings)
        return;
    QJsonArray array;
    for (const Entry &e : m_entries)
        array.append(QJsonObject{{QStringLiteral("name"), e.name}, {QStringLiteral("filter"), e.filter.toJson()}});
    m_settings->setValue(group(), QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    m_settings->sync();
}

bool SavedFilterStore::contains(const QString &name) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [&](const Entry &e) { return e.name == name; });
}

ProspectFilter SavedFilterStore::filter(const QString &name) const
{
    for (const Entry &e : m_entries) {
        if (e.name == name)
            return e.filter;
    }
    return {};
}

void SavedFilterStore::save(const QString &name, const ProspectFilter &filter)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return;
    remove(trimmed);
    m_entries.append({trimmed, filter});
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry &a, const Entry &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    store();
}

void SavedFilterStore::remove(const QString &name)
{
    const auto before = m_entries.size();
    m_entries.erase(std::remove_if(m_entries.begin(), m_entries.end(), [&](const Entry &e) { return e.name == name; }),
                    m_entries.end());
    if (m_entries.size() != before)
        store();
}

} // namespace hector::ui
