#include "ui/import/ProspectImportWizard.h"

#include "sync/ClientSettings.h"
#include "sync/replica/LocalReplica.h"
#include "ui/FormSupport.h"
#include "ui/import/ImportModels.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace hector::ui {

namespace {
constexpr int kPreviewRows = 50;

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    return l;
}
} // namespace

// --- Pages -------------------------------------------------------------------------------------------

class ImportFilePage : public QWizardPage
{
public:
    explicit ImportFilePage(ProspectImportWizard *w)
        : m_w(w)
    {
        setTitle(ProspectImportWizard::tr("Fichier à importer"));
        setSubTitle(ProspectImportWizard::tr("Glissez un fichier CSV dans cette fenêtre ou choisissez-le. Hector "
                                             "reconnaît l'encodage et le séparateur ; corrigez-les si l'aperçu est faux."));
        auto *layout = new QVBoxLayout(this);
        auto *drop = new QLabel(ProspectImportWizard::tr("Déposez ici un fichier .csv (export Excel, autre CRM…)"), this);
        drop->setObjectName(QStringLiteral("dropZone"));
        drop->setAlignment(Qt::AlignCenter);
        drop->setMinimumHeight(90);
        drop->setStyleSheet(QStringLiteral("QLabel#dropZone { border: 2px dashed palette(mid); border-radius: 8px; "
                                           "color: palette(placeholder-text); }"));
        layout->addWidget(drop);
        auto *row = new QHBoxLayout;
        w->m_pathEdit = new QLineEdit(this);
        w->m_pathEdit->setObjectName(QStringLiteral("pathEdit"));
        w->m_pathEdit->setPlaceholderText(ProspectImportWizard::tr("Aucun fichier choisi"));
        auto *browse = new QPushButton(ProspectImportWizard::tr("&Parcourir…"), this);
        browse->setObjectName(QStringLiteral("browseButton"));
        auto *fileLabel = new QLabel(ProspectImportWizard::tr("&Fichier :"), this);
        fileLabel->setBuddy(w->m_pathEdit);
        row->addWidget(fileLabel);
        row->addWidget(w->m_pathEdit, 1);
        row->addWidget(browse);
        layout->addLayout(row);
        auto *form = new QFormLayout;
        w->m_encoding = new QComboBox(this);
        w->m_encoding->setObjectName(QStringLiteral("encodingCombo"));
        w->m_encoding->addItem(ProspectImportWizard::tr("UTF-8 (avec ou sans BOM)"), int(csv::Encoding::Utf8));
        w->m_encoding->addItem(ProspectImportWizard::tr("Windows-1252 (Excel sous Windows)"), int(csv::Encoding::Windows1252));
        w->m_delimiter = new QComboBox(this);
        w->m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
        w->m_delimiter->addItem(ProspectImportWizard::tr("Point-virgule ( ; )"), QStringLiteral(";"));
        w->m_delimiter->addItem(ProspectImportWizard::tr("Virgule ( , )"), QStringLiteral(","));
        w->m_delimiter->addItem(ProspectImportWizard::tr("Tabulation"), QStringLiteral("\t"));
        form->addRow(ProspectImportWizard::tr("&Encodage :"), w->m_encoding);
        form->addRow(ProspectImportWizard::tr("&Séparateur :"), w->m_delimiter);
        layout->addLayout(form);
        w->m_detected = wrapped(QString(), this);
        w->m_detected->setObjectName(QStringLiteral("detectedLabel"));
        layout->addWidget(w->m_detected);
        layout->addStretch(1);

        connect(browse, &QPushButton::clicked, this, [this] {
            const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
            const QString path = QFileDialog::getOpenFileName(this, ProspectImportWizard::tr("Importer des prospects"), dir,
                                                              ProspectImportWizard::tr("Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)"));
            if (!path.isEmpty())
                m_w->setFile(path);
        });
        connect(w->m_pathEdit, &QLineEdit::editingFinished, this, [this] {
            if (m_w->m_pathEdit->text() != m_w->m_path)
                m_w->setFile(m_w->m_pathEdit->text());
        });
        for (QComboBox *c : {w->m_encoding, w->m_delimiter})
            connect(c, &QComboBox::activated, this, [this] { m_w->loadPreview(); });
    }
    bool isComplete() const override { return !m_w->m_headers.isEmpty(); }
    void changed() { emit completeChanged(); }

private:
    ProspectImportWizard *m_w;
};

