#include "ui/admin/EnrichmentPage.h"

#include "sync/SessionManager.h"
#include "ui/FormSupport.h"
#include "ui/MessageBanner.h"
#include "ui/admin/JobsModels.h"
#include "ui/admin/JsonRowsModel.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace hector::ui {

namespace {
QString configuredText(const QJsonObject &providers, const QString &name)
{
    const bool ok = providers.value(name).toObject().value(QLatin1String("configured")).toBool();
    return ok ? EnrichmentPage::tr("%1 : configuré").arg(ops::providerLabel(name))
              : EnrichmentPage::tr("%1 : <b>non configuré</b>").arg(ops::providerLabel(name));
}

qint64 count(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger();
}
} // namespace

EnrichmentPage::EnrichmentPage(sync::SessionManager *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("enrichmentPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addWidget(makePageTitle(tr("Enrichissement et géocodage"), this));
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("enrichmentBanner"));
    layout->addWidget(m_banner);

    m_stack = new QStackedWidget(this);
    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = scroll;
    auto *inner = new QWidget(scroll);
    auto *columns = new QHBoxLayout(inner);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(16);
    scroll->setWidget(inner);

    // Enrichment (module 16).
    auto *enrichBox = new QGroupBox(tr("Enrichissement des fiches (INSEE, puis Pappers)"), inner);
    auto *enrichLayout = new QVBoxLayout(enrichBox);
    m_enrichSummary = new QLabel(enrichBox);
    m_enrichSummary->setObjectName(QStringLiteral("enrichmentSummary"));
    m_enrichSummary->setWordWrap(true);
    m_enrichSummary->setTextFormat(Qt::RichText);
    enrichLayout->addWidget(m_enrichSummary);
    enrichLayout->addWidget(makeBoldLabel(tr("Qualité des données (score de complétude)"), 1.0, enrichBox));
    auto *tiers = new QFormLayout;
    const QList<std::pair<const char *, QString>> tierLabels{{"low", tr("Très incomplètes (0–30)")},
                                                              {"medium", tr("Moyennes (31–60)")},
                                                              {"high", tr("Bien remplies (61–89)")},
                                                              {"complete", tr("Complètes (90–100)")}};
    for (const auto &[key, label] : tierLabels) {
        auto *bar = new QProgressBar(enrichBox);
        bar->setObjectName(QStringLiteral("tier_") + QLatin1String(key));
        bar->setRange(0, 1);
        bar->setValue(0);
        bar->setFormat(tr("%v fiche(s)"));
        bar->setAccessibleName(label);
        bar->setMinimumWidth(220);
        m_tiers.insert(QLatin1String(key), bar);
        tiers->addRow(label, bar);
    }
    enrichLayout->addLayout(tiers);
    m_enrichProviders = new QLabel(enrichBox);
    m_enrichProviders->setObjectName(QStringLiteral("enrichmentProviders"));
    m_enrichProviders->setWordWrap(true);
    m_enrichProviders->setTextFormat(Qt::RichText);
    enrichLayout->addWidget(m_enrichProviders);
    m_lastRun = new QLabel(enrichBox);
    m_lastRun->setObjectName(QStringLiteral("lastRunLabel"));
    m_lastRun->setWordWrap(true);
    setMutedText(m_lastRun);
    enrichLayout->addWidget(m_lastRun);
    auto *backfillRow = new QHBoxLayout;
    auto *limitLabel = new QLabel(tr("&Nombre de fiches :"), enrichBox);
    m_backfillLimit = new QSpinBox(enrichBox);
    m_backfillLimit->setObjectName(QStringLiteral("backfillLimit"));
    m_backfillLimit->setRange(1, 5000);
    m_backfillLimit->setValue(100);
    limitLabel->setBuddy(m_backfillLimit);
    m_backfill = new QPushButton(tr("&Lancer un rattrapage"), enrichBox);
    m_backfill->setObjectName(QStringLiteral("backfillButton"));
    m_backfill->setToolTip(tr("Met en file l'enrichissement des fiches les moins complètes, hors délai de carence, "
                              "sans attendre la nuit."));
    backfillRow->addWidget(limitLabel);
    backfillRow->addWidget(m_backfillLimit);
    backfillRow->addStretch(1);
    backfillRow->addWidget(m_backfill);
    enrichLayout->addLayout(backfillRow);
    enrichLayout->addStretch(1);

    // Geocoding (module 17).
    auto *geoBox = new QGroupBox(tr("Géocodage (Google, puis Nominatim, puis centroïde)"), inner);
    auto *geoLayout = new QVBoxLayout(geoBox);
    m_geoSummary = new QLabel(geoBox);
    m_geoSummary->setObjectName(QStringLiteral("geocodingSummary"));
    m_geoSummary->setWordWrap(true);
    m_geoSummary->setTextFormat(Qt::RichText);
    geoLayout->addWidget(m_geoSummary);
    geoLayout->addWidget(makeBoldLabel(tr("Origine des coordonnées"), 1.0, geoBox));
    auto *sources = new QFormLayout;
    const QList<std::pair<const char *, QString>> sourceLabels{{"google", tr("Google Maps")},
                                                                {"nominatim", tr("OpenStreetMap Nominatim")},
                                                                {"centroid", tr("Centre du code postal")},
                                                                {"none", tr("Sans coordonnées")}};
    for (const auto &[key, label] : sourceLabels) {
        auto *bar = new QProgressBar(geoBox);
        bar->setObjectName(QStringLiteral("source_") + QLatin1String(key));
        bar->setRange(0, 1);
        bar->setValue(0);
        bar->setFormat(tr("%v fiche(s)"));
        bar->setAccessibleName(label);
        bar->setMinimumWidth(220);
        m_sources.insert(QLatin1String(key), bar);
        sources->addRow(label, bar);
    }
    geoLayout->addLayout(sources);
    m_geoProviders = new QLabel(geoBox);
    m_geoProviders->setObjectName(QStringLiteral("geocodingProviders"));
    m_geoProviders->setWordWrap(true);
    m_geoProviders->setTextFormat(Qt::RichText);
    geoLayout->addWidget(m_geoProviders);
    auto *geoRow = new QHBoxLayout;
    auto *geoLimitLabel = new QLabel(tr("&Au plus :"), geoBox);
    m_geocodeLimit = new QSpinBox(geoBox);
    m_geocodeLimit->setObjectName(QStringLiteral("geocodeLimit"));
    m_geocodeLimit->setRange(1, 5000);
    m_geocodeLimit->setValue(500);
    m_geocodeLimit->setSuffix(tr(" fiches"));
    geoLimitLabel->setBuddy(m_geocodeLimit);
    m_geocode = new QPushButton(tr("&Géocoder les prospects sans coordonnées"), geoBox);
    m_geocode->setObjectName(QStringLiteral("geocodeButton"));
    geoRow->addWidget(geoLimitLabel);
    geoRow->addWidget(m_geocodeLimit);
    geoRow->addStretch(1);
    geoRow->addWidget(m_geocode);
    geoLayout->addLayout(geoRow);
    auto *jobRow = new QHBoxLayout;
    m_jobLabel = new QLabel(geoBox);
    m_jobLabel->setObjectName(QStringLiteral("jobLabel"));
    m_jobBar = new QProgressBar(geoBox);
    m_jobBar->setObjectName(QStringLiteral("jobBar"));
    m_jobBar->setRange(0, 0);
    m_jobBar->setTextVisible(false);
    m_cancelJob = new QPushButton(tr("Annu&ler"), geoBox);
    m_cancelJob->setObjectName(QStringLiteral("cancelJobButton"));
    jobRow->addWidget(m_jobLabel);
    jobRow->addWidget(m_jobBar, 1);
    jobRow->addWidget(m_cancelJob);
    geoLayout->addLayout(jobRow);
    m_jobLabel->hide();
    m_jobBar->hide();
    m_cancelJob->hide();
    geoLayout->addStretch(1);

    columns->addWidget(enrichBox, 1);
    columns->addWidget(geoBox, 1);

    m_stack->addWidget(m_content);
    QPushButton *retry = nullptr;
    m_offline = makeRetryPanel(m_stack, &m_offlineText, &retry);
    m_stack->addWidget(m_offline);
    layout->addWidget(m_stack, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    auto *refresh = new QPushButton(tr("A&ctualiser"), this);
    refresh->setObjectName(QStringLiteral("refreshButton"));
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    bottom->addWidget(refresh);
    layout->addLayout(bottom);

    m_poll->setInterval(kJobPollMs);
    connect(m_poll, &QTimer::timeout, this, &EnrichmentPage::pollJob);
    connect(refresh, &QPushButton::clicked, this, &EnrichmentPage::reload);
    connect(retry, &QPushButton::clicked, this, &EnrichmentPage::reload);
    connect(m_backfill, &QPushButton::clicked, this, [this] { startBackfill(); });
    connect(m_geocode, &QPushButton::clicked, this, [this] { startGeocoding(); });
    connect(m_cancelJob, &QPushButton::clicked, this, &EnrichmentPage::cancelGeocoding);
}

void EnrichmentPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_started) {
        m_started = true;
        reload();
    }
}

