#include "services/ActionService.h"

#include "core/crm/CrmRules.h"
#include "services/Clock.h"

#include <QCoreApplication>

namespace hector::server {

using namespace records;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hector::server::ActionService", text);
}

QString actionNotFound()
{
    return tr("Cette action n'existe pas ou n'est pas visible pour vous.");
}

QString text(const QJsonObject &row, const char *column)
{
    return row.value(QLatin1StringView(column)).toString();
}

// completed_at follows the status: set (now) when the action becomes « termine » without a date,
// cleared when it is reopened, unless the request gives it.
void stampCompletion(QJsonObject &row, const QJsonObject &given, const QJsonObject &current, const QDateTime &now)
{
    if (given.contains(QLatin1StringView("completed_at")))
        return;
    const bool done = text(row, "status") == QLatin1String("termine");
    if (done && text(row, "completed_at").isEmpty())
        row.insert(QStringLiteral("completed_at"), isoMs(now));
    else if (!done && text(current, "status") == QLatin1String("termine"))
        row.insert(QStringLiteral("completed_at"), QJsonValue::Null);
}

// A new action: status « a_faire » unless given, completion stamped.
void completeNew(QJsonObject &row, const QJsonObject &given, const QJsonObject &current, const QDateTime &now)
{
    if (text(row, "status").isEmpty())
        row.insert(QStringLiteral("status"), QStringLiteral("a_faire"));
    stampCompletion(row, given, current, now);
}
} // namespace

ActionService::ActionService(Database &db, const Clock &clock)
    : CrudService(db, clock, QStringLiteral("actions"), actionNotFound)
{}

Result<QJsonObject> ActionService::list(const AuthUser &caller, const QUrlQuery &query)
{
    auto p = paging(query);
    if (!p)
        return p.error();
    auto owned = ownedFilter(query, crm::actionStatuses());
    if (!owned)
        return owned.error();
    auto type = codeParam(query, "type", codesOf(crm::actionTypes()));
    if (!type)
        return type.error();
    auto overdue = codeParam(query, "overdue", {QStringLiteral("true"), QStringLiteral("false")});
    if (!overdue)
        return overdue.error();
    auto dueBefore = timeParam(query, "dueBefore", false);
    if (!dueBefore)
        return dueBefore.error();
    const ActionFilter filter{owned->prospectId, owned->ownerId, owned->status, *type,
                              *overdue == QLatin1String("true"), *dueBefore, clock().now(), p->limit, p->offset};
    return listPage(caller, *p, [&filter](CrmRepository &repo) { return repo.listActions(filter); });
}

Result<QJsonObject> ActionService::create(const AuthUser &caller, const QJsonObject &body, const RequestContext &ctx)
{
    return createOwned(caller, body, ctx, completeNew);
}

Result<QJsonObject> ActionService::update(const AuthUser &caller, const QString &id, const QJsonObject &body,
                                          const RequestContext &ctx)
{
    return updateOwned(caller, id, body, ctx, stampCompletion);
}

} // namespace hector::server
