#include "server/email/SmtpSender.h"

#include "server/email/EmailInternal.h"

#include <QUrl>
#include <cstring>

namespace hector::server {

namespace {

using email_detail::CurlEasy;
using email_detail::CurlSlist;

const QString kSendFailed = QStringLiteral("email_send_failed");

struct Upload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readUpload(char *buffer, size_t size, size_t count, void *userData)
{
    auto *upload = static_cast<Upload *>(userData);
    const qsizetype room = static_cast<qsizetype>(size * count);
    const qsizetype chunk = std::min(room, upload->data.size() - upload->offset);
    std::memcpy(buffer, upload->data.constData() + upload->offset, static_cast<size_t>(chunk));
    upload->offset += chunk;
    return static_cast<size_t>(chunk);
}

// What the SMTP dialogue looked like when it went wrong: the latest command and the error reply
// it got, if any. Commands are recorded without their
// arguments except MAIL/RCPT, so credentials never end up here.
struct Transcript
{
    QByteArray lastCommand;
    QByteArray failedCommand;
    QByteArray failureReply;
    bool failureComplete = false;
};

QByteArray sanitizedCommand(const QByteArray &line, const QByteArray &previous)
{
    const QByteArray trimmed = line.trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    const QByteArray verb = (space < 0 ? trimmed : trimmed.left(space)).toUpper();
    static const QList<QByteArray> bareVerbs
        = {"EHLO", "HELO", "DATA", "QUIT", "RSET", "NOOP", "STARTTLS"};
    if (verb == "MAIL" || verb == "RCPT")
        return trimmed;
    if (verb == "AUTH") {
        const QList<QByteArray> parts = trimmed.split(' ');
        return parts.size() > 1 ? "AUTH " + parts.at(1) : QByteArrayLiteral("AUTH");
    }
    if (bareVerbs.contains(verb))
        return verb;
    // SASL continuation data: still part of the AUTH exchange.
    return previous.startsWith("AUTH") ? previous : QByteArrayLiteral("AUTH");
}

int debugCallback(CURL *, curl_infotype type, char *data, size_t size, void *userData)
{
    auto *transcript = static_cast<Transcript *>(userData);
    const QByteArray text(data, static_cast<qsizetype>(size));
    if (type == CURLINFO_HEADER_OUT) {
        transcript->lastCommand = sanitizedCommand(text, transcript->lastCommand);
        // Only the failure of the latest command matters (an EHLO refused before a successful
        // HELO is no error); QUIT after a failure must not hide it.
        if (transcript->lastCommand != "QUIT") {
            transcript->failedCommand.clear();
            transcript->failureReply.clear();
            transcript->failureComplete = false;
        }
    } else if (type == CURLINFO_HEADER_IN) {
        for (const QByteArray &rawLine : text.split('\n')) {
            const QByteArray line = rawLine.trimmed();
            if (line.size() < 3)
                continue;
            const bool continued = line.size() > 3 && line.at(3) == '-';
            if (transcript->failureReply.isEmpty()) {
                if (line.at(0) == '4' || line.at(0) == '5') {
                    transcript->failedCommand = transcript->lastCommand;
                    transcript->failureReply = line;
                    transcript->failureComplete = !continued;
                }
            } else if (!transcript->failureComplete) {
                transcript->failureReply += ' ' + line.mid(4);
                transcript->failureComplete = !continued;
            }
        }
    }
    return 0;
}

QString bracketedArgument(const QByteArray &command)
{
    const qsizetype open = command.indexOf('<');
    const qsizetype close = command.indexOf('>', open);
    if (open < 0 || close < 0)
        return QString::fromUtf8(command);
    return QString::fromUtf8(command.mid(open + 1, close - open - 1));
}

hector::Error
smtpError(CURLcode code, const char *errorBuffer, const Transcript &transcript, int timeoutSeconds)
{
    const QString reply = QString::fromUtf8(transcript.failureReply);
    const QByteArray &command = transcript.failedCommand;
    if (!reply.isEmpty()) {
        if (command.startsWith("RCPT")) {
            return makeError(kSendFailed,
                             QStringLiteral("Le serveur SMTP a refusé le destinataire %1 (%2).")
                                 .arg(bracketedArgument(command), reply));
        }
        if (command.startsWith("MAIL")) {
            return makeError(kSendFailed,
                             QStringLiteral("Le serveur SMTP a refusé l'expéditeur %1 (%2).")
                                 .arg(bracketedArgument(command), reply));
        }
        if (command.startsWith("AUTH") || code == CURLE_LOGIN_DENIED) {
            return makeError(kSendFailed,
                             QStringLiteral("Authentification SMTP refusée : vérifiez "
                                            "l'identifiant et le mot de passe (%1).")
                                 .arg(reply));
        }
        if (command == "DATA") {
            return makeError(
                kSendFailed,
                QStringLiteral("Le serveur SMTP a refusé le message (%1).").arg(reply));
        }
        if (command == "STARTTLS") {
            return makeError(kSendFailed,
                             QStringLiteral("Le serveur SMTP a refusé STARTTLS (%1) : envoi "
                                            "annulé pour ne pas transmettre le message en clair.")
                                 .arg(reply));
        }
        return makeError(
            kSendFailed,
            QStringLiteral("Le serveur SMTP a répondu par une erreur (%1).").arg(reply));
    }

    const QString detail = email_detail::curlErrorText(code, errorBuffer);
    switch (code) {
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL:
        return makeError(kSendFailed,
                         QStringLiteral("Adresse du serveur SMTP invalide (%1).").arg(detail));
    case CURLE_COULDNT_RESOLVE_HOST:
        return makeError(kSendFailed, QStringLiteral("Serveur SMTP introuvable (%1).").arg(detail));
    case CURLE_COULDNT_CONNECT:
        return makeError(
            kSendFailed,
            QStringLiteral("Impossible de se connecter au serveur SMTP (%1).").arg(detail));
    case CURLE_OPERATION_TIMEDOUT:
        return makeError(kSendFailed,
                         QStringLiteral("Le serveur SMTP n'a pas répondu dans le délai de %1 s.")
                             .arg(timeoutSeconds));
    case CURLE_USE_SSL_FAILED:
        return makeError(kSendFailed,
                         QStringLiteral("Le serveur SMTP ne propose pas STARTTLS : envoi annulé "
                                        "pour ne pas transmettre le message en clair."));
    case CURLE_LOGIN_DENIED:
        return makeError(kSendFailed,
                         QStringLiteral("Authentification SMTP refusée : vérifiez l'identifiant "
                                        "et le mot de passe (%1).")
                             .arg(detail));
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CIPHER:
        return makeError(kSendFailed,
                         QStringLiteral("Échec de la connexion sécurisée (TLS) au serveur SMTP "
                                        "(%1).")
                             .arg(detail));
    default:
        return makeError(kSendFailed, QStringLiteral("Échec de l'envoi SMTP (%1).").arg(detail));
    }
}

} // namespace

SmtpSender::SmtpSender(const EmailConfig &config)
    : m_config(config)
{
}

hector::Result<std::unique_ptr<EmailSender>> SmtpSender::create(const EmailConfig &config)
{
    const QString urlText = config.smtpUrl.trimmed();
    if (urlText.isEmpty()) {
        return makeError(QStringLiteral("email_not_configured"),
                         QStringLiteral("Envoi d'e-mails par SMTP : l'adresse du serveur SMTP "
                                        "n'est pas configurée."));
    }
    const QUrl url(urlText, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("smtp") && scheme != QLatin1String("smtps"))) {
        return makeError(QStringLiteral("email_not_configured"),
                         QStringLiteral("Adresse du serveur SMTP invalide « %1 » : attendu "
                                        "smtp://hôte:port ou smtps://hôte:port.")
                             .arg(urlText));
    }
    if (config.timeoutSeconds <= 0) {
        return makeError(QStringLiteral("email_not_configured"),
                         QStringLiteral("Le délai d'envoi des e-mails doit être positif."));
    }
    if (!config.smtpUser.isEmpty() && scheme == QLatin1String("smtp") && !config.smtpStartTls) {
        qCWarning(lcEmail) << "SMTP credentials configured without TLS: they travel in clear";
    }
    email_detail::ensureCurlGlobalInit();
    EmailConfig kept = config;
    kept.smtpUrl = urlText;
    return std::unique_ptr<EmailSender>(new SmtpSender(kept));
}

