#include "services/OrganizationService.h"

#include "db/Database.h"
#include "repositories/AuditRepository.h"
#include "services/AdminSupport.h"
#include "services/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace hector::server {

using namespace admin;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hector::server", text);
}

const QString kEntityColumns = QStringLiteral("id, name, country_code, parent_id, level");

QJsonObject entityJson(const PgResult &r, int row)
{
    return QJsonObject{{QStringLiteral("id"), r.text(row, "id")},
                       {QStringLiteral("name"), r.text(row, "name")},
                       {QStringLiteral("countryCode"), r.text(row, "country_code")},
                       {QStringLiteral("parentId"), nullableJson(r.text(row, "parent_id"))},
                       {QStringLiteral("level"), int(r.toInt(row, "level"))}};
}

QJsonObject organizationJson(const PgResult &r, int row)
{
    return QJsonObject{{QStringLiteral("id"), r.text(row, "id")},
                       {QStringLiteral("name"), r.text(row, "name")},
                       {QStringLiteral("entityCount"), int(r.toInt(row, "entity_count"))},
                       {QStringLiteral("userCount"), int(r.toInt(row, "user_count"))},
                       {QStringLiteral("createdAt"), r.toDateTime(row, "created_at").toString(Qt::ISODateWithMs)}};
}

bool validCountry(const QString &c)
{
    return c == QLatin1String("FR") || c == QLatin1String("LU") || c == QLatin1String("BE");
}

Result<std::optional<QJsonObject>> findEntity(PgConnection &c, const QString &id)
{
    auto r = c.exec(QStringLiteral("SELECT ") + kEntityColumns
                        + QStringLiteral(" FROM entities WHERE id = $1::uuid AND organization_id = hector_org_id()"),
                    {id});
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return std::optional<QJsonObject>{};
    return std::optional<QJsonObject>(entityJson(*r, 0));
}

Error entityNotFound()
{
    return notFound(tr("Cette entité n'existe pas ou n'est pas visible pour vous."));
}

Result<bool> nameTaken(PgConnection &c, const QString &name, const QString &exceptId)
{
    auto r = c.exec(QStringLiteral("SELECT 1 FROM entities WHERE organization_id = hector_org_id() "
                                   "AND lower(name) = lower($1) AND ($2::uuid IS NULL OR id <> $2::uuid)"),
                    {name, exceptId.isEmpty() ? QVariant() : QVariant(exceptId)});
    if (!r)
        return r.error();
    return r->rows() > 0;
}

// Recomputes `level` for an entity and its descendants from `level` of the entity.
Result<void> relevel(PgConnection &c, const QString &id, int level)
{
    auto r = c.exec(QStringLiteral("WITH RECURSIVE sub(id, lvl) AS ("
                                   "  SELECT $1::uuid, $2::int"
                                   "  UNION ALL SELECT e.id, s.lvl + 1 FROM entities e JOIN sub s ON e.parent_id = s.id)"
                                   " UPDATE entities SET level = sub.lvl FROM sub"
                                   " WHERE entities.id = sub.id AND entities.level <> sub.lvl"),
                    {id, level});
    if (!r)
        return r.error();
    return {};
}

Result<void> audit(PgConnection &c, const AuthUser &caller, const RequestContext &ctx, const QString &action,
                   const QString &type, const QString &id, const QJsonObject &changes, const QDateTime &now)
{
    return AuditRepository(c).write(
        AuditEntry{caller.user.id, caller.user.email, action, type, id, changes, ctx.ip}, now);
}

} // namespace

OrganizationService::OrganizationService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<QJsonArray> OrganizationService::organizations(const AuthUser &caller)
{
    if (!hasRole(caller, {Role::Admin}))
        return forbidden();
    return m_db.transactionAs<QJsonArray>(UserContext::of(caller.user), [](PgConnection &c) -> Result<QJsonArray> {
        auto r = c.exec(QStringLiteral(
            "SELECT o.id, o.name, o.created_at,"
            " (SELECT count(*) FROM entities e WHERE e.organization_id = o.id) AS entity_count,"
            " (SELECT count(*) FROM users u WHERE u.organization_id = o.id) AS user_count"
            " FROM organizations o WHERE o.id = hector_org_id() ORDER BY o.name"));
        if (!r)
            return r.error();
        QJsonArray out;
        for (int i = 0; i < r->rows(); ++i)
            out.append(organizationJson(*r, i));
        return out;
    });
}