class ImportPreviewPage : public QWizardPage
{
public:
    explicit ImportPreviewPage(ProspectImportWizard *w)
        : m_w(w)
    {
        setTitle(ProspectImportWizard::tr("Aperçu"));
        setSubTitle(ProspectImportWizard::tr("Les premières lignes telles qu'Hector les lit. Des accents illisibles ? "
                                             "Revenez changer l'encodage. Une seule colonne ? Changez le séparateur."));
        auto *layout = new QVBoxLayout(this);
        w->m_previewModel = new CsvPreviewModel(this);
        w->m_previewView = new QTableView(this);
        w->m_previewView->setObjectName(QStringLiteral("previewView"));
        w->m_previewView->setModel(w->m_previewModel);
        w->m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
        w->m_previewView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        w->m_previewView->verticalHeader()->setDefaultSectionSize(24);
        layout->addWidget(w->m_previewView, 1);
        w->m_previewInfo = wrapped(QString(), this);
        w->m_previewInfo->setObjectName(QStringLiteral("previewInfo"));
        layout->addWidget(w->m_previewInfo);
    }
    void initializePage() override
    {
        m_w->m_previewView->resizeColumnsToContents();
        for (int c = 0; c < m_w->m_previewModel->columnCount(); ++c)
            m_w->m_previewView->setColumnWidth(c, qMin(m_w->m_previewView->columnWidth(c), 260));
    }

private:
    ProspectImportWizard *m_w;
};

class ImportMappingPage : public QWizardPage
{
public:
    explicit ImportMappingPage(ProspectImportWizard *w)
        : m_w(w)
    {
        setTitle(ProspectImportWizard::tr("Correspondance des colonnes"));
        setSubTitle(ProspectImportWizard::tr("À quel champ du prospect va chaque colonne du fichier ? Hector a proposé "
                                             "une correspondance d'après les en-têtes ; elle est retenue pour les "
                                             "fichiers de même modèle."));
        auto *layout = new QVBoxLayout(this);
        w->m_mappingInfo = wrapped(QString(), this);
        w->m_mappingInfo->setObjectName(QStringLiteral("mappingInfo"));
        layout->addWidget(w->m_mappingInfo);
        auto *scroll = new QScrollArea(this);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        w->m_mappingGrid = new QWidget(scroll);
        w->m_mappingGrid->setObjectName(QStringLiteral("mappingGrid"));
        scroll->setWidget(w->m_mappingGrid);
        layout->addWidget(scroll, 1);
        w->m_mappingError = wrapped(QString(), this);
        w->m_mappingError->setObjectName(QStringLiteral("mappingError"));
        w->m_mappingError->setStyleSheet(QStringLiteral("color: #b01e1e;"));
        layout->addWidget(w->m_mappingError);
        auto *reset = new QPushButton(ProspectImportWizard::tr("&Rétablir la correspondance automatique"), this);
        reset->setObjectName(QStringLiteral("resetMappingButton"));
        auto *row = new QHBoxLayout;
        row->addStretch(1);
        row->addWidget(reset);
        layout->addLayout(row);
        connect(reset, &QPushButton::clicked, this, [this] {
            const QStringList automatic = csv::autoMapping(m_w->m_headers);
            for (qsizetype i = 0; i < m_w->m_mappingCombos.size() && i < automatic.size(); ++i)
                m_w->m_mappingCombos[i]->setCurrentIndex(m_w->m_mappingCombos[i]->findData(automatic.at(i)));
            m_w->updateMappingState();
        });
    }
    void initializePage() override { m_w->buildMappingEditors(); }
    bool isComplete() const override { return m_w->m_mappingValid; }
    bool validatePage() override
    {
        m_w->saveMapping();
        return true;
    }
    void changed() { emit completeChanged(); }

private:
    ProspectImportWizard *m_w;
};

