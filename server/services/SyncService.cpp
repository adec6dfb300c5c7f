#include "services/SyncService.h"

#include "repositories/AuditRepository.h"

#include "core/sync/RowValidation.h"
#include "core/sync/SyncSchema.h"
#include "db/Database.h"
#include "repositories/SyncRepository.h"
#include "server/Logging.h"
#include "services/AuthService.h"
#include "services/Clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace hector::server {

using sync::ColumnSpec;
using sync::ColumnType;
using sync::TableSpec;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hector::server::SyncService", text);
}

Error invalidRequest(const QString &message)
{
    return makeError(QStringLiteral("invalid_request"), message);
}

bool isUuid(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(text).hasMatch();
}

void appendKey(QByteArray &out, const char *key)
{
    out.append('"');
    out.append(key);
    out.append("\":", 2);
}

void appendColumns(QByteArray &out, const TableSpec &table)
{
    out.append('[');
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        if (i)
            out.append(',');
        SyncRepository::appendJsonText(out, table.columns.at(i).name);
    }
    out.append(']');
}

QJsonArray columnNames(const TableSpec &table)
{
    QJsonArray out;
    for (const ColumnSpec &c : table.columns)
        out.append(c.name);
    return out;
}

QJsonArray rowArray(const TableSpec &table, const PgResult &result, int row)
{
    QJsonArray out;
    for (qsizetype i = 0; i < table.columns.size(); ++i)
        out.append(SyncRepository::wireValue(table.columns.at(i), result, row, int(i)));
    return out;
}

