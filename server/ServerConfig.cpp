#include "server/ServerConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStandardPaths>

#include <unistd.h>

namespace hector::server {

const QList<ConfigKeyInfo> &ServerConfig::keys()
{
    static const QList<ConfigKeyInfo> k{
        {ConfigKey::Listen, "listen", "127.0.0.1", "Adresse d'écoute HTTP", false},
        {ConfigKey::Port, "port", "8080", "Port HTTP", false},
        {ConfigKey::DataDir, "data_dir", "", "Dossier de données (PostgreSQL embarqué, boîte d'envoi)", false},
        {ConfigKey::DatabaseUrl, "database_url", "",
         "URL PostgreSQL externe (postgresql://...). Vide : base embarquée dans data_dir. "
         "Si elle contient un mot de passe, préférez HECTOR_DATABASE_URL", false},
        {ConfigKey::DatabaseAppUrl, "database_app_url", "",
         "URL PostgreSQL des requêtes (rôle hector_app, sans BYPASSRLS) quand database_url est "
         "configurée. Vide : connexion de database_url puis SET ROLE hector_app", false},
        {ConfigKey::PostgresBinDir, "postgres_bin_dir", "", "Dossier des binaires PostgreSQL (initdb, pg_ctl)", false},
        {ConfigKey::AllowedEmailDomains, "allowed_email_domains", "adsgroup-security.com",
         "Domaines e-mail autorisés (séparés par des virgules ; vide : tous)", false},
        {ConfigKey::EmailBackend, "email_backend", "file", "Envoi des e-mails : file, smtp ou resend", false},
        {ConfigKey::EmailFrom, "email_from", "Hector <no-reply@adsgroup-security.com>", "Expéditeur des e-mails", false},
        {ConfigKey::SmtpUrl, "smtp_url", "", "Serveur SMTP (smtp://hote:587 ou smtps://hote:465)", false},
        {ConfigKey::SmtpUser, "smtp_user", "", "Utilisateur SMTP", false},
        {ConfigKey::SmtpPassword, "smtp_password", "", "Mot de passe SMTP", true},
        {ConfigKey::SmtpStartTls, "smtp_starttls", "true", "Exiger STARTTLS sur smtp://", false},
        {ConfigKey::ResendApiKey, "resend_api_key", "", "Clé API Resend (re_...)", true},
        {ConfigKey::ResendBaseUrl, "resend_base_url", "https://api.resend.com", "URL de l'API Resend", false},
        {ConfigKey::JwtSecret, "jwt_secret", "",
         "Secret de signature des jetons. Vide : généré et conservé dans la base", true},
        {ConfigKey::AccessTokenMinutes, "access_token_minutes", "15", "Durée de vie des jetons d'accès", false},
        {ConfigKey::PasswordHashing, "password_hashing", "interactive",
         "Coût Argon2id : interactive, moderate (ou fast pour les tests)", false},
        {ConfigKey::WorkerThreads, "worker_threads", "8", "Fils de traitement des requêtes", false},
        {ConfigKey::LogFormat, "log_format", "json", "Format des journaux : json ou text", false},
        {ConfigKey::CronEnabled, "cron_enabled", "true",
         "Tâches planifiées (rescoring à 1 h, stagnation à 9 h, heure de Paris) : true ou false", false},
        {ConfigKey::CronTickSeconds, "cron_tick_seconds", "60",
         "Intervalle en secondes entre deux vérifications des tâches planifiées", false},
        {ConfigKey::JobWorkers, "job_workers", "2",
         "Fils de la file de tâches (enrichissement, géocodage par lot) ; 0 : aucun", false},
        {ConfigKey::InseeApiKey, "insee_api_key", "", "Clé API INSEE Sirene 3.11 (X-INSEE-Api-Key-Integration)", true},
        {ConfigKey::InseeBaseUrl, "insee_base_url", "https://api.insee.fr/api-sirene/3.11", "URL de l'API Sirene", false},
        {ConfigKey::PappersApiKey, "pappers_api_key", "", "Clé API Pappers v2 (payante, repli)", true},
        {ConfigKey::PappersBaseUrl, "pappers_base_url", "https://api.pappers.fr/v2", "URL de l'API Pappers", false},
        {ConfigKey::GoogleGeocodingKey, "google_geocoding_key", "", "Clé API Google Geocoding", true},
        {ConfigKey::GoogleGeocodingBaseUrl, "google_geocoding_base_url", "https://maps.googleapis.com/maps/api/geocode",
         "URL de l'API Google Geocoding", false},
        {ConfigKey::NominatimBaseUrl, "nominatim_base_url", "https://nominatim.openstreetmap.org",
         "URL de Nominatim (vide : Nominatim désactivé)", false},
        {ConfigKey::NominatimUserAgent, "nominatim_user_agent",
         "Hector-CRM/1.0 (ADS Group Security; contact: it@adsgroup-security.com)",
         "User-Agent identifiant l'application auprès de Nominatim (obligatoire)", false},
        {ConfigKey::ProviderTimeoutSeconds, "provider_timeout_seconds", "20",
         "Délai maximal d'un appel à un fournisseur externe, en secondes", false},
        {ConfigKey::EnrichmentNightlyLimit, "enrichment_nightly_limit", "100",
         "Nombre maximal de prospects enrichis par la tâche de 3 h", false},
        {ConfigKey::EnrichmentCooldownDays, "enrichment_cooldown_days", "30",
         "Jours avant qu'un prospect enrichi (ou en échec) soit repris par la tâche de nuit", false},
        {ConfigKey::GeoCentroidsFile, "geo_centroids_file", "",
         "Fichier des centroïdes de codes postaux (country;postcode;lat;lon;place). Vide : "
         "le fichier livré dans le binaire (resources/geo/postcode-centroids.csv)", false},
        {ConfigKey::AnthropicApiKey, "anthropic_api_key", "",
         "Clé API Anthropic (lecture des cartes de visite par Claude Vision ; vide : reconnaissance locale seulement)", true},
        {ConfigKey::AnthropicBaseUrl, "anthropic_base_url", "https://api.anthropic.com", "URL de l'API Anthropic Messages", false},
        {ConfigKey::AnthropicModel, "anthropic_model", "claude-sonnet-4-5", "Modèle Claude utilisé pour les cartes de visite", false},
    };
    return k;
}

QString ServerConfig::defaultDataDir()
{
    // A system service running as root keeps its data in /var/lib (readable by the postgres user);
    // a normal user keeps it in ~/.local/share.
    if (::geteuid() == 0)
        return QStringLiteral("/var/lib/hector-server");
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("hector-server"));
}

