// Issue #7 screens of the desktop client against a loopback double of the issue #7 API contract
// (FakeHector signs in, then the double answers exactly the documented shapes): « Tâches et
// planifications », « Quotas API », « Enrichissement et géocodage », « Trouve-moi le patron »,
// the prospect dialog's « Provenance », « Enrichir » and « Localiser ». Every model is checked by
// QAbstractItemModelTester. The same screens run against the real server in tst_ui_issue7_server.
// Screenshots with HECTOR_SCREENSHOT_DIR.
#include "FakeHector.h"
#include "ProspectsTestData.h"
#include "UiTestSupport.h"
#include "sync/ApiClient.h"
#include "sync/CredentialStore.h"
#include "sync/SessionManager.h"
#include "sync/replica/LocalReplica.h"
#include "translations/Translations.h"
#include "ui/MessageBanner.h"
#include "ui/PageRegistry.h"
#include "ui/admin/ApiQuotaModels.h"
#include "ui/admin/ApiQuotasPage.h"
#include "ui/admin/EnrichmentPage.h"
#include "ui/admin/JobsModels.h"
#include "ui/admin/JobsPage.h"
#include "ui/companies/CompanySearchModels.h"
#include "ui/companies/CompanySearchPage.h"
#include "ui/prospects/ProspectDialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QUrlQuery>
#include <QtTest>

using namespace hector;
using namespace hector::test;
using namespace hector::ui;
using namespace Qt::StringLiterals;

namespace {
const QSize kPageSize(1140, 700);

QJsonObject job(const QString &id, const QString &kind, const QString &status, int attempts, const QString &error = {})
{
    return {{u"id"_s, id},
            {u"kind"_s, kind},
            {u"status"_s, status},
            {u"attempts"_s, attempts},
            {u"maxAttempts"_s, 5},
            {u"runAt"_s, u"2026-11-25T02:00:00Z"_s},
            {u"createdAt"_s, u"2026-11-25T01:59:00Z"_s},
            {u"startedAt"_s, status == u"queued" ? QJsonValue() : QJsonValue(u"2026-11-25T02:00:01Z"_s)},
            {u"finishedAt"_s, status == u"done" || status == u"failed" || status == u"dead"
                                  ? QJsonValue(u"2026-11-25T02:00:09Z"_s)
                                  : QJsonValue()},
            {u"lastError"_s, error.isEmpty() ? QJsonValue() : QJsonValue(error)},
            {u"payload"_s, QJsonObject{{u"prospectId"_s, u"p-1"_s}}},
            {u"result"_s, status == u"done" ? QJsonValue(QJsonObject{{u"fields"_s, 4}}) : QJsonValue()}};
}

QJsonObject quota(const QString &provider, const QString &label, bool configured, QJsonValue perMinute, int usedMinute,
                  double spentMonth, QJsonValue budget, const QString &alert)
{
    return {{u"provider"_s, provider},
            {u"label"_s, label},
            {u"configured"_s, configured},
            {u"limits"_s, QJsonObject{{u"perMinute"_s, perMinute}, {u"perHour"_s, QJsonValue()}, {u"perDay"_s, 5000}}},
            {u"used"_s, QJsonObject{{u"minute"_s, usedMinute}, {u"hour"_s, usedMinute * 3}, {u"day"_s, usedMinute * 10},
                                    {u"month"_s, usedMinute * 100}}},
            {u"costPerCallEur"_s, provider == u"pappers" ? 0.1 : 0.0},
            {u"spentTodayEur"_s, spentMonth / 10},
            {u"spentMonthEur"_s, spentMonth},
            {u"budgetMonthEur"_s, budget},
            {u"alert"_s, alert},
            {u"lastError"_s, provider == u"pappers"
                                 ? QJsonValue(QJsonObject{{u"at"_s, u"2026-11-25T08:12:00Z"_s},
                                                          {u"message"_s, u"Quota mensuel Pappers atteint"_s}})
                                 : QJsonValue()}};
}

QJsonObject company(const QString &siren, const QString &name, const QString &city)
{
    return {{u"siren"_s, siren},
            {u"siret"_s, QString(siren + u"00017"_s)},
            {u"name"_s, name},
            {u"nafCode"_s, u"80.10Z"_s},
            {u"nafLabel"_s, u"Activités de sécurité privée"_s},
            {u"legalForm"_s, u"SAS"_s},
            {u"headcountBand"_s, u"12"_s},
            {u"active"_s, true},
            {u"address"_s, QJsonObject{{u"line1"_s, u"12 rue de la République"_s}, {u"postcode"_s, u"69002"_s},
                                       {u"city"_s, city}, {u"countryCode"_s, u"FR"_s}}},
            {u"source"_s, u"insee"_s}};
}

HttpResponse error(int status, const QString &code, const QString &message, const QJsonObject &extra = {})
{
    QJsonObject e = extra;
    e.insert(u"code"_s, code);
    e.insert(u"message"_s, message);
    return HttpResponse::json(status, QJsonObject{{u"error"_s, e}});
}
} // namespace

