#pragma once

#include "core/Dto.h"
#include "core/Result.h"
#include "sync/ApiClient.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <chrono>
#include <functional>
#include <vector>

namespace hector::sync {

class CredentialStore;

// The signed-in session: tokens, current user, refresh and persistence.
//
//  - login() / acceptInvite() sign in; restore() signs in again from the refresh token kept in
//    the keychain ("Se souvenir de moi").
//  - The access token is refreshed shortly before it expires, and on a 401 "token_expired"
//    answer to an authorized request (which is then retried once). Refresh tokens rotate: every
//    refresh returns a new one, which replaces the old one in memory and in the keychain.
//    Only one refresh runs at a time (a spent refresh token revokes the whole session).
//  - When the server rejects the refresh token (expired, revoked, account disabled) the session
//    ends and signedOut() carries the server's explanation.
class SessionManager : public QObject
{
    Q_OBJECT

public:
    enum class State { SignedOut, SigningIn, SignedIn };
    Q_ENUM(State)

    // Delay before retrying a refresh that failed because the server could not be reached.
    static constexpr std::chrono::milliseconds kRefreshRetryDelay{30000};

    SessionManager(ApiClient *api, CredentialStore *credentials, QObject *parent = nullptr);
    ~SessionManager() override;

    ApiClient *api() const;
    CredentialStore *credentials() const;

    State state() const;
    bool isSignedIn() const;
    const UserDto &user() const;
    QUrl serverUrl() const;
    QString accessToken() const;
    QDateTime accessExpiresAt() const;
    QDateTime refreshExpiresAt() const;
    // The user asked « Se souvenir de moi » (the server issued a 30-day refresh token).
    bool rememberMe() const;
    // The refresh token is in the system keychain: the session survives a restart.
    bool isPersisted() const;

    void login(const QUrl &server, const QString &email, const QString &password, bool rememberMe);
    void acceptInvite(const QUrl &server, const AcceptInviteRequest &request);
    // Signs in again with the refresh token stored for (server, email). Emits signedIn() or
    // restoreFailed(); the error code is "no_saved_session" when nothing was stored.
    void restore(const QUrl &server, const QString &email);
    // Ends the session at once locally; revokes it on the server in the background.
    void logout();

    // Refreshes the access token now (no-op when signed out).
    void refreshNow();
    // Refreshes when a refresh is overdue (e.g. failed while the server was unreachable).
    void resumeAfterReconnect();
    // Reloads the user from GET /api/auth/user; emits userChanged() or requestFailed().
    void reloadUser();

    // Calls the API with the access token; on 401 "token_expired" refreshes and retries once.
    void authorizedRequest(ApiClient::Method method,
                           const QString &path,
                           const QJsonObject &body,
                           QObject *context,
                           ApiClient::Callback<QJsonObject> done);

signals:
    void stateChanged(hector::sync::SessionManager::State state);
    void signedIn(const hector::UserDto &user);
    void signInFailed(const hector::Error &error);
    void restoreFailed(const hector::Error &error);
    void userChanged(const hector::UserDto &user);
    void tokensRefreshed();
    void persistenceChanged(bool persisted);
    void requestFailed(const hector::Error &error);
    // `reason` is empty when the user logged out, otherwise it says why the session ended.
    void signedOut(const hector::Error &reason);

private:
    enum class Origin { Login, Restore };
    void startSignIn(const QUrl &server);
    void finishSignIn(Origin origin, const QString &email, Result<AuthTokensDto> result);
    void applyTokens(const AuthTokensDto &tokens);
    void persistTokens();
    void refreshTokens(std::function<void(Result<void>)> done);
    void onRefreshFinished(quint64 generation, Result<AuthTokensDto> result);
    void sendAuthorized(ApiClient::Method method,
                        const QString &path,
                        const QJsonObject &body,
                        QObject *context,
                        ApiClient::Callback<QJsonObject> done,
                        bool retried);
    void endSession(const Error &reason);
    void setState(State state);
    void setPersisted(bool persisted);

    ApiClient *m_api;
    CredentialStore *m_credentials;
    State m_state = State::SignedOut;
    UserDto m_user;
    QUrl m_server;
    QString m_email;
    QString m_accessToken;
    QString m_refreshToken;
    QDateTime m_accessExpiresAt;
    QDateTime m_refreshExpiresAt;
    bool m_rememberMe = false;
    bool m_persisted = false;
    bool m_refreshOverdue = false;
    bool m_refreshInFlight = false;
    quint64 m_generation = 0; // bumped at every sign-in and sign-out: late answers are ignored
    std::vector<std::function<void(Result<void>)>> m_refreshWaiters;
    QTimer m_refreshTimer;
};

} // namespace hector::sync
