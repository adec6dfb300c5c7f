// Integration tests of users administration, invitations and audit logs (issue #4) against a real
// server and PostgreSQL.
#include "HttpTestClient.h"
#include "core/Dto.h"
#include "db/Database.h"
#include "server/ServerApp.h"
#include "services/AuditService.h"
#include "services/Crypto.h"
#include "services/Clock.h"
#include "tests/support/TestServer.h"

#include <QtTest>

using namespace hector;
using namespace hector::test;
using hector::server::AuditService;

namespace {
const QString kPassword = QStringLiteral("Secur1te-Hector");
}

class TestAdminUsers : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<HttpTestClient> m_http;
    int m_counter = 0;
    QString m_adminEmail;
    QString m_adminId;
    QString m_admin; // access token

    QString newEmail(const QString &prefix)
    {
        return QStringLiteral("%1.%2@adsgroup-security.com").arg(prefix).arg(++m_counter);
    }
    // Creates a user; returns {id, email}.
    QPair<QString, QString> newUser(const QString &prefix, Role role, const QString &country = QStringLiteral("FR"))
    {
        const QString email = newEmail(prefix);
        const QString id = m_server.createUser(email, kPassword, role, country);
        return {id, email};
    }
    QString tokenOf(const QString &email) { return m_server.accessToken(email, kPassword); }
    HttpReply patch(const QString &path, const QJsonObject &body, const QString &token)
    {
        return m_http->send("PATCH", path, body, token);
    }
    QJsonArray users(const QString &query, const QString &token, int expectedStatus = 200)
    {
        const HttpReply r = m_http->get(QStringLiteral("/api/admin/users") + query, token);
        if (r.status != expectedStatus)
            qWarning() << r.status << r.body;
        return r.json.value(QLatin1StringView("users")).toArray();
    }
    static QStringList emails(const QJsonArray &list)
    {
        QStringList out;
        for (const QJsonValue &v : list)
            out << v.toObject().value(QLatin1StringView("email")).toString();
        return out;
    }
    int auditRows(const QString &entityId, const QString &action = QStringLiteral("UPDATE"))
    {
        auto r = m_server.execOwner(QStringLiteral("SELECT count(*) AS n FROM audit_logs WHERE entity_id = $1 "
                                                   "AND action = $2"),
                                    {entityId, action});
        return r ? int(r->toInt(0, "n")) : -1;
    }
    // Sole administrator of a new organisation (with one entity); returns {id, email}.
    QPair<QString, QString> soleAdminOfNewOrganisation()
    {
        auto org = m_server.execOwner(QStringLiteral("INSERT INTO organizations (name) VALUES ($1) RETURNING id"),
                                      {QStringLiteral("Autre organisation %1").arg(++m_counter)});
        Q_ASSERT(org);
        const QString orgId = org->text(0, "id");
        auto ent = m_server.execOwner(QStringLiteral("INSERT INTO entities (organization_id, name, country_code) "
                                                     "VALUES ($1, 'Siège', 'FR') RETURNING id"),
                                      {orgId});
        Q_ASSERT(ent);
        const QString email = newEmail(QStringLiteral("solo"));
        const QString hash = *m_server.app().passwordHasher().hash(kPassword);
        auto u = m_server.execOwner(QStringLiteral("INSERT INTO users (email, role, organization_id, entity_id, "
                                                   "password_hash) VALUES ($1, 'admin', $2, $3, $4) RETURNING id"),
                                    {email, orgId, ent->text(0, "id"), hash});
        Q_ASSERT(u);
        return {u->text(0, "id"), email};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), "the test server must start (embedded PostgreSQL)");
        m_http = std::make_unique<HttpTestClient>(m_server.baseUrl());
        auto admin = newUser(QStringLiteral("admin"), Role::Admin);
        m_adminId = admin.first;
        m_adminEmail = admin.second;
        m_admin = tokenOf(m_adminEmail);
        QVERIFY(!m_admin.isEmpty());
    }
    void cleanupTestCase() { m_server.stop(); }
    void init()
    {
        // Real time, and a fresh access token (a test may have moved the server clock).
        m_server.clock().set(QDateTime::currentDateTimeUtc());
        m_admin = tokenOf(m_adminEmail);
        QVERIFY(!m_admin.isEmpty());
    }

    void listRequiresAdminOrManager()
    {
        QCOMPARE(m_http->get(QStringLiteral("/api/admin/users")).status, 401);
        for (Role role : {Role::Commercial, Role::Assistant, Role::President}) {
            const auto u = newUser(QStringLiteral("nope"), role);
            const HttpReply r = m_http->get(QStringLiteral("/api/admin/users"), tokenOf(u.second));
            QCOMPARE(r.status, 403);
            QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
        }
        const HttpReply r = m_http->get(QStringLiteral("/api/admin/users"), m_admin);
        QCOMPARE(r.status, 200);
        QVERIFY(emails(r.json.value(QLatin1StringView("users")).toArray()).contains(m_adminEmail));
        QCOMPARE(r.json.value(QLatin1StringView("readOnly")).toBool(), false);
    }

    void listFilters()
    {
        const auto lu = newUser(QStringLiteral("filtre-lu"), Role::Commercial, QStringLiteral("LU"));
        const auto be = newUser(QStringLiteral("filtre-be"), Role::Assistant, QStringLiteral("BE"));
        QCOMPARE(emails(users(QStringLiteral("?search=FILTRE-lu"), m_admin)), QStringList{lu.second});
        const QStringList assistants = emails(users(QStringLiteral("?role=assistant"), m_admin));
        QVERIFY(assistants.contains(be.second));
        QVERIFY(!assistants.contains(lu.second));
        const QStringList inLu =
            emails(users(QStringLiteral("?entityId=") + m_server.entityId(QStringLiteral("LU")), m_admin));
        QVERIFY(inLu.contains(lu.second));
        QVERIFY(!inLu.contains(be.second));
        QVERIFY(!emails(users(QStringLiteral("?active=false"), m_admin)).contains(lu.second));
        QVERIFY(emails(users(QStringLiteral("?active=true"), m_admin)).contains(lu.second));
        QCOMPARE(m_http->get(QStringLiteral("/api/admin/users?active=peut-etre"), m_admin).status, 400);
        QCOMPARE(m_http->get(QStringLiteral("/api/admin/users?role=roi"), m_admin).errorCode(),
                 QStringLiteral("invalid_role"));
        // Names and entity in the answer.
        const QJsonObject row = users(QStringLiteral("?search=") + lu.second, m_admin).at(0).toObject();
        QCOMPARE(row.value(QLatin1StringView("entityName")).toString(), QStringLiteral("Luxembourg"));
        QCOMPARE(row.value(QLatin1StringView("role")).toString(), QStringLiteral("commercial"));
        QCOMPARE(row.value(QLatin1StringView("pendingInvitation")).toBool(), false);
    }

    void managerReadsOwnScopeOnly()
    {
        const QString fr = m_server.entityId(QStringLiteral("FR"));
        const QString lyon = m_server.createEntity(QStringLiteral("Lyon"), QStringLiteral("FR"), fr);
        const QString mgrEmail = newEmail(QStringLiteral("manager"));
        QVERIFY(!m_server.createUserInEntity(mgrEmail, kPassword, Role::Manager, fr).isEmpty());
        const QString subEmail = newEmail(QStringLiteral("lyonnais"));
        const QString subId = m_server.createUserInEntity(subEmail, kPassword, Role::Commercial, lyon);
        const auto other = newUser(QStringLiteral("belge"), Role::Commercial, QStringLiteral("BE"));
        const QString mgr = tokenOf(mgrEmail);
        const HttpReply r = m_http->get(QStringLiteral("/api/admin/users"), mgr);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1StringView("readOnly")).toBool(), true);
        const QStringList seen = emails(r.json.value(QLatin1StringView("users")).toArray());
        QVERIFY(seen.contains(mgrEmail));
        QVERIFY(seen.contains(subEmail));
        QVERIFY(!seen.contains(other.second));
        // Read only.
        const HttpReply w = patch(QStringLiteral("/api/admin/users/") + subId,
                                  QJsonObject{{QStringLiteral("firstName"), QStringLiteral("X")}}, mgr);
        QCOMPARE(w.status, 403);
        QCOMPARE(patch(QStringLiteral("/api/admin/users/%1/role").arg(subId),
                       QJsonObject{{QStringLiteral("role"), QStringLiteral("admin")}}, mgr)
                     .status,
                 403);
        QCOMPARE(m_http->post(QStringLiteral("/api/admin/users/%1/invite").arg(subId), {}, mgr).status, 403);
        QCOMPARE(m_http->get(QStringLiteral("/api/admin/users/pending-invitations"), mgr).status, 403);
        QCOMPARE(m_http->get(QStringLiteral("/api/admin/audit-logs"), mgr).status, 403);
        QCOMPARE(m_http->get(QStringLiteral("/api/admin/audit-logs/stats"), mgr).status, 403);
        QCOMPARE(m_http->get(QStringLiteral("/api/admin/audit-logs/export.csv"), mgr).status, 403);
    }

    void editNamesAndEntityIsAudited()
    {
        const auto u = newUser(QStringLiteral("edit"), Role::Commercial);
        const HttpReply r = patch(QStringLiteral("/api/admin/users/") + u.first,
                                  QJsonObject{{QStringLiteral("firstName"), QStringLiteral("  Zoé ")},
                                              {QStringLiteral("lastName"), QStringLiteral("Lefèvre")},
                                              {QStringLiteral("entityId"), m_server.entityId(QStringLiteral("BE"))}},
                                  m_admin);
        QCOMPARE(r.status, 200);
        const QJsonObject user = r.json.value(QLatin1StringView("user")).toObject();
        QCOMPARE(user.value(QLatin1StringView("firstName")).toString(), QStringLiteral("Zoé"));
        QCOMPARE(user.value(QLatin1StringView("entityName")).toString(), QStringLiteral("Belgique"));
        auto row = m_server.execOwner(QStringLiteral("SELECT changes::text AS c, ip, actor_email, entity_type FROM "
                                                     "audit_logs WHERE entity_id = $1 AND action = 'UPDATE'"),
                                      {u.first});
        QVERIFY(row);
        QCOMPARE(row->rows(), 1);
        QCOMPARE(row->text(0, "ip"), QStringLiteral("127.0.0.1"));
        QCOMPARE(row->text(0, "actor_email"), m_adminEmail);
        QCOMPARE(row->text(0, "entity_type"), QStringLiteral("user"));
        const QJsonObject changes = QJsonDocument::fromJson(row->text(0, "c").toUtf8()).object();
        QCOMPARE(changes.value(QLatin1StringView("entityId")).toObject().value(QLatin1StringView("old")).toString(),
                 m_server.entityId(QStringLiteral("FR")));
        QCOMPARE(changes.value(QLatin1StringView("entityId")).toObject().value(QLatin1StringView("new")).toString(),
                 m_server.entityId(QStringLiteral("BE")));
        QCOMPARE(changes.value(QLatin1StringView("firstName")).toObject().value(QLatin1StringView("new")).toString(),
                 QStringLiteral("Zoé"));
        QVERIFY(!changes.contains(QLatin1StringView("role")));

        // Nothing changed: no audit row.
        QCOMPARE(patch(QStringLiteral("/api/admin/users/") + u.first,
                       QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Zoé")}}, m_admin)
                     .status,
                 200);
        QCOMPARE(auditRows(u.first), 1);
    }

    void failedChangeWritesNoAudit()
    {
        const auto u = newUser(QStringLiteral("rate"), Role::Commercial);
        const HttpReply bad = patch(QStringLiteral("/api/admin/users/") + u.first,
                                    QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Jamais")},
                                                {QStringLiteral("entityId"), QStringLiteral("00000000-0000-0000-0000-000000000000")}},
                                    m_admin);
        QCOMPARE(bad.status, 422);
        QCOMPARE(bad.errorCode(), QStringLiteral("invalid_entity"));
        QCOMPARE(auditRows(u.first), 0);
        auto r = m_server.execOwner(QStringLiteral("SELECT first_name FROM users WHERE id = $1"), {u.first});
        QCOMPARE(r->text(0, "first_name"), QStringLiteral("Test"));
        QCOMPARE(patch(QStringLiteral("/api/admin/users/") + u.first,
                       QJsonObject{{QStringLiteral("active"), QStringLiteral("non")}}, m_admin)
                     .status,
                 400);
        const HttpReply role = patch(QStringLiteral("/api/admin/users/%1/role").arg(u.first),
                                     QJsonObject{{QStringLiteral("role"), QStringLiteral("roi")}}, m_admin);
        QCOMPARE(role.errorCode(), QStringLiteral("invalid_role"));
        QCOMPARE(auditRows(u.first), 0);
        QCOMPARE(patch(QStringLiteral("/api/admin/users/00000000-0000-0000-0000-000000000000"),
                       QJsonObject{{QStringLiteral("firstName"), QStringLiteral("X")}}, m_admin)
                     .status,
                 404);
    }

    void otherOrganisationIsInvisible()
    {
        const auto solo = soleAdminOfNewOrganisation();
        QVERIFY(!emails(users({}, m_admin)).contains(solo.second));
        QCOMPARE(patch(QStringLiteral("/api/admin/users/") + solo.first,
                       QJsonObject{{QStringLiteral("active"), false}}, m_admin)
                     .status,
                 404);
        const QJsonArray theirs = users({}, tokenOf(solo.second));
        QCOMPARE(emails(theirs), QStringList{solo.second});
    }

    void changeRoleIsAudited()
    {
        const auto u = newUser(QStringLiteral("promu"), Role::Commercial);
        const HttpReply r = patch(QStringLiteral("/api/admin/users/%1/role").arg(u.first),
                                  QJsonObject{{QStringLiteral("role"), QStringLiteral("manager")}}, m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1StringView("user")).toObject().value(QLatin1StringView("role")).toString(),
                 QStringLiteral("manager"));
        auto row = m_server.execOwner(QStringLiteral("SELECT changes->'role'->>'old' AS o, changes->'role'->>'new' AS n "
                                                     "FROM audit_logs WHERE entity_id = $1 AND action = 'UPDATE'"),
                                      {u.first});
        QCOMPARE(row->rows(), 1);
        QCOMPARE(row->text(0, "o"), QStringLiteral("commercial"));
        QCOMPARE(row->text(0, "n"), QStringLiteral("manager"));
        // The role endpoint is the only one changing roles.
        QCOMPARE(patch(QStringLiteral("/api/admin/users/") + u.first,
                       QJsonObject{{QStringLiteral("role"), QStringLiteral("admin")}}, m_admin)
                     .status,
                 200);
        auto still = m_server.execOwner(QStringLiteral("SELECT role FROM users WHERE id = $1"), {u.first});
        QCOMPARE(still->text(0, "role"), QStringLiteral("manager"));
    }

    void adminCannotDemoteOrDeactivateThemselves()
    {
        const auto second = newUser(QStringLiteral("admin2"), Role::Admin);
        const QString token = tokenOf(second.second);
        const HttpReply demote = patch(QStringLiteral("/api/admin/users/%1/role").arg(second.first),
                                       QJsonObject{{QStringLiteral("role"), QStringLiteral("commercial")}}, token);
        QCOMPARE(demote.status, 422);
        QCOMPARE(demote.errorCode(), QStringLiteral("self_change_forbidden"));
        const HttpReply off = patch(QStringLiteral("/api/admin/users/") + second.first,
                                    QJsonObject{{QStringLiteral("active"), false}}, token);
        QCOMPARE(off.status, 422);
        QCOMPARE(off.errorCode(), QStringLiteral("self_change_forbidden"));
        QVERIFY(off.errorMessage().contains(QStringLiteral("propre")));
        QCOMPARE(auditRows(second.first), 0);
        // Their names remain editable by themselves.
        QCOMPARE(patch(QStringLiteral("/api/admin/users/") + second.first,
                       QJsonObject{{QStringLiteral("lastName"), QStringLiteral("Dupré")}}, token)
                     .status,
                 200);
        // Another admin may demote them.
        QCOMPARE(patch(QStringLiteral("/api/admin/users/%1/role").arg(second.first),
                       QJsonObject{{QStringLiteral("role"), QStringLiteral("president")}}, m_admin)
                     .status,
                 200);
    }

    void lastActiveAdminIsKept()
    {
        const auto solo = soleAdminOfNewOrganisation();
        const QString token = tokenOf(solo.second);
        const HttpReply demote = patch(QStringLiteral("/api/admin/users/%1/role").arg(solo.first),
                                       QJsonObject{{QStringLiteral("role"), QStringLiteral("manager")}}, token);
        QCOMPARE(demote.status, 422);
        QCOMPARE(demote.errorCode(), QStringLiteral("last_admin"));
        QVERIFY2(demote.errorMessage().contains(QStringLiteral("dernier administrateur actif")),
                 qPrintable(demote.errorMessage()));
        const HttpReply off = patch(QStringLiteral("/api/admin/users/") + solo.first,
                                    QJsonObject{{QStringLiteral("active"), false}}, token);
        QCOMPARE(off.errorCode(), QStringLiteral("last_admin"));
        auto row = m_server.execOwner(QStringLiteral("SELECT role, active FROM users WHERE id = $1"), {solo.first});
        QCOMPARE(row->text(0, "role"), QStringLiteral("admin"));
        QVERIFY(row->toBool(0, "active"));
        QCOMPARE(auditRows(solo.first), 0);

        // Once an inactive admin exists alongside, the active one is still the last one.
        auto org = m_server.execOwner(QStringLiteral("SELECT organization_id, entity_id FROM users WHERE id = $1"),
                                      {solo.first});
        const QString hash = *m_server.app().passwordHasher().hash(kPassword);
        QVERIFY(m_server.execOwner(QStringLiteral("INSERT INTO users (email, role, organization_id, entity_id, "
                                                  "password_hash, active) VALUES ($1, 'admin', $2, $3, $4, false)"),
                                   {newEmail(QStringLiteral("ancien")), org->text(0, "organization_id"),
                                    org->text(0, "entity_id"), hash})
                    .ok());
        QCOMPARE(patch(QStringLiteral("/api/admin/users/%1/role").arg(solo.first),
                       QJsonObject{{QStringLiteral("role"), QStringLiteral("manager")}}, token)
                     .errorCode(),
                 QStringLiteral("last_admin"));
    }

    void deactivationRevokesSessionsAndSync()
    {
        const auto u = newUser(QStringLiteral("parti"), Role::Commercial);
        const QString token = tokenOf(u.second);
        const HttpReply login = m_http->post(QStringLiteral("/api/auth/login"),
                                             QJsonObject{{QStringLiteral("email"), u.second},
                                                         {QStringLiteral("password"), kPassword}});
        QCOMPARE(login.status, 200);
        const QString refresh = login.json.value(QLatin1StringView("refreshToken")).toString();
        QCOMPARE(m_http->get(QStringLiteral("/api/auth/user"), token).status, 200);
        auto before = m_server.execOwner(QStringLiteral("SELECT scope_version FROM users WHERE id = $1"), {u.first});

        const HttpReply off = patch(QStringLiteral("/api/admin/users/") + u.first,
                                    QJsonObject{{QStringLiteral("active"), false}}, m_admin);
        QCOMPARE(off.status, 200);
        QCOMPARE(off.json.value(QLatin1StringView("user")).toObject().value(QLatin1StringView("active")).toBool(), false);
        QCOMPARE(m_http->get(QStringLiteral("/api/auth/user"), token).status, 401);
        QCOMPARE(m_http->post(QStringLiteral("/api/auth/refresh"), QJsonObject{{QStringLiteral("refreshToken"), refresh}})
                     .status,
                 401);
        auto sessions = m_server.execOwner(QStringLiteral("SELECT count(*) AS n FROM auth_sessions WHERE user_id = $1 "
                                                          "AND revoked_at IS NULL"),
                                           {u.first});
        QCOMPARE(sessions->toInt(0, "n"), 0);
        auto after = m_server.execOwner(QStringLiteral("SELECT scope_version FROM users WHERE id = $1"), {u.first});
        QVERIFY(after->toInt(0, "scope_version") > before->toInt(0, "scope_version"));
        QCOMPARE(m_http->post(QStringLiteral("/api/auth/login"),
                              QJsonObject{{QStringLiteral("email"), u.second}, {QStringLiteral("password"), kPassword}})
                     .errorCode(),
                 QStringLiteral("account_disabled"));

        // Reactivation (the undo of the desktop client) lets them sign in again.
        QCOMPARE(patch(QStringLiteral("/api/admin/users/") + u.first, QJsonObject{{QStringLiteral("active"), true}},
                       m_admin)
                     .status,
                 200);
        QCOMPARE(m_http->post(QStringLiteral("/api/auth/login"),
                              QJsonObject{{QStringLiteral("email"), u.second}, {QStringLiteral("password"), kPassword}})
                     .status,
                 200);
        QCOMPARE(auditRows(u.first), 2);
    }

    void resendInvitationRevokesPreviousCode()
    {
        const QString email = newEmail(QStringLiteral("invite"));
        const HttpReply created = m_http->post(
            QStringLiteral("/api/auth/register"),
            QJsonObject{{QStringLiteral("email"), email},
                        {QStringLiteral("role"), QStringLiteral("commercial")},
                        {QStringLiteral("entityId"), m_server.entityId(QStringLiteral("FR"))}},
            m_admin);
        QCOMPARE(created.status, 201);
        const QString userId =
            created.json.value(QLatin1StringView("user")).toObject().value(QLatin1StringView("id")).toString();
        const QString oldCode = TestServer::extractCode(m_server.lastEmailTo(email));
        QVERIFY(!oldCode.isEmpty());

        // Pending, with its expiry, in both lists.
        const QJsonObject row = users(QStringLiteral("?search=") + email, m_admin).at(0).toObject();
        QVERIFY(row.value(QLatin1StringView("pendingInvitation")).toBool());
        QVERIFY(!row.value(QLatin1StringView("invitationExpiresAt")).toString().isEmpty());
        HttpReply pending = m_http->get(QStringLiteral("/api/admin/users/pending-invitations"), m_admin);
        QCOMPARE(pending.status, 200);
        QJsonObject mine;
        for (const QJsonValue &v : pending.json.value(QLatin1StringView("invitations")).toArray()) {
            if (v.toObject().value(QLatin1StringView("email")).toString() == email)
                mine = v.toObject();
        }
        QCOMPARE(mine.value(QLatin1StringView("invitedBy")).toString(), m_adminEmail);
        QCOMPARE(mine.value(QLatin1StringView("expired")).toBool(), false);
        const QDateTime firstExpiry =
            QDateTime::fromString(mine.value(QLatin1StringView("expiresAt")).toString(), Qt::ISODateWithMs);
        QVERIFY(firstExpiry.isValid());

        m_server.clock().advance(3600);
        m_admin = tokenOf(m_adminEmail);
        const HttpReply resent = m_http->post(QStringLiteral("/api/admin/users/%1/invite").arg(userId), {}, m_admin);
        QCOMPARE(resent.status, 200);
        const QDateTime newExpiry = QDateTime::fromString(
            resent.json.value(QLatin1StringView("invitation")).toObject().value(QLatin1StringView("expiresAt")).toString(),
            Qt::ISODateWithMs);
        QCOMPARE(newExpiry, m_server.clock().now().addDays(7));
        const QString newCode = TestServer::extractCode(m_server.lastEmailTo(email));
        QVERIFY(newCode != oldCode);
        QCOMPARE(auditRows(userId, QStringLiteral("CREATE")), 2); // the user, then the invitation

        const HttpReply old = m_http->post(QStringLiteral("/api/auth/accept-invite"),
                                           QJsonObject{{QStringLiteral("token"), oldCode},
                                                       {QStringLiteral("password"), kPassword}});
        QCOMPARE(old.status, 400);
        QCOMPARE(old.errorCode(), QStringLiteral("token_invalid"));
        const HttpReply ok = m_http->post(QStringLiteral("/api/auth/accept-invite"),
                                          QJsonObject{{QStringLiteral("token"), newCode},
                                                      {QStringLiteral("password"), kPassword}});
        QCOMPARE(ok.status, 200);

        // Accepted: nothing to resend any more, and no longer pending.
        const HttpReply again = m_http->post(QStringLiteral("/api/admin/users/%1/invite").arg(userId), {}, m_admin);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), QStringLiteral("invitation_not_pending"));
        pending = m_http->get(QStringLiteral("/api/admin/users/pending-invitations"), m_admin);
        QVERIFY(!pending.body.contains(email.toUtf8()));
        const auto commercial = newUser(QStringLiteral("pasadmin"), Role::Commercial);
        QCOMPARE(m_http->post(QStringLiteral("/api/admin/users/%1/invite").arg(userId), {}, tokenOf(commercial.second))
                     .status,
                 403);
        m_server.clock().set(QDateTime::currentDateTimeUtc());
    }

    void auditLogListFiltersAndPaging()
    {
        const auto u = newUser(QStringLiteral("journal"), Role::Commercial);
        for (const QString &name : {QStringLiteral("Un"), QStringLiteral("Deux"), QStringLiteral("Trois")}) {
            QCOMPARE(patch(QStringLiteral("/api/admin/users/") + u.first, QJsonObject{{QStringLiteral("firstName"), name}},
                           m_admin)
                         .status,
                     200);
        }
        HttpReply r = m_http->get(QStringLiteral("/api/admin/audit-logs?entityType=user&action=UPDATE&limit=2"), m_admin);
        QCOMPARE(r.status, 200);
        const int total = r.json.value(QLatin1StringView("total")).toInt();
        QVERIFY(total >= 3);
        QJsonArray logs = r.json.value(QLatin1StringView("logs")).toArray();
        QCOMPARE(logs.size(), 2);
        // Newest first.
        const QJsonObject newest = logs.at(0).toObject();
        QCOMPARE(newest.value(QLatin1StringView("entityId")).toString(), u.first);
        QCOMPARE(newest.value(QLatin1StringView("changes")).toObject().value(QLatin1StringView("firstName"))
                     .toObject().value(QLatin1StringView("new")).toString(),
                 QStringLiteral("Trois"));
        QCOMPARE(newest.value(QLatin1StringView("ip")).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(newest.value(QLatin1StringView("actorEmail")).toString(), m_adminEmail);
        r = m_http->get(QStringLiteral("/api/admin/audit-logs?entityType=user&action=UPDATE&limit=2&offset=2"), m_admin);
        QCOMPARE(r.json.value(QLatin1StringView("logs")).toArray().size(), std::min(2, total - 2));

        // By user: the actor.
        const auto other = newUser(QStringLiteral("acteur"), Role::Commercial);
        QVERIFY(!tokenOf(other.second).isEmpty()); // writes a LOGIN row? (accessToken bypasses HTTP)
        QCOMPARE(m_http->post(QStringLiteral("/api/auth/login"),
                              QJsonObject{{QStringLiteral("email"), other.second}, {QStringLiteral("password"), kPassword}})
                     .status,
                 200);
        r = m_http->get(QStringLiteral("/api/admin/audit-logs?userId=") + other.first, m_admin);
        logs = r.json.value(QLatin1StringView("logs")).toArray();
        QVERIFY(!logs.isEmpty());
        for (const QJsonValue &v : logs)
            QCOMPARE(v.toObject().value(QLatin1StringView("userId")).toString(), other.first);

        // Dates: the whole day of today includes them; yesterday does not.
        const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
        const QString yesterday = QDateTime::currentDateTimeUtc().date().addDays(-1).toString(Qt::ISODate);
        r = m_http->get(QStringLiteral("/api/admin/audit-logs?userId=%1&from=%2&to=%2").arg(other.first, today), m_admin);
        QCOMPARE(r.json.value(QLatin1StringView("total")).toInt(), logs.size());
        r = m_http->get(QStringLiteral("/api/admin/audit-logs?userId=%1&to=%2").arg(other.first, yesterday), m_admin);
        QCOMPARE(r.json.value(QLatin1StringView("total")).toInt(), 0);
        QCOMPARE(m_http->get(QStringLiteral("/api/admin/audit-logs?from=hier"), m_admin).status, 400);
        QCOMPARE(m_http->get(QStringLiteral("/api/admin/audit-logs?limit=0"), m_admin).status, 400);

        // Another organisation's rows are not listed.
        const auto solo = soleAdminOfNewOrganisation();
        QCOMPARE(m_http->post(QStringLiteral("/api/auth/login"),
                              QJsonObject{{QStringLiteral("email"), solo.second}, {QStringLiteral("password"), kPassword}})
                     .status,
                 200);
        r = m_http->get(QStringLiteral("/api/admin/audit-logs?userId=") + solo.first, m_admin);
        QCOMPARE(r.json.value(QLatin1StringView("total")).toInt(), 0);
        r = m_http->get(QStringLiteral("/api/admin/audit-logs"), tokenOf(solo.second));
        for (const QJsonValue &v : r.json.value(QLatin1StringView("logs")).toArray())
            QCOMPARE(v.toObject().value(QLatin1StringView("userId")).toString(), solo.first);
    }

    void auditStats()
    {
        const auto u = newUser(QStringLiteral("stats"), Role::Commercial);
        QCOMPARE(patch(QStringLiteral("/api/admin/users/") + u.first,
                       QJsonObject{{QStringLiteral("lastName"), QStringLiteral("Statistique")}}, m_admin)
                     .status,
                 200);
        const HttpReply list = m_http->get(QStringLiteral("/api/admin/audit-logs?action=UPDATE"), m_admin);
        const HttpReply r = m_http->get(QStringLiteral("/api/admin/audit-logs/stats"), m_admin);
        QCOMPARE(r.status, 200);
        int updates = -1;
        for (const QJsonValue &v : r.json.value(QLatin1StringView("byAction")).toArray()) {
            if (v.toObject().value(QLatin1StringView("action")).toString() == QLatin1String("UPDATE"))
                updates = v.toObject().value(QLatin1StringView("count")).toInt();
        }
        QCOMPARE(updates, list.json.value(QLatin1StringView("total")).toInt());
        qint64 sum = 0;
        for (const QJsonValue &v : r.json.value(QLatin1StringView("byEntityType")).toArray())
            sum += v.toObject().value(QLatin1StringView("count")).toInteger();
        QCOMPARE(sum, r.json.value(QLatin1StringView("total")).toInteger());
        bool adminListed = false;
        for (const QJsonValue &v : r.json.value(QLatin1StringView("byUser")).toArray())
            adminListed |= v.toObject().value(QLatin1StringView("email")).toString() == m_adminEmail;
        QVERIFY(adminListed);
        const QString tomorrow = QDateTime::currentDateTimeUtc().date().addDays(1).toString(Qt::ISODate);
        const HttpReply none = m_http->get(QStringLiteral("/api/admin/audit-logs/stats?from=") + tomorrow, m_admin);
        QCOMPARE(none.json.value(QLatin1StringView("total")).toInt(), 0);
        QVERIFY(none.json.value(QLatin1StringView("byAction")).toArray().isEmpty());
    }

    void csvFieldQuoting()
    {
        QCOMPARE(AuditService::csvField(QStringLiteral("simple")), QByteArray("simple"));
        QCOMPARE(AuditService::csvField(QStringLiteral("a;b")), QByteArray("\"a;b\""));
        QCOMPARE(AuditService::csvField(QStringLiteral("dit \"oui\"")), QByteArray("\"dit \"\"oui\"\"\""));
        QCOMPARE(AuditService::csvField(QStringLiteral("deux\nlignes")), QByteArray("\"deux\nlignes\""));
        QCOMPARE(AuditService::csvField(QStringLiteral("Élodie")), QStringLiteral("Élodie").toUtf8());
    }

    void csvExport()
    {
        const auto u = newUser(QStringLiteral("csv"), Role::Commercial);
        const QString tricky = QStringLiteral("Hélène; \"la\"\nseconde");
        QCOMPARE(patch(QStringLiteral("/api/admin/users/") + u.first, QJsonObject{{QStringLiteral("lastName"), tricky}},
                       m_admin)
                     .status,
                 200);
        const HttpReply r = m_http->get(QStringLiteral("/api/admin/audit-logs/export.csv?entityType=user&action=UPDATE"),
                                        m_admin);
        QCOMPARE(r.status, 200);
        QVERIFY(r.headers.value("content-type").startsWith("text/csv"));
        QVERIFY(r.headers.value("content-disposition").contains("journal-audit.csv"));
        QVERIFY(r.body.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(r.body.mid(3));
        QVERIFY2(text.startsWith(QStringLiteral("Date (UTC);Utilisateur;Nom;Action;Type d'objet;Identifiant;"
                                                "Modifications;Adresse IP\r\n")),
                 qPrintable(text.left(200)));
        // Parse RFC 4180 with ';' and find the row of our user.
        QList<QStringList> rows;
        QStringList fields;
        QString field;
        bool quoted = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (quoted) {
                if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else if (c == u'"') {
                    quoted = false;
                } else {
                    field += c;
                }
            } else if (c == u'"') {
                quoted = true;
            } else if (c == u';') {
                fields << field;
                field.clear();
            } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
                fields << field;
                field.clear();
                rows << fields;
                fields.clear();
                ++i;
            } else {
                field += c;
            }
        }
        QVERIFY(!quoted);
        QVERIFY(fields.isEmpty() && field.isEmpty());
        QStringList mine;
        for (const QStringList &row : rows) {
            QCOMPARE(row.size(), 8);
            if (row.at(5) == u.first)
                mine = row;
        }
        QVERIFY(!mine.isEmpty());
        QCOMPARE(mine.at(1), m_adminEmail);
        QCOMPARE(mine.at(3), QStringLiteral("UPDATE"));
        QCOMPARE(mine.at(7), QStringLiteral("127.0.0.1"));
        const QJsonObject changes = QJsonDocument::fromJson(mine.at(6).toUtf8()).object();
        QCOMPARE(changes.value(QLatin1StringView("lastName")).toObject().value(QLatin1StringView("new")).toString(),
                 tricky);
        QCOMPARE(rows.size() - 1,
                 m_http->get(QStringLiteral("/api/admin/audit-logs?entityType=user&action=UPDATE"), m_admin)
                     .json.value(QLatin1StringView("total"))
                     .toInt());
    }
};

QTEST_GUILESS_MAIN(TestAdminUsers)
#include "tst_admin_users.moc"
