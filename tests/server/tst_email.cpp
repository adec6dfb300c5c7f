#include "FakeResendServer.h"
#include "FakeSmtpServer.h"
#include "LoopbackTcpServer.h"
#include "server/email/EmailSender.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <optional>
#include <thread>
#include <vector>

using namespace hector::server;
using hector::test::FakeResendServer;
using hector::test::FakeSmtpServer;
using hector::test::HttpReply;
using hector::test::HttpRequest;
using hector::test::SmtpMessage;
using hector::test::SmtpOptions;
using namespace Qt::StringLiterals;

namespace {

// ---------------------------------------------------------------------------------------------
// A small, strict MIME reader used to check that what renderMime produces parses back.
// ---------------------------------------------------------------------------------------------

struct MimeEntity
{
    QList<QPair<QByteArray, QByteArray>> headers; // lower-cased name, unfolded value
    QByteArray body;                              // still transfer-encoded

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &header : headers) {
            if (header.first == name)
                return header.second;
        }
        return {};
    }
    int headerCount(const QByteArray &name) const
    {
        int count = 0;
        for (const auto &header : headers)
            count += header.first == name ? 1 : 0;
        return count;
    }
};

struct TextPart
{
    QByteArray contentType;      // e.g. "text/plain; charset=utf-8"
    QByteArray transferEncoding; // "quoted-printable" or "base64"
    QString text;                // decoded
};

struct ParsedMail
{
    QString error; // empty when everything parsed and decoded cleanly
    MimeEntity top;
    QString from;
    QString to;
    QString subject;
    QList<TextPart> parts;
};

std::optional<MimeEntity> splitEntity(const QByteArray &raw, QString *error)
{
    const qsizetype end = raw.indexOf("\r\n\r\n");
    if (end < 0) {
        *error = QStringLiteral("no blank line after the headers");
        return std::nullopt;
    }
    MimeEntity entity;
    entity.body = raw.mid(end + 4);
    const QList<QByteArray> lines = raw.left(end).split('\n');
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (entity.headers.isEmpty()) {
                *error = QStringLiteral("continuation line before any header");
                return std::nullopt;
            }
            entity.headers.last().second += line; // unfolding: only the CRLF goes away
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            *error = QStringLiteral("malformed header line: ") + QString::fromLatin1(line);
            return std::nullopt;
        }
        entity.headers.append({line.left(colon).toLower(), line.mid(colon + 1)});
    }
    for (auto &header : entity.headers)
        header.second = header.second.trimmed();
    return entity;
}

// RFC 2047 decoding; every encoded word must hold whole UTF-8 characters.
QString decodeEncodedWords(const QByteArray &value, QString *error)
{
    static const QRegularExpression word(QStringLiteral("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?="));
    const QString text = QString::fromLatin1(value);
    QString result;
    qsizetype position = 0;
    bool previousWasEncoded = false;
    QRegularExpressionMatchIterator it = word.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString between = text.mid(position, match.capturedStart() - position);
        if (!(previousWasEncoded && between.trimmed().isEmpty()))
            result += between;
        if (match.captured(1).compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) != 0)
            *error = QStringLiteral("unexpected charset ") + match.captured(1);
        const QByteArray payload = match.captured(3).toLatin1();
        QByteArray bytes;
        if (match.captured(2).compare(QLatin1String("B"), Qt::CaseInsensitive) == 0) {
            const auto decoded
                = QByteArray::fromBase64Encoding(payload, QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                *error = QStringLiteral("bad base64 in encoded word");
            bytes = decoded.decoded;
        } else {
            for (qsizetype i = 0; i < payload.size(); ++i) {
                if (payload.at(i) == '_') {
                    bytes += ' ';
                } else if (payload.at(i) == '=' && i + 2 < payload.size()) {
                    bytes += QByteArray::fromHex(payload.mid(i + 1, 2));
                    i += 2;
                } else {
                    bytes += payload.at(i);
                }
            }
        }
        const QString decoded = QString::fromUtf8(bytes);
        if (decoded.contains(QChar::ReplacementCharacter))
            *error = QStringLiteral("encoded word splits a UTF-8 character");
        result += decoded;
        position = match.capturedEnd();
        previousWasEncoded = true;
    }
    result += text.mid(position);
    return result;
}

QByteArray decodeQuotedPrintable(const QByteArray &encoded, QString *error)
{
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (c != '=') {
            out += c;
            continue;
        }
        if (encoded.mid(i + 1, 2) == "\r\n") {
            i += 2; // soft line break
            continue;
        }
        const QByteArray hex = encoded.mid(i + 1, 2);
        static const QRegularExpression upperHex(QStringLiteral("^[0-9A-F]{2}$"));
        if (!upperHex.match(QString::fromLatin1(hex)).hasMatch()) {
            *error = QStringLiteral("bad quoted-printable escape at %1").arg(i);
            return {};
        }
        out += QByteArray::fromHex(hex);
        i += 2;
    }
    return out;
}

// Content lines of an encoded body must fit in 76 characters, without trailing white space.
QString checkEncodedLines(const QByteArray &body)
{
    const QList<QByteArray> lines = body.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > 76)
            return QStringLiteral("encoded line %1 has %2 characters").arg(i).arg(line.size());
        if (line.endsWith(' ') || line.endsWith('\t'))
            return QStringLiteral("encoded line %1 ends with white space").arg(i);
    }
    return {};
}

TextPart decodeTextPart(const MimeEntity &entity, QString *error)
{
    TextPart part;
    part.contentType = entity.header("content-type");
    part.transferEncoding = entity.header("content-transfer-encoding").toLower();
    if (const QString problem = checkEncodedLines(entity.body); !problem.isEmpty())
        *error = problem;
    QByteArray bytes;
    if (part.transferEncoding == "quoted-printable") {
        bytes = decodeQuotedPrintable(entity.body, error);
    } else if (part.transferEncoding == "base64") {
        QByteArray compact = entity.body;
        compact.replace("\r\n", "");
        const auto decoded
            = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            *error = QStringLiteral("bad base64 body");
        bytes = decoded.decoded;
    } else {
        *error = QStringLiteral("unexpected transfer encoding ")
                 + QString::fromLatin1(part.transferEncoding);
    }
    part.text = QString::fromUtf8(bytes);
    return part;
}

