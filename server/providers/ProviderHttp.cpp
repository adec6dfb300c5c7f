#include "providers/ProviderHttp.h"

#include "db/Database.h"
#include "server/email/EmailInternal.h"
#include "services/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <curl/curl.h>

Q_LOGGING_CATEGORY(lcServerProviders, "hector.server.providers")

namespace hector::server {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hector::server::ProviderHttp", text);
}

constexpr qsizetype kMaxResponseBytes = 8 * 1024 * 1024;

struct Received
{
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

size_t writeBody(char *data, size_t size, size_t count, void *userData)
{
    auto *r = static_cast<Received *>(userData);
    const qsizetype length = qsizetype(size * count);
    const qsizetype room = kMaxResponseBytes - r->body.size();
    if (room > 0)
        r->body.append(data, std::min(length, room));
    return size * count;
}

size_t readHeader(char *data, size_t size, size_t count, void *userData)
{
    auto *r = static_cast<Received *>(userData);
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    if (line.startsWith("HTTP/"))
        r->headers.clear(); // a new response (after 100 Continue)
    else if (const qsizetype colon = line.indexOf(':'); colon > 0)
        r->headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    return size * count;
}

Error adminOnly()
{
    return makeError(QStringLiteral("forbidden"), tr("Seul un administrateur peut consulter ou modifier les quotas d'API."));
}

const QStringList &knownProviders()
{
    static const QStringList list{QStringLiteral("insee"),  QStringLiteral("pappers"), QStringLiteral("google"),
                                  QStringLiteral("nominatim"), QStringLiteral("anthropic"), QStringLiteral("resend"),
                                  QStringLiteral("twilio")};
    return list;
}

QJsonValue intOrNull(const PgResult &r, int i, const char *column)
{
    return r.isNull(i, column) ? QJsonValue(QJsonValue::Null) : QJsonValue(r.toInt(i, column));
}

QJsonValue numberOrNull(const PgResult &r, int i, const char *column)
{
    return r.isNull(i, column) ? QJsonValue(QJsonValue::Null) : QJsonValue(r.text(i, column).toDouble());
}
} // namespace

QByteArray ProviderResponse::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return h.second;
    }
    return {};
}

