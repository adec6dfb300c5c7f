#pragma once

#include "core/Result.h"
#include "core/crm/Postcode.h"
#include "core/sync/SyncSchema.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace hector::server {

class PgConnection;

// Filters of the CRM lists (issue #5). Empty strings: no filter.
struct ProspectFilter
{
    QString search;   // company name or city (case- and accent-insensitive), SIREN/SIRET digits
    QString status;
    QString entityId;
    QString ownerId;
    bool oldestFirst = false; // queue order (created_at) instead of company name
    int limit = 50;
    int offset = 0;
};

struct RdvFilter
{
    QDateTime from; // appointments ending after `from` …
    QDateTime to;   // … and starting before `to` (overlap with [from, to))
    QString prospectId;
    QString ownerId;
    QString status;
    int limit = 50;
    int offset = 0;
};

struct ActionFilter
{
    QString prospectId;
    QString ownerId;
    QString status;
    QString type;
    bool overdue = false; // due before `now` and not done
    QDateTime dueBefore;
    QDateTime now;
    int limit = 50;
    int offset = 0;
};

struct OpportunityFilter
{
    QString stage;
    QString temperature; // HOT, WARM, COLD (the stored score of the daily job)
    QString ownerId;
    QString prospectId;
    QString entityId;
    int limit = 50;
    int offset = 0;
};

// One page of rows (wire form: column -> value, see SyncRepository::wireRow) and the total count.
struct RowPage
{
    QList<QJsonObject> rows;
    qint64 total = 0;
};

// SQL of the CRM endpoints (prospects, rdvs, actions, prospect_notes). Rows travel as JSON objects
// keyed by column name, in the wire encoding of the sync engine (timestamps ISO-8601 UTC with
// milliseconds). Every statement runs on the caller's connection inside Database::transactionAs:
// row-level security decides what exists for the caller, no query filters by permission itself.
class CrmRepository
{
public:
    explicit CrmRepository(PgConnection &conn) : m_conn(conn) {}
    // The caller's connection, for the other repositories of the same transaction.
    PgConnection &connection() const { return m_conn; }

    // --- Any CRM table ------------------------------------------------------------------------
    // The row when the caller may read it.
    Result<std::optional<QJsonObject>> find(const sync::TableSpec &table, const QString &id);
    // SELECT … FOR UPDATE: the row when the caller may modify it (UPDATE policies apply).
    Result<std::optional<QJsonObject>> lockForUpdate(const sync::TableSpec &table, const QString &id);
    // `values`: column -> wire value. Returns the row written.
    Result<QJsonObject> insert(const sync::TableSpec &table, const QJsonObject &values);
    // nullopt when no row was updated (not modifiable by the caller).
    Result<std::optional<QJsonObject>> update(const sync::TableSpec &table, const QString &id,
                                              const QJsonObject &values);
    Result<bool> remove(const sync::TableSpec &table, const QString &id);

    // --- Lists --------------------------------------------------------------------------------
    Result<RowPage> listProspects(const ProspectFilter &filter);
    Result<RowPage> listRdvs(const RdvFilter &filter);
    Result<RowPage> listActions(const ActionFilter &filter);
    // Rows of `table` whose `parentColumn` is `parentId` (notes of a prospect, activities of an
    // opportunity), ordered by `order`. Column names and order come from the services, never from a
    // request.
    Result<RowPage> listByParent(const sync::TableSpec &table, const QString &parentColumn, const QString &parentId,
                                 const QString &order, int limit, int offset);
    // Opportunities (module 14), newest first.
    Result<RowPage> listOpportunities(const OpportunityFilter &filter);

    // Visible prospects with this SIREN, this SIRET, or this postcode (compared without spaces or
    // country prefix) and a company name containing `nameWord` (case and accents folded): the
    // candidates of a duplicate check, which compares the names exactly. At most `limit`, oldest
    // first. Empty arguments match nothing; `excludeId` is left out.
    Result<QList<QJsonObject>> duplicateCandidates(const QString &siren, const QString &siret,
                                                   const QString &normalizedPostcode, const QString &nameWord,
                                                   const QString &excludeId, int limit);

    // --- Entities and users -------------------------------------------------------------------
    // Entities the caller reads (hector_readable_entities()).
    Result<QList<crm::EntityRef>> readableEntities();
    // Country of an entity of the caller's organisation; empty when unknown.
    Result<QString> entityCountry(const QString &entityId);
    // May this user own a record of `entityId`: an active user of the caller's organisation who
    // reads that entity (admin or president, or a member of the entity or of one of its parents)?
    Result<bool> ownerFits(const QString &userId, const QString &entityId);

private:
    Result<RowPage> page(const sync::TableSpec &table, const QString &where, const QVariantList &params,
                         const QString &order, int limit, int offset);

    PgConnection &m_conn;
};

} // namespace hector::server
