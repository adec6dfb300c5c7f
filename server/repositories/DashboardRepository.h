#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace hector::server {

class PgConnection;

// Which opportunities a figure counts, besides what row-level security lets the caller read.
// Empty members filter nothing.
struct DashboardScope
{
    QString ownerId;
    QString teamId;   // owners who are members of that team now
    QString entityId; // that entity and its sub-entities
};

// Per stage, in the order of scoring::opportunityStages().
struct StageFigures
{
    QString stage;
    qint64 count = 0;
    qint64 amountEur = 0;
    qint64 monthlyEur = 0;
};

struct ClosedFigures
{
    qint64 won = 0;
    qint64 lost = 0;
    qint64 wonAmountEur = 0;
    qint64 wonMonthlyEur = 0;
};

// Realised figures of a month against team objectives (docs/api.md, « Objectives »).
struct ObjectiveActual
{
    qint64 revenueEur = 0; // amount_eur of the opportunities won (closed_at in the month)
    qint64 rdvCount = 0;   // appointments starting in the month, effectue or planifie
    qint64 signaturesCount = 0; // those won opportunities
};

// Aggregates of the dashboards (module 14) and analytics (module 24). Every query runs in the
// caller's transaction: row-level security decides which opportunities and appointments count.
// Months are calendar months in Europe/Paris time (the organisation's time zone).
class DashboardRepository
{
public:
    explicit DashboardRepository(PgConnection &conn) : m_conn(conn) {}

    // Opportunities per stage (every stage, zeros included). With a valid period, won and lost
    // opportunities count only when closed in [closedFrom, closedTo); `openOnly` leaves them out.
    Result<QList<StageFigures>> stages(const DashboardScope &scope, const QDateTime &closedFrom,
                                       const QDateTime &closedTo, bool openOnly);
    // Open opportunities per stored temperature: {"HOT", "WARM", "COLD", "unscored"}.
    Result<QJsonObject> temperatures(const DashboardScope &scope);
    // Open opportunities marked stagnant by the daily job.
    Result<qint64> stagnantCount(const DashboardScope &scope);
    // Won and lost, closed in [from, to) (all time when the period is invalid).
    Result<ClosedFigures> closed(const DashboardScope &scope, const QDateTime &from, const QDateTime &to);
    // Owners by won amount in [from, to): [{"userId", "name", "email", "wonCount", "wonAmountEur",
    // "wonMonthlyEur"}].
    Result<QJsonArray> topPerformers(const DashboardScope &scope, const QDateTime &from, const QDateTime &to,
                                     int limit);
    // Won amount per month (closed_at) for the `months` months ending with the month of `now`:
    // [{"month": "YYYY-MM", "amountEur", "count"}], oldest first, empty months included.
    Result<QJsonArray> revenueByMonth(const DashboardScope &scope, const QDateTime &now, int months);
    // Average amount_eur of the won opportunities (0 without any).
    Result<double> averageWonAmount(const DashboardScope &scope);
    // Is the team visible to the caller?
    Result<bool> teamVisible(const QString &teamId);

    // Actuals of the months ("YYYY-MM") for the current members of a team, or for one user.
    Result<QHash<QString, ObjectiveActual>> teamActuals(const QString &teamId, const QStringList &months);
    Result<QHash<QString, ObjectiveActual>> userActuals(const QString &userId, const QStringList &months);

private:
    Result<QHash<QString, ObjectiveActual>> actuals(const QString &ownersCondition, const QString &owners,
                                                    const QStringList &months);

    PgConnection &m_conn;
};

} // namespace hector::server
