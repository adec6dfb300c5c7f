#pragma once

#include "core/Result.h"
#include "core/Roles.h"
#include "db/PgConnection.h"
#include "services/AuthService.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QUuid>
#include <initializer_list>

namespace hector::server::admin {

inline bool isUuid(const QString &s)
{
    return !QUuid::fromString(s).isNull();
}

inline Error forbidden()
{
    return makeError(QStringLiteral("forbidden"),
                     QCoreApplication::translate("hector::server",
                                                 "Vous n'avez pas le droit d'effectuer cette opération."));
}

inline Error notFound(const QString &message)
{
    return makeError(QStringLiteral("not_found"), message);
}

inline Error validation(const QString &message)
{
    return makeError(QStringLiteral("validation_error"), message);
}

inline bool hasRole(const AuthUser &caller, std::initializer_list<Role> roles)
{
    for (Role r : roles) {
        if (caller.user.role == r)
            return true;
    }
    return false;
}

// {"field": {"old": ..., "new": ...}} entries for the audit trail, only for changed values.
inline void addChange(QJsonObject &changes, const QString &field, const QJsonValue &oldValue,
                      const QJsonValue &newValue)
{
    if (oldValue == newValue)
        return;
    changes.insert(field, QJsonObject{{QStringLiteral("old"), oldValue}, {QStringLiteral("new"), newValue}});
}

// True when making `parentId` the parent of `id` in `table` (hierarchy column `parentColumn`)
// would close a loop: the new parent is the row itself or one of its descendants.
// `table` and `parentColumn` are fixed identifiers of the caller, never user input.
inline Result<bool> wouldCreateCycle(PgConnection &conn, QLatin1StringView table, QLatin1StringView parentColumn,
                                     const QString &id, const QString &parentId)
{
    auto r = conn.exec(QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT $1::uuid UNION "
                                      "SELECT t.id FROM %1 t JOIN sub s ON t.%2 = s.id) "
                                      "SELECT 1 FROM sub WHERE id = $2::uuid")
                           .arg(table, parentColumn),
                       {id, parentId});
    if (!r)
        return r.error();
    return r->rows() > 0;
}

inline QJsonValue nullableJson(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace hector::server::admin
