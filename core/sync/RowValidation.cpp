#include "core/sync/RowValidation.h"

#include "core/Validation.h"

#include <QCoreApplication>

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
    return {};
}

} // namespace hector::sync
