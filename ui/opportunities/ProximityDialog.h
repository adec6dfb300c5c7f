#pragma once

#include "core/Dto.h"
#include "core/geo/Geo.h"
#include "sync/crm/OpportunityProximity.h"

#include <QAbstractTableModel>
#include <QDialog>

#include <optional>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QRadioButton;
class QStackedWidget;
class QTableView;

namespace hector::sync {
class LocalReplica;
}

namespace hector::ui {

class MessageBanner;
class ProspectPicker;

// The opportunities found around a point, nearest first.
class NearbyOpportunityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Distance, Title, Prospect, City, Stage, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;
    void setResults(const QList<sync::NearbyOpportunity> &results);
    const QList<sync::NearbyOpportunity> &results() const { return m_results; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<sync::NearbyOpportunity> m_results;
};

// « À proximité »: the opportunities within a radius (5 km by default) of a prospect or of the
// office of my entity, with their distance — from the replica's R*Tree, offline. Entrée or a
// double-click opens the opportunity (the dialog closes with chosenId()).
class ProximityDialog : public QDialog
{
    Q_OBJECT
public:
    ProximityDialog(sync::LocalReplica *replica, const UserDto &me, QWidget *parent = nullptr);

    void setCentreProspect(const QString &prospectId);
    void setCentreOffice();
    void setRadius(double km);
    // Runs the search with the current centre and radius.
    void search();
    std::optional<geo::LatLon> centre() const { return m_centre; }
    QString chosenId() const { return m_chosen; }

    ProspectPicker *prospectPicker() const { return m_picker; }
    QRadioButton *prospectButton() const { return m_aroundProspect; }
    QRadioButton *officeButton() const { return m_aroundOffice; }
    QDoubleSpinBox *radiusBox() const { return m_radius; }
    QCheckBox *openOnlyBox() const { return m_openOnly; }
    QTableView *resultsView() const { return m_view; }
    NearbyOpportunityModel *model() const { return m_model; }
    QLabel *summaryLabel() const { return m_summary; }
    MessageBanner *banner() const { return m_banner; }

private:
    void choose(const QModelIndex &index);

    sync::LocalReplica *m_replica;
    UserDto m_me;
    std::optional<geo::LatLon> m_centre;
    QString m_chosen;
    MessageBanner *m_banner;
    QRadioButton *m_aroundProspect;
    QRadioButton *m_aroundOffice;
    ProspectPicker *m_picker;
    QDoubleSpinBox *m_radius;
    QCheckBox *m_openOnly;
    QLabel *m_summary;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QTableView *m_view;
    NearbyOpportunityModel *m_model;
};

} // namespace hector::ui
