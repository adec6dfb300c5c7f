#pragma once

#include "core/Result.h"
#include "core/sync/SyncSchema.h"
#include "db/PgConnection.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <compare>
#include <optional>

namespace hector::server {

// Position in the change feed: (transaction id, sequence number) of the last log row delivered.
// Wire form "<xid>:<seq>" (docs/sync.md).
struct SyncCursor
{
    quint64 xid = 0;
    qint64 seq = -1;

    QString toString() const;
    static std::optional<SyncCursor> parse(const QString &text);
    auto operator<=>(const SyncCursor &) const = default;
};

struct SyncLogEntry
{
    SyncCursor position;
    QString table;
    QString rowId;
};

struct SyncLogBatch
{
    quint64 xmin = 0; // pg_snapshot_xmin of the statement that read the log
    QList<SyncLogEntry> entries;
};

// SQL of the sync engine, built from hector::sync::syncedTables(): table and column names come
// from the spec only (quoted), never from a request. Every query runs on the caller's connection
// inside Database::transactionAs, so row-level security filters every read and write.
class SyncRepository
{
public:
    explicit SyncRepository(PgConnection &conn) : m_conn(conn) {}

    // --- Wire encoding ------------------------------------------------------------------------
    // SELECT list giving each spec column in a text form the encoder below understands
    // (timestamps as ISO-8601 UTC with milliseconds, char(n) without padding).
    static QString selectList(const sync::TableSpec &table);
    // Appends row `row` of `result` (columns selected with selectList, from `firstColumn`) as a
    // JSON array, written directly from libpq's buffers.
    static void appendRowJson(QByteArray &out, const sync::TableSpec &table, const PgResult &result, int row,
                              int firstColumn = 0);
    static void appendJsonString(QByteArray &out, QByteArrayView utf8);
    static void appendJsonText(QByteArray &out, const QString &text)
    {
        appendJsonString(out, QByteArrayView(text.toUtf8()));
    }
    // One value of such a row as a QJsonValue (push: comparisons, validation).
    static QJsonValue wireValue(const sync::ColumnSpec &column, const PgResult &result, int row, int col);
    // The row as a JSON object keyed by column name.
    static QJsonObject wireRow(const sync::TableSpec &table, const PgResult &result, int row);
    // A wire value as a query parameter (null -> SQL NULL; a whole number as an integer).
    static QVariant toParam(const QJsonValue &value);

    // --- Reads --------------------------------------------------------------------------------
    // users.scope_version of the caller (hector_user_id()).
    Result<qint64> scopeVersion();
    // pg_snapshot_xmin(pg_current_snapshot()): every transaction below it has finished.
    Result<quint64> snapshotXmin();
    Result<qint64> countVisible(const sync::TableSpec &table);
    // Visible rows with id > after (empty: from the start), in id order.
    Result<PgResult> snapshotPage(const sync::TableSpec &table, const QString &after, int limit);
    // Visible log rows after `after` whose transactions are older than every running one, in one
    // statement (so no row committed out of order is ever skipped).
    Result<SyncLogBatch> readLog(const SyncCursor &after, int limit);
    // Current visible state of these rows (selectList columns).
    Result<PgResult> currentRows(const sync::TableSpec &table, const QStringList &ids);

    // --- Push ---------------------------------------------------------------------------------
    // Creates the client's row for the caller on first use and locks it; nullopt when the client
    // id belongs to another user.
    Result<std::optional<qint64>> lockClient(const QString &clientId);
    Result<void> saveClient(const QString &clientId, qint64 lastMutationId, const QDateTime &now);

    struct LockedRow
    {
        PgResult result;   // selectList columns, then _field_at and _field_by (jsonb as text)
        bool found = false;
    };
    // SELECT ... FOR UPDATE: only rows the caller may modify (UPDATE policies apply).
    Result<LockedRow> lockRow(const sync::TableSpec &table, const QString &id);
    Result<bool> isVisible(const sync::TableSpec &table, const QString &id);
    Result<bool> wasDeleted(const sync::TableSpec &table, const QString &id);
    // Whether the id exists at all, whoever may read it (reveals no content).
    Result<bool> exists(const sync::TableSpec &table, const QString &id);
    Result<bool> userVisible(const QString &userId);

    // `values`: text parameters (null QVariant = NULL), in `columns` order. Return the row
    // (selectList columns).
    Result<PgResult> insertRow(const sync::TableSpec &table, const QString &id, const QStringList &columns,
                               const QVariantList &values, const QJsonObject &fieldAt, const QJsonObject &fieldBy);
    Result<PgResult> updateRow(const sync::TableSpec &table, const QString &id, const QStringList &columns,
                               const QVariantList &values, const QJsonObject &fieldAt, const QJsonObject &fieldBy);
    Result<int> deleteRow(const sync::TableSpec &table, const QString &id);
    Result<PgResult> selectRow(const sync::TableSpec &table, const QString &id);

    struct Conflict
    {
        QString entityId;
        QString table;
        QString rowId;
        QString field;
        QVariant keptValue;
        QVariant lostValue;
        QString keptUserId;
        QString lostUserId;
        QDateTime at;
    };
    Result<void> recordConflict(const Conflict &conflict);

    Result<void> savepoint();
    Result<void> releaseSavepoint();
    Result<void> rollbackToSavepoint();

private:
    PgConnection &m_conn;
};

} // namespace hector::server
