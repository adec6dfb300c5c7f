#include "ui/dashboards/DashboardPage.h"

#include "sync/replica/LocalReplica.h"
#include "ui/FormSupport.h"
#include "ui/MessageBanner.h"
#include "ui/Theme.h"

#include <QChartView>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace hector::ui {

namespace {
// Tables whose changes may change a figure or a filter choice.
const QStringList kWatchedTables{QStringLiteral("opportunities"), QStringLiteral("rdvs"),
                                 QStringLiteral("teams"),         QStringLiteral("team_members"),
                                 QStringLiteral("team_objectives"), QStringLiteral("users"),
                                 QStringLiteral("entities")};
constexpr int kRefreshDelayMs = 250;
} // namespace

DashboardPage::DashboardPage(sync::LocalReplica *replica, const UserDto &me, const QString &title,
                             const QString &exportName, DashboardFilterBar::Filters filters, QWidget *parent)
    : QWidget(parent)
    , m_replica(replica)
    , m_me(me)
    , m_title(title)
    , m_exportName(exportName)
    , m_clock(systemClock())
    , m_filters(new DashboardFilterBar(filters, this))
    , m_refreshTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);

    auto *top = new QHBoxLayout;
    top->addWidget(makePageTitle(title, this));
    top->addSpacing(12);
    m_periodLabel = makeBoldLabel(QString(), 1.15, this);
    m_periodLabel->setObjectName(QStringLiteral("periodText"));
    setMutedText(m_periodLabel);
    top->addWidget(m_periodLabel, 0, Qt::AlignBaseline);
    top->addStretch(1);
    m_export = new QPushButton(tr("E&xporter"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Exporter le tableau de bord en image, en PDF ou ses chiffres en CSV"));
    auto *menu = new QMenu(m_export);
    QAction *png = menu->addAction(tr("Image PNG…"));
    png->setObjectName(QStringLiteral("exportPngAction"));
    QAction *pdf = menu->addAction(tr("Document PDF (A4 paysage)…"));
    pdf->setObjectName(QStringLiteral("exportPdfAction"));
    QAction *csv = menu->addAction(tr("Chiffres CSV (Excel)…"));
    csv->setObjectName(QStringLiteral("exportCsvAction"));
    m_export->setMenu(menu);
    top->addWidget(m_export);
    layout->addLayout(top);

    layout->addWidget(m_filters);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    m_dashboard = new QWidget;
    m_dashboard->setObjectName(QStringLiteral("dashboardArea"));
    m_dashboard->setAutoFillBackground(true);
    QPalette areaPalette = m_dashboard->palette();
    areaPalette.setColor(QPalette::Window, palette::window);
    m_dashboard->setPalette(areaPalette);
    m_grid = new QGridLayout(m_dashboard);
    m_grid->setContentsMargins(0, 0, 4, 0);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(12);
    for (int column = 0; column < 4; ++column) // four KPI tiles; cards span two or four columns
        m_grid->setColumnStretch(column, 1);
    scroll->setWidget(m_dashboard);
    layout->addWidget(scroll, 1);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardPage::refresh);
    connect(m_replica, &sync::LocalReplica::tableChanged, this, [this](const QString &table) {
        if (kWatchedTables.contains(table))
            scheduleRefresh();
    });
    connect(m_filters, &DashboardFilterBar::changed, this, &DashboardPage::refresh);
    connect(png, &QAction::triggered, this, [this] { exportAs(QStringLiteral("png")); });
    connect(pdf, &QAction::triggered, this, [this] { exportAs(QStringLiteral("pdf")); });
    connect(csv, &QAction::triggered, this, [this] { exportAs(QStringLiteral("csv")); });
}

void DashboardPage::start()
{
    m_filters->reloadOptions(data());
    chooseDefaults();
    refresh();
}

void DashboardPage::setClock(Clock clock)
{
    m_clock = clock;
    m_filters->setClock(std::move(clock));
    refresh();
}

sync::DashboardData DashboardPage::data() const
{
    return sync::DashboardData(m_replica->database());
}

