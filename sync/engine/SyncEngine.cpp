#include "sync/engine/SyncEngine.h"

#include "core/sync/SyncSchema.h"
#include "sync/ApiClient.h"
#include "sync/SessionManager.h"
#include "sync/replica/LocalReplica.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUrlQuery>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcSyncEngine, "hector.sync.engine")

namespace hector::sync {

namespace {
constexpr int kSnapshotPage = 5000;
constexpr int kPullPage = 1000;
constexpr int kPushBatch = 200;

QString withQuery(const QString &path, const QList<QPair<QString, QString>> &items)
{
    QUrlQuery q;
    for (const auto &[k, v] : items)
        q.addQueryItem(k, v);
    return path + u'?' + q.toString(QUrl::FullyEncoded);
}

Error protocolError()
{
    return makeError(QStringLiteral("sync_protocol"),
                     QCoreApplication::translate("hector::sync::SyncEngine",
                                                 "Le serveur a envoyé une réponse de synchronisation inattendue."));
}
} // namespace

SyncEngine::SyncEngine(LocalReplica *replica, SessionManager *session, QObject *parent)
    : QObject(parent)
    , m_replica(replica)
    , m_session(session)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::runCycle);
    m_pollTimer.setInterval(30000);
    connect(&m_pollTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(30);
    connect(&m_debounce, &QTimer::timeout, this, &SyncEngine::runCycle);
    m_liveRetry.setSingleShot(true);
    connect(&m_liveRetry, &QTimer::timeout, this, &SyncEngine::openLive);
    connect(m_replica, &LocalReplica::localChangeRecorded, this, &SyncEngine::syncNow);
    connect(m_replica, &LocalReplica::pendingCountChanged, this, &SyncEngine::pendingCountChanged);
}

SyncEngine::~SyncEngine()
{
    stop();
}

void SyncEngine::start()
{
    if (m_running)
        return;
    m_running = true;
    m_pollTimer.start();
    if (m_liveEnabled)
        openLive();
    syncNow();
}

void SyncEngine::stop()
{
    m_running = false;
    ++m_generation;
    m_cycleActive = false;
    m_again = false;
    m_retryTimer.stop();
    m_pollTimer.stop();
    m_debounce.stop();
    m_liveRetry.stop();
    if (m_replica->snapshotInProgress())
        m_replica->abortSnapshot();
    closeLive();
    setStatus(Status::Stopped);
}

void SyncEngine::syncNow()
{
    if (!m_running)
        return;
    if (m_retryTimer.isActive()) {
        // Waiting after an error: a new trigger (reconnection, local change) tries at once.
        m_retryTimer.stop();
    }
    m_debounce.start();
}

int SyncEngine::pendingCount() const
{
    return m_replica->pendingCount();
}

QDateTime SyncEngine::lastSyncAt() const
{
    return m_replica->lastSyncAt();
}

QString SyncEngine::statusText() const
{
    switch (m_status) {
    case Status::Stopped:
        return tr("Synchronisation arrêtée");
    case Status::Offline:
        return tr("Hors ligne");
    case Status::InitialSync:
        return tr("Première synchronisation…");
    case Status::Syncing:
        return tr("Synchronisation…");
    case Status::UpToDate:
        return tr("À jour");
    case Status::Error:
        return tr("Erreur de synchronisation");
    }
    return {};
}

void SyncEngine::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    emit statusChanged(status);
}

void SyncEngine::runCycle()
{
    if (!m_running || !m_session->isSignedIn())
        return;
    if (m_cycleActive) {
        m_again = true;
        return;
    }
    m_cycleActive = true;
    m_again = false;
    m_currentCycle = ++m_cyclesStarted;
    if (!m_replica->hasSnapshot())
        startSnapshot();
    else
        push();
}

void SyncEngine::startSnapshot()
{
    setStatus(Status::InitialSync);
    const quint64 gen = m_generation;
    m_session->authorizedRequest(
        ApiClient::Method::Post, QStringLiteral("/api/sync/snapshot/start"),
        QJsonObject{{QStringLiteral("schemaVersion"), kSyncSchemaVersion}}, this,
        [this, gen](Result<QJsonObject> r) {
            if (gen != m_generation)
                return;
            if (!r)
                return fail(r.error());
            m_snapshotCursor = r->value(QLatin1StringView("cursor")).toString();
            m_snapshotScope = r->value(QLatin1StringView("scopeVersion")).toInteger();
            m_snapshotTables.clear();
            const QJsonArray tables = r->value(QLatin1StringView("tables")).toArray();
            for (const QJsonValue &t : tables) {
                if (syncedTable(t.toString()))
                    m_snapshotTables << t.toString();
            }
            if (m_snapshotCursor.isEmpty())
                return fail(protocolError());
            m_progress = Progress{};
            const QJsonObject counts = r->value(QLatin1StringView("counts")).toObject();
            for (auto it = counts.begin(); it != counts.end(); ++it)
                m_progress.rowsTotal += it.value().toInteger();
            m_progressClock.start();
            emit progressChanged(m_progress);
            if (auto begun = m_replica->beginSnapshot(); !begun)
                return fail(begun.error());
            m_snapshotPagesInFlight = 0;
            if (m_snapshotTables.isEmpty())
                finishSnapshot();
            else
                fetchSnapshotPage(0, QString());
        });
}

