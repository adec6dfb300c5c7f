// A desktop client without widgets, for fault tests: signs in, makes local changes that are
// resumed after a crash (the replica says how far it got), syncs, exits 0 once everything is
// pushed and pulled. The tests kill it with SIGKILL at random moments and start it again.
//   sync_probe <server url> <email> <password> <replica path> <creates> <updates> <prefix>
#include "SyncClient.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cstdio>

using namespace hector;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() != 8) {
        std::fprintf(stderr, "usage: sync_probe URL EMAIL PASSWORD REPLICA CREATES UPDATES PREFIX\n");
        return 2;
    }
    const QString prefix = a.at(7);
    const int creates = a.at(5).toInt();
    const int updates = a.at(6).toInt();
    test::SyncClient client(a.at(4));
    if (!client.login(QUrl(a.at(1)), a.at(2), a.at(3)))
        return 3;
    if (!client.open(false))
        return 4;
    sync::LocalReplica *rep = client.replica();

    // Resume the local work where the previous (killed) run stopped.
    QSqlQuery q(rep->database());
    q.prepare(QStringLiteral("SELECT count(*) FROM prospects WHERE company_name LIKE ?"));
    q.addBindValue(QString(prefix + u'%'));
    int made = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    auto franceEntity = [rep] {
        QSqlQuery e(rep->database());
        e.exec(QStringLiteral("SELECT id FROM entities WHERE country_code = 'FR' AND level = 0"));
        return e.next() ? e.value(0).toString() : QString();
    };
    QString entity = franceEntity();
    if (creates > 0 && entity.isEmpty()) {
        // No snapshot yet: get one first (entities come with it).
        if (!client.waitSynced(120000))
            return 5;
        entity = franceEntity();
    }
    for (; made < creates; ++made) {
        auto r = rep->createRow(QStringLiteral("prospects"),
                                {{QStringLiteral("company_name"), QStringLiteral("%1 %2").arg(prefix).arg(made, 5, 10, QLatin1Char('0'))},
                                 {QStringLiteral("entity_id"), entity},
                                 {QStringLiteral("country_code"), QStringLiteral("FR")},
                                 {QStringLiteral("status"), QStringLiteral("nouveau")},
                                 {QStringLiteral("contact_name"), QStringLiteral("v0")}});
        if (!r)
            return 6;
    }
    if (updates > 0) {
        QSqlQuery first(rep->database());
        first.prepare(QStringLiteral("SELECT id, contact_name FROM prospects WHERE company_name = ?"));
        first.addBindValue(QStringLiteral("%1 %2").arg(prefix).arg(0, 5, 10, QLatin1Char('0')));
        if (!first.exec() || !first.next())
            return 7;
        const QString id = first.value(0).toString();
        for (int v = first.value(1).toString().mid(1).toInt() + 1; v <= updates; ++v) {
            if (!rep->updateRow(QStringLiteral("prospects"), id, {{QStringLiteral("contact_name"), QStringLiteral("v%1").arg(v)}}))
                return 8;
        }
    }
    return client.waitSynced(120000) ? 0 : 9;
}
