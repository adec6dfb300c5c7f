#include "ui/ocr/BusinessCardScanDialog.h"

#include "ocr/OcrEventReporter.h"
#include "ocr/ServerVisionEngine.h"
#include "ocr/TesseractEngine.h"
#include "sync/ConnectionMonitor.h"
#include "sync/SessionManager.h"
#include "ui/FormSupport.h"
#include "ui/Logging.h"
#include "ui/MessageBanner.h"

#include <QCamera>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageCapture>
#include <QImageReader>
#include <QLabel>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QVideoWidget>

namespace hector::ui {

namespace {
constexpr int kPreviewWidth = 420;
constexpr int kPreviewHeight = 272;

// The camera's live picture and « Prendre la photo ».
class CameraCaptureDialog : public QDialog
{
public:
    explicit CameraCaptureDialog(QWidget *parent)
        : QDialog(parent)
    {
        setWindowTitle(BusinessCardScanDialog::tr("Photographier la carte"));
        auto *layout = new QVBoxLayout(this);
        auto *hint = new QLabel(BusinessCardScanDialog::tr("Cadrez la carte entière, de face, bien éclairée, puis prenez la photo."), this);
        hint->setWordWrap(true);
        layout->addWidget(hint);
        auto *video = new QVideoWidget(this);
        video->setMinimumSize(480, 320);
        layout->addWidget(video, 1);
        m_status = new QLabel(this);
        m_status->setWordWrap(true);
        layout->addWidget(m_status);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
        m_shoot = buttons->addButton(BusinessCardScanDialog::tr("&Prendre la photo"), QDialogButtonBox::AcceptRole);
        m_shoot->setEnabled(false);
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

        m_camera = new QCamera(QMediaDevices::defaultVideoInput(), this);
        m_capture = new QImageCapture(this);
        m_session.setCamera(m_camera);
        m_session.setImageCapture(m_capture);
        m_session.setVideoOutput(video);
        connect(m_capture, &QImageCapture::readyForCaptureChanged, m_shoot, &QPushButton::setEnabled);
        connect(m_shoot, &QPushButton::clicked, this, [this] {
            m_shoot->setEnabled(false);
            m_status->setText(BusinessCardScanDialog::tr("Prise de la photo…"));
            m_capture->capture();
        });
        connect(m_capture, &QImageCapture::imageCaptured, this, [this](int, const QImage &image) {
            m_image = image;
            accept();
        });
        connect(m_capture, &QImageCapture::errorOccurred, this, [this](int, QImageCapture::Error, const QString &message) {
            m_status->setText(BusinessCardScanDialog::tr("La photo n'a pas pu être prise : %1").arg(message));
            m_shoot->setEnabled(m_capture->isReadyForCapture());
        });
        connect(m_camera, &QCamera::errorOccurred, this, [this](QCamera::Error, const QString &message) {
            m_status->setText(BusinessCardScanDialog::tr("La caméra ne répond pas : %1").arg(message));
        });
        m_camera->start();
    }
    ~CameraCaptureDialog() override { m_camera->stop(); }