ParsedMail parseMail(const QByteArray &raw)
{
    ParsedMail mail;
    QString error;
    const std::optional<MimeEntity> top = splitEntity(raw, &error);
    if (!top) {
        mail.error = error;
        return mail;
    }
    mail.top = *top;
    mail.from = decodeEncodedWords(mail.top.header("from"), &error);
    mail.to = decodeEncodedWords(mail.top.header("to"), &error);
    mail.subject = decodeEncodedWords(mail.top.header("subject"), &error);

    const QByteArray contentType = mail.top.header("content-type");
    if (contentType.startsWith("multipart/alternative")) {
        static const QRegularExpression boundaryParameter(QStringLiteral("boundary=\"([^\"]+)\""));
        const QRegularExpressionMatch match
            = boundaryParameter.match(QString::fromLatin1(contentType));
        if (!match.hasMatch()) {
            mail.error = QStringLiteral("multipart without boundary");
            return mail;
        }
        const QByteArray delimiter = "\r\n--" + match.captured(1).toLatin1();
        const QByteArray body = "\r\n" + mail.top.body;
        if (!body.endsWith(QByteArray(delimiter + "--\r\n"))) {
            mail.error = QStringLiteral("multipart body does not end with the close delimiter");
            return mail;
        }
        qsizetype position = body.indexOf(delimiter);
        if (position != 0) {
            mail.error = QStringLiteral("unexpected preamble");
            return mail;
        }
        while (true) {
            const qsizetype start = position + delimiter.size();
            if (body.mid(start, 2) == "--")
                break;
            if (body.mid(start, 2) != "\r\n") {
                mail.error = QStringLiteral("delimiter line not followed by CRLF");
                return mail;
            }
            const qsizetype next = body.indexOf(delimiter, start);
            if (next < 0) {
                mail.error = QStringLiteral("unterminated body part");
                return mail;
            }
            const std::optional<MimeEntity> part
                = splitEntity(body.mid(start + 2, next - start - 2), &error);
            if (!part) {
                mail.error = error;
                return mail;
            }
            mail.parts.append(decodeTextPart(*part, &error));
            position = next;
        }
    } else {
        MimeEntity single = mail.top;
        if (!single.body.endsWith("\r\n")) {
            mail.error = QStringLiteral("message does not end with CRLF");
            return mail;
        }
        single.body.chop(2);
        mail.parts.append(decodeTextPart(single, &error));
    }
    mail.error = error;
    return mail;
}

// Transport rules: 7-bit, CRLF only, header lines within 78 characters, no line over 998.
QString checkWireFormat(const QByteArray &raw)
{
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const auto c = static_cast<unsigned char>(raw.at(i));
        if (c >= 0x80)
            return QStringLiteral("8-bit byte at %1").arg(i);
        if (c == '\n' && (i == 0 || raw.at(i - 1) != '\r'))
            return QStringLiteral("bare LF at %1").arg(i);
        if (c == '\r' && (i + 1 >= raw.size() || raw.at(i + 1) != '\n'))
            return QStringLiteral("bare CR at %1").arg(i);
    }
    if (!raw.endsWith("\r\n"))
        return QStringLiteral("does not end with CRLF");
    const qsizetype headerEnd = raw.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = raw.split('\n');
    qsizetype offset = 0;
    for (const QByteArray &line : lines) {
        const qsizetype length = line.endsWith('\r') ? line.size() - 1 : line.size();
        if (length > 998)
            return QStringLiteral("line of %1 characters").arg(length);
        if (offset < headerEnd && length > 78)
            return QStringLiteral("header line of %1 characters: %2")
                .arg(length)
                .arg(QString::fromLatin1(line));
        offset += line.size() + 1;
    }
    return {};
}

QString crlf(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(QLatin1String("\n"), QLatin1String("\r\n"));
    return text;
}

QStringList headerLines(const QByteArray &raw)
{
    const QByteArray block = raw.left(raw.indexOf("\r\n\r\n"));
    QStringList lines;
    for (const QByteArray &line : block.split('\n'))
        lines.append(QString::fromLatin1(line.trimmed()));
    return lines;
}

const QDateTime kDate(QDate(2024, 2, 1), QTime(10, 15, 30), QTimeZone(3600));

const QString kFrenchText = QStringLiteral(
    "Bonjour Hélène,\n"
    "\n"
    "Voici le compte-rendu de la réunion de l'été : 3 × 4 = 12, coût 250 € TTC.\n"
    "Une ligne très longue pour vérifier les retours à la ligne souples du quoted-printable, "
    "avec des accents éàèùçô partout et encore un peu de texte pour dépasser largement "
    "les soixante-seize caractères autorisés.\n"
    "Espaces en fin de ligne   \n"
    "Tabulation\tau milieu et à la fin\t\n"
    ".Ligne commençant par un point\n"
    ".\n"
    "Fin.");

EmailMessage frenchMessage()
{
    EmailMessage message;
    message.from = QStringLiteral("Hélène Dupré <helene@adsgroup-security.com>");
    message.to = {QStringLiteral("Zoë Ćirić <zoe@example.com>"), QStringLiteral("bob@example.com")};
    message.subject = QStringLiteral("Réunion : compte-rendu de l’été — ✓ 🚀");
    message.text = kFrenchText;
    return message;
}

EmailConfig smtpConfig(const FakeSmtpServer &server)
{
    EmailConfig config;
    config.backend = QStringLiteral("smtp");
    config.smtpUrl = server.url();
    config.from = QStringLiteral("Hector <no-reply@adsgroup-security.com>");
    config.smtpUser = QStringLiteral("hector");
    config.smtpPassword = QStringLiteral("s3cr3t-pässword");
    config.smtpStartTls = false;
    config.timeoutSeconds = 10;
    return config;
}

EmailConfig resendConfig(const QString &baseUrl)
{
    EmailConfig config;
    config.backend = QStringLiteral("resend");
    config.resendApiKey = QStringLiteral("re_test_123");
    config.resendBaseUrl = baseUrl;
    config.from = QStringLiteral("Hector <no-reply@adsgroup-security.com>");
    config.timeoutSeconds = 10;
    return config;
}

std::unique_ptr<EmailSender> makeSender(const EmailConfig &config)
{
    hector::Result<std::unique_ptr<EmailSender>> sender = makeEmailSender(config);
    if (!sender) {
        qWarning() << "makeEmailSender failed:" << sender.error().code << sender.error().message;
        return nullptr;
    }
    return std::move(sender).value();
}

} // namespace

class TestEmail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // renderMime
    void renderMime_accentsParseBack();
    void renderMime_multipartAlternative();
    void renderMime_dateHeader_data();
    void renderMime_dateHeader();
    void renderMime_messageIdBrackets();
    void renderMime_headerInjection();
    void renderMime_base64ForNonLatinText();
    void renderMime_bodyRoundTrip_data();
    void renderMime_bodyRoundTrip();
    void renderMime_displayNames();
    void renderMime_longSubjectIsFolded();

    // file outbox
    void fileOutbox_writesEmlFile();
    void fileOutbox_rejectsInvalidMessage_data();
    void fileOutbox_rejectsInvalidMessage();

    // Resend
    void resend_followsContract();
    void resend_optionalFieldsOmitted();
    void resend_idempotencyKeyReplays();
    void resend_errorStatuses_data();
    void resend_errorStatuses();
    void resend_wrongApiKey();
    void resend_unreachable();
    void resend_timeout();
    void resend_concurrentSends();

    // SMTP
    void smtp_sendsWithAuthPlain();
    void smtp_authLogin();
    void smtp_withoutAuth();
    void smtp_wrongPassword();
    void smtp_rejectedRecipient();
    void smtp_requiresStartTls_data();
    void smtp_requiresStartTls();
    void smtp_unreachable();

    // makeEmailSender
    void makeEmailSender_configErrors_data();
    void makeEmailSender_configErrors();
    void makeEmailSender_backends();

private:
    QTemporaryDir m_tempDir;
};

void TestEmail::initTestCase()
{
    // libcurl honours *_proxy variables: make sure loopback traffic never goes anywhere else.
    qputenv("NO_PROXY", "127.0.0.1,localhost");
    qputenv("no_proxy", "127.0.0.1,localhost");
    QVERIFY(m_tempDir.isValid());
}

