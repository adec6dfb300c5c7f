#include "core/Validation.h"
#include "server/demo/DemoGenerator.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

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

const QSet<QString> &allowedStatuses()
{
    static const QSet<QString> set{QStringLiteral("nouveau"),
                                   QStringLiteral("a_qualifier"),
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
    static const QRegularExpression postcodeRe(QStringLiteral(R"(^L-\d{4}$)"));
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
            const int code = p.postcode.mid(2).toInt();
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

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demo_generator.moc"
