#include "providers/CompanyRegistry.h"

#include "providers/ProviderHttp.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace hector::server {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hector::server::CompanyRegistry", text);
}

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString().trimmed();
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString baseOf(const ProviderSettings &s)
{
    QString base = s.baseUrl.trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    return base;
}

Error notConfigured(const QString &provider)
{
    Error e = makeError(QStringLiteral("provider_not_configured"),
                        tr("%1 n'est pas configuré sur le serveur (clé API absente) : demandez à l'administrateur de la "
                           "renseigner.")
                            .arg(provider));
    e.details.insert(QStringLiteral("provider"), provider.toLower());
    return e;
}

// The errors common to both providers, from an HTTP status that is not a success.
Error statusError(const QString &provider, const QString &label, const ProviderResponse &r, const QString &message)
{
    Error e;
    if (r.status == 404) {
        e = makeError(QStringLiteral("company_not_found"),
                      message.isEmpty() ? tr("Aucune entreprise trouvée (%1).").arg(label) : tr("%1 (%2).").arg(message, label));
    } else if (r.status == 429) {
        const qint64 wait = r.retryAfterSeconds().value_or(60);
        e = makeError(QStringLiteral("provider_rate_limited"),
                      tr("%1 limite le nombre d'appels : nouvel essai dans %2 s.").arg(label).arg(wait));
        e.details.insert(QStringLiteral("retryAfterSeconds"), wait);
    } else if (r.status == 401) {
        e = makeError(QStringLiteral("provider_error"), tr("%1 a refusé la clé API (HTTP 401) : vérifiez-la.").arg(label));
    } else if (r.status >= 500) {
        e = makeError(QStringLiteral("provider_unavailable"),
                      tr("%1 est indisponible (HTTP %2) : nouvel essai plus tard.").arg(label).arg(r.status));
    } else {
        e = makeError(QStringLiteral("provider_error"),
                      tr("%1 a répondu HTTP %2%3.").arg(label).arg(r.status).arg(message.isEmpty() ? QString() : QStringLiteral(" : ") + message));
    }
    e.details.insert(QStringLiteral("provider"), provider);
    return e;
}

QString inseeName(const QJsonObject &ul)
{
    QString name = str(ul, "denominationUniteLegale");
    if (name.isEmpty()) {
        // Sole traders: no denomination, the person's name.
        const QString first = str(ul, "prenomUsuelUniteLegale").isEmpty() ? str(ul, "prenom1UniteLegale")
                                                                            : str(ul, "prenomUsuelUniteLegale");
        name = QStringList{first, str(ul, "nomUniteLegale")}.join(u' ').trimmed();
    }
    return name;
}

// The current period (dateFin null; the first one otherwise).
QJsonObject currentPeriod(const QJsonArray &periods)
{
    for (const QJsonValue &v : periods) {
        const QJsonObject p = v.toObject();
        if (p.value(QLatin1StringView("dateFin")).isNull() || p.value(QLatin1StringView("dateFin")).isUndefined())
            return p;
    }
    return periods.isEmpty() ? QJsonObject{} : periods.first().toObject();
}

void readInseeAddress(Company &c, const QJsonObject &etab)
{
    const QJsonObject a = etab.value(QLatin1StringView("adresseEtablissement")).toObject();
    c.line1 = QStringList{str(a, "numeroVoieEtablissement"), str(a, "typeVoieEtablissement"), str(a, "libelleVoieEtablissement")}
                  .join(u' ')
                  .simplified();
    c.postcode = str(a, "codePostalEtablissement");
    c.city = str(a, "libelleCommuneEtablissement");
}

Company fromInseeEtablissement(const QJsonObject &etab)
{
    Company c;
    c.source = QStringLiteral("insee");
    c.siren = str(etab, "siren");
    c.siret = str(etab, "siret");
    const QJsonObject ul = etab.value(QLatin1StringView("uniteLegale")).toObject(); // flat in /siret
    c.name = inseeName(ul);
    c.nafCode = str(ul, "activitePrincipaleUniteLegale");
    c.legalForm = legalFormLabel(str(ul, "categorieJuridiqueUniteLegale"));
    c.headcountBand = str(ul, "trancheEffectifsUniteLegale");
    c.createdOn = str(ul, "dateCreationUniteLegale");
    c.active = str(ul, "etatAdministratifUniteLegale") != QLatin1String("C");
    const QJsonObject period = currentPeriod(etab.value(QLatin1StringView("periodesEtablissement")).toArray());
    if (str(period, "etatAdministratifEtablissement") == QLatin1String("F"))
        c.active = false;
    readInseeAddress(c, etab);
    return c;
}

