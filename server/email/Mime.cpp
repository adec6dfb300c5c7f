#include "server/email/EmailInternal.h"
#include "server/email/EmailSender.h"

#include <QLocale>
#include <QStringView>
#include <QUuid>
#include <algorithm>

namespace hector::server {

namespace {

using email_detail::Mailbox;

constexpr int kHeaderLineLimit = 78;  // RFC 5322 recommended limit
constexpr int kQpLineLimit = 76;      // RFC 2045, including the soft line break '='
constexpr int kEncodedWordBytes = 39; // UTF-8 bytes per encoded word: 52 base64 chars, 64 in all
constexpr int kBase64LineLength = 76;

// A header value piece that must not be split, with the separator written before it.
struct Token
{
    QByteArray separator;
    QByteArray text;
};

void writeHeader(QByteArray &out, const QByteArray &name, const QList<Token> &tokens)
{
    out += name;
    out += ':';
    qsizetype lineLength = name.size() + 1;
    bool first = true;
    for (const Token &token : tokens) {
        const QByteArray separator = first ? QByteArrayLiteral(" ") : token.separator;
        if (!first && lineLength + separator.size() + token.text.size() > kHeaderLineLimit) {
            // Fold: the whitespace of the separator becomes CRLF + one space.
            out += separator.trimmed();
            out += "\r\n ";
            lineLength = 1;
        } else {
            out += separator;
            lineLength += separator.size();
        }
        out += token.text;
        lineLength += token.text.size();
        first = false;
    }
    out += "\r\n";
}

void writeHeader(QByteArray &out, const QByteArray &name, const QByteArray &value)
{
    writeHeader(out, name, QList<Token>{Token{QByteArray(), value}});
}

// Header values never carry raw line breaks or other control characters (no header injection).
QString sanitizeHeaderText(const QString &text)
{
    return email_detail::sanitizedHeaderValue(text);
}

bool isPrintableAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

bool isAtextOrSpace(QChar c)
{
    static const QString extra = QStringLiteral("!#$%&'*+-/=?^_`{|}~ ");
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
           || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
           || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || extra.contains(c);
}

// RFC 2047 "B" encoded words, each holding whole UTF-8 characters.
QList<Token> encodedWords(const QString &text, const QByteArray &firstSeparator)
{
    QList<Token> tokens;
    QByteArray chunk;
    const auto flush = [&] {
        if (chunk.isEmpty())
            return;
        tokens.append(Token{tokens.isEmpty() ? firstSeparator : QByteArrayLiteral(" "),
                            "=?UTF-8?B?" + chunk.toBase64() + "?="});
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype length = (text.at(i).isHighSurrogate() && i + 1 < text.size()
                                  && text.at(i + 1).isLowSurrogate())
                                     ? 2
                                     : 1;
        const QByteArray character = QStringView(text).mid(i, length).toUtf8();
        if (chunk.size() + character.size() > kEncodedWordBytes)
            flush();
        chunk += character;
        i += length;
    }
    flush();
    return tokens;
}

// Unstructured text (Subject): plain words when possible, encoded words otherwise.
QList<Token> unstructuredTokens(const QString &text)
{
    bool needsEncoding = !isPrintableAscii(text) || text.contains(QLatin1String("=?"));
    const QStringList words = text.split(QLatin1Char(' '));
    for (const QString &word : words) {
        if (word.size() > kHeaderLineLimit - 10)
            needsEncoding = true;
    }
    if (needsEncoding)
        return encodedWords(text, QByteArrayLiteral(" "));
    QList<Token> tokens;
    for (const QString &word : words)
        tokens.append(Token{QByteArrayLiteral(" "), word.toLatin1()});
    return tokens;
}

QList<Token> mailboxTokens(const QString &text, const QByteArray &separator)
{
    const std::optional<Mailbox> mailbox = email_detail::parseMailbox(text);
    if (!mailbox) {
        // Not an address we understand (callers validate first): keep it inert and ASCII.
        QByteArray raw = sanitizeHeaderText(text).toLatin1();
        for (char &c : raw) {
            if (static_cast<unsigned char>(c) > 0x7e)
                c = '?';
        }
        return {Token{separator, raw}};
    }
    const QString name = sanitizeHeaderText(mailbox->displayName);
    const QByteArray address = mailbox->address.toLatin1();
    if (name.isEmpty())
        return {Token{separator, address}};

    QList<Token> tokens;
    if (!isPrintableAscii(name) || name.contains(QLatin1String("=?"))) {
        tokens = encodedWords(name, separator);
    } else if (std::all_of(name.cbegin(), name.cend(), isAtextOrSpace)) {
        const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words)
            tokens.append(
                Token{tokens.isEmpty() ? separator : QByteArrayLiteral(" "), word.toLatin1()});
    } else {
        QByteArray quoted = name.toLatin1();
        quoted.replace('\\', QByteArrayLiteral("\\\\"));
        quoted.replace('"', QByteArrayLiteral("\\\""));
        tokens.append(Token{separator, '"' + quoted + '"'});
    }
    tokens.append(Token{QByteArrayLiteral(" "), '<' + address + '>'});
    return tokens;
}

QByteArray rfc5322Date(const QDateTime &date)
{
    const QDateTime when = date.isValid() ? date : QDateTime::currentDateTime();
    const int offsetMinutes = when.offsetFromUtc() / 60;
    const int absolute = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
    const QString text = QLocale::c().toString(when, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
                         + (offsetMinutes < 0 ? QLatin1String(" -") : QLatin1String(" +"))
                         + QStringLiteral("%1%2")
                               .arg(absolute / 60, 2, 10, QLatin1Char('0'))
                               .arg(absolute % 60, 2, 10, QLatin1Char('0'));
    return text.toLatin1();
}

QByteArray normalizedMessageId(const QString &messageId)
{
    QString id = sanitizeHeaderText(messageId);
    if (id.startsWith(QLatin1Char('<')))
        id.remove(0, 1);
    if (id.endsWith(QLatin1Char('>')))
        id.chop(1);
    id.remove(QLatin1Char(' '));
    if (id.isEmpty() || !isPrintableAscii(id))
        id = email_detail::newMessageId(QString());
    return '<' + id.toLatin1() + '>';
}

// The body as UTF-8 with every line break (LF, CR, CRLF) turned into CRLF.
QByteArray crlfUtf8(const QString &text)
{
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QByteArray utf8 = normalized.toUtf8();
    utf8.replace('\n', QByteArrayLiteral("\r\n"));
    return utf8;
}

bool preferBase64(const QByteArray &utf8)
{
    qsizetype nonAscii = 0;
    for (const char c : utf8) {
        if (static_cast<unsigned char>(c) >= 0x80)
            ++nonAscii;
    }
    return nonAscii * 3 > utf8.size();
}

QByteArray encodeQuotedPrintable(const QByteArray &crlfText)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(crlfText.size() + crlfText.size() / 4);
    const QList<QByteArray> lines = crlfText.split('\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        QByteArray line = lines.at(l);
        if (l + 1 < lines.size() && line.endsWith('\r'))
            line.chop(1);
        if (l > 0)
            out += "\r\n";
        qsizetype lineLength = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto byte = static_cast<unsigned char>(line.at(i));
            const bool last = i + 1 == line.size();
            const bool literal = (byte >= 33 && byte <= 126 && byte != '=')
                                 || ((byte == ' ' || byte == '\t') && !last);
            QByteArray piece;
            if (literal) {
                piece = QByteArray(1, static_cast<char>(byte));
            } else {
                piece = QByteArray("=") + hex[byte >> 4] + hex[byte & 0x0f];
            }
            // Keep room for the soft break '=' unless this piece ends the line.
            const qsizetype limit = last ? kQpLineLimit : kQpLineLimit - 1;
            if (lineLength + piece.size() > limit) {
                out += "=\r\n";
                lineLength = 0;
            }
            out += piece;
            lineLength += piece.size();
        }
    }
    return out;
}

