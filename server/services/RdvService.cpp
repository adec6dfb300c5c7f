#include "services/RdvService.h"

#include "core/crm/CrmRules.h"
#include "services/Clock.h"

#include <QCoreApplication>

namespace hector::server {

using namespace records;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hector::server::RdvService", text);
}

QString rdvNotFound()
{
    return tr("Ce rendez-vous n'existe pas ou n'est pas visible pour vous.");
}

// A new appointment: status « planifie » and one hour long unless the request says otherwise.
void completeNew(QJsonObject &row, const QJsonObject & /*given*/, const QJsonObject & /*current*/,
                 const QDateTime & /*now*/)
{
    if (row.value(QLatin1StringView("status")).toString().isEmpty())
        row.insert(QStringLiteral("status"), QStringLiteral("planifie"));
    const QJsonValue start = row.value(QLatin1StringView("starts_at"));
    if (start.isString() && row.value(QLatin1StringView("ends_at")).toString().isEmpty()) {
        const QDateTime s = QDateTime::fromString(start.toString(), Qt::ISODateWithMs);
        row.insert(QStringLiteral("ends_at"), isoMs(s.addSecs(3600)));
    }
}
} // namespace

RdvService::RdvService(Database &db, const Clock &clock)
    : CrudService(db, clock, QStringLiteral("rdvs"), rdvNotFound)
{}

Result<QJsonObject> RdvService::list(const AuthUser &caller, const QUrlQuery &query)
{
    auto p = paging(query);
    if (!p)
        return p.error();
    auto period = periodParams(query);
    if (!period)
        return period.error();
    auto owned = ownedFilter(query, crm::rdvStatuses());
    if (!owned)
        return owned.error();
    const RdvFilter filter{period->from, period->to, owned->prospectId, owned->ownerId, owned->status, p->limit,
                           p->offset};
    return listPage(caller, *p, [&filter](CrmRepository &repo) { return repo.listRdvs(filter); });
}

Result<QJsonObject> RdvService::create(const AuthUser &caller, const QJsonObject &body, const RequestContext &ctx)
{
    return createOwned(caller, body, ctx, completeNew);
}

Result<QJsonObject> RdvService::update(const AuthUser &caller, const QString &id, const QJsonObject &body,
                                       const RequestContext &ctx)
{
    return updateOwned(caller, id, body, ctx, nullptr);
}

} // namespace hector::server
