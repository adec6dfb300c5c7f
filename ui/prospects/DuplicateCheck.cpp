#include "ui/prospects/DuplicateCheck.h"

#include "core/Validation.h"
#include "core/crm/CrmRules.h"
#include "core/crm/Postcode.h"
#include "ui/FormSupport.h"
#include "ui/Icons.h"
#include "ui/Theme.h"
#include "ui/prospects/ProspectSupport.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hector::ui {

QList<DuplicateCandidate> findDuplicates(const QSqlDatabase &db, const QVariantMap &values, const QString &excludeId)
{
    const QString siret = validation::normalizeDigits(values.value(QStringLiteral("siret")).toString());
    QString siren = validation::normalizeDigits(values.value(QStringLiteral("siren")).toString());
    if (siren.isEmpty() && siret.size() == 14)
        siren = siret.left(9); // the SIRET names its company
    const QString name = crm::normalizedCompanyName(values.value(QStringLiteral("company_name")).toString());
    const QString postcode = values.value(QStringLiteral("postcode")).toString().trimmed();
    const QString bare = crm::normalizePostcode(postcode);

    QStringList clauses;
    QVariantList params;
    if (!siren.isEmpty()) {
        clauses << QStringLiteral("p.siren = ?");
        params << siren;
    }
    if (!siret.isEmpty()) {
        clauses << QStringLiteral("p.siret = ?");
        params << siret;
    }
    QStringList postcodes;
    if (!name.isEmpty() && !bare.isEmpty()) {
        // "L-1234" and "1234" are the same postcode.
        postcodes = {postcode, bare, QStringLiteral("L-") + bare, QStringLiteral("B-") + bare, QStringLiteral("F-") + bare};
        postcodes.removeDuplicates();
        clauses << QStringLiteral("p.postcode IN (%1)").arg(QStringList(postcodes.size(), QStringLiteral("?")).join(u','));
        for (const QString &pc : std::as_const(postcodes))
            params << pc;
    }
    QList<DuplicateCandidate> out;
    if (clauses.isEmpty())
        return out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.id, p.company_name, p.postcode, p.city, p.siren, p.siret, "
                             "trim(coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '')), p.status "
                             "FROM prospects p LEFT JOIN users u ON u.id = p.owner_id WHERE (%1) AND p.id <> coalesce(?, '') "
                             "ORDER BY p.company_name COLLATE NOCASE")
                  .arg(clauses.join(QStringLiteral(" OR "))));
    for (const QVariant &p : std::as_const(params))
        q.addBindValue(p);
    q.addBindValue(excludeId);
    if (!q.exec())
        return out;
    while (q.next()) {
        DuplicateCandidate c{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                             q.value(6).toString(), q.value(7).toString(), {}};
        if (!siren.isEmpty() && c.siren == siren)
            c.reasons << DuplicateDialog::tr("même SIREN");
        if (!siret.isEmpty() && c.siret == siret)
            c.reasons << DuplicateDialog::tr("même SIRET");
        if (!name.isEmpty() && postcodes.contains(c.postcode) && crm::normalizedCompanyName(c.companyName) == name)
            c.reasons << DuplicateDialog::tr("même nom et même code postal");
        if (!c.reasons.isEmpty())
            out.append(c);
    }
    // The closest first (the one « Ouvrir la fiche existante » opens by default).
    std::stable_sort(out.begin(), out.end(), [](const DuplicateCandidate &a, const DuplicateCandidate &b) {
        return a.reasons.size() > b.reasons.size();
    });
    return out;
}

