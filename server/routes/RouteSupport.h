#pragma once

#include "http/Http.h"
#include "http/HttpServer.h"
#include "services/AuthService.h"

namespace hector::server::routes {

inline RequestContext contextOf(const HttpRequest &req)
{
    return RequestContext{req.remoteAddress, QString::fromUtf8(req.header("user-agent"))};
}

// Wraps a handler that needs a signed-in caller.
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

// 200 {"<key>": value} or the error.
template<typename T>
HttpResponse wrapped(const Result<T> &r, const char *key, int status = 200)
{
    if (!r)
        return errorResponse(r.error());
    return HttpResponse::json(QJsonObject{{QString::fromLatin1(key), *r}}, status);
}

// 200 with the object itself, or the error.
inline HttpResponse jsonOrError(const Result<QJsonObject> &r)
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

// The five routes of a kind of record: GET `path` (the list as the service gives it), POST `path`
// (create, 201), and GET, `updateMethod` (partial update: PUT or PATCH), DELETE of `path`/<arg>; a
// record answers under `key`.
template<typename Service>
void addRecordRoutes(HttpServer &http, AuthService &auth, const QString &path, const char *key, Service &service,
                     HttpServer::Method updateMethod = HttpServer::Method::Put)
{
    using M = HttpServer::Method;
    const QString onePath = path + QStringLiteral("/<arg>");
    http.addRoute(M::Get, path, authenticated(auth, [&service](const HttpRequest &req, const AuthUser &caller) {
                      return jsonOrError(service.list(caller, req.query));
                  }));
    http.addRoute(M::Post, path,
                  withBody(auth, key, 201,
                           [&service](const HttpRequest &req, const AuthUser &caller, const QJsonObject &body) {
                               return service.create(caller, body, contextOf(req));
                           }));
    http.addRoute(M::Get, onePath, authenticated(auth, [&service, key](const HttpRequest &req, const AuthUser &caller) {
                      return wrapped(service.get(caller, req.pathArgs.value(0)), key);
                  }));
    http.addRoute(updateMethod, onePath,
                  withBody(auth, key, 200,
                           [&service](const HttpRequest &req, const AuthUser &caller, const QJsonObject &body) {
                               return service.update(caller, req.pathArgs.value(0), body, contextOf(req));
                           }));
    http.addRoute(M::Delete, onePath,
                  authenticated(auth, [&service, key](const HttpRequest &req, const AuthUser &caller) {
                      return wrapped(service.remove(caller, req.pathArgs.value(0), contextOf(req)), key);
                  }));
}

} // namespace hector::server::routes
