#pragma once

#include "core/scoring/OpportunityScore.h"

#include <QHash>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace hector::sync::localScoring {

// The opportunity score (docs/scoring.md) computed on the client from its replica: the inputs are
// gathered exactly as the « Inputs » table of docs/scoring.md says — the same reading as the
// server's daily scoring — and scored by core's scoring::score(). Works offline, on the user's own
// unsynced edits too.
//
//   stage               opportunities.stage
//   response delays     opportunity_activities, through scoring::responseHours() (time order, then id)
//   enrichment          the linked prospect: revenue_eur not null, headcount_band and contact_name not empty
//   DISC                prospects.disc_profile and the owner's users.disc_profile
//   distance            the prospect's latitude/longitude and the office of the owner's entity
//                       (entities.office_latitude/office_longitude), haversine (core/geo)
//   shared connections  opportunities.shared_connections
//
// Without a prospect: no enrichment, no prospect DISC, no distance.

// The inputs of one opportunity; nullopt when the replica has no such opportunity.
std::optional<scoring::ScoreInput> input(const QSqlDatabase &db, const QString &opportunityId);
// Its score with the six factors (the « Scoring » tab).
std::optional<scoring::ScoreResult> score(const QSqlDatabase &db, const QString &opportunityId);

// Every opportunity of the replica, in three queries whatever their number (owners with their
// office, activities in opportunity order, opportunities with their prospect): id -> inputs.
QHash<QString, scoring::ScoreInput> allInputs(const QSqlDatabase &db);

// What a board or a list needs to sort and colour: the total and its temperature.
struct ScoreSummary
{
    int total = 0;
    scoring::Temperature temperature = scoring::Temperature::Cold;
};
// Every opportunity scored (the inputs of allInputs(), then scoring::totalScore() — score()'s total
// without the French reasons): id -> summary.
QHash<QString, ScoreSummary> scoreAll(const QSqlDatabase &db);

} // namespace hector::sync::localScoring
