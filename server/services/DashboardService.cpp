#include "services/DashboardService.h"

#include "core/scoring/OpportunityScore.h"
#include "db/Database.h"
#include "repositories/CrmRepository.h"
#include "repositories/DashboardRepository.h"
#include "services/Clock.h"
#include "services/CrmSupport.h"
#include "services/LocalTime.h"
#include "services/TeamService.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hector::server {

using namespace records;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hector::server::DashboardService", text);
}

QString stageLabel(const QString &stage)
{
    for (const auto &s : scoring::opportunityStages()) {
        if (s.first == stage)
            return s.second;
    }
    return stage;
}

QJsonArray stagesJson(const QList<StageFigures> &stages)
{
    QJsonArray out;
    for (const StageFigures &f : stages) {
        out.append(QJsonObject{{QStringLiteral("stage"), f.stage},
                               {QStringLiteral("label"), stageLabel(f.stage)},
                               {QStringLiteral("count"), f.count},
                               {QStringLiteral("amountEur"), f.amountEur},
                               {QStringLiteral("monthlyEur"), f.monthlyEur}});
    }
    return out;
}

// won / (won + lost); null without any closed opportunity.
QJsonValue conversionRate(const ClosedFigures &c)
{
    if (c.won + c.lost == 0)
        return QJsonValue::Null;
    return double(c.won) / double(c.won + c.lost);
}

QJsonObject wonJson(const ClosedFigures &c)
{
    return QJsonObject{{QStringLiteral("count"), c.won},
                       {QStringLiteral("amountEur"), c.wonAmountEur},
                       {QStringLiteral("monthlyEur"), c.wonMonthlyEur}};
}

// Month query parameter: "YYYY-MM" or empty (the current month).
Result<QString> monthParam(const QUrlQuery &query, const QDateTime &now)
{
    const QString month = param(query, "month");
    if (month.isEmpty())
        return localtime::monthOf(now);
    if (!localtime::monthStart(month).isValid())
        return invalidRequest(tr("Le paramètre « month » doit être au format AAAA-MM."));
    return month;
}

// The funnel of module 24 from the current stages: an opportunity has reached every stage up to its
// own in the order prospection → … → signature → gagne; a lost one counts as having entered the
// pipeline only (its last stage before « perdue » is not kept).
QJsonArray funnelJson(const QList<StageFigures> &stages)
{
    qint64 total = 0;
    qint64 lost = 0;
    for (const StageFigures &f : stages) {
        total += f.count;
        if (f.stage == QLatin1String("perdu"))
            lost = f.count;
    }
    QJsonArray out;
    qint64 reachedBeyond = 0;
    QList<QPair<QString, qint64>> reached;
    for (qsizetype i = stages.size() - 1; i >= 0; --i) {
        if (stages.at(i).stage == QLatin1String("perdu"))
            continue;
        reachedBeyond += stages.at(i).count;
        reached.prepend({stages.at(i).stage, reachedBeyond});
    }
    if (!reached.isEmpty())
        reached.first().second += lost;
    for (const auto &[stage, count] : reached) {
        out.append(QJsonObject{{QStringLiteral("stage"), stage},
                               {QStringLiteral("label"), stageLabel(stage)},
                               {QStringLiteral("count"), count},
                               {QStringLiteral("rate"), total ? QJsonValue(double(count) / double(total))
                                                              : QJsonValue(QJsonValue::Null)}});
    }
    return out;
}

// entityId (readable by the caller: forbidden otherwise) and ownerId/teamId query parameters.
Result<DashboardScope> scopeParams(CrmRepository &repo, const QUrlQuery &query, bool withOwner, bool withTeam)
{
    DashboardScope scope;
    auto entityId = uuidParam(query, "entityId");
    if (!entityId)
        return entityId.error();
    if (!entityId->isEmpty()) {
        if (auto readable = checkEntityReadable(repo, *entityId, tr("Cette entité ne fait pas partie de votre périmètre."));
            !readable)
            return readable.error();
        scope.entityId = *entityId;
    }
    if (withOwner) {
        auto ownerId = uuidParam(query, "ownerId");
        if (!ownerId)
            return ownerId.error();
        scope.ownerId = *ownerId;
    }
    if (withTeam) {
        auto teamId = uuidParam(query, "teamId");
        if (!teamId)
            return teamId.error();
        if (!teamId->isEmpty()) {
            auto visible = DashboardRepository(repo.connection()).teamVisible(*teamId);
            if (!visible)
                return visible.error();
            if (!*visible)
                return notFound(tr("Cette équipe n'existe pas ou n'est pas visible pour vous."));
        }
        scope.teamId = *teamId;
    }
    return scope;
}
} // namespace

DashboardService::DashboardService(Database &db, const Clock &clock, TeamService &teams)
    : m_db(db)
    , m_clock(clock)
    , m_teams(teams)
{}

Result<QJsonObject> DashboardService::commercial(const AuthUser &caller, const QUrlQuery &query)
{
    auto month = monthParam(query, m_clock.now());
    if (!month)
        return month.error();
    const QDateTime from = localtime::monthStart(*month);
    const QDateTime to = localtime::monthStart(*month, 1);
    auto figures = m_db.transactionAs<QJsonObject>(UserContext::of(caller.user), [&](PgConnection &c) -> Result<QJsonObject> {
        DashboardRepository repo(c);
        const DashboardScope mine{caller.user.id, {}, {}};
        auto stages = repo.stages(mine, from, to, false);
        if (!stages)
            return stages.error();
        auto temperatures = repo.temperatures(mine);
        if (!temperatures)
            return temperatures.error();
        auto stagnant = repo.stagnantCount(mine);
        if (!stagnant)
            return stagnant.error();
        auto closed = repo.closed(mine, from, to);
        if (!closed)
            return closed.error();
        return QJsonObject{{QStringLiteral("month"), *month},
                           {QStringLiteral("pipeline"), stagesJson(*stages)},
                           {QStringLiteral("temperatures"), *temperatures},
                           {QStringLiteral("stagnant"), *stagnant},
                           {QStringLiteral("won"), wonJson(*closed)},
                           {QStringLiteral("lost"), QJsonObject{{QStringLiteral("count"), closed->lost}}},
                           {QStringLiteral("conversionRate"), conversionRate(*closed)}};
    });
    if (!figures)
        return figures.error();
    auto objectives = m_teams.objectives(caller, *month, {}, true);
    if (!objectives)
        return objectives.error();
    QJsonObject out = *figures;
    out.insert(QStringLiteral("objectives"), objectives->value(QLatin1StringView("objectives")));
    return out;
}

