#include "sync/replica/LocalReplica.h"

#include "core/crm/CrmRules.h"
#include "core/sync/RowValidation.h"
#include "core/sync/SyncSchema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <sqlite3.h>

#include <atomic>
#include <utility>

Q_LOGGING_CATEGORY(lcReplica, "hector.sync.replica")

namespace hector::sync {

namespace {
constexpr int kReplicaSchema = 1; // PRAGMA user_version of the SQLite file layout

QString quoted(const QString &identifier)
{
    return u'"' + identifier + u'"';
}

QString sqliteType(ColumnType t)
{
    switch (t) {
    case ColumnType::Integer:
    case ColumnType::Bool:
        return QStringLiteral("INTEGER");
    case ColumnType::Real:
        return QStringLiteral("REAL");
    default:
        return QStringLiteral("TEXT");
    }
}

QVariant jsonToSql(ColumnType t, const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant();
    switch (t) {
    case ColumnType::Integer:
        return QVariant(qint64(v.toDouble()));
    case ColumnType::Real:
        return QVariant(v.toDouble());
    case ColumnType::Bool:
        return QVariant(v.toBool() ? 1 : 0);
    default:
        return QVariant(v.isString() ? v.toString() : v.toVariant().toString());
    }
}

QJsonValue sqlToJson(ColumnType t, const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return QJsonValue::Null;
    switch (t) {
    case ColumnType::Integer:
        return QJsonValue(v.toLongLong());
    case ColumnType::Real:
        return QJsonValue(v.toDouble());
    case ColumnType::Bool:
        return QJsonValue(v.toBool());
    case ColumnType::Timestamp:
        if (v.typeId() == QMetaType::QDateTime)
            return QJsonValue(v.toDateTime().toUTC().toString(Qt::ISODateWithMs));
        return QJsonValue(v.toString());
    default:
        return QJsonValue(v.toString());
    }
}

// Normalises a UI value to what the replica stores (so "changed?" comparisons are exact).
QVariant normalize(ColumnType t, const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QVariant();
    if ((t == ColumnType::Text || t == ColumnType::Uuid) && v.toString().isEmpty())
        return QVariant();
    return jsonToSql(t, sqlToJson(t, v));
}

QString dbError(const QSqlQuery &q)
{
    return q.lastError().text();
}

std::atomic<int> s_connectionCounter{0};

struct Index
{
    QString name;
    QString create;
};

// Full-text search over prospects: FTS5 external-content table kept by triggers, accent-insensitive.
const char *kSearchColumns = "company_name, city, postcode, siren, contact_name, email";

QStringList searchTriggers()
{
    const QString cols = QString::fromLatin1(kSearchColumns);
    QString newCols = QStringLiteral("new.") + cols;
    newCols.replace(QStringLiteral(", "), QStringLiteral(", new."));
    QString oldCols = QStringLiteral("old.") + cols;
    oldCols.replace(QStringLiteral(", "), QStringLiteral(", old."));
    return {
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS prospects_search_ai AFTER INSERT ON prospects BEGIN "
                       "INSERT INTO prospects_search (rowid, %1) VALUES (new.rowid, %2); END")
            .arg(cols, newCols),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS prospects_search_ad AFTER DELETE ON prospects BEGIN "
                       "INSERT INTO prospects_search (prospects_search, rowid, %1) VALUES ('delete', old.rowid, %2); END")
            .arg(cols, oldCols),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS prospects_search_au AFTER UPDATE ON prospects BEGIN "
                       "INSERT INTO prospects_search (prospects_search, rowid, %1) VALUES ('delete', old.rowid, %2); "
                       "INSERT INTO prospects_search (rowid, %1) VALUES (new.rowid, %3); END")
            .arg(cols, oldCols, newCols),
    };
}

// Proximity search (issue #6): an R*Tree over the prospects' coordinates, keyed by the prospect's
// rowid, each point stored as a box of zero size (SQLite keeps 32-bit floats rounded outwards, so
// a box query never misses a point; the caller then measures the exact distance). Kept by
// triggers; a snapshot empties it and fills it again in one pass, like the search index.
const QString kGeoFill = QStringLiteral("INSERT INTO prospects_geo (id, min_lat, max_lat, min_lon, max_lon) "
                                        "SELECT rowid, latitude, latitude, longitude, longitude FROM prospects "
                                        "WHERE latitude IS NOT NULL AND longitude IS NOT NULL");

QStringList geoTriggers()
{
    return {
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS prospects_geo_ai AFTER INSERT ON prospects "
                       "WHEN new.latitude IS NOT NULL AND new.longitude IS NOT NULL BEGIN "
                       "INSERT OR REPLACE INTO prospects_geo VALUES (new.rowid, new.latitude, new.latitude, "
                       "new.longitude, new.longitude); END"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS prospects_geo_ad AFTER DELETE ON prospects BEGIN "
                       "DELETE FROM prospects_geo WHERE id = old.rowid; END"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS prospects_geo_au AFTER UPDATE OF latitude, longitude ON prospects BEGIN "
                       "DELETE FROM prospects_geo WHERE id = old.rowid; "
                       "INSERT INTO prospects_geo SELECT new.rowid, new.latitude, new.latitude, new.longitude, new.longitude "
                       "WHERE new.latitude IS NOT NULL AND new.longitude IS NOT NULL; END"),
    };
}

