#include "http/HttpServer.h"

#include "server/Logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtConcurrent/QtConcurrentRun>

namespace hector::server {

namespace {
constexpr int kIdleTimeoutMs = 75000;

QByteArray methodName(HttpServer::Method m)
{
    switch (m) {
    case HttpServer::Method::Get:
        return QByteArrayLiteral("GET");
    case HttpServer::Method::Post:
        return QByteArrayLiteral("POST");
    case HttpServer::Method::Put:
        return QByteArrayLiteral("PUT");
    case HttpServer::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case HttpServer::Method::Delete:
        return QByteArrayLiteral("DELETE");
    }
    return {};
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 426:
        return QByteArrayLiteral("Upgrade Required");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Status");
    }
}

HttpResponse simpleError(int status, const char *code, const QString &message)
{
    return HttpResponse::error(status, Error{QString::fromLatin1(code), message, {}});
}
} // namespace

// One client connection: parses requests one at a time (keep-alive, no pipelining needed by our
// clients: later requests wait in the buffer), hands them to the server, writes the answers.
class HttpConnection : public QObject
{
public:
    HttpConnection(HttpServer *server, QTcpSocket *socket)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
    {
        socket->setParent(this);
        m_idle.setSingleShot(true);
        m_idle.setInterval(kIdleTimeoutMs);
        connect(&m_idle, &QTimer::timeout, this, &HttpConnection::close);
        connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::process);
        connect(socket, &QTcpSocket::disconnected, this, &HttpConnection::close);
        QHostAddress remote = socket->peerAddress();
        bool isV4 = false;
        const quint32 v4 = remote.toIPv4Address(&isV4);
        m_remote = isV4 ? QHostAddress(v4).toString() : remote.toString();
        m_idle.start();
    }

    void process()
    {
        if (m_busy || !m_socket)
            return;
        // Headers: peek, so that a WebSocket upgrade leaves the handshake for QWebSocketServer.
        const QByteArray head = m_socket->peek(HttpServer::kMaxHeaderBytes + 4);
        const qsizetype end = head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (head.size() > HttpServer::kMaxHeaderBytes)
                fail(simpleError(431, "invalid_request", QCoreApplication::translate("hector::server", "En-têtes trop longs.")));
            return;
        }
        const QList<QByteArray> lines = head.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
            fail(simpleError(400, "invalid_request", QCoreApplication::translate("hector::server", "Requête HTTP invalide.")));
            return;
        }
        HttpRequest req;
        req.method = requestLine.at(0);
        const QUrl url(QString::fromLatin1(requestLine.at(1)));
        req.path = url.path();
        req.query = QUrlQuery(url);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            req.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        req.remoteAddress = m_remote;
        m_keepAlive = requestLine.at(2) == "HTTP/1.1"
                          ? req.header("connection").toLower() != "close"
                          : req.header("connection").toLower() == "keep-alive";

        if (req.header("upgrade").toLower() == "websocket") {
            m_idle.stop();
            m_server->upgrade(this, req.path);
            return;
        }
        bool ok = true;
        const QByteArray lengthHeader = req.header("content-length");
        const qint64 length = lengthHeader.isEmpty() ? 0 : lengthHeader.toLongLong(&ok);
        if (!ok || length < 0 || !req.header("transfer-encoding").isEmpty()) {
            fail(simpleError(400, "invalid_request", QCoreApplication::translate("hector::server", "Longueur de requête invalide.")));
            return;
        }
        if (length > HttpServer::kMaxBodyBytes) {
            fail(simpleError(413, "invalid_request", QCoreApplication::translate("hector::server", "Requête trop volumineuse.")));
            return;
        }
        if (m_socket->bytesAvailable() < end + 4 + length)
            return; // wait for the whole body
        m_socket->read(end + 4);
        req.body = m_socket->read(length);
        m_busy = true;
        m_idle.stop();
        m_server->dispatch(this, std::move(req));
    }

    void send(const HttpResponse &r)
    {
        m_busy = false;
        if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        QByteArray out;
        out.reserve(r.body.size() + 256);
        out += "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
        out += "Content-Type: " + r.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
        out += "Cache-Control: no-store\r\n";
        out += m_keepAlive ? QByteArrayLiteral("Connection: keep-alive\r\n") : QByteArrayLiteral("Connection: close\r\n");
        for (const auto &h : r.headers)
            out += h.first + ": " + h.second + "\r\n";
        out += "\r\n";
        out += r.body;
        m_socket->write(out);
        if (!m_keepAlive) {
            m_socket->disconnectFromHost();
            return;
        }
        m_idle.start();
        if (m_socket->bytesAvailable() > 0)
            QTimer::singleShot(0, this, &HttpConnection::process);
    }

    // Hands the socket over (WebSocket upgrade): this connection object goes away.
    QTcpSocket *takeSocket()
    {
        QTcpSocket *s = m_socket;
        if (s) {
            s->disconnect(this);
            s->setParent(nullptr);
        }
        m_socket = nullptr;
        close();
        return s;
    }

    void fail(const HttpResponse &r)
    {
        m_keepAlive = false;
        qCInfo(lcHttp).noquote() << "-" << r.status << m_remote;
        send(r);
    }

    void close()
    {
        if (m_closed)
            return;
        m_closed = true;
        m_idle.stop();
        if (m_socket)
            m_socket->abort();
        m_server->m_connections.remove(this);
        deleteLater();
    }

    const QString &remote() const { return m_remote; }

private:
    HttpServer *m_server;
    QPointer<QTcpSocket> m_socket;
    QTimer m_idle;
    QString m_remote;
    bool m_busy = false;
    bool m_keepAlive = true;
    bool m_closed = false;
};

