#include "FakeResendServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QTcpSocket>
#include <QUuid>
#include <memory>

namespace hector::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}

HttpReply errorReply(int status, const QString &name, const QString &message)
{
    const QJsonObject body{{QLatin1String("statusCode"), status},
                           {QLatin1String("message"), message},
                           {QLatin1String("name"), name}};
    return HttpReply{status, QJsonDocument(body).toJson(QJsonDocument::Compact), {}};
}

QByteArray serialize(const HttpReply &reply)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' '
                     + reasonPhrase(reply.status) + "\r\n";
    out += "Content-Type: application/json; charset=utf-8\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    out += "Connection: close\r\n";
    for (const auto &header : reply.headers)
        out += header.first + ": " + header.second + "\r\n";
    out += "\r\n";
    out += reply.body;
    return out;
}

// The documented fields of POST /emails.
const QStringList kKnownFields = {QStringLiteral("from"),
                                  QStringLiteral("to"),
                                  QStringLiteral("subject"),
                                  QStringLiteral("cc"),
                                  QStringLiteral("bcc"),
                                  QStringLiteral("reply_to"),
                                  QStringLiteral("html"),
                                  QStringLiteral("text"),
                                  QStringLiteral("tags")};

// Empty when the body is a valid POST /emails payload, otherwise Resend-style message.
QString validateBody(const QByteArray &body)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return QStringLiteral("Invalid JSON body.");
    const QJsonObject object = document.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!kKnownFields.contains(it.key()))
            return QStringLiteral("Unknown field `%1`.").arg(it.key());
    }
    for (const QString &required : {QStringLiteral("from"), QStringLiteral("subject")}) {
        if (object.value(required).toString().isEmpty())
            return QStringLiteral("Missing `%1` field.").arg(required);
    }
    const QJsonValue to = object.value(QLatin1String("to"));
    if (to.isArray()) {
        const QJsonArray array = to.toArray();
        if (array.isEmpty() || array.size() > 50)
            return QStringLiteral("The `to` field must hold between 1 and 50 addresses.");
        for (const QJsonValue &entry : array) {
            if (!entry.isString() || entry.toString().isEmpty())
                return QStringLiteral("Invalid `to` field.");
        }
    } else if (!to.isString() || to.toString().isEmpty()) {
        return QStringLiteral("Missing `to` field.");
    }
    for (const QString &field : {QStringLiteral("text"), QStringLiteral("html")}) {
        if (object.contains(field) && !object.value(field).isString())
            return QStringLiteral("The `%1` field must be a string.").arg(field);
    }
    if (!object.contains(QLatin1String("text")) && !object.contains(QLatin1String("html")))
        return QStringLiteral("Missing `html` or `text` field.");
    return {};
}

struct Connection
{
    QByteArray buffer;
    bool headersParsed = false;
    bool continueSent = false;
    bool answered = false;
    qsizetype bodyStart = 0;
    qsizetype contentLength = 0;
    HttpRequest request;
};

} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    const QByteArray wanted = name.toLower();
    for (const auto &header : headers) {
        if (header.first == wanted)
            return header.second;
    }
    return {};
}

int HttpRequest::headerCount(const QByteArray &name) const
{
    const QByteArray wanted = name.toLower();
    int count = 0;
    for (const auto &header : headers) {
        if (header.first == wanted)
            ++count;
    }
    return count;
}

FakeResendServer::FakeResendServer(QByteArray apiKey)
    : m_apiKey(std::move(apiKey))
    , m_server([this](QTcpSocket *socket) { handleConnection(socket); })
{
}

FakeResendServer::~FakeResendServer()
{
    // The handler runs in the server thread and touches the members below: stop it first.
    m_server.stop();
}

bool FakeResendServer::start()
{
    return m_server.start();
}

QString FakeResendServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server.port());
}

void FakeResendServer::enqueueReply(const HttpReply &reply)
{
    QMutexLocker locker(&m_mutex);
    m_scripted.append(reply);
}

void FakeResendServer::setSilent(bool silent)
{
    QMutexLocker locker(&m_mutex);
    m_silent = silent;
}

QList<HttpRequest> FakeResendServer::requests() const
{
    QMutexLocker locker(&m_mutex);
    return m_requests;
}

QStringList FakeResendServer::issuedIds() const
{
    QMutexLocker locker(&m_mutex);
    return m_issuedIds;
}

