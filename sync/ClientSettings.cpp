#include "sync/ClientSettings.h"

#include <QSettings>
#include <array>

namespace hector::sync {

namespace {

struct Directive
{
    ClientSettings::Key key;
    const char *name;
};

// One line per setting; defaults are in defaultValue() below.
constexpr std::array kDirectives{
    Directive{ClientSettings::Key::ServerUrl, "Connection/ServerUrl"},
    Directive{ClientSettings::Key::LastEmail, "Connection/LastEmail"},
    Directive{ClientSettings::Key::RememberMe, "Connection/RememberMe"},
    Directive{ClientSettings::Key::Language, "Interface/Language"},
    Directive{ClientSettings::Key::WindowGeometry, "Interface/WindowGeometry"},
};

} // namespace

ClientSettings::ClientSettings()
    : m_settings(std::make_unique<QSettings>())
{
}

ClientSettings::ClientSettings(std::unique_ptr<QSettings> settings)
    : m_settings(std::move(settings))
{
    Q_ASSERT(m_settings);
}

ClientSettings::~ClientSettings() = default;

QString ClientSettings::name(Key key)
{
    for (const Directive &d : kDirectives) {
        if (d.key == key)
            return QString::fromLatin1(d.name);
    }
    Q_UNREACHABLE();
    return {};
}

QVariant ClientSettings::defaultValue(Key key)
{
    switch (key) {
    case Key::ServerUrl:
        return QStringLiteral("http://127.0.0.1:8080");
    case Key::LastEmail:
        return QString();
    case Key::RememberMe:
        return false;
    case Key::Language:
        return QString();
    case Key::WindowGeometry:
        return QByteArray();
    }
    return {};
}

QVariant ClientSettings::value(Key key) const
{
    return m_settings->value(name(key), defaultValue(key));
}

void ClientSettings::setValue(Key key, const QVariant &value)
{
    if (value == defaultValue(key))
        m_settings->remove(name(key));
    else
        m_settings->setValue(name(key), value);
}

void ClientSettings::reset(Key key)
{
    m_settings->remove(name(key));
}

void ClientSettings::sync()
{
    m_settings->sync();
}

QSettings *ClientSettings::storage() const
{
    return m_settings.get();
}

} // namespace hector::sync
