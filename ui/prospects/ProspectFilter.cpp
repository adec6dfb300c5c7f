#include "ui/prospects/ProspectFilter.h"

#include "sync/replica/LocalReplica.h"

#include <QStringList>

namespace hector::ui {

namespace {
QString likeEscaped(QString s)
{
    s.replace(u'\\', QStringLiteral("\\\\"));
    s.replace(u'%', QStringLiteral("\\%"));
    s.replace(u'_', QStringLiteral("\\_"));
    return s;
}

QString ownerName(ProspectFilter::Owner owner)
{
    switch (owner) {
    case ProspectFilter::Owner::Me:
        return QStringLiteral("me");
    case ProspectFilter::Owner::Nobody:
        return QStringLiteral("nobody");
    case ProspectFilter::Owner::User:
        return QStringLiteral("user");
    case ProspectFilter::Owner::Anyone:
        break;
    }
    return QStringLiteral("anyone");
}
} // namespace

bool ProspectFilter::hasBarFilters() const
{
    return !status.isEmpty() || !entityId.isEmpty() || owner != Owner::Anyone;
}

QJsonObject ProspectFilter::toJson() const
{
    QJsonObject o;
    if (!text.isEmpty())
        o.insert(QStringLiteral("text"), text);
    if (!status.isEmpty())
        o.insert(QStringLiteral("status"), status);
    if (!entityId.isEmpty())
        o.insert(QStringLiteral("entityId"), entityId);
    o.insert(QStringLiteral("owner"), ownerName(owner));
    if (owner == Owner::User)
        o.insert(QStringLiteral("ownerId"), ownerId);
    return o;
}

ProspectFilter ProspectFilter::fromJson(const QJsonObject &json)
{
    ProspectFilter f;
    f.text = json.value(QStringLiteral("text")).toString();
    f.status = json.value(QStringLiteral("status")).toString();
    f.entityId = json.value(QStringLiteral("entityId")).toString();
    const QString owner = json.value(QStringLiteral("owner")).toString();
    if (owner == QLatin1String("me"))
        f.owner = Owner::Me;
    else if (owner == QLatin1String("nobody"))
        f.owner = Owner::Nobody;
    else if (owner == QLatin1String("user") && !json.value(QStringLiteral("ownerId")).toString().isEmpty()) {
        f.owner = Owner::User;
        f.ownerId = json.value(QStringLiteral("ownerId")).toString();
    }
    return f;
}

QString ProspectFilter::sqlWhere(const QString &me, bool useSearchIndex, QVariantList *params) const
{
    QStringList clauses;
    const QString typed = text.trimmed();
    if (!typed.isEmpty()) {
        if (useSearchIndex) {
            // Accent-insensitive word-prefix search on the FTS5 index.
            const QString expression = sync::LocalReplica::searchExpression(typed);
            if (!expression.isEmpty()) {
                clauses << QStringLiteral("p.rowid IN (SELECT rowid FROM prospects_search WHERE prospects_search MATCH ?)");
                params->append(expression);
            }
        } else {
            for (const QString &w : typed.split(u' ', Qt::SkipEmptyParts)) {
                clauses << QStringLiteral("(p.company_name LIKE ? ESCAPE '\\' OR p.city LIKE ? ESCAPE '\\' OR "
                                          "p.postcode LIKE ? ESCAPE '\\' OR p.siren LIKE ? ESCAPE '\\' OR "
                                          "p.contact_name LIKE ? ESCAPE '\\' OR p.email LIKE ? ESCAPE '\\')");
                const QString pattern = u'%' + likeEscaped(w) + u'%';
                for (int i = 0; i < 6; ++i)
                    params->append(pattern);
            }
        }
    }
    if (!status.isEmpty()) {
        clauses << QStringLiteral("p.status = ?");
        params->append(status);
    }
    if (!entityId.isEmpty()) {
        clauses << QStringLiteral("p.entity_id IN (WITH RECURSIVE sub(id) AS (SELECT ? UNION "
                                  "SELECT e.id FROM entities e JOIN sub ON e.parent_id = sub.id) SELECT id FROM sub)");
        params->append(entityId);
    }
    switch (owner) {
    case Owner::Me:
        clauses << QStringLiteral("p.owner_id = ?");
        params->append(me);
        break;
    case Owner::User:
        clauses << QStringLiteral("p.owner_id = ?");
        params->append(ownerId);
        break;
    case Owner::Nobody:
        clauses << QStringLiteral("p.owner_id IS NULL");
        break;
    case Owner::Anyone:
        break;
    }
    return clauses.isEmpty() ? QString() : QString(QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND ")));
}

} // namespace hector::ui
