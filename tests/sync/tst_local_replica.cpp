// The client replica on real SQLite: atomic local writes + outbox, crash safety, pull rules
// (pending fields kept, deletes win), snapshot replay, acknowledgements.
#include "core/sync/SyncSchema.h"
#include "sync/replica/LocalReplica.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace hector;
using namespace hector::sync;

namespace {
const QString kEntity = QStringLiteral("11111111-1111-1111-1111-111111111111");

QVariantMap prospect(const QString &name)
{
    return {{QStringLiteral("company_name"), name},
            {QStringLiteral("entity_id"), kEntity},
            {QStringLiteral("country_code"), QStringLiteral("FR")},
            {QStringLiteral("status"), QStringLiteral("nouveau")},
            {QStringLiteral("city"), QStringLiteral("Lille")}};
}

QStringList prospectColumns()
{
    return syncedTable(QStringLiteral("prospects"))->columnNames();
}

QJsonArray serverRow(const QString &id, const QString &name, const QString &city)
{
    QJsonArray row;
    for (const QString &c : prospectColumns()) {
        if (c == QLatin1String("id"))
            row.append(id);
        else if (c == QLatin1String("company_name"))
            row.append(name);
        else if (c == QLatin1String("city"))
            row.append(city);
        else if (c == QLatin1String("entity_id"))
            row.append(kEntity);
        else if (c == QLatin1String("country_code"))
            row.append(QStringLiteral("FR"));
        else if (c == QLatin1String("status"))
            row.append(QStringLiteral("nouveau"));
        else
            row.append(QJsonValue::Null);
    }
    return row;
}
} // namespace

class TestLocalReplica : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("replica-%1.sqlite").arg(++m_n)); }