class ImportCheckPage : public QWizardPage
{
public:
    explicit ImportCheckPage(ProspectImportWizard *w)
        : m_w(w)
    {
        setTitle(ProspectImportWizard::tr("Vérification"));
        setSubTitle(ProspectImportWizard::tr("Chaque ligne est contrôlée avec les règles des fiches prospects, et "
                                             "comparée aux prospects existants (SIREN, SIRET, raison sociale + code "
                                             "postal). Rien n'est encore écrit."));
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, ProspectImportWizard::tr("&Importer"));
        auto *layout = new QVBoxLayout(this);
        auto *progressRow = new QHBoxLayout;
        w->m_checkProgress = new QProgressBar(this);
        w->m_checkProgress->setObjectName(QStringLiteral("checkProgress"));
        w->m_checkCancel = new QPushButton(ProspectImportWizard::tr("Arrêter la &vérification"), this);
        w->m_checkCancel->setObjectName(QStringLiteral("checkCancelButton"));
        progressRow->addWidget(w->m_checkProgress, 1);
        progressRow->addWidget(w->m_checkCancel);
        layout->addLayout(progressRow);
        w->m_checkInfo = wrapped(QString(), this);
        w->m_checkInfo->setObjectName(QStringLiteral("checkInfo"));
        layout->addWidget(w->m_checkInfo);
        auto *choice = new QHBoxLayout;
        w->m_duplicateDefault = new QComboBox(this);
        w->m_duplicateDefault->setObjectName(QStringLiteral("duplicateDefault"));
        for (auto a : {csv::DuplicateAction::Skip, csv::DuplicateAction::Update, csv::DuplicateAction::Create})
            w->m_duplicateDefault->addItem(ImportProblemModel::actionLabel(a), int(a));
        auto *choiceLabel = new QLabel(ProspectImportWizard::tr("Pour les &doublons :"), this);
        choiceLabel->setBuddy(w->m_duplicateDefault);
        choice->addWidget(choiceLabel);
        choice->addWidget(w->m_duplicateDefault);
        choice->addStretch(1);
        choice->addWidget(new QLabel(ProspectImportWizard::tr("Sélection :"), this));
        const QList<QPair<QString, csv::DuplicateAction>> buttons{
            {ProspectImportWizard::tr("&Mettre à jour"), csv::DuplicateAction::Update},
            {ProspectImportWizard::tr("I&gnorer"), csv::DuplicateAction::Skip},
            {ProspectImportWizard::tr("&Créer"), csv::DuplicateAction::Create}};
        for (const auto &[text, action] : buttons) {
            auto *b = new QPushButton(text, this);
            b->setObjectName(QStringLiteral("selection_") + csv::duplicateActionCode(action));
            b->setToolTip(ProspectImportWizard::tr("Pour les doublons sélectionnés dans le tableau"));
            choice->addWidget(b);
            w->m_selectionButtons << b;
            connect(b, &QPushButton::clicked, this, [this, action = action] {
                QList<int> rows;
                const auto *proxy = static_cast<QSortFilterProxyModel *>(m_w->m_problemView->model());
                for (const QModelIndex &i : m_w->m_problemView->selectionModel()->selectedRows())
                    rows << proxy->mapToSource(i).row();
                m_w->m_problemModel->setAction(rows, action);
            });
        }
        layout->addLayout(choice);
        w->m_problemModel = new ImportProblemModel(this);
        auto *proxy = new QSortFilterProxyModel(this);
        proxy->setSourceModel(w->m_problemModel);
        proxy->setSortRole(Qt::DisplayRole);
        w->m_problemView = new QTableView(this);
        w->m_problemView->setObjectName(QStringLiteral("problemView"));
        w->m_problemView->setModel(proxy);
        w->m_problemView->setSortingEnabled(true);
        w->m_problemView->sortByColumn(ImportProblemModel::Line, Qt::AscendingOrder);
        setupRecordTable(w->m_problemView, QAbstractItemView::ExtendedSelection, 6);
        // The reason takes the room; the action keeps the width of its longest label.
        w->m_problemView->horizontalHeader()->setStretchLastSection(false);
        w->m_problemView->horizontalHeader()->setSectionResizeMode(ImportProblemModel::Problem, QHeaderView::Stretch);
        w->m_problemView->horizontalHeader()->setSectionResizeMode(ImportProblemModel::Action, QHeaderView::ResizeToContents);
        layout->addWidget(w->m_problemView, 1);

        connect(w->m_checkCancel, &QPushButton::clicked, this, [this] { m_w->cancelAnalysis(); });
        connect(w->m_duplicateDefault, &QComboBox::currentIndexChanged, this, [this] {
            m_w->m_problemModel->setDefaultAction(csv::DuplicateAction(m_w->m_duplicateDefault->currentData().toInt()));
        });
    }
    void initializePage() override { m_w->startAnalysis(); }
    void cleanupPage() override { m_w->cancelAnalysis(); }
    bool isComplete() const override { return m_w->m_analysisDone && m_w->m_analysis.valid > 0; }
    void changed() { emit completeChanged(); }

private:
    ProspectImportWizard *m_w;
};

