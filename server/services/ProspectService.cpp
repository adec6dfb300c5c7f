#include "services/ProspectService.h"

#include "core/Validation.h"
#include "core/crm/CrmRules.h"
#include "core/crm/Phone.h"
#include "core/crm/Postcode.h"
#include "core/sync/RowValidation.h"
#include "services/Clock.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hector::server {

using namespace records;
using sync::TableSpec;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hector::server::ProspectService", text);
}

const TableSpec &prospects()
{
    return *sync::syncedTable(QStringLiteral("prospects"));
}

const TableSpec &notesTable()
{
    return *sync::syncedTable(QStringLiteral("prospect_notes"));
}

// Notes of a prospect, newest first.
CrudService::Children noteChildren()
{
    return {notesTable(), "prospect_id", "t.created_at DESC, t.id"};
}

QString prospectNotFound()
{
    return tr("Ce prospect n'existe pas ou n'est pas visible pour vous.");
}

QString text(const QJsonObject &row, const char *column)
{
    return row.value(QLatin1StringView(column)).toString();
}

// The record as the API shows it: every column (camelCase) and its completeness score.
QJsonObject prospectJson(const QJsonObject &row)
{
    QJsonObject out = toApi(row);
    out.insert(QStringLiteral("qualityScore"), crm::dataQualityScore(row));
    return out;
}

// Read-only members: set by the server (id, times, qualification, enrichment of issue #7) or
// computed (qualityScore); accepted in bodies and ignored, so a client may send a record back.
BodyRules fullRules()
{
    return rulesFor(prospects(), {QStringLiteral("qualified_at"), QStringLiteral("qualified_by")},
                    {QStringLiteral("qualityScore"), QStringLiteral("allowDuplicate")});
}

// Field capture (module 11): what a commercial types in front of the shop.
BodyRules partialRules()
{
    BodyRules rules;
    for (const char *c : {"company_name", "postcode", "country_code", "city", "phone", "mobile_phone", "email",
                          "contact_name", "contact_title", "source"})
        rules.writable.insert(QString::fromLatin1(c));
    rules.extra = {QStringLiteral("notes"), QStringLiteral("allowDuplicate")};
    return rules;
}

// The filter of the prospect list (`status` one of the statuses, by company name) or, with
// `queue`, of the « À qualifier » queue (status fixed, oldest first): q, entityId, ownerId, paging.
Result<ProspectFilter> prospectFilter(const QUrlQuery &query, bool queue)
{
    auto p = paging(query);
    if (!p)
        return p.error();
    QString status = QStringLiteral("a_qualifier");
    if (!queue) {
        auto given = codeParam(query, "status", codesOf(sync::prospectStatuses()));
        if (!given)
            return given.error();
        status = *given;
    }
    auto entityId = uuidParam(query, "entityId");
    if (!entityId)
        return entityId.error();
    auto ownerId = uuidParam(query, "ownerId");
    if (!ownerId)
        return ownerId.error();
    return ProspectFilter{param(query, "q"), status, *entityId, *ownerId, queue, p->limit, p->offset};
}

Result<bool> allowDuplicate(const QJsonObject &body)
{
    const QJsonValue v = body.value(QLatin1StringView("allowDuplicate"));
    if (v.isUndefined() || v.isNull())
        return false;
    if (!v.isBool()) {
        Error e = invalidRequest(tr("« allowDuplicate » vaut true ou false."));
        e.details.insert(QStringLiteral("field"), QStringLiteral("allowDuplicate"));
        return e;
    }
    return v.toBool();
}

// What a creation request gives: the columns (per `rules`) and "allowDuplicate".
struct NewProspect
{
    QJsonObject fields;
    bool allowDuplicate = false;
};

Result<NewProspect> parseNew(const QJsonObject &body, const BodyRules &rules)
{
    auto fields = parseBody(prospects(), body, rules);
    if (!fields)
        return fields.error();
    auto duplicatesAllowed = allowDuplicate(body);
    if (!duplicatesAllowed)
        return duplicatesAllowed.error();
    return NewProspect{*fields, *duplicatesAllowed};
}

