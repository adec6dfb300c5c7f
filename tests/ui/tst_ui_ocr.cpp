// Business-card OCR screens (issue #8) against a real hector-server whose Anthropic connector
// talks to a loopback double: « Scanner une carte de visite » (image file, engines, progress,
// errors, camera unavailable), the review in the prospect creation form next to the image,
// creation through the existing path with its duplicate warning, and Administration › « Suivi
// OCR ». Screenshots of each step in /tmp/shots/ocr (or $HECTOR_SCREENSHOT_DIR).
#include "../ocr/CardRenderer.h"
#include "FakeAnthropicServer.h"
#include "ProspectsTestData.h"
#include "UiTestSupport.h"
#include "server/ServerApp.h"
#include "server/ocr/OcrService.h"
#include "sync/ApiClient.h"
#include "sync/CredentialStore.h"
#include "sync/SessionManager.h"
#include "sync/replica/LocalReplica.h"
#include "tests/support/TestServer.h"
#include "translations/Translations.h"
#include "ui/MessageBanner.h"
#include "ui/PageRegistry.h"
#include "ui/dashboards/DashboardWidgets.h"
#include "ui/ocr/BusinessCardReview.h"
#include "ui/ocr/BusinessCardScanDialog.h"
#include "ui/ocr/OcrMonitoringPage.h"
#include "ui/prospects/DuplicateCheck.h"
#include "ui/prospects/FieldProspectDialog.h"
#include "core/crm/BusinessCard.h"
#include <QPlainTextEdit>
#include "ui/prospects/ProspectDialog.h"
#include "ui/prospects/ProspectForm.h"
#include "ui/prospects/ProspectsPage.h"
#include "ocr/ServerVisionEngine.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace hector;
using namespace hector::test;
using namespace hector::ui;
using namespace Qt::StringLiterals;

namespace {
const QString kPassword = u"Printemps2025"_s;
const QString kAdmin = u"helene.marchal@adsgroup-security.com"_s;

void shot(QWidget *widget, const QString &name)
{
    QDir().mkpath(u"/tmp/shots/ocr"_s);
    widget->grab().save(u"/tmp/shots/ocr/"_s + name + u".png"_s);
    screenshot(widget, u"ocr-"_s + name);
}

QList<CardLine> dupontCard()
{
    using L = CardLine;
    return {L{u"SÉCURITÉ DUPONT SAS"_s, 12, true, false, QColor(0, 70, 140)},
            L{u"Jean Dupont"_s, 11, true},
            L{u"Directeur commercial"_s, 9, false, true},
            L{u"12 rue de la Paix"_s, 8},
            L{u"75002 Paris"_s, 8},
            L{u"Tél. 01 42 68 53 00"_s, 8},
            L{u"Mob. 06 12 34 56 78"_s, 8},
            L{u"jean.dupont@securite-dupont.fr"_s, 8}};
}

int prospectCount(sync::LocalReplica &rep)
{
    QSqlQuery q(rep.database());
    q.exec(u"SELECT count(*) FROM prospects"_s);
    return q.next() ? q.value(0).toInt() : -1;
}
} // namespace

class TestUiOcr : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<anthropic::FakeAnthropicServer> m_claude;
    std::unique_ptr<sync::ApiClient> m_api;
    std::unique_ptr<sync::CredentialStore> m_store;
    std::unique_ptr<sync::SessionManager> m_session;
    std::unique_ptr<sync::LocalReplica> m_replica;
    QTemporaryDir m_dir;
    QString m_cardFile;

    ProspectsContext context() { return {m_replica.get(), julien(), nullptr, m_session.get(), nullptr}; }
    void configureClaude(bool on)
    {
        server::AnthropicConfig config;
        if (on) {
            config.apiKey = u"sk-ant-ui"_s;
            config.baseUrl = m_claude->baseUrl();
        }
        m_server.app().ocrService().vision().setConfig(config);
    }
    // Runs the recognition of `dialog` and waits for its end.
    static void recognizeAndWait(BusinessCardScanDialog &dialog, bool expectAccepted)
    {
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QVERIFY(dialog.recognizeButton()->isEnabled());
        click(dialog.recognizeButton());
        QVERIFY(dialog.isRecognizing());
        QVERIFY(dialog.progressBar()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRecognizing(), 60000);
        QCOMPARE(accepted.size(), expectAccepted ? 1 : 0);
    }

