#pragma once

#include <QDateTime>

#include <atomic>
#include <mutex>

namespace hector::server {

// Time source of the services, injectable so tests can move time (lockouts, expiries, cron).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::currentDateTimeUtc()) : m_now(std::move(start)) {}
    QDateTime now() const override
    {
        std::lock_guard lock(m_mutex);
        return m_now;
    }
    void advance(qint64 seconds)
    {
        std::lock_guard lock(m_mutex);
        m_now = m_now.addSecs(seconds);
    }
    void set(const QDateTime &t)
    {
        std::lock_guard lock(m_mutex);
        m_now = t;
    }

private:
    mutable std::mutex m_mutex;
    QDateTime m_now;
};

} // namespace hector::server
