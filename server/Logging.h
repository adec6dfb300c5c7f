#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcServerSync)
Q_DECLARE_LOGGING_CATEGORY(lcServerCrm)
Q_DECLARE_LOGGING_CATEGORY(lcServerCron)

namespace hector::server {
// Structured logs: one JSON object per line on stderr ({"ts","level","category","msg"}).
void installJsonLogHandler();
} // namespace hector::server
