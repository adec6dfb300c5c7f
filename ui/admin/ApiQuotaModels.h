#pragma once

#include "ui/admin/JsonRowsModel.h"

namespace hector::ui {

// GET /api/admin/api-quotas: one row per third-party provider, its use against its limits and
// its spend against its monthly budget. Rows in « warning » or « exceeded » are coloured.
class ApiQuotaModel : public JsonRowsModel
{
    Q_OBJECT
public:
    enum Column { Provider, Configured, Minute, Hour, Day, SpentToday, SpentMonth, Alert, LastError, ColumnCount };

    explicit ApiQuotaModel(QObject *parent = nullptr);

    static QString alertLabel(const QString &alert);

protected:
    QVariant cell(const QJsonObject &row, int column, int role) const override;
};

// GET /api/admin/api-incidents: the errors of the calls to the providers, newest first.
class ApiIncidentModel : public JsonRowsModel
{
    Q_OBJECT
public:
    enum Column { At, Provider, Endpoint, HttpStatus, Code, Message, Duration, ColumnCount };

    explicit ApiIncidentModel(QObject *parent = nullptr);

protected:
    QVariant cell(const QJsonObject &row, int column, int role) const override;
};

} // namespace hector::ui
