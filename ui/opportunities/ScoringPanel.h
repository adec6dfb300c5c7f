#pragma once

#include "core/scoring/OpportunityScore.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QStackedWidget;
class QTableWidget;

namespace hector::sync {
class LocalReplica;
}

namespace hector::ui {

// A horizontal bar: `points` of `max`, in the accent colour (grey for a neutral value).
class FactorBar : public QWidget
{
    Q_OBJECT
public:
    explicit FactorBar(QWidget *parent = nullptr);
    void setValue(double points, double max, bool neutral);
    double points() const { return m_points; }
    double max() const { return m_max; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double m_points = 0;
    double m_max = 1;
    bool m_neutral = false;
};

// « Scoring » tab of an opportunity: the live local score (docs/scoring.md) with its six factors —
// points out of the maximum as a bar, the reason in French, « neutre » when the input is unknown —,
// the total and temperature, and the history of the server's daily scoring (scoring_history).
// Follows the replica: an activity added or a prospect completed changes it at once.
class ScoringPanel : public QWidget
{
    Q_OBJECT
public:
    ScoringPanel(sync::LocalReplica *replica, const QString &opportunityId, QWidget *parent = nullptr);

    void reload();
    std::optional<scoring::ScoreResult> result() const { return m_result; }
    QLabel *totalLabel() const { return m_total; }
    QLabel *temperatureLabel() const { return m_temperature; }
    // The row of a factor (keys of scoring::FactorScore): its points label « 16 / 20 », its reason,
    // its « neutre » mark and its bar.
    QLabel *pointsLabel(const QString &key) const;
    QLabel *reasonLabel(const QString &key) const;
    QLabel *neutralLabel(const QString &key) const;
    FactorBar *bar(const QString &key) const;
    QTableWidget *historyTable() const { return m_history; }

private:
    struct Row
    {
        QString key;
        QLabel *name;
        FactorBar *bar;
        QLabel *points;
        QLabel *neutral;
        QLabel *reason;
    };
    const Row *row(const QString &key) const;
    void reloadHistory();

    sync::LocalReplica *m_replica;
    QString m_id;
    std::optional<scoring::ScoreResult> m_result;
    QLabel *m_total;
    QLabel *m_temperature;
    QLabel *m_server;
    QList<Row> m_rows;
    QStackedWidget *m_historyStack;
    QTableWidget *m_history;
};

} // namespace hector::ui
