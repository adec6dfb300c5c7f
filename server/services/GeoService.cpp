#include "services/GeoService.h"

#include "db/Database.h"
#include "jobs/JobQueue.h"
#include "providers/Geocoder.h"
#include "repositories/AuditRepository.h"
#include "services/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace hector::server {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hector::server::GeoService", text);
}

QString notVisible()
{
    return tr("Ce prospect n'existe pas ou n'est pas visible pour vous.");
}

bool isUuid(const QString &s)
{
    return !QUuid::fromString(s).isNull();
}
} // namespace

GeoService::GeoService(Database &db, Database &owner, const Clock &clock, JobQueue &jobs, Geocoder &geocoder)
    : m_db(db)
    , m_owner(owner)
    , m_clock(clock)
    , m_jobs(jobs)
    , m_geocoder(geocoder)
{}

Result<QJsonObject> GeoService::geocodeProspect(const QString &prospectId, const QString &userId, const QString &userEmail,
                                                const QString &ip, bool automatic)
{
    auto conn = m_owner.connection();
    if (!conn)
        return conn.error();
    auto p = (*conn)->exec(QStringLiteral("SELECT address, postcode, city, country_code, latitude, longitude, geocode_source"
                                          " FROM prospects WHERE id = $1"),
                           {prospectId});
    if (!p)
        return p.error();
    if (p->rows() == 0)
        return makeError(QStringLiteral("not_found"), notVisible());
    const bool positioned = !p->isNull(0, "latitude") && !p->isNull(0, "longitude");
    // Batches and qualification keep a position someone typed or imported (no geocode_source).
    if (automatic && positioned && p->isNull(0, "geocode_source"))
        return QJsonObject{{QStringLiteral("skipped"), QStringLiteral("position_set")}, {QStringLiteral("source"), QStringLiteral("kept")}};
    auto found = m_geocoder.geocode(GeoQuery{p->text(0, "address"), p->text(0, "postcode"), p->text(0, "city"),
                                             p->text(0, "country_code")});
    if (!found)
        return found.error();
    // …and never trade an address-level position for a postcode centroid.
    if (automatic && positioned && found->source == QLatin1String("centroid")
        && p->text(0, "geocode_source") != QLatin1String("centroid"))
        return QJsonObject{{QStringLiteral("skipped"), QStringLiteral("less_precise")}, {QStringLiteral("source"), QStringLiteral("kept")}};
    const QDateTime now = m_clock.now();
    auto written = m_owner.transaction<bool>([&](PgConnection &c) -> Result<bool> {
        auto u = c.exec(QStringLiteral("UPDATE prospects SET latitude = $2, longitude = $3, geocode_source = $4 WHERE id = $1"),
                        {prospectId, found->lat, found->lon, found->origin.isEmpty() ? found->source : found->origin});
        if (!u)
            return u.error();
        auto nullable = [&](const char *column) {
            return p->isNull(0, column) ? QJsonValue(QJsonValue::Null) : QJsonValue(p->text(0, column).toDouble());
        };
        const QJsonObject changes{
            {QStringLiteral("latitude"), QJsonObject{{QStringLiteral("old"), nullable("latitude")}, {QStringLiteral("new"), found->lat}}},
            {QStringLiteral("longitude"), QJsonObject{{QStringLiteral("old"), nullable("longitude")}, {QStringLiteral("new"), found->lon}}},
            {QStringLiteral("geocode_source"),
             QJsonObject{{QStringLiteral("old"), p->isNull(0, "geocode_source") ? QJsonValue(QJsonValue::Null) : QJsonValue(p->text(0, "geocode_source"))},
                         {QStringLiteral("new"), found->origin.isEmpty() ? found->source : found->origin}}}};
        if (auto a = AuditRepository(c).write(AuditEntry{userId, userEmail.isEmpty() ? QStringLiteral("system:geocoding") : userEmail,
                                                         QStringLiteral("UPDATE"), QStringLiteral("prospects"), prospectId, changes, ip},
                                              now);
            !a)
            return a.error();
        return true;
    });
    if (!written)
        return written.error();
    return found->toJson();
}

