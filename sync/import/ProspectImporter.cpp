#include "sync/import/ProspectImporter.h"

#include "sync/replica/LocalReplica.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcImport, "hector.sync.import")

namespace hector::sync {

namespace {
const QString kProspects = QStringLiteral("prospects");

QString tr(const char *text)
{
    return QCoreApplication::translate("hector::sync", text);
}

Error journalError(const QSqlQuery &q)
{
    qCWarning(lcImport) << "journal:" << q.lastError().text();
    return makeError(QStringLiteral("replica_error"), tr("Erreur du journal d'import : %1").arg(q.lastError().text()));
}

Result<void> execJournal(LocalReplica *replica, const QString &sql, const QVariantList &params = {})
{
    QSqlQuery q(replica->database());
    if (!q.prepare(sql))
        return journalError(q);
    for (const QVariant &p : params)
        q.addBindValue(p);
    if (!q.exec())
        return journalError(q);
    return {};
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariantMap toVariantMap(const QJsonObject &o)
{
    QVariantMap out;
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().isNull() ? QVariant() : it.value().toVariant());
    return out;
}

QJsonValue toJson(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QJsonValue::Null;
    return QJsonValue::fromVariant(v);
}
} // namespace

ProspectImporter::ProspectImporter(LocalReplica *replica, QObject *parent)
    : QObject(parent)
    , m_replica(replica)
{
    qRegisterMetaType<hector::sync::ImportSummary>();
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &ProspectImporter::turn);
}

ProspectImporter::~ProspectImporter()
{
    // Destroyed in the middle of an import (window closed): all or nothing, what was written goes.
    if (m_timer.isActive() && m_replica && !m_summary.batchId.isEmpty())
        (void)undo(m_replica, m_summary.batchId);
}

csv::ImportContext ProspectImporter::contextFor(LocalReplica *replica, const UserDto &user)
{
    struct Row
    {
        crm::EntityRef ref;
        QString parent;
    };
    QList<Row> all;
    QSqlQuery q(replica->database());
    if (q.exec(QStringLiteral("SELECT id, country_code, level, parent_id FROM entities"))) {
        while (q.next())
            all.append({{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()}, q.value(3).toString()});
    }
    const bool everything = user.role == Role::Admin || user.role == Role::President;
    QSet<QString> scope;
    if (!everything && !user.entityId.isEmpty())
        scope.insert(user.entityId);
    for (bool grew = true; grew && !everything;) { // the sub-entities, level by level
        grew = false;
        for (const Row &r : all) {
            if (!scope.contains(r.ref.id) && scope.contains(r.parent)) {
                scope.insert(r.ref.id);
                grew = true;
            }
        }
    }
    csv::ImportContext ctx;
    for (const Row &r : all) {
        if (everything || scope.contains(r.ref.id))
            ctx.entities.append(r.ref);
    }
    ctx.preferredEntityId = user.entityId;
    if (!user.entityCountry.isEmpty())
        ctx.defaultCountry = user.entityCountry;
    ctx.ownerId = user.id;
    return ctx;
}

Result<void> ProspectImporter::ensureJournal(LocalReplica *replica)
{
    for (const char *sql : {
             "CREATE TABLE IF NOT EXISTS _import_batches (id TEXT PRIMARY KEY, file_name TEXT, created_at TEXT NOT NULL, "
             "undone_at TEXT, complete INTEGER NOT NULL DEFAULT 0, created_count INTEGER NOT NULL DEFAULT 0, "
             "updated_count INTEGER NOT NULL DEFAULT 0, skipped_count INTEGER NOT NULL DEFAULT 0, "
             "invalid_count INTEGER NOT NULL DEFAULT 0)",
             "CREATE TABLE IF NOT EXISTS _import_rows (batch_id TEXT NOT NULL, seq INTEGER NOT NULL, prospect_id TEXT NOT NULL, "
             "action TEXT NOT NULL, previous TEXT, PRIMARY KEY (batch_id, seq))",
         }) {
        if (auto r = execJournal(replica, QString::fromLatin1(sql)); !r)
            return r;
    }
    return {};
}

QList<QStringList> ProspectImporter::existingKeyRows(LocalReplica *replica)
{
    QList<QStringList> rows;
    QSqlQuery q(replica->database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, siren, siret, company_name, postcode FROM prospects")))
        return rows;
    while (q.next()) {
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString()});
    }
    return rows;
}

csv::DuplicateIndex ProspectImporter::indexOf(const QList<QStringList> &keyRows)
{
    csv::DuplicateIndex index;
    for (const QStringList &r : keyRows) {
        const QJsonObject keys{{QStringLiteral("siren"), r.value(1)},
                               {QStringLiteral("siret"), r.value(2)},
                               {QStringLiteral("company_name"), r.value(3)},
                               {QStringLiteral("postcode"), r.value(4)}};
        index.add(r.value(0), csv::duplicateKeys(keys));
    }
    return index;
}

