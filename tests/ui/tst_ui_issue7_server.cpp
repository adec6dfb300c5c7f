// Issue #7 screens against a real hector-server (embedded PostgreSQL, no provider key, no job
// worker: the test runs the queue): jobs (retry, cancel, refused transition), schedules (enable /
// disable, run now), API quotas (limits, reset, incidents), enrichment and geocoding statistics,
// geocoding batch followed to its end, « Trouve-moi le patron » and « Enrichir » saying plainly
// that no provider is configured, « Localiser » falling back to the postcode centroid.
// Screenshots with HECTOR_SCREENSHOT_DIR.
#include "ProspectsTestData.h"
#include "UiTestSupport.h"
#include "core/Roles.h"
#include "db/PgConnection.h"
#include "jobs/JobQueue.h"
#include "ServerApp.h"
#include "sync/ApiClient.h"
#include "sync/CredentialStore.h"
#include "sync/SessionManager.h"
#include "sync/replica/LocalReplica.h"
#include "tests/support/TestServer.h"
#include "translations/Translations.h"
#include "ui/MessageBanner.h"
#include "ui/admin/ApiQuotaModels.h"
#include "ui/admin/ApiQuotasPage.h"
#include "ui/admin/EnrichmentPage.h"
#include "ui/admin/JobsModels.h"
#include "ui/admin/JobsPage.h"
#include "ui/companies/CompanySearchPage.h"
#include "ui/prospects/ProspectDialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace hector;
using namespace hector::test;
using namespace hector::ui;
using namespace Qt::StringLiterals;

namespace {
const QString kPassword = u"Printemps2025"_s;
const QString kAdmin = u"helene.marchal@adsgroup-security.com"_s;
const QSize kPageSize(1140, 700);
} // namespace

