#pragma once

#include "ui/admin/JsonRowsModel.h"

namespace hector::ui {

// GET /api/company-search: the companies of the registry matching a name, a SIREN / SIRET or
// « name city » (module 13).
class CompanyResultsModel : public JsonRowsModel
{
    Q_OBJECT
public:
    enum Column { Name, Siren, City, Activity, LegalForm, Headcount, State, Source, ColumnCount };

    explicit CompanyResultsModel(QObject *parent = nullptr);

    // « 123 456 789 »
    static QString formatSiren(const QString &siren);
    // « 62.01Z — Programmation informatique »
    static QString activity(const QJsonObject &company);
    // French label of an INSEE headcount band code ("12" → « 20 à 49 salariés »).
    static QString headcountLabel(const QString &band);

protected:
    QVariant cell(const QJsonObject &row, int column, int role) const override;
};

// The decision makers of a company (DG, DAF...) from GET /api/company-search/{siren}.
class DecisionMakersModel : public JsonRowsModel
{
    Q_OBJECT
public:
    enum Column { FullName, Role, Since, Source, ColumnCount };

    explicit DecisionMakersModel(QObject *parent = nullptr);

protected:
    QVariant cell(const QJsonObject &row, int column, int role) const override;
};

} // namespace hector::ui
