#include "services/EnrichmentService.h"

#include "core/Validation.h"
#include "core/crm/CrmRules.h"
#include "core/crm/Postcode.h"
#include "db/Database.h"
#include "jobs/JobQueue.h"
#include "repositories/AuditRepository.h"
#include "services/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace hector::server {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hector::server::EnrichmentService", text);
}

Error adminOnly()
{
    return makeError(QStringLiteral("forbidden"), tr("Seul un administrateur peut piloter l'enrichissement automatique."));
}

QString text(const QJsonObject &row, const char *column)
{
    const QJsonValue v = row.value(QLatin1StringView(column));
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString().trimmed();
}

bool isEmptyValue(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().trimmed().isEmpty());
}

QJsonObject parse(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString notEnrichable()
{
    return tr("Ce prospect n'a ni SIREN, ni SIRET, ni raison sociale exploitable : impossible de l'enrichir.");
}

bool enrichable(const QJsonObject &row)
{
    const QString siren = validation::normalizeDigits(text(row, "siren"));
    const QString siret = validation::normalizeDigits(text(row, "siret"));
    return siren.size() == 9 || siret.size() == 14 || text(row, "company_name").size() >= 2;
}
} // namespace

EnrichmentService::EnrichmentService(Database &db, Database &owner, const Clock &clock, JobQueue &jobs,
                                     InseeClient &insee, PappersClient &pappers, Settings settings)
    : m_db(db)
    , m_owner(owner)
    , m_clock(clock)
    , m_jobs(jobs)
    , m_insee(insee)
    , m_pappers(pappers)
    , m_settings(settings)
{}

QString EnrichmentService::tierOf(int score)
{
    if (score <= 30)
        return QStringLiteral("low");
    if (score <= 60)
        return QStringLiteral("medium");
    if (score <= 89)
        return QStringLiteral("high");
    return QStringLiteral("complete");
}

Result<qint64> EnrichmentService::queue(const QString &prospectId, const QString &userId, const QString &userEmail)
{
    QJsonObject payload{{QStringLiteral("prospectId"), prospectId}};
    if (!userId.isEmpty()) {
        payload.insert(QStringLiteral("userId"), userId);
        payload.insert(QStringLiteral("userEmail"), userEmail);
    }
    // « pending » first: a job that ends at once (nothing to enrich) must not be overwritten by it.
    auto conn = m_owner.connection();
    if (!conn)
        return conn.error();
    if (auto r = (*conn)->exec(QStringLiteral("UPDATE prospects SET enrichment_status = 'pending' WHERE id = $1"
                                              " AND enrichment_status IS DISTINCT FROM 'pending'"),
                               {prospectId});
        !r)
        return r.error();
    auto id = m_jobs.enqueue(kJobKind, payload, QStringLiteral("enrich:") + prospectId);
    if (!id)
        return id.error();
    return *id;
}

Result<QJsonObject> EnrichmentService::request(const AuthUser &caller, const QString &prospectId)
{
    if (QUuid::fromString(prospectId).isNull())
        return makeError(QStringLiteral("not_found"), tr("Ce prospect n'existe pas ou n'est pas visible pour vous."));
    // Visibility first (row-level security): a prospect the caller cannot read does not exist.
    auto row = m_db.transactionAs<QJsonObject>(UserContext::of(caller.user), [&](PgConnection &c) -> Result<QJsonObject> {
        auto r = c.exec(QStringLiteral("SELECT jsonb_build_object('siren', siren, 'siret', siret, 'company_name', company_name)::text AS row"
                                       " FROM prospects WHERE id = $1::uuid"),
                        {prospectId});
        if (!r)
            return r.error();
        if (r->rows() == 0)
            return makeError(QStringLiteral("not_found"), tr("Ce prospect n'existe pas ou n'est pas visible pour vous."));
        return parse(r->text(0, "row"));
    });
    if (!row)
        return row.error();
    if (!enrichable(*row))
        return makeError(QStringLiteral("validation_error"), notEnrichable());
    if (!anyProviderConfigured()) {
        Error e = makeError(QStringLiteral("provider_not_configured"),
                            tr("L'enrichissement n'est pas configuré : ni la clé INSEE ni la clé Pappers ne sont renseignées "
                               "sur le serveur."));
        return e;
    }
    auto id = queue(prospectId, caller.user.id, caller.user.email);
    if (!id)
        return id.error();
    return QJsonObject{{QStringLiteral("jobId"), *id}, {QStringLiteral("status"), QStringLiteral("pending")}};
}

