#include "FakeAnthropicServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QTcpSocket>
#include <QUuid>
#include <memory>

namespace hector::test::anthropic {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 413: return "Request Entity Too Large";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 529: return "Site Overloaded";
    default: return "Status";
    }
}

QByteArray serialize(const Reply &reply)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    out += "Content-Type: application/json\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    out += "Connection: close\r\n";
    out += "request-id: req_" + QUuid::createUuid().toString(QUuid::Id128).left(24).toLatin1() + "\r\n";
    for (const auto &header : reply.headers)
        out += header.first + ": " + header.second + "\r\n";
    out += "\r\n";
    out += reply.body;
    return out;
}

constexpr qsizetype kMaxRequestBytes = 32 * 1024 * 1024;

// Empty when `body` is a valid Messages request, else the message of a 400 invalid_request_error.
QString validateBody(const QByteArray &body)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return QStringLiteral("The request body is not valid JSON.");
    const QJsonObject o = document.object();
    if (!o.value(QLatin1String("model")).isString() || o.value(QLatin1String("model")).toString().isEmpty())
        return QStringLiteral("model: Field required");
    if (!o.value(QLatin1String("max_tokens")).isDouble() || o.value(QLatin1String("max_tokens")).toInt() < 1)
        return QStringLiteral("max_tokens: Field required");
    if (o.contains(QLatin1String("system")) && !o.value(QLatin1String("system")).isString()
        && !o.value(QLatin1String("system")).isArray())
        return QStringLiteral("system: Input should be a valid string");
    const QJsonArray messages = o.value(QLatin1String("messages")).toArray();
    if (messages.isEmpty())
        return QStringLiteral("messages: Field required");
    for (const QJsonValue &m : messages) {
        const QJsonObject message = m.toObject();
        const QString role = message.value(QLatin1String("role")).toString();
        if (role != QLatin1String("user") && role != QLatin1String("assistant"))
            return QStringLiteral("messages.role: Input should be 'user' or 'assistant'");
        const QJsonValue content = message.value(QLatin1String("content"));
        if (content.isString())
            continue;
        if (!content.isArray())
            return QStringLiteral("messages.content: Input should be a valid list");
        for (const QJsonValue &b : content.toArray()) {
            const QJsonObject block = b.toObject();
            const QString type = block.value(QLatin1String("type")).toString();
            if (type == QLatin1String("text")) {
                if (!block.value(QLatin1String("text")).isString())
                    return QStringLiteral("messages.content.text: Field required");
            } else if (type == QLatin1String("image")) {
                const QJsonObject source = block.value(QLatin1String("source")).toObject();
                if (source.value(QLatin1String("type")).toString() != QLatin1String("base64"))
                    return QStringLiteral("messages.content.source.type: Input should be 'base64'");
                static const QStringList media{QStringLiteral("image/jpeg"), QStringLiteral("image/png"),
                                               QStringLiteral("image/gif"), QStringLiteral("image/webp")};
                if (!media.contains(source.value(QLatin1String("media_type")).toString()))
                    return QStringLiteral("messages.content.source.media_type: Input should be 'image/jpeg', "
                                          "'image/png', 'image/gif' or 'image/webp'");
                const QByteArray data = source.value(QLatin1String("data")).toString().toLatin1();
                if (data.isEmpty()
                    || !QByteArray::fromBase64Encoding(data, QByteArray::AbortOnBase64DecodingErrors))
                    return QStringLiteral("messages.content.source.data: Invalid base64 data");
            } else {
                return QStringLiteral("messages.content.type: Input tag '%1' found using 'type' does not match "
                                      "any of the expected tags").arg(type);
            }
        }
    }
    return {};
}

struct Connection
{
    QByteArray buffer;
    bool headersParsed = false;
    bool answered = false;
    qsizetype bodyStart = 0;
    qsizetype contentLength = 0;
    Request request;
};

} // namespace

QByteArray Request::header(const QByteArray &lowerName) const
{
    for (const auto &header : headers) {
        if (header.first == lowerName)
            return header.second;
    }
    return {};
}

QJsonObject Request::json() const
{
    return QJsonDocument::fromJson(body).object();
}

FakeAnthropicServer::FakeAnthropicServer(QByteArray apiKey)
    : m_apiKey(std::move(apiKey))
    , m_server([this](QTcpSocket *socket) { handleConnection(socket); })
{
}

FakeAnthropicServer::~FakeAnthropicServer()
{
    m_server.stop();
}

bool FakeAnthropicServer::start()
{
    return m_server.start();
}

QString FakeAnthropicServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server.port());
}