class ImportRunPage : public QWizardPage
{
public:
    explicit ImportRunPage(ProspectImportWizard *w)
        : m_w(w)
    {
        setTitle(ProspectImportWizard::tr("Import"));
        setSubTitle(ProspectImportWizard::tr("Les fiches sont écrites dans la base locale puis envoyées au serveur. "
                                             "« Annuler » arrête l'import et remet tout comme avant."));
        auto *layout = new QVBoxLayout(this);
        w->m_importProgress = new QProgressBar(this);
        w->m_importProgress->setObjectName(QStringLiteral("importProgress"));
        layout->addWidget(w->m_importProgress);
        w->m_importInfo = wrapped(QString(), this);
        w->m_importInfo->setObjectName(QStringLiteral("importInfo"));
        layout->addWidget(w->m_importInfo);
        auto *row = new QHBoxLayout;
        row->addStretch(1);
        w->m_importCancel = new QPushButton(ProspectImportWizard::tr("&Annuler l'import"), this);
        w->m_importCancel->setObjectName(QStringLiteral("importCancelButton"));
        row->addWidget(w->m_importCancel);
        layout->addLayout(row);
        layout->addStretch(1);
        connect(w->m_importCancel, &QPushButton::clicked, this, [this] {
            if (m_w->m_importer)
                m_w->m_importer->cancel();
            m_w->m_importCancel->setEnabled(false);
            m_w->m_importInfo->setText(ProspectImportWizard::tr("Annulation : les fiches déjà écrites sont retirées…"));
        });
    }
    void initializePage() override { m_w->startImport(); }
    bool isComplete() const override { return m_w->m_importDone || m_w->m_importCancelled; }
    void changed() { emit completeChanged(); }

private:
    ProspectImportWizard *m_w;
};

class ImportSummaryPage : public QWizardPage
{
public:
    explicit ImportSummaryPage(ProspectImportWizard *w)
        : m_w(w)
    {
        setTitle(ProspectImportWizard::tr("Résumé"));
        setSubTitle(ProspectImportWizard::tr("Ce que l'import a fait. Rien n'est définitif : il peut être annulé."));
        auto *layout = new QVBoxLayout(this);
        w->m_summaryText = wrapped(QString(), this);
        w->m_summaryText->setObjectName(QStringLiteral("summaryText"));
        w->m_summaryText->setTextFormat(Qt::RichText);
        layout->addWidget(w->m_summaryText);
        auto *row = new QHBoxLayout;
        w->m_reportButton = new QPushButton(ProspectImportWizard::tr("&Télécharger le rapport d'erreurs"), this);
        w->m_reportButton->setObjectName(QStringLiteral("reportButton"));
        w->m_undoButton = new QPushButton(ProspectImportWizard::tr("A&nnuler l'import"), this);
        w->m_undoButton->setObjectName(QStringLiteral("undoImportButton"));
        w->m_undoButton->setToolTip(ProspectImportWizard::tr("Supprime les fiches créées et remet les fiches mises à jour "
                                                             "comme avant l'import"));
        row->addWidget(w->m_reportButton);
        row->addWidget(w->m_undoButton);
        row->addStretch(1);
        layout->addLayout(row);
        w->m_undoInfo = wrapped(QString(), this);
        w->m_undoInfo->setObjectName(QStringLiteral("undoInfo"));
        layout->addWidget(w->m_undoInfo);
        layout->addWidget(makeHint(ProspectImportWizard::tr("Un import peut aussi être annulé plus tard depuis "
                                                            "« Prospects › Imports récents »."),
                                   this));
        layout->addStretch(1);
        connect(w->m_reportButton, &QPushButton::clicked, this, [this] { m_w->downloadReport(); });
        connect(w->m_undoButton, &QPushButton::clicked, this, [this] { m_w->askUndo(); });
    }
    void initializePage() override { m_w->describeSummary(); }

private:
    ProspectImportWizard *m_w;
};

// --- Wizard ------------------------------------------------------------------------------------------