// ------------------------------------------------------------------------------ renderMime

void TestEmail::renderMime_accentsParseBack()
{
    const QByteArray raw
        = renderMime(frenchMessage(), QStringLiteral("abc-123@example.com"), kDate);

    const QString wire = checkWireFormat(raw);
    QVERIFY2(wire.isEmpty(), qPrintable(wire));
    const ParsedMail mail = parseMail(raw);
    QVERIFY2(mail.error.isEmpty(), qPrintable(mail.error));

    QCOMPARE(mail.from, QStringLiteral("Hélène Dupré <helene@adsgroup-security.com>"));
    QCOMPARE(mail.to, QStringLiteral("Zoë Ćirić <zoe@example.com>, bob@example.com"));
    QCOMPARE(mail.subject, QStringLiteral("Réunion : compte-rendu de l’été — ✓ 🚀"));
    QVERIFY(mail.top.header("subject").startsWith("=?UTF-8?B?"));
    QCOMPARE(mail.top.header("mime-version"), QByteArray("1.0"));
    QCOMPARE(mail.top.header("message-id"), QByteArray("<abc-123@example.com>"));
    QCOMPARE(mail.top.header("date"), QByteArray("Thu, 01 Feb 2024 10:15:30 +0100"));
    for (const QByteArray name : {"date",
                                  "from",
                                  "to",
                                  "subject",
                                  "message-id",
                                  "mime-version",
                                  "content-type",
                                  "content-transfer-encoding"}) {
        QVERIFY2(mail.top.headerCount(name) == 1, name.constData());
    }

    QCOMPARE(mail.parts.size(), 1);
    QCOMPARE(mail.parts.at(0).contentType, QByteArray("text/plain; charset=utf-8"));
    QCOMPARE(mail.parts.at(0).transferEncoding, QByteArray("quoted-printable"));
    QCOMPARE(mail.parts.at(0).text, crlf(kFrenchText));
    // Readable quoted-printable: plain ASCII words stay as they are, accents are escaped.
    QVERIFY(raw.contains("Bonjour H=C3=A9l=C3=A8ne,\r\n"));
    QVERIFY(
        raw.contains("\r\nVoici le compte-rendu de la r=C3=A9union de l'=C3=A9t=C3=A9 : 3 =C3=97"));
}

void TestEmail::renderMime_multipartAlternative()
{
    EmailMessage message = frenchMessage();
    message.html = QStringLiteral("<!doctype html><html><body><p>Bonjour <b>Hélène</b>,</p>"
                                  "<p>Le compte-rendu de l'été est prêt.</p>"
                                  "<p style=\"color:#333\">Merci&nbsp;!</p></body></html>\n");
    const QByteArray raw = renderMime(message, QStringLiteral("<multi@example.com>"), kDate);

    const QString wire = checkWireFormat(raw);
    QVERIFY2(wire.isEmpty(), qPrintable(wire));
    const ParsedMail mail = parseMail(raw);
    QVERIFY2(mail.error.isEmpty(), qPrintable(mail.error));

    QVERIFY(mail.top.header("content-type").startsWith("multipart/alternative;"));
    QCOMPARE(mail.top.headerCount("content-transfer-encoding"), 0);
    QCOMPARE(mail.parts.size(), 2);
    QCOMPARE(mail.parts.at(0).contentType, QByteArray("text/plain; charset=utf-8"));
    QCOMPARE(mail.parts.at(0).text, crlf(message.text));
    QCOMPARE(mail.parts.at(1).contentType, QByteArray("text/html; charset=utf-8"));
    QCOMPARE(mail.parts.at(1).text, crlf(message.html));
    QCOMPARE(mail.subject, message.subject);
    QCOMPARE(mail.top.header("message-id"), QByteArray("<multi@example.com>"));

    // Two renderings never share a boundary.
    const ParsedMail other = parseMail(renderMime(message, QStringLiteral("x@example.com"), kDate));
    QVERIFY(other.top.header("content-type") != mail.top.header("content-type"));
}

void TestEmail::renderMime_dateHeader_data()
{
    QTest::addColumn<QDateTime>("date");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("utc") << QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59), QTimeZone::utc())
                         << QByteArray("Tue, 31 Dec 2024 23:59:59 +0000");
    QTest::newRow("paris-summer") << QDateTime(QDate(2024, 7, 14), QTime(9, 5, 0), QTimeZone(7200))
                                  << QByteArray("Sun, 14 Jul 2024 09:05:00 +0200");
    QTest::newRow("negative-half-hour")
        << QDateTime(QDate(2023, 3, 6), QTime(0, 0, 1), QTimeZone(-(3 * 3600 + 30 * 60)))
        << QByteArray("Mon, 06 Mar 2023 00:00:01 -0330");
}

void TestEmail::renderMime_dateHeader()
{
    QFETCH(QDateTime, date);
    QFETCH(QByteArray, expected);
    // Day and month names are English whatever the process locale.
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    EmailMessage message = frenchMessage();
    const QByteArray raw = renderMime(message, QStringLiteral("d@example.com"), date);
    QLocale::setDefault(previous);
    const ParsedMail mail = parseMail(raw);
    QVERIFY2(mail.error.isEmpty(), qPrintable(mail.error));
    QCOMPARE(mail.top.header("date"), expected);
}

void TestEmail::renderMime_messageIdBrackets()
{
    const EmailMessage message = frenchMessage();
    for (const QString &id : {QStringLiteral("abc@example.com"),
                              QStringLiteral("<abc@example.com>"),
                              QStringLiteral(" <abc@example.com> ")}) {
        const ParsedMail mail = parseMail(renderMime(message, id, kDate));
        QVERIFY2(mail.error.isEmpty(), qPrintable(mail.error));
        QCOMPARE(mail.top.header("message-id"), QByteArray("<abc@example.com>"));
    }
}

void TestEmail::renderMime_headerInjection()
{
    EmailMessage message;
    message.from = QStringLiteral("Hector <no-reply@adsgroup-security.com>");
    message.to = {QStringLiteral("bob@example.com")};
    message.subject = QStringLiteral("Bonjour\r\nBcc: intrus@evil.example\nX-Evil: 1");
    message.text = QStringLiteral("corps");
    const QByteArray raw = renderMime(message, QStringLiteral("\r\nBcc: a@b\r\n@x"), kDate);

    const QString wire = checkWireFormat(raw);
    QVERIFY2(wire.isEmpty(), qPrintable(wire));
    const ParsedMail mail = parseMail(raw);
    QVERIFY2(mail.error.isEmpty(), qPrintable(mail.error));
    QCOMPARE(mail.top.headerCount("bcc"), 0);
    QCOMPARE(mail.top.headerCount("x-evil"), 0);
    QCOMPARE(mail.subject, QStringLiteral("Bonjour  Bcc: intrus@evil.example X-Evil: 1"));
    for (const QString &line : headerLines(raw)) {
        QVERIFY2(!line.startsWith(QLatin1String("Bcc"), Qt::CaseInsensitive), qPrintable(line));
        QVERIFY2(!line.startsWith(QLatin1String("X-Evil"), Qt::CaseInsensitive), qPrintable(line));
    }
}

