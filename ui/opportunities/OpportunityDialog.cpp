#include "ui/opportunities/OpportunityDialog.h"

#include "ui/MessageBanner.h"
#include "ui/crm/ProspectPicker.h"
#include "ui/opportunities/OpportunityFeed.h"
#include "ui/opportunities/OpportunitySupport.h"
#include "ui/opportunities/ScoringPanel.h"
#include "ui/prospects/ProspectSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScreen>
#include <QSpinBox>
#include <QTabWidget>

namespace hector::ui {

namespace {
// A money field: the amount and its unit after it.
QHBoxLayout *moneyRow(QLineEdit *edit, const QString &unit, QWidget *parent)
{
    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    edit->setMaximumWidth(160);
    edit->setAlignment(Qt::AlignRight);
    row->addWidget(edit);
    row->addWidget(new QLabel(unit, parent));
    row->addStretch(1);
    return row;
}

QString moneyText(const QVariant &euros)
{
    return euros.isNull() || !euros.isValid() ? QString() : QLocale().toString(euros.toLongLong());
}
} // namespace

OpportunityDialog::OpportunityDialog(sync::LocalReplica *replica, const UserDto &me, const QString &id, QWidget *parent,
                                     Clock clock)
    : CrmRecordDialog(replica, me, opportunities::kTable, id, parent)
    , m_clock(std::move(clock))
    , m_tabs(new QTabWidget(this))
{
    m_tabs->setObjectName(QStringLiteral("opportunityTabs"));
    m_tabs->setDocumentMode(true);
    QFormLayout *form = beginForm(id.isEmpty() ? tr("Nouvelle opportunité") : tr("Opportunité"),
                                  id.isEmpty() ? tr("Nouvelle opportunité") : tr("Opportunité"), 760);
    addTitleRow(form, tr("&Intitulé *"), QStringLiteral("opportunityTitle"),
                tr("ex. Télésurveillance et alarme intrusion du siège"));
    addProspectRow(form, tr("&Prospect"));
    addOwnerRow(form, tr("&Responsable"), QStringLiteral("opportunityOwner"));

    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("opportunityStage"));
    for (const QString &stage : opportunities::allStages())
        m_stage->addItem(opportunities::stageLabel(stage), stage);
    form->addRow(tr("É&tape"), m_stage);

    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("opportunityAmount"));
    m_amount->setPlaceholderText(tr("ex. 12 500"));
    m_amount->setAccessibleName(tr("Montant de l'installation en euros"));
    form->addRow(buddyLabel(tr("&Montant (installation)"), m_amount, this), moneyRow(m_amount, tr("€"), this));
    m_monthly = new QLineEdit(this);
    m_monthly->setObjectName(QStringLiteral("opportunityMonthly"));
    m_monthly->setPlaceholderText(tr("ex. 89"));
    m_monthly->setAccessibleName(tr("Abonnement mensuel en euros"));
    form->addRow(buddyLabel(tr("A&bonnement mensuel"), m_monthly, this), moneyRow(m_monthly, tr("€/mois"), this));

    m_probability = new QSpinBox(this);
    m_probability->setObjectName(QStringLiteral("opportunityProbability"));
    m_probability->setRange(0, 100);
    m_probability->setSuffix(tr(" %"));
    m_probability->setMaximumWidth(100);
    m_probability->setToolTip(tr("Suit l'étape tant que vous ne la modifiez pas."));
    form->addRow(tr("Pro&babilité"), m_probability);

    auto *close = new QHBoxLayout;
    close->setSpacing(8);
    m_hasClose = new QCheckBox(this);
    m_hasClose->setObjectName(QStringLiteral("opportunityHasClose"));
    m_hasClose->setAccessibleName(tr("Avec une date de signature prévue"));
    m_closeDate = new QDateEdit(this);
    m_closeDate->setObjectName(QStringLiteral("opportunityCloseDate"));
    m_closeDate->setCalendarPopup(true);
    m_closeDate->setDisplayFormat(QStringLiteral("dddd d MMMM yyyy"));
    m_closeDate->setMinimumWidth(210);
    close->addWidget(m_hasClose);
    close->addWidget(m_closeDate);
    close->addStretch(1);
    form->addRow(buddyLabel(tr("&Signature prévue"), m_hasClose, this), close);
    connect(m_hasClose, &QCheckBox::toggled, m_closeDate, &QWidget::setEnabled);

    m_shared = new QSpinBox(this);
    m_shared->setObjectName(QStringLiteral("opportunityShared"));
    m_shared->setRange(-1, 999);
    m_shared->setSpecialValueText(tr("Inconnu"));
    m_shared->setMaximumWidth(100);
    m_shared->setToolTip(tr("Relations professionnelles communes avec le décideur (facteur « Réseau » du score)."));
    form->addRow(tr("Relations &communes"), m_shared);

    m_lostReason = new QLineEdit(this);
    m_lostReason->setObjectName(QStringLiteral("opportunityLostReason"));
    m_lostReason->setPlaceholderText(tr("ex. Prix trop élevé, concurrent retenu, projet abandonné…"));
    m_lostLabel = buddyLabel(tr("Raison de la &perte *"), m_lostReason, this);
    form->addRow(m_lostLabel, m_lostReason);

    endForm(form, tr("&Enregistrer"), tr("Annuler"), tr("Supprimer…"), m_tabs, tr("&Vue d'ensemble"));
    if (!id.isEmpty()) {
        m_activitiesTab = new OpportunityActivitiesTab(replica, me, id, m_clock, m_tabs);
        m_tabs->addTab(m_activitiesTab, tr("&Activités"));
        m_notesTab = new OpportunityNotesTab(replica, me, id, m_tabs);
        m_tabs->addTab(m_notesTab, tr("N&otes"));
        m_scoring = new ScoringPanel(replica, id, m_tabs);
        m_tabs->addTab(m_scoring, tr("Sco&ring"));
    }
    m_tabs->setTabBarAutoHide(true);

    connect(m_prospect, &ProspectPicker::prospectChanged, this, &OpportunityDialog::refillOwners);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &OpportunityDialog::onStageChanged);
    connect(m_probability, &QSpinBox::editingFinished, this, [this] { m_probabilityEdited = true; });
    connect(m_amount, &QLineEdit::textEdited, m_banner, &MessageBanner::clear);
    connect(m_monthly, &QLineEdit::textEdited, m_banner, &MessageBanner::clear);

    // A new opportunity: « Prospection », mine, no date, connections unknown.
    m_hasClose->setChecked(false);
    m_closeDate->setEnabled(false);
    m_closeDate->setDate(m_clock().date().addMonths(2));
    m_shared->setValue(-1);
    m_probability->setValue(opportunities::defaultProbability(QStringLiteral("prospection")));
    load();
    onStageChanged();
    m_title->setFocus();

    QSize size(820, 700);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() - QSize(40, 60));
    resize(id.isEmpty() ? QSize(size.width(), 560) : size);
}

