#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace hector::sync {

// Version of the replicated schema. A client whose replica has another version is told to
// migrate (client migration) or resync; bump it whenever a synced table or column changes.
inline constexpr int kSyncSchemaVersion = 4; // 2: CRM core (issue #5); 3: opportunities (issue #6); 4: enrichment provenance, geocode source (issue #7)

enum class ColumnType {
    Uuid,      // text on the wire and in SQLite
    Text,
    Integer,   // JSON number; SQLite INTEGER
    Real,
    Bool,      // JSON bool; SQLite INTEGER 0/1
    Timestamp, // ISO-8601 UTC with milliseconds on the wire; SQLite TEXT
};

struct ColumnSpec
{
    QString name;
    ColumnType type = ColumnType::Text;
    bool clientWritable = true; // may a client mutation set it?
};

// How the server decides who sees a row (row-level security) — and what the change log records.
enum class ScopeKind {
    Entity,       // the row's `entity_id` (France, Luxembourg, ...) against the reader's entities
    Organization, // every member of the organisation sees it
};

// One table replicated to the desktop clients. The server builds its snapshot, pull and push
// queries from this declaration, and the client creates its SQLite tables from it: a module makes
// a table sync by adding it here (and giving it the capture trigger in a migration).
struct TableSpec
{
    QString name;
    QList<ColumnSpec> columns; // the first column is the primary key `id` (uuid)
    ScopeKind scope = ScopeKind::Entity;
    bool clientWritable = false; // accepts push mutations

    QStringList columnNames() const;
    const ColumnSpec *column(const QString &name) const;
};

const QList<TableSpec> &syncedTables();
const TableSpec *syncedTable(const QString &name);

} // namespace hector::sync
