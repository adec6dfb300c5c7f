#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>

namespace hector::server {

class Database;

namespace jobs {

// The nightly housekeeping (04:00 Europe/Paris), on the owner connection, one transaction: the
// tables that only grow lose what nobody reads any more.
//   provider_calls  older than 400 days (the quotas read the current day and month; a year of
//                   usage stays for the budget history)
//   api_incidents   older than 400 days
//   jobs            done or cancelled more than 30 days ago (failed and dead ones stay until an
//                   administrator retries or they are 400 days old)
// {"providerCalls", "incidents", "jobs"}: the rows removed.
Result<QJsonObject> housekeeping(Database &owner, const QDateTime &now);

inline constexpr int kUsageRetentionDays = 400;
inline constexpr int kFinishedJobRetentionDays = 30;

} // namespace jobs
} // namespace hector::server
