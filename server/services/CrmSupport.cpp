#include "services/CrmSupport.h"

#include "core/sync/RowValidation.h"
#include "db/PgConnection.h"
#include "repositories/AuditRepository.h"
#include "repositories/CrmRepository.h"
#include "server/Logging.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

#include <cmath>

namespace hector::server::records {

using sync::ColumnSpec;
using sync::ColumnType;
using sync::TableSpec;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hector::server::Crm", text);
}

QDateTime parseIso(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime) // no offset given: UTC, as everywhere in the API
        t.setTimeSpec(Qt::UTC);
    return t.toUTC();
}

Error typeError(const ColumnSpec &column)
{
    QString expected;
    switch (column.type) {
    case ColumnType::Uuid:
        expected = tr("un identifiant");
        break;
    case ColumnType::Text:
        expected = tr("du texte");
        break;
    case ColumnType::Integer:
        expected = tr("un nombre entier");
        break;
    case ColumnType::Real:
        expected = tr("un nombre");
        break;
    case ColumnType::Bool:
        expected = tr("true ou false");
        break;
    case ColumnType::Timestamp:
        expected = tr("une date et heure ISO 8601");
        break;
    }
    return validationError(tr("Le champ « %1 » doit contenir %2.").arg(apiName(column.name), expected), column.name);
}

// The value in wire form, or the error.
Result<QJsonValue> wireValue(const ColumnSpec &column, const QJsonValue &v)
{
    if (v.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (column.type) {
    case ColumnType::Uuid: {
        if (!v.isString())
            return typeError(column);
        const QString s = v.toString().trimmed();
        if (s.isEmpty())
            return QJsonValue(QJsonValue::Null);
        if (!isUuid(s))
            return typeError(column);
        return QJsonValue(s.toLower());
    }
    case ColumnType::Text: {
        if (!v.isString())
            return typeError(column);
        const QString s = v.toString().trimmed();
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    }
    case ColumnType::Integer: {
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d) || std::abs(d) > 9e15)
            return typeError(column);
        return QJsonValue(qint64(d));
    }
    case ColumnType::Real:
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            return typeError(column);
        return v;
    case ColumnType::Bool:
        if (!v.isBool())
            return typeError(column);
        return v;
    case ColumnType::Timestamp: {
        if (!v.isString())
            return typeError(column);
        const QString s = v.toString().trimmed();
        if (s.isEmpty())
            return QJsonValue(QJsonValue::Null);
        const QDateTime t = parseIso(s);
        if (!t.isValid())
            return typeError(column);
        return QJsonValue(isoMs(t));
    }
    }
    return typeError(column);
}

bool sameMessage(const Result<void> &r, const Error &e)
{
    return !r && r.error().message == e.message;
}
} // namespace

bool isUuid(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(text).hasMatch();
}

QString apiName(const QString &column)
{
    QString out;
    out.reserve(column.size());
    bool upper = false;
    for (const QChar c : column) {
        if (c == u'_') {
            upper = true;
            continue;
        }
        out.append(upper ? c.toUpper() : c);
        upper = false;
    }
    return out;
}

QJsonObject toApi(const QJsonObject &row)
{
    QJsonObject out;
    for (auto it = row.begin(); it != row.end(); ++it)
        out.insert(apiName(it.key()), it.value());
    return out;
}