QString SmtpSender::backendName() const
{
    return QStringLiteral("smtp");
}

hector::Result<QString> SmtpSender::send(const EmailMessage &message)
{
    hector::Result<email_detail::PreparedMessage> prepared
        = email_detail::prepareMessage(message, m_config.from);
    if (!prepared)
        return prepared.error();

    const QString messageId = QLatin1Char('<')
                              + email_detail::newMessageId(prepared->sender.domain())
                              + QLatin1Char('>');
    Upload upload;
    upload.data = renderMime(prepared->message, messageId, QDateTime::currentDateTime());

    CurlEasy curl(curl_easy_init());
    if (!curl) {
        return makeError(kSendFailed,
                         QStringLiteral("Échec de l'envoi SMTP : initialisation de libcurl "
                                        "impossible."));
    }
    CurlSlist recipients;
    for (const email_detail::Mailbox &recipient : prepared->recipients) {
        if (!email_detail::appendToSlist(recipients, '<' + recipient.address.toLatin1() + '>')) {
            return makeError(kSendFailed,
                             QStringLiteral("Échec de l'envoi SMTP : mémoire insuffisante."));
        }
    }

    const QByteArray url = m_config.smtpUrl.toUtf8();
    const QByteArray mailFrom = '<' + prepared->sender.address.toLatin1() + '>';
    const QByteArray user = m_config.smtpUser.toUtf8();
    const QByteArray password = m_config.smtpPassword.toUtf8();
    char errorBuffer[CURL_ERROR_SIZE] = {};
    Transcript transcript;

    CURL *handle = curl.get();
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(handle, CURLOPT_URL, url.constData());
#if LIBCURL_VERSION_NUM >= 0x075500
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
#else
    curl_easy_setopt(
        handle, CURLOPT_PROTOCOLS, static_cast<long>(CURLPROTO_SMTP | CURLPROTO_SMTPS));
#endif
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_TIMEOUT, static_cast<long>(m_config.timeoutSeconds));
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, static_cast<long>(m_config.timeoutSeconds));
    curl_easy_setopt(handle,
                     CURLOPT_USE_SSL,
                     static_cast<long>(m_config.smtpStartTls ? CURLUSESSL_ALL : CURLUSESSL_NONE));
    if (!user.isEmpty()) {
        curl_easy_setopt(handle, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(handle, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(handle, CURLOPT_MAIL_FROM, mailFrom.constData());
    curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(handle, CURLOPT_READFUNCTION, readUpload);
    curl_easy_setopt(handle, CURLOPT_READDATA, &upload);
    curl_easy_setopt(handle, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(upload.data.size()));
    curl_easy_setopt(handle, CURLOPT_VERBOSE, 1L);
    curl_easy_setopt(handle, CURLOPT_DEBUGFUNCTION, debugCallback);
    curl_easy_setopt(handle, CURLOPT_DEBUGDATA, &transcript);

    const CURLcode code = curl_easy_perform(handle);
    if (code != CURLE_OK) {
        const hector::Error error
            = smtpError(code, errorBuffer, transcript, m_config.timeoutSeconds);
        qCWarning(lcEmail) << "smtp: send failed:" << curl_easy_strerror(code)
                           << transcript.failedCommand << transcript.failureReply;
        return error;
    }
    qCInfo(lcEmail) << "smtp: sent" << messageId << "to" << prepared->recipients.size()
                    << "recipient(s)";
    return messageId;
}

} // namespace hector::server
