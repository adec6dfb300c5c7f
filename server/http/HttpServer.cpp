#include "http/HttpServer.h"

#include "server/Logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTimer>
#include <QWebSocket>
#include <QtConcurrent/QtConcurrentRun>
#include <QtHttpServer/QHttpServer>

namespace hector::server {

namespace {
QHttpServerRequest::Method toQt(HttpServer::Method m)
{
    switch (m) {
    case HttpServer::Method::Get:
        return QHttpServerRequest::Method::Get;
    case HttpServer::Method::Post:
        return QHttpServerRequest::Method::Post;
    case HttpServer::Method::Put:
        return QHttpServerRequest::Method::Put;
    case HttpServer::Method::Patch:
        return QHttpServerRequest::Method::Patch;
    case HttpServer::Method::Delete:
        return QHttpServerRequest::Method::Delete;
    }
    return QHttpServerRequest::Method::Get;
}

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    default:
        return QByteArrayLiteral("OTHER");
    }
}

QHttpServerResponse toQt(const HttpResponse &r)
{
    QHttpServerResponse response(r.contentType, r.body,
                                 static_cast<QHttpServerResponse::StatusCode>(r.status));
    for (const auto &h : r.headers)
        response.addHeader(h.first, h.second);
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}
} // namespace

HttpServer::HttpServer(int workerThreads, QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QHttpServer>())
{
    m_pool.setMaxThreadCount(std::max(1, workerThreads));
    m_server->setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const HttpResponse r = HttpResponse::error(
            404,
            Error{QStringLiteral("not_found"),
                  QCoreApplication::translate("hector::server", "Cette adresse n'existe pas : %1")
                      .arg(request.url().path()),
                  {}});
        qCInfo(lcHttp).noquote() << methodName(request.method()) << request.url().path() << 404;
        responder.write(r.body, r.contentType, QHttpServerResponder::StatusCode::NotFound);
    });
}

HttpServer::~HttpServer()
{
    shutdown();
}

void HttpServer::addRoute(Method method, const QString &pattern, HttpHandler handler)
{
    const int args = int(pattern.count(QLatin1String("<arg>")));
    const auto qtMethod = toQt(method);
    bool ok = false;
    if (args == 0) {
        ok = m_server->route(pattern, qtMethod, [this, handler](const QHttpServerRequest &req) {
            return dispatch(handler, req, {});
        });
    } else if (args == 1) {
        ok = m_server->route(pattern, qtMethod,
                             [this, handler](const QString &a, const QHttpServerRequest &req) {
                                 return dispatch(handler, req, {a});
                             });
    } else if (args == 2) {
        ok = m_server->route(pattern, qtMethod,
                             [this, handler](const QString &a, const QString &b,
                                             const QHttpServerRequest &req) {
                                 return dispatch(handler, req, {a, b});
                             });
    }
    if (!ok)
        qCCritical(lcHttp) << "could not register route" << pattern;
}

void HttpServer::addWebSocketRoute(const QString &path, WebSocketHandler handler)
{
    // Qt 6.4 upgrades a request to a WebSocket when newWebSocketConnection is connected and a
    // route handles the request: this route must not answer an upgrade (the WebSocket server
    // takes the connection over); a plain HTTP request gets 426.
    if (m_webSocketRoutes.isEmpty())
        connect(m_server.get(), &QHttpServer::newWebSocketConnection, this, &HttpServer::acceptWebSockets);
    m_webSocketRoutes.insert(path, std::move(handler));
    const bool ok = m_server->route(path, [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        if (request.value(QByteArrayLiteral("upgrade")).compare(QByteArrayLiteral("websocket"), Qt::CaseInsensitive) == 0)
            return;
        const HttpResponse r = HttpResponse::error(
            426, Error{QStringLiteral("upgrade_required"),
                       QCoreApplication::translate("hector::server",
                                                   "Cette adresse n'accepte que les connexions WebSocket."),
                       {}});
        qCInfo(lcHttp).noquote() << methodName(request.method()) << request.url().path() << 426;
        responder.write(r.body, r.contentType, QHttpServerResponder::StatusCode::UpgradeRequired);
    });
    if (!ok)
        qCCritical(lcHttp) << "could not register WebSocket route" << path;
}

void HttpServer::acceptWebSockets()
{
    while (m_server->hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_server->nextPendingWebSocketConnection();
        if (!socket)
            continue;
        const QString path = socket->requestUrl().path();
        const auto route = m_webSocketRoutes.constFind(path);
        if (route != m_webSocketRoutes.constEnd()) {
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

QFuture<QHttpServerResponse> HttpServer::dispatch(const HttpHandler &handler,
                                                  const QHttpServerRequest &request,
                                                  QStringList args)
{
    HttpRequest req;
    req.method = methodName(request.method());
    req.path = request.url().path();
    req.query = request.query();
    for (const auto &h : request.headers())
        req.headers.insert(h.first.toLower(), h.second);
    req.body = request.body();
    QHostAddress remote = request.remoteAddress();
    bool isV4 = false;
    const quint32 v4 = remote.toIPv4Address(&isV4);
    if (isV4)
        remote = QHostAddress(v4);
    req.remoteAddress = remote.toString();
    req.pathArgs = std::move(args);

    return QtConcurrent::run(&m_pool, [handler, req = std::move(req)]() {
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
        return toQt(response);
    });
}

Result<quint16> HttpServer::listen(const QHostAddress &address, quint16 port)
{
    auto *tcp = new QTcpServer(this);
    if (!tcp->listen(address, port)) {
        const QString why = tcp->errorString();
        delete tcp;
        return makeError(QStringLiteral("listen_failed"),
                         QCoreApplication::translate("hector::server",
                                                     "Impossible d'écouter sur %1:%2 : %3")
                             .arg(address.toString())
                             .arg(port)
                             .arg(why));
    }
    m_server->bind(tcp);
    m_port = tcp->serverPort();
    return m_port;
}

void HttpServer::shutdown()
{
    const auto servers = m_server->servers();
    for (QTcpServer *tcp : servers)
        tcp->close();
    m_pool.waitForDone();
}

} // namespace hector::server