void FakeResendServer::handleConnection(QTcpSocket *socket)
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
            HttpRequest &request = connection->request;
            if (requestLine.size() == 3) {
                request.method = requestLine.at(0);
                request.target = requestLine.at(1);
                request.version = requestLine.at(2);
            }
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    request.headers.append(
                        {line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
            }
            connection->headersParsed = true;
            connection->bodyStart = end + 4;
            connection->contentLength = request.header("content-length").toLongLong();
            if (request.header("transfer-encoding").toLower().contains("chunked")) {
                // The contract double wants a plain Content-Length body.
                connection->answered = true;
                request.status = 411;
                request.rejection = QStringLiteral("chunked body instead of Content-Length");
                {
                    QMutexLocker locker(&m_mutex);
                    m_requests.append(request);
                }
                socket->write(serialize(errorReply(
                    411, QStringLiteral("length_required"), QStringLiteral("Length required."))));
                socket->disconnectFromHost();
                return;
            }
        }
        HttpRequest &request = connection->request;
        const qsizetype received = connection->buffer.size() - connection->bodyStart;
        if (received < connection->contentLength) {
            if (!connection->continueSent && request.header("expect").toLower() == "100-continue") {
                connection->continueSent = true;
                socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            return;
        }
        if (connection->answered)
            return;
        connection->answered = true;
        request.body = connection->buffer.mid(connection->bodyStart, connection->contentLength);

        bool silent = false;
        {
            QMutexLocker locker(&m_mutex);
            silent = m_silent;
        }
        HttpReply reply = answer(request);
        {
            QMutexLocker locker(&m_mutex);
            m_requests.append(request);
        }
        if (silent)
            return;
        socket->write(serialize(reply));
        socket->disconnectFromHost();
    });
}

HttpReply FakeResendServer::answer(HttpRequest &request)
{
    const auto reject = [&request](int status, const QString &name, const QString &message) {
        request.status = status;
        request.rejection = message;
        return errorReply(status, name, message);
    };

    if (request.method != "POST")
        return reject(
            405, QStringLiteral("method_not_allowed"), QStringLiteral("Method not allowed."));
    if (request.target != "/emails") {
        return reject(404,
                      QStringLiteral("not_found"),
                      QStringLiteral("The requested endpoint does not exist."));
    }
    const QByteArray authorization = request.header("authorization");
    if (authorization.isEmpty() || request.headerCount("authorization") != 1) {
        return reject(401,
                      QStringLiteral("missing_api_key"),
                      QStringLiteral("Missing API key in the authorization header."));
    }
    if (authorization != "Bearer " + m_apiKey)
        return reject(403, QStringLiteral("invalid_api_key"), QStringLiteral("API key is invalid"));
    if (request.header("content-type").split(';').constFirst().trimmed().toLower()
        != "application/json") {
        return reject(422,
                      QStringLiteral("validation_error"),
                      QStringLiteral("Content-Type must be application/json."));
    }
    if (const QString invalid = validateBody(request.body); !invalid.isEmpty())
        return reject(422, QStringLiteral("validation_error"), invalid);

    QMutexLocker locker(&m_mutex);
    const QByteArray key = request.header("idempotency-key");
    if (!key.isEmpty()) {
        if (key.size() > 256) {
            locker.unlock();
            return reject(422,
                          QStringLiteral("validation_error"),
                          QStringLiteral("Idempotency key must be at most 256 characters."));
        }
        const auto previous = m_idempotent.constFind(key);
        if (previous != m_idempotent.constEnd()) {
            if (previous->first != request.body) {
                locker.unlock();
                return reject(409,
                              QStringLiteral("invalid_idempotent_request"),
                              QStringLiteral("Same idempotency key used with a different "
                                             "request payload."));
            }
            request.status = previous->second.status;
            return previous->second;
        }
    }

    HttpReply reply;
    if (!m_scripted.isEmpty()) {
        reply = m_scripted.takeFirst();
    } else {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_issuedIds.append(id);
        reply.body
            = QJsonDocument(QJsonObject{{QLatin1String("id"), id}}).toJson(QJsonDocument::Compact);
    }
    if (!key.isEmpty() && reply.status >= 200 && reply.status < 300)
        m_idempotent.insert(key, {request.body, reply});
    request.status = reply.status;
    return reply;
}

} // namespace hector::test
