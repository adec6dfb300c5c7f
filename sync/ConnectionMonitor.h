#pragma once

#include "core/Error.h"
#include "sync/ApiClient.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <chrono>

namespace hector::sync {

// Watches whether the server answers: GET /api/health every 30 s, and on demand.
// While offline it retries sooner (10 s, then 20 s, then every 30 s).
class ConnectionMonitor : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Unknown,  // not checked yet
        Online,   // the server answers and its database is up
        Degraded, // the server answers but reports its database unavailable
        Offline,  // the server could not be reached
    };
    Q_ENUM(Status)

    static constexpr std::chrono::milliseconds kDefaultInterval{30000};

    explicit ConnectionMonitor(ApiClient *api, QObject *parent = nullptr);

    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const;

    void start();
    void stop();
    bool isRunning() const;
    // Checks now (and restarts the period); ignored while a check is in flight.
    void checkNow();

    Status status() const;
    bool isChecking() const;
    QString serverVersion() const;
    Error lastError() const;
    QDateTime lastCheck() const;
    // Milliseconds until the next automatic check; -1 when stopped or checking.
    qint64 msecsUntilNextCheck() const;

signals:
    void statusChanged(hector::sync::ConnectionMonitor::Status status);
    void checkingChanged(bool checking);
    void checked();

private:
    void onHealth(quint64 generation, const Result<HealthInfo> &result);
    void scheduleNext();

    ApiClient *m_api;
    QTimer m_timer;
    std::chrono::milliseconds m_interval = kDefaultInterval;
    Status m_status = Status::Unknown;
    QString m_version;
    Error m_lastError;
    QDateTime m_lastCheck;
    bool m_running = false;
    bool m_checking = false;
    int m_failures = 0;
    quint64 m_generation = 0;
};

} // namespace hector::sync
