#include "db/Database.h"
#include "http/HttpServer.h"
#include "routes/Routes.h"

#include <QDateTime>

namespace hector::server {

void registerHealthRoutes(HttpServer &http, Database &db)
{
    http.addRoute(HttpServer::Method::Get, QStringLiteral("/api/health"), [&db](const HttpRequest &) {
        const bool dbOk = db.ping();
        return HttpResponse::json(
            QJsonObject{
                {QStringLiteral("status"), dbOk ? QStringLiteral("ok") : QStringLiteral("degraded")},
                {QStringLiteral("service"), QStringLiteral("hector-server")},
                {QStringLiteral("version"), QStringLiteral(HECTOR_VERSION)},
                {QStringLiteral("database"), dbOk ? QStringLiteral("ok") : QStringLiteral("unavailable")},
                {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            },
            dbOk ? 200 : 503);
    });
}

} // namespace hector::server
