// Figures of the dashboards (issue #6) and analytics (module 24) on a real SQLite replica with a
// hand-built fixture: exact numbers for every figure and every filter, the period's bounds (start
// included, end excluded, months in Europe/Paris time), the CSV tables and file.
//
// Fixture (times are Europe/Paris wall-clock times):
//   entities  France ─ France Nord ─ Lille ; Luxembourg
//   users     Alice Martin (France), Bruno Leroy (France Nord), Chloé Weber (Luxembourg),
//             David Bernard (manager, France)
//   teams     « Paris Centre » (Alice, David; manager David), « Nord » (Bruno; manager David),
//             « Luxembourg » (Chloé); objectives of Paris Centre for 2026-03: 100 000 €, 10 RDV,
//             4 signatures
//   open      o1 France Alice prospection 10 000 / 100 HOT created 10 Feb
//             o2 France Alice qualification 20 000 / NULL WARM created 5 Mar
//             o3 France Nord Bruno proposition 30 000 / 300 COLD created 15 Mar
//             o4 Lille Bruno negociation NULL / 200 (not scored) created 31 Mar 23:59:59.999
//             o5 Luxembourg Chloé signature 50 000 / 500 HOT created 1 Apr 00:00 (first instant after March)
//             o6 France (no owner) prospection 5 000 / NULL WARM created 2 Mar
//   won       w1 France Alice 40 000 / 400 closed 1 Mar 00:00 (first instant of March), created 10 Jan
//             w2 France Nord Bruno 25 000 / 250 closed 20 Mar, created 3 Mar
//             w3 Luxembourg Chloé 60 000 / 600 closed 28 Feb 23:59:59.999, created 1 Feb
//             w4 France Alice NULL / 100 closed 25 Mar, created 10 Mar
//             w5 France David 15 000 / 0 closed 20 May 2025, created 5 May 2025
//             w6 France Alice 8 000 / 80 closed 15 Mar 2025 (outside the 12 months), created 1 Mar 2025
//             x1 France Alice 99 999 / 999 without closing date, created 7 Mar
//   lost      l1 France Alice closed 18 Mar, created 4 Mar; l2 France Nord Bruno closed 10 Mar,
//             created 15 Feb; l3 Luxembourg Chloé closed 2 Apr, created 6 Mar
//   rdvs      r1 Alice effectue 3 Mar; r2 Alice planifie 31 Mar 23:30; r3 David annule 10 Mar;
//             r4 David planifie 1 Apr 00:00; r5 Bruno effectue 12 Mar; r6 Alice effectue 28 Feb 23:59
#include "DashboardFixture.h"
#include "sync/analytics/DashboardData.h"
#include "sync/replica/LocalReplica.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace hector;
using namespace hector::sync;
using hector::test::dashboard::at;

