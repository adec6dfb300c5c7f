#include "ui/dashboards/AnalyticsPage.h"

#include "ui/Theme.h"

#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLocale>

namespace hector::ui {

AnalyticsPage::AnalyticsPage(sync::LocalReplica *replica, const UserDto &me, QWidget *parent)
    : DashboardPage(replica, me, tr("Analyses"), QStringLiteral("analyses"),
                    DashboardFilterBar::Entity | DashboardFilterBar::Team | DashboardFilterBar::Owner, parent)
{
    setObjectName(QStringLiteral("analyticsPage"));
    m_createdTile = addTile(0, tr("Opportunités créées"), palette::accent, "kpiCreated");
    m_conversionTile = addTile(1, tr("Taux de conversion"), palette::warning, "kpiConversion");
    m_averageTile = addTile(2, tr("Panier moyen"), palette::success, "kpiAverage");
    m_mrrTile = addTile(3, tr("Revenu récurrent (MRR)"), palette::accentDark, "kpiMrr");
    m_revenueCard = addChartCard(tr("Évolution du CA gagné"), QString(), "revenue", 220, 1, 0, 4, &m_revenueChart);
    m_distributionCard = addChartCard(tr("Répartition du pipeline"), tr("Opportunités en cours par étape, aujourd'hui"),
                                      "distribution", 230, 2, 0, 2, &m_distributionChart);
    m_funnelCard = addChartCard(tr("Entonnoir de conversion"),
                                tr("Opportunités créées sur la période, à cette étape ou au-delà (une perdue ne compte "
                                   "qu'en prospection)"),
                                "funnel", 230, 2, 2, 2, &m_funnelChart);
    grid()->setRowStretch(1, 1);
    grid()->setRowStretch(2, 1);

    start();
}

void AnalyticsPage::reload()
{
    const sync::DashboardFilter f = filterBar()->filter();
    const sync::DashboardData d = data();
    auto kpis = d.kpis(f);
    auto pipeline = d.pipeline(f);
    auto months = d.revenueByMonth(f);
    auto funnel = d.funnel(f);
    if (!kpis || !pipeline || !months || !funnel) {
        showError(!kpis ? kpis.error() : !pipeline ? pipeline.error() : !months ? months.error() : funnel.error());
        return;
    }
    m_kpis = *kpis;
    m_pipeline = *pipeline;
    m_months = *months;
    m_funnel = *funnel;

    m_createdTile->setValue(QLocale().toString(m_kpis.created), tr("sur la période"));
    m_conversionTile->setConversion(m_kpis.conversion);
    m_averageTile->setValue(m_kpis.averageDealEur ? euros(*m_kpis.averageDealEur) : QStringLiteral("—"),
                            m_kpis.averageDealEur
                                ? tr("%1 gagnés").arg(euros(double(m_kpis.wonAmountEur)))
                                : tr("Aucune opportunité gagnée"));
    const QDate end = f.to.toTimeZone(sync::DashboardData::timeZone()).date().addDays(-1);
    m_mrrTile->setValue(euros(double(m_kpis.mrrEur)),
                        tr("par mois, contrats gagnés au %1").arg(QLocale().toString(end, QLocale::ShortFormat)));
    showRevenue();
    showDistribution();
    showFunnel();
}

void AnalyticsPage::showRevenue()
{
    const QLocale locale;
    QList<ChartValue> bars;
    qint64 total = 0;
    int won = 0;
    for (const sync::MonthFigure &m : m_months) {
        total += m.wonAmountEur;
        won += m.wonCount;
        // In thousands of euros: twelve labels of « 264 500 € » would overlap in a narrow window.
        bars.append({locale.toString(m.month, QStringLiteral("MMM yy")), double(m.wonAmountEur) / 1000.0, palette::success,
                     tr("%1 : %2 · %3")
                         .arg(locale.toString(m.month, QStringLiteral("MMMM yyyy")), euros(double(m.wonAmountEur)),
                              countText(m.wonCount, tr("%1 opportunité gagnée"), tr("%1 opportunités gagnées")))});
    }
    const QString first = m_months.isEmpty() ? QString() : locale.toString(m_months.constFirst().month, QStringLiteral("MMMM yyyy"));
    const QString last = m_months.isEmpty() ? QString() : locale.toString(m_months.constLast().month, QStringLiteral("MMMM yyyy"));
    m_revenueCard->setHint(tr("Montant des opportunités gagnées par mois de clôture, de %1 à %2 : %3 au total, %4")
                               .arg(first, last, euros(double(total)),
                                    opportunityCount(won)));
    if (won == 0) {
        m_revenueCard->showEmpty(tr("Aucune opportunité gagnée sur les 12 mois de %1 à %2.").arg(first, last));
        return;
    }
    showBars(m_revenueChart->chart(), m_revenueChart, bars, palette::success, tr("@value k€"), tr("%.0f k€"),
             Qt::Vertical);
    m_revenueCard->showContent();
}

void AnalyticsPage::showDistribution()
{
    int open = 0;
    for (const sync::StageFigure &s : m_pipeline)
        open += s.count;
    QList<ChartValue> slices;
    for (const sync::StageFigure &s : m_pipeline) {
        // The legend keeps to « Prospection : 8 » (Qt Charts gives it at most 40 % of the width); the
        // share and the amount are in the tooltip.
        const QString share = open > 0 ? percentText(double(s.count) * 100.0 / open) : QString();
        slices.append({tr("%1 : %2").arg(s.label).arg(s.count), double(s.count), stageColor(s.stage),
                       tr("%1 : %2 (%3) · %4")
                           .arg(s.label, opportunityCount(s.count), share,
                                euros(double(s.amountEur)))});
    }
    if (open == 0) {
        m_distributionCard->showEmpty(tr("Aucune opportunité en cours pour ces filtres."));
        return;
    }
    showDonut(m_distributionChart->chart(), m_distributionChart, slices);
    m_distributionCard->showContent();
}

void AnalyticsPage::showFunnel()
{
    const int start = m_funnel.isEmpty() ? 0 : m_funnel.constFirst().count;
    if (start == 0) {
        m_funnelCard->showEmpty(tr("Aucune opportunité sur la période."));
        return;
    }
    QList<ChartValue> bars;
    for (const sync::FunnelStep &s : m_funnel) {
        const QString share = percentText(double(s.count) * 100.0 / double(start));
        bars.append({tr("%1 (%2)").arg(s.label, share), double(s.count), stageColor(s.stage),
                     tr("%1 : %2 (%3 des opportunités créées)")
                         .arg(s.label, opportunityCount(s.count), share)});
    }
    showBars(m_funnelChart->chart(), m_funnelChart, bars, palette::accent, QStringLiteral("@value"),
             QStringLiteral("%.0f"), Qt::Horizontal);
    m_funnelCard->showContent();
}

QList<sync::CsvTable> AnalyticsPage::figureTables() const
{
    return {sync::DashboardData::kpisTable(m_kpis),
            sync::DashboardData::pipelineTable(tr("Répartition du pipeline"), m_pipeline),
            sync::DashboardData::revenueTable(m_months), sync::DashboardData::funnelTable(m_funnel)};
}

} // namespace hector::ui