// Secondary indexes of a synced table. A snapshot drops them and builds them again once the rows
// are in (one sort instead of 100 000 index insertions).
QList<Index> secondaryIndexes(const TableSpec &t)
{
    QList<Index> out;
    if (t.column(QStringLiteral("entity_id")) && t.name != QLatin1String("entities"))
        out.append({t.name + QStringLiteral("_entity"), QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2 (entity_id)")
                                                         .arg(quoted(t.name + QStringLiteral("_entity")), quoted(t.name))});
    if (t.name == QLatin1String("prospects")) {
        // Sort keys of the prospects list (LIMIT/OFFSET pages walk these indexes).
        out.append({QStringLiteral("prospects_company"),
                    QStringLiteral("CREATE INDEX IF NOT EXISTS prospects_company ON prospects (company_name COLLATE NOCASE, id)")});
        out.append({QStringLiteral("prospects_city"),
                    QStringLiteral("CREATE INDEX IF NOT EXISTS prospects_city ON prospects (city COLLATE NOCASE, id)")});
        out.append({QStringLiteral("prospects_updated"),
                    QStringLiteral("CREATE INDEX IF NOT EXISTS prospects_updated ON prospects (updated_at, id)")});
        // Duplicate detection (same SIREN, SIRET, or name + postcode), the list's filters and sorts.
        out.append({QStringLiteral("prospects_siren"),
                    QStringLiteral("CREATE INDEX IF NOT EXISTS prospects_siren ON prospects (siren)")});
        out.append({QStringLiteral("prospects_siret"),
                    QStringLiteral("CREATE INDEX IF NOT EXISTS prospects_siret ON prospects (siret)")});
        out.append({QStringLiteral("prospects_postcode"),
                    QStringLiteral("CREATE INDEX IF NOT EXISTS prospects_postcode ON prospects (postcode, id)")});
        out.append({QStringLiteral("prospects_status"),
                    QStringLiteral("CREATE INDEX IF NOT EXISTS prospects_status ON prospects (status, id)")});
        out.append({QStringLiteral("prospects_owner"),
                    QStringLiteral("CREATE INDEX IF NOT EXISTS prospects_owner ON prospects (owner_id)")});
        // The list's sort by quality (an expression index: the ORDER BY must use the same
        // expression). Rename the index if crm::dataQualityScoreSql() changes, or replicas keep
        // the old one (IF NOT EXISTS) and the sort stops using it.
        out.append({QStringLiteral("prospects_quality"),
                    QStringLiteral("CREATE INDEX IF NOT EXISTS prospects_quality ON prospects (%1, id)")
                        .arg(crm::dataQualityScoreSql())});
    }
    // The records of a prospect (its timeline; unlinked when it is deleted).
    if (t.column(QStringLiteral("prospect_id")))
        out.append({t.name + QStringLiteral("_prospect"), QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2 (prospect_id)")
                                                           .arg(quoted(t.name + QStringLiteral("_prospect")), quoted(t.name))});
    // The rows of an opportunity (its tabs). The bulk local scoring reads the activities in this
    // order from the index alone (it covers the direction too).
    if (t.column(QStringLiteral("opportunity_id"))) {
        out.append({t.name + QStringLiteral("_opportunity"),
                    QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2 (opportunity_id%3)")
                        .arg(quoted(t.name + QStringLiteral("_opportunity")), quoted(t.name),
                             t.column(QStringLiteral("direction")) ? QStringLiteral(", occurred_at, id, direction") : QString())});
    }
    if (t.column(QStringLiteral("row_id")))
        out.append({t.name + QStringLiteral("_row"), QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2 (table_name, row_id)")
                                                      .arg(quoted(t.name + QStringLiteral("_row")), quoted(t.name))});
    return out;
}
} // namespace

QJsonObject Mutation::toJson() const
{
    QJsonObject o{{QStringLiteral("mid"), mid},
                  {QStringLiteral("table"), table},
                  {QStringLiteral("op"), op},
                  {QStringLiteral("id"), rowId},
                  {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)}};
    if (op == QLatin1String("upsert")) {
        o.insert(QStringLiteral("fields"), fields);
        o.insert(QStringLiteral("base"), base);
    }
    return o;
}

LocalReplica::LocalReplica(QSqlDatabase db, QString path, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_path(std::move(path))
    , m_connectionName(m_db.connectionName())
{}

LocalReplica::~LocalReplica()
{
    if (m_inSnapshot)
        abortSnapshot();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString LocalReplica::defaultPath(const QString &serverUrl, const QString &userId)
{
    const QByteArray key = QCryptographicHash::hash((serverUrl + u'|' + userId).toUtf8(),
                                                    QCryptographicHash::Sha1)
                               .toHex();
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                            .filePath(QStringLiteral("replicas"));
    return QDir(dir).filePath(QString::fromLatin1(key) + QStringLiteral(".sqlite"));
}

Result<std::unique_ptr<LocalReplica>> LocalReplica::open(const QString &path, QObject *parent)
{
    if (path != QLatin1String(":memory:")) {
        const QString dir = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(dir)) {
            return makeError(QStringLiteral("replica_unavailable"),
                             tr("Impossible de créer le dossier de la base locale : %1").arg(dir));
        }
    }
    const QString name = QStringLiteral("hector-replica-%1").arg(++s_connectionCounter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (!db.open()) {
        const QString why = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return makeError(QStringLiteral("replica_unavailable"),
                         tr("Impossible d'ouvrir la base locale %1 : %2").arg(path, why));
    }
    std::unique_ptr<LocalReplica> replica(new LocalReplica(db, path, parent));
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                               "PRAGMA synchronous = NORMAL", "PRAGMA busy_timeout = 5000",
                               // INSERT OR REPLACE must fire the delete triggers (search index).
                               "PRAGMA recursive_triggers = ON",
                               // Bulk reads (scoring, dashboards, proximity) map the file instead of
                               // copying pages through read(): a third of the time on 100 000 rows.
                               "PRAGMA mmap_size = 268435456", "PRAGMA cache_size = -16384"}) {
        if (auto r = replica->exec(QString::fromLatin1(pragma)); !r)
            return r.error();
    }
    if (auto r = replica->migrate(); !r)
        return r.error();
    if (!replica->searchIndexReady()) {
        if (auto r = replica->rebuildSearchIndex(); !r)
            return r.error();
    }
    if (!replica->geoIndexReady()) { // a replica of before the proximity index, or an interrupted fill
        if (auto r = replica->rebuildGeoIndex(); !r)
            return r.error();
    }
    return replica;
}

