#include "ui/opportunities/ProximityDialog.h"

#include "sync/replica/LocalReplica.h"
#include "ui/FormSupport.h"
#include "ui/MessageBanner.h"
#include "ui/crm/ProspectPicker.h"
#include "ui/opportunities/OpportunitySupport.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hector::ui {

namespace {
QString kilometres(double km)
{
    return ProximityDialog::tr("%1 km").arg(QLocale().toString(km, 'f', km < 10 ? 1 : 0));
}
} // namespace

// --- model ----------------------------------------------------------------------------------

void NearbyOpportunityModel::setResults(const QList<sync::NearbyOpportunity> &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

int NearbyOpportunityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int NearbyOpportunityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NearbyOpportunityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const sync::NearbyOpportunity &n = m_results.at(index.row());
    if (role == IdRole)
        return n.id;
    if (role == Qt::TextAlignmentRole && index.column() == Distance)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Stage)
        return opportunities::stageColor(n.stage).darker(115);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Distance:
        return tr("%1 km").arg(QLocale().toString(n.distanceKm, 'f', 1));
    case Title:
        return n.title;
    case Prospect:
        return n.prospectName;
    case City:
        return n.city;
    case Stage:
        return opportunities::stageLabel(n.stage);
    default:
        return {};
    }
}

QVariant NearbyOpportunityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Distance:
        return tr("Distance");
    case Title:
        return tr("Opportunité");
    case Prospect:
        return tr("Prospect");
    case City:
        return tr("Ville");
    case Stage:
        return tr("Étape");
    default:
        return {};
    }
}

// --- dialog ---------------------------------------------------------------------------------

ProximityDialog::ProximityDialog(sync::LocalReplica *replica, const UserDto &me, QWidget *parent)
    : QDialog(parent)
    , m_replica(replica)
    , m_me(me)
    , m_model(new NearbyOpportunityModel(this))
{
    setObjectName(QStringLiteral("proximityDialog"));
    setWindowTitle(tr("Opportunités à proximité"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 14);
    layout->setSpacing(10);
    layout->addWidget(makeDialogTitle(tr("À proximité"), this));
    layout->addWidget(makeHint(tr("Les opportunités dont le prospect se trouve dans le rayon choisi, de la plus proche à "
                                  "la plus lointaine. Calculé sur ce poste, même hors connexion."),
                               this));
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(8);
    m_aroundProspect = new QRadioButton(tr("Autour d'un &prospect"), this);
    m_aroundProspect->setObjectName(QStringLiteral("aroundProspect"));
    m_picker = new ProspectPicker(replica, this);
    m_picker->setObjectName(QStringLiteral("proximityProspect"));
    m_picker->setPlaceholderText(tr("Tapez le nom ou la ville du prospect…"));
    m_aroundOffice = new QRadioButton(tr("Autour du &bureau de mon entité"), this);
    m_aroundOffice->setObjectName(QStringLiteral("aroundOffice"));
    grid->addWidget(m_aroundProspect, 0, 0);
    grid->addWidget(m_picker, 0, 1);
    grid->addWidget(m_aroundOffice, 1, 0, 1, 2);
    auto *radiusRow = new QHBoxLayout;
    m_radius = new QDoubleSpinBox(this);
    m_radius->setObjectName(QStringLiteral("proximityRadius"));
    m_radius->setRange(0.5, 200);
    m_radius->setDecimals(1);
    m_radius->setSingleStep(1);
    m_radius->setSuffix(tr(" km"));
    m_radius->setValue(5);
    m_radius->setMaximumWidth(110);
    m_openOnly = new QCheckBox(tr("En cours seulement (sans les gagnées ni les perdues)"), this);
    m_openOnly->setObjectName(QStringLiteral("proximityOpenOnly"));
    m_openOnly->setChecked(true);
    auto *radiusLabel = new QLabel(tr("&Rayon"), this);
    radiusLabel->setBuddy(m_radius);
    radiusRow->addWidget(radiusLabel);
    radiusRow->addSpacing(6);
    radiusRow->addWidget(m_radius);
    radiusRow->addSpacing(16);
    radiusRow->addWidget(m_openOnly);
    radiusRow->addStretch(1);
    grid->addLayout(radiusRow, 2, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);

    m_summary = makeBoldLabel(QString(), 1.0, this);
    m_summary->setObjectName(QStringLiteral("proximitySummary"));
    layout->addWidget(m_summary);
    m_stack = new QStackedWidget(this);
    m_view = new QTableView(m_stack);
    m_view->setObjectName(QStringLiteral("proximityResults"));
    m_view->setModel(m_model);
    setupRecordTable(m_view, QAbstractItemView::SingleSelection, 10);
    m_view->setColumnWidth(NearbyOpportunityModel::Distance, 90);
    m_view->setColumnWidth(NearbyOpportunityModel::Title, 260);
    m_view->setColumnWidth(NearbyOpportunityModel::Prospect, 200);
    m_view->setColumnWidth(NearbyOpportunityModel::City, 130);
    m_stack->addWidget(m_view);
    m_empty = makeHint(QString(), m_stack);
    m_empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    QDialogButtonBox *buttons = makeDialogButtons(this, QDialogButtonBox::Open, tr("&Ouvrir"), tr("Fermer"));
    QPushButton *open = buttons->button(QDialogButtonBox::Open);
    open->setObjectName(QStringLiteral("openNearby"));
    open->setAutoDefault(false); // Entrée in the prospect field chooses the prospect, not a result
    open->setDefault(false);
    layout->addWidget(buttons);
    disconnect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { choose(m_view->currentIndex()); });

    connect(m_view, &QTableView::activated, this, &ProximityDialog::choose);
    connect(m_aroundOffice, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            setCentreOffice();
    });
    connect(m_aroundProspect, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            setCentreProspect(m_picker->prospectId());
    });
    connect(m_picker, &ProspectPicker::prospectChanged, this, [this](const QString &id) {
        if (!id.isEmpty())
            setCentreProspect(id);
    });
    connect(m_radius, &QDoubleSpinBox::valueChanged, this, &ProximityDialog::search);
    connect(m_openOnly, &QCheckBox::toggled, this, &ProximityDialog::search);

    resize(860, 600);
    m_aroundOffice->setChecked(true); // the default centre: my office
}

