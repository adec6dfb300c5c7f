#include "services/TeamService.h"

#include "db/Database.h"
#include "repositories/AuditRepository.h"
#include "services/AdminSupport.h"
#include "services/Clock.h"
#include "services/LocalTime.h"

#include <QCoreApplication>
#include <QDate>

#include <cmath>

namespace hector::server {

using namespace admin;

namespace {
// Audit changes of a team created (null -> value) or deleted (value -> null), every field.
QJsonObject wholeTeamChanges(const QJsonObject &team, bool created)
{
    QJsonObject changes;
    for (const char *key : {"name", "entityId", "parentTeamId", "managerId", "members", "objectives"}) {
        const QString k = QString::fromLatin1(key);
        QJsonValue value = team.value(k);
        if (k == QLatin1String("objectives")) { // the objectives themselves, not their actuals
            QJsonArray objectives;
            for (const QJsonValue &v : value.toArray()) {
                QJsonObject o = v.toObject();
                o.remove(QStringLiteral("actual"));
                o.remove(QStringLiteral("progress"));
                objectives.append(o);
            }
            value = objectives;
        }
        if (created)
            addChange(changes, k, QJsonValue::Null, value);
        else
            addChange(changes, k, value, QJsonValue::Null);
    }
    return changes;
}

// A user as the team screens show them (members and candidates); `roleColumn` holds users.role.
QJsonObject personJson(const PgResult &r, int row, const char *roleColumn)
{
    return QJsonObject{{QStringLiteral("userId"), r.text(row, "id")},
                       {QStringLiteral("email"), r.text(row, "email")},
                       {QStringLiteral("firstName"), r.text(row, "first_name")},
                       {QStringLiteral("lastName"), r.text(row, "last_name")},
                       {QStringLiteral("userRole"), r.text(row, roleColumn)},
                       {QStringLiteral("entityName"), r.text(row, "entity_name")}};
}


QString tr(const char *text)
{
    return QCoreApplication::translate("hector::server", text);
}

Error teamNotFound()
{
    return notFound(tr("Cette équipe n'existe pas ou n'est pas visible pour vous."));
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

const QString kTeamSelect = QStringLiteral(
    "SELECT t.id, t.name, t.entity_id, e.name AS entity_name, e.country_code, t.parent_team_id, t.manager_id,"
    " coalesce(nullif(trim(m.first_name || ' ' || m.last_name), ''), m.email) AS manager_name,"
    " (SELECT count(*) FROM team_members tm WHERE tm.team_id = t.id) AS member_count"
    " FROM teams t JOIN entities e ON e.id = t.entity_id LEFT JOIN users m ON m.id = t.manager_id ");

QJsonObject teamJson(const PgResult &r, int i)
{
    return QJsonObject{{QStringLiteral("id"), r.text(i, "id")},
                       {QStringLiteral("name"), r.text(i, "name")},
                       {QStringLiteral("entityId"), r.text(i, "entity_id")},
                       {QStringLiteral("entityName"), r.text(i, "entity_name")},
                       {QStringLiteral("countryCode"), r.text(i, "country_code")},
                       {QStringLiteral("parentTeamId"), nullableJson(r.text(i, "parent_team_id"))},
                       {QStringLiteral("managerId"), nullableJson(r.text(i, "manager_id"))},
                       {QStringLiteral("managerName"), nullableJson(r.text(i, "manager_name"))},
                       {QStringLiteral("memberCount"), int(r.toInt(i, "member_count"))}};
}

QJsonObject objectiveJson(const PgResult &r, int i)
{
    return QJsonObject{{QStringLiteral("month"), r.text(i, "month")},
                       {QStringLiteral("revenueEur"), r.text(i, "revenue_eur").toDouble()},
                       {QStringLiteral("rdvCount"), int(r.toInt(i, "rdv_count"))},
                       {QStringLiteral("signaturesCount"), int(r.toInt(i, "signatures_count"))}};
}

Result<std::optional<QJsonObject>> loadTeam(PgConnection &c, const QString &id)
{
    auto r = c.exec(kTeamSelect + QStringLiteral("WHERE t.id = $1::uuid"), {id});
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return std::optional<QJsonObject>{};
    return std::optional<QJsonObject>(teamJson(*r, 0));
}

Result<QJsonArray> loadMembers(PgConnection &c, const QString &id)
{
    auto r = c.exec(QStringLiteral("SELECT u.id, u.email, u.first_name, u.last_name, u.role AS user_role,"
                                   " tm.role, e.name AS entity_name FROM team_members tm"
                                   " JOIN users u ON u.id = tm.user_id JOIN entities e ON e.id = u.entity_id"
                                   " WHERE tm.team_id = $1::uuid ORDER BY u.last_name, u.first_name, u.email"),
                    {id});
    if (!r)
        return r.error();
    QJsonArray out;
    for (int i = 0; i < r->rows(); ++i) {
        QJsonObject member = personJson(*r, i, "user_role");
        member.insert(QStringLiteral("role"), r->text(i, "role"));
        out.append(member);
    }
    return out;
}

Result<QJsonArray> loadObjectives(PgConnection &c, const QString &id)
{
    auto r = c.exec(QStringLiteral("SELECT to_char(month, 'YYYY-MM') AS month, revenue_eur, rdv_count, signatures_count"
                                   " FROM team_objectives WHERE team_id = $1::uuid ORDER BY month"),
                    {id});
    if (!r)
        return r.error();
    QStringList months;
    for (int i = 0; i < r->rows(); ++i)
        months << r->text(i, "month");
    auto actuals = DashboardRepository(c).teamActuals(id, months);
    if (!actuals)
        return actuals.error();
    QJsonArray out;
    for (int i = 0; i < r->rows(); ++i)
        out.append(teams::withActual(objectiveJson(*r, i), actuals->value(r->text(i, "month"))));
    return out;
}

QJsonObject actualJson(const ObjectiveActual &a)
{
    return QJsonObject{{QStringLiteral("revenueEur"), double(a.revenueEur)},
                       {QStringLiteral("rdvCount"), double(a.rdvCount)},
                       {QStringLiteral("signaturesCount"), double(a.signaturesCount)}};
}

Result<QJsonObject> loadFull(PgConnection &c, const QString &id)
{
    auto team = loadTeam(c, id);
    if (!team)
        return team.error();
    if (!*team)
        return teamNotFound();
    auto members = loadMembers(c, id);
    if (!members)
        return members.error();
    auto objectives = loadObjectives(c, id);
    if (!objectives)
        return objectives.error();
    QJsonObject out = **team;
    out.insert(QStringLiteral("members"), *members);
    out.insert(QStringLiteral("objectives"), *objectives);
    return out;
}

Result<bool> mayManage(PgConnection &c, const QString &entityId)
{
    auto r = c.exec(QStringLiteral("SELECT hector_may_manage_teams_of($1::uuid) AS ok"), {entityId});
    if (!r)
        return r.error();
    return r->toBool(0, "ok");
}

// Is the user an active member of the entity or one of its sub-entities?
Result<bool> userFits(PgConnection &c, const QString &userId, const QString &entityId)
{
    if (!isUuid(userId))
        return false;
    auto r = c.exec(QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT $2::uuid UNION "
                                   "SELECT e.id FROM entities e JOIN sub s ON e.parent_id = s.id) "
                                   "SELECT 1 FROM users u WHERE u.id = $1::uuid AND u.active "
                                   "AND u.organization_id = hector_org_id() AND u.entity_id IN (SELECT id FROM sub)"),
                    {userId, entityId});
    if (!r)
        return r.error();
    return r->rows() > 0;
}

std::optional<QDate> parseMonth(const QString &month)
{
    const QDate d = QDate::fromString(month + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid() || month.size() != 7)
        return std::nullopt;
    return d;
}

struct Objective
{
    QDate month;
    double revenue = 0;
    int rdv = 0;
    int signatures = 0;
};

Result<Objective> parseObjective(const QString &month, const QJsonObject &body)
{
    Objective o;
    auto m = parseMonth(month);
    if (!m)
        return validation(tr("Le mois doit être au format AAAA-MM."));
    o.month = *m;
    const QJsonValue revenue = body.value(QLatin1StringView("revenueEur"));
    const QJsonValue rdv = body.value(QLatin1StringView("rdvCount"));
    const QJsonValue sig = body.value(QLatin1StringView("signaturesCount"));
    if (!revenue.isDouble() || !rdv.isDouble() || !sig.isDouble())
        return validation(tr("Les objectifs (chiffre d'affaires, rendez-vous, signatures) sont obligatoires."));
    o.revenue = revenue.toDouble();
    if (!std::isfinite(o.revenue) || o.revenue < 0 || o.revenue > 1e12)
        return validation(tr("L'objectif de chiffre d'affaires doit être un montant positif en euros."));
    const double r = rdv.toDouble();
    const double s = sig.toDouble();
    if (r < 0 || s < 0 || r != std::floor(r) || s != std::floor(s) || r > 1e6 || s > 1e6)
        return validation(tr("Les objectifs de rendez-vous et de signatures doivent être des nombres entiers "
                             "positifs."));
    o.rdv = int(r);
    o.signatures = int(s);
    return o;
}

Result<void> upsertObjective(PgConnection &c, const QString &teamId, const Objective &o)
{
    auto r = c.exec(QStringLiteral("INSERT INTO team_objectives (team_id, month, revenue_eur, rdv_count, signatures_count)"
                                   " VALUES ($1::uuid, $2::date, $3::numeric, $4, $5)"
                                   " ON CONFLICT (team_id, month) DO UPDATE SET revenue_eur = EXCLUDED.revenue_eur,"
                                   " rdv_count = EXCLUDED.rdv_count, signatures_count = EXCLUDED.signatures_count,"
                                   " updated_at = now()"),
                    {teamId, o.month.toString(Qt::ISODate), QString::number(o.revenue, 'f', 2), o.rdv, o.signatures});
    if (!r)
        return r.error();
    return {};
}

Result<void> insertMember(PgConnection &c, const QString &teamId, const QString &entityId, const QString &userId,
                          const QString &role)
{
    if (role != QLatin1String("member") && role != QLatin1String("lead"))
        return validation(tr("Le rôle dans l'équipe doit être « member » ou « lead »."));
    auto fits = userFits(c, userId, entityId);
    if (!fits)
        return fits.error();
    if (!*fits)
        return validation(tr("Seuls les utilisateurs actifs de l'entité de l'équipe ou de ses sous-entités "
                             "peuvent en être membres."));
    auto r = c.exec(QStringLiteral("INSERT INTO team_members (team_id, user_id, role) VALUES ($1::uuid, $2::uuid, $3)"
                                   " ON CONFLICT (team_id, user_id) DO UPDATE SET role = EXCLUDED.role"),
                    {teamId, userId, role});
    if (!r)
        return r.error();
    return {};
}

Error renameConflict(const Error &e, const QString &name)
{
    if (e.code == QLatin1String("conflict"))
        return makeError(QStringLiteral("conflict"), tr("Une équipe porte déjà le nom « %1 ».").arg(name));
    return e;
}

Result<void> audit(PgConnection &c, const AuthUser &caller, const RequestContext &ctx, const QString &action,
                   const QString &type, const QString &id, const QJsonObject &changes, const QDateTime &now)
{
    return AuditRepository(c).write(
        AuditEntry{caller.user.id, caller.user.email, action, type, id, changes, ctx.ip}, now);
}

bool mayWrite(const AuthUser &caller)
{
    return hasRole(caller, {Role::Admin, Role::Manager});
}

} // namespace

QJsonObject teams::withActual(QJsonObject objective, const ObjectiveActual &actual)
{
    auto percent = [&objective](const char *key, qint64 done) -> QJsonValue {
        const double target = objective.value(QLatin1StringView(key)).toDouble();
        if (target <= 0)
            return QJsonValue::Null;
        return std::round(double(done) * 1000.0 / target) / 10.0;
    };
    objective.insert(QStringLiteral("actual"), actualJson(actual));
    objective.insert(QStringLiteral("progress"),
                     QJsonObject{{QStringLiteral("revenue"), percent("revenueEur", actual.revenueEur)},
                                 {QStringLiteral("rdv"), percent("rdvCount", actual.rdvCount)},
                                 {QStringLiteral("signatures"), percent("signaturesCount", actual.signaturesCount)}});
    return objective;
}

TeamService::TeamService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<QJsonArray> TeamService::list(const AuthUser &caller)
{
    return m_db.transactionAs<QJsonArray>(UserContext::of(caller.user), [](PgConnection &c) -> Result<QJsonArray> {
        auto r = c.exec(kTeamSelect + QStringLiteral("ORDER BY t.name"));
        if (!r)
            return r.error();
        QJsonArray out;
        for (int i = 0; i < r->rows(); ++i)
            out.append(teamJson(*r, i));
        return out;
    });
}

Result<QJsonObject> TeamService::stats(const AuthUser &caller, const QString &month)
{
    const QString m = month.isEmpty() ? localtime::monthOf(m_clock.now()) : month;
    const auto date = parseMonth(m);
    if (!date)
        return validation(tr("Le mois doit être au format AAAA-MM."));
    auto teams = m_db.transactionAs<QJsonArray>(UserContext::of(caller.user), [&](PgConnection &c) -> Result<QJsonArray> {
        auto r = c.exec(QStringLiteral("SELECT t.id, t.name, t.entity_id, t.parent_team_id,"
                                       " (SELECT count(*) FROM team_members tm WHERE tm.team_id = t.id) AS member_count,"
                                       " o.revenue_eur, o.rdv_count, o.signatures_count, to_char(o.month, 'YYYY-MM') AS month"
                                       " FROM teams t LEFT JOIN team_objectives o ON o.team_id = t.id AND o.month = $1::date"
                                       " ORDER BY t.name"),
                        {date->toString(Qt::ISODate)});
        if (!r)
            return r.error();
        QJsonArray out;
        for (int i = 0; i < r->rows(); ++i) {
            auto actuals = DashboardRepository(c).teamActuals(r->text(i, "id"), {m});
            if (!actuals)
                return actuals.error();
            const ObjectiveActual actual = actuals->value(m);
            QJsonObject o{{QStringLiteral("id"), r->text(i, "id")},
                          {QStringLiteral("name"), r->text(i, "name")},
                          {QStringLiteral("entityId"), r->text(i, "entity_id")},
                          {QStringLiteral("parentTeamId"), nullableJson(r->text(i, "parent_team_id"))},
                          {QStringLiteral("memberCount"), int(r->toInt(i, "member_count"))},
                          {QStringLiteral("actual"), actualJson(actual)},
                          {QStringLiteral("objective"), r->isNull(i, "month")
                                                            ? QJsonValue(QJsonValue::Null)
                                                            : QJsonValue(teams::withActual(objectiveJson(*r, i), actual))}};
            out.append(o);
        }
        return out;
    });
    if (!teams)
        return teams.error();
    return QJsonObject{{QStringLiteral("month"), m}, {QStringLiteral("teams"), *teams}};
}

Result<QJsonObject> TeamService::get(const AuthUser &caller, const QString &id)
{
    if (!isUuid(id))
        return teamNotFound();
    return m_db.transactionAs<QJsonObject>(UserContext::of(caller.user),
                                           [&](PgConnection &c) -> Result<QJsonObject> { return loadFull(c, id); });
}

Result<QJsonObject> TeamService::create(const AuthUser &caller, const QJsonObject &body, const RequestContext &ctx)
{
    if (!mayWrite(caller))
        return forbidden();
    const QString name = body.value(QLatin1StringView("name")).toString().trimmed();
    const QString entityId = body.value(QLatin1StringView("entityId")).toString();
    const QString parentId = body.value(QLatin1StringView("parentTeamId")).toString();
    const QString managerId = body.value(QLatin1StringView("managerId")).toString();
    if (name.isEmpty())
        return validation(tr("Le nom de l'équipe est obligatoire."));
    if (!isUuid(entityId))
        return validation(tr("Choisissez l'entité de l'équipe."));
    if (!parentId.isEmpty() && !isUuid(parentId))
        return validation(tr("L'équipe parente n'existe pas."));
    const QDateTime now = m_clock.now();
    return m_db.transactionAs<QJsonObject>(UserContext::of(caller.user), [&](PgConnection &c) -> Result<QJsonObject> {
        auto may = mayManage(c, entityId);
        if (!may)
            return may.error();
        if (!*may)
            return forbidden();
        if (!parentId.isEmpty()) {
            auto parent = loadTeam(c, parentId);
            if (!parent)
                return parent.error();
            if (!*parent)
                return validation(tr("L'équipe parente n'existe pas."));
        }
        if (!managerId.isEmpty()) {
            auto fits = userFits(c, managerId, entityId);
            if (!fits)
                return fits.error();
            if (!*fits)
                return validation(tr("Le responsable doit être un utilisateur actif de l'entité de l'équipe."));
        }
        auto r = c.exec(QStringLiteral("INSERT INTO teams (organization_id, entity_id, parent_team_id, name, manager_id)"
                                       " VALUES (hector_org_id(), $1::uuid, $2::uuid, $3, $4::uuid) RETURNING id"),
                        {entityId, orNull(parentId), name, orNull(managerId)});
        if (!r)
            return renameConflict(r.error(), name);
        const QString id = r->text(0, "id");
        for (const QJsonValue &v : body.value(QLatin1StringView("members")).toArray()) {
            const QJsonObject m = v.toObject();
            const QString role = m.value(QLatin1StringView("role")).toString(QStringLiteral("member"));
            if (auto ins = insertMember(c, id, entityId, m.value(QLatin1StringView("userId")).toString(), role); !ins)
                return ins.error();
        }
        for (const QJsonValue &v : body.value(QLatin1StringView("objectives")).toArray()) {
            const QJsonObject o = v.toObject();
            auto obj = parseObjective(o.value(QLatin1StringView("month")).toString(), o);
            if (!obj)
                return obj.error();
            if (auto up = upsertObjective(c, id, *obj); !up)
                return up.error();
        }
        auto full = loadFull(c, id);
        if (!full)
            return full.error();
        const QJsonObject changes = wholeTeamChanges(*full, true);
        if (auto a = audit(c, caller, ctx, QStringLiteral("CREATE"), QStringLiteral("team"), id, changes, now); !a)
            return a.error();
        return *full;
    });
}

Result<QJsonObject> TeamService::update(const AuthUser &caller, const QString &id, const QJsonObject &body,
                                        const RequestContext &ctx)
{
    if (!mayWrite(caller))
        return forbidden();
    if (!isUuid(id))
        return teamNotFound();
    const QDateTime now = m_clock.now();
    return m_db.transactionAs<QJsonObject>(UserContext::of(caller.user), [&](PgConnection &c) -> Result<QJsonObject> {
        auto found = loadTeam(c, id);
        if (!found)
            return found.error();
        if (!*found)
            return teamNotFound();
        const QJsonObject old = **found;
        auto may = mayManage(c, old.value(QLatin1StringView("entityId")).toString());
        if (!may)
            return may.error();
        if (!*may)
            return forbidden();
        QString name = old.value(QLatin1StringView("name")).toString();
        QString entityId = old.value(QLatin1StringView("entityId")).toString();
        QString parentId = old.value(QLatin1StringView("parentTeamId")).toString();
        QString managerId = old.value(QLatin1StringView("managerId")).toString();
        if (body.contains(QLatin1StringView("name"))) {
            name = body.value(QLatin1StringView("name")).toString().trimmed();
            if (name.isEmpty())
                return validation(tr("Le nom de l'équipe est obligatoire."));
        }
        if (body.contains(QLatin1StringView("entityId"))) {
            entityId = body.value(QLatin1StringView("entityId")).toString();
            if (!isUuid(entityId))
                return validation(tr("Choisissez l'entité de l'équipe."));
            auto mayNew = mayManage(c, entityId);
            if (!mayNew)
                return mayNew.error();
            if (!*mayNew)
                return forbidden();
            auto misfits = c.exec(QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT $2::uuid UNION "
                                                 "SELECT e.id FROM entities e JOIN sub s ON e.parent_id = s.id) "
                                                 "SELECT count(*) AS n FROM team_members tm JOIN users u ON u.id = tm.user_id "
                                                 "WHERE tm.team_id = $1::uuid AND u.entity_id NOT IN (SELECT id FROM sub)"),
                                  {id, entityId});
            if (!misfits)
                return misfits.error();
            if (misfits->toInt(0, "n") > 0)
                return validation(tr("Des membres de l'équipe n'appartiennent pas à cette entité : retirez-les "
                                     "d'abord."));
        }
        if (body.contains(QLatin1StringView("parentTeamId"))) {
            parentId = body.value(QLatin1StringView("parentTeamId")).toString();
            if (!parentId.isEmpty()) {
                if (!isUuid(parentId))
                    return validation(tr("L'équipe parente n'existe pas."));
                auto parent = loadTeam(c, parentId);
                if (!parent)
                    return parent.error();
                if (!*parent)
                    return validation(tr("L'équipe parente n'existe pas."));
                auto cycle = wouldCreateCycle(c, QLatin1StringView("teams"), QLatin1StringView("parent_team_id"), id,
                                              parentId);
                if (!cycle)
                    return cycle.error();
                if (*cycle) {
                    return makeError(QStringLiteral("invalid_hierarchy"),
                                     tr("Une équipe ne peut pas être rattachée à elle-même ni à l'une de ses "
                                        "sous-équipes."));
                }
            }
        }
        if (body.contains(QLatin1StringView("managerId"))) {
            managerId = body.value(QLatin1StringView("managerId")).toString();
        }
        if (!managerId.isEmpty()) {
            auto fits = userFits(c, managerId, entityId);
            if (!fits)
                return fits.error();
            if (!*fits)
                return validation(tr("Le responsable doit être un utilisateur actif de l'entité de l'équipe."));
        }
        auto r = c.exec(QStringLiteral("UPDATE teams SET name = $2, entity_id = $3::uuid, parent_team_id = $4::uuid,"
                                       " manager_id = $5::uuid WHERE id = $1::uuid"),
                        {id, name, entityId, orNull(parentId), orNull(managerId)});
        if (!r)
            return renameConflict(r.error(), name);
        if (r->affectedRows() != 1)
            return forbidden();
        auto full = loadFull(c, id);
        if (!full)
            return full.error();
        QJsonObject changes;
        for (const char *key : {"name", "entityId", "parentTeamId", "managerId"}) {
            const QString k = QString::fromLatin1(key);
            addChange(changes, k, old.value(k), full->value(k));
        }
        if (!changes.isEmpty()) {
            if (auto a = audit(c, caller, ctx, QStringLiteral("UPDATE"), QStringLiteral("team"), id, changes, now); !a)
                return a.error();
        }
        return *full;
    });
}

