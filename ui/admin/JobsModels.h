#pragma once

#include "ui/admin/JsonRowsModel.h"

namespace hector::ui {

// GET /api/admin/jobs: the background jobs of the server (enrichment, geocoding, e-mails...).
class JobsModel : public JsonRowsModel
{
    Q_OBJECT
public:
    enum Column { Kind, Status, Attempts, RunAt, CreatedAt, StartedAt, FinishedAt, LastError, ColumnCount };

    explicit JobsModel(QObject *parent = nullptr);

    // « En attente », « En cours », « Terminée », « En échec », « Abandonnée », « Annulée ».
    static QString statusLabel(const QString &status);
    // French name of a job kind; unknown kinds as they are.
    static QString kindLabel(const QString &kind);
    // The statuses in the order of the filter.
    static QStringList statuses();

protected:
    QVariant cell(const QJsonObject &row, int column, int role) const override;
};

// GET /api/admin/schedules: the nightly and daily tasks of the server.
class SchedulesModel : public JsonRowsModel
{
    Q_OBJECT
public:
    enum Column { Label, At, Enabled, NextRun, LastRun, Detail, ColumnCount };

    explicit SchedulesModel(QObject *parent = nullptr);

    static QString runStatusLabel(const QString &status);

protected:
    QVariant cell(const QJsonObject &row, int column, int role) const override;
};

} // namespace hector::ui
