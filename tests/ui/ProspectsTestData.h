#pragma once
// Realistic replica contents for the prospect screens' tests (tst_ui_prospects, tst_ui_qualification):
// the organisation's entities, a few users, and helpers to add prospects, appointments, actions,
// notes and history rows directly in SQLite (as a sync would).

#include "core/Dto.h"
#include "sync/replica/LocalReplica.h"
#include "ui/prospects/ProspectSupport.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>
#include <QVariantMap>

namespace hector::test {

inline const QString kFrance = QStringLiteral("11111111-1111-1111-1111-111111111111");
inline const QString kFranceNord = QStringLiteral("11111111-1111-1111-1111-222222222222");
inline const QString kLuxembourg = QStringLiteral("33333333-3333-3333-3333-333333333333");
inline const QString kBelgique = QStringLiteral("44444444-4444-4444-4444-444444444444");
inline const QString kJulien = QStringLiteral("aaaaaaaa-0000-0000-0000-000000000001");   // commercial, France Nord
inline const QString kSophie = QStringLiteral("aaaaaaaa-0000-0000-0000-000000000002");   // manager, France
inline const QString kClaire = QStringLiteral("aaaaaaaa-0000-0000-0000-000000000003");   // assistante, France
inline const QString kMarc = QStringLiteral("aaaaaaaa-0000-0000-0000-000000000004");     // commercial, Luxembourg

inline bool execSql(hector::sync::LocalReplica &rep, const QString &sql, const QVariantList &params = {})
{
    QSqlQuery q(rep.database());
    if (!q.prepare(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    for (const QVariant &p : params)
        q.addBindValue(p);
    if (!q.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

// Entities France (with France Nord below it), Luxembourg, Belgique; four users.
inline void seedOrganisation(hector::sync::LocalReplica &rep)
{
    const QString entity = QStringLiteral("INSERT INTO entities (id, organization_id, parent_id, name, country_code, level) "
                                          "VALUES (?, 'org', ?, ?, ?, ?)");
    execSql(rep, entity, {kFrance, QVariant(), QStringLiteral("France"), QStringLiteral("FR"), 0});
    execSql(rep, entity, {kFranceNord, kFrance, QStringLiteral("France Nord"), QStringLiteral("FR"), 1});
    execSql(rep, entity, {kLuxembourg, QVariant(), QStringLiteral("Luxembourg"), QStringLiteral("LU"), 0});
    execSql(rep, entity, {kBelgique, QVariant(), QStringLiteral("Belgique"), QStringLiteral("BE"), 0});
    const QString user = QStringLiteral("INSERT INTO users (id, email, first_name, last_name, role, entity_id, active) "
                                        "VALUES (?, ?, ?, ?, ?, ?, 1)");
    execSql(rep, user, {kJulien, QStringLiteral("julien.petit@adsgroup-security.com"), QStringLiteral("Julien"),
                        QStringLiteral("Petit"), QStringLiteral("commercial"), kFranceNord});
    execSql(rep, user, {kSophie, QStringLiteral("sophie.bernard@adsgroup-security.com"), QStringLiteral("Sophie"),
                        QStringLiteral("Bernard"), QStringLiteral("manager"), kFrance});
    execSql(rep, user, {kClaire, QStringLiteral("claire.dubois@adsgroup-security.com"), QStringLiteral("Claire"),
                        QStringLiteral("Dubois"), QStringLiteral("assistant"), kFrance});
    execSql(rep, user, {kMarc, QStringLiteral("marc.weber@adsgroup-security.lu"), QStringLiteral("Marc"),
                        QStringLiteral("Weber"), QStringLiteral("commercial"), kLuxembourg});
}

inline hector::UserDto julien()
{
    hector::UserDto u;
    u.id = kJulien;
    u.email = QStringLiteral("julien.petit@adsgroup-security.com");
    u.firstName = QStringLiteral("Julien");
    u.lastName = QStringLiteral("Petit");
    u.role = hector::Role::Commercial;
    u.entityId = kFranceNord;
    u.entityName = QStringLiteral("France Nord");
    u.entityCountry = QStringLiteral("FR");
    return u;
}

inline hector::UserDto claire()
{
    hector::UserDto u = julien();
    u.id = kClaire;
    u.email = QStringLiteral("claire.dubois@adsgroup-security.com");
    u.firstName = QStringLiteral("Claire");
    u.lastName = QStringLiteral("Dubois");
    u.role = hector::Role::Assistant;
    u.entityId = kFrance;
    u.entityName = QStringLiteral("France");
    return u;
}

inline QString isoAgo(qint64 seconds)
{
    return QDateTime::currentDateTimeUtc().addSecs(-seconds).toString(Qt::ISODateWithMs);
}

// Inserts a prospect as the sync would (no outbox). `fields` overrides the defaults.
inline QString addProspect(hector::sync::LocalReplica &rep, const QVariantMap &fields)
{
    QVariantMap row{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                    {QStringLiteral("entity_id"), kFrance},
                    {QStringLiteral("country_code"), QStringLiteral("FR")},
                    {QStringLiteral("status"), QStringLiteral("nouveau")},
                    {QStringLiteral("created_at"), QStringLiteral("2026-10-05T08:30:00.000Z")},
                    {QStringLiteral("updated_at"), QStringLiteral("2026-11-20T10:00:00.000Z")}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        row.insert(it.key(), it.value());
    QStringList cols;
    QStringList marks;
    QVariantList params;
    for (auto it = row.begin(); it != row.end(); ++it) {
        cols << it.key();
        marks << QStringLiteral("?");
        params << it.value();
    }
    const bool ok = execSql(rep, QStringLiteral("INSERT INTO prospects (%1) VALUES (%2)").arg(cols.join(u','), marks.join(u',')),
                            params);
    return ok ? row.value(QStringLiteral("id")).toString() : QString();
}

inline QString addRow(hector::sync::LocalReplica &rep, const QString &table, const QVariantMap &fields)
{
    QVariantMap row = fields;
    if (!row.contains(QStringLiteral("id")))
        row.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    QStringList cols;
    QStringList marks;
    QVariantList params;
    for (auto it = row.begin(); it != row.end(); ++it) {
        cols << it.key();
        marks << QStringLiteral("?");
        params << it.value();
    }
    const bool ok = execSql(rep, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, cols.join(u','), marks.join(u',')),
                            params);
    return ok ? row.value(QStringLiteral("id")).toString() : QString();
}

inline int countRows(hector::sync::LocalReplica &rep, const QString &sql, const QVariantList &params = {})
{
    QSqlQuery q(rep.database());
    q.prepare(sql);
    for (const QVariant &p : params)
        q.addBindValue(p);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

} // namespace hector::test
