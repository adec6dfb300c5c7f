#pragma once

#include "core/Result.h"
#include "core/sync/SyncSchema.h"

#include <QJsonObject>

namespace hector::sync {

// Business rules of a synced row, shared by the client (before writing its replica) and the
// server (before applying a push or a REST write). `row` holds every column of the row after the
// change (for a create: the given fields). Errors have code "validation_error" and a French
// message naming the field.
Result<void> validateRow(const TableSpec &table, const QJsonObject &row, bool isCreate);

// Allowed values of prospects.status, in pipeline order, with their French labels.
const QList<QPair<QString, QString>> &prospectStatuses();

} // namespace hector::sync
