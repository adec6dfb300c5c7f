#include "core/geo/Geo.h"
#include "core/scoring/OpportunityScore.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTest>

using namespace hector;
using namespace hector::scoring;

class TestScoring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::French, QLocale::France)); }

    void reactivity_data()
    {
        QTest::addColumn<QList<double>>("hours");
        QTest::addColumn<double>("points");
        QTest::newRow("4 h exactly") << QList<double>{4} << 20.0;
        QTest::newRow("just over 4 h") << QList<double>{4.01} << 16.0;
        QTest::newRow("24 h") << QList<double>{24} << 16.0;
        QTest::newRow("just over a day") << QList<double>{24.5} << 11.0;
        QTest::newRow("72 h") << QList<double>{72} << 11.0;
        QTest::newRow("73 h") << QList<double>{73} << 6.0;
        QTest::newRow("a week") << QList<double>{168} << 6.0;
        QTest::newRow("more than a week") << QList<double>{169} << 2.0;
        QTest::newRow("median of three") << QList<double>{1, 30, 500} << 11.0;
        QTest::newRow("median of two") << QList<double>{2, 6} << 20.0; // median 4
        QTest::newRow("negative ignored") << QList<double>{-3, 2} << 20.0;
    }
    void reactivity()
    {
        QFETCH(QList<double>, hours);
        QFETCH(double, points);
        const FactorScore f = reactivityFactor(hours);
        QCOMPARE(f.points, points);
        QCOMPARE(f.max, 20.0);
        QVERIFY(!f.neutral);
        QVERIFY(f.reason.startsWith(QStringLiteral("Réponse médiane en")));
    }
    void responseDelays()
    {
        const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-11-02T09:00:00.000Z"), Qt::ISODateWithMs);
        auto at = [&](double hours) { return t0.addMSecs(qint64(hours * 3600000)); };
        // out 0 h, reminder out 5 h, answer 6 h -> 6 h (from the first unanswered outgoing);
        // answer 7 h without a new outgoing -> not an answer; out 30 h, answer 31.5 h -> 1.5 h;
        // given in any order.
        const QList<ActivityPoint> acts{{at(31.5), true}, {at(0), false}, {at(6), true}, {at(5), false},
                                        {at(7), true},    {at(30), false}};
        QCOMPARE(responseHours(acts), (QList<double>{6.0, 1.5}));
        QCOMPARE(responseHours({{at(1), true}}), QList<double>{});   // incoming first: no answer
        QCOMPARE(responseHours({{at(1), false}}), QList<double>{});  // still waiting
        QCOMPARE(responseHours({}), QList<double>{});
    }

    void reactivityUnknownIsNeutral()
    {
        const FactorScore f = reactivityFactor({});
        QCOMPARE(f.points, 10.0);
        QVERIFY(f.neutral);
        QCOMPARE(f.reason, QStringLiteral("Aucune réponse mesurée : valeur neutre"));
    }

    void maturity_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<double>("points");
        QTest::newRow("prospection") << "prospection" << 4.0;
        QTest::newRow("qualification") << "qualification" << 8.0;
        QTest::newRow("proposition") << "proposition" << 12.0;
        QTest::newRow("negociation") << "negociation" << 16.0;
        QTest::newRow("signature") << "signature" << 20.0;
        QTest::newRow("gagne") << "gagne" << 20.0;
        QTest::newRow("perdu") << "perdu" << 0.0;
        QTest::newRow("unknown") << "inconnue" << 0.0;
    }
    void maturity()
    {
        QFETCH(QString, stage);
        QFETCH(double, points);
        QCOMPARE(maturityFactor(stage).points, points);
        QCOMPARE(maturityFactor(stage).max, 20.0);
    }

    void enrichment()
    {
        QCOMPARE(enrichmentFactor(false, false, false).points, 0.0);
        QCOMPARE(enrichmentFactor(true, false, false).points, 5.0);
        QCOMPARE(enrichmentFactor(true, true, false).points, 10.0);
        const FactorScore full = enrichmentFactor(true, true, true);
        QCOMPARE(full.points, 15.0);
        QCOMPARE(full.max, 15.0);
        QCOMPARE(enrichmentFactor(false, true, true).reason, QStringLiteral("Manque : chiffre d'affaires"));
    }

    void disc_data()
    {
        QTest::addColumn<QString>("prospect");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<double>("points");
        QTest::addColumn<bool>("neutral");
        QTest::newRow("same") << "D" << "d" << 15.0 << false;
        QTest::newRow("neighbours D-I") << "D" << "I" << 10.0 << false;
        QTest::newRow("neighbours C-D (wheel wraps)") << "C" << "D" << 10.0 << false;
        QTest::newRow("opposite D-S") << "D" << "S" << 5.0 << false;
        QTest::newRow("opposite I-C") << "I" << "C" << 5.0 << false;
        QTest::newRow("unknown prospect") << "" << "D" << 7.5 << true;
        QTest::newRow("unknown owner") << "S" << "" << 7.5 << true;
        QTest::newRow("not a profile") << "X" << "D" << 7.5 << true;
    }
    void disc()
    {
        QFETCH(QString, prospect);
        QFETCH(QString, owner);
        QFETCH(double, points);
        QFETCH(bool, neutral);
        const FactorScore f = discFactor(prospect, owner);
        QCOMPARE(f.points, points);
        QCOMPARE(f.neutral, neutral);
    }

    void geography_data()
    {
        QTest::addColumn<double>("km");
        QTest::addColumn<double>("points");
        QTest::newRow("0 km") << 0.0 << 15.0;
        QTest::newRow("49.9 km") << 49.9 << 15.0;
        QTest::newRow("50 km") << 50.0 << 11.0;
        QTest::newRow("99.9 km") << 99.9 << 11.0;
        QTest::newRow("100 km") << 100.0 << 7.0;
        QTest::newRow("199 km") << 199.0 << 7.0;
        QTest::newRow("200 km") << 200.0 << 4.0;
        QTest::newRow("399 km") << 399.0 << 4.0;
        QTest::newRow("400 km") << 400.0 << 1.0;
    }
    void geography()
    {
        QFETCH(double, km);
        QFETCH(double, points);
        QCOMPARE(geographyFactor(km).points, points);
    }
    void geographyReasons()
    {
        QCOMPARE(geographyFactor(12.4).reason, QStringLiteral("À 12 km du bureau (bonus de proximité, moins de 50 km)"));
        QCOMPARE(geographyFactor(std::nullopt).points, 7.5);
        QVERIFY(geographyFactor(std::nullopt).neutral);
        QVERIFY(geographyFactor(-1.0).neutral);
    }

    void network_data()
    {
        QTest::addColumn<int>("shared");
        QTest::addColumn<double>("points");
        QTest::newRow("none") << 0 << 3.0;
        QTest::newRow("one") << 1 << 8.0;
        QTest::newRow("two") << 2 << 8.0;
        QTest::newRow("three") << 3 << 12.0;
        QTest::newRow("five") << 5 << 12.0;
        QTest::newRow("six") << 6 << 15.0;
    }
    void network()
    {
        QFETCH(int, shared);
        QFETCH(double, points);
        QCOMPARE(networkFactor(shared).points, points);
        QCOMPARE(networkFactor(std::nullopt).points, 7.5);
    }

    void temperatures_data()
    {
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("code");
        QTest::newRow("0") << 0 << "COLD";
        QTest::newRow("59") << 59 << "COLD";
        QTest::newRow("60") << 60 << "WARM";
        QTest::newRow("84") << 84 << "WARM";
        QTest::newRow("85") << 85 << "HOT";
        QTest::newRow("100") << 100 << "HOT";
    }
    void temperatures()
    {
        QFETCH(int, score);
        QFETCH(QString, code);
        QCOMPARE(temperatureCode(temperatureFor(score)), code);
    }

    void totals()
    {
        ScoreInput best;
        best.stage = QStringLiteral("signature");
        best.responseHours = {1, 2};
        best.hasRevenue = best.hasHeadcount = best.hasDecisionMaker = true;
        best.prospectDisc = best.ownerDisc = QStringLiteral("I");
        best.distanceKm = 3.0;
        best.sharedConnections = 10;
        const ScoreResult top = score(best);
        QCOMPARE(top.total, 100);
        QCOMPARE(top.temperature, Temperature::Hot);
        QCOMPARE(top.factors.size(), 6);
        QStringList keys;
        for (const auto &f : top.factors)
            keys << f.key;
        QCOMPARE(keys, (QStringList{QStringLiteral("reactivity"), QStringLiteral("maturity"), QStringLiteral("enrichment"),
                                    QStringLiteral("disc"), QStringLiteral("geography"), QStringLiteral("network")}));

        // Everything unknown on a fresh opportunity: 10 + 4 + 0 + 7.5 + 7.5 + 7.5 = 36.5 -> 37.
        ScoreInput fresh;
        fresh.stage = QStringLiteral("prospection");
        const ScoreResult cold = score(fresh);
        QCOMPARE(cold.total, 37);
        QCOMPARE(cold.temperature, Temperature::Cold);

        // 16 + 16 + 10 + 10 + 11 + 12 = 75: warm.
        ScoreInput warm;
        warm.stage = QStringLiteral("negociation");
        warm.responseHours = {10};
        warm.hasRevenue = warm.hasHeadcount = true;
        warm.prospectDisc = QStringLiteral("S");
        warm.ownerDisc = QStringLiteral("C");
        warm.distanceKm = 60.0;
        warm.sharedConnections = 4;
        QCOMPARE(score(warm).total, 75);
        QCOMPARE(score(warm).temperature, Temperature::Warm);
    }

    // totalScore() (bulk scoring of the client's board) is score().total, threshold by threshold.
    void totalScoreEqualsTheFactorsSum()
    {
        QRandomGenerator rng(14);
        const QStringList stages{QStringLiteral("prospection"), QStringLiteral("qualification"), QStringLiteral("proposition"),
                                 QStringLiteral("negociation"), QStringLiteral("signature"), QStringLiteral("gagne"),
                                 QStringLiteral("perdu"), QStringLiteral("inconnue")};
        const QStringList discs{QString(), QStringLiteral("D"), QStringLiteral("i"), QStringLiteral(" S "), QStringLiteral("C"),
                                QStringLiteral("DC")};
        // The thresholds themselves, and values around them.
        const QList<double> hours{-1, 0, 4, 4.01, 24, 24.5, 72, 73, 168, 169, qInf()};
        const QList<double> kms{-1, 0, 49.99, 50, 99.9, 100, 199, 200, 399, 400, 5000};
        for (int i = 0; i < 5000; ++i) {
            ScoreInput in;
            in.stage = stages.at(rng.bounded(stages.size()));
            for (int k = rng.bounded(5); k > 0; --k)
                in.responseHours << (rng.bounded(2) ? hours.at(rng.bounded(hours.size())) : rng.generateDouble() * 300);
            in.hasRevenue = rng.bounded(2);
            in.hasHeadcount = rng.bounded(2);
            in.hasDecisionMaker = rng.bounded(2);
            in.prospectDisc = discs.at(rng.bounded(discs.size()));
            in.ownerDisc = discs.at(rng.bounded(discs.size()));
            if (rng.bounded(4))
                in.distanceKm = rng.bounded(2) ? kms.at(rng.bounded(kms.size())) : rng.generateDouble() * 600;
            if (rng.bounded(4))
                in.sharedConnections = int(rng.bounded(12)) - 1;
            QCOMPARE(totalScore(in), score(in).total);
        }
    }

    void distances()
    {
        const geo::LatLon paris{48.8566, 2.3522};
        const geo::LatLon lille{50.6292, 3.0573};
        const geo::LatLon luxembourg{49.6116, 6.1319};
        QVERIFY(qAbs(geo::distanceKm(paris, lille) - 204.0) < 2.0);
        QVERIFY(qAbs(geo::distanceKm(paris, luxembourg) - 287.0) < 3.0);
        QCOMPARE(geo::distanceKm(paris, paris), 0.0);
        const auto box = geo::boundingBox(lille, 5.0);
        QVERIFY(box.minLat < lille.lat && box.maxLat > lille.lat);
        QVERIFY(qAbs((box.maxLat - box.minLat) * 111.2 - 10.0) < 0.1);
        // A point 5 km east is inside the box; one 6 km east is outside.
        const double kmPerLonDegree = 111.2 * std::cos(lille.lat * M_PI / 180.0);
        QVERIFY(lille.lon + 4.9 / kmPerLonDegree < box.maxLon);
        QVERIFY(lille.lon + 6.0 / kmPerLonDegree > box.maxLon);
    }
};

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
