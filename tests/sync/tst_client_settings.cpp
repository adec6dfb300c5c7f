#include "sync/ClientSettings.h"

#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace hector::sync;
using namespace Qt::StringLiterals;
using Key = ClientSettings::Key;

class TestClientSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString iniPath() const { return m_dir.filePath(u"client.ini"_s); }
    std::unique_ptr<ClientSettings> open() const
    {
        return std::make_unique<ClientSettings>(
            std::make_unique<QSettings>(iniPath(), QSettings::IniFormat));
    }

private slots:
    void init() { QFile::remove(iniPath()); }

    void defaults()
    {
        auto settings = open();
        QCOMPARE(settings->serverUrl(), u"http://127.0.0.1:8080"_s);
        QVERIFY(settings->lastEmail().isEmpty());
        QCOMPARE(settings->rememberMe(), false);
        QVERIFY(settings->language().isEmpty());
        QVERIFY(settings->windowGeometry().isEmpty());
    }

    void namesAreUniqueAndNotSecret()
    {
        const QList<Key> keys{
            Key::ServerUrl, Key::LastEmail, Key::RememberMe, Key::Language, Key::WindowGeometry};
        QSet<QString> names;
        for (Key key : keys) {
            const QString name = ClientSettings::name(key);
            QVERIFY(!name.isEmpty());
            QVERIFY(!name.contains(u"password"_s, Qt::CaseInsensitive));
            QVERIFY(!name.contains(u"token"_s, Qt::CaseInsensitive));
            names.insert(name);
        }
        QCOMPARE(names.size(), keys.size());
    }

    void persistsAcrossInstances()
    {
        {
            auto settings = open();
            settings->setValue(Key::ServerUrl, u"https://crm.example.com"_s);
            settings->setValue(Key::LastEmail, u"alice@example.com"_s);
            settings->setValue(Key::RememberMe, true);
            settings->setValue(Key::Language, u"en"_s);
            settings->setValue(Key::WindowGeometry, QByteArray("\x01\x02", 2));
            settings->sync();
        }
        auto settings = open();
        QCOMPARE(settings->serverUrl(), u"https://crm.example.com"_s);
        QCOMPARE(settings->lastEmail(), u"alice@example.com"_s);
        QCOMPARE(settings->rememberMe(), true);
        QCOMPARE(settings->language(), u"en"_s);
        QCOMPARE(settings->windowGeometry(), QByteArray("\x01\x02", 2));
    }

    void defaultValueIsNotWritten()
    {
        auto settings = open();
        settings->setValue(Key::Language, u"fr"_s);
        QVERIFY(settings->storage()->contains(ClientSettings::name(Key::Language)));
        settings->setValue(Key::Language, QString());
        QVERIFY(!settings->storage()->contains(ClientSettings::name(Key::Language)));
        settings->setValue(Key::RememberMe, true);
        settings->reset(Key::RememberMe);
        QCOMPARE(settings->rememberMe(), false);
    }
};

QTEST_GUILESS_MAIN(TestClientSettings)
#include "tst_client_settings.moc"
