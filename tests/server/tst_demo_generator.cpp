#include "core/Validation.h"
#include "core/crm/CrmRules.h"
#include "core/crm/Phone.h"
#include "core/sync/RowValidation.h"
#include "server/demo/DemoGenerator.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace hector;
using namespace hector::server::demo;

namespace {

QStringList fields(const DemoProspect &p)
{
    return {p.companyName,
            p.siren,
            p.siret,
            p.nafCode,
            p.legalForm,
            p.address,
            p.postcode,
            p.city,
            p.countryCode,
            p.phone,
            p.email,
            p.website,
            p.contactName,
            p.contactTitle,
            p.status,
            p.source};
}

QString describe(const DemoProspect &p)
{
    return fields(p).join(QStringLiteral(" | "));
}

bool isAscii(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// Complete records; « a_qualifier » ones come from partialProspect().
const QSet<QString> &allowedStatuses()
{
    static const QSet<QString> set{QStringLiteral("nouveau"),
                                   QStringLiteral("qualifie"),
                                   QStringLiteral("en_cours"),
                                   QStringLiteral("client"),
                                   QStringLiteral("perdu")};
    return set;
}

const QSet<QString> &allowedSources()
{
    static const QSet<QString> set{QStringLiteral("terrain"),
                                   QStringLiteral("import"),
                                   QStringLiteral("salon"),
                                   QStringLiteral("site_web"),
                                   QStringLiteral("recommandation"),
                                   QStringLiteral("appel_entrant")};
    return set;
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void deterministicForSeed();
    void differentSeedsDiffer();
    void countryCodes();
    void person();
    void franceProspects();
    void belgiumProspects();
    void luxembourgProspects();
    void commonFields_data();
    void commonFields();
    void fast();
    void partialProspects_data();
    void partialProspects();
    void diaryAndAppointments();
    void actions();
    void notes();
    void positions();
    void opportunities();
};

void TestDemoGenerator::deterministicForSeed()
{
    DemoGenerator a(20240917);
    DemoGenerator b(20240917);
    const QString countries[] = {QStringLiteral("FR"), QStringLiteral("BE"), QStringLiteral("LU")};
    for (int i = 0; i < 600; ++i) {
        if (i % 7 == 0) {
            const DemoPerson pa = a.person();
            const DemoPerson pb = b.person();
            QCOMPARE(pa.firstName, pb.firstName);
            QCOMPARE(pa.lastName, pb.lastName);
        }
        const QString &country = countries[i % 3];
        QCOMPARE(fields(a.prospect(country)), fields(b.prospect(country)));
    }
}

void TestDemoGenerator::differentSeedsDiffer()
{
    DemoGenerator a(1);
    DemoGenerator b(2);
    int differentNames = 0;
    int differentSirens = 0;
    for (int i = 0; i < 50; ++i) {
        const DemoProspect pa = a.prospect(QStringLiteral("FR"));
        const DemoProspect pb = b.prospect(QStringLiteral("FR"));
        differentNames += pa.companyName != pb.companyName ? 1 : 0;
        differentSirens += pa.siren != pb.siren ? 1 : 0;
    }
    QVERIFY2(differentNames > 40, qPrintable(QString::number(differentNames)));
    QCOMPARE(differentSirens, 50);

    // Successive values from one generator vary too.
    DemoGenerator c(7);
    QVERIFY(fields(c.prospect(QStringLiteral("FR"))) != fields(c.prospect(QStringLiteral("FR"))));
}

void TestDemoGenerator::countryCodes()
{
    DemoGenerator g(3);
    QCOMPARE(g.prospect(QStringLiteral("FR")).countryCode, QStringLiteral("FR"));
    QCOMPARE(g.prospect(QStringLiteral("BE")).countryCode, QStringLiteral("BE"));
    QCOMPARE(g.prospect(QStringLiteral("LU")).countryCode, QStringLiteral("LU"));
    QCOMPARE(g.prospect(QStringLiteral("lu")).countryCode, QStringLiteral("LU"));
    QCOMPARE(g.prospect(QStringLiteral("be")).countryCode, QStringLiteral("BE"));
    // Unknown codes fall back to France (documented).
    const DemoProspect other = g.prospect(QStringLiteral("DE"));
    QCOMPARE(other.countryCode, QStringLiteral("FR"));
    QVERIFY(validation::isValidSiret(other.siret));
}

void TestDemoGenerator::person()
{
    DemoGenerator g(11);
    QSet<QString> names;
    static const QRegularExpression nameRe(
        QStringLiteral(R"(^\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*)*$)"));
    for (int i = 0; i < 2000; ++i) {
        const DemoPerson p = g.person();
        QVERIFY2(nameRe.match(p.firstName).hasMatch(), qPrintable(p.firstName));
        QVERIFY2(nameRe.match(p.lastName).hasMatch(), qPrintable(p.lastName));
        names.insert(p.firstName + u' ' + p.lastName);
    }
    QVERIFY2(names.size() > 1000, qPrintable(QString::number(names.size())));
}

void TestDemoGenerator::franceProspects()
{
    DemoGenerator g(42);
    static const QRegularExpression postcodeRe(QStringLiteral(R"(^\d{5}$)"));
    static const QRegularExpression phoneRe(QStringLiteral(R"(^\+33[1-7]\d{8}$)"));
    static const QRegularExpression nafRe(QStringLiteral(R"(^\d{2}\.\d{2}[A-Z]$)"));
    static const QRegularExpression addressRe(QStringLiteral(R"(^\d{1,3}( bis)? \S.*\S$)"));
    static const QRegularExpression websiteRe(
        QStringLiteral(R"(^https://www\.[a-z0-9]+(-[a-z0-9]+)*\.(fr|com)$)"));
    const QSet<QString> forms{QStringLiteral("SAS"),
                              QStringLiteral("SARL"),
                              QStringLiteral("SASU"),
                              QStringLiteral("EURL"),
                              QStringLiteral("SA"),
                              QStringLiteral("SNC"),
                              QStringLiteral("SCI")};

    QSet<QString> names;
    QSet<QString> sirens;
    QSet<QString> cities;
    QSet<QString> nafCodes;
    QSet<QString> statuses;
    QSet<QString> sources;
    QHash<QString, int> formCounts;
    int withWebsite = 0;
    int mobiles = 0;
    for (int i = 0; i < 10000; ++i) {
        const DemoProspect p = g.prospect(QStringLiteral("FR"));
        const QByteArray what = describe(p).toUtf8();
        QVERIFY2(p.siren.size() == 9 && validation::isValidSiren(p.siren), what.constData());
        QVERIFY2(p.siret.size() == 14 && validation::isValidSiret(p.siret), what.constData());
        QVERIFY2(p.siret.startsWith(p.siren), what.constData());
        QVERIFY2(p.siret.mid(9, 4) != QLatin1String("0000"), what.constData());
        QVERIFY2(postcodeRe.match(p.postcode).hasMatch(), what.constData());
        QVERIFY2(phoneRe.match(p.phone).hasMatch(), what.constData());
        QVERIFY2(nafRe.match(p.nafCode).hasMatch(), what.constData());
        QVERIFY2(addressRe.match(p.address).hasMatch(), what.constData());
        QVERIFY2(forms.contains(p.legalForm), what.constData());
        // SCI: real-estate holding, NAF 68.20B, named "SCI ...".
        QCOMPARE(p.legalForm == QLatin1String("SCI"), p.companyName.startsWith(u"SCI "));
        if (p.legalForm == QLatin1String("SCI"))
            QCOMPARE(p.nafCode, QStringLiteral("68.20B"));
        if (!p.website.isEmpty()) {
            ++withWebsite;
            QVERIFY2(websiteRe.match(p.website).hasMatch(), what.constData());
            // The e-mail is on the company's domain.
            QVERIFY2(p.email.endsWith(u'@' + p.website.mid(12)), what.constData());
        }
        // Postcode and city agree; landlines use the zone of the region.
        if (p.city == QLatin1String("Paris")) {
            QVERIFY2(p.postcode.startsWith(u"75"), what.constData());
            QVERIFY2(!p.phone.startsWith(u"+332") && !p.phone.startsWith(u"+333")
                         && !p.phone.startsWith(u"+334") && !p.phone.startsWith(u"+335"),
                     what.constData());
        }
        if (p.city == QLatin1String("Lyon"))
            QVERIFY2(p.postcode.startsWith(u"6900"), what.constData());
        if (p.city == QLatin1String("Metz"))
            QCOMPARE(p.postcode, QStringLiteral("57000"));
        if (p.city == QLatin1String("Strasbourg"))
            QVERIFY2(!p.phone.startsWith(u"+331"), what.constData());
        if (p.phone.startsWith(u"+336") || p.phone.startsWith(u"+337"))
            ++mobiles;

        names.insert(p.companyName);
        sirens.insert(p.siren);
        cities.insert(p.city);
        nafCodes.insert(p.nafCode);
        statuses.insert(p.status);
        sources.insert(p.source);
        ++formCounts[p.legalForm];
    }
    QVERIFY2(names.size() > 1000, qPrintable(QString::number(names.size())));
    QVERIFY2(sirens.size() > 9990, qPrintable(QString::number(sirens.size())));
    QVERIFY2(cities.size() >= 40, qPrintable(QString::number(cities.size())));
    QVERIFY2(nafCodes.size() >= 30, qPrintable(QString::number(nafCodes.size())));
    QCOMPARE(statuses, allowedStatuses());
    QCOMPARE(sources, allowedSources());
    for (const char *form : {"SAS", "SARL", "SA", "EURL", "SCI"})
        QVERIFY2(formCounts.value(QLatin1String(form)) > 100, form);
    QVERIFY2(withWebsite > 7000 && withWebsite < 9500, qPrintable(QString::number(withWebsite)));
    QVERIFY2(mobiles > 1000 && mobiles < 4000, qPrintable(QString::number(mobiles)));
}

void TestDemoGenerator::belgiumProspects()
{
    DemoGenerator g(5);
    static const QRegularExpression postcodeRe(QStringLiteral(R"(^\d{4}$)"));
    static const QRegularExpression phoneRe(QStringLiteral(R"(^\+32\d{8,9}$)"));
    static const QRegularExpression mobileRe(QStringLiteral(R"(^\+324[7-9]\d{7}$)"));
    static const QRegularExpression naceRe(QStringLiteral(R"(^\d{2}\.\d{2}$)"));
    // Belgian convention: number after the street.
    static const QRegularExpression addressRe(QStringLiteral(R"(^\S.* \d{1,3}$)"));
    const QSet<QString> frenchForms{
        QStringLiteral("SRL"), QStringLiteral("SA"), QStringLiteral("SC")};
    const QSet<QString> dutchForms{
        QStringLiteral("BV"), QStringLiteral("NV"), QStringLiteral("CV")};
    const QSet<QString> flemishCities{QStringLiteral("Antwerpen"),
                                      QStringLiteral("Gent"),
                                      QStringLiteral("Brugge"),
                                      QStringLiteral("Leuven"),
                                      QStringLiteral("Hasselt"),
                                      QStringLiteral("Kortrijk")};
    const QSet<QString> walloonCities{QStringLiteral("Liège"),
                                      QStringLiteral("Namur"),
                                      QStringLiteral("Charleroi"),
                                      QStringLiteral("Mons"),
                                      QStringLiteral("Arlon")};
    QSet<QString> names;
    QSet<QString> cities;
    for (int i = 0; i < 5000; ++i) {
        const DemoProspect p = g.prospect(QStringLiteral("BE"));
        const QByteArray what = describe(p).toUtf8();
        QCOMPARE(p.countryCode, QStringLiteral("BE"));
        QVERIFY2(p.siren.isEmpty() && p.siret.isEmpty(), what.constData());
        QVERIFY2(postcodeRe.match(p.postcode).hasMatch(), what.constData());
        QVERIFY2(phoneRe.match(p.phone).hasMatch(), what.constData());
        if (p.phone.size() == 12) // 9 national digits: mobiles only
            QVERIFY2(mobileRe.match(p.phone).hasMatch(), what.constData());
        QVERIFY2(naceRe.match(p.nafCode).hasMatch(), what.constData());
        QVERIFY2(addressRe.match(p.address).hasMatch(), what.constData());
        QVERIFY2(frenchForms.contains(p.legalForm) || dutchForms.contains(p.legalForm),
                 what.constData());
        if (flemishCities.contains(p.city))
            QVERIFY2(dutchForms.contains(p.legalForm), what.constData());
        if (walloonCities.contains(p.city))
            QVERIFY2(frenchForms.contains(p.legalForm), what.constData());
        if (p.city == QLatin1String("Bruxelles"))
            QCOMPARE(p.postcode, QStringLiteral("1000"));
        if (p.city == QStringLiteral("Liège") && !mobileRe.match(p.phone).hasMatch())
            QVERIFY2(p.phone.startsWith(u"+324"), what.constData());
        if (!p.website.isEmpty())
            QVERIFY2(p.website.endsWith(u".be") || p.website.endsWith(u".com"), what.constData());
        names.insert(p.companyName);
        cities.insert(p.city);
    }
    QVERIFY2(names.size() > 1000, qPrintable(QString::number(names.size())));
    QVERIFY2(cities.size() >= 20, qPrintable(QString::number(cities.size())));
    QVERIFY(cities.contains(QStringLiteral("Bruxelles")));
    QVERIFY(cities.contains(QStringLiteral("Antwerpen")));
}

void TestDemoGenerator::luxembourgProspects()
{
    DemoGenerator g(6);
    static const QRegularExpression postcodeRe(QStringLiteral(R"(^\d{4}$)"));
    static const QRegularExpression phoneRe(QStringLiteral(R"(^\+352\d{6,9}$)"));
    static const QRegularExpression naceRe(QStringLiteral(R"(^\d{2}\.\d{2}$)"));
    static const QRegularExpression addressRe(QStringLiteral(R"(^\d{1,3} \S.*$)"));
    const QSet<QString> forms{QStringLiteral("SARL"),
                              QStringLiteral("SA"),
                              QStringLiteral("SàRL"),
                              QStringLiteral("SARL-S")};
    QSet<QString> names;
    QSet<QString> cities;
    QSet<QString> seenForms;
    for (int i = 0; i < 5000; ++i) {
        const DemoProspect p = g.prospect(QStringLiteral("LU"));
        const QByteArray what = describe(p).toUtf8();
        QCOMPARE(p.countryCode, QStringLiteral("LU"));
        QVERIFY2(p.siren.isEmpty() && p.siret.isEmpty(), what.constData());
        QVERIFY2(postcodeRe.match(p.postcode).hasMatch(), what.constData());
        QVERIFY2(phoneRe.match(p.phone).hasMatch(), what.constData());
        QVERIFY2(naceRe.match(p.nafCode).hasMatch(), what.constData());
        QVERIFY2(addressRe.match(p.address).hasMatch(), what.constData());
        QVERIFY2(forms.contains(p.legalForm), what.constData());
        if (p.city == QLatin1String("Luxembourg")) {
            const int code = p.postcode.toInt();
            QVERIFY2(code >= 1009 && code <= 2999, what.constData());
        }
        if (!p.website.isEmpty())
            QVERIFY2(p.website.endsWith(u".lu") || p.website.endsWith(u".com"), what.constData());
        names.insert(p.companyName);
        cities.insert(p.city);
        seenForms.insert(p.legalForm);
    }
    QVERIFY2(names.size() > 1000, qPrintable(QString::number(names.size())));
    QVERIFY2(cities.size() >= 15, qPrintable(QString::number(cities.size())));
    QCOMPARE(seenForms, forms);
    QVERIFY(cities.contains(QStringLiteral("Esch-sur-Alzette")));
}

void TestDemoGenerator::commonFields_data()
{
    QTest::addColumn<QString>("country");
    QTest::newRow("FR") << QStringLiteral("FR");
    QTest::newRow("BE") << QStringLiteral("BE");
    QTest::newRow("LU") << QStringLiteral("LU");
}

void TestDemoGenerator::commonFields()
{
    QFETCH(QString, country);
    DemoGenerator g(99);
    static const QRegularExpression e164(QStringLiteral(R"(^\+\d{8,15}$)"));
    static const QRegularExpression contactRe(QStringLiteral(R"(^\S+( \S+)+$)"));
    QSet<QString> statuses;
    QSet<QString> sources;
    QSet<QString> titles;
    for (int i = 0; i < 5000; ++i) {
        const DemoProspect p = g.prospect(country);
        const QByteArray what = describe(p).toUtf8();
        QVERIFY2(!p.companyName.trimmed().isEmpty(), what.constData());
        QCOMPARE(p.companyName, p.companyName.trimmed());
        QVERIFY2(!p.companyName.contains(QLatin1String("  ")), what.constData());
        QVERIFY2(e164.match(p.phone).hasMatch(), what.constData());
        // libphonenumber accepts it, as the CRM does on every write (core/crm/Phone.h).
        QVERIFY2(hector::crm::isValidE164(p.phone), what.constData());
        QVERIFY2(allowedStatuses().contains(p.status), what.constData());
        QVERIFY2(allowedSources().contains(p.source), what.constData());
        QVERIFY2(!p.city.isEmpty() && !p.address.isEmpty() && !p.legalForm.isEmpty(),
                 what.constData());
        QVERIFY2(contactRe.match(p.contactName).hasMatch(), what.constData());
        QVERIFY2(!p.contactTitle.isEmpty(), what.constData());
        QVERIFY2(validation::isValidEmail(p.email), what.constData());
        QVERIFY2(isAscii(p.email) && isAscii(p.website), what.constData());
        QCOMPARE(p.email, p.email.toLower());
        statuses.insert(p.status);
        sources.insert(p.source);
        titles.insert(p.contactTitle);
    }
    QCOMPARE(statuses, allowedStatuses());
    QCOMPARE(sources, allowedSources());
    QVERIFY2(titles.size() >= 6, qPrintable(QString::number(titles.size())));
}

void TestDemoGenerator::fast()
{
    DemoGenerator g(2024);
    const QString countries[]
        = {QStringLiteral("FR"), QStringLiteral("FR"), QStringLiteral("BE"), QStringLiteral("LU")};
    qsizetype totalChars = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 100000; ++i)
        totalChars += g.prospect(countries[i % 4]).companyName.size();
    const qint64 ms = timer.elapsed();
    qInfo("100000 prospects in %lld ms", ms);
    QVERIFY(totalChars > 100000);
    // Generous bound so that unoptimised and instrumented builds pass; an optimised build takes a
    // fraction of this.
    QVERIFY2(ms < 3000, qPrintable(QString::number(ms)));
}

namespace {
const QTimeZone &paris()
{
    static const QTimeZone tz(QByteArrayLiteral("Europe/Paris"));
    return tz;
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// A demo record passes the rules every client and the server apply (sync::validateRow).
bool valid(const char *table, QJsonObject row, QString *why)
{
    row.insert(QStringLiteral("entity_id"), QStringLiteral("00000000-0000-0000-0000-000000000001"));
    if (QLatin1String(table) == QLatin1String("prospect_notes"))
        row.insert(QStringLiteral("prospect_id"), QStringLiteral("00000000-0000-0000-0000-000000000002"));
    if (QLatin1String(table) == QLatin1String("opportunity_activities") || QLatin1String(table) == QLatin1String("opportunity_notes"))
        row.insert(QStringLiteral("opportunity_id"), QStringLiteral("00000000-0000-0000-0000-000000000003"));
    const auto r = hector::sync::validateRow(*hector::sync::syncedTable(QLatin1String(table)), row, true);
    if (!r)
        *why = r.error().message;
    return r.ok();
}

// Wednesday 25 November 2026, 11:17 in Paris.
const QDateTime kNow(QDate(2026, 11, 25), QTime(10, 17), Qt::UTC);
} // namespace

void TestDemoGenerator::partialProspects_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("postcodePattern");
    QTest::newRow("FR") << QStringLiteral("FR") << QStringLiteral(R"(^\d{5}$)");
    QTest::newRow("BE") << QStringLiteral("BE") << QStringLiteral(R"(^\d{4}$)");
    QTest::newRow("LU") << QStringLiteral("LU") << QStringLiteral(R"(^\d{4}$)");
}

void TestDemoGenerator::partialProspects()
{
    QFETCH(QString, country);
    QFETCH(QString, postcodePattern);
    const QRegularExpression postcodeRe(postcodePattern);
    DemoGenerator g(31);
    int withPhone = 0;
    for (int i = 0; i < 2000; ++i) {
        const DemoProspect p = g.partialProspect(country);
        const QByteArray what = describe(p).toUtf8();
        QVERIFY2(!p.companyName.isEmpty(), what.constData());
        QVERIFY2(postcodeRe.match(p.postcode).hasMatch(), what.constData());
        QCOMPARE(p.countryCode, country);
        QCOMPARE(p.status, QStringLiteral("a_qualifier"));
        QCOMPARE(p.source, QStringLiteral("terrain"));
        // Only what is typed in front of the shop.
        for (const QString &empty : {p.siren, p.siret, p.nafCode, p.legalForm, p.address, p.city, p.email, p.website,
                                     p.contactName, p.contactTitle})
            QVERIFY2(empty.isEmpty(), what.constData());
        withPhone += p.phone.isEmpty() ? 0 : 1;
        const QJsonObject row{{QStringLiteral("company_name"), p.companyName}, {QStringLiteral("postcode"), p.postcode},
                              {QStringLiteral("country_code"), p.countryCode}, {QStringLiteral("status"), p.status},
                              {QStringLiteral("phone"), p.phone.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.phone)}};
        QString why;
        QVERIFY2(valid("prospects", row, &why), qPrintable(why + u' ' + QString::fromUtf8(what)));
    }
    QVERIFY2(withPhone > 1000 && withPhone < 1400, qPrintable(QString::number(withPhone)));
}

