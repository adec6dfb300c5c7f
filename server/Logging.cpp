#include "server/Logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <mutex>

Q_LOGGING_CATEGORY(lcServer, "hector.server")
Q_LOGGING_CATEGORY(lcHttp, "hector.server.http")
Q_LOGGING_CATEGORY(lcDb, "hector.server.db")
Q_LOGGING_CATEGORY(lcAuth, "hector.server.auth")
Q_LOGGING_CATEGORY(lcServerSync, "hector.server.sync")
Q_LOGGING_CATEGORY(lcServerCrm, "hector.server.crm")
Q_LOGGING_CATEGORY(lcServerCron, "hector.server.cron")

namespace hector::server {

namespace {
const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "error";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

void jsonHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static std::mutex mutex;
    const QJsonObject line{
        {QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("level"), QLatin1String(levelName(type))},
        {QStringLiteral("category"),
         QLatin1String(context.category ? context.category : "default")},
        {QStringLiteral("msg"), message},
    };
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact);
    std::lock_guard lock(mutex);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
    if (type == QtFatalMsg)
        std::abort();
}
} // namespace

void installJsonLogHandler()
{
    qInstallMessageHandler(jsonHandler);
}

} // namespace hector::server
