#pragma once

#include "core/Result.h"
#include "core/crm/BusinessCard.h"

#include <QImage>
#include <QObject>
#include <QString>

#include <functional>

namespace hector::ocr {

// What an engine read on a business card.
struct OcrResult
{
    QString text;                 // raw text (Tesseract's lines, or Claude's transcription)
    crm::BusinessCardFields fields;
    double confidence = -1;       // 0-100 (Tesseract's mean word confidence); -1 when unknown
    qint64 durationMs = 0;
    QString engine;               // "tesseract" or "claude"
};

// Error codes of the client engines (the server's own codes pass through for Claude).
namespace errors {
inline constexpr auto cancelled = QLatin1StringView("ocr_cancelled");
inline constexpr auto engineUnavailable = QLatin1StringView("ocr_engine_unavailable");
inline constexpr auto unreadable = QLatin1StringView("ocr_unreadable");
inline constexpr auto badImage = QLatin1StringView("ocr_image_rejected");
} // namespace errors

// The monitoring's error type (module 25) of an engine error: format, quality, network…
QString errorTypeOf(const Error &error);

// A business-card reader. recognize() never blocks the caller: the work runs on another thread
// (Tesseract) or on the network (Claude); `done` runs in `context`'s thread, once, unless the
// context is destroyed first. cancel() ends the current recognition with errors::cancelled.
class OcrEngine : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<OcrResult>)>;

    using QObject::QObject;

    virtual QString id() const = 0;
    virtual QString label() const = 0; // French, for the engine picker
    virtual bool isAvailable() const = 0;
    virtual void recognize(const QImage &image, const QString &countryHint, QObject *context, Callback done) = 0;
    virtual void cancel() = 0;

signals:
    // 0-100 while recognising (engines that cannot tell stay at 0 then jump to 100).
    void progressChanged(int percent);
};

// Runs `engine` and waits (local event loop) for the result: tests and tools.
Result<OcrResult> recognizeAndWait(OcrEngine &engine, const QImage &image, const QString &countryHint,
                                   int timeoutMs = 120000);

} // namespace hector::ocr
