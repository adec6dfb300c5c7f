#pragma once

#include <QString>

namespace hector::ui {

// A page that can open one of its records (a prospect, an RDV, an action) when asked by the main
// window — the command palette (Ctrl+K) and links between screens use it. The page is registered
// for its tables with PageRegistry::setRecordPage().
class RecordOpener
{
public:
    virtual ~RecordOpener() = default;
    // Shows the record `id` of `table`; false when the page cannot find it.
    virtual bool openRecord(const QString &table, const QString &id) = 0;
};

} // namespace hector::ui
