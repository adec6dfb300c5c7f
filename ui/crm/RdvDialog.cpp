#include "ui/crm/RdvDialog.h"

#include "core/crm/CrmRules.h"
#include "core/sync/RowValidation.h"
#include "sync/replica/LocalReplica.h"
#include "ui/FormSupport.h"
#include "ui/MessageBanner.h"
#include "ui/Theme.h"
#include "ui/crm/CrmSupport.h"
#include "ui/crm/ProspectPicker.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace hector::ui {

namespace {
const QString kTable = QStringLiteral("rdvs");

QString durationLabel(int minutes)
{
    if (minutes < 60)
        return QCoreApplication::translate("hector::ui::RdvDialog", "%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return QCoreApplication::translate("hector::ui::RdvDialog", "%1 h").arg(minutes / 60);
    return QCoreApplication::translate("hector::ui::RdvDialog", "%1 h %2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

RdvDialog::RdvDialog(sync::LocalReplica *replica, const UserDto &me, const QString &id, QWidget *parent)
    : QDialog(parent)
    , m_replica(replica)
    , m_me(me)
    , m_id(id)
{
    setWindowTitle(id.isEmpty() ? tr("Nouveau rendez-vous") : tr("Rendez-vous"));
    setMinimumWidth(600);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 14);
    layout->setSpacing(10);
    layout->addWidget(makeDialogTitle(id.isEmpty() ? tr("Nouveau rendez-vous") : tr("Modifier le rendez-vous"), this));
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(9);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("rdvTitle"));
    m_title->setPlaceholderText(tr("ex. Présentation de l'offre de télésurveillance"));
    form->addRow(tr("&Objet *"), m_title);

    m_prospect = new ProspectPicker(replica, this);
    form->addRow(tr("&Prospect"), m_prospect);

    auto *when = new QHBoxLayout;
    when->setSpacing(8);
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("rdvDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dddd d MMMM yyyy"));
    m_date->setMinimumWidth(210);
    m_time = new QTimeEdit(this);
    m_time->setObjectName(QStringLiteral("rdvTime"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setAccessibleName(tr("Heure de début"));
    auto *at = new QLabel(tr("à"), this);
    when->addWidget(m_date);
    when->addWidget(at);
    when->addWidget(m_time);
    when->addStretch(1);
    form->addRow(buddyLabel(tr("&Date *"), m_date, this), when);

    auto *length = new QHBoxLayout;
    length->setSpacing(8);
    m_duration = new QComboBox(this);
    m_duration->setObjectName(QStringLiteral("rdvDuration"));
    for (int minutes : {15, 30, 45, 60, 90, 120, 180, 240})
        m_duration->addItem(durationLabel(minutes), minutes);
    m_duration->addItem(tr("Journée (8 h)"), 480);
    m_end = new QLabel(this);
    m_end->setObjectName(QStringLiteral("rdvEnd"));
    QPalette muted = m_end->palette();
    muted.setColor(QPalette::WindowText, palette::mutedText);
    m_end->setPalette(muted);
    length->addWidget(m_duration);
    length->addWidget(m_end, 1);
    form->addRow(buddyLabel(tr("D&urée"), m_duration, this), length);

    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("rdvLocation"));
    m_location->setPlaceholderText(tr("Adresse du rendez-vous (par défaut : celle du prospect)"));
    form->addRow(tr("&Lieu"), m_location);

    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("rdvOwner"));
    form->addRow(tr("&Responsable"), m_owner);

    auto *state = new QHBoxLayout;
    state->setSpacing(8);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("rdvStatus"));
    for (const auto &s : crm::rdvStatuses())
        m_status->addItem(s.second, s.first);
    m_reminder = new QComboBox(this);
    m_reminder->setObjectName(QStringLiteral("rdvReminder"));
    m_reminder->setAccessibleName(tr("Rappel"));
    m_reminder->addItem(tr("Aucun rappel"), QVariant());
    m_reminder->addItem(tr("15 min avant"), 15);
    m_reminder->addItem(tr("30 min avant"), 30);
    m_reminder->addItem(tr("1 h avant"), 60);
    m_reminder->addItem(tr("1 jour avant"), 1440);
    m_reminder->setCurrentIndex(2);
    auto *reminderLabel = new QLabel(tr("R&appel"), this);
    reminderLabel->setBuddy(m_reminder);
    state->addWidget(m_status);
    state->addSpacing(16);
    state->addWidget(reminderLabel);
    state->addWidget(m_reminder);
    state->addStretch(1);
    form->addRow(buddyLabel(tr("&Statut"), m_status, this), state);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("rdvNotes"));
    m_notes->setPlaceholderText(tr("Contexte, personnes présentes, documents à apporter…"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 14);
    form->addRow(tr("&Notes"), m_notes);
    layout->addLayout(form);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Enregistrer"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    m_delete = buttons->addButton(tr("Supprimer…"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setVisible(!id.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &RdvDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RdvDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, [this] { done(DeleteRequested); });
    layout->addWidget(buttons);

    connect(m_prospect, &ProspectPicker::prospectChanged, this, &RdvDialog::onProspectChanged);
    // A refusal shown earlier no longer applies once the form changes.
    connect(m_title, &QLineEdit::textEdited, m_banner, &MessageBanner::clear);
    connect(m_date, &QDateEdit::dateChanged, this, &RdvDialog::updateEnd);
    connect(m_time, &QTimeEdit::timeChanged, this, &RdvDialog::updateEnd);
    connect(m_duration, &QComboBox::currentIndexChanged, this, &RdvDialog::updateEnd);

    // A new appointment: the next round hour, one hour, owned by me.
    const QDateTime now = QDateTime::currentDateTime();
    setStart(QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600));
    selectDuration(60);
    fillOwnerCombo(m_owner, m_replica->database(), m_me, m_me.entityId, m_me.id);
    m_owner->setEnabled(!seesOnlyOwnRecords(m_me));
    load();
    m_title->setFocus();
}

