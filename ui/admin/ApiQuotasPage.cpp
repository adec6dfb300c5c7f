#include "ui/admin/ApiQuotasPage.h"

#include "sync/SessionManager.h"
#include "ui/FormSupport.h"
#include "ui/MessageBanner.h"
#include "ui/admin/ApiQuotaModels.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace hector::ui {

namespace {
QSpinBox *limitBox(const QJsonValue &value, QWidget *parent, const char *name)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(0, 10'000'000);
    box->setSpecialValueText(QuotaLimitsDialog::tr("Sans limite"));
    box->setGroupSeparatorShown(true);
    box->setValue(value.isDouble() ? value.toInt() : 0);
    return box;
}

QJsonValue limitValue(const QSpinBox *box)
{
    return box->value() > 0 ? QJsonValue(box->value()) : QJsonValue(QJsonValue::Null);
}
} // namespace

QuotaLimitsDialog::QuotaLimitsDialog(const QJsonObject &provider, QWidget *parent)
    : QDialog(parent)
{
    const QString label = provider.value(QLatin1String("label")).toString().isEmpty()
                              ? ops::providerLabel(provider.value(QLatin1String("provider")).toString())
                              : provider.value(QLatin1String("label")).toString();
    setWindowTitle(tr("Limites — %1").arg(label));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogTitle(tr("Limites de %1").arg(label), this));
    layout->addWidget(makeHint(tr("Au-delà d'une limite, les appels sont refusés sans atteindre le fournisseur "
                                  "(les tâches attendent et réessaient plus tard). 0 = sans limite."),
                               this));
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);
    const QJsonObject limits = provider.value(QLatin1String("limits")).toObject();
    auto *form = new QFormLayout;
    m_perMinute = limitBox(limits.value(QLatin1String("perMinute")), this, "perMinuteEdit");
    m_perHour = limitBox(limits.value(QLatin1String("perHour")), this, "perHourEdit");
    m_perDay = limitBox(limits.value(QLatin1String("perDay")), this, "perDayEdit");
    m_budget = new QDoubleSpinBox(this);
    m_budget->setObjectName(QStringLiteral("budgetEdit"));
    m_budget->setRange(0, 1'000'000);
    m_budget->setDecimals(2);
    m_budget->setSuffix(QStringLiteral(" €"));
    m_budget->setSpecialValueText(tr("Sans budget"));
    m_budget->setGroupSeparatorShown(true);
    const QJsonValue budget = provider.value(QLatin1String("budgetMonthEur"));
    m_budget->setValue(budget.isDouble() ? budget.toDouble() : 0);
    m_cost = new QDoubleSpinBox(this);
    m_cost->setObjectName(QStringLiteral("costEdit"));
    m_cost->setRange(0, 100);
    m_cost->setDecimals(4);
    m_cost->setSuffix(QStringLiteral(" €"));
    m_cost->setValue(provider.value(QLatin1String("costPerCallEur")).toDouble());
    form->addRow(tr("Appels par &minute :"), m_perMinute);
    form->addRow(tr("Appels par &heure :"), m_perHour);
    form->addRow(tr("Appels par &jour :"), m_perDay);
    form->addRow(tr("&Budget mensuel :"), m_budget);
    form->addRow(tr("&Coût d'un appel :"), m_cost);
    layout->addLayout(form);
    layout->addWidget(makeDialogButtons(this, QDialogButtonBox::Save, tr("&Enregistrer"), tr("Annuler")));
    m_perMinute->setFocus();
}

QJsonObject QuotaLimitsDialog::values() const
{
    return {{QStringLiteral("perMinute"), limitValue(m_perMinute)},
            {QStringLiteral("perHour"), limitValue(m_perHour)},
            {QStringLiteral("perDay"), limitValue(m_perDay)},
            {QStringLiteral("budgetMonthEur"), m_budget->value() > 0 ? QJsonValue(m_budget->value()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("costPerCallEur"), m_cost->value()}};
}

QString QuotaLimitsDialog::validationError() const
{
    const int minute = m_perMinute->value();
    const int hour = m_perHour->value();
    const int day = m_perDay->value();
    if (minute > 0 && hour > 0 && minute > hour)
        return tr("La limite par minute (%L1) ne peut pas dépasser la limite par heure (%L2).").arg(minute).arg(hour);
    if (hour > 0 && day > 0 && hour > day)
        return tr("La limite par heure (%L1) ne peut pas dépasser la limite par jour (%L2).").arg(hour).arg(day);
    if (minute > 0 && day > 0 && minute > day)
        return tr("La limite par minute (%L1) ne peut pas dépasser la limite par jour (%L2).").arg(minute).arg(day);
    if (m_budget->value() > 0 && m_cost->value() > m_budget->value())
        return tr("Le coût d'un appel dépasse le budget mensuel : aucun appel ne serait possible.");
    return {};
}

void QuotaLimitsDialog::accept()
{
    if (const QString error = validationError(); !error.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Error, error);
        return;
    }
    QDialog::accept();
}

