#pragma once

#include "core/Result.h"
#include "providers/CompanyRegistry.h"
#include "services/AuthService.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace hector::server {

class Clock;
class Database;
class ProspectService;

// « Trouve-moi le patron » (module 13): company search by name, SIREN, SIRET or "name city" in
// INSEE (then Pappers), the company's decision makers (Pappers representants), and a prospect
// created pre-filled in one click (through ProspectService, in the caller's context), with its
// enrichment provenance.
class CompanySearchService
{
public:
    CompanySearchService(Database &db, Database &owner, const Clock &clock, InseeClient &insee, PappersClient &pappers,
                         ProspectService &prospects);

    Result<QJsonObject> search(const AuthUser &caller, const QUrlQuery &query);
    Result<QJsonObject> details(const AuthUser &caller, const QString &siren);
    // 201 {"prospect"}; 409 duplicate (details.existingId).
    Result<QJsonObject> createProspect(const AuthUser &caller, const QString &siren, const QJsonObject &body,
                                       const RequestContext &ctx);

private:
    Result<Company> company(const QString &siren);
    Result<QString> existingProspect(const AuthUser &caller, const QString &siren);

    Database &m_db;
    Database &m_owner;
    const Clock &m_clock;
    InseeClient &m_insee;
    PappersClient &m_pappers;
    ProspectService &m_prospects;
};

} // namespace hector::server
