#include "sync/ApiClient.h"

#include "sync/Logging.h"
#include "sync/ServerAddress.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QtNetwork/qtnetworkglobal.h>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

#include <memory>

namespace hector::sync {

namespace errors {
bool isConnectivityError(const Error &error)
{
    const QString &c = error.code;
    return c == hostNotFound || c == connectionRefused || c == timeout || c == networkError
           || c == tlsError || c == notHectorServer || c == serverUnavailable
           || c == invalidServerUrl;
}
} // namespace errors

namespace {

QByteArray verb(ApiClient::Method method)
{
    switch (method) {
    case ApiClient::Method::Get:
        return QByteArrayLiteral("GET");
    case ApiClient::Method::Post:
        return QByteArrayLiteral("POST");
    case ApiClient::Method::Put:
        return QByteArrayLiteral("PUT");
    case ApiClient::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case ApiClient::Method::Delete:
        return QByteArrayLiteral("DELETE");
    }
    return QByteArrayLiteral("GET");
}

bool hasBody(ApiClient::Method method)
{
    return method == ApiClient::Method::Post || method == ApiClient::Method::Put
           || method == ApiClient::Method::Patch;
}

// "http://host:port" of a request URL, for messages.
QString serverOf(const QUrl &url)
{
    QUrl server;
    server.setScheme(url.scheme());
    server.setHost(url.host());
    server.setPort(url.port());
    return server.toString();
}

template<typename T>
Result<T> parsed(const Result<QJsonObject> &body,
                 const std::function<std::optional<T>(const QJsonObject &)> &parse,
                 const Error &notHectorError)
{
    if (!body)
        return body.error();
    std::optional<T> value = parse(*body);
    if (!value)
        return notHectorError;
    return std::move(*value);
}

} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

ApiClient::~ApiClient() = default;

void ApiClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

QUrl ApiClient::baseUrl() const
{
    return m_baseUrl;
}

void ApiClient::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

std::chrono::milliseconds ApiClient::timeout() const
{
    return m_timeout;
}

QNetworkAccessManager *ApiClient::networkAccessManager() const
{
    return m_network;
}

Error ApiClient::notHector() const
{
    return makeError(QString(errors::notHectorServer),
                     tr("Le serveur à cette adresse ne répond pas comme un serveur Hector. "
                        "Vérifiez l'adresse saisie."));
}

void ApiClient::perform(Method method,
                        const QString &path,
                        const QJsonObject &body,
                        const QString &accessToken,
                        QObject *context,
                        RawCallback done)
{
    QObject *ctx = context ? context : this;
    const QString scheme = m_baseUrl.scheme();
    if (!m_baseUrl.isValid() || m_baseUrl.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        const QString reason = m_baseUrl.isEmpty()
                                   ? tr("aucune adresse n'est indiquée.")
                                   : tr("« %1 » n'est pas une adresse http:// ou https://.")
                                         .arg(m_baseUrl.toString());
        Error error = makeError(QString(errors::invalidServerUrl),
                                tr("L'adresse du serveur n'est pas valide : %1").arg(reason));
        QMetaObject::invokeMethod(
            ctx, [done = std::move(done), error] { done(error); }, Qt::QueuedConnection);
        return;
    }

    QUrl url = m_baseUrl;
    QString basePath = m_baseUrl.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    // `path` may carry an already encoded query string ("/api/sync/pull?cursor=...").
    const qsizetype question = path.indexOf(u'?');
    url.setPath(basePath + (question < 0 ? path : path.left(question)));
    if (question >= 0)
        url.setQuery(path.mid(question + 1), QUrl::StrictMode);

    QNetworkRequest request(url);
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    // The interface language, should the server ever localise its messages.
    request.setRawHeader(QByteArrayLiteral("Accept-Language"), QLocale().bcp47Name().toLatin1());
    request.setHeader(
        QNetworkRequest::UserAgentHeader,
        QStringLiteral("Hector-Desktop/%1").arg(QCoreApplication::applicationVersion()));
    if (!accessToken.isEmpty()) {
        request.setRawHeader(QByteArrayLiteral("Authorization"),
                             QByteArrayLiteral("Bearer ") + accessToken.toUtf8());
    }
    QByteArray payload;
    if (hasBody(method)) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/json; charset=utf-8"));
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }

    QNetworkReply *reply = nullptr;
    switch (method) {
    case Method::Get:
        reply = m_network->get(request);
        break;
    case Method::Post:
        reply = m_network->post(request, payload);
        break;
    case Method::Put:
        reply = m_network->put(request, payload);
        break;
    case Method::Delete:
        reply = m_network->deleteResource(request);
        break;
    case Method::Patch:
        reply = m_network->sendCustomRequest(request, verb(method), payload);
        break;
    }
    qCDebug(lcSync) << verb(method).constData() << url.toString();

    auto sslErrors = std::make_shared<QStringList>();
#if QT_CONFIG(ssl)
    connect(reply, &QNetworkReply::sslErrors, this, [sslErrors](const QList<QSslError> &list) {
        for (const QSslError &e : list)
            sslErrors->append(e.errorString());
    });
#endif
    connect(reply,
            &QNetworkReply::finished,
            this,
            [this, reply, sslErrors, guard = QPointer<QObject>(ctx), done = std::move(done)] {
                reply->deleteLater();
                Result<RawReply> result = interpret(reply, *sslErrors);
                if (guard)
                    done(std::move(result));
            });
}