// The issue #7 endpoints as docs/api.md describes them, with a little state.
class ContractDouble
{
public:
    QJsonArray jobs{job(u"j1"_s, u"geocode_batch"_s, u"queued"_s, 0), job(u"j2"_s, u"enrich_prospect"_s, u"running"_s, 1),
                    job(u"j3"_s, u"enrich_prospect"_s, u"failed"_s, 2, u"INSEE : délai dépassé (504)"_s),
                    job(u"j4"_s, u"send_email"_s, u"dead"_s, 5, u"Resend : adresse refusée"_s),
                    job(u"j5"_s, u"enrich_prospect"_s, u"done"_s, 1)};
    QJsonArray schedules{
        QJsonObject{{u"job"_s, u"opportunity_rescoring"_s}, {u"label"_s, u"Recalcul des scores des opportunités"_s},
                    {u"at"_s, u"01:00"_s}, {u"timezone"_s, u"Europe/Paris"_s}, {u"enabled"_s, true},
                    {u"nextRun"_s, u"2026-11-26T00:00:00Z"_s},
                    {u"lastRun"_s, QJsonObject{{u"scheduledFor"_s, u"2026-11-25T00:00:00Z"_s},
                                               {u"startedAt"_s, u"2026-11-25T00:00:02Z"_s},
                                               {u"finishedAt"_s, u"2026-11-25T00:00:40Z"_s},
                                               {u"status"_s, u"ok"_s},
                                               {u"detail"_s, QJsonObject{{u"rescored"_s, 214}}}}}},
        QJsonObject{{u"job"_s, u"enrichment_nightly"_s}, {u"label"_s, u"Enrichissement nocturne (INSEE → Pappers)"_s},
                    {u"at"_s, u"03:00"_s}, {u"timezone"_s, u"Europe/Paris"_s}, {u"enabled"_s, true},
                    {u"nextRun"_s, u"2026-11-26T02:00:00Z"_s}, {u"lastRun"_s, QJsonValue()}},
        QJsonObject{{u"job"_s, u"stagnation_alerts"_s}, {u"label"_s, u"Alertes d'opportunités stagnantes"_s},
                    {u"at"_s, u"09:00"_s}, {u"timezone"_s, u"Europe/Paris"_s}, {u"enabled"_s, true},
                    {u"nextRun"_s, u"2026-11-26T08:00:00Z"_s},
                    {u"lastRun"_s, QJsonObject{{u"scheduledFor"_s, u"2026-11-25T08:00:00Z"_s},
                                               {u"startedAt"_s, u"2026-11-25T08:00:01Z"_s},
                                               {u"finishedAt"_s, u"2026-11-25T08:00:03Z"_s},
                                               {u"status"_s, u"failed"_s},
                                               {u"detail"_s, u"Resend non configuré"_s}}}}};
    QJsonArray quotas{quota(u"insee"_s, u"INSEE Sirene"_s, true, 30, 25, 0, QJsonValue(), u"warning"_s),
                      quota(u"pappers"_s, u"Pappers"_s, true, 20, 2, 51.2, 50.0, u"exceeded"_s),
                      quota(u"google"_s, u"Google Maps"_s, false, QJsonValue(), 0, 0, QJsonValue(), u"none"_s),
                      quota(u"nominatim"_s, u"OpenStreetMap Nominatim"_s, true, 60, 3, 0, QJsonValue(), u"none"_s),
                      quota(u"anthropic"_s, u"Anthropic"_s, false, QJsonValue(), 0, 0, 20.0, u"none"_s)};
    QJsonArray incidents{
        QJsonObject{{u"id"_s, 1}, {u"at"_s, u"2026-11-25T08:12:00Z"_s}, {u"provider"_s, u"pappers"_s},
                    {u"endpoint"_s, u"/v2/entreprise"_s}, {u"httpStatus"_s, 429}, {u"code"_s, u"quota_exceeded"_s},
                    {u"message"_s, u"Quota mensuel Pappers atteint"_s}, {u"durationMs"_s, 0}},
        QJsonObject{{u"id"_s, 2}, {u"at"_s, u"2026-11-25T02:00:05Z"_s}, {u"provider"_s, u"insee"_s},
                    {u"endpoint"_s, u"/entreprises/sirene/V3.11/siret"_s}, {u"httpStatus"_s, 504},
                    {u"code"_s, u"provider_timeout"_s}, {u"message"_s, u"INSEE : délai dépassé"_s},
                    {u"durationMs"_s, 10003}}};
    bool searchConfigured = true;
    bool enrichConfigured = true;
    QString existingId;       // returned by the company detail
    QString createdId = u"bbbbbbbb-0000-0000-0000-000000000077"_s;
    bool duplicate = false;
    int jobPolls = 0;