Result<QJsonObject> TeamService::remove(const AuthUser &caller, const QString &id, const RequestContext &ctx)
{
    if (!mayWrite(caller))
        return forbidden();
    if (!isUuid(id))
        return teamNotFound();
    const QDateTime now = m_clock.now();
    return m_db.transactionAs<QJsonObject>(UserContext::of(caller.user), [&](PgConnection &c) -> Result<QJsonObject> {
        auto full = loadFull(c, id);
        if (!full)
            return full.error();
        auto may = mayManage(c, full->value(QLatin1StringView("entityId")).toString());
        if (!may)
            return may.error();
        if (!*may)
            return forbidden();
        // Sub-teams the caller may not see count too: ask the constraint, not a visible count.
        auto r = c.exec(QStringLiteral("DELETE FROM teams WHERE id = $1::uuid"), {id});
        if (!r) {
            if (r.error().code == QLatin1String("constraint_violation")) {
                return makeError(QStringLiteral("team_in_use"),
                                 tr("L'équipe « %1 » a encore des sous-équipes : rattachez-les d'abord à une autre "
                                    "équipe.")
                                     .arg(full->value(QLatin1StringView("name")).toString()));
            }
            return r.error();
        }
        if (r->affectedRows() != 1)
            return forbidden();
        const QJsonObject changes = wholeTeamChanges(*full, false);
        if (auto a = audit(c, caller, ctx, QStringLiteral("DELETE"), QStringLiteral("team"), id, changes, now); !a)
            return a.error();
        return *full;
    });
}

