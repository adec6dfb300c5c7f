#include "services/SyncLive.h"

#include "db/Database.h"
#include "server/Logging.h"
#include "services/AuthService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QWebSocket>

#include <libpq-fe.h>

namespace hector::server {

namespace {
constexpr int kFirstBackoffMs = 250;
constexpr int kMaxBackoffMs = 10000;

QString quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString typeMessage(const char *type)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("type"), QLatin1String(type)}})
                                 .toJson(QJsonDocument::Compact));
}
} // namespace

// --- PgListener ----------------------------------------------------------------------------------

PgListener::PgListener(Database &db, QString channel, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_channel(std::move(channel))
{
    m_connector.setMaxThreadCount(1);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &PgListener::connectAsync);
}

PgListener::~PgListener()
{
    stop();
}

void PgListener::start()
{
    if (m_running)
        return;
    m_running = true;
    m_backoffMs = 0;
    connectAsync();
}

void PgListener::stop()
{
    m_running = false;
    m_retry.stop();
    // A connection attempt in flight posts its result to this object: wait for it.
    m_connector.waitForDone();
    dropConnection();
}

void PgListener::connectAsync()
{
    if (!m_running || m_conn || m_connecting)
        return;
    m_connecting = true;
    // libpq connects synchronously: off the main thread. stop() waits for this job, so `this`
    // outlives it; the queued result is dropped if the listener is destroyed meanwhile.
    m_connector.start([this] {
        std::shared_ptr<PgConnection> conn;
        auto opened = m_db.open();
        if (opened) {
            auto listen = (*opened)->execScript(QStringLiteral("LISTEN ") + quoteIdentifier(m_channel));
            if (listen)
                conn = std::move(*opened);
            else
                qCWarning(lcServerSync) << "LISTEN failed:" << listen.error().message;
        }
        QMetaObject::invokeMethod(this, [this, conn] {
            m_connecting = false;
            if (!m_running)
                return;
            if (conn)
                adopt(conn);
            else
                scheduleReconnect();
        }, Qt::QueuedConnection);
    });
}

void PgListener::adopt(std::shared_ptr<PgConnection> conn)
{
    m_conn = std::move(conn);
    m_backoffMs = 0;
    ++m_connections;
    m_notifier = std::make_unique<QSocketNotifier>(PQsocket(m_conn->raw()), QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &PgListener::onReadable);
    qCInfo(lcServerSync) << "listening for changes on" << m_channel;
    emit listening();
}

void PgListener::onReadable()
{
    if (!m_conn)
        return;
    pg_conn *raw = m_conn->raw();
    if (PQconsumeInput(raw) == 0 || PQstatus(raw) != CONNECTION_OK) {
        qCWarning(lcServerSync) << "change notification connection lost:"
                          << QString::fromUtf8(PQerrorMessage(raw)).trimmed();
        dropConnection();
        scheduleReconnect();
        return;
    }
    while (PGnotify *n = PQnotifies(raw)) {
        const QString payload = QString::fromUtf8(n->extra);
        PQfreemem(n);
        emit notified(payload);
    }
}

void PgListener::dropConnection()
{
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier.reset();
    }
    m_conn.reset();
}

void PgListener::scheduleReconnect()
{
    if (!m_running)
        return;
    m_backoffMs = m_backoffMs == 0 ? kFirstBackoffMs : std::min(m_backoffMs * 2, kMaxBackoffMs);
    m_retry.start(m_backoffMs);
}

// --- SyncLiveHub ---------------------------------------------------------------------------------

SyncLiveHub::SyncLiveHub(AuthService &auth, Database &db, QObject *parent)
    : QObject(parent)
    , m_auth(auth)
    , m_listener(db, QStringLiteral("hector_sync"))
{
    m_authPool.setMaxThreadCount(2);
    m_coalesce.setSingleShot(true);
    connect(&m_coalesce, &QTimer::timeout, this, &SyncLiveHub::broadcast);
    connect(&m_listener, &PgListener::notified, this, &SyncLiveHub::onChange);
    // (Re)connected: notifications may have been missed while the connection was down.
    connect(&m_listener, &PgListener::listening, this, &SyncLiveHub::onChange);
}