QSqlDatabase LocalReplica::database() const
{
    return m_db;
}

Result<void> LocalReplica::exec(const QString &sql, const QVariantList &params)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql)) {
        return makeError(QStringLiteral("replica_error"),
                         tr("Erreur de la base locale : %1").arg(dbError(q)));
    }
    for (const QVariant &p : params)
        q.addBindValue(p);
    if (!q.exec()) {
        qCWarning(lcReplica) << "SQL failed:" << sql << dbError(q);
        return makeError(QStringLiteral("replica_error"),
                         tr("Erreur de la base locale : %1").arg(dbError(q)));
    }
    return {};
}

Result<void> LocalReplica::begin()
{
    if (m_inSnapshot || m_inBatch) // everything is already inside the snapshot transaction / batch
        return {};
    if (!m_db.transaction()) {
        return makeError(QStringLiteral("replica_error"),
                         tr("Erreur de la base locale : %1").arg(m_db.lastError().text()));
    }
    return {};
}

Result<void> LocalReplica::commit()
{
    if (m_inSnapshot || m_inBatch)
        return {};
    if (!m_db.commit()) {
        const QString why = m_db.lastError().text();
        m_db.rollback();
        return makeError(QStringLiteral("replica_error"), tr("Erreur de la base locale : %1").arg(why));
    }
    return {};
}

void LocalReplica::rollback()
{
    if (!m_inSnapshot && !m_inBatch) // a batch is rolled back as a whole by writeBatch()
        m_db.rollback();
}

Result<void> LocalReplica::writeBatch(const std::function<Result<void>()> &writes)
{
    if (m_inBatch)
        return writes(); // part of the enclosing batch
    // A savepoint, not BEGIN: a batch may also run while a snapshot transaction is open.
    if (auto r = exec(QStringLiteral("SAVEPOINT local_batch")); !r)
        return r;
    m_inBatch = true;
    m_batchRecorded = false;
    m_batchTables.clear();
    const Result<void> result = writes();
    m_inBatch = false;
    if (!result) {
        (void)exec(QStringLiteral("ROLLBACK TO local_batch"));
        (void)exec(QStringLiteral("RELEASE local_batch"));
        m_batchTables.clear();
        return result;
    }
    if (auto r = exec(QStringLiteral("RELEASE local_batch")); !r) {
        (void)exec(QStringLiteral("ROLLBACK TO local_batch"));
        (void)exec(QStringLiteral("RELEASE local_batch"));
        m_batchTables.clear();
        return r;
    }
    const QSet<QString> tables = std::exchange(m_batchTables, {});
    emitChanged(tables);
    if (m_batchRecorded)
        emit localChangeRecorded();
    return {};
}

void LocalReplica::recordedLocalChange()
{
    if (m_inBatch)
        m_batchRecorded = true;
    else
        emit localChangeRecorded();
}

QSet<QString> LocalReplica::mirroredTables(const QString &table)
{
    if (table == QLatin1String("prospects"))
        return {QStringLiteral("rdvs"), QStringLiteral("actions"), QStringLiteral("opportunities"), QStringLiteral("prospect_notes")};
    if (table == QLatin1String("opportunities"))
        return {QStringLiteral("opportunity_activities"), QStringLiteral("opportunity_notes"), QStringLiteral("scoring_history")};
    return {};
}

Result<void> LocalReplica::mirrorDelete(const QString &table, const QString &id)
{
    // The server's foreign keys (migrations 0005 and 0006). Not queued: the server does the same
    // itself when it applies the delete.
    if (table == QLatin1String("prospects")) {
        // ON DELETE SET NULL (rdvs, actions, opportunities) and ON DELETE CASCADE (prospect_notes).
        for (const char *linked : {"rdvs", "actions", "opportunities"}) {
            if (auto r = exec(QStringLiteral("UPDATE %1 SET prospect_id = NULL WHERE prospect_id = ?").arg(QLatin1String(linked)), {id}); !r)
                return r;
        }
        return exec(QStringLiteral("DELETE FROM prospect_notes WHERE prospect_id = ?"), {id});
    }
    if (table == QLatin1String("opportunities")) {
        // ON DELETE CASCADE: activities, notes and scoring history go with their opportunity.
        for (const char *child : {"opportunity_activities", "opportunity_notes", "scoring_history"}) {
            if (auto r = exec(QStringLiteral("DELETE FROM %1 WHERE opportunity_id = ?").arg(QLatin1String(child)), {id}); !r)
                return r;
        }
    }
    return {};
}

