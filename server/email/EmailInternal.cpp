#include "server/email/EmailInternal.h"

#include <QUrl>
#include <QUuid>
#include <mutex>

Q_LOGGING_CATEGORY(lcEmail, "hector.server.email")

namespace hector::server::email_detail {

namespace {

const QString kInvalidMessage = QStringLiteral("email_invalid_message");

bool isControl(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7f;
}

// Characters never allowed unquoted in an address (RFC 5322 specials, space, controls).
bool isForbiddenInAddress(QChar c)
{
    static const QString specials = QStringLiteral(" <>()[]\\,;:\"@");
    return isControl(c) || specials.contains(c);
}

bool isValidDotAtom(const QString &text)
{
    if (text.isEmpty() || text.startsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char('.'))
        || text.contains(QLatin1String(".."))) {
        return false;
    }
    for (const QChar c : text) {
        if (c.unicode() > 0x7e || isForbiddenInAddress(c))
            return false;
    }
    return true;
}

QString unquote(const QString &text)
{
    if (text.size() < 2 || !text.startsWith(QLatin1Char('"')) || !text.endsWith(QLatin1Char('"')))
        return text;
    QString result;
    result.reserve(text.size());
    bool escaped = false;
    for (qsizetype i = 1; i < text.size() - 1; ++i) {
        const QChar c = text.at(i);
        if (!escaped && c == QLatin1Char('\\')) {
            escaped = true;
            continue;
        }
        escaped = false;
        result.append(c);
    }
    return result;
}

} // namespace

QString Mailbox::domain() const
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1);
}

std::optional<Mailbox> parseMailbox(const QString &text)
{
    const QString trimmed = text.trimmed();
    for (const QChar c : trimmed) {
        if (isControl(c))
            return std::nullopt;
    }

    Mailbox mailbox;
    QString address = trimmed;
    const qsizetype open = trimmed.lastIndexOf(QLatin1Char('<'));
    if (open >= 0) {
        if (!trimmed.endsWith(QLatin1Char('>')))
            return std::nullopt;
        address = trimmed.mid(open + 1, trimmed.size() - open - 2).trimmed();
        mailbox.displayName = unquote(trimmed.left(open).trimmed()).trimmed();
    }

    const qsizetype at = address.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != address.lastIndexOf(QLatin1Char('@')))
        return std::nullopt;
    const QString local = address.left(at);
    const QString domain = address.mid(at + 1);
    if (local.size() > 64 || !isValidDotAtom(local) || domain.isEmpty())
        return std::nullopt;

    const QString aceDomain = QString::fromLatin1(QUrl::toAce(domain)).toLower();
    if (aceDomain.isEmpty() || aceDomain.size() > 253 || !isValidDotAtom(aceDomain))
        return std::nullopt;
    for (const QChar c : aceDomain) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('.'))
            return std::nullopt;
    }

    mailbox.address = local + QLatin1Char('@') + aceDomain;
    return mailbox;
}

hector::Result<PreparedMessage> prepareMessage(const EmailMessage &message,
                                               const QString &defaultFrom)
{
    PreparedMessage prepared;
    prepared.message = message;
    prepared.message.from
        = message.from.trimmed().isEmpty() ? defaultFrom.trimmed() : message.from.trimmed();
    if (prepared.message.from.isEmpty()) {
        return makeError(kInvalidMessage,
                         QStringLiteral("Aucun expéditeur : renseignez l'adresse d'envoi du "
                                        "message ou celle de la configuration."));
    }
    const std::optional<Mailbox> sender = parseMailbox(prepared.message.from);
    if (!sender) {
        return makeError(
            kInvalidMessage,
            QStringLiteral("Adresse d'expéditeur invalide : « %1 ».").arg(prepared.message.from));
    }
    prepared.sender = *sender;

    if (message.to.isEmpty())
        return makeError(kInvalidMessage, QStringLiteral("Le message n'a aucun destinataire."));
    for (const QString &recipient : message.to) {
        const std::optional<Mailbox> mailbox = parseMailbox(recipient);
        if (!mailbox) {
            return makeError(
                kInvalidMessage,
                QStringLiteral("Adresse de destinataire invalide : « %1 ».").arg(recipient));
        }
        prepared.recipients.append(*mailbox);
    }

    if (message.subject.trimmed().isEmpty())
        return makeError(kInvalidMessage, QStringLiteral("L'objet du message est vide."));
    if (message.text.isEmpty()) {
        return makeError(kInvalidMessage, QStringLiteral("Le corps texte du message est vide."));
    }
    return prepared;
}

QString sanitizedHeaderValue(const QString &value)
{
    QString result = value;
    for (QChar &c : result) {
        if (isControl(c))
            c = QLatin1Char(' ');
    }
    return result.trimmed();
}

QString newMessageId(const QString &senderDomain)
{
    const QString domain = senderDomain.isEmpty() ? QStringLiteral("hector.invalid") : senderDomain;
    return QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('@') + domain;
}

void ensureCurlGlobalInit()
{
    static std::once_flag flag;
    std::call_once(flag, [] {
        const CURLcode code = curl_global_init(CURL_GLOBAL_DEFAULT);
        if (code != CURLE_OK)
            qCCritical(lcEmail) << "curl_global_init failed:" << curl_easy_strerror(code);
    });
}

bool appendToSlist(CurlSlist &list, const QByteArray &value)
{
    curl_slist *appended = curl_slist_append(list.get(), value.constData());
    if (!appended)
        return false;
    (void)list.release();
    list.reset(appended);
    return true;
}

QString curlErrorText(CURLcode code, const char *errorBuffer)
{
    if (errorBuffer && errorBuffer[0] != '\0')
        return QString::fromUtf8(errorBuffer).trimmed();
    return QString::fromUtf8(curl_easy_strerror(code));
}

} // namespace hector::server::email_detail
