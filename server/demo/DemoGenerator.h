#pragma once

#include <QRandomGenerator>
#include <QString>

namespace hector::server::demo {

struct DemoPerson
{
    QString firstName;
    QString lastName;
};

// One row of the `prospects` table (see server/migrations/0001_foundation.sql), without the ids.
struct DemoProspect
{
    QString companyName;
    QString siren;     // 9 digits, valid; empty outside France
    QString siret;     // 14 digits, valid, starts with siren; empty outside France
    QString nafCode;   // FR: NAF rev. 2 ("47.73Z"); BE/LU: NACE rev. 2 class ("47.73")
    QString legalForm; // FR: SAS, SARL, ...; BE: SRL/SA or BV/NV; LU: SARL, SA, SàRL, ...
    QString address;   // street line, in the local convention of the country
    QString postcode;  // FR "75008", BE "1000", LU "L-1009"
    QString city;
    QString countryCode; // FR, LU, BE
    QString phone;       // E.164: +33..., +352..., +32...
    QString email;
    QString website;     // https://www.<domain>, or empty for small businesses without one
    QString contactName; // "Prénom Nom"
    QString contactTitle;
    QString status; // nouveau, a_qualifier, qualifie, en_cours, client, perdu
    QString source; // terrain, import, salon, site_web, recommandation, appel_entrant
};

// Realistic, fictitious demo data for the three entities (France, Luxembourg, Belgique).
// Deterministic: two generators built with the same seed return the same values for the same
// sequence of calls. Company identifiers are random but always pass the SIREN/SIRET checks of
// hector::validation; they are not those of real companies except by chance.
class DemoGenerator
{
public:
    explicit DemoGenerator(quint32 seed);

    // A French first and last name.
    DemoPerson person();
    // countryCode is "FR", "LU" or "BE" (case-insensitive); anything else is treated as "FR".
    DemoProspect prospect(const QString &countryCode);

private:
    QRandomGenerator m_rng;
};

} // namespace hector::server::demo
