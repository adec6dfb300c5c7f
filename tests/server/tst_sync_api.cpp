// Integration tests of the sync engine's server side (docs/sync.md) against a real server and
// PostgreSQL: row-level security, snapshot, change feed, push, live notifications.
#include "HttpTestClient.h"
#include "core/sync/SyncSchema.h"
#include "db/Database.h"
#include "server/ServerApp.h"
#include "services/Clock.h"
#include "services/SyncLive.h"
#include "tests/support/TestServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QUuid>
#include <QWebSocket>
#include <QtTest>

using namespace hector;
using namespace hector::server;
using namespace hector::test;

namespace {
const QString kPassword = QStringLiteral("Secur1te-Hector");



QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

// A client replica in memory: what snapshot + pulls have delivered, per table and id.
struct Replica
{
    QString cursor;
    qint64 scopeVersion = 0;
    QHash<QString, QHash<QString, QJsonObject>> tables;

    QSet<QString> ids(const QString &table) const
    {
        QSet<QString> out;
        const auto rows = tables.value(table);
        for (auto it = rows.begin(); it != rows.end(); ++it)
            out.insert(it.key());
        return out;
    }
    QJsonObject row(const QString &table, const QString &id) const { return tables.value(table).value(id); }
};

QJsonObject zip(const QJsonArray &columns, const QJsonArray &row)
{
    QJsonObject out;
    for (qsizetype i = 0; i < columns.size(); ++i)
        out.insert(columns.at(i).toString(), row.at(i));
    return out;
}

QJsonObject mutation(qint64 mid, const QString &op, const QString &id, const QJsonObject &fields = {},
                     const QJsonObject &base = {}, const QDateTime &at = QDateTime::currentDateTimeUtc(),
                     const QString &table = QStringLiteral("prospects"))
{
    QJsonObject m{{QStringLiteral("mid"), mid},
                  {QStringLiteral("table"), table},
                  {QStringLiteral("op"), op},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("at"), iso(at)}};
    if (op == QLatin1String("upsert")) {
        m.insert(QStringLiteral("fields"), fields);
        if (!base.isEmpty())
            m.insert(QStringLiteral("base"), base);
    }
    return m;
}
} // namespace

