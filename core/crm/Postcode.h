#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

namespace hector::crm {

// Postcodes of the three countries of the organisation, and the entity a prospect belongs to.
//   FR: 5 digits, department 01-95, 97 (overseas) or 98 (Monaco, Pacific); "F-" prefix tolerated
//   BE: 4 digits 1000-9999; "B-" prefix tolerated
//   LU: 4 digits 1000-9999; "L-" prefix tolerated (the usual Luxembourg notation)

// Without spaces and without the country prefix ("L-1234" -> "1234").
QString normalizePostcode(const QString &postcode);

// Checks `postcode` for `countryCode`; an empty postcode is accepted (optional field).
Result<void> validatePostcode(const QString &postcode, const QString &countryCode);

// The country a postcode designates: "L-…" LU, "B-…" BE, "F-…" or 5 digits FR; 4 digits are
// Belgian or Luxembourgish: `countryHint` (BE or LU) decides, else empty (ambiguous).
QString detectCountry(const QString &postcode, const QString &countryHint = {});

struct EntityRef
{
    QString id;
    QString countryCode;
    int level = 0; // 0 for the root entities
};

// The entity a prospect of `countryCode` goes to: `preferredEntityId` (usually the user's) when it
// is of that country, else the highest (lowest level) entity of the country; empty when none.
QString detectEntity(const QList<EntityRef> &entities, const QString &countryCode, const QString &preferredEntityId = {});

} // namespace hector::crm
