#include "FakeHector.h"

#include <QDateTime>

namespace hector::test {

FakeHector::FakeHector(QObject *parent)
    : QObject(parent)
{
    m_http.setHandler([this](const HttpRequest &request) { return handle(request); });
}

bool FakeHector::start()
{
    return m_http.listen();
}

void FakeHector::stop()
{
    m_http.close();
}

QUrl FakeHector::baseUrl() const
{
    return m_http.baseUrl();
}

HttpDouble &FakeHector::http()
{
    return m_http;
}

void FakeHector::expireAccessTokens()
{
    for (const QString &token : std::as_const(m_validAccess))
        m_expiredAccess.insert(token);
    m_validAccess.clear();
}

void FakeHector::revokeAll()
{
    m_validAccess.clear();
    m_expiredAccess.clear();
    m_refreshTokens.clear();
}

QJsonObject FakeHector::userJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("7d4c2f9e-0000-4000-8000-000000000001")},
        {QStringLiteral("email"), email},
        {QStringLiteral("firstName"), firstName},
        {QStringLiteral("lastName"), lastName},
        {QStringLiteral("role"), QStringLiteral("manager")},
        {QStringLiteral("organizationId"), QStringLiteral("7d4c2f9e-0000-4000-8000-0000000000aa")},
        {QStringLiteral("organizationName"), QStringLiteral("Hector Démo")},
        {QStringLiteral("entityId"), QStringLiteral("7d4c2f9e-0000-4000-8000-0000000000bb")},
        {QStringLiteral("entityName"), QStringLiteral("France")},
        {QStringLiteral("entityCountry"), QStringLiteral("FR")},
        {QStringLiteral("active"), !accountDisabled},
        {QStringLiteral("lastLoginAt"), QStringLiteral("2025-11-20T08:30:00.000Z")},
    };
}

HttpResponse FakeHector::issueTokens(bool rememberMe)
{
    ++m_counter;
    m_lastAccess = QStringLiteral("access-%1").arg(m_counter);
    m_lastRefresh = QStringLiteral("refresh-%1").arg(m_counter);
    m_validAccess.insert(m_lastAccess);
    m_refreshTokens.insert(m_lastRefresh, false);
    m_refreshRemember.insert(m_lastRefresh, rememberMe);
    const QDateTime refreshExpiry = QDateTime::currentDateTimeUtc()
                                        .addDays(rememberMe ? 30 : 0)
                                        .addSecs(rememberMe ? 0 : 12 * 3600);
    return HttpResponse::json(
        200,
        QJsonObject{{QStringLiteral("accessToken"), m_lastAccess},
                    {QStringLiteral("expiresIn"), accessLifetime},
                    {QStringLiteral("refreshToken"), m_lastRefresh},
                    {QStringLiteral("refreshExpiresAt"), refreshExpiry.toString(Qt::ISODateWithMs)},
                    {QStringLiteral("rememberMe"), rememberMe},
                    {QStringLiteral("user"), userJson()}});
}

HttpResponse FakeHector::handle(const HttpRequest &request)
{
    const QString &path = request.path;
    const QJsonObject body = request.json();

    if (path == QLatin1String("/api/health")) {
        return HttpResponse::json(
            databaseOk ? 200 : 503,
            QJsonObject{{QStringLiteral("status"),
                         databaseOk ? QStringLiteral("ok") : QStringLiteral("degraded")},
                        {QStringLiteral("version"), version},
                        {QStringLiteral("database"),
                         databaseOk ? QStringLiteral("ok") : QStringLiteral("unavailable")},
                        {QStringLiteral("time"),
                         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}});
    }
    if (path == QLatin1String("/api/auth/login")) {
        ++m_loginCount;
        if (body.value(QLatin1StringView("email")).toString().trimmed().toLower() != email
            || body.value(QLatin1StringView("password")).toString() != password) {
            return HttpResponse::error(401,
                                       QStringLiteral("invalid_credentials"),
                                       QStringLiteral("Adresse e-mail ou mot de passe incorrect."));
        }
        if (accountDisabled) {
            return HttpResponse::error(403,
                                       QStringLiteral("account_disabled"),
                                       QStringLiteral("Ce compte est désactivé."));
        }
        return issueTokens(body.value(QLatin1StringView("rememberMe")).toBool());
    }
    if (path == QLatin1String("/api/auth/refresh")) {
        ++m_refreshCount;
        const QString token = body.value(QLatin1StringView("refreshToken")).toString();
        if (!m_refreshTokens.contains(token)) {
            return HttpResponse::error(401,
                                       QStringLiteral("invalid_refresh_token"),
                                       QStringLiteral("La session n'est plus valide."));
        }
        if (m_refreshTokens.value(token)) {
            revokeAll();
            return HttpResponse::error(401,
                                       QStringLiteral("session_revoked"),
                                       QStringLiteral("La session a été révoquée."));
        }
        m_refreshTokens.insert(token, true);
        return issueTokens(m_refreshRemember.value(token));
    }
    if (path == QLatin1String("/api/auth/forgot-password")) {
        return HttpResponse::json(
            200,
            QJsonObject{{QStringLiteral("message"),
                         QStringLiteral("Si un compte correspond, un code a été envoyé.")}});
    }
    if (path == QLatin1String("/api/auth/reset-password")
        || path == QLatin1String("/api/auth/accept-invite")) {
        const bool reset = path == QLatin1String("/api/auth/reset-password");
        const QString token = body.value(QLatin1StringView("token")).toString();
        if (m_usedCodes.contains(token)) {
            return HttpResponse::error(
                400, QStringLiteral("token_used"), QStringLiteral("Ce code a déjà été utilisé."));
        }
        if (token != (reset ? resetCode : inviteCode)) {
            return HttpResponse::error(
                400, QStringLiteral("token_invalid"), QStringLiteral("Ce code n'est pas valide."));
        }
        m_usedCodes.insert(token);
        m_lastResetPassword = body.value(QLatin1StringView("password")).toString();
        if (reset) {
            password = m_lastResetPassword;
            return HttpResponse::json(
                200,
                QJsonObject{{QStringLiteral("message"),
                             QStringLiteral("Votre mot de passe a été modifié.")}});
        }
        password = m_lastResetPassword;
        if (body.contains(QLatin1String("firstName")))
            firstName = body.value(QLatin1StringView("firstName")).toString();
        if (body.contains(QLatin1String("lastName")))
            lastName = body.value(QLatin1StringView("lastName")).toString();
        return issueTokens(body.value(QLatin1StringView("rememberMe")).toBool());
    }

    // Authenticated endpoints
    const QString bearer = request.bearer();
    if (m_expiredAccess.contains(bearer)) {
        return HttpResponse::error(
            401, QStringLiteral("token_expired"), QStringLiteral("La session a expiré."));
    }
    if (!m_validAccess.contains(bearer)) {
        return HttpResponse::error(
            401, QStringLiteral("unauthorized"), QStringLiteral("Authentification requise."));
    }
    if (path == QLatin1String("/api/auth/user"))
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("user"), userJson()}});
    if (path == QLatin1String("/api/auth/logout")) {
        ++m_logoutCount;
        revokeAll();
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("ok"), true}});
    }
    return HttpResponse::error(
        404, QStringLiteral("not_found"), QStringLiteral("Ressource introuvable."));
}

} // namespace hector::test
