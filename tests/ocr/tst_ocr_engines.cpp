// The two business-card engines of the client (ocr/): Tesseract on cards rendered here with
// QPainter (several layouts, realistic font sizes, light noise and rotation, a low-resolution
// photo), and Claude through a real hector-server whose Anthropic connector talks to a loopback
// double — both driven through the one OcrEngine interface. Also: cancellation, and the
// reporting of local runs to the server's monitoring.
#include "CardRenderer.h"
#include "FakeAnthropicServer.h"
#include "ocr/OcrEngine.h"
#include "ocr/OcrEventReporter.h"
#include "ocr/ServerVisionEngine.h"
#include "ocr/TesseractEngine.h"
#include "server/ServerApp.h"
#include "server/ocr/OcrService.h"
#include "sync/ApiClient.h"
#include "tests/support/TestServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using namespace hector;
using namespace hector::test;

Q_DECLARE_METATYPE(hector::test::CardStyle)

namespace {
using L = CardLine;

QList<CardLine> dupontCard()
{
    return {L{QStringLiteral("SÉCURITÉ DUPONT SAS"), 12, true},
            L{QStringLiteral("Jean Dupont"), 11, true},
            L{QStringLiteral("Directeur commercial"), 9, false, true},
            L{QStringLiteral("12 rue de la Paix"), 8},
            L{QStringLiteral("75002 Paris"), 8},
            L{QStringLiteral("Tél. 01 42 68 53 00"), 8},
            L{QStringLiteral("Mob. 06 12 34 56 78"), 8},
            L{QStringLiteral("jean.dupont@securite-dupont.fr"), 8}};
}

QString shotDir()
{
    const QString dir = QStringLiteral("/tmp/shots/ocr");
    QDir().mkpath(dir);
    return dir;
}
} // namespace

class TestOcrEngines : public QObject
{
    Q_OBJECT

private slots:
    void tesseractOnRenderedCards_data()
    {
        QTest::addColumn<QList<CardLine>>("lines");
        QTest::addColumn<CardStyle>("style");
        QTest::addColumn<QString>("hint");
        QTest::addColumn<QJsonObject>("expected");

        auto o = [](std::initializer_list<std::pair<const char *, const char *>> pairs) {
            QJsonObject obj;
            for (const auto &[k, v] : pairs)
                obj.insert(QLatin1String(k), QString::fromUtf8(v));
            return obj;
        };
        const QJsonObject dupont = o({{"fullName", "Jean Dupont"}, {"title", "Directeur commercial"},
                                      {"company", "SÉCURITÉ DUPONT SAS"}, {"email", "jean.dupont@securite-dupont.fr"},
                                      {"landlinePhone", "+33142685300"}, {"mobilePhone", "+33612345678"},
                                      {"street", "12 rue de la Paix"}, {"postcode", "75002"}, {"city", "Paris"},
                                      {"countryCode", "FR"}});
        QTest::newRow("fr left 300dpi") << dupontCard() << CardStyle{} << QStringLiteral("FR") << dupont;
        CardStyle photo;
        photo.rotationDegrees = 1.5;
        photo.noisePercent = 2;
        photo.downscaleWidth = 900; // a phone photo, scaled up again before recognition
        QTest::newRow("fr photo: rotated, noisy, low resolution") << dupontCard() << photo << QStringLiteral("FR") << dupont;

        CardStyle centered;
        centered.layout = CardStyle::Layout::Centered;
        centered.family = QStringLiteral("DejaVu Serif");
        QTest::newRow("be centered serif")
            << QList<CardLine>{L{QStringLiteral("Alarmes Liégeoises SPRL"), 12, true, false, QColor(0, 70, 140)},
                               L{QStringLiteral("Anne Dubois"), 11, true},
                               L{QStringLiteral("Conseillère en sécurité"), 9, false, true},
                               L{QStringLiteral("Rue Saint-Gilles 58"), 8},
                               L{QStringLiteral("B-4000 Liège"), 8},
                               L{QStringLiteral("GSM +32 475 98 76 54"), 8},
                               L{QStringLiteral("www.alarmes-liegeoises.be"), 8}}
            << centered << QStringLiteral("FR")
            << o({{"fullName", "Anne Dubois"}, {"company", "Alarmes Liégeoises SPRL"}, {"title", "Conseillère en sécurité"},
                  {"mobilePhone", "+32475987654"}, {"street", "Rue Saint-Gilles 58"}, {"postcode", "4000"},
                  {"city", "Liège"}, {"countryCode", "BE"}, {"website", "www.alarmes-liegeoises.be"}});

        CardStyle columns;
        columns.layout = CardStyle::Layout::TwoColumns;
        columns.logoBar = true;
        columns.splitAt = 3;
        QTest::newRow("lu two columns with a logo bar")
            << QList<CardLine>{L{QStringLiteral("Marc Weber"), 11, true},
                               L{QStringLiteral("Head of Sales"), 9, false, true},
                               L{QStringLiteral("G4S Luxembourg Sàrl"), 7.5, true},
                               L{QStringLiteral("14, route d'Esch"), 7.5},
                               L{QStringLiteral("L-1470 Luxembourg"), 7.5},
                               L{QStringLiteral("T +352 26 12 34 56"), 7.5},
                               L{QStringLiteral("M +352 621 123 456"), 7.5},
                               L{QStringLiteral("marc.weber@g4s-lux.lu"), 7.5}}
            << columns << QStringLiteral("FR")
            // Tesseract reads the small bold « Sàrl » without its accent; the parser capitalises it.
            << o({{"fullName", "Marc Weber"}, {"title", "Head of Sales"}, {"company", "G4S Luxembourg SARL"},
                  {"landlinePhone", "+35226123456"}, {"mobilePhone", "+352621123456"}, {"postcode", "1470"},
                  {"city", "Luxembourg"}, {"countryCode", "LU"}, {"email", "marc.weber@g4s-lux.lu"}});
    }