void EnrichmentService::queueAfterQualification(const QString &prospectId, const AuthUser &caller)
{
    if (!anyProviderConfigured())
        return;
    if (auto id = queue(prospectId, caller.user.id, caller.user.email); !id)
        qCWarning(lcServerJobs).noquote() << QStringLiteral("enrichment of %1 not queued: %2").arg(prospectId, id.error().message);
}

Result<void> EnrichmentService::markFailed(const QString &prospectId, const QString &message)
{
    auto conn = m_owner.connection();
    if (!conn)
        return conn.error();
    qCInfo(lcServerJobs).noquote() << QStringLiteral("enrichment of %1 failed: %2").arg(prospectId, message);
    if (auto r = (*conn)->exec(QStringLiteral("UPDATE prospects SET enrichment_status = 'failed', enrichment_attempted_at = $2"
                                              " WHERE id = $1"),
                               {prospectId, m_clock.now()});
        !r)
        return r.error();
    return {};
}

Result<QJsonObject> EnrichmentService::run(const QJsonObject &payload)
{
    const QString prospectId = payload.value(QLatin1StringView("prospectId")).toString();
    auto conn = m_owner.connection();
    if (!conn)
        return conn.error();
    auto loaded = (*conn)->exec(QStringLiteral("SELECT (to_jsonb(p) - '_field_at' - '_field_by')::text AS row FROM prospects p WHERE id = $1"),
                                {prospectId});
    if (!loaded)
        return loaded.error();
    if (loaded->rows() == 0)
        return makeError(QStringLiteral("not_found"), tr("Le prospect à enrichir n'existe plus."));
    const QJsonObject row = parse(loaded->text(0, "row"));
    if (!enrichable(row)) {
        (void)markFailed(prospectId, notEnrichable());
        return makeError(QStringLiteral("validation_error"), notEnrichable());
    }
    const QString siren = validation::normalizeDigits(text(row, "siren"));
    const QString siret = validation::normalizeDigits(text(row, "siret"));

    // 1. INSEE (free): by SIRET, by SIREN, or by name (and postcode).
    std::optional<Company> insee;
    if (m_insee.configured()) {
        Result<Company> found = makeError(QStringLiteral("company_not_found"), QString());
        if (siret.size() == 14) {
            found = m_insee.bySiret(siret);
        } else if (siren.size() == 9) {
            found = m_insee.bySiren(siren);
        } else {
            auto list = m_insee.search(text(row, "company_name"), crm::normalizePostcode(text(row, "postcode")), 5);
            if (!list)
                found = list.error();
            else if (list->isEmpty())
                found = makeError(QStringLiteral("company_not_found"),
                                  tr("Aucune entreprise « %1 » trouvée au registre.").arg(text(row, "company_name")));
            else
                found = list->first();
        }
        if (found) {
            insee = *found;
        } else if (JobQueue::isTransient(found.error())) {
            return found.error(); // retried later by the queue (rate limit, quota, outage)
        } else if (!m_pappers.configured()) {
            (void)markFailed(prospectId, found.error().message);
            return found.error();
        }
    }
    // 2. Pappers (paid): only for what INSEE lacks, and only when the record still misses it.
    std::optional<Company> pappers;
    const QString knownSiren = insee ? insee->siren : siren.size() == 9 ? siren : siret.left(9);
    const bool needsPappers = isEmptyValue(row.value(QLatin1StringView("revenue_eur")))
                              || isEmptyValue(row.value(QLatin1StringView("contact_name"))) || !insee;
    if (m_pappers.configured() && needsPappers && knownSiren.size() == 9) {
        auto found = m_pappers.entreprise(knownSiren);
        if (found)
            pappers = *found;
        else if (!insee && JobQueue::isTransient(found.error()))
            return found.error();
    }
    if (!insee && !pappers) {
        const QString message = tr("Entreprise introuvable dans les registres configurés.");
        (void)markFailed(prospectId, message);
        return makeError(QStringLiteral("company_not_found"), message);
    }

    // 3. What may be written.
    const QDateTime now = m_clock.now();
    const QString at = now.toUTC().toString(Qt::ISODateWithMs);
    QJsonObject provenance = parse(text(row, "enrichment_provenance"));
    if (row.value(QLatin1StringView("enrichment_provenance")).isObject())
        provenance = row.value(QLatin1StringView("enrichment_provenance")).toObject();
    const QJsonObject provenanceBefore = provenance;
    QJsonObject changes;   // column -> new value
    QJsonObject audit;     // column -> {old, new}
    auto offer = [&](const char *column, const QJsonValue &value, const QString &source) {
        if (isEmptyValue(value))
            return;
        const QString col = QString::fromLatin1(column);
        if (changes.contains(col))
            return; // INSEE offered it first
        const QJsonValue current = row.value(col);
        const QJsonObject previous = provenance.value(col).toObject();
        const bool ours = !previous.isEmpty() && previous.value(QLatin1StringView("value")) == current;
        if (!isEmptyValue(current) && !ours)
            return; // typed (or changed) by a user: kept
        provenance.insert(col, QJsonObject{{QStringLiteral("source"), source}, {QStringLiteral("at"), at}, {QStringLiteral("value"), value}});
        if (current == value)
            return;
        changes.insert(col, value);
        audit.insert(col, QJsonObject{{QStringLiteral("old"), current.isUndefined() ? QJsonValue(QJsonValue::Null) : current},
                                      {QStringLiteral("new"), value}});
    };
    auto offerCompany = [&](const Company &c, const QString &source) {
        offer("company_name", c.name, source);
        offer("siren", c.siren, source);
        offer("siret", c.siret, source);
        offer("naf_code", c.nafCode, source);
        offer("legal_form", c.legalForm, source);
        offer("address", c.line1, source);
        offer("postcode", c.postcode, source);
        offer("city", c.city, source);
        offer("headcount_band", c.headcountBand, source);
    };
    QStringList sources;
    if (insee) {
        offerCompany(*insee, QStringLiteral("insee"));
        sources << QStringLiteral("insee");
    }
    if (pappers) {
        if (!insee)
            offerCompany(*pappers, QStringLiteral("pappers"));
        if (pappers->revenue)
            offer("revenue_eur", double(*pappers->revenue), QStringLiteral("pappers"));
        if (!pappers->decisionMakers.isEmpty()) {
            offer("contact_name", pappers->decisionMakers.first().fullName, QStringLiteral("pappers"));
            offer("contact_title", pappers->decisionMakers.first().role, QStringLiteral("pappers"));
        }
        sources << QStringLiteral("pappers");
    }

    // 4. One transaction: the record, its provenance and status, the audit row.
    const QString userId = payload.value(QLatin1StringView("userId")).toString();
    const QString userEmail = payload.value(QLatin1StringView("userEmail")).toString();
    auto written = m_owner.transaction<bool>([&](PgConnection &c) -> Result<bool> {
        // The providers took seconds: a user may have saved the record meanwhile. Locked and read
        // again, a column that changed since the first reading keeps the user's value.
        auto locked = c.exec(QStringLiteral("SELECT (to_jsonb(p) - '_field_at' - '_field_by')::text AS row FROM prospects p "
                                            "WHERE id = $1 FOR UPDATE"),
                             {prospectId});
        if (!locked)
            return locked.error();
        if (locked->rows() == 0)
            return makeError(QStringLiteral("not_found"), tr("Le prospect à enrichir n'existe plus."));
        const QJsonObject fresh = parse(locked->text(0, "row"));
        for (const QString &col : changes.keys()) {
            if (fresh.value(col) == row.value(col))
                continue;
            changes.remove(col);
            audit.remove(col);
            if (provenanceBefore.contains(col))
                provenance.insert(col, provenanceBefore.value(col));
            else
                provenance.remove(col);
        }
        QStringList sets{QStringLiteral("enrichment_status = 'enriched'"), QStringLiteral("enrichment_source = $2"),
                         QStringLiteral("enriched_at = $3"), QStringLiteral("enrichment_attempted_at = $3"),
                         QStringLiteral("enrichment_provenance = $4::jsonb")};
        QVariantList params{prospectId, sources.join(u'+'), now,
                            QString::fromUtf8(QJsonDocument(provenance).toJson(QJsonDocument::Compact))};
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            params << (it.value().isDouble() ? QVariant(it.value().toInteger()) : QVariant(it.value().toString()));
            sets << QStringLiteral("%1 = $%2").arg(it.key()).arg(params.size());
        }
        auto u = c.exec(QStringLiteral("UPDATE prospects SET %1 WHERE id = $1").arg(sets.join(QStringLiteral(", "))), params);
        if (!u)
            return u.error();
        QJsonObject auditChanges = audit;
        auditChanges.insert(QStringLiteral("enrichment_status"),
                            QJsonObject{{QStringLiteral("old"), row.value(QLatin1StringView("enrichment_status"))},
                                        {QStringLiteral("new"), QStringLiteral("enriched")}});
        auditChanges.insert(QStringLiteral("enrichment_source"),
                            QJsonObject{{QStringLiteral("old"), row.value(QLatin1StringView("enrichment_source"))},
                                        {QStringLiteral("new"), sources.join(u'+')}});
        if (auto a = AuditRepository(c).write(AuditEntry{userId, userEmail.isEmpty() ? QStringLiteral("system:enrichment") : userEmail,
                                                         QStringLiteral("UPDATE"), QStringLiteral("prospects"), prospectId,
                                                         auditChanges, QString()},
                                              now);
            !a)
            return a.error();
        return true;
    });
    if (!written)
        return written.error();
    return QJsonObject{{QStringLiteral("prospectId"), prospectId},
                       {QStringLiteral("updated"), QJsonArray::fromStringList(changes.keys())},
                       {QStringLiteral("source"), sources.join(u'+')},
                       {QStringLiteral("partial"), pappers && pappers->partial}};
}