QString isoMs(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseIso(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

// The value as history text: strings as they are, other scalars in their JSON form.
QVariant historyText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return SyncRepository::toParam(v).toString();
}

bool typeMatches(const ColumnSpec &column, const QJsonValue &v)
{
    if (v.isNull())
        return true;
    switch (column.type) {
    case ColumnType::Uuid:
        return v.isString() && isUuid(v.toString());
    case ColumnType::Text:
        return v.isString();
    case ColumnType::Timestamp:
        return v.isString() && parseIso(v.toString()).isValid();
    case ColumnType::Integer:
        return v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
    case ColumnType::Real:
        return v.isDouble();
    case ColumnType::Bool:
        return v.isBool();
    }
    return false;
}

QJsonObject parseObject(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

// Outcome of one mutation: the result object, or an error that must abort the whole push
// (database unavailable or busy: the client retries the batch later).
struct Rejection
{
    QString code;
    QString message;
};

QJsonObject rejected(qint64 mid, const Rejection &r)
{
    return QJsonObject{{QStringLiteral("mid"), mid},
                       {QStringLiteral("status"), QStringLiteral("rejected")},
                       {QStringLiteral("code"), r.code},
                       {QStringLiteral("message"), r.message}};
}

Rejection forbidden()
{
    return Rejection{QStringLiteral("forbidden"), tr("Vous n'avez pas le droit de modifier cette fiche.")};
}

// Maps a database error met while applying one mutation: nullopt when it must abort the push.
std::optional<Rejection> rejectionFor(const Error &e)
{
    if (e.code == QLatin1String("database_unavailable") || e.code == QLatin1String("database_busy"))
        return std::nullopt;
    if (e.code == QLatin1String("forbidden") || e.code == QLatin1String("conflict"))
        return forbidden();
    if (e.code == QLatin1String("constraint_violation")) {
        return Rejection{QStringLiteral("validation_error"),
                         tr("La fiche ne respecte pas les règles de la base de données (référence "
                            "inconnue ou valeur interdite).")};
    }
    if (e.code == QLatin1String("invalid_value")) {
        return Rejection{QStringLiteral("validation_error"),
                         tr("Une valeur n'a pas le format attendu (identifiant, date, longueur).")};
    }
    qCWarning(lcServerSync) << "mutation failed:" << e.code << e.message;
    return Rejection{QStringLiteral("internal_error"),
                     tr("Erreur interne du serveur : la modification n'a pas pu être enregistrée.")};
}

// Applies the mutations of one push, each inside the caller's transaction.
class PushApplier
{
public:
    PushApplier(SyncRepository &repo, const AuthUser &caller, const QDateTime &now)
        : m_repo(repo)
        , m_caller(caller)
        , m_now(now)
    {}

    // The mutation's result object; an Error aborts the push.
    Result<QJsonObject> apply(qint64 mid, const QJsonObject &m)
    {
        const QString tableName = m.value(QLatin1StringView("table")).toString();
        const TableSpec *table = sync::syncedTable(tableName);
        if (!table) {
            return rejected(mid, Rejection{QStringLiteral("invalid_request"),
                                           tr("Table inconnue : « %1 ».").arg(tableName)});
        }
        if (!table->clientWritable) {
            return rejected(mid, Rejection{QStringLiteral("forbidden"),
                                           tr("La table « %1 » ne peut pas être modifiée depuis le poste.")
                                               .arg(tableName)});
        }
        const QString id = m.value(QLatin1StringView("id")).toString();
        if (!isUuid(id)) {
            return rejected(mid, Rejection{QStringLiteral("invalid_request"),
                                           tr("Identifiant de fiche invalide : « %1 ».").arg(id)});
        }
        // Edit time, clamped to the server's clock (a fast client clock cannot win every conflict).
        QDateTime at = parseIso(m.value(QLatin1StringView("at")).toString());
        if (!at.isValid() || at > m_now)
            at = m_now;
        const QString op = m.value(QLatin1StringView("op")).toString();
        if (op == QLatin1String("delete"))
            return applyDelete(mid, *table, id);
        if (op == QLatin1String("upsert"))
            return applyUpsert(mid, *table, id, at, m);
        return rejected(mid, Rejection{QStringLiteral("invalid_request"),
                                       tr("Opération inconnue : « %1 ».").arg(op)});
    }

private:
    // Wraps a repository result: a rejection for this mutation, or an error aborting the push.
    template<typename T>
    static std::optional<Result<QJsonObject>> failed(qint64 mid, const Result<T> &r)
    {
        if (r)
            return std::nullopt;
        const auto rej = rejectionFor(r.error());
        if (!rej)
            return Result<QJsonObject>(r.error());
        return Result<QJsonObject>(rejected(mid, *rej));
    }

    Result<QJsonObject> applyDelete(qint64 mid, const TableSpec &table, const QString &id)
    {
        auto locked = m_repo.lockRow(table, id);
        if (auto f = failed(mid, locked))
            return *f;
        if (locked->found) {
            // Deletes win: applied even over newer edits of other fields.
            auto n = m_repo.deleteRow(table, id);
            if (auto f = failed(mid, n))
                return *f;
            if (*n != 1)
                return rejected(mid, forbidden());
            return withAudit(applied(mid), QStringLiteral("DELETE"),
                             SyncRepository::wireRow(table, locked->result, 0));
        }
        auto visible = m_repo.isVisible(table, id);
        if (auto f = failed(mid, visible))
            return *f;
        if (*visible)
            return rejected(mid, forbidden()); // readable, not modifiable by the caller
        auto deleted = m_repo.wasDeleted(table, id);
        if (auto f = failed(mid, deleted))
            return *f;
        if (*deleted)
            return applied(mid); // already deleted
        auto exists = m_repo.exists(table, id);
        if (auto f = failed(mid, exists))
            return *f;
        if (*exists)
            return rejected(mid, forbidden());
        return applied(mid); // never reached the server: nothing to delete
    }

    Result<QJsonObject> applyUpsert(qint64 mid, const TableSpec &table, const QString &id, const QDateTime &at,
                                    const QJsonObject &m)
    {
        const QJsonValue fieldsValue = m.value(QLatin1StringView("fields"));
        if (!fieldsValue.isObject()) {
            return rejected(mid, Rejection{QStringLiteral("invalid_request"),
                                           tr("La modification ne contient aucun champ.")});
        }
        const QJsonObject given = fieldsValue.toObject();
        const QJsonObject base = m.value(QLatin1StringView("base")).toObject();
        // Columns the client may write; server-maintained ones (id, created_at, ...) are ignored.
        QJsonObject fields;
        for (auto it = given.begin(); it != given.end(); ++it) {
            const ColumnSpec *column = table.column(it.key());
            if (!column) {
                return rejected(mid, Rejection{QStringLiteral("invalid_request"),
                                               tr("Champ inconnu : « %1 ».").arg(it.key())});
            }
            if (!column->clientWritable || column->name == QLatin1String("id"))
                continue;
            if (!typeMatches(*column, it.value())) {
                return rejected(mid, Rejection{QStringLiteral("validation_error"),
                                               tr("Le champ « %1 » a une valeur d'un type inattendu.")
                                                   .arg(it.key())});
            }
            fields.insert(it.key(), it.value());
        }

        auto locked = m_repo.lockRow(table, id);
        if (auto f = failed(mid, locked))
            return *f;
        if (locked->found)
            return update(mid, table, id, at, fields, base, locked->result);

        auto visible = m_repo.isVisible(table, id);
        if (auto f = failed(mid, visible))
            return *f;
        if (*visible)
            return rejected(mid, forbidden());
        auto deleted = m_repo.wasDeleted(table, id);
        if (auto f = failed(mid, deleted))
            return *f;
        if (*deleted) {
            return rejected(mid, Rejection{QStringLiteral("deleted"),
                                           tr("Cette fiche a été supprimée entre-temps : la modification "
                                              "n'a pas été enregistrée.")});
        }
        auto exists = m_repo.exists(table, id);
        if (auto f = failed(mid, exists))
            return *f;
        if (*exists)
            return rejected(mid, forbidden());
        return create(mid, table, id, at, fields);
    }

    Result<QJsonObject> create(qint64 mid, const TableSpec &table, const QString &id, const QDateTime &at,
                               const QJsonObject &fields)
    {
        QJsonObject row = fields;
        row.insert(QStringLiteral("id"), id);
        if (auto valid = sync::validateRow(table, row, true); !valid)
            return rejected(mid, Rejection{valid.error().code, valid.error().message});
        if (auto ref = checkReferences(mid, fields))
            return *ref;
        QStringList columns;
        QVariantList values;
        QJsonObject fieldAt;
        QJsonObject fieldBy;
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            columns << it.key();
            values << SyncRepository::toParam(it.value());
            fieldAt.insert(it.key(), isoMs(at));
            fieldBy.insert(it.key(), m_caller.user.id);
        }
        auto inserted = m_repo.insertRow(table, id, columns, values, fieldAt, fieldBy);
        if (auto f = failed(mid, inserted))
            return *f;
        return withAudit(withRow(applied(mid), table, *inserted), QStringLiteral("CREATE"), fields);
    }

    Result<QJsonObject> update(qint64 mid, const TableSpec &table, const QString &id, const QDateTime &at,
                               const QJsonObject &fields, const QJsonObject &base, const PgResult &current)
    {
        const int nColumns = int(table.columns.size());
        const QJsonObject server = SyncRepository::wireRow(table, current, 0);
        const QJsonObject fieldAt = parseObject(current.text(0, nColumns));
        const QJsonObject fieldBy = parseObject(current.text(0, nColumns + 1));
        // A column absent from _field_at was written when the row was created.
        const QDateTime createdAt = parseIso(server.value(QLatin1StringView("created_at")).toString());

        QJsonObject proposed = server;
        for (auto it = fields.begin(); it != fields.end(); ++it)
            proposed.insert(it.key(), it.value());
        if (auto valid = sync::validateRow(table, proposed, false); !valid)
            return rejected(mid, Rejection{valid.error().code, valid.error().message});

        struct PendingConflict
        {
            QString field;
            QJsonValue kept;
            QJsonValue lost;
            QString keptUser;
            QString lostUser;
        };
        QList<PendingConflict> conflicts;
        QJsonObject apply;
        QStringList lost;
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QString &field = it.key();
            const QJsonValue mine = it.value();
            const QJsonValue theirs = server.value(field);
            if (mine == theirs)
                continue;
            const bool hasBase = base.contains(field);
            if (hasBase && base.value(field) == theirs) {
                apply.insert(field, mine); // edited from the server's current value
                continue;
            }
            // The server's value changed since the client read it: the older write loses.
            QDateTime serverAt = parseIso(fieldAt.value(field).toString());
            if (!serverAt.isValid())
                serverAt = createdAt;
            const QString serverWriter = fieldBy.value(field).toString();
            if (!serverAt.isValid() || at > serverAt) {
                apply.insert(field, mine);
                if (hasBase)
                    conflicts.append({field, mine, theirs, m_caller.user.id, serverWriter});
            } else {
                lost << field;
                conflicts.append({field, theirs, mine, serverWriter, m_caller.user.id});
            }
        }

        QJsonObject finalRow = server;
        for (auto it = apply.begin(); it != apply.end(); ++it)
            finalRow.insert(it.key(), it.value());
        if (!lost.isEmpty()) {
            // The merged row must be valid too (e.g. a SIRET kept from one side, SIREN from the other).
            if (auto valid = sync::validateRow(table, finalRow, false); !valid)
                return rejected(mid, Rejection{valid.error().code, valid.error().message});
        }
        if (auto ref = checkReferences(mid, apply))
            return *ref;

        PgResult row = current;
        if (!apply.isEmpty()) {
            QStringList columns;
            QVariantList values;
            QJsonObject stampAt;
            QJsonObject stampBy;
            for (auto it = apply.begin(); it != apply.end(); ++it) {
                columns << it.key();
                values << SyncRepository::toParam(it.value());
                stampAt.insert(it.key(), isoMs(at));
                stampBy.insert(it.key(), m_caller.user.id);
            }
            auto updated = m_repo.updateRow(table, id, columns, values, stampAt, stampBy);
            if (auto f = failed(mid, updated))
                return *f;
            if (updated->rows() != 1)
                return rejected(mid, forbidden());
            row = *updated;
        }
        if (table.scope == sync::ScopeKind::Entity) {
            const QString entityId = finalRow.value(QLatin1StringView("entity_id")).toString();
            for (const PendingConflict &c : conflicts) {
                auto recorded = m_repo.recordConflict(SyncRepository::Conflict{
                    entityId, table.name, id, c.field, historyText(c.kept), historyText(c.lost), c.keptUser,
                    c.lostUser, m_now});
                if (auto f = failed(mid, recorded))
                    return *f;
            }
        }
        QJsonObject result = applied(mid);
        if (!lost.isEmpty()) {
            result.insert(QStringLiteral("status"), QStringLiteral("merged"));
            result.insert(QStringLiteral("lost"), QJsonArray::fromStringList(lost));
        }
        QJsonObject changes;
        for (auto it = apply.begin(); it != apply.end(); ++it) {
            changes.insert(it.key(), QJsonObject{{QStringLiteral("old"), server.value(it.key())},
                                                 {QStringLiteral("new"), it.value()}});
        }
        result = withRow(result, table, row);
        return changes.isEmpty() ? result : withAudit(result, QStringLiteral("UPDATE"), changes);
    }

    // Columns named owner_id designate a user of the caller's organisation.
    std::optional<Result<QJsonObject>> checkReferences(qint64 mid, const QJsonObject &values)
    {
        const QJsonValue owner = values.value(QLatin1StringView("owner_id"));
        if (!owner.isString())
            return std::nullopt;
        auto visible = m_repo.userVisible(owner.toString());
        if (auto f = failed(mid, visible))
            return *f;
        if (!*visible) {
            return Result<QJsonObject>(rejected(
                mid, Rejection{QStringLiteral("validation_error"),
                               tr("Le propriétaire choisi n'existe pas dans votre organisation.")}));
        }
        return std::nullopt;
    }

    // Marks a result for the audit trail (written by the push loop, in the same transaction).
    static QJsonObject withAudit(QJsonObject result, const QString &action, const QJsonObject &changes)
    {
        result.insert(QStringLiteral("_audit"), QJsonObject{{QStringLiteral("action"), action},
                                                            {QStringLiteral("changes"), changes}});
        return result;
    }

    static QJsonObject applied(qint64 mid)
    {
        return QJsonObject{{QStringLiteral("mid"), mid}, {QStringLiteral("status"), QStringLiteral("applied")}};
    }

    // The row as the server now has it, so the client can show the merged state at once.
    static QJsonObject withRow(QJsonObject result, const TableSpec &table, const PgResult &row)
    {
        result.insert(QStringLiteral("columns"), columnNames(table));
        result.insert(QStringLiteral("row"), rowArray(table, row, 0));
        return result;
    }

    SyncRepository &m_repo;
    const AuthUser &m_caller;
    QDateTime m_now;
};
} // namespace

