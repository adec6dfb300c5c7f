#include "ui/prospects/QualificationQueuePage.h"

#include "sync/replica/LocalReplica.h"
#include "ui/FormSupport.h"
#include "ui/MessageBanner.h"
#include "ui/prospects/FieldProspectDialog.h"
#include "ui/prospects/ProspectDialog.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hector::ui {

QualificationQueueModel::QualificationQueueModel(sync::LocalReplica *replica, QObject *parent)
    : QAbstractTableModel(parent)
    , m_replica(replica)
    , m_now([] { return QDateTime::currentDateTime(); })
{
    connect(m_replica, &sync::LocalReplica::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("prospects") || table == QLatin1String("users"))
            reload();
    });
    reload();
}

void QualificationQueueModel::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Age), index(rowCount() - 1, Age));
}

void QualificationQueueModel::reload()
{
    QList<Row> rows;
    QSqlQuery q(m_replica->database());
    q.setForwardOnly(true);
    // Oldest first (index prospects_status).
    q.exec(QStringLiteral("SELECT p.id, p.company_name, p.postcode, p.city, p.created_at, "
                          "trim(coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '')), "
                          "p.address, p.phone, p.mobile_phone, p.email, p.siren, p.siret, p.contact_name "
                          "FROM prospects p LEFT JOIN users u ON u.id = p.owner_id "
                          "WHERE p.status = 'a_qualifier' ORDER BY p.created_at, p.id"));
    while (q.next()) {
        auto filled = [&q](int i) { return !q.value(i).toString().trimmed().isEmpty(); };
        QStringList missing;
        if (!filled(6))
            missing << tr("adresse");
        if (!filled(3))
            missing << tr("ville");
        if (!filled(7) && !filled(8) && !filled(9))
            missing << tr("tél. ou e-mail");
        if (!filled(10) && !filled(11))
            missing << tr("SIREN/SIRET");
        if (!filled(12))
            missing << tr("décideur");
        rows.append(Row{q.value(0).toString(), q.value(1).toString(),
                        QStringList{q.value(2).toString(), q.value(3).toString()}.join(u' ').trimmed(),
                        prospects::parseTimestamp(q.value(4).toString()), q.value(5).toString(),
                        missing.join(QStringLiteral(", "))});
    }
    const bool changed = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (changed)
        emit countChanged(int(m_rows.size()));
}

QString QualificationQueueModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int QualificationQueueModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

int QualificationQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QualificationQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QualificationQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == CreatedRole)
        return r.created;
    if (role == Qt::ToolTipRole && index.column() == Age)
        return r.created.isValid() ? tr("Créé le %1").arg(QLocale().toString(r.created, QStringLiteral("dd/MM/yyyy HH:mm")))
                                   : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Company:
        return r.company;
    case Place:
        return r.place;
    case Age:
        return prospects::relativeAge(r.created, m_now());
    case Owner:
        return r.owner.isEmpty() ? tr("—") : r.owner;
    case Missing:
        return r.missing.isEmpty() ? tr("Prêt à qualifier") : r.missing;
    }
    return {};
}

QVariant QualificationQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Company:
        return tr("Raison sociale");
    case Place:
        return tr("Code postal et ville");
    case Age:
        return tr("Créé");
    case Owner:
        return tr("Créé par / responsable");
    case Missing:
        return tr("À compléter");
    }
    return {};
}

