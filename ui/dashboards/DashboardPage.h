#pragma once

#include "core/Dto.h"
#include "core/Error.h"
#include "sync/analytics/DashboardData.h"
#include "ui/crm/CrmSupport.h"
#include "ui/dashboards/DashboardWidgets.h"

#include <QWidget>

class QChartView;
class QGridLayout;
class QImage;
class QLabel;
class QPaintDevice;
class QPainter;
class QPushButton;
class QTimer;

namespace hector::sync {
class LocalReplica;
}

namespace hector::ui {

class MessageBanner;

// What the three dashboards share: the title with « Exporter » (PNG, PDF, CSV), the filter bar,
// a banner, and the dashboard area (KPI tiles and cards) in a scroll area. The figures come from
// sync::DashboardData; the page reloads them when the filters change and, debounced, when the
// replica's opportunities, appointments, teams, users or entities change.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    void setClock(Clock clock);
    // Reads the figures again now.
    void refresh();

    // Exports; each shows the result (path, or a French error) on the banner.
    bool exportPng(const QString &path);
    bool exportPdf(const QString &path);
    bool exportCsv(const QString &path);
    // The CSV content: the filters, then the page's figures.
    QList<sync::CsvTable> csvTables() const;

    QString title() const { return m_title; }
    DashboardFilterBar *filterBar() const { return m_filters; }
    MessageBanner *banner() const { return m_banner; }
    QWidget *dashboard() const { return m_dashboard; }
    QPushButton *exportButton() const { return m_export; }
    // « Mars 2026 », next to the title.
    QLabel *periodLabel() const { return m_periodLabel; }

protected:
    DashboardPage(sync::LocalReplica *replica, const UserDto &me, const QString &title, const QString &exportName,
                  DashboardFilterBar::Filters filters, QWidget *parent);

    // Subclasses call it at the end of their constructor: options, default choices, figures.
    void start();
    // Reads the figures and shows them.
    virtual void reload() = 0;
    virtual QList<sync::CsvTable> figureTables() const = 0;
    // Default choices once the filter options are loaded (e.g. the user's team).
    virtual void chooseDefaults() {}

    sync::DashboardData data() const;
    const UserDto &me() const { return m_me; }
    QDateTime now() const { return m_clock(); }
    QGridLayout *grid() const { return m_grid; }
    // A KPI tile in the first row of the dashboard, at `column` (0 to 3); object name `name`.
    KpiTile *addTile(int column, const QString &caption, const QColor &accent, const char *name);
    // A card at (`row`, `column`) over `columnSpan` columns, holding a new chart view (`*view`) at
    // least `minimumHeight` high. Object names: `name` + "Card" and `name` + "Chart".
    DashboardCard *addChartCard(const QString &title, const QString &hint, const char *name, int minimumHeight,
                                int row, int column, int columnSpan, QChartView **view);
    // A replica error on the banner (the figures keep their previous values).
    void showError(const Error &error);
    // The team the user belongs to or manages, preferring the one they manage when `managedFirst`.
    QString defaultTeam(bool managedFirst) const;

    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void exportAs(const QString &extension);
    // Title, filters and export date of the PNG and PDF exports.
    QStringList headerLines() const;
    // Paints them at the top of `area` (measures only without `painter`); returns the height used.
    int paintHeader(QPainter *painter, QPaintDevice *device, const QRect &area) const;
    // The dashboard area in pixels, `density` image pixels per screen pixel.
    QImage renderDashboard(qreal density) const;
    bool writeFile(const QString &path, const std::function<QString(QIODevice *)> &write);

    sync::LocalReplica *m_replica;
    UserDto m_me;
    QString m_title;
    QString m_exportName;
    Clock m_clock;
    DashboardFilterBar *m_filters;
    MessageBanner *m_banner;
    QPushButton *m_export;
    QLabel *m_periodLabel;
    QWidget *m_dashboard;
    QGridLayout *m_grid;
    QTimer *m_refreshTimer;
    bool m_dirty = false;
    bool m_errorShown = false;
};

} // namespace hector::ui