void EnrichmentPage::reload()
{
    fetchEnrichment();
    fetchGeocoding();
}

void EnrichmentPage::showOffline(const QString &message)
{
    m_offlineText->setText(tr("Impossible de joindre le serveur : l'enrichissement et le géocodage nécessitent une "
                              "connexion.\n%1")
                               .arg(message));
    m_stack->setCurrentWidget(m_offline);
}

void EnrichmentPage::fetchEnrichment()
{
    m_session->authorizedRequest(
        sync::ApiClient::Method::Get, QStringLiteral("/api/admin/auto-enrichment/stats"), {}, this,
        [this](Result<QJsonObject> r) {
            if (!r) {
                if (sync::errors::isConnectivityError(r.error()))
                    showOffline(r.error().message);
                else
                    m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
                emit loaded();
                return;
            }
            m_stack->setCurrentWidget(m_content);
            const QJsonObject statuses = r->value(QLatin1String("statuses")).toObject();
            m_enrichSummary->setText(tr("<b>%L1</b> fiche(s) enrichie(s), <b>%L2</b> en attente, <b>%L3</b> en échec, "
                                        "<b>%L4</b> jamais enrichie(s).")
                                         .arg(count(statuses, "enriched"))
                                         .arg(count(statuses, "pending"))
                                         .arg(count(statuses, "failed"))
                                         .arg(count(statuses, "never")));
            const QJsonObject tiers = r->value(QLatin1String("tiers")).toObject();
            qint64 total = 0;
            for (auto it = m_tiers.cbegin(); it != m_tiers.cend(); ++it)
                total += tiers.value(it.key()).toInteger();
            for (auto it = m_tiers.cbegin(); it != m_tiers.cend(); ++it) {
                it.value()->setRange(0, int(std::max<qint64>(1, total)));
                it.value()->setValue(int(tiers.value(it.key()).toInteger()));
            }
            const QJsonObject providers = r->value(QLatin1String("providers")).toObject();
            const bool none = !providers.value(QLatin1String("insee")).toObject().value(QLatin1String("configured")).toBool()
                              && !providers.value(QLatin1String("pappers")).toObject().value(QLatin1String("configured")).toBool();
            QString text = configuredText(providers, QStringLiteral("insee")) + QStringLiteral("<br>")
                           + configuredText(providers, QStringLiteral("pappers"));
            if (none)
                text += QStringLiteral("<br>")
                        + tr("<i>Aucun fournisseur n'est configuré sur le serveur : l'enrichissement est indisponible. "
                             "Renseignez la clé INSEE ou Pappers dans la configuration du serveur.</i>");
            m_enrichProviders->setText(text);
            m_backfill->setEnabled(!none);
            m_backfill->setToolTip(none ? tr("Indisponible : aucun fournisseur d'enrichissement n'est configuré.")
                                        : tr("Met en file l'enrichissement des fiches les moins complètes, hors délai "
                                             "de carence, sans attendre la nuit."));
            const int nightly = r->value(QLatin1String("nightlyLimit")).toInt(100);
            if (!m_started || m_backfillLimit->value() == 100)
                m_backfillLimit->setValue(std::clamp(nightly, 1, 5000));
            const QJsonObject last = r->value(QLatin1String("lastRun")).toObject();
            QString lastText = tr("Nuit : %L1 fiches au plus, %L2 jours entre deux enrichissements d'une fiche.")
                                   .arg(nightly)
                                   .arg(r->value(QLatin1String("cooldownDays")).toInt(30));
            if (!last.isEmpty()) {
                const QJsonValue when = last.value(QLatin1String("finishedAt")).isString()
                                            ? last.value(QLatin1String("finishedAt"))
                                            : last.value(QLatin1String("startedAt"));
                lastText += QLatin1Char(' ')
                            + tr("Dernier passage : %1 (%2).")
                                  .arg(ops::formatDateTime(when),
                                       SchedulesModel::runStatusLabel(last.value(QLatin1String("status")).toString()));
            } else {
                lastText += QLatin1Char(' ') + tr("Aucun passage pour l'instant.");
            }
            m_lastRun->setText(lastText);
            emit loaded();
        });
}

