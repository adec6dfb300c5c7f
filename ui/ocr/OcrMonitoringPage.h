#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace hector::sync {
class SessionManager;
}

namespace hector::ui {

class DashboardCard;
class KpiTile;
class MessageBanner;

// Error types of the OCR monitoring: type, count, and the count per engine.
class OcrErrorTypesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Type, Count, Tesseract, Claude, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setErrorTypes(const QJsonArray &errorTypes);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QJsonObject> m_rows;
};

// Administration › « Suivi OCR » (module 25; administrators, presidents, managers): recognitions
// of business cards over 7, 30 or 90 days from GET /api/admin/ocr/stats — success rate, failures,
// response times per engine (mean, median, 95th percentile), error types (format, quality…) and
// successes / failures per day. Online page: it says so when the server cannot be reached.
class OcrMonitoringPage : public QWidget
{
    Q_OBJECT
public:
    explicit OcrMonitoringPage(sync::SessionManager *session, QWidget *parent = nullptr);

    void reload();
    // Shows statistics as the server sends them (tests, and reload()).
    void showStats(const QJsonObject &stats);

    QComboBox *periodCombo() const { return m_period; }
    KpiTile *totalTile() const { return m_total; }
    KpiTile *rateTile() const { return m_rate; }
    KpiTile *failureTile() const { return m_failures; }
    DashboardCard *timesCard() const { return m_timesCard; }
    DashboardCard *daysCard() const { return m_daysCard; }
    DashboardCard *errorsCard() const { return m_errorsCard; }
    QChartView *timesChart() const { return m_timesChart; }
    QChartView *daysChart() const { return m_daysChart; }
    OcrErrorTypesModel *errorModel() const { return m_errorModel; }
    MessageBanner *banner() const { return m_banner; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QPointer<sync::SessionManager> m_session;
    bool m_loaded = false;
    MessageBanner *m_banner = nullptr;
    QComboBox *m_period = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_status = nullptr;
    KpiTile *m_total = nullptr;
    KpiTile *m_rate = nullptr;
    KpiTile *m_failures = nullptr;
    KpiTile *m_claude = nullptr;
    DashboardCard *m_timesCard = nullptr;
    DashboardCard *m_daysCard = nullptr;
    DashboardCard *m_errorsCard = nullptr;
    QChartView *m_timesChart = nullptr;
    QChartView *m_daysChart = nullptr;
    QLabel *m_engineSummary = nullptr;
    QTableView *m_errorView = nullptr;
    OcrErrorTypesModel *m_errorModel = nullptr;
};

} // namespace hector::ui
