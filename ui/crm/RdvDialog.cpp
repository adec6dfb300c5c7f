#include "ui/crm/RdvDialog.h"

#include "core/crm/CrmRules.h"
#include "ui/FormSupport.h"
#include "ui/crm/CrmSupport.h"
#include "ui/crm/ProspectPicker.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimeEdit>

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
    : CrmRecordDialog(replica, me, kTable, id, parent)
{
    QFormLayout *form = beginForm(id.isEmpty() ? tr("Nouveau rendez-vous") : tr("Rendez-vous"),
                                  id.isEmpty() ? tr("Nouveau rendez-vous") : tr("Modifier le rendez-vous"), 600);
    addTitleRow(form, tr("&Objet *"), QStringLiteral("rdvTitle"),
                tr("ex. Présentation de l'offre de télésurveillance"));
    addProspectRow(form, tr("&Prospect"));

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
    setMutedText(m_end);
    length->addWidget(m_duration);
    length->addWidget(m_end, 1);
    form->addRow(buddyLabel(tr("D&urée"), m_duration, this), length);

    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("rdvLocation"));
    m_location->setPlaceholderText(tr("Adresse du rendez-vous (par défaut : celle du prospect)"));
    form->addRow(tr("&Lieu"), m_location);

    addOwnerRow(form, tr("&Responsable"), QStringLiteral("rdvOwner"));

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

    addNotesRow(form, tr("&Notes"), QStringLiteral("rdvNotes"),
                tr("Contexte, personnes présentes, documents à apporter…"));
    endForm(form, tr("&Enregistrer"), tr("Annuler"), tr("Supprimer…"));

    connect(m_prospect, &ProspectPicker::prospectChanged, this, &RdvDialog::onProspectChanged);
    connect(m_date, &QDateEdit::dateChanged, this, &RdvDialog::updateEnd);
    connect(m_time, &QTimeEdit::timeChanged, this, &RdvDialog::updateEnd);
    connect(m_duration, &QComboBox::currentIndexChanged, this, &RdvDialog::updateEnd);

    // A new appointment: the next round hour, one hour, owned by me.
    const QDateTime now = QDateTime::currentDateTime();
    setStart(QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600));
    selectDuration(60);
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
    if (!loadOriginal(tr("Ce rendez-vous n'existe plus (supprimé ou synchronisé entre-temps).")))
        return;
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
    selectOriginalOwner();
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
    refillOwners();
}

QVariantMap RdvDialog::values() const
{
    const QDateTime start = startTime();
    const QDateTime end = start.addSecs(qint64(m_duration->currentData().toInt()) * 60);
    QVariantMap v = commonValues();
    v.insert(QStringLiteral("starts_at"), toTimestamp(start));
    v.insert(QStringLiteral("ends_at"), toTimestamp(end));
    v.insert(QStringLiteral("location"), m_location->text().trimmed());
    v.insert(QStringLiteral("status"), m_status->currentData().toString());
    v.insert(QStringLiteral("reminder_minutes"), m_reminder->currentData());
    return v;
}

QString RdvDialog::unresolvedProspectText() const
{
    return tr("Choisissez le prospect dans la liste proposée (tapez quelques lettres de sa raison "
              "sociale ou de sa ville), ou videz le champ.");
}

} // namespace hector::ui
