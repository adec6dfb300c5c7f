#pragma once

#include "ocr/OcrEngine.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QImage>
#include <QPointer>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace hector::sync {
class ConnectionMonitor;
class SessionManager;
} // namespace hector::sync

namespace hector::ocr {
class OcrEventReporter;
class ServerVisionEngine;
class TesseractEngine;
} // namespace hector::ocr

namespace hector::ui {

class MessageBanner;

// « Scanner une carte de visite » (issue #8): an image of the card (file, drag and drop, or a
// photo from the camera), the engine (« Local (Tesseract) » by default; « Claude (serveur) » only
// when the server has it configured and the client is online), recognition with a progress bar
// and « Annuler ». Accepted once the card is read: result() and image() are what the review
// (the prospect form, next to the image) starts from. Local runs are reported to the server's OCR
// monitoring (best effort, queued offline).
class BusinessCardScanDialog : public QDialog
{
    Q_OBJECT
public:
    // `session` may be null (no Claude, no reporting); `monitor` null: assumed online.
    BusinessCardScanDialog(sync::SessionManager *session, sync::ConnectionMonitor *monitor, const QString &countryHint,
                           QWidget *parent = nullptr);
    ~BusinessCardScanDialog() override;

    // Loads an image file; false (with the reason shown) when it is not a readable image.
    bool loadFile(const QString &path);
    void setImage(const QImage &image, const QString &origin);
    QImage image() const { return m_image; }
    const ocr::OcrResult &result() const { return m_result; }

    void recognize();
    void cancelRecognition();
    bool isRecognizing() const { return m_running; }
    // Escape / « Fermer »: while reading, stops the reading only (the image stays).
    void reject() override;

    // For tests and keyboard users.
    QComboBox *engineCombo() const { return m_engine; }
    QPushButton *recognizeButton() const { return m_recognize; }
    QPushButton *cameraButton() const { return m_camera; }
    QLabel *cameraNote() const { return m_cameraNote; }
    QProgressBar *progressBar() const { return m_progress; }
    MessageBanner *banner() const { return m_banner; }
    ocr::TesseractEngine *tesseract() const { return m_tesseract; }
    ocr::ServerVisionEngine *vision() const { return m_vision; }

    // Where local runs wait when the server cannot be reached.
    static QString eventQueueFile();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFile();
    void takePhoto();
    void updateEngines();
    void updateState();
    void finished(const QString &engineId, Result<ocr::OcrResult> result);
    ocr::OcrEngine *currentEngine() const;

    QPointer<sync::SessionManager> m_session;
    QPointer<sync::ConnectionMonitor> m_monitor;
    QString m_countryHint;
    QImage m_image;
    ocr::OcrResult m_result;
    bool m_running = false;
    QElapsedTimer m_timer;

    ocr::TesseractEngine *m_tesseract = nullptr;
    ocr::ServerVisionEngine *m_vision = nullptr;
    ocr::OcrEventReporter *m_reporter = nullptr;

    MessageBanner *m_banner = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_origin = nullptr;
    QPushButton *m_file = nullptr;
    QPushButton *m_camera = nullptr;
    QLabel *m_cameraNote = nullptr;
    QComboBox *m_engine = nullptr;
    QLabel *m_engineNote = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_recognize = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace hector::ui