void TestEmail::renderMime_base64ForNonLatinText()
{
    EmailMessage message = frenchMessage();
    message.subject = QStringLiteral("Ελληνικά και 日本語の件名");
    message.text = QStringLiteral("Καλημέρα σας, αυτό είναι ένα μήνυμα δοκιμής.\n"
                                  "これはテストメッセージです。よろしくお願いします。\n");
    const QByteArray raw = renderMime(message, QStringLiteral("b64@example.com"), kDate);

    const QString wire = checkWireFormat(raw);
    QVERIFY2(wire.isEmpty(), qPrintable(wire));
    const ParsedMail mail = parseMail(raw);
    QVERIFY2(mail.error.isEmpty(), qPrintable(mail.error));
    QCOMPARE(mail.parts.size(), 1);
    QCOMPARE(mail.parts.at(0).transferEncoding, QByteArray("base64"));
    QCOMPARE(mail.parts.at(0).text, crlf(message.text));
    QCOMPARE(mail.subject, message.subject);
}

void TestEmail::renderMime_bodyRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    // Edge cases of quoted-printable: exact line lengths, '=' and escapes at the soft-break
    // boundary, white space before line ends, lone dots, CR / LF / CRLF mixes.
    QTest::newRow("76 chars") << QString(76, QLatin1Char('a'));
    QTest::newRow("77 chars") << QString(77, QLatin1Char('a'));
    QTest::newRow("75 chars and escape")
        << QString(QString(75, QLatin1Char('a')) + QStringLiteral("é"));
    QTest::newRow("equals everywhere") << QString(100, QLatin1Char('='));
    QTest::newRow("space at 76") << QString(QString(75, QLatin1Char('b')) + QStringLiteral(" \nx"));
    QTest::newRow("trailing spaces at end") << QStringLiteral("fin   ");
    QTest::newRow("only spaces") << QStringLiteral("   \n\t\t\n ");
    QTest::newRow("mixed line breaks") << QStringLiteral("un\rdeux\r\ntrois\nquatre\n\n");
    QTest::newRow("lone dots") << QStringLiteral(".\n..\n.x\n.");
    QTest::newRow("emoji") << QStringLiteral("😀 🚀 ✓ — ’ « guillemets »");
    QTest::newRow("nul and controls")
        << QString(QLatin1Char('a') + QChar(0) + QLatin1Char('b') + QChar(1) + QLatin1Char('c')
                   + QChar(0x7f) + QLatin1Char('d'));

    QRandomGenerator random(20240201);
    const QString alphabet = QStringLiteral("abcXYZ019 \t=.-_éàü€😀\n\r?");
    for (int round = 0; round < 40; ++round) {
        QString text;
        const int length = static_cast<int>(random.bounded(1, 400));
        for (int i = 0; i < length; ++i) {
            const int index = static_cast<int>(random.bounded(alphabet.size()));
            QChar c = alphabet.at(index);
            if (c.isHighSurrogate()) {
                text += c;
                c = alphabet.at(index + 1);
            } else if (c.isLowSurrogate()) {
                text += alphabet.at(index - 1);
            }
            text += c;
        }
        QTest::newRow(qPrintable(QStringLiteral("random %1").arg(round))) << text;
    }
}

void TestEmail::renderMime_bodyRoundTrip()
{
    QFETCH(QString, text);
    EmailMessage message = frenchMessage();
    message.text = text;
    message.html = QStringLiteral("<p>") + text + QStringLiteral("</p>");
    for (const bool withHtml : {false, true}) {
        EmailMessage variant = message;
        if (!withHtml)
            variant.html.clear();
        const QByteArray raw = renderMime(variant, QStringLiteral("rt@example.com"), kDate);
        const QString wire = checkWireFormat(raw);
        QVERIFY2(wire.isEmpty(), qPrintable(wire));
        const ParsedMail mail = parseMail(raw);
        QVERIFY2(mail.error.isEmpty(), qPrintable(mail.error));
        QCOMPARE(mail.parts.size(), withHtml ? 2 : 1);
        QCOMPARE(mail.parts.at(0).text, crlf(text));
        if (withHtml)
            QCOMPARE(mail.parts.at(1).text, crlf(variant.html));
    }
}

void TestEmail::renderMime_displayNames()
{
    EmailMessage message = frenchMessage();
    message.from = QStringLiteral("Hector <no-reply@adsgroup-security.com>");
    message.to = {QStringLiteral("Dupont, Jean <jean@example.com>"),
                  QStringLiteral("\"O'Neil \\\"Bob\\\"\" <bob@example.com>"),
                  QStringLiteral("<nameless@example.com>"),
                  QStringLiteral("zoe@exämple.fr"),
                  QStringLiteral("Fake =?UTF-8?B?QQ==?= <f@example.com>")};
    const QByteArray raw = renderMime(message, QStringLiteral("n@example.com"), kDate);
    const QString wire = checkWireFormat(raw);
    QVERIFY2(wire.isEmpty(), qPrintable(wire));
    const ParsedMail mail = parseMail(raw);
    QVERIFY2(mail.error.isEmpty(), qPrintable(mail.error));

    QCOMPARE(mail.top.header("from"), QByteArray("Hector <no-reply@adsgroup-security.com>"));
    const QByteArray to = mail.top.header("to");
    QVERIFY2(to.startsWith("\"Dupont, Jean\" <jean@example.com>, "), to.constData());
    QVERIFY2(to.contains(", \"O'Neil \\\"Bob\\\"\" <bob@example.com>, "), to.constData());
    QVERIFY2(to.contains(", nameless@example.com, "), to.constData());
    // IDN domain in ACE form; a name that looks like an encoded word gets really encoded.
    QVERIFY2(to.contains(", zoe@xn--exmple-cua.fr, "), to.constData());
    QVERIFY2(!to.contains("Fake =?UTF-8?B?QQ==?="), to.constData());
    QVERIFY2(mail.to.endsWith(QLatin1String("Fake =?UTF-8?B?QQ==?= <f@example.com>")),
             qPrintable(mail.to));
}

void TestEmail::renderMime_longSubjectIsFolded()
{
    EmailMessage message = frenchMessage();
    QStringList words;
    for (int i = 0; i < 40; ++i)
        words.append(QStringLiteral("mot%1").arg(i));
    message.subject = words.join(QLatin1Char(' '));
    const QByteArray raw = renderMime(message, QStringLiteral("fold@example.com"), kDate);
    const QString wire = checkWireFormat(raw);
    QVERIFY2(wire.isEmpty(), qPrintable(wire));
    QVERIFY(raw.contains("\r\n mot")); // folded, not encoded
    const ParsedMail mail = parseMail(raw);
    QVERIFY2(mail.error.isEmpty(), qPrintable(mail.error));
    QCOMPARE(mail.subject, message.subject);

    // A long accented subject is split in several encoded words, none longer than 75.
    message.subject = QStringLiteral("Très ") + QString(120, QChar(0x00e9));
    const QByteArray encoded = renderMime(message, QStringLiteral("fold@example.com"), kDate);
    const ParsedMail encodedMail = parseMail(encoded);
    QVERIFY2(encodedMail.error.isEmpty(), qPrintable(encodedMail.error));
    QCOMPARE(encodedMail.subject, message.subject);
    static const QRegularExpression word(QStringLiteral("=\\?[^?]+\\?B\\?[^?]*\\?="));
    auto it = word.globalMatch(QString::fromLatin1(encodedMail.top.header("subject")));
    int count = 0;
    while (it.hasNext()) {
        QVERIFY(it.next().capturedLength() <= 75);
        ++count;
    }
    QVERIFY(count >= 4);
    const QString wire2 = checkWireFormat(encoded);
    QVERIFY2(wire2.isEmpty(), qPrintable(wire2));
}

