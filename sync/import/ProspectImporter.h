#pragma once

#include "core/Dto.h"
#include "core/Result.h"
#include "core/csv/ProspectImport.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

namespace hector::sync {

class LocalReplica;

// One import into the local replica, as the wizard's last steps see it.
struct ImportSummary
{
    QString batchId;
    int created = 0;
    int updated = 0;
    int skipped = 0; // duplicates left alone
    int invalid = 0;
};

// An import recorded in the replica (« Imports récents »).
struct ImportBatchInfo
{
    QString id;
    QString fileName;
    QDateTime createdAt;
    QDateTime undoneAt;
    int created = 0;
    int updated = 0;
    int skipped = 0;
    int invalid = 0;
    bool complete = false; // false while running, or after a cancelled run (already undone)
};

// What an import does (the wizard's choices).
struct ImportPlan
{
    QString path;
    csv::CsvFormat format;
    QStringList mapping;
    csv::ImportContext context;
    csv::DuplicateAction onDuplicate = csv::DuplicateAction::Skip;
    QHash<qint64, csv::DuplicateAction> perRecord; // record index -> choice overriding onDuplicate
    // A commercial may only change the prospects they own (row-level security): an update of
    // someone else's record is skipped instead of being refused by the server later.
    bool updateOwnOnly = false;
    // The replica's duplicate index when the caller has it already (the wizard's check built it
    // in its worker thread); else the importer builds it when it starts.
    std::optional<csv::DuplicateIndex> existing;
};

// Writes a CSV file of prospects into the local replica (issue #8): the file is read again as it
// goes (never held in memory), a few hundred records per event-loop turn so the window stays
// responsive, each turn in one LocalReplica::writeBatch(); the outbox then brings every write to
// the server. Every write is journaled in two local-only tables of the replica (_import_batches,
// _import_rows: what was created, and the previous values of what was updated), so undo() puts
// the replica — and, once synced, the server — back as before the import. cancel() stops and
// undoes what was written: an import is all or nothing. Duplicates (csv::DuplicateIndex over the
// replica's prospects and the rows already written) are created, updated or skipped per plan.
// Imported rows keep enrichment_status empty: the server's enrichment (issue #7) picks them up
// (see docs/crm.md); nothing is sent to a third party from the client.
class ProspectImporter : public QObject
{
    Q_OBJECT
public:
    explicit ProspectImporter(LocalReplica *replica, QObject *parent = nullptr);
    ~ProspectImporter() override;

    // The duplicate keys of every prospect of the replica (refs: ids).
    static csv::DuplicateIndex existingProspects(LocalReplica *replica);
    // The same in two steps, so that the costly one runs off the UI thread: the rows (id, siren,
    // siret, company_name, postcode; one quick query, on the replica's thread), then their index
    // (any thread).
    static QList<QStringList> existingKeyRows(LocalReplica *replica);
    static csv::DuplicateIndex indexOf(const QList<QStringList> &keyRows);
    // Who imports, from the replica's entities: the entities the user writes in (admins and the
    // presidency: all; others: their entity and its sub-entities — the server's rule), their
    // entity and country, and them as owner.
    static csv::ImportContext contextFor(LocalReplica *replica, const UserDto &user);
    // Creates the journal tables when missing (local only: no schema bump, never synced).
    static Result<void> ensureJournal(LocalReplica *replica);

    // Starts the import in the background of the event loop; progress(), then finished(),
    // failed() or cancelled().
    void start(const ImportPlan &plan);
    void cancel();
    bool isRunning() const { return m_timer.isActive(); }
    // The whole import at once (tests, benchmark).
    Result<ImportSummary> run(const ImportPlan &plan);

    // Puts the replica back as before the batch (in one writeBatch): rows it created are deleted,
    // rows it updated get their previous values back, newest first. Rows deleted since are
    // skipped. Refused when already undone.
    static Result<void> undo(LocalReplica *replica, const QString &batchId);
    static QList<ImportBatchInfo> recentBatches(LocalReplica *replica, int limit = 20);

    // Records per event-loop turn (default 400).
    void setChunkSize(int records) { m_chunk = qMax(1, records); }

signals:
    void progress(qint64 bytesDone, qint64 bytesTotal, qint64 recordsDone);
    void finished(const hector::sync::ImportSummary &summary);
    void failed(const hector::Error &error);
    void cancelled();

private:
    Result<void> begin(const ImportPlan &plan);
    // Imports up to `records` records; false at the end of the file.
    Result<bool> step(int records);
    Result<void> finish();
    void turn();
    void stopWith(const Error &error);

    QPointer<LocalReplica> m_replica;
    ImportPlan m_plan;
    QFile m_file;
    std::unique_ptr<csv::CsvReader> m_reader;
    qsizetype m_headerSize = 0;
    csv::DuplicateIndex m_index;
    ImportSummary m_summary;
    qint64 m_record = 0;
    int m_seq = 0;
    int m_chunk = 400;
    bool m_cancelRequested = false;
    QTimer m_timer;
};

} // namespace hector::sync

Q_DECLARE_METATYPE(hector::sync::ImportSummary)
