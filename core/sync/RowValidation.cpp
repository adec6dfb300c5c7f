#include "core/sync/RowValidation.h"

#include "core/Validation.h"
#include "core/crm/CrmRules.h"
#include "core/crm/Phone.h"
#include "core/crm/Postcode.h"
#include "core/scoring/OpportunityScore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace hector::sync {

namespace {
Error invalid(const QString &message)
{
    return makeError(QStringLiteral("validation_error"), message);
}

QString text(const QJsonObject &row, const char *key)
{
    return row.value(QLatin1StringView(key)).toString().trimmed();
}

Result<void> validateProspect(const QJsonObject &row, bool isCreate)
{
    if (isCreate || row.contains(QLatin1StringView("company_name"))) {
        if (text(row, "company_name").isEmpty())
            return invalid(QCoreApplication::translate("hector::sync::RowValidation", "La raison sociale est obligatoire."));
    }
    if (isCreate && text(row, "entity_id").isEmpty())
        return invalid(QCoreApplication::translate("hector::sync::RowValidation", "L'entité (France, Luxembourg, Belgique) est obligatoire."));
    const QString siren = text(row, "siren");
    if (!siren.isEmpty() && !validation::isValidSiren(siren))
        return invalid(QCoreApplication::translate("hector::sync::RowValidation", "Le SIREN « %1 » n'est pas valide (9 chiffres, clé de contrôle).").arg(siren));
    const QString siret = text(row, "siret");
    if (!siret.isEmpty()) {
        if (!validation::isValidSiret(siret))
            return invalid(QCoreApplication::translate("hector::sync::RowValidation", "Le SIRET « %1 » n'est pas valide (14 chiffres, clé de contrôle).").arg(siret));
        if (!siren.isEmpty() && validation::normalizeDigits(siret).left(9) != validation::normalizeDigits(siren))
            return invalid(QCoreApplication::translate("hector::sync::RowValidation", "Le SIRET « %1 » n'appartient pas au SIREN « %2 ».").arg(siret, siren));
    }
    const QString email = text(row, "email");
    if (!email.isEmpty() && !validation::isValidEmail(email))
        return invalid(QCoreApplication::translate("hector::sync::RowValidation", "L'adresse e-mail « %1 » n'est pas valide.").arg(email));
    const QString country = text(row, "country_code");
    if ((isCreate || row.contains(QLatin1StringView("country_code")))
        && country != QLatin1String("FR") && country != QLatin1String("LU") && country != QLatin1String("BE")) {
        return invalid(QCoreApplication::translate("hector::sync::RowValidation", "Le pays doit être FR, LU ou BE."));
    }
    if (row.contains(QLatin1StringView("status")) || isCreate) {
        const QString status = text(row, "status");
        bool known = status.isEmpty() && !isCreate;
        for (const auto &s : prospectStatuses())
            known = known || s.first == status;
        if (!known)
            return invalid(QCoreApplication::translate("hector::sync::RowValidation", "Statut inconnu : « %1 ».").arg(status));
    }
    // Phones are stored in E.164 (the forms normalise what the user typed with libphonenumber).
    for (const char *field : {"phone", "mobile_phone"}) {
        const QString phone = text(row, field);
        if (!phone.isEmpty() && !crm::isValidE164(phone)) {
            return invalid(QCoreApplication::translate("hector::sync::RowValidation",
                                                       "Le numéro « %1 » n'est pas un numéro de téléphone valide au "
                                                       "format international (+33…, +352…, +32…).")
                               .arg(phone));
        }
    }
    if (!country.isEmpty() && (isCreate || row.contains(QLatin1StringView("postcode")))) {
        if (auto pc = crm::validatePostcode(text(row, "postcode"), country); !pc)
            return pc;
    }
    const QString band = text(row, "headcount_band");
    if (!band.isEmpty() && !crm::hasCode(crm::headcountBands(), band))
        return invalid(QCoreApplication::translate("hector::sync::RowValidation", "Tranche d'effectif inconnue : « %1 ».").arg(band));
    const QJsonValue revenue = row.value(QLatin1StringView("revenue_eur"));
    if (revenue.isDouble() && revenue.toDouble() < 0)
        return invalid(QCoreApplication::translate("hector::sync::RowValidation", "Le chiffre d'affaires ne peut pas être négatif."));
    const QJsonValue lat = row.value(QLatin1StringView("latitude"));
    const QJsonValue lon = row.value(QLatin1StringView("longitude"));
    if ((lat.isDouble() && std::abs(lat.toDouble()) > 90.0) || (lon.isDouble() && std::abs(lon.toDouble()) > 180.0))
        return invalid(QCoreApplication::translate("hector::sync::RowValidation", "Coordonnées GPS hors limites."));
    if (lat.isDouble() != lon.isDouble())
        return invalid(QCoreApplication::translate("hector::sync::RowValidation", "La latitude et la longitude vont ensemble."));
    const QString disc = text(row, "disc_profile");
    if (!disc.isEmpty() && (disc.size() != 1 || !QStringLiteral("DISC").contains(disc)))
        return invalid(QCoreApplication::translate("hector::sync::RowValidation", "Le profil DISC doit être D, I, S ou C."));
    return {};
}

QDateTime timeValue(const QJsonObject &row, const char *key)
{
    return QDateTime::fromString(text(row, key), Qt::ISODateWithMs);
}

Result<void> checkTime(const QJsonObject &row, const char *key, bool required, const QString &label)
{
    const QString value = text(row, key);
    if (value.isEmpty()) {
        if (required)
            return invalid(QCoreApplication::translate("hector::sync::RowValidation", "%1 : la date est obligatoire.").arg(label));
        return {};
    }
    if (!timeValue(row, key).isValid())
        return invalid(QCoreApplication::translate("hector::sync::RowValidation", "%1 : date « %2 » illisible.").arg(label, value));
    return {};
}

Result<void> validateRdv(const QJsonObject &row, bool isCreate)
{
    if (isCreate && text(row, "entity_id").isEmpty())
        return invalid(QCoreApplication::translate("hector::sync::RowValidation", "L'entité du rendez-vous est obligatoire."));
    if ((isCreate || row.contains(QLatin1StringView("title"))) && text(row, "title").isEmpty())
        return invalid(QCoreApplication::translate("hector::sync::RowValidation", "L'objet du rendez-vous est obligatoire."));
    const QString start = QCoreApplication::translate("hector::sync::RowValidation", "Début");
    const QString end = QCoreApplication::translate("hector::sync::RowValidation", "Fin");
    if (auto r = checkTime(row, "starts_at", isCreate || row.contains(QLatin1StringView("starts_at")), start); !r)
        return r;
    if (auto r = checkTime(row, "ends_at", isCreate || row.contains(QLatin1StringView("ends_at")), end); !r)
        return r;
    const QDateTime s = timeValue(row, "starts_at");
    const QDateTime e = timeValue(row, "ends_at");
    if (s.isValid() && e.isValid() && e < s)
        return invalid(QCoreApplication::translate("hector::sync::RowValidation", "La fin du rendez-vous précède son début."));
    if (isCreate || row.contains(QLatin1StringView("status"))) {
        const QString status = text(row, "status");
        if (!crm::hasCode(crm::rdvStatuses(), status))
            return invalid(QCoreApplication::translate("hector::sync::RowValidation", "Statut de rendez-vous inconnu : « %1 ».").arg(status));
    }
    const QJsonValue reminder = row.value(QLatin1StringView("reminder_minutes"));
    if (reminder.isDouble() && (reminder.toDouble() < 0 || reminder.toDouble() > 7 * 24 * 60))
        return invalid(QCoreApplication::translate("hector::sync::RowValidation", "Le rappel doit être entre 0 minute et 7 jours avant."));
    return {};
}

Result<void> validateAction(const QJsonObject &row, bool isCreate)
{
    if (isCreate && text(row, "entity_id").isEmpty())
        return invalid(QCoreApplication::translate("hector::sync::RowValidation", "L'entité de l'action est obligatoire."));
    if ((isCreate || row.contains(QLatin1StringView("title"))) && text(row, "title").isEmpty())
        return invalid(QCoreApplication::translate("hector::sync::RowValidation", "L'intitulé de l'action est obligatoire."));
    if (isCreate || row.contains(QLatin1StringView("type"))) {
        const QString type = text(row, "type");
        if (!crm::hasCode(crm::actionTypes(), type))
            return invalid(QCoreApplication::translate("hector::sync::RowValidation", "Type d'action inconnu : « %1 ».").arg(type));
    }
    if (isCreate || row.contains(QLatin1StringView("status"))) {
        const QString status = text(row, "status");
        if (!crm::hasCode(crm::actionStatuses(), status))
            return invalid(QCoreApplication::translate("hector::sync::RowValidation", "Statut d'action inconnu : « %1 ».").arg(status));
    }
    const QString due = QCoreApplication::translate("hector::sync::RowValidation", "Échéance");
    if (auto r = checkTime(row, "due_at", false, due); !r)
        return r;
    const QString done = QCoreApplication::translate("hector::sync::RowValidation", "Terminée le");
    return checkTime(row, "completed_at", false, done);
}

Result<void> checkNonNegative(const QJsonObject &row, const char *key, const QString &message)
{
    const QJsonValue v = row.value(QLatin1StringView(key));
    if (v.isDouble() && v.toDouble() < 0)
        return invalid(message);
    return {};
}

Result<void> validateOpportunity(const QJsonObject &row, bool isCreate)
{
    if (isCreate && text(row, "entity_id").isEmpty())
        return invalid(QCoreApplication::translate("hector::sync::RowValidation", "L'entité de l'opportunité est obligatoire."));
    if ((isCreate || row.contains(QLatin1StringView("title"))) && text(row, "title").isEmpty())
        return invalid(QCoreApplication::translate("hector::sync::RowValidation", "L'intitulé de l'opportunité est obligatoire."));
    if (isCreate || row.contains(QLatin1StringView("stage"))) {
        const QString stage = text(row, "stage");
        bool known = false;
        for (const auto &s : scoring::opportunityStages())
            known = known || s.first == stage;
        if (!known)
            return invalid(QCoreApplication::translate("hector::sync::RowValidation", "Étape inconnue : « %1 ».").arg(stage));
    }
    if (auto r = checkNonNegative(row, "amount_eur", QCoreApplication::translate("hector::sync::RowValidation", "Le montant ne peut pas être négatif.")); !r)
        return r;
    if (auto r = checkNonNegative(row, "monthly_eur", QCoreApplication::translate("hector::sync::RowValidation", "L'abonnement mensuel ne peut pas être négatif.")); !r)
        return r;
    if (auto r = checkNonNegative(row, "shared_connections", QCoreApplication::translate("hector::sync::RowValidation", "Le nombre de relations communes ne peut pas être négatif.")); !r)
        return r;
    const QJsonValue probability = row.value(QLatin1StringView("probability"));
    if (probability.isDouble() && (probability.toDouble() < 0 || probability.toDouble() > 100))
        return invalid(QCoreApplication::translate("hector::sync::RowValidation", "La probabilité est un pourcentage entre 0 et 100."));
    const QList<QPair<const char *, QString>> dates{
        {"expected_close_at", QCoreApplication::translate("hector::sync::RowValidation", "Signature prévue")},
        {"closed_at", QCoreApplication::translate("hector::sync::RowValidation", "Clôturée le")},
        {"last_activity_at", QCoreApplication::translate("hector::sync::RowValidation", "Dernière activité")},
        {"stage_changed_at", QCoreApplication::translate("hector::sync::RowValidation", "Changement d'étape")}};
    for (const auto &[key, label] : dates) {
        if (auto r = checkTime(row, key, false, label); !r)
            return r;
    }
    return {};
}

Result<void> validateOpportunityActivity(const QJsonObject &row, bool isCreate)
{
    if (isCreate && (text(row, "entity_id").isEmpty() || text(row, "opportunity_id").isEmpty()))
        return invalid(QCoreApplication::translate("hector::sync::RowValidation", "Une activité appartient à une opportunité."));
    static const QStringList kinds{QStringLiteral("appel"), QStringLiteral("email"), QStringLiteral("rdv"),
                                   QStringLiteral("devis"), QStringLiteral("autre")};
    if ((isCreate || row.contains(QLatin1StringView("kind"))) && !kinds.contains(text(row, "kind")))
        return invalid(QCoreApplication::translate("hector::sync::RowValidation", "Type d'activité inconnu : « %1 ».").arg(text(row, "kind")));
    if ((isCreate || row.contains(QLatin1StringView("direction")))
        && text(row, "direction") != QLatin1String("sortant") && text(row, "direction") != QLatin1String("entrant")) {
        return invalid(QCoreApplication::translate("hector::sync::RowValidation", "Une activité est sortante ou entrante."));
    }
    const QString when = QCoreApplication::translate("hector::sync::RowValidation", "Date de l'activité");
    return checkTime(row, "occurred_at", isCreate || row.contains(QLatin1StringView("occurred_at")), when);
}

Result<void> validateOpportunityNote(const QJsonObject &row, bool isCreate)
{
    if (isCreate && (text(row, "entity_id").isEmpty() || text(row, "opportunity_id").isEmpty()))
        return invalid(QCoreApplication::translate("hector::sync::RowValidation", "Une note appartient à une opportunité."));
    if ((isCreate || row.contains(QLatin1StringView("body"))) && text(row, "body").isEmpty())
        return invalid(QCoreApplication::translate("hector::sync::RowValidation", "La note est vide."));
    return {};
}

Result<void> validateNote(const QJsonObject &row, bool isCreate)
{
    if (isCreate && (text(row, "entity_id").isEmpty() || text(row, "prospect_id").isEmpty()))
        return invalid(QCoreApplication::translate("hector::sync::RowValidation", "Une note appartient à un prospect."));
    if ((isCreate || row.contains(QLatin1StringView("body"))) && text(row, "body").isEmpty())
        return invalid(QCoreApplication::translate("hector::sync::RowValidation", "La note est vide."));
    return {};
}
} // namespace

