#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>

struct pg_conn;
struct pg_result;

namespace hector::server {

// Result rows of one statement (text format). Column access by name or index.
class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(pg_result *result);

    int rows() const;
    int columns() const;
    int column(const char *name) const;
    bool isNull(int row, int col) const;
    QString text(int row, int col) const;
    // The value's bytes as PostgreSQL sent them (text format, UTF-8), valid while the result lives.
    QByteArrayView raw(int row, int col) const;
    QString text(int row, const char *name) const { return text(row, column(name)); }
    QByteArray bytes(int row, const char *name) const; // bytea decoded
    qint64 toInt(int row, const char *name) const { return text(row, name).toLongLong(); }
    bool toBool(int row, const char *name) const;
    QDateTime toDateTime(int row, const char *name) const;
    bool isNull(int row, const char *name) const { return isNull(row, column(name)); }
    int affectedRows() const;

private:
    std::shared_ptr<pg_result> m_result;
};

// One libpq connection. Not thread-safe: one per thread (see Database).
// Parameters are sent as text: null QVariant -> SQL NULL, QByteArray -> bytea, QDateTime -> UTC
// ISO-8601, bool -> true/false, everything else through QVariant::toString().
class PgConnection
{
public:
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    static Result<std::unique_ptr<PgConnection>> open(const QString &conninfo);

    Result<PgResult> exec(const QString &sql, const QVariantList &params = {});
    // Runs a script of several statements (no parameters), e.g. a migration file.
    Result<void> execScript(const QString &sql);
    // COPY ... FROM STDIN in text format: `data` is the whole tab-separated payload.
    Result<qint64> copyIn(const QString &copySql, const QByteArray &data);
    // COPY ... TO STDOUT: the whole payload.
    Result<QByteArray> copyOut(const QString &copySql);

    bool isHealthy() const;
    pg_conn *raw() const { return m_conn; }

private:
    explicit PgConnection(pg_conn *conn) : m_conn(conn) {}
    Error lastError(pg_result *result) const;

    pg_conn *m_conn = nullptr;
};

// Escapes a value for COPY text format (backslash, tab, newline, carriage return); null -> \N.
QByteArray copyField(const QString &value, bool isNull = false);

} // namespace hector::server
