#include "repositories/CrmRepository.h"

#include "db/PgConnection.h"
#include "repositories/SqlWhere.h"
#include "repositories/SyncRepository.h"

namespace hector::server {

using sync::ColumnType;
using sync::TableSpec;

namespace {
const TableSpec &spec(const char *name)
{
    return *sync::syncedTable(QString::fromLatin1(name));
}

// Table names come from the sync spec only, never from a request.
QString ident(const QString &name)
{
    QString quoted = name;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return QString(u'"' + quoted + u'"');
}

// Folds case and the accents of French, Dutch and Luxembourgish names, in SQL (no extension
// needed) and in C++ for the search term, so both sides compare alike.
// Hyphens and apostrophes count as spaces ("saint etienne" finds "Saint-Étienne").
constexpr char16_t kAccented[] = u"àâäáãåçéèêëíìîïñóòôöõúùûüýÿÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝ-'’";
constexpr char16_t kPlain[] = u"aaaaaaceeeeiiiinooooouuuuyyaaaaaaceeeeiiiinooooouuuuy   ";
static_assert(std::size(kAccented) == std::size(kPlain));

QString foldSql(const QString &expression)
{
    QString from = QString::fromUtf16(kAccented);
    from.replace(u'\'', QStringLiteral("''"));
    return QStringLiteral("lower(translate(%1, '%2', '%3'))").arg(expression, from, QString::fromUtf16(kPlain));
}

QString fold(const QString &text)
{
    QString out = text.toLower();
    for (qsizetype i = 0; i < out.size(); ++i) {
        for (std::size_t k = 0; k + 1 < std::size(kAccented); ++k) {
            if (out.at(i) == QChar(kAccented[k])) {
                out[i] = QChar(kPlain[k]);
                break;
            }
        }
    }
    return out;
}

// A LIKE pattern matching `text` anywhere (backslash is LIKE's default escape character).
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return QString(u'%' + escaped + u'%');
}

QString normalizedPostcodeSql(const QString &column)
{
    return QStringLiteral("replace(regexp_replace(coalesce(%1, ''), '^\\s*[A-Za-z]\\s*-\\s*', ''), ' ', '')")
        .arg(column);
}

std::optional<QJsonObject> firstRow(const TableSpec &table, const PgResult &r)
{
    if (r.rows() == 0)
        return std::nullopt;
    return SyncRepository::wireRow(table, r, 0);
}

// SELECT of one row by id; `lock`: FOR UPDATE.
Result<std::optional<QJsonObject>> selectById(PgConnection &conn, const TableSpec &table, const QString &id,
                                              bool lock)
{
    auto r = conn.exec(QStringLiteral("SELECT %1 FROM %2 WHERE id = $1::uuid%3")
                           .arg(SyncRepository::selectList(table), ident(table.name),
                                lock ? QStringLiteral(" FOR UPDATE") : QString()),
                       {id});
    if (!r)
        return r.error();
    return firstRow(table, *r);
}
} // namespace

Result<std::optional<QJsonObject>> CrmRepository::find(const TableSpec &table, const QString &id)
{
    return selectById(m_conn, table, id, false);
}

Result<std::optional<QJsonObject>> CrmRepository::lockForUpdate(const TableSpec &table, const QString &id)
{
    return selectById(m_conn, table, id, true);
}

Result<QJsonObject> CrmRepository::insert(const TableSpec &table, const QJsonObject &values)
{
    QStringList names;
    QStringList params;
    QVariantList args;
    for (auto it = values.begin(); it != values.end(); ++it) {
        names << ident(it.key());
        args << SyncRepository::toParam(it.value());
        params << QStringLiteral("$%1").arg(args.size());
    }
    auto r = m_conn.exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING %4")
                             .arg(ident(table.name), names.join(QStringLiteral(", ")),
                                  params.join(QStringLiteral(", ")), SyncRepository::selectList(table)),
                         args);
    if (!r)
        return r.error();
    return SyncRepository::wireRow(table, *r, 0);
}

Result<std::optional<QJsonObject>> CrmRepository::update(const TableSpec &table, const QString &id,
                                                         const QJsonObject &values)
{
    QStringList sets;
    QVariantList args{id};
    for (auto it = values.begin(); it != values.end(); ++it) {
        args << SyncRepository::toParam(it.value());
        sets << QStringLiteral("%1 = $%2").arg(ident(it.key())).arg(args.size());
    }
    // _field_at/_field_by are stamped by the hector_stamp_fields trigger (now(), the caller).
    auto r = m_conn.exec(QStringLiteral("UPDATE %1 SET %2 WHERE id = $1::uuid RETURNING %3")
                             .arg(ident(table.name), sets.join(QStringLiteral(", ")),
                                  SyncRepository::selectList(table)),
                         args);
    if (!r)
        return r.error();
    return firstRow(table, *r);
}