Result<QJsonObject> OrganizationService::organization(const AuthUser &caller, const QString &id)
{
    auto list = organizations(caller);
    if (!list)
        return list.error();
    for (const QJsonValue &v : *list) {
        if (v.toObject().value(QLatin1StringView("id")).toString() == id)
            return v.toObject();
    }
    return notFound(tr("Cette organisation n'existe pas ou n'est pas visible pour vous."));
}

Result<QJsonObject> OrganizationService::updateOrganization(const AuthUser &caller, const QString &id,
                                                            const QJsonObject &body, const RequestContext &ctx)
{
    if (!hasRole(caller, {Role::Admin}))
        return forbidden();
    if (!isUuid(id))
        return notFound(tr("Cette organisation n'existe pas ou n'est pas visible pour vous."));
    const QString name = body.value(QLatin1StringView("name")).toString().trimmed();
    if (name.isEmpty())
        return validation(tr("Le nom de l'organisation est obligatoire."));
    const QDateTime now = m_clock.now();
    auto updated = m_db.transactionAs<QJsonObject>(
        UserContext::of(caller.user), [&](PgConnection &c) -> Result<QJsonObject> {
            auto old = c.exec(QStringLiteral("SELECT name FROM organizations WHERE id = $1::uuid "
                                             "AND id = hector_org_id() FOR UPDATE"),
                              {id});
            if (!old)
                return old.error();
            if (old->rows() == 0)
                return notFound(tr("Cette organisation n'existe pas ou n'est pas visible pour vous."));
            auto r = c.exec(QStringLiteral("UPDATE organizations SET name = $2 WHERE id = $1::uuid"), {id, name});
            if (!r)
                return r.error();
            QJsonObject changes;
            addChange(changes, QStringLiteral("name"), old->text(0, "name"), name);
            if (auto a = audit(c, caller, ctx, QStringLiteral("UPDATE"), QStringLiteral("organization"), id, changes, now);
                !a)
                return a.error();
            return QJsonObject{};
        });
    if (!updated)
        return updated.error();
    return organization(caller, id);
}

Result<QJsonArray> OrganizationService::entities(const AuthUser &caller)
{
    return m_db.transactionAs<QJsonArray>(UserContext::of(caller.user), [](PgConnection &c) -> Result<QJsonArray> {
        auto r = c.exec(QStringLiteral("SELECT ") + kEntityColumns
                        + QStringLiteral(" FROM entities WHERE organization_id = hector_org_id() ORDER BY level, name"));
        if (!r)
            return r.error();
        QJsonArray out;
        for (int i = 0; i < r->rows(); ++i)
            out.append(entityJson(*r, i));
        return out;
    });
}

Result<QJsonObject> OrganizationService::createEntity(const AuthUser &caller, const QJsonObject &body,
                                                      const RequestContext &ctx)
{
    if (!hasRole(caller, {Role::Admin}))
        return forbidden();
    const QString name = body.value(QLatin1StringView("name")).toString().trimmed();
    const QString country = body.value(QLatin1StringView("countryCode")).toString().trimmed().toUpper();
    const QString parentId = body.value(QLatin1StringView("parentId")).toString();
    if (name.isEmpty())
        return validation(tr("Le nom de l'entité est obligatoire."));
    if (!validCountry(country))
        return validation(tr("Le pays doit être France (FR), Luxembourg (LU) ou Belgique (BE)."));
    if (!parentId.isEmpty() && !isUuid(parentId))
        return validation(tr("L'entité parente n'existe pas."));
    const QDateTime now = m_clock.now();
    return m_db.transactionAs<QJsonObject>(UserContext::of(caller.user), [&](PgConnection &c) -> Result<QJsonObject> {
        int level = 0;
        if (!parentId.isEmpty()) {
            auto parent = findEntity(c, parentId);
            if (!parent)
                return parent.error();
            if (!*parent)
                return validation(tr("L'entité parente n'existe pas."));
            level = (*parent)->value(QLatin1StringView("level")).toInt() + 1;
        }
        auto taken = nameTaken(c, name, {});
        if (!taken)
            return taken.error();
        if (*taken)
            return makeError(QStringLiteral("conflict"), tr("Une entité porte déjà le nom « %1 ».").arg(name));
        auto r = c.exec(QStringLiteral("INSERT INTO entities (organization_id, parent_id, name, country_code, level) "
                                       "VALUES (hector_org_id(), $1::uuid, $2, $3, $4) RETURNING ")
                            + kEntityColumns,
                        {parentId.isEmpty() ? QVariant() : QVariant(parentId), name, country, level});
        if (!r)
            return r.error();
        const QJsonObject created = entityJson(*r, 0);
        QJsonObject changes;
        for (auto it = created.begin(); it != created.end(); ++it) {
            if (it.key() != QLatin1String("id"))
                addChange(changes, it.key(), QJsonValue::Null, it.value());
        }
        const QString id = created.value(QLatin1StringView("id")).toString();
        if (auto a = audit(c, caller, ctx, QStringLiteral("CREATE"), QStringLiteral("entity"), id, changes, now); !a)
            return a.error();
        return created;
    });
}

