#include "routes/RouteSupport.h"
#include "routes/Routes.h"
#include "services/TeamService.h"

namespace hector::server {

using namespace routes;

void registerTeamRoutes(HttpServer &http, AuthService &auth, TeamService &teams)
{
    using M = HttpServer::Method;

    http.addRoute(M::Get, QStringLiteral("/api/admin/teams"),
                  authenticated(auth, [&teams](const HttpRequest &, const AuthUser &caller) {
                      return wrapped(teams.list(caller), "teams");
                  }));
    http.addRoute(M::Get, QStringLiteral("/api/admin/teams/stats"),
                  authenticated(auth, [&teams](const HttpRequest &req, const AuthUser &caller) {
                      auto r = teams.stats(caller, req.query.queryItemValue(QStringLiteral("month")));
                      if (!r)
                          return errorResponse(r.error());
                      return HttpResponse::json(*r);
                  }));
    http.addRoute(M::Get, QStringLiteral("/api/admin/teams/<arg>"),
                  authenticated(auth, [&teams](const HttpRequest &req, const AuthUser &caller) {
                      return wrapped(teams.get(caller, req.pathArgs.value(0)), "team");
                  }));
    http.addRoute(M::Post, QStringLiteral("/api/admin/teams"),
                  authenticated(auth, [&teams](const HttpRequest &req, const AuthUser &caller) {
                      auto body = req.jsonBody();
                      if (!body)
                          return errorResponse(body.error());
                      return wrapped(teams.create(caller, *body, contextOf(req)), "team", 201);
                  }));
    http.addRoute(M::Put, QStringLiteral("/api/admin/teams/<arg>"),
                  authenticated(auth, [&teams](const HttpRequest &req, const AuthUser &caller) {
                      auto body = req.jsonBody();
                      if (!body)
                          return errorResponse(body.error());
                      return wrapped(teams.update(caller, req.pathArgs.value(0), *body, contextOf(req)), "team");
                  }));
    http.addRoute(M::Delete, QStringLiteral("/api/admin/teams/<arg>"),
                  authenticated(auth, [&teams](const HttpRequest &req, const AuthUser &caller) {
                      return wrapped(teams.remove(caller, req.pathArgs.value(0), contextOf(req)), "team");
                  }));
    http.addRoute(M::Get, QStringLiteral("/api/admin/teams/<arg>/candidates"),
                  authenticated(auth, [&teams](const HttpRequest &req, const AuthUser &caller) {
                      return wrapped(teams.candidates(caller, req.pathArgs.value(0)), "users");
                  }));
    http.addRoute(M::Post, QStringLiteral("/api/admin/teams/<arg>/members"),
                  authenticated(auth, [&teams](const HttpRequest &req, const AuthUser &caller) {
                      auto body = req.jsonBody();
                      if (!body)
                          return errorResponse(body.error());
                      return wrapped(teams.addMember(caller, req.pathArgs.value(0), *body, contextOf(req)), "team", 201);
                  }));
    http.addRoute(M::Delete, QStringLiteral("/api/admin/teams/<arg>/members/<arg>"),
                  authenticated(auth, [&teams](const HttpRequest &req, const AuthUser &caller) {
                      auto r = teams.removeMember(caller, req.pathArgs.value(0), req.pathArgs.value(1), contextOf(req));
                      if (!r)
                          return errorResponse(r.error());
                      return HttpResponse::json(QJsonObject{{QStringLiteral("ok"), true}});
                  }));
    http.addRoute(M::Put, QStringLiteral("/api/admin/teams/<arg>/objectives/<arg>"),
                  authenticated(auth, [&teams](const HttpRequest &req, const AuthUser &caller) {
                      auto body = req.jsonBody();
                      if (!body)
                          return errorResponse(body.error());
                      return wrapped(teams.setObjective(caller, req.pathArgs.value(0), req.pathArgs.value(1), *body,
                                                        contextOf(req)),
                                     "objective");
                  }));
}

} // namespace hector::server
