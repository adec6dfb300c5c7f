#include "ui/crm/CrmRecordDialog.h"

#include "core/sync/RowValidation.h"
#include "sync/replica/LocalReplica.h"
#include "ui/FormSupport.h"
#include "ui/MessageBanner.h"
#include "ui/crm/CrmSupport.h"
#include "ui/crm/ProspectPicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hector::ui {

CrmRecordDialog::CrmRecordDialog(sync::LocalReplica *replica, const UserDto &me, const QString &table,
                                 const QString &id, QWidget *parent)
    : QDialog(parent)
    , m_replica(replica)
    , m_me(me)
    , m_table(table)
    , m_id(id)
{
}

QFormLayout *CrmRecordDialog::beginForm(const QString &windowTitle, const QString &heading, int minimumWidth)
{
    setWindowTitle(windowTitle);
    setMinimumWidth(minimumWidth);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(20, 16, 20, 14);
    m_layout->setSpacing(10);
    m_layout->addWidget(makeDialogTitle(heading, this));
    m_banner = new MessageBanner(this);
    m_layout->addWidget(m_banner);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(9);
    return form;
}

void CrmRecordDialog::addTitleRow(QFormLayout *form, const QString &label, const QString &objectName,
                                  const QString &placeholder)
{
    m_title = new QLineEdit(this);
    m_title->setObjectName(objectName);
    m_title->setPlaceholderText(placeholder);
    form->addRow(label, m_title);
}

void CrmRecordDialog::addProspectRow(QFormLayout *form, const QString &label)
{
    m_prospect = new ProspectPicker(m_replica, this);
    form->addRow(label, m_prospect);
}

void CrmRecordDialog::addOwnerRow(QFormLayout *form, const QString &label, const QString &objectName)
{
    m_owner = new QComboBox(this);
    m_owner->setObjectName(objectName);
    form->addRow(label, m_owner);
    fillOwnerCombo(m_owner, m_replica->database(), m_me, m_me.entityId, m_me.id);
    m_owner->setEnabled(!seesOnlyOwnRecords(m_me));
}

void CrmRecordDialog::addNotesRow(QFormLayout *form, const QString &label, const QString &objectName,
                                  const QString &placeholder)
{
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(objectName);
    m_notes->setPlaceholderText(placeholder);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 14);
    form->addRow(label, m_notes);
}

void CrmRecordDialog::endForm(QFormLayout *form, const QString &saveText, const QString &cancelText,
                              const QString &deleteText, QTabWidget *tabs, const QString &formTabTitle)
{
    if (tabs) {
        auto *page = new QWidget(tabs);
        auto *pageLayout = new QVBoxLayout(page);
        pageLayout->setContentsMargins(12, 12, 12, 12);
        pageLayout->addLayout(form);
        pageLayout->addStretch(1);
        tabs->insertTab(0, page, formTabTitle);
        tabs->setCurrentIndex(0);
        m_layout->addWidget(tabs, 1);
    } else {
        m_layout->addLayout(form);
        m_layout->addStretch(1);
    }

    QDialogButtonBox *buttons = makeDialogButtons(this, QDialogButtonBox::Save, saveText, cancelText);
    m_delete = buttons->addButton(deleteText, QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setVisible(!m_id.isEmpty());
    connect(m_delete, &QPushButton::clicked, this, [this] { done(DeleteRequested); });
    m_layout->addWidget(buttons);

    // A refusal shown earlier no longer applies once the form changes.
    connect(m_title, &QLineEdit::textEdited, m_banner, &MessageBanner::clear);
}

void CrmRecordDialog::setProspect(const QString &prospectId)
{
    m_prospect->setProspectId(prospectId);
}

bool CrmRecordDialog::loadOriginal(const QString &goneMessage)
{
    if (m_id.isEmpty())
        return false;
    m_original = m_replica->row(m_table, m_id);
    if (m_original.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Error, goneMessage);
        return false;
    }
    m_title->setText(m_original.value(QStringLiteral("title")).toString());
    if (m_notes)
        m_notes->setPlainText(m_original.value(QStringLiteral("notes")).toString());
    return true;
}

void CrmRecordDialog::selectOriginalOwner()
{
    const QString entityId = m_original.value(QStringLiteral("entity_id")).toString();
    const QString ownerId = m_original.value(QStringLiteral("owner_id")).toString();
    fillOwnerCombo(m_owner, m_replica->database(), m_me, entityId, ownerId);
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(ownerId)));
}

void CrmRecordDialog::refillOwners()
{
    if (seesOnlyOwnRecords(m_me))
        return;
    fillOwnerCombo(m_owner, m_replica->database(), m_me, targetEntity(),
                   m_original.value(QStringLiteral("owner_id")).toString());
}

QString CrmRecordDialog::targetEntity() const
{
    const QString prospectEntity = m_prospect->prospect().entityId;
    if (!prospectEntity.isEmpty())
        return prospectEntity;
    const QString current = m_original.value(QStringLiteral("entity_id")).toString();
    return current.isEmpty() ? m_me.entityId : current;
}

QVariantMap CrmRecordDialog::commonValues() const
{
    QVariantMap v;
    v.insert(QStringLiteral("title"), m_title->text().trimmed());
    const QString prospectId = m_prospect->prospectId();
    v.insert(QStringLiteral("prospect_id"), prospectId.isEmpty() ? QVariant() : QVariant(prospectId));
    v.insert(QStringLiteral("owner_id"), m_owner->currentData().toString());
    if (m_notes)
        v.insert(QStringLiteral("notes"), m_notes->toPlainText().trimmed());
    v.insert(QStringLiteral("entity_id"), targetEntity());
    return v;
}

void CrmRecordDialog::accept()
{
    m_banner->clear();
    if (m_prospect->hasUnresolvedText()) {
        m_banner->showMessage(MessageBanner::Kind::Error, unresolvedProspectText());
        m_prospect->setFocus();
        return;
    }
    const QVariantMap v = values();
    const bool isCreate = m_id.isEmpty();
    QVariantMap whole = isCreate ? QVariantMap() : m_original;
    for (auto it = v.begin(); it != v.end(); ++it)
        whole.insert(it.key(), it.value());
    if (auto valid = sync::validateRow(*sync::syncedTable(m_table), formRowToJson(whole), isCreate); !valid) {
        m_banner->showMessage(MessageBanner::Kind::Error, valid.error().message);
        return;
    }
    if (isCreate) {
        auto created = m_replica->createRow(m_table, v);
        if (!created) {
            m_banner->showMessage(MessageBanner::Kind::Error, created.error().message);
            return;
        }
        m_id = *created;
    } else {
        auto updated = m_replica->updateRow(m_table, m_id, v);
        if (!updated) {
            m_banner->showMessage(MessageBanner::Kind::Error, updated.error().message);
            return;
        }
    }
    QDialog::accept();
}

} // namespace hector::ui
