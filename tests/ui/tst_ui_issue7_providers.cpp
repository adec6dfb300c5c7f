// « Trouve-moi le patron » and « Enrichir » end to end: the desktop screens against a real
// hector-server whose INSEE and Pappers base URLs point at the loopback provider doubles of
// tests/server/doubles/FakeProviders (the contracts of third-party-contracts.md). Search by SIREN,
// detail with the Pappers decision makers, creation with the chosen decision maker (then the
// duplicate), enrichment queued and run, provenance shown from the synced column.
// Screenshots with HECTOR_SCREENSHOT_DIR.
#include "FakeProviders.h"
#include "ProspectsTestData.h"
#include "UiTestSupport.h"
#include "ServerApp.h"
#include "core/Roles.h"
#include "jobs/JobQueue.h"
#include "sync/ApiClient.h"
#include "sync/CredentialStore.h"
#include "sync/SessionManager.h"
#include "sync/replica/LocalReplica.h"
#include "tests/support/TestServer.h"
#include "translations/Translations.h"
#include "ui/MessageBanner.h"
#include "ui/admin/EnrichmentPage.h"
#include "ui/companies/CompanySearchModels.h"
#include "ui/companies/CompanySearchPage.h"
#include "ui/prospects/ProspectDialog.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
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

class TestUiIssue7Providers : public QObject
{
    Q_OBJECT

private:
    FakeProviders m_fake;
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

private slots:
    void initTestCase()
    {
        initScreenTests();
        i18n::install(*qApp, i18n::Language::French);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_fake.start());
        m_server.setConfig(u"insee_base_url"_s, m_fake.baseUrl(u"insee"_s));
        m_server.setConfig(u"insee_api_key"_s, QString::fromLatin1(FakeProviders::kInseeKey));
        m_server.setConfig(u"pappers_base_url"_s, m_fake.baseUrl(u"pappers"_s));
        m_server.setConfig(u"pappers_api_key"_s, QString::fromLatin1(FakeProviders::kPappersKey));
        QVERIFY2(m_server.start(), "the test server did not start (see the warning above)");
        m_server.createUser(kAdmin, kPassword, Role::Admin, u"FR"_s);
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

