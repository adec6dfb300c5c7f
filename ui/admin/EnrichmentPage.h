#pragma once

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTimer;

namespace hector::sync {
class SessionManager;
}

namespace hector::ui {

class MessageBanner;

// « Enrichissement et géocodage » (administrators, online, modules 16 and 17): statuses and
// quality tiers of the prospects' data, providers configured or not, « Lancer un rattrapage »
// (backfill with a limit); geocoding by source, cache, « Géocoder les prospects sans
// coordonnées » (batch job followed with a progress bar and a cancel button).
class EnrichmentPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kJobPollMs = 2000;

    explicit EnrichmentPage(sync::SessionManager *session, QWidget *parent = nullptr);

    MessageBanner *banner() const { return m_banner; }
    QSpinBox *backfillLimit() const { return m_backfillLimit; }
    QSpinBox *geocodeLimit() const { return m_geocodeLimit; }
    QLabel *enrichmentSummary() const { return m_enrichSummary; }
    QLabel *geocodingSummary() const { return m_geoSummary; }
    QProgressBar *tierBar(const QString &tier) const { return m_tiers.value(tier); }
    QProgressBar *sourceBar(const QString &source) const { return m_sources.value(source); }
    QString geocodeJobId() const { return m_jobId; }

    void reload();
    void startBackfill(bool confirm = true);
    void startGeocoding(bool confirm = true);
    void cancelGeocoding();

signals:
    void loaded();
    void actionDone(bool ok);
    // The followed geocoding job ended (done, failed, dead or cancelled).
    void geocodingFinished(const QString &status);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fetchEnrichment();
    void fetchGeocoding();
    void pollJob();
    void showOffline(const QString &message);
    void finishJob(const QString &status, const QJsonObject &job);

    sync::SessionManager *m_session;
    QStackedWidget *m_stack;
    QWidget *m_content;
    QWidget *m_offline;
    QLabel *m_offlineText;
    MessageBanner *m_banner;
    QLabel *m_enrichSummary;
    QLabel *m_enrichProviders;
    QLabel *m_lastRun;
    QHash<QString, QProgressBar *> m_tiers;
    QHash<QString, QProgressBar *> m_sources;
    QSpinBox *m_backfillLimit;
    QPushButton *m_backfill;
    QLabel *m_geoSummary;
    QLabel *m_geoProviders;
    QSpinBox *m_geocodeLimit;
    QPushButton *m_geocode;
    QProgressBar *m_jobBar;
    QLabel *m_jobLabel;
    QPushButton *m_cancelJob;
    QTimer *m_poll;
    QString m_jobId;
    int m_jobCount = 0;
    bool m_started = false;
};

} // namespace hector::ui
