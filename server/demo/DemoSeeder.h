#pragma once

#include "core/Result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace hector::server {

class Database;
class PasswordHasher;

// Seeds the demo organisation (entities France, Luxembourg, Belgique), one user per role and
// `prospectCount` realistic prospects (1 in 19 captured in the field and « à qualifier »), with a
// diary of appointments for each commercial and manager (8 weeks back, 4 weeks ahead), follow-up
// actions and notes, all with prospects of their entity; opportunities with their exchanges and
// notes for one complete prospect in five, DISC profiles, prospect positions and entity offices
// (the inputs of the opportunity score). Everything goes in with COPY. Does nothing when an
// organisation already exists.
class DemoSeeder
{
public:
    struct Credentials
    {
        QString email;
        QString role;
        QString entity;
        QString password;
    };
    struct Outcome
    {
        bool seeded = false;
        QList<Credentials> credentials; // plain passwords, to print once
        int prospects = 0;
        int partialProspects = 0; // of which « a_qualifier », captured in the field
        int rdvs = 0;
        int actions = 0;
        int notes = 0;
        int opportunities = 0; // module 14, with their activities and notes
        int opportunityActivities = 0;
        int opportunityNotes = 0;
    };

    // `password`: the same password for every demo account; empty: a random one per account.
    static Result<Outcome> seed(Database &db, const PasswordHasher &hasher, int prospectCount,
                                const QString &password, quint32 randomSeed = 20261125);
};

} // namespace hector::server
