#include "HttpDouble.h"

#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>

namespace hector::test {

QByteArray HttpRequest::header(const QByteArray &name) const
{
    return headers.value(name.toLower());
}

QJsonObject HttpRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpRequest::bearer() const
{
    const QByteArray value = header(QByteArrayLiteral("authorization"));
    if (!value.startsWith("Bearer "))
        return {};
    return QString::fromUtf8(value.mid(7));
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::error(int status, const QString &code, const QString &message)
{
    return json(status,
                QJsonObject{{QStringLiteral("error"),
                             QJsonObject{{QStringLiteral("code"), code},
                                         {QStringLiteral("message"), message}}}});
}

HttpResponse HttpResponse::raw(int status, const QByteArray &body, const QByteArray &contentType)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.contentType = contentType;
    return r;
}

HttpDouble::HttpDouble(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpDouble::onNewConnection);
}

HttpDouble::~HttpDouble() = default;

bool HttpDouble::listen()
{
    if (!m_server->listen(QHostAddress::LocalHost, m_port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

void HttpDouble::close()
{
    m_server->close();
    const auto sockets = m_buffers.keys();
    for (QTcpSocket *socket : sockets)
        socket->abort();
}

quint16 HttpDouble::port() const
{
    return m_port;
}

QUrl HttpDouble::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

void HttpDouble::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

QList<HttpRequest> HttpDouble::requests() const
{
    return m_requests;
}

int HttpDouble::count(const QString &path) const
{
    int n = 0;
    for (const HttpRequest &r : m_requests)
        n += r.path == path ? 1 : 0;
    return n;
}

void HttpDouble::clearRequests()
{
    m_requests.clear();
}

void HttpDouble::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void HttpDouble::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    if (!buffer.isEmpty() && (buffer.at(0) < 'A' || buffer.at(0) > 'Z')) {
        // Not HTTP (e.g. a TLS ClientHello): answer like a plain HTTP server would.
        buffer.clear();
        socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;

    HttpRequest request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.path = QString::fromUtf8(requestLine.value(1));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(),
                                   line.mid(colon + 1).trimmed());
    }
    const qsizetype length
        = request.headers.value(QByteArrayLiteral("content-length")).toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return;
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.clear();
    m_requests.append(request);

    const HttpResponse response = m_handler ? m_handler(request)
                                            : HttpResponse::error(404,
                                                                  QStringLiteral("not_found"),
                                                                  QStringLiteral("Introuvable"));
    if (response.hang)
        return;
    if (response.closeWithoutReply) {
        socket->abort();
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.extraHeaders)
        out += name + ": " + value + "\r\n";
    out += "Connection: close\r\n\r\n";
    out += response.body;
    socket->write(out);
    socket->disconnectFromHost();
}

quint16 closedLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 1;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace hector::test
