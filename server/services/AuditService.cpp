#include "services/AuditService.h"

#include "core/Roles.h"
#include "db/Database.h"
#include "repositories/AuditLogRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace hector::server {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hector::server::AuditService", text);
}

// "2026-05-01" (a whole day) or an ISO 8601 date and time. `end`: a date means the next midnight.
Result<QDateTime> parseBound(const QString &value, bool end)
{
    if (value.isEmpty())
        return QDateTime();
    if (value.size() == 10) {
        const QDate d = QDate::fromString(value, Qt::ISODate);
        if (d.isValid())
            return QDateTime(end ? d.addDays(1) : d, QTime(0, 0), Qt::UTC);
    } else {
        QDateTime dt = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (dt.isValid()) {
            if (dt.timeSpec() == Qt::LocalTime)
                dt.setTimeSpec(Qt::UTC);
            return dt;
        }
    }
    return makeError(QStringLiteral("invalid_request"),
                     tr("Date invalide : « %1 » (format attendu : AAAA-MM-JJ ou date et heure ISO 8601).")
                         .arg(value));
}

Result<AuditFilter> filterOf(const QUrlQuery &q)
{
    AuditFilter f;
    f.userId = q.queryItemValue(QStringLiteral("userId"), QUrl::FullyDecoded);
    f.action = q.queryItemValue(QStringLiteral("action"), QUrl::FullyDecoded);
    f.entityType = q.queryItemValue(QStringLiteral("entityType"), QUrl::FullyDecoded);
    auto from = parseBound(q.queryItemValue(QStringLiteral("from"), QUrl::FullyDecoded), false);
    if (!from)
        return from.error();
    auto to = parseBound(q.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded), true);
    if (!to)
        return to.error();
    f.from = *from;
    f.to = *to;
    return f;
}

Result<void> requireAdmin(const AuthUser &caller)
{
    if (caller.user.role != Role::Admin) {
        return makeError(QStringLiteral("forbidden"), tr("Le journal d'audit est réservé aux administrateurs."));
    }
    return {};
}
} // namespace

AuditService::AuditService(Database &db) : m_db(db) {}

Result<QJsonObject> AuditService::list(const AuthUser &caller, const QUrlQuery &query)
{
    if (auto ok = requireAdmin(caller); !ok)
        return ok.error();
    auto filter = filterOf(query);
    if (!filter)
        return filter.error();
    bool limitOk = true;
    bool offsetOk = true;
    const QString limitText = query.queryItemValue(QStringLiteral("limit"));
    const QString offsetText = query.queryItemValue(QStringLiteral("offset"));
    const int limit = limitText.isEmpty() ? 50 : limitText.toInt(&limitOk);
    const int offset = offsetText.isEmpty() ? 0 : offsetText.toInt(&offsetOk);
    if (!limitOk || !offsetOk || limit < 1 || limit > 500 || offset < 0) {
        return makeError(QStringLiteral("invalid_request"),
                         tr("« limit » va de 1 à 500 et « offset » est un entier positif."));
    }
    const QString org = caller.user.organizationId;
    return m_db.transactionAs<QJsonObject>(UserContext::of(caller.user), [&](PgConnection &conn) -> Result<QJsonObject> {
        AuditLogRepository repo(conn);
        auto total = repo.count(org, *filter);
        if (!total)
            return total.error();
        auto rows = repo.list(org, *filter, limit, offset);
        if (!rows)
            return rows.error();
        QJsonArray logs;
        for (const AuditLogRow &row : *rows)
            logs.append(row.toJson());
        return QJsonObject{{QStringLiteral("logs"), logs},
                           {QStringLiteral("total"), *total},
                           {QStringLiteral("limit"), limit},
                           {QStringLiteral("offset"), offset}};
    });
}

Result<QJsonObject> AuditService::stats(const AuthUser &caller, const QUrlQuery &query)
{
    if (auto ok = requireAdmin(caller); !ok)
        return ok.error();
    auto filter = filterOf(query);
    if (!filter)
        return filter.error();
    const QString org = caller.user.organizationId;
    return m_db.transactionAs<QJsonObject>(UserContext::of(caller.user), [&](PgConnection &conn) {
        return AuditLogRepository(conn).stats(org, *filter);
    });
}

QByteArray AuditService::csvField(const QString &value)
{
    QByteArray utf8 = value.toUtf8();
    if (utf8.contains(';') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace("\"", "\"\"");
        return QByteArray(QByteArrayLiteral("\"") + utf8 + QByteArrayLiteral("\""));
    }
    return utf8;
}

Result<QByteArray> AuditService::exportCsv(const AuthUser &caller, const QUrlQuery &query)
{
    if (auto ok = requireAdmin(caller); !ok)
        return ok.error();
    auto filter = filterOf(query);
    if (!filter)
        return filter.error();
    const QString org = caller.user.organizationId;
    auto rows = m_db.transactionAs<QList<AuditLogRow>>(UserContext::of(caller.user),
                                                       [&](PgConnection &conn) -> Result<QList<AuditLogRow>> {
                                                           return AuditLogRepository(conn).list(org, *filter,
                                                                                                kMaxExportRows, 0);
                                                       });
    if (!rows)
        return rows.error();
    QByteArray out("\xEF\xBB\xBF");
    const QStringList header{tr("Date (UTC)"), tr("Utilisateur"), tr("Nom"), tr("Action"), tr("Type d'objet"),
                             tr("Identifiant"), tr("Modifications"), tr("Adresse IP")};
    const auto line = [&out](const QStringList &fields) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i)
                out += ';';
            out += csvField(fields.at(i));
        }
        out += "\r\n";
    };
    line(header);
    for (const AuditLogRow &r : *rows) {
        line({r.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), r.actorEmail, r.userName,
              r.action, r.entityType, r.entityId,
              r.changes.isEmpty() ? QString()
                                  : QString::fromUtf8(QJsonDocument(r.changes).toJson(QJsonDocument::Compact)),
              r.ip});
    }
    return out;
}

} // namespace hector::server
