#include "services/OpportunityService.h"

#include "core/scoring/OpportunityScore.h"
#include "repositories/OpportunityRepository.h"
#include "services/Clock.h"
#include "services/OpportunityScoring.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace hector::server {

using namespace records;
using sync::TableSpec;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hector::server::OpportunityService", text);
}

QString opportunityNotFound()
{
    return tr("Cette opportunité n'existe pas ou n'est pas visible pour vous.");
}

OwnedRefusals opportunityRefusals()
{
    return OwnedRefusals{tr("Une opportunité appartient à l'entité de son prospect."),
                         tr("Un commercial ne gère que ses propres opportunités : vous ne pouvez pas les attribuer "
                            "à quelqu'un d'autre.")};
}

const TableSpec &spec(const char *name)
{
    return *sync::syncedTable(QString::fromLatin1(name));
}

QString text(const QJsonObject &row, const char *column)
{
    return row.value(QLatin1StringView(column)).toString();
}

bool isClosed(const QString &stage)
{
    return stage == QLatin1String("gagne") || stage == QLatin1String("perdu");
}

// The stage's side effects: a new opportunity starts « prospection »; entering a stage stamps
// stage_changed_at; entering gagne/perdu stamps closed_at, reopening clears it (unless the request
// gives closed_at).
void applyStage(QJsonObject &row, const QJsonObject &given, const QJsonObject &current, const QDateTime &now)
{
    const bool created = current.isEmpty();
    if (created && text(row, "stage").isEmpty())
        row.insert(QStringLiteral("stage"), QStringLiteral("prospection"));
    const QString stage = text(row, "stage");
    const bool changed = created || stage != text(current, "stage");
    if (changed)
        row.insert(QStringLiteral("stage_changed_at"), isoMs(now));
    if (given.contains(QLatin1StringView("closed_at")))
        return;
    if (isClosed(stage) && (changed || text(row, "closed_at").isEmpty()))
        row.insert(QStringLiteral("closed_at"), isoMs(now));
    else if (!isClosed(stage) && !text(row, "closed_at").isEmpty())
        row.insert(QStringLiteral("closed_at"), QJsonValue::Null);
}

// A new activity happens now unless the request says when.
void activityTime(QJsonObject &row, const QJsonObject & /*given*/, const QJsonObject & /*parent*/, const QDateTime &now)
{
    if (text(row, "occurred_at").isEmpty())
        row.insert(QStringLiteral("occurred_at"), isoMs(now));
}

// The opportunity after one of its activities: last activity moved forward, not stagnant any more.
Result<void> touchOpportunity(CrmRepository &repo, const WriteContext &w, const QJsonObject &parent,
                              const QJsonObject &activity)
{
    auto current = loadForWrite(repo, spec("opportunities"), text(parent, "id"), opportunityNotFound());
    if (!current)
        return current.error();
    QJsonObject merged = *current;
    const QDateTime occurred = QDateTime::fromString(text(activity, "occurred_at"), Qt::ISODateWithMs);
    const QDateTime last = QDateTime::fromString(text(*current, "last_activity_at"), Qt::ISODateWithMs);
    if (!last.isValid() || occurred > last)
        merged.insert(QStringLiteral("last_activity_at"), text(activity, "occurred_at"));
    merged.insert(QStringLiteral("stagnant_since"), QJsonValue::Null);
    auto updated = updateAudited(w, spec("opportunities"), *current, merged);
    if (!updated)
        return updated.error();
    return {};
}

QJsonObject historyJson(const QJsonObject &row)
{
    QJsonObject out = toApi(row);
    out.insert(QStringLiteral("factors"), QJsonDocument::fromJson(text(row, "factors").toUtf8()).array());
    return out;
}

CrudService::Children activityChildren()
{
    return {spec("opportunity_activities"), "opportunity_id", "t.occurred_at DESC, t.id"};
}

CrudService::Children noteChildren()
{
    return {spec("opportunity_notes"), "opportunity_id", "t.created_at DESC, t.id"};
}