Result<ApiClient::RawReply> ApiClient::interpret(QNetworkReply *reply,
                                                 const QStringList &sslErrors) const
{
    const QNetworkReply::NetworkError netError = reply->error();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // Network- and proxy-level errors (codes below 200): no usable HTTP answer.
    if ((netError != QNetworkReply::NoError && netError < QNetworkReply::ContentAccessDenied)
        || !statusAttribute.isValid()) {
        return transportError(reply, sslErrors);
    }

    RawReply raw;
    raw.httpStatus = statusAttribute.toInt();
    const QByteArray data = reply->readAll();
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    raw.jsonObject = parseError.error == QJsonParseError::NoError && document.isObject();
    if (raw.jsonObject)
        raw.body = document.object();

    const bool success = raw.httpStatus >= 200 && raw.httpStatus < 300;
    if (raw.jsonObject && !success) {
        if (std::optional<Error> error = errorFromJson(raw.body); error && !error->code.isEmpty()) {
            if (error->message.isEmpty()) {
                error->message
                    = tr("Le serveur a refusé la demande (code « %1 »).").arg(error->code);
            }
            qCDebug(lcSync) << "server error" << raw.httpStatus << error->code;
            return *error;
        }
    }
    if (!raw.jsonObject) {
        qCWarning(lcSync) << "answer from" << reply->url().toString() << "is not JSON, HTTP"
                          << raw.httpStatus;
        if (raw.httpStatus == 502 || raw.httpStatus == 503 || raw.httpStatus == 504) {
            return makeError(QString(errors::serverUnavailable),
                             tr("Le serveur %1 est momentanément indisponible (erreur HTTP %2). "
                                "Réessayez dans quelques instants.")
                                 .arg(serverOf(reply->url()))
                                 .arg(raw.httpStatus));
        }
        return notHector();
    }
    return raw;
}

Error ApiClient::transportError(QNetworkReply *reply, const QStringList &sslErrors) const
{
    const QString server = serverOf(reply->url());
    qCWarning(lcSync) << "request to" << reply->url().toString() << "failed:" << reply->error()
                      << reply->errorString();
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError:
        return makeError(QString(errors::hostNotFound),
                         tr("Impossible de joindre le serveur %1 : ce nom d'hôte est introuvable. "
                            "Vérifiez l'adresse et votre connexion.")
                             .arg(server));
    case QNetworkReply::ConnectionRefusedError:
        return makeError(QString(errors::connectionRefused),
                         tr("Impossible de joindre le serveur %1 : la connexion a été refusée. "
                            "Vérifiez l'adresse et votre connexion.")
                             .arg(server));
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what setTransferTimeout() produces
        return makeError(QString(errors::timeout),
                         tr("Impossible de joindre le serveur %1 : il n'a pas répondu dans les "
                            "%2 secondes. Vérifiez l'adresse et votre connexion.")
                             .arg(server)
                             .arg((m_timeout.count() + 999) / 1000));
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownNetworkError:
        if (reply->error() == QNetworkReply::SslHandshakeFailedError || !sslErrors.isEmpty()) {
            // Certificate problems are listed (Qt translates them); a failed handshake only
            // has OpenSSL's technical text, which goes to the log.
            QString message
                = sslErrors.isEmpty()
                      ? tr("La connexion sécurisée (TLS) avec le serveur %1 a échoué.").arg(server)
                      : tr("La connexion sécurisée (TLS) avec le serveur %1 a échoué : %2.")
                            .arg(server, sslErrors.join(QStringLiteral(" ; ")));
            if (reply->url().scheme() == QLatin1String("https")) {
                message += u' '
                           + tr("Si ce serveur n'utilise pas HTTPS, saisissez son adresse en "
                                "commençant par http://.");
            }
            return makeError(QString(errors::tlsError), message);
        }
        break;
    case QNetworkReply::RemoteHostClosedError:
        return makeError(QString(errors::networkError),
                         tr("Impossible de joindre le serveur %1 : la connexion a été "
                            "interrompue. Vérifiez l'adresse et votre connexion.")
                             .arg(server));
    default:
        break;
    }
    return makeError(QString(errors::networkError),
                     tr("Impossible de joindre le serveur %1. Vérifiez l'adresse et votre "
                        "connexion.")
                         .arg(server));
}

Result<QJsonObject> ApiClient::successBody(Result<RawReply> raw, const Error &notHectorError)
{
    if (!raw)
        return raw.error();
    if (raw->httpStatus < 200 || raw->httpStatus >= 300)
        return notHectorError;
    return std::move(raw->body);
}

void ApiClient::send(Method method,
                     const QString &path,
                     const QJsonObject &body,
                     const QString &accessToken,
                     QObject *context,
                     Callback<QJsonObject> done)
{
    perform(method,
            path,
            body,
            accessToken,
            context,
            [done = std::move(done), notHectorError = notHector()](Result<RawReply> raw) {
                done(successBody(std::move(raw), notHectorError));
            });
}

