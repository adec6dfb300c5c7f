#pragma once

#include "services/CrudService.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace hector::server {

// Modules 6, 9 and 11 of issue #5: prospects (list, record, create, partial update, delete),
// duplicate detection, the field workflow (partial capture, queue « À qualifier », qualification)
// and the notes of a prospect. Every query runs in Database::transactionAs: row-level security
// (migrations 0002 and 0005) decides what the caller reads and changes; a record they cannot
// read answers not_found. Writes are audited in their transaction and reach the desktop replicas
// through the capture triggers (sync_log). Records use camelCase members (records::apiName).
class ProspectService : public CrudService
{
public:
    ProspectService(Database &db, const Clock &clock);
    // get() and remove() (which returns the deleted record): CrudService.

    // Query: q, status, entityId, ownerId, limit (1..500, default 50), offset.
    // {"items", "total", "limit", "offset"}, by company name.
    Result<QJsonObject> list(const AuthUser &caller, const QUrlQuery &query);
    // Phones to E.164, postcode without prefix, country from the postcode and entity from the
    // country when absent; owner = caller and status « nouveau » by default. `duplicate` (409,
    // details.candidates) unless the body has "allowDuplicate": true.
    Result<QJsonObject> create(const AuthUser &caller, const QJsonObject &body, const RequestContext &ctx);
    // Partial update: only the members given.
    Result<QJsonObject> update(const AuthUser &caller, const QString &id, const QJsonObject &body,
                               const RequestContext &ctx);
    // Query: siren, siret, companyName + postcode, excludeId. Visible prospects with the same SIREN,
    // the same SIRET, or the same normalised company name in the same postcode; each with
    // "matchedOn": ["siren"|"siret"|"name"].
    Result<QJsonArray> duplicates(const AuthUser &caller, const QUrlQuery &query);

    // Field capture: companyName and postcode required; phone, contact, notes optional. Status
    // « a_qualifier », owner = caller, entity detected.
    Result<QJsonObject> createPartial(const AuthUser &caller, const QJsonObject &body, const RequestContext &ctx);
    // The « a_qualifier » queue, oldest first (same paging as list()).
    Result<QJsonObject> partialQueue(const AuthUser &caller, const QUrlQuery &query);
    // Completes the record and qualifies it: it must be valid and have an address, a city and a
    // phone or an e-mail; status « qualifie », qualifiedAt = now, qualifiedBy = caller.
    Result<QJsonObject> qualify(const AuthUser &caller, const QString &id, const QJsonObject &body,
                                const RequestContext &ctx);

    // Notes of a prospect, newest first (paging as list()).
    Result<QJsonObject> notes(const AuthUser &caller, const QString &prospectId, const QUrlQuery &query);
    // Body {"body"}; author = caller.
    Result<QJsonObject> addNote(const AuthUser &caller, const QString &prospectId, const QJsonObject &body,
                                const RequestContext &ctx);

private:
    // list(), or with `queue` partialQueue().
    Result<QJsonObject> listProspects(const AuthUser &caller, const QUrlQuery &query, bool queue);
};

} // namespace hector::server
