#include "db/PgConnection.h"

#include "server/Logging.h"

#include <QCoreApplication>
#include <QDateTime>

#include <libpq-fe.h>

#include <vector>

namespace hector::server {

PgResult::PgResult(pg_result *result) : m_result(result, &PQclear) {}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result.get()) : 0;
}

int PgResult::columns() const
{
    return m_result ? PQnfields(m_result.get()) : 0;
}

int PgResult::column(const char *name) const
{
    const int col = m_result ? PQfnumber(m_result.get(), name) : -1;
    Q_ASSERT_X(col >= 0, "PgResult::column", name);
    return col;
}

bool PgResult::isNull(int row, int col) const
{
    return !m_result || col < 0 || PQgetisnull(m_result.get(), row, col);
}

QString PgResult::text(int row, int col) const
{
    if (isNull(row, col))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result.get(), row, col),
                             PQgetlength(m_result.get(), row, col));
}

QByteArrayView PgResult::raw(int row, int col) const
{
    if (isNull(row, col))
        return {};
    return QByteArrayView(PQgetvalue(m_result.get(), row, col), PQgetlength(m_result.get(), row, col));
}

QByteArray PgResult::bytes(int row, const char *name) const
{
    const int col = column(name);
    if (isNull(row, col))
        return {};
    size_t len = 0;
    unsigned char *raw = PQunescapeBytea(
        reinterpret_cast<const unsigned char *>(PQgetvalue(m_result.get(), row, col)), &len);
    QByteArray out(reinterpret_cast<const char *>(raw), qsizetype(len));
    PQfreemem(raw);
    return out;
}

bool PgResult::toBool(int row, const char *name) const
{
    return text(row, name) == QLatin1String("t");
}

QDateTime PgResult::toDateTime(int row, const char *name) const
{
    const QString t = text(row, name);
    if (t.isEmpty())
        return {};
    // Postgres text output of timestamptz with the session TimeZone set to UTC:
    // "2026-11-25 10:00:00.123+00"
    QString iso = t;
    iso.replace(10, 1, u'T');
    if (iso.endsWith(QLatin1String("+00"))) {
        iso.chop(3);
        iso.append(u'Z');
    }
    QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return dt.toUTC();
}

int PgResult::affectedRows() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result.get())).toInt() : 0;
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

Result<std::unique_ptr<PgConnection>> PgConnection::open(const QString &conninfo)
{
    pg_conn *conn = PQconnectdb(conninfo.toUtf8().constData());
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString detail = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        PQfinish(conn);
        qCWarning(lcDb) << "connection failed:" << detail;
        return makeError(QStringLiteral("database_unavailable"),
                         QCoreApplication::translate("hector::server",
                                                     "La base de données est injoignable : %1")
                             .arg(detail));
    }
    std::unique_ptr<PgConnection> c(new PgConnection(conn));
    // All timestamps travel in UTC; statements never wait forever on locks.
    auto setup = c->execScript(QStringLiteral(
        "SET TIME ZONE 'UTC'; SET lock_timeout = '10s'; "
        "SET idle_in_transaction_session_timeout = '60s';"));
    if (!setup)
        return setup.error();
    return c;
}

Error PgConnection::lastError(pg_result *result) const
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QString sqlstate = state ? QString::fromLatin1(state) : QString();
    const QString detail = QString::fromUtf8(result ? PQresultErrorMessage(result)
                                                    : PQerrorMessage(m_conn))
                               .trimmed();
    if (PQstatus(m_conn) != CONNECTION_OK || sqlstate.startsWith(QLatin1String("08"))
        || sqlstate.startsWith(QLatin1String("57P"))) {
        return makeError(QStringLiteral("database_unavailable"),
                         QCoreApplication::translate("hector::server",
                                                     "La base de données est indisponible."));
    }
    if (sqlstate.startsWith(QLatin1String("40")) || sqlstate == QLatin1String("55P03")) {
        // Serialization failure, deadlock, lock timeout: transient, the client retries.
        qCWarning(lcDb) << "transient database error:" << sqlstate << detail;
        return makeError(QStringLiteral("database_busy"),
                         QCoreApplication::translate("hector::server",
                                                     "La base de données est occupée. Réessayez dans "
                                                     "un instant."));
    }
    if (sqlstate == QLatin1String("42501")) {
        // Missing privilege or a row-level security policy refusing the row.
        qCInfo(lcDb) << "permission denied:" << detail;
        return makeError(QStringLiteral("forbidden"),
                         QCoreApplication::translate("hector::server",
                                                     "Vous n'avez pas le droit d'effectuer cette "
                                                     "opération."));
    }
    if (sqlstate.startsWith(QLatin1String("22")))
        return makeError(QStringLiteral("invalid_value"), detail);
    if (sqlstate == QLatin1String("23505"))
        return makeError(QStringLiteral("conflict"), detail);
    if (sqlstate.startsWith(QLatin1String("23")))
        return makeError(QStringLiteral("constraint_violation"), detail);
    return makeError(QStringLiteral("database_error"), detail);
}