Result<QJsonObject> GeoService::geocode(const AuthUser &caller, const QJsonObject &body, const RequestContext &ctx)
{
    const QString prospectId = body.value(QLatin1StringView("prospectId")).toString();
    if (!prospectId.isEmpty()) {
        if (!isUuid(prospectId))
            return makeError(QStringLiteral("not_found"), notVisible());
        // Visible (row-level security) and modifiable by the caller: the same rule as the
        // prospects' UPDATE policy (a commercial relocates only their own records).
        auto access = m_db.transactionAs<int>(UserContext::of(caller.user), [&](PgConnection &c) -> Result<int> {
            auto r = c.exec(QStringLiteral("SELECT hector_may_modify_prospect(owner_id) AS may FROM prospects WHERE id = $1::uuid"),
                            {prospectId});
            if (!r)
                return r.error();
            if (r->rows() == 0)
                return 0;
            return r->toBool(0, "may") ? 2 : 1;
        });
        if (!access)
            return access.error();
        if (*access == 0)
            return makeError(QStringLiteral("not_found"), notVisible());
        if (*access == 1)
            return makeError(QStringLiteral("forbidden"),
                             tr("Vous ne pouvez pas localiser ce prospect : il appartient à un autre commercial."));
        return geocodeProspect(prospectId, caller.user.id, caller.user.email, ctx.ip);
    }
    const GeoQuery q{body.value(QLatin1StringView("address")).toString().trimmed(),
                     body.value(QLatin1StringView("postcode")).toString().trimmed(),
                     body.value(QLatin1StringView("city")).toString().trimmed(),
                     body.value(QLatin1StringView("countryCode")).toString().trimmed()};
    if (q.address.isEmpty() && q.postcode.isEmpty() && q.city.isEmpty()) {
        return makeError(QStringLiteral("validation_error"),
                         tr("Indiquez un prospect (« prospectId ») ou une adresse, un code postal ou une ville."));
    }
    auto found = m_geocoder.geocode(q);
    if (!found)
        return found.error();
    return found->toJson();
}

Result<QJsonObject> GeoService::batch(const AuthUser &caller, const QJsonObject &body)
{
    QStringList ids;
    if (body.value(QLatin1StringView("prospectIds")).isArray()) {
        QStringList asked;
        for (const QJsonValue &v : body.value(QLatin1StringView("prospectIds")).toArray()) {
            if (!v.isString() || !isUuid(v.toString()))
                return makeError(QStringLiteral("validation_error"), tr("« prospectIds » est une liste d'identifiants de prospects."));
            asked << v.toString();
        }
        if (asked.size() > 5000)
            return makeError(QStringLiteral("validation_error"), tr("Au plus 5000 prospects par lot."));
        auto visible = m_db.transactionAs<QStringList>(UserContext::of(caller.user), [&](PgConnection &c) -> Result<QStringList> {
            auto r = c.exec(QStringLiteral("SELECT id::text AS id FROM prospects WHERE id = ANY($1::uuid[])"),
                            {QStringLiteral("{%1}").arg(asked.join(u','))});
            if (!r)
                return r.error();
            QStringList out;
            for (int i = 0; i < r->rows(); ++i)
                out << r->text(i, "id");
            return out;
        });
        if (!visible)
            return visible.error();
        ids = *visible;
    } else if (body.value(QLatin1StringView("missingOnly")).toBool(false)) {
        const int limit = body.value(QLatin1StringView("limit")).toInt(500);
        if (limit < 1 || limit > 5000)
            return makeError(QStringLiteral("validation_error"), tr("« limit » va de 1 à 5000."));
        auto visible = m_db.transactionAs<QStringList>(UserContext::of(caller.user), [&](PgConnection &c) -> Result<QStringList> {
            auto r = c.exec(QStringLiteral("SELECT id::text AS id FROM prospects WHERE latitude IS NULL OR longitude IS NULL"
                                           " ORDER BY created_at LIMIT $1"),
                            {limit});
            if (!r)
                return r.error();
            QStringList out;
            for (int i = 0; i < r->rows(); ++i)
                out << r->text(i, "id");
            return out;
        });
        if (!visible)
            return visible.error();
        ids = *visible;
    } else {
        return makeError(QStringLiteral("validation_error"),
                         tr("Indiquez « prospectIds » ou « missingOnly »: true (avec « limit »)."));
    }
    auto id = m_jobs.enqueue(kBatchKind, QJsonObject{{QStringLiteral("prospectIds"), QJsonArray::fromStringList(ids)},
                                                     {QStringLiteral("userId"), caller.user.id},
                                                     {QStringLiteral("userEmail"), caller.user.email}});
    if (!id)
        return id.error();
    return QJsonObject{{QStringLiteral("jobId"), *id}, {QStringLiteral("count"), int(ids.size())}};
}

