#pragma once

#include <QJsonObject>
#include <QString>
#include <QVariantList>

namespace hector::ui {

// What the prospects list shows: the type-ahead text plus the filter bar. A combination can be
// saved under a name (SavedFilterStore). Turned into SQL over `prospects p` by sqlWhere().
struct ProspectFilter
{
    enum class Owner { Anyone, Me, Nobody, User };

    QString text;     // full-text search (word prefixes, accent-insensitive)
    QString status;   // a status code; empty: every status
    QString entityId; // an entity and its sub-entities; empty: every entity
    Owner owner = Owner::Anyone;
    QString ownerId;  // Owner::User

    bool operator==(const ProspectFilter &other) const = default;
    bool isEmpty() const { return *this == ProspectFilter(); }
    // Filters other than the text are set.
    bool hasBarFilters() const;

    QJsonObject toJson() const;
    static ProspectFilter fromJson(const QJsonObject &json);

    // " WHERE …" (empty when nothing filters) over `prospects p`; `me` is the signed-in user;
    // `useSearchIndex` false scans with LIKE (index being rebuilt).
    QString sqlWhere(const QString &me, bool useSearchIndex, QVariantList *params) const;
};

} // namespace hector::ui
