#include "http/HttpServer.h"
#include "routes/RouteSupport.h"
#include "routes/Routes.h"
#include "server/ocr/OcrService.h"

namespace hector::server {

using namespace routes;

namespace {
// The OCR error codes carry their own statuses (413, 429 with Retry-After, 502, 503…).
HttpResponse ocrResponse(const Result<QJsonObject> &r)
{
    if (r)
        return HttpResponse::json(*r);
    const int status = OcrService::httpStatus(r.error());
    if (status == 0)
        return errorResponse(r.error());
    // HttpResponse::error adds Retry-After from details.retryAfterSeconds (429).
    return HttpResponse::error(status, r.error());
}
} // namespace

void registerOcrRoutes(HttpServer &http, AuthService &auth, OcrService &ocr)
{
    using M = HttpServer::Method;
    http.addRoute(M::Get, QStringLiteral("/api/ocr/engines"),
                  authenticated(auth, [&ocr](const HttpRequest &, const AuthUser &) {
                      return HttpResponse::json(ocr.engines());
                  }));
    http.addRoute(M::Post, QStringLiteral("/api/ocr/business-card"),
                  authenticated(auth, [&ocr](const HttpRequest &req, const AuthUser &caller) {
                      auto body = req.jsonBody();
                      if (!body)
                          return errorResponse(body.error());
                      return ocrResponse(ocr.scanBusinessCard(caller, *body));
                  }));
    http.addRoute(M::Post, QStringLiteral("/api/ocr/events"),
                  authenticated(auth, [&ocr](const HttpRequest &req, const AuthUser &caller) {
                      auto body = req.jsonBody();
                      if (!body)
                          return errorResponse(body.error());
                      return ocrResponse(ocr.recordEvents(caller, *body));
                  }));
    // Module 25: /api/admin/ocr/stats, and its historical route /api/ocr/analytics.
    for (const QString &path : {QStringLiteral("/api/admin/ocr/stats"), QStringLiteral("/api/ocr/analytics")}) {
        http.addRoute(M::Get, path, authenticated(auth, [&ocr](const HttpRequest &req, const AuthUser &caller) {
                          return ocrResponse(ocr.stats(caller, req.query));
                      }));
    }
}

} // namespace hector::server
