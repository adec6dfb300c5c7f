#include "ui/dashboards/TeamDashboardPage.h"

#include "ui/FormSupport.h"
#include "ui/Theme.h"
#include "ui/dashboards/TopPerformersModel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QStackedBarSeries>
#include <QTableView>
#include <QValueAxis>

namespace hector::ui {

namespace {
constexpr int kTopPerformers = 10;
}

TeamDashboardPage::TeamDashboardPage(sync::LocalReplica *replica, const UserDto &me, QWidget *parent)
    : DashboardPage(replica, me, tr("Équipe"), QStringLiteral("equipe"),
                    DashboardFilterBar::Entity | DashboardFilterBar::Team, parent)
    , m_performers(new TopPerformersModel(this))
{
    setObjectName(QStringLiteral("teamDashboardPage"));
    m_conversionTile = addTile(0, tr("Taux de conversion"), palette::warning, "kpiConversion");
    m_wonTile = addTile(1, tr("CA gagné sur la période"), palette::success, "kpiWon");
    m_pipelineTile = addTile(2, tr("Pipeline en cours"), palette::accent, "kpiPipeline");
    m_averageTile = addTile(3, tr("Panier moyen"), palette::accentDark, "kpiAverage");
    m_pipelineCard = addChartCard(tr("Pipeline de l'équipe par étape"),
                                  tr("Montant des opportunités en cours par commercial, aujourd'hui"), "pipeline", 250, 1,
                                  0, 4, &m_pipelineChart);
    m_conversionCard = addChartCard(tr("Gagnées et perdues par commercial"),
                                    tr("Opportunités clôturées sur la période, taux de conversion entre parenthèses"),
                                    "conversion", 240, 2, 0, 2, &m_conversionChart);

    m_performersCard = new DashboardCard(tr("Meilleurs commerciaux"), dashboard());
    m_performersCard->setObjectName(QStringLiteral("performersCard"));
    m_performersCard->setHint(tr("Opportunités gagnées sur la période, par chiffre d'affaires"));
    m_performersView = new QTableView(m_performersCard);
    m_performersView->setObjectName(QStringLiteral("performersView"));
    m_performersView->setModel(m_performers);
    setupRecordTable(m_performersView, QAbstractItemView::SingleSelection, 10);
    m_performersView->setAlternatingRowColors(false); // the bars of the amount column stay visible
    m_performersView->setItemDelegateForColumn(TopPerformersModel::Amount, new RatioBarDelegate(m_performersView));
    m_performersView->setFrameShape(QFrame::NoFrame);
    m_performersView->setShowGrid(false);
    QHeaderView *header = m_performersView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TopPerformersModel::Name, QHeaderView::Stretch);
    m_performersView->setColumnWidth(TopPerformersModel::Rank, 52);
    m_performersView->setColumnWidth(TopPerformersModel::Won, 74);
    m_performersView->setColumnWidth(TopPerformersModel::Amount, 150);
    m_performersView->setColumnWidth(TopPerformersModel::Share, 70);
    // Lost and conversion are in the chart next to it (and in the CSV export).
    m_performersView->setColumnHidden(TopPerformersModel::Lost, true);
    m_performersView->setColumnHidden(TopPerformersModel::Conversion, true);
    m_performersCard->setContent(m_performersView);
    grid()->addWidget(m_performersCard, 2, 2, 1, 2);
    grid()->setRowStretch(1, 1);
    grid()->setRowStretch(2, 1);

    start();
}

void TeamDashboardPage::chooseDefaults()
{
    // A manager starts on the team they manage; administrators and presidents on every team.
    if (me().role == Role::Manager)
        filterBar()->setTeam(defaultTeam(true));
}

void TeamDashboardPage::reload()
{
    const sync::DashboardFilter f = filterBar()->filter();
    const sync::DashboardData d = data();
    auto owners = d.pipelineByOwner(f);
    auto kpis = d.kpis(f);
    auto performers = d.topPerformers(f, kTopPerformers);
    if (!owners || !kpis || !performers) {
        showError(!owners ? owners.error() : !kpis ? kpis.error() : performers.error());
        return;
    }
    m_owners = *owners;
    m_kpis = *kpis;
    m_performers->setPerformers(*performers);

    m_conversionTile->setConversion(m_kpis.conversion);
    m_wonTile->setValue(euros(double(m_kpis.wonAmountEur)),
                        countText(m_kpis.wonCount, tr("%1 opportunité gagnée"), tr("%1 opportunités gagnées")));
    int open = 0;
    qint64 amount = 0;
    for (const sync::OwnerPipeline &o : m_owners) {
        open += o.count;
        amount += o.amountEur;
    }
    m_pipelineTile->setValue(euros(double(amount)), opportunityCount(open));
    m_averageTile->setValue(m_kpis.averageDealEur ? euros(*m_kpis.averageDealEur) : QStringLiteral("—"),
                            m_kpis.averageDealEur ? tr("par opportunité gagnée") : tr("Aucune opportunité gagnée"));
    showPipeline();
    showConversion();
    if (performers->isEmpty())
        m_performersCard->showEmpty(tr("Aucune opportunité clôturée sur la période."));
    else
        m_performersCard->showContent();
}

