#include "ui/companies/CompanySearchPage.h"

#include "sync/SessionManager.h"
#include "sync/engine/SyncEngine.h"
#include "sync/replica/LocalReplica.h"
#include "ui/FormSupport.h"
#include "ui/MessageBanner.h"
#include "ui/companies/CompanySearchModels.h"
#include "ui/prospects/ProspectDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace hector::ui {

namespace {
QSortFilterProxyModel *proxyOf(QAbstractItemModel *source, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(JsonRowsModel::SortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    return proxy;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

CompanySearchPage::CompanySearchPage(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_results(new CompanyResultsModel(this))
    , m_makers(new DecisionMakersModel(this))
    , m_resultsProxy(proxyOf(m_results, this))
    , m_makersProxy(proxyOf(m_makers, this))
{
    setObjectName(QStringLiteral("companySearchPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addWidget(makePageTitle(tr("Trouve-moi le patron"), this));
    layout->addWidget(makeHint(tr("Cherchez une entreprise dans le répertoire officiel par son nom, son SIREN ou SIRET, "
                                  "ou « nom ville » ; choisissez le décideur et créez le prospect pré-rempli."),
                               this));
    auto *searchRow = new QHBoxLayout;
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("searchEdit"));
    m_query->setPlaceholderText(tr("Ex. : Boulangerie Martin Lyon, 552 100 554 ou 55210055400013"));
    m_query->setAccessibleName(tr("Entreprise à rechercher"));
    m_query->setClearButtonEnabled(true);
    m_searchButton = new QPushButton(tr("&Rechercher"), this);
    m_searchButton->setObjectName(QStringLiteral("searchButton"));
    m_searchButton->setDefault(true);
    searchRow->addWidget(m_query, 1);
    searchRow->addWidget(m_searchButton);
    layout->addLayout(searchRow);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("companyBanner"));
    layout->addWidget(m_banner);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    m_stack = new QStackedWidget(splitter);
    m_resultsView = new QTableView(m_stack);
    m_resultsView->setObjectName(QStringLiteral("resultsView"));
    m_resultsView->setModel(m_resultsProxy);
    setupRecordTable(m_resultsView, QAbstractItemView::SingleSelection, 10);
    // The registry's relevance order until the user sorts by a column.
    m_resultsView->setSortingEnabled(true);
    m_resultsView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_resultsProxy->sort(-1);
    m_resultsView->horizontalHeader()->setStretchLastSection(false);
    m_resultsView->horizontalHeader()->setSectionResizeMode(CompanyResultsModel::Name, QHeaderView::Stretch);
    m_resultsView->setColumnWidth(CompanyResultsModel::Siren, 92);
    m_resultsView->setColumnWidth(CompanyResultsModel::City, 115);
    m_resultsView->setColumnWidth(CompanyResultsModel::Activity, 115);
    m_resultsView->setColumnWidth(CompanyResultsModel::Headcount, 110);
    m_resultsView->setColumnWidth(CompanyResultsModel::State, 60);
    // Legal form and source are in the detail pane.
    m_resultsView->setColumnHidden(CompanyResultsModel::LegalForm, true);
    m_resultsView->setColumnHidden(CompanyResultsModel::Source, true);
    m_stack->addWidget(m_resultsView);
    m_empty = new QLabel(tr("Saisissez un nom, un SIREN ou un SIRET puis appuyez sur Entrée."), m_stack);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);
    m_notConfigured = new QLabel(tr("La recherche d'entreprises n'est pas configurée sur ce serveur.\nAucune clé INSEE "
                                    "ni Pappers n'y est renseignée : demandez à l'administrateur de les ajouter.\n"
                                    "Vous pouvez toujours créer un prospect à la main depuis « Prospects »."),
                                 m_stack);
    m_notConfigured->setObjectName(QStringLiteral("notConfiguredLabel"));
    static_cast<QLabel *>(m_notConfigured)->setAlignment(Qt::AlignCenter);
    static_cast<QLabel *>(m_notConfigured)->setWordWrap(true);
    m_stack->addWidget(m_notConfigured);
    QPushButton *retry = nullptr;
    m_offline = makeRetryPanel(m_stack, &m_offlineText, &retry);
    m_stack->addWidget(m_offline);
    m_stack->setCurrentWidget(m_empty);

    m_detail = new QWidget(splitter);
    m_detail->setObjectName(QStringLiteral("detailPane"));
    auto *detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(12, 0, 0, 0);
    m_detailTitle = makeBoldLabel(QString(), 1.2, m_detail);
    m_detailTitle->setObjectName(QStringLiteral("detailTitle"));
    m_detailTitle->setWordWrap(true);
    detailLayout->addWidget(m_detailTitle);
    m_detailText = new QLabel(m_detail);
    m_detailText->setObjectName(QStringLiteral("detailText"));
    m_detailText->setWordWrap(true);
    m_detailText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_detailText);
    m_existing = new QLabel(m_detail);
    m_existing->setObjectName(QStringLiteral("existingLabel"));
    m_existing->setWordWrap(true);
    detailLayout->addWidget(m_existing);
    m_makersTitle = makeBoldLabel(tr("Décideurs"), 1.0, m_detail);
    detailLayout->addWidget(m_makersTitle);
    m_makersView = new QTableView(m_detail);
    m_makersView->setObjectName(QStringLiteral("decisionMakersView"));
    m_makersView->setModel(m_makersProxy);
    setupRecordTable(m_makersView, QAbstractItemView::SingleSelection, 8);
    m_makersView->horizontalHeader()->setStretchLastSection(false);
    m_makersView->horizontalHeader()->setSectionResizeMode(DecisionMakersModel::Role, QHeaderView::Stretch);
    m_makersView->setColumnWidth(DecisionMakersModel::FullName, 130);
    m_makersView->setColumnWidth(DecisionMakersModel::Since, 82);
    m_makersView->setColumnWidth(DecisionMakersModel::Source, 62);
    m_makersView->setAccessibleName(tr("Décideurs de l'entreprise : choisissez celui du prospect"));
    detailLayout->addWidget(m_makersView, 1);
    m_noMakers = makeHint(tr("Aucun décideur connu dans le répertoire pour cette entreprise."), m_detail);
    m_noMakers->setObjectName(QStringLiteral("noMakersLabel"));
    detailLayout->addWidget(m_noMakers);
    auto *actions = new QHBoxLayout;
    m_openExisting = new QPushButton(tr("&Ouvrir la fiche existante"), m_detail);
    m_openExisting->setObjectName(QStringLiteral("openExistingButton"));
    m_create = new QPushButton(tr("&Créer le prospect"), m_detail);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setToolTip(tr("Crée le prospect pré-rempli (raison sociale, SIREN, adresse, activité, effectif, "
                            "chiffre d'affaires) avec le décideur sélectionné."));
    actions->addStretch(1);
    actions->addWidget(m_openExisting);
    actions->addWidget(m_create);
    detailLayout->addLayout(actions);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({680, 420});
    layout->addWidget(splitter, 1);
    clearDetail();

    connect(m_query, &QLineEdit::returnPressed, this, &CompanySearchPage::search);
    connect(m_searchButton, &QPushButton::clicked, this, &CompanySearchPage::search);
    connect(retry, &QPushButton::clicked, this, &CompanySearchPage::search);
    connect(m_resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showResult(current.row());
            });
    connect(m_create, &QPushButton::clicked, this, &CompanySearchPage::createProspect);
    connect(m_openExisting, &QPushButton::clicked, this, [this] {
        if (!m_existingId.isEmpty() && !openProspect(m_existingId))
            openWhenSynced(m_existingId);
    });
    if (m_context.replica) {
        connect(m_context.replica, &sync::LocalReplica::tableChanged, this, [this](const QString &table) {
            if (table == u"prospects" && !m_waitingFor.isEmpty()) {
                const QString id = m_waitingFor;
                if (openProspect(id))
                    m_waitingFor.clear();
            }
        });
    }
}

QString CompanySearchPage::state() const
{
    QWidget *w = m_stack->currentWidget();
    if (w == m_resultsView)
        return QStringLiteral("results");
    if (w == m_notConfigured)
        return QStringLiteral("notConfigured");
    if (w == m_offline)
        return QStringLiteral("offline");
    return QStringLiteral("empty");
}

void CompanySearchPage::clearDetail()
{
    m_company = {};
    m_existingId.clear();
    m_makers->setRows({});
    m_detailTitle->setText(tr("Aucune entreprise sélectionnée"));
    m_detailText->setText(tr("Choisissez un résultat pour voir l'entreprise et ses décideurs."));
    m_existing->hide();
    m_noMakers->hide();
    m_makersTitle->hide();
    m_makersView->hide();
    m_create->setEnabled(false);
    m_openExisting->hide();
}

void CompanySearchPage::search()
{
    m_banner->clear();
    const QString q = m_query->text().simplified();
    if (q.size() < 2) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("Saisissez au moins deux caractères : un nom, un SIREN (9 chiffres) ou un SIRET (14 "
                                 "chiffres)."));
        m_query->setFocus();
        return;
    }
    // A SIREN or SIRET typed with spaces or dots is sent as digits.
    QString digits = q;
    digits.remove(u' ').remove(u'.');
    const bool number = !digits.isEmpty() && std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return c.isDigit(); });
    if (number && digits.size() != 9 && digits.size() != 14) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("« %1 » n'est ni un SIREN (9 chiffres) ni un SIRET (14 chiffres).").arg(q));
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), number ? digits : q);
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("20"));
    m_searchButton->setEnabled(false);
    const quint64 generation = ++m_generation;
    m_context.session->authorizedRequest(
        sync::ApiClient::Method::Get,
        QString(QStringLiteral("/api/company-search?") + query.toString(QUrl::FullyEncoded)), {}, this,
        [this, generation, q](Result<QJsonObject> r) {
            if (generation != m_generation)
                return;
            m_searchButton->setEnabled(true);
            clearDetail();
            // The detail pane only makes sense next to results.
            m_detail->setVisible(r.ok() || !(r.error().code == u"provider_not_configured"
                                             || sync::errors::isConnectivityError(r.error())));
            if (!r) {
                m_results->setRows({});
                if (r.error().code == u"provider_not_configured") {
                    m_stack->setCurrentWidget(m_notConfigured);
                } else if (sync::errors::isConnectivityError(r.error())) {
                    m_offlineText->setText(tr("Impossible de joindre le serveur : la recherche d'entreprises "
                                              "nécessite une connexion.\n%1")
                                               .arg(r.error().message));
                    m_stack->setCurrentWidget(m_offline);
                } else {
                    m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
                }
                emit searched();
                return;
            }
            const QJsonArray results = r->value(QLatin1String("results")).toArray();
            m_results->setRows(results);
            if (results.isEmpty()) {
                m_empty->setText(tr("Aucune entreprise ne correspond à « %1 ».\nVérifiez l'orthographe, ajoutez la "
                                    "ville, ou cherchez par SIREN.")
                                     .arg(q));
                m_stack->setCurrentWidget(m_empty);
            } else {
                m_stack->setCurrentWidget(m_resultsView);
                const int total = r->value(QLatin1String("total")).toInt(int(results.size()));
                if (total > results.size())
                    m_banner->showMessage(MessageBanner::Kind::Info,
                                          tr("%L1 entreprises trouvées ; les %L2 premières sont affichées. Précisez "
                                             "la recherche (ville, SIREN) pour affiner.")
                                              .arg(total)
                                              .arg(results.size()));
                m_resultsView->setFocus();
                m_resultsView->selectRow(0);
            }
            emit searched();
        });
}

