#pragma once

#include "core/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace hector::server {

// Typed configuration table (KeePassXC style). Each key can come from, in increasing priority:
// its default, the config file (INI, `key = value`), the environment (HECTOR_<KEY>), the command
// line (--key=value). Secrets (passwords, API keys) are accepted from the file (mode 0600) or
// the environment only, never printed.
enum class ConfigKey {
    Listen,
    Port,
    DataDir,
    DatabaseUrl,
    DatabaseAppUrl,
    PostgresBinDir,
    AllowedEmailDomains,
    EmailBackend,
    EmailFrom,
    SmtpUrl,
    SmtpUser,
    SmtpPassword,
    SmtpStartTls,
    ResendApiKey,
    ResendBaseUrl,
    JwtSecret,
    AccessTokenMinutes,
    PasswordHashing,
    WorkerThreads,
    LogFormat,
    CronEnabled,
    CronTickSeconds,
    // issue #7: job queue and third-party providers (keys are secrets: file or environment only)
    JobWorkers,
    InseeApiKey,
    InseeBaseUrl,
    PappersApiKey,
    PappersBaseUrl,
    GoogleGeocodingKey,
    GoogleGeocodingBaseUrl,
    NominatimBaseUrl,
    NominatimUserAgent,
    ProviderTimeoutSeconds,
    EnrichmentNightlyLimit,
    EnrichmentCooldownDays,
    GeoCentroidsFile,
    // issue #8: business-card OCR with Claude Vision (the key is a secret)
    AnthropicApiKey,
    AnthropicBaseUrl,
    AnthropicModel,
};

struct ConfigKeyInfo
{
    ConfigKey key;
    const char *name;        // file key and --flag name (with '_' -> '-')
    const char *defaultValue;
    const char *help;
    bool secret;
};

class ServerConfig
{
public:
    static const QList<ConfigKeyInfo> &keys();

    // Builds the configuration from defaults, `configFile` (may be empty: <data_dir>/hector-server.conf
    // when it exists), the process environment and `flags` (name -> value from the command line).
    static Result<ServerConfig> load(const QString &configFile, const QHash<QString, QString> &flags);
    static ServerConfig defaults();

    QString value(ConfigKey key) const;
    int intValue(ConfigKey key) const { return value(key).toInt(); }
    bool boolValue(ConfigKey key) const;
    QStringList listValue(ConfigKey key) const;
    void set(ConfigKey key, const QString &value) { m_values.insert(int(key), value); }

    // Documentation of every key, for --help.
    static QString helpText();

    static QString defaultDataDir();

private:
    QHash<int, QString> m_values;
};

} // namespace hector::server
