#include "services/OpportunityScoring.h"

#include <QJsonDocument>

namespace hector::server::opportunities {

QJsonArray factorsJson(const QList<scoring::FactorScore> &factors)
{
    QJsonArray out;
    for (const scoring::FactorScore &f : factors) {
        out.append(QJsonObject{{QStringLiteral("key"), f.key},
                               {QStringLiteral("label"), f.label},
                               {QStringLiteral("points"), f.points},
                               {QStringLiteral("max"), f.max},
                               {QStringLiteral("reason"), f.reason},
                               {QStringLiteral("neutral"), f.neutral}});
    }
    return out;
}

QJsonObject scoringJson(const scoring::ScoreResult &result)
{
    return QJsonObject{{QStringLiteral("total"), result.total},
                       {QStringLiteral("temperature"), scoring::temperatureCode(result.temperature)},
                       {QStringLiteral("temperatureLabel"), scoring::temperatureLabel(result.temperature)},
                       {QStringLiteral("factors"), factorsJson(result.factors)}};
}

ScoreWrite scoreWrite(const ScoreInputRow &row, const scoring::ScoreResult &result)
{
    const QString temperature = scoring::temperatureCode(result.temperature);
    const bool changed = !row.storedScore || *row.storedScore != result.total || row.storedTemperature != temperature;
    return ScoreWrite{row.id,
                      row.entityId,
                      result.total,
                      temperature,
                      QString::fromUtf8(QJsonDocument(factorsJson(result.factors)).toJson(QJsonDocument::Compact)),
                      changed,
                      changed || !row.hasHistory};
}

} // namespace hector::server::opportunities
