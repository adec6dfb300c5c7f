#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace hector::scoring {

// The explainable 6-factor opportunity score of module 14 (docs/scoring.md defines every formula).
// Pure functions of their input: the client (instant, offline) and the server (daily cron) compute
// exactly the same numbers.

// Pipeline stages of an opportunity, in order (code, French label).
const QList<QPair<QString, QString>> &opportunityStages();

enum class Temperature { Cold, Warm, Hot };
Temperature temperatureFor(int score); // HOT 85-100, WARM 60-84, COLD 0-59
QString temperatureCode(Temperature t); // "HOT", "WARM", "COLD"
QString temperatureLabel(Temperature t); // « Chaude », « Tiède », « Froide »

struct ScoreInput
{
    QString stage; // a code of opportunityStages()
    // Reactivity: the prospect's response delays in hours (from the activities: time between one
    // of our outgoing activities and the prospect's next incoming one). Empty = not measured.
    QList<double> responseHours;
    // Enrichment: the prospect record has them.
    bool hasRevenue = false;
    bool hasHeadcount = false;
    bool hasDecisionMaker = false;
    // DISC profiles (D, I, S or C), empty when unknown.
    QString prospectDisc;
    QString ownerDisc;
    // Distance from the prospect to the owner's office, unknown when either has no coordinates.
    std::optional<double> distanceKm;
    // Shared professional connections, unknown when not measured.
    std::optional<int> sharedConnections;
};

struct FactorScore
{
    QString key;   // reactivity, maturity, enrichment, disc, geography, network
    QString label; // French name
    double points = 0;
    double max = 0;
    QString reason; // why, in French (« Réponse médiane en 6 h : 16 / 20 »)
    bool neutral = false; // unknown input: half the points
};

struct ScoreResult
{
    int total = 0; // 0-100, the rounded sum of the factors
    Temperature temperature = Temperature::Cold;
    QList<FactorScore> factors; // always the six, in the order above
};

// One activity of an opportunity, for the reactivity factor.
struct ActivityPoint
{
    QDateTime at;
    bool incoming = false; // the prospect wrote, called or came back to us
};
// The prospect's response delays in hours: each incoming activity answers the first outgoing
// activity since the previous incoming one (later outgoing reminders do not shorten the delay);
// incoming activities with no outgoing one before them are not answers. `activities` in any order.
QList<double> responseHours(QList<ActivityPoint> activities);

FactorScore reactivityFactor(const QList<double> &responseHours);
FactorScore maturityFactor(const QString &stage);
FactorScore enrichmentFactor(bool hasRevenue, bool hasHeadcount, bool hasDecisionMaker);
FactorScore discFactor(const QString &prospectDisc, const QString &ownerDisc);
FactorScore geographyFactor(std::optional<double> distanceKm);
FactorScore networkFactor(std::optional<int> sharedConnections);

ScoreResult score(const ScoreInput &input);
// score(input).total alone, without the French reasons: for scoring thousands of opportunities
// at once (the client's board sorts by it). Always equal to score(input).total.
int totalScore(const ScoreInput &input);

} // namespace hector::scoring
