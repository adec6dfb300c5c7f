#include "core/crm/Phone.h"

#include <QCoreApplication>

#include <phonenumbers/phonenumberutil.h>

namespace hector::crm {

namespace {
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

Error invalid(const QString &message)
{
    return makeError(QStringLiteral("validation_error"), message);
}
} // namespace

Result<QString> normalizePhone(const QString &input, const QString &countryCode)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return QString();
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    const std::string region = countryCode.isEmpty() ? std::string("FR") : countryCode.toUpper().toStdString();
    PhoneNumber number;
    if (util->Parse(trimmed.toStdString(), region, &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
        return invalid(QCoreApplication::translate("hector::crm::Phone",
                                                   "« %1 » n'est pas un numéro de téléphone.").arg(trimmed));
    }
    if (!util->IsValidNumber(number)) {
        return invalid(QCoreApplication::translate("hector::crm::Phone",
                                                   "Le numéro « %1 » n'est pas valide (%2 : vérifiez le nombre de chiffres "
                                                   "et l'indicatif).")
                           .arg(trimmed, countryCode.isEmpty() ? QStringLiteral("FR") : countryCode));
    }
    std::string out;
    util->Format(number, PhoneNumberUtil::E164, &out);
    return QString::fromStdString(out);
}

bool isValidE164(const QString &e164)
{
    if (!e164.startsWith(QLatin1Char('+')))
        return false;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return false;
    if (!util->IsValidNumber(number))
        return false;
    std::string out;
    util->Format(number, PhoneNumberUtil::E164, &out);
    return QString::fromStdString(out) == e164;
}

QString formatPhone(const QString &e164)
{
    if (e164.isEmpty())
        return e164;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(e164.toStdString(), "FR", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string out;
    util->Format(number, PhoneNumberUtil::INTERNATIONAL, &out);
    return QString::fromStdString(out);
}

} // namespace hector::crm
