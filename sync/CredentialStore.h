#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

namespace hector::sync {

// Where secrets live. The system keychain in production (QtKeychain), memory in tests.
class CredentialBackend : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        NotFound,    // read/remove: no entry for that key
        Unavailable, // no keychain service on this system (or it cannot be used at all)
        Denied,      // the user or the system refused access
        Failed,      // any other failure
    };
    struct Outcome
    {
        Status status = Status::Failed;
        QString secret; // read only
        QString detail; // technical detail for the logs
    };
    using Callback = std::function<void(const Outcome &)>;

    using QObject::QObject;

    // Callbacks are always called asynchronously, in the backend's thread.
    virtual void read(const QString &key, Callback done) = 0;
    virtual void write(const QString &key, const QString &secret, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;
};

// The operating system's keychain through QtKeychain (Secret Service / KWallet on Linux,
// Keychain on macOS, Credential Manager on Windows). Service name "Hector".
class KeychainBackend final : public CredentialBackend
{
    Q_OBJECT

public:
    explicit KeychainBackend(const QString &service = QStringLiteral("Hector"),
                             QObject *parent = nullptr);

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &secret, Callback done) override;
    void remove(const QString &key, Callback done) override;

private:
    QString m_service;
};

// Secrets in a hash, for tests. setAvailable(false) simulates a system without a keychain.
class MemoryBackend final : public CredentialBackend
{
    Q_OBJECT

public:
    using CredentialBackend::CredentialBackend;

    void setAvailable(bool available);
    bool isAvailable() const;
    QHash<QString, QString> entries() const;

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &secret, Callback done) override;
    void remove(const QString &key, Callback done) override;

private:
    void finish(Callback done, Outcome outcome);

    QHash<QString, QString> m_entries;
    bool m_available = true;
};

// Keeps the refresh token of a remembered session, one entry per (server URL, e-mail).
//
// When the backend turns out to be unusable (no keychain service, access refused), the store
// switches to memory only: the session still works but will not survive the application.
// persistentAvailable() and unavailableReason() tell the UI so.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Availability { Unknown, Available, Unavailable };
    Q_ENUM(Availability)

    struct StoredSession
    {
        QString refreshToken;
        QDateTime expiresAt;
    };

    explicit CredentialStore(std::unique_ptr<CredentialBackend> backend, QObject *parent = nullptr);
    ~CredentialStore() override;

    static std::unique_ptr<CredentialBackend> systemBackend();
    static QString keyFor(const QUrl &server, const QString &email);

    Availability availability() const;
    // True once the keychain has answered properly; false when unknown or unavailable.
    bool persistentAvailable() const;
    // French sentence explaining why sessions are not remembered; empty when they can be.
    QString unavailableReason() const;

    // Reads a probe entry to find out whether a keychain is usable; emits availabilityChanged().
    void probe();

    // `done(true)` when the session went to the system keychain, `done(false)` when it is
    // kept in memory only.
    void save(const QUrl &server,
              const QString &email,
              const StoredSession &session,
              QObject *context,
              std::function<void(bool persisted)> done);
    void load(const QUrl &server,
              const QString &email,
              QObject *context,
              std::function<void(std::optional<StoredSession>)> done);
    void
    remove(const QUrl &server, const QString &email, QObject *context, std::function<void()> done);

signals:
    void availabilityChanged(hector::sync::CredentialStore::Availability availability);

private:
    void noteOutcome(const CredentialBackend::Outcome &outcome);
    void setAvailability(Availability availability, const QString &reason);
    static QString encode(const StoredSession &session);
    static std::optional<StoredSession> decode(const QString &secret);

    std::unique_ptr<CredentialBackend> m_backend;
    Availability m_availability = Availability::Unknown;
    QString m_reason;
    QHash<QString, QString> m_memoryFallback;
};

} // namespace hector::sync
