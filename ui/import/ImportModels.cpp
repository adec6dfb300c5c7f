#include "ui/import/ImportModels.h"

#include <QColor>
#include <QLocale>

namespace hector::ui {

CsvPreviewModel::CsvPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CsvPreviewModel::setContents(const QStringList &headers, const QList<QStringList> &rows)
{
    beginResetModel();
    m_headers = headers;
    m_rows = rows;
    endResetModel();
}

int CsvPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CsvPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant CsvPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QStringList &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        if (index.column() >= row.size())
            return {};
        QString text = row.at(index.column());
        text.replace(u'\n', u' '); // one line per row in the preview
        return text;
    }
    if (role == Qt::ToolTipRole && index.column() < row.size())
        return row.at(index.column());
    if (role == Qt::BackgroundRole && row.size() != m_headers.size())
        return QColor(0xFF, 0xF1, 0xE0); // a line with another number of fields
    return {};
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_headers.size() ? QVariant(m_headers.at(section)) : QVariant();
    return section + 2; // line numbers of the file (the header is line 1)
}

ImportProblemModel::ImportProblemModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString ImportProblemModel::actionLabel(csv::DuplicateAction action)
{
    switch (action) {
    case csv::DuplicateAction::Create:
        return tr("Créer quand même");
    case csv::DuplicateAction::Update:
        return tr("Mettre à jour la fiche");
    case csv::DuplicateAction::Skip:
        break;
    }
    return tr("Ignorer la ligne");
}

void ImportProblemModel::setProblems(const QList<csv::ImportProblem> &problems,
                                     const std::function<QString(const csv::ImportProblem &)> &describe)
{
    beginResetModel();
    m_problems = problems;
    m_matches.clear();
    for (const csv::ImportProblem &p : m_problems)
        m_matches << (p.isDuplicate() && describe ? describe(p) : QString());
    m_overrides.clear();
    endResetModel();
}

void ImportProblemModel::setDefaultAction(csv::DuplicateAction action)
{
    m_default = action;
    m_overrides.clear();
    if (!m_problems.isEmpty())
        emit dataChanged(index(0, Action), index(int(m_problems.size()) - 1, Action));
}

void ImportProblemModel::setAction(const QList<int> &rows, csv::DuplicateAction action)
{
    for (int row : rows) {
        if (row < 0 || row >= m_problems.size() || !m_problems.at(row).isDuplicate())
            continue;
        m_overrides.insert(m_problems.at(row).record, action);
        emit dataChanged(index(row, Action), index(row, Action));
    }
}

int ImportProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ImportProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportProblemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const csv::ImportProblem &p = m_problems.at(index.row());
    if (role == RecordRole)
        return p.record;
    if (role == IsDuplicateRole)
        return p.isDuplicate();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Line:
            return p.line;
        case Company:
            return p.companyName.isEmpty() ? tr("(sans raison sociale)") : p.companyName;
        case Problem:
            return p.isDuplicate() ? tr("Doublon de %1").arg(m_matches.at(index.row())) : p.error;
        case Action:
            if (!p.isDuplicate())
                return tr("Ligne refusée");
            return actionLabel(m_overrides.value(p.record, m_default));
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Problem)
        return p.isDuplicate() ? QColor(0x8A, 0x5A, 0x00) : QColor(0xB0, 0x1E, 0x1E);
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case Line:
        return tr("Ligne");
    case Company:
        return tr("Raison sociale");
    case Problem:
        return tr("Motif");
    case Action:
        return tr("Action");
    default:
        return {};
    }
}

ImportBatchModel::ImportBatchModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportBatchModel::setBatches(const QList<sync::ImportBatchInfo> &batches)
{
    beginResetModel();
    m_batches = batches;
    endResetModel();
}

int ImportBatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int ImportBatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportBatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const sync::ImportBatchInfo &b = m_batches.at(index.row());
    switch (index.column()) {
    case Date:
        return QLocale().toString(b.createdAt.toLocalTime(), QLocale::ShortFormat);
    case File:
        return b.fileName;
    case Created:
        return b.created;
    case Updated:
        return b.updated;
    case State:
        if (b.undoneAt.isValid())
            return b.complete ? tr("Annulé le %1").arg(QLocale().toString(b.undoneAt.toLocalTime(), QLocale::ShortFormat))
                              : tr("Interrompu (rien n'a été gardé)");
        return b.complete ? tr("Importé") : tr("En cours");
    default:
        return {};
    }
}

QVariant ImportBatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case File:
        return tr("Fichier");
    case Created:
        return tr("Créés");
    case Updated:
        return tr("Mis à jour");
    case State:
        return tr("État");
    default:
        return {};
    }
}

} // namespace hector::ui