void TestDemoGenerator::diaryAndAppointments()
{
    DemoGenerator g(8);
    const QDate today = kNow.toTimeZone(paris()).date();
    const QSet<int> slotMinutes{9 * 60, 10 * 60 + 30, 14 * 60, 15 * 60 + 30, 17 * 60};
    DemoProspect place;
    place.address = QStringLiteral("12 rue de la Paix");
    place.postcode = QStringLiteral("75002");
    place.city = QStringLiteral("Paris");
    QHash<QString, int> statuses;
    int future = 0;
    for (int person = 0; person < 20; ++person) {
        const QList<QDateTime> diary = g.diary(kNow);
        QVERIFY2(diary.size() > 40 && diary.size() < 140, qPrintable(QString::number(diary.size())));
        QHash<QDate, int> perDay;
        for (qsizetype i = 0; i < diary.size(); ++i) {
            const QDateTime local = diary.at(i).toTimeZone(paris());
            QVERIFY2(local.date().dayOfWeek() <= 5, qPrintable(iso(diary.at(i))));
            QVERIFY2(slotMinutes.contains(local.time().hour() * 60 + local.time().minute()), qPrintable(iso(diary.at(i))));
            QVERIFY(local.date() >= today.addDays(-56) && local.date() <= today.addDays(28));
            if (i)
                QVERIFY(diary.at(i - 1) < diary.at(i));
            QVERIFY(++perDay[local.date()] <= 3);

            const DemoRdv r = g.rdv(place, diary.at(i), kNow);
            QCOMPARE(r.startsAt, diary.at(i));
            const qint64 minutes = r.startsAt.secsTo(r.endsAt) / 60;
            QVERIFY2(minutes == 30 || minutes == 45 || minutes == 60 || minutes == 90, qPrintable(QString::number(minutes)));
            QVERIFY(r.endsAt.toTimeZone(paris()).time() <= QTime(18, 30));
            QVERIFY(!r.title.isEmpty() && !r.location.isEmpty());
            if (r.startsAt < kNow) {
                QVERIFY2(r.status == QLatin1String("effectue") || r.status == QLatin1String("annule"), qPrintable(r.status));
                QVERIFY(!r.notes.isEmpty());
            } else {
                QCOMPARE(r.status, QStringLiteral("planifie"));
                ++future;
            }
            ++statuses[r.status];
            QJsonObject row{{QStringLiteral("title"), r.title}, {QStringLiteral("starts_at"), iso(r.startsAt)},
                            {QStringLiteral("ends_at"), iso(r.endsAt)}, {QStringLiteral("status"), r.status}};
            if (r.reminderMinutes >= 0)
                row.insert(QStringLiteral("reminder_minutes"), r.reminderMinutes);
            QString why;
            QVERIFY2(valid("rdvs", row, &why), qPrintable(why));
        }
    }
    QVERIFY2(future > 300, qPrintable(QString::number(future)));
    QVERIFY2(statuses.value(QStringLiteral("annule")) > 20, qPrintable(QString::number(statuses.value(QStringLiteral("annule")))));
    QVERIFY(statuses.value(QStringLiteral("effectue")) > statuses.value(QStringLiteral("annule")) * 4);
}

