#include "ui/prospects/ProspectDialog.h"

#include "core/sync/RowValidation.h"
#include "sync/replica/LocalReplica.h"
#include "ui/FormSupport.h"
#include "ui/MessageBanner.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hector::ui {

namespace {
struct FieldDef
{
    const char *column;
    const char *label;
};

QString fieldLabel(const QString &column)
{
    static const QHash<QString, QString> labels{
        {QStringLiteral("company_name"), QCoreApplication::translate("hector::ui::ProspectDialog", "Raison sociale")},
        {QStringLiteral("siren"), QCoreApplication::translate("hector::ui::ProspectDialog", "SIREN")},
        {QStringLiteral("siret"), QCoreApplication::translate("hector::ui::ProspectDialog", "SIRET")},
        {QStringLiteral("city"), QCoreApplication::translate("hector::ui::ProspectDialog", "Ville")},
        {QStringLiteral("postcode"), QCoreApplication::translate("hector::ui::ProspectDialog", "Code postal")},
        {QStringLiteral("address"), QCoreApplication::translate("hector::ui::ProspectDialog", "Adresse")},
        {QStringLiteral("phone"), QCoreApplication::translate("hector::ui::ProspectDialog", "Téléphone")},
        {QStringLiteral("email"), QCoreApplication::translate("hector::ui::ProspectDialog", "E-mail")},
        {QStringLiteral("status"), QCoreApplication::translate("hector::ui::ProspectDialog", "Statut")},
        {QStringLiteral("owner_id"), QCoreApplication::translate("hector::ui::ProspectDialog", "Responsable")},
        {QStringLiteral("contact_name"), QCoreApplication::translate("hector::ui::ProspectDialog", "Décideur")},
        {QStringLiteral("contact_title"), QCoreApplication::translate("hector::ui::ProspectDialog", "Fonction")},
        {QStringLiteral("website"), QCoreApplication::translate("hector::ui::ProspectDialog", "Site web")},
    };
    return labels.value(column, column);
}
} // namespace