namespace {
const QString kFrance = QStringLiteral("e-fr");
const QString kNord = QStringLiteral("e-nord");
const QString kLille = QStringLiteral("e-lille");
const QString kLux = QStringLiteral("e-lu");
const QString kAlice = QStringLiteral("u-alice");
const QString kBruno = QStringLiteral("u-bruno");
const QString kChloe = QStringLiteral("u-chloe");
const QString kDavid = QStringLiteral("u-david");
const QString kParis = QStringLiteral("t-paris");
const QString kTeamNord = QStringLiteral("t-nord");
const QString kTeamLux = QStringLiteral("t-lux");

bool seed(QSqlDatabase db)
{
    test::dashboard::Rows rows(std::move(db));
    rows.entity(kFrance, QStringLiteral("France"), {}, QStringLiteral("FR"));
    rows.entity(kNord, QStringLiteral("France Nord"), kFrance, QStringLiteral("FR"));
    rows.entity(kLille, QStringLiteral("Lille"), kNord, QStringLiteral("FR"));
    rows.entity(kLux, QStringLiteral("Luxembourg"), {}, QStringLiteral("LU"));
    rows.user(kAlice, QStringLiteral("Alice"), QStringLiteral("Martin"), QStringLiteral("commercial"), kFrance);
    rows.user(kBruno, QStringLiteral("Bruno"), QStringLiteral("Leroy"), QStringLiteral("commercial"), kNord);
    rows.user(kChloe, QStringLiteral("Chloé"), QStringLiteral("Weber"), QStringLiteral("commercial"), kLux);
    rows.user(kDavid, QStringLiteral("David"), QStringLiteral("Bernard"), QStringLiteral("manager"), kFrance);
    rows.team(kParis, QStringLiteral("Paris Centre"), kFrance, kDavid);
    rows.team(kTeamNord, QStringLiteral("Nord"), kNord, kDavid);
    rows.team(kTeamLux, QStringLiteral("Luxembourg"), kLux, {});
    rows.member(kParis, kAlice);
    rows.member(kParis, kDavid);
    rows.member(kTeamNord, kBruno);
    rows.member(kTeamLux, kChloe);
    rows.objective(kParis, QStringLiteral("2026-03-01"), 100000.0, 10, 4);
    rows.objective(kParis, QStringLiteral("2026-02-01"), 80000.0, 8, 3);

    const QVariant none;
    const QList<test::dashboard::Opportunity> opportunities{
        {QStringLiteral("o1"), kFrance, kAlice, QStringLiteral("prospection"), 10000, 100, at(2026, 2, 10), {}, QStringLiteral("HOT"), {}},
        {QStringLiteral("o2"), kFrance, kAlice, QStringLiteral("qualification"), 20000, none, at(2026, 3, 5), {}, QStringLiteral("WARM"), {}},
        {QStringLiteral("o3"), kNord, kBruno, QStringLiteral("proposition"), 30000, 300, at(2026, 3, 15), {}, QStringLiteral("COLD"), {}},
        {QStringLiteral("o4"), kLille, kBruno, QStringLiteral("negociation"), none, 200, at(2026, 3, 31, 23, 59, 59, 999), {}, {}, {}},
        {QStringLiteral("o5"), kLux, kChloe, QStringLiteral("signature"), 50000, 500, at(2026, 4, 1, 0, 0), {}, QStringLiteral("HOT"), {}},
        {QStringLiteral("o6"), kFrance, {}, QStringLiteral("prospection"), 5000, none, at(2026, 3, 2), {}, QStringLiteral("WARM"), {}},
        {QStringLiteral("w1"), kFrance, kAlice, QStringLiteral("gagne"), 40000, 400, at(2026, 1, 10), at(2026, 3, 1, 0, 0), QStringLiteral("HOT"), {}},
        {QStringLiteral("w2"), kNord, kBruno, QStringLiteral("gagne"), 25000, 250, at(2026, 3, 3), at(2026, 3, 20), {}, {}},
        {QStringLiteral("w3"), kLux, kChloe, QStringLiteral("gagne"), 60000, 600, at(2026, 2, 1), at(2026, 2, 28, 23, 59, 59, 999), {}, {}},
        {QStringLiteral("w4"), kFrance, kAlice, QStringLiteral("gagne"), none, 100, at(2026, 3, 10), at(2026, 3, 25), {}, {}},
        {QStringLiteral("w5"), kFrance, kDavid, QStringLiteral("gagne"), 15000, 0, at(2025, 5, 5), at(2025, 5, 20), {}, {}},
        {QStringLiteral("w6"), kFrance, kAlice, QStringLiteral("gagne"), 8000, 80, at(2025, 3, 1), at(2025, 3, 15), {}, {}},
        {QStringLiteral("x1"), kFrance, kAlice, QStringLiteral("gagne"), 99999, 999, at(2026, 3, 7), {}, {}, {}},
        {QStringLiteral("l1"), kFrance, kAlice, QStringLiteral("perdu"), 12000, 0, at(2026, 3, 4), at(2026, 3, 18), {}, {}},
        {QStringLiteral("l2"), kNord, kBruno, QStringLiteral("perdu"), 9000, 0, at(2026, 2, 15), at(2026, 3, 10), {}, {}},
        {QStringLiteral("l3"), kLux, kChloe, QStringLiteral("perdu"), 7000, 0, at(2026, 3, 6), at(2026, 4, 2), {}, {}},
    };
    for (const auto &o : opportunities)
        rows.opportunity(o);
    rows.rdv(QStringLiteral("r1"), kAlice, kFrance, at(2026, 3, 3, 10), QStringLiteral("effectue"));
    rows.rdv(QStringLiteral("r2"), kAlice, kFrance, at(2026, 3, 31, 23, 30), QStringLiteral("planifie"));
    rows.rdv(QStringLiteral("r3"), kDavid, kFrance, at(2026, 3, 10, 9), QStringLiteral("annule"));
    rows.rdv(QStringLiteral("r4"), kDavid, kFrance, at(2026, 4, 1, 0, 0), QStringLiteral("planifie"));
    rows.rdv(QStringLiteral("r5"), kBruno, kNord, at(2026, 3, 12, 14), QStringLiteral("effectue"));
    rows.rdv(QStringLiteral("r6"), kAlice, kFrance, at(2026, 2, 28, 23, 59), QStringLiteral("effectue"));
    return rows.ok();
}

QDateTime paris(int year, int month, int day)
{
    return DashboardData::startOfDay(QDate(year, month, day));
}

DashboardFilter march()
{
    DashboardFilter f;
    f.from = paris(2026, 3, 1);
    f.to = paris(2026, 4, 1);
    return f;
}

DashboardFilter marchWith(const QString &entity, const QString &team, const QString &owner)
{
    DashboardFilter f = march();
    f.entityId = entity;
    f.teamId = team;
    f.ownerId = owner;
    return f;
}

// "stage:count:amount:monthly" per stage.
QStringList stagesText(const QList<StageFigure> &stages)
{
    QStringList out;
    for (const StageFigure &s : stages)
        out << QStringLiteral("%1:%2:%3:%4").arg(s.stage).arg(s.count).arg(s.amountEur).arg(s.monthlyEur);
    return out;
}

QStringList stagesOf(const QStringList &counts)
{
    const QStringList stages{QStringLiteral("prospection"), QStringLiteral("qualification"), QStringLiteral("proposition"),
                             QStringLiteral("negociation"), QStringLiteral("signature")};
    QStringList out;
    for (qsizetype i = 0; i < stages.size(); ++i)
        out << QString(stages.at(i) + u':' + counts.value(i, QStringLiteral("0:0:0")));
    return out;
}

template <typename T>
T value(const Result<T> &r)
{
    if (!r) {
        qWarning("%s", qPrintable(r.error().message));
        return T();
    }
    return *r;
}
} // namespace