std::optional<qint64> ProviderResponse::retryAfterSeconds() const
{
    const QByteArray value = header("retry-after");
    if (value.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return std::max<qint64>(seconds, 0);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(QDateTime::currentDateTimeUtc().secsTo(when), 0);
}

ProviderHttp::ProviderHttp(Database &owner, const Clock &clock)
    : m_owner(owner)
    , m_clock(clock)
{
    email_detail::ensureCurlGlobalInit();
}

QString ProviderHttp::endpointOf(const QString &url)
{
    const QUrl u(url);
    return u.path().isEmpty() ? QStringLiteral("/") : u.path();
}

void ProviderHttp::setConfigured(const QString &provider, bool configured)
{
    QMutexLocker lock(&m_mutex);
    m_configured.insert(provider, configured);
}

bool ProviderHttp::isConfigured(const QString &provider) const
{
    QMutexLocker lock(&m_mutex);
    return m_configured.value(provider, false);
}

Result<qint64> ProviderHttp::reserve(const QString &provider, const QString &endpoint)
{
    const QDateTime now = m_clock.now();
    struct Refusal
    {
        QString message;
        qint64 retryAfter = 60;
    };
    std::optional<Refusal> refusal;
    auto id = m_owner.transaction<qint64>([&](PgConnection &c) -> Result<qint64> {
        // One check-and-count at a time per provider, across threads and processes.
        if (auto l = c.exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('hector.quota.' || $1))"), {provider}); !l)
            return l.error();
        auto q = c.exec(QStringLiteral(
                            "SELECT q.per_minute, q.per_hour, q.per_day, q.cost_per_call_eur::text AS cost,"
                            "       q.budget_month_eur::text AS budget,"
                            "  (SELECT count(*) FROM provider_calls WHERE provider = q.provider AND at > greatest($2::timestamptz - interval '1 minute', q.reset_at)) AS minute,"
                            "  (SELECT count(*) FROM provider_calls WHERE provider = q.provider AND at > greatest($2::timestamptz - interval '1 hour', q.reset_at)) AS hour,"
                            "  (SELECT count(*) FROM provider_calls WHERE provider = q.provider AND at > greatest($2::timestamptz - interval '1 day', q.reset_at)) AS day,"
                            "  (SELECT coalesce(sum(cost_eur), 0)::text FROM provider_calls WHERE provider = q.provider"
                            "     AND at >= greatest(date_trunc('month', $2::timestamptz AT TIME ZONE 'Europe/Paris') AT TIME ZONE 'Europe/Paris', q.reset_at)) AS month_cost"
                            " FROM provider_quotas q WHERE q.provider = $1"),
                        {provider, now});
        if (!q)
            return q.error();
        double cost = 0;
        if (q->rows() == 1) {
            cost = q->text(0, "cost").toDouble();
            const struct
            {
                const char *limit;
                const char *used;
                qint64 window;
                const char *label;
            } windows[] = {{"per_minute", "minute", 60, "minute"}, {"per_hour", "hour", 3600, "heure"}, {"per_day", "day", 86400, "jour"}};
            for (const auto &w : windows) {
                if (q->isNull(0, w.limit))
                    continue;
                if (q->toInt(0, w.used) >= q->toInt(0, w.limit)) {
                    refusal = Refusal{tr("Quota d'appels atteint pour %1 (%2 par %3) : réessayez plus tard.")
                                          .arg(provider)
                                          .arg(q->toInt(0, w.limit))
                                          .arg(QString::fromLatin1(w.label)),
                                      w.window};
                    return qint64(0);
                }
            }
            if (!q->isNull(0, "budget") && q->text(0, "month_cost").toDouble() + cost > q->text(0, "budget").toDouble()
                && cost > 0) {
                refusal = Refusal{tr("Budget mensuel de %1 atteint (%2 €) : relevez-le dans « Quotas d'API » ou attendez "
                                     "le mois prochain.")
                                      .arg(provider, q->text(0, "budget")),
                                  3600};
                return qint64(0);
            }
        }
        auto ins = c.exec(QStringLiteral("INSERT INTO provider_calls (provider, at, endpoint, cost_eur) VALUES ($1, $2, $3, $4)"
                                         " RETURNING id"),
                          {provider, now, endpoint, cost});
        if (!ins)
            return ins.error();
        return ins->toInt(0, "id");
    });
    if (!id)
        return id.error();
    if (refusal) {
        recordIncident(provider, endpoint, 429, QStringLiteral("quota_exceeded"), refusal->message);
        Error e = makeError(QStringLiteral("quota_exceeded"), refusal->message);
        e.details.insert(QStringLiteral("provider"), provider);
        e.details.insert(QStringLiteral("retryAfterSeconds"), refusal->retryAfter);
        return e;
    }
    return *id;
}

void ProviderHttp::finish(qint64 callId, int status, qint64 durationMs)
{
    auto conn = m_owner.connection();
    if (!conn)
        return;
    (void)(*conn)->exec(QStringLiteral("UPDATE provider_calls SET http_status = $2, duration_ms = $3 WHERE id = $1"),
                        {callId, status == 0 ? QVariant() : QVariant(status), durationMs});
}

void ProviderHttp::recordIncident(const QString &provider, const QString &endpoint, int httpStatus, const QString &code,
                                  const QString &message, qint64 durationMs)
{
    qCWarning(lcServerProviders).noquote()
        << QStringLiteral("%1 %2: %3 (HTTP %4) %5").arg(provider, endpoint, code).arg(httpStatus).arg(message);
    auto conn = m_owner.connection();
    if (!conn)
        return;
    (void)(*conn)->exec(QStringLiteral("INSERT INTO api_incidents (at, provider, endpoint, http_status, code, message, duration_ms)"
                                       " VALUES ($1, $2, $3, $4, $5, $6, $7)"),
                        {m_clock.now(), provider, endpoint, httpStatus == 0 ? QVariant() : QVariant(httpStatus), code,
                         message.left(1000), durationMs});
}

Result<ProviderResponse> ProviderHttp::send(const ProviderRequest &request)
{
    const QString endpoint = endpointOf(request.url);
    auto callId = reserve(request.provider, endpoint);
    if (!callId)
        return callId.error();

    email_detail::CurlEasy curl(curl_easy_init());
    if (!curl)
        return makeError(QStringLiteral("provider_unavailable"), tr("Initialisation de libcurl impossible."));
    email_detail::CurlSlist headers;
    for (const auto &h : request.headers)
        (void)email_detail::appendToSlist(headers, h.first + ": " + h.second);
    (void)email_detail::appendToSlist(headers, QByteArrayLiteral("Expect:"));
    const QByteArray url = request.url.toUtf8();
    char errorBuffer[CURL_ERROR_SIZE] = {};
    Received received;
    CURL *h = curl.get();
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(h, CURLOPT_URL, url.constData());
#if LIBCURL_VERSION_NUM >= 0x075500
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
#else
    curl_easy_setopt(h, CURLOPT_PROTOCOLS, long(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_TIMEOUT, long(std::max(1, request.timeoutSeconds)));
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, long(std::max(1, request.timeoutSeconds)));
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");
    if (request.method == "GET") {
        curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
    } else {
        curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, request.method.constData());
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, request.body.constData());
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
    }
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, writeBody);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &received);
    curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, readHeader);
    curl_easy_setopt(h, CURLOPT_HEADERDATA, &received);

    QElapsedTimer timer;
    timer.start();
    const CURLcode code = curl_easy_perform(h);
    const qint64 duration = timer.elapsed();
    if (code != CURLE_OK) {
        const QString detail = email_detail::curlErrorText(code, errorBuffer);
        finish(*callId, 0, duration);
        const QString message = code == CURLE_OPERATION_TIMEDOUT
                                    ? tr("%1 n'a pas répondu dans le délai de %2 s.").arg(request.provider).arg(request.timeoutSeconds)
                                    : tr("Impossible de joindre %1 (%2).").arg(request.provider, detail);
        recordIncident(request.provider, endpoint, 0, QStringLiteral("transport_error"), message, duration);
        Error e = makeError(QStringLiteral("provider_unavailable"), message);
        e.details.insert(QStringLiteral("provider"), request.provider);
        return e;
    }
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    finish(*callId, int(status), duration);
    ProviderResponse response{int(status), received.headers, received.body, duration};
    if (status == 429 || status >= 500) {
        recordIncident(request.provider, endpoint, int(status),
                       status == 429 ? QStringLiteral("rate_limited") : QStringLiteral("server_error"),
                       QString::fromUtf8(received.body.left(300)).simplified(), duration);
    }
    qCDebug(lcServerProviders).noquote() << QStringLiteral("%1 %2 %3 -> %4 in %5 ms")
                                                .arg(request.provider, QString::fromLatin1(request.method), endpoint)
                                                .arg(status)
                                                .arg(duration);
    return response;
}

