#include "providers/Geocoder.h"

#include "core/crm/Postcode.h"
#include "db/Database.h"
#include "providers/ProviderHttp.h"
#include "services/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QUrl>

namespace hector::server {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hector::server::Geocoder", text);
}

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += c.isLetterOrNumber() ? c.toLower() : QChar(u' ');
    }
    return out.simplified();
}

QString countryOf(const GeoQuery &q)
{
    const QString c = q.countryCode.trimmed().toUpper();
    return c.isEmpty() ? QStringLiteral("FR") : c;
}

QString oneLine(const GeoQuery &q)
{
    QStringList parts;
    for (const QString &p : {q.address, QString(q.postcode + u' ' + q.city).trimmed()}) {
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    }
    static const QHash<QString, QString> names{{QStringLiteral("FR"), QStringLiteral("France")},
                                               {QStringLiteral("BE"), QStringLiteral("Belgique")},
                                               {QStringLiteral("LU"), QStringLiteral("Luxembourg")}};
    parts << names.value(countryOf(q), countryOf(q));
    return parts.join(QStringLiteral(", "));
}
} // namespace

QJsonObject GeoResult::toJson() const
{
    return QJsonObject{{QStringLiteral("lat"), lat},
                       {QStringLiteral("lon"), lon},
                       {QStringLiteral("source"), source},
                       {QStringLiteral("precision"), precision},
                       {QStringLiteral("formattedAddress"), formattedAddress.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                      : QJsonValue(formattedAddress)},
                       {QStringLiteral("attribution"), attribution.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(attribution)}};
}

// --- Centroids -------------------------------------------------------------------------------------

PostcodeCentroids::PostcodeCentroids(QString path)
    : m_path(std::move(path))
{}

QString PostcodeCentroids::path() const
{
    if (!m_path.isEmpty())
        return m_path;
    // Shipped inside the binary (resources/geo, see its README for source and licence).
    return QStringLiteral(":/geo/postcode-centroids.csv");
}

void PostcodeCentroids::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcServerProviders).noquote() << QStringLiteral("postcode centroids not found (%1): no offline geocoding")
                                                      .arg(file.fileName());
        return;
    }
    bool header = true;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty())
            continue;
        if (header) {
            header = false;
            if (line.startsWith(QLatin1String("country")))
                continue;
        }
        const QStringList f = line.split(u';');
        if (f.size() < 4)
            continue;
        bool okLat = false;
        bool okLon = false;
        GeoResult r;
        r.lat = f.at(2).toDouble(&okLat);
        r.lon = f.at(3).toDouble(&okLon);
        if (!okLat || !okLon)
            continue;
        const QString country = f.at(0).trimmed().toUpper();
        const QString postcode = crm::normalizePostcode(f.at(1));
        r.source = QStringLiteral("centroid");
        r.precision = QStringLiteral("postcode");
        r.formattedAddress = QStringLiteral("%1 %2").arg(postcode, f.value(4).trimmed()).trimmed();
        const QString key = country + u'|' + postcode;
        if (!m_byKey.contains(key)) {
            m_byKey.insert(key, r);
            ++m_counts[country];
        }
    }
    qCInfo(lcServerProviders).noquote() << QStringLiteral("postcode centroids loaded from %1: %2 entries")
                                               .arg(file.fileName())
                                               .arg(m_byKey.size());
}

std::optional<GeoResult> PostcodeCentroids::lookup(const QString &country, const QString &postcode)
{
    QMutexLocker lock(&m_mutex);
    load();
    const auto it = m_byKey.constFind(country.toUpper() + u'|' + crm::normalizePostcode(postcode));
    if (it == m_byKey.constEnd())
        return std::nullopt;
    return *it;
}

QHash<QString, int> PostcodeCentroids::counts()
{
    QMutexLocker lock(&m_mutex);
    load();
    return m_counts;
}

// --- Geocoder --------------------------------------------------------------------------------------

Geocoder::Geocoder(ProviderHttp &http, Database &owner, const Clock &clock, Settings settings)
    : m_http(http)
    , m_owner(owner)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_centroids(m_settings.centroidsFile)
{}

QString Geocoder::cacheKey(const GeoQuery &q)
{
    return QStringList{countryOf(q), crm::normalizePostcode(q.postcode), fold(q.city), fold(q.address)}.join(u'|');
}