QJsonObject withChanges(const QJsonObject &row, const QJsonObject &changes)
{
    QJsonObject out = row;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QStringList codesOf(const crm::CodeLabels &list)
{
    QStringList out;
    for (const auto &c : list)
        out << c.first;
    return out;
}

BodyRules rulesFor(const TableSpec &table, const QStringList &readOnly, const QStringList &extraIgnored)
{
    BodyRules rules;
    for (const ColumnSpec &c : table.columns) {
        if (!c.clientWritable || c.name == QLatin1String("id") || readOnly.contains(c.name))
            rules.ignored.insert(c.name);
        else
            rules.writable.insert(c.name);
    }
    for (const QString &member : extraIgnored)
        rules.extra.insert(member);
    return rules;
}

Result<QJsonObject> parseBody(const TableSpec &table, const QJsonObject &body, const BodyRules &rules)
{
    QJsonObject out;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString &member = it.key();
        if (rules.extra.contains(member))
            continue;
        const ColumnSpec *column = nullptr;
        for (const ColumnSpec &c : table.columns) {
            if (apiName(c.name) == member) {
                column = &c;
                break;
            }
        }
        if (column && rules.ignored.contains(column->name))
            continue;
        if (!column || !rules.writable.contains(column->name)) {
            QString message;
            if (column)
                message = tr("Le champ « %1 » ne peut pas être renseigné ici.").arg(member);
            else if (table.column(member))
                message = tr("Champ inconnu : « %1 » (écrivez « %2 »).").arg(member, apiName(member));
            else
                message = tr("Champ inconnu : « %1 ».").arg(member);
            Error e = invalidRequest(message);
            e.details.insert(QStringLiteral("field"), member);
            return e;
        }
        auto value = wireValue(*column, it.value());
        if (!value)
            return value.error();
        out.insert(column->name, *value);
    }
    return out;
}

Error invalidRequest(const QString &message)
{
    return makeError(QStringLiteral("invalid_request"), message);
}

Error validationError(const QString &message, const QString &column)
{
    Error e = makeError(QStringLiteral("validation_error"), message);
    return column.isEmpty() ? e : withField(e, column);
}

Error withField(Error error, const QString &column)
{
    error.details.insert(QStringLiteral("field"), apiName(column));
    return error;
}

Error notFound(const QString &message)
{
    return makeError(QStringLiteral("not_found"), message);
}

Error forbidden()
{
    return makeError(QStringLiteral("forbidden"), tr("Vous n'avez pas le droit de modifier ou de supprimer cette fiche."));
}

Error writeError(const Error &error)
{
    if (error.code == QLatin1String("constraint_violation")) {
        qCInfo(lcServerCrm) << "write refused by a constraint:" << error.message;
        return validationError(tr("La fiche ne respecte pas les règles de la base de données (référence inconnue "
                                  "ou valeur interdite)."));
    }
    if (error.code == QLatin1String("invalid_value")) {
        qCInfo(lcServerCrm) << "write refused, invalid value:" << error.message;
        return validationError(tr("Une valeur n'a pas le format attendu (identifiant, date, longueur)."));
    }
    if (error.code == QLatin1String("forbidden"))
        return forbidden();
    return error;
}

Result<void> validate(const TableSpec &table, const QJsonObject &row, bool isCreate)
{
    auto valid = sync::validateRow(table, row, isCreate);
    if (valid)
        return {};
    // Which column alone gives the same message? The country first: the postcode check needs it.
    const QString country = QStringLiteral("country_code");
    if (row.contains(country)
        && sameMessage(sync::validateRow(table, QJsonObject{{country, row.value(country)}}, false), valid.error())) {
        return withField(valid.error(), country);
    }
    for (const ColumnSpec &c : table.columns) {
        if (c.name == country)
            continue;
        // An absent column counts as null: "required" messages point at it.
        QJsonObject single{{c.name, row.contains(c.name) ? row.value(c.name) : QJsonValue(QJsonValue::Null)}};
        if (c.name == QLatin1String("postcode") && row.contains(country))
            single.insert(country, row.value(country));
        if (sameMessage(sync::validateRow(table, single, false), valid.error()))
            return withField(valid.error(), c.name);
    }
    // A SIRET that does not belong to the SIREN: both are fine alone.
    if (table.name == QLatin1String("prospects") && valid.error().message.contains(QLatin1String("SIRET")))
        return withField(valid.error(), QStringLiteral("siret"));
    return valid.error();
}

QString param(const QUrlQuery &query, const char *name)
{
    return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded).trimmed();
}