    QImage image() const { return m_image; }

private:
    QMediaCaptureSession m_session;
    QCamera *m_camera = nullptr;
    QImageCapture *m_capture = nullptr;
    QPushButton *m_shoot = nullptr;
    QLabel *m_status = nullptr;
    QImage m_image;
};

bool isImageFile(const QString &path)
{
    return !QImageReader::imageFormat(path).isEmpty();
}
} // namespace

BusinessCardScanDialog::BusinessCardScanDialog(sync::SessionManager *session, sync::ConnectionMonitor *monitor,
                                               const QString &countryHint, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_monitor(monitor)
    , m_countryHint(countryHint.isEmpty() ? QStringLiteral("FR") : countryHint)
{
    setWindowTitle(tr("Scanner une carte de visite"));
    setAcceptDrops(true);
    m_tesseract = new ocr::TesseractEngine(this);
    if (session) {
        const auto request = ocr::ServerVisionEngine::sessionRequest(session);
        m_vision = new ocr::ServerVisionEngine(request, this);
        m_reporter = new ocr::OcrEventReporter(request, eventQueueFile(), this);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(makeDialogTitle(tr("Scanner une carte de visite"), this));
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    auto *body = new QHBoxLayout;
    body->setSpacing(16);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("cardPreview"));
    m_preview->setFixedSize(kPreviewWidth, kPreviewHeight);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setWordWrap(true);
    m_preview->setStyleSheet(QStringLiteral("QLabel#cardPreview { border: 2px dashed #9aa5b1; border-radius: 8px; "
                                            "color: #52606d; background: #f5f7fa; padding: 12px; }"));
    m_preview->setText(tr("Déposez ici la photo ou le scan de la carte\n(JPEG, PNG…)\n\nou utilisez les boutons à droite."));
    body->addWidget(m_preview);

    auto *side = new QVBoxLayout;
    side->setSpacing(8);
    m_file = new QPushButton(tr("Choisir une &image…"), this);
    m_file->setToolTip(tr("Ouvrir une photo ou un scan de la carte (Ctrl+O)"));
    m_file->setShortcut(QKeySequence::Open);
    side->addWidget(m_file);
    m_camera = new QPushButton(tr("Prendre une p&hoto"), this);
    side->addWidget(m_camera);
    m_cameraNote = new QLabel(this);
    m_cameraNote->setWordWrap(true);
    m_cameraNote->setStyleSheet(QStringLiteral("color: #7b8794;"));
    side->addWidget(m_cameraNote);
    if (QMediaDevices::videoInputs().isEmpty()) {
        m_camera->setEnabled(false);
        m_cameraNote->setText(tr("Aucune caméra détectée sur ce poste : choisissez une image ou déposez-la à gauche."));
        m_camera->setToolTip(m_cameraNote->text());
    } else {
        m_cameraNote->hide();
    }
    side->addSpacing(8);
    auto *engineLabel = new QLabel(tr("&Moteur de reconnaissance"), this);
    side->addWidget(engineLabel);
    m_engine = new QComboBox(this);
    engineLabel->setBuddy(m_engine);
    m_engine->addItem(m_tesseract->label(), m_tesseract->id());
    if (m_vision)
        m_engine->addItem(m_vision->label(), m_vision->id());
    side->addWidget(m_engine);
    m_engineNote = new QLabel(this);
    m_engineNote->setWordWrap(true);
    m_engineNote->setStyleSheet(QStringLiteral("color: #7b8794;"));
    side->addWidget(m_engineNote);
    m_origin = new QLabel(this);
    m_origin->setWordWrap(true);
    side->addWidget(m_origin);
    side->addStretch(1);
    body->addLayout(side, 1);
    layout->addLayout(body, 1);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setFormat(tr("Lecture de la carte… %p %"));
    progressRow->addWidget(m_progress, 1);
    m_cancel = new QPushButton(tr("&Annuler la lecture"), this);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);

    auto *buttons = new QDialogButtonBox(this);
    m_recognize = buttons->addButton(tr("&Lire la carte"), QDialogButtonBox::AcceptRole);
    m_recognize->setDefault(true);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setText(tr("Fermer"));
    layout->addWidget(buttons);

    connect(m_file, &QPushButton::clicked, this, &BusinessCardScanDialog::chooseFile);
    connect(m_camera, &QPushButton::clicked, this, &BusinessCardScanDialog::takePhoto);
    connect(m_recognize, &QPushButton::clicked, this, &BusinessCardScanDialog::recognize);
    connect(m_cancel, &QPushButton::clicked, this, &BusinessCardScanDialog::cancelRecognition);
    connect(buttons, &QDialogButtonBox::rejected, this, &BusinessCardScanDialog::reject);
    connect(m_engine, &QComboBox::currentIndexChanged, this, &BusinessCardScanDialog::updateState);
    connect(m_tesseract, &ocr::OcrEngine::progressChanged, m_progress, &QProgressBar::setValue);
    if (m_vision) {
        connect(m_vision, &ocr::OcrEngine::progressChanged, m_progress, &QProgressBar::setValue);
        connect(m_vision, &ocr::ServerVisionEngine::availabilityChanged, this, &BusinessCardScanDialog::updateEngines);
        if (m_monitor) {
            connect(m_monitor, &sync::ConnectionMonitor::statusChanged, this, [this] {
                m_vision->setOnline(m_monitor->status() != sync::ConnectionMonitor::Status::Offline);
                if (m_vision->isOnline())
                    m_reporter->flush();
            });
            m_vision->setOnline(m_monitor->status() != sync::ConnectionMonitor::Status::Offline);
        }
        m_vision->refreshAvailability();
        m_reporter->flush(); // what waited while offline
    }
    updateEngines();
    resize(760, 470);
}

BusinessCardScanDialog::~BusinessCardScanDialog()
{
    if (m_running)
        currentEngine()->cancel();
}

QString BusinessCardScanDialog::eventQueueFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("ocr-events.json"));
}

void BusinessCardScanDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Photo ou scan de la carte de visite"),
                                                      QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                                      tr("Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.gif)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool BusinessCardScanDialog::loadFile(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true); // phone photos: EXIF orientation
    const QImage image = reader.read();
    if (image.isNull()) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("« %1 » n'est pas une image lisible (%2). Choisissez une photo JPEG ou PNG de la carte.")
                                  .arg(QFileInfo(path).fileName(), reader.errorString()));
        return false;
    }
    setImage(image, QFileInfo(path).fileName());
    return true;
}

