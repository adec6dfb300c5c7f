#pragma once

// Rows for the dashboard tests (tests/sync/tst_dashboard_data.cpp, tests/ui/tst_ui_dashboards.cpp),
// written straight into a replica's tables as the sync engine would (no outbox).
#include "sync/analytics/DashboardData.h"
#include "sync/replica/LocalReplica.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QVariant>

namespace hector::test::dashboard {

// Replicas in files of a temporary folder, a new file each time.
class ReplicaFiles
{
public:
    bool isValid() const { return m_dir.isValid(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // A new replica, or null (the reason is logged).
    std::unique_ptr<sync::LocalReplica> open()
    {
        auto replica = sync::LocalReplica::open(m_dir.filePath(QStringLiteral("replica-%1.sqlite").arg(++m_count)));
        if (!replica) {
            qWarning("%s", qPrintable(replica.error().message));
            return nullptr;
        }
        return std::move(*replica);
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
};

// A replica timestamp of a wall-clock time in Europe/Paris (the dashboards' time zone).
inline QString at(int year, int month, int day, int hour = 12, int minute = 0, int second = 0, int ms = 0)
{
    return sync::DashboardData::timestamp(
        QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), sync::DashboardData::timeZone()));
}

// One opportunity; empty strings and invalid variants are stored as NULL.
struct Opportunity
{
    QString id;
    QString entityId;
    QString ownerId;
    QString stage;
    QVariant amountEur;
    QVariant monthlyEur;
    QString createdAt;
    QString closedAt;
    QString temperature;
    QString title;
};

class Rows
{
public:
    explicit Rows(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    bool ok() const { return m_ok; }

    void entity(const QString &id, const QString &name, const QString &parentId, const QString &country)
    {
        exec(QStringLiteral("INSERT INTO entities (id, name, parent_id, country_code, level) VALUES (?, ?, ?, ?, ?)"),
             {id, name, orNull(parentId), country, parentId.isEmpty() ? 1 : 2});
    }
    void user(const QString &id, const QString &first, const QString &last, const QString &role, const QString &entityId)
    {
        exec(QStringLiteral("INSERT INTO users (id, email, first_name, last_name, role, entity_id, active) "
                            "VALUES (?, ?, ?, ?, ?, ?, 1)"),
             {id, QString(first.toLower() + QStringLiteral("@adsgroup-security.com")), first, last, role, entityId});
    }
    void team(const QString &id, const QString &name, const QString &entityId, const QString &managerId)
    {
        exec(QStringLiteral("INSERT INTO teams (id, name, entity_id, manager_id) VALUES (?, ?, ?, ?)"),
             {id, name, entityId, orNull(managerId)});
    }
    void member(const QString &teamId, const QString &userId)
    {
        exec(QStringLiteral("INSERT INTO team_members (id, team_id, user_id, role) VALUES (?, ?, ?, 'member')"),
             {QString(teamId + u'/' + userId), teamId, userId});
    }
    void objective(const QString &teamId, const QString &month, double revenue, int rdvs, int signatures)
    {
        exec(QStringLiteral("INSERT INTO team_objectives (id, team_id, month, revenue_eur, rdv_count, signatures_count) "
                            "VALUES (?, ?, ?, ?, ?, ?)"),
             {QString(teamId + u'/' + month), teamId, month, revenue, rdvs, signatures});
    }
    void opportunity(const Opportunity &o)
    {
        exec(QStringLiteral("INSERT INTO opportunities (id, entity_id, owner_id, title, stage, amount_eur, monthly_eur, "
                            "created_at, updated_at, closed_at, temperature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {o.id, o.entityId, orNull(o.ownerId), o.title.isEmpty() ? o.id : o.title, o.stage, o.amountEur,
              o.monthlyEur, o.createdAt, o.createdAt, orNull(o.closedAt), orNull(o.temperature)});
    }
    void rdv(const QString &id, const QString &ownerId, const QString &entityId, const QString &startsAt,
             const QString &status)
    {
        exec(QStringLiteral("INSERT INTO rdvs (id, entity_id, owner_id, title, starts_at, ends_at, status) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {id, entityId, ownerId, id, startsAt, startsAt, status});
    }

private:
    static QVariant orNull(const QString &value) { return value.isEmpty() ? QVariant() : QVariant(value); }
    void exec(const QString &sql, const QVariantList &params)
    {
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (const QVariant &p : params)
            q.addBindValue(p);
        if (!q.exec()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            m_ok = false;
        }
    }

    QSqlDatabase m_db;
    bool m_ok = true;
};

} // namespace hector::test::dashboard
