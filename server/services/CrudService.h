#pragma once

#include "core/Result.h"
#include "db/Database.h"
#include "repositories/CrmRepository.h"
#include "services/AuthService.h"
#include "services/CrmSupport.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <functional>

namespace hector::server {

class Clock;

// What the CRM services (prospects, appointments, actions) do alike on their table. Every read
// and write runs in one Database::transactionAs with the caller's context, so row-level security
// decides what exists; a record the caller cannot read answers not_found with the service's
// message; writes are validated as a sync push is and audited in their transaction; records are
// shown with the service's JSON form (records::toApi, or with computed members).
class CrudService
{
public:
    // Records that belong to one record of the service (see listChildren()).
    struct Children
    {
        const sync::TableSpec &table;
        const char *parentColumn; // e.g. "prospect_id"
        const char *order;        // ORDER BY of the list (columns of the alias `t`)
    };

    // The record when the caller may read it, else not_found.
    Result<QJsonObject> get(const AuthUser &caller, const QString &id);
    // Deletes the record with its audit row; returns the record as it was.
    Result<QJsonObject> remove(const AuthUser &caller, const QString &id, const RequestContext &ctx);

protected:
    // The not_found message, translated when an answer needs it.
    using Message = QString (*)();

    // The French refusals of placeOwned() for the service's records.
    using Refusals = records::OwnedRefusals (*)();

    // `tableName`: a synced table (sync::syncedTable).
    CrudService(Database &db, const Clock &clock, const QString &tableName, Message notFoundMessage,
                records::RecordJson json = records::toApi, Refusals refusals = records::appointmentRefusals);

    const sync::TableSpec &table() const { return m_table; }
    // What the bodies of createOwned() and updateOwned() may hold (default: records::rulesFor(table)).
    void setBodyRules(records::BodyRules rules) { m_rules = std::move(rules); }

    const Clock &clock() const { return m_clock; }

    // --- Transactions as the caller ----------------------------------------------------------------
    template<typename T>
    Result<T> read(const AuthUser &caller, const std::function<Result<T>(CrmRepository &)> &work)
    {
        return m_db.transactionAs<T>(UserContext::of(caller.user), [&work](PgConnection &c) -> Result<T> {
            CrmRepository repo(c);
            return work(repo);
        });
    }
    // `w` carries what the audit rows record: the caller, the request and the time of the change.
    using WriteWork = std::function<Result<QJsonObject>(CrmRepository &repo, const records::WriteContext &w)>;
    Result<QJsonObject> write(const AuthUser &caller, const RequestContext &ctx, const WriteWork &work);

    // --- Steps of a transaction, with the service's table and not_found message ---------------------
    // records::findVisible: the record when the caller may read it.
    Result<QJsonObject> findRecord(CrmRepository &repo, const QString &id) const;
    // records::loadForWrite: the record to change, locked.
    Result<QJsonObject> loadRecord(CrmRepository &repo, const QString &id) const;

    // --- Whole operations ---------------------------------------------------------------------------
    // {"items", "total", "limit", "offset"}: the page `query` reads.
    Result<QJsonObject> listPage(const AuthUser &caller, const records::Paging &paging,
                                 const std::function<Result<RowPage>(CrmRepository &)> &query);
    // A change of one record: `edit` gives the record as it will be (not validated yet) from the
    // current one, locked; it is validated and its changed columns written with their audit.
    using Edit = std::function<Result<QJsonObject>(CrmRepository &repo, const records::WriteContext &w,
                                                   const QJsonObject &current)>;
    Result<QJsonObject> updateRecord(const AuthUser &caller, const QString &id, const RequestContext &ctx,
                                     const Edit &edit);

    // --- Records owned by a user, optionally linked to a prospect (appointments, actions) -----------
    // What the server sets on the row once the request applies (defaults, computed times): `given`
    // holds the members of the request, `current` the record before the change (empty on creation).
    using Complete = void (*)(QJsonObject &row, const QJsonObject &given, const QJsonObject &current,
                              const QDateTime &now);
    // From a body that may set every writable column: completed (unless `complete` is null), placed
    // in the caller's scope (records::placeOwned), validated and inserted with its audit.
    Result<QJsonObject> createOwned(const AuthUser &caller, const QJsonObject &body, const RequestContext &ctx,
                                    Complete complete);
    // Partial update (only the members given): the same steps.
    Result<QJsonObject> updateOwned(const AuthUser &caller, const QString &id, const QJsonObject &body,
                                    const RequestContext &ctx, Complete complete);

    // --- Records that belong to one record of the service (notes of a prospect, activities of an ---
    // --- opportunity): same entity as their parent, written by the caller --------------------------
    // {"items", "total", "limit", "offset"} of the children of a parent the caller reads (not_found
    // otherwise); query: limit, offset.
    Result<QJsonObject> listChildren(const AuthUser &caller, const QString &parentId, const Children &children,
                                     const QUrlQuery &query, records::RecordJson json = records::toApi);
    // More writes once the child is inserted, in its transaction (`parent` as read before).
    using AfterChild = std::function<Result<void>(CrmRepository &repo, const records::WriteContext &w,
                                                  const QJsonObject &parent, const QJsonObject &child)>;
    // A child from a body holding its writable columns (entity_id, the parent column and author_id
    // are the server's: the parent's entity, the parent, the caller); `complete` sets defaults
    // before validation (may be null; its `current` is the parent). Validated, inserted and
    // audited; then `after`.
    Result<QJsonObject> addChild(const AuthUser &caller, const QString &parentId, const Children &children,
                                 const QJsonObject &body, const RequestContext &ctx, Complete complete,
                                 const AfterChild &after = {});

private:
    Database &m_db;
    const Clock &m_clock;
    const sync::TableSpec &m_table;
    Message m_notFoundMessage;
    records::RecordJson m_json;
    Refusals m_refusals;
    records::BodyRules m_rules;
};

} // namespace hector::server
