#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace hector::validation {

// Luhn checksum over a string of ASCII digits. False for empty or non-digit input.
bool luhnValid(QStringView digits);
// The digit that, appended to `digits`, makes the whole string pass Luhn.
QChar luhnCheckDigit(QStringView digits);

// SIREN: 9 digits passing Luhn. Spaces are tolerated ("552 081 317").
bool isValidSiren(const QString &siren);
// SIRET: 14 digits, first 9 a valid SIREN, whole number passes Luhn; La Poste exception:
// SIRET beginning with 356000000 is valid when the sum of its digits is a multiple of 5 (the head
// office 35600000000048 passes Luhn instead).
bool isValidSiret(const QString &siret);
// Removes spaces and dots users type in identifiers.
QString normalizeDigits(const QString &value);

bool isValidEmail(const QString &email);
QString normalizeEmail(const QString &email);
QString emailDomain(const QString &email);
// True when `allowedDomains` is empty or the email's domain is one of them (case-insensitive).
bool isEmailDomainAllowed(const QString &email, const QStringList &allowedDomains);

// Password policy: at least 10 characters, one letter and one digit. Error message in French.
Result<void> checkPasswordPolicy(const QString &password);
inline constexpr int kMinPasswordLength = 10;

} // namespace hector::validation
