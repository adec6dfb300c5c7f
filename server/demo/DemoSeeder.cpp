#include "demo/DemoSeeder.h"

#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "server/Logging.h"
#include "services/Crypto.h"

#include <QHash>

namespace hector::server {

namespace {
struct DemoUser
{
    const char *email;
    const char *first;
    const char *last;
    const char *role;
    const char *country;
};

constexpr DemoUser kUsers[] = {
    {"admin@adsgroup-security.com", "Claire", "Martin", "admin", "FR"},
    {"president@adsgroup-security.com", "Philippe", "Durand", "president", "FR"},
    {"manager@adsgroup-security.com", "Sophie", "Bernard", "manager", "FR"},
    {"commercial@adsgroup-security.com", "Julien", "Petit", "commercial", "FR"},
    {"assistant@adsgroup-security.com", "Camille", "Robert", "assistant", "FR"},
    {"commercial.lu@adsgroup-security.com", "Marc", "Weber", "commercial", "LU"},
    {"commercial.be@adsgroup-security.com", "Lucas", "Peeters", "commercial", "BE"},
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
        const QList<QPair<QString, QString>> entities{{QStringLiteral("FR"), QStringLiteral("France")},
                                                      {QStringLiteral("LU"), QStringLiteral("Luxembourg")},
                                                      {QStringLiteral("BE"), QStringLiteral("Belgique")}};
        for (const auto &[country, name] : entities) {
            auto e = conn.exec(QStringLiteral("INSERT INTO entities (organization_id, name, country_code, level) "
                                              "VALUES ($1, $2, $3, 0) RETURNING id"),
                               {orgId, name, country});
            if (!e)
                return e.error();
            entityByCountry.insert(country, e->text(0, "id"));
            entityName.insert(country, name);
        }

        QHash<QString, QString> commercialByCountry;
        for (const DemoUser &u : kUsers) {
            const QString pw = password.isEmpty() ? readablePassword() : password;
            auto hash = hasher.hash(pw);
            if (!hash)
                return hash.error();
            const QString country = QString::fromLatin1(u.country);
            auto id = conn.exec(QStringLiteral("INSERT INTO users (email, first_name, last_name, role, "
                                               "organization_id, entity_id, password_hash) "
                                               "VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id"),
                                {QString::fromLatin1(u.email), QString::fromUtf8(u.first),
                                 QString::fromUtf8(u.last), QString::fromLatin1(u.role), orgId,
                                 entityByCountry.value(country), *hash});
            if (!id)
                return id.error();
            if (QLatin1String(u.role) == QLatin1String("commercial"))
                commercialByCountry.insert(country, id->text(0, "id"));
            out.credentials.append(Credentials{QString::fromLatin1(u.email), QString::fromLatin1(u.role),
                                               entityName.value(country), pw});
        }

        demo::DemoGenerator gen(randomSeed);
        QByteArray copy;
        copy.reserve(qsizetype(prospectCount) * 400);
        for (int i = 0; i < prospectCount; ++i) {
            // 60 % France, 20 % Luxembourg, 20 % Belgique.
            const int bucket = i % 10;
            const QString country = bucket < 6 ? QStringLiteral("FR")
                                    : bucket < 8 ? QStringLiteral("LU")
                                                 : QStringLiteral("BE");
            const demo::DemoProspect p = gen.prospect(country);
            const QString owner = (i % 3 == 0) ? QString() : commercialByCountry.value(country);
            const QList<QPair<QString, bool>> fields{
                {entityByCountry.value(country), false},
                {owner, owner.isEmpty()},
                {p.companyName, false},
                {p.siren, p.siren.isEmpty()},
                {p.siret, p.siret.isEmpty()},
                {p.nafCode, p.nafCode.isEmpty()},
                {p.legalForm, p.legalForm.isEmpty()},
                {p.address, false},
                {p.postcode, false},
                {p.city, false},
                {p.countryCode, false},
                {p.phone, p.phone.isEmpty()},
                {p.email, p.email.isEmpty()},
                {p.website, p.website.isEmpty()},
                {p.contactName, p.contactName.isEmpty()},
                {p.contactTitle, p.contactTitle.isEmpty()},
                {p.status, false},
                {p.source, false},
            };
            for (qsizetype f = 0; f < fields.size(); ++f) {
                if (f)
                    copy.append('\t');
                copy.append(copyField(fields[f].first, fields[f].second));
            }
            copy.append('\n');
        }
        if (prospectCount > 0) {
            auto n = conn.copyIn(QStringLiteral("COPY prospects (entity_id, owner_id, company_name, siren, siret, "
                                                "naf_code, legal_form, address, postcode, city, country_code, "
                                                "phone, email, website, contact_name, contact_title, status, "
                                                "source) FROM STDIN"),
                                 copy);
            if (!n)
                return n.error();
            out.prospects = int(*n);
            // Fresh statistics at once (autovacuum would take a minute): the first snapshots
            // page through the primary-key index instead of sorting the whole table.
            if (auto a = conn.execScript(QStringLiteral("ANALYZE prospects")); !a)
                return a.error();
        }
        out.seeded = true;
        qCInfo(lcServer) << "demo data seeded:" << out.credentials.size() << "users," << out.prospects
                         << "prospects";
        return out;
    });
}

} // namespace hector::server