Result<Paging> paging(const QUrlQuery &query)
{
    bool limitOk = true;
    bool offsetOk = true;
    const QString limitText = param(query, "limit");
    const QString offsetText = param(query, "offset");
    Paging p;
    p.limit = limitText.isEmpty() ? kDefaultLimit : limitText.toInt(&limitOk);
    p.offset = offsetText.isEmpty() ? 0 : offsetText.toInt(&offsetOk);
    if (!limitOk || !offsetOk || p.limit < 1 || p.limit > kMaxLimit || p.offset < 0)
        return invalidRequest(tr("« limit » va de 1 à 500 et « offset » est un entier positif."));
    return p;
}

Result<QString> uuidParam(const QUrlQuery &query, const char *name)
{
    const QString v = param(query, name);
    if (v.isEmpty())
        return QString();
    if (!isUuid(v))
        return invalidRequest(tr("Le paramètre « %1 » doit être un identifiant.").arg(QLatin1String(name)));
    return v.toLower();
}

Result<QDateTime> timeParam(const QUrlQuery &query, const char *name, bool end)
{
    const QString value = param(query, name);
    if (value.isEmpty())
        return QDateTime();
    if (value.size() == 10) {
        const QDate d = QDate::fromString(value, Qt::ISODate);
        if (d.isValid())
            return QDateTime(end ? d.addDays(1) : d, QTime(0, 0), Qt::UTC);
    } else if (const QDateTime t = parseIso(value); t.isValid()) {
        return t;
    }
    return invalidRequest(tr("Date invalide pour « %1 » : « %2 » (format attendu : AAAA-MM-JJ ou date et heure "
                             "ISO 8601).")
                              .arg(QLatin1String(name), value));
}

Result<Period> periodParams(const QUrlQuery &query)
{
    auto from = timeParam(query, "from", false);
    if (!from)
        return from.error();
    auto to = timeParam(query, "to", true);
    if (!to)
        return to.error();
    return Period{*from, *to};
}

Result<QString> codeParam(const QUrlQuery &query, const char *name, const QStringList &allowed)
{
    const QString v = param(query, name);
    if (v.isEmpty() || allowed.contains(v))
        return v;
    return invalidRequest(tr("Valeur inconnue pour « %1 » : « %2 » (valeurs possibles : %3).")
                              .arg(QLatin1String(name), v, allowed.join(QStringLiteral(", "))));
}

QJsonObject pageJson(const RowPage &page, const Paging &p, RecordJson json)
{
    QJsonArray items;
    for (const QJsonObject &row : page.rows)
        items.append(json(row));
    return QJsonObject{{QStringLiteral("items"), items},
                       {QStringLiteral("total"), page.total},
                       {QStringLiteral("limit"), p.limit},
                       {QStringLiteral("offset"), p.offset}};
}

Result<OwnedFilter> ownedFilter(const QUrlQuery &query, const crm::CodeLabels &statuses)
{
    auto prospectId = uuidParam(query, "prospectId");
    if (!prospectId)
        return prospectId.error();
    auto ownerId = uuidParam(query, "ownerId");
    if (!ownerId)
        return ownerId.error();
    auto status = codeParam(query, "status", codesOf(statuses));
    if (!status)
        return status.error();
    return OwnedFilter{*prospectId, *ownerId, *status};
}

