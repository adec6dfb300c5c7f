#pragma once

#include "core/Result.h"
#include "core/crm/BusinessCard.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>

#include <optional>

namespace hector::server {

class Clock;
class ProviderHttp;
struct ProviderResponse;

struct AnthropicConfig
{
    QString apiKey; // secret: never logged, never sent to clients
    QString baseUrl = QStringLiteral("https://api.anthropic.com");
    QString model = QStringLiteral("claude-sonnet-4-5");
    int timeoutSeconds = 60;

    bool configured() const { return !apiKey.trimmed().isEmpty(); }
};

struct VisionResult
{
    crm::BusinessCardFields fields; // normalised (crm::normalizeBusinessCard)
    QString text;                   // what the model transcribed, when it did
    QString model;
    qint64 durationMs = 0;
};

// Business card reading with Claude Vision over the Anthropic Messages API
// (third-party-contracts.md section 4): POST <base>/v1/messages with x-api-key,
// anthropic-version 2023-06-01, one image block (base64) and a prompt asking for strict JSON.
// The answer is read defensively (code fences, text around the object, wrong types).
//
// Errors (code -> HTTP status the route answers; details.errorType for the monitoring):
//   provider_not_configured (503, not_configured), ocr_provider_auth (502, authentication),
//   ocr_rate_limited (429, rate_limited; details.retryAfterSeconds), ocr_overloaded (503,
//   overloaded), ocr_provider_error (502, provider_error), ocr_image_rejected (422, format),
//   image_too_large (413, format), ocr_invalid_response (502, invalid_response),
//   ocr_unreadable (422, quality), ocr_provider_unavailable (502, network / timeout).
// After a 429 the connector honours retry-after: until then it answers ocr_rate_limited itself,
// without calling Anthropic. Calls go through the provider layer (ProviderHttp, provider
// "anthropic"): quotas, usage and incidents of module 26; a refused quota is ocr_rate_limited.
class AnthropicVision
{
public:
    AnthropicVision(const Clock &clock, ProviderHttp &http);

    void setConfig(const AnthropicConfig &config);
    AnthropicConfig config() const;
    bool isConfigured() const;

    Result<VisionResult> readBusinessCard(const QByteArray &image, const QString &mediaType, const QString &countryHint);

    // The request body sent to Anthropic (exposed for tests).
    static QByteArray requestBody(const QString &model, const QByteArray &image, const QString &mediaType);
    // The JSON object inside a model answer ("```json … ```", prose around it); nullopt if none.
    static std::optional<QJsonObject> extractJsonObject(const QString &text);

private:
    Error statusError(const ProviderResponse &response);

    const Clock &m_clock;
    ProviderHttp &m_http;
    mutable QMutex m_mutex;
    AnthropicConfig m_config;
    QDateTime m_blockedUntil;
};

} // namespace hector::server
