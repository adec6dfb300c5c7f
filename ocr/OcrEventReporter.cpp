#include "ocr/OcrEventReporter.h"

#include "ocr/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

namespace hector::ocr {

OcrEventReporter::OcrEventReporter(ServerVisionEngine::JsonRequest request, QString queueFile, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_queueFile(std::move(queueFile))
{
    if (!m_queueFile.isEmpty()) {
        QFile file(m_queueFile);
        if (file.open(QIODevice::ReadOnly))
            m_queue = QJsonDocument::fromJson(file.readAll()).array();
    }
}

void OcrEventReporter::report(const QString &engine, const Result<OcrResult> &result, qint64 durationMs)
{
    if (engine != QLatin1String("tesseract"))
        return;
    QJsonObject event{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                      {QStringLiteral("engine"), engine},
                      {QStringLiteral("status"), result ? QStringLiteral("success") : QStringLiteral("failure")},
                      {QStringLiteral("durationMs"), std::max<qint64>(0, result ? result->durationMs : durationMs)},
                      {QStringLiteral("occurredAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    if (result) {
        event.insert(QStringLiteral("fieldsFound"), result->fields.filledCount());
        if (result->confidence >= 0)
            event.insert(QStringLiteral("confidence"), result->confidence);
    } else {
        event.insert(QStringLiteral("errorType"), errorTypeOf(result.error()));
    }
    m_queue.append(event);
    while (m_queue.size() > kMaxQueued)
        m_queue.removeFirst();
    save();
    flush();
}

void OcrEventReporter::flush()
{
    if (m_sending || m_queue.isEmpty() || !m_request)
        return;
    m_sending = true;
    QJsonArray batch;
    for (qsizetype i = 0; i < m_queue.size() && i < kBatch; ++i)
        batch.append(m_queue.at(i));
    const qsizetype count = batch.size();
    m_request(sync::ApiClient::Method::Post, QStringLiteral("/api/ocr/events"), QJsonObject{{QStringLiteral("events"), batch}},
              this, [this, count](Result<QJsonObject> r) {
                  m_sending = false;
                  if (!r && sync::errors::isConnectivityError(r.error())) {
                      qCDebug(lcOcr) << "ocr events kept for later:" << m_queue.size();
                      return;
                  }
                  if (!r)
                      qCWarning(lcOcr) << "ocr events refused by the server, dropped:" << r.error().code << r.error().message;
                  for (qsizetype i = 0; i < count && !m_queue.isEmpty(); ++i)
                      m_queue.removeFirst();
                  save();
                  emit flushed(r ? r->value(QStringLiteral("accepted")).toInt() : 0);
                  if (r && !m_queue.isEmpty())
                      flush();
              });
}

void OcrEventReporter::save() const
{
    if (m_queueFile.isEmpty())
        return;
    QDir().mkpath(QFileInfo(m_queueFile).absolutePath());
    QSaveFile file(m_queueFile);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QJsonDocument(m_queue).toJson(QJsonDocument::Compact));
    file.commit();
}

} // namespace hector::ocr