Result<void> LocalReplica::migrate()
{
    int version = 0;
    {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA user_version"));
        version = q.next() ? q.value(0).toInt() : 0;
        q.finish(); // an active statement would lock the tables migrations drop
    }
    if (version > kReplicaSchema) {
        return makeError(QStringLiteral("replica_too_new"),
                         tr("La base locale a été créée par une version plus récente de Hector. "
                            "Mettez Hector à jour."));
    }
    if (auto r = begin(); !r)
        return r;
    auto fail = [this](const Error &e) -> Result<void> {
        rollback();
        return e;
    };
    if (version < 1) {
        const QStringList statements{
            QStringLiteral("CREATE TABLE IF NOT EXISTS _sync_state (key TEXT PRIMARY KEY, value TEXT)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS _outbox (mid INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "table_name TEXT NOT NULL, row_id TEXT NOT NULL, op TEXT NOT NULL, "
                           "fields TEXT, base TEXT, at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS _outbox_row ON _outbox (table_name, row_id)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS _local_history (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "table_name TEXT NOT NULL, row_id TEXT NOT NULL, kind TEXT NOT NULL, field TEXT, "
                           "message TEXT, created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS _local_history_row ON _local_history (table_name, row_id)"),
        };
        for (const QString &s : statements) {
            if (auto r = exec(s); !r)
                return fail(r.error());
        }
        if (auto r = exec(QStringLiteral("PRAGMA user_version = %1").arg(kReplicaSchema)); !r)
            return fail(r.error());
    }
    // Synced tables follow kSyncSchemaVersion: another version means other shapes, so they are
    // rebuilt empty and filled again by a fresh snapshot (the outbox is kept).
    const QString stored = state(QStringLiteral("schema_version"));
    if (stored != QString::number(kSyncSchemaVersion)) {
        for (const TableSpec &t : syncedTables()) {
            if (auto r = exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(quoted(t.name))); !r)
                return fail(r.error());
            QStringList cols;
            for (const ColumnSpec &c : t.columns) {
                cols << QStringLiteral("%1 %2%3").arg(quoted(c.name), sqliteType(c.type),
                                                      c.name == QLatin1String("id")
                                                          ? QStringLiteral(" PRIMARY KEY NOT NULL")
                                                          : QString());
            }
            if (auto r = exec(QStringLiteral("CREATE TABLE %1 (%2)").arg(quoted(t.name), cols.join(u", "))); !r)
                return fail(r.error());
            for (const Index &index : secondaryIndexes(t)) {
                if (auto r = exec(index.create); !r)
                    return fail(r.error());
            }
        }
        if (auto r = setState(QStringLiteral("cursor"), QString()); !r)
            return fail(r.error());
        if (auto r = setState(QStringLiteral("geo_index"), QStringLiteral("stale")); !r) // refilled at open
            return fail(r.error());
        if (auto r = setState(QStringLiteral("schema_version"), QString::number(kSyncSchemaVersion)); !r)
            return fail(r.error());
    }
    for (const TableSpec &t : syncedTables()) {
        for (const Index &index : secondaryIndexes(t)) {
            if (auto r = exec(index.create); !r)
                return fail(r.error());
        }
    }
    if (auto r = exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS prospects_search USING fts5(%1, "
                                     "content='prospects', content_rowid='rowid', "
                                     "tokenize='unicode61 remove_diacritics 2')")
                          .arg(QLatin1String(kSearchColumns)));
        !r) {
        return fail(r.error());
    }
    for (const QString &trigger : searchTriggers()) {
        if (auto r = exec(trigger); !r)
            return fail(r.error());
    }
    if (auto r = exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS prospects_geo USING rtree(id, min_lat, max_lat, "
                                     "min_lon, max_lon)"));
        !r) {
        return fail(r.error());
    }
    for (const QString &trigger : geoTriggers()) {
        if (auto r = exec(trigger); !r)
            return fail(r.error());
    }
    if (state(QStringLiteral("client_id")).isEmpty()) {
        if (auto r = setState(QStringLiteral("client_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)); !r)
            return fail(r.error());
    }
    return commit();
}

QString LocalReplica::state(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM _sync_state WHERE key = ?"));
    q.addBindValue(key);
    QString value;
    if (q.exec() && q.next())
        value = q.value(0).toString();
    q.finish();
    return value;
}

Result<void> LocalReplica::setState(const QString &key, const QString &value)
{
    return exec(QStringLiteral("INSERT INTO _sync_state (key, value) VALUES (?, ?) "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                {key, value});
}

QString LocalReplica::clientId() const
{
    return state(QStringLiteral("client_id"));
}

QString LocalReplica::cursor() const
{
    return state(QStringLiteral("cursor"));
}

qint64 LocalReplica::scopeVersion() const
{
    return state(QStringLiteral("scope_version")).toLongLong();
}

QDateTime LocalReplica::lastSyncAt() const
{
    return QDateTime::fromString(state(QStringLiteral("last_sync_at")), Qt::ISODateWithMs);
}

void LocalReplica::setLastSyncAt(const QDateTime &at)
{
    (void)setState(QStringLiteral("last_sync_at"), at.toUTC().toString(Qt::ISODateWithMs));
}

QVariantMap LocalReplica::row(const QString &table, const QString &id) const
{
    const TableSpec *spec = syncedTable(table);
    if (!spec)
        return {};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(quoted(table)));
    q.addBindValue(id);
    QVariantMap out;
    if (q.exec() && q.next()) {
        for (const ColumnSpec &c : spec->columns)
            out.insert(c.name, q.value(c.name));
    }
    return out;
}

Result<void> LocalReplica::writeRow(const QString &table, const QVariantMap &values)
{
    QStringList cols;
    QStringList marks;
    QVariantList params;
    for (auto it = values.begin(); it != values.end(); ++it) {
        cols << quoted(it.key());
        marks << QStringLiteral("?");
        params << it.value();
    }
    return exec(QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
                    .arg(quoted(table), cols.join(u','), marks.join(u',')),
                params);
}

Result<void> LocalReplica::enqueue(const QString &table, const QString &op, const QString &id,
                                   const QJsonObject &fields, const QJsonObject &base)
{
    auto json = [](const QJsonObject &o) {
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    return exec(QStringLiteral("INSERT INTO _outbox (table_name, row_id, op, fields, base, at) VALUES (?, ?, ?, ?, ?, ?)"),
                {table, id, op, json(fields), json(base),
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
}

Result<QString> LocalReplica::createRow(const QString &table, const QVariantMap &input)
{
    const TableSpec *spec = syncedTable(table);
    if (!spec || !spec->clientWritable) {
        return makeError(QStringLiteral("forbidden"), tr("Cette table ne peut pas être modifiée localement."));
    }
    const QString id = input.value(QStringLiteral("id")).toString().isEmpty()
                           ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                           : input.value(QStringLiteral("id")).toString();
    QVariantMap values{{QStringLiteral("id"), id}};
    QJsonObject fields{{QStringLiteral("id"), id}};
    for (auto it = input.begin(); it != input.end(); ++it) {
        const ColumnSpec *c = spec->column(it.key());
        if (!c || it.key() == QLatin1String("id"))
            continue;
        if (!c->clientWritable)
            continue;
        const QVariant v = normalize(c->type, it.value());
        values.insert(c->name, v);
        fields.insert(c->name, sqlToJson(c->type, v));
    }
    if (auto valid = validateRow(*spec, fields, true); !valid)
        return valid.error();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (spec->column(QStringLiteral("created_at")))
        values.insert(QStringLiteral("created_at"), now);
    if (spec->column(QStringLiteral("updated_at")))
        values.insert(QStringLiteral("updated_at"), now);
    if (auto r = begin(); !r)
        return r.error();
    if (auto r = writeRow(table, values); !r) {
        rollback();
        return r.error();
    }
    if (auto r = enqueue(table, QStringLiteral("upsert"), id, fields, {}); !r) {
        rollback();
        return r.error();
    }
    if (auto r = commit(); !r)
        return r.error();
    emitChanged({table});
    recordedLocalChange();
    return id;
}

Result<void> LocalReplica::updateRow(const QString &table, const QString &id, const QVariantMap &changes)
{
    const TableSpec *spec = syncedTable(table);
    if (!spec || !spec->clientWritable)
        return makeError(QStringLiteral("forbidden"), tr("Cette table ne peut pas être modifiée localement."));
    const QVariantMap current = row(table, id);
    if (current.isEmpty())
        return makeError(QStringLiteral("not_found"), tr("Cet enregistrement n'existe plus."));
    QVariantMap values = current;
    QJsonObject fields;
    QJsonObject base;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const ColumnSpec *c = spec->column(it.key());
        if (!c || !c->clientWritable || c->name == QLatin1String("id"))
            continue;
        const QVariant v = normalize(c->type, it.value());
        const QVariant old = normalize(c->type, current.value(c->name));
        if (sqlToJson(c->type, v) == sqlToJson(c->type, old))
            continue;
        values.insert(c->name, v);
        fields.insert(c->name, sqlToJson(c->type, v));
        base.insert(c->name, sqlToJson(c->type, old));
    }
    if (fields.isEmpty())
        return {};
    QJsonObject whole;
    for (const ColumnSpec &c : spec->columns)
        whole.insert(c.name, sqlToJson(c.type, values.value(c.name)));
    if (auto valid = validateRow(*spec, whole, false); !valid)
        return valid.error();
    if (spec->column(QStringLiteral("updated_at")))
        values.insert(QStringLiteral("updated_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (auto r = begin(); !r)
        return r;
    if (auto r = writeRow(table, values); !r) {
        rollback();
        return r;
    }
    if (auto r = enqueue(table, QStringLiteral("upsert"), id, fields, base); !r) {
        rollback();
        return r;
    }
    if (auto r = commit(); !r)
        return r;
    emitChanged({table});
    recordedLocalChange();
    return {};
}

Result<void> LocalReplica::deleteRow(const QString &table, const QString &id)
{
    const TableSpec *spec = syncedTable(table);
    if (!spec || !spec->clientWritable)
        return makeError(QStringLiteral("forbidden"), tr("Cette table ne peut pas être modifiée localement."));
    if (auto r = begin(); !r)
        return r;
    if (auto r = exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(quoted(table)), {id}); !r) {
        rollback();
        return r;
    }
    if (auto r = mirrorDelete(table, id); !r) {
        rollback();
        return r;
    }
    if (auto r = enqueue(table, QStringLiteral("delete"), id, {}, {}); !r) {
        rollback();
        return r;
    }
    if (auto r = commit(); !r)
        return r;
    emitChanged(mirroredTables(table) + QSet<QString>{table});
    recordedLocalChange();
    return {};
}

int LocalReplica::pendingCount() const
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT count(*) FROM _outbox"));
    return q.next() ? q.value(0).toInt() : 0;
}

QList<Mutation> LocalReplica::pendingMutations(int limit) const
{
    QList<Mutation> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT mid, table_name, row_id, op, fields, base, at FROM _outbox ORDER BY mid LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        Mutation m;
        m.mid = q.value(0).toLongLong();
        m.table = q.value(1).toString();
        m.rowId = q.value(2).toString();
        m.op = q.value(3).toString();
        m.fields = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        m.base = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        m.at = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        out.append(m);
    }
    return out;
}

QSet<QString> LocalReplica::pendingFields(const QString &table, const QString &id) const
{
    QSet<QString> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT fields FROM _outbox WHERE table_name = ? AND row_id = ? AND op = 'upsert'"));
    q.addBindValue(table);
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next()) {
            const QJsonObject f = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            for (auto it = f.begin(); it != f.end(); ++it)
                out.insert(it.key());
        }
    }
    return out;
}

Result<void> LocalReplica::addLocalHistory(const QString &table, const QString &id, const QString &kind,
                                           const QString &field, const QString &message)
{
    return exec(QStringLiteral("INSERT INTO _local_history (table_name, row_id, kind, field, message, created_at) "
                               "VALUES (?, ?, ?, ?, ?, ?)"),
                {table, id, kind, field, message, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
}

QList<QVariantMap> LocalReplica::localHistory(const QString &table, const QString &id) const
{
    QList<QVariantMap> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT kind, field, message, created_at FROM _local_history WHERE table_name = ? "
                             "AND row_id = ? ORDER BY id DESC"));
    q.addBindValue(table);
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next()) {
            out.append(QVariantMap{{QStringLiteral("kind"), q.value(0)},
                                   {QStringLiteral("field"), q.value(1)},
                                   {QStringLiteral("message"), q.value(2)},
                                   {QStringLiteral("created_at"), q.value(3)}});
        }
    }
    return out;
}