Company fromPappers(const QJsonObject &o)
{
    Company c;
    c.source = QStringLiteral("pappers");
    c.siren = str(o, "siren");
    c.name = str(o, "nom_entreprise").isEmpty() ? str(o, "denomination") : str(o, "nom_entreprise");
    c.nafCode = str(o, "code_naf");
    c.nafLabel = str(o, "libelle_code_naf");
    c.legalForm = str(o, "forme_juridique");
    c.createdOn = str(o, "date_creation");
    c.active = !o.value(QLatin1StringView("entreprise_cessee")).toBool(false);
    const QJsonObject siege = o.value(QLatin1StringView("siege")).toObject();
    c.siret = str(siege, "siret");
    c.line1 = str(siege, "adresse_ligne_1");
    c.postcode = str(siege, "code_postal");
    c.city = str(siege, "ville");
    // The latest year with a revenue.
    for (const QJsonValue &v : o.value(QLatin1StringView("finances")).toArray()) {
        const QJsonObject f = v.toObject();
        const QJsonValue ca = f.value(QLatin1StringView("chiffre_affaires"));
        const int year = f.value(QLatin1StringView("annee")).toInt();
        if (ca.isDouble() && year > c.revenueYear) {
            c.revenue = ca.toInteger();
            c.revenueYear = year;
        }
    }
    // Search results carry flat finances.
    if (!c.revenue && o.value(QLatin1StringView("chiffre_affaires")).isDouble()) {
        c.revenue = o.value(QLatin1StringView("chiffre_affaires")).toInteger();
        c.revenueYear = o.value(QLatin1StringView("annee_finances")).toInt();
    }
    for (const QJsonValue &v : o.value(QLatin1StringView("representants")).toArray()) {
        const QJsonObject r = v.toObject();
        if (r.value(QLatin1StringView("personne_morale")).toBool(false))
            continue; // a company as officer (auditor, holding): not a person to call
        DecisionMaker d;
        d.source = QStringLiteral("pappers");
        d.firstName = str(r, "prenom");
        d.lastName = str(r, "nom");
        d.fullName = str(r, "nom_complet").isEmpty() ? QStringList{d.firstName, d.lastName}.join(u' ').trimmed()
                                                      : str(r, "nom_complet");
        const QJsonArray qualites = r.value(QLatin1StringView("qualites")).toArray();
        d.role = !qualites.isEmpty() ? qualites.first().toString() : str(r, "qualite");
        d.since = str(r, "date_prise_de_poste");
        if (!d.fullName.isEmpty())
            c.decisionMakers.append(d);
    }
    return c;
}
} // namespace

QString legalFormLabel(const QString &code)
{
    static const QHash<QString, QString> labels{
        {QStringLiteral("1000"), QStringLiteral("Entrepreneur individuel")},
        {QStringLiteral("5499"), QStringLiteral("SARL")},
        {QStringLiteral("5498"), QStringLiteral("EURL")},
        {QStringLiteral("5599"), QStringLiteral("SA à conseil d'administration")},
        {QStringLiteral("5699"), QStringLiteral("SA à directoire")},
        {QStringLiteral("5710"), QStringLiteral("SAS")},
        {QStringLiteral("5720"), QStringLiteral("SASU")},
        {QStringLiteral("6540"), QStringLiteral("SCI")},
        {QStringLiteral("9220"), QStringLiteral("Association déclarée")},
        {QStringLiteral("5202"), QStringLiteral("SNC")},
        {QStringLiteral("5308"), QStringLiteral("SCA")},
    };
    return labels.value(code, code);
}

QJsonObject DecisionMaker::toJson() const
{
    return QJsonObject{{QStringLiteral("fullName"), fullName},   {QStringLiteral("firstName"), orNull(firstName)},
                       {QStringLiteral("lastName"), orNull(lastName)}, {QStringLiteral("role"), orNull(role)},
                       {QStringLiteral("since"), orNull(since)},    {QStringLiteral("source"), source}};
}

