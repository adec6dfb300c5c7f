#pragma once

#include <QIcon>

namespace hector::ui::icons {

// Two people, for « Utilisateurs ».
QIcon usersIcon();
// A list with a magnifier-free ledger look (lines and a check), for « Journal d'audit ».
QIcon auditIcon();
// Three people linked by a small hierarchy, for « Équipes ».
QIcon teamsIcon();

} // namespace hector::ui::icons
