#include "http/HttpServer.h"
#include "routes/Routes.h"
#include "services/AuthService.h"
#include "services/SyncService.h"

#include <QCoreApplication>

namespace hector::server {

namespace {
HttpResponse jsonBody(QByteArray body)
{
    HttpResponse r;
    r.body = std::move(body);
    return r;
}

// A sync endpoint: only for a signed-in caller (401 otherwise).
template<typename F>
HttpHandler syncHandler(AuthService &auth, F handler)
{
    return [&auth, handler](const HttpRequest &req) -> HttpResponse {
        auto caller = auth.authenticate(req.bearerToken());
        if (!caller)
            return errorResponse(caller.error());
        return handler(req, *caller);
    };
}

QString param(const HttpRequest &req, const char *name)
{
    return req.query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

Result<qint64> integerParam(const HttpRequest &req, const char *name, bool required, qint64 fallback)
{
    const QString text = param(req, name);
    if (text.isEmpty() && !required)
        return fallback;
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok) {
        return makeError(QStringLiteral("invalid_request"),
                         QCoreApplication::translate("hector::server", "Le paramètre « %1 » doit être un nombre.")
                             .arg(QLatin1String(name)));
    }
    return v;
}
} // namespace

void registerSyncRoutes(HttpServer &http, AuthService &auth, SyncService &sync)
{
    using M = HttpServer::Method;

    http.addRoute(M::Post, QStringLiteral("/api/sync/snapshot/start"),
                  syncHandler(auth, [&sync](const HttpRequest &req, const AuthUser &caller) {
                      auto body = req.jsonBody();
                      if (!body)
                          return errorResponse(body.error());
                      const QJsonValue version = body->value(QLatin1StringView("schemaVersion"));
                      const QString v = version.isDouble() ? QString::number(version.toInteger())
                                                           : version.toString();
                      if (auto schema = SyncService::checkSchemaVersion(v); !schema)
                          return errorResponse(schema.error());
                      auto r = sync.startSnapshot(caller);
                      if (!r)
                          return errorResponse(r.error());
                      return jsonBody(std::move(*r));
                  }));

    http.addRoute(M::Get, QStringLiteral("/api/sync/snapshot"),
                  syncHandler(auth, [&sync](const HttpRequest &req, const AuthUser &caller) {
                      if (auto schema = SyncService::checkSchemaVersion(param(req, "schemaVersion")); !schema)
                          return errorResponse(schema.error());
                      auto limit = integerParam(req, "limit", false, SyncService::kMaxSnapshotPage);
                      if (!limit)
                          return errorResponse(limit.error());
                      auto r = sync.snapshotPage(caller, param(req, "table"), param(req, "after"), int(*limit));
                      if (!r)
                          return errorResponse(r.error());
                      return jsonBody(std::move(*r));
                  }));

    http.addRoute(M::Get, QStringLiteral("/api/sync/pull"),
                  syncHandler(auth, [&sync](const HttpRequest &req, const AuthUser &caller) {
                      if (auto schema = SyncService::checkSchemaVersion(param(req, "schemaVersion")); !schema)
                          return errorResponse(schema.error());
                      auto limit = integerParam(req, "limit", false, SyncService::kDefaultPullLimit);
                      if (!limit)
                          return errorResponse(limit.error());
                      auto scope = integerParam(req, "scopeVersion", true, 0);
                      if (!scope)
                          return errorResponse(scope.error());
                      auto r = sync.pull(caller, param(req, "cursor"), int(*limit), *scope);
                      if (!r)
                          return errorResponse(r.error());
                      return jsonBody(std::move(*r));
                  }));

    http.addRoute(M::Post, QStringLiteral("/api/sync/push"),
                  syncHandler(auth, [&sync](const HttpRequest &req, const AuthUser &caller) {
                      auto body = req.jsonBody();
                      if (!body)
                          return errorResponse(body.error());
                      const QJsonValue version = body->value(QLatin1StringView("schemaVersion"));
                      const QString v = version.isDouble() ? QString::number(version.toInteger())
                                                           : version.toString();
                      if (auto schema = SyncService::checkSchemaVersion(v); !schema)
                          return errorResponse(schema.error());
                      auto r = sync.push(caller, *body, req.remoteAddress);
                      if (!r)
                          return errorResponse(r.error());
                      return HttpResponse::json(*r);
                  }));
}

} // namespace hector::server