ServerConfig ServerConfig::defaults()
{
    ServerConfig c;
    for (const auto &info : keys())
        c.m_values.insert(int(info.key), QString::fromUtf8(info.defaultValue));
    c.set(ConfigKey::DataDir, defaultDataDir());
    return c;
}

Result<ServerConfig> ServerConfig::load(const QString &configFile, const QHash<QString, QString> &flags)
{
    ServerConfig c = defaults();
    const auto env = QProcessEnvironment::systemEnvironment();

    auto flagValue = [&flags](const ConfigKeyInfo &info) -> std::optional<QString> {
        const QString name = QString::fromLatin1(info.name);
        QString dashed = name;
        dashed.replace(u'_', u'-');
        if (flags.contains(dashed))
            return flags.value(dashed);
        if (flags.contains(name))
            return flags.value(name);
        return std::nullopt;
    };

    // data_dir first: it locates the default config file.
    for (const auto &info : keys()) {
        if (info.key != ConfigKey::DataDir)
            continue;
        const QString envName = QStringLiteral("HECTOR_") + QString::fromLatin1(info.name).toUpper();
        if (env.contains(envName))
            c.set(info.key, env.value(envName));
        if (auto f = flagValue(info))
            c.set(info.key, *f);
    }

    QString file = configFile;
    if (file.isEmpty()) {
        const QString candidate = QDir(c.value(ConfigKey::DataDir)).filePath(QStringLiteral("hector-server.conf"));
        if (QFileInfo::exists(candidate))
            file = candidate;
    } else if (!QFileInfo::exists(file)) {
        return makeError(QStringLiteral("config_error"),
                         QCoreApplication::translate("hector::server",
                                                     "Fichier de configuration introuvable : %1")
                             .arg(file));
    }
    if (!file.isEmpty()) {
        QSettings settings(file, QSettings::IniFormat);
        if (settings.status() != QSettings::NoError) {
            return makeError(QStringLiteral("config_error"),
                             QCoreApplication::translate("hector::server",
                                                         "Fichier de configuration illisible : %1")
                                 .arg(file));
        }
        for (const auto &info : keys()) {
            const QString name = QString::fromLatin1(info.name);
            if (!settings.contains(name))
                continue;
            // QSettings splits unquoted values on commas: join them back.
            const QVariant v = settings.value(name);
            c.set(info.key, v.typeId() == QMetaType::QStringList ? v.toStringList().join(u',') : v.toString());
        }
    }
    for (const auto &info : keys()) {
        const QString envName = QStringLiteral("HECTOR_") + QString::fromLatin1(info.name).toUpper();
        if (env.contains(envName))
            c.set(info.key, env.value(envName));
    }
    for (const auto &info : keys()) {
        if (auto f = flagValue(info)) {
            if (info.secret) {
                return makeError(QStringLiteral("config_error"),
                                 QCoreApplication::translate(
                                     "hector::server",
                                     "Le secret « %1 » ne se passe pas en ligne de commande (visible "
                                     "dans la liste des processus) : utilisez le fichier de "
                                     "configuration ou la variable HECTOR_%2.")
                                     .arg(QString::fromLatin1(info.name),
                                          QString::fromLatin1(info.name).toUpper()));
            }
            c.set(info.key, *f);
        }
    }

    bool ok = false;
    const int port = c.value(ConfigKey::Port).toInt(&ok);
    if (!ok || port < 0 || port > 65535) {
        return makeError(QStringLiteral("config_error"),
                         QCoreApplication::translate("hector::server", "Port invalide : %1")
                             .arg(c.value(ConfigKey::Port)));
    }
    const int tick = c.value(ConfigKey::CronTickSeconds).toInt(&ok);
    if (!ok || tick < 1 || tick > 3600) {
        return makeError(QStringLiteral("config_error"),
                         QCoreApplication::translate("hector::server",
                                                     "cron_tick_seconds doit être un nombre de secondes entre 1 et "
                                                     "3600 (valeur reçue : %1).")
                             .arg(c.value(ConfigKey::CronTickSeconds)));
    }
    // Issue #7: job queue and providers.
    const struct
    {
        ConfigKey key;
        const char *name;
        int min;
        int max;
    } ranges[] = {{ConfigKey::JobWorkers, "job_workers", 0, 32},
                  {ConfigKey::ProviderTimeoutSeconds, "provider_timeout_seconds", 1, 300},
                  {ConfigKey::EnrichmentNightlyLimit, "enrichment_nightly_limit", 0, 5000},
                  {ConfigKey::EnrichmentCooldownDays, "enrichment_cooldown_days", 0, 3650}};
    for (const auto &range : ranges) {
        const int v = c.value(range.key).toInt(&ok);
        if (!ok || v < range.min || v > range.max) {
            return makeError(QStringLiteral("config_error"),
                             QCoreApplication::translate("hector::server", "%1 doit être un nombre entre %2 et %3 (valeur reçue : %4).")
                                 .arg(QLatin1StringView(range.name))
                                 .arg(range.min)
                                 .arg(range.max)
                                 .arg(c.value(range.key)));
        }
    }
    const QString backend = c.value(ConfigKey::EmailBackend);
    if (backend != QLatin1String("file") && backend != QLatin1String("smtp")
        && backend != QLatin1String("resend")) {
        return makeError(QStringLiteral("config_error"),
                         QCoreApplication::translate("hector::server",
                                                     "email_backend doit valoir file, smtp ou resend "
                                                     "(valeur reçue : %1).")
                             .arg(backend));
    }
    return c;
}