Result<bool> CrmRepository::remove(const TableSpec &table, const QString &id)
{
    auto r = m_conn.exec(QStringLiteral("DELETE FROM %1 WHERE id = $1::uuid").arg(ident(table.name)), {id});
    if (!r)
        return r.error();
    return r->affectedRows() == 1;
}

Result<RowPage> CrmRepository::page(const TableSpec &table, const QString &where, const QVariantList &params,
                                    const QString &order, int limit, int offset)
{
    // One scan for the page and the total (count(*) OVER () is computed before LIMIT).
    const QString from = QString(QStringLiteral(" FROM ") + ident(table.name) + QStringLiteral(" t ") + where);
    QVariantList args = params;
    args << limit << offset;
    const QString sql = QStringLiteral("SELECT ") + SyncRepository::selectList(table)
                        + QStringLiteral(", count(*) OVER () AS total") + from + QStringLiteral(" ORDER BY ") + order
                        + QStringLiteral(" LIMIT $") + QString::number(args.size() - 1) + QStringLiteral(" OFFSET $")
                        + QString::number(args.size());
    auto r = m_conn.exec(sql, args);
    if (!r)
        return r.error();
    RowPage out;
    out.rows.reserve(r->rows());
    for (int i = 0; i < r->rows(); ++i)
        out.rows.append(SyncRepository::wireRow(table, *r, i));
    if (r->rows() > 0) {
        out.total = r->toInt(0, "total");
    } else if (offset > 0) { // past the end: the total still counts
        auto count = m_conn.exec(QString(QStringLiteral("SELECT count(*) AS n") + from), params);
        if (!count)
            return count.error();
        out.total = count->toInt(0, "n");
    }
    return out;
}

Result<RowPage> CrmRepository::listProspects(const ProspectFilter &f)
{
    Where w;
    const QString search = f.search.trimmed();
    if (!search.isEmpty()) {
        // Name and city folded in one call (a term spanning both, "dupont paris", matches too).
        const QString pattern = w.param(containsPattern(fold(search)));
        QString condition = QStringLiteral("(%1 LIKE %2")
                                .arg(foldSql(QStringLiteral("t.company_name || ' ' || coalesce(t.city, '')")), pattern);
        QString digits = search;
        digits.remove(u' ').remove(u'.');
        bool allDigits = !digits.isEmpty();
        for (const QChar c : digits)
            allDigits = allDigits && c.isDigit();
        if (allDigits) {
            const QString prefix = w.param(QString(digits + u'%'));
            condition += QStringLiteral(" OR t.siren::text LIKE %1 OR t.siret::text LIKE %1").arg(prefix);
        }
        w.add(condition + u')');
    }
    w.addEquals("t.status", f.status);
    w.addEquals("t.entity_id", f.entityId, "::uuid");
    w.addEquals("t.owner_id", f.ownerId, "::uuid");
    const QString order = f.oldestFirst ? QStringLiteral("t.created_at, t.id")
                                        : QStringLiteral("lower(t.company_name), t.id");
    return page(spec("prospects"), w.sql(), w.params(), order, f.limit, f.offset);
}

Result<RowPage> CrmRepository::listRdvs(const RdvFilter &f)
{
    Where w;
    if (f.from.isValid())
        w.add(QStringLiteral("t.ends_at > %1").arg(w.param(f.from)));
    if (f.to.isValid())
        w.add(QStringLiteral("t.starts_at < %1").arg(w.param(f.to)));
    w.addEquals("t.prospect_id", f.prospectId, "::uuid");
    w.addEquals("t.owner_id", f.ownerId, "::uuid");
    w.addEquals("t.status", f.status);
    return page(spec("rdvs"), w.sql(), w.params(), QStringLiteral("t.starts_at, t.id"), f.limit, f.offset);
}

Result<RowPage> CrmRepository::listActions(const ActionFilter &f)
{
    Where w;
    w.addEquals("t.prospect_id", f.prospectId, "::uuid");
    w.addEquals("t.owner_id", f.ownerId, "::uuid");
    w.addEquals("t.status", f.status);
    w.addEquals("t.type", f.type);
    if (f.overdue)
        w.add(QStringLiteral("t.status <> 'termine' AND t.due_at < %1").arg(w.param(f.now)));
    if (f.dueBefore.isValid())
        w.add(QStringLiteral("t.due_at < %1").arg(w.param(f.dueBefore)));
    return page(spec("actions"), w.sql(), w.params(), QStringLiteral("t.due_at NULLS LAST, t.created_at, t.id"),
                f.limit, f.offset);
}

