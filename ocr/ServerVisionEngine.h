#pragma once

#include "ocr/OcrEngine.h"
#include "sync/ApiClient.h"

namespace hector::sync {
class SessionManager;
}

namespace hector::ocr {

// Claude Vision through hector-server (POST /api/ocr/business-card): the image goes to the
// server, never to Anthropic, and the client holds no key. Offered only when the server says
// Claude is configured (GET /api/ocr/engines) and the client is online.
class ServerVisionEngine : public OcrEngine
{
    Q_OBJECT
public:
    // An authenticated JSON call to the server (SessionManager::authorizedRequest in the app,
    // an ApiClient with a token in tests).
    using JsonRequest = std::function<void(sync::ApiClient::Method method, const QString &path, const QJsonObject &body,
                                           QObject *context, sync::ApiClient::Callback<QJsonObject> done)>;

    explicit ServerVisionEngine(JsonRequest request, QObject *parent = nullptr);
    static JsonRequest sessionRequest(sync::SessionManager *session);

    QString id() const override { return QStringLiteral("claude"); }
    QString label() const override;
    bool isAvailable() const override { return m_configured && m_online; }
    void recognize(const QImage &image, const QString &countryHint, QObject *context, Callback done) override;
    void cancel() override;

    bool isConfigured() const { return m_configured; }
    void setOnline(bool online);
    bool isOnline() const { return m_online; }
    // Asks the server whether Claude is configured; emits availabilityChanged().
    void refreshAvailability();
    // Why the engine is not offered, in French (empty when it is).
    QString unavailableReason() const;

    // JPEG of at most 2000 px on its long side (well under the server's 5 MB limit).
    static QByteArray encodeForUpload(const QImage &image);

signals:
    void availabilityChanged(bool available);

private:
    JsonRequest m_request;
    bool m_configured = false;
    bool m_online = true;
    bool m_checked = false;
    quint64 m_generation = 0;
    Callback m_pending;
};

} // namespace hector::ocr
