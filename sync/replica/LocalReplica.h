#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QVariantMap>

#include <functional>

struct sqlite3;

namespace hector::sync {

// One pending local change, as pushed to the server (docs/sync.md).
struct Mutation
{
    qint64 mid = 0;
    QString table;
    QString op; // "upsert" or "delete"
    QString rowId;
    QJsonObject fields;
    QJsonObject base;
    QDateTime at;

    QJsonObject toJson() const;
};

// What the server said about one pushed mutation.
struct MutationResult
{
    qint64 mid = 0;
    QString status; // applied, merged, rejected, duplicate
    QString code;
    QString message;
    QStringList lost;
    bool hasRow = false;   // the server sent its current row (null: none for us)
    QJsonArray row;        // empty with hasRow: the row does not exist for us on the server
    QStringList columns;
};

struct PulledChange
{
    QString table;
    bool isDelete = false;
    QString id;
    QJsonArray row; // values in the order of the table's pulled columns
};

// The client's SQLite replica of the rows its user may see, plus the outbox of local changes.
// Every local write changes the row and appends to the outbox in ONE SQLite transaction, so a
// crash at any point loses nothing. Lives on one thread (the GUI thread).
class LocalReplica : public QObject
{
    Q_OBJECT
public:
    ~LocalReplica() override;

    // Opens (creating or migrating) the replica file. `path` ":memory:" is allowed for tests.
    static Result<std::unique_ptr<LocalReplica>> open(const QString &path, QObject *parent = nullptr);
    // <AppDataLocation>/replicas/<sha1(server url + user id)>.sqlite
    static QString defaultPath(const QString &serverUrl, const QString &userId);

    QSqlDatabase database() const;
    QString path() const { return m_path; }

    // --- sync state ---
    QString clientId() const;
    QString cursor() const;              // empty until the first snapshot completed
    qint64 scopeVersion() const;
    QDateTime lastSyncAt() const;
    void setLastSyncAt(const QDateTime &at);
    bool hasSnapshot() const { return !cursor().isEmpty(); }

    // --- local writes (UI) ---
    // Creates a row; `fields` may hold "id" (else a new UUID). Returns the id.
    Result<QString> createRow(const QString &table, const QVariantMap &fields);
    // Changes some columns of a row. Values equal to the current ones are ignored.
    Result<void> updateRow(const QString &table, const QString &id, const QVariantMap &changes);
    // Deleting a prospect also unlinks its appointments, actions and opportunities and removes its
    // notes in the replica; deleting an opportunity removes its activities, notes and scoring
    // history — as the server's foreign keys do when the delete reaches it (migrations 0005, 0006).
    Result<void> deleteRow(const QString &table, const QString &id);
    // Runs several of the writes above in ONE SQLite transaction (a savepoint): all are kept or,
    // when `writes` returns an error (return the first one), none. Signals are emitted once, at
    // the end. Bulk edits and their undo use it.
    Result<void> writeBatch(const std::function<Result<void>()> &writes);
    // The row as column -> value (empty map when absent).
    QVariantMap row(const QString &table, const QString &id) const;

    // --- outbox ---
    int pendingCount() const;
    QList<Mutation> pendingMutations(int limit) const;
    // Removes the acknowledged mutations; applies the server rows of rejected ones and keeps
    // their French reason in the local history.
    Result<void> acknowledge(const QList<MutationResult> &results);
    QSet<QString> pendingFields(const QString &table, const QString &id) const;

    // --- applying server data ---
    // The snapshot runs in one transaction: beginSnapshot(), pages, finishSnapshot() or
    // abortSnapshot(). Pending local mutations are re-applied on top at the end.
    Result<void> beginSnapshot();
    Result<int> applySnapshotPage(const QString &table, const QStringList &columns, const QJsonArray &rows);
    Result<void> finishSnapshot(const QString &cursor, qint64 scopeVersion);
    void abortSnapshot();
    bool snapshotInProgress() const { return m_inSnapshot; }

    // Applies one pull page and stores the new cursor, in one transaction.
    Result<void> applyChanges(const QHash<QString, QStringList> &columns, const QList<PulledChange> &changes,
                              const QString &cursor);

    // Full-text search of prospects (FTS5 table prospects_search, accent-insensitive word prefixes),
    // kept by triggers; a snapshot rebuilds it in one pass. Searches scan the rows when it is not
    // ready (an interrupted rebuild is redone at the next open).
    bool searchIndexReady() const;
    Result<void> rebuildSearchIndex();
    // Proximity: the R*Tree prospects_geo(id = prospects.rowid, min_lat, max_lat, min_lon, max_lon)
    // over the prospects' coordinates, kept by triggers; a snapshot refills it in one pass (the
    // queries: sync/crm/OpportunityProximity.h).
    bool geoIndexReady() const;
    Result<void> rebuildGeoIndex();
    // The MATCH expression for what the user typed ("Orléans 59" -> "Orléans"* "59"*); empty when
    // there is no word.
    static QString searchExpression(const QString &userText);
    // SQLite's own handle behind a QSQLITE connection (the same system library Qt's driver uses),
    // for the bulk paths that step through rows with the C API; null for another driver.
    static sqlite3 *sqliteHandle(const QSqlDatabase &db);

    // Local history notes (rejected changes), newest first: {kind, field, message, created_at}.
    QList<QVariantMap> localHistory(const QString &table, const QString &id) const;

signals:
    // Rows of `table` changed (local write or server data). Models re-query.
    void tableChanged(const QString &table);
    void pendingCountChanged(int count);
    // A local write was recorded: the sync engine should push soon.
    void localChangeRecorded();

private:
    LocalReplica(QSqlDatabase db, QString path, QObject *parent);
    Result<void> migrate();
    QString state(const QString &key) const;
    Result<void> setState(const QString &key, const QString &value);
    Result<void> writeRow(const QString &table, const QVariantMap &values);
    Result<void> enqueue(const QString &table, const QString &op, const QString &id, const QJsonObject &fields,
                         const QJsonObject &base);
    Result<void> replayOutbox();
    // A local delete mirrors the server's foreign keys on the rows that depend on the deleted one.
    Result<void> mirrorDelete(const QString &table, const QString &id);
    static QSet<QString> mirroredTables(const QString &table);
    void recordedLocalChange();
    Result<void> addLocalHistory(const QString &table, const QString &id, const QString &kind,
                                 const QString &field, const QString &message);
    Result<void> exec(const QString &sql, const QVariantList &params = {});
    Result<void> begin();
    Result<void> commit();
    void rollback();
    void emitChanged(const QSet<QString> &tables);

    QSqlDatabase m_db;
    QString m_path;
    QString m_connectionName;
    bool m_inSnapshot = false;
    bool m_inBatch = false;
    bool m_batchRecorded = false;   // a write of the running batch went to the outbox
    QSet<QString> m_batchTables;    // tables changed by the running batch
    QSet<QString> m_snapshotTables;
};

} // namespace hector::sync