Result<void> Geocoder::waitNominatimSlot()
{
    // Real time (not the service clock): the policy is about the provider's wall clock.
    auto wait = m_owner.transaction<qint64>([](PgConnection &c) -> Result<qint64> {
        auto r = c.exec(QStringLiteral("SELECT (extract(epoch FROM greatest(next_at, clock_timestamp()) - clock_timestamp()) * 1000)::bigint AS wait_ms"
                                       " FROM provider_gates WHERE provider = 'nominatim' FOR UPDATE"));
        if (!r)
            return r.error();
        if (auto u = c.exec(QStringLiteral("UPDATE provider_gates SET next_at = greatest(next_at, clock_timestamp())"
                                           " + interval '1 second' WHERE provider = 'nominatim'"));
            !u)
            return u.error();
        return r->rows() ? r->toInt(0, "wait_ms") : 0;
    });
    if (!wait)
        return wait.error();
    if (*wait > 0)
        QThread::msleep(quint64(*wait));
    return {};
}

std::optional<GeoResult> Geocoder::google(const GeoQuery &q)
{
    QString base = m_settings.google.baseUrl.trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    ProviderRequest req;
    req.provider = QStringLiteral("google");
    req.url = base + QStringLiteral("/json?address=%1&key=%2&region=%3&language=fr")
                         .arg(QString::fromUtf8(QUrl::toPercentEncoding(oneLine(q))),
                              QString::fromUtf8(QUrl::toPercentEncoding(m_settings.google.apiKey.trimmed())),
                              countryOf(q).toLower());
    req.timeoutSeconds = m_settings.timeoutSeconds;
    auto r = m_http.send(req);
    if (!r)
        return std::nullopt; // quota or transport: already logged; the cascade goes on
    const QJsonObject body = QJsonDocument::fromJson(r->body).object();
    const QString status = body.value(QLatin1StringView("status")).toString();
    if (r->status != 200 || (status != QLatin1String("OK") && status != QLatin1String("ZERO_RESULTS"))) {
        // OVER_QUERY_LIMIT, OVER_DAILY_LIMIT, REQUEST_DENIED, INVALID_REQUEST, UNKNOWN_ERROR: in an HTTP 200.
        m_http.recordIncident(QStringLiteral("google"), ProviderHttp::endpointOf(req.url), r->status,
                              status.isEmpty() ? QStringLiteral("http_error") : status,
                              body.value(QLatin1StringView("error_message")).toString(tr("Réponse inattendue de Google.")),
                              r->durationMs);
        return std::nullopt;
    }
    const QJsonArray results = body.value(QLatin1StringView("results")).toArray();
    if (status == QLatin1String("ZERO_RESULTS") || results.isEmpty())
        return std::nullopt;
    const QJsonObject first = results.first().toObject();
    const QJsonObject geometry = first.value(QLatin1StringView("geometry")).toObject();
    const QJsonObject location = geometry.value(QLatin1StringView("location")).toObject();
    if (!location.value(QLatin1StringView("lat")).isDouble() || !location.value(QLatin1StringView("lng")).isDouble())
        return std::nullopt;
    const QString type = geometry.value(QLatin1StringView("location_type")).toString();
    GeoResult g;
    g.lat = location.value(QLatin1StringView("lat")).toDouble();
    g.lon = location.value(QLatin1StringView("lng")).toDouble();
    g.source = QStringLiteral("google");
    g.precision = type == QLatin1String("ROOFTOP")     ? QStringLiteral("rooftop")
                  : type == QLatin1String("APPROXIMATE") ? QStringLiteral("city")
                                                         : QStringLiteral("street");
    g.formattedAddress = first.value(QLatin1StringView("formatted_address")).toString();
    g.attribution = QStringLiteral("Google");
    return g;
}