Result<QJsonObject> EnrichmentService::queueCandidates(int limit, bool cooldown, const QDateTime &now)
{
    auto conn = m_owner.connection();
    if (!conn)
        return conn.error();
    auto r = (*conn)->exec(
        QStringLiteral("SELECT id::text AS id, (to_jsonb(p) - '_field_at' - '_field_by' - 'enrichment_provenance')::text AS row"
                       " FROM prospects p"
                       " WHERE (enrichment_status IS DISTINCT FROM 'pending'"
                       "        OR NOT EXISTS (SELECT 1 FROM jobs j WHERE j.dedupe_key = 'enrich:' || p.id::text"
                       "                       AND j.status IN ('queued', 'running')))"
                       "   AND ($1::boolean IS FALSE OR enrichment_attempted_at IS NULL OR enrichment_attempted_at < $2)"
                       "   AND ($1::boolean OR enrichment_status IS NULL OR enrichment_status = 'failed')"
                       "   AND (siren IS NOT NULL OR siret IS NOT NULL OR length(trim(coalesce(company_name, ''))) >= 2)"),
        {cooldown, now.addDays(-m_settings.cooldownDays)});
    if (!r)
        return r.error();
    struct Candidate
    {
        QString id;
        int score;
    };
    QList<Candidate> candidates;
    for (int i = 0; i < r->rows(); ++i) {
        const int score = crm::dataQualityScore(parse(r->text(i, "row")));
        if (score < 90)
            candidates.append({r->text(i, "id"), score});
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) { return a.score < b.score; });
    QJsonObject tiers{{QStringLiteral("low"), 0}, {QStringLiteral("medium"), 0}, {QStringLiteral("high"), 0}};
    int queued = 0;
    for (const Candidate &c : std::as_const(candidates)) {
        if (queued >= limit)
            break;
        auto id = queue(c.id, {}, {});
        if (!id)
            return id.error();
        ++queued;
        const QString tier = tierOf(c.score);
        tiers.insert(tier, tiers.value(tier).toInt() + 1);
    }
    return QJsonObject{{QStringLiteral("queued"), queued},
                       {QStringLiteral("candidates"), int(candidates.size())},
                       {QStringLiteral("tiers"), tiers}};
}

