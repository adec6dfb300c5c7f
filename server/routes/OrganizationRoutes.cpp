#include "routes/RouteSupport.h"
#include "routes/Routes.h"
#include "services/OrganizationService.h"

namespace hector::server {

using namespace routes;

void registerOrganizationRoutes(HttpServer &http, AuthService &auth, OrganizationService &org)
{
    using M = HttpServer::Method;

    http.addRoute(M::Get, QStringLiteral("/api/organization/entities"),
                  authenticated(auth, [&org](const HttpRequest &, const AuthUser &caller) {
                      return wrapped(org.entities(caller), "entities");
                  }));
    http.addRoute(M::Get, QStringLiteral("/api/organization/stats"),
                  authenticated(auth, [&org](const HttpRequest &, const AuthUser &caller) {
                      return wrapped(org.stats(caller), "entities");
                  }));

    http.addRoute(M::Get, QStringLiteral("/api/admin/organizations"),
                  authenticated(auth, [&org](const HttpRequest &, const AuthUser &caller) {
                      return wrapped(org.organizations(caller), "organizations");
                  }));
    http.addRoute(M::Get, QStringLiteral("/api/admin/organizations/<arg>"),
                  authenticated(auth, [&org](const HttpRequest &req, const AuthUser &caller) {
                      return wrapped(org.organization(caller, req.pathArgs.value(0)), "organization");
                  }));
    http.addRoute(M::Put, QStringLiteral("/api/admin/organizations/<arg>"),
                  authenticated(auth, [&org](const HttpRequest &req, const AuthUser &caller) {
                      auto body = req.jsonBody();
                      if (!body)
                          return errorResponse(body.error());
                      return wrapped(org.updateOrganization(caller, req.pathArgs.value(0), *body, contextOf(req)),
                                     "organization");
                  }));

    http.addRoute(M::Post, QStringLiteral("/api/admin/entities"),
                  authenticated(auth, [&org](const HttpRequest &req, const AuthUser &caller) {
                      auto body = req.jsonBody();
                      if (!body)
                          return errorResponse(body.error());
                      return wrapped(org.createEntity(caller, *body, contextOf(req)), "entity", 201);
                  }));
    http.addRoute(M::Put, QStringLiteral("/api/admin/entities/<arg>"),
                  authenticated(auth, [&org](const HttpRequest &req, const AuthUser &caller) {
                      auto body = req.jsonBody();
                      if (!body)
                          return errorResponse(body.error());
                      return wrapped(org.updateEntity(caller, req.pathArgs.value(0), *body, contextOf(req)), "entity");
                  }));
    http.addRoute(M::Delete, QStringLiteral("/api/admin/entities/<arg>"),
                  authenticated(auth, [&org](const HttpRequest &req, const AuthUser &caller) {
                      return wrapped(org.deleteEntity(caller, req.pathArgs.value(0), contextOf(req)), "entity");
                  }));
}

} // namespace hector::server