SyncService::SyncService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<void> SyncService::checkSchemaVersion(const QString &version)
{
    if (version.isEmpty())
        return invalidRequest(tr("La version du schéma de synchronisation (schemaVersion) est manquante."));
    bool ok = false;
    const int v = version.toInt(&ok);
    if (ok && v == sync::kSyncSchemaVersion)
        return {};
    Error e = makeError(QStringLiteral("schema_mismatch"),
                        tr("Cette version de Hector (schéma de synchronisation %1) ne correspond pas à celle du "
                           "serveur (schéma %2) : installez la même version que le serveur. Vos modifications "
                           "locales sont conservées et seront envoyées après la mise à jour.")
                            .arg(version)
                            .arg(sync::kSyncSchemaVersion));
    e.details.insert(QStringLiteral("serverSchemaVersion"), sync::kSyncSchemaVersion);
    return e;
}

Result<QByteArray> SyncService::startSnapshot(const AuthUser &caller)
{
    return m_db.transactionAs<QByteArray>(UserContext::of(caller.user), [](PgConnection &conn) -> Result<QByteArray> {
        SyncRepository repo(conn);
        // Taken before any row is read: every change the pages miss comes later through the feed.
        auto xmin = repo.snapshotXmin();
        if (!xmin)
            return xmin.error();
        auto scope = repo.scopeVersion();
        if (!scope)
            return scope.error();
        QJsonArray tables;
        QJsonObject counts;
        for (const TableSpec &t : sync::syncedTables()) {
            tables.append(t.name);
            auto n = repo.countVisible(t);
            if (!n)
                return n.error();
            counts.insert(t.name, *n);
        }
        const QJsonObject out{{QStringLiteral("cursor"), SyncCursor{*xmin, -1}.toString()},
                              {QStringLiteral("scopeVersion"), *scope},
                              {QStringLiteral("tables"), tables},
                              {QStringLiteral("counts"), counts}};
        return QJsonDocument(out).toJson(QJsonDocument::Compact);
    });
}

