#include "http/HttpServer.h"
#include "routes/Routes.h"
#include "services/AdminUserService.h"
#include "services/AuthService.h"

#include <QCoreApplication>

namespace hector::server {

namespace {
RequestContext contextOf(const HttpRequest &req)
{
    return RequestContext{req.remoteAddress, QString::fromUtf8(req.header("user-agent"))};
}

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

HttpResponse jsonOrError(const Result<QJsonObject> &r, int status = 200)
{
    if (!r)
        return errorResponse(r.error());
    return HttpResponse::json(*r, status);
}

Error typeError(const QString &field, const char *expected)
{
    return makeError(QStringLiteral("invalid_request"),
                     QCoreApplication::translate("hector::server::AdminUserRoutes", "Le champ « %1 » doit être %2.")
                         .arg(field, QCoreApplication::translate("hector::server::AdminUserRoutes", expected)));
}

// Reads the members present in the body; a member of the wrong type is a 400.
Result<UserChanges> changesOf(const QJsonObject &body)
{
    UserChanges c;
    for (const char *key : {"firstName", "lastName", "entityId", "role"}) {
        const QString name = QString::fromLatin1(key);
        if (!body.contains(name))
            continue;
        const QJsonValue v = body.value(name);
        if (!v.isString())
            return typeError(name, QT_TRANSLATE_NOOP("hector::server::AdminUserRoutes", "une chaîne"));
        if (name == QLatin1String("firstName"))
            c.firstName = v.toString();
        else if (name == QLatin1String("lastName"))
            c.lastName = v.toString();
        else if (name == QLatin1String("entityId"))
            c.entityId = v.toString();
        else
            c.role = v.toString();
    }
    if (body.contains(QLatin1StringView("active"))) {
        const QJsonValue v = body.value(QLatin1StringView("active"));
        if (!v.isBool())
            return typeError(QStringLiteral("active"), QT_TRANSLATE_NOOP("hector::server::AdminUserRoutes", "un booléen"));
        c.active = v.toBool();
    }
    return c;
}
} // namespace

void registerAdminUserRoutes(HttpServer &http, AuthService &auth, AdminUserService &admin)
{
    using M = HttpServer::Method;

    http.addRoute(M::Get, QStringLiteral("/api/admin/users"),
                  authenticated(auth, [&admin](const HttpRequest &req, const AuthUser &caller) {
                      return jsonOrError(admin.list(caller, req.query));
                  }));

    http.addRoute(M::Get, QStringLiteral("/api/admin/users/pending-invitations"),
                  authenticated(auth, [&admin](const HttpRequest &, const AuthUser &caller) {
                      return jsonOrError(admin.pendingInvitations(caller));
                  }));

    http.addRoute(M::Patch, QStringLiteral("/api/admin/users/<arg>"),
                  authenticated(auth, [&admin](const HttpRequest &req, const AuthUser &caller) {
                      auto body = req.jsonBody();
                      if (!body)
                          return errorResponse(body.error());
                      auto changes = changesOf(*body);
                      if (!changes)
                          return errorResponse(changes.error());
                      // The role has its own endpoint (PATCH .../role).
                      changes->role.reset();
                      return jsonOrError(admin.update(caller, req.pathArgs.value(0), *changes, contextOf(req)));
                  }));

    http.addRoute(M::Patch, QStringLiteral("/api/admin/users/<arg>/role"),
                  authenticated(auth, [&admin](const HttpRequest &req, const AuthUser &caller) {
                      auto body = req.jsonBody();
                      if (!body)
                          return errorResponse(body.error());
                      const QJsonValue role = body->value(QLatin1StringView("role"));
                      if (!role.isString())
                          return errorResponse(typeError(QStringLiteral("role"),
                                                         QT_TRANSLATE_NOOP("hector::server::AdminUserRoutes",
                                                                           "une chaîne")));
                      UserChanges changes;
                      changes.role = role.toString();
                      return jsonOrError(admin.update(caller, req.pathArgs.value(0), changes, contextOf(req)));
                  }));

    http.addRoute(M::Post, QStringLiteral("/api/admin/users/<arg>/invite"),
                  authenticated(auth, [&admin](const HttpRequest &req, const AuthUser &caller) {
                      return jsonOrError(admin.resendInvitation(caller, req.pathArgs.value(0), contextOf(req)));
                  }));
}

} // namespace hector::server