// Identifiers as digits, e-mail in lower case, phones in E.164 for `country`, postcode without
// spaces or country prefix: the members of `fields` that are given, in place.
Result<void> normalize(QJsonObject &fields, const QString &country)
{
    for (const char *c : {"siren", "siret"}) {
        const QString column = QString::fromLatin1(c);
        if (fields.value(column).isString())
            fields.insert(column, validation::normalizeDigits(fields.value(column).toString()));
    }
    if (fields.value(QLatin1StringView("email")).isString())
        fields.insert(QStringLiteral("email"), validation::normalizeEmail(text(fields, "email")));
    for (const char *c : {"phone", "mobile_phone"}) {
        const QString column = QString::fromLatin1(c);
        if (!fields.value(column).isString())
            continue;
        auto phone = crm::normalizePhone(fields.value(column).toString(), country);
        if (!phone)
            return withField(phone.error(), column);
        fields.insert(column, phone->isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(*phone));
    }
    if (fields.value(QLatin1StringView("postcode")).isString()) {
        const QString postcode = crm::normalizePostcode(text(fields, "postcode"));
        fields.insert(QStringLiteral("postcode"), postcode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(postcode));
    }
    return {};
}

// A new record: its entity (given, or detected from the country) must be one the caller reads;
// its country (given, or detected from the postcode). Fills entity_id and country_code and
// normalises the fields.
Result<void> placeNew(CrmRepository &repo, const AuthUser &caller, QJsonObject &fields)
{
    auto readable = repo.readableEntities();
    if (!readable)
        return readable.error();
    QString entityId = text(fields, "entity_id");
    QString hint = caller.user.entityCountry;
    if (!entityId.isEmpty()) {
        const crm::EntityRef *entity = nullptr;
        for (const crm::EntityRef &e : *readable) {
            if (e.id == entityId)
                entity = &e;
        }
        if (!entity) {
            Error e = makeError(QStringLiteral("forbidden"),
                                tr("Vous ne pouvez pas créer de prospect dans cette entité : elle ne fait pas partie "
                                   "de votre périmètre."));
            return withField(e, QStringLiteral("entity_id"));
        }
        hint = entity->countryCode;
    }
    QString country = text(fields, "country_code").toUpper();
    if (country.isEmpty()) {
        const QString postcode = text(fields, "postcode");
        country = crm::detectCountry(postcode, hint);
        static const QRegularExpression fourDigits(QStringLiteral("^\\s*\\d{4}\\s*$"));
        if (country.isEmpty() && fourDigits.match(postcode).hasMatch()) {
            return validationError(tr("Le code postal « %1 » peut être belge ou luxembourgeois : précisez le pays "
                                      "(BE ou LU).")
                                       .arg(postcode.trimmed()),
                                   QStringLiteral("country_code"));
        }
        if (country.isEmpty())
            country = hint;
    }
    if (country != QLatin1String("FR") && country != QLatin1String("LU") && country != QLatin1String("BE"))
        return validationError(tr("Le pays doit être FR, LU ou BE."), QStringLiteral("country_code"));
    fields.insert(QStringLiteral("country_code"), country);
    if (entityId.isEmpty()) {
        entityId = crm::detectEntity(*readable, country, caller.user.entityId);
        if (entityId.isEmpty()) {
            return validationError(tr("Aucune entité de votre périmètre ne couvre ce pays (%1) : ce prospect ne peut "
                                      "pas être créé par vous.")
                                       .arg(country),
                                   QStringLiteral("entity_id"));
        }
        fields.insert(QStringLiteral("entity_id"), entityId);
    }
    return normalize(fields, country);
}

Result<void> checkProspectOwner(CrmRepository &repo, const QJsonObject &row)
{
    return checkOwner(repo, row,
                      tr("Le propriétaire choisi n'est pas un utilisateur actif ayant accès à l'entité de ce "
                         "prospect."));
}

// The longest word of the normalised name: what the duplicate query looks for in SQL.
QString longestWord(const QString &normalizedName)
{
    QString best;
    for (const QString &w : normalizedName.split(u' ', Qt::SkipEmptyParts)) {
        if (w.size() > best.size())
            best = w;
    }
    return best;
}

struct DuplicateQuery
{
    QString siren;
    QString siret;
    QString companyName;
    QString postcode;
    QString excludeId;
};

