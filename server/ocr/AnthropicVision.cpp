#include "server/ocr/AnthropicVision.h"

#include "providers/ProviderHttp.h"
#include "services/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutexLocker>

Q_LOGGING_CATEGORY(lcServerOcr, "hector.server.ocr")

namespace hector::server {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hector::server::AnthropicVision", text);
}


Error ocrError(const QString &code, const QString &message, const QString &errorType, QJsonObject details = {})
{
    details.insert(QStringLiteral("errorType"), errorType);
    return Error{code, message, details};
}

std::optional<qint64> retryAfterSeconds(const QByteArray &header, const QDateTime &now)
{
    if (header.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = header.trimmed().toLongLong(&isNumber);
    if (isNumber)
        return std::max<qint64>(seconds, 0);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(header.trimmed()), Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(now.secsTo(when), 0);
}

const char *kPrompt =
    "Voici la photo ou le scan d'une carte de visite professionnelle (France, Belgique ou Luxembourg). "
    "Lis-la et réponds UNIQUEMENT par un objet JSON, sans texte autour ni bloc de code, avec exactement ces "
    "clés (chaîne vide quand l'information n'est pas sur la carte, n'invente rien) :\n"
    "{\"fullName\":\"\",\"firstName\":\"\",\"lastName\":\"\",\"title\":\"\",\"company\":\"\",\"email\":\"\","
    "\"website\":\"\",\"mobilePhone\":\"\",\"landlinePhone\":\"\",\"fax\":\"\",\"street\":\"\",\"postcode\":\"\","
    "\"city\":\"\",\"countryCode\":\"\",\"text\":\"\"}\n"
    "title est la fonction de la personne ; company la raison sociale ; street le numéro et la voie ; "
    "postcode le code postal tel qu'imprimé (avec F-, B- ou L- s'il y figure) ; countryCode FR, BE ou LU ; "
    "les téléphones tels qu'imprimés ; text la transcription brute de la carte, une ligne par ligne.";
} // namespace

AnthropicVision::AnthropicVision(const Clock &clock, ProviderHttp &http)
    : m_clock(clock)
    , m_http(http)
{
}

void AnthropicVision::setConfig(const AnthropicConfig &config)
{
    QMutexLocker lock(&m_mutex);
    m_config = config;
    m_config.apiKey = config.apiKey.trimmed();
    while (m_config.baseUrl.endsWith(QLatin1Char('/')))
        m_config.baseUrl.chop(1);
    m_blockedUntil = {};
}

AnthropicConfig AnthropicVision::config() const
{
    QMutexLocker lock(&m_mutex);
    return m_config;
}

bool AnthropicVision::isConfigured() const
{
    QMutexLocker lock(&m_mutex);
    return m_config.configured();
}