Result<QJsonObject> ProviderHttp::providerJson(const QString &provider)
{
    const QDateTime now = m_clock.now();
    auto conn = m_owner.connection();
    if (!conn)
        return conn.error();
    auto r = (*conn)->exec(
        QStringLiteral(
            "SELECT q.provider, q.label, q.per_minute, q.per_hour, q.per_day, q.cost_per_call_eur::text AS cost,"
            "       q.budget_month_eur::text AS budget,"
            "  (SELECT count(*) FROM provider_calls WHERE provider = q.provider AND at > greatest($2::timestamptz - interval '1 minute', q.reset_at)) AS minute,"
            "  (SELECT count(*) FROM provider_calls WHERE provider = q.provider AND at > greatest($2::timestamptz - interval '1 hour', q.reset_at)) AS hour,"
            "  (SELECT count(*) FROM provider_calls WHERE provider = q.provider AND at > greatest($2::timestamptz - interval '1 day', q.reset_at)) AS day,"
            "  (SELECT count(*) FROM provider_calls WHERE provider = q.provider"
            "     AND at >= greatest(date_trunc('month', $2::timestamptz AT TIME ZONE 'Europe/Paris') AT TIME ZONE 'Europe/Paris', q.reset_at)) AS month,"
            "  (SELECT coalesce(sum(cost_eur), 0)::text FROM provider_calls WHERE provider = q.provider"
            "     AND at >= greatest(date_trunc('day', $2::timestamptz AT TIME ZONE 'Europe/Paris') AT TIME ZONE 'Europe/Paris', q.reset_at)) AS spent_today,"
            "  (SELECT coalesce(sum(cost_eur), 0)::text FROM provider_calls WHERE provider = q.provider"
            "     AND at >= greatest(date_trunc('month', $2::timestamptz AT TIME ZONE 'Europe/Paris') AT TIME ZONE 'Europe/Paris', q.reset_at)) AS spent_month,"
            "  (SELECT row_to_json(x)::text FROM (SELECT at, message FROM api_incidents WHERE provider = q.provider"
            "     ORDER BY at DESC, id DESC LIMIT 1) x) AS last_error"
            " FROM provider_quotas q WHERE q.provider = $1"),
        {provider, now});
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return makeError(QStringLiteral("not_found"), tr("Fournisseur inconnu : « %1 ».").arg(provider));
    QString alert = QStringLiteral("none");
    auto rate = [&alert](double used, double limit) {
        if (limit <= 0 && limit != 0)
            return;
        if (used >= limit)
            alert = QStringLiteral("exceeded");
        else if (used >= 0.8 * limit && alert != QLatin1String("exceeded"))
            alert = QStringLiteral("warning");
    };
    const std::pair<const char *, const char *> windows[] = {{"per_minute", "minute"}, {"per_hour", "hour"}, {"per_day", "day"}};
    for (const auto &[limit, used] : windows) {
        if (!r->isNull(0, limit))
            rate(double(r->toInt(0, used)), double(r->toInt(0, limit)));
    }
    if (!r->isNull(0, "budget"))
        rate(r->text(0, "spent_month").toDouble(), r->text(0, "budget").toDouble());
    QJsonValue lastError = QJsonValue::Null;
    if (!r->isNull(0, "last_error")) {
        const QJsonObject e = QJsonDocument::fromJson(r->text(0, "last_error").toUtf8()).object();
        lastError = QJsonObject{{QStringLiteral("at"),
                                 QDateTime::fromString(e.value(QLatin1StringView("at")).toString(), Qt::ISODateWithMs)
                                     .toUTC()
                                     .toString(Qt::ISODateWithMs)},
                                {QStringLiteral("message"), e.value(QLatin1StringView("message"))}};
    }
    return QJsonObject{
        {QStringLiteral("provider"), provider},
        {QStringLiteral("label"), r->text(0, "label")},
        {QStringLiteral("configured"), isConfigured(provider)},
        {QStringLiteral("limits"), QJsonObject{{QStringLiteral("perMinute"), intOrNull(*r, 0, "per_minute")},
                                               {QStringLiteral("perHour"), intOrNull(*r, 0, "per_hour")},
                                               {QStringLiteral("perDay"), intOrNull(*r, 0, "per_day")}}},
        {QStringLiteral("used"), QJsonObject{{QStringLiteral("minute"), r->toInt(0, "minute")},
                                             {QStringLiteral("hour"), r->toInt(0, "hour")},
                                             {QStringLiteral("day"), r->toInt(0, "day")},
                                             {QStringLiteral("month"), r->toInt(0, "month")}}},
        {QStringLiteral("costPerCallEur"), r->text(0, "cost").toDouble()},
        {QStringLiteral("spentTodayEur"), r->text(0, "spent_today").toDouble()},
        {QStringLiteral("spentMonthEur"), r->text(0, "spent_month").toDouble()},
        {QStringLiteral("budgetMonthEur"), numberOrNull(*r, 0, "budget")},
        {QStringLiteral("alert"), alert},
        {QStringLiteral("lastError"), lastError}};
}

