#include "sync/crm/LocalScoring.h"

#include "core/geo/Geo.h"

#include "sync/Logging.h"
#include "sync/replica/LocalReplica.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimeZone>

#include <sqlite3.h>

#include <future>

namespace hector::sync::localScoring {

namespace {

// The owner's side of the inputs: their DISC profile and the office of their entity.
struct Owner
{
    QString disc;
    std::optional<geo::LatLon> office;
};

std::optional<geo::LatLon> position(const QSqlQuery &q, int latColumn, int lonColumn)
{
    const QVariant lat = q.value(latColumn);
    const QVariant lon = q.value(lonColumn);
    if (lat.isNull() || lon.isNull())
        return std::nullopt;
    return geo::LatLon{lat.toDouble(), lon.toDouble()};
}

QHash<QString, Owner> readOwners(const QSqlDatabase &db, const QString &opportunityId)
{
    QHash<QString, Owner> owners;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT u.id, u.disc_profile, e.office_latitude, e.office_longitude FROM users u "
                             "LEFT JOIN entities e ON e.id = u.entity_id")
              + (opportunityId.isEmpty() ? QString()
                                         : QStringLiteral(" WHERE u.id = (SELECT owner_id FROM opportunities WHERE id = ?)")));
    if (!opportunityId.isEmpty())
        q.addBindValue(opportunityId);
    if (q.exec()) {
        while (q.next())
            owners.insert(q.value(0).toString(), Owner{q.value(1).toString(), position(q, 2, 3)});
    }
    return owners;
}