const QList<QPair<QString, QString>> &prospectStatuses()
{
    static const QList<QPair<QString, QString>> statuses{
        {QStringLiteral("nouveau"), QCoreApplication::translate("hector::sync::RowValidation", "Nouveau")},
        {QStringLiteral("a_qualifier"), QCoreApplication::translate("hector::sync::RowValidation", "À qualifier")},
        {QStringLiteral("qualifie"), QCoreApplication::translate("hector::sync::RowValidation", "Qualifié")},
        {QStringLiteral("en_cours"), QCoreApplication::translate("hector::sync::RowValidation", "En cours")},
        {QStringLiteral("client"), QCoreApplication::translate("hector::sync::RowValidation", "Client")},
        {QStringLiteral("perdu"), QCoreApplication::translate("hector::sync::RowValidation", "Perdu")},
    };
    return statuses;
}

Result<void> validateRow(const TableSpec &table, const QJsonObject &row, bool isCreate)
{
    if (table.name == QLatin1String("prospects"))
        return validateProspect(row, isCreate);
    if (table.name == QLatin1String("rdvs"))
        return validateRdv(row, isCreate);
    if (table.name == QLatin1String("actions"))
        return validateAction(row, isCreate);
    if (table.name == QLatin1String("prospect_notes"))
        return validateNote(row, isCreate);
    if (table.name == QLatin1String("opportunities"))
        return validateOpportunity(row, isCreate);
    if (table.name == QLatin1String("opportunity_activities"))
        return validateOpportunityActivity(row, isCreate);
    if (table.name == QLatin1String("opportunity_notes"))
        return validateOpportunityNote(row, isCreate);
    if (table.name == QLatin1String("notifications"))
        return checkTime(row, "read_at", false, QCoreApplication::translate("hector::sync::RowValidation", "Lu le"));
    return {};
}

} // namespace hector::sync
