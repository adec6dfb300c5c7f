#pragma once

#include "ui/dashboards/DashboardPage.h"

class QChartView;

namespace hector::ui {

// « Analyses » (module 24; managers, administrators, presidents): KPI tiles (opportunities
// created, conversion rate, average deal, MRR), the distribution of the open pipeline by stage,
// the won amount over the 12 months up to the end of the period, and the conversion funnel.
// Filters: period, entity, team, commercial.
class AnalyticsPage : public DashboardPage
{
    Q_OBJECT
public:
    AnalyticsPage(sync::LocalReplica *replica, const UserDto &me, QWidget *parent = nullptr);

    KpiTile *createdTile() const { return m_createdTile; }
    KpiTile *conversionTile() const { return m_conversionTile; }
    KpiTile *averageTile() const { return m_averageTile; }
    KpiTile *mrrTile() const { return m_mrrTile; }
    DashboardCard *revenueCard() const { return m_revenueCard; }
    DashboardCard *distributionCard() const { return m_distributionCard; }
    DashboardCard *funnelCard() const { return m_funnelCard; }
    QChartView *revenueChart() const { return m_revenueChart; }
    QChartView *distributionChart() const { return m_distributionChart; }
    QChartView *funnelChart() const { return m_funnelChart; }

protected:
    void reload() override;
    QList<sync::CsvTable> figureTables() const override;

private:
    void showRevenue();
    void showDistribution();
    void showFunnel();

    KpiTile *m_createdTile;
    KpiTile *m_conversionTile;
    KpiTile *m_averageTile;
    KpiTile *m_mrrTile;
    DashboardCard *m_revenueCard;
    DashboardCard *m_distributionCard;
    DashboardCard *m_funnelCard;
    QChartView *m_revenueChart;
    QChartView *m_distributionChart;
    QChartView *m_funnelChart;

    sync::KpiFigures m_kpis;
    QList<sync::StageFigure> m_pipeline;
    QList<sync::MonthFigure> m_months;
    QList<sync::FunnelStep> m_funnel;
};

} // namespace hector::ui
