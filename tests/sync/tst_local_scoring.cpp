// Local opportunity scoring and proximity on a real SQLite replica (issue #6): the inputs are
// gathered as docs/scoring.md « Inputs » says, the examples of docs/scoring.md give their
// hand-computed totals, the bulk scoring gives the same as the single one for every row, and the
// R*Tree of prospect positions answers « within N km » exactly (boundary, writes, snapshot).
#include "OpportunityFixture.h"
#include "core/geo/Geo.h"
#include "core/sync/SyncSchema.h"
#include "sync/crm/LocalScoring.h"
#include "sync/crm/OpportunityProximity.h"
#include "sync/replica/LocalReplica.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace hector;
using namespace hector::sync;
using hector::test::east;
using hector::test::execSql;
using hector::test::north;
using namespace Qt::StringLiterals;

namespace {
const QString kFrance = QStringLiteral("11111111-1111-1111-1111-111111111111");
const QString kLuxembourg = QStringLiteral("22222222-2222-2222-2222-222222222222");
const QString kNoOffice = QStringLiteral("33333333-3333-3333-3333-333333333333");
const QString kSophie = QStringLiteral("aaaaaaaa-0000-0000-0000-000000000001"); // France, DISC C
const QString kMarc = QStringLiteral("aaaaaaaa-0000-0000-0000-000000000002");   // Luxembourg, DISC S
const QString kLea = QStringLiteral("aaaaaaaa-0000-0000-0000-000000000003");    // no office, no DISC

// Offices: Lyon (France) and Luxembourg-Kirchberg.
const geo::LatLon kLyon{45.7640, 4.8357};
const geo::LatLon kKirchberg{49.6283, 6.1617};

QString ts(const QString &dayAndTime)
{
    return dayAndTime + QStringLiteral(":00.000Z");
}

void seedDirectory(const QSqlDatabase &db)
{
    QVERIFY(execSql(db, QStringLiteral("INSERT INTO entities (id, name, country_code, level, office_latitude, office_longitude) "
                                    "VALUES (?, 'France', 'FR', 1, ?, ?), (?, 'Luxembourg', 'LU', 1, ?, ?), "
                                    "(?, 'Belgique', 'BE', 1, NULL, NULL)"),
                 {kFrance, kLyon.lat, kLyon.lon, kLuxembourg, kKirchberg.lat, kKirchberg.lon, kNoOffice}));
    QVERIFY(execSql(db, QStringLiteral("INSERT INTO users (id, email, first_name, last_name, role, entity_id, active, disc_profile) "
                                    "VALUES (?, 'sophie@adsgroup-security.com', 'Sophie', 'Bernard', 'manager', ?, 1, 'C'), "
                                    "(?, 'marc@adsgroup-security.com', 'Marc', 'Weber', 'commercial', ?, 1, 'S'), "
                                    "(?, 'lea@adsgroup-security.com', 'Léa', 'Dubois', 'commercial', ?, 1, NULL)"),
                 {kSophie, kFrance, kMarc, kLuxembourg, kLea, kNoOffice}));
}

void insertProspect(const QSqlDatabase &db, const QString &id, const QString &name, std::optional<geo::LatLon> at,
                    const QVariant &revenue = {}, const QVariant &headcount = {}, const QVariant &contact = {},
                    const QVariant &disc = {})
{
    QVERIFY(execSql(db, QStringLiteral("INSERT INTO prospects (id, entity_id, company_name, country_code, status, latitude, "
                                    "longitude, revenue_eur, headcount_band, contact_name, disc_profile) "
                                    "VALUES (?, ?, ?, 'FR', 'en_cours', ?, ?, ?, ?, ?, ?)"),
                 {id, kFrance, name, at ? QVariant(at->lat) : QVariant(), at ? QVariant(at->lon) : QVariant(), revenue,
                  headcount, contact, disc}));
}

void insertOpportunity(const QSqlDatabase &db, const QString &id, const QString &title, const QString &stage,
                       const QVariant &prospect, const QVariant &owner, const QVariant &shared = {})
{
    QVERIFY(execSql(db, QStringLiteral("INSERT INTO opportunities (id, entity_id, prospect_id, owner_id, title, stage, "
                                    "shared_connections) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {id, kFrance, prospect, owner, title, stage, shared}));
}

void insertActivity(const QSqlDatabase &db, const QString &id, const QString &opportunity, const QString &direction,
                    const QString &at)
{
    QVERIFY(execSql(db, QStringLiteral("INSERT INTO opportunity_activities (id, entity_id, opportunity_id, author_id, kind, "
                                    "direction, occurred_at, summary) VALUES (?, ?, ?, ?, 'appel', ?, ?, 'Appel')"),
                 {id, kFrance, opportunity, kSophie, direction, ts(at)}));
}

QStringList points(const scoring::ScoreResult &r)
{
    QStringList out;
    for (const scoring::FactorScore &f : r.factors)
        out << QString::number(f.points);
    return out;
}

QStringList nearIds(const QSqlDatabase &db, geo::LatLon centre, double km = 5.0, bool openOnly = false)
{
    QStringList out;
    for (const NearbyOpportunity &n : opportunitiesNear(db, centre, km, openOnly))
        out << n.id;
    return out;
}

int geoRows(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM prospects_geo")) && q.next() ? q.value(0).toInt() : -1;
}
} // namespace

class TestLocalScoring : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<LocalReplica> newReplica()
    {
        auto r = LocalReplica::open(m_dir.filePath(QStringLiteral("replica-%1.sqlite").arg(++m_n)));
        return r ? std::move(*r) : nullptr;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QVERIFY(m_dir.isValid());
    }

    // The three examples of docs/scoring.md, gathered from replica rows.
    void documentedExamples()
    {
        auto rep = newReplica();
        QVERIFY(rep);
        const QSqlDatabase db = rep->database();
        seedDirectory(db);
        // négociation, replies in 10 h, revenue + headcount (no decision maker), S/C, 60 km, 4 shared.
        const geo::LatLon macon = north(kLyon, 60);
        QVERIFY(std::abs(geo::distanceKm(macon, kLyon) - 60) < 0.01);
        insertProspect(db, QStringLiteral("p-alarme"), QStringLiteral("Alarmes Mâconnaises"), macon, 2400000,
                       QStringLiteral("12"), QStringLiteral("  "), QStringLiteral("S"));
        insertOpportunity(db, QStringLiteral("o-nego"), QStringLiteral("Télésurveillance entrepôt"),
                          QStringLiteral("negociation"), QStringLiteral("p-alarme"), kSophie, 4);
        insertActivity(db, QStringLiteral("a1"), QStringLiteral("o-nego"), QStringLiteral("sortant"), QStringLiteral("2026-11-02T08:00"));
        insertActivity(db, QStringLiteral("a2"), QStringLiteral("o-nego"), QStringLiteral("entrant"), QStringLiteral("2026-11-02T18:00"));
        insertActivity(db, QStringLiteral("a3"), QStringLiteral("o-nego"), QStringLiteral("sortant"), QStringLiteral("2026-11-05T09:30"));
        insertActivity(db, QStringLiteral("a4"), QStringLiteral("o-nego"), QStringLiteral("entrant"), QStringLiteral("2026-11-05T19:30"));
        auto nego = localScoring::score(db, QStringLiteral("o-nego"));
        QVERIFY(nego);
        QCOMPARE(points(*nego), (QStringList{u"16"_s, u"16"_s, u"10"_s, u"10"_s, u"11"_s, u"12"_s}));
        QCOMPARE(nego->total, 75);
        QCOMPARE(nego->temperature, scoring::Temperature::Warm);
        QCOMPARE(nego->factors.at(2).reason, QStringLiteral("Manque : dirigeant")); // blank contact_name
        QCOMPARE(nego->factors.at(3).reason, QStringLiteral("Profils voisins (S/C)"));
        QCOMPARE(nego->factors.at(4).reason, QStringLiteral("À 60 km du bureau"));
        const auto input = localScoring::input(db, QStringLiteral("o-nego"));
        QCOMPARE(input->responseHours, (QList<double>{10.0, 10.0}));
        QCOMPARE(*input->sharedConnections, 4);

        // A fresh opportunity, nothing known: 10 + 4 + 0 + 7.5 + 7.5 + 7.5 = 36.5 -> 37 COLD.
        insertOpportunity(db, QStringLiteral("o-fresh"), QStringLiteral("Contrôle d'accès siège"),
                          QStringLiteral("prospection"), QVariant(), QVariant());
        auto fresh = localScoring::score(db, QStringLiteral("o-fresh"));
        QCOMPARE(points(*fresh), (QStringList{u"10"_s, u"4"_s, u"0"_s, u"7.5"_s, u"7.5"_s, u"7.5"_s}));
        QCOMPARE(fresh->total, 37);
        QCOMPARE(fresh->temperature, scoring::Temperature::Cold);
        for (int i : {0, 3, 4, 5})
            QVERIFY(fresh->factors.at(i).neutral);

        // signature, replies in 1-2 h, complete record, same profile, 3 km, 10 shared -> 100 HOT.
        insertProspect(db, QStringLiteral("p-bijou"), QStringLiteral("Bijouterie Lefèvre"), east(kLyon, 3), 850000,
                       QStringLiteral("03"), QStringLiteral("Claire Lefèvre"), QStringLiteral("C"));
        insertOpportunity(db, QStringLiteral("o-sign"), QStringLiteral("Vidéoprotection boutique"),
                          QStringLiteral("signature"), QStringLiteral("p-bijou"), kSophie, 10);
        insertActivity(db, QStringLiteral("b1"), QStringLiteral("o-sign"), QStringLiteral("sortant"), QStringLiteral("2026-11-10T09:00"));
        insertActivity(db, QStringLiteral("b2"), QStringLiteral("o-sign"), QStringLiteral("entrant"), QStringLiteral("2026-11-10T10:00"));
        insertActivity(db, QStringLiteral("b3"), QStringLiteral("o-sign"), QStringLiteral("sortant"), QStringLiteral("2026-11-12T14:00"));
        insertActivity(db, QStringLiteral("b4"), QStringLiteral("o-sign"), QStringLiteral("entrant"), QStringLiteral("2026-11-12T16:00"));
        auto sign = localScoring::score(db, QStringLiteral("o-sign"));
        QCOMPARE(points(*sign), (QStringList{u"20"_s, u"20"_s, u"15"_s, u"15"_s, u"15"_s, u"15"_s}));
        QCOMPARE(sign->total, 100);
        QCOMPARE(sign->temperature, scoring::Temperature::Hot);

        QVERIFY(!localScoring::score(db, QStringLiteral("absent")));
        QVERIFY(!localScoring::input(db, QString()));
    }

    // The finer points of the « Inputs » table.
    void inputsFollowTheDocumentedSources()
    {
        auto rep = newReplica();
        const QSqlDatabase db = rep->database();
        seedDirectory(db);
        // The distance is to the office of the OWNER's entity: Marc (Luxembourg) for a prospect
        // next to the Lyon office -> far from Kirchberg; Léa's entity has no office -> unknown.
        insertProspect(db, QStringLiteral("p-lyon"), QStringLiteral("Pharmacie Bellecour"), north(kLyon, 2), {}, {}, {},
                       QStringLiteral("d")); // lower case accepted by the factor
        insertOpportunity(db, QStringLiteral("o-marc"), QStringLiteral("Alarme officine"), QStringLiteral("qualification"),
                          QStringLiteral("p-lyon"), kMarc);
        insertOpportunity(db, QStringLiteral("o-lea"), QStringLiteral("Alarme officine (bis)"),
                          QStringLiteral("qualification"), QStringLiteral("p-lyon"), kLea, 0);
        insertOpportunity(db, QStringLiteral("o-sophie"), QStringLiteral("Alarme officine (ter)"),
                          QStringLiteral("proposition"), QStringLiteral("p-lyon"), kSophie, 2);
        const auto marc = localScoring::input(db, QStringLiteral("o-marc"));
        QVERIFY(marc->distanceKm);
        QCOMPARE(std::round(*marc->distanceKm), std::round(geo::distanceKm(north(kLyon, 2), kKirchberg)));
        QCOMPARE(marc->ownerDisc, QStringLiteral("S"));
        QCOMPARE(marc->prospectDisc, QStringLiteral("d"));
        QVERIFY(!marc->sharedConnections);
        QVERIFY(!localScoring::input(db, QStringLiteral("o-lea"))->distanceKm);
        QCOMPARE(*localScoring::input(db, QStringLiteral("o-lea"))->sharedConnections, 0);
        QVERIFY(localScoring::input(db, QStringLiteral("o-lea"))->ownerDisc.isEmpty());
        QVERIFY(std::abs(*localScoring::input(db, QStringLiteral("o-sophie"))->distanceKm - 2) < 0.01);
        // D/S: opposites -> 5; D/C: neighbours -> 10.
        QCOMPARE(localScoring::score(db, QStringLiteral("o-marc"))->factors.at(3).points, 5.0);
        QCOMPARE(localScoring::score(db, QStringLiteral("o-sophie"))->factors.at(3).points, 10.0);
        QCOMPARE(localScoring::score(db, QStringLiteral("o-lea"))->factors.at(5).points, 3.0); // 0 shared

        // A prospect without coordinates: no distance, although the owner has an office.
        insertProspect(db, QStringLiteral("p-nowhere"), QStringLiteral("Garage Martin & Fils"), std::nullopt, 0);
        insertOpportunity(db, QStringLiteral("o-nowhere"), QStringLiteral("Vidéosurveillance atelier"),
                          QStringLiteral("prospection"), QStringLiteral("p-nowhere"), kSophie);
        const auto nowhere = localScoring::input(db, QStringLiteral("o-nowhere"));
        QVERIFY(!nowhere->distanceKm);
        QVERIFY(nowhere->hasRevenue); // 0 € is a known revenue
        QVERIFY(!nowhere->hasHeadcount && !nowhere->hasDecisionMaker);

        // Response delays: an incoming activity with no outgoing before it is no answer; a
        // reminder does not shorten the delay; ties in time are taken in id order; activities of
        // an opportunity absent from the replica are ignored.
        insertActivity(db, QStringLiteral("c0"), QStringLiteral("o-marc"), QStringLiteral("entrant"), QStringLiteral("2026-11-02T08:00"));
        insertActivity(db, QStringLiteral("c1"), QStringLiteral("o-marc"), QStringLiteral("sortant"), QStringLiteral("2026-11-02T09:00"));
        insertActivity(db, QStringLiteral("c2"), QStringLiteral("o-marc"), QStringLiteral("sortant"), QStringLiteral("2026-11-02T12:00"));
        insertActivity(db, QStringLiteral("c3"), QStringLiteral("o-marc"), QStringLiteral("entrant"), QStringLiteral("2026-11-02T14:00"));
        insertActivity(db, QStringLiteral("c4"), QStringLiteral("o-marc"), QStringLiteral("sortant"), QStringLiteral("2026-11-03T10:00"));
        insertActivity(db, QStringLiteral("c5"), QStringLiteral("o-marc"), QStringLiteral("entrant"), QStringLiteral("2026-11-03T10:00"));
        insertActivity(db, QStringLiteral("c6"), QStringLiteral("o-marc"), QStringLiteral("entrant"), QStringLiteral("2026-11-03T11:30"));
        insertActivity(db, QStringLiteral("zz"), QStringLiteral("o-gone"), QStringLiteral("sortant"), QStringLiteral("2026-11-03T11:30"));
        insertActivity(db, QStringLiteral("aa"), QStringLiteral("o-0-gone"), QStringLiteral("entrant"), QStringLiteral("2026-11-03T11:30"));
        QCOMPARE(localScoring::input(db, QStringLiteral("o-marc"))->responseHours, (QList<double>{5.0, 0.0}));
        // Median 2.5 h -> 20 points.
        QCOMPARE(localScoring::score(db, QStringLiteral("o-marc"))->factors.at(0).points, 20.0);

        // The user's own unsynced edits count at once (the replica is what the client reads).
        QVERIFY(rep->updateRow(QStringLiteral("opportunities"), QStringLiteral("o-nowhere"),
                               {{QStringLiteral("stage"), QStringLiteral("signature")},
                                {QStringLiteral("shared_connections"), 7}}));
        QCOMPARE(points(*localScoring::score(db, QStringLiteral("o-nowhere"))),
                 (QStringList{u"10"_s, u"20"_s, u"5"_s, u"7.5"_s, u"7.5"_s, u"15"_s}));
        // An unlinked opportunity (prospect deleted): no enrichment, no prospect DISC, no distance.
        QVERIFY(rep->deleteRow(QStringLiteral("prospects"), QStringLiteral("p-nowhere")));
        QVERIFY(rep->row(QStringLiteral("opportunities"), QStringLiteral("o-nowhere")).value(QStringLiteral("prospect_id")).isNull());
        const auto unlinked = localScoring::input(db, QStringLiteral("o-nowhere"));
        QVERIFY(!unlinked->hasRevenue && !unlinked->distanceKm && unlinked->prospectDisc.isEmpty());
        QCOMPARE(unlinked->ownerDisc, QStringLiteral("C"));
    }

    // The bulk scoring (board, list) gives exactly what the single one (Scoring tab) gives.
    void bulkEqualsSingleForEveryRow()
    {
        auto rep = newReplica();
        QSqlDatabase db = rep->database();
        seedDirectory(db);
        QRandomGenerator rng(2026);
        const QStringList stages{u"prospection"_s, u"qualification"_s, u"proposition"_s, u"negociation"_s,
                                 u"signature"_s,   u"gagne"_s,         u"perdu"_s};
        const QStringList discs{QString(), u"D"_s, u"I"_s, u"S"_s, u"C"_s};
        const QStringList owners{kSophie, kMarc, kLea, QString()};
        db.transaction();
        for (int i = 0; i < 60; ++i) {
            const bool located = rng.bounded(4) != 0;
            insertProspect(db, QStringLiteral("p%1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("Prospect %1").arg(i),
                           located ? std::optional<geo::LatLon>(north(kLyon, rng.bounded(500))) : std::nullopt,
                           rng.bounded(2) ? QVariant(qint64(rng.bounded(5000000))) : QVariant(),
                           rng.bounded(2) ? QVariant(u"11"_s) : QVariant(), rng.bounded(2) ? QVariant(u"Jean Dupont"_s) : QVariant(),
                           discs.at(rng.bounded(discs.size())));
        }
        int activity = 0;
        for (int i = 0; i < 300; ++i) {
            const QString id = QUuid::createUuidV5(QUuid(), QString::number(i)).toString(QUuid::WithoutBraces);
            const QString owner = owners.at(rng.bounded(owners.size()));
            insertOpportunity(db, id, QStringLiteral("Opportunité %1").arg(i), stages.at(rng.bounded(stages.size())),
                              rng.bounded(6) ? QVariant(QStringLiteral("p%1").arg(rng.bounded(60), 3, 10, QLatin1Char('0'))) : QVariant(),
                              owner.isEmpty() ? QVariant() : QVariant(owner),
                              rng.bounded(3) ? QVariant(rng.bounded(12)) : QVariant());
            const int n = rng.bounded(7);
            for (int k = 0; k < n; ++k) {
                insertActivity(db, QStringLiteral("act-%1").arg(++activity), id, rng.bounded(2) ? u"entrant"_s : u"sortant"_s,
                               QStringLiteral("2026-11-%1T%2:%3").arg(1 + rng.bounded(28), 2, 10, QLatin1Char('0'))
                                   .arg(rng.bounded(24), 2, 10, QLatin1Char('0'))
                                   .arg(rng.bounded(60), 2, 10, QLatin1Char('0')));
            }
        }
        db.commit();
        const QHash<QString, scoring::ScoreInput> all = localScoring::allInputs(db);
        const QHash<QString, localScoring::ScoreSummary> scores = localScoring::scoreAll(db);
        QCOMPARE(all.size(), 300);
        QCOMPARE(scores.size(), 300);
        QSet<int> totals;
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            const scoring::ScoreInput single = *localScoring::input(db, it.key());
            const scoring::ScoreInput &bulk = it.value();
            QCOMPARE(bulk.stage, single.stage);
            QCOMPARE(bulk.responseHours, single.responseHours);
            QCOMPARE(bulk.hasRevenue, single.hasRevenue);
            QCOMPARE(bulk.hasHeadcount, single.hasHeadcount);
            QCOMPARE(bulk.hasDecisionMaker, single.hasDecisionMaker);
            QCOMPARE(bulk.prospectDisc, single.prospectDisc);
            QCOMPARE(bulk.ownerDisc, single.ownerDisc);
            QCOMPARE(bulk.distanceKm, single.distanceKm);
            QCOMPARE(bulk.sharedConnections, single.sharedConnections);
            const scoring::ScoreResult result = *localScoring::score(db, it.key());
            QCOMPARE(scores.value(it.key()).total, result.total);
            QCOMPARE(scores.value(it.key()).temperature, result.temperature);
            totals.insert(result.total);
        }
        QVERIFY2(totals.size() > 20, "the random data should spread over many totals");
    }

    // « Within 5 km »: 4.9 km in, 5.1 km out, in every direction; nearest first.
    void proximityBoundary()
    {
        auto rep = newReplica();
        const QSqlDatabase db = rep->database();
        seedDirectory(db);
        const geo::LatLon bellecour{45.7578, 4.8320};
        const struct
        {
            const char *id;
            geo::LatLon at;
        } places[] = {
            {"n49", north(bellecour, 4.9)},  {"n51", north(bellecour, 5.1)},  {"s49", north(bellecour, -4.9)},
            {"s51", north(bellecour, -5.1)}, {"e49", east(bellecour, 4.9)},   {"e51", east(bellecour, 5.1)},
            {"w49", east(bellecour, -4.9)},  {"w51", east(bellecour, -5.1)},  {"here", bellecour},
        };
        for (const auto &p : places) {
            const QString id = QString::fromLatin1(p.id);
            insertProspect(db, QStringLiteral("p-") + id, QStringLiteral("Prospect ") + id, p.at);
            insertOpportunity(db, QStringLiteral("o-") + id, QStringLiteral("Alarme ") + id, QStringLiteral("proposition"),
                              QString(QStringLiteral("p-") + id), kSophie);
        }
        QVERIFY(std::abs(geo::distanceKm(bellecour, east(bellecour, 4.9)) - 4.9) < 1e-6);
        QCOMPARE(geoRows(db), 9);
        const QList<NearbyOpportunity> near = opportunitiesNear(db, bellecour);
        QCOMPARE(near.size(), 5);
        QCOMPARE(near.first().id, QStringLiteral("o-here"));
        QCOMPARE(near.first().distanceKm, 0.0);
        QCOMPARE(near.first().prospectName, QStringLiteral("Prospect here"));
        QCOMPARE(near.first().stage, QStringLiteral("proposition"));
        QSet<QString> ids;
        for (const NearbyOpportunity &n : near) {
            ids.insert(n.id);
            QVERIFY(n.distanceKm <= 4.9 + 1e-6);
        }
        QCOMPARE(ids, (QSet<QString>{u"o-here"_s, u"o-n49"_s, u"o-s49"_s, u"o-e49"_s, u"o-w49"_s}));
        QCOMPARE(nearIds(db, bellecour, 5.2).size(), 9);
        QCOMPARE(nearIds(db, bellecour, 0.5), QStringList{u"o-here"_s});
        // Won and lost ones are left out on request; two opportunities on one prospect both come.
        insertOpportunity(db, u"o-here-won"_s, u"Extension alarme"_s, u"gagne"_s, u"p-here"_s, kSophie);
        QCOMPARE(nearIds(db, bellecour).size(), 6);
        QCOMPARE(nearIds(db, bellecour, 5.0, true).size(), 5);
        // Across the antimeridian.
        insertProspect(db, u"p-fidji-w"_s, u"Fidji Ouest"_s, geo::LatLon{-17.0, 179.99});
        insertOpportunity(db, u"o-fidji"_s, u"Fidji"_s, u"prospection"_s, u"p-fidji-w"_s, kSophie);
        const QList<NearbyOpportunity> far = opportunitiesNear(db, geo::LatLon{-17.0, -179.99});
        QCOMPARE(far.size(), 1);
        QVERIFY(far.first().distanceKm < 2.2);
    }

    // The R*Tree follows every write: local (INSERT OR REPLACE), direct updates, deletes, pulls.
    void proximityIndexFollowsWrites()
    {
        auto rep = newReplica();
        const QSqlDatabase db = rep->database();
        seedDirectory(db);
        const geo::LatLon centre = kLyon;
        auto created = rep->createRow(QStringLiteral("prospects"),
                                      {{QStringLiteral("entity_id"), kFrance},
                                       {QStringLiteral("company_name"), QStringLiteral("Boulangerie Au Bon Pain")},
                                       {QStringLiteral("country_code"), QStringLiteral("FR")},
                                       {QStringLiteral("status"), QStringLiteral("nouveau")},
                                       {QStringLiteral("latitude"), north(centre, 10).lat},
                                       {QStringLiteral("longitude"), centre.lon}});
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        const QString prospect = *created;
        auto opp = rep->createRow(QStringLiteral("opportunities"), {{QStringLiteral("entity_id"), kFrance},
                                                                    {QStringLiteral("prospect_id"), prospect},
                                                                    {QStringLiteral("owner_id"), kSophie},
                                                                    {QStringLiteral("title"), QStringLiteral("Alarme boulangerie")},
                                                                    {QStringLiteral("stage"), QStringLiteral("prospection")}});
        QVERIFY(opp);
        QVERIFY(nearIds(db, centre).isEmpty()); // 10 km away
        QCOMPARE(nearIds(db, centre, 10.5), QStringList{*opp});
        // Moved closer (a local edit rewrites the row: INSERT OR REPLACE, new rowid).
        QVERIFY(rep->updateRow(QStringLiteral("prospects"), prospect, {{QStringLiteral("latitude"), north(centre, 3).lat}}));
        QCOMPARE(nearIds(db, centre), QStringList{*opp});
        QCOMPARE(geoRows(db), 1);
        // A plain UPDATE (the trigger on latitude / longitude).
        QVERIFY(execSql(db, QStringLiteral("UPDATE prospects SET longitude = ? WHERE id = ?"), {east(centre, 20).lon, prospect}));
        QVERIFY(nearIds(db, centre).isEmpty());
        QCOMPARE(nearIds(db, north(east(centre, 20), 3)), QStringList{*opp});
        // Coordinates removed: out of the index.
        QVERIFY(rep->updateRow(QStringLiteral("prospects"), prospect,
                               {{QStringLiteral("latitude"), QVariant()}, {QStringLiteral("longitude"), QVariant()}}));
        QCOMPARE(geoRows(db), 0);
        QVERIFY(nearIds(db, centre, 500).isEmpty());
        QVERIFY(rep->updateRow(QStringLiteral("prospects"), prospect,
                               {{QStringLiteral("latitude"), centre.lat}, {QStringLiteral("longitude"), centre.lon}}));
        QCOMPARE(nearIds(db, centre), QStringList{*opp});
        // A pulled change and a pulled delete.
        QStringList cols = syncedTable(QStringLiteral("prospects"))->columnNames();
        QJsonArray row;
        for (const QString &c : cols) {
            if (c == QLatin1String("id"))
                row.append(QStringLiteral("p-pulled"));
            else if (c == QLatin1String("company_name"))
                row.append(QStringLiteral("Hôtel Le Grand Cerf"));
            else if (c == QLatin1String("entity_id"))
                row.append(kFrance);
            else if (c == QLatin1String("latitude"))
                row.append(north(centre, 1).lat);
            else if (c == QLatin1String("longitude"))
                row.append(centre.lon);
            else
                row.append(QJsonValue::Null);
        }
        QVERIFY(rep->applyChanges({{QStringLiteral("prospects"), cols}},
                                  {PulledChange{QStringLiteral("prospects"), false, QStringLiteral("p-pulled"), row}},
                                  QStringLiteral("5:1")));
        QCOMPARE(geoRows(db), 2);
        QVERIFY(rep->applyChanges({}, {PulledChange{QStringLiteral("prospects"), true, QStringLiteral("p-pulled"), {}}},
                                  QStringLiteral("5:2")));
        QCOMPARE(geoRows(db), 1);
        // A local delete: out of the index, and the opportunity is unlinked (ON DELETE SET NULL).
        QVERIFY(rep->deleteRow(QStringLiteral("prospects"), prospect));
        QCOMPARE(geoRows(db), 0);
        QVERIFY(nearIds(db, centre).isEmpty());
        QVERIFY(rep->row(QStringLiteral("opportunities"), *opp).value(QStringLiteral("prospect_id")).isNull());
    }

    // A snapshot empties the index and fills it again in one pass; an old replica gets it at open.
    void proximityIndexAfterSnapshotAndAtOpen()
    {
        const QString path = m_dir.filePath(QStringLiteral("snapshot.sqlite"));
        QStringList cols = syncedTable(QStringLiteral("prospects"))->columnNames();
        auto prospectRow = [&cols](const QString &id, std::optional<geo::LatLon> at) {
            QJsonArray row;
            for (const QString &c : cols) {
                if (c == QLatin1String("id"))
                    row.append(id);
                else if (c == QLatin1String("company_name"))
                    row.append(QString(u"Prospect "_s + id));
                else if (c == QLatin1String("entity_id"))
                    row.append(kFrance);
                else if (c == QLatin1String("latitude") && at)
                    row.append(at->lat);
                else if (c == QLatin1String("longitude") && at)
                    row.append(at->lon);
                else
                    row.append(QJsonValue::Null);
            }
            return row;
        };
        {
            auto opened = LocalReplica::open(path);
            QVERIFY(opened);
            LocalReplica &rep = **opened;
            const QSqlDatabase db = rep.database();
            QVERIFY(rep.geoIndexReady());
            insertProspect(db, u"p-before"_s, u"Avant l'instantané"_s, kLyon);
            QCOMPARE(geoRows(db), 1);
            QVERIFY(rep.beginSnapshot());
            QJsonArray rows;
            for (int i = 0; i < 50; ++i)
                rows.append(prospectRow(QStringLiteral("p-%1").arg(i, 2, 10, QLatin1Char('0')),
                                        i % 5 == 4 ? std::nullopt : std::optional<geo::LatLon>(north(kLyon, i))));
            QVERIFY(rep.applySnapshotPage(QStringLiteral("prospects"), cols, rows));
            // While the snapshot runs the index is not maintained row by row.
            QCOMPARE(geoRows(db), 0);
            QVERIFY(!rep.geoIndexReady());
            QVERIFY(rep.finishSnapshot(QStringLiteral("7:-1"), 1));
            QVERIFY(rep.geoIndexReady());
            QCOMPARE(geoRows(db), 40); // the old prospect is gone, 10 have no position
            for (int i = 0; i < 50; i += 7) {
                insertOpportunity(db, QStringLiteral("o-%1").arg(i), QStringLiteral("Opportunité %1").arg(i),
                                  u"proposition"_s, QStringLiteral("p-%1").arg(i, 2, 10, QLatin1Char('0')), kSophie);
            }
            // o-0 (0 km), o-7 (7 km), o-14 (no position: 14 % 5 == 4), o-21…
            QCOMPARE(nearIds(db, kLyon, 10), (QStringList{u"o-0"_s, u"o-7"_s}));
            // The triggers are back after the snapshot.
            insertProspect(db, u"p-after"_s, u"Après l'instantané"_s, north(kLyon, 0.5));
            insertOpportunity(db, u"o-after"_s, u"Après"_s, u"prospection"_s, u"p-after"_s, kSophie);
            QCOMPARE(nearIds(db, kLyon, 1), (QStringList{u"o-0"_s, u"o-after"_s}));
            // A replica of before the index (or whose fill was interrupted): emptied and marked.
            QVERIFY(execSql(db, u"DELETE FROM prospects_geo"_s));
            QVERIFY(execSql(db, u"UPDATE _sync_state SET value = 'stale' WHERE key = 'geo_index'"_s));
        }
        auto reopened = LocalReplica::open(path);
        QVERIFY(reopened);
        QVERIFY((*reopened)->geoIndexReady());
        QCOMPARE(geoRows((*reopened)->database()), 41);
        QCOMPARE(nearIds((*reopened)->database(), kLyon, 10), (QStringList{u"o-0"_s, u"o-after"_s, u"o-7"_s}));
    }

    // Deleting an opportunity removes its activities, notes and scoring history locally (the
    // server's ON DELETE CASCADE), without queuing their deletes.
    void opportunityDeleteMirrorsTheCascade()
    {
        auto rep = newReplica();
        const QSqlDatabase db = rep->database();
        seedDirectory(db);
        insertOpportunity(db, u"o-1"_s, u"Télésurveillance"_s, u"proposition"_s, QVariant(), kSophie);
        insertActivity(db, u"a-1"_s, u"o-1"_s, u"sortant"_s, u"2026-11-02T08:00"_s);
        QVERIFY(execSql(db, u"INSERT INTO opportunity_notes (id, entity_id, opportunity_id, author_id, body) VALUES ('n-1', ?, 'o-1', ?, 'Note')"_s,
                     {kFrance, kSophie}));
        QVERIFY(execSql(db, u"INSERT INTO scoring_history (id, entity_id, opportunity_id, score, temperature, factors, source, computed_at) "
                         "VALUES ('h-1', ?, 'o-1', 52, 'COLD', '[]', 'cron', '2026-11-02T06:00:00.000Z')"_s,
                     {kFrance}));
        QSignalSpy changed(rep.get(), &LocalReplica::tableChanged);
        QVERIFY(rep->deleteRow(u"opportunities"_s, u"o-1"_s));
        for (const char *table : {"opportunity_activities", "opportunity_notes", "scoring_history"}) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            bool announced = false;
            for (const QList<QVariant> &args : changed)
                announced = announced || args.first().toString() == QLatin1String(table);
            QVERIFY(announced);
        }
        const QList<Mutation> pending = rep->pendingMutations(100);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().table, u"opportunities"_s);
        QCOMPARE(pending.first().op, u"delete"_s);
    }
};

QTEST_MAIN(TestLocalScoring)
#include "tst_local_scoring.moc"
