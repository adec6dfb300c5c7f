#pragma once

#include <QString>

#include <optional>

namespace hector {

enum class Role { Admin, President, Manager, Commercial, Assistant };

// Stable wire name ("admin", "president", ...), used in the database and the API.
QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);
// Label shown to the user, in French.
QString roleLabel(Role role);

} // namespace hector
