#include "core/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hector::validation {

namespace {
bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

int luhnSum(QStringView digits, bool doubleFirstFromRight)
{
    int sum = 0;
    bool doubleIt = doubleFirstFromRight;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).unicode() - u'0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum;
}
} // namespace

bool luhnValid(QStringView digits)
{
    return allDigits(digits) && luhnSum(digits, false) % 10 == 0;
}

QChar luhnCheckDigit(QStringView digits)
{
    const int sum = luhnSum(digits, true);
    return QChar(u'0' + (10 - sum % 10) % 10);
}

QString normalizeDigits(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value) {
        if (c.isSpace() || c == u'.' || c == u'-' || c == QChar(0x00A0))
            continue;
        out.append(c);
    }
    return out;
}

bool isValidSiren(const QString &siren)
{
    const QString s = normalizeDigits(siren);
    return s.size() == 9 && luhnValid(s);
}

bool isValidSiret(const QString &siret)
{
    const QString s = normalizeDigits(siret);
    if (s.size() != 14 || !allDigits(s))
        return false;
    // La Poste establishments use a digit-sum rule instead of Luhn, except the head office
    // 35600000000048, which passes Luhn and whose digit sum (26) is not a multiple of 5.
    if (s.startsWith(QLatin1String("356000000")) && s != QLatin1String("35600000000048")) {
        int sum = 0;
        for (QChar c : s)
            sum += c.unicode() - u'0';
        return sum % 5 == 0;
    }
    return isValidSiren(s.left(9)) && luhnValid(s);
}

QString normalizeEmail(const QString &email)
{
    return email.trimmed().toLower();
}

bool isValidEmail(const QString &email)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$)"));
    const QString e = email.trimmed();
    // No consecutive dots, and no dot at either end of the local part (RFC 5322 dot-atom).
    if (e.size() > 254 || e.contains(QLatin1String("..")) || e.startsWith(u'.')
        || e.contains(QLatin1String(".@")))
        return false;
    return re.match(e).hasMatch();
}

QString emailDomain(const QString &email)
{
    const QString e = normalizeEmail(email);
    const qsizetype at = e.lastIndexOf(u'@');
    return at < 0 ? QString() : e.mid(at + 1);
}

bool isEmailDomainAllowed(const QString &email, const QStringList &allowedDomains)
{
    if (allowedDomains.isEmpty())
        return true;
    const QString domain = emailDomain(email);
    for (const QString &allowed : allowedDomains) {
        QString a = allowed.trimmed().toLower();
        if (a.startsWith(u'@'))
            a.remove(0, 1);
        if (!a.isEmpty() && domain == a)
            return true;
    }
    return false;
}

Result<void> checkPasswordPolicy(const QString &password)
{
    bool hasLetter = false;
    bool hasDigit = false;
    for (QChar c : password) {
        hasLetter = hasLetter || c.isLetter();
        hasDigit = hasDigit || c.isDigit();
    }
    if (password.size() < kMinPasswordLength || !hasLetter || !hasDigit) {
        return makeError(
            QStringLiteral("weak_password"),
            QCoreApplication::translate("hector::validation",
                                        "Le mot de passe doit contenir au moins %1 caractères, "
                                        "dont au moins une lettre et un chiffre.")
                .arg(kMinPasswordLength));
    }
    return {};
}

} // namespace hector::validation
