#include "routes/RouteSupport.h"
#include "routes/Routes.h"
#include "services/ActionService.h"
#include "services/ProspectService.h"
#include "services/RdvService.h"

namespace hector::server {

using namespace routes;

void registerCrmRoutes(HttpServer &http, AuthService &auth, ProspectService &prospects, RdvService &rdvs,
                       ActionService &actions)
{
    using M = HttpServer::Method;

    // --- Prospects (module 6), field workflow (modules 9 and 11), notes ---------------------------
    // Fixed paths before the "<arg>" ones: the first matching route wins.
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
    // CSV import in one undoable batch (issue #8).
    http.addRoute(M::Get, QStringLiteral("/api/crm/prospects/batch-import"),
                  authenticated(auth, [&prospects](const HttpRequest &, const AuthUser &caller) {
                      return jsonOrError(prospects.importBatches(caller));
                  }));
    http.addRoute(M::Post, QStringLiteral("/api/crm/prospects/batch-import"),
                  authenticated(auth, [&prospects](const HttpRequest &req, const AuthUser &caller) {
                      auto body = req.jsonBody();
                      if (!body)
                          return errorResponse(body.error());
                      auto r = prospects.batchImport(caller, *body, contextOf(req));
                      if (!r)
                          return errorResponse(r.error());
                      return HttpResponse::json(*r, 201);
                  }));
    http.addRoute(M::Delete, QStringLiteral("/api/crm/prospects/batch-import/<arg>"),
                  authenticated(auth, [&prospects](const HttpRequest &req, const AuthUser &caller) {
                      return jsonOrError(prospects.undoImport(caller, req.pathArgs.value(0), contextOf(req)));
                  }));
    addRecordRoutes(http, auth, QStringLiteral("/api/crm/prospects"), "prospect", prospects);
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

    // --- Appointments (module 7) and actions (module 8) ---------------------------------------------
    addRecordRoutes(http, auth, QStringLiteral("/api/crm/rdvs"), "rdv", rdvs);
    addRecordRoutes(http, auth, QStringLiteral("/api/crm/actions"), "action", actions);
}

} // namespace hector::server
