#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWebSocket;

namespace hector::sync {

class LocalReplica;
class SessionManager;

// Drives the replica: initial snapshot, push of the outbox, pull of the change feed, live
// notifications over a WebSocket (falls back to polling), retries with exponential backoff.
// All on the GUI thread, asynchronous.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Stopped,
        Offline,      // the server cannot be reached; retrying
        InitialSync,  // downloading the first snapshot
        Syncing,
        UpToDate,
        Error,        // the server refused something; retrying later
    };
    Q_ENUM(Status)

    struct Progress
    {
        qint64 rowsDone = 0;
        qint64 rowsTotal = 0; // 0 when unknown
        double rowsPerSecond = 0;
    };

    SyncEngine(LocalReplica *replica, SessionManager *session, QObject *parent = nullptr);
    ~SyncEngine() override;

    void start();
    void stop();
    // Runs a sync cycle as soon as possible (also called on local changes and live notices).
    void syncNow();

    Status status() const { return m_status; }
    QString statusText() const;
    Error lastError() const { return m_lastError; }
    int pendingCount() const;
    QDateTime lastSyncAt() const;
    bool isLive() const { return m_live; }
    Progress progress() const { return m_progress; }
    LocalReplica *replica() const { return m_replica; }

    // Test hooks.
    void setPollInterval(int ms) { m_pollTimer.setInterval(ms); }
    void setMaxBackoff(int ms) { m_maxBackoffMs = ms; }
    void setLiveEnabled(bool enabled) { m_liveEnabled = enabled; }

    // Cycles are numbered as they start; a caller that wants "a cycle that began after now"
    // waits until lastCompletedCycle() reaches startedCycles() + 1 (read before syncNow()).
    quint64 startedCycles() const { return m_cyclesStarted; }
    quint64 lastCompletedCycle() const { return m_lastCompletedCycle; }

signals:
    void statusChanged(hector::sync::SyncEngine::Status status);
    void progressChanged(const hector::sync::SyncEngine::Progress &progress);
    void pendingCountChanged(int count);
    // A cycle finished with everything pushed and pulled.
    void synced();
    void liveChanged(bool live);

private:
    void runCycle();
    void startSnapshot();
    void fetchSnapshotPage(int tableIndex, const QString &after);
    void finishSnapshot();
    void push();
    void pull();
    void cycleDone();
    void fail(const Error &error);
    void setStatus(Status status);
    void scheduleRetry();
    void openLive();
    void closeLive();

    LocalReplica *m_replica;
    SessionManager *m_session;
    Status m_status = Status::Stopped;
    Error m_lastError;
    bool m_running = false;
    bool m_cycleActive = false;
    bool m_again = false;
    quint64 m_cyclesStarted = 0;
    quint64 m_currentCycle = 0;
    quint64 m_lastCompletedCycle = 0;
    int m_backoffMs = 0;
    int m_maxBackoffMs = 60000;
    quint64 m_generation = 0;
    QTimer m_retryTimer;
    QTimer m_pollTimer;
    QTimer m_debounce;

    // snapshot
    QStringList m_snapshotTables;
    QString m_snapshotCursor;
    qint64 m_snapshotScope = 0;
    int m_snapshotPagesInFlight = 0;
    Progress m_progress;
    QElapsedTimer m_progressClock;

    // live
    bool m_liveEnabled = true;
    bool m_live = false;
    QPointer<QWebSocket> m_socket;
    QTimer m_liveRetry;
};

} // namespace hector::sync
