#include "core/scoring/OpportunityScore.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace hector::scoring {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hector::scoring::OpportunityScore", text);
}

QString number(double value)
{
    // "7,5" in French, "7.5" in English; integers without decimals.
    return QLocale().toString(value, 'g', 4);
}

FactorScore neutralFactor(const char *key, const QString &label, double max, const QString &why)
{
    return FactorScore{QString::fromLatin1(key), label, max / 2, max, why, true};
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

int discIndex(const QString &profile)
{
    static const QString order = QStringLiteral("DISC");
    const QString p = profile.trimmed().toUpper();
    return p.size() == 1 ? int(order.indexOf(p.at(0))) : -1;
}

// The points of each factor: the *Factor() functions below add the French reasons around them,
// totalScore() adds them up alone (lists of thousands of opportunities).

// The median of the measured delays (negative or non-finite ones ignored); nullopt when none.
std::optional<double> medianDelay(const QList<double> &responseHours)
{
    QList<double> measured;
    for (double h : responseHours) {
        if (std::isfinite(h) && h >= 0)
            measured << h;
    }
    if (measured.isEmpty())
        return std::nullopt;
    return median(measured);
}

double reactivityPoints(double medianHours)
{
    if (medianHours <= 4)
        return 20;
    if (medianHours <= 24)
        return 16;
    if (medianHours <= 72)
        return 11;
    if (medianHours <= 168)
        return 6;
    return 2;
}

// nullopt for an unknown stage (0 points).
std::optional<double> maturityPoints(const QString &stage)
{
    static const QList<QPair<QString, double>> points{
        {QStringLiteral("prospection"), 4}, {QStringLiteral("qualification"), 8}, {QStringLiteral("proposition"), 12},
        {QStringLiteral("negociation"), 16}, {QStringLiteral("signature"), 20},  {QStringLiteral("gagne"), 20},
        {QStringLiteral("perdu"), 0},
    };
    for (const auto &[code, value] : points) {
        if (code == stage)
            return value;
    }
    return std::nullopt;
}

double enrichmentPoints(bool hasRevenue, bool hasHeadcount, bool hasDecisionMaker)
{
    return 5.0 * double(int(hasRevenue) + int(hasHeadcount) + int(hasDecisionMaker));
}

// The distance of the two profiles on the DISC wheel D-I-S-C (0 same, 1 neighbours, 2 opposites);
// nullopt when either is unknown.
std::optional<int> discDistance(const QString &prospectDisc, const QString &ownerDisc)
{
    const int p = discIndex(prospectDisc);
    const int o = discIndex(ownerDisc);
    if (p < 0 || o < 0)
        return std::nullopt;
    const int gap = std::abs(p - o);
    return std::min(gap, 4 - gap);
}

double discPoints(int distance)
{
    return distance == 0 ? 15 : distance == 1 ? 10 : 5;
}

bool knownDistance(std::optional<double> distanceKm)
{
    return distanceKm && std::isfinite(*distanceKm) && *distanceKm >= 0;
}

double geographyPoints(double d)
{
    if (d < 50)
        return 15;
    if (d < 100)
        return 11;
    if (d < 200)
        return 7;
    if (d < 400)
        return 4;
    return 1;
}

double networkPoints(int n)
{
    if (n >= 6)
        return 15;
    if (n >= 3)
        return 12;
    if (n >= 1)
        return 8;
    return 3;
}

int roundedTotal(double sum)
{
    return std::clamp(int(std::lround(sum)), 0, 100);
}
} // namespace

const QList<QPair<QString, QString>> &opportunityStages()
{
    static const QList<QPair<QString, QString>> stages{
        {QStringLiteral("prospection"), tr("Prospection")},
        {QStringLiteral("qualification"), tr("Qualification")},
        {QStringLiteral("proposition"), tr("Proposition")},
        {QStringLiteral("negociation"), tr("Négociation")},
        {QStringLiteral("signature"), tr("Signature")},
        {QStringLiteral("gagne"), tr("Gagnée")},
        {QStringLiteral("perdu"), tr("Perdue")},
    };
    return stages;
}

Temperature temperatureFor(int score)
{
    if (score >= 85)
        return Temperature::Hot;
    if (score >= 60)
        return Temperature::Warm;
    return Temperature::Cold;
}

QString temperatureCode(Temperature t)
{
    switch (t) {
    case Temperature::Hot:
        return QStringLiteral("HOT");
    case Temperature::Warm:
        return QStringLiteral("WARM");
    case Temperature::Cold:
        break;
    }
    return QStringLiteral("COLD");
}

QString temperatureLabel(Temperature t)
{
    switch (t) {
    case Temperature::Hot:
        return tr("Chaude");
    case Temperature::Warm:
        return tr("Tiède");
    case Temperature::Cold:
        break;
    }
    return tr("Froide");
}

QList<double> responseHours(QList<ActivityPoint> activities)
{
    std::stable_sort(activities.begin(), activities.end(),
                     [](const ActivityPoint &a, const ActivityPoint &b) { return a.at < b.at; });
    QList<double> out;
    QDateTime waitingSince; // first outgoing activity not answered yet
    for (const ActivityPoint &a : activities) {
        if (!a.at.isValid())
            continue;
        if (!a.incoming) {
            if (!waitingSince.isValid())
                waitingSince = a.at;
            continue;
        }
        if (waitingSince.isValid()) {
            out << double(waitingSince.msecsTo(a.at)) / 3600000.0;
            waitingSince = QDateTime();
        }
    }
    return out;
}