// ------------------------------------------------------------------------------ file outbox

void TestEmail::fileOutbox_writesEmlFile()
{
    const QString outbox = m_tempDir.filePath(QStringLiteral("file-outbox/nested/outbox"));
    QVERIFY(!QDir(outbox).exists());
    EmailConfig config;
    config.backend = QStringLiteral("file");
    config.outboxDir = outbox;
    config.from = QStringLiteral("Hector <no-reply@adsgroup-security.com>");
    const std::unique_ptr<EmailSender> sender = makeSender(config);
    QVERIFY(sender);
    QCOMPARE(sender->backendName(), QStringLiteral("file"));
    QVERIFY(QDir(outbox).exists());

    EmailMessage message = frenchMessage();
    message.from.clear(); // the configured sender is used
    message.html = QStringLiteral("<p>Été</p>");
    const hector::Result<QString> sent = sender->send(message);
    QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().message));

    static const QRegularExpression name(
        QStringLiteral("^\\d{8}T\\d{9}Z-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-"
                       "[0-9a-f]{12}\\.eml$"));
    QVERIFY2(name.match(*sent).hasMatch(), qPrintable(*sent));
    QCOMPARE(QDir(outbox).entryList(QDir::Files | QDir::Hidden), QStringList{*sent});

    QFile file(QDir(outbox).filePath(*sent));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray raw = file.readAll();
    const QString wire = checkWireFormat(raw);
    QVERIFY2(wire.isEmpty(), qPrintable(wire));
    const ParsedMail mail = parseMail(raw);
    QVERIFY2(mail.error.isEmpty(), qPrintable(mail.error));
    QCOMPARE(mail.from, QStringLiteral("Hector <no-reply@adsgroup-security.com>"));
    QCOMPARE(mail.subject, message.subject);
    QCOMPARE(mail.parts.size(), 2);
    QCOMPARE(mail.parts.at(0).text, crlf(message.text));
    QCOMPARE(mail.parts.at(1).text, message.html);
    // The Message-ID reuses the file's uuid, in the sender's domain.
    const QString uuid = sent->mid(sent->indexOf(QLatin1Char('-')) + 1).chopped(4);
    QCOMPARE(
        mail.top.header("message-id"),
        QString(QLatin1Char('<') + uuid + QStringLiteral("@adsgroup-security.com>")).toLatin1());

    // A second message gets its own file.
    const hector::Result<QString> second = sender->send(message);
    QVERIFY(second.ok());
    QVERIFY(*second != *sent);
    QCOMPARE(QDir(outbox).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestEmail::fileOutbox_rejectsInvalidMessage_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QStringList>("to");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("inMessage");
    const QStringList bob{QStringLiteral("bob@example.com")};
    QTest::newRow("no recipient") << QString() << QStringList() << QStringLiteral("Objet")
                                  << QStringLiteral("corps") << QStringLiteral("destinataire");
    QTest::newRow("bad recipient")
        << QString()
        << QStringList{QStringLiteral("bob@example.com"), QStringLiteral("pas-une-adresse")}
        << QStringLiteral("Objet") << QStringLiteral("corps") << QStringLiteral("pas-une-adresse");
    QTest::newRow("injected recipient")
        << QString() << QStringList{QStringLiteral("bob@example.com\r\nBcc: x@evil.example")}
        << QStringLiteral("Objet") << QStringLiteral("corps") << QStringLiteral("destinataire");
    QTest::newRow("bad sender") << QStringLiteral("Hector <hector@>") << bob
                                << QStringLiteral("Objet") << QStringLiteral("corps")
                                << QStringLiteral("expéditeur");
    QTest::newRow("empty subject") << QString() << bob << QStringLiteral("  ")
                                   << QStringLiteral("corps") << QStringLiteral("objet");
    QTest::newRow("empty text") << QString() << bob << QStringLiteral("Objet") << QString()
                                << QStringLiteral("corps texte");
}

void TestEmail::fileOutbox_rejectsInvalidMessage()
{
    QFETCH(QString, from);
    QFETCH(QStringList, to);
    QFETCH(QString, subject);
    QFETCH(QString, text);
    QFETCH(QString, inMessage);

    const QString outbox = m_tempDir.filePath(QStringLiteral("invalid-outbox"));
    EmailConfig config;
    config.outboxDir = outbox;
    config.from = QStringLiteral("Hector <no-reply@adsgroup-security.com>");
    const std::unique_ptr<EmailSender> sender = makeSender(config);
    QVERIFY(sender);

    EmailMessage message;
    message.from = from;
    message.to = to;
    message.subject = subject;
    message.text = text;
    const hector::Result<QString> sent = sender->send(message);
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().code, QStringLiteral("email_invalid_message"));
    QVERIFY2(sent.error().message.contains(inMessage), qPrintable(sent.error().message));
    QVERIFY(QDir(outbox).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

// ------------------------------------------------------------------------------ Resend

void TestEmail::resend_followsContract()
{
    FakeResendServer server("re_test_123");
    QVERIFY(server.start());
    const std::unique_ptr<EmailSender> sender
        = makeSender(resendConfig(server.baseUrl() + QStringLiteral("/")));
    QVERIFY(sender);
    QCOMPARE(sender->backendName(), QStringLiteral("resend"));

    EmailMessage message = frenchMessage();
    message.html = QStringLiteral("<p>Bonjour <b>Hélène</b></p>");
    message.idempotencyKey = QStringLiteral("relance-42/2024-02-01");
    const hector::Result<QString> sent = sender->send(message);
    QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().message));

    QCOMPARE(server.issuedIds().size(), 1);
    QCOMPARE(*sent, server.issuedIds().constFirst());
    const QList<HttpRequest> requests = server.requests();
    QCOMPARE(requests.size(), 1);
    const HttpRequest &request = requests.constFirst();
    QVERIFY2(request.rejection.isEmpty(), qPrintable(request.rejection));
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.target, QByteArray("/emails"));
    QCOMPARE(request.header("authorization"), QByteArray("Bearer re_test_123"));
    QCOMPARE(request.header("content-type"), QByteArray("application/json"));
    QCOMPARE(request.header("idempotency-key"), QByteArray("relance-42/2024-02-01"));
    QCOMPARE(request.headerCount("expect"), 0);
    QCOMPARE(request.header("content-length").toLongLong(), qlonglong(request.body.size()));

    QJsonParseError parseError{};
    const QJsonObject body = QJsonDocument::fromJson(request.body, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QStringList keys = body.keys();
    keys.sort();
    QCOMPARE(keys,
             (QStringList{QStringLiteral("from"),
                          QStringLiteral("html"),
                          QStringLiteral("subject"),
                          QStringLiteral("text"),
                          QStringLiteral("to")}));
    QCOMPARE(body.value(QLatin1String("from")).toString(), message.from);
    QVERIFY(body.value(QLatin1String("to")).isArray());
    QCOMPARE(body.value(QLatin1String("to")).toArray(),
             (QJsonArray{QStringLiteral("Zoë Ćirić <zoe@example.com>"),
                         QStringLiteral("bob@example.com")}));
    QCOMPARE(body.value(QLatin1String("subject")).toString(), message.subject);
    QCOMPARE(body.value(QLatin1String("text")).toString(), message.text);
    QCOMPARE(body.value(QLatin1String("html")).toString(), message.html);
}

