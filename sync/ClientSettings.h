#pragma once

#include <QString>
#include <QVariant>
#include <memory>

class QSettings;

namespace hector::sync {

// Typed table of the client's non-secret settings over QSettings (in the spirit of KeePassXC's
// Config): every setting is a Key with a stable name and a default value. Secrets (tokens,
// passwords) are never stored here: they go to the CredentialStore.
class ClientSettings
{
public:
    enum class Key {
        ServerUrl,      // last server address, canonical form
        LastEmail,      // e-mail of the last successful sign-in
        RememberMe,     // state of « Se souvenir de moi » at the last sign-in
        Language,       // "" (follow the system), "fr" or "en"
        WindowGeometry, // QByteArray from QWidget::saveGeometry()
    };

    // Uses QSettings() (organisation and application names of the QCoreApplication).
    ClientSettings();
    // Uses the given settings object (tests pass an INI file in a temporary directory).
    explicit ClientSettings(std::unique_ptr<QSettings> settings);
    ~ClientSettings();

    ClientSettings(const ClientSettings &) = delete;
    ClientSettings &operator=(const ClientSettings &) = delete;

    static QString name(Key key);
    static QVariant defaultValue(Key key);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);
    void sync();

    QString serverUrl() const { return value(Key::ServerUrl).toString(); }
    QString lastEmail() const { return value(Key::LastEmail).toString(); }
    bool rememberMe() const { return value(Key::RememberMe).toBool(); }
    QString language() const { return value(Key::Language).toString(); }
    QByteArray windowGeometry() const { return value(Key::WindowGeometry).toByteArray(); }

    QSettings *storage() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace hector::sync
