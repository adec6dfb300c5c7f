#include "jobs/MaintenanceJob.h"

#include "db/Database.h"

namespace hector::server::jobs {

Result<QJsonObject> housekeeping(Database &owner, const QDateTime &now)
{
    const QDateTime usageLimit = now.addDays(-kUsageRetentionDays);
    const QDateTime jobLimit = now.addDays(-kFinishedJobRetentionDays);
    return owner.transaction<QJsonObject>([&](PgConnection &c) -> Result<QJsonObject> {
        auto calls = c.exec(QStringLiteral("DELETE FROM provider_calls WHERE at < $1"), {usageLimit});
        if (!calls)
            return calls.error();
        auto incidents = c.exec(QStringLiteral("DELETE FROM api_incidents WHERE at < $1"), {usageLimit});
        if (!incidents)
            return incidents.error();
        auto finished = c.exec(QStringLiteral("DELETE FROM jobs WHERE (status IN ('done', 'cancelled') AND finished_at < $1) "
                                              "OR (status IN ('failed', 'dead') AND finished_at < $2)"),
                               {jobLimit, usageLimit});
        if (!finished)
            return finished.error();
        return QJsonObject{{QStringLiteral("providerCalls"), calls->affectedRows()},
                           {QStringLiteral("incidents"), incidents->affectedRows()},
                           {QStringLiteral("jobs"), finished->affectedRows()}};
    });
}

} // namespace hector::server::jobs