void TestDemoGenerator::actions()
{
    DemoGenerator g(9);
    const QDate today = kNow.toTimeZone(paris()).date();
    QSet<QString> types;
    QHash<QString, int> statuses;
    int overdue = 0;
    int dueToday = 0;
    for (int i = 0; i < 3000; ++i) {
        const DemoAction a = g.action(kNow);
        QVERIFY(hector::crm::hasCode(hector::crm::actionTypes(), a.type));
        QVERIFY(hector::crm::hasCode(hector::crm::actionStatuses(), a.status));
        QVERIFY(!a.title.isEmpty());
        QVERIFY(a.dueAt.isValid());
        types.insert(a.type);
        ++statuses[a.status];
        const QDateTime due = a.dueAt.toTimeZone(paris());
        QCOMPARE(a.completedAt.isValid(), a.status == QLatin1String("termine"));
        if (a.completedAt.isValid())
            QVERIFY(a.completedAt <= kNow);
        if (a.status == QLatin1String("a_faire") && a.dueAt < kNow)
            ++overdue;
        if (a.status == QLatin1String("a_faire") && due.date() == today) {
            ++dueToday;
            QVERIFY2(a.dueAt > kNow, qPrintable(iso(a.dueAt)));
        } else {
            QVERIFY2(due.date().dayOfWeek() <= 5 && due.time() >= QTime(9, 0) && due.time() <= QTime(17, 30),
                     qPrintable(iso(a.dueAt)));
        }
        QJsonObject row{{QStringLiteral("type"), a.type}, {QStringLiteral("status"), a.status},
                        {QStringLiteral("title"), a.title}, {QStringLiteral("due_at"), iso(a.dueAt)}};
        if (a.completedAt.isValid())
            row.insert(QStringLiteral("completed_at"), iso(a.completedAt));
        QString why;
        QVERIFY2(valid("actions", row, &why), qPrintable(why));
    }
    QCOMPARE(types.size(), 4);
    QCOMPARE(statuses.size(), 3);
    QVERIFY2(overdue > 300, qPrintable(QString::number(overdue)));
    QVERIFY2(dueToday > 150, qPrintable(QString::number(dueToday)));
}