    void findTheBossAndCreateTheProspect()
    {
        auto rep = sync::LocalReplica::open(m_dir.filePath(u"replica.sqlite"_s));
        QVERIFY(rep);
        seedOrganisation(**rep);
        PageContext context;
        context.session = m_session.get();
        context.replica = rep->get();
        CompanySearchPage page(context);
        page.resize(kPageSize);
        QAbstractItemModelTester results(page.resultsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester makers(page.decisionMakersModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        QSignalSpy searched(&page, &CompanySearchPage::searched);
        QSignalSpy detail(&page, &CompanySearchPage::detailLoaded);
        typeInto(page.searchEdit(), u"443 061 841"_s);
        page.search();
        QVERIFY(searched.wait(20000));
        QVERIFY2(page.banner()->text().isEmpty(), qPrintable(page.banner()->text()));
        QCOMPARE(page.state(), u"results"_s);
        QCOMPARE(page.resultsModel()->rowCount(), 1);
        QCOMPARE(page.resultsModel()->data(page.resultsModel()->index(0, CompanyResultsModel::Name)).toString(),
                 u"GOOGLE FRANCE"_s);
        QVERIFY(detail.wait(20000));
        // Pappers' natural persons (the auditing firm is a legal person).
        QStringList names;
        for (int r = 0; r < page.decisionMakersModel()->rowCount(); ++r)
            names << page.decisionMakersModel()->data(page.decisionMakersModel()->index(r, 0)).toString()
                         + u" — "_s
                         + page.decisionMakersModel()->data(page.decisionMakersModel()->index(r, 1)).toString();
        qInfo() << "decision makers:" << names;
        QVERIFY2(names.size() >= 2, qPrintable(names.join(u", "_s)));
        int daf = -1;
        for (int r = 0; r < names.size(); ++r) {
            if (names.at(r).contains(u"financier"_s))
                daf = r;
        }
        QVERIFY2(daf >= 0, qPrintable(names.join(u", "_s)));
        test::screenshot(&page, u"issue7-providers-01-company"_s);

        page.decisionMakersView()->selectRow(daf);
        QSignalSpy ready(&page, &CompanySearchPage::prospectReady);
        click(page.createButton());
        QVERIFY2(ready.wait(20000), qPrintable(page.banner()->text()));
        QCOMPARE(ready.last().at(1).toBool(), true);
        const QString id = ready.last().at(0).toString();
        QCOMPARE(value(u"SELECT siren FROM prospects WHERE id = $1"_s, {id}), u"443061841"_s);
        const QString contact = value(u"SELECT contact_name FROM prospects WHERE id = $1"_s, {id});
        QVERIFY2(contact.contains(u"MARTIN"_s, Qt::CaseInsensitive), qPrintable(contact));
        // Not in the replica yet: the page waits for the sync, then opens it.
        QTRY_COMPARE_WITH_TIMEOUT(page.banner()->text(), u"Synchronisation de la fiche…"_s, 5000);
        const QString provenance = value(u"SELECT enrichment_provenance::text FROM prospects WHERE id = $1"_s, {id});
        addProspect(**rep, {{u"id"_s, id}, {u"company_name"_s, u"GOOGLE FRANCE"_s}, {u"siren"_s, u"443061841"_s},
                            {u"contact_name"_s, contact}, {u"enrichment_provenance"_s, provenance},
                            {u"enrichment_status"_s, provenance.isEmpty() ? QVariant() : QVariant(u"enriched"_s)}});
        QSignalSpy opened(&page, &CompanySearchPage::prospectOpened);
        emit rep->get()->tableChanged(u"prospects"_s);
        QVERIFY(opened.count() == 1 || opened.wait(5000));
        auto *dialog = page.findChild<ProspectDialog *>();
        QVERIFY(dialog);
        if (!provenance.isEmpty()) {
            auto *fields = dialog->findChild<QTreeWidget *>(u"fieldProvenanceTable"_s);
            QVERIFY(fields);
            QVERIFY(fields->topLevelItemCount() > 0);
            dialog->tabs()->setCurrentIndex(dialog->tabs()->count() - 1);
            test::screenshot(dialog, u"issue7-providers-02-created-provenance"_s);
        }
        dialog->close();

        // Again: the server answers 409 duplicate, the existing record opens.
        page.showResult(0);
        QVERIFY(detail.wait(20000));
        QVERIFY(!page.createButton()->isEnabled()); // existingProspectId is set now
        QCOMPARE(page.existingProspectId(), id);
        page.createProspect(); // a stale screen: the server still refuses the duplicate
        QVERIFY(ready.wait(20000));
        QCOMPARE(ready.last().at(0).toString(), id);
        QCOMPARE(ready.last().at(1).toBool(), false);
        QCOMPARE(value(u"SELECT count(*) FROM prospects WHERE siren = '443061841'"_s), u"1"_s);
    }

    void enrichOnDemand()
    {
        const QString id = m_server.createProspect(u"FR"_s, {{u"company_name"_s, u"Google France"_s},
                                                             {u"siren"_s, u"443061841"_s}});
        auto rep = sync::LocalReplica::open(m_dir.filePath(u"replica2.sqlite"_s));
        QVERIFY(rep);
        seedOrganisation(**rep);
        addProspect(**rep, {{u"id"_s, id}, {u"company_name"_s, u"Google France"_s}, {u"siren"_s, u"443061841"_s}});
        ProspectDialog dialog({rep->get(), m_session->user(), nullptr, m_session.get(), nullptr}, id);
        dialog.show();
        QSignalSpy done(&dialog, &ProspectDialog::onlineActionDone);
        click(dialog.enrichButton());
        QVERIFY(done.wait(20000));
        QVERIFY2(done.last().at(0).toBool(), qPrintable(dialog.banner()->text()));
        QVERIFY(m_server.app().jobQueue().runReady() >= 1);
        QTRY_COMPARE_WITH_TIMEOUT(value(u"SELECT enrichment_status FROM prospects WHERE id = $1"_s, {id}), u"enriched"_s, 20000);
        const QString provenance = value(u"SELECT enrichment_provenance::text FROM prospects WHERE id = $1"_s, {id});
        QVERIFY(!provenance.isEmpty());
        const QList<QStringList> rows = ProspectDialog::provenanceRows(provenance);
        QVERIFY(!rows.isEmpty());
        QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [](const QStringList &r) { return r.value(2) == u"INSEE"_s; }));

        // The enrichment page sees it.
        EnrichmentPage page(m_session.get());
        page.resize(kPageSize);
        QSignalSpy loaded(&page, &EnrichmentPage::loaded);
        page.show();
        QVERIFY(loaded.wait(20000));
        QVERIFY(in<QPushButton>(&page, "backfillButton")->isEnabled());
        QVERIFY2(!page.enrichmentSummary()->text().contains(u"<b>0</b> fiche(s) enrichie(s)"_s),
                 qPrintable(page.enrichmentSummary()->text()));
        test::screenshot(&page, u"issue7-providers-03-enrichment"_s);
    }
};

QTEST_MAIN(TestUiIssue7Providers)
#include "tst_ui_issue7_providers.moc"
