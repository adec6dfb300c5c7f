#pragma once

#include "core/csv/ProspectImport.h"
#include "sync/import/ProspectImporter.h"
#include "ui/prospects/ProspectSupport.h"

#include <QWizard>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;

namespace hector::ui {

class CsvPreviewModel;
class ImportProblemModel;

// « Importer des prospects » (issue #8): a CSV file into the replica in six steps — Fichier
// (drag and drop or browse; encoding and delimiter detected, can be changed), Aperçu (first
// lines), Correspondance (a combo per column, filled from the headers' French / English names,
// remembered per file layout in the client settings), Vérification (every line checked in a
// worker thread with the shared rules of core/csv; refused lines with their reason, duplicates of
// the replica or of the file with a create / update / skip choice, global or per line), Import
// (progress bar with cancel: the window never freezes; cancel undoes everything) and Résumé
// (counts, « Télécharger le rapport d'erreurs », « Annuler l'import »). The import is one batch
// of the replica's import journal: « Annuler l'import » here or later from « Imports récents »
// puts every record back.
class ProspectImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, PreviewPage, MappingPage, CheckPage, ImportPage, SummaryPage };

    explicit ProspectImportWizard(const ProspectsContext &context, QWidget *parent = nullptr);
    ~ProspectImportWizard() override;

    // Chooses the file as « Parcourir… » or a drop would.
    void setFile(const QString &path);
    QString filePath() const { return m_path; }
    csv::CsvFormat format() const;
    void setFormat(const csv::CsvFormat &format);
    QStringList headers() const { return m_headers; }
    QStringList mapping() const;
    void setMappingFor(int column, const QString &field);

    bool analysisDone() const { return m_analysisDone; }
    const csv::ImportAnalysis &analysis() const { return m_analysis; }
    ImportProblemModel *problemModel() const { return m_problemModel; }
    void setDefaultDuplicateAction(csv::DuplicateAction action);

    bool importDone() const { return m_importDone; }
    bool importCancelled() const { return m_importCancelled; }
    sync::ImportSummary summary() const { return m_summary; }

    // The summary's two actions without their file / confirmation dialogs (tests).
    bool writeErrorReport(const QString &path);
    Result<void> undoImport();

    // The settings key of a file layout's saved mapping.
    static QString mappingKey(const QStringList &headers);

signals:
    void analysisFinished();
    void importFinished();

public slots:
    void reject() override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    friend class ImportFilePage;
    friend class ImportPreviewPage;
    friend class ImportMappingPage;
    friend class ImportCheckPage;
    friend class ImportRunPage;
    friend class ImportSummaryPage;

    void detectFormat();
    void loadPreview();
    void buildMappingEditors();
    void saveMapping();
    void startAnalysis();
    void cancelAnalysis();
    void analysisProgress(qint64 bytes);
    void onAnalysisDone();
    void startImport();
    void describeSummary();
    void downloadReport();
    void askUndo();
    QString describeDuplicate(const csv::ImportProblem &p) const;
    void updateMappingState();

    ProspectsContext m_context;
    QString m_path;
    qint64 m_fileSize = 0;
    QStringList m_headers;
    QList<QStringList> m_previewRows;
    csv::ImportContext m_importContext;

    // Fichier
    QLineEdit *m_pathEdit = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QLabel *m_detected = nullptr;
    // Aperçu
    CsvPreviewModel *m_previewModel = nullptr;
    QTableView *m_previewView = nullptr;
    QLabel *m_previewInfo = nullptr;
    // Correspondance
    QWidget *m_mappingGrid = nullptr;
    QList<QComboBox *> m_mappingCombos;
    QLabel *m_mappingInfo = nullptr;
    QLabel *m_mappingError = nullptr;
    bool m_mappingValid = false;
    // Vérification
    QProgressBar *m_checkProgress = nullptr;
    QPushButton *m_checkCancel = nullptr;
    QLabel *m_checkInfo = nullptr;
    QComboBox *m_duplicateDefault = nullptr;
    QTableView *m_problemView = nullptr;
    ImportProblemModel *m_problemModel = nullptr;
    QList<QPushButton *> m_selectionButtons;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancelAnalysis{false};
    int m_analysisGeneration = 0;
    struct PendingAnalysis
    {
        csv::ImportAnalysis analysis;
        csv::DuplicateIndex existing;
    };
    std::shared_ptr<PendingAnalysis> m_pending;
    std::optional<csv::DuplicateIndex> m_existing; // the replica's, as the check saw it
    csv::ImportAnalysis m_analysis;
    bool m_analysisDone = false;
    // Import
    sync::ProspectImporter *m_importer = nullptr;
    QProgressBar *m_importProgress = nullptr;
    QLabel *m_importInfo = nullptr;
    QPushButton *m_importCancel = nullptr;
    bool m_importDone = false;
    bool m_importCancelled = false;
    sync::ImportSummary m_summary;
    // Résumé
    QLabel *m_summaryText = nullptr;
    QPushButton *m_reportButton = nullptr;
    QPushButton *m_undoButton = nullptr;
    QLabel *m_undoInfo = nullptr;
};

} // namespace hector::ui