void RdvDialog::setStart(const QDateTime &start)
{
    const QDateTime local = start.toLocalTime();
    m_date->setDate(local.date());
    m_time->setTime(local.time());
    updateEnd();
}

void RdvDialog::setProspect(const QString &prospectId)
{
    m_prospect->setProspectId(prospectId);
}

void RdvDialog::selectDuration(int minutes)
{
    int index = m_duration->findData(minutes);
    if (index < 0) {
        // An end set elsewhere (another client, the server): keep it as it is.
        int at = 0;
        while (at < m_duration->count() && m_duration->itemData(at).toInt() < minutes)
            ++at;
        m_duration->insertItem(at, durationLabel(minutes), minutes);
        index = at;
    }
    m_duration->setCurrentIndex(index);
}

QDateTime RdvDialog::startTime() const
{
    return QDateTime(m_date->date(), QTime(m_time->time().hour(), m_time->time().minute()));
}

void RdvDialog::updateEnd()
{
    const QDateTime end = startTime().addSecs(qint64(m_duration->currentData().toInt()) * 60);
    const QLocale locale;
    if (end.date() == startTime().date())
        m_end->setText(tr("fin à %1").arg(locale.toString(end.time(), QStringLiteral("HH:mm"))));
    else
        m_end->setText(tr("fin le %1").arg(locale.toString(end, QStringLiteral("ddd d MMM à HH:mm"))));
}

void RdvDialog::load()
{
    if (m_id.isEmpty())
        return;
    m_original = m_replica->row(kTable, m_id);
    if (m_original.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("Ce rendez-vous n'existe plus (supprimé ou synchronisé entre-temps)."));
        return;
    }
    m_title->setText(m_original.value(QStringLiteral("title")).toString());
    const QDateTime start = parseTimestamp(m_original.value(QStringLiteral("starts_at")));
    const QDateTime end = parseTimestamp(m_original.value(QStringLiteral("ends_at")));
    if (start.isValid())
        setStart(start);
    if (start.isValid() && end.isValid() && end > start)
        selectDuration(int(start.secsTo(end) / 60));
    // The saved location is kept as it is, even when the prospect is set below.
    m_location->setText(m_original.value(QStringLiteral("location")).toString());
    m_loading = true;
    m_prospect->setProspectId(m_original.value(QStringLiteral("prospect_id")).toString());
    m_loading = false;
    fillOwnerCombo(m_owner, m_replica->database(), m_me, m_original.value(QStringLiteral("entity_id")).toString(),
                   m_original.value(QStringLiteral("owner_id")).toString());
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(m_original.value(QStringLiteral("owner_id")).toString())));
    m_status->setCurrentIndex(qMax(0, m_status->findData(m_original.value(QStringLiteral("status")).toString())));
    const QVariant reminder = m_original.value(QStringLiteral("reminder_minutes"));
    if (reminder.isNull() || !reminder.isValid()) {
        m_reminder->setCurrentIndex(0);
    } else {
        int index = m_reminder->findData(reminder.toInt());
        if (index < 0) {
            m_reminder->addItem(tr("%1 avant").arg(durationLabel(reminder.toInt())), reminder.toInt());
            index = m_reminder->count() - 1;
        }
        m_reminder->setCurrentIndex(index);
    }
    m_notes->setPlainText(m_original.value(QStringLiteral("notes")).toString());
}

