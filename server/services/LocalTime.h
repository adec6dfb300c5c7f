#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace hector::server::localtime {

// The organisation's time zone (France, Luxembourg and Belgium share it): cron schedules, months of
// objectives and dashboards.
inline const QTimeZone &zone()
{
    static const QTimeZone tz(QByteArrayLiteral("Europe/Paris"));
    return tz;
}

// "YYYY-MM" of `utc` in that zone.
inline QString monthOf(const QDateTime &utc)
{
    return utc.toTimeZone(zone()).date().toString(QStringLiteral("yyyy-MM"));
}

// The instant (UTC) of `time` on the local day of `utc`.
inline QDateTime sameDayAt(const QDateTime &utc, QTime time)
{
    return QDateTime(utc.toTimeZone(zone()).date(), time, zone()).toUTC();
}

// Midnight (UTC instant) starting the local month "YYYY-MM" `months` months after `month` (0: its
// own start); invalid for a malformed month.
inline QDateTime monthStart(const QString &month, int months = 0)
{
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    if (!first.isValid() || month.size() != 7)
        return {};
    return QDateTime(first.addMonths(months), QTime(0, 0), zone()).toUTC();
}

} // namespace hector::server::localtime