FactorScore reactivityFactor(const QList<double> &responseHours)
{
    const QString label = tr("Réactivité");
    const std::optional<double> m = medianDelay(responseHours);
    if (!m)
        return neutralFactor("reactivity", label, 20, tr("Aucune réponse mesurée : valeur neutre"));
    qsizetype measured = 0;
    for (double h : responseHours)
        measured += std::isfinite(h) && h >= 0 ? 1 : 0;
    return FactorScore{QStringLiteral("reactivity"), label, reactivityPoints(*m), 20,
                       tr("Réponse médiane en %1 h sur %2 échange(s)").arg(number(std::round(*m * 10) / 10)).arg(measured),
                       false};
}

FactorScore maturityFactor(const QString &stage)
{
    const QString label = tr("Maturité");
    if (const std::optional<double> points = maturityPoints(stage)) {
        QString name = stage;
        for (const auto &s : opportunityStages()) {
            if (s.first == stage)
                name = s.second;
        }
        return FactorScore{QStringLiteral("maturity"), label, *points, 20, tr("Étape « %1 »").arg(name), false};
    }
    return FactorScore{QStringLiteral("maturity"), label, 0, 20, tr("Étape inconnue « %1 »").arg(stage), false};
}

FactorScore enrichmentFactor(bool hasRevenue, bool hasHeadcount, bool hasDecisionMaker)
{
    QStringList present;
    QStringList missing;
    (hasRevenue ? present : missing) << tr("chiffre d'affaires");
    (hasHeadcount ? present : missing) << tr("effectif");
    (hasDecisionMaker ? present : missing) << tr("dirigeant");
    const double points = enrichmentPoints(hasRevenue, hasHeadcount, hasDecisionMaker);
    QString reason = missing.isEmpty() ? tr("Fiche complète (chiffre d'affaires, effectif, dirigeant)")
                                       : tr("Manque : %1").arg(missing.join(QStringLiteral(", ")));
    return FactorScore{QStringLiteral("enrichment"), tr("Enrichissement"), points, 15, reason, false};
}

FactorScore discFactor(const QString &prospectDisc, const QString &ownerDisc)
{
    const QString label = tr("Profil DISC");
    // The DISC wheel D-I-S-C: same style, neighbours (D-I, I-S, S-C, C-D), opposites (D-S, I-C).
    const std::optional<int> distance = discDistance(prospectDisc, ownerDisc);
    if (!distance)
        return neutralFactor("disc", label, 15, tr("Profil inconnu : valeur neutre"));
    const QString pair = QString(prospectDisc.trimmed().toUpper() + u'/' + ownerDisc.trimmed().toUpper());
    const double points = discPoints(*distance);
    if (*distance == 0)
        return FactorScore{QStringLiteral("disc"), label, points, 15, tr("Même profil (%1)").arg(pair), false};
    if (*distance == 1)
        return FactorScore{QStringLiteral("disc"), label, points, 15, tr("Profils voisins (%1)").arg(pair), false};
    return FactorScore{QStringLiteral("disc"), label, points, 15, tr("Profils opposés (%1)").arg(pair), false};
}

FactorScore geographyFactor(std::optional<double> distanceKm)
{
    const QString label = tr("Géographie");
    if (!knownDistance(distanceKm))
        return neutralFactor("geography", label, 15, tr("Coordonnées inconnues : valeur neutre"));
    const double d = *distanceKm;
    const double points = geographyPoints(d);
    const QString km = number(std::round(d));
    return FactorScore{QStringLiteral("geography"), label, points, 15,
                       d < 50 ? tr("À %1 km du bureau (bonus de proximité, moins de 50 km)").arg(km)
                              : tr("À %1 km du bureau").arg(km),
                       false};
}

FactorScore networkFactor(std::optional<int> sharedConnections)
{
    const QString label = tr("Réseau");
    if (!sharedConnections || *sharedConnections < 0)
        return neutralFactor("network", label, 15, tr("Relations communes inconnues : valeur neutre"));
    const int n = *sharedConnections;
    return FactorScore{QStringLiteral("network"), label, networkPoints(n), 15, QCoreApplication::translate("hector::scoring::OpportunityScore", "%n relation(s) commune(s)", nullptr, n), false};
}

ScoreResult score(const ScoreInput &input)
{
    ScoreResult r;
    r.factors = {reactivityFactor(input.responseHours),
                 maturityFactor(input.stage),
                 enrichmentFactor(input.hasRevenue, input.hasHeadcount, input.hasDecisionMaker),
                 discFactor(input.prospectDisc, input.ownerDisc),
                 geographyFactor(input.distanceKm),
                 networkFactor(input.sharedConnections)};
    double sum = 0;
    for (const FactorScore &f : r.factors)
        sum += f.points;
    r.total = roundedTotal(sum);
    r.temperature = temperatureFor(r.total);
    return r;
}

int totalScore(const ScoreInput &input)
{
    // The same points as score()'s factors, in the same order (the sum is then bit for bit the
    // same), neutral factors at half their maximum.
    const std::optional<double> m = medianDelay(input.responseHours);
    const std::optional<int> disc = discDistance(input.prospectDisc, input.ownerDisc);
    const bool connections = input.sharedConnections && *input.sharedConnections >= 0;
    double sum = m ? reactivityPoints(*m) : 10;
    sum += maturityPoints(input.stage).value_or(0);
    sum += enrichmentPoints(input.hasRevenue, input.hasHeadcount, input.hasDecisionMaker);
    sum += disc ? discPoints(*disc) : 7.5;
    sum += knownDistance(input.distanceKm) ? geographyPoints(*input.distanceKm) : 7.5;
    sum += connections ? networkPoints(*input.sharedConnections) : 7.5;
    return roundedTotal(sum);
}

} // namespace hector::scoring
