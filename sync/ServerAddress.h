#pragma once

#include "core/Result.h"

#include <QString>
#include <QUrl>

namespace hector::sync {

// Turns the server address the user typed into the base URL of a Hector server.
//
// The rules are deliberately simple, so that the result is predictable:
//  - surrounding spaces and trailing slashes are ignored, an empty address is refused;
//  - only http:// and https:// are accepted;
//  - without a scheme, "http://" is used for localhost and loopback addresses (127.0.0.0/8,
//    ::1) and "https://" for every other host: "localhost:8080" gives http://localhost:8080,
//    "crm.example.com" gives https://crm.example.com. A server reachable in plain HTTP on
//    the network must be typed with its scheme ("http://192.168.1.10:8080");
//  - a path prefix is kept ("https://example.com/hector" → API under /hector/api/...);
//  - user names, passwords, queries and fragments are refused.
// The error (code "invalid_server_url") has a French message that starts with
// "L'adresse du serveur n'est pas valide : ".
Result<QUrl> normalizeServerUrl(const QString &input);

// Canonical text form of a base URL, as shown to the user and used in keychain keys.
QString serverUrlToString(const QUrl &url);

bool isLoopbackHost(const QString &host);

} // namespace hector::sync
