#include "sync/CredentialStore.h"

#include "core/Validation.h"
#include "sync/Logging.h"
#include "sync/ServerAddress.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace hector::sync {

namespace {

CredentialBackend::Outcome outcomeOf(const QKeychain::Job *job)
{
    CredentialBackend::Outcome outcome;
    outcome.detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        outcome.status = CredentialBackend::Status::Ok;
        outcome.detail.clear();
        break;
    case QKeychain::EntryNotFound:
        outcome.status = CredentialBackend::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: // what QtKeychain reports when no Secret Service / KWallet runs
        outcome.status = CredentialBackend::Status::Unavailable;
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        outcome.status = CredentialBackend::Status::Denied;
        break;
    case QKeychain::CouldNotDeleteEntry:
        outcome.status = CredentialBackend::Status::Failed;
        break;
    }
    return outcome;
}

const QString &probeKey()
{
    static const QString key = QStringLiteral("hector-keychain-probe");
    return key;
}

} // namespace

// ---------------------------------------------------------------------------------------------

KeychainBackend::KeychainBackend(const QString &service, QObject *parent)
    : CredentialBackend(parent)
    , m_service(service)
{
}

void KeychainBackend::read(const QString &key, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        Outcome outcome = outcomeOf(j);
        if (outcome.status == Status::Ok)
            outcome.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        done(outcome);
    });
    job->start();
}

void KeychainBackend::write(const QString &key, const QString &secret, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        done(outcomeOf(j));
    });
    job->start();
}

void KeychainBackend::remove(const QString &key, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        done(outcomeOf(j));
    });
    job->start();
}

// ---------------------------------------------------------------------------------------------

void MemoryBackend::setAvailable(bool available)
{
    m_available = available;
}

bool MemoryBackend::isAvailable() const
{
    return m_available;
}

QHash<QString, QString> MemoryBackend::entries() const
{
    return m_entries;
}

void MemoryBackend::finish(Callback done, Outcome outcome)
{
    QTimer::singleShot(0, this, [done = std::move(done), outcome] { done(outcome); });
}

void MemoryBackend::read(const QString &key, Callback done)
{
    Outcome outcome;
    if (!m_available) {
        outcome.status = Status::Unavailable;
        outcome.detail = QStringLiteral("memory backend disabled");
    } else if (const auto it = m_entries.constFind(key); it != m_entries.cend()) {
        outcome.status = Status::Ok;
        outcome.secret = it.value();
    } else {
        outcome.status = Status::NotFound;
    }
    finish(std::move(done), outcome);
}

void MemoryBackend::write(const QString &key, const QString &secret, Callback done)
{
    Outcome outcome;
    if (!m_available) {
        outcome.status = Status::Unavailable;
    } else {
        m_entries.insert(key, secret);
        outcome.status = Status::Ok;
    }
    finish(std::move(done), outcome);
}

void MemoryBackend::remove(const QString &key, Callback done)
{
    Outcome outcome;
    if (!m_available)
        outcome.status = Status::Unavailable;
    else
        outcome.status = m_entries.remove(key) ? Status::Ok : Status::NotFound;
    finish(std::move(done), outcome);
}

// ---------------------------------------------------------------------------------------------

CredentialStore::CredentialStore(std::unique_ptr<CredentialBackend> backend, QObject *parent)
    : QObject(parent)
    , m_backend(std::move(backend))
{
    Q_ASSERT(m_backend);
    m_backend->setParent(nullptr);
}

CredentialStore::~CredentialStore() = default;

std::unique_ptr<CredentialBackend> CredentialStore::systemBackend()
{
    return std::make_unique<KeychainBackend>();
}

QString CredentialStore::keyFor(const QUrl &server, const QString &email)
{
    return QStringLiteral("%1|%2").arg(serverUrlToString(server),
                                       validation::normalizeEmail(email));
}

CredentialStore::Availability CredentialStore::availability() const
{
    return m_availability;
}

bool CredentialStore::persistentAvailable() const
{
    return m_availability == Availability::Available;
}

QString CredentialStore::unavailableReason() const
{
    return m_availability == Availability::Unavailable ? m_reason : QString();
}

void CredentialStore::setAvailability(Availability availability, const QString &reason)
{
    if (availability == m_availability && reason == m_reason)
        return;
    m_availability = availability;
    m_reason = reason;
    qCInfo(lcSync) << "keychain availability:" << availability;
    emit availabilityChanged(availability);
}

