// Issue #7, module 17: the geocoding cascade against loopback doubles of Google (status values in
// HTTP 200) and Nominatim (string coordinates, [], 1 request/second for the whole application),
// the cache, the postcode-centroid fallback, prospects written (and synced), batches, stats, and a
// server with nothing configured (« not configured », centroids still work).
#include "FakeProviders.h"
#include "HttpTestClient.h"
#include "db/Database.h"
#include "jobs/JobQueue.h"
#include "providers/Geocoder.h"
#include "services/EnrichmentService.h"
#include "services/GeoService.h"
#include "server/ServerApp.h"
#include "services/Clock.h"
#include "tests/support/TestServer.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

using namespace hector;
using namespace hector::test;

namespace {
const QString kPassword = QStringLiteral("Secur1te-Hector");
QJsonObject address(const QString &line, const QString &postcode, const QString &city, const QString &country = QStringLiteral("FR"))
{
    return QJsonObject{{QStringLiteral("address"), line}, {QStringLiteral("postcode"), postcode}, {QStringLiteral("city"), city},
                       {QStringLiteral("countryCode"), country}};
}
} // namespace

class TestGeocoding : public QObject
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
        return r && r->rows() ? r->text(0, 0) : QString();
    }
    HttpReply geocode(const QJsonObject &body) { return m_http->send("POST", QStringLiteral("/api/geo/geocode"), body, m_commercial); }
    QString str(const HttpReply &r, const char *k) { return r.json.value(QLatin1StringView(k)).toString(); }
    double num(const HttpReply &r, const char *k) { return r.json.value(QLatin1StringView(k)).toDouble(); }