void ApiClient::health(QObject *context, Callback<HealthInfo> done)
{
    perform(Method::Get,
            QStringLiteral("/api/health"),
            {},
            {},
            context,
            [done = std::move(done), notHectorError = notHector()](Result<RawReply> raw) {
                if (!raw) {
                    done(raw.error());
                    return;
                }
                const QJsonObject &o = raw->body;
                const QString status = o.value(QLatin1StringView("status")).toString();
                const bool healthShape
                    = !status.isEmpty() && o.value(QLatin1StringView("version")).isString();
                if (!healthShape || (raw->httpStatus != 200 && raw->httpStatus != 503)) {
                    done(notHectorError);
                    return;
                }
                HealthInfo info;
                info.status = status;
                info.version = o.value(QLatin1StringView("version")).toString();
                info.databaseOk
                    = raw->httpStatus == 200
                      && o.value(QLatin1StringView("database")).toString() == QLatin1String("ok");
                info.serverTime = QDateTime::fromString(
                    o.value(QLatin1StringView("time")).toString(), Qt::ISODateWithMs);
                done(info);
            });
}

void ApiClient::login(const QString &email,
                      const QString &password,
                      bool rememberMe,
                      QObject *context,
                      Callback<AuthTokensDto> done)
{
    const QJsonObject body{{QStringLiteral("email"), email},
                           {QStringLiteral("password"), password},
                           {QStringLiteral("rememberMe"), rememberMe}};
    send(Method::Post,
         QStringLiteral("/api/auth/login"),
         body,
         {},
         context,
         [done = std::move(done), nh = notHector()](Result<QJsonObject> r) {
             done(parsed<AuthTokensDto>(r, &AuthTokensDto::fromJson, nh));
         });
}

void ApiClient::refresh(const QString &refreshToken, QObject *context, Callback<AuthTokensDto> done)
{
    const QJsonObject body{{QStringLiteral("refreshToken"), refreshToken}};
    send(Method::Post,
         QStringLiteral("/api/auth/refresh"),
         body,
         {},
         context,
         [done = std::move(done), nh = notHector()](Result<QJsonObject> r) {
             done(parsed<AuthTokensDto>(r, &AuthTokensDto::fromJson, nh));
         });
}

void ApiClient::logout(const QString &accessToken, QObject *context, Callback<void> done)
{
    send(Method::Post,
         QStringLiteral("/api/auth/logout"),
         QJsonObject{},
         accessToken,
         context,
         [done = std::move(done)](Result<QJsonObject> r) {
             if (!r)
                 done(r.error());
             else
                 done(Result<void>{});
         });
}

void ApiClient::currentUser(const QString &accessToken, QObject *context, Callback<UserDto> done)
{
    send(Method::Get,
         QStringLiteral("/api/auth/user"),
         {},
         accessToken,
         context,
         [done = std::move(done), nh = notHector()](Result<QJsonObject> r) {
             done(parsed<UserDto>(
                 r,
                 [](const QJsonObject &o) {
                     return UserDto::fromJson(o.value(QLatin1StringView("user")).toObject());
                 },
                 nh));
         });
}

void ApiClient::forgotPassword(const QString &email, QObject *context, Callback<QString> done)
{
    const QJsonObject body{{QStringLiteral("email"), email}};
    send(Method::Post,
         QStringLiteral("/api/auth/forgot-password"),
         body,
         {},
         context,
         [done = std::move(done)](Result<QJsonObject> r) {
             if (!r)
                 done(r.error());
             else
                 done(r->value(QLatin1StringView("message")).toString());
         });
}

void ApiClient::resetPassword(const QString &token,
                              const QString &password,
                              QObject *context,
                              Callback<QString> done)
{
    const QJsonObject body{{QStringLiteral("token"), token},
                           {QStringLiteral("password"), password}};
    send(Method::Post,
         QStringLiteral("/api/auth/reset-password"),
         body,
         {},
         context,
         [done = std::move(done)](Result<QJsonObject> r) {
             if (!r)
                 done(r.error());
             else
                 done(r->value(QLatin1StringView("message")).toString());
         });
}

void ApiClient::acceptInvite(const AcceptInviteRequest &request,
                             QObject *context,
                             Callback<AuthTokensDto> done)
{
    QJsonObject body{{QStringLiteral("token"), request.token},
                     {QStringLiteral("password"), request.password},
                     {QStringLiteral("rememberMe"), request.rememberMe}};
    if (!request.firstName.trimmed().isEmpty())
        body.insert(QStringLiteral("firstName"), request.firstName.trimmed());
    if (!request.lastName.trimmed().isEmpty())
        body.insert(QStringLiteral("lastName"), request.lastName.trimmed());
    send(Method::Post,
         QStringLiteral("/api/auth/accept-invite"),
         body,
         {},
         context,
         [done = std::move(done), nh = notHector()](Result<QJsonObject> r) {
             done(parsed<AuthTokensDto>(r, &AuthTokensDto::fromJson, nh));
         });
}

} // namespace hector::sync
