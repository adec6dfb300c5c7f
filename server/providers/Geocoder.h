#pragma once

#include "core/Result.h"
#include "providers/CompanyRegistry.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QString>

#include <atomic>

namespace hector::server {

class Clock;
class Database;
class ProviderHttp;

struct GeoQuery
{
    QString address;
    QString postcode;
    QString city;
    QString countryCode; // FR, BE, LU (FR when empty)
};

struct GeoResult
{
    double lat = 0;
    double lon = 0;
    QString source;    // google | nominatim | centroid | cache
    QString precision; // rooftop | street | city | postcode
    QString formattedAddress;
    QString attribution;
    QString origin; // the provider behind a cache hit (google, nominatim); else = source
    QJsonObject toJson() const;
};

// Postcode centroids of France, Belgium and Luxembourg (resources/geo/postcode-centroids.csv:
// UTF-8, ';', header country;postcode;lat;lon;place), loaded once on first use.
class PostcodeCentroids
{
public:
    explicit PostcodeCentroids(QString path);
    // The file used: `path` when set, else the data set shipped in the binary (resources/geo).
    QString path() const;
    std::optional<GeoResult> lookup(const QString &country, const QString &postcode);
    QHash<QString, int> counts();

private:
    void load();
    QString m_path;
    QMutex m_mutex;
    bool m_loaded = false;
    QHash<QString, GeoResult> m_byKey; // "FR|75001"
    QHash<QString, int> m_counts;
};

// The geocoding cascade of module 17: cache (geocode_cache, keyed by the normalised address) ->
// Google (when its key is set; logical errors come in HTTP 200 `status`) -> Nominatim (when its
// URL and User-Agent are set; 1 request/second for the whole application through
// provider_gates) -> the postcode centroid. A provider's failure is logged as an incident and the
// cascade goes on. not_found when nothing at all matches.
class Geocoder
{
public:
    struct Settings
    {
        ProviderSettings google;     // apiKey = Google key
        QString nominatimBaseUrl;
        QString nominatimUserAgent;
        int timeoutSeconds = 20;
        QString centroidsFile;
    };
    Geocoder(ProviderHttp &http, Database &owner, const Clock &clock, Settings settings);

    Result<GeoResult> geocode(const GeoQuery &query);

    bool googleConfigured() const { return m_settings.google.configured(); }
    bool nominatimConfigured() const
    {
        return !m_settings.nominatimBaseUrl.trimmed().isEmpty() && !m_settings.nominatimUserAgent.trimmed().isEmpty();
    }
    PostcodeCentroids &centroids() { return m_centroids; }

    static QString cacheKey(const GeoQuery &query);
    // Waits for the app-wide Nominatim slot (1 request/second across threads and processes).
    Result<void> waitNominatimSlot();

private:
    std::optional<GeoResult> google(const GeoQuery &q);
    std::optional<GeoResult> nominatim(const GeoQuery &q);

    ProviderHttp &m_http;
    Database &m_owner;
    const Clock &m_clock;
    Settings m_settings;
    PostcodeCentroids m_centroids;
};

} // namespace hector::server