Result<QJsonObject> EnrichmentService::nightly(const QDateTime &now)
{
    if (!anyProviderConfigured())
        return QJsonObject{{QStringLiteral("queued"), 0}, {QStringLiteral("skipped"), tr("Aucun fournisseur configuré (INSEE, Pappers).")}};
    return queueCandidates(m_settings.nightlyLimit, true, now);
}

Result<QJsonObject> EnrichmentService::backfill(const AuthUser &caller, const QJsonObject &body)
{
    if (caller.user.role != Role::Admin)
        return adminOnly();
    const QJsonValue v = body.value(QLatin1StringView("limit"));
    int limit = m_settings.nightlyLimit;
    if (!v.isUndefined() && !v.isNull()) {
        if (!v.isDouble() || v.toDouble() < 1 || v.toDouble() > 5000) {
            Error e = makeError(QStringLiteral("validation_error"), tr("« limit » va de 1 à 5000."));
            e.details.insert(QStringLiteral("field"), QStringLiteral("limit"));
            return e;
        }
        limit = v.toInt();
    }
    if (!anyProviderConfigured())
        return makeError(QStringLiteral("provider_not_configured"),
                         tr("L'enrichissement n'est pas configuré : ni la clé INSEE ni la clé Pappers ne sont renseignées "
                            "sur le serveur."));
    auto out = queueCandidates(limit, false, m_clock.now());
    if (!out)
        return out.error();
    return QJsonObject{{QStringLiteral("queued"), out->value(QLatin1StringView("queued"))}};
}

