#include "ui/ocr/OcrMonitoringPage.h"

#include "sync/SessionManager.h"
#include "ui/FormSupport.h"
#include "ui/MessageBanner.h"
#include "ui/Theme.h"
#include "ui/dashboards/DashboardWidgets.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDate>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace hector::ui {

namespace {
QString engineLabel(const QString &engine)
{
    return engine == QLatin1String("claude") ? OcrMonitoringPage::tr("Claude (serveur)") : OcrMonitoringPage::tr("Local (Tesseract)");
}

QString msText(const QJsonValue &v)
{
    if (!v.isDouble())
        return OcrMonitoringPage::tr("—");
    const double ms = v.toDouble();
    if (ms >= 1000)
        return OcrMonitoringPage::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
    return OcrMonitoringPage::tr("%1 ms").arg(QLocale().toString(qRound(ms)));
}
} // namespace

void OcrErrorTypesModel::setErrorTypes(const QJsonArray &errorTypes)
{
    beginResetModel();
    m_rows.clear();
    for (const QJsonValue &v : errorTypes)
        m_rows.append(v.toObject());
    endResetModel();
}

int OcrErrorTypesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OcrErrorTypesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OcrErrorTypesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QJsonObject &row = m_rows.at(index.row());
    const QJsonObject byEngine = row.value(QStringLiteral("byEngine")).toObject();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Type:
            return row.value(QStringLiteral("label")).toString();
        case Count:
            return row.value(QStringLiteral("count")).toInt();
        case Tesseract:
            return byEngine.value(QStringLiteral("tesseract")).toInt();
        case Claude:
            return byEngine.value(QStringLiteral("claude")).toInt();
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Type)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Type)
        return row.value(QStringLiteral("type")).toString();
    return {};
}

QVariant OcrErrorTypesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Type:
        return tr("Type d'erreur");
    case Count:
        return tr("Échecs");
    case Tesseract:
        return tr("Local");
    case Claude:
        return tr("Claude");
    default:
        return {};
    }
}

OcrMonitoringPage::OcrMonitoringPage(sync::SessionManager *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(12);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Suivi OCR — cartes de visite"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);
    top->addWidget(title);
    top->addStretch(1);
    auto *periodLabel = new QLabel(tr("&Période"), this);
    m_period = new QComboBox(this);
    periodLabel->setBuddy(m_period);
    m_period->addItem(tr("7 derniers jours"), QStringLiteral("7d"));
    m_period->addItem(tr("30 derniers jours"), QStringLiteral("30d"));
    m_period->addItem(tr("90 derniers jours"), QStringLiteral("90d"));
    m_period->setCurrentIndex(1);
    top->addWidget(periodLabel);
    top->addWidget(m_period);
    m_refresh = new QPushButton(tr("&Actualiser"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    top->addWidget(m_refresh);
    layout->addLayout(top);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);
    m_status = new QLabel(this);
    m_status->setStyleSheet(QStringLiteral("color: %1;").arg(palette::mutedText.name()));
    layout->addWidget(m_status);

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(12);
    m_total = new KpiTile(tr("Cartes lues"), palette::accent, this);
    m_rate = new KpiTile(tr("Taux de succès"), palette::success, this);
    m_failures = new KpiTile(tr("Échecs"), palette::danger, this);
    m_claude = new KpiTile(tr("Claude (serveur)"), palette::warning, this);
    for (KpiTile *tile : {m_total, m_rate, m_failures, m_claude})
        tiles->addWidget(tile);
    layout->addLayout(tiles);

    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    m_timesCard = new DashboardCard(tr("Temps de réponse par moteur"), this);
    m_timesCard->setHint(tr("Moyenne, médiane et 95ᵉ centile des lectures de la période"));
    auto *timesContent = new QWidget(m_timesCard);
    auto *timesLayout = new QVBoxLayout(timesContent);
    timesLayout->setContentsMargins(0, 0, 0, 0);
    m_timesChart = makeChartView(makeChart(), 230, timesContent);
    timesLayout->addWidget(m_timesChart, 1);
    m_engineSummary = new QLabel(timesContent);
    m_engineSummary->setWordWrap(true);
    timesLayout->addWidget(m_engineSummary);
    m_timesCard->setContent(timesContent);
    grid->addWidget(m_timesCard, 0, 0);

    m_errorsCard = new DashboardCard(tr("Types d'erreurs"), this);
    m_errorsCard->setHint(tr("Format d'image, qualité insuffisante, service indisponible…"));
    m_errorModel = new OcrErrorTypesModel(this);
    m_errorView = new QTableView(m_errorsCard);
    m_errorView->setModel(m_errorModel);
    m_errorView->verticalHeader()->hide();
    m_errorView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_errorView->horizontalHeader()->setSectionResizeMode(OcrErrorTypesModel::Type, QHeaderView::Stretch);
    m_errorView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_errorView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errorView->setMinimumHeight(200);
    m_errorsCard->setContent(m_errorView);
    grid->addWidget(m_errorsCard, 0, 1);

    m_daysCard = new DashboardCard(tr("Succès et échecs par jour"), this);
    m_daysChart = makeChartView(makeChart(), 220, m_daysCard);
    m_daysCard->setContent(m_daysChart);
    grid->addWidget(m_daysCard, 1, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    layout->addLayout(grid, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, &OcrMonitoringPage::reload);
    connect(m_refresh, &QPushButton::clicked, this, &OcrMonitoringPage::reload);
}

void OcrMonitoringPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded) {
        m_loaded = true;
        reload();
    }
}

