#include "sync/CredentialStore.h"

#include <QSignalSpy>
#include <QTest>
#include <optional>

using namespace hector::sync;
using namespace Qt::StringLiterals;

namespace {
const QUrl kServer(u"http://127.0.0.1:8080"_s);
}

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void keyIsPerServerAndEmail()
    {
        QCOMPARE(CredentialStore::keyFor(kServer, u" Alice@Example.com "_s),
                 u"http://127.0.0.1:8080|alice@example.com"_s);
        QVERIFY(CredentialStore::keyFor(kServer, u"a@example.com"_s)
                != CredentialStore::keyFor(QUrl(u"https://crm.example.com"_s), u"a@example.com"_s));
    }

    void roundTripWithWorkingKeychain()
    {
        auto backend = std::make_unique<MemoryBackend>();
        MemoryBackend *raw = backend.get();
        CredentialStore store(std::move(backend));
        QCOMPARE(store.availability(), CredentialStore::Availability::Unknown);
        QSignalSpy availability(&store, &CredentialStore::availabilityChanged);
        store.probe();
        QVERIFY(availability.wait(2000));
        QVERIFY(store.persistentAvailable());
        QVERIFY(store.unavailableReason().isEmpty());

        std::optional<bool> persisted;
        const QDateTime expiry = QDateTime::currentDateTimeUtc().addDays(30);
        store.save(kServer, u"a@example.com"_s, {u"tok-1"_s, expiry}, this, [&persisted](bool p) {
            persisted = p;
        });
        QTRY_VERIFY(persisted.has_value());
        QVERIFY(*persisted);
        QCOMPARE(raw->entries().size(), 1);

        std::optional<std::optional<CredentialStore::StoredSession>> loaded;
        store.load(kServer, u"A@example.com"_s, this, [&loaded](auto s) { loaded = s; });
        QTRY_VERIFY(loaded.has_value());
        QVERIFY(loaded->has_value());
        QCOMPARE((*loaded)->refreshToken, u"tok-1"_s);
        QCOMPARE((*loaded)->expiresAt.toSecsSinceEpoch(), expiry.toSecsSinceEpoch());

        bool removed = false;
        store.remove(kServer, u"a@example.com"_s, this, [&removed] { removed = true; });
        QTRY_VERIFY(removed);
        QVERIFY(raw->entries().isEmpty());

        loaded.reset();
        store.load(kServer, u"a@example.com"_s, this, [&loaded](auto s) { loaded = s; });
        QTRY_VERIFY(loaded.has_value());
        QVERIFY(!loaded->has_value());
    }

    void fallsBackToMemoryWithoutKeychain()
    {
        auto backend = std::make_unique<MemoryBackend>();
        backend->setAvailable(false);
        MemoryBackend *raw = backend.get();
        CredentialStore store(std::move(backend));
        QSignalSpy availability(&store, &CredentialStore::availabilityChanged);
        store.probe();
        QVERIFY(availability.wait(2000));
        QCOMPARE(store.availability(), CredentialStore::Availability::Unavailable);
        QVERIFY(!store.persistentAvailable());
        QCOMPARE(store.unavailableReason(),
                 u"Aucun trousseau système disponible : la session ne sera pas mémorisée."_s);

        std::optional<bool> persisted;
        store.save(kServer, u"a@example.com"_s, {u"tok-mem"_s, {}}, this, [&persisted](bool p) {
            persisted = p;
        });
        QTRY_VERIFY(persisted.has_value());
        QVERIFY(!*persisted);
        QVERIFY(raw->entries().isEmpty()); // nothing reached the (absent) keychain

        std::optional<std::optional<CredentialStore::StoredSession>> loaded;
        store.load(kServer, u"a@example.com"_s, this, [&loaded](auto s) { loaded = s; });
        QTRY_VERIFY(loaded.has_value());
        QVERIFY(loaded->has_value());
        QCOMPARE((*loaded)->refreshToken, u"tok-mem"_s);

        bool removed = false;
        store.remove(kServer, u"a@example.com"_s, this, [&removed] { removed = true; });
        QTRY_VERIFY(removed);
        loaded.reset();
        store.load(kServer, u"a@example.com"_s, this, [&loaded](auto s) { loaded = s; });
        QTRY_VERIFY(loaded.has_value());
        QVERIFY(!loaded->has_value());
    }

    void detectsMissingKeychainOnFirstWrite()
    {
        auto backend = std::make_unique<MemoryBackend>();
        backend->setAvailable(false);
        CredentialStore store(std::move(backend));
        std::optional<bool> persisted;
        store.save(kServer, u"a@example.com"_s, {u"tok"_s, {}}, this, [&persisted](bool p) {
            persisted = p;
        });
        QTRY_VERIFY(persisted.has_value());
        QVERIFY(!*persisted);
        QCOMPARE(store.availability(), CredentialStore::Availability::Unavailable);
    }

    void callbackDroppedWithContext()
    {
        CredentialStore store(std::make_unique<MemoryBackend>());
        auto *context = new QObject;
        bool called = false;
        store.save(kServer, u"a@example.com"_s, {u"tok"_s, {}}, context, [&called](bool) {
            called = true;
        });
        delete context;
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void systemKeychainAnswers()
    {
        // Whatever the machine has (a Secret Service or nothing at all), the probe must
        // conclude instead of hanging, and never claim availability without an answer.
        CredentialStore store(CredentialStore::systemBackend());
        store.probe();
        QTRY_VERIFY_WITH_TIMEOUT(store.availability() != CredentialStore::Availability::Unknown,
                                 30000);
        if (!store.persistentAvailable())
            QVERIFY(!store.unavailableReason().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credential_store.moc"