void OpportunityDialog::setStage(const QString &stage)
{
    m_stage->setCurrentIndex(qMax(0, m_stage->findData(stage)));
}

void OpportunityDialog::load()
{
    if (!loadOriginal(tr("Cette opportunité n'existe plus (supprimée ou synchronisée entre-temps).")))
        return;
    setWindowTitle(tr("Opportunité — %1").arg(m_original.value(QStringLiteral("title")).toString()));
    m_prospect->setProspectId(m_original.value(QStringLiteral("prospect_id")).toString());
    const QString stage = m_original.value(QStringLiteral("stage")).toString();
    {
        const QSignalBlocker block(m_stage);
        setStage(stage);
    }
    m_amount->setText(moneyText(m_original.value(QStringLiteral("amount_eur"))));
    m_monthly->setText(moneyText(m_original.value(QStringLiteral("monthly_eur"))));
    const QVariant probability = m_original.value(QStringLiteral("probability"));
    m_probability->setValue(probability.isNull() ? opportunities::defaultProbability(stage) : probability.toInt());
    // A probability set by hand no longer follows the stage.
    m_probabilityEdited = !probability.isNull() && probability.toInt() != opportunities::defaultProbability(stage);
    const QDateTime close = parseTimestamp(m_original.value(QStringLiteral("expected_close_at")));
    m_hasClose->setChecked(close.isValid());
    m_closeDate->setEnabled(close.isValid());
    if (close.isValid())
        m_closeDate->setDate(close.date());
    const QVariant shared = m_original.value(QStringLiteral("shared_connections"));
    m_shared->setValue(shared.isNull() ? -1 : shared.toInt());
    m_lostReason->setText(m_original.value(QStringLiteral("lost_reason")).toString());
    selectOriginalOwner();
}

