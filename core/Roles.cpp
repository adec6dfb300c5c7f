#include "core/Roles.h"

#include <QCoreApplication>

#include <array>

namespace hector {

namespace {
struct RoleInfo
{
    Role role;
    const char *name;
    const char *label;
};
constexpr std::array kRoles{
    RoleInfo{Role::Admin, "admin", QT_TRANSLATE_NOOP("hector::Role", "Administrateur")},
    RoleInfo{Role::President, "president", QT_TRANSLATE_NOOP("hector::Role", "Président")},
    RoleInfo{Role::Manager, "manager", QT_TRANSLATE_NOOP("hector::Role", "Manager")},
    RoleInfo{Role::Commercial, "commercial", QT_TRANSLATE_NOOP("hector::Role", "Commercial")},
    RoleInfo{Role::Assistant, "assistant", QT_TRANSLATE_NOOP("hector::Role", "Assistant(e)")},
};
} // namespace

QString roleName(Role role)
{
    for (const auto &info : kRoles) {
        if (info.role == role)
            return QString::fromLatin1(info.name);
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (const auto &info : kRoles) {
        if (name == QLatin1String(info.name))
            return info.role;
    }
    return std::nullopt;
}

QString roleLabel(Role role)
{
    for (const auto &info : kRoles) {
        if (info.role == role)
            return QCoreApplication::translate("hector::Role", info.label);
    }
    return {};
}

} // namespace hector