    void tesseractOnRenderedCards()
    {
        QFETCH(QList<CardLine>, lines);
        QFETCH(CardStyle, style);
        QFETCH(QString, hint);
        QFETCH(QJsonObject, expected);
        ocr::TesseractEngine engine;
        QVERIFY2(engine.isAvailable(), "the fra and eng Tesseract models must be installed (scripts/bootstrap.sh)");
        const QImage card = renderCard(lines, style);
        card.save(shotDir() + QStringLiteral("/card-%1.png").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"))));
        QSignalSpy progress(&engine, &ocr::OcrEngine::progressChanged);
        const Result<ocr::OcrResult> result = ocr::recognizeAndWait(engine, card, hint);
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        qInfo().noquote() << "tesseract text:\n" << result->text << "\n" << result->durationMs << "ms, confidence"
                          << result->confidence;
        QCOMPARE(result->engine, QStringLiteral("tesseract"));
        QVERIFY(result->confidence > 50);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast().at(0).toInt(), 100);
        const QJsonObject actual = result->fields.toJson();
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QCOMPARE(it.key() + QStringLiteral(": ") + actual.value(it.key()).toString(),
                     it.key() + QStringLiteral(": ") + it.value().toString());
    }

    void tesseractRejectsBlankAndCancels()
    {
        ocr::TesseractEngine engine;
        QImage blank(1000, 650, QImage::Format_RGB32);
        blank.fill(Qt::white);
        const auto empty = ocr::recognizeAndWait(engine, blank, QStringLiteral("FR"));
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, QString(ocr::errors::unreadable));
        QCOMPARE(ocr::errorTypeOf(empty.error()), QStringLiteral("quality"));
        QVERIFY(empty.error().message.contains(QStringLiteral("reprenez la photo")));
        const auto tiny = ocr::recognizeAndWait(engine, QImage(10, 10, QImage::Format_RGB32), QStringLiteral("FR"));
        QCOMPARE(ocr::errorTypeOf(tiny.error()), QStringLiteral("format"));