void CompanySearchPage::showResult(int row)
{
    const QJsonObject result = m_resultsProxy->index(row, 0).data(JsonRowsModel::RowObjectRole).toJsonObject();
    const QString siren = str(result, "siren");
    if (siren.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    m_detailTitle->setText(str(result, "name"));
    m_detailText->setText(tr("Chargement des décideurs…"));
    m_create->setEnabled(false);
    m_context.session->authorizedRequest(
        sync::ApiClient::Method::Get, QStringLiteral("/api/company-search/%1").arg(siren), {}, this,
        [this, generation, result](Result<QJsonObject> r) {
            if (generation != m_generation)
                return;
            if (!r) {
                m_detailText->setText(tr("Le détail de l'entreprise n'a pas pu être chargé."));
                m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
                emit detailLoaded();
                return;
            }
            m_company = r->value(QLatin1String("company")).toObject();
            if (m_company.isEmpty())
                m_company = result;
            const QJsonObject a = m_company.value(QLatin1String("address")).toObject();
            QStringList lines;
            lines << tr("SIREN %1%2")
                         .arg(CompanyResultsModel::formatSiren(str(m_company, "siren")),
                              str(m_company, "siret").isEmpty() ? QString() : tr(" — SIRET du siège %1 %2")
                                                                       .arg(CompanyResultsModel::formatSiren(str(m_company, "siret").left(9)),
                                                                            str(m_company, "siret").mid(9)));
            lines << QString(str(a, "line1") + u", " + str(a, "postcode") + u' ' + str(a, "city")).trimmed();
            if (const QString activity = CompanyResultsModel::activity(m_company); !activity.isEmpty())
                lines << tr("Activité : %1").arg(activity);
            QStringList facts;
            if (!str(m_company, "legalForm").isEmpty())
                facts << str(m_company, "legalForm");
            if (!str(m_company, "headcountBand").isEmpty())
                facts << CompanyResultsModel::headcountLabel(str(m_company, "headcountBand"));
            if (const QJsonValue revenue = m_company.value(QLatin1String("revenue")); revenue.isDouble()) {
                const QJsonValue year = m_company.value(QLatin1String("revenueYear"));
                facts << (year.isDouble() ? tr("CA %1 (%2)").arg(QLocale().toCurrencyString(revenue.toDouble(), QStringLiteral("€"), 0))
                                                .arg(year.toInt())
                                          : tr("CA %1").arg(QLocale().toCurrencyString(revenue.toDouble(), QStringLiteral("€"), 0)));
            }
            if (const QDate created = QDate::fromString(str(m_company, "createdOn").left(10), Qt::ISODate); created.isValid())
                facts << tr("créée le %1").arg(QLocale().toString(created, QStringLiteral("dd/MM/yyyy")));
            if (!m_company.value(QLatin1String("active")).toBool(true))
                facts << tr("<b>entreprise fermée</b>");
            if (!facts.isEmpty())
                lines << facts.join(QStringLiteral(" · "));
            m_detailText->setText(lines.join(QStringLiteral("<br>")));
            const QJsonArray makers = r->value(QLatin1String("decisionMakers")).toArray();
            m_makers->setRows(makers);
            m_makersTitle->show();
            m_noMakers->setVisible(makers.isEmpty());
            m_makersView->setVisible(!makers.isEmpty());
            if (!makers.isEmpty())
                m_makersView->selectRow(0);
            const QJsonValue existing = r->value(QLatin1String("existingProspectId"));
            m_existingId = existing.isNull() || existing.isUndefined() ? QString() : existing.toVariant().toString();
            m_existing->setVisible(!m_existingId.isEmpty());
            m_openExisting->setVisible(!m_existingId.isEmpty());
            m_existing->setText(tr("Cette entreprise est déjà dans vos prospects."));
            m_create->setEnabled(m_existingId.isEmpty());
            m_create->setToolTip(m_existingId.isEmpty()
                                     ? tr("Crée le prospect pré-rempli avec le décideur sélectionné.")
                                     : tr("Cette entreprise est déjà un prospect : ouvrez la fiche existante."));
            emit detailLoaded();
        });
}

void CompanySearchPage::createProspect()
{
    const QString siren = str(m_company, "siren");
    if (siren.isEmpty())
        return;
    QJsonValue maker(QJsonValue::Null);
    const QModelIndexList selected = m_makersView->selectionModel()->selectedRows();
    if (!selected.isEmpty() && m_makers->rowCount() > 0)
        maker = m_makersProxy->mapToSource(selected.constFirst()).row();
    m_create->setEnabled(false);
    m_context.session->authorizedRequest(
        sync::ApiClient::Method::Post, QStringLiteral("/api/company-search/%1/prospect").arg(siren),
        QJsonObject{{QStringLiteral("decisionMaker"), maker}}, this, [this](Result<QJsonObject> r) {
            if (!r) {
                if (r.error().code == u"duplicate") {
                    QJsonValue id = r.error().details.value(QLatin1String("existingId"));
                    if (id.isUndefined())
                        id = r.error().details.value(QLatin1String("details")).toObject().value(QLatin1String("existingId"));
                    m_existingId = id.toVariant().toString();
                    m_existing->setText(tr("Cette entreprise est déjà dans vos prospects."));
                    m_existing->show();
                    m_openExisting->setVisible(!m_existingId.isEmpty());
                    m_banner->showMessage(MessageBanner::Kind::Info,
                                          tr("Ce prospect existe déjà : la fiche existante s'ouvre."));
                    if (!m_existingId.isEmpty()) {
                        emit prospectReady(m_existingId, false);
                        if (!openProspect(m_existingId))
                            openWhenSynced(m_existingId);
                    }
                    return;
                }
                m_create->setEnabled(true);
                m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
                return;
            }
            const QJsonObject prospect = r->value(QLatin1String("prospect")).toObject();
            const QString id = prospect.value(QLatin1String("id")).toVariant().toString();
            m_existingId = id;
            m_existing->setText(tr("Prospect créé."));
            m_existing->show();
            m_openExisting->show();
            m_banner->showMessage(MessageBanner::Kind::Success,
                                  tr("Prospect « %1 » créé.").arg(prospect.value(QLatin1String("company_name")).toString(
                                      prospect.value(QLatin1String("companyName")).toString(str(m_company, "name")))));
            emit prospectReady(id, true);
            if (!openProspect(id))
                openWhenSynced(id);
        });
}

void CompanySearchPage::openWhenSynced(const QString &id)
{
    // The record was written on the server: it opens as soon as the replica has it.
    if (!m_context.replica)
        return;
    m_waitingFor = id;
    m_banner->showMessage(MessageBanner::Kind::Info, tr("Synchronisation de la fiche…"));
    if (m_context.syncEngine)
        m_context.syncEngine->syncNow();
    QTimer::singleShot(kSyncWaitMs, this, [this, id] {
        if (m_waitingFor == id) {
            m_waitingFor.clear();
            m_banner->showMessage(MessageBanner::Kind::Warning,
                                  tr("La fiche est enregistrée sur le serveur ; elle apparaîtra dans « Prospects » à la "
                                     "prochaine synchronisation."));
        }
    });
}

bool CompanySearchPage::openProspect(const QString &id)
{
    if (!m_context.replica || id.isEmpty())
        return false;
    if (m_context.replica->row(QStringLiteral("prospects"), id).isEmpty())
        return false;
    ProspectsContext context{m_context.replica, m_context.session ? m_context.session->user() : UserDto(),
                             m_context.settings, m_context.session,
                             m_context.monitor};
    auto *dialog = new ProspectDialog(context, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    m_banner->clear();
    emit prospectOpened(id);
    return true;
}

} // namespace hector::ui