ProspectImportWizard::ProspectImportWizard(const ProspectsContext &context, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("prospectImportWizard"));
    setWindowTitle(tr("Importer des prospects"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setAcceptDrops(true);
    setButtonText(QWizard::BackButton, tr("< Précéden&t"));
    setButtonText(QWizard::NextButton, tr("Sui&vant >"));
    setButtonText(QWizard::CancelButton, tr("Fermer"));
    setButtonText(QWizard::FinishButton, tr("&Terminer"));
    setPage(FilePage, new ImportFilePage(this));
    setPage(PreviewPage, new ImportPreviewPage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(CheckPage, new ImportCheckPage(this));
    setPage(ImportPage, new ImportRunPage(this));
    setPage(SummaryPage, new ImportSummaryPage(this));
    resize(1000, 660);
    m_importContext = sync::ProspectImporter::contextFor(m_context.replica, m_context.user);
}

ProspectImportWizard::~ProspectImportWizard()
{
    m_cancelAnalysis = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

QString ProspectImportWizard::mappingKey(const QStringList &headers)
{
    return QStringLiteral("import/mappings/") + csv::headerSignature(headers);
}

csv::CsvFormat ProspectImportWizard::format() const
{
    csv::CsvFormat f;
    f.encoding = csv::Encoding(m_encoding->currentData().toInt());
    f.delimiter = m_delimiter->currentData().toString().at(0);
    return f;
}

void ProspectImportWizard::setFormat(const csv::CsvFormat &f)
{
    m_encoding->setCurrentIndex(m_encoding->findData(int(f.encoding)));
    m_delimiter->setCurrentIndex(m_delimiter->findData(QString(f.delimiter)));
    loadPreview();
}

void ProspectImportWizard::reject()
{
    // Closing during the import cancels it (everything written is undone) instead of leaving
    // half a file in the replica; the wizard stays open to say so.
    if (m_importer && m_importer->isRunning()) {
        m_importer->cancel();
        m_importCancel->setEnabled(false);
        m_importInfo->setText(tr("Annulation : les fiches déjà écrites sont retirées…"));
        return;
    }
    QWizard::reject();
}

void ProspectImportWizard::setFile(const QString &path)
{
    m_path = path;
    m_pathEdit->setText(QDir::toNativeSeparators(path));
    detectFormat();
}

void ProspectImportWizard::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().size() == 1 && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void ProspectImportWizard::dropEvent(QDropEvent *event)
{
    if (currentId() != FilePage)
        return;
    setFile(event->mimeData()->urls().first().toLocalFile());
    event->acceptProposedAction();
}

void ProspectImportWizard::detectFormat()
{
    QFile f(m_path);
    m_headers.clear();
    if (!f.open(QIODevice::ReadOnly)) {
        m_detected->setText(tr("Impossible d'ouvrir ce fichier : %1").arg(f.errorString()));
        static_cast<ImportFilePage *>(page(FilePage))->changed();
        return;
    }
    const csv::CsvFormat detected = csv::detectFormat(&f);
    m_fileSize = f.size();
    m_encoding->setCurrentIndex(m_encoding->findData(int(detected.encoding)));
    m_delimiter->setCurrentIndex(m_delimiter->findData(QString(detected.delimiter)));
    loadPreview();
    if (!m_headers.isEmpty()) {
        const QString delimiterName = detected.delimiter == u'\t' ? tr("tabulation") : QStringLiteral("« %1 »").arg(detected.delimiter);
        m_detected->setText(tr("Détecté : %1, séparateur %2, %3 colonnes — %4.")
                                .arg(csv::encodingLabel(detected.encoding, detected.byteOrderMark), delimiterName)
                                .arg(m_headers.size())
                                .arg(sizeText(m_fileSize)));
    }
}

void ProspectImportWizard::loadPreview()
{
    m_headers.clear();
    m_previewRows.clear();
    QFile f(m_path);
    if (f.open(QIODevice::ReadOnly)) {
        csv::CsvReader reader(&f, format());
        QStringList record;
        if (reader.readRecord(record))
            m_headers = record;
        while (m_previewRows.size() < kPreviewRows && reader.readRecord(record))
            m_previewRows << record;
        if (m_headers.isEmpty())
            m_detected->setText(tr("Ce fichier est vide."));
    }
    m_previewModel->setContents(m_headers, m_previewRows);
    qsizetype odd = 0;
    for (const QStringList &r : std::as_const(m_previewRows))
        odd += r.size() != m_headers.size() ? 1 : 0;
    QString info = tr("%n première(s) ligne(s) de « %1 » (%2).", nullptr, int(m_previewRows.size()))
                       .arg(QFileInfo(m_path).fileName(), sizeText(m_fileSize));
    if (odd > 0)
        info += u' ' + tr("%n ligne(s) en couleur n'ont pas %1 champs : elles seront refusées si rien ne change.", nullptr,
                          int(odd))
                           .arg(m_headers.size());
    m_previewInfo->setText(info);
    static_cast<ImportFilePage *>(page(FilePage))->changed();
}

void ProspectImportWizard::buildMappingEditors()
{
    delete m_mappingGrid->layout();
    qDeleteAll(m_mappingGrid->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    m_mappingCombos.clear();
    auto *grid = new QGridLayout(m_mappingGrid);
    grid->setColumnStretch(1, 1);
    grid->addWidget(makeBoldLabel(tr("Colonne du fichier"), 1.0, m_mappingGrid), 0, 0);
    grid->addWidget(makeBoldLabel(tr("Exemple"), 1.0, m_mappingGrid), 0, 1);
    grid->addWidget(makeBoldLabel(tr("Champ du prospect"), 1.0, m_mappingGrid), 0, 2);

    QStringList chosen = csv::autoMapping(m_headers);
    bool saved = false;
    if (m_context.settings) {
        const QStringList stored = m_context.settings->storage()->value(mappingKey(m_headers)).toStringList();
        if (stored.size() == m_headers.size()) {
            chosen = stored;
            saved = true;
        }
    }
    int automatic = 0;
    for (const QString &c : std::as_const(chosen))
        automatic += c.isEmpty() ? 0 : 1;
    m_mappingInfo->setText(saved ? tr("Correspondance reprise de votre dernier import d'un fichier de ce modèle.")
                                 : tr("%n colonne(s) sur %1 reconnue(s) d'après leur en-tête.", nullptr, automatic).arg(m_headers.size()));
    for (qsizetype i = 0; i < m_headers.size(); ++i) {
        auto *name = new QLabel(m_headers.at(i).isEmpty() ? tr("(colonne %1 sans en-tête)").arg(i + 1) : m_headers.at(i), m_mappingGrid);
        QString example;
        for (const QStringList &r : std::as_const(m_previewRows)) {
            if (i < r.size() && !r.at(i).trimmed().isEmpty()) {
                example = r.at(i).simplified();
                break;
            }
        }
        auto *sample = new QLabel(example.left(60), m_mappingGrid);
        setMutedText(sample);
        auto *combo = new QComboBox(m_mappingGrid);
        combo->setObjectName(QStringLiteral("mapping_%1").arg(i));
        combo->addItem(tr("— Ne pas importer —"), QString());
        for (const csv::ImportField &f : csv::importFields())
            combo->addItem(f.label, f.column);
        combo->setCurrentIndex(qMax(0, combo->findData(chosen.value(i))));
        name->setBuddy(combo);
        grid->addWidget(name, int(i) + 1, 0);
        grid->addWidget(sample, int(i) + 1, 1);
        grid->addWidget(combo, int(i) + 1, 2);
        connect(combo, &QComboBox::currentIndexChanged, this, &ProspectImportWizard::updateMappingState);
        m_mappingCombos << combo;
    }
    grid->setRowStretch(int(m_headers.size()) + 1, 1);
    updateMappingState();
}

QStringList ProspectImportWizard::mapping() const
{
    QStringList out;
    for (QComboBox *c : m_mappingCombos)
        out << c->currentData().toString();
    return out;
}

void ProspectImportWizard::setMappingFor(int column, const QString &field)
{
    if (column >= 0 && column < m_mappingCombos.size())
        m_mappingCombos[column]->setCurrentIndex(qMax(0, m_mappingCombos[column]->findData(field)));
}

void ProspectImportWizard::updateMappingState()
{
    const QStringList m = mapping();
    QStringList twice;
    for (const QString &field : m) {
        if (!field.isEmpty() && m.count(field) > 1 && !twice.contains(csv::importFieldLabel(field)))
            twice << csv::importFieldLabel(field);
    }
    QString error;
    if (!m.contains(QStringLiteral("company_name")))
        error = tr("Choisissez la colonne de la raison sociale : elle est obligatoire.");
    else if (!twice.isEmpty())
        error = tr("Ces champs reçoivent plusieurs colonnes : %1. Gardez-en une seule.").arg(twice.join(QStringLiteral(", ")));
    m_mappingError->setText(error);
    m_mappingValid = error.isEmpty();
    static_cast<ImportMappingPage *>(page(MappingPage))->changed();
}

void ProspectImportWizard::saveMapping()
{
    if (m_context.settings)
        m_context.settings->storage()->setValue(mappingKey(m_headers), mapping());
}

QString ProspectImportWizard::describeDuplicate(const csv::ImportProblem &p) const
{
    if (p.duplicateInFile())
        return tr("la ligne %1 du fichier").arg(p.duplicateOf.mid(1).toLongLong() + 2);
    const QVariantMap row = m_context.replica->row(QStringLiteral("prospects"), p.duplicateOf);
    QStringList on;
    for (const QString &m : p.matchedOn)
        on << (m == QLatin1String("name") ? tr("nom et code postal") : m.toUpper());
    return tr("« %1 » (%2), même %3")
        .arg(row.value(QStringLiteral("company_name")).toString(),
             row.value(QStringLiteral("postcode")).toString(), on.join(QStringLiteral(", ")));
}

void ProspectImportWizard::startAnalysis()
{
    cancelAnalysis();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_analysisDone = false;
    m_cancelAnalysis = false;
    m_checkProgress->setRange(0, 1000);
    m_checkProgress->setValue(0);
    m_checkCancel->setEnabled(true);
    m_checkInfo->setText(tr("Vérification des lignes…"));
    m_problemModel->setProblems({}, {});
    static_cast<ImportCheckPage *>(page(CheckPage))->changed();

    // The replica is read here (its connection belongs to this thread; one quick query); its
    // duplicate index is built in the worker, with the check of the file.
    const QList<QStringList> keyRows = sync::ProspectImporter::existingKeyRows(m_context.replica);
    m_existing.reset();
    auto result = std::make_shared<PendingAnalysis>();
    m_pending = result;
    const QString path = m_path;
    const csv::CsvFormat fmt = format();
    const QStringList map = mapping();
    const csv::ImportContext ctx = m_importContext;
    const qint64 size = qMax<qint64>(1, m_fileSize);
    std::atomic_bool *cancel = &m_cancelAnalysis;
    m_thread = QThread::create([this, result, path, fmt, map, ctx, keyRows, size, cancel] {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            result->analysis.error = tr("Impossible d'ouvrir « %1 » : %2").arg(path, f.errorString());
            return;
        }
        result->existing = sync::ProspectImporter::indexOf(keyRows);
        result->analysis = csv::analyzeCsv(&f, fmt, map, ctx, result->existing, [this, size](qint64 bytes) {
            const int permille = int(bytes * 1000 / size);
            QMetaObject::invokeMethod(m_checkProgress, [bar = m_checkProgress, permille] { bar->setValue(permille); },
                                      Qt::QueuedConnection);
        }, cancel);
    });
    // A check abandoned (Back, then Next again) may still report: only the latest one counts.
    const int generation = ++m_analysisGeneration;
    connect(m_thread, &QThread::finished, this, [this, generation] {
        if (generation == m_analysisGeneration)
            onAnalysisDone();
    });
    m_thread->start();
}

void ProspectImportWizard::cancelAnalysis()
{
    m_cancelAnalysis = true;
}

void ProspectImportWizard::onAnalysisDone()
{
    if (!m_pending)
        return;
    m_analysis = std::move(m_pending->analysis);
    if (!m_analysis.cancelled && m_analysis.error.isEmpty())
        m_existing = std::move(m_pending->existing);
    m_pending.reset();
    m_checkCancel->setEnabled(false);
    m_checkProgress->setValue(1000);
    if (!m_analysis.error.isEmpty()) {
        m_checkInfo->setText(m_analysis.error);
    } else if (m_analysis.cancelled) {
        m_checkInfo->setText(tr("Vérification arrêtée après %L1 lignes. Revenez à l'étape précédente puis "
                                "reprenez pour la relancer.")
                                 .arg(m_analysis.records));
    } else {
        m_analysisDone = true;
        const qint64 plain = m_analysis.valid - m_analysis.duplicates;
        QString text = tr("%L1 lignes lues : %L2 à créer, %L3 doublon(s), %L4 refusée(s).")
                           .arg(m_analysis.records)
                           .arg(plain)
                           .arg(m_analysis.duplicates)
                           .arg(m_analysis.invalid);
        if (m_analysis.valid == 0)
            text += u' ' + tr("Aucune ligne n'est importable : vérifiez la correspondance des colonnes.");
        else if (m_analysis.problems.isEmpty())
            text += u' ' + tr("Aucun problème : tout peut être importé.");
        m_checkInfo->setText(text);
        m_problemModel->setProblems(m_analysis.problems, [this](const csv::ImportProblem &p) { return describeDuplicate(p); });
        m_problemModel->setDefaultAction(csv::DuplicateAction(m_duplicateDefault->currentData().toInt()));
        m_problemView->resizeColumnToContents(ImportProblemModel::Line);
        m_problemView->setColumnWidth(ImportProblemModel::Company, 180);
        m_problemView->setColumnWidth(ImportProblemModel::Action, 165);
    }
    for (QPushButton *b : std::as_const(m_selectionButtons))
        b->setEnabled(m_analysis.duplicates > 0);
    m_duplicateDefault->setEnabled(m_analysis.duplicates > 0);
    static_cast<ImportCheckPage *>(page(CheckPage))->changed();
    emit analysisFinished();
}

void ProspectImportWizard::setDefaultDuplicateAction(csv::DuplicateAction action)
{
    m_duplicateDefault->setCurrentIndex(m_duplicateDefault->findData(int(action)));
}

void ProspectImportWizard::startImport()
{
    m_importDone = false;
    m_importCancelled = false;
    sync::ImportPlan plan;
    plan.path = m_path;
    plan.format = format();
    plan.mapping = mapping();
    plan.context = m_importContext;
    plan.onDuplicate = csv::DuplicateAction(m_duplicateDefault->currentData().toInt());
    plan.perRecord = m_problemModel->overrides();
    plan.updateOwnOnly = m_context.user.role == Role::Commercial;
    plan.existing = m_existing; // the index the check built (not rebuilt on this thread)
    delete m_importer;
    m_importer = new sync::ProspectImporter(m_context.replica, this);
    m_importProgress->setRange(0, 1000);
    m_importProgress->setValue(0);
    m_importCancel->setEnabled(true);
    m_importInfo->setText(tr("Import en cours…"));
    const qint64 size = qMax<qint64>(1, m_fileSize);
    connect(m_importer, &sync::ProspectImporter::progress, this, [this, size](qint64 bytes, qint64, qint64 records) {
        m_importProgress->setValue(int(bytes * 1000 / size));
        m_importInfo->setText(tr("%L1 lignes sur %L2 traitées…").arg(records).arg(m_analysis.records));
    });
    connect(m_importer, &sync::ProspectImporter::finished, this, [this](const sync::ImportSummary &s) {
        m_summary = s;
        m_importDone = true;
        m_importCancel->setEnabled(false);
        m_importProgress->setValue(1000);
        m_importInfo->setText(tr("Import terminé."));
        static_cast<ImportRunPage *>(page(ImportPage))->changed();
        emit importFinished();
        if (currentId() == ImportPage)
            next();
    });
    connect(m_importer, &sync::ProspectImporter::cancelled, this, [this] {
        m_importCancelled = true;
        m_importInfo->setText(tr("Import annulé : la base est comme avant l'import."));
        static_cast<ImportRunPage *>(page(ImportPage))->changed();
        emit importFinished();
    });
    connect(m_importer, &sync::ProspectImporter::failed, this, [this](const Error &e) {
        m_importCancelled = true;
        m_importInfo->setText(tr("L'import a échoué et a été annulé : %1").arg(e.message));
        static_cast<ImportRunPage *>(page(ImportPage))->changed();
        emit importFinished();
    });
    m_importer->start(plan);
}

void ProspectImportWizard::describeSummary()
{
    if (m_importCancelled) {
        m_summaryText->setText(tr("<p>L'import a été annulé : aucune fiche n'a été créée ni modifiée.</p>"));
        m_undoButton->setEnabled(false);
    } else {
        m_summaryText->setText(tr("<p><b>%L1</b> prospect(s) créé(s), <b>%L2</b> mis à jour, <b>%L3</b> doublon(s) "
                                  "ignoré(s), <b>%L4</b> ligne(s) refusée(s).</p><p>Les fiches sont dans votre liste "
                                  "et partent vers le serveur à la prochaine synchronisation.</p>")
                                   .arg(m_summary.created)
                                   .arg(m_summary.updated)
                                   .arg(m_summary.skipped)
                                   .arg(m_summary.invalid));
        m_undoButton->setEnabled(m_summary.created + m_summary.updated > 0);
    }
    m_reportButton->setEnabled(!m_analysis.problems.isEmpty());
    m_reportButton->setToolTip(m_analysis.problems.isEmpty() ? tr("Aucune ligne refusée ni doublon : pas de rapport")
                                                             : tr("Les lignes refusées et les doublons, avec le motif, en CSV"));
}

bool ProspectImportWizard::writeErrorReport(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const auto overrides = m_problemModel->overrides();
    const auto def = csv::DuplicateAction(m_duplicateDefault->currentData().toInt());
    return csv::writeErrorReport(&f, m_headers, m_analysis.problems, [&](const csv::ImportProblem &p) {
        return tr("Doublon de %1 : %2")
            .arg(describeDuplicate(p), ImportProblemModel::actionLabel(overrides.value(p.record, def)).toLower());
    });
}

void ProspectImportWizard::downloadReport()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QFileInfo(m_path).completeBaseName() + tr("-rapport-import.csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Rapport d'erreurs"), QDir(dir).filePath(name),
                                                      tr("Fichiers CSV (*.csv)"));
    if (path.isEmpty())
        return;
    m_undoInfo->setText(writeErrorReport(path) ? tr("Rapport enregistré : %1").arg(QDir::toNativeSeparators(path))
                                               : tr("Impossible d'écrire le rapport dans %1.").arg(QDir::toNativeSeparators(path)));
}

Result<void> ProspectImportWizard::undoImport()
{
    auto r = sync::ProspectImporter::undo(m_context.replica, m_summary.batchId);
    if (r) {
        m_undoButton->setEnabled(false);
        m_undoInfo->setText(tr("Import annulé : %L1 fiche(s) supprimée(s), %L2 remise(s) comme avant.")
                                .arg(m_summary.created)
                                .arg(m_summary.updated));
    } else {
        m_undoInfo->setText(r.error().message);
    }
    return r;
}

void ProspectImportWizard::askUndo()
{
    if (!askConfirmation(this, tr("Annuler l'import"),
                         tr("Supprimer les %L1 fiche(s) créée(s) et remettre les %L2 fiche(s) mises à jour comme avant "
                            "l'import ?")
                             .arg(m_summary.created)
                             .arg(m_summary.updated)))
        return;
    (void)undoImport();
}

} // namespace hector::ui