void BusinessCardScanDialog::setImage(const QImage &image, const QString &origin)
{
    m_image = image;
    m_banner->clear();
    m_preview->setPixmap(QPixmap::fromImage(
        image.scaled(kPreviewWidth - 8, kPreviewHeight - 8, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_origin->setText(tr("Image : %1 (%2 × %3 px)").arg(origin).arg(image.width()).arg(image.height()));
    updateState();
}

void BusinessCardScanDialog::takePhoto()
{
    CameraCaptureDialog camera(this);
    if (camera.exec() == QDialog::Accepted && !camera.image().isNull())
        setImage(camera.image(), tr("photo de la caméra"));
}

void BusinessCardScanDialog::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasImage() || (mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().constFirst().isLocalFile()))
        event->acceptProposedAction();
}

void BusinessCardScanDialog::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls() && !mime->urls().isEmpty()) {
        const QString path = mime->urls().constFirst().toLocalFile();
        if (!isImageFile(path)) {
            m_banner->showMessage(MessageBanner::Kind::Error,
                                  tr("« %1 » n'est pas une image. Déposez une photo JPEG ou PNG de la carte.")
                                      .arg(QFileInfo(path).fileName()));
            return;
        }
        loadFile(path);
    } else if (mime->hasImage()) {
        setImage(qvariant_cast<QImage>(mime->imageData()), tr("image déposée"));
    }
    event->acceptProposedAction();
}

ocr::OcrEngine *BusinessCardScanDialog::currentEngine() const
{
    if (m_vision && m_engine->currentData().toString() == m_vision->id())
        return m_vision;
    return m_tesseract;
}

void BusinessCardScanDialog::updateEngines()
{
    auto *model = qobject_cast<QStandardItemModel *>(m_engine->model());
    if (m_vision && model) {
        const int row = m_engine->findData(m_vision->id());
        if (QStandardItem *item = model->item(row)) {
            const bool available = m_vision->isAvailable();
            item->setEnabled(available);
            item->setToolTip(available ? tr("L'image est envoyée au serveur Hector, qui la fait lire par Claude.")
                                       : m_vision->unavailableReason());
            if (!available && m_engine->currentIndex() == row)
                m_engine->setCurrentIndex(0);
        }
    }
    updateState();
}

void BusinessCardScanDialog::updateState()
{
    const bool hasImage = !m_image.isNull();
    m_recognize->setEnabled(hasImage && !m_running && currentEngine()->isAvailable());
    m_file->setEnabled(!m_running);
    m_camera->setEnabled(!m_running && !QMediaDevices::videoInputs().isEmpty());
    m_engine->setEnabled(!m_running);
    m_progress->setVisible(m_running);
    m_cancel->setVisible(m_running);
    QString note;
    if (!m_tesseract->isAvailable())
        note = tr("Les modèles de Tesseract sont introuvables sur ce poste : la lecture locale est impossible.");
    else if (currentEngine() == m_tesseract)
        note = tr("Lecture sur ce poste, même hors ligne. L'image ne quitte pas l'ordinateur.");
    else
        note = tr("L'image est envoyée au serveur Hector, qui la fait lire par Claude.");
    if (m_vision && !m_vision->isAvailable() && currentEngine() == m_tesseract)
        note += QLatin1Char('\n') + tr("Claude (serveur) : %1").arg(m_vision->unavailableReason());
    m_engineNote->setText(note);
}

void BusinessCardScanDialog::recognize()
{
    if (m_image.isNull()) {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("Choisissez d'abord une image de la carte."));
        return;
    }
    ocr::OcrEngine *engine = currentEngine();
    if (!engine->isAvailable())
        return;
    m_banner->clear();
    m_running = true;
    m_progress->setValue(0);
    updateState();
    m_cancel->setFocus();
    m_timer.start();
    const QString engineId = engine->id();
    engine->recognize(m_image, m_countryHint, this,
                      [this, engineId](Result<ocr::OcrResult> result) { finished(engineId, std::move(result)); });
}

void BusinessCardScanDialog::cancelRecognition()
{
    if (m_running)
        currentEngine()->cancel();
}

void BusinessCardScanDialog::finished(const QString &engineId, Result<ocr::OcrResult> result)
{
    m_running = false;
    // A reading the user stopped is not an engine failure: not reported to the monitoring.
    const bool cancelled = !result && result.error().code == ocr::errors::cancelled;
    if (m_reporter && !cancelled)
        m_reporter->report(engineId, result, m_timer.elapsed());
    updateState();
    if (!result) {
        if (cancelled) {
            m_banner->showMessage(MessageBanner::Kind::Info, tr("Lecture annulée. L'image est conservée."));
        } else {
            m_banner->showMessage(MessageBanner::Kind::Error, result.error().message);
            qCInfo(lcUi) << "business card not read:" << result.error().code;
        }
        m_recognize->setFocus();
        return;
    }
    m_result = *result;
    accept();
}

void BusinessCardScanDialog::reject()
{
    if (m_running) {
        // Escape while reading stops the reading first; a second Escape closes.
        cancelRecognition();
        return;
    }
    QDialog::reject();
}

} // namespace hector::ui
