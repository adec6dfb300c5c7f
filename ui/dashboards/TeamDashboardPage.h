#pragma once

#include "ui/dashboards/DashboardPage.h"

class QChartView;
class QTableView;

namespace hector::ui {

class TopPerformersModel;

// « Équipe » (managers, administrators, presidents): the team's open pipeline by stage and
// commercial (stacked bars), conversion rate, won amount, average deal, won and lost by
// commercial and the top performers of the period. Filters: period, entity, team.
class TeamDashboardPage : public DashboardPage
{
    Q_OBJECT
public:
    TeamDashboardPage(sync::LocalReplica *replica, const UserDto &me, QWidget *parent = nullptr);

    KpiTile *conversionTile() const { return m_conversionTile; }
    KpiTile *wonTile() const { return m_wonTile; }
    KpiTile *pipelineTile() const { return m_pipelineTile; }
    KpiTile *averageTile() const { return m_averageTile; }
    DashboardCard *pipelineCard() const { return m_pipelineCard; }
    DashboardCard *conversionCard() const { return m_conversionCard; }
    DashboardCard *performersCard() const { return m_performersCard; }
    QChartView *pipelineChart() const { return m_pipelineChart; }
    QChartView *conversionChart() const { return m_conversionChart; }
    TopPerformersModel *performersModel() const { return m_performers; }
    QTableView *performersView() const { return m_performersView; }

    // Commercials shown as their own series; the others are gathered in « Autres ».
    static constexpr int kMaxSeries = 7;

protected:
    void reload() override;
    QList<sync::CsvTable> figureTables() const override;
    void chooseDefaults() override;

private:
    void showPipeline();
    void showConversion();

    KpiTile *m_conversionTile;
    KpiTile *m_wonTile;
    KpiTile *m_pipelineTile;
    KpiTile *m_averageTile;
    DashboardCard *m_pipelineCard;
    DashboardCard *m_conversionCard;
    DashboardCard *m_performersCard;
    QChartView *m_pipelineChart;
    QChartView *m_conversionChart;
    TopPerformersModel *m_performers;
    QTableView *m_performersView;

    QList<sync::OwnerPipeline> m_owners;
    sync::KpiFigures m_kpis;
};

} // namespace hector::ui
