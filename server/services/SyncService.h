#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <QString>

namespace hector::server {

class Clock;
class Database;
struct AuthUser;

// The server side of the sync protocol (docs/sync.md): snapshot, pull (change feed), push
// (idempotent outbox with per-field last-writer-wins). Everything runs through
// Database::transactionAs, so PostgreSQL row-level security decides what the caller reads and
// writes. Answers are JSON bodies; snapshot pages and pulls are written straight from libpq's
// buffers.
class SyncService
{
public:
    static constexpr int kMaxSnapshotPage = 5000;
    static constexpr int kDefaultPullLimit = 1000;
    static constexpr int kMaxPullLimit = 5000;
    static constexpr int kMaxPushMutations = 1000;

    SyncService(Database &db, const Clock &clock);

    // `schema_mismatch` (409, details.serverSchemaVersion) unless `version` is kSyncSchemaVersion;
    // `invalid_request` when it is missing.
    static Result<void> checkSchemaVersion(const QString &version);

    // {"cursor","scopeVersion","tables","counts"}
    Result<QByteArray> startSnapshot(const AuthUser &caller);
    // {"table","columns","rows","last","done"}; `after`: empty or the last id of the previous page.
    Result<QByteArray> snapshotPage(const AuthUser &caller, const QString &table, const QString &after, int limit);
    // {"cursor","more","scopeVersion","columns","changes"} or {"resync":true,"scopeVersion"}.
    Result<QByteArray> pull(const AuthUser &caller, const QString &cursor, int limit, qint64 scopeVersion);
    // {"results":[...],"lastMutationId"}
    // `ip`: the client's address, for the audit trail of the records changed.
    Result<QJsonObject> push(const AuthUser &caller, const QJsonObject &body, const QString &ip);

    // Called after a push committed with the ids of the prospects it created from a CSV import on
    // the desktop (source « import »): their enrichment is queued like the server's batch import.
    using ImportedProspectsHook = std::function<void(const QStringList &prospectIds, const AuthUser &caller)>;
    void setImportedProspectsHook(ImportedProspectsHook hook) { m_importedProspects = std::move(hook); }

private:
    Database &m_db;
    const Clock &m_clock;
    ImportedProspectsHook m_importedProspects;
};

} // namespace hector::server