SyncLiveHub::~SyncLiveHub()
{
    shutdown();
}

void SyncLiveHub::start()
{
    m_shuttingDown = false;
    m_listener.start();
}

void SyncLiveHub::shutdown()
{
    m_shuttingDown = true;
    m_listener.stop();
    m_coalesce.stop();
    m_authPool.waitForDone();
    auto clients = std::move(m_clients);
    m_clients.clear();
    for (auto &[socket, client] : clients) {
        socket->disconnect(this);
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("server shutting down"));
        delete socket;
    }
}

int SyncLiveHub::readyClients() const
{
    int n = 0;
    for (const auto &[socket, client] : m_clients)
        n += client.ready ? 1 : 0;
    return n;
}

void SyncLiveHub::accept(std::unique_ptr<QWebSocket> owned)
{
    QWebSocket *socket = owned.release();
    if (m_shuttingDown) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    socket->setParent(this);
    m_clients.emplace(socket, Client{});
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &message) { onMessage(socket, message); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        forget(socket);
        socket->deleteLater();
    });
    // A client that never authenticates is dropped.
    QPointer<QWebSocket> guard(socket);
    QTimer::singleShot(kAuthTimeoutMs, this, [this, guard] {
        if (!guard)
            return;
        const auto it = m_clients.find(guard.data());
        if (it != m_clients.end() && !it->second.ready)
            refuse(guard.data(), QStringLiteral("authentication timeout"));
    });
}

void SyncLiveHub::onMessage(QWebSocket *socket, const QString &message)
{
    const auto it = m_clients.find(socket);
    if (it == m_clients.end() || it->second.ready || it->second.checking)
        return; // after authentication, clients have nothing to say
    const QString token = QJsonDocument::fromJson(message.toUtf8())
                              .object()
                              .value(QLatin1StringView("token"))
                              .toString();
    if (token.isEmpty()) {
        refuse(socket, QStringLiteral("unauthorized"));
        return;
    }
    it->second.checking = true;
    QPointer<QWebSocket> guard(socket);
    // authenticate() queries PostgreSQL: on the pool. shutdown() waits for these jobs.
    m_authPool.start([this, guard, token] {
        auto user = m_auth.authenticate(token);
        const bool ok = user.ok();
        const QString userId = ok ? user->user.id : QString();
        QMetaObject::invokeMethod(this, [this, guard, ok, userId] { onAuthenticated(guard, ok, userId); },
                                  Qt::QueuedConnection);
    });
}

void SyncLiveHub::onAuthenticated(QPointer<QWebSocket> socket, bool ok, const QString &userId)
{
    if (!socket || m_shuttingDown)
        return;
    const auto it = m_clients.find(socket.data());
    if (it == m_clients.end())
        return;
    it->second.checking = false;
    if (!ok) {
        refuse(socket.data(), QStringLiteral("unauthorized"));
        return;
    }
    it->second.ready = true;
    it->second.userId = userId;
    socket->sendTextMessage(typeMessage("ready"));
    qCInfo(lcServerSync) << "live client ready for user" << userId << "-" << readyClients() << "connected";
}

void SyncLiveHub::refuse(QWebSocket *socket, const QString &reason)
{
    forget(socket);
    socket->disconnect(this);
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(5000, socket, &QObject::deleteLater);
    socket->close(static_cast<QWebSocketProtocol::CloseCode>(kCloseUnauthorized), reason);
}

void SyncLiveHub::forget(QWebSocket *socket)
{
    m_clients.erase(socket);
}

void SyncLiveHub::onChange()
{
    if (m_coalesce.isActive())
        return; // a broadcast is already scheduled
    if (m_lastBroadcast.isValid() && m_lastBroadcast.elapsed() < kCoalesceMs) {
        m_coalesce.start(int(kCoalesceMs - m_lastBroadcast.elapsed()));
        return;
    }
    broadcast();
}

void SyncLiveHub::broadcast()
{
    m_lastBroadcast.start();
    const QString message = typeMessage("changes");
    int sent = 0;
    for (const auto &[socket, client] : m_clients) {
        if (!client.ready)
            continue;
        socket->sendTextMessage(message);
        ++sent;
    }
    emit broadcasted(sent);
}

} // namespace hector::server
