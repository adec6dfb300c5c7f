#include "FakeHector.h"
#include "sync/ConnectionMonitor.h"

#include <QSignalSpy>
#include <QTest>

using namespace hector;
using namespace hector::sync;
using namespace hector::test;
using namespace Qt::StringLiterals;
using Status = ConnectionMonitor::Status;

class TestConnectionMonitor : public QObject
{
    Q_OBJECT

private slots:
    void onlineThenOfflineThenBack()
    {
        FakeHector fake;
        QVERIFY(fake.start());
        ApiClient api;
        api.setBaseUrl(fake.baseUrl());
        ConnectionMonitor monitor(&api);
        monitor.setInterval(std::chrono::milliseconds(300));
        QCOMPARE(monitor.status(), Status::Unknown);

        QSignalSpy checked(&monitor, &ConnectionMonitor::checked);
        monitor.start();
        QVERIFY(monitor.isChecking());
        QVERIFY(checked.wait(5000));
        QCOMPARE(monitor.status(), Status::Online);
        QCOMPARE(monitor.serverVersion(), u"0.1.0"_s);
        QVERIFY(monitor.msecsUntilNextCheck() > 0);
        QVERIFY(monitor.msecsUntilNextCheck() <= 330); // coarse timer: 5 % slack

        // Periodic polling.
        const int before = fake.http().count(u"/api/health"_s);
        QTRY_VERIFY_WITH_TIMEOUT(fake.http().count(u"/api/health"_s) >= before + 2, 5000);

        fake.stop();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.status(), Status::Offline, 5000);
        QCOMPARE(monitor.lastError().code, QString(errors::connectionRefused));
        QVERIFY(monitor.msecsUntilNextCheck() >= 0);

        QVERIFY(fake.start()); // same port
        QTRY_COMPARE_WITH_TIMEOUT(monitor.status(), Status::Online, 5000);
        QVERIFY(monitor.lastError().code.isEmpty());
        monitor.stop();
        QCOMPARE(monitor.msecsUntilNextCheck(), -1);
    }

    void degradedWhenDatabaseDown()
    {
        FakeHector fake;
        fake.databaseOk = false;
        QVERIFY(fake.start());
        ApiClient api;
        api.setBaseUrl(fake.baseUrl());
        ConnectionMonitor monitor(&api);
        QSignalSpy status(&monitor, &ConnectionMonitor::statusChanged);
        monitor.start();
        QVERIFY(status.wait(5000));
        QCOMPARE(monitor.status(), Status::Degraded);
    }

    void checkNowOnDemand()
    {
        FakeHector fake;
        QVERIFY(fake.start());
        ApiClient api;
        api.setBaseUrl(fake.baseUrl());
        ConnectionMonitor monitor(&api); // default 30 s interval
        QSignalSpy checked(&monitor, &ConnectionMonitor::checked);
        monitor.start();
        QVERIFY(checked.wait(5000));
        QVERIFY(monitor.msecsUntilNextCheck() > 20000);
        monitor.checkNow();
        monitor.checkNow(); // ignored while in flight
        QVERIFY(checked.wait(5000));
        QTest::qWait(100);
        QCOMPARE(fake.http().count(u"/api/health"_s), 2);
    }
};

QTEST_GUILESS_MAIN(TestConnectionMonitor)
#include "tst_connection_monitor.moc"