void OcrMonitoringPage::reload()
{
    if (!m_session)
        return;
    m_refresh->setEnabled(false);
    m_status->setText(tr("Chargement des statistiques…"));
    const QString path = QStringLiteral("/api/admin/ocr/stats?period=") + m_period->currentData().toString();
    m_session->authorizedRequest(sync::ApiClient::Method::Get, path, {}, this, [this](Result<QJsonObject> r) {
        m_refresh->setEnabled(true);
        if (!r) {
            m_status->clear();
            m_banner->showMessage(MessageBanner::Kind::Error,
                                  tr("Statistiques OCR indisponibles : %1").arg(r.error().message));
            return;
        }
        m_banner->clear();
        showStats(*r);
    });
}

void OcrMonitoringPage::showStats(const QJsonObject &stats)
{
    const QLocale locale;
    const qint64 total = stats.value(QStringLiteral("total")).toInteger();
    const qint64 failures = stats.value(QStringLiteral("failure")).toInteger();
    // The period's first and last local days, as the server counted them (Europe/Paris).
    const QJsonArray dayList = stats.value(QStringLiteral("days")).toArray();
    if (!dayList.isEmpty()) {
        const QDate first = QDate::fromString(dayList.first().toObject().value(QStringLiteral("date")).toString(), Qt::ISODate);
        const QDate last = QDate::fromString(dayList.last().toObject().value(QStringLiteral("date")).toString(), Qt::ISODate);
        m_status->setText(tr("Du %1 au %2 · toutes les lectures de votre périmètre (moteur local et Claude)")
                              .arg(locale.toString(first, QLocale::ShortFormat), locale.toString(last, QLocale::ShortFormat)));
    } else {
        m_status->setText(tr("Toutes les lectures de votre périmètre (moteur local et Claude)"));
    }
    m_total->setValue(locale.toString(total), tr("%n réussie(s)", nullptr, int(stats.value(QStringLiteral("success")).toInteger())));
    const QJsonValue rate = stats.value(QStringLiteral("successRate"));
    m_rate->setValue(rate.isDouble() ? tr("%1 %").arg(locale.toString(rate.toDouble() * 100, 'f', 0)) : tr("—"),
                     rate.isDouble() ? tr("des lectures aboutissent") : tr("aucune lecture sur la période"));
    m_failures->setValue(locale.toString(failures), failures > 0 ? tr("détail dans « Types d'erreurs »") : tr("aucun échec"));
    const bool claudeConfigured = stats.value(QStringLiteral("claudeConfigured")).toBool();
    m_claude->setValue(claudeConfigured ? tr("Configuré") : tr("Non configuré"),
                       claudeConfigured ? tr("clé API présente sur le serveur") : tr("lecture locale seulement"));

    // Response times per engine.
    const QJsonArray engines = stats.value(QStringLiteral("engines")).toArray();
    QChart *times = m_timesChart->chart();
    clearChart(times);
    if (engines.isEmpty()) {
        m_timesCard->showEmpty(tr("Aucune carte lue sur la période."));
    } else {
        m_timesCard->showContent();
        auto *series = new QBarSeries;
        const QList<QPair<QString, QString>> measures{{QStringLiteral("avgMs"), tr("Moyenne")},
                                                      {QStringLiteral("p50Ms"), tr("Médiane")},
                                                      {QStringLiteral("p95Ms"), tr("95ᵉ centile")}};
        QStringList categories;
        QStringList summary;
        double maxMs = 0;
        for (const QJsonValue &e : engines)
            categories << engineLabel(e.toObject().value(QStringLiteral("engine")).toString());
        for (qsizetype m = 0; m < measures.size(); ++m) {
            auto *set = new QBarSet(measures.at(m).second);
            set->setColor(seriesColor(int(m)));
            for (const QJsonValue &e : engines) {
                const double v = e.toObject().value(measures.at(m).first).toDouble();
                *set << v;
                maxMs = std::max(maxMs, v);
            }
            series->append(set);
        }
        for (const QJsonValue &v : engines) {
            const QJsonObject e = v.toObject();
            const QJsonValue r = e.value(QStringLiteral("successRate"));
            summary << tr("%1 : %Ln lecture(s), %2 de succès, moyenne %3", nullptr, int(e.value(QStringLiteral("total")).toInteger()))
                           .arg(engineLabel(e.value(QStringLiteral("engine")).toString()))
                           .arg(r.isDouble() ? tr("%1 %").arg(locale.toString(r.toDouble() * 100, 'f', 0)) : tr("—"),
                                msText(e.value(QStringLiteral("avgMs"))));
        }
        times->addSeries(series);
        auto *axisX = new QBarCategoryAxis;
        axisX->append(categories);
        auto *axisY = new QValueAxis;
        axisY->setRange(0, std::max(100.0, maxMs * 1.15));
        axisY->setLabelFormat(QStringLiteral("%.0f ms"));
        styleAxis(axisX);
        styleAxis(axisY);
        times->addAxis(axisX, Qt::AlignBottom);
        times->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
        showBarTooltips(series, m_timesChart, [categories](QBarSet *set, int index) {
            return QStringLiteral("%1 — %2 : %3").arg(categories.value(index), set->label(), msText(set->at(index)));
        });
        m_engineSummary->setText(summary.join(QLatin1Char('\n')));
    }

    // Error types.
    const QJsonArray errors = stats.value(QStringLiteral("errorTypes")).toArray();
    m_errorModel->setErrorTypes(errors);
    if (errors.isEmpty())
        m_errorsCard->showEmpty(total == 0 ? tr("Aucune carte lue sur la période.") : tr("Aucun échec sur la période."));
    else
        m_errorsCard->showContent();

    // Per day.
    const QJsonArray days = stats.value(QStringLiteral("days")).toArray();
    QChart *perDay = m_daysChart->chart();
    clearChart(perDay);
    if (total == 0) {
        m_daysCard->showEmpty(tr("Aucune carte lue sur la période."));
    } else {
        m_daysCard->showContent();
        auto *series = new QStackedBarSeries;
        auto *ok = new QBarSet(tr("Réussies"));
        auto *ko = new QBarSet(tr("Échouées"));
        ok->setColor(palette::success);
        ko->setColor(palette::danger);
        QStringList categories;
        double maxDay = 0;
        // More than two weeks: one date label a week (the others blank, but distinct).
        const bool sparse = days.size() > 14;
        for (qsizetype i = 0; i < days.size(); ++i) {
            const QJsonObject d = days.at(i).toObject();
            const QDate date = QDate::fromString(d.value(QStringLiteral("date")).toString(), Qt::ISODate);
            QString label = date.toString(QStringLiteral("dd/MM"));
            if (sparse && (days.size() - 1 - i) % 7 != 0)
                label = QString(int(i), QChar(0x200B));
            categories << label;
            *ok << d.value(QStringLiteral("success")).toDouble();
            *ko << d.value(QStringLiteral("failure")).toDouble();
            maxDay = std::max(maxDay, d.value(QStringLiteral("success")).toDouble() + d.value(QStringLiteral("failure")).toDouble());
        }
        series->append(ok);
        series->append(ko);
        perDay->addSeries(series);
        auto *axisX = new QBarCategoryAxis;
        axisX->append(categories);
        if (sparse)
            axisX->setLabelsAngle(-90); // a date under a bar narrower than its text
        auto *axisY = new QValueAxis;
        axisY->setRange(0, std::max(4.0, std::ceil(maxDay * 1.15)));
        axisY->setLabelFormat(QStringLiteral("%.0f"));
        styleAxis(axisX);
        styleAxis(axisY);
        perDay->addAxis(axisX, Qt::AlignBottom);
        perDay->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
        showBarTooltips(series, m_daysChart, [days](QBarSet *set, int index) {
            const QDate date = QDate::fromString(days.at(index).toObject().value(QStringLiteral("date")).toString(), Qt::ISODate);
            return QStringLiteral("%1 — %2 : %3").arg(QLocale().toString(date, QLocale::ShortFormat), set->label()).arg(set->at(index));
        });
    }
}

} // namespace hector::ui