ProspectDialog::ProspectDialog(sync::LocalReplica *replica, const QString &id, QWidget *parent)
    : QDialog(parent)
    , m_replica(replica)
    , m_id(id)
{
    setWindowTitle(id.isEmpty() ? tr("Nouveau prospect") : tr("Prospect"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs);

    auto *info = new QWidget(m_tabs);
    auto *form = new QFormLayout(info);
    auto addEdit = [this, form, info](const char *column, const QString &label, const QString &placeholder = {}) {
        auto *edit = new QLineEdit(info);
        edit->setObjectName(QStringLiteral("field_") + QLatin1String(column));
        edit->setPlaceholderText(placeholder);
        form->addRow(label, edit);
        m_edits.insert(QString::fromLatin1(column), edit);
        return edit;
    };
    addEdit("company_name", tr("&Raison sociale *"));
    addEdit("siren", tr("&SIREN"), tr("9 chiffres"));
    addEdit("siret", tr("SIRE&T"), tr("14 chiffres"));
    addEdit("legal_form", tr("Forme juridique"), tr("SAS, SARL…"));
    addEdit("naf_code", tr("Code NAF"), tr("ex. 47.11F"));
    addEdit("address", tr("&Adresse"));
    addEdit("postcode", tr("Code &postal"));
    addEdit("city", tr("&Ville"));
    m_country = new QComboBox(info);
    m_country->addItem(tr("France"), QStringLiteral("FR"));
    m_country->addItem(tr("Luxembourg"), QStringLiteral("LU"));
    m_country->addItem(tr("Belgique"), QStringLiteral("BE"));
    form->addRow(tr("Pa&ys"), m_country);
    m_entity = new QComboBox(info);
    form->addRow(tr("&Entité *"), m_entity);
    addEdit("phone", tr("&Téléphone"), tr("+33 1 23 45 67 89"));
    addEdit("email", tr("E-&mail"));
    addEdit("website", tr("Site &web"));
    addEdit("contact_name", tr("&Décideur"));
    addEdit("contact_title", tr("&Fonction du décideur"));
    m_status = new QComboBox(info);
    for (const auto &s : sync::prospectStatuses())
        m_status->addItem(s.second, s.first);
    form->addRow(tr("St&atut"), m_status);
    m_owner = new QComboBox(info);
    form->addRow(tr("Res&ponsable"), m_owner);
    m_tabs->addTab(info, tr("&Informations"));

    m_history = new QTreeWidget(m_tabs);
    // One entry per event: date, field and kind on the first line, the detail spanned below.
    m_history->setColumnCount(3);
    m_history->setHeaderLabels({tr("Date"), tr("Champ"), tr("Événement")});
    m_history->setRootIsDecorated(false);
    m_history->setWordWrap(true);
    m_history->setUniformRowHeights(false);
    m_history->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tabs->addTab(m_history, tr("&Historique"));
    m_tabs->setTabEnabled(1, !id.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Enregistrer"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProspectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProspectDialog::reject);
    layout->addWidget(buttons);

    // Entities and owners come from the replica.
    QSqlQuery q(m_replica->database());
    q.exec(QStringLiteral("SELECT id, name FROM entities ORDER BY level, name"));
    while (q.next())
        m_entity->addItem(q.value(1).toString(), q.value(0));
    m_owner->addItem(tr("— Aucun —"), QVariant());
    q.exec(QStringLiteral("SELECT id, trim(first_name || ' ' || last_name), email FROM users WHERE active = 1 "
                          "ORDER BY last_name, first_name"));
    while (q.next())
        m_owner->addItem(q.value(1).toString().isEmpty() ? q.value(2).toString() : q.value(1).toString(),
                         q.value(0));
    load();
    m_edits.value(QStringLiteral("company_name"))->setFocus();
}

void ProspectDialog::load()
{
    if (m_id.isEmpty())
        return;
    m_original = m_replica->row(QStringLiteral("prospects"), m_id);
    for (auto it = m_edits.begin(); it != m_edits.end(); ++it)
        it.value()->setText(m_original.value(it.key()).toString());
    auto select = [](QComboBox *box, const QVariant &v) {
        const int i = box->findData(v.toString().isEmpty() ? QVariant() : v);
        if (i >= 0)
            box->setCurrentIndex(i);
    };
    select(m_country, m_original.value(QStringLiteral("country_code")));
    select(m_entity, m_original.value(QStringLiteral("entity_id")));
    select(m_status, m_original.value(QStringLiteral("status")));
    select(m_owner, m_original.value(QStringLiteral("owner_id")));
    loadHistory();
}

void ProspectDialog::loadHistory()
{
    m_history->clear();
    auto userName = [this](const QString &id) {
        QSqlQuery q(m_replica->database());
        q.prepare(QStringLiteral("SELECT trim(first_name || ' ' || last_name) FROM users WHERE id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : tr("un autre utilisateur");
    };
    auto when = [](const QString &iso) {
        return QLocale().toString(QDateTime::fromString(iso, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat);
    };
    QSqlQuery q(m_replica->database());
    q.prepare(QStringLiteral("SELECT created_at, field, kind, kept_value, lost_value, kept_user_id, lost_user_id "
                             "FROM record_history WHERE table_name = 'prospects' AND row_id = ? ORDER BY created_at DESC"));
    q.addBindValue(m_id);
    if (q.exec()) {
        while (q.next()) {
            const QString detail = tr("Valeur conservée : « %1 » (%2)\nValeur écartée : « %3 » (%4)")
                                       .arg(q.value(3).toString(), userName(q.value(5).toString()),
                                            q.value(4).toString(), userName(q.value(6).toString()));
            addHistoryEntry(when(q.value(0).toString()), fieldLabel(q.value(1).toString()),
                            tr("Conflit de synchronisation"), detail);
        }
    }
    const auto local = m_replica->localHistory(QStringLiteral("prospects"), m_id);
    for (const QVariantMap &h : local) {
        const QString kind = h.value(QStringLiteral("kind")).toString() == QLatin1String("rejected")
                                 ? tr("Modification refusée par le serveur")
                                 : tr("Modification locale abandonnée");
        addHistoryEntry(when(h.value(QStringLiteral("created_at")).toString()),
                        fieldLabel(h.value(QStringLiteral("field")).toString()), kind,
                        h.value(QStringLiteral("message")).toString());
    }
    if (m_history->topLevelItemCount() == 0) {
        auto *item = new QTreeWidgetItem({QString(), QString(), tr("Aucun conflit ni refus pour ce prospect.")});
        item->setFlags(Qt::NoItemFlags);
        m_history->addTopLevelItem(item);
    }
    for (int c = 0; c < 2; ++c)
        m_history->resizeColumnToContents(c);
}

void ProspectDialog::addHistoryEntry(const QString &date, const QString &field, const QString &kind,
                                     const QString &detail)
{
    auto *item = new QTreeWidgetItem({date, field, kind});
    QFont bold = item->font(2);
    bold.setBold(true);
    item->setFont(2, bold);
    m_history->addTopLevelItem(item);
    if (!detail.isEmpty()) {
        auto *line = new QTreeWidgetItem(item, {detail});
        line->setFirstColumnSpanned(true);
        line->setFlags(Qt::ItemIsEnabled);
        item->setExpanded(true);
    }
}

QVariantMap ProspectDialog::values() const
{
    QVariantMap v;
    for (auto it = m_edits.begin(); it != m_edits.end(); ++it)
        v.insert(it.key(), it.value()->text().trimmed());
    v.insert(QStringLiteral("country_code"), m_country->currentData());
    v.insert(QStringLiteral("entity_id"), m_entity->currentData());
    v.insert(QStringLiteral("status"), m_status->currentData());
    v.insert(QStringLiteral("owner_id"), m_owner->currentData());
    return v;
}

void ProspectDialog::accept()
{
    m_banner->clear();
    QVariantMap v = values();
    if (m_id.isEmpty()) {
        v.insert(QStringLiteral("source"), QStringLiteral("terrain"));
        auto created = m_replica->createRow(QStringLiteral("prospects"), v);
        if (!created) {
            m_banner->showMessage(MessageBanner::Kind::Error, created.error().message);
            return;
        }
        m_id = *created;
    } else {
        auto updated = m_replica->updateRow(QStringLiteral("prospects"), m_id, v);
        if (!updated) {
            m_banner->showMessage(MessageBanner::Kind::Error, updated.error().message);
            return;
        }
    }
    QDialog::accept();
}

} // namespace hector::ui