class TestSyncApi : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<HttpTestClient> m_http;
    QString m_frCommercial, m_frCommercial2, m_frManager, m_frAssistant, m_luCommercial, m_beManager, m_admin,
        m_president, m_otherOrgUser;
    QHash<QString, QString> m_emails; // user id -> email
    int m_counter = 0;

    QString user(const QString &prefix, Role role, const QString &country)
    {
        const QString email = QStringLiteral("%1.%2@adsgroup-security.com").arg(prefix).arg(++m_counter);
        const QString id = m_server.createUser(email, kPassword, role, country);
        m_emails.insert(id, email);
        return id;
    }
    QString token(const QString &userId) { return m_server.accessToken(m_emails.value(userId), kPassword); }

    QString schemaParam() const { return QString::number(sync::kSyncSchemaVersion); }

    HttpReply startSnapshot(const QString &tok)
    {
        return m_http->post(QStringLiteral("/api/sync/snapshot/start"),
                            QJsonObject{{QStringLiteral("schemaVersion"), sync::kSyncSchemaVersion}}, tok);
    }
    HttpReply page(const QString &tok, const QString &table, const QString &after, int limit)
    {
        return m_http->get(QStringLiteral("/api/sync/snapshot?table=%1&after=%2&limit=%3&schemaVersion=%4")
                               .arg(table, after)
                               .arg(limit)
                               .arg(schemaParam()),
                           tok);
    }
    HttpReply pullOnce(const QString &tok, const QString &cursor, qint64 scope, int limit = 1000)
    {
        return m_http->get(QStringLiteral("/api/sync/pull?cursor=%1&limit=%2&scopeVersion=%3&schemaVersion=%4")
                               .arg(cursor)
                               .arg(limit)
                               .arg(scope)
                               .arg(schemaParam()),
                           tok);
    }
    HttpReply push(const QString &tok, const QString &clientId, const QJsonArray &mutations)
    {
        return m_http->post(QStringLiteral("/api/sync/push"),
                            QJsonObject{{QStringLiteral("clientId"), clientId},
                                        {QStringLiteral("schemaVersion"), sync::kSyncSchemaVersion},
                                        {QStringLiteral("mutations"), mutations}},
                            tok);
    }

    // Full snapshot, as a client does it (pages of `pageSize`).
    Replica snapshot(const QString &tok, int pageSize = 5000)
    {
        Replica r;
        const HttpReply start = startSnapshot(tok);
        if (start.status != 200) {
            qWarning() << "snapshot/start" << start.status << start.body;
            return r;
        }
        r.cursor = str(start.json, "cursor");
        r.scopeVersion = start.json.value(QLatin1StringView("scopeVersion")).toInteger();
        const QJsonArray tables = start.json.value(QLatin1StringView("tables")).toArray();
        for (const QJsonValue &t : tables) {
            const QString table = t.toString();
            QString after;
            r.tables[table]; // present even when empty
            for (;;) {
                const HttpReply p = page(tok, table, after, pageSize);
                if (p.status != 200) {
                    qWarning() << "snapshot page" << p.status << p.body;
                    return Replica{};
                }
                const QJsonArray columns = p.json.value(QLatin1StringView("columns")).toArray();
                const QJsonArray rows = p.json.value(QLatin1StringView("rows")).toArray();
                for (const QJsonValue &row : rows) {
                    const QJsonObject o = zip(columns, row.toArray());
                    r.tables[table].insert(str(o, "id"), o);
                }
                if (p.json.value(QLatin1StringView("done")).toBool() || rows.isEmpty())
                    break;
                after = str(p.json, "last");
            }
        }
        return r;
    }

    // Pulls until `more` is false, applying the changes. Returns false on resync or error.
    bool pull(Replica &r, const QString &tok, QList<QJsonObject> *changes = nullptr, int limit = 1000)
    {
        for (int guard = 0; guard < 1000; ++guard) {
            const HttpReply p = pullOnce(tok, r.cursor, r.scopeVersion, limit);
            if (p.status != 200) {
                qWarning() << "pull" << p.status << p.body;
                return false;
            }
            if (p.json.value(QLatin1StringView("resync")).toBool()) {
                r.scopeVersion = p.json.value(QLatin1StringView("scopeVersion")).toInteger();
                return false;
            }
            const QJsonObject columns = p.json.value(QLatin1StringView("columns")).toObject();
            const QJsonArray list = p.json.value(QLatin1StringView("changes")).toArray();
            for (const QJsonValue &v : list) {
                const QJsonObject c = v.toObject();
                if (changes)
                    changes->append(c);
                const QString table = str(c, "table");
                if (str(c, "op") == QLatin1String("delete")) {
                    r.tables[table].remove(str(c, "id"));
                } else {
                    r.tables[table].insert(str(c, "id"),
                                           zip(columns.value(table).toArray(), c.value(QLatin1StringView("row")).toArray()));
                }
            }
            r.cursor = str(p.json, "cursor");
            if (!p.json.value(QLatin1StringView("more")).toBool())
                return true;
        }
        return false;
    }

    // Ids of `table` the user reads through direct SQL as hector_app with their context.
    QSet<QString> directIds(const QString &userId, const QString &table)
    {
        auto r = m_server.execAs(userId, QStringLiteral("SELECT id::text AS id FROM %1").arg(table));
        QSet<QString> out;
        if (!r) {
            qWarning() << "directIds" << r.error().message;
            return out;
        }
        for (int i = 0; i < r->rows(); ++i)
            out.insert(r->text(i, "id"));
        return out;
    }

    QJsonObject ownerRow(const QString &id)
    {
        auto r = m_server.execOwner(QStringLiteral("SELECT entity_id::text AS entity_id, company_name, city, phone, "
                                                   "email, owner_id::text AS owner_id, _field_at::text AS field_at "
                                                   "FROM prospects WHERE id = $1::uuid"),
                                    {id});
        if (!r || r->rows() != 1)
            return {};
        return QJsonObject{{QStringLiteral("entity_id"), r->text(0, "entity_id")},
                           {QStringLiteral("company_name"), r->text(0, "company_name")},
                           {QStringLiteral("city"), r->text(0, "city")},
                           {QStringLiteral("phone"), r->text(0, "phone")},
                           {QStringLiteral("email"), r->text(0, "email")},
                           {QStringLiteral("owner_id"), r->text(0, "owner_id")},
                           {QStringLiteral("field_at"), r->text(0, "field_at")}};
    }

    QJsonObject resultOf(const HttpReply &reply, qint64 mid)
    {
        const QJsonArray results = reply.json.value(QLatin1StringView("results")).toArray();
        for (const QJsonValue &v : results) {
            if (v.toObject().value(QLatin1StringView("mid")).toInteger() == mid)
                return v.toObject();
        }
        return {};
    }

    QJsonObject fullProspect(const QString &entityCountry, const QString &company)
    {
        return QJsonObject{{QStringLiteral("entity_id"), m_server.entityId(entityCountry)},
                           {QStringLiteral("company_name"), company},
                           {QStringLiteral("country_code"), entityCountry},
                           {QStringLiteral("status"), QStringLiteral("nouveau")},
                           {QStringLiteral("city"), QStringLiteral("Lille")},
                           {QStringLiteral("owner_id"), QJsonValue::Null}};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), "the test server must start (embedded PostgreSQL)");
        m_http = std::make_unique<HttpTestClient>(m_server.baseUrl());
        m_frCommercial = user(QStringLiteral("fr.commercial"), Role::Commercial, QStringLiteral("FR"));
        m_frCommercial2 = user(QStringLiteral("fr.commercial2"), Role::Commercial, QStringLiteral("FR"));
        m_frManager = user(QStringLiteral("fr.manager"), Role::Manager, QStringLiteral("FR"));
        m_frAssistant = user(QStringLiteral("fr.assistant"), Role::Assistant, QStringLiteral("FR"));
        m_luCommercial = user(QStringLiteral("lu.commercial"), Role::Commercial, QStringLiteral("LU"));
        m_beManager = user(QStringLiteral("be.manager"), Role::Manager, QStringLiteral("BE"));
        m_admin = user(QStringLiteral("admin"), Role::Admin, QStringLiteral("FR"));
        m_president = user(QStringLiteral("president"), Role::President, QStringLiteral("FR"));
        for (const QString &id : {m_frCommercial, m_frCommercial2, m_frManager, m_frAssistant, m_luCommercial,
                                  m_beManager, m_admin, m_president}) {
            QVERIFY(!id.isEmpty());
        }
        // Another organisation in the same database: invisible to everyone above.
        auto org = m_server.execOwner(QStringLiteral("INSERT INTO organizations (name) VALUES ('Autre Société') RETURNING id"));
        QVERIFY(org.ok());
        auto ent = m_server.execOwner(QStringLiteral("INSERT INTO entities (organization_id, name, country_code) "
                                                     "VALUES ($1, 'France Autre', 'FR') RETURNING id"),
                                      {org->text(0, "id")});
        QVERIFY(ent.ok());
        auto other = m_server.execOwner(QStringLiteral("INSERT INTO users (email, role, organization_id, entity_id) "
                                                       "VALUES ('autre@exemple.fr', 'admin', $1, $2) RETURNING id"),
                                        {org->text(0, "id"), ent->text(0, "id")});
        QVERIFY(other.ok());
        m_otherOrgUser = other->text(0, "id");
        for (int i = 0; i < 3; ++i) {
            for (const QString &country : {QStringLiteral("FR"), QStringLiteral("LU"), QStringLiteral("BE")})
                QVERIFY(!m_server.createProspect(country).isEmpty());
        }
        QVERIFY(!m_server.createProspect(QStringLiteral("FR"), {{QStringLiteral("owner_id"), m_frCommercial}}).isEmpty());
    }
    void cleanupTestCase() { m_server.stop(); }
    void init() { m_server.clock().set(QDateTime::currentDateTimeUtc()); }

    // --- Row-level security -------------------------------------------------------------------

    void runtimeRoleCannotBypassRls()
    {
        auto conn = m_server.database().connection();
        QVERIFY(conn.ok());
        auto who = (*conn)->exec(QStringLiteral("SELECT current_user AS u, r.rolsuper, r.rolbypassrls "
                                                "FROM pg_roles r WHERE r.rolname = current_user"));
        QVERIFY(who.ok());
        QCOMPARE(who->text(0, "u"), QStringLiteral("hector_app"));
        QVERIFY(!who->toBool(0, "rolsuper"));
        QVERIFY(!who->toBool(0, "rolbypassrls"));
        // Without a user context (the authentication path) no prospect, history or log row is visible.
        QCOMPARE((*conn)->exec(QStringLiteral("SELECT count(*) AS n FROM prospects"))->toInt(0, "n"), 0);
        QCOMPARE((*conn)->exec(QStringLiteral("SELECT count(*) AS n FROM sync_log"))->toInt(0, "n"), 0);
        QVERIFY(m_server.execOwner(QStringLiteral("SELECT count(*) AS n FROM prospects"))->toInt(0, "n") > 0);
        // Owner-only tables and append-only audit.
        QCOMPARE((*conn)->exec(QStringLiteral("SELECT * FROM server_keys")).error().code, QStringLiteral("forbidden"));
        QCOMPARE((*conn)->exec(QStringLiteral("DELETE FROM audit_logs")).error().code, QStringLiteral("forbidden"));
        QCOMPARE((*conn)->exec(QStringLiteral("UPDATE audit_logs SET action = 'X'")).error().code,
                 QStringLiteral("forbidden"));
        QVERIFY((*conn)->exec(QStringLiteral("SELECT count(*) FROM audit_logs")).ok());
    }

    void directSqlIsScopedByCountry()
    {
        const QString fr = m_server.entityId(QStringLiteral("FR"));
        const QString lu = m_server.entityId(QStringLiteral("LU"));
        const QString be = m_server.entityId(QStringLiteral("BE"));
        auto entitiesSeen = [this](const QString &userId) {
            QSet<QString> out;
            auto r = m_server.execAs(userId, QStringLiteral("SELECT DISTINCT entity_id::text AS e FROM prospects"));
            for (int i = 0; r && i < r->rows(); ++i)
                out.insert(r->text(i, "e"));
            return out;
        };
        QCOMPARE(entitiesSeen(m_frCommercial), QSet<QString>{fr});
        QCOMPARE(entitiesSeen(m_frManager), QSet<QString>{fr});
        QCOMPARE(entitiesSeen(m_frAssistant), QSet<QString>{fr});
        QCOMPARE(entitiesSeen(m_luCommercial), QSet<QString>{lu});
        QCOMPARE(entitiesSeen(m_beManager), QSet<QString>{be});
        QCOMPARE(entitiesSeen(m_admin), (QSet<QString>{fr, lu, be}));
        QCOMPARE(entitiesSeen(m_president), (QSet<QString>{fr, lu, be}));

        // The change log and the history follow the same scopes.
        auto logScopes = m_server.execAs(
            m_frCommercial, QStringLiteral("SELECT count(*) AS n FROM sync_log WHERE table_name = 'prospects' "
                                           "AND (new_entity_id <> $1::uuid OR new_entity_id IS NULL) "
                                           "AND (old_entity_id <> $1::uuid OR old_entity_id IS NULL)"),
            {fr});
        QVERIFY(logScopes.ok());
        QCOMPARE(logScopes->toInt(0, "n"), 0);
        auto luLog = m_server.execAs(m_luCommercial, QStringLiteral("SELECT count(*) AS n FROM sync_log WHERE "
                                                                    "new_entity_id = $1::uuid"),
                                     {lu});
        QVERIFY(luLog->toInt(0, "n") >= 3);

        // The user directory: own organisation only, even for an admin.
        auto otherOrg = m_server.execAs(m_admin, QStringLiteral("SELECT count(*) AS n FROM users WHERE id = $1::uuid"),
                                        {m_otherOrgUser});
        QCOMPARE(otherOrg->toInt(0, "n"), 0);
        auto otherEntities = m_server.execAs(m_admin, QStringLiteral("SELECT count(*) AS n FROM entities WHERE "
                                                                     "organization_id <> $1::uuid"),
                                             {m_server.organizationId()});
        QCOMPARE(otherEntities->toInt(0, "n"), 0);
    }

    void directSqlCannotWriteOutsideScope()
    {
        const QString luProspect = m_server.createProspect(QStringLiteral("LU"));
        const QString frProspect = m_server.createProspect(QStringLiteral("FR"));
        const QString lu = m_server.entityId(QStringLiteral("LU"));
        // Invisible rows are not updated or deleted...
        auto upd = m_server.execAs(m_frManager, QStringLiteral("UPDATE prospects SET city = 'Piraté' WHERE id = $1::uuid"),
                                   {luProspect});
        QVERIFY(upd.ok());
        QCOMPARE(upd->affectedRows(), 0);
        auto del = m_server.execAs(m_frManager, QStringLiteral("DELETE FROM prospects WHERE id = $1::uuid"), {luProspect});
        QCOMPARE(del->affectedRows(), 0);
        QCOMPARE(str(ownerRow(luProspect), "entity_id"), lu);
        // ... no row can be created or moved into another country's entity ...
        auto ins = m_server.execAs(m_frManager, QStringLiteral("INSERT INTO prospects (entity_id, company_name, country_code) "
                                                               "VALUES ($1::uuid, 'Intrus', 'LU')"),
                                   {lu});
        QCOMPARE(ins.error().code, QStringLiteral("forbidden"));
        auto move = m_server.execAs(m_frManager, QStringLiteral("UPDATE prospects SET entity_id = $2::uuid WHERE id = $1::uuid"),
                                    {frProspect, lu});
        QCOMPARE(move.error().code, QStringLiteral("forbidden"));
        QCOMPARE(str(ownerRow(frProspect), "entity_id"), m_server.entityId(QStringLiteral("FR")));
        // ... the change log cannot be forged, nor history rewritten.
        auto forge = m_server.execAs(m_frManager, QStringLiteral("INSERT INTO sync_log (xid, seq, table_name, row_id, op) "
                                                                 "VALUES (pg_current_xact_id(), 1, 'prospects', $1::uuid, 'D')"),
                                     {luProspect});
        QCOMPARE(forge.error().code, QStringLiteral("forbidden"));
        auto hist = m_server.execAs(m_frManager, QStringLiteral("DELETE FROM record_history"));
        QCOMPARE(hist.error().code, QStringLiteral("forbidden"));
        // A commercial modifies only the prospects they own.
        auto notMine = m_server.execAs(m_frCommercial, QStringLiteral("UPDATE prospects SET city = 'X' WHERE id = $1::uuid"),
                                       {frProspect});
        QCOMPARE(notMine->affectedRows(), 0);
        const QString mine = m_server.createProspect(QStringLiteral("FR"), {{QStringLiteral("owner_id"), m_frCommercial}});
        auto own = m_server.execAs(m_frCommercial, QStringLiteral("UPDATE prospects SET city = 'Lens' WHERE id = $1::uuid"),
                                   {mine});
        QCOMPARE(own->affectedRows(), 1);
        // Direct writes are stamped per field too (last writer wins against pushes).
        const QJsonObject fieldAt = QJsonDocument::fromJson(str(ownerRow(mine), "field_at").toUtf8()).object();
        QVERIFY(fieldAt.contains(QStringLiteral("city")));
    }

    void hierarchyGivesDescendants()
    {
        const QString lyon = m_server.createEntity(QStringLiteral("Lyon"), QStringLiteral("FR"),
                                                   m_server.entityId(QStringLiteral("FR")));
        QVERIFY(!lyon.isEmpty());
        const QString lyonProspect = m_server.createProspect(QStringLiteral("FR"), {{QStringLiteral("entity_id"), lyon}});
        QVERIFY(directIds(m_frManager, QStringLiteral("prospects")).contains(lyonProspect));
        QVERIFY(!directIds(m_luCommercial, QStringLiteral("prospects")).contains(lyonProspect));
        const QString lyonUser = m_server.createUserInEntity(QStringLiteral("lyon.%1@adsgroup-security.com").arg(++m_counter),
                                                             kPassword, Role::Manager, lyon);
        // A manager of the child entity does not read the parent's prospects.
        const QSet<QString> lyonSees = directIds(lyonUser, QStringLiteral("prospects"));
        QCOMPARE(lyonSees, QSet<QString>{lyonProspect});
    }

    // --- Snapshot -----------------------------------------------------------------------------

    void snapshotIsScoped()
    {
        const Replica fr = snapshot(token(m_frCommercial));
        QVERIFY(!fr.cursor.isEmpty());
        QCOMPARE(fr.ids(QStringLiteral("prospects")), directIds(m_frCommercial, QStringLiteral("prospects")));
        const QSet<QString> foreign{m_server.entityId(QStringLiteral("LU")), m_server.entityId(QStringLiteral("BE"))};
        for (const QJsonObject &row : fr.tables.value(QStringLiteral("prospects")))
            QVERIFY(!foreign.contains(str(row, "entity_id")));
        QVERIFY(!fr.ids(QStringLiteral("users")).contains(m_otherOrgUser));
        QVERIFY(fr.ids(QStringLiteral("users")).contains(m_luCommercial)); // the directory is organisation-wide
        QCOMPARE(fr.ids(QStringLiteral("entities")).size(), directIds(m_frCommercial, QStringLiteral("entities")).size());
        // Users never carry secrets.
        const QJsonObject me = fr.row(QStringLiteral("users"), m_frCommercial);
        QCOMPARE(str(me, "role"), QStringLiteral("commercial"));
        QVERIFY(!me.contains(QStringLiteral("password_hash")));
        QCOMPARE(me.value(QLatin1StringView("active")), QJsonValue(true));

        const Replica lu = snapshot(token(m_luCommercial));
        QVERIFY(!lu.ids(QStringLiteral("prospects")).isEmpty());
        QVERIFY(!lu.ids(QStringLiteral("prospects")).intersects(fr.ids(QStringLiteral("prospects"))));

        const Replica admin = snapshot(token(m_admin));
        QCOMPARE(admin.ids(QStringLiteral("prospects")), directIds(m_admin, QStringLiteral("prospects")));
        QVERIFY(admin.ids(QStringLiteral("prospects")).contains(lu.ids(QStringLiteral("prospects"))));
    }

    void snapshotStartAnswer()
    {
        const HttpReply r = startSnapshot(token(m_frManager));
        QCOMPARE(r.status, 200);
        QVERIFY(QRegularExpression(QStringLiteral("^\\d+:-1$")).match(str(r.json, "cursor")).hasMatch());
        QVERIFY(r.json.value(QLatin1StringView("scopeVersion")).toInteger() >= 1);
        QJsonArray expected;
        for (const auto &t : sync::syncedTables())
            expected.append(t.name);
        QCOMPARE(r.json.value(QLatin1StringView("tables")).toArray(), expected);
        const QJsonObject counts = r.json.value(QLatin1StringView("counts")).toObject();
        QCOMPARE(counts.value(QLatin1StringView("prospects")).toInteger(),
                 qint64(directIds(m_frManager, QStringLiteral("prospects")).size()));
    }

    void snapshotPaging()
    {
        for (int i = 0; i < 120; ++i)
            QVERIFY(!m_server.createProspect(QStringLiteral("BE")).isEmpty());
        const QString tok = token(m_beManager);
        const QSet<QString> expected = directIds(m_beManager, QStringLiteral("prospects"));
        QVERIFY(expected.size() >= 120);
        QStringList seen;
        QString after;
        int pages = 0;
        for (;;) {
            const HttpReply p = page(tok, QStringLiteral("prospects"), after, 50);
            QCOMPARE(p.status, 200);
            ++pages;
            const QJsonArray rows = p.json.value(QLatin1StringView("rows")).toArray();
            QVERIFY(rows.size() <= 50);
            const QJsonArray columns = p.json.value(QLatin1StringView("columns")).toArray();
            QCOMPARE(columns.first().toString(), QStringLiteral("id"));
            QCOMPARE(columns.size(), sync::syncedTable(QStringLiteral("prospects"))->columns.size());
            for (const QJsonValue &row : rows) {
                const QString id = row.toArray().first().toString();
                if (!seen.isEmpty())
                    QVERIFY2(seen.last() < id, "pages come in primary-key order");
                seen << id;
                // Wire format: ISO-8601 UTC timestamps with milliseconds.
                const QJsonObject o = zip(columns, row.toArray());
                QVERIFY(QRegularExpression(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"))
                            .match(str(o, "created_at"))
                            .hasMatch());
            }
            const bool done = p.json.value(QLatin1StringView("done")).toBool();
            if (!rows.isEmpty())
                QCOMPARE(str(p.json, "last"), seen.last());
            if (done)
                break;
            QCOMPARE(rows.size(), 50);
            after = str(p.json, "last");
            QVERIFY(pages < 100);
        }
        QCOMPARE(pages, int((expected.size() + 49) / 50));
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()), expected);
        QCOMPARE(seen.size(), expected.size()); // no duplicates
        // Bad parameters.
        QCOMPARE(page(tok, QStringLiteral("server_keys"), QString(), 10).status, 400);
        QCOMPARE(page(tok, QStringLiteral("prospects"), QStringLiteral("1' OR 1=1"), 10).status, 400);
    }

    // --- Pull ---------------------------------------------------------------------------------

    void pullConvergesWithDirectQuery()
    {
        Replica r = snapshot(token(m_frManager));
        QVERIFY(!r.cursor.isEmpty());
        const QString a = m_server.createProspect(QStringLiteral("FR"));
        const QString b = m_server.createProspect(QStringLiteral("LU"));
        QVERIFY(m_server.execOwner(QStringLiteral("UPDATE prospects SET city = 'Roubaix' WHERE id = $1::uuid"), {a}).ok());
        QList<QJsonObject> changes;
        QVERIFY(pull(r, token(m_frManager), &changes));
        QCOMPARE(r.ids(QStringLiteral("prospects")), directIds(m_frManager, QStringLiteral("prospects")));
        QCOMPARE(str(r.row(QStringLiteral("prospects"), a), "city"), QStringLiteral("Roubaix"));
        for (const QJsonObject &c : changes)
            QVERIFY2(str(c, "id") != b, "a Luxembourg change must not reach a France user");
        // Caught up: nothing more.
        changes.clear();
        QVERIFY(pull(r, token(m_frManager), &changes));
        QVERIFY(changes.isEmpty());
    }

    void pullNeverSkipsConcurrentTransactions()
    {
        const QString tok = token(m_frManager);
        Replica r = snapshot(tok);
        QVERIFY(pull(r, tok));
        // T1 starts first and stays open; T2 starts later and commits first.
        auto t1 = PgConnection::open(m_server.ownerDatabase().conninfo());
        auto t2 = PgConnection::open(m_server.ownerDatabase().conninfo());
        QVERIFY(t1.ok() && t2.ok());
        QVERIFY((*t1)->execScript(QStringLiteral("BEGIN")).ok());
        auto a = (*t1)->exec(QStringLiteral("INSERT INTO prospects (entity_id, company_name, country_code) "
                                            "VALUES ($1::uuid, 'Transaction longue', 'FR') RETURNING id::text AS id"),
                             {m_server.entityId(QStringLiteral("FR"))});
        QVERIFY(a.ok());
        const QString idA = a->text(0, "id");
        QVERIFY((*t2)->execScript(QStringLiteral("BEGIN")).ok());
        auto b = (*t2)->exec(QStringLiteral("INSERT INTO prospects (entity_id, company_name, country_code) "
                                            "VALUES ($1::uuid, 'Transaction courte', 'FR') RETURNING id::text AS id"),
                             {m_server.entityId(QStringLiteral("FR"))});
        QVERIFY(b.ok());
        const QString idB = b->text(0, "id");
        QVERIFY((*t2)->execScript(QStringLiteral("COMMIT")).ok());

        // While T1 runs, T2's row (a later transaction id) is held back, not delivered ahead.
        QList<QJsonObject> changes;
        QVERIFY(pull(r, tok, &changes));
        for (const QJsonObject &c : changes) {
            QVERIFY2(str(c, "id") != idA, "uncommitted row delivered");
            QVERIFY2(str(c, "id") != idB, "a row committed out of order was delivered before an older running transaction");
        }
        QVERIFY((*t1)->execScript(QStringLiteral("COMMIT")).ok());
        changes.clear();
        QVERIFY(pull(r, tok, &changes));
        QSet<QString> ids;
        for (const QJsonObject &c : changes)
            ids.insert(str(c, "id"));
        QVERIFY2(ids.contains(idA) && ids.contains(idB), "after T1 commits, nothing is skipped");
        QCOMPARE(r.ids(QStringLiteral("prospects")), directIds(m_frManager, QStringLiteral("prospects")));
    }

    void pullPagesWithMore()
    {
        const QString tok = token(m_luCommercial);
        Replica r = snapshot(tok);
        for (int i = 0; i < 7; ++i)
            QVERIFY(!m_server.createProspect(QStringLiteral("LU")).isEmpty());
        const HttpReply first = pullOnce(tok, r.cursor, r.scopeVersion, 3);
        QCOMPARE(first.status, 200);
        QVERIFY(first.json.value(QLatin1StringView("more")).toBool());
        QCOMPARE(first.json.value(QLatin1StringView("changes")).toArray().size(), 3);
        QVERIFY(pull(r, tok, nullptr, 3));
        QCOMPARE(r.ids(QStringLiteral("prospects")), directIds(m_luCommercial, QStringLiteral("prospects")));
        QCOMPARE(pullOnce(tok, QStringLiteral("pas-un-curseur"), r.scopeVersion).status, 400);
    }

    void tombstonesReachReplicas()
    {
        const QString tok = token(m_frAssistant);
        Replica r = snapshot(tok);
        const QString id = m_server.createProspect(QStringLiteral("FR"));
        QVERIFY(pull(r, tok));
        QVERIFY(r.ids(QStringLiteral("prospects")).contains(id));
        QVERIFY(m_server.execOwner(QStringLiteral("DELETE FROM prospects WHERE id = $1::uuid"), {id}).ok());
        QList<QJsonObject> changes;
        QVERIFY(pull(r, tok, &changes));
        bool deleted = false;
        for (const QJsonObject &c : changes)
            deleted = deleted || (str(c, "id") == id && str(c, "op") == QLatin1String("delete"));
        QVERIFY(deleted);
        QVERIFY(!r.ids(QStringLiteral("prospects")).contains(id));
    }

    void reassignedRecordDisappears()
    {
        const QString frTok = token(m_frManager);
        const QString luTok = token(m_luCommercial);
        Replica fr = snapshot(frTok);
        Replica lu = snapshot(luTok);
        const QString id = m_server.createProspect(QStringLiteral("FR"));
        QVERIFY(pull(fr, frTok));
        QVERIFY(fr.ids(QStringLiteral("prospects")).contains(id));
        QVERIFY(m_server.execOwner(QStringLiteral("UPDATE prospects SET entity_id = $2::uuid, country_code = 'LU' "
                                                  "WHERE id = $1::uuid"),
                                   {id, m_server.entityId(QStringLiteral("LU"))})
                    .ok());
        QList<QJsonObject> changes;
        QVERIFY(pull(fr, frTok, &changes));
        QVERIFY(!fr.ids(QStringLiteral("prospects")).contains(id));
        bool sawDelete = false;
        for (const QJsonObject &c : changes) {
            if (str(c, "id") == id) {
                QCOMPARE(str(c, "op"), QStringLiteral("delete"));
                QVERIFY(!c.contains(QStringLiteral("row"))); // nothing of the moved record leaks
                sawDelete = true;
            }
        }
        QVERIFY(sawDelete);
        QVERIFY(pull(lu, luTok));
        QVERIFY(lu.ids(QStringLiteral("prospects")).contains(id));
        QCOMPARE(str(lu.row(QStringLiteral("prospects"), id), "country_code"), QStringLiteral("LU"));
    }

    void scopeChangeAsksForResync()
    {
        const QString userId = user(QStringLiteral("mobile"), Role::Commercial, QStringLiteral("FR"));
        const QString tok = token(userId);
        Replica r = snapshot(tok);
        QVERIFY(pull(r, tok));
        const qint64 before = r.scopeVersion;
        // A name change does not change access...
        QVERIFY(m_server.execOwner(QStringLiteral("UPDATE users SET first_name = 'Camille' WHERE id = $1::uuid"), {userId}).ok());
        QVERIFY(pull(r, tok));
        QCOMPARE(r.scopeVersion, before);
        // ... moving to Luxembourg does.
        QVERIFY(m_server.execOwner(QStringLiteral("UPDATE users SET entity_id = $2::uuid WHERE id = $1::uuid"),
                                   {userId, m_server.entityId(QStringLiteral("LU"))})
                    .ok());
        const HttpReply p = pullOnce(tok, r.cursor, before);
        QCOMPARE(p.status, 200);
        QVERIFY(p.json.value(QLatin1StringView("resync")).toBool());
        QCOMPARE(p.json.value(QLatin1StringView("scopeVersion")).toInteger(), before + 1);
        const Replica fresh = snapshot(tok);
        QCOMPARE(fresh.scopeVersion, before + 1);
        QCOMPARE(fresh.ids(QStringLiteral("prospects")), directIds(m_luCommercial, QStringLiteral("prospects")));
        // A role change bumps it too.
        QVERIFY(m_server.execOwner(QStringLiteral("UPDATE users SET role = 'manager' WHERE id = $1::uuid"), {userId}).ok());
        QVERIFY(pullOnce(tok, fresh.cursor, fresh.scopeVersion).json.value(QLatin1StringView("resync")).toBool());
    }

    // --- Push ---------------------------------------------------------------------------------

    void pushIsIdempotent()
    {
        const QString tok = token(m_frManager);
        const QString clientId = newUuid();
        const QString id = newUuid();
        QJsonObject fields = fullProspect(QStringLiteral("FR"), QStringLiteral("Boulangerie Dupont"));
        fields.insert(QStringLiteral("siren"), QStringLiteral("732829320"));
        const QJsonArray batch{mutation(1, QStringLiteral("upsert"), id, fields),
                               mutation(2, QStringLiteral("upsert"), id, {{QStringLiteral("phone"), QStringLiteral("+33320000000")}},
                                        {{QStringLiteral("phone"), QJsonValue::Null}})};
        const HttpReply first = push(tok, clientId, batch);
        QCOMPARE(first.status, 200);
        QCOMPARE(str(resultOf(first, 1), "status"), QStringLiteral("applied"));
        QCOMPARE(str(resultOf(first, 2), "status"), QStringLiteral("applied"));
        QCOMPARE(first.json.value(QLatin1StringView("lastMutationId")).toInteger(), 2);
        // The applied result carries the row as the server now has it.
        const QJsonObject echoed = zip(resultOf(first, 2).value(QLatin1StringView("columns")).toArray(),
                                       resultOf(first, 2).value(QLatin1StringView("row")).toArray());
        QCOMPARE(str(echoed, "phone"), QStringLiteral("+33320000000"));
        QCOMPARE(str(echoed, "company_name"), QStringLiteral("Boulangerie Dupont"));

        auto logCount = [this, &id] {
            return m_server.execOwner(QStringLiteral("SELECT count(*) AS n FROM sync_log WHERE row_id = $1::uuid"), {id})
                ->toInt(0, "n");
        };
        const qint64 logged = logCount();
        QCOMPARE(logged, 2);
        // The same batch again (answer lost, client retries): nothing applied twice.
        const HttpReply again = push(tok, clientId, batch);
        QCOMPARE(again.status, 200);
        QCOMPARE(str(resultOf(again, 1), "status"), QStringLiteral("duplicate"));
        QCOMPARE(str(resultOf(again, 2), "status"), QStringLiteral("duplicate"));
        QCOMPARE(again.json.value(QLatin1StringView("lastMutationId")).toInteger(), 2);
        QCOMPARE(logCount(), logged);
        QCOMPARE(m_server.execOwner(QStringLiteral("SELECT count(*) AS n FROM prospects WHERE company_name = 'Boulangerie Dupont'"))
                     ->toInt(0, "n"),
                 1);
        auto last = m_server.execOwner(QStringLiteral("SELECT last_mutation_id, user_id::text AS u FROM sync_clients "
                                                      "WHERE client_id = $1::uuid"),
                                       {clientId});
        QCOMPARE(last->toInt(0, "last_mutation_id"), 2);
        QCOMPARE(last->text(0, "u"), m_frManager);
        // A partially new batch: old mids skipped, new one applied.
        const HttpReply mixed = push(tok, clientId, QJsonArray{batch.at(1), mutation(3, QStringLiteral("upsert"), id,
                                                                                     {{QStringLiteral("city"), QStringLiteral("Douai")}},
                                                                                     {{QStringLiteral("city"), QStringLiteral("Lille")}})});
        QCOMPARE(str(resultOf(mixed, 2), "status"), QStringLiteral("duplicate"));
        QCOMPARE(str(resultOf(mixed, 3), "status"), QStringLiteral("applied"));
        QCOMPARE(str(ownerRow(id), "city"), QStringLiteral("Douai"));
        // Another user cannot use this client id.
        const HttpReply stolen = push(token(m_admin), clientId,
                                      QJsonArray{mutation(10, QStringLiteral("delete"), id)});
        QCOMPARE(stolen.status, 403);
        QCOMPARE(stolen.errorCode(), QStringLiteral("forbidden"));
        QVERIFY(!ownerRow(id).isEmpty());
    }

    void pushCannotEscapeScope()
    {
        const QString frTok = token(m_frManager);
        const QString clientId = newUuid();
        const QString luProspect = m_server.createProspect(QStringLiteral("LU"), {{QStringLiteral("city"), QStringLiteral("Esch")}});
        const QString frProspect = m_server.createProspect(QStringLiteral("FR"));
        qint64 mid = 0;
        auto expectForbidden = [&](const QJsonObject &m) {
            const HttpReply r = push(frTok, clientId, QJsonArray{m});
            QCOMPARE(r.status, 200);
            const QJsonObject res = resultOf(r, m.value(QLatin1StringView("mid")).toInteger());
            QCOMPARE(str(res, "status"), QStringLiteral("rejected"));
            QCOMPARE(str(res, "code"), QStringLiteral("forbidden"));
            QVERIFY(!str(res, "message").isEmpty());
            // The server row comes back only as the caller may see it: nothing of Luxembourg.
            const QJsonValue row = res.value(QLatin1StringView("row"));
            if (!row.isNull()) {
                const qsizetype entityCol = res.value(QLatin1StringView("columns")).toArray().toVariantList().indexOf(
                    QVariant(QStringLiteral("entity_id")));
                QVERIFY(entityCol >= 0);
                QCOMPARE(row.toArray().at(entityCol).toString(), m_server.entityId(QStringLiteral("FR")));
            }
        };
        // Create in Luxembourg.
        const QString newId = newUuid();
        expectForbidden(mutation(++mid, QStringLiteral("upsert"), newId, fullProspect(QStringLiteral("LU"), QStringLiteral("Intrus"))));
        QVERIFY(ownerRow(newId).isEmpty());
        // Crafted id of a Luxembourg prospect: partial update, full overwrite into France, delete.
        expectForbidden(mutation(++mid, QStringLiteral("upsert"), luProspect, {{QStringLiteral("city"), QStringLiteral("Piraté")}},
                                 {{QStringLiteral("city"), QStringLiteral("Esch")}}));
        expectForbidden(mutation(++mid, QStringLiteral("upsert"), luProspect, fullProspect(QStringLiteral("FR"), QStringLiteral("Volé"))));
        expectForbidden(mutation(++mid, QStringLiteral("delete"), luProspect));
        QCOMPARE(str(ownerRow(luProspect), "city"), QStringLiteral("Esch"));
        QCOMPARE(str(ownerRow(luProspect), "entity_id"), m_server.entityId(QStringLiteral("LU")));
        // Moving a France prospect into Luxembourg.
        expectForbidden(mutation(++mid, QStringLiteral("upsert"), frProspect,
                                 {{QStringLiteral("entity_id"), m_server.entityId(QStringLiteral("LU"))}},
                                 {{QStringLiteral("entity_id"), m_server.entityId(QStringLiteral("FR"))}}));
        QCOMPARE(str(ownerRow(frProspect), "entity_id"), m_server.entityId(QStringLiteral("FR")));

        // A commercial edits only their own prospects.
        const QString comTok = token(m_frCommercial);
        const QString comClient = newUuid();
        const QString mine = m_server.createProspect(QStringLiteral("FR"), {{QStringLiteral("owner_id"), m_frCommercial}});
        const HttpReply r = push(comTok, comClient,
                                 QJsonArray{mutation(1, QStringLiteral("upsert"), frProspect, {{QStringLiteral("city"), QStringLiteral("X")}},
                                                     {{QStringLiteral("city"), QJsonValue::Null}}),
                                            mutation(2, QStringLiteral("upsert"), mine, {{QStringLiteral("city"), QStringLiteral("Arras")}},
                                                     {{QStringLiteral("city"), QJsonValue::Null}}),
                                            mutation(3, QStringLiteral("delete"), frProspect)});
        QCOMPARE(str(resultOf(r, 1), "code"), QStringLiteral("forbidden"));
        QCOMPARE(str(resultOf(r, 2), "status"), QStringLiteral("applied"));
        QCOMPARE(str(resultOf(r, 3), "code"), QStringLiteral("forbidden"));
        QCOMPARE(str(ownerRow(mine), "city"), QStringLiteral("Arras"));
        QVERIFY(!ownerRow(frProspect).isEmpty());
        // ... and cannot hand one to a user of another organisation.
        const HttpReply owner = push(comTok, comClient,
                                     QJsonArray{mutation(4, QStringLiteral("upsert"), mine, {{QStringLiteral("owner_id"), m_otherOrgUser}},
                                                         {{QStringLiteral("owner_id"), m_frCommercial}})});
        QCOMPARE(str(resultOf(owner, 4), "code"), QStringLiteral("validation_error"));
        QCOMPARE(str(ownerRow(mine), "owner_id"), m_frCommercial);
    }

    void pushValidatesRows()
    {
        const QString tok = token(m_frManager);
        const QString clientId = newUuid();
        QJsonObject noName = fullProspect(QStringLiteral("FR"), QString());
        QJsonObject badSiren = fullProspect(QStringLiteral("FR"), QStringLiteral("Siren faux"));
        badSiren.insert(QStringLiteral("siren"), QStringLiteral("123456789"));
        QJsonObject badEmail = fullProspect(QStringLiteral("FR"), QStringLiteral("Mail faux"));
        badEmail.insert(QStringLiteral("email"), QStringLiteral("pas-une-adresse"));
        QJsonObject badCountry = fullProspect(QStringLiteral("FR"), QStringLiteral("Pays faux"));
        badCountry.insert(QStringLiteral("country_code"), QStringLiteral("DE"));
        QJsonObject unknownField = fullProspect(QStringLiteral("FR"), QStringLiteral("Champ inconnu"));
        unknownField.insert(QStringLiteral("password_hash"), QStringLiteral("x"));
        QJsonObject good = fullProspect(QStringLiteral("FR"), QStringLiteral("Valide après des refus"));
        good.insert(QStringLiteral("siret"), QStringLiteral("73282932000074"));
        const QString goodId = newUuid();
        const HttpReply r = push(tok, clientId,
                                 QJsonArray{mutation(1, QStringLiteral("upsert"), newUuid(), noName),
                                            mutation(2, QStringLiteral("upsert"), newUuid(), badSiren),
                                            mutation(3, QStringLiteral("upsert"), newUuid(), badEmail),
                                            mutation(4, QStringLiteral("upsert"), newUuid(), badCountry),
                                            mutation(5, QStringLiteral("upsert"), newUuid(), unknownField),
                                            mutation(6, QStringLiteral("upsert"), m_server.entityId(QStringLiteral("FR")),
                                                     {{QStringLiteral("name"), QStringLiteral("Renommée")}}, {}, QDateTime::currentDateTimeUtc(),
                                                     QStringLiteral("entities")),
                                            mutation(7, QStringLiteral("upsert"), goodId, good)});
        QCOMPARE(r.status, 200);
        for (int mid = 1; mid <= 4; ++mid) {
            const QJsonObject res = resultOf(r, mid);
            QCOMPARE(str(res, "status"), QStringLiteral("rejected"));
            QCOMPARE(str(res, "code"), QStringLiteral("validation_error"));
        }
        QVERIFY(str(resultOf(r, 1), "message").contains(QStringLiteral("raison sociale")));
        QVERIFY(str(resultOf(r, 2), "message").contains(QStringLiteral("SIREN")));
        QVERIFY(str(resultOf(r, 3), "message").contains(QStringLiteral("e-mail")));
        QCOMPARE(str(resultOf(r, 5), "code"), QStringLiteral("invalid_request"));
        QCOMPARE(str(resultOf(r, 6), "code"), QStringLiteral("forbidden")); // entities are read-only
        QCOMPARE(str(resultOf(r, 7), "status"), QStringLiteral("applied")); // savepoints: rejects undo nothing else
        QCOMPARE(r.json.value(QLatin1StringView("lastMutationId")).toInteger(), 7);
        QCOMPARE(str(ownerRow(goodId), "company_name"), QStringLiteral("Valide après des refus"));
        QCOMPARE(m_server.execOwner(QStringLiteral("SELECT name FROM entities WHERE id = $1::uuid"),
                                    {m_server.entityId(QStringLiteral("FR"))})
                     ->text(0, "name"),
                 QStringLiteral("France"));
        // Malformed pushes.
        QCOMPARE(push(tok, QStringLiteral("pas-un-uuid"), {}).status, 400);
        QCOMPARE(push(tok, clientId, QJsonArray{QJsonObject{{QStringLiteral("table"), QStringLiteral("prospects")}}}).status, 400);
        QCOMPARE(push(QString(), clientId, {}).status, 401);
    }

    void perFieldLastWriterWins()
    {
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        m_server.clock().set(t0.addSecs(300));
        const QString id = m_server.createProspect(QStringLiteral("FR"), {{QStringLiteral("city"), QStringLiteral("Lille")},
                                                                          {QStringLiteral("phone"), QStringLiteral("+33300000001")}});
        const QString aTok = token(m_frManager);
        const QString bTok = token(m_admin);
        const QString aClient = newUuid();
        const QString bClient = newUuid();
        // A edits the city at t0+120 s.
        const HttpReply a = push(aTok, aClient, QJsonArray{mutation(1, QStringLiteral("upsert"), id,
                                                                    {{QStringLiteral("city"), QStringLiteral("Lyon")}},
                                                                    {{QStringLiteral("city"), QStringLiteral("Lille")}}, t0.addSecs(120))});
        QCOMPARE(str(resultOf(a, 1), "status"), QStringLiteral("applied"));
        // B, offline, edited city and phone at t0+60 s from the old values: the city loses, the
        // phone (unchanged on the server) applies.
        const HttpReply b = push(bTok, bClient,
                                 QJsonArray{mutation(1, QStringLiteral("upsert"), id,
                                                     {{QStringLiteral("city"), QStringLiteral("Paris")},
                                                      {QStringLiteral("phone"), QStringLiteral("+33300000002")}},
                                                     {{QStringLiteral("city"), QStringLiteral("Lille")},
                                                      {QStringLiteral("phone"), QStringLiteral("+33300000001")}},
                                                     t0.addSecs(60))});
        const QJsonObject res = resultOf(b, 1);
        QCOMPARE(str(res, "status"), QStringLiteral("merged"));
        QCOMPARE(res.value(QLatin1StringView("lost")).toArray(), QJsonArray{QStringLiteral("city")});
        QCOMPARE(str(ownerRow(id), "city"), QStringLiteral("Lyon"));
        QCOMPARE(str(ownerRow(id), "phone"), QStringLiteral("+33300000002"));
        auto history = [this, &id] {
            return m_server.execOwner(QStringLiteral("SELECT field, kind, kept_value, lost_value, kept_user_id::text AS kept_user, "
                                                     "lost_user_id::text AS lost_user, entity_id::text AS entity "
                                                     "FROM record_history WHERE row_id = $1::uuid ORDER BY created_at, kept_value"),
                                      {id});
        };
        auto h = history();
        QCOMPARE(h->rows(), 1);
        QCOMPARE(h->text(0, "field"), QStringLiteral("city"));
        QCOMPARE(h->text(0, "kind"), QStringLiteral("conflict"));
        QCOMPARE(h->text(0, "kept_value"), QStringLiteral("Lyon"));
        QCOMPARE(h->text(0, "lost_value"), QStringLiteral("Paris"));
        QCOMPARE(h->text(0, "kept_user"), m_frManager);
        QCOMPARE(h->text(0, "lost_user"), m_admin);
        QCOMPARE(h->text(0, "entity"), m_server.entityId(QStringLiteral("FR")));

        // A newer concurrent edit wins, and the overwritten value is kept in the history.
        m_server.clock().advance(1);
        const HttpReply newer = push(bTok, bClient, QJsonArray{mutation(2, QStringLiteral("upsert"), id,
                                                                        {{QStringLiteral("city"), QStringLiteral("Marseille")}},
                                                                        {{QStringLiteral("city"), QStringLiteral("Lille")}},
                                                                        t0.addSecs(200))});
        QCOMPARE(str(resultOf(newer, 2), "status"), QStringLiteral("applied"));
        QCOMPARE(str(ownerRow(id), "city"), QStringLiteral("Marseille"));
        h = history();
        QCOMPARE(h->rows(), 2);
        bool found = false;
        for (int i = 0; i < h->rows(); ++i) {
            if (h->text(i, "kept_value") == QLatin1String("Marseille")) {
                QCOMPARE(h->text(i, "lost_value"), QStringLiteral("Lyon"));
                QCOMPARE(h->text(i, "kept_user"), m_admin);
                QCOMPARE(h->text(i, "lost_user"), m_frManager);
                found = true;
            }
        }
        QVERIFY(found);

        // An edit time in the future is clamped to the server clock: it cannot win forever.
        const HttpReply future = push(aTok, aClient, QJsonArray{mutation(2, QStringLiteral("upsert"), id,
                                                                         {{QStringLiteral("city"), QStringLiteral("Nice")}},
                                                                         {{QStringLiteral("city"), QStringLiteral("Marseille")}},
                                                                         t0.addYears(1))});
        QCOMPARE(str(resultOf(future, 2), "status"), QStringLiteral("applied"));
        const QJsonObject fieldAt = QJsonDocument::fromJson(str(ownerRow(id), "field_at").toUtf8()).object();
        const QDateTime stamped = QDateTime::fromString(str(fieldAt, "city"), Qt::ISODateWithMs);
        QVERIFY(stamped.isValid());
        QVERIFY2(stamped <= m_server.clock().now(), qPrintable(str(fieldAt, "city")));

        // The history syncs to France readers, not to Luxembourg.
        const Replica fr = snapshot(token(m_frAssistant));
        int frHistory = 0;
        for (const QJsonObject &row : fr.tables.value(QStringLiteral("record_history")))
            frHistory += str(row, "row_id") == id ? 1 : 0;
        QCOMPARE(frHistory, 2);
        const Replica lu = snapshot(token(m_luCommercial));
        for (const QJsonObject &row : lu.tables.value(QStringLiteral("record_history")))
            QVERIFY(str(row, "row_id") != id);
    }

    void deletesWin()
    {
        const QString aTok = token(m_frManager);
        const QString bTok = token(m_admin);
        const QString aClient = newUuid();
        const QString bClient = newUuid();
        const QDateTime now = m_server.clock().now();
        // Deleted, then an older offline edit arrives: rejected with reason "deleted".
        const QString p1 = m_server.createProspect(QStringLiteral("FR"));
        QCOMPARE(str(resultOf(push(aTok, aClient, QJsonArray{mutation(1, QStringLiteral("delete"), p1, {}, {}, now)}), 1), "status"),
                 QStringLiteral("applied"));
        QVERIFY(ownerRow(p1).isEmpty());
        const HttpReply late = push(bTok, bClient, QJsonArray{mutation(1, QStringLiteral("upsert"), p1,
                                                                       {{QStringLiteral("city"), QStringLiteral("Trop tard")}},
                                                                       {{QStringLiteral("city"), QJsonValue::Null}},
                                                                       now.addSecs(-60))});
        QCOMPARE(str(resultOf(late, 1), "status"), QStringLiteral("rejected"));
        QCOMPARE(str(resultOf(late, 1), "code"), QStringLiteral("deleted"));
        QVERIFY(ownerRow(p1).isEmpty()); // not resurrected
        // Even a full re-creation of a deleted id is refused: ids are never reused.
        const HttpReply recreate = push(bTok, bClient, QJsonArray{mutation(2, QStringLiteral("upsert"), p1,
                                                                           fullProspect(QStringLiteral("FR"), QStringLiteral("Revenant")))});
        QCOMPARE(str(resultOf(recreate, 2), "code"), QStringLiteral("deleted"));
        // Deleting twice is harmless.
        QCOMPARE(str(resultOf(push(bTok, bClient, QJsonArray{mutation(3, QStringLiteral("delete"), p1)}), 3), "status"),
                 QStringLiteral("applied"));

        // Edited (newer), then a delete made earlier arrives: the delete still applies.
        const QString p2 = m_server.createProspect(QStringLiteral("FR"));
        QCOMPARE(str(resultOf(push(aTok, aClient, QJsonArray{mutation(2, QStringLiteral("upsert"), p2,
                                                                      {{QStringLiteral("city"), QStringLiteral("Neuf")}},
                                                                      {{QStringLiteral("city"), QJsonValue::Null}}, now)}),
                              2),
                     "status"),
                 QStringLiteral("applied"));
        QCOMPARE(str(resultOf(push(bTok, bClient, QJsonArray{mutation(4, QStringLiteral("delete"), p2, {}, {}, now.addSecs(-3600))}), 4),
                     "status"),
                 QStringLiteral("applied"));
        QVERIFY(ownerRow(p2).isEmpty());
    }

    void schemaMismatch()
    {
        const QString tok = token(m_frManager);
        const HttpReply start = m_http->post(QStringLiteral("/api/sync/snapshot/start"),
                                             QJsonObject{{QStringLiteral("schemaVersion"), 999}}, tok);
        QCOMPARE(start.status, 409);
        QCOMPARE(start.errorCode(), QStringLiteral("schema_mismatch"));
        QCOMPARE(start.json.value(QLatin1StringView("error")).toObject().value(QLatin1StringView("serverSchemaVersion")).toInt(),
                 sync::kSyncSchemaVersion);
        QVERIFY(!start.errorMessage().isEmpty());
        const HttpReply pullReply = m_http->get(QStringLiteral("/api/sync/pull?cursor=1:-1&scopeVersion=1&schemaVersion=0"), tok);
        QCOMPARE(pullReply.status, 409);
        QCOMPARE(pullReply.errorCode(), QStringLiteral("schema_mismatch"));
        const HttpReply pageReply = m_http->get(QStringLiteral("/api/sync/snapshot?table=prospects&schemaVersion=%1").arg(sync::kSyncSchemaVersion + 1), tok);
        QCOMPARE(pageReply.status, 409);
        const HttpReply pushReply = m_http->post(QStringLiteral("/api/sync/push"),
                                                 QJsonObject{{QStringLiteral("clientId"), newUuid()},
                                                             {QStringLiteral("schemaVersion"), 7},
                                                             {QStringLiteral("mutations"), QJsonArray{}}},
                                                 tok);
        QCOMPARE(pushReply.status, 409);
        QCOMPARE(pushReply.errorCode(), QStringLiteral("schema_mismatch"));
        // Missing version: a malformed request.
        QCOMPARE(m_http->get(QStringLiteral("/api/sync/snapshot?table=prospects"), tok).status, 400);
        // Unauthenticated.
        QCOMPARE(m_http->get(QStringLiteral("/api/sync/pull?cursor=1:-1&scopeVersion=1&schemaVersion=1")).status, 401);
    }

    // --- Live ---------------------------------------------------------------------------------

    void liveNotifiesChanges()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_server.app().liveHub().isListening(), 10000);
        QUrl url = m_server.url(QStringLiteral("/api/sync/live"));
        url.setScheme(QStringLiteral("ws"));
        QWebSocket socket;
        QSignalSpy connected(&socket, &QWebSocket::connected);
        QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
        socket.open(url);
        QVERIFY(connected.wait(5000));
        socket.sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("token"), token(m_frCommercial)}}).toJson(QJsonDocument::Compact)));
        QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 5000);
        QCOMPARE(messages.takeFirst().at(0).toString(), QStringLiteral("{\"type\":\"ready\"}"));
        QCOMPARE(m_server.app().liveHub().readyClients(), 1);

        QElapsedTimer timer;
        timer.start();
        QVERIFY(!m_server.createProspect(QStringLiteral("LU")).isEmpty());
        QVERIFY(messages.wait(5000));
        qInfo() << "change notified over the WebSocket in" << timer.elapsed() << "ms";
        QCOMPARE(messages.takeFirst().at(0).toString(), QStringLiteral("{\"type\":\"changes\"}"));

        // A burst is coalesced: far fewer messages than changes.
        QSignalSpy broadcasts(&m_server.app().liveHub(), &SyncLiveHub::broadcasted);
        for (int i = 0; i < 30; ++i)
            QVERIFY(!m_server.createProspect(QStringLiteral("FR")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 5000);
        QTest::qWait(3 * SyncLiveHub::kCoalesceMs);
        QVERIFY2(messages.size() < 30, qPrintable(QString::number(messages.size())));

        // PostgreSQL drops the listening connection: the hub reconnects and keeps notifying.
        messages.clear();
        const int connections = m_server.app().liveHub().listenerConnections();
        auto killed = m_server.execOwner(QStringLiteral("SELECT count(pg_terminate_backend(pid)) AS n FROM pg_stat_activity "
                                                        "WHERE query ILIKE 'LISTEN%' AND pid <> pg_backend_pid()"));
        QVERIFY(killed.ok());
        QCOMPARE(killed->toInt(0, "n"), 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_server.app().liveHub().listenerConnections() > connections, 15000);
        QVERIFY(m_server.app().liveHub().isListening());
        messages.clear();
        QVERIFY(!m_server.createProspect(QStringLiteral("BE")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 5000);
        QCOMPARE(messages.last().at(0).toString(), QStringLiteral("{\"type\":\"changes\"}"));
        socket.close();
        QTRY_COMPARE_WITH_TIMEOUT(m_server.app().liveHub().readyClients(), 0, 5000);
    }

    void liveRefusesBadToken()
    {
        QUrl url = m_server.url(QStringLiteral("/api/sync/live"));
        url.setScheme(QStringLiteral("ws"));
        QWebSocket socket;
        QSignalSpy connected(&socket, &QWebSocket::connected);
        QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
        QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
        socket.open(url);
        QVERIFY(connected.wait(5000));
        socket.sendTextMessage(QStringLiteral("{\"token\":\"eyJhbGciOiJIUzI1NiJ9.e30.faux\"}"));
        QTRY_VERIFY_WITH_TIMEOUT(!disconnected.isEmpty(), 5000);
        QCOMPARE(int(socket.closeCode()), SyncLiveHub::kCloseUnauthorized);
        QVERIFY(messages.isEmpty());
        QCOMPARE(m_server.app().liveHub().readyClients(), 0);
        // Other WebSocket paths are closed too.
        QUrl other = m_server.url(QStringLiteral("/api/autre"));
        other.setScheme(QStringLiteral("ws"));
        QWebSocket stray;
        QSignalSpy strayConnected(&stray, &QWebSocket::connected);
        QSignalSpy strayError(&stray, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
        stray.open(other);
        QTRY_VERIFY_WITH_TIMEOUT(!strayError.isEmpty(), 5000);
        QVERIFY(strayConnected.isEmpty());
        // A plain HTTP request on the live address is told to upgrade.
        QCOMPARE(m_http->get(QStringLiteral("/api/sync/live")).status, 426);
    }

    // --- Performance --------------------------------------------------------------------------

    void snapshotPageSpeed()
    {
        // HECTOR_SYNC_BENCH_ROWS (default 20000) prospects in France; times 5000-row pages against
        // a raw COPY of the same rows.
        const int rows = qEnvironmentVariableIsSet("HECTOR_SYNC_BENCH_ROWS")
                             ? qEnvironmentVariableIntValue("HECTOR_SYNC_BENCH_ROWS")
                             : 20000;
        const QString bench = m_server.createEntity(QStringLiteral("Banc d'essai"), QStringLiteral("FR"));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(m_server.execOwner(QStringLiteral(
                    "INSERT INTO prospects (entity_id, company_name, siren, siret, naf_code, legal_form, address, "
                    "postcode, city, country_code, phone, email, website, contact_name, contact_title, status, source) "
                    "SELECT $1::uuid, 'Société « Essai » n°' || g, '732829320', '73282932000074', '62.01Z', 'SAS', "
                    "g || ' rue de la République', '69001', 'Lyon', 'FR', '+33472000000', 'contact' || g || "
                    "'@exemple.fr', 'https://exemple.fr', 'Camille Martin', 'Directrice', 'nouveau', 'salon' "
                    "FROM generate_series(1, $2) g"),
                                   {bench, rows})
                    .ok());
        qInfo() << "inserted" << rows << "prospects (with change capture) in" << timer.elapsed() << "ms";
        // What autovacuum does within a minute of a bulk load (the demo seeder runs it at once):
        // fresh statistics let the planner page through the primary-key index.
        QVERIFY(m_server.execOwner(QStringLiteral("ANALYZE prospects")).ok());
        const QString benchUser = m_server.createUserInEntity(QStringLiteral("bench.%1@adsgroup-security.com").arg(++m_counter),
                                                              kPassword, Role::Manager, bench);
        m_emails.insert(benchUser, QStringLiteral("bench.%1@adsgroup-security.com").arg(m_counter));
        const QString tok = token(benchUser);

        timer.restart();
        QString after;
        int total = 0;
        qint64 bytes = 0;
        qint64 slowest = 0;
        int pages = 0;
        for (;;) {
            QElapsedTimer pageTimer;
            pageTimer.start();
            const HttpReply p = page(tok, QStringLiteral("prospects"), after, 5000);
            slowest = std::max(slowest, pageTimer.elapsed());
            QCOMPARE(p.status, 200);
            const QJsonArray list = p.json.value(QLatin1StringView("rows")).toArray();
            QVERIFY(list.size() <= 5000);
            total += int(list.size());
            bytes += p.body.size();
            ++pages;
            if (p.json.value(QLatin1StringView("done")).toBool())
                break;
            after = str(p.json, "last");
        }
        const qint64 snapshotMs = timer.elapsed();
        QCOMPARE(total, rows);
        // Text-escaping check on a sample: the French quotes and the "n°" survive.
        const HttpReply sample = page(tok, QStringLiteral("prospects"), QString(), 1);
        QVERIFY(sample.json.value(QLatin1StringView("rows")).toArray().first().toArray().at(3).toString().startsWith(
            QStringLiteral("Société « Essai » n°")));

        // Raw COPY of the same rows and columns (owner connection), for comparison.
        auto copyConn = PgConnection::open(m_server.ownerDatabase().conninfo());
        QVERIFY(copyConn.ok());
        timer.restart();
        auto copied = (*copyConn)->copyOut(QStringLiteral("COPY (SELECT * FROM prospects WHERE entity_id = '%1' "
                                                          "ORDER BY id) TO STDOUT")
                                               .arg(bench));
        QVERIFY(copied.ok());
        QCOMPARE(int(copied->count('\n')), rows);
        const qint64 copyMs = timer.elapsed();
        qInfo().noquote() << QStringLiteral("snapshot of %1 prospects: %2 pages in %3 ms (slowest page %4 ms, %5 KiB, "
                                            "HTTP and client-side JSON parsing included); raw COPY: %6 ms")
                                 .arg(total)
                                 .arg(pages)
                                 .arg(snapshotMs)
                                 .arg(slowest)
                                 .arg(bytes / 1024)
                                 .arg(copyMs);
        QVERIFY2(slowest < 5000, "a 5000-row page must not take seconds");
    }
};

QTEST_GUILESS_MAIN(TestSyncApi)
#include "tst_sync_api.moc"
