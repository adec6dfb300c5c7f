#pragma once

#include "core/Result.h"

#include <QStringList>
#include <QVariantList>

#include <functional>

class QIODevice;

namespace hector::sync {
class LocalReplica;
}

namespace hector::ui {

class ProspectListModel;

// CSV export of the prospects list as it is filtered and sorted: every matching row (not only
// the rows the view has loaded), read with one forward-only query and written row by row
// (csv::CsvWriter: « ; », UTF-8 with BOM, RFC 4180 quoting, French headers).
class ProspectCsvExport
{
public:
    // The view's filter and order, as the model has them now.
    ProspectCsvExport(sync::LocalReplica *replica, const ProspectListModel &model);

    static QStringList headers();
    // Rows the export will write.
    int count() const;
    // Writes the header and the rows; `progress(rowsWritten)` is called every few hundred rows
    // and cancels the export by returning false (result: error "cancelled"). Returns the number of
    // rows written.
    Result<qint64> write(QIODevice *device, const std::function<bool(qint64)> &progress = {}) const;

private:
    sync::LocalReplica *m_replica;
    QString m_where;
    QVariantList m_params;
    QString m_order;
};

} // namespace hector::ui
