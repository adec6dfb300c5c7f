#include "http/Http.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace hector::server {

QString HttpRequest::bearerToken() const
{
    const QByteArray auth = header("authorization");
    if (!auth.startsWith("Bearer ") && !auth.startsWith("bearer "))
        return {};
    return QString::fromLatin1(auth.mid(7).trimmed());
}

Result<QJsonObject> HttpRequest::jsonBody() const
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        return makeError(QStringLiteral("invalid_request"),
                         QCoreApplication::translate("hector::server",
                                                     "La requête est mal formée (JSON attendu)."));
    }
    return doc.object();
}

HttpResponse HttpResponse::json(const QJsonObject &object, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::error(int status, const Error &error, const QJsonObject &extra)
{
    QJsonObject e = error.details;
    for (auto it = extra.begin(); it != extra.end(); ++it)
        e.insert(it.key(), it.value());
    e.insert(QStringLiteral("code"), error.code);
    e.insert(QStringLiteral("message"), error.message);
    HttpResponse r = json(QJsonObject{{QStringLiteral("error"), e}}, status);
    const int retryAfter = error.details.value(QLatin1StringView("retryAfterSeconds")).toInt();
    if (retryAfter > 0)
        r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)});
    return r;
}

int httpStatusFor(const Error &error)
{
    static const QHash<QString, int> statuses{
        {QStringLiteral("invalid_request"), 400},
        {QStringLiteral("token_invalid"), 400},
        {QStringLiteral("token_expired"), 401},
        {QStringLiteral("token_used"), 400},
        {QStringLiteral("unauthorized"), 401},
        {QStringLiteral("invalid_credentials"), 401},
        {QStringLiteral("invalid_refresh_token"), 401},
        {QStringLiteral("session_revoked"), 401},
        {QStringLiteral("account_disabled"), 403},
        {QStringLiteral("forbidden"), 403},
        {QStringLiteral("not_found"), 404},
        {QStringLiteral("email_taken"), 409},
        {QStringLiteral("schema_mismatch"), 409},
        {QStringLiteral("conflict"), 409},
        {QStringLiteral("entity_in_use"), 409},
        {QStringLiteral("team_in_use"), 409},
        {QStringLiteral("duplicate"), 409},
        {QStringLiteral("invalid_hierarchy"), 422},
        {QStringLiteral("invitation_not_pending"), 409},
        {QStringLiteral("invalid_email"), 422},
        {QStringLiteral("domain_not_allowed"), 422},
        {QStringLiteral("weak_password"), 422},
        {QStringLiteral("invalid_role"), 422},
        {QStringLiteral("invalid_entity"), 422},
        {QStringLiteral("validation_error"), 422},
        {QStringLiteral("last_admin"), 422},
        {QStringLiteral("self_change_forbidden"), 422},
        {QStringLiteral("user_inactive"), 422},
        {QStringLiteral("email_failed"), 502},
        {QStringLiteral("email_not_configured"), 503},
        {QStringLiteral("too_many_attempts"), 429},
        {QStringLiteral("database_unavailable"), 503},
        {QStringLiteral("database_busy"), 503},
        // issue #7: third-party providers
        {QStringLiteral("provider_not_configured"), 503},
        {QStringLiteral("quota_exceeded"), 429},
        {QStringLiteral("provider_rate_limited"), 429},
        {QStringLiteral("provider_unavailable"), 502},
        {QStringLiteral("provider_error"), 502},
        {QStringLiteral("company_not_found"), 404},
        {QStringLiteral("company_not_public"), 422},
    };
    return statuses.value(error.code, 500);
}

HttpResponse errorResponse(const Error &error)
{
    const int status = httpStatusFor(error);
    if (status >= 500 && error.code != QLatin1String("database_unavailable")
        && error.code != QLatin1String("database_busy") && error.code != QLatin1String("email_failed")
        && error.code != QLatin1String("email_not_configured") && !error.code.startsWith(QLatin1String("provider_"))) {
        // Never leak internal details (SQL, paths) to clients.
        return HttpResponse::error(
            status,
            Error{QStringLiteral("internal_error"),
                  QCoreApplication::translate("hector::server",
                                              "Erreur interne du serveur. L'incident est consigné "
                                              "dans le journal du serveur."),
                  {}});
    }
    return HttpResponse::error(status, error);
}

} // namespace hector::server