Result<QJsonObject> TeamService::addMember(const AuthUser &caller, const QString &teamId, const QJsonObject &body,
                                           const RequestContext &ctx)
{
    if (!mayWrite(caller))
        return forbidden();
    if (!isUuid(teamId))
        return teamNotFound();
    const QString userId = body.value(QLatin1StringView("userId")).toString();
    const QString role = body.value(QLatin1StringView("role")).toString(QStringLiteral("member"));
    const QDateTime now = m_clock.now();
    return m_db.transactionAs<QJsonObject>(UserContext::of(caller.user), [&](PgConnection &c) -> Result<QJsonObject> {
        auto team = loadTeam(c, teamId);
        if (!team)
            return team.error();
        if (!*team)
            return teamNotFound();
        const QString entityId = (*team)->value(QLatin1StringView("entityId")).toString();
        auto may = mayManage(c, entityId);
        if (!may)
            return may.error();
        if (!*may)
            return forbidden();
        if (auto ins = insertMember(c, teamId, entityId, userId, role); !ins)
            return ins.error();
        QJsonObject changes{{QStringLiteral("userId"), userId}, {QStringLiteral("role"), role}};
        if (auto a = audit(c, caller, ctx, QStringLiteral("CREATE"), QStringLiteral("team_member"), teamId, changes, now);
            !a)
            return a.error();
        return loadFull(c, teamId);
    });
}

