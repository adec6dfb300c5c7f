#include "ui/prospects/ProspectCsvExport.h"

#include "core/crm/CrmRules.h"
#include "core/crm/Phone.h"
#include "core/csv/CsvWriter.h"
#include "sync/replica/LocalReplica.h"
#include "ui/prospects/ProspectListModel.h"
#include "ui/prospects/ProspectSupport.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>

namespace hector::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hector::ui::ProspectCsvExport", text);
}

constexpr int kProgressEvery = 250;
} // namespace

ProspectCsvExport::ProspectCsvExport(sync::LocalReplica *replica, const ProspectListModel &model)
    : m_replica(replica)
    , m_order(model.sqlOrder())
{
    m_where = model.sqlWhere(&m_params);
}

QStringList ProspectCsvExport::headers()
{
    return {tr("Raison sociale"), tr("SIREN"), tr("SIRET"), tr("Code NAF"), tr("Forme juridique"),
            tr("Tranche d'effectif"), tr("Chiffre d'affaires (€)"), tr("Adresse"), tr("Code postal"), tr("Ville"),
            tr("Pays"), tr("Entité"), tr("Téléphone"), tr("Mobile"), tr("E-mail"), tr("Site web"), tr("Décideur"),
            tr("Fonction du décideur"), tr("Responsable"), tr("Statut"), tr("Source"), tr("Qualité (sur 100)"),
            tr("Créé le"), tr("Modifié le"), tr("Qualifié le")};
}

int ProspectCsvExport::count() const
{
    QSqlQuery q(m_replica->database());
    q.prepare(QStringLiteral("SELECT count(*) FROM prospects p") + m_where);
    for (const QVariant &p : m_params)
        q.addBindValue(p);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

Result<qint64> ProspectCsvExport::write(QIODevice *device, const std::function<bool(qint64)> &progress) const
{
    csv::CsvWriter writer(device);
    auto failed = [&writer] {
        return makeError(QStringLiteral("write_failed"), tr("Impossible d'écrire le fichier : %1").arg(writer.errorString()));
    };
    if (!writer.writeByteOrderMark() || !writer.writeRow(headers()))
        return failed();
    QSqlQuery q(m_replica->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.company_name, p.siren, p.siret, p.naf_code, p.legal_form, p.headcount_band, "
                             "p.revenue_eur, p.address, p.postcode, p.city, p.country_code, e.name, p.phone, "
                             "p.mobile_phone, p.email, p.website, p.contact_name, p.contact_title, "
                             "trim(coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '')), p.status, p.source, "
                             "%1, p.created_at, p.updated_at, p.qualified_at "
                             "FROM prospects p LEFT JOIN users u ON u.id = p.owner_id "
                             "LEFT JOIN entities e ON e.id = p.entity_id")
                  .arg(crm::dataQualityScoreSql(QStringLiteral("p")))
              + m_where + m_order);
    for (const QVariant &p : m_params)
        q.addBindValue(p);
    if (!q.exec())
        return makeError(QStringLiteral("replica_error"), tr("Erreur de la base locale : %1").arg(q.lastError().text()));
    qint64 rows = 0;
    QStringList fields;
    while (q.next()) {
        auto text = [&q](int i) { return q.value(i).isNull() ? QString() : q.value(i).toString(); };
        const QString band = text(5);
        fields = {text(0),
                  text(1),
                  text(2),
                  text(3),
                  text(4),
                  band.isEmpty() ? QString() : crm::labelFor(crm::headcountBands(), band),
                  text(6),
                  text(7),
                  text(8),
                  text(9),
                  prospects::countryLabel(text(10)),
                  text(11),
                  crm::formatPhone(text(12)),
                  crm::formatPhone(text(13)),
                  text(14),
                  text(15),
                  text(16),
                  text(17),
                  text(18),
                  prospects::statusLabel(text(19)),
                  prospects::sourceLabel(text(20)),
                  text(21),
                  prospects::formatTimestamp(text(22)),
                  prospects::formatTimestamp(text(23)),
                  prospects::formatTimestamp(text(24))};
        if (!writer.writeRow(fields))
            return failed();
        ++rows;
        if (progress && rows % kProgressEvery == 0 && !progress(rows))
            return makeError(QStringLiteral("cancelled"), tr("Export annulé."));
    }
    if (progress)
        progress(rows);
    return rows;
}

} // namespace hector::ui
