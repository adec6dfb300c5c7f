#include "repositories/SyncRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace hector::server {

using sync::ColumnSpec;
using sync::ColumnType;
using sync::TableSpec;

namespace {
QString ident(const QString &name)
{
    QString quoted = name;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString uuidArray(const QStringList &ids)
{
    return QString(u'{' + ids.join(u',') + u'}');
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<bool> boolOf(Result<PgResult> r, const char *column)
{
    if (!r)
        return r.error();
    return r->rows() > 0 && r->toBool(0, column);
}
} // namespace

// --- SyncCursor ----------------------------------------------------------------------------------

QString SyncCursor::toString() const
{
    return QString::number(xid) + u':' + QString::number(seq);
}

std::optional<SyncCursor> SyncCursor::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,20}):(-1|\d{1,19})$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    bool okX = false;
    bool okS = false;
    SyncCursor c{m.captured(1).toULongLong(&okX), m.captured(2).toLongLong(&okS)};
    if (!okX || !okS)
        return std::nullopt;
    return c;
}

// --- Wire encoding -------------------------------------------------------------------------------

QString SyncRepository::selectList(const TableSpec &table)
{
    QStringList parts;
    parts.reserve(table.columns.size());
    for (const ColumnSpec &c : table.columns) {
        const QString col = ident(c.name);
        switch (c.type) {
        case ColumnType::Uuid:
        case ColumnType::Text:
            parts << col + QStringLiteral("::text");
            break;
        case ColumnType::Timestamp:
            parts << QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')").arg(col);
            break;
        case ColumnType::Integer:
        case ColumnType::Real:
        case ColumnType::Bool:
            parts << col;
            break;
        }
    }
    return parts.join(QStringLiteral(", "));
}

void SyncRepository::appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.append('"');
    const char *begin = utf8.data();
    const char *end = begin + utf8.size();
    const char *run = begin;
    for (const char *p = begin; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default: {
            const char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            out.append(esc, 6);
        }
        }
    }
    out.append(run, end - run);
    out.append('"');
}

void SyncRepository::appendRowJson(QByteArray &out, const TableSpec &table, const PgResult &result, int row,
                                   int firstColumn)
{
    out.append('[');
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        if (i)
            out.append(',');
        const int col = firstColumn + int(i);
        if (result.isNull(row, col)) {
            out.append("null", 4);
            continue;
        }
        const QByteArrayView v = result.raw(row, col);
        switch (table.columns.at(i).type) {
        case ColumnType::Uuid:
        case ColumnType::Text:
        case ColumnType::Timestamp:
            appendJsonString(out, v);
            break;
        case ColumnType::Integer:
            out.append(v);
            break;
        case ColumnType::Real:
            // NaN and infinities have no JSON form.
            if (v == "NaN" || v == "Infinity" || v == "-Infinity")
                out.append("null", 4);
            else
                out.append(v);
            break;
        case ColumnType::Bool:
            if (v == "t")
                out.append("true", 4);
            else
                out.append("false", 5);
            break;
        }
    }
    out.append(']');
}

QJsonValue SyncRepository::wireValue(const ColumnSpec &column, const PgResult &result, int row, int col)
{
    if (result.isNull(row, col))
        return QJsonValue::Null;
    const QByteArrayView v = result.raw(row, col);
    switch (column.type) {
    case ColumnType::Uuid:
    case ColumnType::Text:
    case ColumnType::Timestamp:
        return QString::fromUtf8(v);
    case ColumnType::Integer:
        return QJsonValue(v.toLongLong());
    case ColumnType::Real: {
        const double d = v.toDouble();
        return std::isfinite(d) ? QJsonValue(d) : QJsonValue::Null;
    }
    case ColumnType::Bool:
        return v == "t";
    }
    return QJsonValue::Null;
}

QJsonObject SyncRepository::wireRow(const TableSpec &table, const PgResult &result, int row)
{
    QJsonObject out;
    for (qsizetype i = 0; i < table.columns.size(); ++i)
        out.insert(table.columns.at(i).name, wireValue(table.columns.at(i), result, row, int(i)));
    return out;
}

QVariant SyncRepository::toParam(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return qint64(d);
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::String:
        return value.toString();
    default: // null, undefined (and arrays or objects): SQL NULL
        return {};
    }
}

// --- Reads ---------------------------------------------------------------------------------------

Result<qint64> SyncRepository::scopeVersion()
{
    auto r = m_conn.exec(QStringLiteral("SELECT scope_version FROM users WHERE id = hector_user_id()"));
    if (!r)
        return r.error();
    if (r->rows() == 0) {
        return makeError(QStringLiteral("unauthorized"),
                         QCoreApplication::translate("hector::server",
                                                     "Votre compte n'est plus accessible. Veuillez vous "
                                                     "reconnecter."));
    }
    return r->toInt(0, "scope_version");
}