csv::DuplicateIndex ProspectImporter::existingProspects(LocalReplica *replica)
{
    return indexOf(existingKeyRows(replica));
}

Result<void> ProspectImporter::begin(const ImportPlan &plan)
{
    if (!m_replica)
        return makeError(QStringLiteral("replica_unavailable"), tr("La base locale n'est pas ouverte."));
    if (auto r = ensureJournal(m_replica); !r)
        return r;
    m_plan = plan;
    m_summary = {};
    m_record = 0;
    m_seq = 0;
    m_cancelRequested = false;
    m_reader.reset();
    if (m_file.isOpen())
        m_file.close();
    m_file.setFileName(plan.path);
    if (!m_file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("file_error"), tr("Impossible d'ouvrir « %1 » : %2").arg(plan.path, m_file.errorString()));
    m_reader = std::make_unique<csv::CsvReader>(&m_file, plan.format);
    QStringList header;
    if (!m_reader->readRecord(header))
        return makeError(QStringLiteral("file_error"), tr("Le fichier est vide."));
    m_headerSize = header.size();
    m_index = plan.existing ? *plan.existing : existingProspects(m_replica);
    m_summary.batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return execJournal(m_replica, QStringLiteral("INSERT INTO _import_batches (id, file_name, created_at) VALUES (?, ?, ?)"),
                       {m_summary.batchId, QFileInfo(plan.path).fileName(), now()});
}

Result<bool> ProspectImporter::step(int records)
{
    bool more = true;
    auto r = m_replica->writeBatch([&]() -> Result<void> {
        QStringList cells;
        for (int n = 0; n < records; ++n) {
            if (!m_reader->readRecord(cells)) {
                more = false;
                break;
            }
            const qint64 record = m_record++;
            if (!m_reader->recordError().isEmpty()) {
                ++m_summary.invalid;
                continue;
            }
            const csv::ConvertedRow row = csv::convertRecord(cells, m_plan.mapping, m_plan.context, m_headerSize);
            if (!row.ok()) {
                ++m_summary.invalid;
                continue;
            }
            const csv::DuplicateKeys keys = csv::duplicateKeys(row.fields);
            const auto match = m_index.find(keys);
            const csv::DuplicateAction action = match ? m_plan.perRecord.value(record, m_plan.onDuplicate)
                                                      : csv::DuplicateAction::Create;
            if (action == csv::DuplicateAction::Skip) {
                ++m_summary.skipped;
                continue;
            }
            if (action == csv::DuplicateAction::Update) {
                const QVariantMap current = m_replica->row(kProspects, match->ref);
                if (current.isEmpty() // deleted meanwhile (sync): nothing to update
                    || (m_plan.updateOwnOnly && current.value(QStringLiteral("owner_id")).toString() != m_plan.context.ownerId)) {
                    ++m_summary.skipped;
                    continue;
                }
                const QJsonObject changes = csv::updateFromImport(row.fields);
                QJsonObject previous;
                for (auto it = changes.begin(); it != changes.end(); ++it) {
                    const QJsonValue old = toJson(current.value(it.key()));
                    if (old != it.value())
                        previous.insert(it.key(), old);
                }
                if (auto u = m_replica->updateRow(kProspects, match->ref, toVariantMap(changes)); !u) {
                    ++m_summary.invalid; // the merged record breaks a rule: counted, nothing written
                    qCInfo(lcImport) << "update refused:" << u.error().message;
                    continue;
                }
                if (!previous.isEmpty()) {
                    if (auto j = execJournal(m_replica,
                                             QStringLiteral("INSERT INTO _import_rows (batch_id, seq, prospect_id, action, previous) "
                                                            "VALUES (?, ?, ?, 'updated', ?)"),
                                             {m_summary.batchId, m_seq++, match->ref,
                                              QString::fromUtf8(QJsonDocument(previous).toJson(QJsonDocument::Compact))});
                        !j)
                        return j;
                }
                m_index.add(match->ref, keys);
                ++m_summary.updated;
                continue;
            }
            auto id = m_replica->createRow(kProspects, toVariantMap(row.fields));
            if (!id) {
                ++m_summary.invalid;
                qCInfo(lcImport) << "creation refused:" << id.error().message;
                continue;
            }
            if (auto j = execJournal(m_replica,
                                     QStringLiteral("INSERT INTO _import_rows (batch_id, seq, prospect_id, action) "
                                                    "VALUES (?, ?, ?, 'created')"),
                                     {m_summary.batchId, m_seq++, *id});
                !j)
                return j;
            m_index.add(*id, keys);
            ++m_summary.created;
        }
        return execJournal(m_replica,
                           QStringLiteral("UPDATE _import_batches SET created_count = ?, updated_count = ?, skipped_count = ?, "
                                          "invalid_count = ? WHERE id = ?"),
                           {m_summary.created, m_summary.updated, m_summary.skipped, m_summary.invalid, m_summary.batchId});
    });
    if (!r)
        return r.error();
    if (!m_reader->error().isEmpty())
        return makeError(QStringLiteral("file_error"), m_reader->error());
    return more;
}

