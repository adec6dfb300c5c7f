#include "ui/prospects/ProspectSupport.h"

#include "core/crm/CrmRules.h"
#include "core/sync/RowValidation.h"
#include "core/sync/SyncSchema.h"
#include "ui/Theme.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace hector::ui::prospects {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hector::ui::prospects", text);
}
} // namespace

QString statusLabel(const QString &status)
{
    for (const auto &s : sync::prospectStatuses()) {
        if (s.first == status)
            return s.second;
    }
    return status;
}

QColor statusColor(const QString &status)
{
    if (status == QLatin1String("nouveau"))
        return palette::accent;
    if (status == QLatin1String("a_qualifier"))
        return palette::warning;
    if (status == QLatin1String("qualifie"))
        return QColor(0x6a, 0x4c, 0x93);
    if (status == QLatin1String("en_cours"))
        return QColor(0x1f, 0x8a, 0x9c);
    if (status == QLatin1String("client"))
        return palette::success;
    if (status == QLatin1String("perdu"))
        return palette::mutedText;
    return palette::border;
}

QString countryLabel(const QString &countryCode)
{
    if (countryCode == QLatin1String("FR"))
        return tr("France");
    if (countryCode == QLatin1String("LU"))
        return tr("Luxembourg");
    if (countryCode == QLatin1String("BE"))
        return tr("Belgique");
    return countryCode;
}

QString enrichmentStatusLabel(const QString &status)
{
    if (status == QLatin1String("pending"))
        return tr("En attente");
    if (status == QLatin1String("enriched"))
        return tr("Fiche enrichie");
    if (status == QLatin1String("failed"))
        return tr("Échec de l'enrichissement");
    return status;
}

const QList<QPair<QString, QString>> &sources()
{
    static const QList<QPair<QString, QString>> list{
        {QStringLiteral("terrain"), tr("Terrain")},
        {QStringLiteral("appel_entrant"), tr("Appel entrant")},
        {QStringLiteral("site_web"), tr("Site web")},
        {QStringLiteral("recommandation"), tr("Recommandation")},
        {QStringLiteral("salon"), tr("Salon")},
        {QStringLiteral("import"), tr("Import")},
    };
    return list;
}

QString sourceLabel(const QString &source)
{
    for (const auto &s : sources()) {
        if (s.first == source)
            return s.second;
    }
    return source;
}

QString fieldLabel(const QString &column)
{
    static const QHash<QString, QString> labels{
        {QStringLiteral("company_name"), tr("Raison sociale")},
        {QStringLiteral("siren"), tr("SIREN")},
        {QStringLiteral("siret"), tr("SIRET")},
        {QStringLiteral("naf_code"), tr("Code NAF")},
        {QStringLiteral("legal_form"), tr("Forme juridique")},
        {QStringLiteral("address"), tr("Adresse")},
        {QStringLiteral("postcode"), tr("Code postal")},
        {QStringLiteral("city"), tr("Ville")},
        {QStringLiteral("country_code"), tr("Pays")},
        {QStringLiteral("entity_id"), tr("Entité")},
        {QStringLiteral("phone"), tr("Téléphone")},
        {QStringLiteral("mobile_phone"), tr("Mobile")},
        {QStringLiteral("email"), tr("E-mail")},
        {QStringLiteral("website"), tr("Site web")},
        {QStringLiteral("contact_name"), tr("Décideur")},
        {QStringLiteral("contact_title"), tr("Fonction du décideur")},
        {QStringLiteral("owner_id"), tr("Responsable")},
        {QStringLiteral("status"), tr("Statut")},
        {QStringLiteral("source"), tr("Source")},
        {QStringLiteral("headcount_band"), tr("Tranche d'effectif")},
        {QStringLiteral("revenue_eur"), tr("Chiffre d'affaires")},
        {QStringLiteral("qualified_at"), tr("Qualifié le")},
        {QStringLiteral("qualified_by"), tr("Qualifié par")},
    };
    return labels.value(column, column);
}

QList<EntityInfo> loadEntities(const QSqlDatabase &db)
{
    QList<EntityInfo> all;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id, name, country_code, parent_id, level FROM entities ORDER BY level, name"));
    while (q.next()) {
        all.append(EntityInfo{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toInt()});
    }
    // Depth first: each entity followed by its sub-entities.
    QList<EntityInfo> out;
    QSet<QString> ids;
    for (const EntityInfo &e : all)
        ids.insert(e.id);
    std::function<void(const QString &)> children = [&](const QString &parentId) {
        for (const EntityInfo &e : all) {
            if (e.parentId == parentId) {
                out.append(e);
                children(e.id);
            }
        }
    };
    for (const EntityInfo &e : all) {
        if (e.parentId.isEmpty() || !ids.contains(e.parentId)) { // roots (or parents we cannot see)
            out.append(e);
            children(e.id);
        }
    }
    return out;
}

