#include "ui/prospects/ProspectOperations.h"

#include "sync/replica/LocalReplica.h"
#include "ui/prospects/ProspectSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace hector::ui::prospectOperations {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hector::ui::prospectOperations", text);
}

QStringList linkedIds(const QSqlDatabase &db, const char *table, const QString &prospectId)
{
    QStringList out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE prospect_id = ? ORDER BY id").arg(QLatin1String(table)));
    q.addBindValue(prospectId);
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}
} // namespace

Result<ProspectUndo> setField(sync::LocalReplica *replica, const QStringList &ids, const QString &field,
                              const QVariant &value)
{
    ProspectUndo undo;
    undo.kind = ProspectUndo::Kind::FieldChange;
    undo.field = field;
    const QString wanted = value.isNull() ? QString() : value.toString();
    auto r = replica->writeBatch([&]() -> Result<void> {
        for (const QString &id : ids) {
            const QVariantMap row = replica->row(QStringLiteral("prospects"), id);
            if (row.isEmpty())
                continue; // deleted meanwhile (a sync)
            const QVariant before = row.value(field);
            if ((before.isNull() ? QString() : before.toString()) == wanted)
                continue;
            if (auto u = replica->updateRow(QStringLiteral("prospects"), id, {{field, value}}); !u)
                return u.error();
            undo.previous.append({id, before});
        }
        return {};
    });
    if (!r)
        return r.error();
    return undo;
}

Result<ProspectUndo> remove(sync::LocalReplica *replica, const QStringList &ids)
{
    ProspectUndo undo;
    undo.kind = ProspectUndo::Kind::Delete;
    const QSqlDatabase db = replica->database();
    auto r = replica->writeBatch([&]() -> Result<void> {
        for (const QString &id : ids) {
            ProspectUndo::Deleted d;
            d.row = replica->row(QStringLiteral("prospects"), id);
            if (d.row.isEmpty())
                continue;
            d.rdvIds = linkedIds(db, "rdvs", id);
            d.actionIds = linkedIds(db, "actions", id);
            d.opportunityIds = linkedIds(db, "opportunities", id);
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT id FROM prospect_notes WHERE prospect_id = ? ORDER BY created_at, id"));
            q.addBindValue(id);
            if (q.exec()) {
                while (q.next())
                    d.notes.append(replica->row(QStringLiteral("prospect_notes"), q.value(0).toString()));
            }
            q.finish();
            if (auto del = replica->deleteRow(QStringLiteral("prospects"), id); !del)
                return del.error();
            undo.deleted.append(d);
        }
        return {};
    });
    if (!r)
        return r.error();
    return undo;
}

Result<QStringList> revert(sync::LocalReplica *replica, const ProspectUndo &undo, const UserDto &me)
{
    QStringList touched;
    const QSqlDatabase db = replica->database();
    auto r = replica->writeBatch([&]() -> Result<void> {
        if (undo.kind == ProspectUndo::Kind::FieldChange) {
            for (const auto &[id, before] : undo.previous) {
                if (replica->row(QStringLiteral("prospects"), id).isEmpty())
                    continue; // deleted since
                if (auto u = replica->updateRow(QStringLiteral("prospects"), id, {{undo.field, before}}); !u)
                    return u.error();
                touched.append(id);
            }
            return {};
        }
        for (const ProspectUndo::Deleted &d : undo.deleted) {
            QVariantMap values = d.row;
            values.remove(QStringLiteral("id")); // a deleted id stays deleted on the server
            auto created = replica->createRow(QStringLiteral("prospects"), values);
            if (!created)
                return created.error();
            const QString newId = *created;
            touched.append(newId);
            for (const auto &[table, ids] : {std::pair{QStringLiteral("rdvs"), d.rdvIds},
                                             std::pair{QStringLiteral("actions"), d.actionIds},
                                             std::pair{QStringLiteral("opportunities"), d.opportunityIds}}) {
                for (const QString &linked : ids) {
                    const QVariantMap row = replica->row(table, linked);
                    if (row.isEmpty() || !row.value(QStringLiteral("prospect_id")).isNull())
                        continue; // deleted, or linked elsewhere since
                    if (auto u = replica->updateRow(table, linked, {{QStringLiteral("prospect_id"), newId}}); !u)
                        return u.error();
                }
            }
            for (const QVariantMap &note : d.notes) {
                const QString author = note.value(QStringLiteral("author_id")).toString();
                QString body = note.value(QStringLiteral("body")).toString();
                if (author != me.id) {
                    QString name = prospects::userName(db, author);
                    if (name.isEmpty())
                        name = tr("un autre utilisateur");
                    body = tr("Note de %1 du %2 :\n%3")
                               .arg(name, prospects::formatTimestamp(note.value(QStringLiteral("created_at")).toString()), body);
                }
                auto n = replica->createRow(QStringLiteral("prospect_notes"),
                                            {{QStringLiteral("entity_id"), values.value(QStringLiteral("entity_id"))},
                                             {QStringLiteral("prospect_id"), newId},
                                             {QStringLiteral("author_id"), me.id},
                                             {QStringLiteral("body"), body}});
                if (!n)
                    return n.error();
            }
        }
        return {};
    });
    if (!r)
        return r.error();
    return touched;
}

} // namespace hector::ui::prospectOperations
