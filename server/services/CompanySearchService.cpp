#include "services/CompanySearchService.h"

#include "core/Validation.h"
#include "db/Database.h"
#include "jobs/JobQueue.h"
#include "providers/ProviderHttp.h"
#include "services/Clock.h"
#include "services/ProspectService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace hector::server {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hector::server::CompanySearchService", text);
}

Error notConfigured()
{
    return makeError(QStringLiteral("provider_not_configured"),
                     tr("La recherche d'entreprises n'est pas configurée : ni la clé INSEE ni la clé Pappers ne sont "
                        "renseignées sur le serveur."));
}

Result<QString> sirenOf(const QString &text)
{
    const QString siren = validation::normalizeDigits(text);
    if (siren.size() != 9)
        return makeError(QStringLiteral("validation_error"), tr("Un SIREN compte 9 chiffres."));
    return siren;
}
} // namespace

CompanySearchService::CompanySearchService(Database &db, Database &owner, const Clock &clock, InseeClient &insee,
                                           PappersClient &pappers, ProspectService &prospects)
    : m_db(db)
    , m_owner(owner)
    , m_clock(clock)
    , m_insee(insee)
    , m_pappers(pappers)
    , m_prospects(prospects)
{}

Result<QJsonObject> CompanySearchService::search(const AuthUser &, const QUrlQuery &query)
{
    if (!m_insee.configured() && !m_pappers.configured())
        return notConfigured();
    const QString q = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).simplified();
    if (q.size() < 2)
        return makeError(QStringLiteral("validation_error"), tr("Tapez au moins deux caractères : un nom, un SIREN ou un SIRET."));
    const QString limitText = query.queryItemValue(QStringLiteral("limit"));
    bool ok = true;
    const int limit = limitText.isEmpty() ? 20 : limitText.toInt(&ok);
    if (!ok || limit < 1 || limit > 100)
        return makeError(QStringLiteral("invalid_request"), tr("« limit » va de 1 à 100."));

    const QString digits = validation::normalizeDigits(q);
    const bool isNumber = !digits.isEmpty() && QString(q).remove(u' ').remove(u'.').remove(u'-') == digits;
    QList<Company> results;
    QString source;
    auto keep = [&](Result<Company> one, const QString &from) -> Result<void> {
        if (one) {
            results.append(*one);
            source = from;
            return {};
        }
        if (one.error().code == QLatin1String("company_not_found") || one.error().code == QLatin1String("company_not_public"))
            return {};
        return one.error();
    };
    if (isNumber && (digits.size() == 9 || digits.size() == 14)) {
        if (m_insee.configured()) {
            if (auto r = keep(digits.size() == 9 ? m_insee.bySiren(digits) : m_insee.bySiret(digits), QStringLiteral("insee")); !r)
                return r.error();
        } else if (auto r = keep(m_pappers.entreprise(digits.left(9)), QStringLiteral("pappers")); !r) {
            return r.error();
        }
    } else {
        // "name city" or "name 75001": a postcode is used as a filter.
        static const QRegularExpression postcodeRe(QStringLiteral("\\b(\\d{5})\\b"));
        const auto m = postcodeRe.match(q);
        QString name = q;
        QString postcode;
        if (m.hasMatch()) {
            postcode = m.captured(1);
            name = QString(q).remove(m.capturedStart(1), 5).simplified();
        }
        bool done = false;
        if (m_insee.configured()) {
            auto found = m_insee.search(name, postcode, limit);
            if (found) {
                results = *found;
                source = QStringLiteral("insee");
                done = !results.isEmpty() || !m_pappers.configured();
            } else if (!m_pappers.configured()) {
                return found.error();
            }
        }
        if (!done && m_pappers.configured()) {
            auto found = m_pappers.search(q, limit);
            if (!found)
                return found.error();
            results = *found;
            source = QStringLiteral("pappers");
        }
    }
    QJsonArray out;
    for (const Company &c : std::as_const(results))
        out.append(c.toJson());
    return QJsonObject{{QStringLiteral("results"), out},
                       {QStringLiteral("source"), source.isEmpty() ? (m_insee.configured() ? QStringLiteral("insee") : QStringLiteral("pappers")) : source},
                       {QStringLiteral("total"), int(results.size())}};
}

Result<Company> CompanySearchService::company(const QString &siren)
{
    if (!m_insee.configured() && !m_pappers.configured())
        return notConfigured();
    std::optional<Company> c;
    if (m_insee.configured()) {
        auto found = m_insee.bySiren(siren);
        if (found)
            c = *found;
        else if (!m_pappers.configured())
            return found.error(); // else Pappers may know it
    }
    if (m_pappers.configured()) {
        auto found = m_pappers.entreprise(siren);
        if (found) {
            if (!c) {
                c = *found;
            } else {
                // Pappers completes what INSEE lacks: revenue, decision makers, NAF label.
                c->revenue = found->revenue;
                c->revenueYear = found->revenueYear;
                c->decisionMakers = found->decisionMakers;
                if (c->nafLabel.isEmpty())
                    c->nafLabel = found->nafLabel;
            }
        } else if (!c) {
            return found.error();
        }
    }
    if (!c)
        return makeError(QStringLiteral("company_not_found"), tr("Aucune entreprise trouvée pour le SIREN %1.").arg(siren));
    return *c;
}