Result<QJsonObject> EnrichmentService::stats(const AuthUser &caller, const QJsonObject &lastRun)
{
    if (caller.user.role != Role::Admin)
        return adminOnly();
    auto conn = m_owner.connection();
    if (!conn)
        return conn.error();
    auto s = (*conn)->exec(QStringLiteral("SELECT coalesce(enrichment_status, 'never') AS status, count(*) AS n FROM prospects GROUP BY 1"));
    if (!s)
        return s.error();
    QJsonObject statuses{{QStringLiteral("pending"), 0}, {QStringLiteral("enriched"), 0}, {QStringLiteral("failed"), 0}, {QStringLiteral("never"), 0}};
    for (int i = 0; i < s->rows(); ++i)
        statuses.insert(s->text(i, "status"), s->toInt(i, "n"));
    auto rows = (*conn)->exec(QStringLiteral("SELECT (to_jsonb(p) - '_field_at' - '_field_by' - 'enrichment_provenance')::text AS row FROM prospects p"));
    if (!rows)
        return rows.error();
    QHash<QString, int> tiers;
    for (int i = 0; i < rows->rows(); ++i)
        ++tiers[tierOf(crm::dataQualityScore(parse(rows->text(i, "row"))))];
    return QJsonObject{
        {QStringLiteral("statuses"), statuses},
        {QStringLiteral("tiers"), QJsonObject{{QStringLiteral("low"), tiers.value(QStringLiteral("low"))},
                                              {QStringLiteral("medium"), tiers.value(QStringLiteral("medium"))},
                                              {QStringLiteral("high"), tiers.value(QStringLiteral("high"))},
                                              {QStringLiteral("complete"), tiers.value(QStringLiteral("complete"))}}},
        {QStringLiteral("nightlyLimit"), m_settings.nightlyLimit},
        {QStringLiteral("cooldownDays"), m_settings.cooldownDays},
        {QStringLiteral("lastRun"), lastRun.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(lastRun)},
        {QStringLiteral("providers"), QJsonObject{{QStringLiteral("insee"), QJsonObject{{QStringLiteral("configured"), m_insee.configured()}}},
                                                  {QStringLiteral("pappers"), QJsonObject{{QStringLiteral("configured"), m_pappers.configured()}}}}}};
}

} // namespace hector::server