void RdvDialog::onProspectChanged(const QString &prospectId)
{
    if (m_loading)
        return;
    const ProspectMatchModel::Match p = m_prospect->prospect();
    // The location follows the prospect's address until the user writes another one.
    const QString current = m_location->text().trimmed();
    if (!prospectId.isEmpty() && (current.isEmpty() || current == m_autoLocation)) {
        m_autoLocation = ProspectMatchModel::fullAddress(p);
        m_location->setText(m_autoLocation);
    }
    if (!seesOnlyOwnRecords(m_me))
        fillOwnerCombo(m_owner, m_replica->database(), m_me, targetEntity(), m_original.value(QStringLiteral("owner_id")).toString());
}

QString RdvDialog::targetEntity() const
{
    // The prospect's entity, else the appointment's, else mine.
    const QString prospectEntity = m_prospect->prospect().entityId;
    if (!prospectEntity.isEmpty())
        return prospectEntity;
    const QString current = m_original.value(QStringLiteral("entity_id")).toString();
    return current.isEmpty() ? m_me.entityId : current;
}

QVariantMap RdvDialog::values() const
{
    const QDateTime start = startTime();
    const QDateTime end = start.addSecs(qint64(m_duration->currentData().toInt()) * 60);
    QVariantMap v;
    v.insert(QStringLiteral("title"), m_title->text().trimmed());
    v.insert(QStringLiteral("prospect_id"), m_prospect->prospectId().isEmpty() ? QVariant() : QVariant(m_prospect->prospectId()));
    v.insert(QStringLiteral("owner_id"), m_owner->currentData().toString());
    v.insert(QStringLiteral("starts_at"), toTimestamp(start));
    v.insert(QStringLiteral("ends_at"), toTimestamp(end));
    v.insert(QStringLiteral("location"), m_location->text().trimmed());
    v.insert(QStringLiteral("status"), m_status->currentData().toString());
    v.insert(QStringLiteral("reminder_minutes"), m_reminder->currentData());
    v.insert(QStringLiteral("notes"), m_notes->toPlainText().trimmed());
    v.insert(QStringLiteral("entity_id"), targetEntity());
    return v;
}

void RdvDialog::accept()
{
    m_banner->clear();
    if (m_prospect->hasUnresolvedText()) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("Choisissez le prospect dans la liste proposée (tapez quelques lettres de sa raison "
                                 "sociale ou de sa ville), ou videz le champ."));
        m_prospect->setFocus();
        return;
    }
    const QVariantMap v = values();
    const bool isCreate = m_id.isEmpty();
    QVariantMap whole = isCreate ? QVariantMap() : m_original;
    for (auto it = v.begin(); it != v.end(); ++it)
        whole.insert(it.key(), it.value());
    if (auto valid = sync::validateRow(*sync::syncedTable(kTable), formRowToJson(whole), isCreate); !valid) {
        m_banner->showMessage(MessageBanner::Kind::Error, valid.error().message);
        return;
    }
    if (isCreate) {
        auto created = m_replica->createRow(kTable, v);
        if (!created) {
            m_banner->showMessage(MessageBanner::Kind::Error, created.error().message);
            return;
        }
        m_id = *created;
    } else {
        auto updated = m_replica->updateRow(kTable, m_id, v);
        if (!updated) {
            m_banner->showMessage(MessageBanner::Kind::Error, updated.error().message);
            return;
        }
    }
    QDialog::accept();
}

} // namespace hector::ui
