#include "ui/dashboards/MyActivityPage.h"

#include "ui/FormSupport.h"
#include "ui/MessageBanner.h"
#include "ui/Theme.h"

#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

#include <cmath>

namespace hector::ui {

namespace {
QString monthName(const QDate &month)
{
    return QLocale().toString(month, QStringLiteral("MMMM yyyy"));
}
} // namespace

MyActivityPage::MyActivityPage(sync::LocalReplica *replica, const UserDto &me, QWidget *parent)
    : DashboardPage(replica, me, tr("Mon activité"), QStringLiteral("mon-activite"), DashboardFilterBar::TeamRequired,
                    parent)
{
    setObjectName(QStringLiteral("myActivityPage"));
    m_pipelineTile = addTile(0, tr("Mon pipeline en cours"), palette::accent, "kpiPipeline");
    m_wonTile = addTile(1, tr("Gagné sur la période"), palette::success, "kpiWon");
    m_conversionTile = addTile(2, tr("Taux de conversion"), palette::warning, "kpiConversion");
    m_mrrTile = addTile(3, tr("Récurrent signé (MRR)"), palette::accentDark, "kpiMrr");
    m_pipelineCard = addChartCard(tr("Mon pipeline par étape"),
                                  tr("Montant des opportunités en cours, aujourd'hui (toutes dates de création)"),
                                  "pipeline", 230, 1, 0, 2, &m_pipelineChart);
    m_temperatureCard = addChartCard(tr("Températures de mes opportunités"), tr("Score calculé chaque nuit par le serveur"),
                                     "temperature", 230, 1, 2, 2, &m_temperatureChart);

    m_objectivesCard = new DashboardCard(tr("Objectifs de l'équipe"), dashboard());
    m_objectivesCard->setObjectName(QStringLiteral("objectivesCard"));
    auto *objectives = new QWidget(m_objectivesCard);
    auto *rows = new QGridLayout(objectives);
    rows->setContentsMargins(0, 6, 0, 0);
    rows->setHorizontalSpacing(16);
    rows->setVerticalSpacing(10);
    rows->setColumnStretch(1, 1);
    m_revenue = addObjectiveRow(objectives, tr("Chiffre d'affaires"), 0);
    m_rdv = addObjectiveRow(objectives, tr("Rendez-vous"), 1);
    m_signatures = addObjectiveRow(objectives, tr("Signatures"), 2);
    m_revenue.bar->setObjectName(QStringLiteral("revenueProgress"));
    m_rdv.bar->setObjectName(QStringLiteral("rdvProgress"));
    m_signatures.bar->setObjectName(QStringLiteral("signaturesProgress"));
    m_objectivesCard->setContent(objectives);
    grid()->addWidget(m_objectivesCard, 2, 0, 1, 4);
    grid()->setRowStretch(1, 1);

    start();
}

MyActivityPage::ObjectiveRow MyActivityPage::addObjectiveRow(QWidget *parent, const QString &name, int row)
{
    auto *layout = static_cast<QGridLayout *>(parent->layout());
    ObjectiveRow r;
    auto *label = new QLabel(name, parent);
    label->setMinimumWidth(140);
    r.bar = new QProgressBar(parent);
    r.bar->setRange(0, 100);
    r.bar->setTextVisible(false);
    r.bar->setFixedHeight(12);
    r.bar->setAccessibleName(name);
    r.values = new QLabel(parent);
    r.values->setObjectName(QStringLiteral("objectiveValues"));
    r.values->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    r.values->setMinimumWidth(190);
    r.percent = makeBoldLabel(QString(), 1.0, parent);
    r.percent->setObjectName(QStringLiteral("objectivePercent"));
    r.percent->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    r.percent->setMinimumWidth(60);
    layout->addWidget(label, row, 0);
    layout->addWidget(r.bar, row, 1);
    layout->addWidget(r.values, row, 2);
    layout->addWidget(r.percent, row, 3);
    return r;
}

void MyActivityPage::chooseDefaults()
{
    filterBar()->setTeam(defaultTeam(false));
}

void MyActivityPage::reload()
{
    sync::DashboardFilter mine = filterBar()->filter();
    mine.teamId.clear();
    mine.entityId.clear();
    mine.ownerId = me().id;
    const sync::DashboardData d = data();
    auto pipeline = d.pipeline(mine);
    auto temperatures = d.temperatures(mine);
    auto kpis = d.kpis(mine);
    if (!pipeline || !temperatures || !kpis) {
        showError(!pipeline ? pipeline.error() : !temperatures ? temperatures.error() : kpis.error());
        return;
    }
    m_pipeline = *pipeline;
    m_temperatures = *temperatures;
    m_kpis = *kpis;
    m_objective.reset();
    const QString team = filterBar()->teamId();
    if (!team.isEmpty()) {
        auto objective = d.objectives(team, sync::DashboardData::monthOf(now()));
        if (!objective) {
            showError(objective.error());
            return;
        }
        m_objective = *objective;
    }

    int open = 0;
    qint64 amount = 0;
    qint64 monthly = 0;
    for (const sync::StageFigure &s : m_pipeline) {
        open += s.count;
        amount += s.amountEur;
        monthly += s.monthlyEur;
    }
    m_pipelineTile->setValue(euros(double(amount)),
                             monthly > 0 ? tr("%1 · %2/mois")
                                               .arg(opportunityCount(open),
                                                    euros(double(monthly)))
                                         : opportunityCount(open));
    m_wonTile->setValue(euros(double(m_kpis.wonAmountEur)),
                        countText(m_kpis.wonCount, tr("%1 opportunité gagnée"), tr("%1 opportunités gagnées")));
    m_conversionTile->setConversion(m_kpis.conversion);
    m_mrrTile->setValue(euros(double(m_kpis.mrrEur)), tr("par mois, contrats gagnés"));
    showPipeline();
    showTemperatures();
    showObjectives();
}

void MyActivityPage::showPipeline()
{
    int open = 0;
    QList<ChartValue> bars;
    for (const sync::StageFigure &s : m_pipeline) {
        open += s.count;
        QString tip = tr("%1 : %2 · %3").arg(s.label, opportunityCount(s.count),
                                            euros(double(s.amountEur)));
        if (s.monthlyEur > 0)
            tip += tr(" · %1 par mois").arg(euros(double(s.monthlyEur)));
        bars.append({tr("%1 (%2)").arg(s.label).arg(s.count), double(s.amountEur), stageColor(s.stage), tip});
    }
    if (open == 0) {
        m_pipelineCard->showEmpty(tr("Aucune opportunité en cours.\nLes opportunités que vous suivez apparaîtront ici par étape."));
        return;
    }
    showBars(m_pipelineChart->chart(), m_pipelineChart, bars, palette::accent, QStringLiteral("@value €"),
             QStringLiteral("%.0f €"), Qt::Horizontal);
    m_pipelineCard->showContent();
}

void MyActivityPage::showTemperatures()
{
    int open = 0;
    QList<ChartValue> slices;
    for (const sync::TemperatureFigure &t : m_temperatures) {
        open += t.count;
        slices.append({tr("%1 : %2").arg(t.label).arg(t.count), double(t.count), temperatureColor(t.code),
                       tr("%1 : %2 · %3").arg(t.label, opportunityCount(t.count),
                                              euros(double(t.amountEur)))});
    }
    if (open == 0) {
        m_temperatureCard->showEmpty(tr("Aucune opportunité en cours."));
        return;
    }
    showDonut(m_temperatureChart->chart(), m_temperatureChart, slices);
    m_temperatureCard->showContent();
}

void MyActivityPage::showObjectives()
{
    const QDate month = sync::DashboardData::monthOf(now());
    m_objectivesCard->setHint(m_objective && seesOnlyOwnRecords(me())
                                  ? tr("Réalisé calculé sur vos propres opportunités et rendez-vous : ceux de vos "
                                       "collègues ne sont pas sur ce poste.")
                                  : QString());
    if (!m_objective) {
        m_objectivesCard->setTitle(tr("Objectifs de l'équipe — %1").arg(monthName(month)));
        m_objectivesCard->showEmpty(tr("Vous ne faites partie d'aucune équipe : pas d'objectif à suivre."));
        return;
    }
    const sync::ObjectiveFigure &o = *m_objective;
    m_objectivesCard->setTitle(tr("Objectifs de l'équipe « %1 » — %2").arg(o.teamName, monthName(month)));
    if (!o.hasObjective) {
        m_objectivesCard->showEmpty(
            tr("Aucun objectif fixé pour l'équipe « %1 » en %2.\nRéalisé : %3, %4, %5.")
                .arg(o.teamName, monthName(month), euros(double(o.revenueEur)),
                     countText(o.rdvCount, tr("%1 rendez-vous"), tr("%1 rendez-vous")),
                     countText(o.signatures, tr("%1 signature"), tr("%1 signatures"))));
        return;
    }
    const QLocale locale;
    auto show = [&locale](const ObjectiveRow &row, const QString &done, const QString &target, double doneValue,
                          double targetValue) {
        row.values->setText(tr("%1 / %2").arg(done, target));
        if (targetValue <= 0) {
            row.percent->setText(QStringLiteral("—"));
            row.bar->setValue(0);
            return;
        }
        const double percent = doneValue * 100.0 / targetValue;
        row.percent->setText(QString(locale.toString(std::lround(percent)) + QChar(0x00A0) + u'%'));
        row.bar->setValue(int(std::min<long>(100, std::lround(percent))));
        QPalette p = row.bar->palette();
        p.setColor(QPalette::Highlight, percent >= 100 ? palette::success : palette::accent);
        row.bar->setPalette(p);
    };
    show(m_revenue, euros(double(o.revenueEur)), euros(o.revenueTargetEur), double(o.revenueEur), o.revenueTargetEur);
    show(m_rdv, locale.toString(o.rdvCount), locale.toString(o.rdvTarget), o.rdvCount, o.rdvTarget);
    show(m_signatures, locale.toString(o.signatures), locale.toString(o.signaturesTarget), o.signatures,
         o.signaturesTarget);
    m_objectivesCard->showContent();
}

QList<sync::CsvTable> MyActivityPage::figureTables() const
{
    QList<sync::CsvTable> out{sync::DashboardData::pipelineTable(tr("Mon pipeline par étape"), m_pipeline),
                              sync::DashboardData::temperaturesTable(m_temperatures),
                              sync::DashboardData::kpisTable(m_kpis)};
    if (m_objective)
        out.append(sync::DashboardData::objectivesTable(*m_objective));
    return out;
}

} // namespace hector::ui
