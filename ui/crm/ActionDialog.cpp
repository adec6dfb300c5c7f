#include "ui/crm/ActionDialog.h"

#include "core/crm/CrmRules.h"
#include "ui/crm/CrmSupport.h"
#include "ui/crm/ProspectPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimeEdit>

namespace hector::ui {

namespace {
const QString kTable = QStringLiteral("actions");
}

ActionDialog::ActionDialog(sync::LocalReplica *replica, const UserDto &me, const QString &id, QWidget *parent)
    : CrmRecordDialog(replica, me, kTable, id, parent)
{
    QFormLayout *form = beginForm(id.isEmpty() ? tr("Nouvelle action") : tr("Action"),
                                  id.isEmpty() ? tr("Nouvelle action") : tr("Modifier l'action"), 580);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("actionType"));
    for (const auto &t : crm::actionTypes())
        m_type->addItem(actionTypeIcon(t.first), t.second, t.first);
    form->addRow(tr("&Type"), m_type);

    addTitleRow(form, tr("&Intitulé *"), QStringLiteral("actionTitle"),
                tr("ex. Rappeler pour le devis vidéosurveillance"));
    addProspectRow(form, tr("&Prospect"));

    auto *due = new QHBoxLayout;
    due->setSpacing(8);
    m_hasDue = new QCheckBox(this);
    m_hasDue->setToolTip(tr("Décochez pour une action sans échéance"));
    m_hasDue->setObjectName(QStringLiteral("actionHasDue"));
    m_hasDue->setAccessibleName(tr("Avec échéance"));
    m_dueDate = new QDateEdit(this);
    m_dueDate->setObjectName(QStringLiteral("actionDueDate"));
    m_dueDate->setCalendarPopup(true);
    m_dueDate->setDisplayFormat(QStringLiteral("dddd d MMMM yyyy"));
    m_dueDate->setMinimumWidth(210);
    m_dueTime = new QTimeEdit(this);
    m_dueTime->setObjectName(QStringLiteral("actionDueTime"));
    m_dueTime->setDisplayFormat(QStringLiteral("HH:mm"));
    m_dueTime->setAccessibleName(tr("Heure d'échéance"));
    due->addWidget(m_hasDue);
    due->addWidget(m_dueDate);
    due->addWidget(new QLabel(tr("à"), this));
    due->addWidget(m_dueTime);
    due->addStretch(1);
    form->addRow(buddyLabel(tr("É&chéance"), m_hasDue, this), due);
    connect(m_hasDue, &QCheckBox::toggled, m_dueDate, &QWidget::setEnabled);
    connect(m_hasDue, &QCheckBox::toggled, m_dueTime, &QWidget::setEnabled);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("actionStatus"));
    for (const auto &s : crm::actionStatuses())
        m_status->addItem(s.second, s.first);
    form->addRow(tr("&Statut"), m_status);

    addOwnerRow(form, tr("&Responsable"), QStringLiteral("actionOwner"));
    addNotesRow(form, tr("&Notes"), QStringLiteral("actionNotes"), tr("Détails, interlocuteur, résultat…"));
    endForm(form, tr("&Enregistrer"), tr("Annuler"), tr("Supprimer…"));

    connect(m_prospect, &ProspectPicker::prospectChanged, this, &ActionDialog::refillOwners);

    // A new action: due tomorrow at 09:00, mine, « À faire ».
    m_hasDue->setChecked(true);
    setDue(QDateTime(QDate::currentDate().addDays(1), QTime(9, 0)));
    load();
    m_title->setFocus();
}

void ActionDialog::setDue(const QDateTime &due)
{
    m_hasDue->setChecked(due.isValid());
    m_dueDate->setEnabled(due.isValid());
    m_dueTime->setEnabled(due.isValid());
    if (due.isValid()) {
        const QDateTime local = due.toLocalTime();
        m_dueDate->setDate(local.date());
        m_dueTime->setTime(local.time());
    }
}

void ActionDialog::load()
{
    if (!loadOriginal(tr("Cette action n'existe plus (supprimée ou synchronisée entre-temps).")))
        return;
    m_type->setCurrentIndex(qMax(0, m_type->findData(m_original.value(QStringLiteral("type")).toString())));
    m_prospect->setProspectId(m_original.value(QStringLiteral("prospect_id")).toString());
    setDue(parseTimestamp(m_original.value(QStringLiteral("due_at"))));
    m_status->setCurrentIndex(qMax(0, m_status->findData(m_original.value(QStringLiteral("status")).toString())));
    selectOriginalOwner();
}

QVariantMap ActionDialog::values() const
{
    QVariantMap v = commonValues();
    v.insert(QStringLiteral("type"), m_type->currentData().toString());
    const QDateTime due(m_dueDate->date(), QTime(m_dueTime->time().hour(), m_dueTime->time().minute()));
    v.insert(QStringLiteral("due_at"), m_hasDue->isChecked() ? QVariant(toTimestamp(due)) : QVariant());
    const QString status = m_status->currentData().toString();
    v.insert(QStringLiteral("status"), status);
    // « Terminé » keeps its completion time; another status has none.
    if (status == QLatin1String("termine")) {
        const QString was = m_original.value(QStringLiteral("completed_at")).toString();
        v.insert(QStringLiteral("completed_at"), was.isEmpty() ? toTimestamp(QDateTime::currentDateTime()) : was);
    } else {
        v.insert(QStringLiteral("completed_at"), QVariant());
    }
    return v;
}

QString ActionDialog::unresolvedProspectText() const
{
    return tr("Choisissez le prospect dans la liste proposée (tapez quelques lettres de sa raison "
              "sociale ou de sa ville), ou videz le champ.");
}

} // namespace hector::ui