Result<void> TeamService::removeMember(const AuthUser &caller, const QString &teamId, const QString &userId,
                                       const RequestContext &ctx)
{
    if (!mayWrite(caller))
        return forbidden();
    if (!isUuid(teamId) || !isUuid(userId))
        return teamNotFound();
    const QDateTime now = m_clock.now();
    auto done = m_db.transactionAs<bool>(UserContext::of(caller.user), [&](PgConnection &c) -> Result<bool> {
        auto team = loadTeam(c, teamId);
        if (!team)
            return team.error();
        if (!*team)
            return teamNotFound();
        auto may = mayManage(c, (*team)->value(QLatin1StringView("entityId")).toString());
        if (!may)
            return may.error();
        if (!*may)
            return forbidden();
        auto r = c.exec(QStringLiteral("DELETE FROM team_members WHERE team_id = $1::uuid AND user_id = $2::uuid "
                                       "RETURNING role"),
                        {teamId, userId});
        if (!r)
            return r.error();
        if (r->rows() == 0)
            return notFound(tr("Cet utilisateur ne fait pas partie de l'équipe."));
        QJsonObject changes{{QStringLiteral("userId"), userId}, {QStringLiteral("role"), r->text(0, "role")}};
        if (auto a = audit(c, caller, ctx, QStringLiteral("DELETE"), QStringLiteral("team_member"), teamId, changes, now);
            !a)
            return a.error();
        return true;
    });
    if (!done)
        return done.error();
    return {};
}