private slots:
    // The data set shipped in the binary (resources/geo, GeoNames and data.gouv.fr): every postcode of
    // the three countries, at the right place.
    void shippedCentroids()
    {
        server::PostcodeCentroids shipped{QString()};
        QCOMPARE(shipped.path(), QStringLiteral(":/geo/postcode-centroids.csv"));
        const QHash<QString, int> counts = shipped.counts();
        QVERIFY2(counts.value(QStringLiteral("FR")) > 6000, qPrintable(QString::number(counts.value(QStringLiteral("FR")))));
        QVERIFY(counts.value(QStringLiteral("BE")) > 1000);
        QVERIFY(counts.value(QStringLiteral("LU")) > 4000);
        const struct
        {
            const char *country, *postcode;
            double lat, lon;
        } known[] = {{"FR", "59000", 50.63, 3.05}, {"FR", "01400", 46.14, 4.99}, {"FR", "97400", -20.93, 55.45},
                     {"BE", "1000", 50.85, 4.35}, {"BE", "B-4000", 50.63, 5.57}, {"LU", "L-1111", 49.60, 6.12}};
        for (const auto &k : known) {
            const auto r = shipped.lookup(QLatin1String(k.country), QLatin1String(k.postcode));
            QVERIFY2(r, k.postcode);
            QVERIFY2(qAbs(r->lat - k.lat) < 0.05 && qAbs(r->lon - k.lon) < 0.08,
                     qPrintable(QStringLiteral("%1 %2: %3, %4").arg(QLatin1String(k.postcode)).arg(r->lat).arg(r->lon)));
            QCOMPARE(r->source, QStringLiteral("centroid"));
        }
        QVERIFY(!shipped.lookup(QStringLiteral("FR"), QStringLiteral("00000")));
    }

    void initTestCase()
    {
        QVERIFY(m_fake.start());
        m_server.setConfig(QStringLiteral("google_geocoding_base_url"), m_fake.baseUrl(QStringLiteral("google")));
        m_server.setConfig(QStringLiteral("google_geocoding_key"), QString::fromLatin1(FakeProviders::kGoogleKey));
        m_server.setConfig(QStringLiteral("nominatim_base_url"), m_fake.baseUrl(QStringLiteral("nominatim")));
        QVERIFY(m_server.start());
        m_http = std::make_unique<HttpTestClient>(m_server.baseUrl());
        QVERIFY(m_server.createAccounts({{&m_adminId, &m_admin, QStringLiteral("admin@adsgroup-security.com"), Role::Admin, QStringLiteral("FR")},
                                         {&m_commercialId, &m_commercial, QStringLiteral("commercial@adsgroup-security.com"), Role::Commercial,
                                          QStringLiteral("FR")}},
                                        kPassword));
    }
    void cleanupTestCase() { m_server.stop(); }

    void googleThenCache()
    {
        HttpReply r = geocode(address(QStringLiteral("12 rue de Rivoli"), QStringLiteral("75001"), QStringLiteral("Paris")));
        QCOMPARE(r.status, 200);
        QCOMPARE(str(r, "source"), QStringLiteral("google"));
        QCOMPARE(str(r, "precision"), QStringLiteral("rooftop"));
        QCOMPARE(num(r, "lat"), 48.8556);
        QCOMPARE(num(r, "lon"), 2.3590);
        QCOMPARE(str(r, "formattedAddress"), QStringLiteral("12 Rue de Rivoli, 75001 Paris, France"));
        QCOMPARE(m_fake.count(QStringLiteral("google")), 1);
        QVERIFY(m_fake.calls(QStringLiteral("google")).first().target.contains("region=fr"));
        // The same address, written differently: the cache answers, no provider call.
        HttpReply again = geocode(address(QStringLiteral("12  Rue de RIVOLI"), QStringLiteral("75 001"), QStringLiteral("PARIS")));
        QCOMPARE(str(again, "source"), QStringLiteral("cache"));
        QCOMPARE(num(again, "lat"), 48.8556);
        QCOMPARE(m_fake.count(QStringLiteral("google")), 1);
        QCOMPARE(value(QStringLiteral("SELECT hits FROM geocode_cache")), QStringLiteral("1"));
    }

    void googleStatusesFallBackToNominatim()
    {
        // ZERO_RESULTS: Nominatim, whose coordinates are strings.
        HttpReply r = geocode(address(QStringLiteral("Place Bellecour"), QStringLiteral("69002"), QStringLiteral("Lyon")));
        QCOMPARE(r.status, 200);
        QCOMPARE(str(r, "source"), QStringLiteral("nominatim"));
        QCOMPARE(num(r, "lat"), 45.7578137);
        QCOMPARE(num(r, "lon"), 4.8320114);
        QCOMPARE(str(r, "attribution"), QStringLiteral("© OpenStreetMap contributors"));
        const ProviderCall n = m_fake.calls(QStringLiteral("nominatim")).last();
        QVERIFY(n.header("user-agent").startsWith("Hector-CRM"));
        QVERIFY(n.target.contains("format=jsonv2") && n.target.contains("countrycodes=fr"));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM api_incidents WHERE provider = 'google'")), QStringLiteral("0")); // ZERO_RESULTS is no incident

        // OVER_QUERY_LIMIT and REQUEST_DENIED in HTTP 200: incidents, then the cascade goes on.
        for (const QString &status : {QStringLiteral("OVER_QUERY_LIMIT"), QStringLiteral("REQUEST_DENIED")}) {
            m_fake.googleStatus(status);
            HttpReply f = geocode(address(QStringLiteral("%1 place Bellecour").arg(status.size()), QStringLiteral("69002"), QStringLiteral("Lyon")));
            QCOMPARE(str(f, "source"), QStringLiteral("nominatim"));
            QCOMPARE(value(QStringLiteral("SELECT count(*) FROM api_incidents WHERE provider = 'google' AND code = $1 AND http_status = 200"), {status}),
                     QStringLiteral("1"));
        }
        // Nominatim [] too: the postcode centroid.
        HttpReply c = geocode(address(QStringLiteral("Impasse inconnue"), QStringLiteral("69002"), QStringLiteral("Lyon")));
        QCOMPARE(c.status, 200);
        QCOMPARE(str(c, "source"), QStringLiteral("centroid"));
        QCOMPARE(str(c, "precision"), QStringLiteral("postcode"));
        QCOMPARE(num(c, "lat"), 45.7485);
        // Belgian 4-digit postcode.
        HttpReply be = geocode(address(QString(), QStringLiteral("1000"), QString(), QStringLiteral("BE")));
        QCOMPARE(str(be, "source"), QStringLiteral("centroid"));
        QCOMPARE(num(be, "lat"), 50.8427);
        // Nothing at all.
        QCOMPARE(geocode(address(QStringLiteral("Impasse inconnue"), QStringLiteral("99999"), QStringLiteral("Nulle part"))).status, 404);
        QCOMPARE(geocode(QJsonObject{}).status, 422);
    }

    void nominatimOneRequestPerSecondAcrossThreads()
    {
        const int before = m_fake.count(QStringLiteral("nominatim"));
        QList<QFuture<bool>> futures;
        for (int i = 0; i < 4; ++i) {
            futures << QtConcurrent::run([this, i] {
                auto r = m_server.app().geocoder().geocode(server::GeoQuery{QStringLiteral("%1 place Bellecour").arg(100 + i), QStringLiteral("69002"),
                                                                            QStringLiteral("Lyon"), QStringLiteral("FR")});
                m_server.app().ownerDatabase().discardConnection();
                return r.ok() && r->source == QLatin1String("nominatim");
            });
        }
        for (auto &f : futures)
            QVERIFY(f.result());
        QList<qint64> times;
        const auto calls = m_fake.calls(QStringLiteral("nominatim"));
        for (qsizetype i = before; i < calls.size(); ++i)
            times << calls.at(i).receivedMs;
        QCOMPARE(times.size(), 4);
        std::sort(times.begin(), times.end());
        for (qsizetype i = 1; i < times.size(); ++i)
            QVERIFY2(times.at(i) - times.at(i - 1) >= 950, qPrintable(QStringLiteral("gap %1 ms").arg(times.at(i) - times.at(i - 1))));
    }

    void prospectsBatchAndStats()
    {
        const QString mine = m_server.createProspect(QStringLiteral("FR"), {{QStringLiteral("owner_id"), m_commercialId},
                                                                            {QStringLiteral("address"), QStringLiteral("12 rue de Rivoli")},
                                                                            {QStringLiteral("postcode"), QStringLiteral("75001")},
                                                                            {QStringLiteral("city"), QStringLiteral("Paris")}});
        const QString other = m_server.createProspect(QStringLiteral("FR"), {{QStringLiteral("postcode"), QStringLiteral("59000")},
                                                                             {QStringLiteral("city"), QStringLiteral("Lille")}});
        const QString be = m_server.createProspect(QStringLiteral("BE"), {{QStringLiteral("postcode"), QStringLiteral("4000")}});
        const QString seq = value(QStringLiteral("SELECT coalesce(max(seq), 0) FROM sync_log"));
        HttpReply r = m_http->send("POST", QStringLiteral("/api/geo/geocode"), QJsonObject{{QStringLiteral("prospectId"), mine}}, m_commercial);
        QCOMPARE(r.status, 200);
        QCOMPARE(str(r, "source"), QStringLiteral("cache"));
        QCOMPARE(value(QStringLiteral("SELECT latitude || ' ' || longitude || ' ' || geocode_source FROM prospects WHERE id = $1"), {mine}),
                 QStringLiteral("48.8556 2.359 google"));
        QVERIFY(value(QStringLiteral("SELECT count(*) FROM sync_log WHERE row_id = $1 AND seq > $2"), {mine, seq}).toInt() >= 1);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM audit_logs WHERE entity_id = $1 AND action = 'UPDATE'"), {mine}), QStringLiteral("1"));
        // Another entity's prospect is not visible to a French commercial; a prospect of their
        // entity they do not own is visible but not theirs to relocate.
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/geo/geocode"), QJsonObject{{QStringLiteral("prospectId"), be}}, m_commercial).status, 404);
        HttpReply notMine = m_http->send("POST", QStringLiteral("/api/geo/geocode"), QJsonObject{{QStringLiteral("prospectId"), other}}, m_commercial);
        QCOMPARE(notMine.status, 403);
        QCOMPARE(value(QStringLiteral("SELECT coalesce(geocode_source, '-') FROM prospects WHERE id = $1"), {other}), QStringLiteral("-"));

        // Batch of the missing ones the admin sees.
        HttpReply b = m_http->send("POST", QStringLiteral("/api/geo/geocode/batch"),
                                   QJsonObject{{QStringLiteral("missingOnly"), true}, {QStringLiteral("limit"), 50}}, m_admin);
        QCOMPARE(b.status, 202);
        QVERIFY(b.json.value(QLatin1StringView("jobId")).toInteger() > 0);
        QCOMPARE(b.json.value(QLatin1StringView("count")).toInt(), 2);
        QCOMPARE(m_server.app().jobQueue().runReady(), 1);
        QCOMPARE(value(QStringLiteral("SELECT geocode_source FROM prospects WHERE id = $1"), {other}), QStringLiteral("centroid"));
        QCOMPARE(value(QStringLiteral("SELECT latitude FROM prospects WHERE id = $1"), {be}), QStringLiteral("50.6412"));
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/geo/geocode/batch"), QJsonObject{}, m_admin).status, 422);

        // A batch keeps a position someone typed or imported (no geocode_source), and never trades
        // an address-level position for a postcode centroid.
        const QString typed = m_server.createProspect(QStringLiteral("FR"), {{QStringLiteral("postcode"), QStringLiteral("59000")},
                                                                             {QStringLiteral("latitude"), 50.6371},
                                                                             {QStringLiteral("longitude"), 3.0630}});
        QVERIFY(m_server.app().jobQueue().enqueue(server::GeoService::kBatchKind,
                                                  QJsonObject{{QStringLiteral("prospectIds"), QJsonArray{typed}}})
                    .ok());
        QCOMPARE(m_server.app().jobQueue().runReady(), 1);
        QCOMPARE(value(QStringLiteral("SELECT latitude || ' ' || longitude || ' ' || coalesce(geocode_source, '-') FROM prospects WHERE id = $1"), {typed}),
                 QStringLiteral("50.6371 3.063 -"));

        HttpReply s = m_http->get(QStringLiteral("/api/geo/stats"), m_admin);
        QCOMPARE(s.status, 200);
        const QJsonObject bySource = s.json.value(QLatin1StringView("bySource")).toObject();
        QCOMPARE(bySource.value(QLatin1StringView("google")).toInt(), 1);
        QCOMPARE(bySource.value(QLatin1StringView("centroid")).toInt(), 2);
        QCOMPARE(s.json.value(QLatin1StringView("cache")).toObject().value(QLatin1StringView("hits")).toInt(), 2);
        QVERIFY(s.json.value(QLatin1StringView("cache")).toObject().value(QLatin1StringView("entries")).toInt() >= 4);
        QVERIFY(s.json.value(QLatin1StringView("providers")).toObject().value(QLatin1StringView("google")).toObject().value(QLatin1StringView("configured")).toBool());
        const QJsonObject centroids = s.json.value(QLatin1StringView("centroids")).toObject();
        QCOMPARE(centroids.value(QLatin1StringView("FR")).toInt(), 4);
        QCOMPARE(centroids.value(QLatin1StringView("BE")).toInt(), 2);
        QCOMPARE(centroids.value(QLatin1StringView("LU")).toInt(), 1);
    }

    void nothingConfigured()
    {
        TestServer bare; // no key, no Nominatim: the demo server's situation
        QVERIFY(bare.start());
        QString adminId, admin;
        QVERIFY(bare.createAccounts({{&adminId, &admin, QStringLiteral("admin@adsgroup-security.com"), Role::Admin, QStringLiteral("FR")}}, kPassword));
        HttpTestClient http(bare.baseUrl());
        HttpReply g = http.send("POST", QStringLiteral("/api/geo/geocode"), address(QStringLiteral("12 rue de Rivoli"), QStringLiteral("75001"), QStringLiteral("Paris")), admin);
        QCOMPARE(g.status, 200);
        QCOMPARE(g.json.value(QLatin1StringView("source")).toString(), QStringLiteral("centroid"));
        const QString id = bare.createProspect(QStringLiteral("FR"), {{QStringLiteral("siren"), QStringLiteral("443061841")}});
        HttpReply e = http.send("POST", QStringLiteral("/api/crm/prospects/%1/enrich").arg(id), {}, admin);
        QCOMPARE(e.status, 503);
        QCOMPARE(e.errorCode(), QStringLiteral("provider_not_configured"));
        QVERIFY(e.errorMessage().contains(QStringLiteral("pas configuré")));
        HttpReply c = http.get(QStringLiteral("/api/company-search?q=google"), admin);
        QCOMPARE(c.status, 503);
        QCOMPARE(c.errorCode(), QStringLiteral("provider_not_configured"));
        HttpReply s = http.get(QStringLiteral("/api/geo/stats"), admin);
        QVERIFY(!s.json.value(QLatin1StringView("providers")).toObject().value(QLatin1StringView("nominatim")).toObject().value(QLatin1StringView("configured")).toBool());
        HttpReply q = http.get(QStringLiteral("/api/admin/api-quotas"), admin);
        QCOMPARE(q.status, 200);
        for (const QJsonValue &v : q.json.value(QLatin1StringView("providers")).toArray()) {
            if (v.toObject().value(QLatin1StringView("provider")).toString() == QLatin1String("insee"))
                QVERIFY(!v.toObject().value(QLatin1StringView("configured")).toBool());
        }
        // The nightly job says why it did nothing.
        QVERIFY(bare.app().enrichment().nightly(bare.clock().now())->contains(QStringLiteral("skipped")));
        bare.stop();
    }
};

QTEST_GUILESS_MAIN(TestGeocoding)
#include "tst_geocoding.moc"
