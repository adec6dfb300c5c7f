#pragma once

#include "core/Result.h"
#include "core/scoring/OpportunityScore.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace hector::server {

class PgConnection;

// The inputs of one opportunity's score, read exactly as docs/scoring.md (« Inputs ») says, and
// what is stored for it now.
struct ScoreInputRow
{
    QString id;
    QString entityId;
    scoring::ScoreInput input;
    std::optional<int> storedScore;
    QString storedTemperature;
    bool hasHistory = false; // a scoring_history row exists
};

// A score to store (daily job, manual trigger).
struct ScoreWrite
{
    QString id;
    QString entityId;
    int score = 0;
    QString temperature;
    QString factorsJson; // compact JSON array of the factors
    bool updateRow = false;  // opportunities.score/temperature/scored_at
    bool addHistory = false; // a scoring_history row
};

// An open opportunity inactive for too long, with its owner (stagnation job).
struct StagnantOpportunity
{
    QString id;
    QString title;
    QString prospectName;
    QString ownerId;
    QString ownerEmail;
    QString ownerName;
    QString ownerEntityId;
    QDateTime lastActivity; // last_activity_at, else stage_changed_at, else created_at
};

struct StagnationNotice
{
    QString opportunityId;
    QString userId;
    QString entityId;
    QString title;
    QString body;
};

// SQL of the opportunity score and of the jobs of module 14. On the owner connection (cron) every
// opportunity is concerned; on a caller's connection (Database::transactionAs) row-level security
// keeps to the opportunities they read.
class OpportunityRepository
{
public:
    explicit OpportunityRepository(PgConnection &conn) : m_conn(conn) {}

    // Inputs of the opportunities with an id greater than `afterId` (empty: from the first), in id
    // order, at most `limit`: one query with the activities aggregated per opportunity.
    Result<QList<ScoreInputRow>> scoreInputs(const QString &afterId, int limit);
    // Inputs of one opportunity (nullopt when it is not visible).
    Result<std::optional<ScoreInputRow>> scoreInput(const QString &id);
    // Stores the scores: row updates (score, temperature, scored_at = `now`) and history rows
    // (source `source`, computed_at = `now`) as each write asks; opportunities deleted meanwhile are
    // skipped. Returns the number of rows updated and of history rows added.
    Result<QPair<int, int>> writeScores(const QList<ScoreWrite> &writes, const QString &source, const QDateTime &now);

    // --- Stagnation: open opportunities (not gagne/perdu) whose last activity is before `threshold`
    // stagnant_since = `now` where it was not set. Returns how many.
    Result<int> markStagnant(const QDateTime &threshold, const QDateTime &now);
    // stagnant_since cleared on the opportunities that are not stagnant any more (active again, or
    // closed). Returns how many.
    Result<int> clearStagnant(const QDateTime &threshold);
    // The stagnant opportunities that have an active owner, by owner then oldest activity first.
    Result<QList<StagnantOpportunity>> stagnantWithOwner(const QDateTime &threshold);
    // Inserts the notices that do not exist yet for that day (unique index notifications_once_idx:
    // kind, opportunity, user and UTC day of `now`); returns the opportunity ids of those inserted.
    Result<QSet<QString>> notify(const QList<StagnationNotice> &notices, const QDateTime &now);

private:
    Result<QList<ScoreInputRow>> readInputs(const QString &where, const QVariantList &params);

    PgConnection &m_conn;
};

} // namespace hector::server
