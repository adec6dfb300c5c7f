#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace hector::sync {
class SessionManager;
}

namespace hector::ui {

class ApiIncidentModel;
class ApiQuotaModel;
class MessageBanner;

// The limits of one provider: calls per minute / hour / day (0 = « Sans limite »), monthly budget
// in EUR (0 = « Sans budget ») and cost of one call. Checks that the limits grow with the period.
class QuotaLimitsDialog : public QDialog
{
    Q_OBJECT
public:
    QuotaLimitsDialog(const QJsonObject &provider, QWidget *parent = nullptr);

    // The body of PUT /api/admin/api-quotas/{provider} (null for « Sans limite »).
    QJsonObject values() const;
    // French error, empty when the values are consistent.
    QString validationError() const;
    void accept() override;

    QSpinBox *perMinute() const { return m_perMinute; }
    QSpinBox *perHour() const { return m_perHour; }
    QSpinBox *perDay() const { return m_perDay; }
    QDoubleSpinBox *budget() const { return m_budget; }
    QDoubleSpinBox *cost() const { return m_cost; }
    MessageBanner *banner() const { return m_banner; }

private:
    QSpinBox *m_perMinute;
    QSpinBox *m_perHour;
    QSpinBox *m_perDay;
    QDoubleSpinBox *m_budget;
    QDoubleSpinBox *m_cost;
    MessageBanner *m_banner;
};

// « Quotas API » (administrators, online, module 26): one row per provider (configured or not,
// use per minute / hour / day against its limits, spend against the monthly budget, alert),
// editing of the limits, reset of the counters, and the incident log filtered by provider.
class ApiQuotasPage : public QWidget
{
    Q_OBJECT
public:
    explicit ApiQuotasPage(sync::SessionManager *session, QWidget *parent = nullptr);

    ApiQuotaModel *quotaModel() const { return m_quotas; }
    ApiIncidentModel *incidentModel() const { return m_incidents; }
    QTableView *quotaView() const { return m_quotaView; }
    QTableView *incidentView() const { return m_incidentView; }
    QComboBox *providerFilter() const { return m_provider; }
    MessageBanner *banner() const { return m_banner; }

    void reload();
    // Opens the limits dialog for the selected provider.
    void editSelected();
    // Sends new limits for `provider` (what the dialog does on « Enregistrer »).
    void saveLimits(const QString &provider, const QJsonObject &limits);
    void resetSelected(bool confirm = true);

signals:
    void loaded();
    void incidentsLoaded();
    void actionDone(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fetchQuotas();
    void fetchIncidents();
    void updateButtons();
    QJsonObject selectedProvider() const;

    sync::SessionManager *m_session;
    ApiQuotaModel *m_quotas;
    ApiIncidentModel *m_incidents;
    QSortFilterProxyModel *m_quotaProxy;
    QSortFilterProxyModel *m_incidentProxy;
    QTableView *m_quotaView;
    QTableView *m_incidentView;
    QStackedWidget *m_stack;
    QStackedWidget *m_incidentStack;
    QWidget *m_content;
    QWidget *m_offline;
    QLabel *m_offlineText;
    QLabel *m_summary;
    QLabel *m_noIncident;
    QComboBox *m_provider;
    QPushButton *m_edit;
    QPushButton *m_reset;
    MessageBanner *m_banner;
    bool m_started = false;
};

} // namespace hector::ui
