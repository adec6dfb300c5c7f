#include "jobs/CronScheduler.h"
#include "routes/RouteSupport.h"
#include "routes/Routes.h"
#include "services/DashboardService.h"
#include "services/OpportunityService.h"
#include "services/TeamService.h"

namespace hector::server {

using namespace routes;

namespace {
// GET `path` answering the service's object as it is.
template<typename F>
void addGet(HttpServer &http, AuthService &auth, const QString &path, F call)
{
    http.addRoute(HttpServer::Method::Get, path, authenticated(auth, [call](const HttpRequest &req, const AuthUser &caller) {
                      return jsonOrError(call(req, caller));
                  }));
}
} // namespace

void registerOpportunityRoutes(HttpServer &http, AuthService &auth, OpportunityService &opportunities,
                               DashboardService &dashboards, TeamService &teams, CronScheduler &cron)
{
    using M = HttpServer::Method;
    const QString base = QStringLiteral("/api/opportunities");

    // Fixed paths before the "<arg>" ones: the first matching route wins.
    addGet(http, auth, base + QStringLiteral("/objectives"), [&teams](const HttpRequest &req, const AuthUser &caller) {
        return teams.objectives(caller, records::param(req.query, "month"), records::param(req.query, "teamId"));
    });
    http.addRoute(M::Post, base + QStringLiteral("/objectives"),
                  withBody(auth, "objective", 200,
                           [&teams](const HttpRequest &req, const AuthUser &caller, const QJsonObject &body) {
                               return teams.saveObjective(caller, body, contextOf(req));
                           }));
    addGet(http, auth, base + QStringLiteral("/dashboard/commercial"),
           [&dashboards](const HttpRequest &req, const AuthUser &caller) { return dashboards.commercial(caller, req.query); });
    addGet(http, auth, base + QStringLiteral("/dashboard/manager"),
           [&dashboards](const HttpRequest &req, const AuthUser &caller) { return dashboards.manager(caller, req.query); });
    http.addRoute(M::Post, base + QStringLiteral("/trigger-worker"),
                  authenticated(auth, [&cron](const HttpRequest &req, const AuthUser &caller) {
                      auto body = req.body.trimmed().isEmpty() ? Result<QJsonObject>(QJsonObject{}) : req.jsonBody();
                      if (!body)
                          return errorResponse(body.error());
                      return jsonOrError(cron.trigger(caller, *body, contextOf(req)));
                  }));

    addRecordRoutes(http, auth, base, "opportunity", opportunities, M::Patch);

    // Activities and notes of an opportunity: list (GET) and add (POST, 201).
    using List = Result<QJsonObject> (OpportunityService::*)(const AuthUser &, const QString &, const QUrlQuery &);
    using Add = Result<QJsonObject> (OpportunityService::*)(const AuthUser &, const QString &, const QJsonObject &,
                                                            const RequestContext &);
    const std::tuple<const char *, const char *, List, Add> children[] = {
        {"/<arg>/activities", "activity", &OpportunityService::activities, &OpportunityService::addActivity},
        {"/<arg>/notes", "note", &OpportunityService::notes, &OpportunityService::addNote}};
    for (const auto &[suffix, key, list, add] : children) {
        const QString path = base + QLatin1String(suffix);
        addGet(http, auth, path, [&opportunities, list](const HttpRequest &req, const AuthUser &caller) {
            return (opportunities.*list)(caller, req.pathArgs.value(0), req.query);
        });
        http.addRoute(M::Post, path,
                      withBody(auth, key, 201,
                               [&opportunities, add](const HttpRequest &req, const AuthUser &caller, const QJsonObject &body) {
                                   return (opportunities.*add)(caller, req.pathArgs.value(0), body, contextOf(req));
                               }));
    }
    addGet(http, auth, base + QStringLiteral("/<arg>/scoring-history"),
           [&opportunities](const HttpRequest &req, const AuthUser &caller) {
               return opportunities.scoringHistory(caller, req.pathArgs.value(0), req.query);
           });

    // Module 24 and the cron runs.
    addGet(http, auth, QStringLiteral("/api/crm/analytics/dashboard"),
           [&dashboards](const HttpRequest &req, const AuthUser &caller) { return dashboards.analytics(caller, req.query); });
    addGet(http, auth, QStringLiteral("/api/admin/cron-runs"),
           [&cron](const HttpRequest &req, const AuthUser &caller) { return cron.runs(caller, req.query); });
}

} // namespace hector::server
