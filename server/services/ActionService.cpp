#include "services/ActionService.h"

#include "core/crm/CrmRules.h"
#include "db/Database.h"
#include "repositories/CrmRepository.h"
#include "services/Clock.h"
#include "services/CrmSupport.h"

#include <QCoreApplication>

namespace hector::server {

using namespace records;
using sync::TableSpec;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hector::server::ActionService", text);
}

const TableSpec &actions()
{
    return *sync::syncedTable(QStringLiteral("actions"));
}

QString actionNotFound()
{
    return tr("Cette action n'existe pas ou n'est pas visible pour vous.");
}

QStringList codes(const crm::CodeLabels &list)
{
    QStringList out;
    for (const auto &c : list)
        out << c.first;
    return out;
}

QString text(const QJsonObject &row, const char *column)
{
    return row.value(QLatin1StringView(column)).toString();
}

// completed_at follows the status: set (now) when the action becomes « termine » without a date,
// cleared when it is reopened, unless the request gives it.
void stampCompletion(QJsonObject &row, const QJsonObject &given, const QString &previousStatus, const QDateTime &now)
{
    if (given.contains(QLatin1StringView("completed_at")))
        return;
    const bool done = text(row, "status") == QLatin1String("termine");
    if (done && text(row, "completed_at").isEmpty())
        row.insert(QStringLiteral("completed_at"), isoMs(now));
    else if (!done && previousStatus == QLatin1String("termine"))
        row.insert(QStringLiteral("completed_at"), QJsonValue::Null);
}
} // namespace

ActionService::ActionService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<QJsonObject> ActionService::list(const AuthUser &caller, const QUrlQuery &query)
{
    auto p = paging(query);
    if (!p)
        return p.error();
    auto prospectId = uuidParam(query, "prospectId");
    if (!prospectId)
        return prospectId.error();
    auto ownerId = uuidParam(query, "ownerId");
    if (!ownerId)
        return ownerId.error();
    auto status = codeParam(query, "status", codes(crm::actionStatuses()));
    if (!status)
        return status.error();
    auto type = codeParam(query, "type", codes(crm::actionTypes()));
    if (!type)
        return type.error();
    auto overdue = codeParam(query, "overdue", {QStringLiteral("true"), QStringLiteral("false")});
    if (!overdue)
        return overdue.error();
    auto dueBefore = timeParam(query, "dueBefore", false);
    if (!dueBefore)
        return dueBefore.error();
    const ActionFilter filter{*prospectId, *ownerId, *status, *type, *overdue == QLatin1String("true"), *dueBefore,
                              m_clock.now(), p->limit, p->offset};
    return m_db.transactionAs<QJsonObject>(UserContext::of(caller.user), [&](PgConnection &c) -> Result<QJsonObject> {
        auto page = CrmRepository(c).listActions(filter);
        if (!page)
            return page.error();
        QJsonArray items;
        for (const QJsonObject &row : page->rows)
            items.append(toApi(row));
        return pageJson(items, page->total, *p);
    });
}

Result<QJsonObject> ActionService::get(const AuthUser &caller, const QString &id)
{
    return m_db.transactionAs<QJsonObject>(UserContext::of(caller.user), [&](PgConnection &c) -> Result<QJsonObject> {
        CrmRepository repo(c);
        auto row = findVisible(repo, actions(), id, actionNotFound());
        if (!row)
            return row.error();
        return toApi(*row);
    });
}

Result<QJsonObject> ActionService::create(const AuthUser &caller, const QJsonObject &body, const RequestContext &ctx)
{
    auto fields = parseBody(actions(), body, rulesFor(actions()));
    if (!fields)
        return fields.error();
    const QDateTime now = m_clock.now();
    QJsonObject row = *fields;
    if (text(row, "status").isEmpty())
        row.insert(QStringLiteral("status"), QStringLiteral("a_faire"));
    stampCompletion(row, *fields, {}, now);
    return m_db.transactionAs<QJsonObject>(UserContext::of(caller.user), [&](PgConnection &c) -> Result<QJsonObject> {
        CrmRepository repo(c);
        QJsonObject values = row;
        if (auto placed = placeOwned(repo, caller, values, *fields, true); !placed)
            return placed.error();
        if (auto valid = validate(actions(), values, true); !valid)
            return valid.error();
        auto created = insertAudited(WriteContext{c, caller, ctx, now}, actions(), values);
        if (!created)
            return created.error();
        return toApi(*created);
    });
}

Result<QJsonObject> ActionService::update(const AuthUser &caller, const QString &id, const QJsonObject &body,
                                          const RequestContext &ctx)
{
    auto fields = parseBody(actions(), body, rulesFor(actions()));
    if (!fields)
        return fields.error();
    const QDateTime now = m_clock.now();
    return m_db.transactionAs<QJsonObject>(UserContext::of(caller.user), [&](PgConnection &c) -> Result<QJsonObject> {
        CrmRepository repo(c);
        auto current = loadForWrite(repo, actions(), id, actionNotFound());
        if (!current)
            return current.error();
        QJsonObject merged = *current;
        for (auto it = fields->begin(); it != fields->end(); ++it)
            merged.insert(it.key(), it.value());
        stampCompletion(merged, *fields, text(*current, "status"), now);
        if (auto placed = placeOwned(repo, caller, merged, *fields, false); !placed)
            return placed.error();
        if (auto valid = validate(actions(), merged, false); !valid)
            return valid.error();
        auto updated = updateAudited(WriteContext{c, caller, ctx, now}, actions(), *current, merged);
        if (!updated)
            return updated.error();
        return toApi(*updated);
    });
}

Result<QJsonObject> ActionService::remove(const AuthUser &caller, const QString &id, const RequestContext &ctx)
{
    const QDateTime now = m_clock.now();
    return m_db.transactionAs<QJsonObject>(UserContext::of(caller.user), [&](PgConnection &c) -> Result<QJsonObject> {
        CrmRepository repo(c);
        auto current = loadForWrite(repo, actions(), id, actionNotFound());
        if (!current)
            return current.error();
        if (auto removed = removeAudited(WriteContext{c, caller, ctx, now}, actions(), *current); !removed)
            return removed.error();
        return toApi(*current);
    });
}

} // namespace hector::server
