#include "core/crm/Postcode.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hector::crm {

namespace {
Error invalid(const QString &message)
{
    return makeError(QStringLiteral("validation_error"), message);
}

bool allDigits(const QString &s, int length)
{
    if (s.size() != length)
        return false;
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

QString prefixOf(const QString &postcode)
{
    static const QRegularExpression re(QStringLiteral("^\\s*([A-Za-z])\\s*-\\s*"));
    const auto m = re.match(postcode);
    return m.hasMatch() ? m.captured(1).toUpper() : QString();
}
} // namespace

QString normalizePostcode(const QString &postcode)
{
    static const QRegularExpression prefix(QStringLiteral("^\\s*[A-Za-z]\\s*-\\s*"));
    QString out = postcode;
    out.remove(prefix);
    out.remove(QLatin1Char(' '));
    return out;
}

Result<void> validatePostcode(const QString &postcode, const QString &countryCode)
{
    const QString code = normalizePostcode(postcode);
    if (code.isEmpty())
        return {};
    const QString prefix = prefixOf(postcode);
    if (countryCode == QLatin1String("FR")) {
        const int dept = code.left(2).toInt();
        const bool ok = allDigits(code, 5) && (prefix.isEmpty() || prefix == QLatin1String("F"))
                        && ((dept >= 1 && dept <= 95) || dept == 97 || dept == 98);
        if (!ok) {
            return invalid(QCoreApplication::translate("hector::crm::Postcode",
                                                       "Le code postal « %1 » n'est pas un code postal français "
                                                       "(5 chiffres, département existant).")
                               .arg(postcode.trimmed()));
        }
        return {};
    }
    if (countryCode == QLatin1String("BE") || countryCode == QLatin1String("LU")) {
        const bool be = countryCode == QLatin1String("BE");
        const bool ok = allDigits(code, 4) && code.toInt() >= 1000
                        && (prefix.isEmpty() || prefix == (be ? QLatin1String("B") : QLatin1String("L")));
        if (!ok) {
            return invalid(be ? QCoreApplication::translate("hector::crm::Postcode",
                                                            "Le code postal « %1 » n'est pas un code postal belge "
                                                            "(4 chiffres, de 1000 à 9999).")
                                    .arg(postcode.trimmed())
                              : QCoreApplication::translate("hector::crm::Postcode",
                                                            "Le code postal « %1 » n'est pas un code postal "
                                                            "luxembourgeois (4 chiffres, par exemple L-1234).")
                                    .arg(postcode.trimmed()));
        }
        return {};
    }
    return invalid(QCoreApplication::translate("hector::crm::Postcode", "Le pays doit être FR, LU ou BE."));
}

QString detectCountry(const QString &postcode, const QString &countryHint)
{
    const QString prefix = prefixOf(postcode);
    const QString code = normalizePostcode(postcode);
    if (prefix == QLatin1String("L") && allDigits(code, 4))
        return QStringLiteral("LU");
    if (prefix == QLatin1String("B") && allDigits(code, 4))
        return QStringLiteral("BE");
    if ((prefix.isEmpty() || prefix == QLatin1String("F")) && allDigits(code, 5))
        return QStringLiteral("FR");
    if (prefix.isEmpty() && allDigits(code, 4)
        && (countryHint == QLatin1String("BE") || countryHint == QLatin1String("LU"))) {
        return countryHint;
    }
    return {};
}

QString detectEntity(const QList<EntityRef> &entities, const QString &countryCode, const QString &preferredEntityId)
{
    const EntityRef *best = nullptr;
    for (const EntityRef &e : entities) {
        if (e.countryCode != countryCode)
            continue;
        if (e.id == preferredEntityId)
            return e.id;
        if (!best || e.level < best->level)
            best = &e;
    }
    return best ? best->id : QString();
}

} // namespace hector::crm
