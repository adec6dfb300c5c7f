#include "services/ProspectService.h"

#include "core/Validation.h"
#include "core/crm/CrmRules.h"
#include "core/csv/ProspectImport.h"
#include "core/crm/Phone.h"
#include "core/crm/Postcode.h"
#include "core/sync/RowValidation.h"
#include "repositories/SyncRepository.h"
#include "services/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

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
Result<void> placeAmong(const QList<crm::EntityRef> &readableEntities, const AuthUser &caller, QJsonObject &fields);

Result<void> placeNew(CrmRepository &repo, const AuthUser &caller, QJsonObject &fields)
{
    auto readable = repo.readableEntities();
    if (!readable)
        return readable.error();
    return placeAmong(*readable, caller, fields);
}

// placeNew() with the entities the caller reads already known (a batch import reads them once).
Result<void> placeAmong(const QList<crm::EntityRef> &readableEntities, const AuthUser &caller, QJsonObject &fields)
{
    const QList<crm::EntityRef> *readable = &readableEntities;
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
    auto qualified = write(caller, ctx, [&](CrmRepository &repo, const WriteContext &w) -> Result<QJsonObject> {
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
        return prospectJson(*updated);
    });
    // Issue #7: once committed, the record is queued for enrichment (company registers) and
    // geocoding (job queue); a failure to queue does not undo the qualification.
    if (qualified && m_qualified)
        m_qualified(qualified->value(QLatin1StringView("id")).toString(), caller);
    return qualified;
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

// --- CSV import (issue #8) ---------------------------------------------------------------------------

namespace {
constexpr qsizetype kMaxImportRows = 100000;

QJsonObject rowError(const Error &e)
{
    QJsonObject o{{QStringLiteral("code"), e.code}, {QStringLiteral("message"), e.message}};
    const QString field = e.details.value(QStringLiteral("field")).toString();
    if (!field.isEmpty())
        o.insert(QStringLiteral("field"), apiName(field));
    return o;
}

QString jsonText(const QJsonValue &v)
{
    return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

constexpr qsizetype kBulkChunk = 1000; // rows per INSERT / DELETE statement of a batch

bool auditedColumn(const QString &column)
{
    return column != QLatin1String("id") && column != QLatin1String("created_at") && column != QLatin1String("updated_at");
}

// The audit rows of many writes in one statement, as audit() writes them one by one: `entries`
// holds {"id", "changes"}.
Result<void> auditMany(const WriteContext &w, const QString &action, const QJsonArray &entries)
{
    if (entries.isEmpty())
        return {};
    auto nullable = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    auto r = w.conn.exec(QStringLiteral("INSERT INTO audit_logs (created_at, user_id, actor_email, action, entity_type, "
                                        "entity_id, changes, ip) SELECT $1, $2::uuid, $3, $4, 'prospects', e->>'id', "
                                        "NULLIF(e->'changes', '{}'::jsonb), $5 FROM jsonb_array_elements($6::jsonb) e"),
                         {w.now, nullable(w.caller.user.id), nullable(w.caller.user.email), action, nullable(w.request.ip),
                          jsonText(entries)});
    if (!r)
        return r.error();
    return {};
}

// INSERT of many prospects (ids already set) in statements of kBulkChunk rows, with their CREATE
// audit rows: what insertAudited() does per row, without a round trip per row. Row-level
// security checks every row as for a single INSERT.
Result<void> insertManyAudited(const WriteContext &w, const QList<QJsonObject> &rows)
{
    const TableSpec &table = prospects();
    for (qsizetype from = 0; from < rows.size(); from += kBulkChunk) {
        const QList<QJsonObject> chunk = rows.mid(from, kBulkChunk);
        QSet<QString> keys;
        QJsonArray payload;
        for (const QJsonObject &row : chunk) {
            for (auto it = row.begin(); it != row.end(); ++it)
                keys.insert(it.key());
            payload.append(row);
        }
        QStringList columns(keys.begin(), keys.end());
        columns.sort();
        QStringList quoted;
        for (const QString &c : std::as_const(columns))
            quoted << u'"' + c + u'"';
        const QString list = quoted.join(QStringLiteral(", "));
        auto r = w.conn.exec(QStringLiteral("INSERT INTO prospects (%1) SELECT %1 FROM jsonb_populate_recordset(NULL::prospects, "
                                            "$1::jsonb) RETURNING %2")
                                 .arg(list, SyncRepository::selectList(table)),
                             {jsonText(payload)});
        if (!r)
            return writeError(r.error());
        QJsonArray audits;
        for (int i = 0; i < r->rows(); ++i) {
            const QJsonObject row = SyncRepository::wireRow(table, *r, i);
            QJsonObject changes;
            for (auto it = row.begin(); it != row.end(); ++it) {
                if (auditedColumn(it.key()) && !it.value().isNull())
                    changes.insert(it.key(), QJsonObject{{QStringLiteral("old"), QJsonValue::Null}, {QStringLiteral("new"), it.value()}});
            }
            audits.append(QJsonObject{{QStringLiteral("id"), row.value(QLatin1StringView("id"))}, {QStringLiteral("changes"), changes}});
        }
        if (auto a = auditMany(w, QStringLiteral("CREATE"), audits); !a)
            return a;
    }
    return {};
}

// DELETE of many prospects with their DELETE audit rows; returns how many the caller could delete
// (row-level security skips the others, as a single DELETE would).
Result<int> removeManyAudited(const WriteContext &w, const QStringList &ids)
{
    const TableSpec &table = prospects();
    int deleted = 0;
    for (qsizetype from = 0; from < ids.size(); from += kBulkChunk) {
        const QStringList chunk = ids.mid(from, kBulkChunk);
        auto r = w.conn.exec(QStringLiteral("DELETE FROM prospects WHERE id = ANY($1::uuid[]) RETURNING %1")
                                 .arg(SyncRepository::selectList(table)),
                             {QVariant(QString(u'{' + chunk.join(u',') + u'}'))});
        if (!r)
            return writeError(r.error());
        QJsonArray audits;
        for (int i = 0; i < r->rows(); ++i) {
            const QJsonObject row = SyncRepository::wireRow(table, *r, i);
            QJsonObject changes;
            for (auto it = row.begin(); it != row.end(); ++it) {
                if (auditedColumn(it.key()) && !it.value().isNull())
                    changes.insert(it.key(), QJsonObject{{QStringLiteral("old"), it.value()}, {QStringLiteral("new"), QJsonValue::Null}});
            }
            audits.append(QJsonObject{{QStringLiteral("id"), row.value(QLatin1StringView("id"))}, {QStringLiteral("changes"), changes}});
        }
        if (auto a = auditMany(w, QStringLiteral("DELETE"), audits); !a)
            return a.error();
        deleted += r->rows();
    }
    return deleted;
}
} // namespace

Result<QJsonObject> ProspectService::batchImport(const AuthUser &caller, const QJsonObject &body,
                                                 const RequestContext &ctx)
{
    const QJsonValue rowsValue = body.value(QLatin1StringView("rows"));
    if (!rowsValue.isArray())
        return invalidRequest(tr("Le corps doit contenir « rows » : la liste des prospects à importer."));
    const QJsonArray rows = rowsValue.toArray();
    if (rows.isEmpty())
        return invalidRequest(tr("Aucune ligne à importer."));
    if (rows.size() > kMaxImportRows)
        return invalidRequest(tr("Un import compte au plus %1 lignes.").arg(kMaxImportRows));
    const QString onDuplicateCode = body.value(QLatin1StringView("onDuplicate")).toString(QStringLiteral("skip"));
    const auto onDuplicate = csv::duplicateActionFromCode(onDuplicateCode);
    if (!onDuplicate) {
        Error e = invalidRequest(tr("« onDuplicate » vaut create, update ou skip."));
        e.details.insert(QStringLiteral("field"), QStringLiteral("onDuplicate"));
        return e;
    }
    const QString fileName = body.value(QLatin1StringView("fileName")).toString().left(255);
    const BodyRules rules = fullRules();

    QStringList touched; // created or updated: what the enrichment hook gets
    auto outcome = write(caller, ctx, [&](CrmRepository &repo, const WriteContext &w) -> Result<QJsonObject> {
        touched.clear();
        auto readable = repo.readableEntities();
        if (!readable)
            return readable.error();
        // Every visible prospect by duplicate key (and, as they are written, the batch's own rows).
        csv::DuplicateIndex index;
        {
            auto existing = w.conn.exec(QStringLiteral("SELECT id, siren, siret, company_name, postcode FROM prospects"));
            if (!existing)
                return existing.error();
            for (int i = 0; i < existing->rows(); ++i) {
                const QJsonObject keyRow{{QStringLiteral("siren"), existing->text(i, "siren")},
                                         {QStringLiteral("siret"), existing->text(i, "siret")},
                                         {QStringLiteral("company_name"), existing->text(i, "company_name")},
                                         {QStringLiteral("postcode"), existing->text(i, "postcode")}};
                index.add(existing->text(i, "id"), csv::duplicateKeys(keyRow));
            }
        }
        auto batch = w.conn.exec(QStringLiteral("INSERT INTO import_batches (user_id, on_duplicate, file_name, row_count) "
                                                "VALUES ($1::uuid, $2, NULLIF($3, ''), $4) RETURNING id"),
                                 {caller.user.id, onDuplicateCode, fileName, int(rows.size())});
        if (!batch)
            return batch.error();
        const QString batchId = batch->text(0, "id");

        QJsonArray results;
        QJsonArray journal; // import_batch_rows
        QList<QJsonObject> creations;          // inserted together at the end
        QHash<QString, qsizetype> creationOf;  // id -> index in creations
        int created = 0, updated = 0, skipped = 0, invalid = 0;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QJsonObject result{{QStringLiteral("index"), int(i)}};
            auto fail = [&](const Error &e) {
                result.insert(QStringLiteral("status"), QStringLiteral("invalid"));
                result.insert(QStringLiteral("error"), rowError(e));
                results.append(result);
                ++invalid;
            };
            if (!rows.at(i).isObject()) {
                fail(invalidRequest(tr("Chaque ligne est un objet JSON de prospect.")));
                continue;
            }
            auto fields = parseBody(prospects(), rows.at(i).toObject(), rules);
            if (!fields) {
                fail(fields.error());
                continue;
            }
            QJsonObject row = *fields;
            if (auto placed = placeAmong(*readable, caller, row); !placed) {
                fail(placed.error());
                continue;
            }
            if (!row.contains(QLatin1StringView("owner_id")))
                row.insert(QStringLiteral("owner_id"), caller.user.id);
            else if (auto owner = checkProspectOwner(repo, row); !owner) {
                fail(owner.error());
                continue;
            }
            if (text(row, "status").isEmpty())
                row.insert(QStringLiteral("status"), QStringLiteral("nouveau"));
            if (text(row, "source").isEmpty())
                row.insert(QStringLiteral("source"), QStringLiteral("import"));
            if (auto valid = validate(prospects(), row, true); !valid) {
                fail(valid.error());
                continue;
            }
            const csv::DuplicateKeys keys = csv::duplicateKeys(row);
            const auto match = index.find(keys);
            if (match && *onDuplicate != csv::DuplicateAction::Create) {
                result.insert(QStringLiteral("duplicateOf"), match->ref);
                result.insert(QStringLiteral("matchedOn"), QJsonArray::fromStringList(match->matchedOn));
                if (*onDuplicate == csv::DuplicateAction::Skip) {
                    result.insert(QStringLiteral("status"), QStringLiteral("skipped"));
                    results.append(result);
                    ++skipped;
                    continue;
                }
                if (const auto pending = creationOf.constFind(match->ref); pending != creationOf.constEnd()) {
                    // A record this batch creates: the later line completes it before it is written.
                    auto merged = merge(repo, creations.at(*pending), csv::updateFromImport(row));
                    if (!merged) {
                        fail(merged.error());
                        continue;
                    }
                    if (auto valid = validate(prospects(), *merged, false); !valid) {
                        fail(valid.error());
                        continue;
                    }
                    creations[*pending] = *merged;
                    index.add(match->ref, csv::duplicateKeys(*merged));
                    result.insert(QStringLiteral("status"), QStringLiteral("updated"));
                    result.insert(QStringLiteral("id"), match->ref);
                    results.append(result);
                    ++updated;
                    continue;
                }
                auto current = loadRecord(repo, match->ref);
                if (!current) {
                    fail(current.error());
                    continue;
                }
                auto merged = merge(repo, *current, csv::updateFromImport(row));
                if (!merged) {
                    fail(merged.error());
                    continue;
                }
                if (auto valid = validate(prospects(), *merged, false); !valid) {
                    fail(valid.error());
                    continue;
                }
                QJsonObject previous;
                for (auto it = merged->begin(); it != merged->end(); ++it) {
                    if (it.key() != QLatin1String("updated_at") && current->value(it.key()) != it.value())
                        previous.insert(it.key(), current->value(it.key()));
                }
                auto written = updateAudited(w, prospects(), *current, *merged);
                if (!written) {
                    // A record the caller may read but not modify (a colleague's, for a commercial):
                    // that line is refused, the rest of the import goes on (an UPDATE that row-level
                    // security filters out changes nothing and leaves the transaction usable).
                    if (written.error().code == QLatin1String("forbidden") || written.error().code == QLatin1String("not_found")) {
                        fail(written.error());
                        continue;
                    }
                    return written.error();
                }
                if (!previous.isEmpty()) {
                    journal.append(QJsonObject{{QStringLiteral("seq"), int(journal.size())},
                                               {QStringLiteral("id"), match->ref},
                                               {QStringLiteral("action"), QStringLiteral("updated")},
                                               {QStringLiteral("previous"), previous}});
                    touched << match->ref;
                }
                index.add(match->ref, csv::duplicateKeys(*written));
                result.insert(QStringLiteral("status"), QStringLiteral("updated"));
                result.insert(QStringLiteral("id"), match->ref);
                results.append(result);
                ++updated;
                continue;
            }
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            row.insert(QStringLiteral("id"), id);
            creationOf.insert(id, creations.size());
            creations.append(row);
            journal.append(QJsonObject{{QStringLiteral("seq"), int(journal.size())},
                                       {QStringLiteral("id"), id},
                                       {QStringLiteral("action"), QStringLiteral("created")},
                                       {QStringLiteral("previous"), QJsonValue::Null}});
            touched << id;
            index.add(id, keys);
            result.insert(QStringLiteral("status"), QStringLiteral("created"));
            result.insert(QStringLiteral("id"), id);
            if (match) {
                result.insert(QStringLiteral("duplicateOf"), match->ref);
                result.insert(QStringLiteral("matchedOn"), QJsonArray::fromStringList(match->matchedOn));
            }
            results.append(result);
            ++created;
        }
        if (auto inserted = insertManyAudited(w, creations); !inserted)
            return inserted.error();
        if (!journal.isEmpty()) {
            auto j = w.conn.exec(QStringLiteral("INSERT INTO import_batch_rows (batch_id, seq, prospect_id, action, previous) "
                                                "SELECT $1::uuid, (r->>'seq')::int, (r->>'id')::uuid, r->>'action', "
                                                "NULLIF(r->'previous', 'null'::jsonb) FROM jsonb_array_elements($2::jsonb) r"),
                                 {batchId, jsonText(journal)});
            if (!j)
                return j.error();
        }
        auto counts = w.conn.exec(QStringLiteral("UPDATE import_batches SET created_count = $2, updated_count = $3, "
                                                 "skipped_count = $4, invalid_count = $5 WHERE id = $1::uuid"),
                                  {batchId, created, updated, skipped, invalid});
        if (!counts)
            return counts.error();
        return QJsonObject{{QStringLiteral("batchId"), batchId},   {QStringLiteral("created"), created},
                           {QStringLiteral("updated"), updated},   {QStringLiteral("skipped"), skipped},
                           {QStringLiteral("invalid"), invalid},   {QStringLiteral("results"), results}};
    });
    if (outcome && m_importEnrichmentHook && !touched.isEmpty())
        m_importEnrichmentHook(touched, caller); // after the commit: only rows that exist are queued
    return outcome;
}

Result<QJsonObject> ProspectService::undoImport(const AuthUser &caller, const QString &batchId, const RequestContext &ctx)
{
    if (!isUuid(batchId))
        return notFound(tr("Cet import n'existe pas ou n'est pas le vôtre."));
    return write(caller, ctx, [&](CrmRepository &repo, const WriteContext &w) -> Result<QJsonObject> {
        auto batch = w.conn.exec(QStringLiteral("SELECT undone_at FROM import_batches WHERE id = $1::uuid FOR UPDATE"),
                                 {batchId});
        if (!batch)
            return batch.error();
        if (batch->rows() == 0)
            return notFound(tr("Cet import n'existe pas ou n'est pas le vôtre."));
        if (!batch->isNull(0, "undone_at"))
            return makeError(QStringLiteral("conflict"), tr("Cet import a déjà été annulé."));
        auto entries = w.conn.exec(QStringLiteral("SELECT prospect_id, action, previous FROM import_batch_rows "
                                                  "WHERE batch_id = $1::uuid ORDER BY seq DESC"),
                                   {batchId});
        if (!entries)
            return entries.error();
        int deleted = 0, restored = 0, missing = 0;
        QStringList created;
        for (int i = 0; i < entries->rows(); ++i) {
            const QString id = entries->text(i, "prospect_id");
            if (entries->text(i, "action") == QLatin1String("created")) {
                created << id; // deleted together below
                continue;
            }
            auto current = loadRecord(repo, id);
            if (!current) {
                if (current.error().code != QLatin1String("not_found"))
                    return current.error();
                ++missing; // deleted since (or out of the caller's scope now)
                continue;
            }
            {
                const QJsonObject previous = QJsonDocument::fromJson(entries->text(i, "previous").toUtf8()).object();
                if (auto r = updateAudited(w, prospects(), *current, withChanges(*current, previous)); !r)
                    return r.error();
                ++restored;
            }
        }
        auto removed = removeManyAudited(w, created);
        if (!removed)
            return removed.error();
        deleted = *removed;
        missing += int(created.size()) - deleted;
        auto done = w.conn.exec(QStringLiteral("UPDATE import_batches SET undone_at = $2 WHERE id = $1::uuid"),
                                {batchId, w.now});
        if (!done)
            return done.error();
        return QJsonObject{{QStringLiteral("batchId"), batchId},
                           {QStringLiteral("deleted"), deleted},
                           {QStringLiteral("restored"), restored},
                           {QStringLiteral("missing"), missing}};
    });
}

Result<QJsonObject> ProspectService::importBatches(const AuthUser &caller)
{
    return read<QJsonObject>(caller, [](CrmRepository &repo) -> Result<QJsonObject> {
        auto r = repo.connection().exec(QStringLiteral(
            "SELECT id, on_duplicate, file_name, row_count, created_count, updated_count, skipped_count, invalid_count, "
            "created_at, undone_at FROM import_batches ORDER BY created_at DESC LIMIT 50"));
        if (!r)
            return r.error();
        QJsonArray items;
        for (int i = 0; i < r->rows(); ++i) {
            QJsonObject o{{QStringLiteral("id"), r->text(i, "id")},
                          {QStringLiteral("onDuplicate"), r->text(i, "on_duplicate")},
                          {QStringLiteral("fileName"), r->isNull(i, "file_name") ? QJsonValue() : QJsonValue(r->text(i, "file_name"))},
                          {QStringLiteral("rows"), r->toInt(i, "row_count")},
                          {QStringLiteral("created"), r->toInt(i, "created_count")},
                          {QStringLiteral("updated"), r->toInt(i, "updated_count")},
                          {QStringLiteral("skipped"), r->toInt(i, "skipped_count")},
                          {QStringLiteral("invalid"), r->toInt(i, "invalid_count")},
                          {QStringLiteral("createdAt"), isoMs(r->toDateTime(i, "created_at"))},
                          {QStringLiteral("undoneAt"), r->isNull(i, "undone_at") ? QJsonValue()
                                                                                 : QJsonValue(isoMs(r->toDateTime(i, "undone_at")))}};
            items.append(o);
        }
        return QJsonObject{{QStringLiteral("items"), items}};
    });
}

} // namespace hector::server
