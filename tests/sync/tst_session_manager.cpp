#include "FakeHector.h"
#include "sync/CredentialStore.h"
#include "sync/SessionManager.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace hector;
using namespace hector::sync;
using namespace hector::test;
using namespace Qt::StringLiterals;

class TestSessionManager : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeHector> m_fake;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<CredentialStore> m_store;
    MemoryBackend *m_backend = nullptr;
    std::unique_ptr<SessionManager> m_session;

    void makeSession() { m_session = std::make_unique<SessionManager>(m_api.get(), m_store.get()); }

    bool signIn(bool remember)
    {
        QSignalSpy spy(m_session.get(), &SessionManager::signedIn);
        m_session->login(m_fake->baseUrl(), m_fake->email, m_fake->password, remember);
        return spy.wait(10000) && m_session->isSignedIn();
    }

    QString storedKey() const { return CredentialStore::keyFor(m_fake->baseUrl(), m_fake->email); }

private slots:
    void init()
    {
        m_fake = std::make_unique<FakeHector>();
        QVERIFY(m_fake->start());
        m_api = std::make_unique<ApiClient>();
        auto backend = std::make_unique<MemoryBackend>();
        m_backend = backend.get();
        m_store = std::make_unique<CredentialStore>(std::move(backend));
        makeSession();
    }

    void cleanup()
    {
        m_session.reset();
        m_store.reset();
        m_api.reset();
        m_fake.reset();
    }

    void loginRemembered()
    {
        QSignalSpy states(m_session.get(), &SessionManager::stateChanged);
        QSignalSpy persisted(m_session.get(), &SessionManager::persistenceChanged);
        QVERIFY(signIn(true));
        QCOMPARE(states.size(), 2); // SigningIn, SignedIn
        QCOMPARE(states.at(0).at(0).value<SessionManager::State>(),
                 SessionManager::State::SigningIn);
        QCOMPARE(m_session->user().displayName(), u"Alice Martin"_s);
        QCOMPARE(m_session->user().role, Role::Manager);
        QCOMPARE(m_session->accessToken(), m_fake->lastIssuedAccessToken());
        QVERIFY(m_session->rememberMe());
        QCOMPARE(m_session->serverUrl(), m_fake->baseUrl());
        QTRY_VERIFY(m_session->isPersisted());
        QCOMPARE(persisted.size(), 1);
        QVERIFY(m_backend->entries().value(storedKey()).contains(m_fake->lastIssuedRefreshToken()));
        QVERIFY(m_store->persistentAvailable());
    }

    void loginThisSessionOnly()
    {
        // An older remembered session for the same account is forgotten.
        m_backend->write(storedKey(), u"{\"refreshToken\":\"old\"}"_s, [](const auto &) {});
        QVERIFY(signIn(false));
        QVERIFY(!m_session->rememberMe());
        QTRY_VERIFY(!m_backend->entries().contains(storedKey()));
        QVERIFY(!m_session->isPersisted());
    }

    void wrongPassword()
    {
        QSignalSpy failed(m_session.get(), &SessionManager::signInFailed);
        m_session->login(m_fake->baseUrl(), m_fake->email, u"mauvais"_s, false);
        QVERIFY(failed.wait(10000));
        const auto error = failed.at(0).at(0).value<Error>();
        QCOMPARE(error.code, u"invalid_credentials"_s);
        QCOMPARE(error.message, u"Adresse e-mail ou mot de passe incorrect."_s);
        QCOMPARE(m_session->state(), SessionManager::State::SignedOut);
    }

    void refreshBeforeExpiryRotatesTokens()
    {
        m_fake->accessLifetime = 2; // refresh at 1.5 s
        QVERIFY(signIn(true));
        const QString firstRefresh = m_fake->lastIssuedRefreshToken();
        QSignalSpy refreshed(m_session.get(), &SessionManager::tokensRefreshed);
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(m_fake->refreshCount(), 1);
        QCOMPARE(m_session->accessToken(), m_fake->lastIssuedAccessToken());
        QVERIFY(m_fake->lastIssuedRefreshToken() != firstRefresh);
        // The rotated refresh token replaces the old one in the keychain.
        QTRY_VERIFY(
            m_backend->entries().value(storedKey()).contains(m_fake->lastIssuedRefreshToken()));
        QVERIFY(!m_backend->entries().value(storedKey()).contains(firstRefresh + u'"'));
        QVERIFY(m_session->isSignedIn());
    }

    void retryOnceOnTokenExpired()
    {
        QVERIFY(signIn(false));
        m_fake->expireAccessTokens();
        m_fake->http().clearRequests();
        std::optional<Result<QJsonObject>> answer;
        m_session->authorizedRequest(
            ApiClient::Method::Get,
            u"/api/auth/user"_s,
            {},
            this,
            [&answer](Result<QJsonObject> r) { answer.emplace(std::move(r)); });
        QTRY_VERIFY(answer.has_value());
        QVERIFY(answer->ok());
        QCOMPARE((*answer)->value(u"user"_s).toObject().value(u"firstName"_s).toString(),
                 u"Alice"_s);
        const auto requests = m_fake->http().requests();
        QCOMPARE(requests.size(), 3);
        QCOMPARE(requests.at(0).path, u"/api/auth/user"_s);
        QCOMPARE(requests.at(1).path, u"/api/auth/refresh"_s);
        QCOMPARE(requests.at(2).path, u"/api/auth/user"_s);
        QCOMPARE(requests.at(2).bearer(), m_fake->lastIssuedAccessToken());
    }

    void concurrentExpiriesShareOneRefresh()
    {
        QVERIFY(signIn(false));
        m_fake->expireAccessTokens();
        int ok = 0;
        for (int i = 0; i < 3; ++i) {
            m_session->authorizedRequest(
                ApiClient::Method::Get,
                u"/api/auth/user"_s,
                {},
                this,
                [&ok](const Result<QJsonObject> &r) { ok += r.ok() ? 1 : 0; });
        }
        QTRY_COMPARE(ok, 3);
        // One refresh only: presenting a spent refresh token would revoke the session.
        QCOMPARE(m_fake->refreshCount(), 1);
        QVERIFY(m_session->isSignedIn());
    }

    void refusedRefreshEndsSession()
    {
        QVERIFY(signIn(true));
        QTRY_VERIFY(m_session->isPersisted());
        m_fake->revokeAll();
        QSignalSpy out(m_session.get(), &SessionManager::signedOut);
        m_session->refreshNow();
        QVERIFY(out.wait(10000));
        const auto reason = out.at(0).at(0).value<Error>();
        QCOMPARE(reason.code, u"invalid_refresh_token"_s);
        QVERIFY(!reason.message.isEmpty());
        QCOMPARE(m_session->state(), SessionManager::State::SignedOut);
        QVERIFY(m_session->accessToken().isEmpty());
        QTRY_VERIFY(!m_backend->entries().contains(storedKey()));
    }

    void unauthorizedEndsSession()
    {
        QVERIFY(signIn(false));
        m_fake->revokeAll();
        QSignalSpy out(m_session.get(), &SessionManager::signedOut);
        std::optional<Result<QJsonObject>> answer;
        m_session->authorizedRequest(
            ApiClient::Method::Get,
            u"/api/auth/user"_s,
            {},
            this,
            [&answer](Result<QJsonObject> r) { answer.emplace(std::move(r)); });
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(answer->error().code, u"unauthorized"_s);
        QCOMPARE(out.size(), 1);
        QVERIFY(!m_session->isSignedIn());
    }

    void unreachableServerKeepsSession()
    {
        QVERIFY(signIn(false));
        m_fake->stop();
        QSignalSpy out(m_session.get(), &SessionManager::signedOut);
        m_session->refreshNow();
        QTest::qWait(1000);
        QCOMPARE(out.size(), 0);
        QVERIFY(m_session->isSignedIn());
    }

    void restoreFromKeychain()
    {
        QVERIFY(signIn(true));
        QTRY_VERIFY(m_session->isPersisted());
        const QString stored = m_fake->lastIssuedRefreshToken();
        // A new process: new session manager, same keychain.
        m_session.reset();
        auto backend = std::make_unique<MemoryBackend>();
        backend->write(CredentialStore::keyFor(m_fake->baseUrl(), m_fake->email),
                       u"{\"refreshToken\":\"%1\"}"_s.arg(stored),
                       [](const auto &) {});
        m_backend = backend.get();
        m_store = std::make_unique<CredentialStore>(std::move(backend));
        makeSession();

        QSignalSpy in(m_session.get(), &SessionManager::signedIn);
        m_session->restore(m_fake->baseUrl(), m_fake->email);
        QVERIFY(in.wait(10000));
        QVERIFY(m_session->rememberMe());
        QCOMPARE(m_session->user().email, m_fake->email);
        // Rotation: the stored token was spent and replaced.
        QVERIFY(m_fake->lastIssuedRefreshToken() != stored);
        QTRY_VERIFY(
            m_backend->entries().value(storedKey()).contains(m_fake->lastIssuedRefreshToken()));
    }

    void restoreWithoutSavedSession()
    {
        QSignalSpy failed(m_session.get(), &SessionManager::restoreFailed);
        m_session->restore(m_fake->baseUrl(), m_fake->email);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.at(0).at(0).value<Error>().code, u"no_saved_session"_s);
        QCOMPARE(m_fake->refreshCount(), 0);
        QCOMPARE(m_session->state(), SessionManager::State::SignedOut);
    }

    void restoreWithRevokedToken()
    {
        m_backend->write(storedKey(), u"{\"refreshToken\":\"revoked\"}"_s, [](const auto &) {});
        QSignalSpy failed(m_session.get(), &SessionManager::restoreFailed);
        m_session->restore(m_fake->baseUrl(), m_fake->email);
        QVERIFY(failed.wait(5000));
        const auto error = failed.at(0).at(0).value<Error>();
        QCOMPARE(error.code, u"invalid_refresh_token"_s);
        QVERIFY(error.message.contains(u"Reconnectez-vous"_s));
        QTRY_VERIFY(!m_backend->entries().contains(storedKey()));
    }

    void restoreWhileServerUnreachableKeepsToken()
    {
        m_backend->write(storedKey(), u"{\"refreshToken\":\"kept\"}"_s, [](const auto &) {});
        m_fake->stop();
        QSignalSpy failed(m_session.get(), &SessionManager::restoreFailed);
        m_session->restore(m_fake->baseUrl(), m_fake->email);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(0).value<Error>().code, u"connection_refused"_s);
        QTest::qWait(100);
        QVERIFY(m_backend->entries().contains(storedKey()));
    }

    void noKeychainKeepsSessionInMemory()
    {
        m_backend->setAvailable(false);
        QSignalSpy availability(m_store.get(), &CredentialStore::availabilityChanged);
        QVERIFY(signIn(true));
        QTRY_COMPARE(m_store->availability(), CredentialStore::Availability::Unavailable);
        QVERIFY(!m_store->persistentAvailable());
        QCOMPARE(m_store->unavailableReason(),
                 u"Aucun trousseau système disponible : la session ne sera pas mémorisée."_s);
        QVERIFY(m_session->rememberMe());
        QVERIFY(!m_session->isPersisted());
        QVERIFY(m_session->isSignedIn());
        QVERIFY(availability.size() >= 1);
    }

    void logoutRevokesAndForgets()
    {
        QVERIFY(signIn(true));
        QTRY_VERIFY(m_session->isPersisted());
        const QString access = m_session->accessToken();
        QSignalSpy out(m_session.get(), &SessionManager::signedOut);
        m_session->logout();
        QCOMPARE(out.size(), 1); // immediately, locally
        QVERIFY(out.at(0).at(0).value<Error>().code.isEmpty());
        QCOMPARE(m_session->state(), SessionManager::State::SignedOut);
        QTRY_COMPARE(m_fake->logoutCount(), 1);
        QCOMPARE(m_fake->http().requests().constLast().bearer(), access);
        QTRY_VERIFY(!m_backend->entries().contains(storedKey()));
    }

    void logoutWithExpiredAccessTokenStillRevokes()
    {
        QVERIFY(signIn(false));
        m_fake->expireAccessTokens();
        m_session->logout();
        QTRY_COMPARE(m_fake->logoutCount(), 1);
        QCOMPARE(m_fake->refreshCount(), 1);
    }

    void reloadUser()
    {
        QVERIFY(signIn(false));
        m_fake->firstName = u"Alicia"_s;
        QSignalSpy changed(m_session.get(), &SessionManager::userChanged);
        m_session->reloadUser();
        QVERIFY(changed.wait(5000));
        QCOMPARE(m_session->user().firstName, u"Alicia"_s);
    }

    void acceptInviteSignsIn()
    {
        AcceptInviteRequest request;
        request.token = m_fake->inviteCode;
        request.password = u"bienvenue123"_s;
        request.rememberMe = false;
        QSignalSpy in(m_session.get(), &SessionManager::signedIn);
        m_session->acceptInvite(m_fake->baseUrl(), request);
        QVERIFY(in.wait(5000));
        QVERIFY(m_session->isSignedIn());
    }

    void cancelSignIn()
    {
        QSignalSpy in(m_session.get(), &SessionManager::signedIn);
        m_session->login(m_fake->baseUrl(), m_fake->email, m_fake->password, false);
        QCOMPARE(m_session->state(), SessionManager::State::SigningIn);
        m_session->logout();
        QCOMPARE(m_session->state(), SessionManager::State::SignedOut);
        QTRY_COMPARE(m_fake->loginCount(), 1);
        QTest::qWait(200);
        QCOMPARE(in.size(), 0);
        QVERIFY(!m_session->isSignedIn());
    }
};

QTEST_GUILESS_MAIN(TestSessionManager)
#include "tst_session_manager.moc"