void TestEmail::resend_optionalFieldsOmitted()
{
    FakeResendServer server("re_test_123");
    QVERIFY(server.start());
    const std::unique_ptr<EmailSender> sender = makeSender(resendConfig(server.baseUrl()));
    QVERIFY(sender);

    EmailMessage message;
    message.to = {QStringLiteral("bob@example.com")};
    message.subject = QStringLiteral("Rappel");
    message.text = QStringLiteral("Rendez-vous demain à 9 h.");
    const hector::Result<QString> sent = sender->send(message);
    QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().message));

    const QList<HttpRequest> requests = server.requests();
    QCOMPARE(requests.size(), 1);
    QVERIFY2(requests.constFirst().rejection.isEmpty(),
             qPrintable(requests.constFirst().rejection));
    QCOMPARE(requests.constFirst().headerCount("idempotency-key"), 0);
    const QJsonObject body = QJsonDocument::fromJson(requests.constFirst().body).object();
    QVERIFY(!body.contains(QLatin1String("html")));
    // No sender in the message: the configured one goes out.
    QCOMPARE(body.value(QLatin1String("from")).toString(),
             QStringLiteral("Hector <no-reply@adsgroup-security.com>"));
    QCOMPARE(body.value(QLatin1String("to")).toArray(),
             QJsonArray{QStringLiteral("bob@example.com")});
}

void TestEmail::resend_idempotencyKeyReplays()
{
    FakeResendServer server("re_test_123");
    QVERIFY(server.start());
    const std::unique_ptr<EmailSender> sender = makeSender(resendConfig(server.baseUrl()));
    QVERIFY(sender);

    EmailMessage message = frenchMessage();
    message.idempotencyKey = QStringLiteral("invoice-7");
    const hector::Result<QString> first = sender->send(message);
    const hector::Result<QString> again = sender->send(message);
    QVERIFY(first.ok());
    QVERIFY(again.ok());
    QCOMPARE(*again, *first);
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.issuedIds().size(), 1);

    // Same key, other payload: Resend answers 409.
    message.subject = QStringLiteral("Autre objet");
    const hector::Result<QString> conflict = sender->send(message);
    QVERIFY(!conflict.ok());
    QCOMPARE(conflict.error().code, QStringLiteral("email_send_failed"));
    QVERIFY2(conflict.error().message.contains(QLatin1String("409")),
             qPrintable(conflict.error().message));
}

void TestEmail::resend_errorStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("inMessage");

    QTest::newRow("422 validation_error")
        << 422
        << QByteArray(R"({"statusCode":422,"message":"Invalid `to` field. The email address needs )"
                      R"(to follow the `email@example.com` or `Name <email@example.com>` format.",)"
                      R"("name":"validation_error"})")
        << QByteArray() << QStringLiteral("email_send_failed")
        << QStringList{QStringLiteral("Invalid `to` field. The email address needs to follow"),
                       QStringLiteral("validation_error"),
                       QStringLiteral("refusé")};
    QTest::newRow("429 retry-after seconds")
        << 429
        << QByteArray(R"({"statusCode":429,"message":"Too many requests. You can only make 2 )"
                      R"(requests per second.","name":"rate_limit_exceeded"})")
        << QByteArray("7") << QStringLiteral("email_rate_limited")
        << QStringList{QStringLiteral("7 s"), QStringLiteral("Too many requests")};
    QTest::newRow("429 without retry-after")
        << 429
        << QByteArray(R"({"statusCode":429,"message":"Slow down","name":"rate_limit_exceeded"})")
        << QByteArray() << QStringLiteral("email_rate_limited")
        << QStringList{QStringLiteral("quelques instants")};
    QTest::newRow("500") << 500
                         << QByteArray(R"({"statusCode":500,"message":"Internal server error",)"
                                       R"("name":"internal_server_error"})")
                         << QByteArray() << QStringLiteral("email_send_failed")
                         << QStringList{QStringLiteral("500"),
                                        QStringLiteral("Internal server error")};
    QTest::newRow("200 without id")
        << 200 << QByteArray(R"({"object":"email"})") << QByteArray()
        << QStringLiteral("email_send_failed") << QStringList{QStringLiteral("inattendue")};
    QTest::newRow("502 html") << 502 << QByteArray("<html>Bad gateway</html>") << QByteArray()
                              << QStringLiteral("email_send_failed")
                              << QStringList{QStringLiteral("502"), QStringLiteral("Bad gateway")};
}

void TestEmail::resend_errorStatuses()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(QString, code);
    QFETCH(QStringList, inMessage);

    FakeResendServer server("re_test_123");
    QVERIFY(server.start());
    HttpReply reply{status, body, {}};
    if (!retryAfter.isEmpty())
        reply.headers.append({QByteArray("retry-after"), retryAfter});
    server.enqueueReply(reply);
    const std::unique_ptr<EmailSender> sender = makeSender(resendConfig(server.baseUrl()));
    QVERIFY(sender);

    const hector::Result<QString> sent = sender->send(frenchMessage());
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().code, code);
    for (const QString &part : inMessage)
        QVERIFY2(sent.error().message.contains(part), qPrintable(sent.error().message));
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(server.requests().constFirst().rejection.isEmpty());
}

void TestEmail::resend_wrongApiKey()
{
    FakeResendServer server("re_the_real_key");
    QVERIFY(server.start());
    const std::unique_ptr<EmailSender> sender = makeSender(resendConfig(server.baseUrl()));
    QVERIFY(sender);
    const hector::Result<QString> sent = sender->send(frenchMessage());
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().code, QStringLiteral("email_send_failed"));
    QVERIFY2(sent.error().message.contains(QStringLiteral("clé API")),
             qPrintable(sent.error().message));
    QVERIFY2(sent.error().message.contains(QLatin1String("invalid_api_key")),
             qPrintable(sent.error().message));
    QCOMPARE(server.requests().constFirst().status, 403);
}

