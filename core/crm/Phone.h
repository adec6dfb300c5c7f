#pragma once

#include "core/Result.h"

#include <QString>

namespace hector::crm {

// Telephone numbers, parsed and checked by libphonenumber. Stored in E.164 ("+33612345678");
// shown in the international format ("+33 6 12 34 56 78").

// Parses what a user typed ("06 12 34 56 78", "+352 621 123 456", "0032 2 123 45 67") with
// `countryCode` (FR, LU, BE) as the region of national numbers. Empty input gives an empty string.
// A number that is not a possible, valid number gets a French validation_error.
Result<QString> normalizePhone(const QString &input, const QString &countryCode);

// True for an E.164 string libphonenumber accepts as a valid number.
bool isValidE164(const QString &e164);

// International format for display; the input unchanged when it does not parse.
QString formatPhone(const QString &e164);

} // namespace hector::crm
