#include "ui/companies/CompanySearchModels.h"

#include "core/crm/CrmRules.h"
#include "ui/Theme.h"

#include <QDate>
#include <QLocale>

namespace hector::ui {

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

CompanyResultsModel::CompanyResultsModel(QObject *parent)
    : JsonRowsModel({tr("Raison sociale"), tr("SIREN"), tr("Ville"), tr("Activité"), tr("Forme"), tr("Effectif"),
                     tr("État"), tr("Source")},
                    parent)
{}

QString CompanyResultsModel::formatSiren(const QString &siren)
{
    if (siren.size() != 9)
        return siren;
    return QStringLiteral("%1 %2 %3").arg(siren.left(3), siren.mid(3, 3), siren.mid(6, 3));
}

QString CompanyResultsModel::activity(const QJsonObject &company)
{
    const QString code = str(company, "nafCode");
    const QString label = str(company, "nafLabel");
    if (code.isEmpty())
        return label;
    return label.isEmpty() ? code : tr("%1 — %2").arg(code, label);
}

QString CompanyResultsModel::headcountLabel(const QString &band)
{
    // INSEE « tranche d'effectif salarié » codes, labelled like the prospect form.
    for (const auto &[code, label] : crm::headcountBands()) {
        if (code == band)
            return label;
    }
    if (band == u"NN")
        return tr("Non renseigné");
    return band;
}

QVariant CompanyResultsModel::cell(const QJsonObject &row, int column, int role) const
{
    const bool active = row.value(QLatin1String("active")).toBool(true);
    const QJsonObject address = row.value(QLatin1String("address")).toObject();
    if (role == Qt::ForegroundRole && column == State && !active)
        return palette::danger;
    if (role == Qt::ToolTipRole && column == Name) {
        return tr("%1\n%2 %3 %4")
            .arg(str(row, "name"), str(address, "line1"), str(address, "postcode"), str(address, "city"))
            .trimmed();
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case Name:
        return str(row, "name");
    case Siren:
        return role == SortRole ? str(row, "siren") : formatSiren(str(row, "siren"));
    case City: {
        const QString postcode = str(address, "postcode");
        return postcode.isEmpty() ? str(address, "city") : tr("%1 (%2)").arg(str(address, "city"), postcode);
    }
    case Activity:
        return activity(row);
    case LegalForm:
        return str(row, "legalForm");
    case Headcount:
        return role == SortRole ? str(row, "headcountBand") : headcountLabel(str(row, "headcountBand"));
    case State:
        return active ? tr("Active") : tr("Fermée");
    case Source:
        return str(row, "source") == u"pappers" ? tr("Pappers") : str(row, "source") == u"insee" ? tr("INSEE")
                                                                                              : str(row, "source");
    default:
        return {};
    }
}

DecisionMakersModel::DecisionMakersModel(QObject *parent)
    : JsonRowsModel({tr("Nom"), tr("Fonction"), tr("Depuis"), tr("Source")}, parent)
{}

QVariant DecisionMakersModel::cell(const QJsonObject &row, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == Role)
        return str(row, "role");
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case FullName: {
        const QString full = str(row, "fullName");
        return full.isEmpty() ? QString(str(row, "firstName") + u' ' + str(row, "lastName")).trimmed() : full;
    }
    case Role:
        return str(row, "role");
    case Since: {
        const QString since = str(row, "since");
        if (role == SortRole)
            return since;
        const QDate d = QDate::fromString(since.left(10), Qt::ISODate);
        return d.isValid() ? QLocale().toString(d, QStringLiteral("dd/MM/yyyy")) : since;
    }
    case Source:
        return str(row, "source") == u"pappers" ? tr("Pappers") : str(row, "source") == u"insee" ? tr("INSEE")
                                                                                              : str(row, "source");
    default:
        return {};
    }
}

} // namespace hector::ui
