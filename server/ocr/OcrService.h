#pragma once

#include "core/Result.h"
#include "server/ocr/AnthropicVision.h"
#include "services/AuthService.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace hector::server {

class Clock;
class Database;

// Business-card recognition through Claude Vision (issue #8) and the OCR monitoring of module 25.
// Every attempt lands in ocr_requests (migration 0009), in the caller's row-level security context:
// Claude calls recorded here, local Tesseract runs reported by the desktop client.
class OcrService
{
public:
    static constexpr qsizetype kMaxImageBytes = 5 * 1024 * 1024; // Anthropic's limit per image

    OcrService(Database &db, const Clock &clock, ProviderHttp &http);

    AnthropicVision &vision() { return m_vision; }

    // GET /api/ocr/engines: which engines the server offers (Claude: configured or not).
    QJsonObject engines() const;
    // POST /api/ocr/business-card. Body {image: base64, mediaType, countryHint?}.
    Result<QJsonObject> scanBusinessCard(const AuthUser &caller, const QJsonObject &body);
    // POST /api/ocr/events. Body {events: [{id, engine: "tesseract", status, errorType?, durationMs,
    // fieldsFound?, confidence?, occurredAt?}]} (at most 100): {accepted, duplicates}.
    Result<QJsonObject> recordEvents(const AuthUser &caller, const QJsonObject &body);
    // GET /api/admin/ocr/stats?period=7d|30d|90d (admin, president: organisation; manager: their
    // entities; 403 otherwise).
    Result<QJsonObject> stats(const AuthUser &caller, const QUrlQuery &query);

    // HTTP status of the errors above (the OCR codes are not in the shared table of http/Http.cpp).
    static int httpStatus(const Error &error);

private:
    void record(const AuthUser &caller, const QString &engine, const Error *error, qint64 durationMs, int fieldsFound);

    Database &m_db;
    const Clock &m_clock;
    AnthropicVision m_vision;
};

} // namespace hector::server
