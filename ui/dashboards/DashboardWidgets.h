#pragma once

#include "sync/analytics/DashboardData.h"
#include "ui/crm/CrmSupport.h"

#include <QFrame>
#include <QIcon>
#include <QList>
#include <QPair>
#include <QWidget>

#include <functional>
#include <optional>

class QAbstractAxis;
class QAbstractBarSeries;
class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QStackedWidget;

namespace hector::ui {

// Pieces shared by the three dashboards (ui/dashboards, docs/dashboards.md).

// « 12 500 € » (whole euros, the locale's group separator).
QString euros(double amount);
// « 66,7 % »; « — » for none.
QString percentText(std::optional<double> percent);
// « 1 opportunité », « 3 opportunités »: `one` for 0 and 1 (French), else `many` (both with %1).
QString countText(qint64 count, const QString &one, const QString &many);
// « 1 opportunité », « 3 opportunités ».
QString opportunityCount(qint64 count);
// Colours: a stage of the pipeline, a temperature code (empty: not scored), the n-th series.
QColor stageColor(const QString &stage);
QColor temperatureColor(const QString &code);
QColor seriesColor(int index);

// A chart in the look of the client: transparent background, no animation, localised numbers,
// legend at the bottom in the muted colour.
QChart *makeChart();
// Axis labels and grid in the muted colours of the client.
void styleAxis(QAbstractAxis *axis);
// Its view: antialiased, no frame, at least `minimumHeight` pixels high.
QChartView *makeChartView(QChart *chart, int minimumHeight, QWidget *parent);
// Shows `text(set, index)` as a tooltip while the mouse is over a bar of `series`.
void showBarTooltips(QAbstractBarSeries *series, QWidget *view, const std::function<QString(QBarSet *, int)> &text);

// One bar or one slice of a chart, with the tooltip shown on hover.
struct ChartValue
{
    QString label;
    double value = 0;
    QColor color;
    QString tooltip;
};
// Replaces the chart's content by bars of one colour over the labels (vertical, or horizontal
// with the first value at the top), each labelled with `labelFormat` (« @value € »); the value
// axis with `axisFormat` (« %.0f € »).
void showBars(QChart *chart, QWidget *view, const QList<ChartValue> &bars, const QColor &color,
              const QString &labelFormat, const QString &axisFormat, Qt::Orientation orientation);
// Replaces the chart's content by a donut of the values above 0, the legend at the right.
void showDonut(QChart *chart, QWidget *view, const QList<ChartValue> &slices);
// Removes the series and axes of a chart.
void clearChart(QChart *chart);

// Sidebar icons of the pages.
QIcon myActivityIcon();     // bars
QIcon teamDashboardIcon();  // stacked bars
QIcon analyticsIcon();      // a rising line

// A white rounded card with a title, an optional hint, and either its content or an empty-state
// message (« Aucune opportunité sur la période »), never an empty chart.
class DashboardCard : public QFrame
{
    Q_OBJECT
public:
    DashboardCard(const QString &title, QWidget *parent = nullptr);

    void setContent(QWidget *content);
    QWidget *content() const { return m_content; }
    void setHint(const QString &hint);
    void setTitle(const QString &title);
    QString title() const;
    // Shows the message instead of the content.
    void showEmpty(const QString &message);
    void showContent();
    bool isEmptyShown() const;
    QString emptyText() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_title;
    QLabel *m_hint;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QWidget *m_content = nullptr;
};

// A key figure: a caption, a large value and a muted detail line.
class KpiTile : public QFrame
{
    Q_OBJECT
public:
    KpiTile(const QString &caption, const QColor &accent, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &detail = {});
    // The conversion rate, with « 3 gagnées · 2 perdues » (or that none was closed) below.
    void setConversion(const sync::ConversionFigure &conversion);
    QString value() const;
    QString detail() const;
    QString caption() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor m_accent;
    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_detail;
};

// Period, entity, team and owner filters of a dashboard.
class DashboardFilterBar : public QWidget
{
    Q_OBJECT
public:
    enum Filter { NoFilter = 0, Entity = 1, Team = 2, Owner = 4, TeamRequired = 8 };
    Q_DECLARE_FLAGS(Filters, Filter)
    enum class Period { ThisMonth, ThisQuarter, ThisYear, Last12Months, Custom };

    DashboardFilterBar(Filters filters, QWidget *parent = nullptr);

    void setClock(Clock clock);
    // Fills the entity, team and owner choices from the replica, keeping the current ones.
    void reloadOptions(const sync::DashboardData &source);

    void setPeriod(Period period);
    Period period() const;
    // « Personnalisé »: from `from` (included) to `to` (included).
    void setCustomRange(const QDate &from, const QDate &to);
    void setEntity(const QString &id);
    void setTeam(const QString &id);
    void setOwner(const QString &id);
    QString teamId() const;
    QString teamName() const;

    // The figures' filter: [from, to) in Europe/Paris, entity, team, owner.
    sync::DashboardFilter filter() const;
    // « mars 2026 », « 1er trimestre 2026 », « du 3 mars 2026 au 15 mars 2026 »…
    QString periodText() const;
    // (filter, value) pairs for exports: Période, and the entity, team and owner shown.
    QList<QPair<QString, QString>> description() const;

    QComboBox *periodCombo() const { return m_period; }
    QComboBox *entityCombo() const { return m_entity; }
    QComboBox *teamCombo() const { return m_team; }
    QComboBox *ownerCombo() const { return m_owner; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

signals:
    void changed();

private:
    QDate today() const;
    // [first day, last day] of the chosen period.
    QPair<QDate, QDate> days() const;
    void updateCustomVisibility();
    static void refill(QComboBox *combo, const QString &allText, const QList<QPair<QString, QString>> &items);

    Filters m_filters;
    Clock m_clock;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_entity = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_owner = nullptr;
    bool m_filling = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(DashboardFilterBar::Filters)

} // namespace hector::ui
