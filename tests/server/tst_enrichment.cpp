// Issue #7, modules 6/16: the enrichment cascade against loopback doubles of INSEE Sirene 3.11 and
// Pappers v2 (the periodesUniteLegale trap, 404/403/429 with Retry-After, Pappers qualites/qualite
// and 206), per-field provenance, the rule that a value typed by a user is kept, audit and sync
// capture, the on-demand endpoint, the nightly 03:00 job (limit, cooldown, least complete first),
// stats, backfill.
#include "FakeProviders.h"
#include "HttpTestClient.h"
#include "core/sync/SyncSchema.h"
#include "jobs/CronScheduler.h"
#include "jobs/JobQueue.h"
#include "server/ServerApp.h"
#include "services/Clock.h"
#include "tests/support/TestServer.h"

#include <QtTest>

using namespace hector;
using namespace hector::test;

namespace {
const QString kPassword = QStringLiteral("Secur1te-Hector");
QDateTime utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), Qt::UTC);
}
} // namespace

class TestEnrichment : public QObject
{
    Q_OBJECT

private:
    FakeProviders m_fake;
    TestServer m_server;
    std::unique_ptr<HttpTestClient> m_http;
    QString m_adminId, m_admin, m_commercialId, m_commercial;

    QString value(const QString &sql, const QVariantList &params = {})
    {
        auto r = m_server.execOwner(sql, params);
        if (!r) {
            qWarning() << r.error().message;
            return QStringLiteral("<error>");
        }
        return r->rows() ? r->text(0, 0) : QString();
    }
    QJsonObject row(const QString &id)
    {
        return QJsonDocument::fromJson(value(QStringLiteral("SELECT to_jsonb(p)::text FROM prospects p WHERE id = $1"), {id}).toUtf8()).object();
    }
    QString str(const QJsonObject &o, const char *k) { return o.value(QLatin1StringView(k)).toString(); }
    int runJobs() { return m_server.app().jobQueue().runReady(); }
    // New access tokens (they live 15 minutes; some tests move the clock by hours).
    void signInAgain()
    {
        m_admin = m_server.accessToken(QStringLiteral("admin@adsgroup-security.com"), kPassword);
        m_commercial = m_server.accessToken(QStringLiteral("commercial@adsgroup-security.com"), kPassword);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fake.start());
        m_server.setConfig(QStringLiteral("insee_base_url"), m_fake.baseUrl(QStringLiteral("insee")));
        m_server.setConfig(QStringLiteral("insee_api_key"), QString::fromLatin1(FakeProviders::kInseeKey));
        m_server.setConfig(QStringLiteral("pappers_base_url"), m_fake.baseUrl(QStringLiteral("pappers")));
        m_server.setConfig(QStringLiteral("pappers_api_key"), QString::fromLatin1(FakeProviders::kPappersKey));
        m_server.setConfig(QStringLiteral("enrichment_nightly_limit"), QStringLiteral("2"));
        m_server.clock().set(utc(10, 12));
        QVERIFY(m_server.start());
        m_http = std::make_unique<HttpTestClient>(m_server.baseUrl());
        QVERIFY(m_server.createAccounts({{&m_adminId, &m_admin, QStringLiteral("admin@adsgroup-security.com"), Role::Admin, QStringLiteral("FR")},
                                         {&m_commercialId, &m_commercial, QStringLiteral("commercial@adsgroup-security.com"), Role::Commercial,
                                          QStringLiteral("FR")}},
                                        kPassword));
    }
    void cleanupTestCase() { m_server.stop(); }

    void enrichOnDemandWithProvenance()
    {
        const QString id = m_server.createProspect(QStringLiteral("FR"), {{QStringLiteral("siren"), QStringLiteral("443061841")},
                                                                          {QStringLiteral("owner_id"), m_commercialId}});
        QVERIFY(!id.isEmpty());
        const QString cursorBefore = value(QStringLiteral("SELECT coalesce(max(seq), 0) FROM sync_log"));
        HttpReply r = m_http->send("POST", QStringLiteral("/api/crm/prospects/%1/enrich").arg(id), {}, m_commercial);
        QCOMPARE(r.status, 202);
        QVERIFY(r.json.value(QLatin1StringView("jobId")).toInteger() > 0);
        QCOMPARE(str(r.json, "status"), QStringLiteral("pending"));
        QCOMPARE(str(row(id), "enrichment_status"), QStringLiteral("pending"));
        QCOMPARE(runJobs(), 1);

        const QJsonObject p = row(id);
        QCOMPARE(str(p, "enrichment_status"), QStringLiteral("enriched"));
        QCOMPARE(str(p, "enrichment_source"), QStringLiteral("insee+pappers"));
        // The trap: the current period's values, not the old ones nor empty top-level ones.
        QCOMPARE(str(p, "naf_code"), QStringLiteral("70.10Z"));
        QCOMPARE(str(p, "legal_form"), QStringLiteral("SARL"));
        QCOMPARE(str(p, "siret"), QStringLiteral("44306184100047"));
        QCOMPARE(str(p, "address"), QStringLiteral("8 RUE DE LONDRES"));
        QCOMPARE(str(p, "postcode"), QStringLiteral("75009"));
        QCOMPARE(str(p, "city"), QStringLiteral("PARIS"));
        QCOMPARE(str(p, "headcount_band"), QStringLiteral("42"));
        // The name was typed by someone: kept.
        QVERIFY(str(p, "company_name").startsWith(QLatin1String("Prospect FR")));
        // Pappers: the latest revenue, the first natural person with qualites[0].
        QCOMPARE(p.value(QLatin1StringView("revenue_eur")).toInteger(), 590000000);
        QCOMPARE(str(p, "contact_name"), QStringLiteral("Marie DUPONT"));
        QCOMPARE(str(p, "contact_title"), QStringLiteral("Gérant"));
        const QJsonObject prov = p.value(QLatin1StringView("enrichment_provenance")).toObject();
        QCOMPARE(prov.value(QLatin1StringView("naf_code")).toObject().value(QLatin1StringView("source")).toString(), QStringLiteral("insee"));
        QCOMPARE(prov.value(QLatin1StringView("naf_code")).toObject().value(QLatin1StringView("value")).toString(), QStringLiteral("70.10Z"));
        QCOMPARE(prov.value(QLatin1StringView("revenue_eur")).toObject().value(QLatin1StringView("source")).toString(), QStringLiteral("pappers"));
        QCOMPARE(prov.value(QLatin1StringView("naf_code")).toObject().value(QLatin1StringView("at")).toString(),
                 m_server.clock().now().toString(Qt::ISODateWithMs));
        QVERIFY(!prov.contains(QLatin1StringView("company_name")));
        // INSEE: /siren then /siret of the head office; Pappers once; keys in headers.
        const auto insee = m_fake.calls(QStringLiteral("insee"));
        QCOMPARE(insee.size(), 2);
        QCOMPARE(insee.at(0).target, QByteArrayLiteral("/siren/443061841"));
        QCOMPARE(insee.at(1).target, QByteArrayLiteral("/siret/44306184100047"));
        QCOMPARE(m_fake.count(QStringLiteral("pappers")), 1);
        QCOMPARE(m_fake.calls(QStringLiteral("pappers")).first().header("api-key"), FakeProviders::kPappersKey);
        // Audited and captured for the replicas.
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM audit_logs WHERE entity_type = 'prospects' AND entity_id = $1 AND action = 'UPDATE'"
                                      " AND actor_email = 'commercial@adsgroup-security.com'"),
                       {id}),
                 QStringLiteral("1"));
        QVERIFY(value(QStringLiteral("SELECT count(*) FROM sync_log WHERE row_id = $1 AND seq > $2"), {id, cursorBefore}).toInt() >= 1);
        // The API shows the provenance (synced column).
        HttpReply get = m_http->get(QStringLiteral("/api/crm/prospects/%1").arg(id), m_commercial);
        QCOMPARE(get.status, 200);
        QVERIFY(get.body.contains("enrichmentProvenance"));

        // A value a user typed after the enrichment is kept by the next one; ours are refreshed.
        QVERIFY(m_server.execOwner(QStringLiteral("UPDATE prospects SET city = 'Paris 9e' WHERE id = $1"), {id}).ok());
        m_fake.clear();
        m_server.clock().advance(3600);
        signInAgain();
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/crm/prospects/%1/enrich").arg(id), {}, m_admin).status, 202);
        QCOMPARE(runJobs(), 1);
        QCOMPARE(str(row(id), "city"), QStringLiteral("Paris 9e"));
        QCOMPARE(str(row(id), "naf_code"), QStringLiteral("70.10Z"));
        // Revenue and decision maker are known now: Pappers (paid) is not called again.
        QCOMPARE(m_fake.count(QStringLiteral("pappers")), 0);
    }

    void refusals()
    {
        // Not visible (another entity for a French commercial).
        const QString be = m_server.createProspect(QStringLiteral("BE"), {{QStringLiteral("siren"), QStringLiteral("443061841")}});
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/crm/prospects/%1/enrich").arg(be), {}, m_commercial).status, 404);
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/crm/prospects/not-a-uuid/enrich"), {}, m_commercial).status, 404);
        // Nothing to search with.
        const QString bare = m_server.createProspect(QStringLiteral("FR"), {{QStringLiteral("company_name"), QStringLiteral("X")}});
        HttpReply r = m_http->send("POST", QStringLiteral("/api/crm/prospects/%1/enrich").arg(bare), {}, m_admin);
        QCOMPARE(r.status, 422);
        QVERIFY(!r.errorMessage().isEmpty());
    }

    void registryErrors()
    {
        // 404 at INSEE and at Pappers: failed, not retried.
        const QString unknown = m_server.createProspect(QStringLiteral("FR"), {{QStringLiteral("siren"), QStringLiteral("999999998")}});
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/crm/prospects/%1/enrich").arg(unknown), {}, m_admin).status, 202);
        QCOMPARE(runJobs(), 1);
        QCOMPARE(str(row(unknown), "enrichment_status"), QStringLiteral("failed"));
        QCOMPARE(value(QStringLiteral("SELECT status FROM jobs WHERE payload->>'prospectId' = $1"), {unknown}), QStringLiteral("failed"));

        // 403 « non diffusable »: failed too.
        const QString hidden = m_server.createProspect(QStringLiteral("FR"), {{QStringLiteral("siren"), QStringLiteral("999999990")}});
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/crm/prospects/%1/enrich").arg(hidden), {}, m_admin).status, 202);
        QCOMPARE(runJobs(), 1);
        QCOMPARE(str(row(hidden), "enrichment_status"), QStringLiteral("failed"));

        // 429 with Retry-After: the job waits that long, then succeeds.
        const QString later = m_server.createProspect(QStringLiteral("FR"), {{QStringLiteral("siret"), QStringLiteral("55208131766522")}});
        m_fake.enqueue(QStringLiteral("insee"), ProviderReply{429, QByteArrayLiteral("{\"fault\":{\"code\":900804,\"message\":\"Message throttled out\"}}"),
                                                              {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("120")}}});
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/crm/prospects/%1/enrich").arg(later), {}, m_admin).status, 202);
        QCOMPARE(runJobs(), 1);
        QCOMPARE(value(QStringLiteral("SELECT status || ' ' || extract(epoch FROM run_at - $2)::int FROM jobs WHERE payload->>'prospectId' = $1"),
                       {later, m_server.clock().now()}),
                 QStringLiteral("queued 120"));
        QCOMPARE(str(row(later), "enrichment_status"), QStringLiteral("pending"));
        QCOMPARE(runJobs(), 0);
        m_server.clock().advance(120);
        QCOMPARE(runJobs(), 1);
        QCOMPARE(str(row(later), "enrichment_status"), QStringLiteral("enriched"));
        QCOMPARE(str(row(later), "naf_code"), QStringLiteral("35.11Z"));
        QVERIFY(value(QStringLiteral("SELECT count(*) FROM api_incidents WHERE provider = 'insee' AND http_status = 429")).toInt() >= 1);
    }

    void pappersPartialAndOlderQualite()
    {
        // 206: one of Pappers' sources timed out; what came is used. The only officer has the
        // older `qualite` (no `qualites`).
        const QJsonObject partial{{QStringLiteral("siren"), QStringLiteral("552081317")},
                                  {QStringLiteral("nom_entreprise"), QStringLiteral("ELECTRICITE DE FRANCE")},
                                  {QStringLiteral("finances"), QJsonArray{}},
                                  {QStringLiteral("representants"),
                                   QJsonArray{QJsonObject{{QStringLiteral("qualite"), QStringLiteral("Président-directeur général")},
                                                          {QStringLiteral("nom"), QStringLiteral("REMONT")},
                                                          {QStringLiteral("prenom"), QStringLiteral("Luc")},
                                                          {QStringLiteral("nom_complet"), QStringLiteral("Luc REMONT")},
                                                          {QStringLiteral("personne_morale"), false}}}}};
        m_fake.enqueue(QStringLiteral("pappers"), ProviderReply{206, QJsonDocument(partial).toJson(QJsonDocument::Compact), {}});
        const QString id = m_server.createProspect(QStringLiteral("FR"), {{QStringLiteral("siren"), QStringLiteral("552081317")}});
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/crm/prospects/%1/enrich").arg(id), {}, m_admin).status, 202);
        QCOMPARE(runJobs(), 1);
        const QJsonObject p = row(id);
        QCOMPARE(str(p, "enrichment_status"), QStringLiteral("enriched"));
        QCOMPARE(str(p, "contact_name"), QStringLiteral("Luc REMONT"));
        QCOMPARE(str(p, "contact_title"), QStringLiteral("Président-directeur général"));
        QVERIFY(p.value(QLatin1StringView("revenue_eur")).isNull());
        QVERIFY(value(QStringLiteral("SELECT result->>'partial' FROM jobs WHERE payload->>'prospectId' = $1"), {id}) == QLatin1String("true"));
    }

    void nightlyLimitCooldownTiersStatsBackfill()
    {
        QCOMPARE(m_http->get(QStringLiteral("/api/admin/auto-enrichment/stats"), m_commercial).status, 403);
        // Candidates: two bare records (low tier) and one rich record (higher score); the rich one
        // must come last. A record attempted 10 days ago is in its cooldown.
        const QString low1 = m_server.createProspect(QStringLiteral("FR"), {{QStringLiteral("company_name"), QStringLiteral("GOOGLE")}});
        const QString low2 = m_server.createProspect(QStringLiteral("FR"), {{QStringLiteral("company_name"), QStringLiteral("ELECTRICITE")}});
        const QString rich = m_server.createProspect(QStringLiteral("FR"), {{QStringLiteral("company_name"), QStringLiteral("GOOGLE FRANCE")},
                                                                            {QStringLiteral("address"), QStringLiteral("8 rue de Londres")},
                                                                            {QStringLiteral("postcode"), QStringLiteral("75009")},
                                                                            {QStringLiteral("city"), QStringLiteral("Paris")},
                                                                            {QStringLiteral("phone"), QStringLiteral("+33100000000")},
                                                                            {QStringLiteral("email"), QStringLiteral("contact@example.fr")}});
        const QString cooling = m_server.createProspect(QStringLiteral("FR"), {{QStringLiteral("company_name"), QStringLiteral("GOOGLE")},
                                                                               {QStringLiteral("enrichment_status"), QStringLiteral("failed")}});
        QVERIFY(m_server.execOwner(QStringLiteral("UPDATE prospects SET enrichment_attempted_at = $2 WHERE id = $1"),
                                   {cooling, m_server.clock().now().addDays(-10)})
                    .ok());
        const QStringList ran = m_server.app().cron().runDue(utc(11, 2)); // 03:00 in Paris
        QVERIFY(ran.contains(QStringLiteral("enrichment")));
        const QJsonObject detail = QJsonDocument::fromJson(value(QStringLiteral("SELECT detail::text FROM cron_runs WHERE job = 'enrichment'")).toUtf8()).object();
        QCOMPARE(detail.value(QLatin1StringView("queued")).toInt(), 2); // the nightly limit
        QCOMPARE(str(row(low1), "enrichment_status"), QStringLiteral("pending"));
        QCOMPARE(str(row(low2), "enrichment_status"), QStringLiteral("pending"));
        QVERIFY(row(rich).value(QLatin1StringView("enrichment_status")).isNull());
        QCOMPARE(str(row(cooling), "enrichment_status"), QStringLiteral("failed"));
        QCOMPARE(runJobs(), 2);
        QCOMPARE(str(row(low1), "enrichment_status"), QStringLiteral("enriched")); // found by name at INSEE
        QCOMPARE(str(row(low1), "siren"), QStringLiteral("443061841"));

        HttpReply stats = m_http->get(QStringLiteral("/api/admin/auto-enrichment/stats"), m_admin);
        QCOMPARE(stats.status, 200);
        const QJsonObject statuses = stats.json.value(QLatin1StringView("statuses")).toObject();
        const QJsonObject tiers = stats.json.value(QLatin1StringView("tiers")).toObject();
        const int total = value(QStringLiteral("SELECT count(*) FROM prospects")).toInt();
        QCOMPARE(statuses.value(QLatin1StringView("pending")).toInt() + statuses.value(QLatin1StringView("enriched")).toInt()
                     + statuses.value(QLatin1StringView("failed")).toInt() + statuses.value(QLatin1StringView("never")).toInt(),
                 total);
        QCOMPARE(statuses.value(QLatin1StringView("enriched")).toInt(),
                 value(QStringLiteral("SELECT count(*) FROM prospects WHERE enrichment_status = 'enriched'")).toInt());
        QCOMPARE(tiers.value(QLatin1StringView("low")).toInt() + tiers.value(QLatin1StringView("medium")).toInt()
                     + tiers.value(QLatin1StringView("high")).toInt() + tiers.value(QLatin1StringView("complete")).toInt(),
                 total);
        QCOMPARE(stats.json.value(QLatin1StringView("nightlyLimit")).toInt(), 2);
        QCOMPARE(stats.json.value(QLatin1StringView("cooldownDays")).toInt(), 30);
        QCOMPARE(stats.json.value(QLatin1StringView("lastRun")).toObject().value(QLatin1StringView("status")).toString(), QStringLiteral("done"));
        QVERIFY(stats.json.value(QLatin1StringView("providers")).toObject().value(QLatin1StringView("insee")).toObject().value(QLatin1StringView("configured")).toBool());

        // Backfill: never-enriched records, cooldown ignored; limit checked.
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/admin/auto-enrichment/backfill"), QJsonObject{{QStringLiteral("limit"), 6000}}, m_admin).status, 422);
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/admin/auto-enrichment/backfill"), QJsonObject{{QStringLiteral("limit"), 1}}, m_commercial).status, 403);
        HttpReply b = m_http->send("POST", QStringLiteral("/api/admin/auto-enrichment/backfill"), QJsonObject{{QStringLiteral("limit"), 1}}, m_admin);
        QCOMPARE(b.status, 200);
        QCOMPARE(b.json.value(QLatin1StringView("queued")).toInt(), 1);
    }

    void qualificationQueuesEnrichment()
    {
        const QString id = m_server.createProspect(QStringLiteral("FR"), {{QStringLiteral("siren"), QStringLiteral("443061841")},
                                                                          {QStringLiteral("owner_id"), m_commercialId},
                                                                          {QStringLiteral("status"), QStringLiteral("a_qualifier")}});
        HttpReply q = m_http->send("PUT", QStringLiteral("/api/crm/prospects/%1/qualify").arg(id),
                                   QJsonObject{{QStringLiteral("address"), QStringLiteral("8 rue de Londres")},
                                               {QStringLiteral("city"), QStringLiteral("Paris")},
                                               {QStringLiteral("postcode"), QStringLiteral("75009")},
                                               {QStringLiteral("email"), QStringLiteral("accueil@example.fr")}},
                                   m_commercial);
        QVERIFY2(q.status == 200, q.body.constData());
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM jobs WHERE kind = 'enrich_prospect' AND payload->>'prospectId' = $1"), {id}),
                 QStringLiteral("1"));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM jobs WHERE kind = 'geocode_batch' AND dedupe_key = $1"), {QString(QStringLiteral("geocode:") + id)}),
                 QStringLiteral("1"));
    }

    // A CSV import on the desktop reaches the server through the sync push (source « import »):
    // the created prospects are queued for enrichment like the batch endpoint's; other creations
    // are left to the nightly job.
    void desktopImportQueuesEnrichment()
    {
        signInAgain();
        auto create = [this](qint64 mid, const QString &company, const QString &source) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QJsonObject fields{{QStringLiteral("entity_id"), m_server.entityId(QStringLiteral("FR"))},
                                     {QStringLiteral("company_name"), company},
                                     {QStringLiteral("country_code"), QStringLiteral("FR")},
                                     {QStringLiteral("status"), QStringLiteral("nouveau")},
                                     {QStringLiteral("owner_id"), m_commercialId},
                                     {QStringLiteral("source"), source}};
            return std::pair{id, QJsonObject{{QStringLiteral("mid"), mid},
                                              {QStringLiteral("table"), QStringLiteral("prospects")},
                                              {QStringLiteral("op"), QStringLiteral("upsert")},
                                              {QStringLiteral("id"), id},
                                              {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                                              {QStringLiteral("fields"), fields}}};
        };
        const auto [imported, importMutation] = create(1, QStringLiteral("Importée SARL"), QStringLiteral("import"));
        const auto [typed, typedMutation] = create(2, QStringLiteral("Saisie SARL"), QStringLiteral("salon"));
        const HttpReply r = m_http->post(QStringLiteral("/api/sync/push"),
                                         QJsonObject{{QStringLiteral("clientId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                                     {QStringLiteral("schemaVersion"), sync::kSyncSchemaVersion},
                                                     {QStringLiteral("mutations"), QJsonArray{importMutation, typedMutation}}},
                                         m_commercial);
        QVERIFY2(r.status == 200, r.body.constData());
        auto queued = [this](const QString &id) {
            return value(QStringLiteral("SELECT count(*) FROM jobs WHERE kind = 'enrich_prospect' AND payload->>'prospectId' = $1"), {id});
        };
        QCOMPARE(queued(imported), QStringLiteral("1"));
        QCOMPARE(queued(typed), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestEnrichment)
#include "tst_enrichment.moc"