class TestDashboardData : public QObject
{
    Q_OBJECT

private:
    test::dashboard::ReplicaFiles m_files;
    std::unique_ptr<LocalReplica> m_replica;

    DashboardData data() const { return DashboardData(m_replica->database()); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        m_replica = m_files.open();
        QVERIFY(m_replica);
        QVERIFY(seed(m_replica->database()));
    }

    void monthsAreParisMonths()
    {
        QCOMPARE(DashboardData::timeZone().id(), QByteArray("Europe/Paris"));
        // Winter: midnight in Paris is 23:00 UTC the day before; summer: 22:00.
        QCOMPARE(DashboardData::timestamp(paris(2026, 3, 1)), QStringLiteral("2026-02-28T23:00:00.000Z"));
        QCOMPARE(DashboardData::timestamp(paris(2026, 4, 1)), QStringLiteral("2026-03-31T22:00:00.000Z"));
        QCOMPARE(DashboardData::monthOf(QDateTime(QDate(2026, 2, 28), QTime(23, 30), QTimeZone::utc())), QDate(2026, 3, 1));
        QCOMPARE(DashboardData::monthOf(QDateTime(QDate(2026, 2, 28), QTime(22, 59), QTimeZone::utc())), QDate(2026, 2, 1));
    }

    void pipelineIsTheOpenOpportunitiesWhateverThePeriod()
    {
        const QList<StageFigure> all = value(data().pipeline(march()));
        QCOMPARE(stagesText(all), stagesOf({QStringLiteral("2:15000:100"), QStringLiteral("1:20000:0"),
                                            QStringLiteral("1:30000:300"), QStringLiteral("1:0:200"),
                                            QStringLiteral("1:50000:500")}));
        QCOMPARE(all.at(3).label, QStringLiteral("Négociation"));
        // Another period: the same pipeline (it is the current state).
        DashboardFilter february = march();
        february.from = paris(2026, 2, 1);
        february.to = paris(2026, 3, 1);
        QCOMPARE(stagesText(value(data().pipeline(february))), stagesText(all));
    }