Result<QJsonArray> TeamService::candidates(const AuthUser &caller, const QString &teamId)
{
    if (!isUuid(teamId))
        return teamNotFound();
    return m_db.transactionAs<QJsonArray>(UserContext::of(caller.user), [&](PgConnection &c) -> Result<QJsonArray> {
        auto team = loadTeam(c, teamId);
        if (!team)
            return team.error();
        if (!*team)
            return teamNotFound();
        auto r = c.exec(QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT $2::uuid UNION "
                                       "SELECT e.id FROM entities e JOIN sub s ON e.parent_id = s.id) "
                                       "SELECT u.id, u.email, u.first_name, u.last_name, u.role, e.name AS entity_name "
                                       "FROM users u JOIN entities e ON e.id = u.entity_id "
                                       "WHERE u.active AND u.organization_id = hector_org_id() "
                                       "AND u.entity_id IN (SELECT id FROM sub) "
                                       "AND u.id NOT IN (SELECT user_id FROM team_members WHERE team_id = $1::uuid) "
                                       "ORDER BY u.last_name, u.first_name, u.email"),
                        {teamId, (*team)->value(QLatin1StringView("entityId")).toString()});
        if (!r)
            return r.error();
        QJsonArray out;
        for (int i = 0; i < r->rows(); ++i)
            out.append(personJson(*r, i, "role"));
        return out;
    });
}