void EnrichmentPage::fetchGeocoding()
{
    m_session->authorizedRequest(
        sync::ApiClient::Method::Get, QStringLiteral("/api/geo/stats"), {}, this, [this](Result<QJsonObject> r) {
            if (!r)
                return; // fetchEnrichment() reports the error
            const QJsonObject by = r->value(QLatin1String("bySource")).toObject();
            const QJsonObject cache = r->value(QLatin1String("cache")).toObject();
            const QJsonObject centroids = r->value(QLatin1String("centroids")).toObject();
            qint64 total = 0;
            for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it)
                total += by.value(it.key()).toInteger();
            for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it) {
                it.value()->setRange(0, int(std::max<qint64>(1, total)));
                it.value()->setValue(int(by.value(it.key()).toInteger()));
            }
            m_geoSummary->setText(
                tr("<b>%L1</b> fiche(s) sans coordonnées.<br>Cache : %L2 adresse(s), %L3 réutilisation(s).<br>"
                   "Centroïdes connus : France %L4, Belgique %L5, Luxembourg %L6.")
                    .arg(count(by, "none"))
                    .arg(count(cache, "entries"))
                    .arg(count(cache, "hits"))
                    .arg(count(centroids, "FR"))
                    .arg(count(centroids, "BE"))
                    .arg(count(centroids, "LU")));
            const QJsonObject providers = r->value(QLatin1String("providers")).toObject();
            QString text = configuredText(providers, QStringLiteral("google")) + QStringLiteral("<br>")
                           + configuredText(providers, QStringLiteral("nominatim"));
            const bool google = providers.value(QLatin1String("google")).toObject().value(QLatin1String("configured")).toBool();
            const bool osm = providers.value(QLatin1String("nominatim")).toObject().value(QLatin1String("configured")).toBool();
            if (!google && !osm)
                text += QStringLiteral("<br>")
                        + tr("<i>Aucun service de géocodage configuré : les fiches sont placées au centre de leur code "
                             "postal (précision « ville »).</i>");
            m_geoProviders->setText(text);
            m_geocode->setEnabled(m_jobId.isEmpty() && count(by, "none") > 0);
            m_geocode->setToolTip(count(by, "none") > 0 ? tr("Lance une tâche de fond qui localise les fiches sans "
                                                             "coordonnées.")
                                                        : tr("Toutes les fiches ont déjà des coordonnées."));
        });
}

