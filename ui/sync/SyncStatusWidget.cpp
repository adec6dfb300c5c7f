#include "ui/sync/SyncStatusWidget.h"

#include "sync/engine/SyncEngine.h"
#include "ui/Icons.h"
#include "ui/Theme.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>

namespace hector::ui {

using sync::SyncEngine;

SyncStatusWidget::SyncStatusWidget(SyncEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_dot(new QLabel(this))
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_clock(new QTimer(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_dot);
    layout->addWidget(m_label);
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    m_progress->hide();
    layout->addWidget(m_progress);
    connect(engine, &SyncEngine::statusChanged, this, &SyncStatusWidget::update);
    connect(engine, &SyncEngine::pendingCountChanged, this, &SyncStatusWidget::update);
    connect(engine, &SyncEngine::progressChanged, this, &SyncStatusWidget::update);
    connect(engine, &SyncEngine::synced, this, &SyncStatusWidget::update);
    connect(engine, &SyncEngine::liveChanged, this, &SyncStatusWidget::update);
    // « il y a 3 min » moves on by itself.
    m_clock->setInterval(30000);
    connect(m_clock, &QTimer::timeout, this, &SyncStatusWidget::update);
    m_clock->start();
    update();
}

QString SyncStatusWidget::text() const
{
    return m_label->text();
}

void SyncStatusWidget::update()
{
    const auto status = m_engine->status();
    QColor color = palette::mutedText;
    switch (status) {
    case SyncEngine::Status::UpToDate:
        color = palette::success;
        break;
    case SyncEngine::Status::Syncing:
    case SyncEngine::Status::InitialSync:
        color = palette::accent;
        break;
    case SyncEngine::Status::Offline:
        color = palette::warning;
        break;
    case SyncEngine::Status::Error:
        color = palette::danger;
        break;
    case SyncEngine::Status::Stopped:
        break;
    }
    m_dot->setPixmap(icons::dot(color, 10, devicePixelRatioF()));

    QStringList parts{m_engine->statusText()};
    const int pending = m_engine->pendingCount();
    if (pending > 0)
        parts << tr("modifications en attente : %L1").arg(pending);
    const auto progress = m_engine->progress();
    if (status == SyncEngine::Status::InitialSync) {
        parts << tr("%L1 lignes (%L2/s)").arg(progress.rowsDone).arg(qRound(progress.rowsPerSecond));
        m_progress->setVisible(true);
        if (progress.rowsTotal > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(1000.0 * double(progress.rowsDone) / double(progress.rowsTotal)));
        } else {
            m_progress->setRange(0, 0);
        }
    } else {
        m_progress->setVisible(false);
        const QDateTime last = m_engine->lastSyncAt();
        if (last.isValid()) {
            const qint64 secs = last.secsTo(QDateTime::currentDateTimeUtc());
            if (secs < 60)
                parts << tr("synchronisé à l'instant");
            else if (secs < 3600)
                parts << tr("synchronisé il y a %L1 min").arg(secs / 60);
            else
                parts << tr("synchronisé le %1").arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat));
        } else {
            parts << tr("jamais synchronisé");
        }
    }
    if ((status == SyncEngine::Status::Error || status == SyncEngine::Status::Offline)
        && !m_engine->lastError().message.isEmpty()) {
        setToolTip(m_engine->lastError().message);
        if (status == SyncEngine::Status::Error)
            parts << m_engine->lastError().message;
    } else {
        setToolTip(m_engine->isLive() ? tr("Les modifications des autres utilisateurs arrivent en direct.")
                                      : tr("Synchronisation périodique (toutes les 30 secondes)."));
    }
    m_label->setText(parts.join(QStringLiteral(" · ")));
}

} // namespace hector::ui
