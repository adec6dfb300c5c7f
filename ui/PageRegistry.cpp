#include "ui/PageRegistry.h"

#include "ui/admin/AdminIcons.h"
#include "ui/admin/AuditLogPage.h"
#include "ui/admin/ApiQuotasPage.h"
#include "ui/admin/EnrichmentPage.h"
#include "ui/admin/JobsPage.h"
#include "ui/companies/CompanySearchPage.h"
#include "ui/admin/UsersPage.h"
#include "ui/prospects/ProspectIcons.h"
#include "ui/prospects/ProspectsPage.h"
#include "ui/prospects/QualificationQueuePage.h"
#include "ui/crm/ActionsPage.h"
#include "ui/crm/AgendaPage.h"
#include "ui/crm/CrmSupport.h"
#include "ui/crm/MyDayPage.h"
#include "ui/opportunities/OpportunitiesPage.h"
#include "ui/opportunities/OpportunitySupport.h"
#include "ui/admin/EntitiesPage.h"
#include "ui/admin/TeamsPage.h"
#include "ui/dashboards/AnalyticsPage.h"
#include "ui/dashboards/DashboardWidgets.h"
#include "ui/dashboards/MyActivityPage.h"
#include "ui/dashboards/TeamDashboardPage.h"
#include "ui/ocr/OcrMonitoringPage.h"

#include "sync/SessionManager.h"
#include "ui/AccountPage.h"
#include "ui/Icons.h"

#include <QCoreApplication>
#include <algorithm>

