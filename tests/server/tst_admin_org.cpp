// Integration tests of modules 3 (organisation, entities, stats) and 4 (teams) against a real
// server and PostgreSQL: hierarchy rules, deletion guard, audit, and row-level security scopes.
#include "HttpTestClient.h"
#include "db/Database.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QtTest>

using namespace hector;
using namespace hector::test;

namespace {
const QString kPassword = QStringLiteral("Secur1te-Hector");

QJsonObject findById(const QJsonArray &list, const QString &id)
{
    for (const QJsonValue &v : list) {
        if (v.toObject().value(QLatin1StringView("id")).toString() == id)
            return v.toObject();
    }
    return {};
}
} // namespace

class TestAdminOrg : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<HttpTestClient> m_http;
    QString m_adminId, m_frManagerId, m_frCommercialId, m_luCommercialId, m_luManagerId;
    QString m_admin, m_frManager, m_frCommercial, m_luManager; // tokens

    HttpReply send(const QByteArray &verb, const QString &path, const QString &token, const QJsonObject &body = {})
    {
        return m_http->send(verb, path, body, token);
    }
    int auditRows(const QString &action, const QString &type, const QString &id)
    {
        auto r = m_server.execOwner(QStringLiteral("SELECT count(*) AS n FROM audit_logs WHERE action = $1 AND "
                                                   "entity_type = $2 AND entity_id = $3 AND changes IS NOT NULL"),
                                    {action, type, id});
        return r ? int(r->toInt(0, "n")) : -1;
    }
    QString makeTeam(const QString &token, const QString &name, const QString &entityId, const QString &parent = {})
    {
        QJsonObject body{{QStringLiteral("name"), name}, {QStringLiteral("entityId"), entityId}};
        if (!parent.isEmpty())
            body.insert(QStringLiteral("parentTeamId"), parent);
        const HttpReply r = send("POST", QStringLiteral("/api/admin/teams"), token, body);
        if (r.status != 201)
            qWarning() << "team creation failed" << r.status << r.body;
        return r.json.value(QLatin1StringView("team")).toObject().value(QLatin1StringView("id")).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), "the test server must start (embedded PostgreSQL)");
        m_http = std::make_unique<HttpTestClient>(m_server.baseUrl());
        m_adminId = m_server.createUser(QStringLiteral("admin@adsgroup-security.com"), kPassword, Role::Admin);
        m_frManagerId = m_server.createUser(QStringLiteral("manager.fr@adsgroup-security.com"), kPassword, Role::Manager);
        m_frCommercialId = m_server.createUser(QStringLiteral("commercial.fr@adsgroup-security.com"), kPassword,
                                               Role::Commercial);
        m_luCommercialId = m_server.createUser(QStringLiteral("commercial.lu@adsgroup-security.com"), kPassword,
                                               Role::Commercial, QStringLiteral("LU"));
        m_luManagerId = m_server.createUser(QStringLiteral("manager.lu@adsgroup-security.com"), kPassword,
                                            Role::Manager, QStringLiteral("LU"));
        m_server.createUser(QStringLiteral("inactive.lu@adsgroup-security.com"), kPassword, Role::Commercial,
                            QStringLiteral("LU"), false);
        QVERIFY(!m_luManagerId.isEmpty());
        m_admin = m_server.accessToken(QStringLiteral("admin@adsgroup-security.com"), kPassword);
        m_frManager = m_server.accessToken(QStringLiteral("manager.fr@adsgroup-security.com"), kPassword);
        m_frCommercial = m_server.accessToken(QStringLiteral("commercial.fr@adsgroup-security.com"), kPassword);
        m_luManager = m_server.accessToken(QStringLiteral("manager.lu@adsgroup-security.com"), kPassword);
        QVERIFY(!m_admin.isEmpty() && !m_frManager.isEmpty() && !m_frCommercial.isEmpty() && !m_luManager.isEmpty());
        for (int i = 0; i < 3; ++i)
            QVERIFY(!m_server.createProspect(QStringLiteral("LU"), {{QStringLiteral("status"), QStringLiteral("nouveau")}}).isEmpty());
        QVERIFY(!m_server.createProspect(QStringLiteral("LU"), {{QStringLiteral("status"), QStringLiteral("gagne")}}).isEmpty());
        QVERIFY(!m_server.createProspect(QStringLiteral("FR"), {{QStringLiteral("status"), QStringLiteral("nouveau")}}).isEmpty());
    }
    void cleanupTestCase() { m_server.stop(); }

    void organizationReadAndRename()
    {
        HttpReply r = send("GET", QStringLiteral("/api/admin/organizations"), m_admin);
        QCOMPARE(r.status, 200);
        const QJsonArray orgs = r.json.value(QLatin1StringView("organizations")).toArray();
        QCOMPARE(orgs.size(), 1);
        const QString id = orgs.at(0).toObject().value(QLatin1StringView("id")).toString();
        QCOMPARE(id, m_server.organizationId());
        QVERIFY(orgs.at(0).toObject().value(QLatin1StringView("entityCount")).toInt() >= 3);

        QCOMPARE(send("GET", QStringLiteral("/api/admin/organizations"), m_frManager).status, 403);
        QCOMPARE(send("PUT", QStringLiteral("/api/admin/organizations/") + id, m_frManager,
                      {{QStringLiteral("name"), QStringLiteral("Piratée")}}).status, 403);
        r = send("PUT", QStringLiteral("/api/admin/organizations/") + id, m_admin,
                 {{QStringLiteral("name"), QStringLiteral("ADS Group Sécurité")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1StringView("organization")).toObject().value(QLatin1StringView("name")).toString(),
                 QStringLiteral("ADS Group Sécurité"));
        QCOMPARE(auditRows(QStringLiteral("UPDATE"), QStringLiteral("organization"), id), 1);
        // RLS: even a direct statement of a manager changes nothing.
        auto direct = m_server.execAs(m_frManagerId, QStringLiteral("UPDATE organizations SET name = 'x'"));
        QVERIFY(direct);
        QCOMPARE(direct->affectedRows(), 0);
        QCOMPARE(send("GET", QStringLiteral("/api/admin/organizations/") + QUuid::createUuid().toString(QUuid::WithoutBraces),
                      m_admin).status, 404);
    }

    void entityHierarchyLevelsAndCycles()
    {
        const QString fr = m_server.entityId(QStringLiteral("FR"));
        HttpReply r = send("POST", QStringLiteral("/api/admin/entities"), m_admin,
                           {{QStringLiteral("name"), QStringLiteral("Hauts-de-France")},
                            {QStringLiteral("countryCode"), QStringLiteral("FR")},
                            {QStringLiteral("parentId"), fr}});
        QCOMPARE(r.status, 201);
        const QJsonObject region = r.json.value(QLatin1StringView("entity")).toObject();
        const QString regionId = region.value(QLatin1StringView("id")).toString();
        QCOMPARE(region.value(QLatin1StringView("level")).toInt(), 1);
        QCOMPARE(auditRows(QStringLiteral("CREATE"), QStringLiteral("entity"), regionId), 1);

        r = send("POST", QStringLiteral("/api/admin/entities"), m_admin,
                 {{QStringLiteral("name"), QStringLiteral("Agence de Lille")},
                  {QStringLiteral("countryCode"), QStringLiteral("FR")},
                  {QStringLiteral("parentId"), regionId}});
        QCOMPARE(r.status, 201);
        const QString lilleId = r.json.value(QLatin1StringView("entity")).toObject().value(QLatin1StringView("id")).toString();
        QCOMPARE(r.json.value(QLatin1StringView("entity")).toObject().value(QLatin1StringView("level")).toInt(), 2);

        // Not an admin, duplicate name, bad country.
        QCOMPARE(send("POST", QStringLiteral("/api/admin/entities"), m_frManager,
                      {{QStringLiteral("name"), QStringLiteral("X")}, {QStringLiteral("countryCode"), QStringLiteral("FR")}}).status,
                 403);
        r = send("POST", QStringLiteral("/api/admin/entities"), m_admin,
                 {{QStringLiteral("name"), QStringLiteral("agence de lille")}, {QStringLiteral("countryCode"), QStringLiteral("FR")}});
        QCOMPARE(r.status, 409);
        QVERIFY(r.errorMessage().contains(QStringLiteral("« agence de lille »")));
        QCOMPARE(send("POST", QStringLiteral("/api/admin/entities"), m_admin,
                      {{QStringLiteral("name"), QStringLiteral("Agence DE")}, {QStringLiteral("countryCode"), QStringLiteral("DE")}}).status,
                 422);

        // Cycles: onto itself, onto a descendant.
        r = send("PUT", QStringLiteral("/api/admin/entities/") + regionId, m_admin, {{QStringLiteral("parentId"), lilleId}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_hierarchy"));
        QCOMPARE(send("PUT", QStringLiteral("/api/admin/entities/") + regionId, m_admin, {{QStringLiteral("parentId"), regionId}}).status,
                 422);

        // Moving the region to the top level re-levels its subtree.
        r = send("PUT", QStringLiteral("/api/admin/entities/") + regionId, m_admin,
                 {{QStringLiteral("parentId"), QJsonValue::Null}, {QStringLiteral("name"), QStringLiteral("Région Nord")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1StringView("entity")).toObject().value(QLatin1StringView("level")).toInt(), 0);
        const QJsonArray list = send("GET", QStringLiteral("/api/organization/entities"), m_admin)
                                    .json.value(QLatin1StringView("entities")).toArray();
        QCOMPARE(findById(list, lilleId).value(QLatin1StringView("level")).toInt(), 1);
        QCOMPARE(findById(list, regionId).value(QLatin1StringView("name")).toString(), QStringLiteral("Région Nord"));
        auto audit = m_server.execOwner(QStringLiteral("SELECT changes->'name'->>'old' AS o, changes->'name'->>'new' AS n "
                                                       "FROM audit_logs WHERE action = 'UPDATE' AND entity_id = $1"),
                                        {regionId});
        QVERIFY(audit && audit->rows() == 1);
        QCOMPARE(audit->text(0, "o"), QStringLiteral("Hauts-de-France"));
        QCOMPARE(audit->text(0, "n"), QStringLiteral("Région Nord"));
        // Back under France: levels 1 and 2 again.
        QCOMPARE(send("PUT", QStringLiteral("/api/admin/entities/") + regionId, m_admin, {{QStringLiteral("parentId"), fr}}).status, 200);
        auto levels = m_server.execOwner(QStringLiteral("SELECT level FROM entities WHERE id = $1::uuid"), {lilleId});
        QCOMPARE(levels->toInt(0, "level"), 2);

        // Deleting: the region has a sub-entity, Lille is empty.
        r = send("DELETE", QStringLiteral("/api/admin/entities/") + regionId, m_admin);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("entity_in_use"));
        r = send("DELETE", QStringLiteral("/api/admin/entities/") + lilleId, m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(auditRows(QStringLiteral("DELETE"), QStringLiteral("entity"), lilleId), 1);
        QCOMPARE(send("DELETE", QStringLiteral("/api/admin/entities/") + lilleId, m_admin).status, 404);
        QCOMPARE(send("DELETE", QStringLiteral("/api/admin/entities/not-a-uuid"), m_admin).status, 404);
        QCOMPARE(send("DELETE", QStringLiteral("/api/admin/entities/") + regionId, m_admin).status, 200);
    }

    void deletionBlockedWhenUsed()
    {
        const HttpReply r = send("DELETE", QStringLiteral("/api/admin/entities/") + m_server.entityId(QStringLiteral("LU")), m_admin);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("entity_in_use"));
        QVERIFY2(r.errorMessage().contains(QStringLiteral("3 utilisateur(s)")), qPrintable(r.errorMessage()));
        QVERIFY2(r.errorMessage().contains(QStringLiteral("4 prospect(s)")), qPrintable(r.errorMessage()));
        QCOMPARE(r.json.value(QLatin1StringView("error")).toObject().value(QLatin1StringView("users")).toInt(), 3);
        // Not deleted.
        auto n = m_server.execOwner(QStringLiteral("SELECT count(*) AS n FROM entities WHERE id = $1::uuid"),
                                    {m_server.entityId(QStringLiteral("LU"))});
        QCOMPARE(n->toInt(0, "n"), 1);
    }

    void statsScoped()
    {
        const QString lu = m_server.entityId(QStringLiteral("LU"));
        HttpReply r = send("GET", QStringLiteral("/api/organization/stats"), m_admin);
        QCOMPARE(r.status, 200);
        QJsonObject luStats = findById(r.json.value(QLatin1StringView("entities")).toArray(), lu);
        QCOMPARE(luStats.value(QLatin1StringView("users")).toInt(), 3);
        QCOMPARE(luStats.value(QLatin1StringView("activeUsers")).toInt(), 2);
        QCOMPARE(luStats.value(QLatin1StringView("prospects")).toInt(), 4);
        QCOMPARE(luStats.value(QLatin1StringView("prospectsByStatus")).toObject().value(QLatin1StringView("nouveau")).toInt(), 3);
        QCOMPARE(luStats.value(QLatin1StringView("countryCode")).toString(), QStringLiteral("LU"));

        // A France manager: France only, no Luxembourg numbers.
        r = send("GET", QStringLiteral("/api/organization/stats"), m_frManager);
        QCOMPARE(r.status, 200);
        const QJsonArray frList = r.json.value(QLatin1StringView("entities")).toArray();
        QVERIFY(!frList.isEmpty());
        QVERIFY(findById(frList, lu).isEmpty());
        for (const QJsonValue &v : frList)
            QCOMPARE(v.toObject().value(QLatin1StringView("countryCode")).toString(), QStringLiteral("FR"));
        // Same at the database level, for the manager's context.
        auto direct = m_server.execAs(m_frManagerId, QStringLiteral("SELECT count(*) AS n FROM prospects WHERE entity_id = $1::uuid"), {lu});
        QVERIFY(direct);
        QCOMPARE(direct->toInt(0, "n"), 0);
        auto scope = m_server.execAs(m_frManagerId, QStringLiteral("SELECT count(*) AS n FROM hector_readable_entities() e "
                                                                   "WHERE e = $1::uuid"), {lu});
        QCOMPARE(scope->toInt(0, "n"), 0);
        // Commercials have no statistics.
        QCOMPARE(send("GET", QStringLiteral("/api/organization/stats"), m_frCommercial).status, 403);
    }

    void teamCrudHierarchyMembersObjectives()
    {
        const QString fr = m_server.entityId(QStringLiteral("FR"));
        const QString sales = makeTeam(m_frManager, QStringLiteral("Ventes Nord"), fr);
        QVERIFY(!sales.isEmpty());
        QCOMPARE(auditRows(QStringLiteral("CREATE"), QStringLiteral("team"), sales), 1);
        const QString sub = makeTeam(m_frManager, QStringLiteral("Ventes Lille"), fr, sales);
        QVERIFY(!sub.isEmpty());

        // Hierarchy: no cycle, no self parent.
        HttpReply r = send("PUT", QStringLiteral("/api/admin/teams/") + sales, m_frManager, {{QStringLiteral("parentTeamId"), sub}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_hierarchy"));
        QCOMPARE(send("PUT", QStringLiteral("/api/admin/teams/") + sales, m_frManager, {{QStringLiteral("parentTeamId"), sales}}).status, 422);
        r = send("PUT", QStringLiteral("/api/admin/teams/") + sub, m_frManager, {{QStringLiteral("name"), QStringLiteral("Ventes Métropole")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1StringView("team")).toObject().value(QLatin1StringView("parentTeamId")).toString(), sales);
        QCOMPARE(auditRows(QStringLiteral("UPDATE"), QStringLiteral("team"), sub), 1);
        QCOMPARE(makeTeam(m_frManager, QStringLiteral("Ventes Nord"), fr), QString()); // duplicate name

        // Members: users of the entity only.
        r = send("GET", QStringLiteral("/api/admin/teams/") + sales + QStringLiteral("/candidates"), m_frManager);
        QCOMPARE(r.status, 200);
        bool frFound = false;
        for (const QJsonValue &v : r.json.value(QLatin1StringView("users")).toArray()) {
            QVERIFY(v.toObject().value(QLatin1StringView("userId")).toString() != m_luCommercialId);
            frFound = frFound || v.toObject().value(QLatin1StringView("userId")).toString() == m_frCommercialId;
        }
        QVERIFY(frFound);
        r = send("POST", QStringLiteral("/api/admin/teams/") + sales + QStringLiteral("/members"), m_frManager,
                 {{QStringLiteral("userId"), m_frCommercialId}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(QLatin1StringView("team")).toObject().value(QLatin1StringView("members")).toArray().size(), 1);
        QCOMPARE(auditRows(QStringLiteral("CREATE"), QStringLiteral("team_member"), sales), 1);
        r = send("POST", QStringLiteral("/api/admin/teams/") + sales + QStringLiteral("/members"), m_frManager,
                 {{QStringLiteral("userId"), m_luCommercialId}});
        QCOMPARE(r.status, 422);

        // Objectives.
        r = send("PUT", QStringLiteral("/api/admin/teams/") + sales + QStringLiteral("/objectives/2026-03"), m_frManager,
                 {{QStringLiteral("revenueEur"), 125000.5}, {QStringLiteral("rdvCount"), 40}, {QStringLiteral("signaturesCount"), 12}});
        QCOMPARE(r.status, 200);
        QCOMPARE(send("PUT", QStringLiteral("/api/admin/teams/") + sales + QStringLiteral("/objectives/2026-13"), m_frManager,
                      {{QStringLiteral("revenueEur"), 1}, {QStringLiteral("rdvCount"), 1}, {QStringLiteral("signaturesCount"), 1}}).status,
                 422);
        QCOMPARE(send("PUT", QStringLiteral("/api/admin/teams/") + sales + QStringLiteral("/objectives/2026-04"), m_frManager,
                      {{QStringLiteral("revenueEur"), -5}, {QStringLiteral("rdvCount"), 1}, {QStringLiteral("signaturesCount"), 1}}).status,
                 422);
        r = send("PUT", QStringLiteral("/api/admin/teams/") + sales + QStringLiteral("/objectives/2026-03"), m_frManager,
                 {{QStringLiteral("revenueEur"), 130000}, {QStringLiteral("rdvCount"), 45}, {QStringLiteral("signaturesCount"), 15}});
        QCOMPARE(r.status, 200);
        r = send("GET", QStringLiteral("/api/admin/teams/") + sales, m_frCommercial); // a member reads their team
        QCOMPARE(r.status, 200);
        const QJsonArray objectives = r.json.value(QLatin1StringView("team")).toObject().value(QLatin1StringView("objectives")).toArray();
        QCOMPARE(objectives.size(), 1);
        QCOMPARE(objectives.at(0).toObject().value(QLatin1StringView("month")).toString(), QStringLiteral("2026-03"));
        QCOMPARE(objectives.at(0).toObject().value(QLatin1StringView("revenueEur")).toDouble(), 130000.0);
        QCOMPARE(objectives.at(0).toObject().value(QLatin1StringView("rdvCount")).toInt(), 45);
        auto objAudit = m_server.execOwner(QStringLiteral("SELECT changes->'objective'->'old'->>'rdvCount' AS o FROM audit_logs "
                                                          "WHERE entity_type = 'team_objective' AND entity_id = $1 ORDER BY id DESC LIMIT 1"),
                                           {sales});
        QCOMPARE(objAudit->text(0, "o"), QStringLiteral("40"));
        r = send("GET", QStringLiteral("/api/admin/teams/stats?month=2026-03"), m_frManager);
        QCOMPARE(r.status, 200);
        QCOMPARE(findById(r.json.value(QLatin1StringView("teams")).toArray(), sales)
                     .value(QLatin1StringView("objective")).toObject().value(QLatin1StringView("signaturesCount")).toInt(), 15);
        // The member cannot change it.
        QCOMPARE(send("PUT", QStringLiteral("/api/admin/teams/") + sales, m_frCommercial, {{QStringLiteral("name"), QStringLiteral("x")}}).status,
                 403);
        // A commercial outside sees nothing of the team.
        QVERIFY(findById(send("GET", QStringLiteral("/api/admin/teams"), m_frCommercial).json.value(QLatin1StringView("teams")).toArray(), sub).isEmpty());

        // Delete: blocked while it has a sub-team; the answer is the full team (for an undo).
        r = send("DELETE", QStringLiteral("/api/admin/teams/") + sales, m_frManager);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("team_in_use"));
        QCOMPARE(send("DELETE", QStringLiteral("/api/admin/teams/") + sub, m_frManager).status, 200);
        r = send("DELETE", QStringLiteral("/api/admin/teams/") + sales, m_frManager);
        QCOMPARE(r.status, 200);
        QCOMPARE(auditRows(QStringLiteral("DELETE"), QStringLiteral("team"), sales), 1);
        const QJsonObject deleted = r.json.value(QLatin1StringView("team")).toObject();
        // Undo: recreated with members and objectives.
        QJsonObject again{{QStringLiteral("name"), deleted.value(QLatin1StringView("name"))},
                          {QStringLiteral("entityId"), deleted.value(QLatin1StringView("entityId"))},
                          {QStringLiteral("members"), deleted.value(QLatin1StringView("members"))},
                          {QStringLiteral("objectives"), deleted.value(QLatin1StringView("objectives"))}};
        r = send("POST", QStringLiteral("/api/admin/teams"), m_frManager, again);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(QLatin1StringView("team")).toObject().value(QLatin1StringView("members")).toArray().size(), 1);
        QCOMPARE(r.json.value(QLatin1StringView("team")).toObject().value(QLatin1StringView("objectives")).toArray().size(), 1);
        const QString restored = r.json.value(QLatin1StringView("team")).toObject().value(QLatin1StringView("id")).toString();
        QCOMPARE(send("DELETE", QStringLiteral("/api/admin/teams/") + restored + QStringLiteral("/members/") + m_frCommercialId,
                      m_frManager).status, 200);
        QCOMPARE(auditRows(QStringLiteral("DELETE"), QStringLiteral("team_member"), restored), 1);
    }

    void teamsRowLevelSecurity()
    {
        const QString lu = m_server.entityId(QStringLiteral("LU"));
        const QString fr = m_server.entityId(QStringLiteral("FR"));
        const QString luTeam = makeTeam(m_luManager, QStringLiteral("Équipe Luxembourg"), lu);
        QVERIFY(!luTeam.isEmpty());
        QCOMPARE(send("PUT", QStringLiteral("/api/admin/teams/") + luTeam + QStringLiteral("/objectives/2026-05"), m_luManager,
                      {{QStringLiteral("revenueEur"), 1000}, {QStringLiteral("rdvCount"), 2}, {QStringLiteral("signaturesCount"), 1}}).status,
                 200);

        // France manager: cannot create in Luxembourg, cannot see or change the Luxembourg team.
        QJsonObject crafted{{QStringLiteral("name"), QStringLiteral("Intrus")}, {QStringLiteral("entityId"), lu}};
        QCOMPARE(send("POST", QStringLiteral("/api/admin/teams"), m_frManager, crafted).status, 403);
        QVERIFY(findById(send("GET", QStringLiteral("/api/admin/teams"), m_frManager).json.value(QLatin1StringView("teams")).toArray(), luTeam).isEmpty());
        QCOMPARE(send("GET", QStringLiteral("/api/admin/teams/") + luTeam, m_frManager).status, 404);
        QCOMPARE(send("PUT", QStringLiteral("/api/admin/teams/") + luTeam, m_frManager, {{QStringLiteral("name"), QStringLiteral("Volée")}}).status, 404);
        QCOMPARE(send("DELETE", QStringLiteral("/api/admin/teams/") + luTeam, m_frManager).status, 404);
        QCOMPARE(send("POST", QStringLiteral("/api/admin/teams/") + luTeam + QStringLiteral("/members"), m_frManager,
                      {{QStringLiteral("userId"), m_frCommercialId}}).status, 404);
        QCOMPARE(send("PUT", QStringLiteral("/api/admin/teams/") + luTeam + QStringLiteral("/objectives/2026-05"), m_frManager,
                      {{QStringLiteral("revenueEur"), 1}, {QStringLiteral("rdvCount"), 1}, {QStringLiteral("signaturesCount"), 1}}).status,
                 404);
        // Moving a France team into Luxembourg is refused too.
        const QString frTeam = makeTeam(m_frManager, QStringLiteral("Équipe Paris"), fr);
        QCOMPARE(send("PUT", QStringLiteral("/api/admin/teams/") + frTeam, m_frManager, {{QStringLiteral("entityId"), lu}}).status, 403);

        // Straight SQL in the France manager's context: nothing visible, nothing changed.
        auto read = m_server.execAs(m_frManagerId, QStringLiteral("SELECT count(*) AS n FROM teams WHERE id = $1::uuid"), {luTeam});
        QVERIFY(read);
        QCOMPARE(read->toInt(0, "n"), 0);
        auto objectives = m_server.execAs(m_frManagerId, QStringLiteral("SELECT count(*) AS n FROM team_objectives WHERE team_id = $1::uuid"), {luTeam});
        QCOMPARE(objectives->toInt(0, "n"), 0);
        auto update = m_server.execAs(m_frManagerId, QStringLiteral("UPDATE teams SET name = 'Volée' WHERE id = $1::uuid"), {luTeam});
        QVERIFY(update);
        QCOMPARE(update->affectedRows(), 0);
        auto upd = m_server.execAs(m_frManagerId, QStringLiteral("UPDATE team_objectives SET rdv_count = 999 WHERE team_id = $1::uuid"), {luTeam});
        QCOMPARE(upd->affectedRows(), 0);
        auto insert = m_server.execAs(m_frManagerId, QStringLiteral("INSERT INTO team_members (team_id, user_id) VALUES ($1::uuid, $2::uuid)"),
                                      {luTeam, m_frCommercialId});
        QVERIFY(!insert);
        auto steal = m_server.execAs(m_frManagerId, QStringLiteral("UPDATE teams SET entity_id = $1::uuid WHERE id = $2::uuid"), {lu, frTeam});
        QVERIFY(!steal); // WITH CHECK refuses moving a team out of the manager's scope
        auto ins = m_server.execAs(m_frManagerId, QStringLiteral("INSERT INTO teams (organization_id, entity_id, name) "
                                                                 "VALUES ($1::uuid, $2::uuid, 'Intrus SQL')"),
                                   {m_server.organizationId(), lu});
        QVERIFY(!ins);
        // The Luxembourg team is intact.
        auto name = m_server.execOwner(QStringLiteral("SELECT name FROM teams WHERE id = $1::uuid"), {luTeam});
        QCOMPARE(name->text(0, "name"), QStringLiteral("Équipe Luxembourg"));
        auto obj = m_server.execOwner(QStringLiteral("SELECT rdv_count FROM team_objectives WHERE team_id = $1::uuid"), {luTeam});
        QCOMPARE(obj->toInt(0, "rdv_count"), 2);
        // The admin sees both.
        const QJsonArray all = send("GET", QStringLiteral("/api/admin/teams"), m_admin).json.value(QLatin1StringView("teams")).toArray();
        QVERIFY(!findById(all, luTeam).isEmpty());
        QVERIFY(!findById(all, frTeam).isEmpty());
        // An entity with a team cannot be deleted.
        const HttpReply r = send("DELETE", QStringLiteral("/api/admin/entities/") + lu, m_admin);
        QVERIFY(r.errorMessage().contains(QStringLiteral("1 équipe(s)")));
    }
};

QTEST_GUILESS_MAIN(TestAdminOrg)
#include "tst_admin_org.moc"