Result<QJsonObject> TeamService::setObjective(const AuthUser &caller, const QString &teamId, const QString &month,
                                              const QJsonObject &body, const RequestContext &ctx)
{
    if (!mayWrite(caller))
        return forbidden();
    if (!isUuid(teamId))
        return teamNotFound();
    auto objective = parseObjective(month, body);
    if (!objective)
        return objective.error();
    const QDateTime now = m_clock.now();
    return m_db.transactionAs<QJsonObject>(UserContext::of(caller.user), [&](PgConnection &c) -> Result<QJsonObject> {
        auto team = loadTeam(c, teamId);
        if (!team)
            return team.error();
        if (!*team)
            return teamNotFound();
        auto may = mayManage(c, (*team)->value(QLatin1StringView("entityId")).toString());
        if (!may)
            return may.error();
        if (!*may)
            return forbidden();
        auto old = c.exec(QStringLiteral("SELECT to_char(month, 'YYYY-MM') AS month, revenue_eur, rdv_count, "
                                         "signatures_count FROM team_objectives WHERE team_id = $1::uuid AND month = $2::date"),
                          {teamId, objective->month.toString(Qt::ISODate)});
        if (!old)
            return old.error();
        if (auto up = upsertObjective(c, teamId, *objective); !up)
            return up.error();
        const QJsonObject updated{{QStringLiteral("month"), month},
                                  {QStringLiteral("revenueEur"), objective->revenue},
                                  {QStringLiteral("rdvCount"), objective->rdv},
                                  {QStringLiteral("signaturesCount"), objective->signatures}};
        QJsonObject changes;
        addChange(changes, QStringLiteral("objective"),
                  old->rows() ? QJsonValue(objectiveJson(*old, 0)) : QJsonValue(QJsonValue::Null), updated);
        if (auto a = audit(c, caller, ctx, QStringLiteral("UPDATE"), QStringLiteral("team_objective"), teamId, changes,
                           now);
            !a)
            return a.error();
        return updated;
    });
}

