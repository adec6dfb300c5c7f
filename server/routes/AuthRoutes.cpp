#include "http/HttpServer.h"
#include "routes/Routes.h"
#include "services/AuthService.h"

#include <QCoreApplication>

namespace hector::server {

namespace {
RequestContext contextOf(const HttpRequest &req)
{
    return RequestContext{req.remoteAddress, QString::fromUtf8(req.header("user-agent"))};
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

HttpResponse tokensResponse(const Result<AuthTokensDto> &r)
{
    if (!r)
        return errorResponse(r.error());
    return HttpResponse::json(r->toJson());
}

// Reset and invitation codes: an expired code is a 400 (the access-token 401 means "refresh").
HttpResponse codeErrorResponse(const Error &e)
{
    if (e.code == QLatin1String("token_expired"))
        return HttpResponse::error(400, e);
    return errorResponse(e);
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
} // namespace

void registerAuthRoutes(HttpServer &http, AuthService &auth)
{
    using M = HttpServer::Method;

    http.addRoute(M::Post, QStringLiteral("/api/auth/login"), [&auth](const HttpRequest &req) {
        auto body = req.jsonBody();
        if (!body)
            return errorResponse(body.error());
        return tokensResponse(auth.login(str(*body, "email"), str(*body, "password"),
                                         body->value(QLatin1StringView("rememberMe")).toBool(),
                                         contextOf(req)));
    });

    http.addRoute(M::Post, QStringLiteral("/api/auth/refresh"), [&auth](const HttpRequest &req) {
        auto body = req.jsonBody();
        if (!body)
            return errorResponse(body.error());
        return tokensResponse(auth.refresh(str(*body, "refreshToken"), contextOf(req)));
    });

    http.addRoute(M::Post, QStringLiteral("/api/auth/logout"),
                  authenticated(auth, [&auth](const HttpRequest &req, const AuthUser &caller) {
                      auto r = auth.logout(caller, contextOf(req));
                      if (!r)
                          return errorResponse(r.error());
                      return HttpResponse::json(QJsonObject{{QStringLiteral("ok"), true}});
                  }));

    http.addRoute(M::Get, QStringLiteral("/api/auth/user"),
                  authenticated(auth, [](const HttpRequest &, const AuthUser &caller) {
                      return HttpResponse::json(QJsonObject{{QStringLiteral("user"), caller.user.toJson()}});
                  }));

    http.addRoute(M::Post, QStringLiteral("/api/auth/register"),
                  authenticated(auth, [&auth](const HttpRequest &req, const AuthUser &caller) {
                      auto body = req.jsonBody();
                      if (!body)
                          return errorResponse(body.error());
                      RegisterRequest r{str(*body, "email"), str(*body, "firstName"), str(*body, "lastName"),
                                        str(*body, "role"), str(*body, "entityId"), str(*body, "password")};
                      auto created = auth.registerUser(caller, r, contextOf(req));
                      if (!created)
                          return errorResponse(created.error());
                      return HttpResponse::json(*created, 201);
                  }));

    http.addRoute(M::Post, QStringLiteral("/api/auth/forgot-password"), [&auth](const HttpRequest &req) {
        auto body = req.jsonBody();
        if (!body)
            return errorResponse(body.error());
        auto r = auth.forgotPassword(str(*body, "email"), contextOf(req));
        if (!r)
            return errorResponse(r.error());
        return HttpResponse::json(QJsonObject{
            {QStringLiteral("message"),
             QCoreApplication::translate("hector::server",
                                         "Si un compte actif existe pour cette adresse, un e-mail "
                                         "contenant un code de réinitialisation vient d'être "
                                         "envoyé. Le code est valable 1 heure.")}});
    });

    http.addRoute(M::Post, QStringLiteral("/api/auth/reset-password"), [&auth](const HttpRequest &req) {
        auto body = req.jsonBody();
        if (!body)
            return errorResponse(body.error());
        auto r = auth.resetPassword(str(*body, "token"), str(*body, "password"), contextOf(req));
        if (!r)
            return codeErrorResponse(r.error());
        return HttpResponse::json(QJsonObject{
            {QStringLiteral("message"),
             QCoreApplication::translate("hector::server",
                                         "Votre mot de passe a été modifié. Connectez-vous avec "
                                         "le nouveau mot de passe.")}});
    });

    http.addRoute(M::Post, QStringLiteral("/api/auth/accept-invite"), [&auth](const HttpRequest &req) {
        auto body = req.jsonBody();
        if (!body)
            return errorResponse(body.error());
        auto r = auth.acceptInvite(str(*body, "token"), str(*body, "password"), str(*body, "firstName"),
                                   str(*body, "lastName"),
                                   body->value(QLatin1StringView("rememberMe")).toBool(), contextOf(req));
        if (!r)
            return codeErrorResponse(r.error());
        return HttpResponse::json(r->toJson());
    });
}

} // namespace hector::server
