#pragma once

#include "http/Http.h"

#include <QHostAddress>
#include <QObject>
#include <QThreadPool>
#include <QFuture>
#include <QtHttpServer/QHttpServerResponse>
#include <QtHttpServer/QHttpServerRequest>

#include <functional>
#include <memory>

class QHttpServer;
class QWebSocket;

namespace hector::server {

using HttpHandler = std::function<HttpResponse(const HttpRequest &)>;
// Receives an upgraded WebSocket connection, on the thread of the HttpServer (main thread).
using WebSocketHandler = std::function<void(std::unique_ptr<QWebSocket>)>;

// QHttpServer front: every route's handler runs on a worker thread of our own pool (handlers
// block on PostgreSQL and Argon2id), each request is logged with its status and duration, and
// unknown routes get a JSON 404.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    explicit HttpServer(int workerThreads, QObject *parent = nullptr);
    ~HttpServer() override;

    enum class Method { Get, Post, Put, Patch, Delete };
    // pattern: "/api/x" or "/api/x/<arg>/y" (up to two <arg>).
    void addRoute(Method method, const QString &pattern, HttpHandler handler);
    // WebSocket upgrades of `path` go to `handler`; upgrades of any other path are closed.
    void addWebSocketRoute(const QString &path, WebSocketHandler handler);

    Result<quint16> listen(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_port; }

    // Stops accepting work and waits for running handlers.
    void shutdown();

private:
    void acceptWebSockets();
    QFuture<QHttpServerResponse> dispatch(const HttpHandler &handler,
                                          const QHttpServerRequest &request,
                                          QStringList args);

    std::unique_ptr<QHttpServer> m_server;
    QThreadPool m_pool;
    QHash<QString, WebSocketHandler> m_webSocketRoutes;
    quint16 m_port = 0;
};

} // namespace hector::server