Result<QJsonObject> TeamService::objectives(const AuthUser &caller, const QString &month, const QString &teamId,
                                            bool ownContribution)
{
    const QString m = month.isEmpty() ? localtime::monthOf(m_clock.now()) : month;
    const auto date = parseMonth(m);
    if (!date)
        return validation(tr("Le mois doit être au format AAAA-MM."));
    if (!teamId.isEmpty() && !isUuid(teamId))
        return teamNotFound();
    auto items = m_db.transactionAs<QJsonArray>(UserContext::of(caller.user), [&](PgConnection &c) -> Result<QJsonArray> {
        if (!teamId.isEmpty()) {
            auto team = loadTeam(c, teamId);
            if (!team)
                return team.error();
            if (!*team)
                return teamNotFound();
        }
        auto r = c.exec(QStringLiteral("SELECT t.id AS team_id, t.name AS team_name, to_char(o.month, 'YYYY-MM') AS month,"
                                       " o.revenue_eur, o.rdv_count, o.signatures_count"
                                       " FROM team_objectives o JOIN teams t ON t.id = o.team_id"
                                       " WHERE o.month = $1::date AND ($2::uuid IS NULL OR t.id = $2::uuid)"
                                       " AND ($3::uuid IS NULL OR t.id IN (SELECT team_id FROM team_members"
                                       "                                   WHERE user_id = $3::uuid))"
                                       " ORDER BY t.name"),
                        {date->toString(Qt::ISODate), orNull(teamId), ownContribution ? QVariant(caller.user.id) : QVariant()});
        if (!r)
            return r.error();
        QJsonArray out;
        for (int i = 0; i < r->rows(); ++i) {
            DashboardRepository dashboards(c);
            auto actuals = ownContribution ? dashboards.userActuals(caller.user.id, {m})
                                           : dashboards.teamActuals(r->text(i, "team_id"), {m});
            if (!actuals)
                return actuals.error();
            QJsonObject o = teams::withActual(objectiveJson(*r, i), actuals->value(m));
            o.insert(QStringLiteral("teamId"), r->text(i, "team_id"));
            o.insert(QStringLiteral("teamName"), r->text(i, "team_name"));
            out.append(o);
        }
        return out;
    });
    if (!items)
        return items.error();
    return QJsonObject{{QStringLiteral("month"), m}, {QStringLiteral("objectives"), *items}};
}

Result<QJsonObject> TeamService::saveObjective(const AuthUser &caller, const QJsonObject &body,
                                               const RequestContext &ctx)
{
    const QString teamId = body.value(QLatin1StringView("teamId")).toString();
    const QString month = body.value(QLatin1StringView("month")).toString();
    if (teamId.isEmpty())
        return validation(tr("Choisissez l'équipe de l'objectif (« teamId »)."));
    auto saved = setObjective(caller, teamId, month, body, ctx);
    if (!saved)
        return saved.error();
    auto listed = objectives(caller, month, teamId);
    if (!listed)
        return listed.error();
    const QJsonArray items = listed->value(QLatin1StringView("objectives")).toArray();
    if (items.isEmpty())
        return teamNotFound();
    return items.first().toObject();
}

} // namespace hector::server
