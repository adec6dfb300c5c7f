#include "ocr/TesseractEngine.h"

#include "ocr/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>

#include <array>

namespace hector::ocr {

namespace {

QString findDataPath(const QString &requested, const QString &languages)
{
    QStringList candidates;
    if (!requested.isEmpty())
        candidates << requested;
    const QString env = qEnvironmentVariable("TESSDATA_PREFIX");
    if (!env.isEmpty())
        candidates << env << QDir(env).filePath(QStringLiteral("tessdata"));
    candidates << QStringLiteral("/usr/share/tesseract-ocr/5/tessdata") << QStringLiteral("/usr/share/tesseract-ocr/4.00/tessdata")
               << QStringLiteral("/usr/share/tessdata") << QStringLiteral("/usr/local/share/tessdata");
    const QStringList langs = languages.split(QLatin1Char('+'), Qt::SkipEmptyParts);
    for (const QString &dir : std::as_const(candidates)) {
        bool all = !langs.isEmpty();
        for (const QString &lang : langs)
            all = all && QFileInfo::exists(QDir(dir).filePath(lang + QStringLiteral(".traineddata")));
        if (all)
            return dir;
    }
    return {};
}

bool cancelCallback(void *data, int /*words*/)
{
    auto *control = static_cast<TesseractEngine::Control *>(data);
    return control->cancelled.load();
}

// Tesseract calls this with the monitor; progress goes to the shared control.
bool progressCallback(tesseract::ETEXT_DESC *monitor, int, int, int, int)
{
    auto *control = static_cast<TesseractEngine::Control *>(monitor->cancel_this);
    control->progress.store(std::clamp<int>(monitor->progress, 0, 100));
    return true;
}
} // namespace

TesseractEngine::TesseractEngine(QObject *parent, QString dataPath, QString languages)
    : OcrEngine(parent)
    , m_dataPath(findDataPath(dataPath, languages))
    , m_languages(std::move(languages))
{
}

TesseractEngine::~TesseractEngine()
{
    cancel();
}

QString TesseractEngine::label() const
{
    return tr("Local (Tesseract)");
}

bool TesseractEngine::isAvailable() const
{
    return !m_dataPath.isEmpty();
}

QImage TesseractEngine::prepare(const QImage &image)
{
    QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    // Text of a card photographed whole must reach ~25 px of x-height: the card's long side
    // at about 2000 px; never more than 4x, and very large photos come down to 3000 px.
    const int longSide = std::max(gray.width(), gray.height());
    if (longSide > 0 && longSide < 1800) {
        const double factor = std::min(4.0, 2000.0 / longSide);
        gray = gray.scaled(qRound(gray.width() * factor), qRound(gray.height() * factor), Qt::KeepAspectRatio,
                           Qt::SmoothTransformation);
    } else if (longSide > 3600) {
        gray = gray.scaled(3000, 3000, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    // Contrast stretch between the 1st and 99th percentiles (dim photos, grey paper).
    std::array<qint64, 256> histogram{};
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            ++histogram[line[x]];
    }
    const qint64 total = qint64(gray.width()) * gray.height();
    int low = 0;
    int high = 255;
    for (qint64 acc = 0; low < 255 && (acc += histogram[size_t(low)]) < total / 100; ++low) {}
    for (qint64 acc = 0; high > 0 && (acc += histogram[size_t(high)]) < total / 100; --high) {}
    if (high - low > 16 && (low > 0 || high < 255)) {
        std::array<uchar, 256> lut{};
        for (int v = 0; v < 256; ++v)
            lut[size_t(v)] = uchar(std::clamp((v - low) * 255 / (high - low), 0, 255));
        for (int y = 0; y < gray.height(); ++y) {
            uchar *line = gray.scanLine(y);
            for (int x = 0; x < gray.width(); ++x)
                line[x] = lut[line[x]];
        }
    }
    return gray;
}

Result<OcrResult> TesseractEngine::run(const QImage &image, const QString &countryHint, const QString &dataPath,
                                       const QString &languages, Control *control)
{
    QElapsedTimer timer;
    timer.start();
    if (image.isNull() || image.width() < 50 || image.height() < 30)
        return Error{QString(errors::badImage), tr("L'image est vide ou trop petite pour être lue."),
                     QJsonObject{{QStringLiteral("errorType"), QStringLiteral("format")}}};
    if (dataPath.isEmpty())
        return Error{QString(errors::engineUnavailable),
                     tr("Les modèles de Tesseract (français et anglais) sont introuvables sur ce poste."),
                     QJsonObject{{QStringLiteral("errorType"), QStringLiteral("engine_error")}}};
    const QImage prepared = prepare(image);
    tesseract::TessBaseAPI api;
    if (api.Init(dataPath.toLocal8Bit().constData(), languages.toLatin1().constData(), tesseract::OEM_LSTM_ONLY) != 0)
        return Error{QString(errors::engineUnavailable), tr("Tesseract n'a pas pu charger ses modèles (%1).").arg(languages),
                     QJsonObject{{QStringLiteral("errorType"), QStringLiteral("engine_error")}}};
    api.SetPageSegMode(tesseract::PSM_AUTO);
    api.SetVariable("preserve_interword_spaces", "1");
    api.SetImage(prepared.constBits(), prepared.width(), prepared.height(), 1, int(prepared.bytesPerLine()));
    api.SetSourceResolution(300);
    tesseract::ETEXT_DESC monitor;
    monitor.cancel = &cancelCallback;
    monitor.cancel_this = control;
    monitor.progress_callback2 = &progressCallback;
    const int status = api.Recognize(&monitor);
    if (control && control->cancelled.load())
        return Error{QString(errors::cancelled), tr("Reconnaissance annulée."),
                     QJsonObject{{QStringLiteral("errorType"), QStringLiteral("cancelled")}}};
    if (status != 0)
        return Error{QString(errors::engineUnavailable), tr("Tesseract n'a pas pu lire l'image."),
                     QJsonObject{{QStringLiteral("errorType"), QStringLiteral("engine_error")}}};
    std::unique_ptr<char[]> text(api.GetUTF8Text());
    OcrResult result;
    result.engine = QStringLiteral("tesseract");
    result.text = text ? QString::fromUtf8(text.get()).trimmed() : QString();
    result.confidence = api.MeanTextConf();
    api.End();
    result.fields = crm::parseBusinessCardText(result.text, countryHint);
    result.durationMs = timer.elapsed();
    if (control)
        control->progress.store(100);
    qCDebug(lcOcr) << "tesseract:" << result.durationMs << "ms, confidence" << result.confidence << "fields"
                   << result.fields.filledCount();
    if (result.fields.filledCount() == 0)
        return Error{QString(errors::unreadable),
                     tr("Aucune information exploitable n'a été lue sur l'image : reprenez la photo (carte entière, "
                        "nette, bien éclairée, de face)."),
                     QJsonObject{{QStringLiteral("errorType"), QStringLiteral("quality")},
                                 {QStringLiteral("durationMs"), result.durationMs}}};
    return result;
}

void TesseractEngine::recognize(const QImage &image, const QString &countryHint, QObject *context, Callback done)
{
    cancel();
    auto control = std::make_shared<Control>();
    m_current = control;
    emit progressChanged(0);
    auto *watcher = new QFutureWatcher<Result<OcrResult>>(context);
    auto *poll = new QTimer(watcher);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, this, [this, control] { emit progressChanged(control->progress.load()); });
    const QPointer<TesseractEngine> self(this);
    connect(watcher, &QFutureWatcherBase::finished, watcher, [self, watcher, control, done] {
        const Result<OcrResult> result = watcher->result();
        watcher->deleteLater();
        if (self && self->m_current == control)
            self->m_current.reset();
        if (self && result)
            emit self->progressChanged(100);
        done(result);
    });
    const QString dataPath = m_dataPath;
    const QString languages = m_languages;
    watcher->setFuture(QtConcurrent::run([image, countryHint, dataPath, languages, control] {
        return run(image, countryHint, dataPath, languages, control.get());
    }));
    poll->start();
}

void TesseractEngine::cancel()
{
    if (m_current)
        m_current->cancelled.store(true);
}

} // namespace hector::ocr