void SyncEngine::fetchSnapshotPage(int tableIndex, const QString &after)
{
    if (tableIndex >= m_snapshotTables.size()) {
        m_snapshotPagesInFlight = 0;
        return;
    }
    const QString table = m_snapshotTables.at(tableIndex);
    const quint64 gen = m_generation;
    const QString path = withQuery(QStringLiteral("/api/sync/snapshot"),
                                   {{QStringLiteral("table"), table},
                                    {QStringLiteral("after"), after},
                                    {QStringLiteral("limit"), QString::number(kSnapshotPage)},
                                    {QStringLiteral("schemaVersion"), QString::number(kSyncSchemaVersion)}});
    ++m_snapshotPagesInFlight;
    m_session->authorizedRequest(
        ApiClient::Method::Get, path, {}, this, [this, gen, tableIndex, table](Result<QJsonObject> r) {
            if (gen != m_generation)
                return;
            --m_snapshotPagesInFlight;
            if (!r)
                return fail(r.error());
            const bool done = r->value(QLatin1StringView("done")).toBool();
            const QString last = r->value(QLatin1StringView("last")).toString();
            const QJsonArray rows = r->value(QLatin1StringView("rows")).toArray();
            // Ask for the next page first: the server prepares it while this one is written.
            const bool tableDone = done || rows.isEmpty();
            if (tableDone)
                fetchSnapshotPage(tableIndex + 1, QString());
            else
                fetchSnapshotPage(tableIndex, last);
            QStringList columns;
            const QJsonArray cols = r->value(QLatin1StringView("columns")).toArray();
            for (const QJsonValue &c : cols)
                columns << c.toString();
            auto applied = m_replica->applySnapshotPage(table, columns, rows);
            if (!applied)
                return fail(applied.error());
            m_progress.rowsDone += *applied;
            const double secs = std::max(0.001, m_progressClock.elapsed() / 1000.0);
            m_progress.rowsPerSecond = m_progress.rowsDone / secs;
            emit progressChanged(m_progress);
            if (m_snapshotPagesInFlight == 0 && tableDone && tableIndex + 1 >= m_snapshotTables.size())
                finishSnapshot();
        });
}

void SyncEngine::finishSnapshot()
{
    if (auto done = m_replica->finishSnapshot(m_snapshotCursor, m_snapshotScope); !done)
        return fail(done.error());
    qCInfo(lcSyncEngine) << "snapshot loaded:" << m_progress.rowsDone << "rows";
    push();
}

void SyncEngine::push()
{
    const QList<Mutation> batch = m_replica->pendingMutations(kPushBatch);
    if (batch.isEmpty()) {
        pull();
        return;
    }
    if (m_status != Status::InitialSync)
        setStatus(Status::Syncing);
    QJsonArray mutations;
    for (const Mutation &m : batch)
        mutations.append(m.toJson());
    const quint64 gen = m_generation;
    m_session->authorizedRequest(
        ApiClient::Method::Post, QStringLiteral("/api/sync/push"),
        QJsonObject{{QStringLiteral("clientId"), m_replica->clientId()},
                    {QStringLiteral("schemaVersion"), kSyncSchemaVersion},
                    {QStringLiteral("mutations"), mutations}},
        this, [this, gen](Result<QJsonObject> r) {
            if (gen != m_generation)
                return;
            if (!r)
                return fail(r.error());
            QList<MutationResult> results;
            const QJsonArray arr = r->value(QLatin1StringView("results")).toArray();
            for (const QJsonValue &v : arr) {
                const QJsonObject o = v.toObject();
                MutationResult res;
                res.mid = o.value(QLatin1StringView("mid")).toInteger();
                res.status = o.value(QLatin1StringView("status")).toString();
                res.code = o.value(QLatin1StringView("code")).toString();
                res.message = o.value(QLatin1StringView("message")).toString();
                const QJsonArray lost = o.value(QLatin1StringView("lost")).toArray();
                for (const QJsonValue &l : lost)
                    res.lost << l.toString();
                if (o.contains(QLatin1StringView("row"))) {
                    res.hasRow = true;
                    res.row = o.value(QLatin1StringView("row")).toArray();
                    const QJsonArray cols = o.value(QLatin1StringView("columns")).toArray();
                    for (const QJsonValue &c : cols)
                        res.columns << c.toString();
                }
                if (res.status == QLatin1String("rejected"))
                    qCWarning(lcSyncEngine) << "mutation" << res.mid << "rejected:" << res.code << res.message;
                results.append(res);
            }
            if (results.isEmpty())
                return fail(protocolError());
            if (auto ack = m_replica->acknowledge(results); !ack)
                return fail(ack.error());
            push(); // next batch, then pull
        });
}

