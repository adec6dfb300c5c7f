#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <map>
#include <memory>

class QSocketNotifier;
class QWebSocket;

namespace hector::server {

class AuthService;
class Database;
class PgConnection;

// A dedicated PostgreSQL connection LISTENing on a channel (main thread; QSocketNotifier on the
// libpq socket). Connecting runs on a worker thread; when the connection breaks (PostgreSQL
// restarted) it reconnects with backoff (250 ms doubling up to 10 s) and emits listening() again:
// notifications sent in between are lost, so listeners treat listening() as "something may
// have changed".
class PgListener : public QObject
{
    Q_OBJECT
public:
    PgListener(Database &db, QString channel, QObject *parent = nullptr);
    ~PgListener() override;

    void start();
    void stop();
    bool isListening() const { return m_conn != nullptr; }
    // Successful LISTEN connections so far (reconnections included).
    int connections() const { return m_connections; }

Q_SIGNALS:
    void listening();
    void notified(const QString &payload);

private:
    void connectAsync();
    void adopt(std::shared_ptr<PgConnection> conn);
    void onReadable();
    void dropConnection();
    void scheduleReconnect();

    Database &m_db;
    QString m_channel;
    std::shared_ptr<PgConnection> m_conn;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QThreadPool m_connector;
    QTimer m_retry;
    int m_backoffMs = 0;
    int m_connections = 0;
    bool m_running = false;
    bool m_connecting = false;
};

// /api/sync/live: WebSocket clients authenticate with their first message {"token": "..."}
// (answered {"type":"ready"}, or closed with code 4401), then receive {"type":"changes"}
// whenever PostgreSQL notifies `hector_sync` — at most one message per 50 ms, bursts coalesced.
// Lives on the main thread; token checks (PostgreSQL) run on a small thread pool.
class SyncLiveHub : public QObject
{
    Q_OBJECT
public:
    static constexpr int kCoalesceMs = 50;
    static constexpr int kAuthTimeoutMs = 10000;
    static constexpr int kCloseUnauthorized = 4401;

    SyncLiveHub(AuthService &auth, Database &db, QObject *parent = nullptr);
    ~SyncLiveHub() override;

    void start();
    // Closes every socket and waits for running token checks.
    void shutdown();
    void accept(std::unique_ptr<QWebSocket> socket);

    int readyClients() const;
    bool isListening() const { return m_listener.isListening(); }
    int listenerConnections() const { return m_listener.connections(); }

Q_SIGNALS:
    // Emitted after each {"type":"changes"} broadcast (tests, metrics).
    void broadcasted(int clients);

private:
    struct Client
    {
        bool ready = false;
        bool checking = false;
        QString userId;
    };
    void onMessage(QWebSocket *socket, const QString &message);
    void onAuthenticated(QPointer<QWebSocket> socket, bool ok, const QString &userId);
    void refuse(QWebSocket *socket, const QString &reason);
    void forget(QWebSocket *socket);
    void onChange();
    void broadcast();

    AuthService &m_auth;
    PgListener m_listener;
    QThreadPool m_authPool;
    std::map<QWebSocket *, Client> m_clients;
    QTimer m_coalesce;
    QElapsedTimer m_lastBroadcast;
    bool m_shuttingDown = false;
};

} // namespace hector::server
