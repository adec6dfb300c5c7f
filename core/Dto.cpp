#include "core/Dto.h"

namespace hector {

namespace {
QString str(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).toString();
}
} // namespace

QString UserDto::displayName() const
{
    const QString full = QString(firstName + u' ' + lastName).trimmed();
    return full.isEmpty() ? email : full;
}

QJsonObject UserDto::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("email"), email},
        {QStringLiteral("firstName"), firstName},
        {QStringLiteral("lastName"), lastName},
        {QStringLiteral("role"), roleName(role)},
        {QStringLiteral("organizationId"), organizationId},
        {QStringLiteral("organizationName"), organizationName},
        {QStringLiteral("entityId"), entityId},
        {QStringLiteral("entityName"), entityName},
        {QStringLiteral("entityCountry"), entityCountry},
        {QStringLiteral("active"), active},
    };
    if (lastLoginAt.isValid())
        o.insert(QStringLiteral("lastLoginAt"), lastLoginAt.toUTC().toString(Qt::ISODateWithMs));
    return o;
}

std::optional<UserDto> UserDto::fromJson(const QJsonObject &o)
{
    UserDto u;
    u.id = str(o, QLatin1StringView("id"));
    u.email = str(o, QLatin1StringView("email"));
    const auto role = roleFromName(str(o, QLatin1StringView("role")));
    if (u.id.isEmpty() || u.email.isEmpty() || !role)
        return std::nullopt;
    u.role = *role;
    u.firstName = str(o, QLatin1StringView("firstName"));
    u.lastName = str(o, QLatin1StringView("lastName"));
    u.organizationId = str(o, QLatin1StringView("organizationId"));
    u.organizationName = str(o, QLatin1StringView("organizationName"));
    u.entityId = str(o, QLatin1StringView("entityId"));
    u.entityName = str(o, QLatin1StringView("entityName"));
    u.entityCountry = str(o, QLatin1StringView("entityCountry"));
    u.active = o.value(QLatin1StringView("active")).toBool(true);
    const QString last = str(o, QLatin1StringView("lastLoginAt"));
    if (!last.isEmpty())
        u.lastLoginAt = QDateTime::fromString(last, Qt::ISODateWithMs);
    return u;
}

QJsonObject AuthTokensDto::toJson() const
{
    return QJsonObject{
        {QStringLiteral("accessToken"), accessToken},
        {QStringLiteral("expiresIn"), accessExpiresIn},
        {QStringLiteral("refreshToken"), refreshToken},
        {QStringLiteral("refreshExpiresAt"), refreshExpiresAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("rememberMe"), rememberMe},
        {QStringLiteral("user"), user.toJson()},
    };
}

std::optional<AuthTokensDto> AuthTokensDto::fromJson(const QJsonObject &o)
{
    AuthTokensDto t;
    t.accessToken = str(o, QLatin1StringView("accessToken"));
    t.refreshToken = str(o, QLatin1StringView("refreshToken"));
    t.accessExpiresIn = o.value(QLatin1StringView("expiresIn")).toInt();
    t.refreshExpiresAt = QDateTime::fromString(str(o, QLatin1StringView("refreshExpiresAt")),
                                               Qt::ISODateWithMs);
    t.rememberMe = o.value(QLatin1StringView("rememberMe")).toBool();
    const auto user = UserDto::fromJson(o.value(QLatin1StringView("user")).toObject());
    if (t.accessToken.isEmpty() || t.refreshToken.isEmpty() || !user)
        return std::nullopt;
    t.user = *user;
    return t;
}

QJsonObject errorToJson(const Error &error)
{
    QJsonObject e = error.details;
    e.insert(QStringLiteral("code"), error.code);
    e.insert(QStringLiteral("message"), error.message);
    return QJsonObject{{QStringLiteral("error"), e}};
}

std::optional<Error> errorFromJson(const QJsonObject &json)
{
    const QJsonObject e = json.value(QLatin1StringView("error")).toObject();
    if (e.isEmpty())
        return std::nullopt;
    Error out{e.value(QLatin1StringView("code")).toString(),
              e.value(QLatin1StringView("message")).toString(),
              e};
    out.details.remove(QLatin1StringView("code"));
    out.details.remove(QLatin1StringView("message"));
    return out;
}

} // namespace hector