std::optional<GeoResult> Geocoder::nominatim(const GeoQuery &q)
{
    if (auto slot = waitNominatimSlot(); !slot) {
        qCWarning(lcServerProviders).noquote() << QStringLiteral("nominatim: no request slot: %1").arg(slot.error().message);
        return std::nullopt;
    }
    QString base = m_settings.nominatimBaseUrl.trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    ProviderRequest req;
    req.provider = QStringLiteral("nominatim");
    req.url = base + QStringLiteral("/search?q=%1&format=jsonv2&limit=1&addressdetails=1&countrycodes=%2")
                         .arg(QString::fromUtf8(QUrl::toPercentEncoding(oneLine(q))), countryOf(q).toLower());
    req.headers = {{QByteArrayLiteral("User-Agent"), m_settings.nominatimUserAgent.trimmed().toUtf8()},
                   {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    req.timeoutSeconds = m_settings.timeoutSeconds;
    auto r = m_http.send(req);
    if (!r)
        return std::nullopt;
    if (r->status != 200) {
        if (r->status < 500 && r->status != 429) {
            m_http.recordIncident(QStringLiteral("nominatim"), ProviderHttp::endpointOf(req.url), r->status,
                                  QStringLiteral("http_error"), QString::fromUtf8(r->body.left(300)).simplified(), r->durationMs);
        }
        return std::nullopt;
    }
    const QJsonArray results = QJsonDocument::fromJson(r->body).array();
    if (results.isEmpty())
        return std::nullopt;
    const QJsonObject first = results.first().toObject();
    // lat and lon are strings.
    bool okLat = false;
    bool okLon = false;
    GeoResult g;
    g.lat = first.value(QLatin1StringView("lat")).toString().toDouble(&okLat);
    g.lon = first.value(QLatin1StringView("lon")).toString().toDouble(&okLon);
    if (!okLat || !okLon)
        return std::nullopt;
    const QString type = first.value(QLatin1StringView("addresstype")).toString(first.value(QLatin1StringView("type")).toString());
    g.source = QStringLiteral("nominatim");
    g.precision = (type == QLatin1String("house") || type == QLatin1String("building")) ? QStringLiteral("rooftop")
                  : (type == QLatin1String("road") || type == QLatin1String("street"))   ? QStringLiteral("street")
                  : type == QLatin1String("postcode")                                     ? QStringLiteral("postcode")
                                                                                          : QStringLiteral("city");
    g.formattedAddress = first.value(QLatin1StringView("display_name")).toString();
    g.attribution = QStringLiteral("© OpenStreetMap contributors");
    return g;
}

Result<GeoResult> Geocoder::geocode(const GeoQuery &query)
{
    const QString key = cacheKey(query);
    {
        auto conn = m_owner.connection();
        if (!conn)
            return conn.error();
        auto hit = (*conn)->exec(QStringLiteral("UPDATE geocode_cache SET hits = hits + 1 WHERE key = $1"
                                                " RETURNING lat, lon, source, precision, formatted_address"),
                                 {key});
        if (!hit)
            return hit.error();
        if (hit->rows() == 1) {
            GeoResult g;
            g.lat = hit->text(0, "lat").toDouble();
            g.lon = hit->text(0, "lon").toDouble();
            g.source = QStringLiteral("cache");
            g.origin = hit->text(0, "source");
            g.precision = hit->text(0, "precision");
            g.formattedAddress = hit->text(0, "formatted_address");
            g.attribution = hit->text(0, "source") == QLatin1String("nominatim") ? QStringLiteral("© OpenStreetMap contributors")
                                                                                 : QStringLiteral("Google");
            return g;
        }
    }
    const bool hasAddress = !query.address.trimmed().isEmpty() || !query.city.trimmed().isEmpty();
    std::optional<GeoResult> found;
    if (hasAddress && googleConfigured())
        found = google(query);
    if (!found && hasAddress && nominatimConfigured())
        found = nominatim(query);
    if (found) {
        auto conn = m_owner.connection();
        if (!conn)
            return conn.error();
        (void)(*conn)->exec(QStringLiteral("INSERT INTO geocode_cache (key, lat, lon, source, precision, formatted_address, created_at)"
                                           " VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (key) DO NOTHING"),
                            {key, found->lat, found->lon, found->source, found->precision, found->formattedAddress, m_clock.now()});
        return *found;
    }
    if (auto c = m_centroids.lookup(countryOf(query), query.postcode)) {
        c->attribution = QStringLiteral("Centroïdes de codes postaux (données ouvertes)");
        return *c;
    }
    return makeError(QStringLiteral("not_found"), tr("Adresse introuvable : aucun service de géocodage ni centroïde de code "
                                                     "postal ne la situe."));
}

} // namespace hector::server