QJsonObject Company::toJson(bool details) const
{
    QJsonObject o{{QStringLiteral("siren"), siren},
                  {QStringLiteral("siret"), orNull(siret)},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("nafCode"), orNull(nafCode)},
                  {QStringLiteral("nafLabel"), orNull(nafLabel)},
                  {QStringLiteral("legalForm"), orNull(legalForm)},
                  {QStringLiteral("headcountBand"), orNull(headcountBand)},
                  {QStringLiteral("active"), active},
                  {QStringLiteral("address"), QJsonObject{{QStringLiteral("line1"), orNull(line1)},
                                                          {QStringLiteral("postcode"), orNull(postcode)},
                                                          {QStringLiteral("city"), orNull(city)},
                                                          {QStringLiteral("countryCode"), countryCode}}},
                  {QStringLiteral("source"), source}};
    if (details) {
        o.insert(QStringLiteral("revenue"), revenue ? QJsonValue(double(*revenue)) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("revenueYear"), revenueYear > 0 ? QJsonValue(revenueYear) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("createdOn"), orNull(createdOn));
    }
    return o;
}

// --- INSEE ---------------------------------------------------------------------------------------

InseeClient::InseeClient(ProviderHttp &http, ProviderSettings settings)
    : m_http(http)
    , m_settings(std::move(settings))
{}