    HttpResponse handle(const HttpRequest &r)
    {
        const QUrl url(r.path);
        const QString path = url.path();
        const QUrlQuery query(url);
        const QByteArray m = r.method;
        if (path == u"/api/admin/jobs" && m == "GET") {
            QJsonObject counts;
            QJsonArray out;
            for (const QJsonValue &v : jobs) {
                const QString s = v.toObject().value(u"status"_s).toString();
                counts.insert(s, counts.value(s).toInt() + 1);
                if (!query.hasQueryItem(u"status"_s) || query.queryItemValue(u"status"_s) == s)
                    out.append(v);
            }
            for (const char *s : {"queued", "running", "done", "failed", "dead", "cancelled"})
                if (!counts.contains(QLatin1String(s)))
                    counts.insert(QLatin1String(s), 0);
            // The geocoding batch finishes at the second poll.
            if (++jobPolls >= 2)
                setStatus(u"geo-job"_s, u"done"_s);
            return HttpResponse::json(200, {{u"jobs"_s, out}, {u"counts"_s, counts}});
        }
        if (path.startsWith(u"/api/admin/jobs/"_s) && m == "POST") {
            const QStringList parts = path.split(u'/');
            const QString id = parts.value(4);
            const QString action = parts.value(5);
            for (int i = 0; i < jobs.size(); ++i) {
                QJsonObject j = jobs.at(i).toObject();
                if (j.value(u"id"_s).toString() != id)
                    continue;
                const QString s = j.value(u"status"_s).toString();
                if (action == u"retry" && (s == u"failed" || s == u"dead")) {
                    j.insert(u"status"_s, u"queued"_s);
                    j.insert(u"attempts"_s, 0);
                } else if (action == u"cancel" && s == u"queued") {
                    j.insert(u"status"_s, u"cancelled"_s);
                } else {
                    return error(409, u"invalid_state"_s, u"Cette tâche ne peut pas être modifiée dans son état actuel."_s);
                }
                jobs[i] = j;
                return HttpResponse::json(200, {{u"job"_s, j}});
            }
            return error(404, u"not_found"_s, u"Tâche introuvable."_s);
        }
        if (path == u"/api/admin/schedules" && m == "GET")
            return HttpResponse::json(200, {{u"schedules"_s, schedules}});
        if (path.startsWith(u"/api/admin/schedules/"_s)) {
            const QStringList parts = path.split(u'/');
            for (int i = 0; i < schedules.size(); ++i) {
                QJsonObject s = schedules.at(i).toObject();
                if (s.value(u"job"_s).toString() != parts.value(4))
                    continue;
                if (m == "PUT") {
                    s.insert(u"enabled"_s, r.json().value(u"enabled"_s).toBool());
                    schedules[i] = s;
                    return HttpResponse::json(200, {{u"schedule"_s, s}});
                }
                if (m == "POST" && parts.value(5) == u"run") {
                    const QJsonObject run{{u"scheduledFor"_s, u"2026-11-25T10:00:00Z"_s},
                                          {u"startedAt"_s, u"2026-11-25T10:00:00Z"_s},
                                          {u"finishedAt"_s, u"2026-11-25T10:00:01Z"_s},
                                          {u"status"_s, u"ok"_s},
                                          {u"detail"_s, QJsonObject{{u"rescored"_s, 3}}}};
                    s.insert(u"lastRun"_s, run);
                    schedules[i] = s;
                    return HttpResponse::json(200, {{u"run"_s, run}});
                }
            }
            return error(404, u"not_found"_s, u"Planification introuvable."_s);
        }
        if (path == u"/api/admin/api-quotas" && m == "GET")
            return HttpResponse::json(200, {{u"providers"_s, quotas}});
        if (path.startsWith(u"/api/admin/api-quotas/"_s)) {
            const QStringList parts = path.split(u'/');
            for (int i = 0; i < quotas.size(); ++i) {
                QJsonObject q = quotas.at(i).toObject();
                if (q.value(u"provider"_s).toString() != parts.value(4))
                    continue;
                if (m == "PUT") {
                    const QJsonObject b = r.json();
                    q.insert(u"limits"_s, QJsonObject{{u"perMinute"_s, b.value(u"perMinute"_s)},
                                                      {u"perHour"_s, b.value(u"perHour"_s)},
                                                      {u"perDay"_s, b.value(u"perDay"_s)}});
                    q.insert(u"budgetMonthEur"_s, b.value(u"budgetMonthEur"_s));
                    q.insert(u"costPerCallEur"_s, b.value(u"costPerCallEur"_s));
                } else if (m == "POST" && parts.value(5) == u"reset") {
                    q.insert(u"used"_s, QJsonObject{{u"minute"_s, 0}, {u"hour"_s, 0}, {u"day"_s, 0}, {u"month"_s, 0}});
                    q.insert(u"spentTodayEur"_s, 0);
                    q.insert(u"spentMonthEur"_s, 0);
                    q.insert(u"alert"_s, u"none"_s);
                }
                quotas[i] = q;
                return HttpResponse::json(200, {{u"provider"_s, q}});
            }
            return error(404, u"not_found"_s, u"Fournisseur inconnu."_s);
        }
        if (path == u"/api/admin/api-incidents" && m == "GET") {
            QJsonArray out;
            for (const QJsonValue &v : incidents) {
                if (!query.hasQueryItem(u"provider"_s)
                    || v.toObject().value(u"provider"_s).toString() == query.queryItemValue(u"provider"_s))
                    out.append(v);
            }
            return HttpResponse::json(200, {{u"incidents"_s, out}});
        }
        if (path == u"/api/admin/auto-enrichment/stats")
            return HttpResponse::json(
                200, {{u"statuses"_s, QJsonObject{{u"pending"_s, 4}, {u"enriched"_s, 120}, {u"failed"_s, 3}, {u"never"_s, 57}}},
                      {u"tiers"_s, QJsonObject{{u"low"_s, 40}, {u"medium"_s, 70}, {u"high"_s, 50}, {u"complete"_s, 24}}},
                      {u"nightlyLimit"_s, 100},
                      {u"cooldownDays"_s, 30},
                      {u"lastRun"_s, QJsonObject{{u"startedAt"_s, u"2026-11-25T02:00:00Z"_s},
                                                 {u"finishedAt"_s, u"2026-11-25T02:03:10Z"_s},
                                                 {u"status"_s, u"ok"_s}}},
                      {u"providers"_s, QJsonObject{{u"insee"_s, QJsonObject{{u"configured"_s, enrichConfigured}}},
                                                   {u"pappers"_s, QJsonObject{{u"configured"_s, false}}}}}});
        if (path == u"/api/admin/auto-enrichment/backfill" && m == "POST")
            return HttpResponse::json(200, {{u"queued"_s, std::min(37, r.json().value(u"limit"_s).toInt(100))}});
        if (path == u"/api/geo/stats")
            return HttpResponse::json(
                200, {{u"bySource"_s, QJsonObject{{u"google"_s, 0}, {u"nominatim"_s, 130}, {u"centroid"_s, 22}, {u"none"_s, 32}}},
                      {u"cache"_s, QJsonObject{{u"entries"_s, 148}, {u"hits"_s, 61}}},
                      {u"providers"_s, QJsonObject{{u"google"_s, QJsonObject{{u"configured"_s, false}}},
                                                   {u"nominatim"_s, QJsonObject{{u"configured"_s, true}}}}},
                      {u"centroids"_s, QJsonObject{{u"FR"_s, 6000}, {u"BE"_s, 1100}, {u"LU"_s, 100}}}});
        if (path == u"/api/geo/geocode/batch" && m == "POST") {
            jobs.append(job(u"geo-job"_s, u"geocode_batch"_s, u"queued"_s, 0));
            jobPolls = 0;
            return HttpResponse::json(202, {{u"jobId"_s, u"geo-job"_s}, {u"count"_s, 32}});
        }
        if (path == u"/api/geo/geocode" && m == "POST")
            return HttpResponse::json(200, {{u"lat"_s, 45.76}, {u"lon"_s, 4.8357}, {u"source"_s, u"nominatim"_s},
                                            {u"precision"_s, u"street"_s},
                                            {u"formattedAddress"_s, u"12 rue de la République, 69002 Lyon"_s},
                                            {u"attribution"_s, u"© OpenStreetMap contributors"_s}});
        if (path.startsWith(u"/api/crm/prospects/"_s) && path.endsWith(u"/enrich"_s) && m == "POST") {
            if (!enrichConfigured)
                return error(503, u"provider_not_configured"_s,
                             u"Aucun fournisseur d'enrichissement n'est configuré sur le serveur."_s);
            return HttpResponse::json(202, {{u"jobId"_s, u"j-enrich"_s}, {u"status"_s, u"pending"_s}});
        }
        if (path == u"/api/company-search" && m == "GET") {
            if (!searchConfigured)
                return error(503, u"provider_not_configured"_s,
                             u"La recherche d'entreprises n'est pas configurée (ni INSEE ni Pappers)."_s);
            const QString q = query.queryItemValue(u"q"_s, QUrl::FullyDecoded);
            QJsonArray results;
            if (q.contains(u"Vigil"_s, Qt::CaseInsensitive) || q == u"552100554"_s) {
                results.append(company(u"552100554"_s, u"Vigilance Rhône Sécurité"_s, u"Lyon"_s));
                QJsonObject closed = company(u"812345678"_s, u"Vigilance Services"_s, u"Villeurbanne"_s);
                closed.insert(u"active"_s, false);
                results.append(closed);
            }
            return HttpResponse::json(200, {{u"results"_s, results}, {u"source"_s, u"insee"_s},
                                            {u"total"_s, int(results.size())}});
        }
        if (path.startsWith(u"/api/company-search/"_s)) {
            const QStringList parts = path.split(u'/');
            const QString siren = parts.value(3);
            if (m == "GET") {
                QJsonObject c = company(siren, u"Vigilance Rhône Sécurité"_s, u"Lyon"_s);
                c.insert(u"revenue"_s, 2450000);
                c.insert(u"revenueYear"_s, 2024);
                c.insert(u"createdOn"_s, u"2009-03-16"_s);
                const QJsonArray makers{
                    QJsonObject{{u"fullName"_s, u"Nathalie Roux"_s}, {u"firstName"_s, u"Nathalie"_s},
                                {u"lastName"_s, u"Roux"_s}, {u"role"_s, u"Présidente"_s}, {u"since"_s, u"2015-06-01"_s},
                                {u"source"_s, u"pappers"_s}},
                    QJsonObject{{u"fullName"_s, u"Karim Benali"_s}, {u"firstName"_s, u"Karim"_s},
                                {u"lastName"_s, u"Benali"_s}, {u"role"_s, u"Directeur administratif et financier"_s},
                                {u"since"_s, u"2019-01-07"_s}, {u"source"_s, u"pappers"_s}}};
                return HttpResponse::json(200, {{u"company"_s, c}, {u"decisionMakers"_s, makers},
                                                {u"existingProspectId"_s, existingId.isEmpty() ? QJsonValue()
                                                                                              : QJsonValue(existingId)}});
            }
            if (m == "POST" && parts.value(4) == u"prospect") {
                lastDecisionMaker = r.json().value(u"decisionMaker"_s);
                if (duplicate)
                    return error(409, u"duplicate"_s, u"Ce prospect existe déjà."_s,
                                 {{u"existingId"_s, createdId}});
                return HttpResponse::json(201, {{u"prospect"_s, QJsonObject{{u"id"_s, createdId},
                                                                              {u"company_name"_s, u"Vigilance Rhône Sécurité"_s}}}});
            }
        }
        return error(404, u"not_found"_s, u"Introuvable."_s);
    }