void TestEmail::resend_unreachable()
{
    const quint16 port = hector::test::unusedLoopbackPort();
    QVERIFY(port != 0);
    const std::unique_ptr<EmailSender> sender
        = makeSender(resendConfig(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    QVERIFY(sender);
    const hector::Result<QString> sent = sender->send(frenchMessage());
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().code, QStringLiteral("email_send_failed"));
    QVERIFY2(sent.error().message.contains(QLatin1String("Impossible de joindre")),
             qPrintable(sent.error().message));
}

void TestEmail::resend_timeout()
{
    FakeResendServer server("re_test_123");
    QVERIFY(server.start());
    server.setSilent(true);
    EmailConfig config = resendConfig(server.baseUrl());
    config.timeoutSeconds = 1;
    const std::unique_ptr<EmailSender> sender = makeSender(config);
    QVERIFY(sender);

    QElapsedTimer timer;
    timer.start();
    const hector::Result<QString> sent = sender->send(frenchMessage());
    QVERIFY(!sent.ok());
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(sent.error().code, QStringLiteral("email_send_failed"));
    QVERIFY2(sent.error().message.contains(QStringLiteral("délai de 1 s")),
             qPrintable(sent.error().message));
    QCOMPARE(server.requests().size(), 1); // it did get the request
}

void TestEmail::resend_concurrentSends()
{
    FakeResendServer server("re_test_123");
    QVERIFY(server.start());
    const std::unique_ptr<EmailSender> sender = makeSender(resendConfig(server.baseUrl()));
    QVERIFY(sender);

    constexpr int threads = 4;
    constexpr int perThread = 3;
    QMutex mutex;
    QStringList ids;
    QStringList failures;
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            for (int i = 0; i < perThread; ++i) {
                EmailMessage message = frenchMessage();
                message.subject = QStringLiteral("Fil %1 message %2").arg(t).arg(i);
                const hector::Result<QString> sent = sender->send(message);
                QMutexLocker locker(&mutex);
                if (sent.ok())
                    ids.append(*sent);
                else
                    failures.append(sent.error().message);
            }
        });
    }
    for (std::thread &worker : workers)
        worker.join();

    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(ids.size(), threads * perThread);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), threads * perThread);
    QStringList issued = server.issuedIds();
    issued.sort();
    ids.sort();
    QCOMPARE(ids, issued);
    QSet<QString> subjects;
    for (const HttpRequest &request : server.requests())
        subjects.insert(QJsonDocument::fromJson(request.body)
                            .object()
                            .value(QLatin1String("subject"))
                            .toString());
    QCOMPARE(subjects.size(), threads * perThread);
}

// ------------------------------------------------------------------------------ SMTP

void TestEmail::smtp_sendsWithAuthPlain()
{
    SmtpOptions options;
    options.authMechanisms = {"PLAIN"};
    options.requireAuth = true;
    options.user = "hector";
    options.password = QStringLiteral("s3cr3t-pässword").toUtf8();
    FakeSmtpServer server(options);
    QVERIFY(server.start());
    const std::unique_ptr<EmailSender> sender = makeSender(smtpConfig(server));
    QVERIFY(sender);
    QCOMPARE(sender->backendName(), QStringLiteral("smtp"));

    EmailMessage message = frenchMessage();
    message.html = QStringLiteral("<p>Bonjour</p>\n.\n<p>.point</p>");
    const hector::Result<QString> sent = sender->send(message);
    QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().message));
    static const QRegularExpression messageId(
        QStringLiteral("^<[0-9a-f-]{36}@adsgroup-security\\.com>$"));
    QVERIFY2(messageId.match(*sent).hasMatch(), qPrintable(*sent));

    const QList<SmtpMessage> messages = server.messages();
    QCOMPARE(messages.size(), 1);
    const SmtpMessage &received = messages.constFirst();
    QCOMPARE(received.authMechanism, QByteArray("PLAIN"));
    QCOMPARE(received.authUser, QByteArray("hector"));
    QCOMPARE(received.mailFrom, QByteArray("helene@adsgroup-security.com"));
    QCOMPARE(received.recipients, (QByteArrayList{"zoe@example.com", "bob@example.com"}));
    QVERIFY(!received.bareLineFeed);
    QVERIFY(received.longestLine <= 998);

    // Dot-stuffing undone by the server gives back exactly what renderMime produced.
    const QString wire = checkWireFormat(received.data);
    QVERIFY2(wire.isEmpty(), qPrintable(wire));
    const ParsedMail mail = parseMail(received.data);
    QVERIFY2(mail.error.isEmpty(), qPrintable(mail.error));
    QCOMPARE(mail.top.header("message-id"), sent->toLatin1());
    QCOMPARE(mail.subject, message.subject);
    QCOMPARE(mail.from, message.from);
    QCOMPARE(mail.parts.size(), 2);
    QCOMPARE(mail.parts.at(0).text, crlf(message.text));
    QCOMPARE(mail.parts.at(1).text, crlf(message.html));
    QVERIFY(received.data.contains("\r\n.Ligne commen=C3=A7ant par un point\r\n"));
    QVERIFY(received.data.contains("\r\n.\r\n")); // the lone dot line survived

    QTRY_COMPARE(server.commands(),
                 (QByteArrayList{"EHLO", "AUTH", "MAIL", "RCPT", "RCPT", "DATA", "QUIT"}));
}

void TestEmail::smtp_authLogin()
{
    SmtpOptions options;
    options.authMechanisms = {"LOGIN"};
    options.requireAuth = true;
    options.user = "hector";
    options.password = QStringLiteral("s3cr3t-pässword").toUtf8();
    FakeSmtpServer server(options);
    QVERIFY(server.start());
    const std::unique_ptr<EmailSender> sender = makeSender(smtpConfig(server));
    QVERIFY(sender);
    const hector::Result<QString> sent = sender->send(frenchMessage());
    QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().message));
    QCOMPARE(server.messages().size(), 1);
    QCOMPARE(server.messages().constFirst().authMechanism, QByteArray("LOGIN"));
    QCOMPARE(server.messages().constFirst().authUser, QByteArray("hector"));
}

void TestEmail::smtp_withoutAuth()
{
    SmtpOptions options;
    options.authMechanisms = {};
    FakeSmtpServer server(options);
    QVERIFY(server.start());
    EmailConfig config = smtpConfig(server);
    config.smtpUser.clear();
    config.smtpPassword.clear();
    const std::unique_ptr<EmailSender> sender = makeSender(config);
    QVERIFY(sender);

    EmailMessage message = frenchMessage();
    message.from.clear();
    const hector::Result<QString> sent = sender->send(message);
    QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().message));
    QCOMPARE(server.messages().size(), 1);
    QCOMPARE(server.messages().constFirst().mailFrom, QByteArray("no-reply@adsgroup-security.com"));
    QVERIFY(server.messages().constFirst().authMechanism.isEmpty());
    QVERIFY(!server.commands().contains("AUTH"));
    const ParsedMail mail = parseMail(server.messages().constFirst().data);
    QCOMPARE(mail.from, QStringLiteral("Hector <no-reply@adsgroup-security.com>"));
}

void TestEmail::smtp_wrongPassword()
{
    SmtpOptions options;
    options.requireAuth = true;
    options.user = "hector";
    options.password = "the-right-one";
    FakeSmtpServer server(options);
    QVERIFY(server.start());
    const std::unique_ptr<EmailSender> sender = makeSender(smtpConfig(server));
    QVERIFY(sender);
    const hector::Result<QString> sent = sender->send(frenchMessage());
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().code, QStringLiteral("email_send_failed"));
    QVERIFY2(sent.error().message.contains(QStringLiteral("Authentification SMTP refusée")),
             qPrintable(sent.error().message));
    QVERIFY2(sent.error().message.contains(QLatin1String("535")), qPrintable(sent.error().message));
    QVERIFY(!sent.error().message.contains(QLatin1String("s3cr3t")));
    QVERIFY(server.failedLogins() >= 1);
    QVERIFY(server.messages().isEmpty());
    QVERIFY(!server.commands().contains("MAIL"));
}