// A prepared statement, finalized on scope exit.
class Statement
{
public:
    Statement(sqlite3 *db, const QByteArray &sql)
    {
        if (db && sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_stmt, nullptr) != SQLITE_OK) {
            qCWarning(lcSync) << "local scoring:" << sqlite3_errmsg(db);
            m_stmt = nullptr;
        }
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return m_stmt != nullptr; }
    void bind(int index, const QByteArray &text) { sqlite3_bind_text(m_stmt, index, text.constData(), int(text.size()), SQLITE_TRANSIENT); }
    bool next() { return sqlite3_step(m_stmt) == SQLITE_ROW; }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    // The text of a column without copying (valid until the next step).
    QByteArrayView bytes(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return QByteArrayView(data, data ? sqlite3_column_bytes(m_stmt, column) : 0);
    }
    QString text(int column) const { return QString::fromUtf8(bytes(column)); }
    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    double real(int column) const { return sqlite3_column_double(m_stmt, column); }
    std::optional<geo::LatLon> position(int latColumn, int lonColumn) const
    {
        if (isNull(latColumn) || isNull(lonColumn))
            return std::nullopt;
        return geo::LatLon{real(latColumn), real(lonColumn)};
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

// Few distinct values (stages, DISC letters) read 100 000 times: one QString each, shared.
class Interned
{
public:
    QString operator()(QByteArrayView bytes)
    {
        for (const auto &[key, value] : m_values)
            if (key == bytes)
                return value;
        m_values.append({bytes.toByteArray(), QString::fromUtf8(bytes)});
        return m_values.constLast().second;
    }

private:
    QList<std::pair<QByteArray, QString>> m_values;
};

// The response delays of every opportunity with activities (`opportunityId` empty) or of one:
// the activities are read in opportunity, time and id order (as the server does) from the covering
// index, and each opportunity's go through scoring::responseHours(). Keyed by the id's UTF-8 bytes.
QHash<QByteArray, QList<double>> readResponseHours(sqlite3 *db, const QString &opportunityId)
{
    QHash<QByteArray, QList<double>> out;
    // The time in milliseconds since the epoch (SQLite parses the ISO text; the wire keeps
    // milliseconds), doubled, plus 1 for an incoming activity: one number per activity.
    Statement act(db, QByteArrayLiteral("SELECT opportunity_id, CAST(round((julianday(occurred_at) - 2440587.5) * 86400000.0) "
                                        "AS INTEGER) * 2 + (direction = 'entrant') FROM opportunity_activities")
                          + (opportunityId.isEmpty() ? QByteArray() : QByteArrayLiteral(" WHERE opportunity_id = ?"))
                          + QByteArrayLiteral(" ORDER BY opportunity_id, occurred_at, id"));
    if (!act.ok())
        return out;
    if (!opportunityId.isEmpty())
        act.bind(1, opportunityId.toUtf8());
    QByteArray current;
    QList<scoring::ActivityPoint> points;
    auto flush = [&out, &current, &points] {
        if (!current.isEmpty())
            out.insert(current, scoring::responseHours(points));
        points.clear();
    };
    while (act.next()) {
        const QByteArrayView of = act.bytes(0);
        if (of != current) {
            flush();
            current = of.toByteArray();
        }
        if (act.isNull(1)) { // an unreadable time: not a measure (responseHours skips it)
            points.append({QDateTime(), false});
            continue;
        }
        const qint64 v = act.integer(1);
        points.append({QDateTime::fromMSecsSinceEpoch(v >> 1, Qt::UTC), (v & 1) != 0});
    }
    flush();
    return out;
}

// Reads the inputs of every opportunity (`opportunityId` empty) or of one, and hands each to
// `sink(id, input)`: three queries whatever the number of opportunities (owners, activities,
// opportunities with their prospect), the rows in table order.
template <typename Sink>
void readInputs(const QSqlDatabase &db, const QString &opportunityId, Sink sink)
{
    sqlite3 *handle = LocalReplica::sqliteHandle(db);
    if (!handle)
        return;
    QHash<QByteArray, Owner> owners;
    {
        const QHash<QString, Owner> byId = readOwners(db, opportunityId);
        for (auto it = byId.cbegin(); it != byId.cend(); ++it)
            owners.insert(it.key().toUtf8(), it.value());
    }
    // Every opportunity: the activities are read on a second connection (a reader of the same WAL
    // file) on another core while this one reads the opportunities; one opportunity: here.
    const QString file = db.databaseName();
    const bool parallel = opportunityId.isEmpty() && !file.isEmpty() && file != QLatin1String(":memory:");
    std::future<QHash<QByteArray, QList<double>>> pending;
    QHash<QByteArray, QList<double>> delays;
    if (parallel) {
        pending = std::async(std::launch::async, [path = file.toUtf8()] {
            QHash<QByteArray, QList<double>> out;
            sqlite3 *reader = nullptr;
            if (sqlite3_open_v2(path.constData(), &reader, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) == SQLITE_OK) {
                sqlite3_exec(reader, "PRAGMA mmap_size = 268435456", nullptr, nullptr, nullptr);
                out = readResponseHours(reader, QString());
            } else {
                qCWarning(lcSync) << "local scoring: second reader:" << sqlite3_errmsg(reader);
            }
            sqlite3_close(reader);
            return out;
        });
    } else {
        delays = readResponseHours(handle, opportunityId);
    }
    // The prospect's facts packed in one number: 1 linked, 2 revenue, 4 headcount, 8 decision maker.
    Statement opp(handle, QByteArrayLiteral(
                              "SELECT o.id, o.stage, o.shared_connections, o.owner_id, (p.id IS NOT NULL) "
                              "+ 2 * (p.revenue_eur IS NOT NULL) + 4 * (coalesce(trim(p.headcount_band), '') <> '') "
                              "+ 8 * (coalesce(trim(p.contact_name), '') <> ''), p.disc_profile, p.latitude, p.longitude "
                              "FROM opportunities o LEFT JOIN prospects p ON p.id = o.prospect_id")
                              + (opportunityId.isEmpty() ? QByteArray() : QByteArrayLiteral(" WHERE o.id = ?")));
    if (!opp.ok())
        return;
    if (!opportunityId.isEmpty())
        opp.bind(1, opportunityId.toUtf8());
    Interned stages, discs;
    struct Read
    {
        QByteArray id;
        scoring::ScoreInput input;
    };
    QList<Read> rows;
    while (opp.next()) {
        const QByteArrayView idBytes = opp.bytes(0);
        scoring::ScoreInput in;
        in.stage = stages(opp.bytes(1));
        if (!opp.isNull(2))
            in.sharedConnections = int(opp.integer(2));
        const QByteArrayView ownerBytes = opp.bytes(3);
        const auto owner = owners.constFind(QByteArray::fromRawData(ownerBytes.data(), ownerBytes.size()));
        if (owner != owners.cend())
            in.ownerDisc = owner->disc;
        const qint64 prospect = opp.integer(4);
        if (prospect & 1) { // without a prospect: no enrichment, no prospect DISC, no distance
            in.hasRevenue = prospect & 2;
            in.hasHeadcount = prospect & 4;
            in.hasDecisionMaker = prospect & 8;
            in.prospectDisc = discs(opp.bytes(5));
            const std::optional<geo::LatLon> at = opp.position(6, 7);
            if (at && owner != owners.cend() && owner->office)
                in.distanceKm = geo::distanceKm(*at, *owner->office);
        }
        rows.append(Read{idBytes.toByteArray(), std::move(in)});
    }
    if (parallel)
        delays = pending.get();
    for (Read &row : rows) {
        if (const auto d = delays.find(row.id); d != delays.end())
            row.input.responseHours = std::move(*d);
        sink(QString::fromUtf8(row.id), std::move(row.input));
    }
}

} // namespace

std::optional<scoring::ScoreInput> input(const QSqlDatabase &db, const QString &opportunityId)
{
    std::optional<scoring::ScoreInput> out;
    if (opportunityId.isEmpty())
        return out;
    readInputs(db, opportunityId, [&out](const QString &, scoring::ScoreInput &&in) { out = std::move(in); });
    return out;
}

std::optional<scoring::ScoreResult> score(const QSqlDatabase &db, const QString &opportunityId)
{
    const std::optional<scoring::ScoreInput> in = input(db, opportunityId);
    if (!in)
        return std::nullopt;
    return scoring::score(*in);
}

QHash<QString, scoring::ScoreInput> allInputs(const QSqlDatabase &db)
{
    QHash<QString, scoring::ScoreInput> out;
    readInputs(db, QString(), [&out](const QString &id, scoring::ScoreInput &&in) { out.insert(id, std::move(in)); });
    return out;
}

QHash<QString, ScoreSummary> scoreAll(const QSqlDatabase &db)
{
    QHash<QString, ScoreSummary> out;
    out.reserve(4096);
    readInputs(db, QString(), [&out](const QString &id, scoring::ScoreInput &&in) {
        // score(in).total without its French reasons (scoring::totalScore() is the same sum).
        const int total = scoring::totalScore(in);
        out.insert(id, ScoreSummary{total, scoring::temperatureFor(total)});
    });
    return out;
}

} // namespace hector::sync::localScoring

