#pragma once

#include "ocr/OcrEngine.h"

#include <atomic>
#include <memory>

namespace hector::ocr {

// Local recognition with Tesseract (LSTM, French + English models), always available offline.
// The image is prepared first (grayscale, contrast stretched, small photos scaled up so that text
// reaches the size the models were trained on, huge ones scaled down), then recognised on the
// global thread pool; cancel() stops Tesseract between words.
class TesseractEngine : public OcrEngine
{
    Q_OBJECT
public:
    // `dataPath`: the tessdata folder; empty: TESSDATA_PREFIX or the system's.
    explicit TesseractEngine(QObject *parent = nullptr, QString dataPath = {},
                             QString languages = QStringLiteral("fra+eng"));
    ~TesseractEngine() override;

    QString id() const override { return QStringLiteral("tesseract"); }
    QString label() const override;
    bool isAvailable() const override;
    void recognize(const QImage &image, const QString &countryHint, QObject *context, Callback done) override;
    void cancel() override;

    // The tessdata folder found (empty when the models are missing).
    QString dataPath() const { return m_dataPath; }

    // The grayscale image handed to Tesseract (exposed for tests and the review screen).
    static QImage prepare(const QImage &image);

    struct Control
    {
        std::atomic<bool> cancelled{false};
        std::atomic<int> progress{0};
    };
    // The synchronous work (any thread).
    static Result<OcrResult> run(const QImage &image, const QString &countryHint, const QString &dataPath,
                                 const QString &languages, Control *control);

private:
    QString m_dataPath;
    QString m_languages;
    std::shared_ptr<Control> m_current;
};

} // namespace hector::ocr