class TestUiIssue7Server : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<sync::ApiClient> m_api;
    std::unique_ptr<sync::CredentialStore> m_store;
    std::unique_ptr<sync::SessionManager> m_session;
    QTemporaryDir m_dir;

    template<typename T>
    T *in(QWidget *parent, const char *name) const
    {
        return parent ? parent->findChild<T *>(QString::fromLatin1(name)) : nullptr;
    }
    QString value(const QString &sql, const QVariantList &params = {})
    {
        auto r = m_server.execOwner(sql, params);
        if (!r) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(r.error().message));
            return {};
        }
        return r->rows() ? r->text(0, 0) : QString();
    }
    // Selects the row of `view` whose object has `key` == `wanted` (compared as text).
    static bool selectRow(QTableView *view, const QString &key, const QString &wanted)
    {
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QJsonObject o = view->model()->index(r, 0).data(JsonRowsModel::RowObjectRole).toJsonObject();
            if (o.value(key).toVariant().toString() == wanted) {
                view->selectRow(r);
                return true;
            }
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        initScreenTests();
        i18n::install(*qApp, i18n::Language::French);
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), "the test server did not start (see the warning above)");
        const QString admin = m_server.createUser(kAdmin, kPassword, Role::Admin, u"FR"_s);
        (void)m_server.execOwner(u"UPDATE users SET first_name = 'Hélène', last_name = 'Marchal' WHERE id = $1"_s, {admin});
        m_api = std::make_unique<sync::ApiClient>();
        m_store = std::make_unique<sync::CredentialStore>(std::make_unique<sync::MemoryBackend>());
        m_session = std::make_unique<sync::SessionManager>(m_api.get(), m_store.get());
        QSignalSpy signedIn(m_session.get(), &sync::SessionManager::signedIn);
        m_session->login(m_server.baseUrl(), kAdmin, kPassword, false);
        QVERIFY(signedIn.wait(20000));
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_server.stop();
    }

    void jobsAndSchedules()
    {
        const QString failed = value(u"INSERT INTO jobs (kind, status, attempts, max_attempts, last_error, finished_at, "
                                     "payload) VALUES ('geocode_batch', 'dead', 5, 5, 'Nominatim : délai dépassé', now(), "
                                     "'{\"prospectIds\":[]}') RETURNING id"_s);
        const QString queued = value(u"INSERT INTO jobs (kind, status, run_at) VALUES ('geocode_batch', 'queued', "
                                     "now() + interval '1 day') RETURNING id"_s);
        QVERIFY(!failed.isEmpty() && !queued.isEmpty());

        JobsPage page(m_session.get());
        page.resize(kPageSize);
        QAbstractItemModelTester tester(page.jobsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(page.jobsProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester schedulesTester(page.schedulesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&page, &JobsPage::loaded);
        page.show();
        QVERIFY(loaded.wait(15000));
        QVERIFY2(page.banner()->text().isEmpty(), qPrintable(page.banner()->text()));
        QVERIFY(page.jobsModel()->rowCount() >= 2);
        QVERIFY2(page.statusFilter()->itemText(page.statusFilter()->findData(u"dead"_s)).startsWith(u"Abandonnée ("_s),
                 qPrintable(page.statusFilter()->itemText(5)));
        QTRY_VERIFY_WITH_TIMEOUT(page.schedulesModel()->rowCount() >= 2, 15000);
        test::screenshot(&page, u"issue7-server-01-jobs"_s);

        QSignalSpy done(&page, &JobsPage::actionDone);
        QVERIFY(selectRow(page.jobsView(), u"id"_s, failed));
        page.retrySelected(false);
        QVERIFY(done.wait(15000));
        QVERIFY2(done.last().at(0).toBool(), qPrintable(page.banner()->text()));
        QCOMPARE(value(u"SELECT status || '/' || attempts FROM jobs WHERE id = $1"_s, {failed}), u"queued/0"_s);

        QTRY_VERIFY_WITH_TIMEOUT(selectRow(page.jobsView(), u"id"_s, queued), 15000);
        page.cancelSelected(false);
        QVERIFY(done.wait(15000));
        QVERIFY2(done.last().at(0).toBool(), qPrintable(page.banner()->text()));
        QCOMPARE(value(u"SELECT status FROM jobs WHERE id = $1"_s, {queued}), u"cancelled"_s);

        // A transition the server refuses (cancelling a cancelled job): its French message.
        QJsonObject stale;
        for (int r = 0; r < page.jobsModel()->rowCount(); ++r) {
            if (page.jobsModel()->rowObject(r).value(u"id"_s).toVariant().toString() == queued)
                stale = page.jobsModel()->rowObject(r);
        }
        QVERIFY(!stale.isEmpty());
        stale.insert(u"status"_s, u"queued"_s);
        page.jobsModel()->setRows({stale});
        page.jobsView()->selectRow(0);
        page.cancelSelected(false);
        QVERIFY(done.wait(15000));
        QCOMPARE(done.last().at(0).toBool(), false);
        QVERIFY(!page.banner()->text().isEmpty());
        qInfo() << "409 message:" << page.banner()->text();

        // Schedules: disable and enable again; run the rescoring now.
        QTRY_VERIFY_WITH_TIMEOUT(page.schedulesModel()->rowCount() >= 2, 15000);
        QString rescoring;
        for (int r = 0; r < page.schedulesModel()->rowCount(); ++r) {
            const QString job = page.schedulesModel()->rowObject(r).value(u"job"_s).toString();
            if (job.contains(u"scor"_s))
                rescoring = job;
        }
        QVERIFY2(!rescoring.isEmpty(), "no rescoring schedule");
        QVERIFY(selectRow(page.schedulesView(), u"job"_s, rescoring));
        page.toggleSelectedSchedule();
        QVERIFY(done.wait(15000));
        QVERIFY2(done.last().at(0).toBool(), qPrintable(page.banner()->text()));
        QCOMPARE(value(u"SELECT enabled::text FROM cron_schedules WHERE job = $1"_s, {rescoring}), u"false"_s);
        test::screenshot(&page, u"issue7-server-02-schedule-disabled"_s);
        page.toggleSelectedSchedule();
        QVERIFY(done.wait(15000));
        QCOMPARE(value(u"SELECT enabled::text FROM cron_schedules WHERE job = $1"_s, {rescoring}), u"true"_s);
        page.runSelectedSchedule(false);
        QVERIFY(done.wait(30000));
        QVERIFY2(done.last().at(0).toBool(), qPrintable(page.banner()->text()));
    }

    void quotasAndIncidents()
    {
        (void)m_server.execOwner(u"INSERT INTO api_incidents (at, provider, endpoint, http_status, code, message, "
                                 "duration_ms) VALUES (now(), 'pappers', '/v2/entreprise', 429, 'quota_exceeded', "
                                 "'Quota Pappers atteint', 12)"_s);
        ApiQuotasPage page(m_session.get());
        page.resize(kPageSize);
        QAbstractItemModelTester tester(page.quotaModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester incidentTester(page.incidentModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&page, &ApiQuotasPage::loaded);
        QSignalSpy incidents(&page, &ApiQuotasPage::incidentsLoaded);
        page.show();
        QVERIFY(loaded.wait(15000));
        QVERIFY2(page.banner()->text().isEmpty(), qPrintable(page.banner()->text()));
        QStringList providers;
        for (int r = 0; r < page.quotaModel()->rowCount(); ++r)
            providers << page.quotaModel()->rowObject(r).value(u"provider"_s).toString();
        for (const QString &p : {u"insee"_s, u"pappers"_s, u"google"_s, u"nominatim"_s, u"anthropic"_s})
            QVERIFY2(providers.contains(p), qPrintable(providers.join(u',')));
        const int google = page.quotaModel()->findRow(u"provider"_s, u"google"_s);
        QCOMPARE(page.quotaModel()->data(page.quotaModel()->index(google, ApiQuotaModel::Configured)).toString(),
                 u"Non configuré"_s);
        QTRY_VERIFY_WITH_TIMEOUT(page.incidentModel()->rowCount() >= 1, 15000);
        test::screenshot(&page, u"issue7-server-03-quotas"_s);

        incidents.clear();
        page.providerFilter()->setCurrentIndex(page.providerFilter()->findData(u"insee"_s));
        QVERIFY(incidents.wait(15000));
        for (int r = 0; r < page.incidentModel()->rowCount(); ++r)
            QCOMPARE(page.incidentModel()->rowObject(r).value(u"provider"_s).toString(), u"insee"_s);

        QSignalSpy done(&page, &ApiQuotasPage::actionDone);
        page.saveLimits(u"insee"_s, QJsonObject{{u"perMinute"_s, 40}, {u"perHour"_s, 1000}, {u"perDay"_s, QJsonValue()},
                                                  {u"budgetMonthEur"_s, QJsonValue()}, {u"costPerCallEur"_s, 0}});
        QVERIFY(done.wait(15000));
        QVERIFY2(done.last().at(0).toBool(), qPrintable(page.banner()->text()));
        QCOMPARE(value(u"SELECT per_minute || '/' || per_hour || '/' || coalesce(per_day::text, 'null') FROM "
                       "provider_quotas WHERE provider = 'insee'"_s),
                 u"40/1000/null"_s);
        const int insee = page.quotaModel()->findRow(u"provider"_s, u"insee"_s);
        QVERIFY(page.quotaModel()->data(page.quotaModel()->index(insee, ApiQuotaModel::Minute)).toString().endsWith(u" / 40"_s));

        QVERIFY(selectRow(page.quotaView(), u"provider"_s, u"pappers"_s));
        page.resetSelected(false);
        QVERIFY(done.wait(15000));
        QVERIFY2(done.last().at(0).toBool(), qPrintable(page.banner()->text()));
        QCOMPARE(value(u"SELECT count(*) FROM api_incidents WHERE provider = 'pappers'"_s), u"1"_s); // log kept
    }

    void enrichmentAndGeocoding()
    {
        // Prospects without coordinates, in postcodes of the centroid file.
        QString prospect;
        for (const auto &[name, postcode, city] : {std::tuple{u"Boulangerie Martin"_s, u"69002"_s, u"Lyon"_s},
                                                   std::tuple{u"Garage du Port"_s, u"13001"_s, u"Marseille"_s}}) {
            prospect = m_server.createProspect(u"FR"_s, {{u"company_name"_s, name}, {u"postcode"_s, postcode},
                                                          {u"city"_s, city}, {u"address"_s, u"1 rue de la Paix"_s}});
            QVERIFY(!prospect.isEmpty());
        }
        EnrichmentPage page(m_session.get());
        page.resize(kPageSize);
        QSignalSpy loaded(&page, &EnrichmentPage::loaded);
        page.show();
        QVERIFY(loaded.wait(15000));
        QVERIFY2(page.banner()->text().isEmpty(), qPrintable(page.banner()->text()));
        QVERIFY2(page.enrichmentSummary()->text().contains(u"jamais enrichie(s)"_s), qPrintable(page.enrichmentSummary()->text()));
        // No INSEE or Pappers key on this server: the backfill is off and says why.
        auto *backfill = in<QPushButton>(&page, "backfillButton");
        QVERIFY(!backfill->isEnabled());
        QVERIFY(in<QLabel>(&page, "enrichmentProviders")->text().contains(u"l'enrichissement est indisponible"_s));
        QTRY_VERIFY_WITH_TIMEOUT(page.geocodingSummary()->text().contains(u"sans coordonnées"_s), 15000);
        QVERIFY(page.sourceBar(u"none"_s)->value() >= 2);
        test::screenshot(&page, u"issue7-server-04-enrichment"_s);

        // The batch: queued, run by the queue, followed to its end.
        QSignalSpy done(&page, &EnrichmentPage::actionDone);
        QSignalSpy finished(&page, &EnrichmentPage::geocodingFinished);
        auto *geocode = in<QPushButton>(&page, "geocodeButton");
        QTRY_VERIFY_WITH_TIMEOUT(geocode->isEnabled(), 15000);
        page.startGeocoding(false);
        QVERIFY(done.wait(15000));
        QVERIFY2(done.last().at(0).toBool(), qPrintable(page.banner()->text()));
        QVERIFY(!page.geocodeJobId().isEmpty());
        QVERIFY(in<QProgressBar>(&page, "jobBar")->isVisible());
        test::screenshot(&page, u"issue7-server-05-geocoding"_s);
        QVERIFY(m_server.app().jobQueue().runReady() >= 1);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.last().at(0).toString(), u"done"_s);
        QCOMPARE(value(u"SELECT geocode_source FROM prospects WHERE id = $1"_s, {prospect}), u"centroid"_s);
    }

    void companySearchSaysNotConfigured()
    {
        PageContext context;
        context.session = m_session.get();
        CompanySearchPage page(context);
        page.resize(kPageSize);
        page.show();
        QSignalSpy searched(&page, &CompanySearchPage::searched);
        typeInto(page.searchEdit(), u"Vigilance Lyon"_s);
        page.search();
        QVERIFY(searched.wait(15000));
        QCOMPARE(page.state(), u"notConfigured"_s);
        QVERIFY(!page.createButton()->isEnabled());
        test::screenshot(&page, u"issue7-server-06-company-not-configured"_s);
    }

    void prospectDialogActions()
    {
        const QString id = m_server.createProspect(u"FR"_s, {{u"company_name"_s, u"Pharmacie du Beffroi"_s},
                                                             {u"postcode"_s, u"59000"_s}, {u"city"_s, u"Lille"_s},
                                                             {u"address"_s, u"3 place du Théâtre"_s}});
        auto rep = sync::LocalReplica::open(m_dir.filePath(u"replica.sqlite"_s));
        QVERIFY(rep);
        seedOrganisation(**rep);
        addProspect(**rep, {{u"id"_s, id}, {u"company_name"_s, u"Pharmacie du Beffroi"_s}, {u"postcode"_s, u"59000"_s},
                            {u"city"_s, u"Lille"_s}});
        ProspectDialog dialog({rep->get(), m_session->user(), nullptr, m_session.get(), nullptr}, id);
        dialog.show();
        QSignalSpy done(&dialog, &ProspectDialog::onlineActionDone);
        click(dialog.enrichButton());
        QVERIFY(done.wait(15000));
        QCOMPARE(done.last().at(0).toBool(), false);
        QVERIFY(!dialog.enrichButton()->isEnabled());
        QVERIFY2(dialog.enrichButton()->toolTip().startsWith(u"Non configuré"_s), qPrintable(dialog.enrichButton()->toolTip()));
        click(dialog.locateButton());
        QVERIFY(done.wait(15000));
        QVERIFY2(done.last().at(0).toBool(), qPrintable(dialog.banner()->text()));
        QVERIFY2(dialog.banner()->text().contains(u"centre du code postal"_s), qPrintable(dialog.banner()->text()));
        QCOMPARE(value(u"SELECT geocode_source FROM prospects WHERE id = $1"_s, {id}), u"centroid"_s);
        test::screenshot(&dialog, u"issue7-server-07-prospect-located"_s);
    }
};

QTEST_MAIN(TestUiIssue7Server)
#include "tst_ui_issue7_server.moc"