    void pipelineFilters()
    {
        // France with its sub-entities (France Nord, and Lille below it): not Luxembourg.
        QCOMPARE(stagesText(value(data().pipeline(marchWith(kFrance, {}, {})))),
                 stagesOf({QStringLiteral("2:15000:100"), QStringLiteral("1:20000:0"), QStringLiteral("1:30000:300"),
                           QStringLiteral("1:0:200"), QStringLiteral("0:0:0")}));
        // France Nord includes Lille.
        QCOMPARE(stagesText(value(data().pipeline(marchWith(kNord, {}, {})))),
                 stagesOf({QStringLiteral("0:0:0"), QStringLiteral("0:0:0"), QStringLiteral("1:30000:300"),
                           QStringLiteral("1:0:200")}));
        QCOMPARE(stagesText(value(data().pipeline(marchWith(kLille, {}, {})))),
                 stagesOf({QStringLiteral("0:0:0"), QStringLiteral("0:0:0"), QStringLiteral("0:0:0"),
                           QStringLiteral("1:0:200")}));
        // Team « Paris Centre »: Alice and David (o6 has no owner: in no team).
        QCOMPARE(stagesText(value(data().pipeline(marchWith({}, kParis, {})))),
                 stagesOf({QStringLiteral("1:10000:100"), QStringLiteral("1:20000:0")}));
        QCOMPARE(stagesText(value(data().pipeline(marchWith({}, {}, kBruno)))),
                 stagesOf({QStringLiteral("0:0:0"), QStringLiteral("0:0:0"), QStringLiteral("1:30000:300"),
                           QStringLiteral("1:0:200")}));
        // Filters combine: Paris Centre has nothing in France Nord.
        QCOMPARE(stagesText(value(data().pipeline(marchWith(kNord, kParis, {})))), stagesOf({}));
    }

    void pipelineByOwner()
    {
        const QList<OwnerPipeline> owners = value(data().pipelineByOwner(march()));
        QCOMPARE(owners.size(), 4);
        // Largest amount first (Chloé 50 000), then Alice and Bruno (30 000 and two each: by name).
        QCOMPARE(owners.at(0).name, QStringLiteral("Chloé Weber"));
        QCOMPARE(owners.at(0).amountEur, 50000);
        QCOMPARE(owners.at(1).name, QStringLiteral("Alice Martin"));
        QCOMPARE(owners.at(1).amountEur, 30000);
        QCOMPARE(owners.at(1).count, 2);
        QCOMPARE(owners.at(2).name, QStringLiteral("Bruno Leroy"));
        QCOMPARE(owners.at(2).amountEur, 30000);
        QCOMPARE(owners.at(2).count, 2);
        QCOMPARE(stagesText(owners.at(2).stages), stagesOf({QStringLiteral("0:0:0"), QStringLiteral("0:0:0"),
                                                            QStringLiteral("1:30000:300"), QStringLiteral("1:0:200")}));
        QCOMPARE(owners.at(3).name, QStringLiteral("Sans responsable"));
        QVERIFY(owners.at(3).ownerId.isEmpty());
        QCOMPARE(owners.at(3).amountEur, 5000);
        const QList<OwnerPipeline> team = value(data().pipelineByOwner(marchWith({}, kParis, {})));
        QCOMPARE(team.size(), 1);
        QCOMPARE(team.at(0).ownerId, kAlice);
    }

    void temperaturesKeepNotScoredApart()
    {
        QList<TemperatureFigure> t = value(data().temperatures(march()));
        QCOMPARE(t.size(), 4);
        QCOMPARE(t.at(0).code, QStringLiteral("HOT"));
        QCOMPARE(t.at(0).label, QStringLiteral("Chaude"));
        QCOMPARE(t.at(0).count, 2); // o1, o5 (w1 is HOT but won: not open)
        QCOMPARE(t.at(0).amountEur, 60000);
        QCOMPARE(t.at(1).code, QStringLiteral("WARM"));
        QCOMPARE(t.at(1).count, 2); // o2, o6
        QCOMPARE(t.at(1).amountEur, 25000);
        QCOMPARE(t.at(2).code, QStringLiteral("COLD"));
        QCOMPARE(t.at(2).count, 1);
        QVERIFY(t.at(3).code.isEmpty());
        QCOMPARE(t.at(3).label, QStringLiteral("Non calculée"));
        QCOMPARE(t.at(3).count, 1); // o4
        t = value(data().temperatures(marchWith({}, {}, kBruno)));
        QCOMPARE(t.at(0).count, 0);
        QCOMPARE(t.at(2).count, 1);
        QCOMPARE(t.at(3).count, 1);
    }

