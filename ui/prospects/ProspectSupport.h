#pragma once

#include "core/Dto.h"

#include <QColor>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantMap>

class QSqlDatabase;

namespace hector::sync {
class ClientSettings;
class ConnectionMonitor;
class LocalReplica;
class SessionManager;
} // namespace hector::sync

namespace hector::ui {

// What the prospect screens need: the replica (reads and offline writes), the signed-in user
// (« Mes prospects », notes, qualification, default entity) and the settings (saved filters; may
// be null, they then last for the session only).
struct ProspectsContext
{
    sync::LocalReplica *replica = nullptr;
    UserDto user;
    sync::ClientSettings *settings = nullptr;
    // Online actions of the prospect dialog (« Enrichir », « Localiser », issue #7); null: they
    // are disabled and say why.
    sync::SessionManager *session = nullptr;
    sync::ConnectionMonitor *monitor = nullptr; // may be null: the actions then just try
};

namespace prospects {

// French labels of the codes of a prospect.
QString statusLabel(const QString &status);
QColor statusColor(const QString &status);
QString countryLabel(const QString &countryCode);
QString enrichmentStatusLabel(const QString &status);
// Where prospects come from: code -> label (terrain, appel_entrant, site_web, …).
const QList<QPair<QString, QString>> &sources();
QString sourceLabel(const QString &source);
// Label of a column of prospects (« Téléphone » for phone), for history and messages.
QString fieldLabel(const QString &column);

// The replica's entities (organisation tree) and user directory.
struct EntityInfo
{
    QString id;
    QString name;
    QString countryCode;
    QString parentId;
    int level = 0;
};
// Depth-first order of the tree (a parent before its children), so combos can indent by level.
QList<EntityInfo> loadEntities(const QSqlDatabase &db);
// « France › France Nord »: the entity's path in the tree, for combos.
QString entityPath(const QList<EntityInfo> &entities, const QString &entityId);

struct UserInfo
{
    QString id;
    QString name;
    QString entityId;
    bool active = true;
};
QList<UserInfo> loadUsers(const QSqlDatabase &db, bool activeOnly = true);
// « Prénom Nom » (the e-mail when the name is empty); empty for an unknown id.
QString userName(const QSqlDatabase &db, const QString &userId);

// Replica timestamps: ISO-8601 UTC with milliseconds.
QString nowTimestamp();
QDateTime parseTimestamp(const QString &iso); // local time; invalid when empty or unreadable
QString formatTimestamp(const QString &iso);  // « 25/11/2026 10:30 »; empty when invalid
// « aujourd'hui », « hier », « il y a 3 jours », « il y a 2 mois »…
QString relativeAge(const QDateTime &from, const QDateTime &now);

// A replica row as the JSON validateRow() and dataQualityScore() take (types of the sync schema).
QJsonObject rowToJson(const QVariantMap &row);
int qualityScore(const QVariantMap &row);

// « 1 250 000 € » (French grouping); empty for no value.
QString formatEuros(const QVariant &amount);

} // namespace prospects
} // namespace hector::ui