Result<QByteArray> SyncService::snapshotPage(const AuthUser &caller, const QString &tableName, const QString &after,
                                             int limit)
{
    const TableSpec *table = sync::syncedTable(tableName);
    if (!table)
        return invalidRequest(tr("Table inconnue : « %1 ».").arg(tableName));
    if (!after.isEmpty() && !isUuid(after))
        return invalidRequest(tr("Le paramètre « after » doit être un identifiant de fiche."));
    const int pageSize = limit <= 0 ? kMaxSnapshotPage : std::min(limit, kMaxSnapshotPage);
    return m_db.transactionAs<QByteArray>(
        UserContext::of(caller.user), [&](PgConnection &conn) -> Result<QByteArray> {
            SyncRepository repo(conn);
            auto page = repo.snapshotPage(*table, after, pageSize + 1);
            if (!page)
                return page.error();
            const int rows = std::min(page->rows(), pageSize);
            QByteArray out;
            out.reserve(qsizetype(rows) * 64 * table->columns.size() + 256);
            out.append('{');
            appendKey(out, "table");
            SyncRepository::appendJsonText(out, table->name);
            out.append(',');
            appendKey(out, "columns");
            appendColumns(out, *table);
            out.append(',');
            appendKey(out, "rows");
            out.append('[');
            for (int i = 0; i < rows; ++i) {
                if (i)
                    out.append(',');
                SyncRepository::appendRowJson(out, *table, *page, i);
            }
            out.append("],", 2);
            appendKey(out, "last");
            if (rows > 0)
                SyncRepository::appendJsonString(out, page->raw(rows - 1, 0));
            else
                out.append("null", 4);
            out.append(',');
            appendKey(out, "done");
            out.append(page->rows() > pageSize ? "false" : "true");
            out.append('}');
            return out;
        });
}

