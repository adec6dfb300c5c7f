// The hector-server executable end to end: --help, bad options, embedded database with --demo,
// credentials printed once, graceful shutdown on SIGTERM (PostgreSQL stopped too).
#include "HttpTestClient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QtTest>

#include <csignal>
#include <sys/stat.h>

using namespace hector::test;

namespace {
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

class TestServerBinary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString run(const QStringList &args, int *exitCode)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(HECTOR_SERVER_BIN), args);
        p.waitForFinished(30000);
        *exitCode = p.exitCode();
        return QString::fromUtf8(p.readAll());
    }

    bool waitHealthy(quint16 port)
    {
        HttpTestClient http(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        for (int i = 0; i < 120; ++i) {
            if (http.get(QStringLiteral("/api/health")).status == 200)
                return true;
            QTest::qWait(250);
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755);
    }

    void helpListsEveryKey()
    {
        int rc = -1;
        const QString out = run({QStringLiteral("--help")}, &rc);
        QCOMPARE(rc, 0);
        for (const char *key : {"--database-url", "--allowed-email-domains", "--email-backend", "HECTOR_RESEND_API_KEY",
                                "--demo"})
            QVERIFY2(out.contains(QLatin1String(key)), key);
    }

    void badOptionsAreRejectedClearly()
    {
        int rc = -1;
        QString out = run({QStringLiteral("--frobnicate=1")}, &rc);
        QCOMPARE(rc, 2);
        QVERIFY(out.contains(QStringLiteral("Option inconnue")));
        out = run({QStringLiteral("--port"), QStringLiteral("abc")}, &rc);
        QCOMPARE(rc, 2);
        QVERIFY(out.contains(QStringLiteral("Port invalide")));
    }

    void demoThenGracefulShutdown()
    {
        const quint16 port = freePort();
        const QString data = m_dir.filePath(QStringLiteral("data"));
        QProcess server;
        server.setProcessChannelMode(QProcess::SeparateChannels);
        const QStringList args{QStringLiteral("--data-dir"), data, QStringLiteral("--port"), QString::number(port),
                               QStringLiteral("--demo"), QStringLiteral("--demo-prospects"), QStringLiteral("50"),
                               QStringLiteral("--password-hashing"), QStringLiteral("fast")};
        server.start(QStringLiteral(HECTOR_SERVER_BIN), args);
        QVERIFY(server.waitForStarted());
        QVERIFY(waitHealthy(port));
        QString stdoutText;
        QTRY_VERIFY_WITH_TIMEOUT((stdoutText += QString::fromUtf8(server.readAllStandardOutput()))
                                     .contains(QStringLiteral("hector-server prêt")),
                                 10000);
        QVERIFY(stdoutText.contains(QStringLiteral("admin@adsgroup-security.com")));

        // The JSON log lines on stderr parse.
        const QByteArray logs = server.readAllStandardError();
        const QList<QByteArray> lines = logs.split('\n');
        int parsed = 0;
        for (const QByteArray &line : lines) {
            if (line.isEmpty())
                continue;
            QJsonParseError err{};
            const QJsonObject o = QJsonDocument::fromJson(line, &err).object();
            QVERIFY2(err.error == QJsonParseError::NoError, line.constData());
            QVERIFY(o.contains(QLatin1StringView("ts")) && o.contains(QLatin1StringView("category")));
            ++parsed;
        }
        QVERIFY(parsed > 3);

        ::kill(pid_t(server.processId()), SIGTERM);
        QVERIFY(server.waitForFinished(30000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
        QVERIFY(!QFileInfo::exists(data + QStringLiteral("/postgres/data/postmaster.pid")));

        // Second start: data kept, passwords not printed again.
        QProcess again;
        again.start(QStringLiteral(HECTOR_SERVER_BIN), args);
        QVERIFY(again.waitForStarted());
        QVERIFY(waitHealthy(port));
        QString out;
        QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(again.readAllStandardOutput()))
                                     .contains(QStringLiteral("hector-server prêt")),
                                 10000);
        QVERIFY2(out.contains(QStringLiteral("déjà présentes")), qPrintable(out));
        QVERIFY(!out.contains(QStringLiteral("admin@adsgroup-security.com")));
        ::kill(pid_t(again.processId()), SIGINT);
        QVERIFY(again.waitForFinished(30000));
        QCOMPARE(again.exitCode(), 0);
    }

    void demoCredentialsWork()
    {
        const quint16 port = freePort();
        const QString data = m_dir.filePath(QStringLiteral("data2"));
        QProcess server;
        server.start(QStringLiteral(HECTOR_SERVER_BIN),
                     {QStringLiteral("--data-dir"), data, QStringLiteral("--port"), QString::number(port),
                      QStringLiteral("--demo"), QStringLiteral("--demo-prospects"), QStringLiteral("10")});
        QVERIFY(server.waitForStarted());
        QVERIFY(waitHealthy(port));
        QString out;
        QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(server.readAllStandardOutput())).contains(QStringLiteral("prêt")),
                                 10000);
        const QRegularExpression re(QStringLiteral(R"(assistant\s+France\s+(\S+@adsgroup-security\.com)\s+(\S+))"));
        const auto m = re.match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out));
        HttpTestClient http(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        const HttpReply r = http.post(QStringLiteral("/api/auth/login"),
                                      QJsonObject{{QStringLiteral("email"), m.captured(1)},
                                                  {QStringLiteral("password"), m.captured(2)}});
        QCOMPARE(r.status, 200);
        ::kill(pid_t(server.processId()), SIGTERM);
        QVERIFY(server.waitForFinished(30000));
        QCOMPARE(server.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerBinary)
#include "tst_server_binary.moc"