Result<QJsonObject> ProviderHttp::quotas(const AuthUser &caller)
{
    if (caller.user.role != Role::Admin)
        return adminOnly();
    QJsonArray out;
    for (const QString &p : knownProviders()) {
        auto one = providerJson(p);
        if (!one)
            return one.error();
        out.append(*one);
    }
    return QJsonObject{{QStringLiteral("providers"), out}};
}

Result<QJsonObject> ProviderHttp::updateQuota(const AuthUser &caller, const QString &provider, const QJsonObject &body)
{
    if (caller.user.role != Role::Admin)
        return adminOnly();
    if (!knownProviders().contains(provider))
        return makeError(QStringLiteral("not_found"), tr("Fournisseur inconnu : « %1 ».").arg(provider));
    const std::pair<const char *, const char *> members[] = {{"perMinute", "per_minute"},
                                                             {"perHour", "per_hour"},
                                                             {"perDay", "per_day"},
                                                             {"budgetMonthEur", "budget_month_eur"},
                                                             {"costPerCallEur", "cost_per_call_eur"}};
    QStringList sets;
    QVariantList params{provider};
    for (const auto &[member, column] : members) {
        const QJsonValue v = body.value(QLatin1StringView(member));
        if (v.isUndefined())
            continue;
        const bool nullable = QLatin1StringView(member) != QLatin1StringView("costPerCallEur");
        if ((v.isNull() && !nullable) || (!v.isNull() && (!v.isDouble() || v.toDouble() < 0))) {
            Error e = makeError(QStringLiteral("validation_error"),
                                tr("« %1 » doit être un nombre positif ou nul%2.")
                                    .arg(QLatin1StringView(member), nullable ? tr(" (ou null : sans limite)") : QString()));
            e.details.insert(QStringLiteral("field"), QLatin1StringView(member));
            return e;
        }
        params << (v.isNull() ? QVariant() : QVariant(v.toDouble()));
        sets << QStringLiteral("%1 = $%2").arg(QLatin1StringView(column)).arg(params.size());
    }
    if (!sets.isEmpty()) {
        auto conn = m_owner.connection();
        if (!conn)
            return conn.error();
        if (auto r = (*conn)->exec(QStringLiteral("UPDATE provider_quotas SET %1 WHERE provider = $1").arg(sets.join(u',')), params); !r)
            return r.error();
    }
    auto p = providerJson(provider);
    if (!p)
        return p.error();
    return QJsonObject{{QStringLiteral("provider"), *p}};
}

