#include "server/ocr/OcrService.h"

#include "core/Roles.h"
#include "db/Database.h"
#include "services/Clock.h"
#include "services/LocalTime.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMap>
#include <QUuid>

Q_DECLARE_LOGGING_CATEGORY(lcServerOcr)

namespace hector::server {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hector::server::OcrService", text);
}

Error invalid(const QString &message)
{
    return makeError(QStringLiteral("invalid_request"), message);
}

// Error types of the monitoring (module 25: « format », « qualité »…), code -> French label.
const QList<QPair<QString, QString>> &errorTypes()
{
    static const QList<QPair<QString, QString>> types{
        {QStringLiteral("format"), tr("Format d'image")},
        {QStringLiteral("quality"), tr("Qualité insuffisante")},
        {QStringLiteral("not_configured"), tr("Claude non configuré")},
        {QStringLiteral("authentication"), tr("Clé API refusée")},
        {QStringLiteral("rate_limited"), tr("Limite de requêtes")},
        {QStringLiteral("overloaded"), tr("Service surchargé")},
        {QStringLiteral("provider_error"), tr("Erreur du fournisseur")},
        {QStringLiteral("invalid_response"), tr("Réponse illisible")},
        {QStringLiteral("network"), tr("Réseau")},
        {QStringLiteral("timeout"), tr("Délai dépassé")},
        {QStringLiteral("engine_error"), tr("Erreur du moteur local")},
        {QStringLiteral("cancelled"), tr("Annulé par l'utilisateur")},
    };
    return types;
}

bool isErrorType(const QString &type)
{
    for (const auto &[code, label] : errorTypes()) {
        if (code == type)
            return true;
    }
    return false;
}

QString errorTypeLabel(const QString &type)
{
    for (const auto &[code, label] : errorTypes()) {
        if (code == type)
            return label;
    }
    return type;
}

QString errorTypeOf(const Error &error)
{
    const QString type = error.details.value(QStringLiteral("errorType")).toString();
    return isErrorType(type) ? type : QStringLiteral("provider_error");
}

bool mediaMatches(const QByteArray &data, const QString &mediaType)
{
    if (mediaType == QLatin1String("image/jpeg"))
        return data.startsWith("\xFF\xD8\xFF");
    if (mediaType == QLatin1String("image/png"))
        return data.startsWith("\x89PNG\r\n\x1A\n");
    if (mediaType == QLatin1String("image/gif"))
        return data.startsWith("GIF87a") || data.startsWith("GIF89a");
    if (mediaType == QLatin1String("image/webp"))
        return data.size() > 12 && data.startsWith("RIFF") && data.mid(8, 4) == "WEBP";
    return false;
}

QJsonValue rate(qint64 part, qint64 total)
{
    return total > 0 ? QJsonValue(double(part) / double(total)) : QJsonValue(QJsonValue::Null);
}

QJsonValue numberOrNull(const PgResult &r, int row, const char *column)
{
    if (r.isNull(row, column))
        return QJsonValue::Null;
    return std::round(r.text(row, column).toDouble());
}
} // namespace

OcrService::OcrService(Database &db, const Clock &clock, ProviderHttp &http)
    : m_db(db)
    , m_clock(clock)
    , m_vision(clock, http)
{
}

int OcrService::httpStatus(const Error &error)
{
    static const QHash<QString, int> statuses{
        {QStringLiteral("invalid_request"), 400},
        {QStringLiteral("forbidden"), 403},
        {QStringLiteral("provider_not_configured"), 503},
        {QStringLiteral("ocr_provider_auth"), 502},
        {QStringLiteral("ocr_rate_limited"), 429},
        {QStringLiteral("ocr_overloaded"), 503},
        {QStringLiteral("ocr_provider_error"), 502},
        {QStringLiteral("ocr_image_rejected"), 422},
        {QStringLiteral("image_too_large"), 413},
        {QStringLiteral("ocr_invalid_response"), 502},
        {QStringLiteral("ocr_unreadable"), 422},
        {QStringLiteral("ocr_provider_unavailable"), 502},
    };
    return statuses.value(error.code, 0);
}