void FakeAnthropicServer::enqueueReply(const Reply &reply)
{
    QMutexLocker locker(&m_mutex);
    m_scripted.append(reply);
}

void FakeAnthropicServer::enqueueText(const QString &text)
{
    enqueueReply(messageReply(text));
}

void FakeAnthropicServer::enqueueError(int status, const QString &type, const QString &message,
                                       const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    Reply reply = errorReply(status, type, message);
    reply.headers = extraHeaders;
    enqueueReply(reply);
}

void FakeAnthropicServer::setDefaultText(const QString &text)
{
    QMutexLocker locker(&m_mutex);
    m_defaultText = text;
}

QList<Request> FakeAnthropicServer::requests() const
{
    QMutexLocker locker(&m_mutex);
    return m_requests;
}

Reply FakeAnthropicServer::messageReply(const QString &text, const QString &model)
{
    const QJsonObject body{
        {QStringLiteral("id"), QString(QStringLiteral("msg_") + QUuid::createUuid().toString(QUuid::Id128).left(24))},
        {QStringLiteral("type"), QStringLiteral("message")},
        {QStringLiteral("role"), QStringLiteral("assistant")},
        {QStringLiteral("model"), model},
        {QStringLiteral("content"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}}}},
        {QStringLiteral("stop_reason"), QStringLiteral("end_turn")},
        {QStringLiteral("stop_sequence"), QJsonValue::Null},
        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("input_tokens"), 1520}, {QStringLiteral("output_tokens"), 180}}}};
    return Reply{200, QJsonDocument(body).toJson(QJsonDocument::Compact), {}};
}

Reply FakeAnthropicServer::errorReply(int status, const QString &type, const QString &message)
{
    const QJsonObject body{{QStringLiteral("type"), QStringLiteral("error")},
                           {QStringLiteral("error"),
                            QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("message"), message}}}};
    return Reply{status, QJsonDocument(body).toJson(QJsonDocument::Compact), {}};
}

void FakeAnthropicServer::handleConnection(QTcpSocket *socket)
{
    auto connection = std::make_shared<Connection>();
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, connection] {
        connection->buffer += socket->readAll();
        if (!connection->headersParsed) {
            const qsizetype end = connection->buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = connection->buffer.left(end).split('\n');
            const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
            Request &request = connection->request;
            if (requestLine.size() == 3) {
                request.method = requestLine.at(0);
                request.target = requestLine.at(1);
            }
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    request.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
            }
            connection->headersParsed = true;
            connection->bodyStart = end + 4;
            connection->contentLength = request.header("content-length").toLongLong();
        }
        const qsizetype received = connection->buffer.size() - connection->bodyStart;
        if (received < connection->contentLength || connection->answered)
            return;
        connection->answered = true;
        Request &request = connection->request;
        request.body = connection->buffer.mid(connection->bodyStart, connection->contentLength);
        const Reply reply = answer(request);
        {
            QMutexLocker locker(&m_mutex);
            m_requests.append(request);
        }
        socket->write(serialize(reply));
        socket->disconnectFromHost();
    });
}

Reply FakeAnthropicServer::answer(Request &request)
{
    const auto reject = [&request](int status, const QString &type, const QString &message) {
        request.status = status;
        request.rejection = message;
        return errorReply(status, type, message);
    };
    if (request.method != "POST" || request.target != "/v1/messages")
        return reject(404, QStringLiteral("not_found_error"), QStringLiteral("Not found"));
    if (request.header("x-api-key").isEmpty())
        return reject(401, QStringLiteral("authentication_error"), QStringLiteral("x-api-key header is required"));
    if (request.header("x-api-key") != m_apiKey)
        return reject(401, QStringLiteral("authentication_error"), QStringLiteral("invalid x-api-key"));
    if (request.header("anthropic-version") != "2023-06-01")
        return reject(400, QStringLiteral("invalid_request_error"),
                      QStringLiteral("anthropic-version: header is required"));
    if (!request.header("content-type").startsWith("application/json"))
        return reject(400, QStringLiteral("invalid_request_error"), QStringLiteral("content-type must be application/json"));
    if (request.body.size() > kMaxRequestBytes)
        return reject(413, QStringLiteral("request_too_large"), QStringLiteral("Request exceeds the maximum allowed size"));
    if (const QString problem = validateBody(request.body); !problem.isEmpty())
        return reject(400, QStringLiteral("invalid_request_error"), problem);
    QMutexLocker locker(&m_mutex);
    Reply reply = m_scripted.isEmpty() ? messageReply(m_defaultText) : m_scripted.takeFirst();
    request.status = reply.status;
    return reply;
}

} // namespace hector::test::anthropic