void TestDemoGenerator::notes()
{
    DemoGenerator g(10);
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString n = g.note();
        QString why;
        QVERIFY2(valid("prospect_notes", QJsonObject{{QStringLiteral("body"), n}}, &why), qPrintable(why));
        seen.insert(n);
    }
    QVERIFY(seen.size() >= 8);
}

void TestDemoGenerator::positions()
{
    // Bounding boxes of the three countries (with a margin): each position is in its country.
    struct Box
    {
        const char *country;
        double minLat, maxLat, minLon, maxLon;
    };
    const Box boxes[] = {{"FR", 41.3, 51.1, -5.2, 9.6}, {"LU", 49.44, 50.19, 5.73, 6.53}, {"BE", 49.49, 51.51, 2.54, 6.41}};
    DemoGenerator g(11);
    int sized = 0;
    int withRevenue = 0;
    for (const Box &b : boxes) {
        QSet<QString> distinct;
        for (int i = 0; i < 300; ++i) {
            const DemoProspect p = g.prospect(QLatin1String(b.country));
            QVERIFY(p.hasPosition);
            QVERIFY2(p.latitude > b.minLat && p.latitude < b.maxLat && p.longitude > b.minLon && p.longitude < b.maxLon,
                     qPrintable(QStringLiteral("%1 %2,%3").arg(p.city).arg(p.latitude).arg(p.longitude)));
            distinct.insert(QStringLiteral("%1,%2").arg(p.latitude).arg(p.longitude));
            QString why;
            QVERIFY2(valid("prospects", QJsonObject{{QStringLiteral("company_name"), p.companyName},
                                                    {QStringLiteral("country_code"), p.countryCode},
                                                    {QStringLiteral("status"), p.status},
                                                    {QStringLiteral("latitude"), p.latitude},
                                                    {QStringLiteral("longitude"), p.longitude}},
                           &why),
                     qPrintable(why));
            QVERIFY(!g.partialProspect(QLatin1String(b.country)).hasPosition); // a field capture has none
            if (!p.headcountBand.isEmpty()) {
                ++sized;
                QVERIFY(crm::hasCode(crm::headcountBands(), p.headcountBand));
            }
            if (p.revenueEur >= 0) {
                QVERIFY(!p.headcountBand.isEmpty() && p.revenueEur >= 60000);
                ++withRevenue;
            }
        }
        QVERIFY(distinct.size() > 250); // around the town's centre, not on it
    }
    // Size and revenue for about half of the records (the enrichment factor of the score).
    QVERIFY2(sized > 400 && sized < 600, qPrintable(QString::number(sized)));
    QVERIFY(withRevenue > 250 && withRevenue < sized);
    // Paris prospects are in Paris.
    DemoGenerator paris(12);
    for (int i = 0; i < 500; ++i) {
        const DemoProspect p = paris.prospect(QStringLiteral("FR"));
        if (p.city == QLatin1String("Paris"))
            QVERIFY(std::abs(p.latitude - 48.86) < 0.06 && std::abs(p.longitude - 2.34) < 0.09);
    }
    QSet<QString> profiles;
    for (int i = 0; i < 100; ++i)
        profiles.insert(paris.discProfile());
    QCOMPARE(profiles, (QSet<QString>{QStringLiteral("D"), QStringLiteral("I"), QStringLiteral("S"), QStringLiteral("C")}));
}