ApiQuotasPage::ApiQuotasPage(sync::SessionManager *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_quotas(new ApiQuotaModel(this))
    , m_incidents(new ApiIncidentModel(this))
    , m_quotaProxy(new QSortFilterProxyModel(this))
    , m_incidentProxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("apiQuotasPage"));
    m_quotaProxy->setSourceModel(m_quotas);
    m_quotaProxy->setSortRole(JsonRowsModel::SortRole);
    m_incidentProxy->setSourceModel(m_incidents);
    m_incidentProxy->setSortRole(JsonRowsModel::SortRole);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addWidget(makePageTitle(tr("Quotas API"), this));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("quotasBanner"));
    layout->addWidget(m_banner);

    m_stack = new QStackedWidget(this);
    m_content = new QWidget(m_stack);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Vertical, m_content);
    splitter->setChildrenCollapsible(false);
    contentLayout->addWidget(splitter);

    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_quotaView = new QTableView(top);
    m_quotaView->setObjectName(QStringLiteral("quotaView"));
    m_quotaView->setModel(m_quotaProxy);
    setupRecordTable(m_quotaView, QAbstractItemView::SingleSelection, 14);
    m_quotaView->setSortingEnabled(true);
    auto *bars = new ProgressBarDelegate(m_quotaView);
    for (int c : {ApiQuotaModel::Minute, ApiQuotaModel::Hour, ApiQuotaModel::Day, ApiQuotaModel::SpentMonth})
        m_quotaView->setItemDelegateForColumn(c, bars);
    m_quotaView->sortByColumn(ApiQuotaModel::Provider, Qt::AscendingOrder);
    m_quotaView->setColumnWidth(ApiQuotaModel::Provider, 170);
    m_quotaView->setColumnWidth(ApiQuotaModel::Configured, 110);
    for (int c : {ApiQuotaModel::Minute, ApiQuotaModel::Hour, ApiQuotaModel::Day})
        m_quotaView->setColumnWidth(c, 108);
    m_quotaView->setColumnWidth(ApiQuotaModel::SpentToday, 90);
    m_quotaView->setColumnWidth(ApiQuotaModel::SpentMonth, 160);
    m_quotaView->setColumnWidth(ApiQuotaModel::Alert, 112);
    topLayout->addWidget(m_quotaView, 1);
    auto *buttons = new QHBoxLayout;
    auto *refresh = new QPushButton(tr("A&ctualiser"), top);
    refresh->setObjectName(QStringLiteral("refreshButton"));
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_edit = new QPushButton(tr("&Modifier les limites…"), top);
    m_edit->setObjectName(QStringLiteral("editLimitsButton"));
    m_reset = new QPushButton(tr("&Remettre à zéro…"), top);
    m_reset->setObjectName(QStringLiteral("resetButton"));
    m_reset->setToolTip(tr("Remet à zéro les compteurs du fournisseur choisi ; le journal des incidents est conservé."));
    buttons->addWidget(refresh);
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_reset);
    topLayout->addLayout(buttons);

    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 8, 0, 0);
    auto *incidentHeader = new QHBoxLayout;
    incidentHeader->addWidget(makeBoldLabel(tr("Incidents"), 1.1, bottom));
    incidentHeader->addStretch(1);
    auto *providerLabel = new QLabel(tr("&Fournisseur :"), bottom);
    m_provider = new QComboBox(bottom);
    m_provider->setObjectName(QStringLiteral("providerFilter"));
    m_provider->setAccessibleName(tr("Filtrer les incidents par fournisseur"));
    m_provider->addItem(tr("Tous les fournisseurs"), QString());
    m_provider->setMinimumContentsLength(22);
    m_provider->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    providerLabel->setBuddy(m_provider);
    incidentHeader->addWidget(providerLabel);
    incidentHeader->addWidget(m_provider);
    bottomLayout->addLayout(incidentHeader);
    m_incidentStack = new QStackedWidget(bottom);
    m_incidentView = new QTableView(m_incidentStack);
    m_incidentView->setObjectName(QStringLiteral("incidentView"));
    m_incidentView->setModel(m_incidentProxy);
    setupRecordTable(m_incidentView, QAbstractItemView::SingleSelection, 8);
    m_incidentView->setSortingEnabled(true);
    m_incidentView->sortByColumn(ApiIncidentModel::At, Qt::DescendingOrder);
    m_incidentView->setColumnWidth(ApiIncidentModel::At, 130);
    m_incidentView->setColumnWidth(ApiIncidentModel::Provider, 170);
    m_incidentView->setColumnWidth(ApiIncidentModel::Endpoint, 200);
    m_incidentView->setColumnWidth(ApiIncidentModel::HttpStatus, 60);
    m_incidentView->setColumnWidth(ApiIncidentModel::Code, 140);
    m_incidentView->horizontalHeader()->setStretchLastSection(false);
    m_incidentView->horizontalHeader()->setSectionResizeMode(ApiIncidentModel::Message, QHeaderView::Stretch);
    m_incidentView->setColumnWidth(ApiIncidentModel::Duration, 90);
    m_incidentStack->addWidget(m_incidentView);
    m_noIncident = new QLabel(m_incidentStack);
    m_noIncident->setObjectName(QStringLiteral("noIncidentLabel"));
    m_noIncident->setAlignment(Qt::AlignCenter);
    m_noIncident->setWordWrap(true);
    m_incidentStack->addWidget(m_noIncident);
    bottomLayout->addWidget(m_incidentStack, 1);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    m_stack->addWidget(m_content);
    QPushButton *retry = nullptr;
    m_offline = makeRetryPanel(m_stack, &m_offlineText, &retry);
    m_stack->addWidget(m_offline);
    layout->addWidget(m_stack, 1);

    connect(refresh, &QPushButton::clicked, this, &ApiQuotasPage::reload);
    connect(retry, &QPushButton::clicked, this, &ApiQuotasPage::reload);
    connect(m_edit, &QPushButton::clicked, this, &ApiQuotasPage::editSelected);
    connect(m_reset, &QPushButton::clicked, this, [this] { resetSelected(); });
    connect(m_quotaView, &QTableView::activated, this, &ApiQuotasPage::editSelected);
    connect(m_quotaView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ApiQuotasPage::updateButtons);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &ApiQuotasPage::fetchIncidents);
    updateButtons();
}

void ApiQuotasPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_started) {
        m_started = true;
        reload();
    }
}

void ApiQuotasPage::reload()
{
    fetchQuotas();
    fetchIncidents();
}

QJsonObject ApiQuotasPage::selectedProvider() const
{
    const QModelIndexList rows = m_quotaView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QJsonObject() : rows.constFirst().data(JsonRowsModel::RowObjectRole).toJsonObject();
}

void ApiQuotasPage::updateButtons()
{
    const bool selected = !selectedProvider().isEmpty();
    m_edit->setEnabled(selected);
    m_reset->setEnabled(selected);
}

void ApiQuotasPage::fetchQuotas()
{
    m_session->authorizedRequest(
        sync::ApiClient::Method::Get, QStringLiteral("/api/admin/api-quotas"), {}, this, [this](Result<QJsonObject> r) {
            if (!r) {
                if (sync::errors::isConnectivityError(r.error())) {
                    m_offlineText->setText(tr("Impossible de joindre le serveur : les quotas API nécessitent une "
                                              "connexion.\n%1")
                                               .arg(r.error().message));
                    m_stack->setCurrentWidget(m_offline);
                } else {
                    m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
                }
                emit loaded();
                return;
            }
            m_stack->setCurrentWidget(m_content);
            const QString kept = selectedProvider().value(QLatin1String("provider")).toString();
            const QJsonArray providers = r->value(QLatin1String("providers")).toArray();
            m_quotas->setRows(providers);
            int missing = 0;
            int warnings = 0;
            int exceeded = 0;
            double month = 0;
            for (const QJsonValue &v : providers) {
                const QJsonObject p = v.toObject();
                const QString name = p.value(QLatin1String("provider")).toString();
                if (!p.value(QLatin1String("configured")).toBool())
                    ++missing;
                const QString alert = p.value(QLatin1String("alert")).toString();
                warnings += alert == u"warning";
                exceeded += alert == u"exceeded";
                month += p.value(QLatin1String("spentMonthEur")).toDouble();
                if (m_provider->findData(name) < 0) {
                    const QSignalBlocker block(m_provider);
                    m_provider->addItem(ops::providerLabel(name), name);
                }
                if (name == kept) {
                    for (int row = 0; row < m_quotaProxy->rowCount(); ++row) {
                        if (m_quotaProxy->index(row, 0).data(JsonRowsModel::RowObjectRole).toJsonObject() == p)
                            m_quotaView->selectRow(row);
                    }
                }
            }
            QStringList parts;
            parts << tr("Dépense du mois : %1").arg(ops::formatEuros(month));
            if (exceeded > 0)
                parts << tr("%n fournisseur(s) à la limite", nullptr, exceeded);
            if (warnings > 0)
                parts << tr("%n fournisseur(s) au-delà de 80 %", nullptr, warnings);
            if (missing > 0)
                parts << tr("%n fournisseur(s) non configuré(s) : les fonctions qui en dépendent l'indiquent", nullptr,
                            missing);
            m_summary->setText(parts.join(QStringLiteral(" — ")));
            updateButtons();
            emit loaded();
        });
}