void DashboardPage::scheduleRefresh()
{
    if (isVisible())
        m_refreshTimer->start();
    else
        m_dirty = true;
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void DashboardPage::refresh()
{
    m_dirty = false;
    m_refreshTimer->stop();
    if (m_errorShown) {
        m_banner->clear();
        m_errorShown = false;
    }
    m_filters->reloadOptions(data());
    m_periodLabel->setText(m_filters->periodText());
    reload();
}

KpiTile *DashboardPage::addTile(int column, const QString &caption, const QColor &accent, const char *name)
{
    auto *tile = new KpiTile(caption, accent, m_dashboard);
    tile->setObjectName(QString::fromLatin1(name));
    m_grid->addWidget(tile, 0, column);
    return tile;
}

DashboardCard *DashboardPage::addChartCard(const QString &title, const QString &hint, const char *name, int minimumHeight,
                                           int row, int column, int columnSpan, QChartView **view)
{
    auto *card = new DashboardCard(title, m_dashboard);
    card->setObjectName(QString(QLatin1String(name) + QStringLiteral("Card")));
    card->setHint(hint);
    *view = makeChartView(makeChart(), minimumHeight, card);
    (*view)->setObjectName(QString(QLatin1String(name) + QStringLiteral("Chart")));
    card->setContent(*view);
    m_grid->addWidget(card, row, column, 1, columnSpan);
    return card;
}

void DashboardPage::showError(const Error &error)
{
    m_banner->showMessage(MessageBanner::Kind::Error, error.message);
    m_errorShown = true;
}

QString DashboardPage::defaultTeam(bool managedFirst) const
{
    // teamsOf(): the teams the user belongs to first, then those they only manage.
    auto mine = data().teamsOf(m_me.id);
    if (!mine || mine->isEmpty())
        return {};
    if (managedFirst) {
        if (auto teams = data().teams()) {
            for (const QString &id : *mine) {
                for (const sync::TeamOption &t : *teams) {
                    if (t.id == id && t.managerId == m_me.id)
                        return id;
                }
            }
        }
    }
    return mine->constFirst();
}

QList<sync::CsvTable> DashboardPage::csvTables() const
{
    sync::CsvTable filters{tr("%1 — filtres").arg(m_title), {tr("Filtre"), tr("Valeur")}, {}};
    for (const auto &d : m_filters->description())
        filters.rows.append({d.first, d.second});
    const sync::DashboardFilter f = m_filters->filter();
    filters.rows.append({tr("Du (inclus)"), f.from.toTimeZone(sync::DashboardData::timeZone()).date().toString(Qt::ISODate)});
    filters.rows.append({tr("Au (exclu)"), f.to.toTimeZone(sync::DashboardData::timeZone()).date().toString(Qt::ISODate)});
    return QList<sync::CsvTable>{filters} + figureTables();
}

QStringList DashboardPage::headerLines() const
{
    QStringList parts;
    for (const auto &d : m_filters->description())
        parts << tr("%1 : %2").arg(d.first, d.second);
    const QDateTime at = m_clock().toTimeZone(sync::DashboardData::timeZone());
    return {QString(tr("Hector — ") + m_title), parts.join(QStringLiteral("  ·  ")),
            tr("Exporté le %1 à %2, d'après la base locale").arg(QLocale().toString(at.date(), QLocale::ShortFormat),
                                                                 at.time().toString(QStringLiteral("HH:mm")))};
}

int DashboardPage::paintHeader(QPainter *painter, QPaintDevice *device, const QRect &area) const
{
    const QStringList lines = headerLines();
    QFont title = font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.5);
    const QFontMetrics titleMetrics(title, device);
    const QFontMetrics textMetrics(font(), device);
    const int gap = textMetrics.height() / 3;
    int y = area.top();
    if (painter) {
        painter->setFont(title);
        painter->setPen(palette::text);
        painter->drawText(QRect(area.left(), y, area.width(), titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          titleMetrics.elidedText(lines.at(0), Qt::ElideRight, area.width()));
    }
    y += titleMetrics.height() + gap;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (painter) {
            painter->setFont(font());
            painter->setPen(palette::mutedText);
            painter->drawText(QRect(area.left(), y, area.width(), textMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                              textMetrics.elidedText(lines.at(i), Qt::ElideRight, area.width()));
        }
        y += textMetrics.height();
    }
    return y + 2 * gap - area.top();
}

QImage DashboardPage::renderDashboard(qreal density) const
{
    // What a refresh left pending first (an export may follow a filter change at once): the axes
    // of the previous figures are deleted later, and the widgets lay out the charts, which then lay
    // out their axes and legends, each on a later event.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    for (int round = 0; round < 3; ++round)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QImage image(m_dashboard->size() * density, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(density);
    image.fill(palette::window);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    m_dashboard->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    return image;
}

bool DashboardPage::writeFile(const QString &path, const std::function<QString(QIODevice *)> &write)
{
    QSaveFile file(path);
    QString error;
    if (!file.open(QIODevice::WriteOnly))
        error = file.errorString();
    else
        error = write(&file);
    if (error.isEmpty() && !file.commit())
        error = file.errorString();
    const QString where = QDir::toNativeSeparators(path);
    if (!error.isEmpty()) {
        file.cancelWriting();
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("Impossible d'écrire le fichier « %1 » : %2. Choisissez un autre dossier.").arg(where, error));
        m_errorShown = false; // stays until the next export or the user's next action
        return false;
    }
    m_banner->showMessage(MessageBanner::Kind::Success, tr("Tableau de bord « %1 » exporté dans « %2 ».").arg(m_title, where));
    return true;
}

