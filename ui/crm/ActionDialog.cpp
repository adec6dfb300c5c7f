#include "ui/crm/ActionDialog.h"

#include "core/crm/CrmRules.h"
#include "core/sync/RowValidation.h"
#include "sync/replica/LocalReplica.h"
#include "ui/FormSupport.h"
#include "ui/MessageBanner.h"
#include "ui/crm/CrmSupport.h"
#include "ui/crm/ProspectPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace hector::ui {

namespace {
const QString kTable = QStringLiteral("actions");
}

ActionDialog::ActionDialog(sync::LocalReplica *replica, const UserDto &me, const QString &id, QWidget *parent)
    : QDialog(parent)
    , m_replica(replica)
    , m_me(me)
    , m_id(id)
{
    setWindowTitle(id.isEmpty() ? tr("Nouvelle action") : tr("Action"));
    setMinimumWidth(580);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 14);
    layout->setSpacing(10);
    layout->addWidget(makeDialogTitle(id.isEmpty() ? tr("Nouvelle action") : tr("Modifier l'action"), this));
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(9);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("actionType"));
    for (const auto &t : crm::actionTypes())
        m_type->addItem(actionTypeIcon(t.first), t.second, t.first);
    form->addRow(tr("&Type"), m_type);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("actionTitle"));
    m_title->setPlaceholderText(tr("ex. Rappeler pour le devis vidéosurveillance"));
    form->addRow(tr("&Intitulé *"), m_title);

    m_prospect = new ProspectPicker(replica, this);
    form->addRow(tr("&Prospect"), m_prospect);

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

    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("actionOwner"));
    form->addRow(tr("&Responsable"), m_owner);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("actionNotes"));
    m_notes->setPlaceholderText(tr("Détails, interlocuteur, résultat…"));
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
    connect(buttons, &QDialogButtonBox::accepted, this, &ActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActionDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, [this] { done(DeleteRequested); });
    layout->addWidget(buttons);

    connect(m_title, &QLineEdit::textEdited, m_banner, &MessageBanner::clear);
    connect(m_prospect, &ProspectPicker::prospectChanged, this, [this] {
        if (!seesOnlyOwnRecords(m_me))
            fillOwnerCombo(m_owner, m_replica->database(), m_me, targetEntity(), m_original.value(QStringLiteral("owner_id")).toString());
    });

    // A new action: due tomorrow at 09:00, mine, « À faire ».
    m_hasDue->setChecked(true);
    setDue(QDateTime(QDate::currentDate().addDays(1), QTime(9, 0)));
    fillOwnerCombo(m_owner, m_replica->database(), m_me, m_me.entityId, m_me.id);
    m_owner->setEnabled(!seesOnlyOwnRecords(m_me));
    load();
    m_title->setFocus();
}

void ActionDialog::setProspect(const QString &prospectId)
{
    m_prospect->setProspectId(prospectId);
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
    if (m_id.isEmpty())
        return;
    m_original = m_replica->row(kTable, m_id);
    if (m_original.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("Cette action n'existe plus (supprimée ou synchronisée entre-temps)."));
        return;
    }
    m_type->setCurrentIndex(qMax(0, m_type->findData(m_original.value(QStringLiteral("type")).toString())));
    m_title->setText(m_original.value(QStringLiteral("title")).toString());
    m_prospect->setProspectId(m_original.value(QStringLiteral("prospect_id")).toString());
    setDue(parseTimestamp(m_original.value(QStringLiteral("due_at"))));
    m_status->setCurrentIndex(qMax(0, m_status->findData(m_original.value(QStringLiteral("status")).toString())));
    fillOwnerCombo(m_owner, m_replica->database(), m_me, m_original.value(QStringLiteral("entity_id")).toString(),
                   m_original.value(QStringLiteral("owner_id")).toString());
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(m_original.value(QStringLiteral("owner_id")).toString())));
    m_notes->setPlainText(m_original.value(QStringLiteral("notes")).toString());
}

QString ActionDialog::targetEntity() const
{
    const QString prospectEntity = m_prospect->prospect().entityId;
    if (!prospectEntity.isEmpty())
        return prospectEntity;
    const QString current = m_original.value(QStringLiteral("entity_id")).toString();
    return current.isEmpty() ? m_me.entityId : current;
}

QVariantMap ActionDialog::values() const
{
    QVariantMap v;
    v.insert(QStringLiteral("type"), m_type->currentData().toString());
    v.insert(QStringLiteral("title"), m_title->text().trimmed());
    v.insert(QStringLiteral("prospect_id"), m_prospect->prospectId().isEmpty() ? QVariant() : QVariant(m_prospect->prospectId()));
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
    v.insert(QStringLiteral("owner_id"), m_owner->currentData().toString());
    v.insert(QStringLiteral("notes"), m_notes->toPlainText().trimmed());
    v.insert(QStringLiteral("entity_id"), targetEntity());
    return v;
}

void ActionDialog::accept()
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
