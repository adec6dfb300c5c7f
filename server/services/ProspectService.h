#pragma once

#include "services/CrudService.h"

#include <QJsonArray>
#include <QStringList>
#include <QUrlQuery>

#include <functional>

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

    // --- CSV import (issue #8) -------------------------------------------------------------------
    // Body {"rows": [prospect bodies as for create()], "onDuplicate": "create"|"update"|"skip"
    // (default skip), "fileName"}. One transaction in the caller's context: each row is placed,
    // normalised and validated as create() does (core validation); a row that matches a visible
    // prospect or an earlier row of the batch (csv::DuplicateIndex: SIREN, SIRET, normalised name
    // + postcode) is created, updated (its non-empty members only) or skipped. Invalid rows are
    // reported and the others imported. Every write is audited and reaches the replicas through
    // the capture triggers. Answers {"batchId", "created", "updated", "skipped", "invalid",
    // "results": [{"index", "status": created|updated|skipped|invalid, "id", "duplicateOf",
    // "matchedOn", "error": {code, message, field}}]}.
    Result<QJsonObject> batchImport(const AuthUser &caller, const QJsonObject &body, const RequestContext &ctx);
    // Undoes a batch of the caller: the prospects it created are deleted, the ones it updated get
    // their previous values back (in reverse order). {"batchId", "deleted", "restored", "missing"}.
    // conflict when already undone, not_found when not the caller's.
    Result<QJsonObject> undoImport(const AuthUser &caller, const QString &batchId, const RequestContext &ctx);
    // The caller's recent batches, newest first (at most 50).
    Result<QJsonObject> importBatches(const AuthUser &caller);

    // Integration point with the enrichment queue (issue #7): called after an import committed,
    // with the ids of the prospects it created or updated and the caller (the shape of
    // EnrichmentService::queueAfterQualification, once per id). Unset: nothing is queued here (the
    // nightly enrichment still picks the imported rows up: their enrichment_status is empty).
    using ImportEnrichmentHook = std::function<void(const QStringList &prospectIds, const AuthUser &caller)>;
    void setImportEnrichmentHook(ImportEnrichmentHook hook) { m_importEnrichmentHook = std::move(hook); }

    // Issue #7: called once a qualification is committed (queues the enrichment and geocoding).
    using QualifiedHook = std::function<void(const QString &prospectId, const AuthUser &caller)>;
    void setQualifiedHook(QualifiedHook hook) { m_qualified = std::move(hook); }

private:
    QualifiedHook m_qualified;
    ImportEnrichmentHook m_importEnrichmentHook;
    // list(), or with `queue` partialQueue().
    Result<QJsonObject> listProspects(const AuthUser &caller, const QUrlQuery &query, bool queue);
};

} // namespace hector::server
