#pragma once

#include "core/Result.h"
#include "services/AuthService.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QMutex>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcServerProviders)

namespace hector::server {

class Clock;
class Database;

// One outgoing call to a third-party provider ("insee", "pappers", "google", "nominatim",
// "anthropic", "resend", "twilio").
struct ProviderRequest
{
    QString provider;
    QByteArray method = QByteArrayLiteral("GET");
    QString url;                                   // full URL, query included (may hold a key: never logged)
    QList<QPair<QByteArray, QByteArray>> headers;  // e.g. {"api-key", "..."}
    QByteArray body;
    int timeoutSeconds = 20;
};

struct ProviderResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;
    qint64 durationMs = 0;

    QByteArray header(const QByteArray &lowerName) const;
    // "Retry-After: <seconds>" or an HTTP date, in seconds from now.
    std::optional<qint64> retryAfterSeconds() const;
};

// The one HTTP layer of every connector (module 26): blocking libcurl calls (worker threads only),
// and around each call, in one place:
//  - the quota check: calls of the provider counted since max(window start, reset) against its
//    per-minute / per-hour / per-day limits and its monthly budget (EUR), under a transaction-level
//    advisory lock so that concurrent threads and processes never exceed a limit. A call refused
//    never reaches the provider: error `quota_exceeded` (HTTP 429, details.provider,
//    details.retryAfterSeconds);
//  - the usage row (provider_calls: time, endpoint without query, status, duration, cost);
//  - the incident log (api_incidents) for transport errors, HTTP 429 and 5xx; connectors add
//    logical errors (Google's status in an HTTP 200, ...) with recordIncident().
// Transport errors come back as `provider_unavailable` (HTTP 502). Windows are read from the
// injectable Clock. Logging category hector.server.providers; secrets never logged.
class ProviderHttp
{
public:
    ProviderHttp(Database &owner, const Clock &clock);

    Result<ProviderResponse> send(const ProviderRequest &request);
    void recordIncident(const QString &provider, const QString &endpoint, int httpStatus, const QString &code,
                        const QString &message, qint64 durationMs = 0);

    // Whether a provider has its key / URL (shown by the admin screens).
    void setConfigured(const QString &provider, bool configured);
    bool isConfigured(const QString &provider) const;

    // --- Admin endpoints (administrators only) ---------------------------------------------------
    Result<QJsonObject> quotas(const AuthUser &caller);
    Result<QJsonObject> updateQuota(const AuthUser &caller, const QString &provider, const QJsonObject &body);
    Result<QJsonObject> resetQuota(const AuthUser &caller, const QString &provider);
    Result<QJsonObject> incidents(const AuthUser &caller, const QUrlQuery &query);

    // The path of a URL (no query: keys never reach logs or the incident table).
    static QString endpointOf(const QString &url);

private:
    Result<qint64> reserve(const QString &provider, const QString &endpoint);
    void finish(qint64 callId, int status, qint64 durationMs);
    Result<QJsonObject> providerJson(const QString &provider);

    Database &m_owner;
    const Clock &m_clock;
    mutable QMutex m_mutex;
    QHash<QString, bool> m_configured;
};

} // namespace hector::server