QString entityPath(const QList<EntityInfo> &entities, const QString &entityId)
{
    QStringList path;
    QString id = entityId;
    for (int depth = 0; depth < 16 && !id.isEmpty(); ++depth) {
        const auto it = std::find_if(entities.cbegin(), entities.cend(), [&id](const EntityInfo &e) { return e.id == id; });
        if (it == entities.cend())
            break;
        path.prepend(it->name);
        id = it->parentId;
    }
    return path.join(QStringLiteral(" › "));
}

QList<UserInfo> loadUsers(const QSqlDatabase &db, bool activeOnly)
{
    QList<UserInfo> out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id, trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')), email, "
                          "entity_id, active FROM users %1 ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE")
               .arg(activeOnly ? QStringLiteral("WHERE active = 1") : QString()));
    while (q.next()) {
        const QString name = q.value(1).toString();
        out.append(UserInfo{q.value(0).toString(), name.isEmpty() ? q.value(2).toString() : name,
                            q.value(3).toString(), q.value(4).toBool()});
    }
    return out;
}

QString userName(const QSqlDatabase &db, const QString &userId)
{
    if (userId.isEmpty())
        return {};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')), email "
                             "FROM users WHERE id = ?"));
    q.addBindValue(userId);
    if (!q.exec() || !q.next())
        return {};
    const QString name = q.value(0).toString();
    return name.isEmpty() ? q.value(1).toString() : name;
}

QString nowTimestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime parseTimestamp(const QString &iso)
{
    if (iso.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(iso, Qt::ISODate);
    return dt.isValid() ? dt.toLocalTime() : QDateTime();
}

QString formatTimestamp(const QString &iso)
{
    const QDateTime dt = parseTimestamp(iso);
    return dt.isValid() ? QLocale().toString(dt, QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

QString relativeAge(const QDateTime &from, const QDateTime &now)
{
    if (!from.isValid())
        return {};
    const qint64 days = from.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days <= 0) {
        const qint64 hours = from.secsTo(now) / 3600;
        if (hours < 1)
            return tr("il y a moins d'une heure");
        return hours == 1 ? tr("il y a 1 heure") : tr("il y a %1 heures").arg(hours);
    }
    if (days == 1)
        return tr("hier");
    if (days < 30)
        return tr("il y a %1 jours").arg(days);
    const qint64 months = days / 30;
    if (months < 12)
        return months == 1 ? tr("il y a 1 mois") : tr("il y a %1 mois").arg(months);
    const qint64 years = days / 365;
    return years <= 1 ? tr("il y a plus d'un an") : tr("il y a %1 ans").arg(years);
}

QJsonObject rowToJson(const QVariantMap &row)
{
    const sync::TableSpec *spec = sync::syncedTable(QStringLiteral("prospects"));
    QJsonObject out;
    for (auto it = row.begin(); it != row.end(); ++it) {
        const sync::ColumnSpec *c = spec ? spec->column(it.key()) : nullptr;
        const QVariant &v = it.value();
        if (!c || !v.isValid() || v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty())) {
            out.insert(it.key(), QJsonValue::Null);
            continue;
        }
        switch (c->type) {
        case sync::ColumnType::Integer:
            out.insert(it.key(), QJsonValue(v.toLongLong()));
            break;
        case sync::ColumnType::Real:
            out.insert(it.key(), QJsonValue(v.toDouble()));
            break;
        case sync::ColumnType::Bool:
            out.insert(it.key(), QJsonValue(v.toBool()));
            break;
        default:
            out.insert(it.key(), QJsonValue(v.toString()));
        }
    }
    return out;
}

int qualityScore(const QVariantMap &row)
{
    return crm::dataQualityScore(rowToJson(row));
}

QString formatEuros(const QVariant &amount)
{
    if (!amount.isValid() || amount.isNull() || amount.toString().isEmpty())
        return {};
    return QLocale().toString(amount.toLongLong()) + QStringLiteral(" €");
}

} // namespace hector::ui::prospects
