// « Tableaux de bord » (issue #6, module 24) on a real SQLite replica: the three pages show the
// expected KPIs, filters change the figures, empty states replace empty charts, the pages follow
// the replica (debounced), PNG / PDF / CSV exports (and their French error), visibility by role.
// Set HECTOR_SCREENSHOT_DIR to get PNGs of the three dashboards on realistic French data.
//
// Small fixture (« now » is Wednesday 18 March 2026, 10:00 in Paris; « Ce mois » is March):
//   France ─ France Nord ; Luxembourg
//   Sophie Bernard (manager, France), Julien Petit (France), Thomas Lefèvre (France Nord),
//   Marc Weber (Luxembourg)
//   « Île-de-France »: Julien, Sophie (manager Sophie), objective March 50 000 €, 8 RDV, 4 signatures
//   « Hauts-de-France »: Thomas (manager Sophie)
//   open: a1 Julien proposition 12 000 (150/month) HOT, created 20 Feb; a2 Julien négociation
//         8 000 not scored, created 5 Mar; a3 Thomas qualification 5 000 COLD, created 10 Mar;
//         a4 Marc prospection 20 000 WARM, created 15 Jan
//   won:  g1 Julien 30 000 (400) closed 12 Mar, created 1 Feb; g2 Thomas 18 000 (200) closed
//         16 Mar, created 2 Mar; g3 Julien 10 000 (100) closed 20 Jan, created 10 Dec 2025
//   lost: p1 Julien 6 000 closed 14 Mar, created 1 Mar
//   rdvs: Julien effectué 3 Mar, planifié 25 Mar; Sophie annulé 11 Mar; Thomas effectué 4 Mar
#include "../sync/DashboardFixture.h"
#include "UiTestSupport.h"
#include "core/Roles.h"
#include "sync/replica/LocalReplica.h"
#include "ui/MessageBanner.h"
#include "ui/PageRegistry.h"
#include "ui/Theme.h"
#include "ui/dashboards/AnalyticsPage.h"
#include "ui/dashboards/MyActivityPage.h"
#include "ui/dashboards/TeamDashboardPage.h"
#include "ui/dashboards/TopPerformersModel.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QToolTip>
#include <QtTest>

using namespace hector;
using namespace hector::sync;
using namespace hector::ui;
using hector::test::dashboard::at;