Result<void> LocalReplica::acknowledge(const QList<MutationResult> &results)
{
    if (results.isEmpty())
        return {};
    QSet<QString> touched;
    if (auto r = begin(); !r)
        return r;
    auto fail = [this](const Error &e) -> Result<void> {
        rollback();
        return e;
    };
    for (const MutationResult &res : results) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT table_name, row_id FROM _outbox WHERE mid = ?"));
        q.addBindValue(res.mid);
        if (!q.exec() || !q.next())
            continue; // already acknowledged (answer received twice)
        const QString table = q.value(0).toString();
        const QString id = q.value(1).toString();
        if (auto r = exec(QStringLiteral("DELETE FROM _outbox WHERE mid = ?"), {res.mid}); !r)
            return fail(r.error());
        if (res.status == QLatin1String("rejected")) {
            if (auto r = addLocalHistory(table, id, QStringLiteral("rejected"), QString(), res.message); !r)
                return fail(r.error());
        }
        {
            // Server authoritative: take the row as the server now holds it (a refused change is
            // undone; a merged one shows the values that won), or remove ours when it has none.
            if (res.hasRow) {
                const TableSpec *spec = syncedTable(table);
                if (!spec)
                    continue;
                if (res.row.isEmpty()) {
                    if (auto r = exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(quoted(table)), {id}); !r)
                        return fail(r.error());
                } else {
                    QSqlQuery del(m_db);
                    del.prepare(QStringLiteral("SELECT 1 FROM _outbox WHERE table_name = ? AND row_id = ? AND op = 'delete'"));
                    del.addBindValue(table);
                    del.addBindValue(id);
                    if (del.exec() && del.next())
                        continue; // deleted locally since: the delete is on its way
                    QVariantMap values = row(table, id);
                    const QSet<QString> keep = pendingFields(table, id);
                    for (qsizetype i = 0; i < res.columns.size() && i < res.row.size(); ++i) {
                        const ColumnSpec *c = spec->column(res.columns.at(i));
                        if (c && !keep.contains(c->name))
                            values.insert(c->name, jsonToSql(c->type, res.row.at(i)));
                    }
                    if (auto r = writeRow(table, values); !r)
                        return fail(r.error());
                }
                touched.insert(table);
            }
        }
    }
    if (auto r = commit(); !r)
        return r;
    emitChanged(touched);
    return {};
}