namespace hector::ui {

bool PageRegistry::addFamily(const PageFamily &family)
{
    if (family.id.isEmpty())
        return false;
    const bool taken = std::any_of(m_families.cbegin(),
                                   m_families.cend(),
                                   [&](const PageFamily &f) { return f.id == family.id; });
    if (taken)
        return false;
    m_families.append(family);
    return true;
}

bool PageRegistry::addPage(const PageDescriptor &page)
{
    if (page.id.isEmpty() || !page.create || this->page(page.id))
        return false;
    const bool familyKnown
        = std::any_of(m_families.cbegin(), m_families.cend(), [&](const PageFamily &f) {
              return f.id == page.familyId;
          });
    if (!familyKnown)
        return false;
    m_pages.append(page);
    return true;
}

QList<PageFamily> PageRegistry::families(const UserDto &user) const
{
    QList<PageFamily> out;
    for (const PageFamily &family : m_families) {
        if (!pages(family.id, user).isEmpty())
            out.append(family);
    }
    std::stable_sort(out.begin(), out.end(), [](const PageFamily &a, const PageFamily &b) {
        return a.order < b.order;
    });
    return out;
}

QList<PageDescriptor> PageRegistry::pages(const QString &familyId, const UserDto &user) const
{
    QList<PageDescriptor> out;
    for (const PageDescriptor &page : m_pages) {
        if (page.familyId == familyId && (!page.isVisibleTo || page.isVisibleTo(user)))
            out.append(page);
    }
    std::stable_sort(out.begin(), out.end(), [](const PageDescriptor &a, const PageDescriptor &b) {
        return a.order < b.order;
    });
    return out;
}

const PageDescriptor *PageRegistry::page(const QString &id) const
{
    for (const PageDescriptor &page : m_pages) {
        if (page.id == id)
            return &page;
    }
    return nullptr;
}

void PageRegistry::setRecordPage(const QString &table, const QString &pageId)
{
    m_recordPages.insert(table, pageId);
}

QString PageRegistry::recordPage(const QString &table) const
{
    return m_recordPages.value(table);
}

QString PageRegistry::defaultPageId(const UserDto &user) const
{
    for (const PageFamily &family : families(user)) {
        const QList<PageDescriptor> visible = pages(family.id, user);
        if (!visible.isEmpty())
            return visible.constFirst().id;
    }
    return {};
}

namespace {
// The prospect screens' view of the context: the replica, the signed-in user, the settings.
ProspectsContext prospectsContext(const PageContext &context)
{
    return {context.replica, context.session ? context.session->user() : UserDto(), context.settings, context.session,
            context.monitor};
}
} // namespace

PageRegistry PageRegistry::builtin()
{
    PageRegistry registry;
    registry.addFamily({QString(pages::crmFamily),
                        QCoreApplication::translate("hector::ui::PageRegistry", "Clients"),
                        100});
    registry.addPage(
        {QString(pages::prospects),
         QString(pages::crmFamily),
         QCoreApplication::translate("hector::ui::PageRegistry", "Prospects"),
         icons::prospectsIcon(),
         0,
         [](const PageContext &context) -> QWidget * { return new ProspectsPage(prospectsContext(context)); },
         {}});
    // « À qualifier » (modules 9 and 11): the queue of prospects noted on the road; every role
    // (assistants qualify them).
    registry.addPage(
        {QString(pages::qualificationQueue),
         QString(pages::crmFamily),
         QCoreApplication::translate("hector::ui::PageRegistry", "À qualifier"),
         icons::qualificationQueueIcon(),
         5,
         [](const PageContext &context) -> QWidget * { return new QualificationQueuePage(prospectsContext(context)); },
         {}});
    registry.setRecordPage(QStringLiteral("prospects"), QString(pages::prospects));
    // « Ma journée », « Agenda », « Actions » (issue #5, modules 7 and 8): every role; the replica
    // only holds what row-level security lets the user see.
    const auto currentUser = [](const PageContext &context) {
        return context.session ? context.session->user() : UserDto();
    };
    registry.addPage(
        {QString(pages::myDay),
         QString(pages::crmFamily),
         QCoreApplication::translate("hector::ui::PageRegistry", "Ma journée"),
         myDayIcon(),
         10,
         [currentUser](const PageContext &context) -> QWidget * {
             return new MyDayPage(context.replica, currentUser(context));
         },
         {}});
    registry.addPage(
        {QString(pages::agenda),
         QString(pages::crmFamily),
         QCoreApplication::translate("hector::ui::PageRegistry", "Agenda"),
         agendaIcon(),
         20,
         [currentUser](const PageContext &context) -> QWidget * {
             return new AgendaPage(context.replica, currentUser(context));
         },
         {}});
    registry.addPage(
        {QString(pages::actions),
         QString(pages::crmFamily),
         QCoreApplication::translate("hector::ui::PageRegistry", "Actions"),
         actionsIcon(),
         30,
         [currentUser](const PageContext &context) -> QWidget * {
             return new ActionsPage(context.replica, currentUser(context));
         },
         {}});
    registry.setRecordPage(QStringLiteral("rdvs"), QString(pages::agenda));
    registry.setRecordPage(QStringLiteral("actions"), QString(pages::actions));
    // « Opportunités » (issue #6, module 14): the pipeline, every role (a commercial's replica
    // holds only their own opportunities).
    registry.addPage(
        {QString(pages::opportunities),
         QString(pages::crmFamily),
         QCoreApplication::translate("hector::ui::PageRegistry", "Opportunités"),
         opportunities::opportunitiesIcon(),
         8,
         [currentUser](const PageContext &context) -> QWidget * {
             return new OpportunitiesPage(context.replica, currentUser(context));
         },
         {}});
    registry.setRecordPage(opportunities::kTable, QString(pages::opportunities));
    // « Tableaux de bord » (issue #6, module 24): figures computed from the replica, so they work
    // offline (docs/dashboards.md). « Mon activité » for every role; « Équipe » and « Analyses »
    // for managers, administrators and presidents.
    registry.addFamily({QString(pages::dashboardsFamily),
                        QCoreApplication::translate("hector::ui::PageRegistry", "Tableaux de bord"),
                        500});
    const auto leads = [](const UserDto &user) {
        return user.role == Role::Manager || user.role == Role::Admin || user.role == Role::President;
    };
    registry.addPage(
        {QString(pages::myActivity),
         QString(pages::dashboardsFamily),
         QCoreApplication::translate("hector::ui::PageRegistry", "Mon activité"),
         myActivityIcon(),
         0,
         [currentUser](const PageContext &context) -> QWidget * {
             return new MyActivityPage(context.replica, currentUser(context));
         },
         {}});
    registry.addPage(
        {QString(pages::teamDashboard),
         QString(pages::dashboardsFamily),
         QCoreApplication::translate("hector::ui::PageRegistry", "Équipe"),
         teamDashboardIcon(),
         10,
         [currentUser](const PageContext &context) -> QWidget * {
             return new TeamDashboardPage(context.replica, currentUser(context));
         },
         leads});
    registry.addPage(
        {QString(pages::analytics),
         QString(pages::dashboardsFamily),
         QCoreApplication::translate("hector::ui::PageRegistry", "Analyses"),
         analyticsIcon(),
         20,
         [currentUser](const PageContext &context) -> QWidget * {
             return new AnalyticsPage(context.replica, currentUser(context));
         },
         leads});
    // « Administration » is shared with other administration pages: addFamily() is a no-op when
    // the family already exists.
    registry.addFamily({QString(pages::adminFamily),
                        QCoreApplication::translate("hector::ui::PageRegistry", "Administration"),
                        900});
    registry.addPage(
        {QString(pages::adminEntities),
         QString(pages::adminFamily),
         QCoreApplication::translate("hector::ui::PageRegistry", "Entités"),
         icons::accountIcon(),
         20,
         [](const PageContext &context) -> QWidget * { return new EntitiesPage(context); },
         [](const UserDto &user) {
             return user.role == Role::Admin || user.role == Role::President;
         }});
    // « Équipes »: administrators (every team) and managers (the teams of their entity).
    registry.addPage(
        {QString(pages::adminTeams),
         QString(pages::adminFamily),
         QCoreApplication::translate("hector::ui::PageRegistry", "Équipes"),
         icons::teamsIcon(),
         30,
         [](const PageContext &context) -> QWidget * { return new TeamsPage(context); },
         [](const UserDto &user) { return user.role == Role::Admin || user.role == Role::Manager; }});
    // « Utilisateurs » (managers read only) and « Journal d'audit » (administrators): online pages.
    const auto adminOnly = [](const UserDto &user) { return user.role == Role::Admin; };
    registry.addPage(
        {QString(pages::adminUsers),
         QString(pages::adminFamily),
         QCoreApplication::translate("hector::ui::PageRegistry", "Utilisateurs"),
         icons::usersIcon(),
         0,
         [](const PageContext &context) -> QWidget * { return new UsersPage(context.session); },
         // Managers: read-only list of their entities' accounts (the server scopes it).
         [](const UserDto &user) { return user.role == Role::Admin || user.role == Role::Manager; }});
    registry.addPage(
        {QString(pages::adminAuditLog),
         QString(pages::adminFamily),
         QCoreApplication::translate("hector::ui::PageRegistry", "Journal d'audit"),
         icons::auditIcon(),
         10,
         [](const PageContext &context) -> QWidget * { return new AuditLogPage(context.session); },
         adminOnly});
    // Issue #7 (modules 16, 17, 26): online administration pages, administrators only.
    registry.addPage(
        {QString(pages::adminJobs),
         QString(pages::adminFamily),
         QCoreApplication::translate("hector::ui::PageRegistry", "Tâches et planifications"),
         icons::jobsIcon(),
         40,
         [](const PageContext &context) -> QWidget * { return new JobsPage(context.session); },
         adminOnly});
    registry.addPage(
        {QString(pages::adminApiQuotas),
         QString(pages::adminFamily),
         QCoreApplication::translate("hector::ui::PageRegistry", "Quotas API"),
         icons::quotasIcon(),
         50,
         [](const PageContext &context) -> QWidget * { return new ApiQuotasPage(context.session); },
         adminOnly});
    registry.addPage(
        {QString(pages::adminEnrichment),
         QString(pages::adminFamily),
         QCoreApplication::translate("hector::ui::PageRegistry", "Enrichissement et géocodage"),
         icons::enrichmentIcon(),
         60,
         [](const PageContext &context) -> QWidget * { return new EnrichmentPage(context.session); },
         adminOnly});
    // « Trouve-moi le patron » (module 13): every role, online.
    registry.addPage(
        {QString(pages::companySearch),
         QString(pages::crmFamily),
         QCoreApplication::translate("hector::ui::PageRegistry", "Trouve-moi le patron"),
         icons::companySearchIcon(),
         40,
         [](const PageContext &context) -> QWidget * { return new CompanySearchPage(context); },
         {}});
    // « Suivi OCR » (issue #8, module 25): administrators, presidents and managers, online.
    registry.addPage(
        {QString(pages::adminOcr),
         QString(pages::adminFamily),
         QCoreApplication::translate("hector::ui::PageRegistry", "Suivi OCR"),
         analyticsIcon(),
         70,
         [](const PageContext &context) -> QWidget * { return new OcrMonitoringPage(context.session); },
         [](const UserDto &user) {
             return user.role == Role::Admin || user.role == Role::President || user.role == Role::Manager;
         }});
    registry.addFamily({QString(pages::accountFamily),
                        QCoreApplication::translate("hector::ui::PageRegistry", "Compte"),
                        1000});
    registry.addPage(
        {QString(pages::myAccount),
         QString(pages::accountFamily),
         QCoreApplication::translate("hector::ui::PageRegistry", "Mon compte"),
         icons::accountIcon(),
         0,
         [](const PageContext &context) -> QWidget * { return new AccountPage(context); },
         {}});
    return registry;
}

} // namespace hector::ui
