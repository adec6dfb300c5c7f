#pragma once

#include "core/csv/ProspectImport.h"
#include "sync/import/ProspectImporter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

namespace hector::ui {

// The first lines of the file as read (« Aperçu » step of the import wizard).
class CsvPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit CsvPreviewModel(QObject *parent = nullptr);

    void setContents(const QStringList &headers, const QList<QStringList> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

// Lines refused and duplicates found by the check (« Vérification » step): line, company, problem,
// and for a duplicate the action chosen (its own or the default).
class ImportProblemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Line, Company, Problem, Action, ColumnCount };
    enum Role { RecordRole = Qt::UserRole + 1, IsDuplicateRole };

    explicit ImportProblemModel(QObject *parent = nullptr);

    // `describe` names the record a duplicate matches (« Sécurité Dupont (75002) », « ligne 3 »).
    void setProblems(const QList<csv::ImportProblem> &problems,
                     const std::function<QString(const csv::ImportProblem &)> &describe);
    void setDefaultAction(csv::DuplicateAction action);
    // Per-duplicate choice of the given rows (others and invalid rows are left alone).
    void setAction(const QList<int> &rows, csv::DuplicateAction action);
    QHash<qint64, csv::DuplicateAction> overrides() const { return m_overrides; }
    const csv::ImportProblem &problem(int row) const { return m_problems.at(row); }

    static QString actionLabel(csv::DuplicateAction action);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<csv::ImportProblem> m_problems;
    QStringList m_matches; // describe() of each duplicate
    csv::DuplicateAction m_default = csv::DuplicateAction::Skip;
    QHash<qint64, csv::DuplicateAction> m_overrides;
};

// The replica's import journal (« Imports récents »): date, file, counts, state.
class ImportBatchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, File, Created, Updated, State, ColumnCount };
    explicit ImportBatchModel(QObject *parent = nullptr);
    void setBatches(const QList<sync::ImportBatchInfo> &batches);
    const sync::ImportBatchInfo &batch(int row) const { return m_batches.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<sync::ImportBatchInfo> m_batches;
};

} // namespace hector::ui