    void setStatus(const QString &id, const QString &status)
    {
        for (int i = 0; i < jobs.size(); ++i) {
            QJsonObject j = jobs.at(i).toObject();
            if (j.value(u"id"_s).toString() == id) {
                j.insert(u"status"_s, status);
                jobs[i] = j;
            }
        }
    }

    QJsonValue lastDecisionMaker;
};

class TestUiIssue7 : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeHector> m_fake;
    std::unique_ptr<sync::ApiClient> m_api;
    std::unique_ptr<sync::CredentialStore> m_store;
    std::unique_ptr<sync::SessionManager> m_session;
    ContractDouble m_double;
    QTemporaryDir m_dir;
    int m_replicas = 0;

    template<typename T>
    T *in(QWidget *parent, const char *name) const
    {
        return parent ? parent->findChild<T *>(QString::fromLatin1(name)) : nullptr;
    }
    QList<HttpRequest> requestsTo(const QString &prefix) const
    {
        QList<HttpRequest> out;
        for (const HttpRequest &r : m_fake->http().requests()) {
            if (r.path.startsWith(prefix))
                out << r;
        }
        return out;
    }
    std::unique_ptr<sync::LocalReplica> newReplica()
    {
        auto rep = sync::LocalReplica::open(m_dir.filePath(u"replica-%1.sqlite"_s.arg(++m_replicas)));
        if (!rep) {
            qWarning("%s", qPrintable(rep.error().message));
            return {};
        }
        seedOrganisation(**rep);
        return std::move(*rep);
    }
    // Answers the next confirmation box with `button`; `text` receives its question.
    void answerNextBox(QMessageBox::StandardButton button, QString *text)
    {
        QTimer::singleShot(0, this, [button, text] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            *text = box->text();
            box->button(button)->click();
        });
    }

