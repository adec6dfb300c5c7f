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
    QList<double> measured;
    for (double h : responseHours) {
        if (std::isfinite(h) && h >= 0)
            measured << h;
    }
    if (measured.isEmpty())
        return neutralFactor("reactivity", label, 20, tr("Aucune réponse mesurée : valeur neutre"));
    const double m = median(measured);
    double points = 2;
    if (m <= 4)
        points = 20;
    else if (m <= 24)
        points = 16;
    else if (m <= 72)
        points = 11;
    else if (m <= 168)
        points = 6;
    return FactorScore{QStringLiteral("reactivity"), label, points, 20,
                       tr("Réponse médiane en %1 h sur %2 échange(s)").arg(number(std::round(m * 10) / 10)).arg(measured.size()),
                       false};
}

FactorScore maturityFactor(const QString &stage)
{
    static const QList<QPair<QString, double>> points{
        {QStringLiteral("prospection"), 4}, {QStringLiteral("qualification"), 8}, {QStringLiteral("proposition"), 12},
        {QStringLiteral("negociation"), 16}, {QStringLiteral("signature"), 20},  {QStringLiteral("gagne"), 20},
        {QStringLiteral("perdu"), 0},
    };
    const QString label = tr("Maturité");
    for (const auto &[code, value] : points) {
        if (code != stage)
            continue;
        QString name = code;
        for (const auto &s : opportunityStages()) {
            if (s.first == code)
                name = s.second;
        }
        return FactorScore{QStringLiteral("maturity"), label, value, 20, tr("Étape « %1 »").arg(name), false};
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
    const double points = 5.0 * double(present.size());
    QString reason = missing.isEmpty() ? tr("Fiche complète (chiffre d'affaires, effectif, dirigeant)")
                                       : tr("Manque : %1").arg(missing.join(QStringLiteral(", ")));
    return FactorScore{QStringLiteral("enrichment"), tr("Enrichissement"), points, 15, reason, false};
}

FactorScore discFactor(const QString &prospectDisc, const QString &ownerDisc)
{
    const QString label = tr("Profil DISC");
    const int p = discIndex(prospectDisc);
    const int o = discIndex(ownerDisc);
    if (p < 0 || o < 0)
        return neutralFactor("disc", label, 15, tr("Profil inconnu : valeur neutre"));
    // The DISC wheel D-I-S-C: same style, neighbours (D-I, I-S, S-C, C-D), opposites (D-S, I-C).
    const int gap = std::abs(p - o);
    const int distance = std::min(gap, 4 - gap);
    const QString pair = QString(prospectDisc.trimmed().toUpper() + u'/' + ownerDisc.trimmed().toUpper());
    if (distance == 0)
        return FactorScore{QStringLiteral("disc"), label, 15, 15, tr("Même profil (%1)").arg(pair), false};
    if (distance == 1)
        return FactorScore{QStringLiteral("disc"), label, 10, 15, tr("Profils voisins (%1)").arg(pair), false};
    return FactorScore{QStringLiteral("disc"), label, 5, 15, tr("Profils opposés (%1)").arg(pair), false};
}

FactorScore geographyFactor(std::optional<double> distanceKm)
{
    const QString label = tr("Géographie");
    if (!distanceKm || !std::isfinite(*distanceKm) || *distanceKm < 0)
        return neutralFactor("geography", label, 15, tr("Coordonnées inconnues : valeur neutre"));
    const double d = *distanceKm;
    double points = 1;
    if (d < 50)
        points = 15;
    else if (d < 100)
        points = 11;
    else if (d < 200)
        points = 7;
    else if (d < 400)
        points = 4;
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
    double points = 3;
    if (n >= 6)
        points = 15;
    else if (n >= 3)
        points = 12;
    else if (n >= 1)
        points = 8;
    return FactorScore{QStringLiteral("network"), label, points, 15, QCoreApplication::translate("hector::scoring::OpportunityScore", "%n relation(s) commune(s)", nullptr, n), false};
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
    r.total = std::clamp(int(std::lround(sum)), 0, 100);
    r.temperature = temperatureFor(r.total);
    return r;
}

} // namespace hector::scoring