QJsonObject OcrService::engines() const
{
    return QJsonObject{
        {QStringLiteral("engines"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("tesseract")},
                                {QStringLiteral("label"), tr("Local (Tesseract)")},
                                {QStringLiteral("where"), QStringLiteral("client")}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("claude")},
                                {QStringLiteral("label"), tr("Claude (serveur)")},
                                {QStringLiteral("where"), QStringLiteral("server")},
                                {QStringLiteral("configured"), m_vision.isConfigured()}}}},
        {QStringLiteral("maxImageBytes"), kMaxImageBytes}};
}

void OcrService::record(const AuthUser &caller, const QString &engine, const Error *error, qint64 durationMs,
                        int fieldsFound)
{
    const UserContext ctx = UserContext::of(caller.user);
    auto written = m_db.transactionAs<bool>(ctx, [&](PgConnection &c) -> Result<bool> {
        auto r = c.exec(QStringLiteral("INSERT INTO ocr_requests (organization_id, entity_id, user_id, engine, status, "
                                       "error_type, duration_ms, fields_found, created_at) "
                                       "VALUES ($1, NULLIF($2, '')::uuid, $3, $4, $5, $6, $7, $8, $9)"),
                        {caller.user.organizationId, caller.user.entityId, caller.user.id, engine,
                         error ? QStringLiteral("failure") : QStringLiteral("success"),
                         error ? QVariant(errorTypeOf(*error)) : QVariant(),
                         std::max<qint64>(0, durationMs), error ? QVariant() : QVariant(fieldsFound), m_clock.now()});
        if (!r)
            return r.error();
        return true;
    });
    if (!written) // Monitoring is best effort: the user's result is not lost for it.
        qCWarning(lcServerOcr) << "ocr_requests: not recorded:" << written.error().message;
}

Result<QJsonObject> OcrService::scanBusinessCard(const AuthUser &caller, const QJsonObject &body)
{
    const QJsonValue imageValue = body.value(QStringLiteral("image"));
    const QString mediaType = body.value(QStringLiteral("mediaType")).toString().trimmed().toLower();
    if (!imageValue.isString() || imageValue.toString().isEmpty())
        return invalid(tr("L'image de la carte (« image », en base64) est obligatoire."));
    static const QStringList mediaTypes{QStringLiteral("image/jpeg"), QStringLiteral("image/png"),
                                        QStringLiteral("image/webp"), QStringLiteral("image/gif")};
    if (!mediaTypes.contains(mediaType))
        return invalid(tr("Type d'image « %1 » non pris en charge : JPEG, PNG, WebP ou GIF.")
                           .arg(body.value(QStringLiteral("mediaType")).toString()));
    QString countryHint = body.value(QStringLiteral("countryHint")).toString().toUpper();
    if (countryHint != QLatin1String("BE") && countryHint != QLatin1String("LU"))
        countryHint = caller.user.entityCountry.isEmpty() ? QStringLiteral("FR") : caller.user.entityCountry;

    QElapsedTimer timer;
    timer.start();
    const QByteArray encoded = imageValue.toString().toLatin1();
    // Decoded size from the base64 length, before decoding a huge body.
    if (encoded.size() / 4 * 3 > kMaxImageBytes + 3) {
        Error e{QStringLiteral("image_too_large"),
                tr("L'image dépasse %1 Mo : réduisez sa résolution ou recadrez la carte.").arg(kMaxImageBytes / (1024 * 1024)),
                QJsonObject{{QStringLiteral("errorType"), QStringLiteral("format")},
                            {QStringLiteral("maxBytes"), kMaxImageBytes}}};
        record(caller, QStringLiteral("claude"), &e, timer.elapsed(), 0);
        return e;
    }
    const QByteArray::FromBase64Result decodedResult = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray *decoded = decodedResult ? &decodedResult.decoded : nullptr;
    if (!decoded || decoded->isEmpty())
        return invalid(tr("L'image n'est pas un contenu base64 valide."));
    if (decoded->size() > kMaxImageBytes) {
        Error e{QStringLiteral("image_too_large"),
                tr("L'image dépasse %1 Mo : réduisez sa résolution ou recadrez la carte.").arg(kMaxImageBytes / (1024 * 1024)),
                QJsonObject{{QStringLiteral("errorType"), QStringLiteral("format")},
                            {QStringLiteral("maxBytes"), kMaxImageBytes}}};
        record(caller, QStringLiteral("claude"), &e, timer.elapsed(), 0);
        return e;
    }
    if (!mediaMatches(*decoded, mediaType)) {
        Error e{QStringLiteral("ocr_image_rejected"),
                tr("Le contenu de l'image ne correspond pas au type « %1 » annoncé.").arg(mediaType),
                QJsonObject{{QStringLiteral("errorType"), QStringLiteral("format")}}};
        record(caller, QStringLiteral("claude"), &e, timer.elapsed(), 0);
        return e;
    }

    auto result = m_vision.readBusinessCard(*decoded, mediaType, countryHint);
    const qint64 elapsed = timer.elapsed();
    if (!result) {
        record(caller, QStringLiteral("claude"), &result.error(), elapsed, 0);
        return result.error();
    }
    record(caller, QStringLiteral("claude"), nullptr, elapsed, result->fields.filledCount());
    return QJsonObject{{QStringLiteral("engine"), QStringLiteral("claude")},
                       {QStringLiteral("model"), result->model},
                       {QStringLiteral("fields"), result->fields.toJson()},
                       {QStringLiteral("prospect"), result->fields.toProspectColumns()},
                       {QStringLiteral("text"), result->text},
                       {QStringLiteral("durationMs"), elapsed}};
}