void EnrichmentPage::startBackfill(bool confirm)
{
    const int limit = m_backfillLimit->value();
    if (confirm
        && !askConfirmation(this, tr("Lancer un rattrapage"),
                            tr("Mettre en file l'enrichissement d'au plus %Ln fiche(s) ? Les appels à Pappers sont "
                               "facturés (voir « Quotas API »).",
                               nullptr, limit)))
        return;
    m_backfill->setEnabled(false);
    m_session->authorizedRequest(
        sync::ApiClient::Method::Post, QStringLiteral("/api/admin/auto-enrichment/backfill"),
        QJsonObject{{QStringLiteral("limit"), limit}}, this, [this](Result<QJsonObject> r) {
            m_backfill->setEnabled(true);
            if (!r) {
                m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
                emit actionDone(false);
                return;
            }
            const int queued = r->value(QLatin1String("queued")).toInt();
            m_banner->showMessage(MessageBanner::Kind::Success,
                                  queued == 0 ? tr("Aucune fiche à enrichir pour l'instant (toutes sont à jour ou dans "
                                                   "leur délai de carence).")
                                              : tr("%Ln fiche(s) mise(s) en file d'enrichissement. Suivez-les dans « "
                                                   "Tâches et planifications ».",
                                                   nullptr, queued));
            fetchEnrichment();
            emit actionDone(true);
        });
}