Result<QJsonObject> OrganizationService::updateEntity(const AuthUser &caller, const QString &id,
                                                      const QJsonObject &body, const RequestContext &ctx)
{
    if (!hasRole(caller, {Role::Admin}))
        return forbidden();
    if (!isUuid(id))
        return entityNotFound();
    const QDateTime now = m_clock.now();
    return m_db.transactionAs<QJsonObject>(UserContext::of(caller.user), [&](PgConnection &c) -> Result<QJsonObject> {
        auto found = findEntity(c, id);
        if (!found)
            return found.error();
        if (!*found)
            return entityNotFound();
        const QJsonObject old = **found;
        QString name = old.value(QLatin1StringView("name")).toString();
        QString country = old.value(QLatin1StringView("countryCode")).toString();
        QString parentId = old.value(QLatin1StringView("parentId")).toString();
        int level = old.value(QLatin1StringView("level")).toInt();
        if (body.contains(QLatin1StringView("name"))) {
            name = body.value(QLatin1StringView("name")).toString().trimmed();
            if (name.isEmpty())
                return validation(tr("Le nom de l'entité est obligatoire."));
            auto taken = nameTaken(c, name, id);
            if (!taken)
                return taken.error();
            if (*taken)
                return makeError(QStringLiteral("conflict"), tr("Une entité porte déjà le nom « %1 ».").arg(name));
        }
        if (body.contains(QLatin1StringView("countryCode"))) {
            country = body.value(QLatin1StringView("countryCode")).toString().trimmed().toUpper();
            if (!validCountry(country))
                return validation(tr("Le pays doit être France (FR), Luxembourg (LU) ou Belgique (BE)."));
        }
        if (body.contains(QLatin1StringView("parentId"))) {
            parentId = body.value(QLatin1StringView("parentId")).toString();
            level = 0;
            if (!parentId.isEmpty()) {
                if (!isUuid(parentId))
                    return validation(tr("L'entité parente n'existe pas."));
                auto parent = findEntity(c, parentId);
                if (!parent)
                    return parent.error();
                if (!*parent)
                    return validation(tr("L'entité parente n'existe pas."));
                // The new parent must not be the entity itself or one of its descendants.
                auto cycle = wouldCreateCycle(c, QLatin1StringView("entities"), QLatin1StringView("parent_id"), id,
                                              parentId);
                if (!cycle)
                    return cycle.error();
                if (*cycle) {
                    return makeError(QStringLiteral("invalid_hierarchy"),
                                     tr("Une entité ne peut pas être rattachée à elle-même ni à l'une de ses "
                                        "sous-entités."));
                }
                level = (*parent)->value(QLatin1StringView("level")).toInt() + 1;
            }
        }
        auto r = c.exec(QStringLiteral("UPDATE entities SET name = $2, country_code = $3, parent_id = $4::uuid "
                                       "WHERE id = $1::uuid"),
                        {id, name, country, parentId.isEmpty() ? QVariant() : QVariant(parentId)});
        if (!r)
            return r.error();
        if (r->affectedRows() != 1)
            return forbidden();
        if (auto lv = relevel(c, id, level); !lv)
            return lv.error();
        auto now_ = findEntity(c, id);
        if (!now_)
            return now_.error();
        const QJsonObject updated = now_->value_or(QJsonObject{});
        QJsonObject changes;
        for (auto it = updated.begin(); it != updated.end(); ++it)
            addChange(changes, it.key(), old.value(it.key()), it.value());
        if (!changes.isEmpty()) {
            if (auto a = audit(c, caller, ctx, QStringLiteral("UPDATE"), QStringLiteral("entity"), id, changes, now);
                !a)
                return a.error();
        }
        return updated;
    });
}