Result<QJsonObject> GeoService::runBatch(const QJsonObject &payload)
{
    int geocoded = 0;
    int notFound = 0;
    QJsonObject bySource;
    const QString userId = payload.value(QLatin1StringView("userId")).toString();
    const QString userEmail = payload.value(QLatin1StringView("userEmail")).toString();
    for (const QJsonValue &v : payload.value(QLatin1StringView("prospectIds")).toArray()) {
        auto r = geocodeProspect(v.toString(), userId, userEmail, QString(), true);
        if (r) {
            ++geocoded;
            const QString source = r->value(QLatin1StringView("source")).toString();
            bySource.insert(source, bySource.value(source).toInt() + 1);
        } else if (r.error().code == QLatin1String("not_found")) {
            ++notFound;
        } else {
            return r.error();
        }
    }
    return QJsonObject{{QStringLiteral("geocoded"), geocoded}, {QStringLiteral("notFound"), notFound}, {QStringLiteral("bySource"), bySource}};
}

Result<QJsonObject> GeoService::stats(const AuthUser &caller)
{
    auto counts = m_db.transactionAs<QJsonObject>(UserContext::of(caller.user), [](PgConnection &c) -> Result<QJsonObject> {
        auto r = c.exec(QStringLiteral("SELECT CASE WHEN latitude IS NULL OR longitude IS NULL THEN 'none'"
                                       " ELSE coalesce(geocode_source, 'none') END AS source, count(*) AS n FROM prospects GROUP BY 1"));
        if (!r)
            return r.error();
        QJsonObject out{{QStringLiteral("google"), 0}, {QStringLiteral("nominatim"), 0}, {QStringLiteral("centroid"), 0},
                        {QStringLiteral("none"), 0}};
        for (int i = 0; i < r->rows(); ++i) {
            const QString s = r->text(i, "source");
            out.insert(s, out.value(s).toInt() + int(r->toInt(i, "n")));
        }
        return out;
    });
    if (!counts)
        return counts.error();
    auto conn = m_owner.connection();
    if (!conn)
        return conn.error();
    auto cache = (*conn)->exec(QStringLiteral("SELECT count(*) AS entries, coalesce(sum(hits), 0) AS hits FROM geocode_cache"));
    if (!cache)
        return cache.error();
    const QHash<QString, int> centroids = m_geocoder.centroids().counts();
    return QJsonObject{
        {QStringLiteral("bySource"), *counts},
        {QStringLiteral("cache"), QJsonObject{{QStringLiteral("entries"), cache->toInt(0, "entries")}, {QStringLiteral("hits"), cache->toInt(0, "hits")}}},
        {QStringLiteral("providers"), QJsonObject{{QStringLiteral("google"), QJsonObject{{QStringLiteral("configured"), m_geocoder.googleConfigured()}}},
                                                  {QStringLiteral("nominatim"), QJsonObject{{QStringLiteral("configured"), m_geocoder.nominatimConfigured()}}}}},
        {QStringLiteral("centroids"), QJsonObject{{QStringLiteral("FR"), centroids.value(QStringLiteral("FR"))},
                                                  {QStringLiteral("BE"), centroids.value(QStringLiteral("BE"))},
                                                  {QStringLiteral("LU"), centroids.value(QStringLiteral("LU"))}}}};
}

} // namespace hector::server
