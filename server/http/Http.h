#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace hector::server {

// One HTTP request, parsed by HttpServer and handled on a worker thread.
struct HttpRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QString remoteAddress;
    QStringList pathArgs;                  // values of <arg> placeholders, in order

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    QString bearerToken() const;
    // The body as a JSON object, or a French 400 error.
    Result<QJsonObject> jsonBody() const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse json(const QJsonObject &object, int status = 200);
    // {"error":{"code","message", ...extra}}
    static HttpResponse error(int status, const Error &error, const QJsonObject &extra = {});
};

// Maps an Error's code to its HTTP status (400 for unknown client errors, 500 for server ones).
int httpStatusFor(const Error &error);
HttpResponse errorResponse(const Error &error);

} // namespace hector::server
