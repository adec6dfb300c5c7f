#pragma once

#include "core/Result.h"
#include "services/AuthService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hector::server {

class Clock;
class Database;

// Module 3: the organisation, its entities (hierarchy, country) and multi-entity statistics.
// Writes are for admins of the organisation and are audited in the same transaction; every
// statement runs under the caller's row-level security context.
class OrganizationService
{
public:
    OrganizationService(Database &db, const Clock &clock);

    // Organisations the caller administers (their own).
    Result<QJsonArray> organizations(const AuthUser &caller);
    Result<QJsonObject> organization(const AuthUser &caller, const QString &id);
    // Body {"name"}.
    Result<QJsonObject> updateOrganization(const AuthUser &caller, const QString &id, const QJsonObject &body,
                                           const RequestContext &ctx);

    Result<QJsonArray> entities(const AuthUser &caller);
    // Body {"name", "countryCode", "parentId"?}.
    Result<QJsonObject> createEntity(const AuthUser &caller, const QJsonObject &body, const RequestContext &ctx);
    // Body with any of {"name", "countryCode", "parentId" (null: top level)}.
    Result<QJsonObject> updateEntity(const AuthUser &caller, const QString &id, const QJsonObject &body,
                                     const RequestContext &ctx);
    // Returns the deleted entity. Refused (entity_in_use) while users, prospects, sub-entities or
    // teams refer to it.
    Result<QJsonObject> deleteEntity(const AuthUser &caller, const QString &id, const RequestContext &ctx);

    // Per readable entity: users, active users, prospects by status (admin, president, manager).
    Result<QJsonArray> stats(const AuthUser &caller);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace hector::server
