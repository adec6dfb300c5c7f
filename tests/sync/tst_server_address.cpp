#include "sync/ServerAddress.h"

#include <QTest>

using namespace hector::sync;
using namespace Qt::StringLiterals;

class TestServerAddress : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("localhost with port") << u"localhost:8080"_s << u"http://localhost:8080"_s;
        QTest::newRow("loopback IPv4") << u"127.0.0.1:8080"_s << u"http://127.0.0.1:8080"_s;
        QTest::newRow("loopback IPv4 other") << u"127.0.1.5"_s << u"http://127.0.1.5"_s;
        QTest::newRow("loopback IPv6") << u"[::1]:8080"_s << u"http://[::1]:8080"_s;
        QTest::newRow("spaces and slash")
            << u"  http://127.0.0.1:8080/  "_s << u"http://127.0.0.1:8080"_s;
        QTest::newRow("remote host gets https")
            << u"crm.example.com"_s << u"https://crm.example.com"_s;
        QTest::newRow("remote host with port")
            << u"crm.example.com:8443"_s << u"https://crm.example.com:8443"_s;
        QTest::newRow("explicit http kept")
            << u"http://192.168.1.10:8080"_s << u"http://192.168.1.10:8080"_s;
        QTest::newRow("case and path prefix")
            << u"HTTPS://Example.COM/hector/"_s << u"https://example.com/hector"_s;
        QTest::newRow("single label host") << u"serveur:8080"_s << u"https://serveur:8080"_s;
    }

    void accepted()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto url = normalizeServerUrl(input);
        QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().message));
        QCOMPARE(serverUrlToString(*url), expected);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << u"   "_s;
        QTest::newRow("ftp") << u"ftp://example.com"_s;
        QTest::newRow("port too big") << u"localhost:99999"_s;
        QTest::newRow("port zero") << u"localhost:0"_s;
        QTest::newRow("port not a number") << u"localhost:abc"_s;
        QTest::newRow("no host") << u"http://"_s;
        QTest::newRow("user info") << u"http://user:secret@example.com"_s;
        QTest::newRow("query") << u"example.com?x=1"_s;
        QTest::newRow("fragment") << u"example.com#top"_s;
        QTest::newRow("inner space") << u"exa mple.com"_s;
        QTest::newRow("one slash") << u"http:/example.com"_s;
        QTest::newRow("colon forgotten") << u"http//serveur"_s;
        QTest::newRow("bare IPv6") << u"::1:8080"_s;
        QTest::newRow("bad characters") << u"exa$mple.com"_s;
    }

    void refused()
    {
        QFETCH(QString, input);
        const auto url = normalizeServerUrl(input);
        QVERIFY(!url.ok());
        QCOMPARE(url.error().code, u"invalid_server_url"_s);
        QVERIFY2(url.error().message.startsWith(u"L'adresse du serveur n'est pas valide : "_s),
                 qPrintable(url.error().message));
    }

    void loopback()
    {
        QVERIFY(isLoopbackHost(u"localhost"_s));
        QVERIFY(isLoopbackHost(u"LOCALHOST"_s));
        QVERIFY(isLoopbackHost(u"127.0.0.1"_s));
        QVERIFY(isLoopbackHost(u"::1"_s));
        QVERIFY(!isLoopbackHost(u"192.168.1.1"_s));
        QVERIFY(!isLoopbackHost(u"example.com"_s));
    }
};

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_server_address.moc"
