#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace hector::crm {

// What a business card says, as the prospect form takes it. Telephone numbers are E.164
// (crm::normalizePhone), the postcode without its country prefix ("L-1234" -> "1234"), the
// country FR, BE or LU (empty when the card does not tell).
struct BusinessCardFields
{
    QString fullName;   // « Jean Dupont »
    QString firstName;
    QString lastName;
    QString title;      // function (« Directeur commercial »)
    QString company;
    QString email;      // lower case
    QString website;    // « www.exemple.fr » (no scheme)
    QString mobilePhone;
    QString landlinePhone;
    QString fax;
    QStringList otherPhones; // further valid numbers (a second landline, an unlabelled one…)
    QString street;     // « 12 rue de la Paix »
    QString postcode;
    QString city;
    QString countryCode;

    bool isEmpty() const;
    // Number of the main fields found (name, title, company, email, a telephone, address, website).
    int filledCount() const;
    // camelCase members ("fullName", "mobilePhone", …); empty ones are left out.
    QJsonObject toJson() const;
    static BusinessCardFields fromJson(const QJsonObject &object);
    // The prospect columns (company_name, contact_name, contact_title, email, website, phone,
    // mobile_phone, address, postcode, city, country_code) of the non-empty fields.
    QJsonObject toProspectColumns() const;

    bool operator==(const BusinessCardFields &) const = default;
};

// Reads the text of a card as OCR gives it (lines in any order, labels « Tél. », « Mob. »,
// « E-mail : »…, OCR noise such as O for 0 or l for 1 in numbers and spaces inside e-mail
// addresses) and returns the fields it recognises. `countryHint` (FR, BE, LU) is the country of
// national numbers and 4-digit postcodes when the card itself does not tell (L-/B- prefix,
// international number, country line).
BusinessCardFields parseBusinessCardText(const QString &text, const QString &countryHint = QStringLiteral("FR"));

// Cleans fields that came from elsewhere (the server's vision model): e-mail checked and lower
// case, telephone numbers to E.164 and sorted into mobile / landline, postcode prefix removed and
// checked with the country, website without scheme, blanks collapsed. Invalid values are dropped
// (an unreadable number is better empty than wrong).
BusinessCardFields normalizeBusinessCard(const BusinessCardFields &raw, const QString &countryHint = QStringLiteral("FR"));

} // namespace hector::crm
