#pragma once

#include "ocr/OcrEngine.h"
#include "ocr/ServerVisionEngine.h"

#include <QJsonArray>
#include <QObject>

namespace hector::ocr {

// Reports the local (Tesseract) recognitions to the server's OCR monitoring (module 25,
// POST /api/ocr/events), best effort: the events wait in a small queue (a JSON file when
// `queueFile` is given, so they survive a restart offline) and go with the next flush().
// Claude attempts are not reported: the server records them itself.
class OcrEventReporter : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxQueued = 500;
    static constexpr int kBatch = 100;

    explicit OcrEventReporter(ServerVisionEngine::JsonRequest request, QString queueFile = {}, QObject *parent = nullptr);

    // Queues the outcome of one local recognition and tries to send it.
    void report(const QString &engine, const Result<OcrResult> &result, qint64 durationMs);
    void flush();
    int pendingCount() const { return int(m_queue.size()); }

signals:
    void flushed(int accepted);

private:
    void save() const;

    ServerVisionEngine::JsonRequest m_request;
    QString m_queueFile;
    QJsonArray m_queue;
    bool m_sending = false;
};

} // namespace hector::ocr