    void objectivesOfTheMonth()
    {
        ObjectiveFigure o = value(data().objectives(kParis, QDate(2026, 3, 17)));
        QCOMPARE(o.teamName, QStringLiteral("Paris Centre"));
        QCOMPARE(o.month, QDate(2026, 3, 1));
        QVERIFY(o.hasObjective);
        QCOMPARE(o.revenueTargetEur, 100000.0);
        QCOMPARE(o.rdvTarget, 10);
        QCOMPARE(o.signaturesTarget, 4);
        QCOMPARE(o.revenueEur, 40000); // w1 (1 Mar 00:00) + w4 (no amount)
        QCOMPARE(o.signatures, 2);
        QCOMPARE(o.rdvCount, 2); // r1, r2 (31 Mar 23:30); not r3 (annule), r4 (April), r6 (February)
        // February: w3 is Chloé's (not a member); r6 on 28 Feb 23:59.
        o = value(data().objectives(kParis, QDate(2026, 2, 1)));
        QVERIFY(o.hasObjective);
        QCOMPARE(o.revenueTargetEur, 80000.0);
        QCOMPARE(o.revenueEur, 0);
        QCOMPARE(o.signatures, 0);
        QCOMPARE(o.rdvCount, 1);
        // No objective for « Nord » in March: the actuals still count.
        o = value(data().objectives(kTeamNord, QDate(2026, 3, 1)));
        QVERIFY(!o.hasObjective);
        QCOMPARE(o.revenueEur, 25000);
        QCOMPARE(o.signatures, 1);
        QCOMPARE(o.rdvCount, 1);
        auto unknown = data().objectives(QStringLiteral("t-unknown"), QDate(2026, 3, 1));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, QStringLiteral("not_found"));
    }

    void conversionAndPeriodBounds()
    {
        // March: w1 (first instant, included), w2, w4 won; l1, l2 lost. Not w3 (last instant of
        // February), l3 (April), x1 (no closing date).
        ConversionFigure c = value(data().conversion(march()));
        QCOMPARE(c.won, 3);
        QCOMPARE(c.lost, 2);
        QCOMPARE(*c.ratePercent(), 60.0);
        DashboardFilter february;
        february.from = paris(2026, 2, 1);
        february.to = paris(2026, 3, 1);
        c = value(data().conversion(february));
        QCOMPARE(c.won, 1); // w3 only: w1 closed exactly at the end (excluded)
        QCOMPARE(c.lost, 0);
        QCOMPARE(*c.ratePercent(), 100.0);
        c = value(data().conversion(marchWith(kNord, {}, {})));
        QCOMPARE(c.won, 1);
        QCOMPARE(c.lost, 1);
        QCOMPARE(*c.ratePercent(), 50.0);
        c = value(data().conversion(marchWith({}, kParis, {})));
        QCOMPARE(c.won, 2);
        QCOMPARE(c.lost, 1);
        QCOMPARE(DashboardData::percentText(c.ratePercent()), QStringLiteral("66,7"));
        c = value(data().conversion(marchWith(kLux, {}, {})));
        QCOMPARE(c.won + c.lost, 0);
        QVERIFY(!c.ratePercent());
        QCOMPARE(DashboardData::percentText(c.ratePercent()), QString());
    }

    void topPerformers()
    {
        QList<PerformerFigure> p = value(data().topPerformers(march(), 10));
        QCOMPARE(p.size(), 2);
        QCOMPARE(p.at(0).name, QStringLiteral("Alice Martin"));
        QCOMPARE(p.at(0).wonCount, 2);
        QCOMPARE(p.at(0).wonAmountEur, 40000);
        QCOMPARE(p.at(0).lostCount, 1); // l1
        QCOMPARE(DashboardData::percentText(p.at(0).conversionPercent()), QStringLiteral("66,7"));
        QCOMPARE(p.at(1).ownerId, kBruno);
        QCOMPARE(p.at(1).wonCount, 1);
        QCOMPARE(p.at(1).wonAmountEur, 25000);
        QCOMPARE(p.at(1).lostCount, 1); // l2
        QCOMPARE(value(data().topPerformers(march(), 1)).size(), 1);
        p = value(data().topPerformers(marchWith(kNord, {}, {}), 10));
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.at(0).ownerId, kBruno);
        // The last twelve months: Chloé 60 000 first, then Alice 40 000, Bruno 25 000, David 15 000.
        DashboardFilter year;
        year.from = paris(2025, 4, 1);
        year.to = paris(2026, 4, 1);
        p = value(data().topPerformers(year, 10));
        QCOMPARE(p.size(), 4);
        QCOMPARE(p.at(0).ownerId, kChloe);
        QCOMPARE(p.at(3).ownerId, kDavid);
        // Who only lost is listed last, with 0 €: Chloé in April (l3).
        DashboardFilter april;
        april.from = paris(2026, 4, 1);
        april.to = paris(2026, 5, 1);
        p = value(data().topPerformers(april, 10));
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.at(0).ownerId, kChloe);
        QCOMPARE(p.at(0).wonCount, 0);
        QCOMPARE(p.at(0).wonAmountEur, 0);
        QCOMPARE(p.at(0).lostCount, 1);
        QCOMPARE(*p.at(0).conversionPercent(), 0.0);
    }

    void kpis()
    {
        KpiFigures k = value(data().kpis(march()));
        // Created in March: o2, o3, o4 (last millisecond), o6, w2, w4, l1, l3, x1 — not o5 (1 Apr 00:00).
        QCOMPARE(k.created, 9);
        QCOMPARE(k.conversion.won, 3);
        QCOMPARE(k.conversion.lost, 2);
        QCOMPARE(k.wonCount, 3);
        QCOMPARE(k.wonAmountEur, 65000);
        QCOMPARE(*k.averageDealEur, 32500.0); // w1 and w2: w4 has no amount
        // MRR: every won opportunity closed before 1 April (w1 400, w2 250, w3 600, w4 100, w5 0, w6 80);
        // not x1 (no closing date).
        QCOMPARE(k.mrrEur, 1430);

        k = value(data().kpis(marchWith({}, kParis, {})));
        QCOMPARE(k.created, 4); // o2, w4, l1, x1
        QCOMPARE(k.wonAmountEur, 40000);
        QCOMPARE(*k.averageDealEur, 40000.0);
        QCOMPARE(k.mrrEur, 580); // w1, w4, w5, w6

        k = value(data().kpis(marchWith(kNord, {}, {})));
        QCOMPARE(k.created, 3); // o3, o4 (Lille), w2
        QCOMPARE(k.mrrEur, 250);

        k = value(data().kpis(marchWith(kLux, {}, {})));
        QCOMPARE(k.created, 1); // l3
        QCOMPARE(k.wonCount, 0);
        QVERIFY(!k.averageDealEur);
        QCOMPARE(k.mrrEur, 600); // w3, closed in February
    }

    void revenueByMonth()
    {
        const QList<MonthFigure> months = value(data().revenueByMonth(march()));
        QCOMPARE(months.size(), 12);
        QCOMPARE(months.constFirst().month, QDate(2025, 4, 1));
        QCOMPARE(months.constLast().month, QDate(2026, 3, 1));
        QHash<QDate, QPair<int, qint64>> byMonth;
        for (const MonthFigure &m : months)
            byMonth.insert(m.month, {m.wonCount, m.wonAmountEur});
        QCOMPARE(byMonth.value(QDate(2025, 5, 1)), qMakePair(1, qint64(15000)));
        QCOMPARE(byMonth.value(QDate(2026, 2, 1)), qMakePair(1, qint64(60000))); // w3, 28 Feb 23:59:59.999
        QCOMPARE(byMonth.value(QDate(2026, 3, 1)), qMakePair(3, qint64(65000))); // w1 (1 Mar 00:00), w2, w4
        qint64 total = 0;
        for (const MonthFigure &m : months)
            total += m.wonAmountEur;
        QCOMPARE(total, 140000); // w6 (March 2025) is outside the twelve months

        // A period ending mid-March: March counts up to its end only.
        DashboardFilter partial = march();
        partial.to = paris(2026, 3, 21);
        const QList<MonthFigure> cut = value(data().revenueByMonth(partial));
        QCOMPARE(cut.constLast().month, QDate(2026, 3, 1));
        QCOMPARE(cut.constLast().wonCount, 2); // w1, w2 (20 Mar); not w4 (25 Mar)
        QCOMPARE(cut.constLast().wonAmountEur, 65000);

        const QList<MonthFigure> alice = value(data().revenueByMonth(marchWith({}, {}, kAlice)));
        QCOMPARE(alice.constLast().wonAmountEur, 40000);
        QCOMPARE(alice.at(1).wonAmountEur, 0); // May 2025 is David's
    }

    void funnel()
    {
        const QList<FunnelStep> steps = value(data().funnel(march()));
        QStringList text;
        for (const FunnelStep &s : steps)
            text << QStringLiteral("%1:%2").arg(s.stage).arg(s.count);
        // Created in March: o6 prospection, o2 qualification, o3 proposition, o4 negociation,
        // w2 w4 x1 won (every step), l1 l3 lost (prospection only).
        QCOMPARE(text, QStringList({QStringLiteral("prospection:9"), QStringLiteral("qualification:6"),
                                    QStringLiteral("proposition:5"), QStringLiteral("negociation:4"),
                                    QStringLiteral("signature:3"), QStringLiteral("gagne:3")}));
        QCOMPARE(steps.constLast().label, QStringLiteral("Gagnée"));
        const QList<FunnelStep> nord = value(data().funnel(marchWith(kNord, {}, {})));
        QCOMPARE(nord.at(0).count, 3);
        QCOMPARE(nord.at(2).count, 3);
        QCOMPARE(nord.at(3).count, 2);
        QCOMPARE(nord.at(5).count, 1);
    }

    void lookups()
    {
        const QList<EntityOption> entities = value(data().entities());
        QStringList tree;
        for (const EntityOption &e : entities)
            tree << QStringLiteral("%1%2").arg(QString(e.depth * 2, u' '), e.name);
        QCOMPARE(tree, QStringList({QStringLiteral("France"), QStringLiteral("  France Nord"), QStringLiteral("    Lille"),
                                    QStringLiteral("Luxembourg")}));
        const QList<TeamOption> teams = value(data().teams());
        QCOMPARE(teams.size(), 3);
        QCOMPARE(teams.at(0).name, QStringLiteral("Luxembourg"));
        QCOMPARE(teams.at(2).managerId, kDavid);
        // David: member of Paris Centre first, then the team he only manages.
        QCOMPARE(value(data().teamsOf(kDavid)), QStringList({kParis, kTeamNord}));
        QCOMPARE(value(data().teamsOf(kChloe)), QStringList({kTeamLux}));
        QCOMPARE(value(data().teamsOf(QStringLiteral("u-nobody"))), QStringList());
        QStringList owners;
        for (const PersonOption &p : value(data().owners()))
            owners << p.name;
        QCOMPARE(owners, QStringList({QStringLiteral("Alice Martin"), QStringLiteral("Bruno Leroy"),
                                      QStringLiteral("Chloé Weber"), QStringLiteral("David Bernard")}));
    }

    void csvTables()
    {
        const ObjectiveFigure o = value(data().objectives(kParis, QDate(2026, 3, 1)));
        CsvTable t = DashboardData::objectivesTable(o);
        QCOMPARE(t.title, QStringLiteral("Objectifs de l'équipe Paris Centre — 2026-03"));
        QCOMPARE(t.rows, QList<QStringList>({{QStringLiteral("Chiffre d'affaires (€)"), QStringLiteral("40000"),
                                              QStringLiteral("100000"), QStringLiteral("40,0")},
                                             {QStringLiteral("Rendez-vous"), QStringLiteral("2"), QStringLiteral("10"),
                                              QStringLiteral("20,0")},
                                             {QStringLiteral("Signatures"), QStringLiteral("2"), QStringLiteral("4"),
                                              QStringLiteral("50,0")}}));
        t = DashboardData::objectivesTable(value(data().objectives(kTeamNord, QDate(2026, 3, 1))));
        QCOMPARE(t.rows.at(0), QStringList({QStringLiteral("Chiffre d'affaires (€)"), QStringLiteral("25000"), QString(),
                                            QString()}));
        t = DashboardData::ownerPipelineTable(QStringLiteral("Pipeline"), value(data().pipelineByOwner(marchWith({}, {}, kBruno))));
        QCOMPARE(t.header, QStringList({QStringLiteral("Commercial"), QStringLiteral("Prospection (€)"),
                                        QStringLiteral("Qualification (€)"), QStringLiteral("Proposition (€)"),
                                        QStringLiteral("Négociation (€)"), QStringLiteral("Signature (€)"),
                                        QStringLiteral("Total (€)"), QStringLiteral("Opportunités")}));
        QCOMPARE(t.rows, QList<QStringList>({{QStringLiteral("Bruno Leroy"), QStringLiteral("0"), QStringLiteral("0"),
                                              QStringLiteral("30000"), QStringLiteral("0"), QStringLiteral("0"),
                                              QStringLiteral("30000"), QStringLiteral("2")}}));
        t = DashboardData::funnelTable(value(data().funnel(march())));
        QCOMPARE(t.rows.at(1), QStringList({QStringLiteral("Qualification"), QStringLiteral("6"), QStringLiteral("66,7")}));
        QCOMPARE(t.rows.at(5), QStringList({QStringLiteral("Gagnée"), QStringLiteral("3"), QStringLiteral("33,3")}));
        t = DashboardData::revenueTable(value(data().revenueByMonth(march())));
        QCOMPARE(t.rows.at(11), QStringList({QStringLiteral("2026-03"), QStringLiteral("3"), QStringLiteral("65000")}));
    }

    void csvFile()
    {
        const KpiFigures k = value(data().kpis(march()));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(DashboardData::writeCsv(&buffer, {DashboardData::kpisTable(k),
                                                  DashboardData::performersTable(value(data().topPerformers(march(), 10)))}));
        const QByteArray expected = QByteArrayLiteral("\xEF\xBB\xBF")
                                    + QStringLiteral("Indicateurs\r\n"
                                                     "Indicateur;Valeur\r\n"
                                                     "Opportunités créées;9\r\n"
                                                     "Opportunités gagnées;3\r\n"
                                                     "Opportunités perdues;2\r\n"
                                                     "Taux de conversion (%);60,0\r\n"
                                                     "CA gagné (€);65000\r\n"
                                                     "Panier moyen (€);32500\r\n"
                                                     "Revenu mensuel récurrent (€);1430\r\n"
                                                     "\r\n"
                                                     "Meilleurs commerciaux\r\n"
                                                     "Rang;Commercial;Gagnées;Perdues;Taux de conversion (%);"
                                                     "CA gagné (€)\r\n"
                                                     "1;Alice Martin;2;1;66,7;40000\r\n"
                                                     "2;Bruno Leroy;1;1;50,0;25000\r\n")
                                          .toUtf8();
        QCOMPARE(buffer.data(), expected);
        // A device that cannot be written: a French error.
        QBuffer closed;
        auto r = DashboardData::writeCsv(&closed, {DashboardData::kpisTable(k)});
        QVERIFY(!r);
        QVERIFY(r.error().message.startsWith(QStringLiteral("Impossible d'écrire le fichier")));
    }

    void followsTheReplica()
    {
        // A local write (through the outbox) is counted at once.
        auto created = m_replica->createRow(QStringLiteral("opportunities"),
                                            {{QStringLiteral("entity_id"), kLux},
                                             {QStringLiteral("owner_id"), kChloe},
                                             {QStringLiteral("title"), QStringLiteral("Banque Kirchberg — badges")},
                                             {QStringLiteral("stage"), QStringLiteral("proposition")},
                                             {QStringLiteral("amount_eur"), 12000}});
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        const QList<StageFigure> lux = value(data().pipeline(marchWith(kLux, {}, {})));
        QCOMPARE(lux.at(2).count, 1);
        QCOMPARE(lux.at(2).amountEur, 12000);
        QVERIFY(m_replica->deleteRow(QStringLiteral("opportunities"), *created));
        QCOMPARE(value(data().pipeline(marchWith(kLux, {}, {}))).at(2).count, 0);
    }
};

QTEST_GUILESS_MAIN(TestDashboardData)
#include "tst_dashboard_data.moc"
