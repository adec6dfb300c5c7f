#include "sync/ConnectionMonitor.h"

#include "sync/Logging.h"

#include <algorithm>

namespace hector::sync {

ConnectionMonitor::ConnectionMonitor(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    Q_ASSERT(m_api);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionMonitor::checkNow);
}

void ConnectionMonitor::setInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
}

std::chrono::milliseconds ConnectionMonitor::interval() const
{
    return m_interval;
}

void ConnectionMonitor::start()
{
    m_running = true;
    checkNow();
}

void ConnectionMonitor::stop()
{
    m_running = false;
    ++m_generation;
    m_timer.stop();
    if (m_checking) {
        m_checking = false;
        emit checkingChanged(false);
    }
}

bool ConnectionMonitor::isRunning() const
{
    return m_running;
}

void ConnectionMonitor::checkNow()
{
    if (m_checking)
        return;
    m_timer.stop();
    m_checking = true;
    emit checkingChanged(true);
    const quint64 generation = m_generation;
    m_api->health(this,
                  [this, generation](Result<HealthInfo> result) { onHealth(generation, result); });
}

void ConnectionMonitor::onHealth(quint64 generation, const Result<HealthInfo> &result)
{
    if (generation != m_generation)
        return;
    m_checking = false;
    m_lastCheck = QDateTime::currentDateTimeUtc();
    Status status = Status::Offline;
    if (result) {
        m_version = result->version;
        m_lastError = Error{};
        m_failures = 0;
        status = result->databaseOk ? Status::Online : Status::Degraded;
    } else {
        m_lastError = result.error();
        ++m_failures;
        qCInfo(lcSync) << "server health check failed:" << m_lastError.code;
    }
    scheduleNext();
    const bool changed = status != m_status;
    m_status = status;
    emit checkingChanged(false);
    if (changed)
        emit statusChanged(status);
    emit checked();
}

void ConnectionMonitor::scheduleNext()
{
    if (!m_running)
        return;
    std::chrono::milliseconds next = m_interval;
    if (m_failures > 0) {
        // While offline: 10 s, 20 s, then the normal interval.
        next = std::min(m_interval, std::chrono::milliseconds(10000) * std::min(m_failures, 3));
    }
    m_timer.start(next);
}

ConnectionMonitor::Status ConnectionMonitor::status() const
{
    return m_status;
}

bool ConnectionMonitor::isChecking() const
{
    return m_checking;
}

QString ConnectionMonitor::serverVersion() const
{
    return m_version;
}

Error ConnectionMonitor::lastError() const
{
    return m_lastError;
}

QDateTime ConnectionMonitor::lastCheck() const
{
    return m_lastCheck;
}

qint64 ConnectionMonitor::msecsUntilNextCheck() const
{
    if (!m_running || m_checking || !m_timer.isActive())
        return -1;
    return m_timer.remainingTime();
}

} // namespace hector::sync