namespace {
const QString kFrance = QStringLiteral("e-fr");
const QString kNord = QStringLiteral("e-nord");
const QString kLux = QStringLiteral("e-lu");
const QString kSophie = QStringLiteral("u-sophie");
const QString kJulien = QStringLiteral("u-julien");
const QString kThomas = QStringLiteral("u-thomas");
const QString kMarc = QStringLiteral("u-marc");
const QString kIdf = QStringLiteral("t-idf");
const QString kHdf = QStringLiteral("t-hdf");

const QDateTime kNow(QDate(2026, 3, 18), QTime(10, 0), DashboardData::timeZone());

void seedPeople(test::dashboard::Rows &rows)
{
    rows.entity(kFrance, QStringLiteral("France"), {}, QStringLiteral("FR"));
    rows.entity(kNord, QStringLiteral("France Nord"), kFrance, QStringLiteral("FR"));
    rows.entity(kLux, QStringLiteral("Luxembourg"), {}, QStringLiteral("LU"));
    rows.user(kSophie, QStringLiteral("Sophie"), QStringLiteral("Bernard"), QStringLiteral("manager"), kFrance);
    rows.user(kJulien, QStringLiteral("Julien"), QStringLiteral("Petit"), QStringLiteral("commercial"), kFrance);
    rows.user(kThomas, QStringLiteral("Thomas"), QStringLiteral("Lefèvre"), QStringLiteral("commercial"), kNord);
    rows.user(kMarc, QStringLiteral("Marc"), QStringLiteral("Weber"), QStringLiteral("commercial"), kLux);
    rows.team(kIdf, QStringLiteral("Île-de-France"), kFrance, kSophie);
    rows.team(kHdf, QStringLiteral("Hauts-de-France"), kNord, kSophie);
    rows.member(kHdf, kThomas);
}

bool seedSmall(QSqlDatabase db)
{
    test::dashboard::Rows rows(std::move(db));
    seedPeople(rows);
    rows.member(kIdf, kJulien);
    rows.member(kIdf, kSophie);
    rows.objective(kIdf, QStringLiteral("2026-03-01"), 50000, 8, 4);
    const QVariant none;
    const QList<test::dashboard::Opportunity> opportunities{
        {QStringLiteral("a1"), kFrance, kJulien, QStringLiteral("proposition"), 12000, 150, at(2026, 2, 20), {}, QStringLiteral("HOT"), QStringLiteral("Bijouterie Lefèvre — télésurveillance")},
        {QStringLiteral("a2"), kFrance, kJulien, QStringLiteral("negociation"), 8000, none, at(2026, 3, 5), {}, {}, QStringLiteral("Pharmacie du Centre — alarme")},
        {QStringLiteral("a3"), kNord, kThomas, QStringLiteral("qualification"), 5000, 0, at(2026, 3, 10), {}, QStringLiteral("COLD"), QStringLiteral("Garage Martin — vidéo")},
        {QStringLiteral("a4"), kLux, kMarc, QStringLiteral("prospection"), 20000, 0, at(2026, 1, 15), {}, QStringLiteral("WARM"), QStringLiteral("Banque Kirchberg — badges")},
        {QStringLiteral("g1"), kFrance, kJulien, QStringLiteral("gagne"), 30000, 400, at(2026, 2, 1), at(2026, 3, 12), {}, QStringLiteral("Hôtel Le Grand Cerf")},
        {QStringLiteral("g2"), kNord, kThomas, QStringLiteral("gagne"), 18000, 200, at(2026, 3, 2), at(2026, 3, 16), {}, QStringLiteral("Supermarché Proxi")},
        {QStringLiteral("g3"), kFrance, kJulien, QStringLiteral("gagne"), 10000, 100, at(2025, 12, 10), at(2026, 1, 20), {}, QStringLiteral("Cabinet Rousseau")},
        {QStringLiteral("p1"), kFrance, kJulien, QStringLiteral("perdu"), 6000, 0, at(2026, 3, 1), at(2026, 3, 14), {}, QStringLiteral("Boulangerie Au Bon Pain")},
    };
    for (const auto &o : opportunities)
        rows.opportunity(o);
    rows.rdv(QStringLiteral("r1"), kJulien, kFrance, at(2026, 3, 3, 9), QStringLiteral("effectue"));
    rows.rdv(QStringLiteral("r2"), kJulien, kFrance, at(2026, 3, 25, 14), QStringLiteral("planifie"));
    rows.rdv(QStringLiteral("r3"), kSophie, kFrance, at(2026, 3, 11, 10), QStringLiteral("annule"));
    rows.rdv(QStringLiteral("r4"), kThomas, kNord, at(2026, 3, 4, 16), QStringLiteral("effectue"));
    return rows.ok();
}

// Realistic data for the screenshots: six commercials in two teams and Luxembourg, a year of
// won and lost deals, an open pipeline with temperatures, March appointments and objectives.
bool seedRealistic(QSqlDatabase db)
{
    test::dashboard::Rows rows(std::move(db));
    seedPeople(rows);
    const QString nadia = QStringLiteral("u-nadia");
    const QString camille = QStringLiteral("u-camille");
    const QString ines = QStringLiteral("u-ines");
    rows.user(nadia, QStringLiteral("Nadia"), QStringLiteral("Haddad"), QStringLiteral("commercial"), kFrance);
    rows.user(camille, QStringLiteral("Camille"), QStringLiteral("Durand"), QStringLiteral("commercial"), kFrance);
    rows.user(ines, QStringLiteral("Inès"), QStringLiteral("Moreau"), QStringLiteral("commercial"), kNord);
    for (const QString &u : {kJulien, nadia, camille, kSophie})
        rows.member(kIdf, u);
    rows.member(kHdf, ines);
    rows.objective(kIdf, QStringLiteral("2026-03-01"), 160000, 40, 10);
    rows.objective(kHdf, QStringLiteral("2026-03-01"), 90000, 24, 6);
    const QStringList companies{
        QStringLiteral("Bijouterie Lefèvre"),     QStringLiteral("Pharmacie du Centre"),   QStringLiteral("Garage Martin & Fils"),
        QStringLiteral("Boulangerie Au Bon Pain"), QStringLiteral("Cabinet Dentaire Rousseau"), QStringLiteral("Supermarché Proxi"),
        QStringLiteral("Hôtel Le Grand Cerf"),    QStringLiteral("Banque Kirchberg"),      QStringLiteral("Clinique Saint-Roch"),
        QStringLiteral("Entrepôts Delmas"),       QStringLiteral("Mairie de Roubaix"),     QStringLiteral("Lycée Jean Moulin"),
        QStringLiteral("Brasserie du Port"),      QStringLiteral("Imprimerie Vasseur"),    QStringLiteral("Transports Caron"),
        QStringLiteral("Résidence Les Tilleuls"), QStringLiteral("Galerie Nova"),          QStringLiteral("Cave Saint-Vincent")};
    const QStringList stages{QStringLiteral("prospection"), QStringLiteral("qualification"), QStringLiteral("proposition"),
                             QStringLiteral("negociation"), QStringLiteral("signature")};
    const QStringList temperatures{QStringLiteral("HOT"), QStringLiteral("WARM"), QStringLiteral("COLD"), QString()};
    struct Seller
    {
        QString id;
        QString entity;
        double skill; // share of deals won
    };
    const QList<Seller> sellers{{kJulien, kFrance, 0.6}, {nadia, kFrance, 0.5}, {camille, kFrance, 0.4},
                                {kThomas, kNord, 0.55}, {ines, kNord, 0.45}, {kMarc, kLux, 0.5}};
    QRandomGenerator random(20260318);
    int n = 0;
    for (const Seller &s : sellers) {
        for (int m = 13; m >= 0; --m) {
            const QDate month = QDate(2026, 3, 1).addMonths(-m);
            const int created = 2 + int(random.bounded(2));
            for (int k = 0; k < created; ++k) {
                const QDate day = month.addDays(qint64(random.bounded(month.daysInMonth())));
                if (QDateTime(day, QTime(9, 0), DashboardData::timeZone()) > kNow)
                    continue;
                test::dashboard::Opportunity o;
                o.id = QStringLiteral("opp-%1").arg(++n);
                o.entityId = s.entity;
                o.ownerId = s.id;
                o.title = companies.at(int(random.bounded(qsizetype(companies.size()))));
                o.amountEur = 500 * (6 + int(random.bounded(100)));
                o.monthlyEur = 10 * int(random.bounded(90));
                o.createdAt = at(day.year(), day.month(), day.day(), 9 + int(random.bounded(8)));
                const QDate closed = day.addDays(10 + qint64(random.bounded(40)));
                const double fate = random.generateDouble();
                if (closed < kNow.date() && fate < s.skill) {
                    o.stage = QStringLiteral("gagne");
                    o.closedAt = at(closed.year(), closed.month(), closed.day(), 17);
                } else if (closed < kNow.date() && fate < s.skill + 0.25) {
                    o.stage = QStringLiteral("perdu");
                    o.closedAt = at(closed.year(), closed.month(), closed.day(), 17);
                } else if (m <= 5) {
                    o.stage = stages.at(int(random.bounded(qsizetype(stages.size()))));
                    o.temperature = temperatures.at(int(random.bounded(qsizetype(temperatures.size()))));
                } else {
                    o.stage = QStringLiteral("perdu");
                    o.closedAt = at(closed.year(), closed.month(), closed.day(), 17);
                }
                rows.opportunity(o);
            }
        }
        for (int r = 0; r < 4 + int(random.bounded(5)); ++r) {
            const QDate day(2026, 3, 2 + int(random.bounded(27)));
            rows.rdv(QStringLiteral("rdv-%1-%2").arg(s.id).arg(r), s.id, s.entity, at(2026, 3, day.day(), 10),
                     day < kNow.date() ? QStringLiteral("effectue") : QStringLiteral("planifie"));
        }
    }
    return rows.ok();
}

UserDto sophie()
{
    return test::frenchUser(kSophie, Role::Manager, QStringLiteral("Sophie"), QStringLiteral("Bernard"), kFrance);
}

UserDto julien()
{
    return test::frenchUser(kJulien, Role::Commercial, QStringLiteral("Julien"), QStringLiteral("Petit"), kFrance);
}

Clock fixedClock()
{
    return [] { return kNow; };
}

// « 30 000 € » as the pages write it (French locale).
QString eur(double v)
{
    return euros(v);
}

void selectData(QComboBox *combo, const QString &id)
{
    QVERIFY(combo);
    const int index = combo->findData(id);
    QVERIFY2(index >= 0, qPrintable(id));
    combo->setCurrentIndex(index);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestUiDashboards : public QObject
{
    Q_OBJECT

private:
    test::dashboard::ReplicaFiles m_files;

    std::unique_ptr<LocalReplica> newReplica() { return m_files.open(); }

    template <typename Page>
    std::unique_ptr<Page> newPage(LocalReplica *replica, const UserDto &me)
    {
        auto page = std::make_unique<Page>(replica, me);
        page->setClock(fixedClock());
        page->resize(1180, 900);
        return page;
    }

private slots:
    void initTestCase()
    {
        test::initScreenTests();
        QVERIFY(m_files.isValid());
    }

    void formats()
    {
        QCOMPARE(eur(30000), QString(QStringLiteral("30") + QChar(0x202F) + QStringLiteral("000") + QChar(0x00A0) + u'€'));
        QCOMPARE(percentText(200.0 / 3.0), QString(QStringLiteral("66,7") + QChar(0x00A0) + u'%'));
        QCOMPARE(percentText(std::nullopt), QStringLiteral("—"));
        QCOMPARE(countText(0, QStringLiteral("%1 opportunité"), QStringLiteral("%1 opportunités")), QStringLiteral("0 opportunité"));
        QCOMPARE(countText(2, QStringLiteral("%1 opportunité"), QStringLiteral("%1 opportunités")), QStringLiteral("2 opportunités"));
    }

    void registryFamilyAndVisibility()
    {
        const PageRegistry registry = PageRegistry::builtin();
        QCOMPARE(registry.page(QString(pages::myActivity))->title, QStringLiteral("Mon activité"));
        QCOMPARE(registry.page(QString(pages::teamDashboard))->title, QStringLiteral("Équipe"));
        QCOMPARE(registry.page(QString(pages::analytics))->title, QStringLiteral("Analyses"));
        for (Role role : {Role::Commercial, Role::Assistant, Role::Manager, Role::President, Role::Admin}) {
            UserDto u = sophie();
            u.role = role;
            QStringList ids;
            for (const PageDescriptor &p : registry.pages(QString(pages::dashboardsFamily), u))
                ids << p.id;
            const bool lead = role == Role::Manager || role == Role::Admin || role == Role::President;
            QCOMPARE(ids, lead ? QStringList({QString(pages::myActivity), QString(pages::teamDashboard), QString(pages::analytics)})
                               : QStringList({QString(pages::myActivity)}));
            // « Tableaux de bord » sits after « Clients » and before « Administration » and « Compte ».
            QStringList families;
            for (const PageFamily &f : registry.families(u))
                families << f.id;
            const qsizetype dashboards = families.indexOf(QString(pages::dashboardsFamily));
            QVERIFY(dashboards > families.indexOf(QString(pages::crmFamily)));
            QVERIFY(dashboards < families.indexOf(QString(pages::accountFamily)));
            if (families.contains(QString(pages::adminFamily)))
                QVERIFY(dashboards < families.indexOf(QString(pages::adminFamily)));
        }
        const PageFamily *family = nullptr;
        const QList<PageFamily> all = registry.families(sophie());
        for (const PageFamily &f : all) {
            if (f.id == QString(pages::dashboardsFamily))
                family = &f;
        }
        QVERIFY(family);
        QCOMPARE(family->title, QStringLiteral("Tableaux de bord"));
    }

    void myActivityShowsMyFigures()
    {
        auto rep = newReplica();
        QVERIFY(seedSmall(rep->database()));
        auto page = newPage<MyActivityPage>(rep.get(), julien());
        QCOMPARE(page->filterBar()->teamId(), kIdf); // the team Julien belongs to
        QCOMPARE(page->filterBar()->periodText(), QStringLiteral("Mars 2026"));
        QCOMPARE(page->periodLabel()->text(), QStringLiteral("Mars 2026"));
        QCOMPARE(page->pipelineTile()->value(), eur(20000)); // a1 + a2
        QCOMPARE(page->pipelineTile()->detail(), QString(QStringLiteral("2 opportunités · ") + eur(150) + QStringLiteral("/mois")));
        QCOMPARE(page->wonTile()->value(), eur(30000)); // g1
        QCOMPARE(page->wonTile()->detail(), QStringLiteral("1 opportunité gagnée"));
        QCOMPARE(page->conversionTile()->value(), percentText(50.0)); // g1 won, p1 lost
        QCOMPARE(page->conversionTile()->detail(), QStringLiteral("1 gagnée · 1 perdue"));
        QCOMPARE(page->mrrTile()->value(), eur(500)); // g1 400 + g3 100
        QVERIFY(!page->pipelineCard()->isEmptyShown());
        // Horizontal bars: the five open stages (prospection at the top, so drawn last), with the
        // count in the label and the amount as the value.
        QChart *chart = page->pipelineChart()->chart();
        QCOMPARE(chart->series().size(), 1);
        auto *bars = qobject_cast<QAbstractBarSeries *>(chart->series().constFirst());
        QVERIFY(bars);
        QCOMPARE(bars->barSets().constFirst()->count(), 5);
        QCOMPARE(bars->barSets().constFirst()->at(2), 12000.0); // proposition
        QCOMPARE(bars->barSets().constFirst()->at(1), 8000.0);  // négociation
        auto *stages = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).constFirst());
        QVERIFY(stages);
        QCOMPARE(stages->categories().constLast(), QStringLiteral("Prospection (0)"));
        QCOMPARE(stages->categories().at(1), QStringLiteral("Négociation (1)"));
        // Hovering a bar shows its figures.
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        emit bars->hovered(true, 2, bars->barSets().constFirst());
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), QString(QStringLiteral("Proposition : 1 opportunité · ") + eur(12000) + QStringLiteral(" · ")
                                           + eur(150) + QStringLiteral(" par mois")));
        emit bars->hovered(false, 2, bars->barSets().constFirst());
        QTRY_VERIFY(!QToolTip::isVisible());
        // Temperatures: HOT (a1) and « Non calculée » (a2): two slices.
        QVERIFY(!page->temperatureCard()->isEmptyShown());
        auto *pie = qobject_cast<QPieSeries *>(page->temperatureChart()->chart()->series().constFirst());
        QVERIFY(pie);
        QCOMPARE(pie->count(), 2);
        QCOMPARE(pie->slices().at(0)->label(), QStringLiteral("Chaude : 1"));
        QCOMPARE(pie->slices().at(1)->label(), QStringLiteral("Non calculée : 1"));
        // Objectives of « Île-de-France » for March: g1; r1 and r2 (not Sophie's cancelled one).
        QCOMPARE(page->objectivesCard()->title(), QStringLiteral("Objectifs de l'équipe « Île-de-France » — mars 2026"));
        QVERIFY(!page->objectivesCard()->isEmptyShown());
        QCOMPARE(page->revenueRow().values->text(), QString(eur(30000) + QStringLiteral(" / ") + eur(50000)));
        QCOMPARE(page->revenueRow().percent->text(), QString(QStringLiteral("60") + QChar(0x00A0) + u'%'));
        QCOMPARE(page->revenueRow().bar->value(), 60);
        QCOMPARE(page->rdvRow().values->text(), QStringLiteral("2 / 8"));
        QCOMPARE(page->rdvRow().percent->text(), QString(QStringLiteral("25") + QChar(0x00A0) + u'%'));
        QCOMPARE(page->signaturesRow().values->text(), QStringLiteral("1 / 4"));
        // A commercial is told the team figures are their own part.
        QVERIFY(page->objectivesCard()->findChild<QLabel *>(QStringLiteral("cardHint"))->text().contains(QStringLiteral("vos propres")));

        // Another team without objective: the realised figures, in the empty state.
        selectData(page->filterBar()->teamCombo(), kHdf);
        QVERIFY(page->objectivesCard()->isEmptyShown());
        QCOMPARE(page->objectivesCard()->emptyText(),
                 QString(QStringLiteral("Aucun objectif fixé pour l'équipe « Hauts-de-France » en mars 2026.\nRéalisé : ")
                         + eur(18000) + QStringLiteral(", 1 rendez-vous, 1 signature.")));

        // The period: this year adds g3 (January) to the won amount and the conversion.
        page->filterBar()->setPeriod(DashboardFilterBar::Period::ThisYear);
        QCOMPARE(page->wonTile()->value(), eur(40000));
        QCOMPARE(page->conversionTile()->value(), percentText(200.0 / 3.0));
        QCOMPARE(page->pipelineTile()->value(), eur(20000)); // the pipeline is today's
    }

    void myActivityEmptyStates()
    {
        // A commercial's replica with no opportunity and no team (row-level security shows a
        // commercial only the teams they belong to).
        auto rep = newReplica();
        test::dashboard::Rows rows(rep->database());
        rows.entity(kFrance, QStringLiteral("France"), {}, QStringLiteral("FR"));
        rows.user(kJulien, QStringLiteral("Julien"), QStringLiteral("Petit"), QStringLiteral("commercial"), kFrance);
        QVERIFY(rows.ok());
        auto page = newPage<MyActivityPage>(rep.get(), julien());
        QVERIFY(page->pipelineCard()->isEmptyShown());
        QVERIFY(page->pipelineCard()->emptyText().startsWith(QStringLiteral("Aucune opportunité en cours.")));
        QVERIFY(page->temperatureCard()->isEmptyShown());
        QCOMPARE(page->conversionTile()->value(), QStringLiteral("—"));
        QCOMPARE(page->conversionTile()->detail(), QStringLiteral("Aucune opportunité clôturée"));
        QCOMPARE(page->pipelineTile()->value(), eur(0));
        // Julien belongs to no team here.
        QVERIFY(!page->filterBar()->teamCombo()->isEnabled());
        QCOMPARE(page->objectivesCard()->emptyText(), QStringLiteral("Vous ne faites partie d'aucune équipe : pas d'objectif à suivre."));
        test::screenshot(page.get(), QStringLiteral("dashboard-empty"));
    }

    void teamPageFiltersAndPerformers()
    {
        auto rep = newReplica();
        QVERIFY(seedSmall(rep->database()));
        auto page = newPage<TeamDashboardPage>(rep.get(), sophie());
        QAbstractItemModelTester tester(page->performersModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Sophie manages both teams and belongs to « Île-de-France »: it comes first.
        QCOMPARE(page->filterBar()->teamId(), kIdf);
        QCOMPARE(page->conversionTile()->value(), percentText(50.0));
        QCOMPARE(page->wonTile()->value(), eur(30000));
        QCOMPARE(page->pipelineTile()->value(), eur(20000));
        QCOMPARE(page->pipelineTile()->detail(), QStringLiteral("2 opportunités"));
        QCOMPARE(page->averageTile()->value(), eur(30000));
        QCOMPARE(page->performersModel()->rowCount(), 1);
        QCOMPARE(page->performersModel()->index(0, TopPerformersModel::Name).data().toString(), QStringLiteral("Julien Petit"));
        QCOMPARE(page->performersModel()->index(0, TopPerformersModel::Amount).data().toString(), eur(30000));
        QCOMPARE(page->performersModel()->index(0, TopPerformersModel::Lost).data().toString(), QStringLiteral("1"));
        QCOMPARE(page->performersModel()->index(0, TopPerformersModel::Conversion).data().toString(), percentText(50.0));
        QVERIFY(!page->conversionCard()->isEmptyShown());
        // Every team: Thomas's deal counts too.
        selectData(page->filterBar()->teamCombo(), QString());
        QCOMPARE(page->conversionTile()->value(), percentText(200.0 / 3.0));
        QCOMPARE(page->conversionTile()->detail(), QStringLiteral("2 gagnées · 1 perdue"));
        QCOMPARE(page->wonTile()->value(), eur(48000));
        QCOMPARE(page->pipelineTile()->value(), eur(45000));
        QCOMPARE(page->averageTile()->value(), eur(24000));
        QCOMPARE(page->performersModel()->rowCount(), 2);
        QCOMPARE(page->performersModel()->index(1, TopPerformersModel::Name).data().toString(), QStringLiteral("Thomas Lefèvre"));
        QCOMPARE(page->performersModel()->index(0, TopPerformersModel::Share).data().toString(), percentText(62.5));
        QCOMPARE(page->performersModel()->index(1, TopPerformersModel::Amount).data(TopPerformersModel::RatioRole).toDouble(), 0.6);
        // Stacked bars: one set per commercial with open opportunities (Marc 20 000, Julien 20 000, Thomas 5 000).
        auto *stacked = qobject_cast<QStackedBarSeries *>(page->pipelineChart()->chart()->series().constFirst());
        QVERIFY(stacked);
        QCOMPARE(stacked->count(), 3);
        QCOMPARE(stacked->barSets().at(2)->label(), QStringLiteral("Thomas Lefèvre"));
        QCOMPARE(stacked->barSets().at(2)->at(1), 5000.0);
        // France Nord (with its sub-entities): Thomas only.
        selectData(page->filterBar()->entityCombo(), kNord);
        QCOMPARE(page->pipelineTile()->value(), eur(5000));
        QCOMPARE(page->conversionTile()->value(), percentText(100.0));
        QCOMPARE(page->performersModel()->rowCount(), 1);
        // Luxembourg in March: nothing closed, no winner.
        selectData(page->filterBar()->entityCombo(), kLux);
        QVERIFY(page->performersCard()->isEmptyShown());
        QCOMPARE(page->performersCard()->emptyText(), QStringLiteral("Aucune opportunité clôturée sur la période."));
        QVERIFY(page->conversionCard()->isEmptyShown());
        QCOMPARE(page->averageTile()->value(), QStringLiteral("—"));
        QVERIFY(!page->pipelineCard()->isEmptyShown()); // Marc's open deal
    }

    void analyticsKpisFiltersAndEmptyState()
    {
        auto rep = newReplica();
        QVERIFY(seedSmall(rep->database()));
        auto page = newPage<AnalyticsPage>(rep.get(), sophie());
        QVERIFY(page->filterBar()->teamId().isEmpty()); // every team by default
        QCOMPARE(page->createdTile()->value(), QStringLiteral("4")); // a2, a3, g2, p1
        QCOMPARE(page->conversionTile()->value(), percentText(200.0 / 3.0));
        QCOMPARE(page->averageTile()->value(), eur(24000));
        QCOMPARE(page->mrrTile()->value(), eur(700)); // g1 400 + g2 200 + g3 100
        QCOMPARE(page->mrrTile()->detail(), QStringLiteral("par mois, contrats gagnés au 31/03/2026"));
        // Revenue evolution: April 2025 to March 2026, January and March won.
        auto *revenue = qobject_cast<QAbstractBarSeries *>(page->revenueChart()->chart()->series().constFirst());
        QVERIFY(revenue);
        QCOMPARE(revenue->barSets().constFirst()->count(), 12);
        QCOMPARE(revenue->barSets().constFirst()->at(9), 10.0); // k€
        QCOMPARE(revenue->barSets().constFirst()->at(11), 48.0);
        // Funnel (horizontal: the first step is drawn last, at the top).
        auto *funnel = qobject_cast<QAbstractBarSeries *>(page->funnelChart()->chart()->series().constFirst());
        QVERIFY(funnel);
        QList<double> steps;
        for (int i = funnel->barSets().constFirst()->count() - 1; i >= 0; --i)
            steps << funnel->barSets().constFirst()->at(i);
        QCOMPARE(steps, QList<double>({4, 3, 2, 2, 1, 1}));
        auto *distribution = qobject_cast<QPieSeries *>(page->distributionChart()->chart()->series().constFirst());
        QVERIFY(distribution);
        QCOMPARE(distribution->count(), 4); // prospection, qualification, proposition, négociation
        QCOMPARE(distribution->slices().at(2)->label(), QStringLiteral("Proposition : 1"));

        // One commercial.
        selectData(page->filterBar()->ownerCombo(), kThomas);
        QCOMPARE(page->createdTile()->value(), QStringLiteral("2"));
        QCOMPARE(page->conversionTile()->value(), percentText(100.0));
        QCOMPARE(page->averageTile()->value(), eur(18000));
        QCOMPARE(page->mrrTile()->value(), eur(200));
        selectData(page->filterBar()->ownerCombo(), QString());
        // This year: a4, g1, a1 too; g3 (January) closes.
        page->filterBar()->setPeriod(DashboardFilterBar::Period::ThisYear);
        QCOMPARE(page->createdTile()->value(), QStringLiteral("7"));
        QCOMPARE(page->conversionTile()->value(), percentText(75.0));
        // A custom period: both bounds included in the user's terms (1 to 28 February).
        page->filterBar()->setCustomRange(QDate(2026, 2, 1), QDate(2026, 2, 28));
        QVERIFY(page->filterBar()->fromEdit()->isVisibleTo(page.get()));
        QCOMPARE(page->filterBar()->periodText(), QStringLiteral("du 1 février 2026 au 28 février 2026"));
        QCOMPARE(page->periodLabel()->text(), QStringLiteral("du 1 février 2026 au 28 février 2026"));
        QCOMPARE(page->createdTile()->value(), QStringLiteral("2")); // g1 (1 Feb), a1 (20 Feb)
        QCOMPARE(page->conversionTile()->value(), QStringLiteral("—"));
        // A period without anything: empty states, not empty charts.
        page->filterBar()->setCustomRange(QDate(2025, 6, 1), QDate(2025, 6, 30));
        QCOMPARE(page->createdTile()->value(), QStringLiteral("0"));
        QVERIFY(page->funnelCard()->isEmptyShown());
        QCOMPARE(page->funnelCard()->emptyText(), QStringLiteral("Aucune opportunité sur la période."));
        QVERIFY(page->revenueCard()->isEmptyShown());
        QCOMPARE(page->revenueCard()->emptyText(), QStringLiteral("Aucune opportunité gagnée sur les 12 mois de juillet 2024 à juin 2025."));
        QVERIFY(!page->distributionCard()->isEmptyShown()); // today's pipeline
        // Back to twelve months.
        page->filterBar()->setPeriod(DashboardFilterBar::Period::Last12Months);
        QCOMPARE(page->filterBar()->periodText(), QStringLiteral("Avril 2025 – mars 2026"));
        QVERIFY(!page->funnelCard()->isEmptyShown());
    }

    void pagesFollowTheReplica()
    {
        auto rep = newReplica();
        QVERIFY(seedSmall(rep->database()));
        auto page = newPage<MyActivityPage>(rep.get(), julien());
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        auto created = rep->createRow(QStringLiteral("opportunities"),
                                      {{QStringLiteral("entity_id"), kFrance},
                                       {QStringLiteral("owner_id"), kJulien},
                                       {QStringLiteral("title"), QStringLiteral("Lycée Jean Moulin — contrôle d'accès")},
                                       {QStringLiteral("stage"), QStringLiteral("prospection")},
                                       {QStringLiteral("amount_eur"), 7000}});
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        QCOMPARE(page->pipelineTile()->value(), eur(20000)); // debounced: not yet
        QTRY_COMPARE(page->pipelineTile()->value(), eur(27000));
        // A hidden page catches up when it is shown again.
        page->hide();
        QVERIFY(rep->deleteRow(QStringLiteral("opportunities"), *created));
        QTest::qWait(400);
        QCOMPARE(page->pipelineTile()->value(), eur(27000));
        page->show();
        QTRY_COMPARE(page->pipelineTile()->value(), eur(20000));
    }

    void exports()
    {
        auto rep = newReplica();
        QVERIFY(seedSmall(rep->database()));
        auto page = newPage<TeamDashboardPage>(rep.get(), sophie());
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        // The menu offers the three formats.
        QMenu *menu = page->exportButton()->menu();
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), 3);

        const QString png = m_files.filePath(QStringLiteral("equipe.png"));
        QVERIFY(page->exportPng(png));
        QCOMPARE(page->banner()->kind(), MessageBanner::Kind::Success);
        QVERIFY(page->banner()->text().contains(QDir::toNativeSeparators(png)));
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), (page->dashboard()->width() + 32) * 2);
        QVERIFY(image.height() > page->dashboard()->height() * 2);

        const QString pdf = m_files.filePath(QStringLiteral("equipe.pdf"));
        QVERIFY(page->exportPdf(pdf));
        const QByteArray pdfBytes = readAll(pdf);
        QVERIFY(pdfBytes.startsWith("%PDF"));
        QVERIFY2(pdfBytes.size() > 20000, qPrintable(QString::number(pdfBytes.size())));
        QVERIFY(pdfBytes.contains("/MediaBox [0 0 842.000000 595.000000]")); // A4 landscape, in points

        const QString csv = m_files.filePath(QStringLiteral("equipe.csv"));
        QVERIFY(page->exportCsv(csv));
        const QByteArray expected = QByteArrayLiteral("\xEF\xBB\xBF")
                                    + QStringLiteral("Équipe — filtres\r\n"
                                                     "Filtre;Valeur\r\n"
                                                     "Période;Mars 2026\r\n"
                                                     "Entité;Toutes les entités\r\n"
                                                     "Équipe;Île-de-France\r\n"
                                                     "Du (inclus);2026-03-01\r\n"
                                                     "Au (exclu);2026-04-01\r\n"
                                                     "\r\n"
                                                     "Pipeline de l'équipe par étape\r\n"
                                                     "Commercial;Prospection (€);Qualification (€);Proposition (€);"
                                                     "Négociation (€);Signature (€);Total (€);Opportunités\r\n"
                                                     "Julien Petit;0;0;12000;8000;0;20000;2\r\n"
                                                     "\r\n"
                                                     "Taux de conversion\r\n"
                                                     "Gagnées;Perdues;Taux de conversion (%)\r\n"
                                                     "1;1;50,0\r\n"
                                                     "\r\n"
                                                     "Indicateurs\r\n"
                                                     "Indicateur;Valeur\r\n"
                                                     "Opportunités créées;2\r\n"
                                                     "Opportunités gagnées;1\r\n"
                                                     "Opportunités perdues;1\r\n"
                                                     "Taux de conversion (%);50,0\r\n"
                                                     "CA gagné (€);30000\r\n"
                                                     "Panier moyen (€);30000\r\n"
                                                     "Revenu mensuel récurrent (€);500\r\n"
                                                     "\r\n"
                                                     "Meilleurs commerciaux\r\n"
                                                     "Rang;Commercial;Gagnées;Perdues;Taux de conversion (%);"
                                                     "CA gagné (€)\r\n"
                                                     "1;Julien Petit;1;1;50,0;30000\r\n")
                                          .toUtf8();
        QCOMPARE(readAll(csv), expected);

        // The other pages export their own figures.
        auto analytics = newPage<AnalyticsPage>(rep.get(), sophie());
        const QString analyticsCsv = m_files.filePath(QStringLiteral("analyses.csv"));
        QVERIFY(analytics->exportCsv(analyticsCsv));
        const QString text = QString::fromUtf8(readAll(analyticsCsv));
        QVERIFY(text.contains(QStringLiteral("Entonnoir de conversion\r\nÉtape;Opportunités;Part du départ (%)\r\n"
                                             "Prospection;4;100,0\r\nQualification;3;75,0\r\n")));
        QVERIFY(text.contains(QStringLiteral("Commercial;Tous les commerciaux\r\n")));
        QVERIFY(text.contains(QStringLiteral("2026-03;2;48000\r\n")));
        auto mine = newPage<MyActivityPage>(rep.get(), julien());
        const QString mineCsv = m_files.filePath(QStringLiteral("mon-activite.csv"));
        QVERIFY(mine->exportCsv(mineCsv));
        QVERIFY(QString::fromUtf8(readAll(mineCsv))
                    .contains(QStringLiteral("Objectifs de l'équipe Île-de-France — 2026-03\r\n"
                                             "Indicateur;Réalisé;Objectif;Progression (%)\r\n"
                                             "Chiffre d'affaires (€);30000;50000;60,0\r\n"
                                             "Rendez-vous;2;8;25,0\r\n"
                                             "Signatures;1;4;25,0\r\n")));
        const QString minePdf = m_files.filePath(QStringLiteral("mon-activite.pdf"));
        QVERIFY(mine->exportPdf(minePdf));
        QVERIFY(readAll(minePdf).startsWith("%PDF"));
    }

    void exportErrors()
    {
        auto rep = newReplica();
        QVERIFY(seedSmall(rep->database()));
        auto page = newPage<AnalyticsPage>(rep.get(), sophie());
        const QString nowhere = m_files.filePath(QStringLiteral("absent/dossier/analyses"));
        for (const QString &ext : {QStringLiteral(".png"), QStringLiteral(".pdf"), QStringLiteral(".csv")}) {
            const QString path = nowhere + ext;
            const bool ok = ext == QLatin1String(".png")   ? page->exportPng(path)
                            : ext == QLatin1String(".pdf") ? page->exportPdf(path)
                                                           : page->exportCsv(path);
            QVERIFY(!ok);
            QCOMPARE(page->banner()->kind(), MessageBanner::Kind::Error);
            QVERIFY2(page->banner()->text().startsWith(
                         QStringLiteral("Impossible d'écrire le fichier « %1 »").arg(QDir::toNativeSeparators(path))),
                     qPrintable(page->banner()->text()));
            QVERIFY(!QFile::exists(path));
        }
    }

    void topPerformersModel()
    {
        TopPerformersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setPerformers({{kJulien, QStringLiteral("Julien Petit"), 3, 45000, 1}, {kThomas, QStringLiteral("Thomas Lefèvre"), 1, 15000, 3}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(TopPerformersModel::ColumnCount));
        QCOMPARE(model.index(0, TopPerformersModel::Rank).data().toString(), QStringLiteral("1"));
        QCOMPARE(model.index(1, TopPerformersModel::Won).data().toString(), QStringLiteral("1"));
        QCOMPARE(model.index(1, TopPerformersModel::Share).data().toString(), percentText(25.0));
        QCOMPARE(model.index(1, TopPerformersModel::Lost).data().toString(), QStringLiteral("3"));
        QCOMPARE(model.index(0, TopPerformersModel::Conversion).data().toString(), percentText(75.0));
        QCOMPARE(model.index(0, TopPerformersModel::Amount).data(TopPerformersModel::RatioRole).toDouble(), 1.0);
        QCOMPARE(model.headerData(TopPerformersModel::Amount, Qt::Horizontal).toString(), QStringLiteral("CA gagné"));
        model.setPerformers({});
        QCOMPARE(model.rowCount(), 0);
    }

    void screenshots()
    {
        if (qEnvironmentVariableIsEmpty("HECTOR_SCREENSHOT_DIR"))
            QSKIP("HECTOR_SCREENSHOT_DIR is not set");
        auto rep = newReplica();
        QVERIFY(seedRealistic(rep->database()));
        auto mine = newPage<MyActivityPage>(rep.get(), julien());
        auto team = newPage<TeamDashboardPage>(rep.get(), sophie());
        team->filterBar()->setPeriod(DashboardFilterBar::Period::ThisQuarter);
        selectData(team->filterBar()->teamCombo(), QString());
        auto analytics = newPage<AnalyticsPage>(rep.get(), sophie());
        analytics->filterBar()->setPeriod(DashboardFilterBar::Period::Last12Months);
        const QList<QPair<QWidget *, QString>> shots{{mine.get(), QStringLiteral("dashboard-mon-activite")},
                                                      {team.get(), QStringLiteral("dashboard-equipe")},
                                                      {analytics.get(), QStringLiteral("dashboard-analyses")}};
        for (const auto &shot : shots) {
            shot.first->show();
            QVERIFY(QTest::qWaitForWindowExposed(shot.first));
            test::screenshot(shot.first, shot.second);
            // The page as the main window shows it by default (1280 × 800 with the sidebar).
            shot.first->resize(1050, 720);
            QTest::qWait(100); // charts lay out again after a resize
            test::screenshot(shot.first, QString(shot.second + QStringLiteral("-fenetre")));
            shot.first->resize(1180, 900);
        }
        // A narrow window with a custom period: the filters wrap to a second line.
        analytics->filterBar()->setCustomRange(QDate(2025, 10, 1), QDate(2026, 3, 15));
        analytics->resize(880, 720);
        QTest::qWait(100);
        test::screenshot(analytics.get(), QStringLiteral("dashboard-analyses-etroit"));
        QVERIFY(analytics->filterBar()->height() > analytics->filterBar()->periodCombo()->height() * 3 / 2);
        analytics->resize(1180, 900);
        analytics->filterBar()->setPeriod(DashboardFilterBar::Period::Last12Months);
        // The exports as they come out (the PDF is looked at after conversion).
        const QString dir = qEnvironmentVariable("HECTOR_SCREENSHOT_DIR");
        QVERIFY(analytics->exportPng(QDir(dir).filePath(QStringLiteral("export-analyses.png"))));
        QVERIFY(analytics->exportPdf(QDir(dir).filePath(QStringLiteral("export-analyses.pdf"))));
        QVERIFY(team->exportPdf(QDir(dir).filePath(QStringLiteral("export-equipe.pdf"))));
    }
};

QTEST_MAIN(TestUiDashboards)
#include "tst_ui_dashboards.moc"