Result<QJsonObject> OcrService::recordEvents(const AuthUser &caller, const QJsonObject &body)
{
    const QJsonValue eventsValue = body.value(QStringLiteral("events"));
    if (!eventsValue.isArray())
        return invalid(tr("« events » doit être une liste d'essais de reconnaissance."));
    const QJsonArray events = eventsValue.toArray();
    if (events.size() > 100)
        return invalid(tr("100 essais au plus par envoi."));
    const QDateTime now = m_clock.now();
    struct Row
    {
        QString id;
        QString status;
        QVariant errorType;
        qint64 durationMs;
        QVariant fieldsFound;
        QVariant confidence;
        QDateTime at;
    };
    QList<Row> rows;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject e = events.at(i).toObject();
        const QString where = tr("essai %1 : ").arg(i + 1);
        const QUuid id = QUuid::fromString(e.value(QStringLiteral("id")).toString());
        if (id.isNull())
            return invalid(where + tr("identifiant (« id », UUID) manquant ou invalide."));
        if (e.value(QStringLiteral("engine")).toString() != QLatin1String("tesseract"))
            return invalid(where + tr("seul le moteur local « tesseract » est déclaré par le poste (les appels à Claude "
                                      "sont enregistrés par le serveur)."));
        const QString status = e.value(QStringLiteral("status")).toString();
        if (status != QLatin1String("success") && status != QLatin1String("failure"))
            return invalid(where + tr("« status » doit valoir success ou failure."));
        const QString errorType = e.value(QStringLiteral("errorType")).toString();
        if (status == QLatin1String("failure") && !isErrorType(errorType))
            return invalid(where + tr("type d'erreur « %1 » inconnu.").arg(errorType));
        const double duration = e.value(QStringLiteral("durationMs")).toDouble(-1);
        if (duration < 0 || duration > 3600 * 1000)
            return invalid(where + tr("durée (« durationMs ») invalide."));
        QDateTime at = now;
        if (e.contains(QStringLiteral("occurredAt"))) {
            at = QDateTime::fromString(e.value(QStringLiteral("occurredAt")).toString(), Qt::ISODateWithMs);
            if (!at.isValid() || at > now.addSecs(300) || at < now.addDays(-90))
                return invalid(where + tr("date (« occurredAt ») invalide ou hors des 90 derniers jours."));
        }
        const QJsonValue fields = e.value(QStringLiteral("fieldsFound"));
        const QJsonValue confidence = e.value(QStringLiteral("confidence"));
        rows.append({id.toString(QUuid::WithoutBraces), status,
                     status == QLatin1String("failure") ? QVariant(errorType) : QVariant(), qint64(duration),
                     fields.isDouble() && status == QLatin1String("success") ? QVariant(std::clamp(fields.toInt(), 0, 20)) : QVariant(),
                     confidence.isDouble() ? QVariant(std::clamp(confidence.toDouble(), 0.0, 100.0)) : QVariant(), at.toUTC()});
    }
    const UserContext ctx = UserContext::of(caller.user);
    auto accepted = m_db.transactionAs<int>(ctx, [&](PgConnection &c) -> Result<int> {
        int n = 0;
        for (const Row &row : std::as_const(rows)) {
            auto r = c.exec(QStringLiteral("INSERT INTO ocr_requests (id, organization_id, entity_id, user_id, engine, status, "
                                           "error_type, duration_ms, fields_found, confidence, created_at) "
                                           "VALUES ($1, $2, NULLIF($3, '')::uuid, $4, 'tesseract', $5, $6, $7, $8, $9, $10) "
                                           "ON CONFLICT (id) DO NOTHING"),
                            {row.id, caller.user.organizationId, caller.user.entityId, caller.user.id, row.status,
                             row.errorType, row.durationMs, row.fieldsFound, row.confidence, row.at});
            if (!r)
                return r.error();
            n += r->affectedRows();
        }
        return n;
    });
    if (!accepted)
        return accepted.error();
    return QJsonObject{{QStringLiteral("accepted"), *accepted},
                       {QStringLiteral("duplicates"), int(rows.size()) - *accepted}};
}