Result<QJsonArray> findDuplicates(CrmRepository &repo, const DuplicateQuery &q)
{
    const QString siret = validation::normalizeDigits(q.siret);
    QString siren = validation::normalizeDigits(q.siren);
    if (siren.isEmpty() && siret.size() == 14)
        siren = siret.left(9); // a SIRET names its company (as the desktop client's check does)
    const QString postcode = crm::normalizePostcode(q.postcode);
    const QString name = crm::normalizedCompanyName(q.companyName);
    const bool byName = !postcode.isEmpty() && !name.isEmpty();
    auto rows = repo.duplicateCandidates(siren, siret, byName ? postcode : QString(),
                                         byName ? longestWord(name) : QString(), q.excludeId, 500);
    if (!rows)
        return rows.error();
    QJsonArray out;
    for (const QJsonObject &row : *rows) {
        QJsonArray matched;
        if (!siren.isEmpty() && text(row, "siren") == siren)
            matched.append(QStringLiteral("siren"));
        if (!siret.isEmpty() && text(row, "siret") == siret)
            matched.append(QStringLiteral("siret"));
        if (byName && crm::normalizePostcode(text(row, "postcode")) == postcode
            && crm::normalizedCompanyName(text(row, "company_name")) == name) {
            matched.append(QStringLiteral("name"));
        }
        if (matched.isEmpty())
            continue; // same postcode and a common word only
        QJsonObject candidate = prospectJson(row);
        candidate.insert(QStringLiteral("matchedOn"), matched);
        out.append(candidate);
        if (out.size() >= 50)
            break;
    }
    return out;
}

// 409 `duplicate` with the candidates, unless none.
Result<void> refuseDuplicates(CrmRepository &repo, const QJsonObject &row)
{
    auto found = findDuplicates(repo, DuplicateQuery{text(row, "siren"), text(row, "siret"), text(row, "company_name"),
                                                     text(row, "postcode"), {}});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return {};
    const QJsonObject first = found->first().toObject();
    Error e = makeError(QStringLiteral("duplicate"),
                        tr("Ce prospect existe peut-être déjà : « %1 » (%2). Vérifiez les fiches proposées, ou "
                           "confirmez la création du doublon.")
                            .arg(first.value(QLatin1StringView("companyName")).toString(),
                                 first.value(QLatin1StringView("city")).toString().isEmpty()
                                     ? first.value(QLatin1StringView("postcode")).toString()
                                     : first.value(QLatin1StringView("city")).toString()));
    e.details.insert(QStringLiteral("candidates"), *found);
    return e;
}

// A new record: validated, refused when it may exist already (unless `allowDuplicate`), inserted
// with its audit row. Returns the row written.
Result<QJsonObject> insertNew(CrmRepository &repo, const WriteContext &w, const QJsonObject &row,
                              bool allowDuplicate)
{
    if (auto valid = validate(prospects(), row, true); !valid)
        return valid.error();
    if (!allowDuplicate) {
        if (auto unique = refuseDuplicates(repo, row); !unique)
            return unique.error();
    }
    return insertAudited(w, prospects(), row);
}

// Applies `fields` (given members of an update) to `current`: entity kept readable, phones
// normalised with the resulting country, owner checked. Returns the merged row, not yet validated.
Result<QJsonObject> merge(CrmRepository &repo, const QJsonObject &current, QJsonObject fields)
{
    if (fields.contains(QLatin1StringView("entity_id"))) {
        const QString entityId = text(fields, "entity_id");
        if (entityId.isEmpty()) {
            return validationError(tr("L'entité (France, Luxembourg, Belgique) est obligatoire."),
                                   QStringLiteral("entity_id"));
        }
        const QString refusal = tr("Vous ne pouvez pas rattacher ce prospect à une entité hors de votre périmètre.");
        if (auto readable = checkEntityReadable(repo, entityId, refusal); !readable)
            return readable.error();
    }
    if (fields.value(QLatin1StringView("country_code")).isString())
        fields.insert(QStringLiteral("country_code"), text(fields, "country_code").toUpper());
    const QString country = fields.contains(QLatin1StringView("country_code")) ? text(fields, "country_code")
                                                                               : text(current, "country_code");
    if (auto n = normalize(fields, country); !n)
        return n.error();
    const QJsonObject merged = withChanges(current, fields);
    if (fields.contains(QLatin1StringView("owner_id")) || fields.contains(QLatin1StringView("entity_id"))) {
        if (auto owner = checkProspectOwner(repo, merged); !owner)
            return owner.error();
    }
    return merged;
}

