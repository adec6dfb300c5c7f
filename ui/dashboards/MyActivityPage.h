#pragma once

#include "ui/dashboards/DashboardPage.h"

#include <optional>

class QChartView;
class QLabel;
class QProgressBar;

namespace hector::ui {

// « Mon activité » (every role): my open pipeline by stage (amounts), the temperatures of my open
// opportunities, my results over the period, and my team's objectives of the current month
// (realised / objective). docs/dashboards.md defines every figure.
class MyActivityPage : public DashboardPage
{
    Q_OBJECT
public:
    MyActivityPage(sync::LocalReplica *replica, const UserDto &me, QWidget *parent = nullptr);

    KpiTile *pipelineTile() const { return m_pipelineTile; }
    KpiTile *wonTile() const { return m_wonTile; }
    KpiTile *conversionTile() const { return m_conversionTile; }
    KpiTile *mrrTile() const { return m_mrrTile; }
    DashboardCard *pipelineCard() const { return m_pipelineCard; }
    DashboardCard *temperatureCard() const { return m_temperatureCard; }
    DashboardCard *objectivesCard() const { return m_objectivesCard; }
    QChartView *pipelineChart() const { return m_pipelineChart; }
    QChartView *temperatureChart() const { return m_temperatureChart; }

    // One objective row: « 40 000 € / 100 000 € » and « 40 % ».
    struct ObjectiveRow
    {
        QLabel *values = nullptr;
        QLabel *percent = nullptr;
        QProgressBar *bar = nullptr;
    };
    const ObjectiveRow &revenueRow() const { return m_revenue; }
    const ObjectiveRow &rdvRow() const { return m_rdv; }
    const ObjectiveRow &signaturesRow() const { return m_signatures; }

protected:
    void reload() override;
    QList<sync::CsvTable> figureTables() const override;
    void chooseDefaults() override;

private:
    void showPipeline();
    void showTemperatures();
    void showObjectives();
    ObjectiveRow addObjectiveRow(QWidget *parent, const QString &name, int row);

    KpiTile *m_pipelineTile;
    KpiTile *m_wonTile;
    KpiTile *m_conversionTile;
    KpiTile *m_mrrTile;
    DashboardCard *m_pipelineCard;
    DashboardCard *m_temperatureCard;
    DashboardCard *m_objectivesCard;
    QChartView *m_pipelineChart;
    QChartView *m_temperatureChart;
    ObjectiveRow m_revenue;
    ObjectiveRow m_rdv;
    ObjectiveRow m_signatures;

    QList<sync::StageFigure> m_pipeline;
    QList<sync::TemperatureFigure> m_temperatures;
    sync::KpiFigures m_kpis;
    std::optional<sync::ObjectiveFigure> m_objective;
};

} // namespace hector::ui