Result<QJsonObject> InseeClient::get(const QString &pathAndQuery)
{
    if (!configured())
        return notConfigured(QStringLiteral("INSEE"));
    ProviderRequest req;
    req.provider = QStringLiteral("insee");
    req.url = baseOf(m_settings) + pathAndQuery;
    req.headers = {{QByteArrayLiteral("X-INSEE-Api-Key-Integration"), m_settings.apiKey.trimmed().toUtf8()},
                   {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")},
                   {QByteArrayLiteral("User-Agent"), QByteArrayLiteral("hector-server")}};
    req.timeoutSeconds = m_settings.timeoutSeconds;
    auto r = m_http.send(req);
    if (!r)
        return r.error();
    const QJsonObject body = QJsonDocument::fromJson(r->body).object();
    if (r->status == 200)
        return body;
    const QString message = body.value(QLatin1StringView("header")).toObject().value(QLatin1StringView("message")).toString();
    if (r->status == 403) {
        Error e = makeError(QStringLiteral("company_not_public"),
                            tr("INSEE : les données de cette entreprise ne sont pas diffusables%1.")
                                .arg(message.isEmpty() ? QString() : QStringLiteral(" (") + message + u')'));
        e.details.insert(QStringLiteral("provider"), QStringLiteral("insee"));
        return e;
    }
    if (r->status == 401)
        m_http.recordIncident(QStringLiteral("insee"), ProviderHttp::endpointOf(req.url), 401, QStringLiteral("auth_failed"), message);
    return statusError(QStringLiteral("insee"), QStringLiteral("INSEE"), *r, message);
}

Result<Company> InseeClient::bySiret(const QString &siret)
{
    auto body = get(QStringLiteral("/siret/") + siret);
    if (!body)
        return body.error();
    return fromInseeEtablissement(body->value(QLatin1StringView("etablissement")).toObject());
}

Result<Company> InseeClient::bySiren(const QString &siren)
{
    auto body = get(QStringLiteral("/siren/") + siren);
    if (!body)
        return body.error();
    const QJsonObject ul = body->value(QLatin1StringView("uniteLegale")).toObject();
    // The trap: name, NAF, legal category and state live in the current period, not at the top.
    const QJsonObject period = currentPeriod(ul.value(QLatin1StringView("periodesUniteLegale")).toArray());
    Company c;
    c.source = QStringLiteral("insee");
    c.siren = str(ul, "siren");
    QJsonObject merged = ul;
    for (auto it = period.begin(); it != period.end(); ++it)
        merged.insert(it.key(), it.value());
    c.name = inseeName(merged);
    c.nafCode = str(period, "activitePrincipaleUniteLegale");
    c.legalForm = legalFormLabel(str(period, "categorieJuridiqueUniteLegale"));
    c.active = str(period, "etatAdministratifUniteLegale") != QLatin1String("C");
    c.headcountBand = str(ul, "trancheEffectifsUniteLegale");
    c.createdOn = str(ul, "dateCreationUniteLegale");
    const QString nic = str(period, "nicSiegeUniteLegale");
    if (!nic.isEmpty()) {
        c.siret = c.siren + nic;
        auto office = get(QStringLiteral("/siret/") + c.siret);
        if (office)
            readInseeAddress(c, office->value(QLatin1StringView("etablissement")).toObject());
        else if (office.error().code != QLatin1String("company_not_found") && office.error().code != QLatin1String("company_not_public"))
            return office.error();
    }
    return c;
}

Result<QList<Company>> InseeClient::search(const QString &name, const QString &postcode, int limit)
{
    QString cleaned = name;
    cleaned.remove(u'"');
    QString q = QStringLiteral("denominationUniteLegale:\"%1\" AND etablissementSiege:true").arg(cleaned.simplified());
    if (!postcode.isEmpty())
        q += QStringLiteral(" AND codePostalEtablissement:%1").arg(postcode);
    auto body = get(QStringLiteral("/siret?q=%1&nombre=%2")
                        .arg(QString::fromUtf8(QUrl::toPercentEncoding(q)))
                        .arg(std::clamp(limit, 1, 1000)));
    if (!body) {
        if (body.error().code == QLatin1String("company_not_found"))
            return QList<Company>{}; // INSEE answers 404 when nothing matches
        return body.error();
    }
    QList<Company> out;
    for (const QJsonValue &v : body->value(QLatin1StringView("etablissements")).toArray())
        out.append(fromInseeEtablissement(v.toObject()));
    return out;
}

// --- Pappers -------------------------------------------------------------------------------------

PappersClient::PappersClient(ProviderHttp &http, ProviderSettings settings)
    : m_http(http)
    , m_settings(std::move(settings))
{}

Result<QJsonObject> PappersClient::get(const QString &pathAndQuery, int *status)
{
    if (!configured())
        return notConfigured(QStringLiteral("Pappers"));
    ProviderRequest req;
    req.provider = QStringLiteral("pappers");
    req.url = baseOf(m_settings) + pathAndQuery;
    req.headers = {{QByteArrayLiteral("api-key"), m_settings.apiKey.trimmed().toUtf8()},
                   {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")},
                   {QByteArrayLiteral("User-Agent"), QByteArrayLiteral("hector-server")}};
    req.timeoutSeconds = m_settings.timeoutSeconds;
    auto r = m_http.send(req);
    if (!r)
        return r.error();
    const QJsonObject body = QJsonDocument::fromJson(r->body).object();
    if (status)
        *status = r->status;
    if (r->status == 200 || r->status == 206)
        return body;
    const QString message = body.value(QLatin1StringView("error")).toString().isEmpty()
                                ? body.value(QLatin1StringView("message")).toString()
                                : body.value(QLatin1StringView("error")).toString();
    if (r->status == 401)
        m_http.recordIncident(QStringLiteral("pappers"), ProviderHttp::endpointOf(req.url), 401, QStringLiteral("auth_failed"), message);
    return statusError(QStringLiteral("pappers"), QStringLiteral("Pappers"), *r, message);
}

Result<Company> PappersClient::entreprise(const QString &siren)
{
    int status = 0;
    auto body = get(QStringLiteral("/entreprise?siren=") + siren, &status);
    if (!body)
        return body.error();
    Company c = fromPappers(*body);
    c.partial = status == 206; // one of Pappers' sources timed out: what came is still right
    if (c.siren.isEmpty())
        c.siren = siren;
    return c;
}

Result<QList<Company>> PappersClient::search(const QString &q, int limit)
{
    auto body = get(QStringLiteral("/recherche?q=%1&page=1&par_page=%2")
                        .arg(QString::fromUtf8(QUrl::toPercentEncoding(q)))
                        .arg(std::clamp(limit, 1, 100)));
    if (!body) {
        if (body.error().code == QLatin1String("company_not_found"))
            return QList<Company>{};
        return body.error();
    }
    QList<Company> out;
    for (const QJsonValue &v : body->value(QLatin1StringView("resultats")).toArray())
        out.append(fromPappers(v.toObject()));
    return out;
}

} // namespace hector::server
