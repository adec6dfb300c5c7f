#pragma once

#include "http/Http.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTcpServer>
#include <QThreadPool>

#include <functional>
#include <memory>

class QWebSocket;
class QWebSocketServer;

namespace hector::server {

using HttpHandler = std::function<HttpResponse(const HttpRequest &)>;
// Receives an upgraded WebSocket connection, on the thread of the HttpServer (main thread).
using WebSocketHandler = std::function<void(std::unique_ptr<QWebSocket>)>;

class HttpConnection;

// A small HTTP/1.1 server on QTcpServer (keep-alive, Content-Length bodies, WebSocket upgrades
// handed to QWebSocketServer). Every handler runs on a worker thread of our own pool (handlers
// block on PostgreSQL and Argon2id); its answer is written back on the main thread only if the
// client is still connected — a client that disconnects or is killed mid-request costs nothing.
// (Qt HttpServer 6.4 crashes in that case when answers are deferred, which is why this exists.)
// Each request is logged with its status and duration; unknown routes get a JSON 404.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    explicit HttpServer(int workerThreads, QObject *parent = nullptr);
    ~HttpServer() override;

    enum class Method { Get, Post, Put, Patch, Delete };
    // pattern: "/api/x" or "/api/x/<arg>/y" (any number of <arg> segments).
    void addRoute(Method method, const QString &pattern, HttpHandler handler);
    // WebSocket upgrades of `path` go to `handler`; upgrades of any other path get 404; a plain
    // HTTP request on `path` gets 426.
    void addWebSocketRoute(const QString &path, WebSocketHandler handler);

    Result<quint16> listen(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_port; }

    // Stops accepting work, closes connections and waits for running handlers.
    void shutdown();

    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024 * 1024;

private:
    friend class HttpConnection;
    struct Route
    {
        QByteArray method;
        QStringList segments; // "<arg>" matches any one segment
        HttpHandler handler;
    };
    // Picks the route for a request (fills pathArgs) or returns the error answer to send.
    const Route *match(HttpRequest &request, HttpResponse *error) const;
    void dispatch(HttpConnection *connection, HttpRequest request);
    void upgrade(HttpConnection *connection, const QString &path);
    void onNewConnection();
    void onWebSocket();

    QTcpServer m_tcp;
    std::unique_ptr<QWebSocketServer> m_webSockets;
    QThreadPool m_pool;
    QList<Route> m_routes;
    QHash<QString, WebSocketHandler> m_webSocketRoutes;
    QSet<HttpConnection *> m_connections;
    quint16 m_port = 0;
    bool m_closing = false;
};

} // namespace hector::server
