#pragma once

#include <QIcon>

namespace hector::ui::icons {

// Two people, for « Utilisateurs ».
QIcon usersIcon();
// A list with a magnifier-free ledger look (lines and a check), for « Journal d'audit ».
QIcon auditIcon();
// Three people linked by a small hierarchy, for « Équipes ».
QIcon teamsIcon();
// A clock with a circular arrow, for « Tâches et planifications ».
QIcon jobsIcon();
// A gauge, for « Quotas API ».
QIcon quotasIcon();
// A map pin with a plus, for « Enrichissement et géocodage ».
QIcon enrichmentIcon();
// A magnifier over a building, for « Trouve-moi le patron ».
QIcon companySearchIcon();

} // namespace hector::ui::icons