Result<QByteArray> SyncService::pull(const AuthUser &caller, const QString &cursorText, int limit,
                                     qint64 scopeVersion)
{
    const auto cursor = SyncCursor::parse(cursorText);
    if (!cursor) {
        return invalidRequest(tr("Curseur de synchronisation invalide : une synchronisation complète est "
                                 "nécessaire."));
    }
    const int pageSize = limit <= 0 ? kDefaultPullLimit : std::min(limit, kMaxPullLimit);
    return m_db.transactionAs<QByteArray>(
        UserContext::of(caller.user), [&](PgConnection &conn) -> Result<QByteArray> {
            SyncRepository repo(conn);
            auto scope = repo.scopeVersion();
            if (!scope)
                return scope.error();
            if (*scope != scopeVersion) {
                const QJsonObject out{{QStringLiteral("resync"), true}, {QStringLiteral("scopeVersion"), *scope}};
                return QJsonDocument(out).toJson(QJsonDocument::Compact);
            }
            auto batch = repo.readLog(*cursor, pageSize);
            if (!batch)
                return batch.error();

            // Each changed row once, per table in order of first appearance.
            QHash<QString, QStringList> idsByTable;
            QSet<QString> seen;
            for (const SyncLogEntry &e : batch->entries) {
                if (!sync::syncedTable(e.table))
                    continue;
                const QString key = e.table + u':' + e.rowId;
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                idsByTable[e.table].append(e.rowId);
            }

            QByteArray upserts;
            QByteArray deletes;
            QByteArray columns;
            int nUpserts = 0;
            int nDeletes = 0;
            const auto &tables = sync::syncedTables();
            // Upserts parents first (table order), deletes children first (reverse order), so
            // a replica with immediate foreign keys accepts them in sequence.
            QList<QPair<const TableSpec *, QStringList>> missingByTable;
            for (const TableSpec &t : tables) {
                const QStringList ids = idsByTable.value(t.name);
                if (ids.isEmpty())
                    continue;
                auto rows = repo.currentRows(t, ids);
                if (!rows)
                    return rows.error();
                QHash<QString, int> rowOf;
                for (int i = 0; i < rows->rows(); ++i)
                    rowOf.insert(rows->text(i, 0), i);
                QStringList missing;
                for (const QString &id : ids) {
                    const auto it = rowOf.constFind(id);
                    if (it == rowOf.constEnd()) {
                        missing << id;
                        continue;
                    }
                    if (nUpserts++)
                        upserts.append(',');
                    upserts.append("{\"table\":", 9);
                    SyncRepository::appendJsonText(upserts, t.name);
                    upserts.append(",\"op\":\"upsert\",\"id\":", 20);
                    SyncRepository::appendJsonText(upserts, id);
                    upserts.append(",\"row\":", 7);
                    SyncRepository::appendRowJson(upserts, t, *rows, *it);
                    upserts.append('}');
                }
                if (rows->rows() > 0) {
                    if (!columns.isEmpty())
                        columns.append(',');
                    SyncRepository::appendJsonText(columns, t.name);
                    columns.append(':');
                    appendColumns(columns, t);
                }
                if (!missing.isEmpty())
                    missingByTable.prepend({&t, missing});
            }
            for (const auto &[t, ids] : missingByTable) {
                for (const QString &id : ids) {
                    if (nDeletes++)
                        deletes.append(',');
                    deletes.append("{\"table\":", 9);
                    SyncRepository::appendJsonText(deletes, t->name);
                    deletes.append(",\"op\":\"delete\",\"id\":", 20);
                    SyncRepository::appendJsonText(deletes, id);
                    deletes.append('}');
                }
            }

            // A full page: continue after its last row. Otherwise every visible log row below
            // xmin has been read, and the next one will have xid >= xmin.
            const bool more = batch->entries.size() >= pageSize;
            SyncCursor next = *cursor;
            if (more)
                next = batch->entries.last().position;
            else
                next = std::max(next, SyncCursor{batch->xmin, -1});

            QByteArray out;
            out.reserve(upserts.size() + deletes.size() + columns.size() + 128);
            out.append('{');
            appendKey(out, "cursor");
            SyncRepository::appendJsonText(out, next.toString());
            out.append(',');
            appendKey(out, "more");
            out.append(more ? "true" : "false");
            out.append(',');
            appendKey(out, "scopeVersion");
            out.append(QByteArray::number(*scope));
            out.append(',');
            appendKey(out, "columns");
            out.append('{');
            out.append(columns);
            out.append("},", 2);
            appendKey(out, "changes");
            out.append('[');
            out.append(upserts);
            if (nUpserts && nDeletes)
                out.append(',');
            out.append(deletes);
            out.append("]}", 2);
            return out;
        });
}