Result<QString> CompanySearchService::existingProspect(const AuthUser &caller, const QString &siren)
{
    return m_db.transactionAs<QString>(UserContext::of(caller.user), [&](PgConnection &c) -> Result<QString> {
        auto r = c.exec(QStringLiteral("SELECT id::text AS id FROM prospects WHERE siren = $1 OR left(siret, 9) = $1"
                                       " ORDER BY created_at LIMIT 1"),
                        {siren});
        if (!r)
            return r.error();
        return r->rows() ? r->text(0, "id") : QString();
    });
}

Result<QJsonObject> CompanySearchService::details(const AuthUser &caller, const QString &sirenText)
{
    auto siren = sirenOf(sirenText);
    if (!siren)
        return siren.error();
    auto c = company(*siren);
    if (!c)
        return c.error();
    auto existing = existingProspect(caller, *siren);
    if (!existing)
        return existing.error();
    QJsonArray dms;
    for (const DecisionMaker &d : std::as_const(c->decisionMakers))
        dms.append(d.toJson());
    return QJsonObject{{QStringLiteral("company"), c->toJson(true)},
                       {QStringLiteral("decisionMakers"), dms},
                       {QStringLiteral("existingProspectId"), existing->isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(*existing)}};
}

Result<QJsonObject> CompanySearchService::createProspect(const AuthUser &caller, const QString &sirenText,
                                                         const QJsonObject &body, const RequestContext &ctx)
{
    auto siren = sirenOf(sirenText);
    if (!siren)
        return siren.error();
    auto existing = existingProspect(caller, *siren);
    if (!existing)
        return existing.error();
    if (!existing->isEmpty()) {
        Error e = makeError(QStringLiteral("duplicate"), tr("Ce prospect existe déjà dans Hector."));
        e.details.insert(QStringLiteral("existingId"), *existing);
        return e;
    }
    auto c = company(*siren);
    if (!c)
        return c.error();
    const QJsonValue index = body.value(QLatin1StringView("decisionMaker"));
    const DecisionMaker *dm = nullptr;
    if (!index.isNull() && !index.isUndefined()) {
        const int i = index.toInt(-1);
        if (!index.isDouble() || i < 0 || i >= c->decisionMakers.size())
            return makeError(QStringLiteral("validation_error"), tr("« decisionMaker » désigne un dirigeant de la liste (index)."));
        dm = &c->decisionMakers.at(i);
    }
    const QString at = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    QJsonObject fields;     // API names
    QJsonObject provenance; // column names
    auto set = [&](const char *api, const char *column, const QJsonValue &value, const QString &source) {
        if (value.isNull() || (value.isString() && value.toString().isEmpty()))
            return;
        fields.insert(QLatin1StringView(api), value);
        provenance.insert(QLatin1StringView(column),
                          QJsonObject{{QStringLiteral("source"), source}, {QStringLiteral("at"), at}, {QStringLiteral("value"), value}});
    };
    set("companyName", "company_name", c->name, c->source);
    set("siren", "siren", c->siren, c->source);
    // A registry SIRET that fails its check (a typo upstream) is left out rather than refusing the
    // whole creation: the SIREN identifies the company, the user can add the SIRET later.
    if (validation::isValidSiret(c->siret) && c->siret.startsWith(c->siren))
        set("siret", "siret", c->siret, c->source);
    else if (!c->siret.isEmpty())
        qCWarning(lcServerProviders) << "registry SIRET left out (invalid):" << c->siret;
    set("address", "address", c->line1, c->source);
    set("postcode", "postcode", c->postcode, c->source);
    set("city", "city", c->city, c->source);
    set("nafCode", "naf_code", c->nafCode, c->source);
    set("legalForm", "legal_form", c->legalForm, c->source);
    set("headcountBand", "headcount_band", c->headcountBand, c->source);
    if (c->revenue)
        set("revenueEur", "revenue_eur", double(*c->revenue), QStringLiteral("pappers"));
    if (dm) {
        set("contactName", "contact_name", dm->fullName, dm->source);
        set("contactTitle", "contact_title", dm->role, dm->source);
    }
    fields.insert(QStringLiteral("countryCode"), QStringLiteral("FR"));
    fields.insert(QStringLiteral("allowDuplicate"), true); // checked above by SIREN
    auto created = m_prospects.create(caller, fields, ctx);
    if (!created)
        return created.error();
    const QString id = created->value(QLatin1StringView("id")).toString();
    QStringList sources{c->source};
    if (c->source == QLatin1String("insee") && (c->revenue || dm))
        sources << QStringLiteral("pappers");
    auto conn = m_owner.connection();
    if (!conn)
        return conn.error();
    if (auto u = (*conn)->exec(QStringLiteral("UPDATE prospects SET enrichment_provenance = $2::jsonb, enrichment_status = 'enriched',"
                                              " enrichment_source = $3, enriched_at = $4, enrichment_attempted_at = $4 WHERE id = $1"),
                               {id, QString::fromUtf8(QJsonDocument(provenance).toJson(QJsonDocument::Compact)), sources.join(u'+'),
                                m_clock.now()});
        !u)
        return u.error();
    auto prospect = m_prospects.get(caller, id);
    if (!prospect)
        return prospect.error();
    return *prospect;
}

} // namespace hector::server
