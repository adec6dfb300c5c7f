#pragma once

#include "ui/PageRegistry.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace hector::ui {

class CompanyResultsModel;
class DecisionMakersModel;
class MessageBanner;

// « Trouve-moi le patron » (module 13, online): search the company registry (INSEE, Pappers)
// by name, SIREN / SIRET or « name city »; the detail of a company with its decision makers;
// « Créer le prospect » pre-filled with the chosen decision maker, then the prospect opens (the
// existing one when the company is already a prospect). Says plainly when no registry provider
// is configured on the server, or when the server cannot be reached.
class CompanySearchPage : public QWidget
{
    Q_OBJECT
public:
    // How long to wait for a created prospect to reach the replica before giving up opening it.
    static constexpr int kSyncWaitMs = 20000;

    explicit CompanySearchPage(const PageContext &context, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_query; }
    CompanyResultsModel *resultsModel() const { return m_results; }
    DecisionMakersModel *decisionMakersModel() const { return m_makers; }
    QTableView *resultsView() const { return m_resultsView; }
    QTableView *decisionMakersView() const { return m_makersView; }
    QPushButton *createButton() const { return m_create; }
    MessageBanner *banner() const { return m_banner; }
    QJsonObject company() const { return m_company; }
    QString existingProspectId() const { return m_existingId; }
    // Which panel is shown: "results", "empty", "notConfigured", "offline".
    QString state() const;

    void search();
    // Loads the detail of the result at `row` of the view.
    void showResult(int row);
    // POST /api/company-search/{siren}/prospect with the selected decision maker (or none).
    void createProspect();

    // Opens the prospect dialog (when the replica has the record); false otherwise.
    bool openProspect(const QString &id);

signals:
    void searched();
    void detailLoaded();
    // A prospect was created (or found as a duplicate): its id.
    void prospectReady(const QString &id, bool created);
    // The prospect dialog was opened for `id`.
    void prospectOpened(const QString &id);

private:
    void openWhenSynced(const QString &id);
    void clearDetail();

    PageContext m_context;
    CompanyResultsModel *m_results;
    DecisionMakersModel *m_makers;
    QSortFilterProxyModel *m_resultsProxy;
    QSortFilterProxyModel *m_makersProxy;
    QLineEdit *m_query;
    QPushButton *m_searchButton;
    QStackedWidget *m_stack;
    QTableView *m_resultsView;
    QLabel *m_empty;
    QWidget *m_notConfigured;
    QWidget *m_offline;
    QLabel *m_offlineText;
    QWidget *m_detail;
    QLabel *m_detailTitle;
    QLabel *m_detailText;
    QLabel *m_existing;
    QLabel *m_makersTitle;
    QTableView *m_makersView;
    QLabel *m_noMakers;
    QPushButton *m_create;
    QPushButton *m_openExisting;
    MessageBanner *m_banner;
    QJsonObject m_company;
    QString m_existingId;
    QString m_waitingFor;
    quint64 m_generation = 0;
};

} // namespace hector::ui
