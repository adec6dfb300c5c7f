#pragma once

#include "core/Dto.h"
#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace hector::sync {

// Error codes produced on the client side (the server's own codes are passed through as is).
namespace errors {
inline constexpr auto invalidServerUrl = QLatin1StringView("invalid_server_url");
inline constexpr auto hostNotFound = QLatin1StringView("host_not_found");
inline constexpr auto connectionRefused = QLatin1StringView("connection_refused");
inline constexpr auto timeout = QLatin1StringView("timeout");
inline constexpr auto networkError = QLatin1StringView("network_error");
inline constexpr auto tlsError = QLatin1StringView("tls_error");
inline constexpr auto notHectorServer = QLatin1StringView("not_hector_server");
inline constexpr auto serverUnavailable = QLatin1StringView("server_unavailable");

// True for the codes above that mean "the server could not be reached or did not answer
// properly" (as opposed to the server refusing the request).
bool isConnectivityError(const Error &error);
} // namespace errors

struct HealthInfo
{
    QString status;
    QString version;
    bool databaseOk = false;
    QDateTime serverTime;
};

struct AcceptInviteRequest
{
    QString token;
    QString password;
    QString firstName; // optional
    QString lastName;  // optional
    bool rememberMe = false;
};

// Asynchronous JSON client for the Hector server API (docs/api.md).
//
// Every call takes a context object and a callback; the callback runs in the context's thread
// and is dropped when the context is destroyed first. Every failure becomes a hector::Error:
// the server's own {"error":{code,message}} is passed through; transport problems get one of the
// client-side codes in hector::sync::errors and a French message meant for the user.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(Result<T>)>;

    enum class Method { Get, Post, Put, Patch, Delete };

    static constexpr std::chrono::milliseconds kDefaultTimeout{15000};

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    // Base URL of the server, normally from normalizeServerUrl(). An invalid or empty URL
    // makes every call fail with "invalid_server_url".
    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const;

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const;

    QNetworkAccessManager *networkAccessManager() const;

    void health(QObject *context, Callback<HealthInfo> done);
    void login(const QString &email,
               const QString &password,
               bool rememberMe,
               QObject *context,
               Callback<AuthTokensDto> done);
    void refresh(const QString &refreshToken, QObject *context, Callback<AuthTokensDto> done);
    void logout(const QString &accessToken, QObject *context, Callback<void> done);
    void currentUser(const QString &accessToken, QObject *context, Callback<UserDto> done);
    // The callbacks get the server's confirmation message.
    void forgotPassword(const QString &email, QObject *context, Callback<QString> done);
    void resetPassword(const QString &token,
                       const QString &password,
                       QObject *context,
                       Callback<QString> done);
    void acceptInvite(const AcceptInviteRequest &request,
                      QObject *context,
                      Callback<AuthTokensDto> done);

    // Generic call: `path` starts with "/api/" and may end with an encoded query string
    // ("?a=1&b=2"); `accessToken` may be empty; `body` is sent for
    // POST/PUT/PATCH. The callback gets the JSON object of a 2xx answer.
    void send(Method method,
              const QString &path,
              const QJsonObject &body,
              const QString &accessToken,
              QObject *context,
              Callback<QJsonObject> done);

private:
    struct RawReply
    {
        int httpStatus = 0;
        QJsonObject body;
        bool jsonObject = false;
    };
    using RawCallback = std::function<void(Result<RawReply>)>;

    void perform(Method method,
                 const QString &path,
                 const QJsonObject &body,
                 const QString &accessToken,
                 QObject *context,
                 RawCallback done);
    Result<RawReply> interpret(QNetworkReply *reply, const QStringList &sslErrors) const;
    Error transportError(QNetworkReply *reply, const QStringList &sslErrors) const;
    Error notHector() const;
    static Result<QJsonObject> successBody(Result<RawReply> raw, const Error &notHectorError);

    QNetworkAccessManager *m_network = nullptr;
    QUrl m_baseUrl;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
};

} // namespace hector::sync
