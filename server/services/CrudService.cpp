#include "services/CrudService.h"

#include "services/Clock.h"

namespace hector::server {

using namespace records;

CrudService::CrudService(Database &db, const Clock &clock, const QString &tableName, Message notFoundMessage,
                         RecordJson json, Refusals refusals)
    : m_db(db)
    , m_clock(clock)
    , m_table(*sync::syncedTable(tableName))
    , m_notFoundMessage(notFoundMessage)
    , m_json(json)
    , m_refusals(refusals)
    , m_rules(rulesFor(m_table))
{}

Result<QJsonObject> CrudService::get(const AuthUser &caller, const QString &id)
{
    return read<QJsonObject>(caller, [&](CrmRepository &repo) -> Result<QJsonObject> {
        auto row = findRecord(repo, id);
        if (!row)
            return row.error();
        return m_json(*row);
    });
}

Result<QJsonObject> CrudService::remove(const AuthUser &caller, const QString &id, const RequestContext &ctx)
{
    return write(caller, ctx, [&](CrmRepository &repo, const WriteContext &w) -> Result<QJsonObject> {
        auto current = loadRecord(repo, id);
        if (!current)
            return current.error();
        if (auto removed = removeAudited(w, m_table, *current); !removed)
            return removed.error();
        return m_json(*current);
    });
}

Result<QJsonObject> CrudService::write(const AuthUser &caller, const RequestContext &ctx, const WriteWork &work)
{
    const QDateTime now = m_clock.now();
    return m_db.transactionAs<QJsonObject>(UserContext::of(caller.user), [&](PgConnection &c) -> Result<QJsonObject> {
        CrmRepository repo(c);
        return work(repo, WriteContext{c, caller, ctx, now});
    });
}

Result<QJsonObject> CrudService::findRecord(CrmRepository &repo, const QString &id) const
{
    return findVisible(repo, m_table, id, m_notFoundMessage());
}

Result<QJsonObject> CrudService::loadRecord(CrmRepository &repo, const QString &id) const
{
    return loadForWrite(repo, m_table, id, m_notFoundMessage());
}

Result<QJsonObject> CrudService::listPage(const AuthUser &caller, const Paging &paging,
                                          const std::function<Result<RowPage>(CrmRepository &)> &query)
{
    return read<QJsonObject>(caller, [&](CrmRepository &repo) -> Result<QJsonObject> {
        auto page = query(repo);
        if (!page)
            return page.error();
        return pageJson(*page, paging, m_json);
    });
}

Result<QJsonObject> CrudService::updateRecord(const AuthUser &caller, const QString &id, const RequestContext &ctx,
                                              const Edit &edit)
{
    return write(caller, ctx, [&](CrmRepository &repo, const WriteContext &w) -> Result<QJsonObject> {
        auto current = loadRecord(repo, id);
        if (!current)
            return current.error();
        auto merged = edit(repo, w, *current);
        if (!merged)
            return merged.error();
        if (auto valid = validate(m_table, *merged, false); !valid)
            return valid.error();
        auto updated = updateAudited(w, m_table, *current, *merged);
        if (!updated)
            return updated.error();
        return m_json(*updated);
    });
}

Result<QJsonObject> CrudService::createOwned(const AuthUser &caller, const QJsonObject &body,
                                             const RequestContext &ctx, Complete complete)
{
    auto fields = parseBody(m_table, body, m_rules);
    if (!fields)
        return fields.error();
    return write(caller, ctx, [&](CrmRepository &repo, const WriteContext &w) -> Result<QJsonObject> {
        QJsonObject row = *fields;
        if (complete)
            complete(row, *fields, {}, w.now);
        if (auto placed = placeOwned(repo, caller, row, *fields, true, m_refusals()); !placed)
            return placed.error();
        auto created = insertValidated(w, m_table, row);
        if (!created)
            return created.error();
        return m_json(*created);
    });
}

Result<QJsonObject> CrudService::updateOwned(const AuthUser &caller, const QString &id, const QJsonObject &body,
                                             const RequestContext &ctx, Complete complete)
{
    auto fields = parseBody(m_table, body, m_rules);
    if (!fields)
        return fields.error();
    return updateRecord(caller, id, ctx,
                        [&](CrmRepository &repo, const WriteContext &w, const QJsonObject &current)
                            -> Result<QJsonObject> {
                            QJsonObject merged = withChanges(current, *fields);
                            if (complete)
                                complete(merged, *fields, current, w.now);
                            if (auto placed = placeOwned(repo, caller, merged, *fields, false, m_refusals()); !placed)
                                return placed.error();
                            return merged;
                        });
}

Result<QJsonObject> CrudService::listChildren(const AuthUser &caller, const QString &parentId,
                                              const Children &children, const QUrlQuery &query, RecordJson json)
{
    auto p = paging(query);
    if (!p)
        return p.error();
    return read<QJsonObject>(caller, [&](CrmRepository &repo) -> Result<QJsonObject> {
        auto parent = findRecord(repo, parentId);
        if (!parent)
            return parent.error();
        auto page = repo.listByParent(children.table, QLatin1String(children.parentColumn), parentId.toLower(),
                                      QLatin1String(children.order), p->limit, p->offset);
        if (!page)
            return page.error();
        return pageJson(*page, *p, json);
    });
}

Result<QJsonObject> CrudService::addChild(const AuthUser &caller, const QString &parentId, const Children &children,
                                          const QJsonObject &body, const RequestContext &ctx, Complete complete,
                                          const AfterChild &after)
{
    const QString parentColumn = QLatin1String(children.parentColumn);
    auto fields = parseBody(children.table, body,
                            rulesFor(children.table, {QStringLiteral("entity_id"), parentColumn, QStringLiteral("author_id")}));
    if (!fields)
        return fields.error();
    return write(caller, ctx, [&](CrmRepository &repo, const WriteContext &w) -> Result<QJsonObject> {
        auto parent = findRecord(repo, parentId);
        if (!parent)
            return parent.error();
        QJsonObject row = *fields;
        row.insert(QStringLiteral("entity_id"), parent->value(QLatin1StringView("entity_id")));
        row.insert(parentColumn, parent->value(QLatin1StringView("id")));
        row.insert(QStringLiteral("author_id"), caller.user.id);
        if (complete)
            complete(row, *fields, *parent, w.now);
        auto created = insertValidated(w, children.table, row);
        if (!created)
            return created.error();
        if (after) {
            if (auto more = after(repo, w, *parent, *created); !more)
                return more.error();
        }
        return toApi(*created);
    });
}

} // namespace hector::server