private slots:
    void initTestCase()
    {
        initScreenTests();
        i18n::install(*qApp, i18n::Language::French);
        QVERIFY(m_dir.isValid());
        m_fake = std::make_unique<FakeHector>();
        QVERIFY(m_fake->start());
        m_api = std::make_unique<sync::ApiClient>();
        m_store = std::make_unique<sync::CredentialStore>(std::make_unique<sync::MemoryBackend>());
        m_session = std::make_unique<sync::SessionManager>(m_api.get(), m_store.get());
        QSignalSpy signedIn(m_session.get(), &sync::SessionManager::signedIn);
        m_session->login(m_fake->baseUrl(), m_fake->email, m_fake->password, false);
        QVERIFY(signedIn.wait(10000));
        // From now on the double answers the issue #7 contract.
        m_fake->http().setHandler([this](const HttpRequest &r) { return m_double.handle(r); });
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_fake.reset();
    }

    void pagesRegisteredForTheRightRoles()
    {
        const PageRegistry registry = PageRegistry::builtin();
        const auto ids = [&registry](Role role, const QString &family) {
            UserDto u;
            u.role = role;
            QStringList out;
            for (const PageDescriptor &p : registry.pages(family, u))
                out << p.id;
            return out;
        };
        for (const auto page : {pages::adminJobs, pages::adminApiQuotas, pages::adminEnrichment}) {
            QVERIFY(ids(Role::Admin, QString(pages::adminFamily)).contains(QString(page)));
            for (Role role : {Role::President, Role::Manager, Role::Commercial, Role::Assistant})
                QVERIFY(!ids(role, QString(pages::adminFamily)).contains(QString(page)));
        }
        for (Role role : {Role::Admin, Role::President, Role::Manager, Role::Commercial, Role::Assistant})
            QVERIFY(ids(role, QString(pages::crmFamily)).contains(QString(pages::companySearch)));
        QCOMPARE(registry.page(QString(pages::companySearch))->title, u"Trouve-moi le patron"_s);
        QCOMPARE(registry.page(QString(pages::adminJobs))->title, u"Tâches et planifications"_s);
        // The sidebar icons, side by side.
        QWidget strip;
        strip.resize(4 * 40 + 8, 48);
        auto *row = new QHBoxLayout(&strip);
        for (const auto page : {pages::adminJobs, pages::adminApiQuotas, pages::adminEnrichment, pages::companySearch}) {
            const QIcon icon = registry.page(QString(page))->icon;
            QVERIFY(!icon.isNull());
            auto *label = new QLabel(&strip);
            label->setPixmap(icon.pixmap(32, 32));
            row->addWidget(label);
        }
        test::screenshot(&strip, u"issue7-00-icons"_s);
    }

    void modelsPassTheTester()
    {
        const auto check = [](JsonRowsModel &model, const QJsonArray &rows) {
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QSortFilterProxyModel proxy;
            proxy.setSortRole(JsonRowsModel::SortRole);
            proxy.setSourceModel(&model);
            QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setRows(rows);
            QCOMPARE(model.rowCount(), int(rows.size()));
            for (int c = 0; c < model.columnCount(); ++c) {
                proxy.sort(c, Qt::AscendingOrder);
                proxy.sort(c, Qt::DescendingOrder);
                QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
            }
            model.setRows({});
            QCOMPARE(model.rowCount(), 0);
            model.setRows(rows);
            if (!rows.isEmpty()) {
                QJsonObject first = rows.first().toObject();
                const QString key = first.contains(u"id"_s) ? u"id"_s : first.contains(u"job"_s) ? u"job"_s : u"provider"_s;
                if (first.contains(key)) {
                    first.insert(u"label"_s, u"Modifié"_s);
                    model.updateRow(key, first);
                }
            }
        };
        JobsModel jobs;
        check(jobs, m_double.jobs);
        QCOMPARE(jobs.data(jobs.index(2, JobsModel::Status)).toString(), u"En échec"_s);
        QCOMPARE(jobs.data(jobs.index(2, JobsModel::Attempts)).toString(), u"2 / 5"_s);
        QCOMPARE(jobs.data(jobs.index(2, JobsModel::Kind)).toString(), u"Enrichissement d'un prospect"_s);
        QCOMPARE(jobs.data(jobs.index(2, JobsModel::LastError)).toString(), u"INSEE : délai dépassé (504)"_s);
        QCOMPARE(jobs.data(jobs.index(0, JobsModel::StartedAt)).toString(), QString());
        SchedulesModel schedules;
        check(schedules, m_double.schedules);
        QCOMPARE(schedules.data(schedules.index(1, SchedulesModel::LastRun)).toString(), u"Jamais exécutée"_s);
        QVERIFY(schedules.data(schedules.index(2, SchedulesModel::LastRun)).toString().startsWith(u"En échec — "_s));
        QCOMPARE(schedules.data(schedules.index(0, SchedulesModel::At)).toString(), u"01:00 (Europe/Paris)"_s);
        ApiQuotaModel quotas;
        check(quotas, m_double.quotas);
        QCOMPARE(quotas.data(quotas.index(0, ApiQuotaModel::Minute)).toString(), u"25 / 30"_s);
        QCOMPARE(quotas.data(quotas.index(0, ApiQuotaModel::Minute), JsonRowsModel::ProgressRole).toInt(), 83);
        QCOMPARE(quotas.data(quotas.index(0, ApiQuotaModel::Hour), JsonRowsModel::ProgressRole).toInt(), -1);
        QCOMPARE(quotas.data(quotas.index(0, ApiQuotaModel::Hour)).toString(), u"75 (sans limite)"_s);
        QCOMPARE(quotas.data(quotas.index(2, ApiQuotaModel::Configured)).toString(), u"Non configuré"_s);
        QCOMPARE(quotas.data(quotas.index(1, ApiQuotaModel::Alert)).toString(), u"Limite atteinte"_s);
        QVERIFY(quotas.data(quotas.index(1, ApiQuotaModel::Provider), Qt::BackgroundRole).isValid());
        QVERIFY(!quotas.data(quotas.index(3, ApiQuotaModel::Provider), Qt::BackgroundRole).isValid());
        QCOMPARE(quotas.data(quotas.index(1, ApiQuotaModel::SpentMonth), JsonRowsModel::ProgressRole).toInt(), 102);
        QCOMPARE(quotas.data(quotas.index(1, ApiQuotaModel::SpentMonth)).toString(),
                 u"51,20\u00A0€ / 50,00\u00A0€"_s);
        ApiIncidentModel incidents;
        check(incidents, m_double.incidents);
        QCOMPARE(incidents.data(incidents.index(1, ApiIncidentModel::Duration)).toString(), QString(QLocale().toString(10003) + u" ms"_s));
        CompanyResultsModel results;
        QJsonArray companies{company(u"552100554"_s, u"Vigilance Rhône Sécurité"_s, u"Lyon"_s),
                             company(u"812345678"_s, u"Alpha"_s, u"Paris"_s)};
        check(results, companies);
        QCOMPARE(results.data(results.index(0, CompanyResultsModel::Siren)).toString(), u"552 100 554"_s);
        QCOMPARE(results.data(results.index(0, CompanyResultsModel::City)).toString(), u"Lyon (69002)"_s);
        QCOMPARE(results.data(results.index(0, CompanyResultsModel::Headcount)).toString(), u"20 à 49 salariés"_s);
        DecisionMakersModel makers;
        check(makers, QJsonArray{QJsonObject{{u"firstName"_s, u"Nathalie"_s}, {u"lastName"_s, u"Roux"_s},
                                             {u"role"_s, u"Présidente"_s}, {u"since"_s, u"2015-06-01"_s},
                                             {u"source"_s, u"pappers"_s}}});
        QCOMPARE(makers.data(makers.index(0, DecisionMakersModel::FullName)).toString(), u"Nathalie Roux"_s);
        QCOMPARE(makers.data(makers.index(0, DecisionMakersModel::Since)).toString(), u"01/06/2015"_s);
    }

    void jobsPageFiltersRetriesCancelsAndRunsSchedules()
    {
        JobsPage page(m_session.get());
        page.resize(kPageSize);
        QSignalSpy loaded(&page, &JobsPage::loaded);
        page.show();
        QVERIFY(loaded.wait(10000));
        QVERIFY(page.refreshTimer()->isActive());
        QCOMPARE(page.jobsProxy()->rowCount(), 5);
        QCOMPARE(page.statusFilter()->itemText(0), u"Tous les statuts (5)"_s);
        QCOMPARE(page.statusFilter()->itemText(4), u"En échec (1)"_s);
        QTRY_COMPARE_WITH_TIMEOUT(page.schedulesModel()->rowCount(), 3, 10000);
        test::screenshot(&page, u"issue7-01-jobs"_s);

        // Status filter: the server is asked for failed jobs only.
        page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(u"failed"_s));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.jobsProxy()->rowCount(), 1);
        QVERIFY(requestsTo(u"/api/admin/jobs?"_s).last().path.contains(u"status=failed"_s));

        // Retry, with its confirmation.
        page.jobsView()->selectRow(0);
        auto *retry = in<QPushButton>(&page, "retryJobButton");
        auto *cancel = in<QPushButton>(&page, "cancelButton");
        QVERIFY(retry->isEnabled());
        QVERIFY(!cancel->isEnabled());
        QVERIFY(in<QPlainTextEdit>(&page, "jobDetails")->toPlainText().contains(u"délai dépassé"_s));
        QString question;
        QSignalSpy done(&page, &JobsPage::actionDone);
        answerNextBox(QMessageBox::Yes, &question);
        click(retry);
        QVERIFY2(question.contains(u"Relancer « Enrichissement d'un prospect »"_s), qPrintable(question));
        QVERIFY(done.wait(10000));
        QCOMPARE(done.last().at(0).toBool(), true);
        QCOMPARE(requestsTo(u"/api/admin/jobs/j3/retry"_s).size(), 1);
        QCOMPARE(m_double.jobs.at(2).toObject().value(u"status"_s).toString(), u"queued"_s);

        // Declining the confirmation sends nothing.
        page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(u"queued"_s));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.jobsProxy()->rowCount(), 2);
        page.jobsView()->selectRow(0);
        QVERIFY(cancel->isEnabled());
        answerNextBox(QMessageBox::Cancel, &question);
        click(cancel);
        QVERIFY(question.startsWith(u"Annuler"_s));
        QCOMPARE(requestsTo(u"/api/admin/jobs/j1/cancel"_s).size() + requestsTo(u"/api/admin/jobs/j3/cancel"_s).size(), 0);
        page.cancelSelected(false);
        QVERIFY(done.wait(10000));
        QCOMPARE(requestsTo(u"/api/admin/jobs/"_s).last().path.endsWith(u"/cancel"_s), true);

        // A refused transition (409) shows the server's French message.
        const QJsonObject stale = job(u"j5"_s, u"enrich_prospect"_s, u"failed"_s, 1);
        page.jobsModel()->setRows({stale}); // the list says failed, the server knows it is done
        page.jobsView()->selectRow(0);
        page.retrySelected(false);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.last().at(0).toBool(), false);
        QCOMPARE(page.banner()->text(), u"Cette tâche ne peut pas être modifiée dans son état actuel."_s);

        // Schedules: disable, then run now.
        page.schedulesView()->selectRow(0);
        const QString job = page.schedulesView()->model()->index(0, 0).data(JsonRowsModel::RowObjectRole).toJsonObject()
                                .value(u"job"_s).toString();
        auto *toggle = in<QPushButton>(&page, "toggleScheduleButton");
        QCOMPARE(toggle->text(), u"Dés&activer"_s);
        click(toggle);
        QVERIFY(done.wait(10000));
        QCOMPARE(requestsTo(u"/api/admin/schedules/"_s + job).last().json().value(u"enabled"_s).toBool(true), false);
        QCOMPARE(toggle->text(), u"&Activer"_s);
        QCOMPARE(page.schedulesView()->model()->index(0, SchedulesModel::Enabled).data().toString(), u"Non (désactivée)"_s);
        page.runSelectedSchedule(false);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.last().at(0).toBool(), true);
        QCOMPARE(requestsTo(u"/api/admin/schedules/%1/run"_s.arg(job)).size(), 1);
        QVERIFY(page.banner()->text().endsWith(u"a été exécutée."_s));
        page.statusFilter()->setCurrentIndex(0);
        QVERIFY(loaded.wait(10000));
        page.schedulesView()->selectRow(2);
        test::screenshot(&page, u"issue7-02-jobs-actions"_s);

        page.hide();
        QVERIFY(!page.refreshTimer()->isActive());
    }

    void quotasPageShowsUsageEditsAndResets()
    {
        ApiQuotasPage page(m_session.get());
        page.resize(kPageSize);
        QSignalSpy loaded(&page, &ApiQuotasPage::loaded);
        QSignalSpy incidents(&page, &ApiQuotasPage::incidentsLoaded);
        page.show();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.quotaModel()->rowCount(), 5);
        auto *summary = in<QLabel>(&page, "summaryLabel");
        QVERIFY2(summary->text().contains(u"2 fournisseur(s) non configuré(s)"_s), qPrintable(summary->text()));
        QVERIFY(summary->text().contains(u"1 fournisseur(s) à la limite"_s));
        QTRY_COMPARE_WITH_TIMEOUT(page.incidentModel()->rowCount(), 2, 10000);
        test::screenshot(&page, u"issue7-03-quotas"_s);

        // Incidents filtered by provider.
        incidents.clear();
        page.providerFilter()->setCurrentIndex(page.providerFilter()->findData(u"insee"_s));
        QVERIFY(incidents.wait(10000));
        QCOMPARE(page.incidentModel()->rowCount(), 1);
        QVERIFY(requestsTo(u"/api/admin/api-incidents?"_s).last().path.contains(u"provider=insee"_s));
        page.providerFilter()->setCurrentIndex(page.providerFilter()->findData(u"google"_s));
        QVERIFY(incidents.wait(10000));
        QCOMPARE(in<QLabel>(&page, "noIncidentLabel")->text(), u"Aucun incident pour Google Maps."_s);

        // The limits dialog checks its values.
        page.quotaView()->selectRow(0);
        const QJsonObject insee = page.quotaView()->model()->index(0, 0).data(JsonRowsModel::RowObjectRole).toJsonObject();
        QuotaLimitsDialog dialog(insee, &page);
        QCOMPARE(dialog.perMinute()->value(), insee.value(u"limits"_s).toObject().value(u"perMinute"_s).toInt());
        QCOMPARE(dialog.perHour()->text(), dialog.perHour()->value() == 0 ? u"Sans limite"_s : dialog.perHour()->text());
        dialog.perMinute()->setValue(600);
        dialog.perHour()->setValue(100);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
        QCOMPARE(dialog.banner()->text(),
                 u"La limite par minute (600) ne peut pas dépasser la limite par heure (100)."_s);
        dialog.perHour()->setValue(1000);
        dialog.perDay()->setValue(500);
        QVERIFY2(dialog.validationError().contains(QString(u"par heure ("_s + QLocale().toString(1000)
                                                          + u") ne peut pas dépasser la limite par jour (500)"_s)),
                 qPrintable(dialog.validationError()));
        dialog.perDay()->setValue(0);
        dialog.budget()->setValue(1);
        dialog.cost()->setValue(2);
        QVERIFY(!dialog.validationError().isEmpty());
        dialog.cost()->setValue(0.01);
        QVERIFY(dialog.validationError().isEmpty());
        test::screenshot(&dialog, u"issue7-04-quota-dialog"_s);
        const QJsonObject values = dialog.values();
        QCOMPARE(values.value(u"perDay"_s).isNull(), true);
        QCOMPARE(values.value(u"perMinute"_s).toInt(), 600);

        QSignalSpy done(&page, &ApiQuotasPage::actionDone);
        const QString provider = insee.value(u"provider"_s).toString();
        page.saveLimits(provider, values);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.last().at(0).toBool(), true);
        const HttpRequest put = requestsTo(u"/api/admin/api-quotas/"_s + provider).last();
        QCOMPARE(put.method, QByteArray("PUT"));
        QCOMPARE(put.json().value(u"perMinute"_s).toInt(), 600);
        QVERIFY(put.json().value(u"perDay"_s).isNull());
        QCOMPARE(put.json().value(u"budgetMonthEur"_s).toDouble(), 1.0);

        // Reset, with confirmation.
        page.quotaView()->selectRow(0);
        QString question;
        answerNextBox(QMessageBox::Yes, &question);
        click(in<QPushButton>(&page, "resetButton"));
        QVERIFY(question.contains(u"journal des incidents est conservé"_s));
        QVERIFY(done.wait(10000));
        QCOMPARE(requestsTo(u"/api/admin/api-quotas/%1/reset"_s.arg(provider)).size(), 1);
        const int row = page.quotaModel()->findRow(u"provider"_s, provider);
        QCOMPARE(page.quotaModel()->data(page.quotaModel()->index(row, ApiQuotaModel::Minute)).toString(), u"0 / 600"_s);
    }

    void enrichmentPageShowsStatsBackfillsAndGeocodes()
    {
        EnrichmentPage page(m_session.get());
        page.resize(kPageSize);
        QSignalSpy loaded(&page, &EnrichmentPage::loaded);
        page.show();
        QVERIFY(loaded.wait(10000));
        QVERIFY(page.enrichmentSummary()->text().contains(u"<b>120</b> fiche(s) enrichie(s)"_s));
        QCOMPARE(page.tierBar(u"low"_s)->value(), 40);
        QCOMPARE(page.tierBar(u"low"_s)->maximum(), 184);
        QCOMPARE(page.backfillLimit()->value(), 100);
        auto *providers = in<QLabel>(&page, "enrichmentProviders");
        QVERIFY(providers->text().contains(u"Pappers : <b>non configuré</b>"_s));
        QTRY_VERIFY_WITH_TIMEOUT(page.geocodingSummary()->text().contains(u"<b>32</b> fiche(s) sans coordonnées"_s), 10000);
        QCOMPARE(page.sourceBar(u"nominatim"_s)->value(), 130);
        QCOMPARE(page.sourceBar(u"none"_s)->maximum(), 184);
        test::screenshot(&page, u"issue7-05-enrichment"_s);

        QSignalSpy done(&page, &EnrichmentPage::actionDone);
        page.backfillLimit()->setValue(250);
        page.startBackfill(false);
        QVERIFY(done.wait(10000));
        QCOMPARE(requestsTo(u"/api/admin/auto-enrichment/backfill"_s).last().json().value(u"limit"_s).toInt(), 250);
        QVERIFY(page.banner()->text().startsWith(u"37 fiche(s) mise(s) en file"_s));

        // The geocoding batch is followed until its job ends.
        QSignalSpy finished(&page, &EnrichmentPage::geocodingFinished);
        page.geocodeLimit()->setValue(200);
        page.startGeocoding(false);
        QVERIFY(done.wait(10000));
        const QJsonObject batch = requestsTo(u"/api/geo/geocode/batch"_s).last().json();
        QCOMPARE(batch.value(u"missingOnly"_s).toBool(), true);
        QCOMPARE(batch.value(u"limit"_s).toInt(), 200);
        QCOMPARE(page.geocodeJobId(), u"geo-job"_s);
        QVERIFY(in<QProgressBar>(&page, "jobBar")->isVisible());
        QVERIFY(in<QPushButton>(&page, "cancelJobButton")->isVisible());
        test::screenshot(&page, u"issue7-06-geocoding-running"_s);
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.last().at(0).toString(), u"done"_s);
        QVERIFY(!in<QProgressBar>(&page, "jobBar")->isVisible());
        QCOMPARE(page.banner()->text(), u"Géocodage terminé (32 fiche(s))."_s);

        // Not configured: the backfill is disabled and says why.
        m_double.enrichConfigured = false;
        page.reload();
        QVERIFY(loaded.wait(10000));
        auto *backfill = in<QPushButton>(&page, "backfillButton");
        QVERIFY(!backfill->isEnabled());
        QVERIFY(backfill->toolTip().contains(u"aucun fournisseur"_s));
        QVERIFY(providers->text().contains(u"l'enrichissement est indisponible"_s));
        m_double.enrichConfigured = true;
    }

    void companySearchCreatesAndOpensTheProspect()
    {
        auto rep = newReplica();
        QVERIFY(rep);
        PageContext context;
        context.session = m_session.get();
        context.replica = rep.get();
        CompanySearchPage page(context);
        page.resize(kPageSize);
        page.show();
        QCOMPARE(page.state(), u"empty"_s);
        QSignalSpy searched(&page, &CompanySearchPage::searched);
        QSignalSpy detail(&page, &CompanySearchPage::detailLoaded);

        // Bad input: a clear French error, the text stays.
        typeInto(page.searchEdit(), u"12345"_s);
        page.search();
        QCOMPARE(page.banner()->text(), u"« 12345 » n'est ni un SIREN (9 chiffres) ni un SIRET (14 chiffres)."_s);
        QCOMPARE(page.searchEdit()->text(), u"12345"_s);
        QCOMPARE(searched.count(), 0);

        typeInto(page.searchEdit(), u"Vigilance Lyon"_s);
        QTest::keyClick(page.searchEdit(), Qt::Key_Return);
        QVERIFY(searched.wait(10000));
        QCOMPARE(page.state(), u"results"_s);
        QCOMPARE(page.resultsModel()->rowCount(), 2);
        QVERIFY(requestsTo(u"/api/company-search?"_s).last().path.contains(u"q=Vigilance%20Lyon"_s));
        QVERIFY(detail.wait(10000)); // the first result's detail
        QCOMPARE(page.decisionMakersModel()->rowCount(), 2);
        auto *text = in<QLabel>(&page, "detailText");
        QVERIFY2(text->text().contains(u"SIREN 552 100 554"_s), qPrintable(text->text()));
        QVERIFY(text->text().contains(u"20 à 49 salariés"_s));
        QVERIFY(page.createButton()->isEnabled());
        test::screenshot(&page, u"issue7-07-company-search"_s);

        // SIREN typed with spaces: sent as digits.
        typeInto(page.searchEdit(), u"552 100 554"_s);
        page.search();
        QVERIFY(searched.wait(10000));
        QVERIFY(requestsTo(u"/api/company-search?"_s).last().path.contains(u"q=552100554"_s));
        QVERIFY(detail.wait(10000));

        // Create with the second decision maker: the prospect (already synced) opens.
        addProspect(*rep, {{u"id"_s, m_double.createdId}, {u"company_name"_s, u"Vigilance Rhône Sécurité"_s},
                           {u"siren"_s, u"552100554"_s}, {u"contact_name"_s, u"Karim Benali"_s},
                           {u"enrichment_status"_s, u"enriched"_s}, {u"enrichment_source"_s, u"pappers"_s},
                           {u"enriched_at"_s, u"2026-11-25T10:00:00.000Z"_s},
                           {u"enrichment_provenance"_s,
                            u"{\"siren\":{\"source\":\"insee\",\"at\":\"2026-11-25T10:00:00Z\",\"value\":\"552100554\"},"
                            "\"contact_name\":{\"source\":\"pappers\",\"at\":\"2026-11-25T10:00:00Z\",\"value\":\"Karim Benali\"}}"_s}});
        page.decisionMakersView()->selectRow(1);
        QSignalSpy opened(&page, &CompanySearchPage::prospectOpened);
        click(page.createButton());
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.last().at(0).toString(), m_double.createdId);
        QCOMPARE(m_double.lastDecisionMaker.toInt(-1), 1);
        auto *dialog = page.findChild<ProspectDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->prospectId(), m_double.createdId);
        dialog->close();

        // Duplicate: the existing prospect opens.
        m_double.duplicate = true;
        page.showResult(0);
        QVERIFY(detail.wait(10000));
        page.decisionMakersView()->clearSelection();
        click(page.createButton());
        QVERIFY(opened.wait(10000));
        QVERIFY(m_double.lastDecisionMaker.isNull());
        QCOMPARE(opened.last().at(0).toString(), m_double.createdId);
        m_double.duplicate = false;

        // Already a prospect: « Créer » is off, « Ouvrir la fiche existante » is offered.
        m_double.existingId = m_double.createdId;
        page.showResult(0);
        QVERIFY(detail.wait(10000));
        QVERIFY(!page.createButton()->isEnabled());
        QVERIFY(in<QPushButton>(&page, "openExistingButton")->isVisible());
        QVERIFY(in<QLabel>(&page, "existingLabel")->isVisible());
        test::screenshot(&page, u"issue7-08-company-existing"_s);
        m_double.existingId.clear();

        // Created on the server, not synced yet: opens when the record arrives.
        const QString later = u"bbbbbbbb-0000-0000-0000-000000000078"_s;
        m_double.createdId = later;
        page.showResult(0);
        QVERIFY(detail.wait(10000));
        click(page.createButton());
        QTRY_COMPARE_WITH_TIMEOUT(page.banner()->text(), u"Synchronisation de la fiche…"_s, 10000);
        addProspect(*rep, {{u"id"_s, later}, {u"company_name"_s, u"Vigilance Rhône Sécurité"_s}});
        emit rep->tableChanged(u"prospects"_s);
        QVERIFY(opened.count() == 3 || opened.wait(10000));
        QCOMPARE(opened.last().at(0).toString(), later);

        // Not configured on the server.
        m_double.searchConfigured = false;
        page.search();
        QVERIFY(searched.wait(10000));
        QCOMPARE(page.state(), u"notConfigured"_s);
        QVERIFY(!page.createButton()->isEnabled());
        test::screenshot(&page, u"issue7-09-company-not-configured"_s);
        m_double.searchConfigured = true;
    }

    void prospectDialogShowsProvenanceAndRunsOnlineActions()
    {
        auto rep = newReplica();
        QVERIFY(rep);
        const QString id = addProspect(
            *rep, {{u"company_name"_s, u"Vigilance Rhône Sécurité"_s}, {u"source"_s, u"import"_s},
                   {u"address"_s, u"12 rue de la République"_s}, {u"postcode"_s, u"69002"_s}, {u"city"_s, u"Lyon"_s},
                   {u"enrichment_status"_s, u"enriched"_s}, {u"enrichment_source"_s, u"insee"_s},
                   {u"enriched_at"_s, u"2026-11-25T10:00:00.000Z"_s},
                   {u"enrichment_provenance"_s,
                    u"{\"siren\":{\"source\":\"insee\",\"at\":\"2026-11-25T10:00:00Z\",\"value\":\"552100554\"},"
                    "\"naf_code\":{\"source\":\"insee\",\"at\":\"2026-11-25T10:00:00Z\",\"value\":\"80.10Z\"},"
                    "\"revenue_eur\":{\"source\":\"pappers\",\"at\":\"2026-11-24T09:30:00Z\",\"value\":2450000}}"_s}});
        ProspectsContext context{rep.get(), julien(), nullptr, m_session.get(), nullptr};
        ProspectDialog dialog(context, id);
        dialog.show();
        QCOMPARE(dialog.tabs()->count(), 3);
        auto *fields = dialog.findChild<QTreeWidget *>(u"fieldProvenanceTable"_s);
        QVERIFY(fields);
        QCOMPARE(fields->topLevelItemCount(), 3);
        QStringList lines;
        for (int i = 0; i < fields->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = fields->topLevelItem(i);
            lines << QStringList{item->text(0), item->text(1), item->text(2), item->text(3)}.join(u'|');
        }
        const QString sirenLine = u"SIREN|552100554|INSEE|25/11/2026 "_s
                                  + QDateTime::fromString(u"2026-11-25T10:00:00Z"_s, Qt::ISODate).toLocalTime().toString(u"HH:mm"_s);
        QVERIFY2(lines.contains(sirenLine),
                 qPrintable(lines.join(u'\n')));
        QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                             [](const QString &l) {
                                 return l.contains(QString(u"|"_s + QLocale().toString(2450000) + u"|Pappers|24/11/2026"_s));
                             }),
                 qPrintable(lines.join(u'\n')));
        dialog.tabs()->setCurrentIndex(2);
        test::screenshot(&dialog, u"issue7-10-provenance"_s);

        // « Enrichir » and « Localiser » online.
        QSignalSpy done(&dialog, &ProspectDialog::onlineActionDone);
        QVERIFY(dialog.enrichButton()->isEnabled());
        click(dialog.enrichButton());
        QVERIFY(done.wait(10000));
        QCOMPARE(done.last().at(0).toBool(), true);
        QCOMPARE(requestsTo(u"/api/crm/prospects/%1/enrich"_s.arg(id)).size(), 1);
        QVERIFY(dialog.banner()->text().startsWith(u"Enrichissement demandé"_s));
        click(dialog.locateButton());
        QVERIFY(done.wait(10000));
        QCOMPARE(requestsTo(u"/api/geo/geocode"_s).last().json().value(u"prospectId"_s).toString(), id);
        QVERIFY2(dialog.banner()->text().contains(u"Localisée à la rue : 45,76000, 4,83570 (source : OpenStreetMap "
                                                  "Nominatim). © OpenStreetMap contributors"_s),
                 qPrintable(dialog.banner()->text()));
        test::screenshot(&dialog, u"issue7-11-located"_s);
        QCOMPARE(rep->pendingCount(), 0); // nothing of it is written locally

        // Not configured: « Enrichir » turns off and says why.
        m_double.enrichConfigured = false;
        click(dialog.enrichButton());
        QVERIFY(done.wait(10000));
        QCOMPARE(done.last().at(0).toBool(), false);
        QVERIFY(!dialog.enrichButton()->isEnabled());
        QVERIFY(dialog.enrichButton()->toolTip().startsWith(u"Non configuré"_s));
        QVERIFY(dialog.locateButton()->isEnabled());
        m_double.enrichConfigured = true;

        // Without a session (offline client): both are disabled with an explanation.
        ProspectDialog offline({rep.get(), julien(), nullptr, nullptr, nullptr}, id);
        QVERIFY(!offline.enrichButton()->isEnabled());
        QVERIFY(!offline.locateButton()->isEnabled());
        QCOMPARE(offline.enrichButton()->toolTip(), u"Disponible uniquement connecté au serveur."_s);
        // A new prospect has neither.
        ProspectDialog creating(context, QString());
        QVERIFY(!creating.enrichButton());

        // Qualifying a prospect online asks the server to enrich it.
        const QString toQualify = addProspect(*rep, {{u"company_name"_s, u"Garage du Port"_s},
                                                     {u"address"_s, u"4 quai de Rive-Neuve"_s}, {u"postcode"_s, u"13007"_s},
                                                     {u"city"_s, u"Marseille"_s}, {u"phone"_s, u"+33491000000"_s},
                                                     {u"status"_s, u"a_qualifier"_s}, {u"owner_id"_s, kJulien},
                                                     {u"entity_id"_s, kFranceNord}});
        const qsizetype before = requestsTo(u"/api/crm/prospects/%1/enrich"_s.arg(toQualify)).size();
        ProspectDialog qualify(context, toQualify, ProspectDialog::Mode::Qualify);
        qualify.accept();
        QVERIFY2(qualify.result() == QDialog::Accepted, qPrintable(qualify.banner()->text()));
        QTRY_COMPARE_WITH_TIMEOUT(requestsTo(u"/api/crm/prospects/%1/enrich"_s.arg(toQualify)).size(), before + 1, 10000);
    }

    void pagesSayWhenTheServerIsUnreachable()
    {
        // The last test: the double goes away.
        m_fake->stop();
        JobsPage jobs(m_session.get());
        jobs.resize(kPageSize);
        QSignalSpy loaded(&jobs, &JobsPage::loaded);
        jobs.show();
        QVERIFY(loaded.wait(20000));
        auto *text = in<QLabel>(&jobs, "offlineText");
        QVERIFY(text->isVisible());
        QVERIFY(text->text().startsWith(u"Impossible de joindre le serveur"_s));
        test::screenshot(&jobs, u"issue7-12-jobs-offline"_s);

        ApiQuotasPage quotas(m_session.get());
        QSignalSpy quotasLoaded(&quotas, &ApiQuotasPage::loaded);
        quotas.show();
        QVERIFY(quotasLoaded.wait(20000));
        QVERIFY(in<QLabel>(&quotas, "offlineText")->isVisible());

        EnrichmentPage enrichment(m_session.get());
        QSignalSpy enrichmentLoaded(&enrichment, &EnrichmentPage::loaded);
        enrichment.show();
        QVERIFY(enrichmentLoaded.wait(20000));
        QVERIFY(in<QLabel>(&enrichment, "offlineText")->isVisible());

        PageContext context;
        context.session = m_session.get();
        CompanySearchPage search(context);
        search.resize(kPageSize);
        search.show();
        QSignalSpy searched(&search, &CompanySearchPage::searched);
        typeInto(search.searchEdit(), u"Vigilance"_s);
        search.search();
        QVERIFY(searched.wait(20000));
        QCOMPARE(search.state(), u"offline"_s);
        QCOMPARE(search.searchEdit()->text(), u"Vigilance"_s);
        test::screenshot(&search, u"issue7-13-company-offline"_s);
    }
};

QTEST_MAIN(TestUiIssue7)
#include "tst_ui_issue7.moc"
