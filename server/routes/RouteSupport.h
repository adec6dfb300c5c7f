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

} // namespace hector::server::routes
