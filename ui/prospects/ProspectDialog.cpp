#include "ui/prospects/ProspectDialog.h"

#include "core/Validation.h"
#include "core/crm/CrmRules.h"
#include "sync/ConnectionMonitor.h"
#include "sync/SessionManager.h"
#include "sync/replica/LocalReplica.h"
#include "ui/FormSupport.h"
#include "ui/Logging.h"
#include "ui/MessageBanner.h"
#include "ui/prospects/DuplicateCheck.h"
#include "ui/prospects/ProspectForm.h"
#include "ui/prospects/ProspectTimeline.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace hector::ui {

namespace {
bool filled(const QVariantMap &values, const char *column)
{
    return !values.value(QLatin1String(column)).toString().trimmed().isEmpty();
}
} // namespace

ProspectDialog::ProspectDialog(const ProspectsContext &context, const QString &id, QWidget *parent)
    : ProspectDialog(context, id, id.isEmpty() ? Mode::Create : Mode::Edit, parent)
{}

ProspectDialog::ProspectDialog(const ProspectsContext &context, const QString &id, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_id(id)
    , m_mode(id.isEmpty() ? Mode::Create : mode)
{
    if (!m_id.isEmpty())
        m_original = m_context.replica->row(QStringLiteral("prospects"), m_id);
    build();
}

QStringList ProspectDialog::missingForQualification(const QVariantMap &values)
{
    QStringList missing;
    if (!filled(values, "address"))
        missing << tr("l'adresse");
    if (!filled(values, "city"))
        missing << tr("la ville");
    if (!filled(values, "phone") && !filled(values, "mobile_phone") && !filled(values, "email"))
        missing << tr("un téléphone ou un e-mail");
    return missing;
}

void ProspectDialog::build()
{
    const QString name = m_original.value(QStringLiteral("company_name")).toString();
    switch (m_mode) {
    case Mode::Create:
        setWindowTitle(tr("Nouveau prospect"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Prospect — %1").arg(name));
        break;
    case Mode::Qualify:
        setWindowTitle(tr("Qualifier — %1").arg(name));
        break;
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(makeDialogTitle(m_mode == Mode::Create ? tr("Nouveau prospect") : name, this));
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    m_form = new ProspectForm(m_context, this);
    m_form->setRecord(m_original);
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(10, 10, 10, 10);
    pageLayout->addWidget(m_form);
    scroll->setWidget(page);
    m_tabs->addTab(scroll, tr("&Informations"));

    if (!m_id.isEmpty()) {
        m_timeline = new ProspectTimeline(m_context, m_id, m_tabs);
        auto *timelinePage = new QWidget(m_tabs);
        auto *timelineLayout = new QVBoxLayout(timelinePage);
        timelineLayout->setContentsMargins(10, 6, 10, 10);
        timelineLayout->addWidget(m_timeline);
        m_tabs->addTab(timelinePage, tr("&Chronologie"));
        // « Provenance » only when the server enriched the record (issue #7 fills it).
        const bool enriched = !m_original.value(QStringLiteral("enrichment_status")).toString().isEmpty()
                              || !m_original.value(QStringLiteral("enrichment_source")).toString().isEmpty()
                              || !m_original.value(QStringLiteral("enriched_at")).toString().isEmpty()
                              || !m_original.value(QStringLiteral("enrichment_provenance")).toString().isEmpty();
        if (enriched)
            m_tabs->addTab(buildProvenance(), tr("&Provenance"));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *save = buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setText(m_mode == Mode::Qualify ? tr("&Qualifier") : tr("&Enregistrer"));
    buttons->button(QDialogButtonBox::Cancel)->setText(m_mode == Mode::Edit ? tr("Fermer") : tr("Annuler"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProspectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProspectDialog::reject);
    layout->addWidget(buttons);
    if (!m_id.isEmpty()) {
        // Issue #7: server-side enrichment (INSEE, then Pappers) and geocoding, online only.
        m_enrich = buttons->addButton(tr("En&richir"), QDialogButtonBox::ActionRole);
        m_enrich->setObjectName(QStringLiteral("enrichButton"));
        m_locate = buttons->addButton(tr("&Localiser"), QDialogButtonBox::ActionRole);
        m_locate->setObjectName(QStringLiteral("locateButton"));
        connect(m_enrich, &QPushButton::clicked, this, &ProspectDialog::enrich);
        connect(m_locate, &QPushButton::clicked, this, &ProspectDialog::locate);
        if (m_context.monitor)
            connect(m_context.monitor, &sync::ConnectionMonitor::statusChanged, this, &ProspectDialog::updateOnlineActions);
        updateOnlineActions();
    }

    if (m_mode == Mode::Qualify) {
        // Focus on what is missing: required (address, city, a phone or an e-mail) and expected
        // from a qualified record (SIREN/SIRET, decision maker).
        const QVariantMap v = m_form->values();
        QStringList columns;
        for (const char *column : {"address", "city"}) {
            if (!filled(v, column))
                columns << QString::fromLatin1(column);
        }
        if (!filled(v, "phone") && !filled(v, "mobile_phone") && !filled(v, "email"))
            columns << QStringLiteral("phone") << QStringLiteral("email");
        if (!filled(v, "siren") && !filled(v, "siret"))
            columns << QStringLiteral("siren") << QStringLiteral("siret");
        if (!filled(v, "contact_name"))
            columns << QStringLiteral("contact_name");
        const QStringList missing = missingForQualification(v);
        m_banner->showMessage(
            missing.isEmpty() ? MessageBanner::Kind::Info : MessageBanner::Kind::Warning,
            missing.isEmpty() ? tr("Vérifiez la fiche puis cliquez sur « Qualifier ».")
                              : tr("Pour qualifier ce prospect, complétez : %1. Le SIREN ou SIRET et le décideur sont "
                                   "aussi attendus.")
                                    .arg(missing.join(QStringLiteral(", "))));
        m_form->highlightFields(columns);
        // « Qualifier » sets the status itself.
        QComboBox *status = m_form->combo(QStringLiteral("status"));
        status->setCurrentIndex(status->findData(QStringLiteral("qualifie")));
        status->setEnabled(false);
        status->setToolTip(tr("Le statut passe à « Qualifié » quand vous cliquez sur « Qualifier »."));
    } else {
        m_form->lineEdit(QStringLiteral("company_name"))->setFocus();
    }

    // Fits a 1366×768 screen; the form scrolls when there is less room.
    QSize size(980, 760);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() - QSize(40, 60));
    resize(size);
}

QWidget *ProspectDialog::buildProvenance()
{
    // Where the record's information comes from: the record-level facts, then one row per field
    // the server's enrichment filled (issue #7), with its source and date.
    auto *page = new QWidget(m_tabs);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(10, 10, 10, 10);
    auto *tree = new QTreeWidget(page);
    tree->setObjectName(QStringLiteral("provenanceTable"));
    tree->setRootIsDecorated(false);
    tree->setHeaderLabels({tr("Information"), tr("Valeur")});
    auto add = [tree](const QString &what, const QString &value) {
        if (!value.isEmpty())
            new QTreeWidgetItem(tree, {what, value});
    };
    const QString source = m_original.value(QStringLiteral("source")).toString();
    add(tr("Origine de la fiche"), prospects::sourceLabel(source));
    add(tr("Créée le"), prospects::formatTimestamp(m_original.value(QStringLiteral("created_at")).toString()));
    add(tr("Enrichissement"),
        prospects::enrichmentStatusLabel(m_original.value(QStringLiteral("enrichment_status")).toString()));
    const QString enrichmentSource = m_original.value(QStringLiteral("enrichment_source")).toString();
    add(tr("Source de l'enrichissement"), enrichmentSource == u"insee"     ? tr("INSEE")
                                          : enrichmentSource == u"pappers" ? tr("Pappers")
                                                                           : enrichmentSource);
    add(tr("Enrichie le"), prospects::formatTimestamp(m_original.value(QStringLiteral("enriched_at")).toString()));
    const QVariant latitude = m_original.value(QStringLiteral("latitude"));
    const QVariant longitude = m_original.value(QStringLiteral("longitude"));
    if (!latitude.isNull() && !longitude.isNull() && latitude.isValid() && longitude.isValid()) {
        const QString geocodeSource = m_original.value(QStringLiteral("geocode_source")).toString();
        const QString where = QStringLiteral("%1, %2").arg(QLocale().toString(latitude.toDouble(), 'f', 5),
                                                           QLocale().toString(longitude.toDouble(), 'f', 5));
        add(tr("Coordonnées GPS"), geocodeSource.isEmpty() ? where
                                                           : tr("%1 (source : %2)")
                                                                 .arg(where, geocodeSource == u"google"      ? tr("Google Maps")
                                                                             : geocodeSource == u"nominatim" ? tr("OpenStreetMap")
                                                                             : geocodeSource == u"centroid"
                                                                                 ? tr("centre du code postal")
                                                                                 : geocodeSource));
    }
    const QString qualifiedAt = m_original.value(QStringLiteral("qualified_at")).toString();
    if (!qualifiedAt.isEmpty()) {
        add(tr("Qualifiée le"), prospects::formatTimestamp(qualifiedAt));
        add(tr("Qualifiée par"),
            prospects::userName(m_context.replica->database(), m_original.value(QStringLiteral("qualified_by")).toString()));
    }
    tree->resizeColumnToContents(0);
    tree->setMaximumHeight(tree->sizeHintForRow(0) * (tree->topLevelItemCount() + 1) + 8);
    pageLayout->addWidget(tree);

    pageLayout->addWidget(makeBoldLabel(tr("Informations enrichies"), 1.0, page));
    const QList<QStringList> rows = provenanceRows(m_original.value(QStringLiteral("enrichment_provenance")).toString());
    auto *fields = new QTreeWidget(page);
    fields->setObjectName(QStringLiteral("fieldProvenanceTable"));
    fields->setRootIsDecorated(false);
    fields->setAlternatingRowColors(true);
    fields->setHeaderLabels({tr("Champ"), tr("Valeur"), tr("Source"), tr("Date")});
    fields->setAccessibleName(tr("Source et date de chaque information enrichie"));
    for (const QStringList &row : rows)
        new QTreeWidgetItem(fields, row);
    fields->setColumnWidth(0, 180);
    fields->setColumnWidth(1, 250);
    fields->setColumnWidth(2, 80);
    pageLayout->addWidget(fields, 1);
    if (rows.isEmpty()) {
        fields->hide();
        auto *none = makeHint(tr("Le détail par champ n'est pas encore disponible pour cette fiche : il apparaîtra "
                                 "au prochain enrichissement."),
                              page);
        none->setObjectName(QStringLiteral("noFieldProvenance"));
        pageLayout->addWidget(none);
        pageLayout->addStretch(1);
    }
    return page;
}

QList<QStringList> ProspectDialog::provenanceRows(const QString &provenanceJson)
{
    QList<QStringList> rows;
    const QJsonObject all = QJsonDocument::fromJson(provenanceJson.toUtf8()).object();
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QJsonObject p = it.value().toObject();
        const QString source = p.value(QLatin1String("source")).toString();
        const QString sourceLabel = source == u"insee" ? tr("INSEE") : source == u"pappers" ? tr("Pappers") : source;
        const QJsonValue v = p.value(QLatin1String("value"));
        QString value;
        if (v.isDouble())
            value = QLocale().toString(v.toDouble(), 'f', v.toDouble() == std::floor(v.toDouble()) ? 0 : 2);
        else if (v.isBool())
            value = v.toBool() ? tr("oui") : tr("non");
        else if (v.isString())
            value = v.toString();
        else if (!v.isNull() && !v.isUndefined())
            value = QString::fromUtf8(QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact));
        if (it.key() == u"headcount_band") {
            for (const auto &[code, band] : crm::headcountBands()) {
                if (code == value)
                    value = band;
            }
        }
        QString label = prospects::fieldLabel(it.key());
        if (label.isEmpty())
            label = it.key();
        rows.append({label, value, sourceLabel, prospects::formatTimestamp(p.value(QLatin1String("at")).toString())});
    }
    std::sort(rows.begin(), rows.end(), [](const QStringList &a, const QStringList &b) {
        return QString::localeAwareCompare(a.constFirst(), b.constFirst()) < 0;
    });
    return rows;
}

void ProspectDialog::updateOnlineActions()
{
    if (!m_enrich)
        return;
    QString offline;
    if (!m_context.session || !m_context.session->isSignedIn())
        offline = tr("Disponible uniquement connecté au serveur.");
    else if (m_context.monitor && m_context.monitor->status() == sync::ConnectionMonitor::Status::Offline)
        offline = tr("Hors ligne : le serveur est injoignable. Réessayez une fois la connexion revenue.");
    const bool enrichOk = offline.isEmpty() && m_notConfigured.isEmpty();
    m_enrich->setEnabled(enrichOk);
    m_enrich->setToolTip(!offline.isEmpty()        ? offline
                         : !m_notConfigured.isEmpty() ? m_notConfigured
                                                      : tr("Complète la fiche depuis le répertoire officiel (INSEE, puis "
                                                           "Pappers) ; la fiche se met à jour à la synchronisation suivante."));
    m_locate->setEnabled(offline.isEmpty());
    m_locate->setToolTip(offline.isEmpty() ? tr("Calcule les coordonnées GPS de l'adresse (Google, OpenStreetMap, ou "
                                                "à défaut le centre du code postal).")
                                           : offline);
}

void ProspectDialog::enrich()
{
    if (!m_context.session || m_id.isEmpty())
        return;
    m_enrich->setEnabled(false);
    m_banner->showMessage(MessageBanner::Kind::Info, tr("Demande d'enrichissement en cours…"));
    m_context.session->authorizedRequest(
        sync::ApiClient::Method::Post, QStringLiteral("/api/crm/prospects/%1/enrich").arg(m_id), {}, this,
        [this](Result<QJsonObject> r) {
            if (!r) {
                if (r.error().code == u"provider_not_configured")
                    m_notConfigured = tr("Non configuré : aucun fournisseur d'enrichissement (INSEE, Pappers) n'est "
                                         "configuré sur le serveur.");
                m_banner->showMessage(MessageBanner::Kind::Error,
                                      r.error().code == u"provider_not_configured" ? m_notConfigured : r.error().message);
                updateOnlineActions();
                emit onlineActionDone(false);
                return;
            }
            m_banner->showMessage(MessageBanner::Kind::Success,
                                  tr("Enrichissement demandé : la fiche sera complétée (avec la source de chaque "
                                     "information dans « Provenance ») à la prochaine synchronisation."));
            updateOnlineActions();
            emit onlineActionDone(true);
        });
}

void ProspectDialog::locate()
{
    if (!m_context.session || m_id.isEmpty())
        return;
    m_locate->setEnabled(false);
    m_banner->showMessage(MessageBanner::Kind::Info, tr("Localisation de l'adresse…"));
    m_context.session->authorizedRequest(
        sync::ApiClient::Method::Post, QStringLiteral("/api/geo/geocode"), QJsonObject{{QStringLiteral("prospectId"), m_id}},
        this, [this](Result<QJsonObject> r) {
            updateOnlineActions();
            if (!r) {
                m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
                emit onlineActionDone(false);
                return;
            }
            const QString precision = r->value(QLatin1String("precision")).toString();
            const QString precisionLabel = precision == u"rooftop"  ? tr("à l'adresse exacte")
                                           : precision == u"street" ? tr("à la rue")
                                           : precision == u"city"   ? tr("à la ville")
                                                                    : tr("au code postal");
            const QString source = r->value(QLatin1String("source")).toString();
            const QString sourceLabel = source == u"google"      ? tr("Google Maps")
                                        : source == u"nominatim" ? tr("OpenStreetMap Nominatim")
                                        : source == u"centroid"  ? tr("centre du code postal")
                                                                 : tr("cache");
            QString text = tr("Localisée %1 : %2, %3 (source : %4).")
                               .arg(precisionLabel, QLocale().toString(r->value(QLatin1String("lat")).toDouble(), 'f', 5),
                                    QLocale().toString(r->value(QLatin1String("lon")).toDouble(), 'f', 5), sourceLabel);
            if (const QString attribution = r->value(QLatin1String("attribution")).toString(); !attribution.isEmpty())
                text += QLatin1Char(' ') + attribution;
            m_banner->showMessage(MessageBanner::Kind::Success, text);
            emit onlineActionDone(true);
        });
}

bool ProspectDialog::confirmNotDuplicate(const QVariantMap &values)
{
    if (m_mode != Mode::Create) {
        // An edit is checked only when it changes what identifies the company.
        auto digits = [](const QVariant &v) { return validation::normalizeDigits(v.toString()); };
        const bool identityChanged = digits(values.value(QStringLiteral("siren"))) != digits(m_original.value(QStringLiteral("siren")))
                                     || digits(values.value(QStringLiteral("siret"))) != digits(m_original.value(QStringLiteral("siret")));
        if (!identityChanged)
            return true;
    }
    const QList<DuplicateCandidate> candidates = findDuplicates(m_context.replica->database(), values, m_id);
    if (candidates.isEmpty())
        return true;
    DuplicateDialog warning(candidates, m_mode == Mode::Create, this);
    warning.exec();
    switch (warning.choice()) {
    case DuplicateDialog::SaveAnyway:
        return true;
    case DuplicateDialog::OpenExisting:
        m_openInstead = warning.selectedId();
        QDialog::reject();
        return false;
    case DuplicateDialog::Cancel:
        break;
    }
    return false;
}

void ProspectDialog::accept()
{
    m_banner->clear();
    const bool creating = m_mode == Mode::Create;
    if (auto valid = m_form->check(creating); !valid) {
        m_banner->showMessage(MessageBanner::Kind::Error, valid.error().message);
        return;
    }
    QVariantMap v = m_form->values();
    if (m_mode == Mode::Qualify) {
        const QStringList missing = missingForQualification(v);
        if (!missing.isEmpty()) {
            m_banner->showMessage(MessageBanner::Kind::Error,
                                  tr("Impossible de qualifier ce prospect : il manque %1.").arg(missing.join(QStringLiteral(", "))));
            return;
        }
        v.insert(QStringLiteral("status"), QStringLiteral("qualifie"));
        v.insert(QStringLiteral("qualified_at"), prospects::nowTimestamp());
        v.insert(QStringLiteral("qualified_by"), m_context.user.id);
    }
    if (!confirmNotDuplicate(v))
        return;
    if (creating) {
        auto created = m_context.replica->createRow(QStringLiteral("prospects"), v);
        if (!created) {
            m_banner->showMessage(MessageBanner::Kind::Error, created.error().message);
            return;
        }
        m_id = *created;
    } else {
        auto updated = m_context.replica->updateRow(QStringLiteral("prospects"), m_id, v);
        if (!updated) {
            m_banner->showMessage(MessageBanner::Kind::Error, updated.error().message);
            return;
        }
    }
    // A qualified prospect is enriched by the server (issue #7) when the client is online; the
    // result comes back through the sync. Offline, or without a provider, the nightly enrichment
    // picks it up later: nothing to tell the user, the qualification itself is recorded.
    if (m_mode == Mode::Qualify && m_context.session && m_context.session->isSignedIn()
        && !(m_context.monitor && m_context.monitor->status() == sync::ConnectionMonitor::Status::Offline)) {
        const QString id = m_id;
        m_context.session->authorizedRequest(sync::ApiClient::Method::Post,
                                             QStringLiteral("/api/crm/prospects/%1/enrich").arg(id), {},
                                             m_context.session, [id](Result<QJsonObject> r) {
                                                 if (r)
                                                     qCInfo(lcUi) << "enrichment requested for qualified prospect" << id;
                                                 else
                                                     qCInfo(lcUi) << "enrichment of qualified prospect" << id
                                                                  << "not requested:" << r.error().code;
                                             });
    }
    QDialog::accept();
}

} // namespace hector::ui
