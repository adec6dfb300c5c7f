#pragma once

#include "core/scoring/OpportunityScore.h"
#include "repositories/OpportunityRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hector::server::opportunities {

// [{key, label, points, max, reason, neutral}] in the order of the score.
QJsonArray factorsJson(const QList<scoring::FactorScore> &factors);
// {"total", "temperature", "temperatureLabel", "factors"}.
QJsonObject scoringJson(const scoring::ScoreResult &result);
// What the daily job stores for a computed score (docs/scoring.md, « On the server »): the row
// only when its score or temperature changes (or it was never scored), a history row then or when
// the opportunity has no history yet.
ScoreWrite scoreWrite(const ScoreInputRow &row, const scoring::ScoreResult &result);

} // namespace hector::server::opportunities
