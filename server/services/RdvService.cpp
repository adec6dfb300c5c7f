#include "services/RdvService.h"

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
    return QCoreApplication::translate("hector::server::RdvService", text);
}

const TableSpec &rdvs()
{
    return *sync::syncedTable(QStringLiteral("rdvs"));
}

QString rdvNotFound()
{
    return tr("Ce rendez-vous n'existe pas ou n'est pas visible pour vous.");
}

QStringList codes(const crm::CodeLabels &list)
{
    QStringList out;
    for (const auto &c : list)
        out << c.first;
    return out;
}
} // namespace

RdvService::RdvService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<QJsonObject> RdvService::list(const AuthUser &caller, const QUrlQuery &query)
{
    auto p = paging(query);
    if (!p)
        return p.error();
    auto from = timeParam(query, "from", false);
    if (!from)
        return from.error();
    auto to = timeParam(query, "to", true);
    if (!to)
        return to.error();
    auto prospectId = uuidParam(query, "prospectId");
    if (!prospectId)
        return prospectId.error();
    auto ownerId = uuidParam(query, "ownerId");
    if (!ownerId)
        return ownerId.error();
    auto status = codeParam(query, "status", codes(crm::rdvStatuses()));
    if (!status)
        return status.error();
    const RdvFilter filter{*from, *to, *prospectId, *ownerId, *status, p->limit, p->offset};
    return m_db.transactionAs<QJsonObject>(UserContext::of(caller.user), [&](PgConnection &c) -> Result<QJsonObject> {
        auto page = CrmRepository(c).listRdvs(filter);
        if (!page)
            return page.error();
        QJsonArray items;
        for (const QJsonObject &row : page->rows)
            items.append(toApi(row));
        return pageJson(items, page->total, *p);
    });
}

Result<QJsonObject> RdvService::get(const AuthUser &caller, const QString &id)
{
    return m_db.transactionAs<QJsonObject>(UserContext::of(caller.user), [&](PgConnection &c) -> Result<QJsonObject> {
        CrmRepository repo(c);
        auto row = findVisible(repo, rdvs(), id, rdvNotFound());
        if (!row)
            return row.error();
        return toApi(*row);
    });
}

Result<QJsonObject> RdvService::create(const AuthUser &caller, const QJsonObject &body, const RequestContext &ctx)
{
    auto fields = parseBody(rdvs(), body, rulesFor(rdvs()));
    if (!fields)
        return fields.error();
    QJsonObject row = *fields;
    if (row.value(QLatin1StringView("status")).toString().isEmpty())
        row.insert(QStringLiteral("status"), QStringLiteral("planifie"));
    const QJsonValue start = row.value(QLatin1StringView("starts_at"));
    if (start.isString() && row.value(QLatin1StringView("ends_at")).toString().isEmpty()) {
        const QDateTime s = QDateTime::fromString(start.toString(), Qt::ISODateWithMs);
        row.insert(QStringLiteral("ends_at"), isoMs(s.addSecs(3600)));
    }
    const QDateTime now = m_clock.now();
    return m_db.transactionAs<QJsonObject>(UserContext::of(caller.user), [&](PgConnection &c) -> Result<QJsonObject> {
        CrmRepository repo(c);
        QJsonObject values = row;
        if (auto placed = placeOwned(repo, caller, values, *fields, true); !placed)
            return placed.error();
        if (auto valid = validate(rdvs(), values, true); !valid)
            return valid.error();
        auto created = insertAudited(WriteContext{c, caller, ctx, now}, rdvs(), values);
        if (!created)
            return created.error();
        return toApi(*created);
    });
}

Result<QJsonObject> RdvService::update(const AuthUser &caller, const QString &id, const QJsonObject &body,
                                       const RequestContext &ctx)
{
    auto fields = parseBody(rdvs(), body, rulesFor(rdvs()));
    if (!fields)
        return fields.error();
    const QDateTime now = m_clock.now();
    return m_db.transactionAs<QJsonObject>(UserContext::of(caller.user), [&](PgConnection &c) -> Result<QJsonObject> {
        CrmRepository repo(c);
        auto current = loadForWrite(repo, rdvs(), id, rdvNotFound());
        if (!current)
            return current.error();
        QJsonObject merged = *current;
        for (auto it = fields->begin(); it != fields->end(); ++it)
            merged.insert(it.key(), it.value());
        if (auto placed = placeOwned(repo, caller, merged, *fields, false); !placed)
            return placed.error();
        if (auto valid = validate(rdvs(), merged, false); !valid)
            return valid.error();
        auto updated = updateAudited(WriteContext{c, caller, ctx, now}, rdvs(), *current, merged);
        if (!updated)
            return updated.error();
        return toApi(*updated);
    });
}

Result<QJsonObject> RdvService::remove(const AuthUser &caller, const QString &id, const RequestContext &ctx)
{
    const QDateTime now = m_clock.now();
    return m_db.transactionAs<QJsonObject>(UserContext::of(caller.user), [&](PgConnection &c) -> Result<QJsonObject> {
        CrmRepository repo(c);
        auto current = loadForWrite(repo, rdvs(), id, rdvNotFound());
        if (!current)
            return current.error();
        if (auto removed = removeAudited(WriteContext{c, caller, ctx, now}, rdvs(), *current); !removed)
            return removed.error();
        return toApi(*current);
    });
}

} // namespace hector::server
