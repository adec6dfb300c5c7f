#pragma once

#include "core/Result.h"
#include "sync/ApiClient.h"
#include "sync/CredentialStore.h"
#include "sync/SessionManager.h"
#include "sync/engine/SyncEngine.h"
#include "sync/replica/LocalReplica.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace hector::test {

// One desktop client without widgets: API client, session (keychain in memory), replica and
// sync engine — the same objects the application uses.
class SyncClient
{
public:
    explicit SyncClient(const QString &replicaPath)
        : m_api(new sync::ApiClient)
        , m_credentials(new sync::CredentialStore(std::make_unique<sync::MemoryBackend>()))
        , m_session(new sync::SessionManager(m_api.get(), m_credentials.get()))
        , m_path(replicaPath)
    {}
    ~SyncClient() { close(); }

    // Signs in (blocking, with a timeout); false with a warning on failure.
    bool login(const QUrl &server, const QString &email, const QString &password)
    {
        QEventLoop loop;
        bool ok = false;
        QObject::connect(m_session.get(), &sync::SessionManager::signedIn, &loop, [&] {
            ok = true;
            loop.quit();
        });
        QObject::connect(m_session.get(), &sync::SessionManager::signInFailed, &loop,
                         [&](const hector::Error &e) {
                             qWarning("login failed: %s", qPrintable(e.message));
                             loop.quit();
                         });
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        m_session->login(server, email, password, false);
        loop.exec();
        return ok;
    }

    // Opens the replica and starts the engine.
    bool open(bool live = true)
    {
        auto r = sync::LocalReplica::open(m_path);
        if (!r) {
            qWarning("replica: %s", qPrintable(r.error().message));
            return false;
        }
        m_replica = std::move(*r);
        m_engine = std::make_unique<sync::SyncEngine>(m_replica.get(), m_session.get());
        m_engine->setLiveEnabled(live);
        m_engine->setMaxBackoff(500);
        m_engine->start();
        return true;
    }

    void close()
    {
        if (m_engine)
            m_engine->stop();
        m_engine.reset();
        m_replica.reset();
    }

    // Waits until a cycle that started after this call ends with nothing pending (true) or the
    // timeout (false). A cycle already running may have read the server before the caller's
    // last change, so it does not count.
    bool waitSynced(int timeoutMs = 30000)
    {
        QElapsedTimer t;
        t.start();
        const quint64 target = m_engine->startedCycles() + 1;
        m_engine->syncNow();
        while (t.elapsed() < timeoutMs) {
            QEventLoop loop;
            QObject::connect(m_engine.get(), &sync::SyncEngine::synced, &loop, &QEventLoop::quit);
            QTimer::singleShot(200, &loop, &QEventLoop::quit);
            loop.exec();
            if (m_engine->lastCompletedCycle() >= target && m_engine->status() == sync::SyncEngine::Status::UpToDate
                && m_replica->pendingCount() == 0)
                return true;
        }
        return false;
    }

    sync::SessionManager *session() const { return m_session.get(); }
    sync::LocalReplica *replica() const { return m_replica.get(); }
    sync::SyncEngine *engine() const { return m_engine.get(); }

private:
    std::unique_ptr<sync::ApiClient> m_api;
    std::unique_ptr<sync::CredentialStore> m_credentials;
    std::unique_ptr<sync::SessionManager> m_session;
    QString m_path;
    std::unique_ptr<sync::LocalReplica> m_replica;
    std::unique_ptr<sync::SyncEngine> m_engine;
};

} // namespace hector::test