void TestEmail::smtp_rejectedRecipient()
{
    SmtpOptions options;
    options.authMechanisms = {};
    options.rejectedRecipients = {"inconnu@example.com"};
    FakeSmtpServer server(options);
    QVERIFY(server.start());
    EmailConfig config = smtpConfig(server);
    config.smtpUser.clear();
    const std::unique_ptr<EmailSender> sender = makeSender(config);
    QVERIFY(sender);

    EmailMessage message = frenchMessage();
    message.to
        = {QStringLiteral("bob@example.com"), QStringLiteral("Inconnu <inconnu@example.com>")};
    const hector::Result<QString> sent = sender->send(message);
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().code, QStringLiteral("email_send_failed"));
    const QString text = sent.error().message;
    QVERIFY2(text.contains(QStringLiteral("refusé le destinataire inconnu@example.com")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("550 5.1.1")), qPrintable(text));
    QVERIFY(server.messages().isEmpty());
    QVERIFY(!server.commands().contains("DATA"));
}

void TestEmail::smtp_requiresStartTls_data()
{
    QTest::addColumn<bool>("advertised");
    QTest::newRow("not offered") << false;
    QTest::newRow("offered then refused") << true;
}

void TestEmail::smtp_requiresStartTls()
{
    QFETCH(bool, advertised);
    SmtpOptions options;
    options.advertiseStartTls = advertised;
    FakeSmtpServer server(options);
    QVERIFY(server.start());
    EmailConfig config = smtpConfig(server);
    config.smtpStartTls = true; // production default: never in clear
    const std::unique_ptr<EmailSender> sender = makeSender(config);
    QVERIFY(sender);

    const hector::Result<QString> sent = sender->send(frenchMessage());
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().code, QStringLiteral("email_send_failed"));
    QVERIFY2(sent.error().message.contains(QLatin1String("STARTTLS")),
             qPrintable(sent.error().message));
    QCOMPARE(server.commands().contains("STARTTLS"), advertised);
    // Neither credentials nor message went out in clear.
    QVERIFY(!server.commands().contains("AUTH"));
    QVERIFY(!server.commands().contains("MAIL"));
    QVERIFY(server.messages().isEmpty());
}

void TestEmail::smtp_unreachable()
{
    const quint16 port = hector::test::unusedLoopbackPort();
    QVERIFY(port != 0);
    EmailConfig config;
    config.backend = QStringLiteral("smtp");
    config.smtpUrl = QStringLiteral("smtp://127.0.0.1:%1").arg(port);
    config.smtpStartTls = false;
    config.from = QStringLiteral("no-reply@adsgroup-security.com");
    const std::unique_ptr<EmailSender> sender = makeSender(config);
    QVERIFY(sender);
    const hector::Result<QString> sent = sender->send(frenchMessage());
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().code, QStringLiteral("email_send_failed"));
    QVERIFY2(sent.error().message.contains(QLatin1String("Impossible de se connecter")),
             qPrintable(sent.error().message));
}

// ------------------------------------------------------------------------------ makeEmailSender

void TestEmail::makeEmailSender_configErrors_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("outboxDir");
    QTest::addColumn<QString>("smtpUrl");
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("timeout");
    QTest::addColumn<QString>("inMessage");

    // A regular file where a directory is expected: unusable even for root.
    const QString blocker = m_tempDir.filePath(QStringLiteral("blocker"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a directory");
    }
    const QString api = QStringLiteral("https://api.resend.com");
    const QString noString;

    QTest::newRow("file without dir")
        << u"file"_s << noString << noString << noString << api << noString << 15 << u"dossier"_s;
    QTest::newRow("file dir under a file")
        << u"file"_s << QString(blocker + QStringLiteral("/outbox")) << noString << noString << api
        << noString << 15 << u"blocker"_s;
    QTest::newRow("file dir is a file")
        << u"file"_s << blocker << noString << noString << api << noString << 15 << u"blocker"_s;
    QTest::newRow("smtp without url")
        << u"smtp"_s << noString << noString << noString << api << noString << 15 << u"SMTP"_s;
    QTest::newRow("smtp http url") << u"smtp"_s << noString << u"http://mail.example.com"_s
                                   << noString << api << noString << 15 << u"smtp://"_s;
    QTest::newRow("smtp without host") << u"smtp"_s << noString << u"smtp://"_s << noString << api
                                       << noString << 15 << u"smtp://"_s;
    QTest::newRow("smtp zero timeout") << u"smtp"_s << noString << u"smtp://mail.example.com:587"_s
                                       << noString << api << noString << 0 << u"délai"_s;
    QTest::newRow("resend without key")
        << u"resend"_s << noString << noString << u"  "_s << api << noString << 15 << u"clé API"_s;
    QTest::newRow("resend ftp url") << u"resend"_s << noString << noString << u"re_x"_s
                                    << u"ftp://api.resend.com"_s << noString << 15 << u"ftp://"_s;
    QTest::newRow("unknown backend")
        << u"pigeon"_s << noString << noString << noString << api << noString << 15 << u"pigeon"_s;
    QTest::newRow("empty backend")
        << u""_s << noString << noString << noString << api << noString << 15 << u"inconnu"_s;
    QTest::newRow("bad default sender") << u"resend"_s << noString << noString << u"re_x"_s << api
                                        << u"pas une adresse"_s << 15 << u"pas une adresse"_s;
}

void TestEmail::makeEmailSender_configErrors()
{
    QFETCH(QString, backend);
    QFETCH(QString, outboxDir);
    QFETCH(QString, smtpUrl);
    QFETCH(QString, apiKey);
    QFETCH(QString, baseUrl);
    QFETCH(QString, from);
    QFETCH(int, timeout);
    QFETCH(QString, inMessage);

    EmailConfig config;
    config.backend = backend;
    config.outboxDir = outboxDir;
    config.smtpUrl = smtpUrl;
    config.resendApiKey = apiKey;
    config.resendBaseUrl = baseUrl;
    config.from = from;
    config.timeoutSeconds = timeout;
    const hector::Result<std::unique_ptr<EmailSender>> sender = makeEmailSender(config);
    QVERIFY(!sender.ok());
    QCOMPARE(sender.error().code, QStringLiteral("email_not_configured"));
    QVERIFY2(sender.error().message.contains(inMessage), qPrintable(sender.error().message));
}

void TestEmail::makeEmailSender_backends()
{
    EmailConfig file;
    file.outboxDir = m_tempDir.filePath(QStringLiteral("backends-outbox"));
    EmailConfig smtp;
    smtp.backend = QStringLiteral(" SMTP ");
    smtp.smtpUrl = QStringLiteral("smtps://mail.example.com:465");
    EmailConfig resend;
    resend.backend = QStringLiteral("resend");
    resend.resendApiKey = QStringLiteral("re_123");

    const QList<QPair<EmailConfig, QString>> cases = {{file, QStringLiteral("file")},
                                                      {smtp, QStringLiteral("smtp")},
                                                      {resend, QStringLiteral("resend")}};
    for (const auto &[config, name] : cases) {
        const hector::Result<std::unique_ptr<EmailSender>> sender = makeEmailSender(config);
        QVERIFY2(sender.ok(), sender.ok() ? "" : qPrintable(sender.error().message));
        QCOMPARE((*sender)->backendName(), name);
    }
}

QTEST_GUILESS_MAIN(TestEmail)
#include "tst_email.moc"