Result<QJsonObject> OrganizationService::deleteEntity(const AuthUser &caller, const QString &id,
                                                      const RequestContext &ctx)
{
    if (!hasRole(caller, {Role::Admin}))
        return forbidden();
    if (!isUuid(id))
        return entityNotFound();
    const QDateTime now = m_clock.now();
    return m_db.transactionAs<QJsonObject>(UserContext::of(caller.user), [&](PgConnection &c) -> Result<QJsonObject> {
        auto found = findEntity(c, id);
        if (!found)
            return found.error();
        if (!*found)
            return entityNotFound();
        const QJsonObject old = **found;
        auto uses = c.exec(QStringLiteral("SELECT (SELECT count(*) FROM users WHERE entity_id = $1::uuid) AS users,"
                                          " (SELECT count(*) FROM prospects WHERE entity_id = $1::uuid) AS prospects,"
                                          " (SELECT count(*) FROM entities WHERE parent_id = $1::uuid) AS children,"
                                          " (SELECT count(*) FROM teams WHERE entity_id = $1::uuid) AS teams"),
                           {id});
        if (!uses)
            return uses.error();
        const int users = int(uses->toInt(0, "users"));
        const int prospects = int(uses->toInt(0, "prospects"));
        const int children = int(uses->toInt(0, "children"));
        const int teams = int(uses->toInt(0, "teams"));
        if (users + prospects + children + teams > 0) {
            QStringList parts;
            if (users > 0)
                parts << tr("%1 utilisateur(s)").arg(users);
            if (prospects > 0)
                parts << tr("%1 prospect(s)").arg(prospects);
            if (children > 0)
                parts << tr("%1 sous-entité(s)").arg(children);
            if (teams > 0)
                parts << tr("%1 équipe(s)").arg(teams);
            Error e = makeError(QStringLiteral("entity_in_use"),
                                tr("L'entité « %1 » ne peut pas être supprimée : elle compte encore %2. "
                                   "Déplacez-les d'abord vers une autre entité.")
                                    .arg(old.value(QLatin1StringView("name")).toString(),
                                         parts.join(QStringLiteral(", "))));
            e.details = QJsonObject{{QStringLiteral("users"), users},
                                    {QStringLiteral("prospects"), prospects},
                                    {QStringLiteral("children"), children},
                                    {QStringLiteral("teams"), teams}};
            return e;
        }
        auto r = c.exec(QStringLiteral("DELETE FROM entities WHERE id = $1::uuid"), {id});
        if (!r)
            return r.error();
        if (r->affectedRows() != 1)
            return forbidden();
        QJsonObject changes;
        for (auto it = old.begin(); it != old.end(); ++it) {
            if (it.key() != QLatin1String("id"))
                addChange(changes, it.key(), it.value(), QJsonValue::Null);
        }
        if (auto a = audit(c, caller, ctx, QStringLiteral("DELETE"), QStringLiteral("entity"), id, changes, now); !a)
            return a.error();
        return old;
    });
}

Result<QJsonArray> OrganizationService::stats(const AuthUser &caller)
{
    if (!hasRole(caller, {Role::Admin, Role::President, Role::Manager}))
        return forbidden();
    return m_db.transactionAs<QJsonArray>(UserContext::of(caller.user), [](PgConnection &c) -> Result<QJsonArray> {
        // Entities and users are readable organisation-wide: the scope comes from
        // hector_readable_entities(); prospects are filtered by their own policy as well.
        auto r = c.exec(QStringLiteral(
            "SELECT e.id, e.name, e.country_code, e.parent_id, e.level,"
            " (SELECT count(*) FROM users u WHERE u.entity_id = e.id) AS users,"
            " (SELECT count(*) FROM users u WHERE u.entity_id = e.id AND u.active) AS active_users,"
            " (SELECT count(*) FROM prospects p WHERE p.entity_id = e.id) AS prospects,"
            " (SELECT coalesce(jsonb_object_agg(s.status, s.n), '{}'::jsonb) FROM"
            "   (SELECT status, count(*) AS n FROM prospects p WHERE p.entity_id = e.id GROUP BY status) s)"
            "   AS by_status"
            " FROM entities e WHERE e.id IN (SELECT hector_readable_entities())"
            " ORDER BY e.level, e.name"));
        if (!r)
            return r.error();
        QJsonArray out;
        for (int i = 0; i < r->rows(); ++i) {
            QJsonObject o = entityJson(*r, i);
            o.insert(QStringLiteral("users"), int(r->toInt(i, "users")));
            o.insert(QStringLiteral("activeUsers"), int(r->toInt(i, "active_users")));
            o.insert(QStringLiteral("prospects"), int(r->toInt(i, "prospects")));
            o.insert(QStringLiteral("prospectsByStatus"),
                     QJsonDocument::fromJson(r->text(i, "by_status").toUtf8()).object());
            out.append(o);
        }
        return out;
    });
}

} // namespace hector::server