DuplicateDialog::DuplicateDialog(const QList<DuplicateCandidate> &candidates, bool creating, QWidget *parent)
    : QDialog(parent)
    , m_candidates(candidates)
{
    setWindowTitle(tr("Doublon possible"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->setSpacing(10);

    auto *head = new QHBoxLayout;
    auto *badge = new QLabel(this);
    badge->setPixmap(icons::badge(palette::warning, u'!', 28, devicePixelRatioF()));
    badge->setAlignment(Qt::AlignTop);
    head->addWidget(badge, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(4);
    // Not wrapped: the dialog is as wide as the candidates' table, and wrapped labels would ask
    // for the height of a narrower dialog.
    QLabel *title = makeDialogTitle(candidates.size() == 1 ? tr("Ce prospect existe peut-être déjà")
                                                           : tr("Ces prospects ressemblent à celui-ci"),
                                    this);
    title->setWordWrap(false);
    texts->addWidget(title);
    QLabel *hint = makeHint(creating ? tr("Vérifiez la fiche existante avant d'en créer une nouvelle : deux fiches "
                                          "pour la même entreprise dispersent le suivi commercial.")
                                     : tr("Après votre modification, cette fiche ressemble à une autre fiche. "
                                          "Vérifiez avant d'enregistrer."),
                            this);
    hint->setWordWrap(false);
    texts->addWidget(hint);
    head->addLayout(texts, 1);
    layout->addLayout(head);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("duplicateList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setStyleSheet(QStringLiteral("QTreeWidget::item { padding: 4px 2px; }"));
    m_list->setHeaderLabels({tr("Ressemblance"), tr("Raison sociale"), tr("Code postal et ville"), tr("SIREN / SIRET"),
                             tr("Responsable")});
    for (const DuplicateCandidate &c : candidates) {
        const QString place = QStringList{c.postcode, c.city}.join(u' ').trimmed();
        const QString ids = c.siret.isEmpty() ? c.siren : c.siret;
        QString reasons = c.reasons.join(QStringLiteral(", "));
        reasons[0] = reasons.at(0).toUpper();
        auto *item = new QTreeWidgetItem(m_list, {reasons, c.companyName, place, ids,
                                                  c.ownerName.isEmpty() ? tr("—") : c.ownerName});
        item->setData(0, Qt::UserRole, c.id);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setToolTip(1, tr("%1 — statut : %2").arg(c.companyName, prospects::statusLabel(c.status)));
    }
    m_list->header()->setStretchLastSection(true);
    int width = 0;
    for (int col = 0; col < m_list->columnCount(); ++col) {
        m_list->resizeColumnToContents(col);
        m_list->setColumnWidth(col, m_list->columnWidth(col) + 16);
        width += m_list->columnWidth(col);
    }
    m_list->setCurrentItem(m_list->topLevelItem(0));
    // As tall as its rows (up to 6), as wide as its columns (within reason).
    const int rows = qMin(int(candidates.size()), 6);
    const int rowHeight = m_list->sizeHintForRow(0) > 0 ? m_list->sizeHintForRow(0) : fontMetrics().height() + 10;
    m_list->setFixedHeight(m_list->header()->sizeHint().height() + rows * rowHeight + 2 * m_list->frameWidth() + 4);
    setMinimumWidth(qBound(640, width + 60, 1100));
    layout->addWidget(m_list);

    auto *buttons = new QDialogButtonBox(this);
    auto *open = buttons->addButton(tr("&Ouvrir la fiche existante"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("openExisting"));
    open->setDefault(true);
    auto *anyway = buttons->addButton(creating ? tr("&Créer quand même") : tr("&Enregistrer quand même"),
                                      QDialogButtonBox::DestructiveRole);
    anyway->setObjectName(QStringLiteral("saveAnyway"));
    auto *cancel = buttons->addButton(tr("Annuler"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelSave"));
    layout->addWidget(buttons);
    connect(open, &QPushButton::clicked, this, [this] { finish(OpenExisting); });
    connect(anyway, &QPushButton::clicked, this, [this] { finish(SaveAnyway); });
    connect(cancel, &QPushButton::clicked, this, [this] { finish(Cancel); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { finish(OpenExisting); });
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [open](QTreeWidgetItem *current) { open->setEnabled(current != nullptr); });
}

QString DuplicateDialog::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void DuplicateDialog::finish(Choice choice)
{
    m_choice = choice;
    if (choice == Cancel)
        reject();
    else
        accept();
}

} // namespace hector::ui
