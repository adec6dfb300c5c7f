#pragma once

#include "core/Dto.h"
#include "core/Result.h"

#include <QList>
#include <QPair>
#include <QStringList>
#include <QVariantMap>

namespace hector::sync {
class LocalReplica;
}

namespace hector::ui {

// What « Annuler » needs to revert the last operation of the prospects list.
struct ProspectUndo
{
    enum class Kind { None, FieldChange, Delete };

    struct Deleted
    {
        QVariantMap row;           // the prospect as it was
        QStringList rdvIds;        // its appointments, actions and opportunities (unlinked by the delete)
        QStringList actionIds;
        QStringList opportunityIds;
        QList<QVariantMap> notes;  // its notes (deleted with it)
    };

    Kind kind = Kind::None;
    QString field;                               // FieldChange: the column changed
    QList<QPair<QString, QVariant>> previous;    // FieldChange: id -> value before
    QList<Deleted> deleted;                      // Delete

    bool isEmpty() const { return kind == Kind::None || (previous.isEmpty() && deleted.isEmpty()); }
    int count() const { return int(kind == Kind::Delete ? deleted.size() : previous.size()); }
};

// Bulk operations of the prospects list, each in ONE replica transaction (LocalReplica::writeBatch)
// and through the outbox, with what is needed to undo them.
namespace prospectOperations {

// Sets `field` (owner_id, status) of every prospect of `ids`; the undo restores each one's value.
Result<ProspectUndo> setField(sync::LocalReplica *replica, const QStringList &ids, const QString &field,
                              const QVariant &value);

// Deletes the prospects. As on the server (migrations 0005, 0006), their appointments, actions and
// opportunities are unlinked and their notes deleted; the undo keeps all of it.
Result<ProspectUndo> remove(sync::LocalReplica *replica, const QStringList &ids);

// Reverts `undo`. A deleted prospect comes back under a new id (deleted ids are never reused):
// its appointments, actions and opportunities are linked to it again and its notes re-created —
// by `me` (the server accepts notes only from their author), with the original author and date in
// front of the text when it was someone else. Returns the ids of the prospects touched.
Result<QStringList> revert(sync::LocalReplica *replica, const ProspectUndo &undo, const UserDto &me);

} // namespace prospectOperations
} // namespace hector::ui