// A qualified record can be called on and visited: address, city and a way to reach it.
Result<void> checkQualifiable(const QJsonObject &row)
{
    QStringList missing;
    QJsonArray missingFields;
    if (text(row, "address").trimmed().isEmpty()) {
        missing << tr("l'adresse");
        missingFields.append(QStringLiteral("address"));
    }
    if (text(row, "city").trimmed().isEmpty()) {
        missing << tr("la ville");
        missingFields.append(QStringLiteral("city"));
    }
    if (text(row, "phone").isEmpty() && text(row, "mobile_phone").isEmpty() && text(row, "email").isEmpty()) {
        missing << tr("un téléphone ou un e-mail");
        missingFields.append(QStringLiteral("phoneOrEmail"));
    }
    if (missing.isEmpty())
        return {};
    Error e = validationError(
        tr("Pour qualifier ce prospect, renseignez : %1.").arg(missing.join(QStringLiteral(", "))));
    e.details.insert(QStringLiteral("missing"), missingFields);
    e.details.insert(QStringLiteral("field"), missingFields.first());
    return e;
}
} // namespace

ProspectService::ProspectService(Database &db, const Clock &clock)
    : CrudService(db, clock, QStringLiteral("prospects"), prospectNotFound, prospectJson)
{}

Result<QJsonObject> ProspectService::list(const AuthUser &caller, const QUrlQuery &query)
{
    return listProspects(caller, query, false);
}

Result<QJsonObject> ProspectService::listProspects(const AuthUser &caller, const QUrlQuery &query, bool queue)
{
    auto filter = prospectFilter(query, queue);
    if (!filter)
        return filter.error();
    return listPage(caller, {filter->limit, filter->offset},
                    [&filter](CrmRepository &repo) { return repo.listProspects(*filter); });
}

Result<QJsonObject> ProspectService::create(const AuthUser &caller, const QJsonObject &body,
                                            const RequestContext &ctx)
{
    auto request = parseNew(body, fullRules());
    if (!request)
        return request.error();
    return write(caller, ctx, [&](CrmRepository &repo, const WriteContext &w) -> Result<QJsonObject> {
        QJsonObject row = request->fields;
        if (auto placed = placeNew(repo, caller, row); !placed)
            return placed.error();
        if (!row.contains(QLatin1StringView("owner_id")))
            row.insert(QStringLiteral("owner_id"), caller.user.id);
        if (text(row, "status").isEmpty())
            row.insert(QStringLiteral("status"), QStringLiteral("nouveau"));
        if (auto owner = checkProspectOwner(repo, row); !owner)
            return owner.error();
        auto created = insertNew(repo, w, row, request->allowDuplicate);
        if (!created)
            return created.error();
        return prospectJson(*created);
    });
}

Result<QJsonObject> ProspectService::update(const AuthUser &caller, const QString &id, const QJsonObject &body,
                                            const RequestContext &ctx)
{
    auto fields = parseBody(prospects(), body, fullRules());
    if (!fields)
        return fields.error();
    return updateRecord(caller, id, ctx,
                        [&](CrmRepository &repo, const WriteContext &, const QJsonObject &current) {
                            return merge(repo, current, *fields);
                        });
}

Result<QJsonArray> ProspectService::duplicates(const AuthUser &caller, const QUrlQuery &query)
{
    auto excludeId = uuidParam(query, "excludeId");
    if (!excludeId)
        return excludeId.error();
    const DuplicateQuery q{param(query, "siren"), param(query, "siret"), param(query, "companyName"),
                           param(query, "postcode"), *excludeId};
    if (q.siren.isEmpty() && q.siret.isEmpty() && (q.companyName.isEmpty() || q.postcode.isEmpty())) {
        return invalidRequest(tr("Indiquez un SIREN, un SIRET, ou une raison sociale et un code postal."));
    }
    return read<QJsonArray>(caller, [&q](CrmRepository &repo) { return findDuplicates(repo, q); });
}

