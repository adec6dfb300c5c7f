#include "demo/DemoSeeder.h"

#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "server/Logging.h"
#include "services/Crypto.h"

#include <QHash>
#include <QUuid>

#include <algorithm>

namespace hector::server {

namespace {
struct DemoUser
{
    const char *email;
    const char *first;
    const char *last;
    const char *role;
    const char *country;
    const char *disc; // DISC profile (score of module 14), or null
};

constexpr DemoUser kUsers[] = {
    {"admin@adsgroup-security.com", "Claire", "Martin", "admin", "FR", nullptr},
    {"president@adsgroup-security.com", "Philippe", "Durand", "president", "FR", "D"},
    {"manager@adsgroup-security.com", "Sophie", "Bernard", "manager", "FR", "I"},
    {"commercial@adsgroup-security.com", "Julien", "Petit", "commercial", "FR", "D"},
    {"assistant@adsgroup-security.com", "Camille", "Robert", "assistant", "FR", nullptr},
    {"commercial.lu@adsgroup-security.com", "Marc", "Weber", "commercial", "LU", "S"},
    {"commercial.be@adsgroup-security.com", "Lucas", "Peeters", "commercial", "BE", "C"},
};

// The office of each entity (the geography factor of the score measures the distance to it).
struct Office
{
    const char *country;
    const char *name;
    double latitude;
    double longitude;
};
constexpr Office kOffices[] = {
    {"FR", "France", 48.8566, 2.3522},     // Paris
    {"LU", "Luxembourg", 49.6116, 6.1319}, // Luxembourg-Ville
    {"BE", "Belgique", 50.8503, 4.3517},   // Bruxelles
};

QString readablePassword()
{
    // 4 groups of 4 characters without look-alikes, plus a digit: easy to type, ~80 bits.
    static const QByteArray alphabet = QByteArrayLiteral("abcdefghjkmnpqrstuvwxyz23456789");
    const QByteArray random = crypto::randomBytes(16);
    QString out;
    for (int i = 0; i < 16; ++i) {
        if (i && i % 4 == 0)
            out += u'-';
        out += QLatin1Char(alphabet.at(quint8(random.at(i)) % alphabet.size()));
    }
    return out + QStringLiteral("-7");
}
} // namespace

Result<DemoSeeder::Outcome> DemoSeeder::seed(Database &db, const PasswordHasher &hasher, int prospectCount,
                                             const QString &password, quint32 randomSeed)
{
    return db.transaction<Outcome>([&](PgConnection &conn) -> Result<Outcome> {
        Outcome out;
        // Serialise concurrent seeders; skip when the organisation exists.
        if (auto r = conn.exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('hector.demo_seed'))")); !r)
            return r.error();
        auto existing = conn.exec(QStringLiteral("SELECT count(*) AS n FROM organizations"));
        if (!existing)
            return existing.error();
        if (existing->toInt(0, "n") > 0)
            return out;

        auto org = conn.exec(QStringLiteral("INSERT INTO organizations (name) VALUES ('ADS Group Security') "
                                            "RETURNING id"));
        if (!org)
            return org.error();
        const QString orgId = org->text(0, "id");
        QHash<QString, QString> entityByCountry;
        QHash<QString, QString> entityName;
        for (const Office &office : kOffices) {
            const QString country = QString::fromLatin1(office.country);
            const QString name = QString::fromLatin1(office.name);
            auto e = conn.exec(QStringLiteral("INSERT INTO entities (organization_id, name, country_code, level, "
                                              "office_latitude, office_longitude) VALUES ($1, $2, $3, 0, $4, $5) RETURNING id"),
                               {orgId, name, country, office.latitude, office.longitude});
            if (!e)
                return e.error();
            entityByCountry.insert(country, e->text(0, "id"));
            entityName.insert(country, name);
        }

        QHash<QString, QString> commercialByCountry;
        QHash<QString, QString> managerByCountry;
        for (const DemoUser &u : kUsers) {
            const QString pw = password.isEmpty() ? readablePassword() : password;
            auto hash = hasher.hash(pw);
            if (!hash)
                return hash.error();
            const QString country = QString::fromLatin1(u.country);
            auto id = conn.exec(QStringLiteral("INSERT INTO users (email, first_name, last_name, role, "
                                               "organization_id, entity_id, password_hash, disc_profile) "
                                               "VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id"),
                                {QString::fromLatin1(u.email), QString::fromUtf8(u.first),
                                 QString::fromUtf8(u.last), QString::fromLatin1(u.role), orgId,
                                 entityByCountry.value(country), *hash,
                                 u.disc ? QVariant(QString::fromLatin1(u.disc)) : QVariant()});
            if (!id)
                return id.error();
            if (QLatin1String(u.role) == QLatin1String("commercial"))
                commercialByCountry.insert(country, id->text(0, "id"));
            if (QLatin1String(u.role) == QLatin1String("manager"))
                managerByCountry.insert(country, id->text(0, "id"));
            out.credentials.append(Credentials{QString::fromLatin1(u.email), QString::fromLatin1(u.role),
                                               entityName.value(country), pw});
        }

        demo::DemoGenerator gen(randomSeed);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto iso = [](const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); };
        auto appendRow = [](QByteArray &buffer, const QList<QPair<QString, bool>> &fields) {
            for (qsizetype f = 0; f < fields.size(); ++f) {
                if (f)
                    buffer.append('\t');
                buffer.append(copyField(fields[f].first, fields[f].second));
            }
            buffer.append('\n');
        };

        // Complete records appointments, actions and notes may be about, per country (a sample is
        // plenty: the diaries and lists below are capped).
        struct Target
        {
            QString id;
            QString owner;
            demo::DemoProspect place; // address, postcode and city only
        };
        QHash<QString, QList<Target>> targets;
        QByteArray copy;
        copy.reserve(qsizetype(prospectCount) * 460);
        // Opportunities (module 14) of one complete prospect in five, owned by the prospect's
        // commercial, else by the entity's manager (or commercial); their exchanges and notes.
        QByteArray opportunityCopy;
        QByteArray activityCopy;
        QByteArray opportunityNoteCopy;
        auto number = [](qint64 n) { return QString::number(n); };
        for (int i = 0; i < prospectCount; ++i) {
            // 60 % France, 20 % Luxembourg, 20 % Belgique.
            const int bucket = i % 10;
            const QString country = bucket < 6 ? QStringLiteral("FR")
                                    : bucket < 8 ? QStringLiteral("LU")
                                                 : QStringLiteral("BE");
            // 1 in 19 (every country): captured in the field by the commercial, still to qualify
            // (module 11).
            const bool partial = i % 19 == 7;
            const demo::DemoProspect p = partial ? gen.partialProspect(country) : gen.prospect(country);
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QString owner = (!partial && i % 3 == 0) ? QString() : commercialByCountry.value(country);
            // Field captures of the last three weeks (the queue is worked oldest first); the
            // others over the last two years.
            const QDateTime created = partial ? now.addSecs(-qint64(i % 21) * 86400 - qint64(i % 600) * 60)
                                              : now.addDays(-(30 + (qint64(i) * 7919) % 700)).addSecs(-qint64(i % 600) * 60);
            // The decision maker's DISC profile is known for two complete records in five.
            const QString disc = !partial && (i % 5 == 0 || i % 5 == 3) ? gen.discProfile() : QString();
            appendRow(copy, {
                                {id, false},
                                {entityByCountry.value(country), false},
                                {owner, owner.isEmpty()},
                                {p.companyName, false},
                                {p.siren, p.siren.isEmpty()},
                                {p.siret, p.siret.isEmpty()},
                                {p.nafCode, p.nafCode.isEmpty()},
                                {p.legalForm, p.legalForm.isEmpty()},
                                {p.address, p.address.isEmpty()},
                                {p.postcode, false},
                                {p.city, p.city.isEmpty()},
                                {p.countryCode, false},
                                {p.phone, p.phone.isEmpty()},
                                {p.email, p.email.isEmpty()},
                                {p.website, p.website.isEmpty()},
                                {p.contactName, p.contactName.isEmpty()},
                                {p.contactTitle, p.contactTitle.isEmpty()},
                                {p.status, false},
                                {p.source, false},
                                {iso(created), false},
                                {QString::number(p.latitude, 'f', 6), !p.hasPosition},
                                {QString::number(p.longitude, 'f', 6), !p.hasPosition},
                                {disc, disc.isEmpty()},
                                {p.headcountBand, p.headcountBand.isEmpty()},
                                {QString::number(p.revenueEur), p.revenueEur < 0},
                            });
            if (!partial && i % 5 == 2) {
                const demo::DemoOpportunity o = gen.opportunity(p, now);
                const QString opportunityId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                const QString entity = entityByCountry.value(country);
                QString seller = owner;
                if (seller.isEmpty())
                    seller = managerByCountry.value(country, commercialByCountry.value(country));
                const QDateTime lastActivity = o.activities.isEmpty() ? QDateTime() : o.activities.last().occurredAt;
                appendRow(opportunityCopy, {{opportunityId, false},
                                            {entity, false},
                                            {id, false},
                                            {seller, seller.isEmpty()},
                                            {o.title, false},
                                            {o.stage, false},
                                            {number(o.amountEur), false},
                                            {number(o.monthlyEur), o.monthlyEur < 0},
                                            {number(o.probability), false},
                                            {iso(o.expectedCloseAt), !o.expectedCloseAt.isValid()},
                                            {iso(o.closedAt), !o.closedAt.isValid()},
                                            {o.lostReason, o.lostReason.isEmpty()},
                                            {number(o.sharedConnections), o.sharedConnections < 0},
                                            {iso(lastActivity), !lastActivity.isValid()},
                                            {iso(o.stageChangedAt), false},
                                            {iso(o.createdAt), false}});
                for (const demo::DemoActivity &a : o.activities) {
                    appendRow(activityCopy, {{entity, false},
                                             {opportunityId, false},
                                             {seller, seller.isEmpty()},
                                             {a.kind, false},
                                             {a.direction, false},
                                             {iso(a.occurredAt), false},
                                             {a.summary, false},
                                             {iso(a.occurredAt), false}});
                    ++out.opportunityActivities;
                }
                for (qsizetype k = 0; k < o.notes.size(); ++k) {
                    appendRow(opportunityNoteCopy, {{entity, false},
                                                    {opportunityId, false},
                                                    {seller, seller.isEmpty()},
                                                    {o.notes.at(k), false},
                                                    {iso(o.createdAt.addDays(1 + k)), false}});
                    ++out.opportunityNotes;
                }
                ++out.opportunities;
            }
            if (partial) {
                ++out.partialProspects;
            } else if (i % 4 == 1 && targets[country].size() < 2000) {
                demo::DemoProspect place;
                place.address = p.address;
                place.postcode = p.postcode;
                place.city = p.city;
                targets[country].append(Target{id, owner, place});
            }
        }
        if (prospectCount > 0) {
            auto n = conn.copyIn(QStringLiteral("COPY prospects (id, entity_id, owner_id, company_name, siren, siret, "
                                                "naf_code, legal_form, address, postcode, city, country_code, "
                                                "phone, email, website, contact_name, contact_title, status, "
                                                "source, created_at, latitude, longitude, disc_profile, headcount_band, revenue_eur) "
                                                "FROM STDIN"),
                                 copy);
            if (!n)
                return n.error();
            out.prospects = int(*n);
        }

        // Each commercial and manager works the prospects of their entity: a commercial those
        // they own, the manager any of them.
        struct Seller
        {
            QString id;
            QString country;
            bool commercial;
        };
        QList<Seller> sellers;
        for (auto it = commercialByCountry.begin(); it != commercialByCountry.end(); ++it)
            sellers.append(Seller{it.value(), it.key(), true});
        for (auto it = managerByCountry.begin(); it != managerByCountry.end(); ++it)
            sellers.append(Seller{it.value(), it.key(), false});
        // A fixed order: the generator's sequence (hence the data) depends only on the seed.
        std::sort(sellers.begin(), sellers.end(), [](const Seller &a, const Seller &b) {
            return std::pair(a.country, !a.commercial) < std::pair(b.country, !b.commercial);
        });
        QByteArray rdvCopy;
        QByteArray actionCopy;
        QByteArray noteCopy;
        for (const Seller &seller : sellers) {
            const auto countryTargets = targets.constFind(seller.country);
            if (countryTargets == targets.constEnd())
                continue;
            QList<const Target *> mine;
            for (const Target &t : *countryTargets) {
                if (!seller.commercial || t.owner == seller.id)
                    mine.append(&t);
            }
            if (mine.isEmpty())
                continue;
            const QString entity = entityByCountry.value(seller.country);
            const QList<QDateTime> diary = gen.diary(now);
            for (qsizetype k = 0; k < diary.size(); ++k) {
                const Target &t = *mine.at((k * 7) % mine.size());
                const demo::DemoRdv r = gen.rdv(t.place, diary.at(k), now);
                appendRow(rdvCopy, {{entity, false},
                                    {t.id, false},
                                    {seller.id, false},
                                    {r.title, false},
                                    {iso(r.startsAt), false},
                                    {iso(r.endsAt), false},
                                    {r.location, r.location.isEmpty()},
                                    {r.status, false},
                                    {r.notes, r.notes.isEmpty()},
                                    {QString::number(r.reminderMinutes), r.reminderMinutes < 0}});
                ++out.rdvs;
            }
            for (qsizetype k = 0; k < std::min<qsizetype>(mine.size(), 120); ++k) {
                const Target &t = *mine.at(k);
                const demo::DemoAction a = gen.action(now);
                appendRow(actionCopy, {{entity, false},
                                       {t.id, false},
                                       {seller.id, false},
                                       {a.type, false},
                                       {a.status, false},
                                       {a.title, false},
                                       {iso(a.dueAt), !a.dueAt.isValid()},
                                       {iso(a.completedAt), !a.completedAt.isValid()},
                                       {a.notes, a.notes.isEmpty()}});
                ++out.actions;
            }
            for (qsizetype k = 0; k < std::min<qsizetype>(mine.size(), 150); k += 3) {
                const Target &t = *mine.at(k);
                appendRow(noteCopy, {{entity, false},
                                     {t.id, false},
                                     {seller.id, false},
                                     {gen.note(), false},
                                     {iso(now.addSecs(-3600LL * (2 + (k * 37) % 1400))), false}});
                ++out.notes;
            }
        }
        const QList<QPair<QString, QByteArray *>> copies{
            {QStringLiteral("COPY rdvs (entity_id, prospect_id, owner_id, title, starts_at, ends_at, location, status, "
                            "notes, reminder_minutes) FROM STDIN"),
             &rdvCopy},
            {QStringLiteral("COPY actions (entity_id, prospect_id, owner_id, type, status, title, due_at, completed_at, "
                            "notes) FROM STDIN"),
             &actionCopy},
            {QStringLiteral("COPY prospect_notes (entity_id, prospect_id, author_id, body, created_at) FROM STDIN"),
             &noteCopy},
            {QStringLiteral("COPY opportunities (id, entity_id, prospect_id, owner_id, title, stage, amount_eur, monthly_eur, "
                            "probability, expected_close_at, closed_at, lost_reason, shared_connections, last_activity_at, "
                            "stage_changed_at, created_at) FROM STDIN"),
             &opportunityCopy},
            {QStringLiteral("COPY opportunity_activities (entity_id, opportunity_id, author_id, kind, direction, occurred_at, "
                            "summary, created_at) FROM STDIN"),
             &activityCopy},
            {QStringLiteral("COPY opportunity_notes (entity_id, opportunity_id, author_id, body, created_at) FROM STDIN"),
             &opportunityNoteCopy},
        };
        for (const auto &[sql, data] : copies) {
            if (data->isEmpty())
                continue;
            if (auto n = conn.copyIn(sql, *data); !n)
                return n.error();
        }
        // Fresh statistics at once (autovacuum would take a minute): the first snapshots page
        // through the primary-key index instead of sorting the whole table.
        if (auto a = conn.execScript(QStringLiteral("ANALYZE prospects, rdvs, actions, prospect_notes, opportunities, "
                                                    "opportunity_activities, opportunity_notes"));
            !a)
            return a.error();
        out.seeded = true;
        qCInfo(lcServer).noquote() << QStringLiteral("demo data seeded: %1 users, %2 prospects (%3 to qualify), %4 "
                                                     "appointments, %5 actions, %6 notes, %7 opportunities (%8 "
                                                     "activities, %9 notes)")
                                          .arg(out.credentials.size())
                                          .arg(out.prospects)
                                          .arg(out.partialProspects)
                                          .arg(out.rdvs)
                                          .arg(out.actions)
                                          .arg(out.notes)
                                          .arg(out.opportunities)
                                          .arg(out.opportunityActivities)
                                          .arg(out.opportunityNotes);
        return out;
    });
}

} // namespace hector::server