void TeamDashboardPage::showPipeline()
{
    QChart *chart = m_pipelineChart->chart();
    clearChart(chart);
    if (m_owners.isEmpty()) {
        m_pipelineCard->showEmpty(tr("Aucune opportunité en cours pour ces filtres."));
        return;
    }
    // One series per commercial (the largest pipelines), the rest in « Autres ».
    QList<sync::OwnerPipeline> shown = m_owners.mid(0, kMaxSeries);
    if (m_owners.size() > kMaxSeries) {
        sync::OwnerPipeline others;
        others.name = tr("Autres (%1)").arg(m_owners.size() - kMaxSeries);
        others.stages = m_owners.constFirst().stages;
        for (sync::StageFigure &s : others.stages) {
            s.count = 0;
            s.amountEur = 0;
        }
        for (qsizetype i = kMaxSeries; i < m_owners.size(); ++i) {
            for (qsizetype s = 0; s < others.stages.size(); ++s) {
                others.stages[s].count += m_owners.at(i).stages.at(s).count;
                others.stages[s].amountEur += m_owners.at(i).stages.at(s).amountEur;
            }
        }
        shown.append(others);
    }
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.6);
    QList<qint64> totals(shown.constFirst().stages.size(), 0);
    QList<int> counts(shown.constFirst().stages.size(), 0);
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const sync::OwnerPipeline &o = shown.at(i);
        auto *set = new QBarSet(o.name);
        const QColor color = i == kMaxSeries ? palette::mutedText : seriesColor(int(i));
        set->setColor(color);
        set->setBorderColor(palette::surface);
        for (qsizetype s = 0; s < o.stages.size(); ++s) {
            *set << double(o.stages.at(s).amountEur);
            totals[s] += o.stages.at(s).amountEur;
            counts[s] += o.stages.at(s).count;
        }
        series->append(set);
    }
    QStringList categories;
    const QList<sync::StageFigure> &stages = shown.constFirst().stages;
    for (qsizetype s = 0; s < stages.size(); ++s)
        categories << tr("%1 (%2)").arg(stages.at(s).label).arg(counts.at(s));
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    styleAxis(x);
    x->setGridLineVisible(false);
    auto *y = new QValueAxis;
    styleAxis(y);
    y->setLabelFormat(QStringLiteral("%.0f €"));
    y->setRange(0, std::max<double>(1, double(*std::max_element(totals.cbegin(), totals.cend())) * 1.1));
    y->applyNiceNumbers();
    y->setMinorTickCount(0);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignRight);
    showBarTooltips(series, m_pipelineChart, [shown](QBarSet *set, int index) -> QString {
        for (const sync::OwnerPipeline &o : shown) {
            if (o.name == set->label() && index >= 0 && index < o.stages.size()) {
                const sync::StageFigure &s = o.stages.at(index);
                return tr("%1 — %2 : %3 · %4")
                    .arg(o.name, s.label, opportunityCount(s.count),
                         euros(double(s.amountEur)));
            }
        }
        return {};
    });
    m_pipelineCard->showContent();
}

void TeamDashboardPage::showConversion()
{
    QChart *chart = m_conversionChart->chart();
    clearChart(chart);
    const QList<sync::PerformerFigure> &performers = m_performers->performers();
    if (performers.isEmpty()) {
        m_conversionCard->showEmpty(tr("Aucune opportunité clôturée sur la période."));
        return;
    }
    // Horizontal bars are drawn from the bottom: the best commercial goes last (at the top).
    auto *won = new QBarSet(tr("Gagnées"));
    won->setColor(palette::success);
    auto *lost = new QBarSet(tr("Perdues"));
    lost->setColor(palette::danger);
    QStringList categories;
    int max = 0;
    for (qsizetype i = performers.size() - 1; i >= 0; --i) {
        const sync::PerformerFigure &p = performers.at(i);
        *won << p.wonCount;
        *lost << p.lostCount;
        categories << tr("%1 (%2)").arg(p.name, percentText(p.conversionPercent()));
        max = std::max(max, p.wonCount + p.lostCount);
    }
    for (QBarSet *set : {won, lost}) {
        set->setBorderColor(palette::surface);
        set->setLabelColor(Qt::white);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(won);
    series->append(lost);
    series->setBarWidth(0.65);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    styleAxis(names);
    names->setGridLineVisible(false);
    auto *counts = new QValueAxis;
    styleAxis(counts);
    counts->setLabelFormat(QStringLiteral("%.0f"));
    counts->setRange(0, std::max(1, max));
    counts->applyNiceNumbers();
    counts->setMinorTickCount(0);
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(counts);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    showBarTooltips(series, m_conversionChart, [performers](QBarSet *, int index) -> QString {
        const qsizetype i = performers.size() - 1 - index;
        if (i < 0 || i >= performers.size())
            return {};
        const sync::PerformerFigure &p = performers.at(i);
        return tr("%1 : %2, %3 — conversion %4")
            .arg(p.name, countText(p.wonCount, tr("%1 gagnée"), tr("%1 gagnées")),
                 countText(p.lostCount, tr("%1 perdue"), tr("%1 perdues")), percentText(p.conversionPercent()));
    });
    m_conversionCard->showContent();
}

QList<sync::CsvTable> TeamDashboardPage::figureTables() const
{
    return {sync::DashboardData::ownerPipelineTable(tr("Pipeline de l'équipe par étape"), m_owners),
            sync::DashboardData::conversionTable(m_kpis.conversion), sync::DashboardData::kpisTable(m_kpis),
            sync::DashboardData::performersTable(m_performers->performers())};
}

} // namespace hector::ui