Result<QJsonObject> DashboardService::manager(const AuthUser &caller, const QUrlQuery &query)
{
    const Role role = caller.user.role;
    if (role != Role::Admin && role != Role::President && role != Role::Manager) {
        return makeError(QStringLiteral("forbidden"),
                         tr("Le tableau de bord d'équipe est réservé aux administrateurs, à la présidence et aux "
                            "managers."));
    }
    const QString currentMonth = localtime::monthOf(m_clock.now());
    auto period = periodParams(query);
    if (!period)
        return period.error();
    const QDateTime periodFrom = period->from.isValid() ? period->from : localtime::monthStart(currentMonth, -11);
    const QDateTime periodTo = period->to.isValid() ? period->to : localtime::monthStart(currentMonth, 1);
    if (periodTo <= periodFrom)
        return invalidRequest(tr("La fin de la période doit être après son début."));
    QString teamId;
    auto figures = m_db.transactionAs<QJsonObject>(UserContext::of(caller.user), [&](PgConnection &c) -> Result<QJsonObject> {
        CrmRepository crm(c);
        auto scope = scopeParams(crm, query, false, true);
        if (!scope)
            return scope.error();
        teamId = scope->teamId;
        DashboardRepository repo(c);
        auto pipeline = repo.stages(*scope, {}, {}, true);
        if (!pipeline)
            return pipeline.error();
        auto temperatures = repo.temperatures(*scope);
        if (!temperatures)
            return temperatures.error();
        auto stagnant = repo.stagnantCount(*scope);
        if (!stagnant)
            return stagnant.error();
        auto closed = repo.closed(*scope, periodFrom, periodTo);
        if (!closed)
            return closed.error();
        auto top = repo.topPerformers(*scope, periodFrom, periodTo, 5);
        if (!top)
            return top.error();
        return QJsonObject{{QStringLiteral("from"), isoMs(periodFrom)},
                           {QStringLiteral("to"), isoMs(periodTo)},
                           {QStringLiteral("teamId"), scope->teamId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                              : QJsonValue(scope->teamId)},
                           {QStringLiteral("entityId"), scope->entityId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                  : QJsonValue(scope->entityId)},
                           {QStringLiteral("pipeline"), stagesJson(*pipeline)},
                           {QStringLiteral("temperatures"), *temperatures},
                           {QStringLiteral("stagnant"), *stagnant},
                           {QStringLiteral("won"), wonJson(*closed)},
                           {QStringLiteral("lost"), QJsonObject{{QStringLiteral("count"), closed->lost}}},
                           {QStringLiteral("conversionRate"), conversionRate(*closed)},
                           {QStringLiteral("topPerformers"), *top}};
    });
    if (!figures)
        return figures.error();
    QJsonObject out = *figures;
    QJsonValue objective = QJsonValue::Null;
    if (!teamId.isEmpty()) {
        auto objectives = m_teams.objectives(caller, currentMonth, teamId);
        if (!objectives)
            return objectives.error();
        const QJsonArray items = objectives->value(QLatin1StringView("objectives")).toArray();
        if (!items.isEmpty())
            objective = items.first();
    }
    out.insert(QStringLiteral("objective"), objective);
    return out;
}

Result<QJsonObject> DashboardService::analytics(const AuthUser &caller, const QUrlQuery &query)
{
    const QDateTime now = m_clock.now();
    return m_db.transactionAs<QJsonObject>(UserContext::of(caller.user), [&](PgConnection &c) -> Result<QJsonObject> {
        CrmRepository crm(c);
        auto scope = scopeParams(crm, query, true, false);
        if (!scope)
            return scope.error();
        DashboardRepository repo(c);
        auto stages = repo.stages(*scope, {}, {}, false);
        if (!stages)
            return stages.error();
        auto closed = repo.closed(*scope, {}, {});
        if (!closed)
            return closed.error();
        auto average = repo.averageWonAmount(*scope);
        if (!average)
            return average.error();
        auto revenue = repo.revenueByMonth(*scope, now, 12);
        if (!revenue)
            return revenue.error();
        qint64 total = 0;
        for (const StageFigures &f : *stages)
            total += f.count;
        return QJsonObject{{QStringLiteral("totalOpportunities"), total},
                           {QStringLiteral("openOpportunities"), total - closed->won - closed->lost},
                           {QStringLiteral("won"), closed->won},
                           {QStringLiteral("lost"), closed->lost},
                           {QStringLiteral("conversionRate"), conversionRate(*closed)},
                           {QStringLiteral("averageDealEur"), std::round(*average * 100.0) / 100.0},
                           {QStringLiteral("mrrEur"), closed->wonMonthlyEur},
                           {QStringLiteral("pipeline"), stagesJson(*stages)},
                           {QStringLiteral("revenueByMonth"), *revenue},
                           {QStringLiteral("funnel"), funnelJson(*stages)}};
    });
}

} // namespace hector::server
