#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;

namespace hector::sync {
class SyncEngine;
}

namespace hector::ui {

// Status-bar widget: online/offline, pending local changes, last sync time, initial-sync
// progress (rows and rows/s), the last error in plain French (tooltip and text).
class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(sync::SyncEngine *engine, QWidget *parent = nullptr);

    QString text() const;

private:
    void update();

    sync::SyncEngine *m_engine;
    QLabel *m_dot;
    QLabel *m_label;
    QProgressBar *m_progress;
    QTimer *m_clock;
};

} // namespace hector::ui
