#pragma once

#include "core/Result.h"
#include "core/crm/CrmRules.h"
#include "core/sync/SyncSchema.h"
#include "repositories/CrmRepository.h"
#include "services/AuthService.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QUrlQuery>

namespace hector::server {

class PgConnection;

// Shared pieces of the CRM endpoints (issue #5: prospects, appointments, actions, notes).
//
// A record travels in the API with camelCase members (`companyName`, `entityId`, `startsAt`), one
// per column of its synced table (core/sync/SyncSchema.cpp); the services work on rows keyed by
// column name in the sync wire encoding (timestamps ISO-8601 UTC with milliseconds), so a record
// is validated by the same sync::validateRow as a client's push.
namespace records {

bool isUuid(const QString &text);

// "company_name" -> "companyName".
QString apiName(const QString &column);
// Every member of a wire row under its API name.
QJsonObject toApi(const QJsonObject &row);
// How a service shows a wire row: toApi, or toApi with computed members.
using RecordJson = QJsonObject (*)(const QJsonObject &row);

// `row` with the members of `changes` set on it (a partial update applied to the current record).
QJsonObject withChanges(const QJsonObject &row, const QJsonObject &changes);
// The codes of a code -> label list (the values a filter may take).
QStringList codesOf(const crm::CodeLabels &list);

// What a request body may hold. Members are API names; `writable` and `ignored` are given by
// column name.
struct BodyRules
{
    QSet<QString> writable; // columns the body may set
    QSet<QString> ignored;  // read-only columns: accepted and ignored (a client may send back a record)
    QSet<QString> extra;    // API members the service reads itself (e.g. "allowDuplicate")
};

// Rules for a table: every column except `readOnly` ones and those the sync spec marks
// server-maintained (id, created_at, …) is writable; those are ignored. `extraIgnored`: computed
// API members of the answers (e.g. "qualityScore"), ignored as well.
BodyRules rulesFor(const sync::TableSpec &table, const QStringList &readOnly = {},
                   const QStringList &extraIgnored = {});

// The body as column values: unknown members -> 400 invalid_request (details.field), values of
// the wrong type -> validation_error (details.field). Text is trimmed, an empty string is null,
// timestamps become ISO-8601 UTC with milliseconds, uuids lower case.
Result<QJsonObject> parseBody(const sync::TableSpec &table, const QJsonObject &body, const BodyRules &rules);

Error invalidRequest(const QString &message);
Error validationError(const QString &message, const QString &column = {});
// Adds details.field (API name of `column`) to an error.
Error withField(Error error, const QString &column);
Error notFound(const QString &message);
Error forbidden();
// A database error met while writing, in the caller's terms (constraint -> validation_error).
Error writeError(const Error &error);

// sync::validateRow; details.field names the column at fault when one column alone explains it.
Result<void> validate(const sync::TableSpec &table, const QJsonObject &row, bool isCreate);

// --- Query parameters ----------------------------------------------------------------------------
struct Paging
{
    int limit = 50;
    int offset = 0;
};
inline constexpr int kDefaultLimit = 50;
inline constexpr int kMaxLimit = 500;
QString param(const QUrlQuery &query, const char *name);
// limit 1..500 (default 50), offset >= 0; invalid_request otherwise.
Result<Paging> paging(const QUrlQuery &query);
// Empty, or a uuid (lower case); invalid_request otherwise.
Result<QString> uuidParam(const QUrlQuery &query, const char *name);
// "YYYY-MM-DD" (a UTC day: its start, or with `end` the next midnight) or an ISO 8601 date-time.
Result<QDateTime> timeParam(const QUrlQuery &query, const char *name, bool end);
// `from` (start) and `to` (end, that day included): each invalid when not given.
struct Period
{
    QDateTime from;
    QDateTime to;
};
Result<Period> periodParams(const QUrlQuery &query);
// Empty or one of `allowed`.
Result<QString> codeParam(const QUrlQuery &query, const char *name, const QStringList &allowed);
// {"items", "total", "limit", "offset"}: the rows of `page`, each shown with `json`.
QJsonObject pageJson(const RowPage &page, const Paging &paging, RecordJson json);

// prospectId, ownerId (uuids) and status (one of `statuses`): the filters the lists of
// appointments and actions share.
struct OwnedFilter
{
    QString prospectId;
    QString ownerId;
    QString status;
};
Result<OwnedFilter> ownedFilter(const QUrlQuery &query, const crm::CodeLabels &statuses);

QString isoMs(const QDateTime &time);

// --- Audited writes (same transaction as the change) ---------------------------------------------
struct WriteContext
{
    PgConnection &conn;
    const AuthUser &caller;
    const RequestContext &request;
    QDateTime now;
};

// The row when the caller may read it, else not_found (`notFoundMessage`).
Result<QJsonObject> findVisible(CrmRepository &repo, const sync::TableSpec &table, const QString &id,
                                const QString &notFoundMessage);
// The row to change: not_found (`notFoundMessage`) when the caller cannot read it, forbidden when
// they read it but may not change it. Locked until the end of the transaction.
Result<QJsonObject> loadForWrite(CrmRepository &repo, const sync::TableSpec &table, const QString &id,
                                 const QString &notFoundMessage);
// INSERT and an audit row CREATE ({"column": {"old": null, "new": value}} for every value set).
Result<QJsonObject> insertAudited(const WriteContext &w, const sync::TableSpec &table, const QJsonObject &values);
// validate() as a creation, then insertAudited().
Result<QJsonObject> insertValidated(const WriteContext &w, const sync::TableSpec &table, const QJsonObject &row);
// Writes the columns of `merged` that differ from `current`, audited as UPDATE (old -> new);
// without a difference nothing is written and `current` comes back.
Result<QJsonObject> updateAudited(const WriteContext &w, const sync::TableSpec &table, const QJsonObject &current,
                                  const QJsonObject &merged);
// DELETE and an audit row DELETE (old values -> null).
Result<void> removeAudited(const WriteContext &w, const sync::TableSpec &table, const QJsonObject &current);

// --- Scope checks -----------------------------------------------------------------------------------
// forbidden (details.field entity_id, `refusal`) unless the caller reads the entity.
Result<void> checkEntityReadable(CrmRepository &repo, const QString &entityId, const QString &refusal);
// The owner of `row`, when it has one, must be an active user reading the row's entity:
// validation_error (details.field owner_id, `refusal`) otherwise.
Result<void> checkOwner(CrmRepository &repo, const QJsonObject &row, const QString &refusal);

// --- Owned records, optionally linked to a prospect (appointments, actions, opportunities) ---------
// What placeOwned() answers, in French, for the kind of record: a record in another entity than its
// prospect's, and a commercial giving a record to someone else.
struct OwnedRefusals
{
    QString otherEntity;
    QString ownerForCommercial;
};
// Appointments and actions.
OwnedRefusals appointmentRefusals();

// Places `row` (the record after the change; `given`: the members of the request) in the
// caller's scope: the linked prospect must be visible (validation_error on prospectId), the entity
// readable (forbidden) and, on creation, defaults to the prospect's entity, else the caller's; the
// entity is the prospect's; the owner defaults to the caller on creation, must be an active user
// reading the entity, and is the caller themselves for a commercial (forbidden otherwise: row-level
// security refuses it anyway, this gives the reason).
Result<void> placeOwned(CrmRepository &repo, const AuthUser &caller, QJsonObject &row, const QJsonObject &given,
                        bool isCreate, const OwnedRefusals &refusals = appointmentRefusals());

} // namespace records
} // namespace hector::server