bool DashboardPage::exportPng(const QString &path)
{
    return writeFile(path, [this](QIODevice *device) -> QString {
        // Twice the screen's pixels, with the title, the filters and the date above the dashboard.
        const qreal density = 2.0;
        const int margin = 16;
        const QSize content = m_dashboard->size();
        QImage probe(1, 1, QImage::Format_ARGB32_Premultiplied);
        const int header = paintHeader(nullptr, &probe, QRect(margin, margin, content.width(), 0));
        QImage image(QSize(content.width() + 2 * margin, content.height() + header + 2 * margin) * density,
                     QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(density);
        image.fill(palette::window);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        paintHeader(&painter, &image, QRect(margin, margin, content.width(), header));
        painter.drawImage(QPoint(margin, margin + header), renderDashboard(density));
        painter.end();
        return image.save(device, "PNG") ? QString() : tr("l'image n'a pas pu être enregistrée");
    });
}

bool DashboardPage::exportPdf(const QString &path)
{
    return writeFile(path, [this](QIODevice *device) -> QString {
        QPdfWriter pdf(device);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                      QPageLayout::Millimeter));
        pdf.setResolution(300);
        pdf.setTitle(headerLines().constFirst());
        pdf.setCreator(QStringLiteral("Hector"));
        QPainter painter;
        if (!painter.begin(&pdf))
            return tr("le document PDF n'a pas pu être créé");
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        const QRect page(0, 0, pdf.width(), pdf.height());
        // Title, filters and date as text; then the dashboard scaled to the rest of the page (its
        // proportions kept), drawn from pixels at about the page's resolution: Qt Charts loses
        // labels and legend entries when painted straight onto a PDF.
        const int header = paintHeader(&painter, &pdf, page);
        const QSize content = m_dashboard->size();
        const QRect rest(0, header, page.width(), page.height() - header);
        const qreal scale = std::min(qreal(rest.width()) / content.width(), qreal(rest.height()) / content.height());
        const QImage image = renderDashboard(std::clamp(scale, 1.0, 3.0));
        const QSizeF size = QSizeF(content) * scale;
        painter.drawImage(QRectF(QPointF(rest.left() + (rest.width() - size.width()) / 2, rest.top()), size), image);
        return painter.end() ? QString() : tr("le document PDF n'a pas pu être terminé");
    });
}

bool DashboardPage::exportCsv(const QString &path)
{
    return writeFile(path, [this](QIODevice *device) -> QString {
        auto written = sync::DashboardData::writeCsv(device, csvTables());
        return written ? QString() : written.error().message;
    });
}

void DashboardPage::exportAs(const QString &extension)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("hector-%1-%2.%3")
                             .arg(m_exportName, m_clock().date().toString(Qt::ISODate), extension);
    QString filter;
    if (extension == QLatin1String("png"))
        filter = tr("Image PNG (*.png)");
    else if (extension == QLatin1String("pdf"))
        filter = tr("Document PDF (*.pdf)");
    else
        filter = tr("Fichier CSV (*.csv)");
    QString path = QFileDialog::getSaveFileName(this, tr("Exporter « %1 »").arg(m_title), QDir(dir).filePath(name), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QString(u'.' + extension), Qt::CaseInsensitive))
        path += u'.' + extension;
    if (extension == QLatin1String("png"))
        exportPng(path);
    else if (extension == QLatin1String("pdf"))
        exportPdf(path);
    else
        exportCsv(path);
}

} // namespace hector::ui