private slots:
    void createsSchemaAndClientId()
    {
        const QString path = newPath();
        QString clientId;
        {
            auto r = LocalReplica::open(path);
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
            clientId = (*r)->clientId();
            QVERIFY(!QUuid::fromString(clientId).isNull());
            QVERIFY(!(*r)->hasSnapshot());
            QSqlQuery q((*r)->database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        auto again = LocalReplica::open(path);
        QCOMPARE((*again)->clientId(), clientId); // stable across restarts
    }

    void anotherSchemaVersionRebuildsTablesButKeepsTheOutbox()
    {
        const QString path = newPath();
        QString pendingId;
        {
            auto r = LocalReplica::open(path);
            LocalReplica &rep = **r;
            QVERIFY(rep.beginSnapshot().ok());
            QVERIFY(rep.finishSnapshot(QStringLiteral("5:-1"), 1).ok());
            pendingId = *rep.createRow(QStringLiteral("prospects"), prospect(QStringLiteral("Gardé")));
            // As if written by a client of another synced-table schema.
            QSqlQuery q(rep.database());
            QVERIFY(q.exec(QStringLiteral("UPDATE _sync_state SET value = '0' WHERE key = 'schema_version'")));
        }
        auto r = LocalReplica::open(path);
        LocalReplica &rep = **r;
        QVERIFY(!rep.hasSnapshot());                       // a fresh snapshot will be taken
        QVERIFY(rep.row(QStringLiteral("prospects"), pendingId).isEmpty()); // tables rebuilt empty
        QCOMPARE(rep.pendingCount(), 1);                   // the local change is still to send
        QVERIFY(rep.beginSnapshot().ok());
        QVERIFY(rep.finishSnapshot(QStringLiteral("9:-1"), 1).ok());
        QCOMPARE(rep.row(QStringLiteral("prospects"), pendingId).value(QStringLiteral("company_name")).toString(),
                 QStringLiteral("Gardé"));                  // re-applied on top of the new snapshot
    }

    void searchIndexFollowsEveryWrite()
    {
        auto r = LocalReplica::open(newPath());
        LocalReplica &rep = **r;
        QVERIFY(rep.searchIndexReady());
        auto matches = [&rep](const QString &text) {
            QSqlQuery q(rep.database());
            q.prepare(QStringLiteral("SELECT count(*) FROM prospects WHERE rowid IN "
                                     "(SELECT rowid FROM prospects_search WHERE prospects_search MATCH ?)"));
            q.addBindValue(LocalReplica::searchExpression(text));
            return q.exec() && q.next() ? q.value(0).toInt() : -1;
        };
        const QString a = QStringLiteral("dddddddd-0000-0000-0000-000000000001");
        QVERIFY(rep.beginSnapshot().ok());
        QVERIFY(rep.applySnapshotPage(QStringLiteral("prospects"), prospectColumns(),
                                      QJsonArray{serverRow(a, QStringLiteral("Crêperie Bretonne"), QStringLiteral("Orléans"))}).ok());
        QVERIFY(rep.finishSnapshot(QStringLiteral("1:-1"), 1).ok());
        QCOMPARE(matches(QStringLiteral("creperie orle")), 1); // accents and case ignored, prefixes
        QVERIFY(rep.updateRow(QStringLiteral("prospects"), a, {{QStringLiteral("city"), QStringLiteral("Tours")}}).ok());
        QCOMPARE(matches(QStringLiteral("orleans")), 0);
        QCOMPARE(matches(QStringLiteral("tours")), 1);
        // A pulled change (INSERT OR REPLACE) and a local create keep it right too.
        QHash<QString, QStringList> cols{{QStringLiteral("prospects"), prospectColumns()}};
        QVERIFY(rep.applyChanges(cols, {PulledChange{QStringLiteral("prospects"), false, a,
                                                     serverRow(a, QStringLiteral("Crêperie Bretonne"), QStringLiteral("Blois"))}},
                                 QStringLiteral("2:1"))
                    .ok());
        QCOMPARE(matches(QStringLiteral("blois")), 0); // the pending local city is kept: Tours
        QCOMPARE(matches(QStringLiteral("tours crêperie")), 1);
        const QString b = *rep.createRow(QStringLiteral("prospects"), prospect(QStringLiteral("Glacier Italien")));
        QCOMPARE(matches(QStringLiteral("glac")), 1);
        QVERIFY(rep.deleteRow(QStringLiteral("prospects"), b).ok());
        QCOMPARE(matches(QStringLiteral("glac")), 0);
        QSqlQuery check(rep.database());
        QVERIFY(check.exec(QStringLiteral("INSERT INTO prospects_search (prospects_search) VALUES ('integrity-check')")));
        QCOMPARE(LocalReplica::searchExpression(QStringLiteral("  l'Étoile - 59 ")),
                 QStringLiteral("\"l\"* \"Étoile\"* \"59\"*"));
    }

    void localWritesGoToOutboxAtomically()
    {
        auto r = LocalReplica::open(newPath());
        LocalReplica &rep = **r;
        QSignalSpy pending(&rep, &LocalReplica::pendingCountChanged);
        auto id = rep.createRow(QStringLiteral("prospects"), prospect(QStringLiteral("Boulangerie Paul")));
        QVERIFY(id.ok());
        QCOMPARE(rep.pendingCount(), 1);
        QVERIFY(pending.count() >= 1);
        QVERIFY(rep.updateRow(QStringLiteral("prospects"), *id, {{QStringLiteral("city"), QStringLiteral("Lens")}}).ok());
        // Unchanged values do not create mutations.
        QVERIFY(rep.updateRow(QStringLiteral("prospects"), *id, {{QStringLiteral("city"), QStringLiteral("Lens")}}).ok());
        QCOMPARE(rep.pendingCount(), 2);
        const auto muts = rep.pendingMutations(10);
        QCOMPARE(muts.size(), 2);
        QVERIFY(muts[0].mid < muts[1].mid);
        QCOMPARE(muts[0].fields.value(QLatin1StringView("company_name")).toString(), QStringLiteral("Boulangerie Paul"));
        QCOMPARE(muts[1].fields.value(QLatin1StringView("city")).toString(), QStringLiteral("Lens"));
        QCOMPARE(muts[1].base.value(QLatin1StringView("city")).toString(), QStringLiteral("Lille"));
        QCOMPARE(muts[1].fields.size(), 1);
        QVERIFY(rep.deleteRow(QStringLiteral("prospects"), *id).ok());
        QVERIFY(rep.row(QStringLiteral("prospects"), *id).isEmpty());
        QCOMPARE(rep.pendingMutations(10).last().op, QStringLiteral("delete"));
    }

    void invalidRowsAreRefusedAndNothingIsWritten()
    {
        auto r = LocalReplica::open(newPath());
        QVariantMap bad = prospect(QStringLiteral("Garage"));
        bad.insert(QStringLiteral("siren"), QStringLiteral("552081318"));
        auto created = (*r)->createRow(QStringLiteral("prospects"), bad);
        QVERIFY(!created.ok());
        QVERIFY(created.error().message.contains(QStringLiteral("SIREN")));
        QCOMPARE((*r)->pendingCount(), 0);
        QVERIFY(!(*r)->createRow(QStringLiteral("entities"), {{QStringLiteral("name"), QStringLiteral("X")}}).ok());
    }

    void survivesReopenWithPendingChanges()
    {
        const QString path = newPath();
        QString id;
        {
            auto r = LocalReplica::open(path);
            id = *(*r)->createRow(QStringLiteral("prospects"), prospect(QStringLiteral("Pharmacie du Port")));
        }
        auto r = LocalReplica::open(path);
        QCOMPARE((*r)->pendingCount(), 1);
        QCOMPARE((*r)->row(QStringLiteral("prospects"), id).value(QStringLiteral("company_name")).toString(),
                 QStringLiteral("Pharmacie du Port"));
    }

    void pullKeepsPendingFieldsAndDeletesWin()
    {
        auto r = LocalReplica::open(newPath());
        LocalReplica &rep = **r;
        QVERIFY(rep.beginSnapshot().ok());
        const QString a = QStringLiteral("aaaaaaaa-0000-0000-0000-000000000001");
        const QString b = QStringLiteral("aaaaaaaa-0000-0000-0000-000000000002");
        QJsonArray rows{serverRow(a, QStringLiteral("Alpha"), QStringLiteral("Lyon")),
                        serverRow(b, QStringLiteral("Beta"), QStringLiteral("Nice"))};
        QCOMPARE(*rep.applySnapshotPage(QStringLiteral("prospects"), prospectColumns(), rows), 2);
        QVERIFY(rep.finishSnapshot(QStringLiteral("100:-1"), 3).ok());
        QCOMPARE(rep.cursor(), QStringLiteral("100:-1"));
        QCOMPARE(rep.scopeVersion(), 3);

        // Local edit of a's city, pending.
        QVERIFY(rep.updateRow(QStringLiteral("prospects"), a, {{QStringLiteral("city"), QStringLiteral("Vienne")}}).ok());
        QVERIFY(rep.updateRow(QStringLiteral("prospects"), b, {{QStringLiteral("city"), QStringLiteral("Cannes")}}).ok());
        QCOMPARE(rep.pendingFields(QStringLiteral("prospects"), a), QSet<QString>{QStringLiteral("city")});

        // The server changes a's name and city, and deletes b.
        QHash<QString, QStringList> cols{{QStringLiteral("prospects"), prospectColumns()}};
        QList<PulledChange> changes{
            PulledChange{QStringLiteral("prospects"), false, a, serverRow(a, QStringLiteral("Alpha SAS"), QStringLiteral("Lyon 3e"))},
            PulledChange{QStringLiteral("prospects"), true, b, {}}};
        QVERIFY(rep.applyChanges(cols, changes, QStringLiteral("105:2")).ok());
        const QVariantMap rowA = rep.row(QStringLiteral("prospects"), a);
        QCOMPARE(rowA.value(QStringLiteral("company_name")).toString(), QStringLiteral("Alpha SAS")); // server
        QCOMPARE(rowA.value(QStringLiteral("city")).toString(), QStringLiteral("Vienne"));            // pending local
        QVERIFY(rep.row(QStringLiteral("prospects"), b).isEmpty());
        QCOMPARE(rep.pendingCount(), 1); // b's mutation dropped: deletes win
        QCOMPARE(rep.localHistory(QStringLiteral("prospects"), b).size(), 1);
        QCOMPARE(rep.cursor(), QStringLiteral("105:2"));
    }

    void snapshotReplaysOutboxAndAbortKeepsOldData()
    {
        auto r = LocalReplica::open(newPath());
        LocalReplica &rep = **r;
        const QString a = QStringLiteral("bbbbbbbb-0000-0000-0000-000000000001");
        QVERIFY(rep.beginSnapshot().ok());
        QVERIFY(rep.applySnapshotPage(QStringLiteral("prospects"), prospectColumns(),
                                      QJsonArray{serverRow(a, QStringLiteral("Alpha"), QStringLiteral("Lyon"))}).ok());
        QVERIFY(rep.finishSnapshot(QStringLiteral("1:-1"), 1).ok());
        QVERIFY(rep.updateRow(QStringLiteral("prospects"), a, {{QStringLiteral("city"), QStringLiteral("Bron")}}).ok());

        // An aborted resync leaves everything as it was.
        QVERIFY(rep.beginSnapshot().ok());
        QVERIFY(rep.row(QStringLiteral("prospects"), a).isEmpty());
        rep.abortSnapshot();
        QCOMPARE(rep.row(QStringLiteral("prospects"), a).value(QStringLiteral("city")).toString(), QStringLiteral("Bron"));

        // A completed resync re-applies the pending change on top of the fresh server row.
        QVERIFY(rep.beginSnapshot().ok());
        QVERIFY(rep.applySnapshotPage(QStringLiteral("prospects"), prospectColumns(),
                                      QJsonArray{serverRow(a, QStringLiteral("Alpha 2"), QStringLiteral("Lyon"))}).ok());
        QVERIFY(rep.finishSnapshot(QStringLiteral("9:-1"), 2).ok());
        const QVariantMap row = rep.row(QStringLiteral("prospects"), a);
        QCOMPARE(row.value(QStringLiteral("company_name")).toString(), QStringLiteral("Alpha 2"));
        QCOMPARE(row.value(QStringLiteral("city")).toString(), QStringLiteral("Bron"));
        QCOMPARE(rep.pendingCount(), 1);
    }

    void acknowledgeRemovesAndRestoresRejectedRows()
    {
        auto r = LocalReplica::open(newPath());
        LocalReplica &rep = **r;
        const QString a = QStringLiteral("cccccccc-0000-0000-0000-000000000001");
        QVERIFY(rep.beginSnapshot().ok());
        QVERIFY(rep.applySnapshotPage(QStringLiteral("prospects"), prospectColumns(),
                                      QJsonArray{serverRow(a, QStringLiteral("Alpha"), QStringLiteral("Lyon"))}).ok());
        QVERIFY(rep.finishSnapshot(QStringLiteral("1:-1"), 1).ok());
        QVERIFY(rep.updateRow(QStringLiteral("prospects"), a, {{QStringLiteral("city"), QStringLiteral("Metz")}}).ok());
        auto created = rep.createRow(QStringLiteral("prospects"), prospect(QStringLiteral("Nouveau")));
        const auto muts = rep.pendingMutations(10);
        QCOMPARE(muts.size(), 2);
        MutationResult rejected{muts[0].mid, QStringLiteral("rejected"), QStringLiteral("forbidden"),
                                QStringLiteral("Vous ne pouvez pas modifier ce prospect."), {}, true,
                                serverRow(a, QStringLiteral("Alpha"), QStringLiteral("Lyon")), prospectColumns()};
        MutationResult applied{muts[1].mid, QStringLiteral("applied"), {}, {}, {}, false, {}, {}};
        QVERIFY(rep.acknowledge({rejected, applied}).ok());
        QCOMPARE(rep.pendingCount(), 0);
        QCOMPARE(rep.row(QStringLiteral("prospects"), a).value(QStringLiteral("city")).toString(), QStringLiteral("Lyon"));
        const auto history = rep.localHistory(QStringLiteral("prospects"), a);
        QCOMPARE(history.size(), 1);
        QVERIFY(history[0].value(QStringLiteral("message")).toString().contains(QStringLiteral("pas modifier")));
        QVERIFY(!rep.row(QStringLiteral("prospects"), *created).isEmpty());
        // The same answer twice (lost response, retried push) changes nothing more.
        QVERIFY(rep.acknowledge({rejected, applied}).ok());
        QCOMPARE(rep.localHistory(QStringLiteral("prospects"), a).size(), 1);
    }

    void rejectedCreateRemovesTheLocalRow()
    {
        auto r = LocalReplica::open(newPath());
        LocalReplica &rep = **r;
        auto created = rep.createRow(QStringLiteral("prospects"), prospect(QStringLiteral("Refusé")));
        const auto muts = rep.pendingMutations(10);
        QVERIFY(rep.acknowledge({MutationResult{muts[0].mid, QStringLiteral("rejected"), QStringLiteral("forbidden"),
                                                QStringLiteral("Refusé"), {}, true, QJsonArray(), {}}})
                    .ok());
        QVERIFY(rep.row(QStringLiteral("prospects"), *created).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLocalReplica)
#include "tst_local_replica.moc"
