#pragma once

#include "core/Dto.h"

#include <QHash>
#include <QIcon>
#include <QList>
#include <QString>
#include <functional>

class QWidget;

namespace hector::sync {
class ClientSettings;
class ConnectionMonitor;
class LocalReplica;
class SessionManager;
class SyncEngine;
} // namespace hector::sync

namespace hector::ui {

// What a page may use. Everything outlives the page.
struct PageContext
{
    sync::SessionManager *session = nullptr;
    sync::ConnectionMonitor *monitor = nullptr;
    sync::ClientSettings *settings = nullptr;
    sync::LocalReplica *replica = nullptr;   // the signed-in user's local replica
    sync::SyncEngine *syncEngine = nullptr;
};

// A group of pages in the sidebar (« Compte », later « Clients », « Ventes »…).
struct PageFamily
{
    QString id;
    QString title;
    int order = 0;
};

// A screen of the main window. Later modules add theirs with PageRegistry::addPage():
// only working screens are registered, so the sidebar never shows an empty page.
struct PageDescriptor
{
    QString id;
    QString familyId;
    QString title;
    QIcon icon;
    int order = 0;
    // Creates the page (called once, the first time it is shown); the main window owns it.
    std::function<QWidget *(const PageContext &context)> create;
    // Optional: who may see the page (e.g. administrators only). Empty = everyone.
    std::function<bool(const UserDto &user)> isVisibleTo;
};

class PageRegistry
{
public:
    // False when the id is empty or already taken.
    bool addFamily(const PageFamily &family);
    // False when the id is empty or taken, the family unknown, or there is no factory.
    bool addPage(const PageDescriptor &page);

    // Families sorted by order, only those with at least one page visible to `user`.
    QList<PageFamily> families(const UserDto &user) const;
    // Visible pages of a family, sorted by order.
    QList<PageDescriptor> pages(const QString &familyId, const UserDto &user) const;
    const PageDescriptor *page(const QString &id) const;
    // First visible page, the one shown after sign-in.
    QString defaultPageId(const UserDto &user) const;

    // The pages of the client as it stands: « Compte » → « Mon compte ».
    static PageRegistry builtin();

    // The page that opens the records of `table` (it implements RecordOpener): the command
    // palette and links between screens go through it.
    void setRecordPage(const QString &table, const QString &pageId);
    QString recordPage(const QString &table) const;

private:
    QList<PageFamily> m_families;
    QList<PageDescriptor> m_pages;
    QHash<QString, QString> m_recordPages;
};

namespace pages {
inline constexpr auto accountFamily = QLatin1StringView("account");
inline constexpr auto myAccount = QLatin1StringView("account.me");
inline constexpr auto crmFamily = QLatin1StringView("crm");
inline constexpr auto prospects = QLatin1StringView("crm.prospects");
inline constexpr auto qualificationQueue = QLatin1StringView("crm.qualification");
inline constexpr auto myDay = QLatin1StringView("crm.myday");
inline constexpr auto agenda = QLatin1StringView("crm.agenda");
inline constexpr auto actions = QLatin1StringView("crm.actions");
inline constexpr auto opportunities = QLatin1StringView("crm.opportunities");
inline constexpr auto dashboardsFamily = QLatin1StringView("dashboards");
inline constexpr auto myActivity = QLatin1StringView("dashboards.me");
inline constexpr auto teamDashboard = QLatin1StringView("dashboards.team");
inline constexpr auto analytics = QLatin1StringView("dashboards.analytics");
inline constexpr auto adminFamily = QLatin1StringView("admin");
inline constexpr auto adminUsers = QLatin1StringView("admin.users");
inline constexpr auto adminAuditLog = QLatin1StringView("admin.audit");
inline constexpr auto adminEntities = QLatin1StringView("admin.entities");
inline constexpr auto adminTeams = QLatin1StringView("admin.teams");
// Issue #7: background jobs and schedules, API quotas, enrichment and geocoding; module 13.
inline constexpr auto adminJobs = QLatin1StringView("admin.jobs");
inline constexpr auto adminApiQuotas = QLatin1StringView("admin.quotas");
inline constexpr auto adminEnrichment = QLatin1StringView("admin.enrichment");
inline constexpr auto companySearch = QLatin1StringView("crm.companysearch");
// Issue #8: business-card OCR monitoring (module 25).
inline constexpr auto adminOcr = QLatin1StringView("admin.ocr");
} // namespace pages

} // namespace hector::ui