void TestDemoGenerator::opportunities()
{
    DemoGenerator g(13);
    DemoGenerator again(13);
    QHash<QString, int> stages;
    int monthly = 0;
    int incoming = 0;
    int outgoing = 0;
    int withNotes = 0;
    QSet<QString> closedMonths;
    for (int i = 0; i < 2000; ++i) {
        const DemoProspect p = g.prospect(QStringLiteral("FR"));
        const DemoOpportunity o = g.opportunity(p, kNow);
        const DemoOpportunity same = again.opportunity(again.prospect(QStringLiteral("FR")), kNow);
        QCOMPARE(o.title, same.title);
        QCOMPARE(o.activities.size(), same.activities.size());
        ++stages[o.stage];
        QVERIFY2(o.amountEur >= 2000 && o.amountEur <= 80000 && o.amountEur % 100 == 0, qPrintable(QString::number(o.amountEur)));
        if (o.monthlyEur >= 0) {
            ++monthly;
            QVERIFY(o.monthlyEur >= 30 && o.monthlyEur <= 600);
        }
        QVERIFY(o.title.contains(p.city));
        const bool closed = o.stage == QLatin1String("gagne") || o.stage == QLatin1String("perdu");
        QCOMPARE(o.closedAt.isValid(), closed);
        QCOMPARE(o.expectedCloseAt.isValid(), !closed);
        QCOMPARE(!o.lostReason.isEmpty(), o.stage == QLatin1String("perdu"));
        const QDateTime end = closed ? o.closedAt : kNow;
        if (closed) {
            QVERIFY(o.closedAt < kNow && o.closedAt > kNow.addDays(-365));
            closedMonths.insert(o.closedAt.toString(QStringLiteral("yyyy-MM")));
            QCOMPARE(o.probability, o.stage == QLatin1String("gagne") ? 100 : 0);
        } else {
            QVERIFY(o.probability > 0 && o.probability < 100);
        }
        QVERIFY(o.createdAt < end && o.stageChangedAt >= o.createdAt && o.stageChangedAt <= end);
        QDateTime previous = o.createdAt;
        for (const DemoActivity &a : o.activities) {
            QVERIFY(a.occurredAt >= previous && a.occurredAt <= end);
            previous = a.occurredAt;
            (a.direction == QLatin1String("entrant") ? incoming : outgoing)++;
            QString why;
            QVERIFY2(valid("opportunity_activities", QJsonObject{{QStringLiteral("kind"), a.kind},
                                                                 {QStringLiteral("direction"), a.direction},
                                                                 {QStringLiteral("occurred_at"), a.occurredAt.toString(Qt::ISODateWithMs)},
                                                                 {QStringLiteral("summary"), a.summary}},
                           &why),
                     qPrintable(why));
        }
        withNotes += o.notes.isEmpty() ? 0 : 1;
        QString why;
        QJsonObject row{{QStringLiteral("title"), o.title},
                        {QStringLiteral("stage"), o.stage},
                        {QStringLiteral("amount_eur"), o.amountEur},
                        {QStringLiteral("probability"), o.probability},
                        {QStringLiteral("created_at"), o.createdAt.toString(Qt::ISODateWithMs)}};
        if (o.sharedConnections >= 0)
            row.insert(QStringLiteral("shared_connections"), o.sharedConnections);
        QVERIFY2(valid("opportunities", row, &why), qPrintable(why));
    }
    // Every stage, none dominating; a third or so closed, over most months of the last year.
    QCOMPARE(stages.size(), 7);
    for (auto it = stages.begin(); it != stages.end(); ++it)
        QVERIFY2(it.value() > 100 && it.value() < 600, qPrintable(it.key()));
    QVERIFY(closedMonths.size() >= 12);
    QVERIFY(monthly > 600 && monthly < 1800);
    QVERIFY(incoming > 1000 && outgoing > incoming);
    QVERIFY(withNotes > 300);
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demo_generator.moc"
