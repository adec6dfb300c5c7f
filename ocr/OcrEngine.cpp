#include "ocr/OcrEngine.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <optional>

namespace hector::ocr {

QString errorTypeOf(const Error &error)
{
    const QString type = error.details.value(QStringLiteral("errorType")).toString();
    if (!type.isEmpty())
        return type;
    if (error.code == errors::cancelled)
        return QStringLiteral("cancelled");
    if (error.code == errors::unreadable)
        return QStringLiteral("quality");
    if (error.code == errors::badImage || error.code == QLatin1String("image_too_large"))
        return QStringLiteral("format");
    if (error.code == errors::engineUnavailable)
        return QStringLiteral("engine_error");
    return QStringLiteral("network");
}

Result<OcrResult> recognizeAndWait(OcrEngine &engine, const QImage &image, const QString &countryHint, int timeoutMs)
{
    QEventLoop loop;
    std::optional<Result<OcrResult>> result;
    QObject context;
    engine.recognize(image, countryHint, &context, [&](Result<OcrResult> r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!result) {
        engine.cancel();
        return makeError(QStringLiteral("timeout"),
                         QCoreApplication::translate("hector::ocr", "La reconnaissance n'a pas abouti dans le délai imparti."));
    }
    return *result;
}

} // namespace hector::ocr