private slots:
    void initTestCase()
    {
        initScreenTests();
        i18n::install(*qApp, i18n::Language::French);
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), "the test server did not start (see the warning above)");
        m_claude = std::make_unique<anthropic::FakeAnthropicServer>(QByteArrayLiteral("sk-ant-ui"));
        QVERIFY(m_claude->start());
        const QString admin = m_server.createUser(kAdmin, kPassword, Role::Admin, u"FR"_s);
        (void)m_server.execOwner(u"UPDATE users SET first_name = 'Hélène', last_name = 'Marchal' WHERE id = $1"_s, {admin});
        m_api = std::make_unique<sync::ApiClient>();
        m_store = std::make_unique<sync::CredentialStore>(std::make_unique<sync::MemoryBackend>());
        m_session = std::make_unique<sync::SessionManager>(m_api.get(), m_store.get());
        QSignalSpy signedIn(m_session.get(), &sync::SessionManager::signedIn);
        m_session->login(m_server.baseUrl(), kAdmin, kPassword, false);
        QVERIFY(signedIn.wait(20000));
        auto replica = sync::LocalReplica::open(m_dir.filePath(u"replica.sqlite"_s));
        QVERIFY(replica);
        m_replica = std::move(*replica);
        seedOrganisation(*m_replica);
        m_cardFile = m_dir.filePath(u"carte-dupont.png"_s);
        QVERIFY(renderCard(dupontCard()).save(m_cardFile));
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_server.stop();
        m_claude.reset();
    }

    void scanReviewAndCreateWithTesseract()
    {
        configureClaude(false);
        BusinessCardScanDialog dialog(m_session.get(), nullptr, u"FR"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Nothing to read yet; no camera on the test machine: said plainly.
        QVERIFY(!dialog.recognizeButton()->isEnabled());
        QVERIFY(!dialog.cameraButton()->isEnabled());
        QVERIFY(dialog.cameraNote()->text().contains(u"Aucune caméra"_s));
        // Claude is offered only when configured: here it is listed, disabled, with the reason.
        QTRY_VERIFY(dialog.engineCombo()->count() == 2);
        auto *model = qobject_cast<QStandardItemModel *>(dialog.engineCombo()->model());
        QTRY_VERIFY(dialog.vision()->unavailableReason().contains(u"pas configuré"_s));
        QVERIFY(!model->item(1)->isEnabled());
        shot(&dialog, u"1-scan-empty"_s);

        // A file that is not an image: a clear error, nothing lost.
        const QString text = m_dir.filePath(u"notes.txt"_s);
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("pas une image");
        f.close();
        QVERIFY(!dialog.loadFile(text));
        QVERIFY(dialog.banner()->isVisible());

        QVERIFY(dialog.loadFile(m_cardFile));
        QVERIFY(!dialog.banner()->isVisible());
        QCOMPARE(dialog.engineCombo()->currentData().toString(), u"tesseract"_s);
        shot(&dialog, u"2-scan-image-loaded"_s);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        click(dialog.recognizeButton());
        QVERIFY(dialog.isRecognizing());
        QVERIFY(dialog.progressBar()->isVisible());
        shot(&dialog, u"3-scan-recognising"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRecognizing(), 60000);
        QCOMPARE(accepted.size(), 1);
        const ocr::OcrResult result = dialog.result();
        QCOMPARE(result.engine, u"tesseract"_s);
        QCOMPARE(result.fields.email, u"jean.dupont@securite-dupont.fr"_s);

        // Review: the creation form filled, the card beside it.
        const int before = prospectCount(*m_replica);
        ProspectDialog review(context(), QString(), ProspectDialog::Mode::Create);
        cardReview::prepare(review, result, dialog.image());
        review.show();
        QVERIFY(QTest::qWaitForWindowExposed(&review));
        QVERIFY(cardReview::picture(review));
        QVERIFY(!cardReview::picture(review)->pixmap().isNull());
        ProspectForm *form = review.form();
        QCOMPARE(form->lineEdit(u"company_name"_s)->text(), u"SÉCURITÉ DUPONT SAS"_s);
        QCOMPARE(form->lineEdit(u"contact_name"_s)->text(), u"Jean Dupont"_s);
        QCOMPARE(form->lineEdit(u"contact_title"_s)->text(), u"Directeur commercial"_s);
        QCOMPARE(form->lineEdit(u"postcode"_s)->text(), u"75002"_s);
        QCOMPARE(form->lineEdit(u"city"_s)->text(), u"Paris"_s);
        QCOMPARE(form->lineEdit(u"email"_s)->text(), u"jean.dupont@securite-dupont.fr"_s);
        QVERIFY(form->lineEdit(u"mobile_phone"_s)->text().contains(u"6 12 34 56 78"_s));
        auto *save = review.findChild<QPushButton *>(u"saveButton"_s);
        QVERIFY(save);
        QCOMPARE(save->text().remove(QLatin1Char('&')), u"Créer le prospect"_s);
        QVERIFY(review.banner()->isVisible());
        shot(&review, u"4-review"_s);
        // The user corrects a field, then creates.
        typeInto(form->lineEdit(u"contact_title"_s), u"Directeur commercial France"_s);
        click(save);
        QTRY_VERIFY(!review.isVisible());
        QCOMPARE(review.result(), int(QDialog::Accepted));
        QCOMPARE(prospectCount(*m_replica), before + 1);
        const QVariantMap row = m_replica->row(u"prospects"_s, review.prospectId());
        QCOMPARE(row.value(u"company_name"_s).toString(), u"SÉCURITÉ DUPONT SAS"_s);
        QCOMPARE(row.value(u"contact_title"_s).toString(), u"Directeur commercial France"_s);
        QCOMPARE(row.value(u"mobile_phone"_s).toString(), u"+33612345678"_s);
        QCOMPARE(row.value(u"phone"_s).toString(), u"+33142685300"_s);
        QCOMPARE(row.value(u"postcode"_s).toString(), u"75002"_s);
        QCOMPARE(row.value(u"country_code"_s).toString(), u"FR"_s);

        // The local run reached the server's monitoring.
        QTRY_COMPARE_WITH_TIMEOUT(m_server.execOwner(u"SELECT count(*) AS n FROM ocr_requests WHERE engine = 'tesseract' AND status = 'success'"_s)
                                      ->toInt(0, "n"),
                                  qint64(1), 10000);
    }

    void secondScanOfTheSameCardWarnsOfTheDuplicate()
    {
        configureClaude(true);
        m_claude->setDefaultText(
            uR"({"fullName":"Jean Dupont","title":"Directeur commercial","company":"SÉCURITÉ DUPONT SAS",)"
            uR"("email":"jean.dupont@securite-dupont.fr","landlinePhone":"+33 1 42 68 53 00","mobilePhone":"06 12 34 56 78",)"
            uR"("street":"12 rue de la Paix","postcode":"75002","city":"Paris","countryCode":"FR"})"_s);
        BusinessCardScanDialog dialog(m_session.get(), nullptr, u"FR"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *model = qobject_cast<QStandardItemModel *>(dialog.engineCombo()->model());
        QTRY_VERIFY(model->item(1)->isEnabled()); // Claude configured, client online
        dialog.engineCombo()->setCurrentIndex(1);
        QVERIFY(dialog.loadFile(m_cardFile));
        shot(&dialog, u"5-scan-claude"_s);
        recognizeAndWait(dialog, true);
        QCOMPARE(dialog.result().engine, u"claude"_s);
        QCOMPARE(m_claude->requests().size(), 1);

        ProspectDialog review(context(), QString(), ProspectDialog::Mode::Create);
        cardReview::prepare(review, dialog.result(), dialog.image());
        review.show();
        QVERIFY(QTest::qWaitForWindowExposed(&review));
        const int before = prospectCount(*m_replica);
        bool warned = false;
        QTimer::singleShot(200, this, [&warned] {
            auto *warning = qobject_cast<DuplicateDialog *>(QApplication::activeModalWidget());
            QVERIFY2(warning, "the duplicate warning must show");
            warned = true;
            shot(warning, u"6-duplicate-warning"_s);
            warning->reject(); // « Annuler »: back to the form, nothing saved
        });
        click(review.findChild<QPushButton *>(u"saveButton"_s));
        QTRY_VERIFY(warned);
        QVERIFY(review.isVisible());
        QCOMPARE(prospectCount(*m_replica), before);
        QCOMPARE(review.form()->lineEdit(u"company_name"_s)->text(), u"SÉCURITÉ DUPONT SAS"_s); // nothing lost
    }

    void claudeErrorsAreShownAndTheImageKept()
    {
        configureClaude(true);
        BusinessCardScanDialog dialog(m_session.get(), nullptr, u"FR"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *model = qobject_cast<QStandardItemModel *>(dialog.engineCombo()->model());
        QTRY_VERIFY(model->item(1)->isEnabled());
        dialog.engineCombo()->setCurrentIndex(1);
        QVERIFY(dialog.loadFile(m_cardFile));
        m_claude->enqueueError(529, u"overloaded_error"_s, u"Overloaded"_s);
        recognizeAndWait(dialog, false);
        QVERIFY(dialog.banner()->isVisible());
        QVERIFY(!dialog.image().isNull());
        QVERIFY(dialog.recognizeButton()->isEnabled());
        shot(&dialog, u"7-scan-claude-overloaded"_s);
        // Offline: Claude goes, the local engine stays.
        dialog.vision()->setOnline(false);
        QVERIFY(!model->item(1)->isEnabled());
        QCOMPARE(dialog.engineCombo()->currentIndex(), 0);
    }

    void cancelKeepsTheImage()
    {
        BusinessCardScanDialog dialog(m_session.get(), nullptr, u"FR"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setImage(renderCard(dupontCard(), CardStyle{.dpi = 600}), u"grande image"_s);
        click(dialog.recognizeButton());
        QVERIFY(dialog.isRecognizing());
        QTest::qWait(100);
        QTest::keyClick(&dialog, Qt::Key_Escape); // Échap stops the reading, the dialog stays
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRecognizing(), 30000);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.image().isNull());
        QVERIFY(dialog.banner()->isVisible());
    }

    void prospectsPageOpensTheScanner()
    {
        ProspectsPage page(context());
        page.show();
        auto *button = page.findChild<QPushButton *>(u"scanCardButton"_s);
        QVERIFY(button);
        bool opened = false;
        QTimer::singleShot(300, this, [&opened] {
            auto *scan = qobject_cast<BusinessCardScanDialog *>(QApplication::activeModalWidget());
            QVERIFY2(scan, "« Scanner une carte » must open the scan dialog");
            opened = true;
            scan->reject();
        });
        click(button);
        QTRY_VERIFY(opened);
    }

    void monitoringPageVisibility()
    {
        const PageRegistry registry = PageRegistry::builtin();
        for (Role role : {Role::Admin, Role::President, Role::Manager, Role::Commercial, Role::Assistant}) {
            UserDto user;
            user.role = role;
            QStringList ids;
            for (const PageDescriptor &p : registry.pages(QString(pages::adminFamily), user))
                ids << p.id;
            QCOMPARE(ids.contains(QString(pages::adminOcr)), role == Role::Admin || role == Role::President || role == Role::Manager);
        }
        QCOMPARE(registry.page(QString(pages::adminOcr))->title, u"Suivi OCR"_s);
    }

    void fieldProspectFromACard()
    {
        FieldProspectDialog dialog(context());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.findChild<QPushButton *>(u"fromCardButton"_s));
        ocr::OcrResult card;
        card.engine = u"tesseract"_s;
        card.fields = crm::parseBusinessCardText(u"Alarmes Liégeoises SPRL\nAnne Dubois\nConseillère en sécurité\n"
                                                 "Rue Saint-Gilles 58\nB-4000 Liège\nGSM +32 475 98 76 54\n"
                                                 "Tél. +32 4 223 45 67\nanne.dubois@alarmes-liegeoises.be"_s);
        dialog.fillFromCard(card);
        QCOMPARE(dialog.field(u"company_name"_s)->text(), u"Alarmes Liégeoises SPRL"_s);
        QCOMPARE(dialog.field(u"postcode"_s)->text(), u"4000"_s);
        QCOMPARE(dialog.countryCombo()->currentData().toString(), u"BE"_s);
        QCOMPARE(dialog.field(u"contact_name"_s)->text(), u"Anne Dubois"_s);
        QVERIFY(dialog.field(u"phone"_s)->text().contains(u"475 98 76 54"_s));
        QVERIFY(dialog.noteEdit()->toPlainText().contains(u"anne.dubois@alarmes-liegeoises.be"_s));
        QVERIFY(dialog.noteEdit()->toPlainText().contains(u"Conseillère en sécurité"_s));
        QTest::qWait(50); // the dialog fits its new height
        shot(&dialog, u"10-field-prospect-from-card"_s);
        click(dialog.findChild<QPushButton *>(u"saveButton"_s));
        QTRY_VERIFY(!dialog.isVisible());
        const QVariantMap row = m_replica->row(u"prospects"_s, dialog.prospectId());
        QCOMPARE(row.value(u"company_name"_s).toString(), u"Alarmes Liégeoises SPRL"_s);
        QCOMPARE(row.value(u"country_code"_s).toString(), u"BE"_s);
    }

    void monitoringPage()
    {
        OcrMonitoringPage page(m_session.get());
        page.resize(1140, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(!page.totalTile()->value().isEmpty(), 10000);
        auto count = m_server.execOwner(u"SELECT count(*) AS n, count(*) FILTER (WHERE status = 'failure') AS f FROM ocr_requests"_s);
        QVERIFY(count);
        QCOMPARE(page.totalTile()->value(), QLocale().toString(count->toInt(0, "n")));
        QCOMPARE(page.failureTile()->value(), QLocale().toString(count->toInt(0, "f")));
        QVERIFY(!page.timesCard()->isEmptyShown());
        QVERIFY(!page.errorsCard()->isEmptyShown()); // the overloaded Claude call
        QAbstractItemModelTester tester(page.errorModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.errorModel()->rowCount(), 1);
        QCOMPARE(page.errorModel()->index(0, OcrErrorTypesModel::Type).data().toString(), u"Service surchargé"_s);
        QCOMPARE(page.errorModel()->index(0, OcrErrorTypesModel::Claude).data().toInt(), 1);
        shot(&page, u"8-monitoring"_s);
        // The 7-day period reloads.
        page.periodCombo()->setCurrentIndex(0);
        QTRY_VERIFY(page.daysChart()->chart()->series().size() == 1);
        // A period without any reading: empty states, never empty charts.
        QJsonObject empty{{u"total"_s, 0}, {u"success"_s, 0}, {u"failure"_s, 0}, {u"successRate"_s, QJsonValue()},
                          {u"engines"_s, QJsonArray{}}, {u"errorTypes"_s, QJsonArray{}}, {u"days"_s, QJsonArray{}},
                          {u"from"_s, u"2026-06-01T00:00:00.000Z"_s}, {u"to"_s, u"2026-06-08T00:00:00.000Z"_s}};
        page.showStats(empty);
        QVERIFY(page.timesCard()->isEmptyShown());
        QVERIFY(page.daysCard()->isEmptyShown());
        QVERIFY(page.errorsCard()->isEmptyShown());
        QCOMPARE(page.errorModel()->rowCount(), 0);
        shot(&page, u"9-monitoring-empty"_s);
    }
};

QTEST_MAIN(TestUiOcr)
#include "tst_ui_ocr.moc"
