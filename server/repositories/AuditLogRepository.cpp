#include "repositories/AuditLogRepository.h"

#include "db/PgConnection.h"

#include <QJsonDocument>

namespace hector::server {

namespace {
const QString kFrom = QStringLiteral(" FROM audit_logs a JOIN users u ON u.id = a.user_id ");
} // namespace

QJsonObject AuditLogRow::toJson() const
{
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("userId"), orNull(userId)},
        {QStringLiteral("actorEmail"), orNull(actorEmail)},
        {QStringLiteral("userName"), userName},
        {QStringLiteral("action"), action},
        {QStringLiteral("entityType"), orNull(entityType)},
        {QStringLiteral("entityId"), orNull(entityId)},
        {QStringLiteral("changes"), changes.isEmpty() ? QJsonValue() : QJsonValue(changes)},
        {QStringLiteral("ip"), orNull(ip)},
    };
}

QString AuditLogRepository::where(const QString &organizationId, const AuditFilter &f, QVariantList &params) const
{
    params = {organizationId};
    QString sql = QStringLiteral(" WHERE u.organization_id = $1");
    const auto next = [&params](const QVariant &v) {
        params << v;
        return QStringLiteral("$%1").arg(params.size());
    };
    if (!f.userId.isEmpty())
        sql += QStringLiteral(" AND a.user_id::text = %1").arg(next(f.userId));
    if (!f.action.isEmpty())
        sql += QStringLiteral(" AND a.action = %1").arg(next(f.action));
    if (!f.entityType.isEmpty())
        sql += QStringLiteral(" AND a.entity_type = %1").arg(next(f.entityType));
    if (f.from.isValid())
        sql += QStringLiteral(" AND a.created_at >= %1::timestamptz").arg(next(f.from));
    if (f.to.isValid())
        sql += QStringLiteral(" AND a.created_at < %1::timestamptz").arg(next(f.to));
    return sql;
}

Result<QList<AuditLogRow>> AuditLogRepository::list(const QString &organizationId, const AuditFilter &filter,
                                                    int limit, int offset)
{
    QVariantList params;
    const QString w = where(organizationId, filter, params);
    params << limit << offset;
    auto r = m_conn.exec(QString(QStringLiteral("SELECT a.id, a.created_at, a.user_id, a.actor_email, a.action, "
                                                "a.entity_type, a.entity_id, a.changes::text AS changes, a.ip, "
                                                "trim(u.first_name || ' ' || u.last_name) AS user_name")
                                 + kFrom + w
                                 + QStringLiteral(" ORDER BY a.created_at DESC, a.id DESC LIMIT $%1::int OFFSET $%2::int")
                                       .arg(params.size() - 1)
                                       .arg(params.size())),
                         params);
    if (!r)
        return r.error();
    QList<AuditLogRow> out;
    out.reserve(r->rows());
    for (int i = 0; i < r->rows(); ++i) {
        AuditLogRow row;
        row.id = r->toInt(i, "id");
        row.createdAt = r->toDateTime(i, "created_at");
        row.userId = r->text(i, "user_id");
        row.actorEmail = r->text(i, "actor_email");
        row.userName = r->text(i, "user_name");
        row.action = r->text(i, "action");
        row.entityType = r->text(i, "entity_type");
        row.entityId = r->text(i, "entity_id");
        if (!r->isNull(i, "changes"))
            row.changes = QJsonDocument::fromJson(r->text(i, "changes").toUtf8()).object();
        row.ip = r->text(i, "ip");
        out << row;
    }
    return out;
}

Result<qint64> AuditLogRepository::count(const QString &organizationId, const AuditFilter &filter)
{
    QVariantList params;
    const QString w = where(organizationId, filter, params);
    auto r = m_conn.exec(QString(QStringLiteral("SELECT count(*) AS n") + kFrom + w), params);
    if (!r)
        return r.error();
    return r->toInt(0, "n");
}

Result<QJsonObject> AuditLogRepository::stats(const QString &organizationId, const AuditFilter &filter)
{
    QVariantList params;
    const QString w = where(organizationId, filter, params);
    const auto grouped = [&](const QString &select, const QString &group,
                             const std::function<QJsonObject(const PgResult &, int)> &item) -> Result<QJsonArray> {
        auto r = m_conn.exec(QString(QStringLiteral("SELECT ") + select + QStringLiteral(", count(*) AS n") + kFrom + w
                                     + QStringLiteral(" GROUP BY ") + group + QStringLiteral(" ORDER BY n DESC, 1")),
                             params);
        if (!r)
            return r.error();
        QJsonArray out;
        for (int i = 0; i < r->rows(); ++i) {
            QJsonObject o = item(*r, i);
            o.insert(QStringLiteral("count"), r->toInt(i, "n"));
            out.append(o);
        }
        return out;
    };
    auto byAction = grouped(QStringLiteral("a.action"), QStringLiteral("a.action"), [](const PgResult &r, int i) {
        return QJsonObject{{QStringLiteral("action"), r.text(i, "action")}};
    });
    if (!byAction)
        return byAction.error();
    auto byType = grouped(QStringLiteral("COALESCE(a.entity_type, '') AS entity_type"),
                          QStringLiteral("COALESCE(a.entity_type, '')"), [](const PgResult &r, int i) {
                              return QJsonObject{{QStringLiteral("entityType"), r.text(i, "entity_type")}};
                          });
    if (!byType)
        return byType.error();
    auto byUser = grouped(QStringLiteral("u.email, u.id::text AS user_id, "
                                         "trim(u.first_name || ' ' || u.last_name) AS user_name"),
                          QStringLiteral("u.email, u.id, u.first_name, u.last_name"), [](const PgResult &r, int i) {
                              return QJsonObject{{QStringLiteral("userId"), r.text(i, "user_id")},
                                                 {QStringLiteral("email"), r.text(i, "email")},
                                                 {QStringLiteral("userName"), r.text(i, "user_name")}};
                          });
    if (!byUser)
        return byUser.error();
    qint64 total = 0;
    for (const QJsonValue &v : *byAction)
        total += v.toObject().value(QLatin1StringView("count")).toInteger();
    return QJsonObject{{QStringLiteral("total"), total},
                       {QStringLiteral("byAction"), *byAction},
                       {QStringLiteral("byEntityType"), *byType},
                       {QStringLiteral("byUser"), *byUser}};
}

} // namespace hector::server
