#pragma once

#include "core/Result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace hector::server {

class Database;
class PasswordHasher;

// Seeds the demo organisation (entities France, Luxembourg, Belgique), one user per role and
// `prospectCount` realistic prospects. Does nothing when an organisation already exists.
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
    };

    // `password`: the same password for every demo account; empty: a random one per account.
    static Result<Outcome> seed(Database &db, const PasswordHasher &hasher, int prospectCount,
                                const QString &password, quint32 randomSeed = 20261125);
};

} // namespace hector::server
