#include "http/HttpServer.h"
#include "routes/Routes.h"
#include "services/AuditService.h"
#include "services/AuthService.h"

namespace hector::server {

namespace {
template<typename F>
HttpHandler authenticated(AuthService &auth, F handler)
{
    return [&auth, handler](const HttpRequest &req) -> HttpResponse {
        auto caller = auth.authenticate(req.bearerToken());
        if (!caller)
            return errorResponse(caller.error());
        return handler(req, *caller);
    };
}

HttpResponse jsonOrError(const Result<QJsonObject> &r)
{
    if (!r)
        return errorResponse(r.error());
    return HttpResponse::json(*r);
}
} // namespace

void registerAuditRoutes(HttpServer &http, AuthService &auth, AuditService &audit)
{
    using M = HttpServer::Method;

    http.addRoute(M::Get, QStringLiteral("/api/admin/audit-logs"),
                  authenticated(auth, [&audit](const HttpRequest &req, const AuthUser &caller) {
                      return jsonOrError(audit.list(caller, req.query));
                  }));

    http.addRoute(M::Get, QStringLiteral("/api/admin/audit-logs/stats"),
                  authenticated(auth, [&audit](const HttpRequest &req, const AuthUser &caller) {
                      return jsonOrError(audit.stats(caller, req.query));
                  }));

    http.addRoute(M::Get, QStringLiteral("/api/admin/audit-logs/export.csv"),
                  authenticated(auth, [&audit](const HttpRequest &req, const AuthUser &caller) {
                      auto csv = audit.exportCsv(caller, req.query);
                      if (!csv)
                          return errorResponse(csv.error());
                      HttpResponse r;
                      r.contentType = QByteArrayLiteral("text/csv; charset=utf-8");
                      r.body = *csv;
                      r.headers.append({QByteArrayLiteral("Content-Disposition"),
                                        QByteArrayLiteral("attachment; filename=\"journal-audit.csv\"")});
                      return r;
                  }));
}

} // namespace hector::server
