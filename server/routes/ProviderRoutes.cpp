// Issue #7: job queue and schedules (admin), enrichment, geocoding, company search, API quotas.
#include "jobs/CronScheduler.h"
#include "jobs/JobQueue.h"
#include "providers/ProviderHttp.h"
#include "routes/RouteSupport.h"
#include "routes/Routes.h"
#include "services/CompanySearchService.h"
#include "services/EnrichmentService.h"
#include "services/GeoService.h"

namespace hector::server {

using namespace routes;

namespace {
Result<QJsonObject> bodyOf(const HttpRequest &req)
{
    return req.body.trimmed().isEmpty() ? Result<QJsonObject>(QJsonObject{}) : req.jsonBody();
}

HttpResponse withStatus(const Result<QJsonObject> &r, int status)
{
    if (!r)
        return errorResponse(r.error());
    return HttpResponse::json(*r, status);
}

// A handler given the request's JSON body (an empty body reads as {}).
template<typename F>
HttpHandler jsonHandler(AuthService &auth, int status, F call)
{
    return authenticated(auth, [status, call](const HttpRequest &req, const AuthUser &caller) {
        auto body = bodyOf(req);
        if (!body)
            return errorResponse(body.error());
        return withStatus(call(req, caller, *body), status);
    });
}

template<typename F>
HttpHandler getHandler(AuthService &auth, F call)
{
    return authenticated(auth, [call](const HttpRequest &req, const AuthUser &caller) { return jsonOrError(call(req, caller)); });
}
} // namespace

void registerProviderRoutes(HttpServer &http, AuthService &auth, ProviderRouteServices s)
{
    using M = HttpServer::Method;
    JobQueue &jobs = s.jobs;
    CronScheduler &cron = s.cron;
    EnrichmentService &enrichment = s.enrichment;
    GeoService &geo = s.geo;
    CompanySearchService &companies = s.companies;
    ProviderHttp &providers = s.providers;

    // Jobs and schedules (administrators).
    http.addRoute(M::Get, QStringLiteral("/api/admin/jobs"),
                  getHandler(auth, [&jobs](const HttpRequest &req, const AuthUser &caller) { return jobs.list(caller, req.query); }));
    http.addRoute(M::Post, QStringLiteral("/api/admin/jobs/<arg>/retry"),
                  jsonHandler(auth, 200, [&jobs](const HttpRequest &req, const AuthUser &caller, const QJsonObject &) {
                      return jobs.retry(caller, req.pathArgs.value(0));
                  }));
    http.addRoute(M::Post, QStringLiteral("/api/admin/jobs/<arg>/cancel"),
                  jsonHandler(auth, 200, [&jobs](const HttpRequest &req, const AuthUser &caller, const QJsonObject &) {
                      return jobs.cancel(caller, req.pathArgs.value(0));
                  }));
    http.addRoute(M::Get, QStringLiteral("/api/admin/schedules"),
                  getHandler(auth, [&cron](const HttpRequest &, const AuthUser &caller) { return cron.schedules(caller); }));
    http.addRoute(M::Put, QStringLiteral("/api/admin/schedules/<arg>"),
                  jsonHandler(auth, 200, [&cron](const HttpRequest &req, const AuthUser &caller, const QJsonObject &body) {
                      return cron.setEnabled(caller, req.pathArgs.value(0), body, contextOf(req));
                  }));
    http.addRoute(M::Post, QStringLiteral("/api/admin/schedules/<arg>/run"),
                  jsonHandler(auth, 200, [&cron](const HttpRequest &req, const AuthUser &caller, const QJsonObject &) {
                      return cron.runNow(caller, req.pathArgs.value(0), contextOf(req));
                  }));

    // Enrichment.
    http.addRoute(M::Post, QStringLiteral("/api/crm/prospects/<arg>/enrich"),
                  jsonHandler(auth, 202, [&enrichment](const HttpRequest &req, const AuthUser &caller, const QJsonObject &) {
                      return enrichment.request(caller, req.pathArgs.value(0));
                  }));
    http.addRoute(M::Get, QStringLiteral("/api/admin/auto-enrichment/stats"),
                  getHandler(auth, [&enrichment, &cron](const HttpRequest &, const AuthUser &caller) -> Result<QJsonObject> {
                      if (caller.user.role != Role::Admin)
                          return enrichment.stats(caller, {});
                      auto schedules = cron.schedules(caller);
                      QJsonObject lastRun;
                      if (schedules) {
                          for (const QJsonValue &v : schedules->value(QLatin1StringView("schedules")).toArray()) {
                              if (v.toObject().value(QLatin1StringView("job")).toString() == QLatin1String("enrichment"))
                                  lastRun = v.toObject().value(QLatin1StringView("lastRun")).toObject();
                          }
                      }
                      return enrichment.stats(caller, lastRun);
                  }));
    http.addRoute(M::Post, QStringLiteral("/api/admin/auto-enrichment/backfill"),
                  jsonHandler(auth, 200, [&enrichment](const HttpRequest &, const AuthUser &caller, const QJsonObject &body) {
                      return enrichment.backfill(caller, body);
                  }));

    // Geocoding.
    http.addRoute(M::Post, QStringLiteral("/api/geo/geocode/batch"),
                  jsonHandler(auth, 202, [&geo](const HttpRequest &, const AuthUser &caller, const QJsonObject &body) {
                      return geo.batch(caller, body);
                  }));
    http.addRoute(M::Post, QStringLiteral("/api/geo/geocode"),
                  jsonHandler(auth, 200, [&geo](const HttpRequest &req, const AuthUser &caller, const QJsonObject &body) {
                      return geo.geocode(caller, body, contextOf(req));
                  }));
    http.addRoute(M::Get, QStringLiteral("/api/geo/stats"),
                  getHandler(auth, [&geo](const HttpRequest &, const AuthUser &caller) { return geo.stats(caller); }));

    // Company search (module 13).
    http.addRoute(M::Get, QStringLiteral("/api/company-search"),
                  getHandler(auth, [&companies](const HttpRequest &req, const AuthUser &caller) { return companies.search(caller, req.query); }));
    http.addRoute(M::Post, QStringLiteral("/api/company-search/<arg>/prospect"),
                  withBody(auth, "prospect", 201, [&companies](const HttpRequest &req, const AuthUser &caller, const QJsonObject &body) {
                      return companies.createProspect(caller, req.pathArgs.value(0), body, contextOf(req));
                  }));
    http.addRoute(M::Get, QStringLiteral("/api/company-search/<arg>"),
                  getHandler(auth, [&companies](const HttpRequest &req, const AuthUser &caller) {
                      return companies.details(caller, req.pathArgs.value(0));
                  }));

    // API quotas and incidents (module 26, administrators).
    http.addRoute(M::Get, QStringLiteral("/api/admin/api-quotas"),
                  getHandler(auth, [&providers](const HttpRequest &, const AuthUser &caller) { return providers.quotas(caller); }));
    http.addRoute(M::Put, QStringLiteral("/api/admin/api-quotas/<arg>"),
                  jsonHandler(auth, 200, [&providers](const HttpRequest &req, const AuthUser &caller, const QJsonObject &body) {
                      return providers.updateQuota(caller, req.pathArgs.value(0), body);
                  }));
    http.addRoute(M::Post, QStringLiteral("/api/admin/api-quotas/<arg>/reset"),
                  jsonHandler(auth, 200, [&providers](const HttpRequest &req, const AuthUser &caller, const QJsonObject &) {
                      return providers.resetQuota(caller, req.pathArgs.value(0));
                  }));
    http.addRoute(M::Get, QStringLiteral("/api/admin/api-incidents"),
                  getHandler(auth, [&providers](const HttpRequest &req, const AuthUser &caller) { return providers.incidents(caller, req.query); }));
}

} // namespace hector::server