QByteArray AnthropicVision::requestBody(const QString &model, const QByteArray &image, const QString &mediaType)
{
    const QJsonObject imageBlock{{QStringLiteral("type"), QStringLiteral("image")},
                                 {QStringLiteral("source"),
                                  QJsonObject{{QStringLiteral("type"), QStringLiteral("base64")},
                                              {QStringLiteral("media_type"), mediaType},
                                              {QStringLiteral("data"), QString::fromLatin1(image.toBase64())}}}};
    const QJsonObject textBlock{{QStringLiteral("type"), QStringLiteral("text")},
                                {QStringLiteral("text"), QString::fromUtf8(kPrompt)}};
    const QJsonObject body{
        {QStringLiteral("model"), model},
        {QStringLiteral("max_tokens"), 1024},
        {QStringLiteral("system"),
         QStringLiteral("Tu extrais les coordonnées des cartes de visite pour un CRM. Tu réponds en JSON strict.")},
        {QStringLiteral("messages"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"), QJsonArray{imageBlock, textBlock}}}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::optional<QJsonObject> AnthropicVision::extractJsonObject(const QString &text)
{
    QString t = text.trimmed();
    // ```json … ``` fences.
    const qsizetype fence = t.indexOf(QStringLiteral("```"));
    if (fence >= 0) {
        const qsizetype lineEnd = t.indexOf(QLatin1Char('\n'), fence);
        const qsizetype close = t.indexOf(QStringLiteral("```"), lineEnd < 0 ? fence + 3 : lineEnd);
        if (lineEnd >= 0 && close > lineEnd)
            t = t.mid(lineEnd + 1, close - lineEnd - 1).trimmed();
    }
    const qsizetype open = t.indexOf(QLatin1Char('{'));
    const qsizetype end = t.lastIndexOf(QLatin1Char('}'));
    if (open < 0 || end <= open)
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(t.mid(open, end - open + 1).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

Error AnthropicVision::statusError(const ProviderResponse &response)
{
    const QJsonObject error = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("error")).toObject();
    const QString type = error.value(QStringLiteral("type")).toString();
    const QString providerMessage = error.value(QStringLiteral("message")).toString().left(200);
    const QString suffix = providerMessage.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(providerMessage);
    switch (response.status) {
    case 401:
    case 403:
        return ocrError(QStringLiteral("ocr_provider_auth"),
                        tr("Le service Claude a refusé la clé API du serveur (statut HTTP %1). Un administrateur doit "
                           "vérifier la configuration anthropic_api_key.")
                            .arg(response.status),
                        QStringLiteral("authentication"));
    case 429: {
        const std::optional<qint64> seconds = retryAfterSeconds(response.header("retry-after"), m_clock.now());
        const qint64 wait = seconds.value_or(30);
        {
            QMutexLocker lock(&m_mutex);
            m_blockedUntil = m_clock.now().addSecs(wait);
        }
        return ocrError(QStringLiteral("ocr_rate_limited"),
                        tr("Limite de requêtes du service Claude atteinte : réessayez dans %1 s.").arg(wait),
                        QStringLiteral("rate_limited"), QJsonObject{{QStringLiteral("retryAfterSeconds"), wait}});
    }
    case 529:
        return ocrError(QStringLiteral("ocr_overloaded"),
                        tr("Le service Claude est surchargé pour le moment. Réessayez dans quelques minutes ou utilisez "
                           "la reconnaissance locale."),
                        QStringLiteral("overloaded"));
    case 400:
        return ocrError(QStringLiteral("ocr_image_rejected"),
                        tr("Le service Claude a refusé l'image (format ou contenu illisible)%1.").arg(suffix),
                        QStringLiteral("format"));
    case 413:
        return ocrError(QStringLiteral("image_too_large"), tr("L'image est trop volumineuse pour le service Claude."),
                        QStringLiteral("format"));
    default:
        Q_UNUSED(type);
        return ocrError(QStringLiteral("ocr_provider_error"),
                        tr("Le service Claude a rencontré une erreur (statut HTTP %1). Réessayez plus tard ou utilisez la "
                           "reconnaissance locale.")
                            .arg(response.status),
                        QStringLiteral("provider_error"));
    }
}

Result<VisionResult> AnthropicVision::readBusinessCard(const QByteArray &image, const QString &mediaType,
                                                       const QString &countryHint)
{
    AnthropicConfig config;
    QDateTime blockedUntil;
    {
        QMutexLocker lock(&m_mutex);
        config = m_config;
        blockedUntil = m_blockedUntil;
    }
    if (!config.configured())
        return ocrError(QStringLiteral("provider_not_configured"),
                        tr("La reconnaissance par Claude n'est pas configurée sur le serveur (clé API Anthropic absente). "
                           "Utilisez la reconnaissance locale."),
                        QStringLiteral("not_configured"));
    const QDateTime now = m_clock.now();
    if (blockedUntil.isValid() && now < blockedUntil) {
        const qint64 wait = std::max<qint64>(1, now.secsTo(blockedUntil));
        return ocrError(QStringLiteral("ocr_rate_limited"),
                        tr("Limite de requêtes du service Claude atteinte : réessayez dans %1 s.").arg(wait),
                        QStringLiteral("rate_limited"), QJsonObject{{QStringLiteral("retryAfterSeconds"), wait}});
    }

    ProviderRequest request;
    request.provider = QStringLiteral("anthropic");
    request.method = QByteArrayLiteral("POST");
    request.url = config.baseUrl + QStringLiteral("/v1/messages");
    request.timeoutSeconds = config.timeoutSeconds;
    request.headers = {{QByteArrayLiteral("x-api-key"), config.apiKey.toUtf8()},
                       {QByteArrayLiteral("anthropic-version"), QByteArrayLiteral("2023-06-01")},
                       {QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json")},
                       {QByteArrayLiteral("accept"), QByteArrayLiteral("application/json")}};
    request.body = requestBody(config.model, image, mediaType);
    auto response = m_http.send(request);
    if (!response) {
        // The provider layer refused (quota) or could not reach Anthropic: the monitoring's types.
        const Error &e = response.error();
        if (e.code == QLatin1String("quota_exceeded"))
            return ocrError(QStringLiteral("ocr_rate_limited"), e.message, QStringLiteral("rate_limited"), e.details);
        const bool timeout = e.message.contains(QLatin1String("délai"));
        return ocrError(QStringLiteral("ocr_provider_unavailable"),
                        timeout ? tr("Le service de reconnaissance Claude n'a pas répondu dans le délai de %1 s.")
                                      .arg(request.timeoutSeconds)
                                : tr("Impossible de joindre le service de reconnaissance Claude (%1).").arg(e.message),
                        timeout ? QStringLiteral("timeout") : QStringLiteral("network"));
    }
    if (response->status < 200 || response->status >= 300) {
        qCWarning(lcServerOcr) << "anthropic: HTTP" << response->status << response->body.left(300);
        return statusError(*response);
    }

    const QJsonObject message = QJsonDocument::fromJson(response->body).object();
    QString answer;
    for (const QJsonValue &block : message.value(QStringLiteral("content")).toArray()) {
        const QJsonObject b = block.toObject();
        if (b.value(QStringLiteral("type")).toString() == QLatin1String("text"))
            answer += b.value(QStringLiteral("text")).toString();
    }
    const auto object = extractJsonObject(answer);
    if (!object) {
        qCWarning(lcServerOcr) << "anthropic: answer without a JSON object:" << answer.left(200);
        return ocrError(QStringLiteral("ocr_invalid_response"),
                        tr("La réponse du service Claude est illisible (pas de champs structurés). Réessayez ou utilisez "
                           "la reconnaissance locale."),
                        QStringLiteral("invalid_response"));
    }
    // Numbers or nulls where strings are expected are ignored by fromJson.
    crm::BusinessCardFields raw = crm::BusinessCardFields::fromJson(*object);
    if (raw.landlinePhone.isEmpty() && object->value(QStringLiteral("phone")).isString())
        raw.landlinePhone = object->value(QStringLiteral("phone")).toString();
    VisionResult result;
    result.text = object->value(QStringLiteral("text")).toString();
    result.fields = crm::normalizeBusinessCard(raw, countryHint);
    // Fields the model missed but its transcription holds (through the same parser as Tesseract).
    if (!result.text.isEmpty()) {
        const crm::BusinessCardFields parsed = crm::parseBusinessCardText(result.text, countryHint);
        auto fill = [](QString &target, const QString &value) {
            if (target.isEmpty())
                target = value;
        };
        crm::BusinessCardFields &f = result.fields;
        fill(f.email, parsed.email);
        fill(f.website, parsed.website);
        if (f.mobilePhone.isEmpty() && f.landlinePhone.isEmpty()) {
            f.mobilePhone = parsed.mobilePhone;
            f.landlinePhone = parsed.landlinePhone;
        }
        if (f.postcode.isEmpty() && f.city.isEmpty()) {
            f.postcode = parsed.postcode;
            f.city = parsed.city;
            fill(f.street, parsed.street);
            fill(f.countryCode, parsed.countryCode);
        }
    }
    result.model = message.value(QStringLiteral("model")).toString(config.model);
    result.durationMs = response->durationMs;
    if (result.fields.filledCount() == 0)
        return ocrError(QStringLiteral("ocr_unreadable"),
                        tr("Aucune information lisible sur l'image : reprenez la photo (carte entière, nette, bien "
                           "éclairée)."),
                        QStringLiteral("quality"));
    return result;
}

} // namespace hector::server