void CredentialStore::noteOutcome(const CredentialBackend::Outcome &outcome)
{
    using Status = CredentialBackend::Status;
    switch (outcome.status) {
    case Status::Ok:
    case Status::NotFound:
        setAvailability(Availability::Available, {});
        break;
    case Status::Unavailable:
        qCWarning(lcSync) << "no usable keychain:" << outcome.detail;
        setAvailability(Availability::Unavailable,
                        tr("Aucun trousseau système disponible : la session ne sera pas "
                           "mémorisée."));
        break;
    case Status::Denied:
        qCWarning(lcSync) << "keychain access denied:" << outcome.detail;
        setAvailability(Availability::Unavailable,
                        tr("L'accès au trousseau système a été refusé : la session ne sera pas "
                           "mémorisée."));
        break;
    case Status::Failed:
        qCWarning(lcSync) << "keychain operation failed:" << outcome.detail;
        break;
    }
}

void CredentialStore::probe()
{
    m_backend->read(
        probeKey(),
        [this, guard = QPointer<CredentialStore>(this)](const CredentialBackend::Outcome &outcome) {
            if (guard)
                noteOutcome(outcome);
        });
}

QString CredentialStore::encode(const StoredSession &session)
{
    const QJsonObject o{
        {QStringLiteral("refreshToken"), session.refreshToken},
        {QStringLiteral("expiresAt"), session.expiresAt.toUTC().toString(Qt::ISODateWithMs)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<CredentialStore::StoredSession> CredentialStore::decode(const QString &secret)
{
    const QJsonObject o = QJsonDocument::fromJson(secret.toUtf8()).object();
    StoredSession session;
    session.refreshToken = o.value(QLatin1StringView("refreshToken")).toString();
    session.expiresAt = QDateTime::fromString(o.value(QLatin1StringView("expiresAt")).toString(),
                                              Qt::ISODateWithMs);
    if (session.refreshToken.isEmpty())
        return std::nullopt;
    return session;
}

void CredentialStore::save(const QUrl &server,
                           const QString &email,
                           const StoredSession &session,
                           QObject *context,
                           std::function<void(bool)> done)
{
    const QString key = keyFor(server, email);
    const QString secret = encode(session);
    QPointer<QObject> ctx(context ? context : this);
    if (m_availability == Availability::Unavailable) {
        m_memoryFallback.insert(key, secret);
        QTimer::singleShot(0, this, [ctx, done = std::move(done)] {
            if (ctx)
                done(false);
        });
        return;
    }
    m_backend->write(
        key,
        secret,
        [this, guard = QPointer<CredentialStore>(this), ctx, key, secret, done = std::move(done)](
            const CredentialBackend::Outcome &o) {
            if (!guard)
                return;
            noteOutcome(o);
            const bool persisted = o.status == CredentialBackend::Status::Ok;
            if (persisted)
                m_memoryFallback.remove(key);
            else
                m_memoryFallback.insert(key, secret);
            if (ctx)
                done(persisted);
        });
}

void CredentialStore::load(const QUrl &server,
                           const QString &email,
                           QObject *context,
                           std::function<void(std::optional<StoredSession>)> done)
{
    const QString key = keyFor(server, email);
    QPointer<QObject> ctx(context ? context : this);
    if (m_availability == Availability::Unavailable) {
        const QString secret = m_memoryFallback.value(key);
        QTimer::singleShot(0, this, [ctx, secret, done = std::move(done)] {
            if (ctx)
                done(secret.isEmpty() ? std::nullopt : decode(secret));
        });
        return;
    }
    m_backend->read(
        key,
        [this, guard = QPointer<CredentialStore>(this), ctx, key, done = std::move(done)](
            const CredentialBackend::Outcome &o) {
            if (!guard)
                return;
            noteOutcome(o);
            std::optional<StoredSession> session;
            if (o.status == CredentialBackend::Status::Ok)
                session = decode(o.secret);
            else if (o.status != CredentialBackend::Status::NotFound
                     && m_memoryFallback.contains(key))
                session = decode(m_memoryFallback.value(key));
            if (ctx)
                done(session);
        });
}

void CredentialStore::remove(const QUrl &server,
                             const QString &email,
                             QObject *context,
                             std::function<void()> done)
{
    const QString key = keyFor(server, email);
    m_memoryFallback.remove(key);
    QPointer<QObject> ctx(context ? context : this);
    if (m_availability == Availability::Unavailable) {
        QTimer::singleShot(0, this, [ctx, done = std::move(done)] {
            if (ctx && done)
                done();
        });
        return;
    }
    m_backend->remove(key,
                      [this, guard = QPointer<CredentialStore>(this), ctx, done = std::move(done)](
                          const CredentialBackend::Outcome &o) {
                          if (!guard)
                              return;
                          if (o.status != CredentialBackend::Status::Failed)
                              noteOutcome(o);
                          if (ctx && done)
                              done();
                      });
}

} // namespace hector::sync
