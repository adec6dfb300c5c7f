#include "ui/PageRegistry.h"

#include "ui/admin/AdminIcons.h"
#include "ui/admin/AuditLogPage.h"
#include "ui/admin/UsersPage.h"
#include "ui/prospects/ProspectsPage.h"
#include "ui/admin/EntitiesPage.h"
#include "ui/admin/TeamsPage.h"

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

QString PageRegistry::defaultPageId(const UserDto &user) const
{
    for (const PageFamily &family : families(user)) {
        const QList<PageDescriptor> visible = pages(family.id, user);
        if (!visible.isEmpty())
            return visible.constFirst().id;
    }
    return {};
}

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
         [](const PageContext &context) -> QWidget * { return new ProspectsPage(context.replica); },
         {}});
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