        // Cancelled while running: the callback gets ocr_cancelled, quickly.
        QImage big = renderCard(dupontCard(), CardStyle{.dpi = 600});
        std::optional<Result<ocr::OcrResult>> got;
        QObject context;
        QElapsedTimer timer;
        timer.start();
        engine.recognize(big, QStringLiteral("FR"), &context, [&](Result<ocr::OcrResult> r) { got.emplace(std::move(r)); });
        QTest::qWait(150);
        engine.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 30000);
        QVERIFY(!*got);
        QCOMPARE(got->error().code, QString(ocr::errors::cancelled));
    }

    // Tesseract and Claude behind the same interface, on the same card; Claude through a real
    // server and the Anthropic double. Then the local run reported to the server's monitoring.
    void bothEnginesThroughOneInterface()
    {
        TestServer server;
        QVERIFY(server.start());
        anthropic::FakeAnthropicServer claude(QByteArrayLiteral("sk-ant-test"));
        QVERIFY(claude.start());
        server::AnthropicConfig config;
        config.apiKey = QStringLiteral("sk-ant-test");
        config.baseUrl = claude.baseUrl();
        server.app().ocrService().vision().setConfig(config);
        claude.setDefaultText(QStringLiteral(
            R"({"fullName":"Jean Dupont","title":"Directeur commercial","company":"SÉCURITÉ DUPONT SAS",)"
            R"("email":"jean.dupont@securite-dupont.fr","landlinePhone":"01 42 68 53 00","mobilePhone":"06 12 34 56 78",)"
            R"("street":"12 rue de la Paix","postcode":"75002","city":"Paris","countryCode":"FR"})"));
        QString userId;
        QString token;
        QVERIFY(server.createAccounts({{&userId, &token, QStringLiteral("terrain@adsgroup-security.com"), Role::Commercial,
                                        QStringLiteral("FR")}},
                                       QStringLiteral("Secur1te-Hector")));
        sync::ApiClient api;
        api.setBaseUrl(server.baseUrl());
        const ocr::ServerVisionEngine::JsonRequest request = [&api, token](sync::ApiClient::Method method, const QString &path,
                                                                           const QJsonObject &body, QObject *context,
                                                                           sync::ApiClient::Callback<QJsonObject> done) {
            api.send(method, path, body, token, context, std::move(done));
        };

        ocr::TesseractEngine tesseract;
        ocr::ServerVisionEngine vision(request);
        QSignalSpy availability(&vision, &ocr::ServerVisionEngine::availabilityChanged);
        vision.refreshAvailability();
        QTRY_VERIFY(!availability.isEmpty());
        QVERIFY(vision.isAvailable());
        vision.setOnline(false);
        QVERIFY(!vision.isAvailable());
        QVERIFY(vision.unavailableReason().contains(QStringLiteral("Hors ligne")));
        vision.setOnline(true);

        const QImage card = renderCard(dupontCard());
        QList<ocr::OcrEngine *> engines{&tesseract, &vision};
        for (ocr::OcrEngine *engine : engines) {
            const Result<ocr::OcrResult> r = ocr::recognizeAndWait(*engine, card, QStringLiteral("FR"));
            QVERIFY2(r, r ? "" : qPrintable(r.error().message));
            QCOMPARE(r->engine, engine->id());
            QCOMPARE(r->fields.email, QStringLiteral("jean.dupont@securite-dupont.fr"));
            QCOMPARE(r->fields.mobilePhone, QStringLiteral("+33612345678"));
            QCOMPARE(r->fields.landlinePhone, QStringLiteral("+33142685300"));
            QCOMPARE(r->fields.postcode, QStringLiteral("75002"));
            QCOMPARE(r->fields.fullName, QStringLiteral("Jean Dupont"));
        }
        // The image reached Anthropic as a JPEG image block.
        QCOMPARE(claude.requests().size(), 1);
        const QJsonObject source = claude.requests().constFirst().json().value(QLatin1StringView("messages")).toArray().at(0)
                                       .toObject().value(QLatin1StringView("content")).toArray().at(0).toObject()
                                       .value(QLatin1StringView("source")).toObject();
        QCOMPARE(source.value(QLatin1StringView("media_type")).toString(), QStringLiteral("image/jpeg"));
        QVERIFY(QByteArray::fromBase64(source.value(QLatin1StringView("data")).toString().toLatin1()).startsWith("\xFF\xD8\xFF"));

        // A server error reaches the caller in French through the same interface.
        claude.enqueueError(529, QStringLiteral("overloaded_error"), QStringLiteral("Overloaded"));
        const auto overloaded = ocr::recognizeAndWait(vision, card, QStringLiteral("FR"));
        QVERIFY(!overloaded);
        QCOMPARE(overloaded.error().code, QStringLiteral("ocr_overloaded"));
        QVERIFY(overloaded.error().message.contains(QStringLiteral("surchargé")));

        // Local runs go to the monitoring; offline they wait in the queue file.
        QTemporaryDir dir;
        const QString queue = dir.filePath(QStringLiteral("ocr-events.json"));
        {
            sync::ApiClient offline;
            offline.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(1)));
            ocr::OcrEventReporter reporter(
                [&offline](sync::ApiClient::Method method, const QString &path, const QJsonObject &body, QObject *context,
                           sync::ApiClient::Callback<QJsonObject> done) {
                    offline.send(method, path, body, QString(), context, std::move(done));
                },
                queue);
            ocr::OcrResult ok;
            ok.engine = QStringLiteral("tesseract");
            ok.durationMs = 812;
            ok.fields.email = QStringLiteral("a@b.fr");
            reporter.report(QStringLiteral("tesseract"), ok, 812);
            reporter.report(QStringLiteral("tesseract"),
                            Result<ocr::OcrResult>(Error{QString(ocr::errors::unreadable), QString(), {}}), 300);
            reporter.report(QStringLiteral("claude"), ok, 5); // recorded by the server itself
            QTest::qWait(300);
            QCOMPARE(reporter.pendingCount(), 2);
        }
        ocr::OcrEventReporter reporter(request, queue);
        QCOMPARE(reporter.pendingCount(), 2);
        QSignalSpy flushed(&reporter, &ocr::OcrEventReporter::flushed);
        reporter.flush();
        QTRY_COMPARE(flushed.size(), 1);
        QCOMPARE(flushed.at(0).at(0).toInt(), 2);
        QCOMPARE(reporter.pendingCount(), 0);
        auto rows = server.execOwner(QStringLiteral("SELECT engine, status, coalesce(error_type, '') AS e, duration_ms FROM ocr_requests "
                                                    "WHERE user_id = $1 ORDER BY engine, status DESC"),
                                     {userId});
        QVERIFY(rows);
        QCOMPARE(rows->rows(), 4); // claude success + overloaded, tesseract success + quality
        QCOMPARE(rows->text(0, "engine"), QStringLiteral("claude"));
        QCOMPARE(rows->text(2, "engine"), QStringLiteral("tesseract"));
        QCOMPARE(rows->text(2, "status"), QStringLiteral("success"));
        QCOMPARE(rows->toInt(2, "duration_ms"), 812);
        QCOMPARE(rows->text(3, "e"), QStringLiteral("quality"));
        server.stop();
    }
};

QTEST_MAIN(TestOcrEngines)
#include "tst_ocr_engines.moc"