QualificationQueuePage::QualificationQueuePage(const ProspectsContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new QualificationQueueModel(context.replica, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    auto *head = new QHBoxLayout;
    m_title = makePageTitle(QString(), this);
    m_title->setObjectName(QStringLiteral("queueTitle"));
    head->addWidget(m_title, 1);
    auto *field = new QPushButton(tr("Nouveau prospect &terrain"), this);
    field->setObjectName(QStringLiteral("fieldProspectButton"));
    field->setToolTip(tr("Noter un prospect rencontré sur le terrain (Ctrl+Maj+N)"));
    head->addWidget(field);
    m_qualify = new QPushButton(tr("&Qualifier"), this);
    m_qualify->setObjectName(QStringLiteral("qualifyButton"));
    m_qualify->setToolTip(tr("Compléter et qualifier le prospect sélectionné (Entrée)"));
    m_qualify->setDefault(true);
    head->addWidget(m_qualify);
    layout->addLayout(head);
    layout->addWidget(makeHint(tr("Prospects notés sur le terrain, à compléter avant leur suivi commercial — le plus "
                                  "ancien d'abord. Qualifier demande une adresse, une ville et un téléphone ou un "
                                  "e-mail."),
                               this));
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    m_stack = new QStackedWidget(this);
    m_view = new QTableView(m_stack);
    m_view->setObjectName(QStringLiteral("queueView"));
    m_view->setModel(m_model);
    setupRecordTable(m_view, QAbstractItemView::SingleSelection, 10);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setColumnWidth(QualificationQueueModel::Company, 220);
    m_view->setColumnWidth(QualificationQueueModel::Place, 160);
    m_view->setColumnWidth(QualificationQueueModel::Age, 115);
    m_view->setColumnWidth(QualificationQueueModel::Owner, 195);
    m_stack->addWidget(m_view);
    m_empty = new QLabel(tr("Rien à qualifier : tous les prospects notés sur le terrain ont été complétés.\n"
                            "Les nouveaux apparaîtront ici, même créés hors ligne."),
                         m_stack);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    connect(m_model, &QualificationQueueModel::countChanged, this, &QualificationQueuePage::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QualificationQueuePage::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QualificationQueuePage::updateState);
    connect(m_view, &QTableView::activated, this, &QualificationQueuePage::qualifyCurrent);
    connect(m_qualify, &QPushButton::clicked, this, &QualificationQueuePage::qualifyCurrent);
    connect(field, &QPushButton::clicked, this, &QualificationQueuePage::createFieldProspect);
    auto *fieldShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this);
    fieldShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(fieldShortcut, &QShortcut::activated, this, &QualificationQueuePage::createFieldProspect);
    updateState();
}

void QualificationQueuePage::updateState()
{
    const int n = m_model->rowCount();
    m_title->setText(n == 0 ? tr("À qualifier") : tr("À qualifier (%L1)").arg(n));
    m_stack->setCurrentWidget(n == 0 ? static_cast<QWidget *>(m_empty) : m_view);
    if (n > 0 && !m_view->currentIndex().isValid())
        m_view->selectRow(0);
    const QModelIndex current = m_view->currentIndex();
    m_qualify->setEnabled(current.isValid() && m_view->selectionModel()->isSelected(current));
}

void QualificationQueuePage::qualifyCurrent()
{
    const QString id = m_model->idAt(m_view->currentIndex().row());
    if (id.isEmpty())
        return;
    ProspectDialog dialog(m_context, id, ProspectDialog::Mode::Qualify, this);
    if (dialog.exec() == QDialog::Accepted) {
        const QString name = m_context.replica->row(QStringLiteral("prospects"), id).value(QStringLiteral("company_name")).toString();
        m_banner->showMessage(MessageBanner::Kind::Success, tr("« %1 » est qualifié.").arg(name));
    }
}

void QualificationQueuePage::createFieldProspect()
{
    FieldProspectDialog dialog(m_context, this);
    const int result = dialog.exec();
    if (!dialog.openInsteadId().isEmpty()) {
        openProspect(dialog.openInsteadId());
        return;
    }
    if (result == QDialog::Accepted) {
        const int row = m_model->rowOf(dialog.prospectId());
        if (row >= 0)
            m_view->selectRow(row);
        m_banner->showMessage(MessageBanner::Kind::Success,
                              tr("Prospect ajouté à la file « À qualifier »."));
    }
}

void QualificationQueuePage::openProspect(const QString &id)
{
    ProspectDialog dialog(m_context, id, this);
    dialog.exec();
}

} // namespace hector::ui