void ProximityDialog::setCentreProspect(const QString &prospectId)
{
    {
        const QSignalBlocker block(m_aroundProspect);
        m_aroundProspect->setChecked(true);
    }
    if (m_picker->prospectId() != prospectId)
        m_picker->setProspectId(prospectId);
    m_centre.reset();
    m_banner->clear();
    if (prospectId.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Info, tr("Choisissez le prospect autour duquel chercher."));
    } else {
        const QVariantMap p = m_replica->row(QStringLiteral("prospects"), prospectId);
        if (p.value(QStringLiteral("latitude")).isNull() || p.value(QStringLiteral("longitude")).isNull()) {
            m_banner->showMessage(MessageBanner::Kind::Warning,
                                  tr("« %1 » n'a pas de coordonnées : complétez son adresse (ou attendez son "
                                     "enrichissement) pour chercher autour de lui.")
                                      .arg(p.value(QStringLiteral("company_name")).toString()));
        } else {
            m_centre = geo::LatLon{p.value(QStringLiteral("latitude")).toDouble(), p.value(QStringLiteral("longitude")).toDouble()};
        }
    }
    search();
}

void ProximityDialog::setCentreOffice()
{
    {
        const QSignalBlocker block(m_aroundOffice);
        m_aroundOffice->setChecked(true);
    }
    m_centre.reset();
    m_banner->clear();
    QSqlQuery q(m_replica->database());
    q.prepare(QStringLiteral("SELECT name, office_latitude, office_longitude FROM entities WHERE id = ?"));
    q.addBindValue(m_me.entityId);
    if (q.exec() && q.next() && !q.value(1).isNull() && !q.value(2).isNull()) {
        m_centre = geo::LatLon{q.value(1).toDouble(), q.value(2).toDouble()};
    } else {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("Le bureau de votre entité n'a pas de coordonnées : choisissez un prospect comme centre."));
    }
    search();
}

void ProximityDialog::setRadius(double km)
{
    m_radius->setValue(km);
    search();
}

void ProximityDialog::search()
{
    QList<sync::NearbyOpportunity> found;
    if (m_centre)
        found = sync::opportunitiesNear(m_replica->database(), *m_centre, m_radius->value(), m_openOnly->isChecked());
    m_model->setResults(found);
    const QString radius = kilometres(m_radius->value());
    if (!m_centre) {
        m_summary->clear();
        m_empty->setText(tr("Choisissez un centre pour voir les opportunités autour."));
    } else if (found.isEmpty()) {
        m_summary->setText(tr("Aucune opportunité à moins de %1").arg(radius));
        m_empty->setText(tr("Aucune opportunité dans ce rayon. Élargissez-le ou choisissez un autre centre."));
    } else {
        m_summary->setText(found.size() == 1 ? tr("1 opportunité à moins de %1").arg(radius)
                                             : tr("%1 opportunités à moins de %2").arg(found.size()).arg(radius));
    }
    m_stack->setCurrentIndex(found.isEmpty() ? 1 : 0);
    if (!found.isEmpty())
        m_view->selectRow(0);
}

void ProximityDialog::choose(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_chosen = index.data(NearbyOpportunityModel::IdRole).toString();
    QDialog::accept();
}

} // namespace hector::ui