HttpServer::HttpServer(int workerThreads, QObject *parent)
    : QObject(parent)
    , m_webSockets(std::make_unique<QWebSocketServer>(QStringLiteral("hector-server"),
                                                      QWebSocketServer::NonSecureMode))
{
    m_pool.setMaxThreadCount(std::max(1, workerThreads));
    connect(&m_tcp, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
    connect(m_webSockets.get(), &QWebSocketServer::newConnection, this, &HttpServer::onWebSocket);
}

HttpServer::~HttpServer()
{
    shutdown();
}

void HttpServer::addRoute(Method method, const QString &pattern, HttpHandler handler)
{
    m_routes.append(Route{methodName(method), pattern.split(u'/', Qt::SkipEmptyParts), std::move(handler)});
}

void HttpServer::addWebSocketRoute(const QString &path, WebSocketHandler handler)
{
    m_webSocketRoutes.insert(path, std::move(handler));
}

const HttpServer::Route *HttpServer::match(HttpRequest &request, HttpResponse *error) const
{
    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    bool pathMatched = false;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QStringList args;
        bool ok = true;
        for (qsizetype i = 0; i < segments.size() && ok; ++i) {
            if (route.segments.at(i) == QLatin1String("<arg>"))
                args << segments.at(i);
            else
                ok = route.segments.at(i) == segments.at(i);
        }
        if (!ok)
            continue;
        pathMatched = true;
        if (route.method != request.method)
            continue;
        request.pathArgs = args;
        return &route;
    }
    if (m_webSocketRoutes.contains(request.path)) {
        *error = simpleError(426, "upgrade_required",
                             QCoreApplication::translate("hector::server",
                                                         "Cette adresse n'accepte que les connexions WebSocket."));
    } else if (pathMatched) {
        *error = simpleError(405, "method_not_allowed",
                             QCoreApplication::translate("hector::server", "Méthode %1 non prise en charge ici.")
                                 .arg(QString::fromLatin1(request.method)));
    } else {
        *error = simpleError(404, "not_found",
                             QCoreApplication::translate("hector::server", "Cette adresse n'existe pas : %1")
                                 .arg(request.path));
    }
    return nullptr;
}

void HttpServer::dispatch(HttpConnection *connection, HttpRequest request)
{
    HttpResponse error;
    const Route *route = match(request, &error);
    if (!route) {
        qCInfo(lcHttp).noquote() << request.method << request.path << error.status << request.remoteAddress;
        connection->send(error);
        return;
    }
    QPointer<HttpConnection> target(connection);
    QPointer<HttpServer> self(this);
    HttpHandler handler = route->handler;
    // The answer goes back to the main thread, and to the connection only if it still exists.
    (void)QtConcurrent::run(&m_pool, [self, target, handler, req = std::move(request)]() {
        QElapsedTimer timer;
        timer.start();
        HttpResponse response;
        try {
            response = handler(req);
        } catch (const std::exception &e) {
            qCCritical(lcHttp) << "handler threw:" << e.what();
            response = errorResponse(Error{QStringLiteral("internal_error"), QString(), {}});
        }
        qCInfo(lcHttp).noquote() << req.method << req.path << response.status
                                 << QStringLiteral("%1ms").arg(timer.elapsed()) << req.remoteAddress;
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [target, response = std::move(response)] {
                if (target)
                    target->send(response);
            },
            Qt::QueuedConnection);
    });
}

void HttpServer::upgrade(HttpConnection *connection, const QString &path)
{
    if (!m_webSocketRoutes.contains(path) || m_closing) {
        qCInfo(lcHttp).noquote() << "WEBSOCKET" << path << 404 << connection->remote();
        connection->fail(simpleError(404, "not_found",
                                     QCoreApplication::translate("hector::server", "Cette adresse n'existe pas : %1")
                                         .arg(path)));
        return;
    }
    QTcpSocket *socket = connection->takeSocket();
    if (!socket)
        return;
    // QWebSocketServer reads the handshake still waiting in the socket.
    m_webSockets->handleConnection(socket);
}

void HttpServer::onWebSocket()
{
    while (m_webSockets->hasPendingConnections()) {
        std::unique_ptr<QWebSocket> socket(m_webSockets->nextPendingConnection());
        if (!socket)
            continue;
        const QString path = socket->requestUrl().path();
        const auto route = m_webSocketRoutes.constFind(path);
        if (route != m_webSocketRoutes.constEnd() && !m_closing) {
            qCInfo(lcHttp).noquote() << "WEBSOCKET" << path << socket->peerAddress().toString();
            (*route)(std::move(socket));
            continue;
        }
        qCInfo(lcHttp).noquote() << "WEBSOCKET" << path << 404;
        QWebSocket *raw = socket.release();
        connect(raw, &QWebSocket::disconnected, raw, &QObject::deleteLater);
        QTimer::singleShot(5000, raw, &QObject::deleteLater);
        raw->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("not found"));
    }
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
        if (m_closing) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *connection = new HttpConnection(this, socket);
        m_connections.insert(connection);
        if (socket->bytesAvailable() > 0)
            connection->process();
    }
}

Result<quint16> HttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_tcp.listen(address, port)) {
        return makeError(QStringLiteral("listen_failed"),
                         QCoreApplication::translate("hector::server", "Impossible d'écouter sur %1:%2 : %3")
                             .arg(address.toString())
                             .arg(port)
                             .arg(m_tcp.errorString()));
    }
    m_port = m_tcp.serverPort();
    return m_port;
}

void HttpServer::shutdown()
{
    m_closing = true;
    m_tcp.close();
    const auto connections = m_connections;
    for (HttpConnection *c : connections)
        c->close();
    m_pool.waitForDone();
}

} // namespace hector::server
