#include "repositories/DashboardRepository.h"

#include "core/scoring/OpportunityScore.h"
#include "db/PgConnection.h"
#include "repositories/SqlWhere.h"

namespace hector::server {

namespace {
const QString kOpen = QStringLiteral("o.stage NOT IN ('gagne', 'perdu')");

// The scope as conditions on `o` (opportunities).
void applyScope(Where &w, const DashboardScope &scope)
{
    w.addEquals("o.owner_id", scope.ownerId, "::uuid");
    if (!scope.teamId.isEmpty())
        w.add(QStringLiteral("o.owner_id IN (SELECT user_id FROM team_members WHERE team_id = %1::uuid)")
                  .arg(w.param(scope.teamId)));
    if (!scope.entityId.isEmpty()) {
        w.add(QStringLiteral("o.entity_id IN (WITH RECURSIVE sub(id) AS (SELECT %1::uuid UNION "
                             "SELECT e.id FROM entities e JOIN sub s ON e.parent_id = s.id) SELECT id FROM sub)")
                  .arg(w.param(scope.entityId)));
    }
}

// closed_at within [from, to) when the period is valid.
void applyPeriod(Where &w, const QDateTime &from, const QDateTime &to)
{
    if (from.isValid())
        w.add(QStringLiteral("o.closed_at >= %1").arg(w.param(from)));
    if (to.isValid())
        w.add(QStringLiteral("o.closed_at < %1").arg(w.param(to)));
}

QString personName(const PgResult &r, int i)
{
    const QString name = QString(r.text(i, "first_name") + u' ' + r.text(i, "last_name")).trimmed();
    return name.isEmpty() ? r.text(i, "email") : name;
}
} // namespace

Result<QList<StageFigures>> DashboardRepository::stages(const DashboardScope &scope, const QDateTime &closedFrom,
                                                        const QDateTime &closedTo, bool openOnly)
{
    Where w;
    applyScope(w, scope);
    if (openOnly) {
        w.add(kOpen);
    } else if (closedFrom.isValid() || closedTo.isValid()) {
        // Numbered after the scope's parameters: the period goes on the same builder.
        const QString from = closedFrom.isValid() ? QStringLiteral("o.closed_at >= %1").arg(w.param(closedFrom))
                                                  : QStringLiteral("true");
        const QString to = closedTo.isValid() ? QStringLiteral("o.closed_at < %1").arg(w.param(closedTo))
                                              : QStringLiteral("true");
        w.add(QStringLiteral("%1 OR (%2 AND %3)").arg(kOpen, from, to));
    }
    auto r = m_conn.exec(QStringLiteral("SELECT o.stage, count(*) AS n, coalesce(sum(o.amount_eur), 0) AS amount,"
                                        " coalesce(sum(o.monthly_eur), 0) AS monthly FROM opportunities o %1"
                                        " GROUP BY o.stage")
                             .arg(w.sql()),
                         w.params());
    if (!r)
        return r.error();
    QList<StageFigures> out;
    for (const auto &s : scoring::opportunityStages()) {
        StageFigures f{s.first, 0, 0, 0};
        for (int i = 0; i < r->rows(); ++i) {
            if (r->text(i, "stage") == s.first)
                f = StageFigures{s.first, r->toInt(i, "n"), r->toInt(i, "amount"), r->toInt(i, "monthly")};
        }
        if (!(openOnly && (s.first == QLatin1String("gagne") || s.first == QLatin1String("perdu"))))
            out.append(f);
    }
    return out;
}

Result<QJsonObject> DashboardRepository::temperatures(const DashboardScope &scope)
{
    Where w;
    applyScope(w, scope);
    w.add(kOpen);
    auto r = m_conn.exec(QStringLiteral("SELECT coalesce(o.temperature, 'unscored') AS t, count(*) AS n"
                                        " FROM opportunities o %1 GROUP BY 1")
                             .arg(w.sql()),
                         w.params());
    if (!r)
        return r.error();
    QJsonObject out{{QStringLiteral("HOT"), 0}, {QStringLiteral("WARM"), 0}, {QStringLiteral("COLD"), 0},
                    {QStringLiteral("unscored"), 0}};
    for (int i = 0; i < r->rows(); ++i)
        out.insert(r->text(i, "t"), r->toInt(i, "n"));
    return out;
}

Result<qint64> DashboardRepository::stagnantCount(const DashboardScope &scope)
{
    Where w;
    applyScope(w, scope);
    w.add(kOpen);
    w.add(QStringLiteral("o.stagnant_since IS NOT NULL"));
    auto r = m_conn.exec(QStringLiteral("SELECT count(*) AS n FROM opportunities o %1").arg(w.sql()), w.params());
    if (!r)
        return r.error();
    return r->toInt(0, "n");
}

Result<ClosedFigures> DashboardRepository::closed(const DashboardScope &scope, const QDateTime &from,
                                                  const QDateTime &to)
{
    Where w;
    applyScope(w, scope);
    applyPeriod(w, from, to);
    w.add(QStringLiteral("o.stage IN ('gagne', 'perdu')"));
    auto r = m_conn.exec(QStringLiteral("SELECT count(*) FILTER (WHERE o.stage = 'gagne') AS won,"
                                        " count(*) FILTER (WHERE o.stage = 'perdu') AS lost,"
                                        " coalesce(sum(o.amount_eur) FILTER (WHERE o.stage = 'gagne'), 0) AS amount,"
                                        " coalesce(sum(o.monthly_eur) FILTER (WHERE o.stage = 'gagne'), 0) AS monthly"
                                        " FROM opportunities o %1")
                             .arg(w.sql()),
                         w.params());
    if (!r)
        return r.error();
    return ClosedFigures{r->toInt(0, "won"), r->toInt(0, "lost"), r->toInt(0, "amount"), r->toInt(0, "monthly")};
}

Result<QJsonArray> DashboardRepository::topPerformers(const DashboardScope &scope, const QDateTime &from,
                                                      const QDateTime &to, int limit)
{
    Where w;
    applyScope(w, scope);
    applyPeriod(w, from, to);
    w.add(QStringLiteral("o.stage = 'gagne'"));
    const QString limitParam = w.param(limit);
    auto r = m_conn.exec(QStringLiteral("SELECT o.owner_id, u.first_name, u.last_name, u.email, count(*) AS n,"
                                        " coalesce(sum(o.amount_eur), 0) AS amount, coalesce(sum(o.monthly_eur), 0) AS monthly"
                                        " FROM opportunities o JOIN users u ON u.id = o.owner_id %1"
                                        " GROUP BY o.owner_id, u.first_name, u.last_name, u.email"
                                        " ORDER BY amount DESC, n DESC, u.last_name, u.email LIMIT %2")
                             .arg(w.sql(), limitParam),
                         w.params());
    if (!r)
        return r.error();
    QJsonArray out;
    for (int i = 0; i < r->rows(); ++i) {
        out.append(QJsonObject{{QStringLiteral("userId"), r->text(i, "owner_id")},
                               {QStringLiteral("name"), personName(*r, i)},
                               {QStringLiteral("email"), r->text(i, "email")},
                               {QStringLiteral("wonCount"), r->toInt(i, "n")},
                               {QStringLiteral("wonAmountEur"), r->toInt(i, "amount")},
                               {QStringLiteral("wonMonthlyEur"), r->toInt(i, "monthly")}});
    }
    return out;
}

Result<QJsonArray> DashboardRepository::revenueByMonth(const DashboardScope &scope, const QDateTime &now, int months)
{
    Where w;
    const QString nowParam = w.param(now);
    const QString monthsParam = w.param(months);
    applyScope(w, scope);
    const QString localMonth = QStringLiteral("date_trunc('month', %1::timestamptz AT TIME ZONE 'Europe/Paris')").arg(nowParam);
    auto r = m_conn.exec(QStringLiteral("SELECT to_char(m, 'YYYY-MM') AS month, count(o.id) AS n,"
                                        " coalesce(sum(o.amount_eur), 0) AS amount"
                                        " FROM generate_series(%1 - make_interval(months => %2::integer - 1), %1,"
                                        "                      interval '1 month') AS m"
                                        " LEFT JOIN opportunities o ON o.stage = 'gagne'"
                                        "  AND o.closed_at >= (m AT TIME ZONE 'Europe/Paris')"
                                        "  AND o.closed_at < ((m + interval '1 month') AT TIME ZONE 'Europe/Paris')"
                                        "  AND %3"
                                        " GROUP BY m ORDER BY m")
                             .arg(localMonth, monthsParam, w.conditions()),
                         w.params());
    if (!r)
        return r.error();
    QJsonArray out;
    for (int i = 0; i < r->rows(); ++i) {
        out.append(QJsonObject{{QStringLiteral("month"), r->text(i, "month")},
                               {QStringLiteral("amountEur"), r->toInt(i, "amount")},
                               {QStringLiteral("count"), r->toInt(i, "n")}});
    }
    return out;
}

Result<double> DashboardRepository::averageWonAmount(const DashboardScope &scope)
{
    Where w;
    applyScope(w, scope);
    w.add(QStringLiteral("o.stage = 'gagne' AND o.amount_eur IS NOT NULL"));
    auto r = m_conn.exec(QStringLiteral("SELECT coalesce(avg(o.amount_eur), 0) AS a FROM opportunities o %1").arg(w.sql()),
                         w.params());
    if (!r)
        return r.error();
    return r->text(0, "a").toDouble();
}

Result<bool> DashboardRepository::teamVisible(const QString &teamId)
{
    auto r = m_conn.exec(QStringLiteral("SELECT 1 FROM teams WHERE id = $1::uuid"), {teamId});
    if (!r)
        return r.error();
    return r->rows() > 0;
}

Result<QHash<QString, ObjectiveActual>> DashboardRepository::teamActuals(const QString &teamId,
                                                                         const QStringList &months)
{
    return actuals(QStringLiteral("%1 IN (SELECT user_id FROM team_members WHERE team_id = $2::uuid)"), teamId, months);
}

Result<QHash<QString, ObjectiveActual>> DashboardRepository::userActuals(const QString &userId,
                                                                         const QStringList &months)
{
    return actuals(QStringLiteral("%1 = $2::uuid"), userId, months);
}

Result<QHash<QString, ObjectiveActual>> DashboardRepository::actuals(const QString &ownersCondition,
                                                                     const QString &owners, const QStringList &months)
{
    QHash<QString, ObjectiveActual> out;
    if (months.isEmpty())
        return out;
    QStringList dates;
    for (const QString &m : months)
        dates << QString(m + QStringLiteral("-01"));
    const QString start = QStringLiteral("(mo::timestamp AT TIME ZONE 'Europe/Paris')");
    const QString end = QStringLiteral("((mo + interval '1 month')::timestamp AT TIME ZONE 'Europe/Paris')");
    auto r = m_conn.exec(
        QStringLiteral("SELECT to_char(mo, 'YYYY-MM') AS month, w.revenue, w.signatures, a.rdvs"
                       " FROM unnest($1::date[]) AS mo,"
                       " LATERAL (SELECT coalesce(sum(o.amount_eur), 0) AS revenue, count(*) AS signatures"
                       "          FROM opportunities o WHERE o.stage = 'gagne' AND %1"
                       "          AND o.closed_at >= %3 AND o.closed_at < %4) w,"
                       " LATERAL (SELECT count(*) AS rdvs FROM rdvs r WHERE r.status IN ('effectue', 'planifie')"
                       "          AND %2 AND r.starts_at >= %3 AND r.starts_at < %4) a")
            .arg(ownersCondition.arg(QStringLiteral("o.owner_id")), ownersCondition.arg(QStringLiteral("r.owner_id")),
                 start, end),
        {QString(u'{' + dates.join(u',') + u'}'), owners});
    if (!r)
        return r.error();
    for (int i = 0; i < r->rows(); ++i)
        out.insert(r->text(i, "month"),
                   ObjectiveActual{r->toInt(i, "revenue"), r->toInt(i, "rdvs"), r->toInt(i, "signatures")});
    return out;
}

} // namespace hector::server