Result<QJsonObject> OcrService::stats(const AuthUser &caller, const QUrlQuery &query)
{
    const Role role = caller.user.role;
    if (role != Role::Admin && role != Role::President && role != Role::Manager)
        return makeError(QStringLiteral("forbidden"),
                         tr("Le suivi OCR est réservé aux administrateurs, aux présidents et aux managers."));
    QString period = query.queryItemValue(QStringLiteral("period"));
    if (period.isEmpty())
        period = QStringLiteral("30d");
    static const QHash<QString, int> periods{{QStringLiteral("7d"), 7}, {QStringLiteral("30d"), 30}, {QStringLiteral("90d"), 90}};
    if (!periods.contains(period))
        return invalid(tr("Le paramètre « period » doit valoir 7d, 30d ou 90d."));
    const int days = periods.value(period);
    const QDate today = m_clock.now().toTimeZone(localtime::zone()).date();
    const QDate firstDay = today.addDays(-(days - 1));
    const QDateTime from = QDateTime(firstDay, QTime(0, 0), localtime::zone()).toUTC();
    const QDateTime to = QDateTime(today.addDays(1), QTime(0, 0), localtime::zone()).toUTC();

    const UserContext ctx = UserContext::of(caller.user);
    return m_db.transactionAs<QJsonObject>(ctx, [&](PgConnection &c) -> Result<QJsonObject> {
        // Row-level security decides the scope (organisation, or a manager's entities and own
        // rows). Response times leave out attempts that never reached an engine (Claude not
        // configured).
        const QString scope = QStringLiteral(" FROM ocr_requests WHERE created_at >= $1 AND created_at < $2 ");
        auto engines = c.exec(
            QStringLiteral("SELECT engine, count(*) AS total, count(*) FILTER (WHERE status = 'success') AS ok, "
                           "avg(duration_ms) FILTER (WHERE error_type IS DISTINCT FROM 'not_configured') AS avg_ms, "
                           "percentile_cont(0.5) WITHIN GROUP (ORDER BY duration_ms) "
                           "  FILTER (WHERE error_type IS DISTINCT FROM 'not_configured') AS p50, "
                           "percentile_cont(0.95) WITHIN GROUP (ORDER BY duration_ms) "
                           "  FILTER (WHERE error_type IS DISTINCT FROM 'not_configured') AS p95, "
                           "avg(fields_found) AS fields")
                + scope + QStringLiteral("GROUP BY engine ORDER BY engine"),
            {from, to});
        if (!engines)
            return engines.error();
        qint64 total = 0;
        qint64 ok = 0;
        QJsonArray engineRows;
        for (int i = 0; i < engines->rows(); ++i) {
            const QString engine = engines->text(i, "engine");
            const qint64 t = engines->toInt(i, "total");
            const qint64 s = engines->toInt(i, "ok");
            total += t;
            ok += s;
            engineRows.append(QJsonObject{
                {QStringLiteral("engine"), engine},
                {QStringLiteral("label"), engine == QLatin1String("claude") ? tr("Claude (serveur)") : tr("Local (Tesseract)")},
                {QStringLiteral("total"), t},
                {QStringLiteral("success"), s},
                {QStringLiteral("failure"), t - s},
                {QStringLiteral("successRate"), rate(s, t)},
                {QStringLiteral("avgMs"), numberOrNull(*engines, i, "avg_ms")},
                {QStringLiteral("p50Ms"), numberOrNull(*engines, i, "p50")},
                {QStringLiteral("p95Ms"), numberOrNull(*engines, i, "p95")},
                {QStringLiteral("avgFieldsFound"),
                 engines->isNull(i, "fields") ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(std::round(engines->text(i, "fields").toDouble() * 10) / 10)}});
        }
        auto errors = c.exec(QStringLiteral("SELECT error_type, engine, count(*) AS n") + scope
                                 + QStringLiteral("AND status = 'failure' GROUP BY error_type, engine "
                                                  "ORDER BY count(*) DESC, error_type, engine"),
                             {from, to});
        if (!errors)
            return errors.error();
        QMap<QString, QJsonObject> byType;
        QStringList typeOrder;
        for (int i = 0; i < errors->rows(); ++i) {
            const QString type = errors->text(i, "error_type");
            if (!byType.contains(type)) {
                typeOrder << type;
                byType.insert(type, QJsonObject{{QStringLiteral("type"), type},
                                                {QStringLiteral("label"), errorTypeLabel(type)},
                                                {QStringLiteral("count"), 0},
                                                {QStringLiteral("byEngine"), QJsonObject{}}});
            }
            QJsonObject o = byType.value(type);
            const qint64 n = errors->toInt(i, "n");
            o.insert(QStringLiteral("count"), o.value(QStringLiteral("count")).toInteger() + n);
            QJsonObject perEngine = o.value(QStringLiteral("byEngine")).toObject();
            perEngine.insert(errors->text(i, "engine"), n);
            o.insert(QStringLiteral("byEngine"), perEngine);
            byType.insert(type, o);
        }
        QJsonArray errorRows;
        for (const QString &type : std::as_const(typeOrder))
            errorRows.append(byType.value(type));

        auto perDay = c.exec(QStringLiteral("SELECT to_char((created_at AT TIME ZONE 'Europe/Paris')::date, 'YYYY-MM-DD') AS day, "
                                            "engine, count(*) FILTER (WHERE status = 'success') AS ok, "
                                            "count(*) FILTER (WHERE status = 'failure') AS ko, avg(duration_ms) AS avg_ms")
                                 + scope + QStringLiteral("GROUP BY 1, engine"),
                             {from, to});
        if (!perDay)
            return perDay.error();
        QHash<QString, QJsonObject> dayRows;
        for (int i = 0; i < perDay->rows(); ++i) {
            const QString day = perDay->text(i, "day");
            QJsonObject o = dayRows.value(day);
            const QString engine = perDay->text(i, "engine");
            o.insert(QStringLiteral("success"), o.value(QStringLiteral("success")).toInteger() + perDay->toInt(i, "ok"));
            o.insert(QStringLiteral("failure"), o.value(QStringLiteral("failure")).toInteger() + perDay->toInt(i, "ko"));
            o.insert(engine + QStringLiteral("AvgMs"), numberOrNull(*perDay, i, "avg_ms"));
            o.insert(engine, perDay->toInt(i, "ok") + perDay->toInt(i, "ko"));
            dayRows.insert(day, o);
        }
        QJsonArray dayArray;
        for (QDate d = firstDay; d <= today; d = d.addDays(1)) {
            const QString key = d.toString(Qt::ISODate);
            QJsonObject o = dayRows.value(key);
            o.insert(QStringLiteral("date"), key);
            for (const char *k : {"success", "failure", "claude", "tesseract"}) {
                if (!o.contains(QLatin1String(k)))
                    o.insert(QLatin1String(k), 0);
            }
            dayArray.append(o);
        }
        return QJsonObject{{QStringLiteral("period"), period},
                           {QStringLiteral("from"), from.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("to"), to.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("total"), total},
                           {QStringLiteral("success"), ok},
                           {QStringLiteral("failure"), total - ok},
                           {QStringLiteral("successRate"), rate(ok, total)},
                           {QStringLiteral("claudeConfigured"), m_vision.isConfigured()},
                           {QStringLiteral("engines"), engineRows},
                           {QStringLiteral("errorTypes"), errorRows},
                           {QStringLiteral("days"), dayArray}};
    });
}

} // namespace hector::server
