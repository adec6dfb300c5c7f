#include "sync/SessionManager.h"

#include "sync/CredentialStore.h"
#include "sync/Logging.h"

#include <QPointer>
#include <algorithm>
#include <utility>

namespace hector::sync {

namespace {

constexpr auto kTokenExpired = QLatin1StringView("token_expired");
constexpr auto kUnauthorized = QLatin1StringView("unauthorized");
constexpr auto kInvalidRefreshToken = QLatin1StringView("invalid_refresh_token");
constexpr auto kSessionRevoked = QLatin1StringView("session_revoked");

// Default access-token lifetime when the server does not say (docs/api.md: 15 minutes).
constexpr qint64 kDefaultAccessLifetimeMs = 15 * 60 * 1000;
// Refresh this long before the access token expires (or at 3/4 of a shorter lifetime).
constexpr qint64 kRefreshMarginMs = 60 * 1000;
constexpr qint64 kMinimumRefreshDelayMs = 1000;

} // namespace

SessionManager::SessionManager(ApiClient *api, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_credentials(credentials)
{
    Q_ASSERT(m_api);
    Q_ASSERT(m_credentials);
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SessionManager::refreshNow);
}

SessionManager::~SessionManager() = default;

ApiClient *SessionManager::api() const
{
    return m_api;
}

CredentialStore *SessionManager::credentials() const
{
    return m_credentials;
}

SessionManager::State SessionManager::state() const
{
    return m_state;
}

bool SessionManager::isSignedIn() const
{
    return m_state == State::SignedIn;
}

const UserDto &SessionManager::user() const
{
    return m_user;
}

QUrl SessionManager::serverUrl() const
{
    return m_server;
}

QString SessionManager::accessToken() const
{
    return m_accessToken;
}

QDateTime SessionManager::accessExpiresAt() const
{
    return m_accessExpiresAt;
}

QDateTime SessionManager::refreshExpiresAt() const
{
    return m_refreshExpiresAt;
}

bool SessionManager::rememberMe() const
{
    return m_rememberMe;
}

bool SessionManager::isPersisted() const
{
    return m_persisted;
}

void SessionManager::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SessionManager::setPersisted(bool persisted)
{
    if (m_persisted == persisted)
        return;
    m_persisted = persisted;
    emit persistenceChanged(persisted);
}

void SessionManager::startSignIn(const QUrl &server)
{
    if (m_state == State::SignedIn) {
        qCWarning(lcSync) << "signing in while a session is open: the old session is dropped";
        endSession(Error{});
    }
    ++m_generation;
    m_server = server;
    m_api->setBaseUrl(server);
    setState(State::SigningIn);
}

void SessionManager::login(const QUrl &server,
                           const QString &email,
                           const QString &password,
                           bool rememberMe)
{
    startSignIn(server);
    const quint64 generation = m_generation;
    m_api->login(email.trimmed(),
                 password,
                 rememberMe,
                 this,
                 [this, generation, email](Result<AuthTokensDto> result) {
                     if (generation == m_generation)
                         finishSignIn(Origin::Login, email, std::move(result));
                 });
}

void SessionManager::acceptInvite(const QUrl &server, const AcceptInviteRequest &request)
{
    startSignIn(server);
    const quint64 generation = m_generation;
    m_api->acceptInvite(request, this, [this, generation](Result<AuthTokensDto> result) {
        if (generation == m_generation)
            finishSignIn(Origin::Login, QString(), std::move(result));
    });
}

void SessionManager::restore(const QUrl &server, const QString &email)
{
    startSignIn(server);
    const quint64 generation = m_generation;
    m_credentials->load(
        server,
        email,
        this,
        [this, generation, server, email](std::optional<CredentialStore::StoredSession> stored) {
            if (generation != m_generation)
                return;
            if (!stored) {
                finishSignIn(Origin::Restore,
                             email,
                             makeError(QStringLiteral("no_saved_session"),
                                       tr("Aucune session n'est enregistrée sur cet ordinateur.")));
                return;
            }
            if (stored->expiresAt.isValid()
                && stored->expiresAt <= QDateTime::currentDateTimeUtc()) {
                m_credentials->remove(server, email, this, {});
                finishSignIn(Origin::Restore,
                             email,
                             makeError(QStringLiteral("session_expired"),
                                       tr("Votre session enregistrée a expiré. "
                                          "Reconnectez-vous.")));
                return;
            }
            m_api->refresh(stored->refreshToken,
                           this,
                           [this, generation, server, email](Result<AuthTokensDto> result) {
                               if (generation != m_generation)
                                   return;
                               if (!result && !errors::isConnectivityError(result.error())) {
                                   // The server refused the stored token: forget it.
                                   m_credentials->remove(server, email, this, {});
                                   const QString code = result.error().code;
                                   if (code == kInvalidRefreshToken || code == kSessionRevoked) {
                                       result = makeError(
                                           code,
                                           tr("Votre session enregistrée a expiré ou a été "
                                              "révoquée. Reconnectez-vous."));
                                   }
                               }
                               finishSignIn(Origin::Restore, email, std::move(result));
                           });
        });
}

void SessionManager::finishSignIn(Origin origin, const QString &email, Result<AuthTokensDto> result)
{
    Q_UNUSED(email)
    if (!result) {
        qCInfo(lcSync) << (origin == Origin::Login ? "sign-in failed:" : "restore failed:")
                       << result.error().code;
        setState(State::SignedOut);
        if (origin == Origin::Login)
            emit signInFailed(result.error());
        else
            emit restoreFailed(result.error());
        return;
    }
    m_user = result->user;
    m_email = result->user.email;
    applyTokens(*result);
    setState(State::SignedIn);
    qCInfo(lcSync) << "signed in as" << m_user.email << "remember:" << m_rememberMe;
    persistTokens();
    emit signedIn(m_user);
}

void SessionManager::applyTokens(const AuthTokensDto &tokens)
{
    m_accessToken = tokens.accessToken;
    m_refreshToken = tokens.refreshToken;
    m_refreshExpiresAt = tokens.refreshExpiresAt;
    m_rememberMe = tokens.rememberMe;
    m_refreshOverdue = false;

    const qint64 lifetimeMs = tokens.accessExpiresIn > 0
                                  ? static_cast<qint64>(tokens.accessExpiresIn) * 1000
                                  : kDefaultAccessLifetimeMs;
    m_accessExpiresAt = QDateTime::currentDateTimeUtc().addMSecs(lifetimeMs);
    const qint64 delay
        = std::max(kMinimumRefreshDelayMs, lifetimeMs - std::min(kRefreshMarginMs, lifetimeMs / 4));
    m_refreshTimer.start(std::chrono::milliseconds(delay));
}

void SessionManager::persistTokens()
{
    if (m_email.isEmpty())
        return;
    const quint64 generation = m_generation;
    if (!m_rememberMe) {
        // "This session only": make sure no older remembered session stays in the keychain.
        m_credentials->remove(m_server, m_email, this, {});
        setPersisted(false);
        return;
    }
    CredentialStore::StoredSession stored{m_refreshToken, m_refreshExpiresAt};
    m_credentials->save(m_server, m_email, stored, this, [this, generation](bool persisted) {
        if (generation == m_generation)
            setPersisted(persisted);
    });
}

void SessionManager::refreshNow()
{
    if (m_state != State::SignedIn)
        return;
    refreshTokens([](const Result<void> &) {});
}

void SessionManager::resumeAfterReconnect()
{
    if (m_state != State::SignedIn || m_refreshInFlight)
        return;
    const QDateTime soon = QDateTime::currentDateTimeUtc().addMSecs(kRefreshMarginMs);
    if (m_refreshOverdue || !m_accessExpiresAt.isValid() || m_accessExpiresAt <= soon)
        refreshNow();
}

void SessionManager::refreshTokens(std::function<void(Result<void>)> done)
{
    if (m_state != State::SignedIn) {
        done(makeError(QStringLiteral("not_signed_in"), tr("Vous n'êtes pas connecté.")));
        return;
    }
    m_refreshWaiters.push_back(std::move(done));
    if (m_refreshInFlight)
        return;
    m_refreshInFlight = true;
    m_refreshTimer.stop();
    const quint64 generation = m_generation;
    qCDebug(lcSync) << "refreshing the access token";
    m_api->refresh(m_refreshToken, this, [this, generation](Result<AuthTokensDto> result) {
        onRefreshFinished(generation, std::move(result));
    });
}

void SessionManager::onRefreshFinished(quint64 generation, Result<AuthTokensDto> result)
{
    if (generation != m_generation)
        return;
    m_refreshInFlight = false;
    auto waiters = std::exchange(m_refreshWaiters, {});

    if (result) {
        const bool userChangedNow = result->user.toJson() != m_user.toJson();
        m_user = result->user;
        applyTokens(*result);
        persistTokens();
        emit tokensRefreshed();
        if (userChangedNow)
            emit userChanged(m_user);
        for (auto &waiter : waiters)
            waiter(Result<void>{});
        return;
    }

    const Error error = result.error();
    if (errors::isConnectivityError(error)) {
        qCWarning(lcSync) << "refresh failed, server unreachable; retrying later:" << error.code;
        m_refreshOverdue = true;
        m_refreshTimer.start(kRefreshRetryDelay);
        for (auto &waiter : waiters)
            waiter(error);
        return;
    }
    qCInfo(lcSync) << "refresh refused by the server:" << error.code;
    for (auto &waiter : waiters)
        waiter(error);
    endSession(error);
}

void SessionManager::authorizedRequest(ApiClient::Method method,
                                       const QString &path,
                                       const QJsonObject &body,
                                       QObject *context,
                                       ApiClient::Callback<QJsonObject> done)
{
    sendAuthorized(method, path, body, context, std::move(done), false);
}

void SessionManager::sendAuthorized(ApiClient::Method method,
                                    const QString &path,
                                    const QJsonObject &body,
                                    QObject *context,
                                    ApiClient::Callback<QJsonObject> done,
                                    bool retried)
{
    QPointer<QObject> guard(context ? context : this);
    if (m_state != State::SignedIn) {
        QMetaObject::invokeMethod(
            guard.data(),
            [done = std::move(done)] {
                done(makeError(QStringLiteral("not_signed_in"), tr("Vous n'êtes pas connecté.")));
            },
            Qt::QueuedConnection);
        return;
    }
    const quint64 generation = m_generation;
    m_api->send(method,
                path,
                body,
                m_accessToken,
                this,
                [this, method, path, body, guard, generation, retried, done = std::move(done)](
                    Result<QJsonObject> result) mutable {
                    if (!guard)
                        return;
                    if (!result && generation == m_generation) {
                        const QString code = result.error().code;
                        if (code == kTokenExpired && !retried) {
                            refreshTokens([this, method, path, body, guard, done = std::move(done)](
                                              Result<void> refreshed) mutable {
                                if (!guard)
                                    return;
                                if (!refreshed) {
                                    done(refreshed.error());
                                    return;
                                }
                                sendAuthorized(
                                    method, path, body, guard.data(), std::move(done), true);
                            });
                            return;
                        }
                        if (code == kUnauthorized) {
                            done(result.error());
                            endSession(result.error());
                            return;
                        }
                    }
                    done(std::move(result));
                });
}

void SessionManager::reloadUser()
{
    authorizedRequest(
        ApiClient::Method::Get,
        QStringLiteral("/api/auth/user"),
        {},
        this,
        [this](Result<QJsonObject> result) {
            if (!result) {
                emit requestFailed(result.error());
                return;
            }
            const std::optional<UserDto> user
                = UserDto::fromJson(result->value(QLatin1StringView("user")).toObject());
            if (!user) {
                emit requestFailed(makeError(QString(errors::notHectorServer),
                                             tr("Le serveur a renvoyé une réponse inattendue.")));
                return;
            }
            m_user = *user;
            emit userChanged(m_user);
        });
}

void SessionManager::logout()
{
    if (m_state == State::SignedOut)
        return;
    if (m_state == State::SigningIn) {
        // Cancels a sign-in or a restore in progress.
        ++m_generation;
        setState(State::SignedOut);
        emit signedOut(Error{});
        return;
    }
    const QString access = m_accessToken;
    const QString refresh = m_refreshToken;
    endSession(Error{});

    // Revoke the session on the server; nothing depends on the outcome.
    m_api->logout(access, this, [this, refresh](Result<void> result) {
        if (result || result.error().code != kTokenExpired || refresh.isEmpty())
            return;
        m_api->refresh(refresh, this, [this](Result<AuthTokensDto> tokens) {
            if (tokens)
                m_api->logout(tokens->accessToken, this, [](const Result<void> &) {});
        });
    });
}

void SessionManager::endSession(const Error &reason)
{
    ++m_generation;
    m_refreshTimer.stop();
    m_refreshInFlight = false;
    auto waiters = std::exchange(m_refreshWaiters, {});
    if (!m_email.isEmpty())
        m_credentials->remove(m_server, m_email, this, {});
    m_accessToken.clear();
    m_refreshToken.clear();
    m_accessExpiresAt = {};
    m_refreshExpiresAt = {};
    m_refreshOverdue = false;
    m_rememberMe = false;
    m_user = UserDto{};
    m_email.clear();
    setPersisted(false);
    setState(State::SignedOut);
    for (auto &waiter : waiters)
        waiter(makeError(QStringLiteral("signed_out"), tr("La session est terminée.")));
    if (reason.code.isEmpty())
        qCInfo(lcSync) << "signed out";
    else
        qCInfo(lcSync) << "session ended:" << reason.code;
    emit signedOut(reason);
}

} // namespace hector::sync