Result<QJsonObject> ProspectService::createPartial(const AuthUser &caller, const QJsonObject &body,
                                                   const RequestContext &ctx)
{
    auto request = parseNew(body, partialRules());
    if (!request)
        return request.error();
    if (text(request->fields, "company_name").isEmpty())
        return validationError(tr("La raison sociale est obligatoire."), QStringLiteral("company_name"));
    if (text(request->fields, "postcode").isEmpty())
        return validationError(tr("Le code postal est obligatoire."), QStringLiteral("postcode"));
    const QJsonValue notesValue = body.value(QLatin1StringView("notes"));
    if (!notesValue.isUndefined() && !notesValue.isNull() && !notesValue.isString()) {
        Error e = validationError(tr("Le champ « notes » doit contenir du texte."));
        e.details.insert(QStringLiteral("field"), QStringLiteral("notes"));
        return e;
    }
    const QString noteText = notesValue.toString().trimmed();
    return write(caller, ctx, [&](CrmRepository &repo, const WriteContext &w) -> Result<QJsonObject> {
        QJsonObject row = request->fields;
        if (auto placed = placeNew(repo, caller, row); !placed)
            return placed.error();
        row.insert(QStringLiteral("owner_id"), caller.user.id);
        row.insert(QStringLiteral("status"), QStringLiteral("a_qualifier"));
        if (text(row, "source").isEmpty())
            row.insert(QStringLiteral("source"), QStringLiteral("terrain"));
        auto created = insertNew(repo, w, row, request->allowDuplicate);
        if (!created)
            return created.error();
        if (!noteText.isEmpty()) {
            const QJsonObject note{{QStringLiteral("entity_id"), created->value(QLatin1StringView("entity_id"))},
                                   {QStringLiteral("prospect_id"), created->value(QLatin1StringView("id"))},
                                   {QStringLiteral("author_id"), caller.user.id},
                                   {QStringLiteral("body"), noteText}};
            if (auto n = insertAudited(w, notesTable(), note); !n)
                return n.error();
        }
        return prospectJson(*created);
    });
}

Result<QJsonObject> ProspectService::partialQueue(const AuthUser &caller, const QUrlQuery &query)
{
    return listProspects(caller, query, true);
}

Result<QJsonObject> ProspectService::qualify(const AuthUser &caller, const QString &id, const QJsonObject &body,
                                             const RequestContext &ctx)
{
    BodyRules rules = fullRules();
    rules.writable.remove(QStringLiteral("status")); // set by the qualification itself
    rules.ignored.insert(QStringLiteral("status"));
    auto fields = parseBody(prospects(), body, rules);
    if (!fields)
        return fields.error();
    return write(caller, ctx, [&](CrmRepository &repo, const WriteContext &w) -> Result<QJsonObject> {
        auto current = loadRecord(repo, id);
        if (!current)
            return current.error();
        const QString status = text(*current, "status");
        if (status != QLatin1String("a_qualifier") && status != QLatin1String("nouveau")) {
            return validationError(tr("Ce prospect est au statut « %1 » : seule une fiche « À qualifier » ou "
                                      "« Nouveau » peut être qualifiée.")
                                       .arg(crm::labelFor(sync::prospectStatuses(), status)),
                                   QStringLiteral("status"));
        }
        auto merged = merge(repo, *current, *fields);
        if (!merged)
            return merged.error();
        merged->insert(QStringLiteral("status"), QStringLiteral("qualifie"));
        merged->insert(QStringLiteral("qualified_at"), isoMs(w.now));
        merged->insert(QStringLiteral("qualified_by"), caller.user.id);
        if (auto valid = validate(prospects(), *merged, false); !valid)
            return valid.error();
        if (auto complete = checkQualifiable(*merged); !complete)
            return complete.error();
        auto updated = updateAudited(w, prospects(), *current, *merged);
        if (!updated)
            return updated.error();
        // TODO(issue #7): queue the enrichment of the qualified record here (company registers,
        // geocoding) once the enrichment service exists; enrichment_* stay untouched until then.
        return prospectJson(*updated);
    });
}

Result<QJsonObject> ProspectService::notes(const AuthUser &caller, const QString &prospectId, const QUrlQuery &query)
{
    return listChildren(caller, prospectId, noteChildren(), query);
}

Result<QJsonObject> ProspectService::addNote(const AuthUser &caller, const QString &prospectId,
                                             const QJsonObject &body, const RequestContext &ctx)
{
    return addChild(caller, prospectId, noteChildren(), body, ctx, nullptr);
}

} // namespace hector::server
