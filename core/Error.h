#pragma once

#include <QJsonObject>
#include <QString>

namespace hector {

// A machine-readable code (stable, English, snake_case) plus a message meant for the
// user (French). The server sends both as {"error":{"code":...,"message":...}}.
struct Error
{
    QString code;
    QString message;
    // Optional machine-readable details sent inside the error object (e.g. retryAt).
    QJsonObject details;

    bool operator==(const Error &) const = default;
};

} // namespace hector