QByteArray encodeBase64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / kBase64LineLength * 2 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += kBase64LineLength) {
        if (i > 0)
            out += "\r\n";
        out += encoded.mid(i, kBase64LineLength);
    }
    return out;
}

// Content-Type / Content-Transfer-Encoding headers, blank line and encoded body (no final CRLF).
void writeTextPart(QByteArray &out, const QByteArray &subtype, const QString &text)
{
    const QByteArray utf8 = crlfUtf8(text);
    const bool base64 = preferBase64(utf8);
    writeHeader(out, "Content-Type", "text/" + subtype + "; charset=utf-8");
    writeHeader(out,
                "Content-Transfer-Encoding",
                base64 ? QByteArrayLiteral("base64") : QByteArrayLiteral("quoted-printable"));
    out += "\r\n";
    out += base64 ? encodeBase64Lines(utf8) : encodeQuotedPrintable(utf8);
}

} // namespace

QByteArray renderMime(const EmailMessage &message, const QString &messageId, const QDateTime &date)
{
    QByteArray out;
    writeHeader(out, "Date", rfc5322Date(date));
    writeHeader(out, "From", mailboxTokens(message.from, QByteArrayLiteral(" ")));

    QList<Token> recipients;
    for (const QString &recipient : message.to)
        recipients += mailboxTokens(
            recipient, recipients.isEmpty() ? QByteArrayLiteral(" ") : QByteArrayLiteral(", "));
    writeHeader(out, "To", recipients);
    writeHeader(out, "Subject", unstructuredTokens(sanitizeHeaderText(message.subject)));
    writeHeader(out, "Message-ID", normalizedMessageId(messageId));
    writeHeader(out, "MIME-Version", QByteArrayLiteral("1.0"));

    if (message.html.isEmpty()) {
        writeTextPart(out, "plain", message.text);
        out += "\r\n";
        return out;
    }

    // "=_" can occur neither in quoted-printable nor in base64 output: the boundary is safe.
    const QByteArray boundary = "=_hector_" + QUuid::createUuid().toByteArray(QUuid::Id128);
    writeHeader(out,
                "Content-Type",
                QList<Token>{Token{QByteArray(), QByteArrayLiteral("multipart/alternative;")},
                             Token{QByteArrayLiteral(" "), "boundary=\"" + boundary + '"'}});
    out += "\r\n";
    out += "--" + boundary + "\r\n";
    writeTextPart(out, "plain", message.text);
    out += "\r\n--" + boundary + "\r\n";
    writeTextPart(out, "html", message.html);
    out += "\r\n--" + boundary + "--\r\n";
    return out;
}

} // namespace hector::server