Result<RowPage> CrmRepository::listByParent(const TableSpec &table, const QString &parentColumn,
                                            const QString &parentId, const QString &order, int limit, int offset)
{
    Where w;
    w.add(QStringLiteral("t.%1 = %2::uuid").arg(ident(parentColumn), w.param(parentId)));
    return page(table, w.sql(), w.params(), order, limit, offset);
}

Result<RowPage> CrmRepository::listOpportunities(const OpportunityFilter &f)
{
    Where w;
    w.addEquals("t.stage", f.stage);
    w.addEquals("t.temperature", f.temperature);
    w.addEquals("t.owner_id", f.ownerId, "::uuid");
    w.addEquals("t.prospect_id", f.prospectId, "::uuid");
    w.addEquals("t.entity_id", f.entityId, "::uuid");
    return page(spec("opportunities"), w.sql(), w.params(), QStringLiteral("t.created_at DESC, t.id"), f.limit,
                f.offset);
}

Result<QList<QJsonObject>> CrmRepository::duplicateCandidates(const QString &siren, const QString &siret,
                                                              const QString &normalizedPostcode,
                                                              const QString &nameWord, const QString &excludeId,
                                                              int limit)
{
    auto nullable = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    const bool byName = !normalizedPostcode.isEmpty() && !nameWord.isEmpty();
    const TableSpec &table = spec("prospects");
    const QString sql = QStringLiteral("SELECT ") + SyncRepository::selectList(table)
                        + QStringLiteral(" FROM prospects t WHERE ($5::uuid IS NULL OR t.id <> $5::uuid)"
                                         " AND (t.siren = $1::bpchar OR t.siret = $2::bpchar OR (")
                        + normalizedPostcodeSql(QStringLiteral("t.postcode")) + QStringLiteral(" = $3 AND ")
                        + foldSql(QStringLiteral("t.company_name"))
                        + QStringLiteral(" LIKE $4)) ORDER BY t.created_at, t.id LIMIT $6");
    auto r = m_conn.exec(sql, {nullable(siren), nullable(siret), byName ? QVariant(normalizedPostcode) : QVariant(),
                               byName ? QVariant(containsPattern(fold(nameWord))) : QVariant(), nullable(excludeId),
                               limit});
    if (!r)
        return r.error();
    QList<QJsonObject> out;
    for (int i = 0; i < r->rows(); ++i)
        out.append(SyncRepository::wireRow(table, *r, i));
    return out;
}

Result<QList<crm::EntityRef>> CrmRepository::readableEntities()
{
    auto r = m_conn.exec(QStringLiteral("SELECT id, country_code, level FROM entities "
                                        "WHERE id IN (SELECT hector_readable_entities()) ORDER BY level, name"));
    if (!r)
        return r.error();
    QList<crm::EntityRef> out;
    for (int i = 0; i < r->rows(); ++i)
        out.append(crm::EntityRef{r->text(i, "id"), r->text(i, "country_code"), int(r->toInt(i, "level"))});
    return out;
}

Result<QString> CrmRepository::entityCountry(const QString &entityId)
{
    auto r = m_conn.exec(QStringLiteral("SELECT country_code FROM entities WHERE id = $1::uuid"), {entityId});
    if (!r)
        return r.error();
    return r->rows() ? r->text(0, "country_code") : QString();
}

Result<bool> CrmRepository::ownerFits(const QString &userId, const QString &entityId)
{
    auto r = m_conn.exec(QStringLiteral("WITH RECURSIVE up(id, parent_id) AS ("
                                        "  SELECT id, parent_id FROM entities WHERE id = $2::uuid"
                                        "  UNION SELECT e.id, e.parent_id FROM entities e JOIN up ON e.id = up.parent_id) "
                                        "SELECT EXISTS (SELECT 1 FROM users u WHERE u.id = $1::uuid AND u.active"
                                        "  AND u.organization_id = hector_org_id()"
                                        "  AND (u.role IN ('admin', 'president') OR u.entity_id IN (SELECT id FROM up)))"
                                        " AS ok"),
                         {userId, entityId});
    if (!r)
        return r.error();
    return r->toBool(0, "ok");
}

} // namespace hector::server