Result<QJsonObject> ProviderHttp::resetQuota(const AuthUser &caller, const QString &provider)
{
    if (caller.user.role != Role::Admin)
        return adminOnly();
    if (!knownProviders().contains(provider))
        return makeError(QStringLiteral("not_found"), tr("Fournisseur inconnu : « %1 ».").arg(provider));
    auto conn = m_owner.connection();
    if (!conn)
        return conn.error();
    if (auto r = (*conn)->exec(QStringLiteral("UPDATE provider_quotas SET reset_at = $2 WHERE provider = $1"),
                               {provider, m_clock.now()});
        !r)
        return r.error();
    auto p = providerJson(provider);
    if (!p)
        return p.error();
    return QJsonObject{{QStringLiteral("provider"), *p}};
}

Result<QJsonObject> ProviderHttp::incidents(const AuthUser &caller, const QUrlQuery &query)
{
    if (caller.user.role != Role::Admin)
        return adminOnly();
    const QString provider = query.queryItemValue(QStringLiteral("provider")).trimmed();
    const QString limitText = query.queryItemValue(QStringLiteral("limit")).trimmed();
    bool ok = true;
    const int limit = limitText.isEmpty() ? 100 : limitText.toInt(&ok);
    if (!ok || limit < 1 || limit > 1000)
        return makeError(QStringLiteral("invalid_request"), tr("« limit » va de 1 à 1000."));
    auto conn = m_owner.connection();
    if (!conn)
        return conn.error();
    auto r = (*conn)->exec(QStringLiteral("SELECT id, at, provider, endpoint, http_status, code, message, duration_ms"
                                          " FROM api_incidents WHERE ($1 = '' OR provider = $1)"
                                          " ORDER BY at DESC, id DESC LIMIT $2"),
                           {provider, limit});
    if (!r)
        return r.error();
    QJsonArray out;
    for (int i = 0; i < r->rows(); ++i) {
        out.append(QJsonObject{{QStringLiteral("id"), r->toInt(i, "id")},
                               {QStringLiteral("at"), r->toDateTime(i, "at").toUTC().toString(Qt::ISODateWithMs)},
                               {QStringLiteral("provider"), r->text(i, "provider")},
                               {QStringLiteral("endpoint"), r->text(i, "endpoint")},
                               {QStringLiteral("httpStatus"), intOrNull(*r, i, "http_status")},
                               {QStringLiteral("code"), r->text(i, "code")},
                               {QStringLiteral("message"), r->text(i, "message")},
                               {QStringLiteral("durationMs"), intOrNull(*r, i, "duration_ms")}});
    }
    return QJsonObject{{QStringLiteral("incidents"), out}};
}

} // namespace hector::server