Result<quint64> SyncRepository::snapshotXmin()
{
    auto r = m_conn.exec(QStringLiteral("SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin"));
    if (!r)
        return r.error();
    return r->text(0, "xmin").toULongLong();
}

Result<qint64> SyncRepository::countVisible(const TableSpec &table)
{
    auto r = m_conn.exec(QStringLiteral("SELECT count(*) AS n FROM %1").arg(ident(table.name)));
    if (!r)
        return r.error();
    return r->toInt(0, "n");
}

Result<PgResult> SyncRepository::snapshotPage(const TableSpec &table, const QString &after, int limit)
{
    // ORDER BY the table's column (qualified): the select list's "id" is its text form, which
    // would sort without the primary-key index.
    const QString select = QStringLiteral("SELECT %1 FROM %2 ").arg(selectList(table), ident(table.name));
    const QString order = QStringLiteral("ORDER BY %1.id LIMIT ").arg(ident(table.name));
    if (after.isEmpty())
        return m_conn.exec(select + order + QStringLiteral("$1"), {limit});
    return m_conn.exec(select + QStringLiteral("WHERE %1.id > $1::uuid ").arg(ident(table.name)) + order
                           + QStringLiteral("$2"),
                       {after, limit});
}

Result<SyncLogBatch> SyncRepository::readLog(const SyncCursor &after, int limit)
{
    // The LATERAL subquery and the xmin come from one statement, hence one snapshot: every log
    // row of a transaction below xmin is visible to it, or was rolled back.
    auto r = m_conn.exec(
        QStringLiteral("SELECT s.xmin::text AS xmin, l.xid::text AS xid, l.seq, l.table_name, l.row_id::text AS row_id "
                       "FROM (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin) s "
                       "LEFT JOIN LATERAL ("
                       "  SELECT xid, seq, table_name, row_id FROM sync_log "
                       "   WHERE (xid, seq) > ($1::xid8, $2::bigint) AND xid < s.xmin "
                       "   ORDER BY xid, seq LIMIT $3) l ON true "
                       "ORDER BY l.xid, l.seq"),
        {QString::number(after.xid), after.seq, limit});
    if (!r)
        return r.error();
    SyncLogBatch batch;
    if (r->rows() == 0)
        return makeError(QStringLiteral("database_error"), QStringLiteral("readLog: no snapshot row"));
    batch.xmin = r->text(0, "xmin").toULongLong();
    const int cXid = r->column("xid");
    const int cSeq = r->column("seq");
    const int cTable = r->column("table_name");
    const int cRow = r->column("row_id");
    for (int i = 0; i < r->rows(); ++i) {
        if (r->isNull(i, cXid))
            continue; // the LEFT JOIN's empty row
        batch.entries.append(SyncLogEntry{SyncCursor{r->text(i, cXid).toULongLong(), r->text(i, cSeq).toLongLong()},
                                          r->text(i, cTable), r->text(i, cRow)});
    }
    return batch;
}

Result<PgResult> SyncRepository::currentRows(const TableSpec &table, const QStringList &ids)
{
    return m_conn.exec(QStringLiteral("SELECT %1 FROM %2 WHERE id = ANY($1::uuid[])")
                           .arg(selectList(table), ident(table.name)),
                       {uuidArray(ids)});
}

// --- Push ----------------------------------------------------------------------------------------

Result<std::optional<qint64>> SyncRepository::lockClient(const QString &clientId)
{
    // Row-level security shows the caller only their own clients: a client id already bound to
    // another user conflicts on insert (nothing happens) and stays invisible to the SELECT.
    auto ins = m_conn.exec(QStringLiteral("INSERT INTO sync_clients (client_id, user_id) "
                                          "VALUES ($1::uuid, hector_user_id()) ON CONFLICT (client_id) DO NOTHING"),
                           {clientId});
    if (!ins)
        return ins.error();
    auto r = m_conn.exec(QStringLiteral("SELECT last_mutation_id FROM sync_clients WHERE client_id = $1::uuid "
                                        "FOR UPDATE"),
                         {clientId});
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return std::optional<qint64>{};
    return std::optional<qint64>(r->toInt(0, "last_mutation_id"));
}

Result<void> SyncRepository::saveClient(const QString &clientId, qint64 lastMutationId, const QDateTime &now)
{
    auto r = m_conn.exec(QStringLiteral("UPDATE sync_clients SET last_mutation_id = $2, last_seen_at = $3 "
                                        "WHERE client_id = $1::uuid"),
                         {clientId, lastMutationId, now});
    if (!r)
        return r.error();
    return {};
}

Result<SyncRepository::LockedRow> SyncRepository::lockRow(const TableSpec &table, const QString &id)
{
    auto r = m_conn.exec(QStringLiteral("SELECT %1, _field_at::text, _field_by::text FROM %2 WHERE id = $1::uuid "
                                        "FOR UPDATE")
                             .arg(selectList(table), ident(table.name)),
                         {id});
    if (!r)
        return r.error();
    const bool found = r->rows() == 1;
    return LockedRow{std::move(*r), found};
}

