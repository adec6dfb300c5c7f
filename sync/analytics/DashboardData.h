#pragma once

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;
class QTimeZone;

namespace hector::sync {

// Which opportunities a figure counts (docs/dashboards.md). The replica holds exactly what the
// user may read, so every figure is already limited to that.
struct DashboardFilter
{
    QDateTime from;   // start of the period, included
    QDateTime to;     // end of the period, excluded
    QString entityId; // that entity and its sub-entities (entities.parent_id); empty: every entity
    QString teamId;   // owners who are members of that team now (team_members); empty: any owner
    QString ownerId;  // empty: any owner
};

// Opportunities of one stage.
struct StageFigure
{
    QString stage; // code of scoring::opportunityStages()
    QString label;
    int count = 0;
    qint64 amountEur = 0;  // sum of amount_eur (NULL counts 0)
    qint64 monthlyEur = 0; // sum of monthly_eur
};

// The open pipeline of one owner, by stage.
struct OwnerPipeline
{
    QString ownerId; // empty: opportunities without owner
    QString name;
    QList<StageFigure> stages; // the five open stages, in order
    int count = 0;
    qint64 amountEur = 0;
};

// Open opportunities of one stored temperature; `code` empty is « non calculé » (never scored by
// the server).
struct TemperatureFigure
{
    QString code; // HOT, WARM, COLD or empty
    QString label;
    int count = 0;
    qint64 amountEur = 0;
};

// A team's objectives of one month and what its members realised (docs/dashboards.md).
struct ObjectiveFigure
{
    QString teamId;
    QString teamName;
    QDate month; // first day
    bool hasObjective = false; // a team_objectives row exists for the month
    double revenueTargetEur = 0;
    int rdvTarget = 0;
    int signaturesTarget = 0;
    qint64 revenueEur = 0; // amount_eur of the won opportunities closed in the month
    int rdvCount = 0;      // appointments starting in the month, effectue or planifie
    int signatures = 0;    // those won opportunities
};

// Won and lost opportunities closed in the period.
struct ConversionFigure
{
    int won = 0;
    int lost = 0;
    // won / (won + lost) in percent; none when nothing was closed.
    std::optional<double> ratePercent() const;
};

// One owner's opportunities closed in the period.
struct PerformerFigure
{
    QString ownerId;
    QString name;
    int wonCount = 0;
    qint64 wonAmountEur = 0;
    int lostCount = 0;
    // wonCount / (wonCount + lostCount) in percent.
    std::optional<double> conversionPercent() const;
};

// The KPIs of the « Analyses » page (module 24).
struct KpiFigures
{
    int created = 0; // opportunities created in the period
    ConversionFigure conversion;
    int wonCount = 0;        // won, closed in the period
    qint64 wonAmountEur = 0; // their amount_eur
    std::optional<double> averageDealEur; // average amount_eur of those with an amount; none without
    qint64 mrrEur = 0; // monthly_eur of every won opportunity closed before the end of the period
};

struct MonthFigure
{
    QDate month; // first day
    int wonCount = 0;
    qint64 wonAmountEur = 0;
};

struct FunnelStep
{
    QString stage;
    QString label;
    int count = 0;
};

// Choices of the filter bars.
struct EntityOption
{
    QString id;
    QString name;
    int depth = 0; // 0 for a root entity
};
struct TeamOption
{
    QString id;
    QString name;
    QString managerId;
};
struct PersonOption
{
    QString id;
    QString name;
};

// One table of a CSV export: a title line, a header line, rows (docs/dashboards.md).
struct CsvTable
{
    QString title;
    QStringList header;
    QList<QStringList> rows;
};

// The figures of the dashboards (issue #6) and analytics (module 24), computed with SQL from the
// local replica: instant, and they work offline. Months are calendar months in Europe/Paris time,
// as on the server (France, Luxembourg and Belgium share that zone). Timestamps of the replica are
// UTC ISO-8601 strings with milliseconds, compared as text with the period's bounds.
class DashboardData
{
public:
    explicit DashboardData(QSqlDatabase db);

    static const QTimeZone &timeZone();
    static QDateTime startOfDay(const QDate &date); // midnight in timeZone()
    static QDate monthOf(const QDateTime &instant); // first day of its month in timeZone()
    static QString timestamp(const QDateTime &instant); // the replica's form: "2026-03-01T23:00:00.000Z"

    // Open opportunities (stage not gagne / perdu) by stage: the five open stages in order, zeros
    // included. The pipeline is the current state (the replica keeps no stage history): the period
    // is ignored.
    Result<QList<StageFigure>> pipeline(const DashboardFilter &filter) const;
    // The same per owner, largest amount first.
    Result<QList<OwnerPipeline>> pipelineByOwner(const DashboardFilter &filter) const;
    // Open opportunities by opportunities.temperature: HOT, WARM, COLD, then « non calculé ».
    Result<QList<TemperatureFigure>> temperatures(const DashboardFilter &filter) const;
    // The objectives of `teamId` for the month of `month` and the actuals of its current members
    // (entity and owner filters do not apply).
    Result<ObjectiveFigure> objectives(const QString &teamId, const QDate &month) const;
    Result<ConversionFigure> conversion(const DashboardFilter &filter) const;
    // Owners with opportunities closed in the period, by won amount (then won count, fewer lost,
    // last name), at most `limit`.
    Result<QList<PerformerFigure>> topPerformers(const DashboardFilter &filter, int limit) const;
    Result<KpiFigures> kpis(const DashboardFilter &filter) const;
    // Won amount by month of closed_at for the 12 months ending with the month of the period's
    // end (the last one cut at the end), oldest first, empty months included.
    Result<QList<MonthFigure>> revenueByMonth(const DashboardFilter &filter) const;
    // Opportunities created in the period at or beyond each stage (prospection … signature, then
    // gagne); a lost one counts at prospection only.
    Result<QList<FunnelStep>> funnel(const DashboardFilter &filter) const;

    // Entities as a tree (each followed by its sub-entities), by name.
    Result<QList<EntityOption>> entities() const;
    Result<QList<TeamOption>> teams() const;
    // Teams of the user (member or manager), by name.
    Result<QStringList> teamsOf(const QString &userId) const;
    // Owners of at least one opportunity, by name.
    Result<QList<PersonOption>> owners() const;

    // Figures as CSV tables (amounts in whole euros, rates in percent with a decimal comma).
    static CsvTable pipelineTable(const QString &title, const QList<StageFigure> &stages);
    static CsvTable ownerPipelineTable(const QString &title, const QList<OwnerPipeline> &owners);
    static CsvTable temperaturesTable(const QList<TemperatureFigure> &temperatures);
    static CsvTable objectivesTable(const ObjectiveFigure &objective);
    static CsvTable conversionTable(const ConversionFigure &conversion);
    static CsvTable performersTable(const QList<PerformerFigure> &performers);
    static CsvTable kpisTable(const KpiFigures &kpis);
    static CsvTable revenueTable(const QList<MonthFigure> &months);
    static CsvTable funnelTable(const QList<FunnelStep> &steps);
    // Writes the tables (« ; », UTF-8 with BOM, an empty line between tables).
    static Result<void> writeCsv(QIODevice *device, const QList<CsvTable> &tables);
    // « 42,9 » (one decimal, decimal comma); empty for none.
    static QString percentText(std::optional<double> percent);

private:
    QSqlDatabase m_db;
};

} // namespace hector::sync
