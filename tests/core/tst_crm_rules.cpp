#include "core/crm/CrmRules.h"
#include "core/crm/Phone.h"
#include "core/crm/Postcode.h"
#include "core/sync/RowValidation.h"
#include "core/sync/SyncSchema.h"

#include <QJsonObject>
#include <QTest>

using namespace hector;
using namespace hector::crm;

class TestCrmRules : public QObject
{
    Q_OBJECT

private slots:
    void phone_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("e164"); // empty: refused

        QTest::newRow("fr national mobile") << "06 12 34 56 78" << "FR" << "+33612345678";
        QTest::newRow("fr dots") << "01.42.68.53.00" << "FR" << "+33142685300";
        QTest::newRow("fr international") << "+33 1 42 68 53 00" << "BE" << "+33142685300";
        QTest::newRow("fr 00 prefix") << "0033 6 12 34 56 78" << "LU" << "+33612345678";
        QTest::newRow("lu landline") << "26 12 34 56" << "LU" << "+35226123456";
        QTest::newRow("lu mobile") << "+352 621 123 456" << "FR" << "+352621123456";
        QTest::newRow("be brussels") << "02 511 12 34" << "BE" << "+3225111234";
        QTest::newRow("be mobile") << "0470 12 34 56" << "BE" << "+32470123456";
        QTest::newRow("too short") << "06 12 34" << "FR" << "";
        QTest::newRow("too long") << "06 12 34 56 78 90" << "FR" << "";
        QTest::newRow("letters") << "appelez-moi" << "FR" << "";
        QTest::newRow("be too long") << "02 511 12 34 5" << "BE" << "";
    }

    void phone()
    {
        QFETCH(QString, input);
        QFETCH(QString, country);
        QFETCH(QString, e164);
        const auto r = normalizePhone(input, country);
        if (e164.isEmpty()) {
            QVERIFY(!r);
            QCOMPARE(r.error().code, QStringLiteral("validation_error"));
            QVERIFY(r.error().message.contains(input.trimmed()));
        } else {
            QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
            QCOMPARE(*r, e164);
            QVERIFY(isValidE164(e164));
        }
    }

    void phoneHelpers()
    {
        QCOMPARE(*normalizePhone(QStringLiteral("   "), QStringLiteral("FR")), QString());
        QVERIFY(!isValidE164(QStringLiteral("0612345678")));      // national form is not E.164
        QVERIFY(!isValidE164(QStringLiteral("+33 6 12 34 56 78"))); // spaces are not E.164
        QVERIFY(!isValidE164(QStringLiteral("+3361234")));
        QCOMPARE(formatPhone(QStringLiteral("+33612345678")), QStringLiteral("+33 6 12 34 56 78"));
        QCOMPARE(formatPhone(QStringLiteral("n/a")), QStringLiteral("n/a"));
    }

    void postcode_data()
    {
        QTest::addColumn<QString>("postcode");
        QTest::addColumn<QString>("country");
        QTest::addColumn<bool>("valid");
        QTest::newRow("paris") << "75008" << "FR" << true;
        QTest::newRow("ain") << "01000" << "FR" << true;
        QTest::newRow("corse") << "20000" << "FR" << true;
        QTest::newRow("reunion") << "97400" << "FR" << true;
        QTest::newRow("monaco") << "98000" << "FR" << true;
        QTest::newRow("fr prefix") << "F-59000" << "FR" << true;
        QTest::newRow("fr dept 00") << "00100" << "FR" << false;
        QTest::newRow("fr dept 96") << "96000" << "FR" << false;
        QTest::newRow("fr four digits") << "7500" << "FR" << false;
        QTest::newRow("fr letters") << "75OO8" << "FR" << false;
        QTest::newRow("lu") << "1234" << "LU" << true;
        QTest::newRow("lu prefixed") << "L-1855" << "LU" << true;
        QTest::newRow("lu with belgian prefix") << "B-1855" << "LU" << false;
        QTest::newRow("lu five digits") << "12345" << "LU" << false;
        QTest::newRow("be") << "1000" << "BE" << true;
        QTest::newRow("be prefixed") << "B-4000" << "BE" << true;
        QTest::newRow("be below 1000") << "0999" << "BE" << false;
        QTest::newRow("empty is optional") << "" << "FR" << true;
        QTest::newRow("unknown country") << "75008" << "DE" << false;
    }

    void postcode()
    {
        QFETCH(QString, postcode);
        QFETCH(QString, country);
        QFETCH(bool, valid);
        const auto r = validatePostcode(postcode, country);
        QCOMPARE(bool(r), valid);
        if (!valid)
            QCOMPARE(r.error().code, QStringLiteral("validation_error"));
    }

    void countryAndEntityDetection()
    {
        QCOMPARE(detectCountry(QStringLiteral("75008")), QStringLiteral("FR"));
        QCOMPARE(detectCountry(QStringLiteral("L-1855")), QStringLiteral("LU"));
        QCOMPARE(detectCountry(QStringLiteral("B-1000")), QStringLiteral("BE"));
        QCOMPARE(detectCountry(QStringLiteral("1000")), QString()); // ambiguous without a hint
        QCOMPARE(detectCountry(QStringLiteral("1000"), QStringLiteral("BE")), QStringLiteral("BE"));
        QCOMPARE(detectCountry(QStringLiteral("1000"), QStringLiteral("FR")), QString());
        QCOMPARE(detectCountry(QStringLiteral("abc")), QString());
        QCOMPARE(normalizePostcode(QStringLiteral(" L-1855 ")), QStringLiteral("1855"));

        const QList<EntityRef> entities{{QStringLiteral("fr"), QStringLiteral("FR"), 0},
                                        {QStringLiteral("fr-nord"), QStringLiteral("FR"), 1},
                                        {QStringLiteral("lu"), QStringLiteral("LU"), 0}};
        QCOMPARE(detectEntity(entities, QStringLiteral("FR")), QStringLiteral("fr"));
        QCOMPARE(detectEntity(entities, QStringLiteral("FR"), QStringLiteral("fr-nord")), QStringLiteral("fr-nord"));
        QCOMPARE(detectEntity(entities, QStringLiteral("LU"), QStringLiteral("fr-nord")), QStringLiteral("lu"));
        QCOMPARE(detectEntity(entities, QStringLiteral("BE")), QString());
    }

    void companyNames()
    {
        QCOMPARE(normalizedCompanyName(QStringLiteral("Sécurité Dupont S.A.S.")), QStringLiteral("securite dupont"));
        QCOMPARE(normalizedCompanyName(QStringLiteral("SECURITE  DUPONT (SAS)")), QStringLiteral("securite dupont"));
        QCOMPARE(normalizedCompanyName(QStringLiteral("Boulangerie l'Épi d'Or SARL")),
                 QStringLiteral("boulangerie l epi d or"));
        QCOMPARE(normalizedCompanyName(QStringLiteral("Gardiennage Liège SPRL")), QStringLiteral("gardiennage liege"));
        QVERIFY(normalizedCompanyName(QStringLiteral("Alpha")) != normalizedCompanyName(QStringLiteral("Alpha Beta")));
    }

    void codeLists()
    {
        QCOMPARE(headcountBands().size(), 15);
        QVERIFY(hasCode(headcountBands(), QStringLiteral("12")));
        QVERIFY(!hasCode(headcountBands(), QStringLiteral("NN")));
        QCOMPARE(labelFor(rdvStatuses(), QStringLiteral("annule")), QStringLiteral("Annulé"));
        QCOMPARE(labelFor(actionTypes(), QStringLiteral("inconnu")), QStringLiteral("inconnu"));
        QCOMPARE(actionStatuses().size(), 3);
    }

    void qualityScore()
    {
        QCOMPARE(dataQualityScore(QJsonObject{}), 0);
        QCOMPARE(dataQualityScore(QJsonObject{{QStringLiteral("company_name"), QStringLiteral("A")},
                                              {QStringLiteral("postcode"), QStringLiteral("59000")}}),
                 15);
        QJsonObject full;
        for (const char *f : {"company_name", "siren", "siret", "naf_code", "legal_form", "address", "postcode", "city",
                              "phone", "email", "website", "contact_name", "contact_title", "headcount_band"}) {
            full.insert(QLatin1StringView(f), QStringLiteral("x"));
        }
        full.insert(QStringLiteral("revenue_eur"), 1200000);
        QCOMPARE(dataQualityScore(full), 100);
        full.insert(QStringLiteral("email"), QStringLiteral("   "));
        QCOMPARE(dataQualityScore(full), 90);
    }

    // The row rules shared by the server (push, REST) and the client (forms).
    void rowValidation_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QJsonObject>("row");
        QTest::addColumn<bool>("valid");
        const QJsonObject prospect{{QStringLiteral("entity_id"), QStringLiteral("e")},
                                   {QStringLiteral("company_name"), QStringLiteral("Dupont")},
                                   {QStringLiteral("country_code"), QStringLiteral("FR")},
                                   {QStringLiteral("status"), QStringLiteral("nouveau")}};
        auto with = [](QJsonObject o, const char *k, const QJsonValue &v) {
            o.insert(QLatin1StringView(k), v);
            return o;
        };
        QTest::newRow("prospect minimal") << "prospects" << prospect << true;
        QTest::newRow("prospect e164") << "prospects" << with(prospect, "phone", QStringLiteral("+33612345678")) << true;
        QTest::newRow("prospect national phone") << "prospects" << with(prospect, "phone", QStringLiteral("0612345678")) << false;
        QTest::newRow("prospect bad mobile") << "prospects" << with(prospect, "mobile_phone", QStringLiteral("+331")) << false;
        QTest::newRow("prospect postcode") << "prospects" << with(prospect, "postcode", QStringLiteral("59000")) << true;
        QTest::newRow("prospect lu postcode in fr") << "prospects" << with(prospect, "postcode", QStringLiteral("L-1855")) << false;
        QTest::newRow("prospect band") << "prospects" << with(prospect, "headcount_band", QStringLiteral("12")) << true;
        QTest::newRow("prospect bad band") << "prospects" << with(prospect, "headcount_band", QStringLiteral("99")) << false;
        QTest::newRow("prospect negative revenue") << "prospects" << with(prospect, "revenue_eur", -5) << false;
        QTest::newRow("prospect lat only") << "prospects" << with(prospect, "latitude", 48.8) << false;
        QTest::newRow("prospect lat lon")
            << "prospects" << with(with(prospect, "latitude", 48.8), "longitude", 2.3) << true;
        QTest::newRow("prospect lat out of range")
            << "prospects" << with(with(prospect, "latitude", 98.0), "longitude", 2.3) << false;
        QTest::newRow("prospect to qualify")
            << "prospects" << with(prospect, "status", QStringLiteral("a_qualifier")) << true;

        const QJsonObject rdv{{QStringLiteral("entity_id"), QStringLiteral("e")},
                              {QStringLiteral("title"), QStringLiteral("Visite")},
                              {QStringLiteral("starts_at"), QStringLiteral("2026-12-01T09:00:00.000Z")},
                              {QStringLiteral("ends_at"), QStringLiteral("2026-12-01T10:00:00.000Z")},
                              {QStringLiteral("status"), QStringLiteral("planifie")}};
        QTest::newRow("rdv") << "rdvs" << rdv << true;
        QTest::newRow("rdv ends before start")
            << "rdvs" << with(rdv, "ends_at", QStringLiteral("2026-12-01T08:00:00.000Z")) << false;
        QTest::newRow("rdv no title") << "rdvs" << with(rdv, "title", QStringLiteral(" ")) << false;
        QTest::newRow("rdv bad status") << "rdvs" << with(rdv, "status", QStringLiteral("reporte")) << false;
        QTest::newRow("rdv bad date") << "rdvs" << with(rdv, "starts_at", QStringLiteral("demain")) << false;
        QTest::newRow("rdv reminder") << "rdvs" << with(rdv, "reminder_minutes", 30) << true;
        QTest::newRow("rdv reminder too early") << "rdvs" << with(rdv, "reminder_minutes", 20000) << false;

        const QJsonObject action{{QStringLiteral("entity_id"), QStringLiteral("e")},
                                 {QStringLiteral("title"), QStringLiteral("Rappeler")},
                                 {QStringLiteral("type"), QStringLiteral("appel")},
                                 {QStringLiteral("status"), QStringLiteral("a_faire")}};
        QTest::newRow("action") << "actions" << action << true;
        QTest::newRow("action bad type") << "actions" << with(action, "type", QStringLiteral("fax")) << false;
        QTest::newRow("action bad status") << "actions" << with(action, "status", QStringLiteral("fini")) << false;
        QTest::newRow("action due") << "actions" << with(action, "due_at", QStringLiteral("2026-12-01T09:00:00.000Z")) << true;
        QTest::newRow("action bad due") << "actions" << with(action, "due_at", QStringLiteral("31/12")) << false;

        const QJsonObject note{{QStringLiteral("entity_id"), QStringLiteral("e")},
                               {QStringLiteral("prospect_id"), QStringLiteral("p")},
                               {QStringLiteral("body"), QStringLiteral("Rappeler en janvier")}};
        QTest::newRow("note") << "prospect_notes" << note << true;
        QTest::newRow("note empty") << "prospect_notes" << with(note, "body", QStringLiteral("")) << false;
        QTest::newRow("note orphan") << "prospect_notes" << with(note, "prospect_id", QStringLiteral("")) << false;
    }

    void rowValidation()
    {
        QFETCH(QString, table);
        QFETCH(QJsonObject, row);
        QFETCH(bool, valid);
        const sync::TableSpec *spec = sync::syncedTable(table);
        QVERIFY(spec);
        const auto r = sync::validateRow(*spec, row, true);
        QVERIFY2(bool(r) == valid, qPrintable(r ? QStringLiteral("accepted") : r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestCrmRules)
#include "tst_crm_rules.moc"