void OpportunityDialog::onStageChanged()
{
    const QString stage = m_stage->currentData().toString();
    const bool lost = stage == QLatin1String("perdu");
    m_lostLabel->setVisible(lost);
    m_lostReason->setVisible(lost);
    if (!m_probabilityEdited)
        m_probability->setValue(opportunities::defaultProbability(stage));
    m_banner->clear();
}

QVariantMap OpportunityDialog::values() const
{
    QVariantMap v = commonValues();
    const QString stage = m_stage->currentData().toString();
    v.insert(QStringLiteral("stage"), stage);
    v.insert(QStringLiteral("amount_eur"), opportunities::parseEuros(m_amount->text()).value_or(QVariant()));
    v.insert(QStringLiteral("monthly_eur"), opportunities::parseEuros(m_monthly->text()).value_or(QVariant()));
    v.insert(QStringLiteral("probability"), m_probability->value());
    // Noon, local time: the same day wherever it is read.
    v.insert(QStringLiteral("expected_close_at"),
             m_hasClose->isChecked() ? QVariant(toTimestamp(QDateTime(m_closeDate->date(), QTime(12, 0)))) : QVariant());
    v.insert(QStringLiteral("shared_connections"), m_shared->value() < 0 ? QVariant() : QVariant(m_shared->value()));
    const QString reason = m_lostReason->text().trimmed();
    if (m_id.isEmpty() || stage != m_original.value(QStringLiteral("stage")).toString()) {
        const QVariantMap change = opportunities::stageChangeValues(m_original, stage, reason, m_clock());
        for (auto it = change.begin(); it != change.end(); ++it)
            v.insert(it.key(), it.value());
    } else {
        v.insert(QStringLiteral("lost_reason"), stage == QLatin1String("perdu") ? QVariant(reason) : QVariant());
    }
    return v;
}

void OpportunityDialog::accept()
{
    m_banner->clear();
    for (QLineEdit *edit : {m_amount, m_monthly}) {
        if (!opportunities::parseEuros(edit->text())) {
            m_banner->showMessage(MessageBanner::Kind::Error,
                                  tr("« %1 » n'est pas un montant : saisissez un nombre entier d'euros (ex. 12 500).")
                                      .arg(edit->text()));
            m_tabs->setCurrentIndex(0);
            edit->setFocus();
            return;
        }
    }
    if (m_stage->currentData().toString() == QLatin1String("perdu") && m_lostReason->text().trimmed().isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("Indiquez la raison de la perte (prix, concurrent, projet abandonné…)."));
        m_tabs->setCurrentIndex(0);
        m_lostReason->setFocus();
        return;
    }
    CrmRecordDialog::accept();
}

QString OpportunityDialog::unresolvedProspectText() const
{
    return tr("Choisissez le prospect dans la liste proposée (tapez quelques lettres de sa raison "
              "sociale ou de sa ville), ou videz le champ.");
}

} // namespace hector::ui
