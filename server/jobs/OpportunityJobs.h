#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace hector::server {

class Database;
class EmailSender;

namespace jobs {

// The daily jobs of module 14, on the owner connection (every opportunity of the database). Each
// returns the counts recorded in cron_runs.detail.

// Rescoring: every opportunity, in id order and in batches of `batchSize` (one transaction and
// one input query each): the inputs of docs/scoring.md, scoring::score(), then the writes of
// opportunities::scoreWrite() (history rows with `source`: "cron" or "manual").
// {"scored", "updated", "history", "batches", "hot", "warm", "cold"}.
Result<QJsonObject> rescore(Database &owner, const QDateTime &now, const QString &source, int batchSize = 2000);

// Stagnation: open opportunities whose last activity (last_activity_at, else stage_changed_at,
// else created_at) is more than 30 days (720 hours) before `now` get stagnant_since (when not set
// yet) and one notification for their owner per day; the others lose stagnant_since. After the
// commit, one summary e-mail per owner who received new notifications (when `email` is set).
// {"stagnant", "marked", "cleared", "notifications", "emails", "emailFailures"}.
Result<QJsonObject> detectStagnation(Database &owner, const QDateTime &now, EmailSender *email,
                                     const QString &emailFrom);

inline constexpr qint64 kStagnationSeconds = 30LL * 24 * 3600;

} // namespace jobs
} // namespace hector::server