void EnrichmentPage::startGeocoding(bool confirm)
{
    const int limit = m_geocodeLimit->value();
    if (confirm
        && !askConfirmation(this, tr("Géocoder les prospects"),
                            tr("Localiser au plus %Ln fiche(s) sans coordonnées ? La tâche tourne sur le serveur ; vous "
                               "pouvez quitter cette page.",
                               nullptr, limit)))
        return;
    m_geocode->setEnabled(false);
    m_session->authorizedRequest(
        sync::ApiClient::Method::Post, QStringLiteral("/api/geo/geocode/batch"),
        QJsonObject{{QStringLiteral("missingOnly"), true}, {QStringLiteral("limit"), limit}}, this,
        [this](Result<QJsonObject> r) {
            if (!r) {
                m_geocode->setEnabled(true);
                m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
                emit actionDone(false);
                return;
            }
            m_jobId = r->value(QLatin1String("jobId")).toVariant().toString();
            m_jobCount = r->value(QLatin1String("count")).toInt();
            if (m_jobId.isEmpty() || m_jobCount == 0) {
                m_jobId.clear();
                m_geocode->setEnabled(true);
                m_banner->showMessage(MessageBanner::Kind::Info, tr("Aucune fiche à géocoder."));
                emit actionDone(true);
                emit geocodingFinished(QStringLiteral("done"));
                return;
            }
            m_banner->clear();
            m_jobLabel->setText(tr("Géocodage de %Ln fiche(s)…", nullptr, m_jobCount));
            m_jobLabel->show();
            m_jobBar->show();
            m_cancelJob->show();
            m_cancelJob->setEnabled(true);
            m_poll->start();
            emit actionDone(true);
        });
}

void EnrichmentPage::pollJob()
{
    if (m_jobId.isEmpty()) {
        m_poll->stop();
        return;
    }
    m_session->authorizedRequest(
        sync::ApiClient::Method::Get, QStringLiteral("/api/admin/jobs?limit=500"), {}, this,
        [this](Result<QJsonObject> r) {
            if (!r || m_jobId.isEmpty())
                return; // next tick
            for (const QJsonValue &v : r->value(QLatin1String("jobs")).toArray()) {
                const QJsonObject job = v.toObject();
                if (job.value(QLatin1String("id")).toVariant().toString() != m_jobId)
                    continue;
                const QString status = job.value(QLatin1String("status")).toString();
                m_cancelJob->setEnabled(status == u"queued");
                m_cancelJob->setToolTip(status == u"queued" ? QString()
                                                            : tr("La tâche a commencé : elle ne peut plus être annulée."));
                if (status == u"running")
                    m_jobLabel->setText(tr("Géocodage de %Ln fiche(s) en cours…", nullptr, m_jobCount));
                if (status == u"done" || status == u"failed" || status == u"dead" || status == u"cancelled")
                    finishJob(status, job);
                return;
            }
        });
}

void EnrichmentPage::finishJob(const QString &status, const QJsonObject &job)
{
    m_poll->stop();
    m_jobId.clear();
    m_jobLabel->hide();
    m_jobBar->hide();
    m_cancelJob->hide();
    if (status == u"done") {
        m_banner->showMessage(MessageBanner::Kind::Success, tr("Géocodage terminé (%Ln fiche(s)).", nullptr, m_jobCount));
    } else if (status == u"cancelled") {
        m_banner->showMessage(MessageBanner::Kind::Info, tr("Géocodage annulé."));
    } else {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("Le géocodage a échoué : %1").arg(job.value(QLatin1String("lastError")).toString()));
    }
    fetchGeocoding();
    emit geocodingFinished(status);
}

void EnrichmentPage::cancelGeocoding()
{
    if (m_jobId.isEmpty())
        return;
    m_cancelJob->setEnabled(false);
    m_session->authorizedRequest(sync::ApiClient::Method::Post, QStringLiteral("/api/admin/jobs/%1/cancel").arg(m_jobId),
                                 {}, this, [this](Result<QJsonObject> r) {
                                     if (!r) {
                                         // 409: it started meanwhile; keep following it.
                                         m_banner->showMessage(MessageBanner::Kind::Warning, r.error().message);
                                         return;
                                     }
                                     finishJob(QStringLiteral("cancelled"), r->value(QLatin1String("job")).toObject());
                                 });
}

} // namespace hector::ui