void SyncEngine::pull()
{
    if (m_status != Status::InitialSync)
        setStatus(Status::Syncing);
    const quint64 gen = m_generation;
    const QString path = withQuery(QStringLiteral("/api/sync/pull"),
                                   {{QStringLiteral("cursor"), m_replica->cursor()},
                                    {QStringLiteral("limit"), QString::number(kPullPage)},
                                    {QStringLiteral("scopeVersion"), QString::number(m_replica->scopeVersion())},
                                    {QStringLiteral("schemaVersion"), QString::number(kSyncSchemaVersion)}});
    m_session->authorizedRequest(ApiClient::Method::Get, path, {}, this, [this, gen](Result<QJsonObject> r) {
        if (gen != m_generation)
            return;
        if (!r)
            return fail(r.error());
        if (r->value(QLatin1StringView("resync")).toBool()) {
            qCInfo(lcSyncEngine) << "access changed on the server: fresh snapshot";
            startSnapshot();
            return;
        }
        QHash<QString, QStringList> columns;
        const QJsonObject cols = r->value(QLatin1StringView("columns")).toObject();
        for (auto it = cols.begin(); it != cols.end(); ++it) {
            QStringList names;
            const QJsonArray arr = it.value().toArray();
            for (const QJsonValue &c : arr)
                names << c.toString();
            columns.insert(it.key(), names);
        }
        QList<PulledChange> changes;
        const QJsonArray arr = r->value(QLatin1StringView("changes")).toArray();
        changes.reserve(arr.size());
        for (const QJsonValue &v : arr) {
            const QJsonObject o = v.toObject();
            PulledChange c;
            c.table = o.value(QLatin1StringView("table")).toString();
            c.isDelete = o.value(QLatin1StringView("op")).toString() == QLatin1String("delete");
            c.id = o.value(QLatin1StringView("id")).toString();
            c.row = o.value(QLatin1StringView("row")).toArray();
            changes.append(c);
        }
        const QString cursor = r->value(QLatin1StringView("cursor")).toString();
        if (cursor.isEmpty())
            return fail(protocolError());
        if (auto applied = m_replica->applyChanges(columns, changes, cursor); !applied)
            return fail(applied.error());
        if (r->value(QLatin1StringView("more")).toBool())
            pull();
        else
            cycleDone();
    });
}

void SyncEngine::cycleDone()
{
    m_cycleActive = false;
    m_lastCompletedCycle = m_currentCycle;
    m_backoffMs = 0;
    m_lastError = Error{};
    m_replica->setLastSyncAt(QDateTime::currentDateTimeUtc());
    setStatus(Status::UpToDate);
    emit synced();
    if (m_again || m_replica->pendingCount() > 0) {
        m_again = false;
        syncNow();
    }
}

void SyncEngine::fail(const Error &error)
{
    ++m_generation; // answers still on their way belong to the failed cycle
    m_cycleActive = false;
    if (m_replica->snapshotInProgress())
        m_replica->abortSnapshot();
    m_lastError = error;
    qCWarning(lcSyncEngine) << "sync failed:" << error.code << error.message;
    setStatus(errors::isConnectivityError(error) ? Status::Offline : Status::Error);
    if (error.code == QLatin1String("schema_mismatch")) {
        // Only an update of the application fixes it: ask again rarely, keep the outbox intact.
        m_backoffMs = m_maxBackoffMs;
        m_retryTimer.start(m_maxBackoffMs);
        return;
    }
    scheduleRetry();
}

void SyncEngine::scheduleRetry()
{
    if (!m_running)
        return;
    m_backoffMs = m_backoffMs == 0 ? 1000 : std::min(m_backoffMs * 2, m_maxBackoffMs);
    m_retryTimer.start(m_backoffMs);
}

void SyncEngine::openLive()
{
    if (!m_running || !m_liveEnabled || m_socket)
        return;
    QUrl url = m_session->serverUrl();
    url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(url.path() + QStringLiteral("/api/sync/live"));
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    connect(socket, &QWebSocket::connected, this, [this, socket] {
        socket->sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("token"), m_session->accessToken()}})
                .toJson(QJsonDocument::Compact)));
    });
    connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &message) {
        const QString type = QJsonDocument::fromJson(message.toUtf8()).object().value(QLatin1StringView("type")).toString();
        if (type == QLatin1String("ready")) {
            m_live = true;
            emit liveChanged(true);
            syncNow(); // catch up on anything missed while the socket was down
        } else if (type == QLatin1String("changes")) {
            syncNow();
        }
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (m_live) {
            m_live = false;
            emit liveChanged(false);
        }
        socket->deleteLater();
        if (m_socket == socket)
            m_socket = nullptr;
        if (m_running)
            m_liveRetry.start(5000);
    });
    socket->open(url);
}

void SyncEngine::closeLive()
{
    if (m_socket) {
        QWebSocket *s = m_socket;
        m_socket = nullptr;
        s->disconnect(this);
        s->abort();
        s->deleteLater();
    }
    if (m_live) {
        m_live = false;
        emit liveChanged(false);
    }
}

} // namespace hector::sync