QStringList temperatures()
{
    return {QStringLiteral("HOT"), QStringLiteral("WARM"), QStringLiteral("COLD")};
}
} // namespace

OpportunityService::OpportunityService(Database &db, const Clock &clock)
    : CrudService(db, clock, QStringLiteral("opportunities"), opportunityNotFound, toApi, opportunityRefusals)
{
    // Kept by the server: the stage time and the last activity (the score columns and
    // stagnant_since are server-maintained in the sync spec already).
    setBodyRules(rulesFor(table(), {QStringLiteral("stage_changed_at"), QStringLiteral("last_activity_at")}));
}

Result<QJsonObject> OpportunityService::get(const AuthUser &caller, const QString &id)
{
    return read<QJsonObject>(caller, [&](CrmRepository &repo) -> Result<QJsonObject> {
        auto row = findRecord(repo, id);
        if (!row)
            return row.error();
        auto inputs = OpportunityRepository(repo.connection()).scoreInput(text(*row, "id"));
        if (!inputs)
            return inputs.error();
        QJsonObject out = toApi(*row);
        if (*inputs)
            out.insert(QStringLiteral("scoring"), opportunities::scoringJson(scoring::score((*inputs)->input)));
        return out;
    });
}

Result<QJsonObject> OpportunityService::list(const AuthUser &caller, const QUrlQuery &query)
{
    auto p = paging(query);
    if (!p)
        return p.error();
    QStringList stages;
    for (const auto &s : scoring::opportunityStages())
        stages << s.first;
    auto stage = codeParam(query, "stage", stages);
    if (!stage)
        return stage.error();
    auto temperature = codeParam(query, "temperature", temperatures());
    if (!temperature)
        return temperature.error();
    OpportunityFilter filter{*stage, *temperature, {}, {}, {}, p->limit, p->offset};
    for (auto [name, target] : {std::pair{"ownerId", &filter.ownerId}, std::pair{"prospectId", &filter.prospectId},
                                std::pair{"entityId", &filter.entityId}}) {
        auto value = uuidParam(query, name);
        if (!value)
            return value.error();
        *target = *value;
    }
    return listPage(caller, *p, [&filter](CrmRepository &repo) { return repo.listOpportunities(filter); });
}

Result<QJsonObject> OpportunityService::create(const AuthUser &caller, const QJsonObject &body,
                                               const RequestContext &ctx)
{
    return createOwned(caller, body, ctx, applyStage);
}

Result<QJsonObject> OpportunityService::update(const AuthUser &caller, const QString &id, const QJsonObject &body,
                                               const RequestContext &ctx)
{
    return updateOwned(caller, id, body, ctx, applyStage);
}

Result<QJsonObject> OpportunityService::activities(const AuthUser &caller, const QString &id, const QUrlQuery &query)
{
    return listChildren(caller, id, activityChildren(), query);
}

Result<QJsonObject> OpportunityService::addActivity(const AuthUser &caller, const QString &id, const QJsonObject &body,
                                                    const RequestContext &ctx)
{
    return addChild(caller, id, activityChildren(), body, ctx, activityTime, touchOpportunity);
}

Result<QJsonObject> OpportunityService::notes(const AuthUser &caller, const QString &id, const QUrlQuery &query)
{
    return listChildren(caller, id, noteChildren(), query);
}

Result<QJsonObject> OpportunityService::addNote(const AuthUser &caller, const QString &id, const QJsonObject &body,
                                                const RequestContext &ctx)
{
    return addChild(caller, id, noteChildren(), body, ctx, nullptr);
}

Result<QJsonObject> OpportunityService::scoringHistory(const AuthUser &caller, const QString &id,
                                                       const QUrlQuery &query)
{
    return listChildren(caller, id, {spec("scoring_history"), "opportunity_id", "t.computed_at DESC, t.id"}, query,
                        historyJson);
}

} // namespace hector::server
