#pragma once

#include <QDateTime>
#include <QList>
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
    QString headcountBand; // INSEE code (crm::headcountBands()), or empty
    qint64 revenueEur = -1; // -1: unknown
    // Position: within about 2 km of the town's centre; none for field captures.
    bool hasPosition = false;
    double latitude = 0;
    double longitude = 0;
};

// An appointment (module 7). Times in UTC.
struct DemoRdv
{
    QString title;
    QDateTime startsAt;
    QDateTime endsAt;
    QString location;
    QString status; // planifie (to come), effectue or annule (past)
    QString notes;
    int reminderMinutes = -1; // minutes before the start; -1: no reminder
};

// A sales action (module 8). Times in UTC.
struct DemoAction
{
    QString type;   // appel, email, visite, devis
    QString status; // a_faire, en_cours, termine
    QString title;
    QDateTime dueAt;
    QDateTime completedAt; // set when termine
    QString notes;
};

// An exchange about an opportunity (module 14). Times in UTC.
struct DemoActivity
{
    QString kind;      // appel, email, rdv, devis, autre
    QString direction; // sortant (we), entrant (the prospect)
    QDateTime occurredAt;
    QString summary;
};

// An opportunity (module 14). Times in UTC.
struct DemoOpportunity
{
    QString title;
    QString stage; // prospection … signature, gagne, perdu
    qint64 amountEur = 0;   // one-off, 2 000 to 80 000 €
    qint64 monthlyEur = -1; // recurring (télésurveillance, maintenance): 30 to 600 €; -1: none
    int probability = 0;    // by stage
    QDateTime createdAt;
    QDateTime stageChangedAt;
    QDateTime expectedCloseAt; // open ones
    QDateTime closedAt;        // won or lost ones, over the last 12 months
    QString lostReason;
    int sharedConnections = -1; // -1: unknown
    QList<DemoActivity> activities; // in time order, between createdAt and closedAt (or now)
    QStringList notes;
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
    // A complete record, never « a_qualifier » (see partialProspect()).
    DemoProspect prospect(const QString &countryCode);
    // A record captured in the field and not qualified yet (module 11): company name, postcode and
    // country only, plus a phone 6 times in 10; status « a_qualifier », source « terrain ».
    DemoProspect partialProspect(const QString &countryCode);

    // The appointment starts (UTC) of one person's diary: weekdays from 8 weeks before `now` to 4
    // weeks after it, 0 to 3 a day at 9:00, 10:30, 14:00, 15:30 or 17:00 Europe/Paris (so they
    // never overlap), in time order.
    QList<QDateTime> diary(const QDateTime &now);
    // An appointment with `prospect` at `startsAt` (30 to 90 minutes): effectue (1 in 8 annule)
    // when it started before `now`, planifie otherwise.
    DemoRdv rdv(const DemoProspect &prospect, const QDateTime &startsAt, const QDateTime &now);
    // A follow-up action: a_faire half of the time (some overdue, some due today, the others in
    // the next three weeks), en_cours, or termine with its completion time (never after `now`).
    // Due times fall on weekdays during office hours, Europe/Paris.
    DemoAction action(const QDateTime &now);
    // A short note of a commercial about a prospect.
    QString note();
    // A DISC profile: D, I, S or C.
    QString discProfile();
    // An opportunity with a prospect: stages spread over the pipeline (about a third closed, won or
    // lost, over the 12 months before `now`), an offer of the company's catalogue with its amount
    // and, for monitoring and maintenance, a monthly fee; exchanges in both directions with the
    // prospect answering after a few hours to a few days (some never), some notes.
    DemoOpportunity opportunity(const DemoProspect &prospect, const QDateTime &now);

private:
    QRandomGenerator m_rng;
};

} // namespace hector::server::demo