Result<void> ProspectImporter::finish()
{
    m_file.close();
    m_reader.reset();
    return execJournal(m_replica, QStringLiteral("UPDATE _import_batches SET complete = 1 WHERE id = ?"), {m_summary.batchId});
}

Result<ImportSummary> ProspectImporter::run(const ImportPlan &plan)
{
    if (auto r = begin(plan); !r)
        return r.error();
    for (;;) {
        auto more = step(2000);
        if (!more) {
            (void)undo(m_replica, m_summary.batchId);
            return more.error();
        }
        if (!*more)
            break;
    }
    if (auto r = finish(); !r)
        return r.error();
    return m_summary;
}

void ProspectImporter::start(const ImportPlan &plan)
{
    if (auto r = begin(plan); !r) {
        emit failed(r.error());
        return;
    }
    m_timer.start();
}

void ProspectImporter::cancel()
{
    if (m_timer.isActive())
        m_cancelRequested = true;
}

void ProspectImporter::stopWith(const Error &error)
{
    m_timer.stop();
    if (m_replica && !m_summary.batchId.isEmpty())
        (void)undo(m_replica, m_summary.batchId);
    m_file.close();
    m_reader.reset();
    emit failed(error);
}

void ProspectImporter::turn()
{
    if (!m_replica) {
        m_timer.stop();
        emit failed(makeError(QStringLiteral("replica_unavailable"), tr("La base locale a été fermée.")));
        return;
    }
    if (m_cancelRequested) {
        m_timer.stop();
        // All or nothing: what this run wrote is undone.
        if (auto r = undo(m_replica, m_summary.batchId); !r) {
            emit failed(r.error());
            return;
        }
        m_file.close();
        m_reader.reset();
        emit cancelled();
        return;
    }
    auto more = step(m_chunk);
    if (!more) {
        stopWith(more.error());
        return;
    }
    emit progress(m_reader ? m_reader->bytesRead() : 0, m_file.size(), m_record);
    if (*more)
        return;
    m_timer.stop();
    if (auto r = finish(); !r) {
        stopWith(r.error());
        return;
    }
    emit finished(m_summary);
}

Result<void> ProspectImporter::undo(LocalReplica *replica, const QString &batchId)
{
    if (auto r = ensureJournal(replica); !r)
        return r;
    {
        QSqlQuery q(replica->database());
        q.prepare(QStringLiteral("SELECT undone_at FROM _import_batches WHERE id = ?"));
        q.addBindValue(batchId);
        if (!q.exec())
            return journalError(q);
        if (!q.next())
            return makeError(QStringLiteral("not_found"), tr("Cet import est introuvable dans la base locale."));
        if (!q.value(0).isNull() && !q.value(0).toString().isEmpty())
            return makeError(QStringLiteral("conflict"), tr("Cet import a déjà été annulé."));
    }
    struct Entry
    {
        QString id;
        QString action;
        QJsonObject previous;
    };
    QList<Entry> entries;
    {
        QSqlQuery q(replica->database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT prospect_id, action, previous FROM _import_rows WHERE batch_id = ? ORDER BY seq DESC"));
        q.addBindValue(batchId);
        if (!q.exec())
            return journalError(q);
        while (q.next())
            entries.append({q.value(0).toString(), q.value(1).toString(),
                            QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object()});
    }
    return replica->writeBatch([&]() -> Result<void> {
        for (const Entry &e : entries) {
            if (replica->row(kProspects, e.id).isEmpty())
                continue; // deleted since
            if (e.action == QLatin1String("created")) {
                if (auto r = replica->deleteRow(kProspects, e.id); !r)
                    return r;
            } else if (auto r = replica->updateRow(kProspects, e.id, toVariantMap(e.previous)); !r) {
                return r;
            }
        }
        return execJournal(replica, QStringLiteral("UPDATE _import_batches SET undone_at = ? WHERE id = ?"), {now(), batchId});
    });
}

QList<ImportBatchInfo> ProspectImporter::recentBatches(LocalReplica *replica, int limit)
{
    QList<ImportBatchInfo> out;
    if (!ensureJournal(replica))
        return out;
    QSqlQuery q(replica->database());
    q.prepare(QStringLiteral("SELECT id, file_name, created_at, undone_at, complete, created_count, updated_count, "
                             "skipped_count, invalid_count FROM _import_batches ORDER BY created_at DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        ImportBatchInfo b;
        b.id = q.value(0).toString();
        b.fileName = q.value(1).toString();
        b.createdAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        b.undoneAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        b.complete = q.value(4).toInt() != 0;
        b.created = q.value(5).toInt();
        b.updated = q.value(6).toInt();
        b.skipped = q.value(7).toInt();
        b.invalid = q.value(8).toInt();
        out.append(b);
    }
    return out;
}

} // namespace hector::sync