Result<void> LocalReplica::beginSnapshot()
{
    if (m_inSnapshot)
        abortSnapshot();
    if (!m_db.transaction()) {
        return makeError(QStringLiteral("replica_error"),
                         tr("Erreur de la base locale : %1").arg(m_db.lastError().text()));
    }
    m_inSnapshot = true;
    m_snapshotTables.clear();
    for (const TableSpec &t : syncedTables()) {
        if (auto r = exec(QStringLiteral("DELETE FROM %1").arg(quoted(t.name))); !r) {
            abortSnapshot();
            return r;
        }
        if (t.name == QLatin1String("prospects")) {
            // The search index is emptied and rebuilt in one go after the snapshot.
            for (const char *trigger : {"prospects_search_ai", "prospects_search_ad", "prospects_search_au"})
                (void)exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(trigger)));
            (void)exec(QStringLiteral("INSERT INTO prospects_search (prospects_search) VALUES ('delete-all')"));
            (void)setState(QStringLiteral("search_index"), QStringLiteral("stale"));
            // The proximity index too.
            for (const char *trigger : {"prospects_geo_ai", "prospects_geo_ad", "prospects_geo_au"})
                (void)exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(trigger)));
            (void)exec(QStringLiteral("DELETE FROM prospects_geo"));
            (void)setState(QStringLiteral("geo_index"), QStringLiteral("stale"));
        }
        // Best effort: a statement still reading the table (a view scrolling, say) keeps its
        // indexes locked; they are then simply maintained row by row.
        for (const Index &index : secondaryIndexes(t)) {
            QSqlQuery drop(m_db);
            if (!drop.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(quoted(index.name))))
                qCInfo(lcReplica) << "index kept during the snapshot:" << index.name << drop.lastError().text();
        }
    }
    return {};
}

