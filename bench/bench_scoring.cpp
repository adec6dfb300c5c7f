// Opportunity scoring and proximity on the client's replica (issue #6 targets): bulk local scoring
// of every opportunity (the board and list sort by score), the Scoring tab of one, and « within
// 5 km » queries on the R*Tree of prospect positions.
// Targets: bulk scoring of 100 000 opportunities < 300 ms, a proximity query < 2 ms among 100 000.
// Usage: bench_scoring [opportunities]   (prints a Markdown table; as many prospects)
#include "core/geo/Geo.h"
#include "server/demo/DemoGenerator.h"
#include "sync/crm/LocalScoring.h"
#include "sync/crm/OpportunityProximity.h"
#include "sync/replica/LocalReplica.h"
#include "ui/opportunities/OpportunityModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace hector;

namespace {
void out(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

QString ms(qint64 nanoseconds)
{
    return QString::number(double(nanoseconds) / 1e6, 'f', nanoseconds < 10'000'000 ? 2 : 0);
}

// Median and worst of a list of durations (ns).
struct Spread
{
    qint64 median = 0;
    qint64 worst = 0;
};
Spread spread(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? Spread{} : Spread{values.at(values.size() / 2), values.last()};
}

// Where the prospects are: around the agencies' cities (70 %, a few km to a few tens of km from
// the centre) and anywhere in the three countries (30 %).
struct City
{
    const char *name;
    double lat;
    double lon;
};
const City kCities[] = {
    {"Paris", 48.8566, 2.3522},     {"Lyon", 45.7640, 4.8357},       {"Marseille", 43.2965, 5.3698},
    {"Toulouse", 43.6047, 1.4442},  {"Nice", 43.7102, 7.2620},       {"Nantes", 47.2184, -1.5536},
    {"Strasbourg", 48.5734, 7.7521}, {"Montpellier", 43.6108, 3.8767}, {"Bordeaux", 44.8378, -0.5792},
    {"Lille", 50.6292, 3.0573},     {"Rennes", 48.1173, -1.6778},    {"Reims", 49.2583, 4.0317},
    {"Orléans", 47.9030, 1.9093},   {"Dijon", 47.3220, 5.0415},      {"Metz", 49.1193, 6.1757},
    {"Luxembourg", 49.6116, 6.1319}, {"Esch-sur-Alzette", 49.4958, 5.9806}, {"Bruxelles", 50.8503, 4.3517},
    {"Liège", 50.6326, 5.5797},     {"Anvers", 51.2194, 4.4025},     {"Namur", 50.4674, 4.8720},
};

geo::LatLon randomPosition(QRandomGenerator &rng)
{
    if (rng.bounded(10) < 7) {
        const City &c = kCities[rng.bounded(int(std::size(kCities)))];
        // A normal spread of about 12 km (Box-Muller), in degrees.
        const double u1 = std::max(1e-12, rng.generateDouble());
        const double u2 = rng.generateDouble();
        const double r = std::sqrt(-2 * std::log(u1)) * 12.0 / 111.195;
        return {c.lat + r * std::cos(2 * M_PI * u2), c.lon + r * std::sin(2 * M_PI * u2) / std::cos(c.lat * M_PI / 180)};
    }
    return {43.0 + rng.generateDouble() * 8.0, -1.5 + rng.generateDouble() * 9.0};
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int rows = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    if (qEnvironmentVariableIsSet("HECTOR_BENCH_KEEP")) {
        dir.setAutoRemove(false);
        qInfo("replica kept in %s", qPrintable(dir.path()));
    }
    const QString path = dir.filePath(QStringLiteral("replica.sqlite"));
    QRandomGenerator rng(2026);
    int activityCount = 0;
    QElapsedTimer t;
    t.start();
    QList<geo::LatLon> positions;
    QStringList opportunityIds;
    {
        auto replica = sync::LocalReplica::open(path);
        if (!replica)
            return 1;
        QSqlDatabase db = (*replica)->database();
        QSqlQuery q(db);
        db.transaction();
        // Three entities with their office, 60 users with a DISC profile (some unknown).
        const struct
        {
            const char *id;
            const char *name;
            const char *country;
            double lat;
            double lon;
        } entities[] = {{"fr", "France", "FR", 45.7640, 4.8357},
                        {"lu", "Luxembourg", "LU", 49.6283, 6.1617},
                        {"be", "Belgique", "BE", 50.8503, 4.3517}};
        q.prepare(QStringLiteral("INSERT INTO entities (id, name, country_code, level, office_latitude, office_longitude) "
                                 "VALUES (?, ?, ?, 1, ?, ?)"));
        for (const auto &e : entities) {
            q.addBindValue(QString::fromLatin1(e.id));
            q.addBindValue(QString::fromUtf8(e.name));
            q.addBindValue(QString::fromLatin1(e.country));
            q.addBindValue(e.lat);
            q.addBindValue(e.lon);
            q.exec();
        }
        server::demo::DemoGenerator gen(6);
        const QStringList discs{QString(), QStringLiteral("D"), QStringLiteral("I"), QStringLiteral("S"), QStringLiteral("C")};
        QStringList users;
        q.prepare(QStringLiteral("INSERT INTO users (id, email, first_name, last_name, role, entity_id, active, disc_profile) "
                                 "VALUES (?, ?, ?, ?, 'commercial', ?, 1, ?)"));
        for (int i = 0; i < 60; ++i) {
            const auto person = gen.person();
            users << QUuid::createUuid().toString(QUuid::WithoutBraces);
            q.addBindValue(users.last());
            q.addBindValue(QStringLiteral("commercial%1@adsgroup-security.com").arg(i));
            q.addBindValue(person.firstName);
            q.addBindValue(person.lastName);
            q.addBindValue(QString::fromLatin1(entities[i % 3].id));
            q.addBindValue(discs.at(i % discs.size()));
            q.exec();
        }
        // Prospects with a position (DemoGenerator records), one opportunity each with 0 to 6
        // activities (3 on average) over the last months.
        q.prepare(QStringLiteral("INSERT INTO prospects (id, entity_id, company_name, siren, city, postcode, country_code, "
                                 "contact_name, headcount_band, revenue_eur, status, latitude, longitude, disc_profile) "
                                 "VALUES (?, 'fr', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery o(db);
        o.prepare(QStringLiteral("INSERT INTO opportunities (id, entity_id, prospect_id, owner_id, title, stage, amount_eur, "
                                 "monthly_eur, probability, shared_connections, created_at, updated_at) "
                                 "VALUES (?, 'fr', ?, ?, ?, ?, ?, ?, ?, ?, '2026-09-01T08:00:00.000Z', '2026-11-20T08:00:00.000Z')"));
        QSqlQuery a(db);
        a.prepare(QStringLiteral("INSERT INTO opportunity_activities (id, entity_id, opportunity_id, author_id, kind, direction, "
                                 "occurred_at, summary) VALUES (?, 'fr', ?, ?, 'appel', ?, ?, 'Appel de suivi')"));
        const QStringList stages{QStringLiteral("prospection"), QStringLiteral("qualification"), QStringLiteral("proposition"),
                                 QStringLiteral("negociation"), QStringLiteral("signature"),     QStringLiteral("gagne"),
                                 QStringLiteral("perdu")};
        const QStringList titles{QStringLiteral("Télésurveillance"), QStringLiteral("Alarme intrusion"),
                                 QStringLiteral("Vidéoprotection"), QStringLiteral("Contrôle d'accès")};
        const QDateTime origin = QDateTime::fromString(QStringLiteral("2026-08-01T07:00:00.000Z"), Qt::ISODateWithMs);
        const QString countries[] = {QStringLiteral("FR"), QStringLiteral("LU"), QStringLiteral("BE")};
        for (int i = 0; i < rows; ++i) {
            const auto p = gen.prospect(countries[i % 10 < 6 ? 0 : (i % 10 < 8 ? 1 : 2)]);
            const QString prospectId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const geo::LatLon at = randomPosition(rng);
            positions << at;
            q.addBindValue(prospectId);
            q.addBindValue(p.companyName);
            q.addBindValue(p.siren);
            q.addBindValue(p.city);
            q.addBindValue(p.postcode);
            q.addBindValue(p.countryCode);
            q.addBindValue(rng.bounded(3) ? p.contactName : QString());
            q.addBindValue(rng.bounded(2) ? QStringLiteral("12") : QString());
            q.addBindValue(rng.bounded(2) ? QVariant(qint64(rng.bounded(20000000))) : QVariant());
            q.addBindValue(p.status);
            q.addBindValue(at.lat);
            q.addBindValue(at.lon);
            q.addBindValue(discs.at(rng.bounded(discs.size())));
            q.exec();
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            opportunityIds << id;
            o.addBindValue(id);
            o.addBindValue(prospectId);
            o.addBindValue(users.at(rng.bounded(users.size())));
            o.addBindValue(QStringLiteral("%1 — %2").arg(titles.at(i % titles.size()), p.companyName));
            o.addBindValue(stages.at(rng.bounded(stages.size())));
            o.addBindValue(qint64(1000 + rng.bounded(40000)));
            o.addBindValue(qint64(rng.bounded(400)));
            o.addBindValue(rng.bounded(101));
            o.addBindValue(rng.bounded(4) ? QVariant(rng.bounded(12)) : QVariant());
            o.exec();
            QDateTime when = origin.addSecs(qint64(rng.bounded(60 * 24)) * 3600);
            for (int k = int(rng.bounded(7)); k > 0; --k) {
                when = when.addSecs(600 + qint64(rng.bounded(72 * 3600)));
                a.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
                a.addBindValue(id);
                a.addBindValue(users.first());
                a.addBindValue(rng.bounded(2) ? QStringLiteral("entrant") : QStringLiteral("sortant"));
                a.addBindValue(when.toString(Qt::ISODateWithMs));
                a.exec();
                ++activityCount;
            }
        }
        db.commit();
    }
    const qint64 seedMs = t.elapsed();

    auto replica = sync::LocalReplica::open(path);
    if (!replica)
        return 1;
    QSqlDatabase db = (*replica)->database();

    // Bulk local scoring (every opportunity), a few runs.
    QList<qint64> bulk;
    QList<qint64> inputsOnly;
    int scored = 0;
    for (int run = 0; run < 5; ++run) {
        t.restart();
        const auto inputs = sync::localScoring::allInputs(db);
        inputsOnly << t.nsecsElapsed();
        t.restart();
        const auto scores = sync::localScoring::scoreAll(db);
        bulk << t.nsecsElapsed();
        scored = int(scores.size());
    }
    // The Scoring tab of one opportunity.
    QList<qint64> single;
    for (int i = 0; i < 200; ++i) {
        t.restart();
        (void)sync::localScoring::score(db, opportunityIds.at(rng.bounded(opportunityIds.size())));
        single << t.nsecsElapsed();
    }
    // « À proximité »: 5 km around 500 random prospects, then 20 km around 200.
    QList<qint64> near5;
    QList<qint64> near20;
    qint64 found5 = 0;
    qint64 found20 = 0;
    int most5 = 0;
    for (int i = 0; i < 500; ++i) {
        const geo::LatLon centre = positions.at(rng.bounded(positions.size()));
        t.restart();
        const auto near = sync::opportunitiesNear(db, centre, 5.0);
        near5 << t.nsecsElapsed();
        found5 += near.size();
        most5 = std::max(most5, int(near.size()));
    }
    for (int i = 0; i < 200; ++i) {
        const geo::LatLon centre = positions.at(rng.bounded(positions.size()));
        t.restart();
        found20 += sync::opportunitiesNear(db, centre, 20.0).size();
        near20 << t.nsecsElapsed();
    }
    // The index filled in one pass (as after a snapshot).
    t.restart();
    (void)(*replica)->rebuildGeoIndex();
    const qint64 rebuildNs = t.nsecsElapsed();
    // The « Opportunités » page's model: every opportunity with its prospect, owner and live score.
    t.restart();
    ui::OpportunityModel model((*replica).get());
    const qint64 modelNs = t.nsecsElapsed();

    const Spread b = spread(bulk);
    const Spread in = spread(inputsOnly);
    const Spread s = spread(single);
    const Spread n5 = spread(near5);
    const Spread n20 = spread(near20);
    out(QStringLiteral("Seeded %1 prospects with a position, %1 opportunities and %2 activities in %3 ms.")
            .arg(rows)
            .arg(activityCount)
            .arg(seedMs));
    out(QString());
    out(QStringLiteral("| scoring and proximity on a %1-opportunity replica | value |").arg(rows));
    out(QStringLiteral("|---|---|"));
    out(QStringLiteral("| bulk local scoring of every opportunity: median of 5 (target < 300 ms) | %1 ms |").arg(ms(b.median)));
    out(QStringLiteral("| bulk local scoring: worst run | %1 ms |").arg(ms(b.worst)));
    out(QStringLiteral("| of which reading the inputs (3 queries): median | %1 ms |").arg(ms(in.median)));
    out(QStringLiteral("| opportunities scored | %1 |").arg(scored));
    out(QStringLiteral("| Scoring tab, one opportunity: median / worst of 200 | %1 ms / %2 ms |").arg(ms(s.median), ms(s.worst)));
    out(QStringLiteral("| within 5 km, 500 random centres: median (target < 2 ms) | %1 ms |").arg(ms(n5.median)));
    out(QStringLiteral("| within 5 km: worst | %1 ms |").arg(ms(n5.worst)));
    out(QStringLiteral("| within 5 km: opportunities found, mean / most | %1 / %2 |")
            .arg(QString::number(double(found5) / 500.0, 'f', 1))
            .arg(most5));
    out(QStringLiteral("| within 20 km, 200 random centres: median / worst | %1 ms / %2 ms |").arg(ms(n20.median), ms(n20.worst)));
    out(QStringLiteral("| within 20 km: opportunities found, mean | %1 |").arg(QString::number(double(found20) / 200.0, 'f', 1)));
    out(QStringLiteral("| proximity index filled in one pass (after a snapshot) | %1 ms |").arg(ms(rebuildNs)));
    out(QStringLiteral("| « Opportunités » model: every row read and scored | %1 ms (%2 rows) |").arg(ms(modelNs)).arg(model.rowCount()));
    out(QString());
    out(QStringLiteral("Prospects sit around 21 agency cities of the three countries (70 %, about 12 km of spread) or "
                       "anywhere in them (30 %); proximity centres are prospect positions."));
    return 0;
}
