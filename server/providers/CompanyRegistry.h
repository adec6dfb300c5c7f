#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace hector::server {

class ProviderHttp;

// A decision maker from the registry (Pappers representants: qualites[0], else qualite).
struct DecisionMaker
{
    QString fullName;
    QString firstName;
    QString lastName;
    QString role;
    QString since;  // YYYY-MM-DD
    QString source; // "pappers"
    QJsonObject toJson() const;
};

// A company as the connectors read it (INSEE Sirene 3.11 or Pappers v2).
struct Company
{
    QString siren;
    QString siret;
    QString name;
    QString nafCode;
    QString nafLabel;
    QString legalForm;
    QString headcountBand; // INSEE trancheEffectifs code
    bool active = true;
    QString line1;
    QString postcode;
    QString city;
    QString countryCode = QStringLiteral("FR");
    std::optional<qint64> revenue; // EUR (Pappers finances)
    int revenueYear = 0;
    QString createdOn; // YYYY-MM-DD
    QString source;    // "insee" | "pappers"
    bool partial = false; // Pappers 206
    QList<DecisionMaker> decisionMakers;

    // The fields of GET /api/company-search results; with `details` also revenue, revenueYear, createdOn.
    QJsonObject toJson(bool details = false) const;
};

struct ProviderSettings
{
    QString baseUrl;
    QString apiKey;
    int timeoutSeconds = 20;
    bool configured() const { return !baseUrl.trimmed().isEmpty() && !apiKey.trimmed().isEmpty(); }
};

// Error codes of the connectors: provider_not_configured (503), company_not_found (404),
// company_not_public (422, INSEE 403 « non diffusable »), provider_rate_limited (429,
// details.retryAfterSeconds; INSEE's free plan allows 30 req/min: 60 s without Retry-After),
// provider_error (502: 400/401/other), provider_unavailable (502: 5xx, transport),
// quota_exceeded (429, ProviderHttp).

// INSEE API Sirene 3.11: header X-INSEE-Api-Key-Integration.
class InseeClient
{
public:
    InseeClient(ProviderHttp &http, ProviderSettings settings);
    bool configured() const { return m_settings.configured(); }

    // GET /siren/{siren} (name, NAF, legal category in periodesUniteLegale[0]: the trap), then
    // GET /siret/{siren}{nicSiegeUniteLegale} for the head office address.
    Result<Company> bySiren(const QString &siren);
    // GET /siret/{siret}: the establishment with its flat uniteLegale.
    Result<Company> bySiret(const QString &siret);
    // GET /siret?q=... head offices whose name matches (and postcode when given).
    Result<QList<Company>> search(const QString &name, const QString &postcode, int limit);

private:
    Result<QJsonObject> get(const QString &pathAndQuery);

    ProviderHttp &m_http;
    ProviderSettings m_settings;
};

// Pappers API v2 (paid): header api-key.
class PappersClient
{
public:
    PappersClient(ProviderHttp &http, ProviderSettings settings);
    bool configured() const { return m_settings.configured(); }

    // GET /entreprise?siren=...: identity, head office, latest revenue (finances[]), decision makers.
    Result<Company> entreprise(const QString &siren);
    // GET /recherche?q=...&par_page=...
    Result<QList<Company>> search(const QString &q, int limit);

private:
    Result<QJsonObject> get(const QString &pathAndQuery, int *status = nullptr);

    ProviderHttp &m_http;
    ProviderSettings m_settings;
};

// Label of an INSEE legal category code (categorieJuridiqueUniteLegale), the code itself when unknown.
QString legalFormLabel(const QString &code);

} // namespace hector::server