Result<int> LocalReplica::applySnapshotPage(const QString &table, const QStringList &columns, const QJsonArray &rows)
{
    const TableSpec *spec = syncedTable(table);
    if (!spec || !m_inSnapshot)
        return makeError(QStringLiteral("sync_protocol"), tr("Réponse de synchronisation inattendue (table %1).").arg(table));
    QList<const ColumnSpec *> specs;
    QStringList cols;
    QStringList marks;
    for (const QString &name : columns) {
        const ColumnSpec *c = spec->column(name);
        specs.append(c);
        if (c) {
            cols << quoted(name);
            marks << QStringLiteral("?");
        }
    }
    const QString sql = QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)").arg(quoted(table), cols.join(u','), marks.join(u','));
    // The bulk of a first sync: rows bound straight through SQLite's C API (no QVariant per value,
    // text bound as UTF-8), in the snapshot's transaction on this same connection.
    sqlite3 *handle = sqliteHandle(m_db);
    if (!handle)
        return makeError(QStringLiteral("replica_error"), tr("Erreur de la base locale : pilote SQLite introuvable."));
    sqlite3_stmt *stmt = nullptr;
    const QByteArray sqlUtf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, sqlUtf8.constData(), int(sqlUtf8.size()), &stmt, nullptr) != SQLITE_OK)
        return makeError(QStringLiteral("replica_error"), tr("Erreur de la base locale : %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> finalizer(stmt, sqlite3_finalize);
    int n = 0;
    for (const QJsonValue &rowValue : rows) {
        const QJsonArray r = rowValue.toArray();
        int bind = 0;
        for (qsizetype i = 0; i < specs.size() && i < r.size(); ++i) {
            const ColumnSpec *c = specs.at(i);
            if (!c)
                continue;
            ++bind;
            const QJsonValue v = r.at(i);
            if (v.isNull() || v.isUndefined()) {
                sqlite3_bind_null(stmt, bind);
                continue;
            }
            switch (c->type) {
            case ColumnType::Integer:
                sqlite3_bind_int64(stmt, bind, qint64(v.toDouble()));
                break;
            case ColumnType::Real:
                sqlite3_bind_double(stmt, bind, v.toDouble());
                break;
            case ColumnType::Bool:
                sqlite3_bind_int(stmt, bind, v.toBool() ? 1 : 0);
                break;
            default: {
                const QByteArray text = (v.isString() ? v.toString() : v.toVariant().toString()).toUtf8();
                sqlite3_bind_text(stmt, bind, text.constData(), int(text.size()), SQLITE_TRANSIENT);
                break;
            }
            }
        }
        if (sqlite3_step(stmt) != SQLITE_DONE)
            return makeError(QStringLiteral("replica_error"),
                             tr("Erreur de la base locale : %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        ++n;
    }
    m_snapshotTables.insert(table);
    return n;
}

Result<void> LocalReplica::replayOutbox()
{
    // Local changes not yet acknowledged by the server are re-applied on top of fresh server data.
    const QList<Mutation> pending = pendingMutations(std::numeric_limits<int>::max());
    for (const Mutation &m : pending) {
        const TableSpec *spec = syncedTable(m.table);
        if (!spec)
            continue;
        if (m.op == QLatin1String("delete")) {
            if (auto r = exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(quoted(m.table)), {m.rowId}); !r)
                return r;
            if (auto r = mirrorDelete(m.table, m.rowId); !r)
                return r;
            continue;
        }
        QVariantMap values = row(m.table, m.rowId);
        values.insert(QStringLiteral("id"), m.rowId);
        for (auto it = m.fields.begin(); it != m.fields.end(); ++it) {
            if (const ColumnSpec *c = spec->column(it.key()))
                values.insert(c->name, jsonToSql(c->type, it.value()));
        }
        if (auto r = writeRow(m.table, values); !r)
            return r;
    }
    return {};
}

Result<void> LocalReplica::finishSnapshot(const QString &cursor, qint64 scopeVersion)
{
    if (!m_inSnapshot)
        return makeError(QStringLiteral("sync_protocol"), tr("Aucune synchronisation initiale en cours."));
    auto fail = [this](const Error &e) -> Result<void> {
        abortSnapshot();
        return e;
    };
    for (const TableSpec &t : syncedTables()) {
        for (const Index &index : secondaryIndexes(t)) {
            // Best effort too (see beginSnapshot); every open of the replica ensures them again.
            QSqlQuery create(m_db);
            if (!create.exec(index.create))
                qCWarning(lcReplica) << "index not rebuilt yet:" << index.name << create.lastError().text();
        }
    }
    // The search index, emptied at the start, is rebuilt in one pass (faster than row by row),
    // then kept by the triggers again.
    if (auto r = exec(QStringLiteral("INSERT INTO prospects_search (prospects_search) VALUES ('rebuild')")); !r)
        return fail(r.error());
    for (const QString &trigger : searchTriggers()) {
        if (auto r = exec(trigger); !r)
            return fail(r.error());
    }
    if (auto r = setState(QStringLiteral("search_index"), QStringLiteral("ready")); !r)
        return fail(r.error());
    // The proximity index, emptied at the start: filled in one pass, then kept by its triggers.
    if (auto r = exec(kGeoFill); !r)
        return fail(r.error());
    for (const QString &trigger : geoTriggers()) {
        if (auto r = exec(trigger); !r)
            return fail(r.error());
    }
    if (auto r = setState(QStringLiteral("geo_index"), QStringLiteral("ready")); !r)
        return fail(r.error());
    if (auto r = replayOutbox(); !r)
        return fail(r.error());
    if (auto r = setState(QStringLiteral("cursor"), cursor); !r)
        return fail(r.error());
    if (auto r = setState(QStringLiteral("scope_version"), QString::number(scopeVersion)); !r)
        return fail(r.error());
    m_inSnapshot = false;
    if (!m_db.commit()) {
        const QString why = m_db.lastError().text();
        m_db.rollback();
        return makeError(QStringLiteral("replica_error"), tr("Erreur de la base locale : %1").arg(why));
    }
    QSet<QString> all;
    for (const TableSpec &t : syncedTables())
        all.insert(t.name);
    emitChanged(all);
    return {};
}

bool LocalReplica::searchIndexReady() const
{
    return state(QStringLiteral("search_index")) == QLatin1String("ready");
}

Result<void> LocalReplica::rebuildSearchIndex()
{
    if (m_inSnapshot)
        return {};
    if (auto r = begin(); !r)
        return r;
    if (auto r = exec(QStringLiteral("INSERT INTO prospects_search (prospects_search) VALUES ('rebuild')")); !r) {
        rollback();
        return r;
    }
    if (auto r = setState(QStringLiteral("search_index"), QStringLiteral("ready")); !r) {
        rollback();
        return r;
    }
    if (auto r = commit(); !r)
        return r;
    emit tableChanged(QStringLiteral("prospects"));
    return {};
}

bool LocalReplica::geoIndexReady() const
{
    return state(QStringLiteral("geo_index")) == QLatin1String("ready");
}

Result<void> LocalReplica::rebuildGeoIndex()
{
    if (m_inSnapshot)
        return {};
    if (auto r = begin(); !r)
        return r;
    for (const QString &sql : {QStringLiteral("DELETE FROM prospects_geo"), kGeoFill}) {
        if (auto r = exec(sql); !r) {
            rollback();
            return r;
        }
    }
    if (auto r = setState(QStringLiteral("geo_index"), QStringLiteral("ready")); !r) {
        rollback();
        return r;
    }
    return commit();
}

sqlite3 *LocalReplica::sqliteHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

QString LocalReplica::searchExpression(const QString &userText)
{
    // Each word typed becomes a quoted prefix term; all must match (implicit AND).
    QStringList terms;
    QString word;
    auto flush = [&terms, &word] {
        if (!word.isEmpty())
            terms << u'"' + word + QStringLiteral("\"*");
        word.clear();
    };
    for (QChar c : userText) {
        if (c.isLetterOrNumber())
            word.append(c);
        else
            flush();
    }
    flush();
    return terms.join(u' ');
}

void LocalReplica::abortSnapshot()
{
    if (!m_inSnapshot)
        return;
    m_inSnapshot = false;
    m_db.rollback();
}

Result<void> LocalReplica::applyChanges(const QHash<QString, QStringList> &columns, const QList<PulledChange> &changes,
                                        const QString &cursor)
{
    if (auto r = begin(); !r)
        return r;
    auto fail = [this](const Error &e) -> Result<void> {
        rollback();
        return e;
    };
    // Pending local fields per row: a pull never overwrites them.
    QHash<QString, QSet<QString>> pending;
    {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("SELECT table_name, row_id, op, fields FROM _outbox"));
        while (q.next()) {
            const QString key = q.value(0).toString() + u'/' + q.value(1).toString();
            QSet<QString> &set = pending[key];
            const QJsonObject f = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
            for (auto it = f.begin(); it != f.end(); ++it)
                set.insert(it.key());
            if (q.value(2).toString() == QLatin1String("delete"))
                set.insert(QStringLiteral("*deleted*"));
        }
    }
    QSet<QString> touched;
    for (const PulledChange &ch : changes) {
        const TableSpec *spec = syncedTable(ch.table);
        if (!spec)
            continue;
        touched.insert(ch.table);
        const QString key = ch.table + u'/' + ch.id;
        if (ch.isDelete) {
            // Deletes win: the row and any pending change of it go.
            if (auto r = exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(quoted(ch.table)), {ch.id}); !r)
                return fail(r.error());
            if (pending.contains(key)) {
                if (auto r = exec(QStringLiteral("DELETE FROM _outbox WHERE table_name = ? AND row_id = ?"),
                                  {ch.table, ch.id});
                    !r) {
                    return fail(r.error());
                }
                if (auto r = addLocalHistory(ch.table, ch.id, QStringLiteral("deleted_on_server"), QString(),
                                             tr("Cet enregistrement a été supprimé ou n'est plus accessible : "
                                                "vos modifications locales n'ont pas été envoyées."));
                    !r) {
                    return fail(r.error());
                }
            }
            continue;
        }
        const QSet<QString> keep = pending.value(key);
        if (keep.contains(QStringLiteral("*deleted*")))
            continue; // deleted locally, the delete is on its way
        const QStringList cols = columns.value(ch.table);
        QVariantMap values;
        if (!keep.isEmpty())
            values = row(ch.table, ch.id);
        for (qsizetype i = 0; i < cols.size() && i < ch.row.size(); ++i) {
            const ColumnSpec *c = spec->column(cols.at(i));
            if (c && !keep.contains(c->name))
                values.insert(c->name, jsonToSql(c->type, ch.row.at(i)));
        }
        if (auto r = writeRow(ch.table, values); !r)
            return fail(r.error());
    }
    if (auto r = setState(QStringLiteral("cursor"), cursor); !r)
        return fail(r.error());
    if (auto r = commit(); !r)
        return r;
    emitChanged(touched);
    return {};
}

void LocalReplica::emitChanged(const QSet<QString> &tables)
{
    if (m_inBatch) {
        m_batchTables.unite(tables);
        return;
    }
    for (const QString &t : tables)
        emit tableChanged(t);
    emit pendingCountChanged(pendingCount());
}

} // namespace hector::sync
