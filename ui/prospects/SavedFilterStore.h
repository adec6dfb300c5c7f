#pragma once

#include "ui/prospects/ProspectFilter.h"

#include <QList>
#include <QString>

class QSettings;

namespace hector::ui {

// Named combinations of the prospects list's filters, per user, in the client's settings
// (QSettings of ClientSettings, group "prospects/savedFilters/<user id>"): nothing secret, and
// nothing synced. Without settings (null), the filters last for the session only.
class SavedFilterStore
{
public:
    struct Entry
    {
        QString name;
        ProspectFilter filter;
    };

    SavedFilterStore(QSettings *settings, const QString &userId);

    // Sorted by name.
    QList<Entry> entries() const { return m_entries; }
    bool contains(const QString &name) const;
    ProspectFilter filter(const QString &name) const;
    // Adds or replaces.
    void save(const QString &name, const ProspectFilter &filter);
    void remove(const QString &name);

private:
    void load();
    void store();
    QString group() const;

    QSettings *m_settings;
    QString m_userId;
    QList<Entry> m_entries;
};

} // namespace hector::ui
