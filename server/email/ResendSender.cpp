#include "server/email/ResendSender.h"

#include "server/email/EmailInternal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <optional>

namespace hector::server {

namespace {

using email_detail::CurlEasy;
using email_detail::CurlSlist;

const QString kSendFailed = QStringLiteral("email_send_failed");
constexpr qsizetype kMaxResponseBytes = 1024 * 1024;

struct Response
{
    QByteArray body;
    std::optional<QByteArray> retryAfter;
};

size_t writeBody(char *data, size_t size, size_t count, void *userData)
{
    auto *response = static_cast<Response *>(userData);
    const qsizetype length = static_cast<qsizetype>(size * count);
    const qsizetype room = kMaxResponseBytes - response->body.size();
    if (room > 0)
        response->body.append(data, std::min(length, room));
    return size * count;
}

size_t readHeader(char *data, size_t size, size_t count, void *userData)
{
    auto *response = static_cast<Response *>(userData);
    const QByteArray line = QByteArray(data, static_cast<qsizetype>(size * count)).trimmed();
    if (line.startsWith("HTTP/")) {
        // A new response (after "100 Continue" for instance): forget the previous headers.
        response->retryAfter.reset();
    } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
        if (line.left(colon).trimmed().toLower() == "retry-after")
            response->retryAfter = line.mid(colon + 1).trimmed();
    }
    return size * count;
}

// Seconds to wait, from "Retry-After: <seconds>" or "Retry-After: <HTTP-date>".
std::optional<qint64> retryAfterSeconds(const std::optional<QByteArray> &header)
{
    if (!header)
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = header->toLongLong(&isNumber);
    if (isNumber)
        return std::max<qint64>(seconds, 0);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(*header), Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(QDateTime::currentDateTimeUtc().secsTo(when), 0);
}

struct ProviderError
{
    QString name;
    QString message;
};

ProviderError providerError(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    ProviderError error{object.value(QLatin1String("name")).toString(),
                        object.value(QLatin1String("message")).toString()};
    if (error.message.isEmpty() && !body.isEmpty() && object.isEmpty())
        error.message = QString::fromUtf8(body.left(300)).simplified();
    return error;
}

QString describe(const ProviderError &error)
{
    if (error.name.isEmpty())
        return error.message;
    if (error.message.isEmpty())
        return error.name;
    return error.message + QStringLiteral(" [") + error.name + QLatin1Char(']');
}

hector::Error transportError(CURLcode code, const char *errorBuffer, int timeoutSeconds)
{
    const QString detail = email_detail::curlErrorText(code, errorBuffer);
    switch (code) {
    case CURLE_OPERATION_TIMEDOUT:
        return makeError(
            kSendFailed,
            QStringLiteral("Resend n'a pas répondu dans le délai de %1 s.").arg(timeoutSeconds));
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
        return makeError(
            kSendFailed,
            QStringLiteral("Impossible de joindre le service d'envoi Resend (%1).").arg(detail));
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CIPHER:
        return makeError(
            kSendFailed,
            QStringLiteral("Échec de la connexion sécurisée (TLS) à Resend (%1).").arg(detail));
    default:
        return makeError(kSendFailed,
                         QStringLiteral("Échec de l'envoi via Resend (%1).").arg(detail));
    }
}

hector::Error statusError(long status, const Response &response)
{
    const ProviderError provider = providerError(response.body);
    if (status == 429) {
        const std::optional<qint64> seconds = retryAfterSeconds(response.retryAfter);
        const QString wait = seconds ? QStringLiteral("réessayez dans %1 s").arg(*seconds)
                                     : QStringLiteral("réessayez dans quelques instants");
        QString message = QStringLiteral("Limite d'envoi de Resend atteinte : %1.").arg(wait);
        if (!provider.message.isEmpty())
            message += QStringLiteral(" (%1)").arg(describe(provider));
        return makeError(QStringLiteral("email_rate_limited"), message);
    }
    const QString details = describe(provider);
    const QString suffix = details.isEmpty() ? QString() : QStringLiteral(" : ") + details;
    switch (status) {
    case 422:
    case 400:
        return makeError(kSendFailed, QStringLiteral("Resend a refusé le message%1.").arg(suffix));
    case 401:
    case 403:
        return makeError(kSendFailed,
                         QStringLiteral("Resend a refusé la clé API (statut HTTP %1)%2.")
                             .arg(status)
                             .arg(suffix));
    default:
        return makeError(kSendFailed,
                         QStringLiteral("Échec de l'envoi via Resend (statut HTTP %1)%2.")
                             .arg(status)
                             .arg(suffix));
    }
}

QByteArray requestBody(const EmailMessage &message)
{
    QJsonArray to;
    for (const QString &recipient : message.to)
        to.append(recipient.trimmed());
    QJsonObject body{{QLatin1String("from"), message.from},
                     {QLatin1String("to"), to},
                     {QLatin1String("subject"), message.subject},
                     {QLatin1String("text"), message.text}};
    if (!message.html.isEmpty())
        body.insert(QLatin1String("html"), message.html);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

ResendSender::ResendSender(const EmailConfig &config)
    : m_config(config)
{
}

hector::Result<std::unique_ptr<EmailSender>> ResendSender::create(const EmailConfig &config)
{
    if (config.resendApiKey.trimmed().isEmpty()) {
        return makeError(QStringLiteral("email_not_configured"),
                         QStringLiteral("Envoi d'e-mails par Resend : la clé API n'est pas "
                                        "configurée."));
    }
    QString base = config.resendBaseUrl.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QUrl url(base, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        return makeError(
            QStringLiteral("email_not_configured"),
            QStringLiteral("Adresse de l'API Resend invalide « %1 ».").arg(config.resendBaseUrl));
    }
    if (config.timeoutSeconds <= 0) {
        return makeError(QStringLiteral("email_not_configured"),
                         QStringLiteral("Le délai d'envoi des e-mails doit être positif."));
    }
    email_detail::ensureCurlGlobalInit();
    EmailConfig kept = config;
    kept.resendBaseUrl = base;
    kept.resendApiKey = config.resendApiKey.trimmed();
    return std::unique_ptr<EmailSender>(new ResendSender(kept));
}

QString ResendSender::backendName() const
{
    return QStringLiteral("resend");
}

hector::Result<QString> ResendSender::send(const EmailMessage &message)
{
    hector::Result<email_detail::PreparedMessage> prepared
        = email_detail::prepareMessage(message, m_config.from);
    if (!prepared)
        return prepared.error();

    CurlEasy curl(curl_easy_init());
    if (!curl) {
        return makeError(kSendFailed,
                         QStringLiteral("Échec de l'envoi via Resend : initialisation de libcurl "
                                        "impossible."));
    }

    const QString idempotencyKey = email_detail::sanitizedHeaderValue(message.idempotencyKey);
    CurlSlist headers;
    const QList<QByteArray> headerLines = {
        "Authorization: Bearer " + m_config.resendApiKey.toUtf8(),
        QByteArrayLiteral("Content-Type: application/json"),
        QByteArrayLiteral("Accept: application/json"),
        QByteArrayLiteral("User-Agent: hector-server"),
        // No "Expect: 100-continue" round trip for large bodies.
        QByteArrayLiteral("Expect:"),
    };
    for (const QByteArray &line : headerLines) {
        if (!email_detail::appendToSlist(headers, line))
            return makeError(kSendFailed,
                             QStringLiteral("Échec de l'envoi via Resend : mémoire "
                                            "insuffisante."));
    }
    if (!idempotencyKey.isEmpty()
        && !email_detail::appendToSlist(headers, "Idempotency-Key: " + idempotencyKey.toUtf8())) {
        return makeError(kSendFailed,
                         QStringLiteral("Échec de l'envoi via Resend : mémoire insuffisante."));
    }

    const QByteArray url = (m_config.resendBaseUrl + QStringLiteral("/emails")).toUtf8();
    const QByteArray body = requestBody(prepared->message);
    char errorBuffer[CURL_ERROR_SIZE] = {};
    Response response;

    CURL *handle = curl.get();
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(handle, CURLOPT_URL, url.constData());
#if LIBCURL_VERSION_NUM >= 0x075500
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
#else
    curl_easy_setopt(
        handle, CURLOPT_PROTOCOLS, static_cast<long>(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_TIMEOUT, static_cast<long>(m_config.timeoutSeconds));
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, static_cast<long>(m_config.timeoutSeconds));
    curl_easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(handle, CURLOPT_POST, 1L);
    curl_easy_setopt(handle, CURLOPT_POSTFIELDS, body.constData());
    curl_easy_setopt(handle, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
    curl_easy_setopt(handle, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, writeBody);
    curl_easy_setopt(handle, CURLOPT_WRITEDATA, &response);
    curl_easy_setopt(handle, CURLOPT_HEADERFUNCTION, readHeader);
    curl_easy_setopt(handle, CURLOPT_HEADERDATA, &response);

    const CURLcode code = curl_easy_perform(handle);
    if (code != CURLE_OK) {
        qCWarning(lcEmail) << "resend: transport error:" << curl_easy_strerror(code);
        return transportError(code, errorBuffer, m_config.timeoutSeconds);
    }
    long status = 0;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &status);
    if (status >= 200 && status < 300) {
        const QString id
            = QJsonDocument::fromJson(response.body).object().value(QLatin1String("id")).toString();
        if (id.isEmpty()) {
            qCWarning(lcEmail) << "resend: HTTP" << status << "without an id";
            return makeError(kSendFailed,
                             QStringLiteral("Réponse inattendue de Resend (statut HTTP %1, sans "
                                            "identifiant de message).")
                                 .arg(status));
        }
        qCInfo(lcEmail) << "resend: sent" << id << "to" << prepared->recipients.size()
                        << "recipient(s)";
        return id;
    }
    qCWarning(lcEmail) << "resend: HTTP" << status << response.body.left(300);
    return statusError(status, response);
}

} // namespace hector::server
