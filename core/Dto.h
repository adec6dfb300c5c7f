#pragma once

#include "core/Error.h"
#include "core/Roles.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace hector {

// The signed-in user as the API returns it (GET /api/auth/user, login responses).
struct UserDto
{
    QString id;
    QString email;
    QString firstName;
    QString lastName;
    Role role = Role::Commercial;
    QString organizationId;
    QString organizationName;
    QString entityId;
    QString entityName;
    QString entityCountry; // ISO 3166-1 alpha-2: FR, LU, BE
    bool active = true;
    QDateTime lastLoginAt;

    QString displayName() const;
    QJsonObject toJson() const;
    static std::optional<UserDto> fromJson(const QJsonObject &json);
};

// Tokens issued by login, refresh and accept-invite.
struct AuthTokensDto
{
    QString accessToken;
    int accessExpiresIn = 0; // seconds
    QString refreshToken;
    QDateTime refreshExpiresAt;
    bool rememberMe = false;
    UserDto user;

    QJsonObject toJson() const;
    static std::optional<AuthTokensDto> fromJson(const QJsonObject &json);
};

// {"error":{"code":"...","message":"..."}}
QJsonObject errorToJson(const Error &error);
std::optional<Error> errorFromJson(const QJsonObject &json);

} // namespace hector
