#include "ocr/ServerVisionEngine.h"

#include "ocr/Logging.h"
#include "sync/SessionManager.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QPointer>

#include <memory>

namespace hector::ocr {

namespace {
} // namespace

ServerVisionEngine::ServerVisionEngine(JsonRequest request, QObject *parent)
    : OcrEngine(parent)
    , m_request(std::move(request))
{
}

ServerVisionEngine::JsonRequest ServerVisionEngine::sessionRequest(sync::SessionManager *session)
{
    const QPointer<sync::SessionManager> guard(session);
    return [guard](sync::ApiClient::Method method, const QString &path, const QJsonObject &body, QObject *context,
                   sync::ApiClient::Callback<QJsonObject> done) {
        if (!guard) {
            done(makeError(QStringLiteral("unauthorized"), tr("Vous n'êtes plus connecté au serveur.")));
            return;
        }
        guard->authorizedRequest(method, path, body, context, std::move(done));
    };
}

QString ServerVisionEngine::label() const
{
    return tr("Claude (serveur)");
}

void ServerVisionEngine::setOnline(bool online)
{
    if (m_online == online)
        return;
    const bool before = isAvailable();
    m_online = online;
    if (before != isAvailable())
        emit availabilityChanged(isAvailable());
}

QString ServerVisionEngine::unavailableReason() const
{
    if (!m_online)
        return tr("Hors ligne : la reconnaissance par Claude passe par le serveur.");
    if (!m_checked)
        return tr("Vérification auprès du serveur…");
    if (!m_configured)
        return tr("Claude n'est pas configuré sur le serveur (clé API Anthropic absente).");
    return {};
}

void ServerVisionEngine::refreshAvailability()
{
    m_request(sync::ApiClient::Method::Get, QStringLiteral("/api/ocr/engines"), {}, this, [this](Result<QJsonObject> r) {
        const bool before = isAvailable();
        m_checked = true;
        m_configured = false;
        if (r) {
            for (const QJsonValue &e : r->value(QStringLiteral("engines")).toArray()) {
                const QJsonObject engine = e.toObject();
                if (engine.value(QStringLiteral("id")).toString() == QLatin1String("claude"))
                    m_configured = engine.value(QStringLiteral("configured")).toBool();
            }
        } else {
            qCInfo(lcOcr) << "ocr engines not available:" << r.error().code;
        }
        Q_UNUSED(before);
        emit availabilityChanged(isAvailable()); // even unchanged: the reason shown has changed
    });
}

QByteArray ServerVisionEngine::encodeForUpload(const QImage &image)
{
    QImage scaled = image;
    if (std::max(image.width(), image.height()) > 2000)
        scaled = image.scaled(2000, 2000, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    scaled.convertToFormat(QImage::Format_RGB32).save(&buffer, "JPEG", 88);
    return jpeg;
}

void ServerVisionEngine::recognize(const QImage &image, const QString &countryHint, QObject *context, Callback done)
{
    cancel();
    if (image.isNull()) {
        done(Error{QString(errors::badImage), tr("L'image est vide."), QJsonObject{{QStringLiteral("errorType"), QStringLiteral("format")}}});
        return;
    }
    const quint64 generation = ++m_generation;
    m_pending = done;
    emit progressChanged(0);
    const QByteArray jpeg = encodeForUpload(image);
    const QJsonObject body{{QStringLiteral("image"), QString::fromLatin1(jpeg.toBase64())},
                           {QStringLiteral("mediaType"), QStringLiteral("image/jpeg")},
                           {QStringLiteral("countryHint"), countryHint}};
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    const QPointer<ServerVisionEngine> self(this);
    m_request(sync::ApiClient::Method::Post, QStringLiteral("/api/ocr/business-card"), body, context,
              [self, generation, done, timer](Result<QJsonObject> r) {
                  if (!self || self->m_generation != generation)
                      return; // cancelled: the caller already got its answer
                  self->m_pending = nullptr;
                  if (!r) {
                      done(r.error());
                      return;
                  }
                  OcrResult result;
                  result.engine = QStringLiteral("claude");
                  result.fields = crm::BusinessCardFields::fromJson(r->value(QStringLiteral("fields")).toObject());
                  result.text = r->value(QStringLiteral("text")).toString();
                  result.durationMs = timer->elapsed();
                  emit self->progressChanged(100);
                  done(result);
              });
}

void ServerVisionEngine::cancel()
{
    ++m_generation;
    if (m_pending) {
        Callback pending = std::move(m_pending);
        m_pending = nullptr;
        pending(Error{QString(errors::cancelled), tr("Reconnaissance annulée."),
                      QJsonObject{{QStringLiteral("errorType"), QStringLiteral("cancelled")}}});
    }
}

} // namespace hector::ocr