QString ServerConfig::value(ConfigKey key) const
{
    return m_values.value(int(key));
}

bool ServerConfig::boolValue(ConfigKey key) const
{
    const QString v = value(key).trimmed().toLower();
    return v == QLatin1String("1") || v == QLatin1String("true") || v == QLatin1String("yes")
           || v == QLatin1String("on");
}

QStringList ServerConfig::listValue(ConfigKey key) const
{
    QStringList out;
    const auto parts = value(key).split(u',', Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        const QString t = p.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

QString ServerConfig::helpText()
{
    QString out;
    for (const auto &info : keys()) {
        QString flag = QString::fromLatin1(info.name);
        flag.replace(u'_', u'-');
        out += QStringLiteral("  %1%2 %3\n      %4 (HECTOR_%5%6)\n")
                   .arg(info.secret ? QString() : QStringLiteral("--"),
                        info.secret ? QString::fromLatin1(info.name) : flag,
                        info.defaultValue[0] ? QStringLiteral("[%1]").arg(QString::fromUtf8(info.defaultValue))
                                             : QString(),
                        QString::fromUtf8(info.help),
                        QString::fromLatin1(info.name).toUpper(),
                        info.secret ? QStringLiteral(", secret : fichier ou environnement") : QString());
    }
    return out;
}

} // namespace hector::server