void ApiQuotasPage::fetchIncidents()
{
    QUrlQuery q;
    if (const QString p = m_provider->currentData().toString(); !p.isEmpty())
        q.addQueryItem(QStringLiteral("provider"), p);
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    m_session->authorizedRequest(
        sync::ApiClient::Method::Get, QString(QStringLiteral("/api/admin/api-incidents?") + q.toString(QUrl::FullyEncoded)),
        {}, this, [this](Result<QJsonObject> r) {
            if (!r) {
                emit incidentsLoaded();
                return; // fetchQuotas() reports the error
            }
            const QJsonArray incidents = r->value(QLatin1String("incidents")).toArray();
            m_incidents->setRows(incidents);
            if (incidents.isEmpty()) {
                m_noIncident->setText(m_provider->currentIndex() > 0
                                          ? tr("Aucun incident pour %1.").arg(m_provider->currentText())
                                          : tr("Aucun incident enregistré : les appels aux fournisseurs se passent "
                                               "bien."));
                m_incidentStack->setCurrentWidget(m_noIncident);
            } else {
                m_incidentStack->setCurrentWidget(m_incidentView);
            }
            emit incidentsLoaded();
        });
}

void ApiQuotasPage::editSelected()
{
    const QJsonObject provider = selectedProvider();
    if (provider.isEmpty())
        return;
    QuotaLimitsDialog dialog(provider, this);
    if (dialog.exec() == QDialog::Accepted)
        saveLimits(provider.value(QLatin1String("provider")).toString(), dialog.values());
}

void ApiQuotasPage::saveLimits(const QString &provider, const QJsonObject &limits)
{
    m_session->authorizedRequest(sync::ApiClient::Method::Put, QStringLiteral("/api/admin/api-quotas/%1").arg(provider),
                                 limits, this, [this, provider](Result<QJsonObject> r) {
                                     if (!r) {
                                         m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
                                         emit actionDone(false);
                                         return;
                                     }
                                     m_quotas->updateRow(QStringLiteral("provider"),
                                                         r->value(QLatin1String("provider")).toObject());
                                     m_banner->showMessage(MessageBanner::Kind::Success,
                                                           tr("Limites de %1 enregistrées.").arg(ops::providerLabel(provider)));
                                     emit actionDone(true);
                                 });
}

void ApiQuotasPage::resetSelected(bool confirm)
{
    const QJsonObject selected = selectedProvider();
    if (selected.isEmpty())
        return;
    const QString provider = selected.value(QLatin1String("provider")).toString();
    if (confirm
        && !askConfirmation(this, tr("Remettre à zéro"),
                            tr("Remettre à zéro les compteurs de %1 ? Les appels et dépenses de la période repartent "
                               "de zéro ; le journal des incidents est conservé.")
                                .arg(ops::providerLabel(provider))))
        return;
    m_session->authorizedRequest(sync::ApiClient::Method::Post,
                                 QStringLiteral("/api/admin/api-quotas/%1/reset").arg(provider), {}, this,
                                 [this, provider](Result<QJsonObject> r) {
                                     if (!r) {
                                         m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
                                         emit actionDone(false);
                                         return;
                                     }
                                     m_quotas->updateRow(QStringLiteral("provider"),
                                                         r->value(QLatin1String("provider")).toObject());
                                     m_banner->showMessage(MessageBanner::Kind::Success,
                                                           tr("Compteurs de %1 remis à zéro.").arg(ops::providerLabel(provider)));
                                     emit actionDone(true);
                                 });
}

} // namespace hector::ui
