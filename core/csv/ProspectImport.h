#pragma once

#include "core/crm/Postcode.h"

#include "core/csv/CsvReader.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace hector::csv {

// Import of prospects from a CSV file (issue #8), shared by the desktop wizard and the server's
// batch import: which column a header designates, the conversion of one line to a prospect row
// (normalised as the forms do) validated with sync::validateRow, and duplicate keys.

// A prospect column that can be imported, its French label and the header names that designate it
// (normalised: lower case, no accents, punctuation as spaces).
struct ImportField
{
    QString column;
    QString label;
    QStringList synonyms;
};
const QList<ImportField> &importFields();
QString importFieldLabel(const QString &column); // the column itself when unknown

// "Téléphone (fixe)" -> "telephone fixe".
QString normalizedHeader(const QString &header);
// The column each header designates (empty: ignored); a column is given to its first header only.
QStringList autoMapping(const QStringList &headers);
// Identifies a file layout (same normalised headers in the same order): the key a mapping the user
// corrected is saved under.
QString headerSignature(const QStringList &headers);

// Who imports: the entities they may write in, their own (preferred) entity, its country (the
// region of national phone numbers and the tie-breaker of 4-digit postcodes) and the owner of the
// created rows.
struct ImportContext
{
    QList<crm::EntityRef> entities;
    QString preferredEntityId;
    QString defaultCountry = QStringLiteral("FR");
    QString ownerId;
    QString source = QStringLiteral("import");
};

// One line converted: the prospect row (sync column names) or the French reason it is refused
// (`errorField`: the column at fault when known).
struct ConvertedRow
{
    QJsonObject fields;
    QString error;
    QString errorField;
    bool ok() const { return error.isEmpty(); }
};

// `cells` of one record under `mapping` (autoMapping() or the user's): cells trimmed; SIREN/SIRET
// as digits (SIREN taken from the SIRET when absent), e-mail in lower case; the country from the
// « pays » column (FR/LU/BE or the country's name), else from the postcode, else the user's; the
// entity from the country; phones to E.164 for that country; postcode without prefix; statuses
// and headcount bands by code or French label (status « nouveau » by default); amounts and
// coordinates with a decimal comma or point. Then sync::validateRow as a creation. A record that
// has not `expectedCells` cells is refused with the count.
ConvertedRow convertRecord(const QStringList &cells, const QStringList &mapping, const ImportContext &ctx,
                           qsizetype expectedCells = -1);

// Duplicate keys of a prospect row: SIREN (from the SIRET when absent), SIRET, and the
// normalised company name with the postcode (empty when either is missing).
struct DuplicateKeys
{
    QString siren;
    QString siret;
    QString namePostcode;
};
DuplicateKeys duplicateKeys(const QJsonObject &row);

// Prospects already seen (the replica, the database, or earlier lines of the file) by key.
class DuplicateIndex
{
public:
    struct Match
    {
        QString ref;           // what add() was given (a prospect id, a line number)
        QStringList matchedOn; // "siret", "siren", "name"
    };
    void add(const QString &ref, const DuplicateKeys &keys);
    std::optional<Match> find(const DuplicateKeys &keys) const;
    qsizetype size() const { return m_size; }
    void clear();

private:
    QHash<QString, QString> m_siren;
    QHash<QString, QString> m_siret;
    QHash<QString, QString> m_name;
    qsizetype m_size = 0;
};

// « Créer », « Mettre à jour », « Ignorer »: what an import does with a line that matches an
// existing prospect.
enum class DuplicateAction { Create, Update, Skip };
QString duplicateActionCode(DuplicateAction action); // create, update, skip
std::optional<DuplicateAction> duplicateActionFromCode(const QString &code);

// For an update from an imported line: the imported columns with a value (empty cells never erase
// what the record has), without id, owner, status, entity or source (the record keeps them).
QJsonObject updateFromImport(const QJsonObject &imported);

// What a file holds before anything is written (the wizard's « Vérification » step, and the
// client benchmark): every record converted and validated, duplicates looked up in `existing`
// (refs: prospect ids) and among the earlier valid records of the file (refs "#<record>").
struct ImportProblem
{
    qint64 record = 0;  // 0-based index of the data record (the header is not counted)
    qint64 line = 0;    // line of the file where it starts
    QString error;      // invalid: the French reason; empty for a duplicate
    QString errorField;
    QString duplicateOf; // duplicate: a prospect id, or "#<record>" for an earlier line of the file
    QStringList matchedOn;
    QString companyName;
    QStringList cells;  // the record as read (for the error report)
    bool isDuplicate() const { return error.isEmpty(); }
    bool duplicateInFile() const { return duplicateOf.startsWith(u'#'); }
};

struct ImportAnalysis
{
    QStringList headers;
    qint64 records = 0;
    qint64 valid = 0;      // including duplicates
    qint64 invalid = 0;
    qint64 duplicates = 0; // valid records matching an existing prospect or an earlier record
    QList<ImportProblem> problems; // invalid records and duplicates, in file order
    bool cancelled = false;
    QString error;         // the file could not be read (French)
};

// Reads `device` (positioned at the start of the file) with `format`; the first record is the
// header. `progress(bytesRead)` is called every 1 000 records; `cancel` stops the reading
// (analysis.cancelled). Keeps only the problem records in memory.
ImportAnalysis analyzeCsv(QIODevice *device, const CsvFormat &format, const QStringList &mapping,
                          const ImportContext &ctx, const DuplicateIndex &existing,
                          const std::function<void(qint64 bytesRead)> &progress = {},
                          const std::atomic_bool *cancel = nullptr);

// The CSV of the problems (« Télécharger le rapport d'erreurs »): « Ligne », « Motif », then the
// file's own columns; UTF-8 with BOM, « ; ». Duplicates are listed with the action taken.
bool writeErrorReport(QIODevice *device, const QStringList &headers, const QList<ImportProblem> &problems,
                      const std::function<QString(const ImportProblem &)> &duplicateText);

} // namespace hector::csv
