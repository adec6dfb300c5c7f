#include "ui/prospects/ProspectDialog.h"

#include "core/Validation.h"
#include "sync/replica/LocalReplica.h"
#include "ui/FormSupport.h"
#include "ui/MessageBanner.h"
#include "ui/prospects/DuplicateCheck.h"
#include "ui/prospects/ProspectForm.h"
#include "ui/prospects/ProspectTimeline.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

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
                              || !m_original.value(QStringLiteral("enriched_at")).toString().isEmpty();
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
    // Where the record's information comes from. Issue #7 (enrichment) will add one row per field
    // it filled, with its source; until then, the record-level facts the replica holds.
    auto *tree = new QTreeWidget(m_tabs);
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
    add(tr("Source de l'enrichissement"), m_original.value(QStringLiteral("enrichment_source")).toString());
    add(tr("Enrichie le"), prospects::formatTimestamp(m_original.value(QStringLiteral("enriched_at")).toString()));
    const QString qualifiedAt = m_original.value(QStringLiteral("qualified_at")).toString();
    if (!qualifiedAt.isEmpty()) {
        add(tr("Qualifiée le"), prospects::formatTimestamp(qualifiedAt));
        add(tr("Qualifiée par"),
            prospects::userName(m_context.replica->database(), m_original.value(QStringLiteral("qualified_by")).toString()));
    }
    tree->resizeColumnToContents(0);
    return tree;
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
    // Mode::Qualify — issue #7 (enrichment, not written yet): the qualified prospect is to be
    // enriched here (request to the server's enrichment job), once the qualification is recorded.
    QDialog::accept();
}

} // namespace hector::ui