Result<PgResult> PgConnection::exec(const QString &sql, const QVariantList &params)
{
    std::vector<QByteArray> storage;
    storage.reserve(size_t(params.size()));
    std::vector<const char *> values;
    values.reserve(size_t(params.size()));
    for (const QVariant &p : params) {
        if (p.isNull()) {
            storage.emplace_back();
            values.push_back(nullptr);
            continue;
        }
        switch (p.typeId()) {
        case QMetaType::QByteArray:
            storage.push_back(QByteArrayLiteral("\\x") + p.toByteArray().toHex());
            break;
        case QMetaType::QDateTime:
            storage.push_back(p.toDateTime().toUTC().toString(Qt::ISODateWithMs).toUtf8());
            break;
        case QMetaType::Bool:
            storage.push_back(p.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
            break;
        default:
            storage.push_back(p.toString().toUtf8());
        }
        values.push_back(storage.back().constData());
    }
    pg_result *res = PQexecParams(m_conn,
                                  sql.toUtf8().constData(),
                                  int(values.size()),
                                  nullptr,
                                  values.data(),
                                  nullptr,
                                  nullptr,
                                  0);
    const auto status = PQresultStatus(res);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        Error e = lastError(res);
        PQclear(res);
        qCWarning(lcDb) << "query failed:" << e.code << e.message;
        return e;
    }
    return PgResult(res);
}

Result<void> PgConnection::execScript(const QString &sql)
{
    pg_result *res = PQexec(m_conn, sql.toUtf8().constData());
    const auto status = PQresultStatus(res);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        Error e = lastError(res);
        PQclear(res);
        return e;
    }
    PQclear(res);
    return {};
}

Result<qint64> PgConnection::copyIn(const QString &copySql, const QByteArray &data)
{
    pg_result *res = PQexec(m_conn, copySql.toUtf8().constData());
    if (PQresultStatus(res) != PGRES_COPY_IN) {
        Error e = lastError(res);
        PQclear(res);
        return e;
    }
    PQclear(res);
    if (PQputCopyData(m_conn, data.constData(), int(data.size())) != 1
        || PQputCopyEnd(m_conn, nullptr) != 1) {
        return lastError(nullptr);
    }
    qint64 rows = 0;
    bool failed = false;
    Error error;
    while ((res = PQgetResult(m_conn)) != nullptr) {
        if (PQresultStatus(res) != PGRES_COMMAND_OK) {
            failed = true;
            error = lastError(res);
        } else {
            rows += QByteArray(PQcmdTuples(res)).toLongLong();
        }
        PQclear(res);
    }
    if (failed)
        return error;
    return rows;
}

Result<QByteArray> PgConnection::copyOut(const QString &copySql)
{
    pg_result *res = PQexec(m_conn, copySql.toUtf8().constData());
    if (PQresultStatus(res) != PGRES_COPY_OUT) {
        Error e = lastError(res);
        PQclear(res);
        return e;
    }
    PQclear(res);
    QByteArray out;
    char *buffer = nullptr;
    int n = 0;
    while ((n = PQgetCopyData(m_conn, &buffer, 0)) > 0) {
        out.append(buffer, n);
        PQfreemem(buffer);
    }
    bool failed = n == -2;
    Error error = failed ? lastError(nullptr) : Error{};
    while ((res = PQgetResult(m_conn)) != nullptr) {
        if (PQresultStatus(res) != PGRES_COMMAND_OK) {
            failed = true;
            error = lastError(res);
        }
        PQclear(res);
    }
    if (failed)
        return error;
    return out;
}

bool PgConnection::isHealthy() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

QByteArray copyField(const QString &value, bool isNull)
{
    if (isNull)
        return QByteArrayLiteral("\\N");
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    out.reserve(utf8.size());
    for (char c : utf8) {
        switch (c) {
        case '\\':
            out.append("\\\\");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        default:
            out.append(c);
        }
    }
    return out;
}

} // namespace hector::server
