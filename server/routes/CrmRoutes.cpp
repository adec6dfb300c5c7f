#include "routes/RouteSupport.h"
#include "routes/Routes.h"
#include "services/ActionService.h"
#include "services/ProspectService.h"
#include "services/RdvService.h"

namespace hector::server {

using namespace routes;

namespace {
HttpResponse jsonOrError(const Result<QJsonObject> &r)
{
    if (!r)
        return errorResponse(r.error());
    return HttpResponse::json(*r);
}

// Create (201) / update (200) of one record under `key`, from a JSON body.
template<typename F>
HttpHandler withBody(AuthService &auth, const char *key, int status, F call)
{
    return authenticated(auth, [key, status, call](const HttpRequest &req, const AuthUser &caller) {
        // No body at all reads as {} (e.g. a qualification without completions).
        auto body = req.body.trimmed().isEmpty() ? Result<QJsonObject>(QJsonObject{}) : req.jsonBody();
        if (!body)
            return errorResponse(body.error());
        return wrapped(call(req, caller, *body), key, status);
    });
}
} // namespace

void registerCrmRoutes(HttpServer &http, AuthService &auth, ProspectService &prospects, RdvService &rdvs,
                       ActionService &actions)
{
    using M = HttpServer::Method;

    // --- Prospects (module 6), field workflow (modules 9 and 11), notes ---------------------------
    // Fixed paths before the "<arg>" ones: the first matching route wins.
    http.addRoute(M::Get, QStringLiteral("/api/crm/prospects"),
                  authenticated(auth, [&prospects](const HttpRequest &req, const AuthUser &caller) {
                      return jsonOrError(prospects.list(caller, req.query));
                  }));
    http.addRoute(M::Get, QStringLiteral("/api/crm/prospects/duplicates"),
                  authenticated(auth, [&prospects](const HttpRequest &req, const AuthUser &caller) {
                      return wrapped(prospects.duplicates(caller, req.query), "items");
                  }));
    http.addRoute(M::Get, QStringLiteral("/api/crm/prospects/partial"),
                  authenticated(auth, [&prospects](const HttpRequest &req, const AuthUser &caller) {
                      return jsonOrError(prospects.partialQueue(caller, req.query));
                  }));
    http.addRoute(M::Post, QStringLiteral("/api/crm/prospects/partial"),
                  withBody(auth, "prospect", 201,
                           [&prospects](const HttpRequest &req, const AuthUser &caller, const QJsonObject &body) {
                               return prospects.createPartial(caller, body, contextOf(req));
                           }));
    http.addRoute(M::Post, QStringLiteral("/api/crm/prospects"),
                  withBody(auth, "prospect", 201,
                           [&prospects](const HttpRequest &req, const AuthUser &caller, const QJsonObject &body) {
                               return prospects.create(caller, body, contextOf(req));
                           }));
    http.addRoute(M::Get, QStringLiteral("/api/crm/prospects/<arg>"),
                  authenticated(auth, [&prospects](const HttpRequest &req, const AuthUser &caller) {
                      return wrapped(prospects.get(caller, req.pathArgs.value(0)), "prospect");
                  }));
    http.addRoute(M::Put, QStringLiteral("/api/crm/prospects/<arg>"),
                  withBody(auth, "prospect", 200,
                           [&prospects](const HttpRequest &req, const AuthUser &caller, const QJsonObject &body) {
                               return prospects.update(caller, req.pathArgs.value(0), body, contextOf(req));
                           }));
    http.addRoute(M::Delete, QStringLiteral("/api/crm/prospects/<arg>"),
                  authenticated(auth, [&prospects](const HttpRequest &req, const AuthUser &caller) {
                      return wrapped(prospects.remove(caller, req.pathArgs.value(0), contextOf(req)), "prospect");
                  }));
    http.addRoute(M::Put, QStringLiteral("/api/crm/prospects/<arg>/qualify"),
                  withBody(auth, "prospect", 200,
                           [&prospects](const HttpRequest &req, const AuthUser &caller, const QJsonObject &body) {
                               return prospects.qualify(caller, req.pathArgs.value(0), body, contextOf(req));
                           }));
    http.addRoute(M::Get, QStringLiteral("/api/crm/prospects/<arg>/notes"),
                  authenticated(auth, [&prospects](const HttpRequest &req, const AuthUser &caller) {
                      return jsonOrError(prospects.notes(caller, req.pathArgs.value(0), req.query));
                  }));
    http.addRoute(M::Post, QStringLiteral("/api/crm/prospects/<arg>/notes"),
                  withBody(auth, "note", 201,
                           [&prospects](const HttpRequest &req, const AuthUser &caller, const QJsonObject &body) {
                               return prospects.addNote(caller, req.pathArgs.value(0), body, contextOf(req));
                           }));

    // --- Appointments (module 7) -----------------------------------------------------------------
    http.addRoute(M::Get, QStringLiteral("/api/crm/rdvs"),
                  authenticated(auth, [&rdvs](const HttpRequest &req, const AuthUser &caller) {
                      return jsonOrError(rdvs.list(caller, req.query));
                  }));
    http.addRoute(M::Post, QStringLiteral("/api/crm/rdvs"),
                  withBody(auth, "rdv", 201,
                           [&rdvs](const HttpRequest &req, const AuthUser &caller, const QJsonObject &body) {
                               return rdvs.create(caller, body, contextOf(req));
                           }));
    http.addRoute(M::Get, QStringLiteral("/api/crm/rdvs/<arg>"),
                  authenticated(auth, [&rdvs](const HttpRequest &req, const AuthUser &caller) {
                      return wrapped(rdvs.get(caller, req.pathArgs.value(0)), "rdv");
                  }));
    http.addRoute(M::Put, QStringLiteral("/api/crm/rdvs/<arg>"),
                  withBody(auth, "rdv", 200,
                           [&rdvs](const HttpRequest &req, const AuthUser &caller, const QJsonObject &body) {
                               return rdvs.update(caller, req.pathArgs.value(0), body, contextOf(req));
                           }));
    http.addRoute(M::Delete, QStringLiteral("/api/crm/rdvs/<arg>"),
                  authenticated(auth, [&rdvs](const HttpRequest &req, const AuthUser &caller) {
                      return wrapped(rdvs.remove(caller, req.pathArgs.value(0), contextOf(req)), "rdv");
                  }));

    // --- Actions (module 8) ----------------------------------------------------------------------
    http.addRoute(M::Get, QStringLiteral("/api/crm/actions"),
                  authenticated(auth, [&actions](const HttpRequest &req, const AuthUser &caller) {
                      return jsonOrError(actions.list(caller, req.query));
                  }));
    http.addRoute(M::Post, QStringLiteral("/api/crm/actions"),
                  withBody(auth, "action", 201,
                           [&actions](const HttpRequest &req, const AuthUser &caller, const QJsonObject &body) {
                               return actions.create(caller, body, contextOf(req));
                           }));
    http.addRoute(M::Get, QStringLiteral("/api/crm/actions/<arg>"),
                  authenticated(auth, [&actions](const HttpRequest &req, const AuthUser &caller) {
                      return wrapped(actions.get(caller, req.pathArgs.value(0)), "action");
                  }));
    http.addRoute(M::Put, QStringLiteral("/api/crm/actions/<arg>"),
                  withBody(auth, "action", 200,
                           [&actions](const HttpRequest &req, const AuthUser &caller, const QJsonObject &body) {
                               return actions.update(caller, req.pathArgs.value(0), body, contextOf(req));
                           }));
    http.addRoute(M::Delete, QStringLiteral("/api/crm/actions/<arg>"),
                  authenticated(auth, [&actions](const HttpRequest &req, const AuthUser &caller) {
                      return wrapped(actions.remove(caller, req.pathArgs.value(0), contextOf(req)), "action");
                  }));
}

} // namespace hector::server