QString isoMs(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

Result<QJsonObject> findVisible(CrmRepository &repo, const TableSpec &table, const QString &id,
                                const QString &notFoundMessage)
{
    if (!isUuid(id))
        return notFound(notFoundMessage);
    auto row = repo.find(table, id.toLower());
    if (!row)
        return row.error();
    if (!*row)
        return notFound(notFoundMessage);
    return **row;
}

Result<QJsonObject> loadForWrite(CrmRepository &repo, const TableSpec &table, const QString &id,
                                 const QString &notFoundMessage)
{
    if (!isUuid(id))
        return notFound(notFoundMessage);
    auto locked = repo.lockForUpdate(table, id.toLower());
    if (!locked)
        return locked.error();
    if (*locked)
        return **locked;
    auto visible = repo.find(table, id.toLower());
    if (!visible)
        return visible.error();
    if (*visible)
        return forbidden(); // readable, not modifiable by the caller
    return notFound(notFoundMessage);
}

namespace {
Result<void> audit(const WriteContext &w, const QString &action, const TableSpec &table, const QString &id,
                   const QJsonObject &changes)
{
    return AuditRepository(w.conn).write(AuditEntry{w.caller.user.id, w.caller.user.email, action, table.name, id,
                                                    changes, w.request.ip},
                                         w.now);
}

QJsonObject change(const QJsonValue &oldValue, const QJsonValue &newValue)
{
    return QJsonObject{{QStringLiteral("old"), oldValue}, {QStringLiteral("new"), newValue}};
}

// Columns the audit trail leaves out: the id is the audit row's entity_id, times are its own.
bool audited(const QString &column)
{
    return column != QLatin1String("id") && column != QLatin1String("created_at")
           && column != QLatin1String("updated_at");
}
} // namespace

Result<QJsonObject> insertAudited(const WriteContext &w, const TableSpec &table, const QJsonObject &values)
{
    CrmRepository repo(w.conn);
    auto row = repo.insert(table, values);
    if (!row)
        return writeError(row.error());
    QJsonObject changes;
    for (auto it = row->begin(); it != row->end(); ++it) {
        if (audited(it.key()) && !it.value().isNull())
            changes.insert(it.key(), change(QJsonValue::Null, it.value()));
    }
    const QString id = row->value(QLatin1StringView("id")).toString();
    if (auto a = audit(w, QStringLiteral("CREATE"), table, id, changes); !a)
        return a.error();
    qCInfo(lcServerCrm).noquote() << QStringLiteral("%1 %2 created by %3").arg(table.name, id, w.caller.user.email);
    return *row;
}

Result<QJsonObject> insertValidated(const WriteContext &w, const TableSpec &table, const QJsonObject &row)
{
    if (auto valid = validate(table, row, true); !valid)
        return valid.error();
    return insertAudited(w, table, row);
}

Result<QJsonObject> updateAudited(const WriteContext &w, const TableSpec &table, const QJsonObject &current,
                                  const QJsonObject &merged)
{
    QJsonObject values;
    for (auto it = merged.begin(); it != merged.end(); ++it) {
        if (audited(it.key()) && current.value(it.key()) != it.value())
            values.insert(it.key(), it.value());
    }
    if (values.isEmpty())
        return current;
    const QString id = current.value(QLatin1StringView("id")).toString();
    CrmRepository repo(w.conn);
    auto row = repo.update(table, id, values);
    if (!row)
        return writeError(row.error());
    if (!*row)
        return forbidden();
    QJsonObject changes;
    for (auto it = values.begin(); it != values.end(); ++it)
        changes.insert(it.key(), change(current.value(it.key()), (*row)->value(it.key())));
    if (auto a = audit(w, QStringLiteral("UPDATE"), table, id, changes); !a)
        return a.error();
    return **row;
}

Result<void> removeAudited(const WriteContext &w, const TableSpec &table, const QJsonObject &current)
{
    const QString id = current.value(QLatin1StringView("id")).toString();
    CrmRepository repo(w.conn);
    auto removed = repo.remove(table, id);
    if (!removed)
        return writeError(removed.error());
    if (!*removed)
        return forbidden();
    QJsonObject changes;
    for (auto it = current.begin(); it != current.end(); ++it) {
        if (audited(it.key()) && !it.value().isNull())
            changes.insert(it.key(), change(it.value(), QJsonValue::Null));
    }
    if (auto a = audit(w, QStringLiteral("DELETE"), table, id, changes); !a)
        return a.error();
    qCInfo(lcServerCrm).noquote() << QStringLiteral("%1 %2 deleted by %3").arg(table.name, id, w.caller.user.email);
    return {};
}

Result<void> checkEntityReadable(CrmRepository &repo, const QString &entityId, const QString &refusal)
{
    auto readable = repo.readableEntities();
    if (!readable)
        return readable.error();
    for (const crm::EntityRef &e : *readable) {
        if (e.id == entityId)
            return {};
    }
    return withField(makeError(QStringLiteral("forbidden"), refusal), QStringLiteral("entity_id"));
}

Result<void> checkOwner(CrmRepository &repo, const QJsonObject &row, const QString &refusal)
{
    const QString owner = row.value(QLatin1StringView("owner_id")).toString();
    if (owner.isEmpty())
        return {};
    auto fits = repo.ownerFits(owner, row.value(QLatin1StringView("entity_id")).toString());
    if (!fits)
        return fits.error();
    if (!*fits)
        return validationError(refusal, QStringLiteral("owner_id"));
    return {};
}

OwnedRefusals appointmentRefusals()
{
    return OwnedRefusals{tr("Un rendez-vous ou une action appartient à l'entité de son prospect."),
                         tr("Un commercial ne gère que ses propres rendez-vous et actions : vous ne pouvez "
                            "pas les attribuer à quelqu'un d'autre.")};
}

Result<void> placeOwned(CrmRepository &repo, const AuthUser &caller, QJsonObject &row, const QJsonObject &given,
                        bool isCreate, const OwnedRefusals &refusals)
{
    auto textOf = [&row](const char *column) { return row.value(QLatin1StringView(column)).toString(); };
    const auto &prospects = *sync::syncedTable(QStringLiteral("prospects"));
    QString prospectEntity;
    const bool prospectGiven = given.contains(QLatin1StringView("prospect_id"));
    const bool entityGiven = given.contains(QLatin1StringView("entity_id"));
    if (!textOf("prospect_id").isEmpty() && (prospectGiven || entityGiven || isCreate)) {
        auto prospect = repo.find(prospects, textOf("prospect_id"));
        if (!prospect)
            return prospect.error();
        if (*prospect)
            prospectEntity = (*prospect)->value(QLatin1StringView("entity_id")).toString();
        else if (prospectGiven)
            return validationError(tr("Le prospect lié n'existe pas ou n'est pas visible pour vous."),
                                   QStringLiteral("prospect_id"));
    }
    if (isCreate && textOf("entity_id").isEmpty())
        row.insert(QStringLiteral("entity_id"), prospectEntity.isEmpty() ? caller.user.entityId : prospectEntity);
    if (isCreate || entityGiven) {
        const QString entityId = textOf("entity_id");
        if (entityId.isEmpty())
            return validationError(tr("L'entité est obligatoire."), QStringLiteral("entity_id"));
        const QString refusal = tr("Cette entité ne fait pas partie de votre périmètre.");
        if (auto readable = checkEntityReadable(repo, entityId, refusal); !readable)
            return readable.error();
    }
    if (!prospectEntity.isEmpty() && prospectEntity != textOf("entity_id")) {
        return validationError(refusals.otherEntity, QStringLiteral("entity_id"));
    }
    const bool ownerGiven = given.contains(QLatin1StringView("owner_id"));
    if (isCreate && !ownerGiven)
        row.insert(QStringLiteral("owner_id"), caller.user.id);
    if (caller.user.role == Role::Commercial && (isCreate || ownerGiven) && textOf("owner_id") != caller.user.id) {
        return withField(makeError(QStringLiteral("forbidden"), refusals.ownerForCommercial),
                         QStringLiteral("owner_id"));
    }
    if (isCreate || ownerGiven || entityGiven) {
        return checkOwner(repo, row,
                          tr("Le responsable choisi n'est pas un utilisateur actif ayant accès à cette entité."));
    }
    return {};
}

} // namespace hector::server::records