Result<QJsonObject> SyncService::push(const AuthUser &caller, const QJsonObject &body, const QString &ip)
{
    const QString clientId = body.value(QLatin1StringView("clientId")).toString();
    if (!isUuid(clientId))
        return invalidRequest(tr("Identifiant de poste (clientId) manquant ou invalide."));
    const QJsonValue list = body.value(QLatin1StringView("mutations"));
    if (!list.isArray())
        return invalidRequest(tr("La liste des modifications (mutations) est manquante."));
    const QJsonArray mutations = list.toArray();
    if (mutations.size() > kMaxPushMutations) {
        return invalidRequest(tr("Trop de modifications dans un seul envoi (%1 au plus).").arg(kMaxPushMutations));
    }
    for (const QJsonValue &v : mutations) {
        const QJsonValue mid = v.toObject().value(QLatin1StringView("mid"));
        if (!mid.isDouble() || mid.toDouble() != double(mid.toInteger()) || mid.toInteger() <= 0)
            return invalidRequest(tr("Chaque modification doit porter un numéro (mid) entier positif."));
    }
    const QDateTime now = m_clock.now();
    QStringList imported; // prospects created from a desktop CSV import, for their enrichment
    auto pushed = m_db.transactionAs<QJsonObject>(
        UserContext::of(caller.user), [&](PgConnection &conn) -> Result<QJsonObject> {
            imported.clear();
            SyncRepository repo(conn);
            auto locked = repo.lockClient(clientId);
            if (!locked)
                return locked.error();
            if (!*locked) {
                qCWarning(lcServerSync) << "client" << clientId << "belongs to another user than" << caller.user.id;
                return makeError(QStringLiteral("forbidden"),
                                 tr("Ce poste est enregistré au nom d'un autre utilisateur."));
            }
            qint64 lastMid = **locked;
            PushApplier applier(repo, caller, now);
            QJsonArray results;
            int applied = 0;
            for (const QJsonValue &v : mutations) {
                const QJsonObject m = v.toObject();
                const qint64 mid = m.value(QLatin1StringView("mid")).toInteger();
                // The server is authoritative: a refused or already-seen mutation comes back with
                // the row as the caller may now see it (null when it does not exist for them), so
                // the client converges even when the first answer was lost on the way.
                auto withCurrentRow = [&repo, &m](QJsonObject result) -> Result<QJsonObject> {
                    const TableSpec *table = sync::syncedTable(m.value(QLatin1StringView("table")).toString());
                    if (!table)
                        return result;
                    const QString id = m.value(QLatin1StringView("id")).toString();
                    result.insert(QStringLiteral("columns"), columnNames(*table));
                    result.insert(QStringLiteral("row"), QJsonValue::Null);
                    if (isUuid(id)) {
                        auto current = repo.selectRow(*table, id);
                        if (!current)
                            return current.error();
                        if (current->rows() > 0)
                            result.insert(QStringLiteral("row"), rowArray(*table, *current, 0));
                    }
                    return result;
                };
                if (mid <= lastMid) {
                    auto dup = withCurrentRow(QJsonObject{{QStringLiteral("mid"), mid},
                                                          {QStringLiteral("status"), QStringLiteral("duplicate")}});
                    if (!dup)
                        return dup.error();
                    results.append(*dup);
                    continue;
                }
                if (auto sp = repo.savepoint(); !sp)
                    return sp.error();
                auto result = applier.apply(mid, m);
                if (!result)
                    return result.error();
                if (result->value(QLatin1StringView("status")).toString() == QLatin1String("rejected")) {
                    if (auto rb = repo.rollbackToSavepoint(); !rb)
                        return rb.error();
                    auto withRow = withCurrentRow(*result);
                    if (!withRow)
                        return withRow.error();
                    result = *withRow;
                } else {
                    // Audit trail of record changes (module 5), in the same transaction.
                    const QJsonObject audit = result->value(QLatin1StringView("_audit")).toObject();
                    if (!audit.isEmpty()) {
                        QJsonObject cleaned = *result;
                        cleaned.remove(QStringLiteral("_audit"));
                        result = cleaned;
                        if (auto written = AuditRepository(conn).write(
                                AuditEntry{caller.user.id, caller.user.email,
                                           audit.value(QLatin1StringView("action")).toString(),
                                           m.value(QLatin1StringView("table")).toString(),
                                           m.value(QLatin1StringView("id")).toString(),
                                           audit.value(QLatin1StringView("changes")).toObject(), ip},
                                now);
                            !written) {
                            return written.error();
                        }
                    }
                    if (auto rel = repo.releaseSavepoint(); !rel)
                        return rel.error();
                    if (audit.value(QLatin1StringView("action")).toString() == QLatin1String("CREATE")
                        && m.value(QLatin1StringView("table")).toString() == QLatin1String("prospects")
                        && m.value(QLatin1StringView("fields")).toObject().value(QLatin1StringView("source")).toString()
                               == QLatin1String("import"))
                        imported.append(m.value(QLatin1StringView("id")).toString());
                    ++applied;
                }
                lastMid = mid;
                results.append(*result);
            }
            if (auto saved = repo.saveClient(clientId, lastMid, now); !saved)
                return saved.error();
            qCInfo(lcServerSync).noquote() << QStringLiteral("push from %1 (%2): %3 mutation(s), %4 applied, last %5")
                                            .arg(caller.user.email, clientId)
                                            .arg(mutations.size())
                                            .arg(applied)
                                            .arg(lastMid);
            return QJsonObject{{QStringLiteral("results"), results}, {QStringLiteral("lastMutationId"), lastMid}};
        });
    if (pushed && !imported.isEmpty() && m_importedProspects)
        m_importedProspects(imported, caller);
    return pushed;
}

} // namespace hector::server