Result<bool> SyncRepository::isVisible(const TableSpec &table, const QString &id)
{
    return boolOf(m_conn.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE id = $1::uuid) AS v")
                                  .arg(ident(table.name)),
                              {id}),
                  "v");
}

Result<bool> SyncRepository::wasDeleted(const TableSpec &table, const QString &id)
{
    return boolOf(m_conn.exec(QStringLiteral("SELECT hector_sync_deleted($1, $2::uuid) AS v"), {table.name, id}),
                  "v");
}

Result<bool> SyncRepository::exists(const TableSpec &table, const QString &id)
{
    return boolOf(m_conn.exec(QStringLiteral("SELECT hector_sync_row_exists($1, $2::uuid) AS v"), {table.name, id}),
                  "v");
}

Result<bool> SyncRepository::userVisible(const QString &userId)
{
    return boolOf(m_conn.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM users WHERE id = $1::uuid) AS v"),
                              {userId}),
                  "v");
}

Result<PgResult> SyncRepository::insertRow(const TableSpec &table, const QString &id, const QStringList &columns,
                                           const QVariantList &values, const QJsonObject &fieldAt,
                                           const QJsonObject &fieldBy)
{
    QStringList names{QStringLiteral("id")};
    QStringList params{QStringLiteral("$1::uuid")};
    QVariantList args{id};
    for (qsizetype i = 0; i < columns.size(); ++i) {
        names << ident(columns.at(i));
        args << values.at(i);
        params << QStringLiteral("$%1").arg(args.size());
    }
    names << QStringLiteral("_field_at") << QStringLiteral("_field_by");
    args << compactJson(fieldAt);
    params << QStringLiteral("$%1::jsonb").arg(args.size());
    args << compactJson(fieldBy);
    params << QStringLiteral("$%1::jsonb").arg(args.size());
    return m_conn.exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING %4")
                           .arg(ident(table.name), names.join(QStringLiteral(", ")),
                                params.join(QStringLiteral(", ")), selectList(table)),
                       args);
}

Result<PgResult> SyncRepository::updateRow(const TableSpec &table, const QString &id, const QStringList &columns,
                                           const QVariantList &values, const QJsonObject &fieldAt,
                                           const QJsonObject &fieldBy)
{
    QStringList sets;
    QVariantList args{id};
    for (qsizetype i = 0; i < columns.size(); ++i) {
        args << values.at(i);
        sets << QStringLiteral("%1 = $%2").arg(ident(columns.at(i))).arg(args.size());
    }
    args << compactJson(fieldAt);
    sets << QStringLiteral("_field_at = _field_at || $%1::jsonb").arg(args.size());
    args << compactJson(fieldBy);
    sets << QStringLiteral("_field_by = _field_by || $%1::jsonb").arg(args.size());
    return m_conn.exec(QStringLiteral("UPDATE %1 SET %2 WHERE id = $1::uuid RETURNING %3")
                           .arg(ident(table.name), sets.join(QStringLiteral(", ")), selectList(table)),
                       args);
}

Result<int> SyncRepository::deleteRow(const TableSpec &table, const QString &id)
{
    auto r = m_conn.exec(QStringLiteral("DELETE FROM %1 WHERE id = $1::uuid").arg(ident(table.name)), {id});
    if (!r)
        return r.error();
    return r->affectedRows();
}

Result<PgResult> SyncRepository::selectRow(const TableSpec &table, const QString &id)
{
    return m_conn.exec(QStringLiteral("SELECT %1 FROM %2 WHERE id = $1::uuid").arg(selectList(table), ident(table.name)),
                       {id});
}

Result<void> SyncRepository::recordConflict(const Conflict &c)
{
    auto nullable = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    auto r = m_conn.exec(QStringLiteral("INSERT INTO record_history (entity_id, table_name, row_id, field, kind, "
                                        "kept_value, lost_value, kept_user_id, lost_user_id, created_at) "
                                        "VALUES ($1::uuid, $2, $3::uuid, $4, 'conflict', $5, $6, $7::uuid, $8::uuid, $9)"),
                         {c.entityId, c.table, c.rowId, c.field, c.keptValue, c.lostValue, nullable(c.keptUserId),
                          nullable(c.lostUserId), c.at});
    if (!r)
        return r.error();
    return {};
}

Result<void> SyncRepository::savepoint()
{
    return m_conn.execScript(QStringLiteral("SAVEPOINT hector_mutation"));
}

Result<void> SyncRepository::releaseSavepoint()
{
    return m_conn.execScript(QStringLiteral("RELEASE SAVEPOINT hector_mutation"));
}

Result<void> SyncRepository::rollbackToSavepoint()
{
    return m_conn.execScript(QStringLiteral("ROLLBACK TO SAVEPOINT hector_mutation"));
}

} // namespace hector::server
