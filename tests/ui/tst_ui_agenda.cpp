// « Ma journée », « Agenda » and « Actions » (issue #5, modules 7 and 8) on a real SQLite replica:
// models under QAbstractItemModelTester, the RDV dialog writing the replica and the outbox, the
// week and month views' geometry (days, slots, side-by-side lanes), the .ics export, reminders
// with an injected clock, overdue actions at the boundary, « Marquer terminé » and its undo.
// Set HECTOR_SCREENSHOT_DIR to get PNGs of every screen.
#include "UiTestSupport.h"
#include "core/Roles.h"
#include "sync/replica/LocalReplica.h"
#include "ui/MessageBanner.h"
#include "ui/PageRegistry.h"
#include "ui/Theme.h"
#include "ui/crm/ActionDialog.h"
#include "ui/crm/ActionModel.h"
#include "ui/crm/ActionsPage.h"
#include "ui/crm/AgendaPage.h"
#include "ui/crm/CalendarViews.h"
#include "ui/crm/MyDayPage.h"
#include "ui/crm/ProspectPicker.h"
#include "ui/crm/RdvDialog.h"
#include "ui/crm/RdvModel.h"
#include "ui/crm/RdvReminders.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QTimer>
#include <QtTest>

using namespace hector;
using namespace hector::sync;
using namespace hector::ui;

namespace {
const QString kFrance = QStringLiteral("11111111-1111-1111-1111-111111111111");
const QString kLuxembourg = QStringLiteral("22222222-2222-2222-2222-222222222222");
const QString kSophie = QStringLiteral("aaaaaaaa-0000-0000-0000-000000000001"); // manager, « me »
const QString kJulien = QStringLiteral("aaaaaaaa-0000-0000-0000-000000000002"); // commercial
const QString kNadia = QStringLiteral("aaaaaaaa-0000-0000-0000-000000000003");  // nothing planned

// The week of the tests: Monday 30 November - Sunday 6 December 2026; « now » is Wednesday
// 2 December at 10:20 (local time).
const QDate kMonday(2026, 11, 30);
const QDate kToday(2026, 12, 2);
const QDateTime kNow(kToday, QTime(10, 20));

QString ts(const QDate &date, int h, int m = 0)
{
    return toTimestamp(QDateTime(date, QTime(h, m)));
}

UserDto user(const QString &id, Role role, const QString &first, const QString &last)
{
    UserDto u;
    u.id = id;
    u.role = role;
    u.firstName = first;
    u.lastName = last;
    u.email = first.toLower() + QStringLiteral("@adsgroup-security.com");
    u.entityId = kFrance;
    u.entityName = QStringLiteral("France");
    u.entityCountry = QStringLiteral("FR");
    return u;
}

UserDto sophie()
{
    return user(kSophie, Role::Manager, QStringLiteral("Sophie"), QStringLiteral("Bernard"));
}

bool exec(QSqlQuery &q, const QString &sql, const QVariantList &params = {})
{
    q.prepare(sql);
    for (const QVariant &p : params)
        q.addBindValue(p);
    if (!q.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

struct Ids
{
    QHash<QString, QString> rdv;    // short name -> id
    QHash<QString, QString> action; // short name -> id
};

void insertRdv(LocalReplica &rep, Ids &ids, const QString &key, const QString &owner, const QString &prospect,
               const QString &title, const QString &start, const QString &end, const QString &status,
               const QVariant &reminder = {}, const QString &location = {}, const QString &notes = {})
{
    QSqlQuery q(rep.database());
    const QString id = QStringLiteral("rdv-") + key;
    exec(q, QStringLiteral("INSERT INTO rdvs (id, entity_id, prospect_id, owner_id, title, starts_at, ends_at, location, "
                           "status, notes, reminder_minutes, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"),
         {id, kFrance, prospect.isEmpty() ? QVariant() : QVariant(prospect), owner, title, start, end,
          location.isEmpty() ? QVariant() : QVariant(location), status, notes.isEmpty() ? QVariant() : QVariant(notes),
          reminder, ts(kMonday.addDays(-10), 9), ts(kMonday.addDays(-3), 17)});
    ids.rdv.insert(key, id);
}

void insertAction(LocalReplica &rep, Ids &ids, const QString &key, const QString &owner, const QString &prospect,
                  const QString &type, const QString &status, const QString &title, const QVariant &due,
                  const QVariant &completed = {})
{
    QSqlQuery q(rep.database());
    const QString id = QStringLiteral("act-") + key;
    exec(q, QStringLiteral("INSERT INTO actions (id, entity_id, prospect_id, owner_id, type, status, title, due_at, "
                           "completed_at, notes, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"),
         {id, kFrance, prospect.isEmpty() ? QVariant() : QVariant(prospect), owner, type, status, title, due, completed,
          QVariant(), ts(kMonday.addDays(-10), 9), ts(kMonday.addDays(-3), 17)});
    ids.action.insert(key, id);
}

// Realistic data: prospects of the security company, a busy week of RDVs (three overlapping on
// Tuesday, one cancelled on Thursday, one of a colleague), more in December, actions of which some
// are overdue.
Ids seed(LocalReplica &rep)
{
    Ids ids;
    QSqlQuery q(rep.database());
    exec(q, QStringLiteral("INSERT INTO entities (id, name, country_code, level) VALUES (?, 'France', 'FR', 1), "
                           "(?, 'Luxembourg', 'LU', 1)"),
         {kFrance, kLuxembourg});
    exec(q, QStringLiteral("INSERT INTO users (id, email, first_name, last_name, role, entity_id, active) VALUES "
                           "(?, 'sophie@adsgroup-security.com', 'Sophie', 'Bernard', 'manager', ?, 1), "
                           "(?, 'julien@adsgroup-security.com', 'Julien', 'Petit', 'commercial', ?, 1), "
                           "(?, 'nadia@adsgroup-security.com', 'Nadia', 'Haddad', 'commercial', ?, 1)"),
         {kSophie, kFrance, kJulien, kFrance, kNadia, kFrance});
    const struct
    {
        const char *id;
        const char *name;
        const char *address;
        const char *postcode;
        const char *city;
        const char *phone;
        const char *entity;
    } prospects[] = {
        {"p-lefevre", "Bijouterie Lefèvre", "12 rue de la République", "69002", "Lyon", "+33472000000", "FR"},
        {"p-pharma", "Pharmacie du Centre", "3 place Rihour", "59000", "Lille", "+33320111111", "FR"},
        {"p-garage", "Garage Martin & Fils", "45 boulevard des Poilus", "44300", "Nantes", "+33240222222", "FR"},
        {"p-boulangerie", "Boulangerie Au Bon Pain", "8 rue Jeanne d'Arc", "45000", "Orléans", "+33238333333", "FR"},
        {"p-dentaire", "Cabinet Dentaire Rousseau", "21 cours de l'Intendance", "33000", "Bordeaux", "+33556444444", "FR"},
        {"p-proxi", "Supermarché Proxi Les Halles", "2 rue des Halles", "31000", "Toulouse", "+33561555555", "FR"},
        {"p-cerf", "Hôtel Le Grand Cerf", "5 quai Saint-Thomas", "67000", "Strasbourg", "+33388666666", "FR"},
        {"p-kirchberg", "Banque Kirchberg SA", "10 avenue J.F. Kennedy", "1855", "Luxembourg", "+352261234", "LU"},
    };
    for (const auto &p : prospects) {
        exec(q, QStringLiteral("INSERT INTO prospects (id, entity_id, owner_id, company_name, address, postcode, city, "
                               "country_code, phone, status, updated_at) VALUES (?,?,?,?,?,?,?,?,?, 'en_cours', ?)"),
             {QString::fromLatin1(p.id), QLatin1String(p.entity) == QLatin1String("LU") ? kLuxembourg : kFrance, kSophie,
              QString::fromUtf8(p.name), QString::fromUtf8(p.address), QString::fromLatin1(p.postcode),
              QString::fromUtf8(p.city), QLatin1String(p.entity) == QLatin1String("LU") ? QStringLiteral("LU") : QStringLiteral("FR"),
              QString::fromLatin1(p.phone), ts(kMonday, 8)});
    }
    const QString lyon = QStringLiteral("12 rue de la République, 69002 Lyon");
    const QDate tue = kMonday.addDays(1);
    const QDate thu = kMonday.addDays(3);
    const QDate fri = kMonday.addDays(4);
    insertRdv(rep, ids, QStringLiteral("lefevre"), kSophie, QStringLiteral("p-lefevre"),
              QStringLiteral("Présentation télésurveillance"), ts(kMonday, 9), ts(kMonday, 10, 30), QStringLiteral("effectue"),
              {}, lyon, QStringLiteral("Apporter la plaquette NF&A2P."));
    insertRdv(rep, ids, QStringLiteral("pharma"), kSophie, QStringLiteral("p-pharma"), QStringLiteral("Audit sécurité officine"),
              ts(kMonday, 14), ts(kMonday, 15), QStringLiteral("effectue"), {}, QStringLiteral("3 place Rihour, 59000 Lille"));
    // Tuesday: three overlapping appointments.
    insertRdv(rep, ids, QStringLiteral("garage"), kSophie, QStringLiteral("p-garage"),
              QStringLiteral("Démonstration vidéosurveillance"), ts(tue, 10), ts(tue, 11), QStringLiteral("planifie"), 30,
              QStringLiteral("45 boulevard des Poilus, 44300 Nantes"));
    insertRdv(rep, ids, QStringLiteral("boulangerie"), kSophie, QStringLiteral("p-boulangerie"),
              QStringLiteral("Visite technique alarme"), ts(tue, 10, 30), ts(tue, 12), QStringLiteral("planifie"));
    insertRdv(rep, ids, QStringLiteral("cerf-contrat"), kSophie, QStringLiteral("p-cerf"),
              QStringLiteral("Point contrat de maintenance"), ts(tue, 10, 45), ts(tue, 11, 30), QStringLiteral("planifie"));
    insertRdv(rep, ids, QStringLiteral("tue-pm"), kSophie, QStringLiteral("p-lefevre"), QStringLiteral("Remise du devis coffre-fort"),
              ts(tue, 15), ts(tue, 16), QStringLiteral("planifie"), {}, lyon);
    // Wednesday (today).
    insertRdv(rep, ids, QStringLiteral("bni"), kSophie, {}, QStringLiteral("Petit-déjeuner réseau BNI"), ts(kToday, 8),
              ts(kToday, 9), QStringLiteral("effectue"), {}, QStringLiteral("CCI Lyon Métropole"));
    insertRdv(rep, ids, QStringLiteral("dentaire"), kSophie, QStringLiteral("p-dentaire"),
              QStringLiteral("Signature devis contrôle d'accès"), ts(kToday, 11), ts(kToday, 12), QStringLiteral("planifie"), 30,
              QStringLiteral("21 cours de l'Intendance, 33000 Bordeaux"));
    insertRdv(rep, ids, QStringLiteral("proxi"), kJulien, QStringLiteral("p-proxi"), QStringLiteral("Relevé des lieux"),
              ts(kToday, 14), ts(kToday, 15, 30), QStringLiteral("planifie"), 15);
    insertRdv(rep, ids, QStringLiteral("today-pm"), kSophie, QStringLiteral("p-pharma"), QStringLiteral("Formation du personnel"),
              ts(kToday, 16), ts(kToday, 17), QStringLiteral("planifie"));
    // Thursday: one cancelled.
    insertRdv(rep, ids, QStringLiteral("cerf-annule"), kSophie, QStringLiteral("p-cerf"),
              QStringLiteral("Présentation offre hôtellerie"), ts(thu, 9, 30), ts(thu, 10, 30), QStringLiteral("annule"));
    insertRdv(rep, ids, QStringLiteral("thu-pm"), kSophie, QStringLiteral("p-garage"), QStringLiteral("Rencontre du gérant"),
              ts(thu, 16), ts(thu, 17), QStringLiteral("planifie"));
    insertRdv(rep, ids, QStringLiteral("fri"), kSophie, QStringLiteral("p-boulangerie"),
              QStringLiteral("Installation caméras — suivi"), ts(fri, 13, 30), ts(fri, 15), QStringLiteral("planifie"));
    // Later in December; Thursday 10th is a busy day (more than a month cell shows).
    const QDate busy(2026, 12, 10);
    insertRdv(rep, ids, QStringLiteral("dec8"), kSophie, QStringLiteral("p-cerf"), QStringLiteral("Audit incendie"),
              ts(QDate(2026, 12, 8), 10), ts(QDate(2026, 12, 8), 11), QStringLiteral("planifie"));
    for (int i = 0; i < 5; ++i) {
        insertRdv(rep, ids, QStringLiteral("busy%1").arg(i), kSophie, QStringLiteral("p-proxi"),
                  QStringLiteral("Tournée magasins %1").arg(i + 1), ts(busy, 9 + 2 * i), ts(busy, 10 + 2 * i),
                  QStringLiteral("planifie"));
    }
    insertRdv(rep, ids, QStringLiteral("dec15"), kSophie, QStringLiteral("p-dentaire"), QStringLiteral("Mise en service badges"),
              ts(QDate(2026, 12, 15), 14), ts(QDate(2026, 12, 15), 16), QStringLiteral("planifie"));
    insertRdv(rep, ids, QStringLiteral("dec17"), kJulien, QStringLiteral("p-pharma"), QStringLiteral("Bilan annuel"),
              ts(QDate(2026, 12, 17), 9), ts(QDate(2026, 12, 17), 10), QStringLiteral("planifie"));
    insertRdv(rep, ids, QStringLiteral("dec22"), kSophie, QStringLiteral("p-lefevre"), QStringLiteral("Livraison coffre-fort"),
              ts(QDate(2026, 12, 22), 8, 30), ts(QDate(2026, 12, 22), 9, 30), QStringLiteral("planifie"));

    insertAction(rep, ids, QStringLiteral("rappel-garage"), kSophie, QStringLiteral("p-garage"), QStringLiteral("appel"),
                 QStringLiteral("a_faire"), QStringLiteral("Rappeler pour le devis vidéosurveillance"), ts(QDate(2026, 11, 27), 9));
    insertAction(rep, ids, QStringLiteral("plaquette"), kSophie, QStringLiteral("p-cerf"), QStringLiteral("email"),
                 QStringLiteral("en_cours"), QStringLiteral("Envoyer la plaquette NF&A2P"), ts(QDate(2026, 12, 1), 17));
    insertAction(rep, ids, QStringLiteral("chiffrage"), kSophie, QStringLiteral("p-boulangerie"), QStringLiteral("devis"),
                 QStringLiteral("a_faire"), QStringLiteral("Chiffrer l'extension de l'alarme"), ts(kToday, 9));
    insertAction(rep, ids, QStringLiteral("contrat"), kSophie, QStringLiteral("p-dentaire"), QStringLiteral("visite"),
                 QStringLiteral("a_faire"), QStringLiteral("Déposer le contrat signé"), ts(kToday, 16));
    insertAction(rep, ids, QStringLiteral("relance"), kSophie, QStringLiteral("p-pharma"), QStringLiteral("appel"),
                 QStringLiteral("a_faire"), QStringLiteral("Relancer la pharmacie"), ts(kMonday.addDays(4), 10));
    insertAction(rep, ids, QStringLiteral("fait"), kSophie, QStringLiteral("p-lefevre"), QStringLiteral("devis"),
                 QStringLiteral("termine"), QStringLiteral("Devis coffre-fort"), ts(QDate(2026, 11, 26), 12),
                 ts(QDate(2026, 11, 28), 11));
    insertAction(rep, ids, QStringLiteral("julien"), kJulien, QStringLiteral("p-proxi"), QStringLiteral("email"),
                 QStringLiteral("a_faire"), QStringLiteral("Envoyer le compte rendu"), ts(QDate(2026, 12, 1), 12));
    insertAction(rep, ids, QStringLiteral("sans-date"), kSophie, QStringLiteral("p-kirchberg"), QStringLiteral("appel"),
                 QStringLiteral("a_faire"), QStringLiteral("Prendre contact avec la direction"), QVariant());
    return ids;
}

Clock fixedClock(const QDateTime *now)
{
    return [now] { return *now; };
}

int outboxCount(LocalReplica &rep, const QString &table)
{
    QSqlQuery q(rep.database());
    exec(q, QStringLiteral("SELECT count(*) FROM _outbox WHERE table_name = ?"), {table});
    return q.next() ? q.value(0).toInt() : -1;
}

// Clicks the button of the next message box (QMessageBox::question) once it shows.
void answerNextMessageBox(QObject *context, QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, context, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(button)->click();
    });
}
} // namespace

class TestUiAgenda : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QDateTime m_now = kNow;

    std::unique_ptr<LocalReplica> newReplica()
    {
        auto r = LocalReplica::open(m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_n)));
        return r ? std::move(*r) : nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyTheme(*qApp);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_now = kNow;
    }

    void pagesAreRegisteredAfterProspects()
    {
        const PageRegistry registry = PageRegistry::builtin();
        for (Role role : {Role::Commercial, Role::Assistant, Role::Manager, Role::President, Role::Admin}) {
            UserDto u = sophie();
            u.role = role;
            QStringList ids;
            for (const PageDescriptor &p : registry.pages(QString(pages::crmFamily), u))
                ids << p.id;
            // After « Prospects » (other pages of the family may sit between), in this order.
            const qsizetype prospects = ids.indexOf(QString(pages::prospects));
            const qsizetype myDay = ids.indexOf(QString(pages::myDay));
            const qsizetype agenda = ids.indexOf(QString(pages::agenda));
            const qsizetype actions = ids.indexOf(QString(pages::actions));
            QCOMPARE(prospects, 0);
            QVERIFY(prospects < myDay && myDay < agenda && agenda < actions);
        }
        QCOMPARE(registry.page(QString(pages::myDay))->title, QStringLiteral("Ma journée"));
        QCOMPARE(registry.page(QString(pages::agenda))->title, QStringLiteral("Agenda"));
        QCOMPARE(registry.page(QString(pages::actions))->title, QStringLiteral("Actions"));
        QCOMPARE(registry.recordPage(QStringLiteral("rdvs")), QString(pages::agenda));
        QCOMPARE(registry.recordPage(QStringLiteral("actions")), QString(pages::actions));
    }

    void rdvModelFiltersAndFollowsTheReplica()
    {
        auto rep = newReplica();
        const Ids ids = seed(*rep);
        RdvModel model(rep.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRange(QDateTime(kMonday, QTime(0, 0)), QDateTime(kMonday.addDays(7), QTime(0, 0)));
        QCOMPARE(model.rowCount(), 13);
        QCOMPARE(model.item(0)->id, ids.rdv.value(QStringLiteral("lefevre"))); // start order
        QCOMPARE(model.item(0)->prospectName, QStringLiteral("Bijouterie Lefèvre"));
        QCOMPARE(model.item(0)->prospectPhone, QStringLiteral("+33472000000"));
        QCOMPARE(model.data(model.index(0, RdvModel::Prospect)).toString(), QStringLiteral("Bijouterie Lefèvre"));
        QCOMPARE(model.data(model.index(0, RdvModel::Status)).toString(), QStringLiteral("Effectué"));
        QCOMPARE(model.data(model.index(0, RdvModel::Time)).toString(), QStringLiteral("09:00 – 10:30"));
        QCOMPARE(model.data(model.index(0, RdvModel::Owner)).toString(), QStringLiteral("Sophie Bernard"));
        QCOMPARE(model.item(0)->start, QDateTime(kMonday, QTime(9, 0)));
        // Mine only, then planned only.
        model.setOwnerFilter(kSophie);
        QCOMPARE(model.rowCount(), 12);
        model.setStatusFilter(QStringLiteral("annule"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.item(0)->id, ids.rdv.value(QStringLiteral("cerf-annule")));
        QVERIFY(model.data(model.index(0, RdvModel::Title), Qt::FontRole).value<QFont>().strikeOut());
        model.setStatusFilter({});
        model.setOwnerFilter({});
        // A range boundary: an appointment ending exactly at the range start is not in it.
        model.setRange(QDateTime(kMonday, QTime(10, 30)), QDateTime(kMonday, QTime(14, 0)));
        QCOMPARE(model.rowCount(), 0);
        model.setRange(QDateTime(kMonday, QTime(10, 29)), QDateTime(kMonday, QTime(14, 1)));
        QCOMPARE(model.rowCount(), 2);
        // Local writes and synced changes re-query: a new appointment, a renamed prospect.
        model.setRange(QDateTime(kMonday, QTime(0, 0)), QDateTime(kMonday.addDays(7), QTime(0, 0)));
        auto created = rep->createRow(QStringLiteral("rdvs"),
                                      {{QStringLiteral("entity_id"), kFrance},
                                       {QStringLiteral("owner_id"), kSophie},
                                       {QStringLiteral("title"), QStringLiteral("Appel découverte")},
                                       {QStringLiteral("starts_at"), ts(kMonday.addDays(5), 10)},
                                       {QStringLiteral("ends_at"), ts(kMonday.addDays(5), 10, 30)},
                                       {QStringLiteral("status"), QStringLiteral("planifie")}});
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        QCOMPARE(model.rowCount(), 14);
        QVERIFY(rep->updateRow(QStringLiteral("prospects"), QStringLiteral("p-lefevre"),
                               {{QStringLiteral("company_name"), QStringLiteral("Bijouterie Lefèvre & Fils")}}));
        QCOMPARE(model.item(0)->prospectName, QStringLiteral("Bijouterie Lefèvre & Fils"));
        // Sorting through the proxy (list view).
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(RdvModel::SortRole);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(RdvModel::Prospect, Qt::AscendingOrder);
        QCOMPARE(proxy.data(proxy.index(0, RdvModel::Prospect)).toString(), QString()); // no prospect first
        QCOMPARE(proxy.data(proxy.index(proxy.rowCount() - 1, RdvModel::Prospect)).toString(),
                 QStringLiteral("Supermarché Proxi Les Halles"));
        proxy.sort(RdvModel::Date, Qt::DescendingOrder);
        QCOMPARE(proxy.data(proxy.index(0, RdvModel::Title)).toString(), QStringLiteral("Appel découverte"));
    }

    void actionModelOverdueAtTheBoundary()
    {
        auto rep = newReplica();
        const Ids ids = seed(*rep);
        ActionModel model(rep.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClock(fixedClock(&m_now));
        QCOMPARE(model.rowCount(), 8);
        // Due at 09:00 today: on time at 09:00:00.000, overdue one millisecond later.
        const int row = model.rowOf(ids.action.value(QStringLiteral("chiffrage")));
        QVERIFY(row >= 0);
        m_now = QDateTime(kToday, QTime(9, 0));
        model.clockTicked();
        QVERIFY(!model.item(row)->isOverdueAt(m_now));
        QVERIFY(!model.data(model.index(row, ActionModel::Due), ActionModel::OverdueRole).toBool());
        QVERIFY(!model.data(model.index(row, ActionModel::Due), Qt::ToolTipRole).isValid());
        m_now = QDateTime(kToday, QTime(9, 0, 0, 1));
        model.clockTicked();
        QVERIFY(model.data(model.index(row, ActionModel::Due), ActionModel::OverdueRole).toBool());
        QCOMPARE(model.data(model.index(row, ActionModel::Due), Qt::ForegroundRole).value<QColor>(), palette::danger);
        QCOMPARE(model.data(model.index(row, ActionModel::Due), Qt::ToolTipRole).toString(),
                 QStringLiteral("En retard depuis 09:00"));
        QVERIFY(!model.data(model.index(row, ActionModel::Due), Qt::DecorationRole).value<QIcon>().isNull());
        // Days of delay.
        m_now = kNow;
        const int five = model.rowOf(ids.action.value(QStringLiteral("rappel-garage")));
        QCOMPARE(model.data(model.index(five, ActionModel::Due), Qt::ToolTipRole).toString(),
                 QStringLiteral("En retard de 5 jours"));
        const int one = model.rowOf(ids.action.value(QStringLiteral("plaquette")));
        QCOMPARE(model.data(model.index(one, ActionModel::Title), Qt::ToolTipRole).toString(), QStringLiteral("En retard de 1 jour"));
        // Done or without échéance: never overdue.
        const int done = model.rowOf(ids.action.value(QStringLiteral("fait")));
        QVERIFY(!model.data(model.index(done, ActionModel::Due), ActionModel::OverdueRole).toBool());
        QVERIFY(!model.data(model.index(model.rowOf(ids.action.value(QStringLiteral("sans-date"))), ActionModel::Due),
                            ActionModel::OverdueRole)
                     .toBool());
        QCOMPARE(model.data(model.index(model.rowOf(ids.action.value(QStringLiteral("sans-date"))), ActionModel::Due)).toString(),
                 QStringLiteral("—"));
        // Mine, overdue: garage (27/11), plaquette (1/12), chiffrage (today 09:00); Julien's is not mine.
        QCOMPARE(model.overdueCount(), 4);
        model.setOwnerFilter(kSophie);
        model.setOverdueOnly(true);
        QCOMPARE(model.rowCount(), 3);
        // The « en retard » filter follows the clock: at 16:00:00.001 the visit of 16:00 is late too.
        m_now = QDateTime(kToday, QTime(16, 0, 0, 1));
        model.clockTicked();
        QCOMPARE(model.rowCount(), 4);
        model.setOverdueOnly(false);
        model.setStatusFilter(ActionModel::kOpen);
        QCOMPARE(model.rowCount(), 6);
        model.setTypeFilter(QStringLiteral("appel"));
        QCOMPARE(model.rowCount(), 3);
        model.setStatusFilter(QStringLiteral("termine"));
        model.setTypeFilter({});
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.data(model.index(0, ActionModel::Status), Qt::ToolTipRole).toString().startsWith(QStringLiteral("Terminée le")));
        // Sorting through the proxy: by échéance, those without last.
        model.setStatusFilter({});
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ActionModel::SortRole);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(ActionModel::Due, Qt::AscendingOrder);
        QCOMPARE(proxy.index(proxy.rowCount() - 1, 0).data(ActionModel::IdRole).toString(), ids.action.value(QStringLiteral("sans-date")));
        QCOMPARE(proxy.index(0, 0).data(ActionModel::IdRole).toString(), ids.action.value(QStringLiteral("fait")));
    }

    void prospectPickerSearchesTheReplica()
    {
        auto rep = newReplica();
        seed(*rep);
        QSqlQuery q(rep->database());
        rep->database().transaction();
        for (int i = 0; i < 80; ++i) {
            exec(q, QStringLiteral("INSERT INTO prospects (id, entity_id, company_name, city, postcode, country_code, status) "
                                   "VALUES (?, ?, ?, 'Reims', '51100', 'FR', 'nouveau')"),
                 {QStringLiteral("bulk%1").arg(i), kFrance, QStringLiteral("Sécurité Champagne %1").arg(i, 2, 10, QLatin1Char('0'))});
        }
        rep->database().commit();
        ProspectMatchModel model(rep.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(QStringLiteral("orle"));
        QCOMPARE(model.rowCount(), 1); // accent-insensitive prefix: Orléans
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("Boulangerie Au Bon Pain — 45000 Orléans"));
        QCOMPARE(model.data(model.index(0, 0), ProspectMatchModel::AddressRole).toString(),
                 QStringLiteral("8 rue Jeanne d'Arc, 45000 Orléans"));
        model.setQuery(QStringLiteral("securite champagne"));
        QCOMPARE(model.rowCount(), ProspectMatchModel::kLimit);
        model.setQuery(QStringLiteral("   "));
        QCOMPARE(model.rowCount(), 0);
    }

    void createRdvThroughTheDialog()
    {
        auto rep = newReplica();
        seed(*rep);
        const int before = outboxCount(*rep, QStringLiteral("rdvs"));
        RdvDialog dialog(rep.get(), sophie(), QString());
        dialog.resize(640, dialog.sizeHint().height());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setStart(QDateTime(QDate(2026, 12, 3), QTime(14, 0)));
        // Without an object: core's validation refuses, in French, and nothing is written.
        dialog.accept();
        QVERIFY(dialog.banner()->isVisibleTo(&dialog));
        QCOMPARE(dialog.banner()->text(), QStringLiteral("L'objet du rendez-vous est obligatoire."));
        test::screenshot(&dialog, QStringLiteral("rdv-dialog-error"));
        QCOMPARE(outboxCount(*rep, QStringLiteral("rdvs")), before);
        test::typeInto(dialog.titleEdit(), QStringLiteral("Présentation contrôle d'accès"));
        QVERIFY(!dialog.banner()->isVisibleTo(&dialog)); // the refusal went with the edit
        // Pick the prospect by typing part of its name and choosing in the list.
        ProspectPicker *picker = dialog.prospectPicker();
        test::typeInto(picker, QStringLiteral("kirch"));
        QTRY_VERIFY(picker->popupCompleter()->popup()->isVisible());
        QCOMPARE(picker->matchModel()->rowCount(), 1);
        QAbstractItemView *popup = picker->popupCompleter()->popup();
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(picker->prospectId(), QStringLiteral("p-kirchberg"));
        QCOMPARE(picker->text(), QStringLiteral("Banque Kirchberg SA — 1855 Luxembourg"));
        // The location defaults to the prospect's address; the owners are those of its entity.
        QCOMPARE(dialog.locationEdit()->text(), QStringLiteral("10 avenue J.F. Kennedy, 1855 Luxembourg"));
        QCOMPARE(dialog.ownerBox()->currentData().toString(), kSophie);
        dialog.durationBox()->setCurrentIndex(dialog.durationBox()->findData(90));
        dialog.reminderBox()->setCurrentIndex(dialog.reminderBox()->findData(60));
        dialog.notesEdit()->setPlainText(QStringLiteral("Rencontre avec le directeur de la sûreté.\nBadge visiteur à l'accueil."));
        test::screenshot(&dialog, QStringLiteral("rdv-dialog"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QVariantMap row = rep->row(QStringLiteral("rdvs"), dialog.rdvId());
        QCOMPARE(row.value(QStringLiteral("title")).toString(), QStringLiteral("Présentation contrôle d'accès"));
        QCOMPARE(row.value(QStringLiteral("prospect_id")).toString(), QStringLiteral("p-kirchberg"));
        QCOMPARE(row.value(QStringLiteral("entity_id")).toString(), kLuxembourg); // the prospect's entity
        QCOMPARE(row.value(QStringLiteral("owner_id")).toString(), kSophie);
        QCOMPARE(row.value(QStringLiteral("starts_at")).toString(), ts(QDate(2026, 12, 3), 14));
        QCOMPARE(row.value(QStringLiteral("ends_at")).toString(), ts(QDate(2026, 12, 3), 15, 30));
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("planifie"));
        QCOMPARE(row.value(QStringLiteral("reminder_minutes")).toInt(), 60);
        QCOMPARE(row.value(QStringLiteral("location")).toString(), QStringLiteral("10 avenue J.F. Kennedy, 1855 Luxembourg"));
        // One upsert in the outbox, with every field.
        QCOMPARE(outboxCount(*rep, QStringLiteral("rdvs")), before + 1);
        const QList<Mutation> pending = rep->pendingMutations(100);
        QCOMPARE(pending.last().table, QStringLiteral("rdvs"));
        QCOMPARE(pending.last().op, QStringLiteral("upsert"));
        QCOMPARE(pending.last().fields.value(QStringLiteral("title")).toString(), QStringLiteral("Présentation contrôle d'accès"));

        // Editing: the saved values come back; a change is one more mutation.
        RdvDialog edit(rep.get(), sophie(), dialog.rdvId());
        QCOMPARE(edit.titleEdit()->text(), QStringLiteral("Présentation contrôle d'accès"));
        QCOMPARE(edit.prospectPicker()->prospectId(), QStringLiteral("p-kirchberg"));
        QCOMPARE(edit.durationBox()->currentData().toInt(), 90);
        QCOMPARE(edit.timeEdit()->time(), QTime(14, 0));
        QCOMPARE(edit.reminderBox()->currentData().toInt(), 60);
        edit.statusBox()->setCurrentIndex(edit.statusBox()->findData(QStringLiteral("effectue")));
        edit.accept();
        QCOMPARE(rep->row(QStringLiteral("rdvs"), dialog.rdvId()).value(QStringLiteral("status")).toString(), QStringLiteral("effectue"));
        QCOMPARE(outboxCount(*rep, QStringLiteral("rdvs")), before + 2);
        // Text typed in the prospect field without choosing: refused, with an explanation.
        RdvDialog other(rep.get(), sophie(), QString());
        test::typeInto(other.titleEdit(), QStringLiteral("Visite"));
        other.prospectPicker()->setText(QStringLiteral("Inconnu"));
        other.accept();
        QVERIFY(other.banner()->text().contains(QStringLiteral("Choisissez le prospect")));
    }

    void weekViewPlacesAppointmentsAndLanes()
    {
        auto rep = newReplica();
        const Ids ids = seed(*rep);
        RdvModel model(rep.get());
        model.setRange(QDateTime(kMonday, QTime(0, 0)), QDateTime(kMonday.addDays(7), QTime(0, 0)));
        WeekView view;
        view.setClock(fixedClock(&m_now));
        view.resize(1100, 720);
        view.setWeek(kToday);
        view.setItems(model.items());
        view.show();
        QCOMPARE(view.weekStart(), kMonday);
        // « Démonstration vidéosurveillance », Tuesday 10:00-11:00: in Tuesday's column, at 10:00.
        const QString garage = ids.rdv.value(QStringLiteral("garage"));
        const auto blocks = view.placementsOf(garage);
        QCOMPARE(blocks.size(), 1);
        QCOMPARE(blocks.first().day, 1);
        const QRectF tuesday = view.dayColumnRect(1);
        QVERIFY(tuesday.contains(blocks.first().rect));
        QVERIFY(qAbs(blocks.first().rect.top() - view.yForTime(QTime(10, 0))) <= 1.5);
        QVERIFY(qAbs(blocks.first().rect.bottom() - view.yForTime(QTime(11, 0))) <= 1.5);
        QCOMPARE(view.rdvAt(blocks.first().rect.center().toPoint()), garage);
        // Hit-test of slots: the half hour under a point.
        const QRectF slot = view.slotRect(QDate(2026, 12, 4), QTime(15, 30));
        QCOMPARE(view.slotAt(slot.center().toPoint()), QDateTime(QDate(2026, 12, 4), QTime(15, 30)));
        QVERIFY(!view.slotAt(QPoint(2, 2)).isValid()); // the header
        QVERIFY(view.rdvAt(slot.center().toPoint()).isEmpty());
        // Three overlapping appointments on Tuesday morning: three lanes, side by side.
        QSet<int> lanes;
        QList<QRectF> rects;
        for (const QString &key : {QStringLiteral("garage"), QStringLiteral("boulangerie"), QStringLiteral("cerf-contrat")}) {
            const auto p = view.placementsOf(ids.rdv.value(key));
            QCOMPARE(p.size(), 1);
            QCOMPARE(p.first().lanes, 3);
            lanes.insert(p.first().lane);
            rects << p.first().rect;
        }
        QCOMPARE(lanes.size(), 3);
        for (int i = 0; i < rects.size(); ++i) {
            for (int j = i + 1; j < rects.size(); ++j)
                QVERIFY(!rects.at(i).intersects(rects.at(j)));
        }
        // Alone in its time: the whole column.
        const auto alone = view.placementsOf(ids.rdv.value(QStringLiteral("tue-pm")));
        QCOMPARE(alone.first().lanes, 1);
        QVERIFY(alone.first().rect.width() > tuesday.width() - 8);
        // Keyboard: the slot of an appointment selects it; Entrée opens it, on a free slot creates.
        QSignalSpy opened(&view, &WeekView::openRequested);
        QSignalSpy created(&view, &WeekView::createRequested);
        view.setFocus();
        view.setSelectedSlot(QDate(2026, 12, 1), QTime(15, 0));
        QCOMPARE(view.selectedId(), ids.rdv.value(QStringLiteral("tue-pm")));
        QTest::keyClick(&view, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toString(), ids.rdv.value(QStringLiteral("tue-pm")));
        QTest::keyClick(&view, Qt::Key_Down);
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(view.selectedTime(), QTime(16, 0));
        QVERIFY(view.selectedId().isEmpty());
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.selectedDate(), kToday);
        QCOMPARE(view.selectedId(), ids.rdv.value(QStringLiteral("today-pm")));
        QTest::keyClick(&view, Qt::Key_Up);
        QCOMPARE(view.selectedTime(), QTime(15, 30));
        // 15:30 today: Julien's « Relevé des lieux » (14:00-15:30) has ended.
        QVERIFY(view.selectedId().isEmpty());
        QTest::keyClick(&view, Qt::Key_Enter);
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.first().first().toDateTime(), QDateTime(kToday, QTime(15, 30)));
        // Double-click: on a block opens it, on a free slot creates there.
        QTest::mouseDClick(&view, Qt::LeftButton, {}, blocks.first().rect.center().toPoint());
        QCOMPARE(opened.last().first().toString(), garage);
        QTest::mouseDClick(&view, Qt::LeftButton, {}, slot.center().toPoint());
        QCOMPARE(created.last().first().toDateTime(), QDateTime(QDate(2026, 12, 4), QTime(15, 30)));
        // Leaving the week with the keyboard asks for the next one.
        QSignalSpy navigate(&view, &WeekView::navigateRequested);
        view.setSelectedSlot(QDate(2026, 12, 6), QTime(9, 0));
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(navigate.size(), 1);
        QCOMPARE(navigate.first().first().toDate(), QDate(2026, 12, 7));
        // Cancelled appointments are laid out too (greyed when painted).
        QCOMPARE(view.placementsOf(ids.rdv.value(QStringLiteral("cerf-annule"))).first().day, 3);
    }

    void monthViewPlacesDaysAndMore()
    {
        auto rep = newReplica();
        const Ids ids = seed(*rep);
        MonthView view;
        view.setClock(fixedClock(&m_now));
        view.setMonth(kToday);
        view.resize(1000, 640);
        RdvModel model(rep.get());
        model.setRange(QDateTime(view.firstShownDay(), QTime(0, 0)), QDateTime(view.lastShownDay().addDays(1), QTime(0, 0)));
        view.setItems(model.items());
        view.show();
        QCOMPARE(view.firstShownDay(), kMonday); // 1 December 2026 is a Tuesday
        QCOMPARE(view.lastShownDay(), QDate(2027, 1, 10));
        const QRectF cell = view.cellRect(QDate(2026, 12, 8));
        QCOMPARE(view.dateAt(cell.center().toPoint()), QDate(2026, 12, 8));
        const QString audit = ids.rdv.value(QStringLiteral("dec8"));
        QCOMPARE(view.shownIds(QDate(2026, 12, 8)), QStringList{audit});
        // The first line of the cell is the appointment.
        const int lineY = int(cell.top() + view.fontMetrics().height() + 8 + 4);
        QCOMPARE(view.rdvAt(QPoint(int(cell.center().x()), lineY)), audit);
        // A busy day shows what fits and « +k ».
        const QDate busy(2026, 12, 10);
        const int max = view.maxLinesPerCell();
        QVERIFY(max < 5);
        QCOMPARE(view.shownIds(busy).size(), max - 1);
        QCOMPARE(view.hiddenCount(busy), 5 - (max - 1));
        // Keyboard: arrows move the day, Entrée asks for the week of that day.
        QSignalSpy activated(&view, &MonthView::dayActivated);
        view.setFocus();
        view.setSelectedDate(kToday);
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(view.selectedDate(), QDate(2026, 12, 9));
        QTest::keyClick(&view, Qt::Key_Right);
        QTest::keyClick(&view, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toDate(), busy);
        QSignalSpy opened(&view, &MonthView::openRequested);
        QTest::mouseDClick(&view, Qt::LeftButton, {}, QPoint(int(cell.center().x()), lineY));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toString(), audit);
    }

    void agendaPageViewsExportAndUndo()
    {
        auto rep = newReplica();
        const Ids ids = seed(*rep);
        AgendaPage page(rep.get(), sophie());
        page.setClock(fixedClock(&m_now));
        page.setAnchorDate(kToday);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.goToday();
        QCOMPARE(page.view(), AgendaPage::View::Week);
        QCOMPARE(page.rangeStart(), QDateTime(kMonday, QTime(0, 0)));
        QCOMPARE(page.model()->rowCount(), 12); // « Mes rendez-vous » first
        QCOMPARE(page.periodLabel()->text(), QStringLiteral("Semaine 49 · 30 novembre – 6 décembre 2026"));
        QCOMPARE(page.weekView()->selectedDate(), kToday);
        test::screenshot(&page, QStringLiteral("agenda-week"));

        // « Toute l'équipe »: Julien's appointment comes.
        auto *owner = page.findChild<QComboBox *>(QStringLiteral("ownerFilter"));
        QVERIFY(owner->isVisibleTo(&page)); // a manager may see the team's
        owner->setCurrentIndex(1);
        QCOMPARE(page.model()->rowCount(), 13);

        page.setView(AgendaPage::View::Month);
        QCOMPARE(page.rangeStart(), QDateTime(kMonday, QTime(0, 0)));
        QCOMPARE(page.rangeEnd(), QDateTime(QDate(2027, 1, 11), QTime(0, 0)));
        QCOMPARE(page.periodLabel()->text(), QStringLiteral("Décembre 2026"));
        QCOMPARE(page.model()->rowCount(), 22);
        test::screenshot(&page, QStringLiteral("agenda-month"));

        page.setView(AgendaPage::View::List);
        QCOMPARE(page.rangeStart(), QDateTime(QDate(2026, 12, 1), QTime(0, 0)));
        QCOMPARE(page.model()->rowCount(), 20); // 1-31 December
        QCOMPARE(page.listView()->model()->rowCount(), 20);
        QAbstractItemModelTester tester(page.listProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        test::screenshot(&page, QStringLiteral("agenda-list"));

        // Export of the visible range.
        const QString path = m_dir.filePath(QStringLiteral("décembre.ics"));
        QVERIFY(page.exportTo(path));
        QCOMPARE(page.banner()->kind(), MessageBanner::Kind::Success);
        QVERIFY(page.banner()->text().contains(QStringLiteral("20 rendez-vous exportés")));
        QVERIFY(page.banner()->text().contains(QDir::toNativeSeparators(path)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QCOMPARE(ics.count("BEGIN:VEVENT"), 20);
        QVERIFY(ics.contains(QByteArray("UID:" + ids.rdv.value(QStringLiteral("dentaire")).toUtf8() + "@hector")));
        QVERIFY(ics.contains(QStringLiteral("SUMMARY:Signature devis contrôle d'accès").toUtf8()));
        QVERIFY(ics.contains("TRIGGER:-PT30M"));
        QVERIFY(ics.contains("STATUS:CANCELLED"));
        QVERIFY(!ics.contains("Présentation télésurveillance")); // 30 November: not in the list's month
        // A file that cannot be written: a French error, nothing else.
        QVERIFY(!page.exportTo(m_dir.filePath(QStringLiteral("absent/dossier/agenda.ics"))));
        QCOMPARE(page.banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY(page.banner()->text().startsWith(QStringLiteral("Impossible d'écrire le fichier")));

        // Delete with confirmation, then « Annuler la suppression » re-creates it with a new id.
        page.setView(AgendaPage::View::Week);
        page.setAnchorDate(kToday);
        const QString dentaire = ids.rdv.value(QStringLiteral("dentaire"));
        page.weekView()->selectRdv(dentaire);
        QCOMPARE(page.selectedId(), dentaire);
        answerNextMessageBox(this, QMessageBox::Yes);
        page.deleteRdv(page.selectedId());
        QVERIFY(rep->row(QStringLiteral("rdvs"), dentaire).isEmpty());
        QCOMPARE(page.model()->rowCount(), 12);
        QVERIFY(page.undoButton()->isVisibleTo(&page));
        const int pending = rep->pendingCount();
        test::click(page.undoButton());
        QCOMPARE(page.model()->rowCount(), 13);
        QCOMPARE(rep->pendingCount(), pending + 1);
        const QString restored = page.weekView()->selectedId();
        QVERIFY(!restored.isEmpty() && restored != dentaire);
        QCOMPARE(rep->row(QStringLiteral("rdvs"), restored).value(QStringLiteral("title")).toString(),
                 QStringLiteral("Signature devis contrôle d'accès"));
        QCOMPARE(rep->row(QStringLiteral("rdvs"), restored).value(QStringLiteral("reminder_minutes")).toInt(), 30);
        QVERIFY(page.banner()->text().contains(QStringLiteral("restauré")));

        // An empty week says so.
        page.setAnchorDate(QDate(2027, 2, 10));
        QCOMPARE(page.model()->rowCount(), 0);
        test::screenshot(&page, QStringLiteral("agenda-week-empty"));
        page.setView(AgendaPage::View::List);
        QVERIFY(page.listEmptyLabel()->text().startsWith(QStringLiteral("Aucun rendez-vous ce mois-ci.")));
        QVERIFY(page.listEmptyLabel()->isVisibleTo(&page));
        // Previous / next / today.
        page.setView(AgendaPage::View::Week);
        page.goToday();
        page.next();
        QCOMPARE(page.rangeStart(), QDateTime(kMonday.addDays(7), QTime(0, 0)));
        page.previous();
        page.previous();
        QCOMPARE(page.rangeStart(), QDateTime(kMonday.addDays(-7), QTime(0, 0)));
    }

    void agendaForACommercialShowsOnlyTheirs()
    {
        auto rep = newReplica();
        const Ids ids = seed(*rep);
        AgendaPage page(rep.get(), user(kJulien, Role::Commercial, QStringLiteral("Julien"), QStringLiteral("Petit")));
        page.setClock(fixedClock(&m_now));
        page.resize(1200, 760);
        page.show();
        page.setAnchorDate(kToday);
        // No « Toute l'équipe » for a commercial (row-level security keeps only theirs anyway).
        QVERIFY(!page.findChild<QComboBox *>(QStringLiteral("ownerFilter"))->isVisibleTo(&page));
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->item(0)->id, ids.rdv.value(QStringLiteral("proxi")));
        // Clicking a greyed day of the next month in the month view shows that month.
        page.setView(AgendaPage::View::Month);
        const QRectF cell = page.monthView()->cellRect(QDate(2027, 1, 4));
        QTest::mouseClick(page.monthView(), Qt::LeftButton, {}, cell.center().toPoint());
        QCOMPARE(page.periodLabel()->text(), QStringLiteral("Janvier 2027"));
        QCOMPARE(page.monthView()->selectedDate(), QDate(2027, 1, 4));
        // The commercial's RDV dialog: the owner is them, not editable.
        RdvDialog dialog(rep.get(), user(kJulien, Role::Commercial, QStringLiteral("Julien"), QStringLiteral("Petit")), QString());
        QCOMPARE(dialog.ownerBox()->count(), 1);
        QCOMPARE(dialog.ownerBox()->currentData().toString(), kJulien);
        QVERIFY(!dialog.ownerBox()->isEnabled());
    }

    void pagesOpenRecordsForTheCommandPalette()
    {
        auto rep = newReplica();
        const Ids ids = seed(*rep);
        AgendaPage agenda(rep.get(), sophie());
        agenda.setClock(fixedClock(&m_now));
        agenda.show();
        QString opened;
        auto closeDialog = [&opened] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            auto *dialog = QApplication::activeModalWidget();
            opened = QString::fromLatin1(dialog->metaObject()->className());
            qobject_cast<QDialog *>(dialog)->reject();
        };
        QVERIFY(!agenda.openRecord(QStringLiteral("actions"), ids.action.value(QStringLiteral("plaquette"))));
        QVERIFY(!agenda.openRecord(QStringLiteral("rdvs"), QStringLiteral("absent")));
        QVERIFY(agenda.openRecord(QStringLiteral("rdvs"), ids.rdv.value(QStringLiteral("dec15"))));
        QCOMPARE(agenda.rangeStart(), QDateTime(QDate(2026, 12, 14), QTime(0, 0)));
        QCOMPARE(agenda.weekView()->selectedId(), ids.rdv.value(QStringLiteral("dec15")));
        QTimer::singleShot(0, this, closeDialog);
        QTRY_COMPARE(opened, QStringLiteral("hector::ui::RdvDialog"));

        // An action outside the current filters (Julien's): the filters open up to show it.
        ActionsPage actions(rep.get(), sophie());
        actions.setClock(fixedClock(&m_now));
        actions.show();
        opened.clear();
        QVERIFY(actions.openRecord(QStringLiteral("actions"), ids.action.value(QStringLiteral("julien"))));
        QCOMPARE(actions.currentId(), ids.action.value(QStringLiteral("julien")));
        QTimer::singleShot(0, this, closeDialog);
        QTRY_COMPARE(opened, QStringLiteral("hector::ui::ActionDialog"));
    }

    void agendaCreatesAtTheSelectedSlot()
    {
        auto rep = newReplica();
        seed(*rep);
        AgendaPage page(rep.get(), sophie());
        page.setClock(fixedClock(&m_now));
        page.resize(1200, 760);
        page.show();
        page.setAnchorDate(kToday);
        page.weekView()->setSelectedSlot(QDate(2026, 12, 4), QTime(9, 30));
        // Entrée on the free slot opens the dialog at that time; fill it in and save.
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<RdvDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->dateEdit()->date(), QDate(2026, 12, 4));
            QCOMPARE(dialog->timeEdit()->time(), QTime(9, 30));
            dialog->titleEdit()->setText(QStringLiteral("Rendez-vous créé au clavier"));
            dialog->accept();
        });
        page.weekView()->setFocus();
        QTest::keyClick(page.weekView(), Qt::Key_Return);
        QCOMPARE(page.model()->rowCount(), 13); // mine: 12 + the new one
        const QString id = page.weekView()->selectedId();
        QCOMPARE(rep->row(QStringLiteral("rdvs"), id).value(QStringLiteral("title")).toString(),
                 QStringLiteral("Rendez-vous créé au clavier"));
        QCOMPARE(rep->row(QStringLiteral("rdvs"), id).value(QStringLiteral("entity_id")).toString(), kFrance);
        QCOMPARE(page.banner()->kind(), MessageBanner::Kind::Success);
    }

    void reminderFiresOnceAtItsTime()
    {
        auto rep = newReplica();
        const Ids ids = seed(*rep);
        // Sophie's « Signature devis » today 11:00, reminder 30 min: due at 10:30.
        RdvReminders reminders(rep.get(), kSophie);
        reminders.timer()->stop();
        reminders.setClock(fixedClock(&m_now));
        QList<RdvReminder> fired;
        connect(&reminders, &RdvReminders::reminderDue, this, [&fired](const RdvReminder &r) { fired << r; });
        const QString dentaire = ids.rdv.value(QStringLiteral("dentaire"));
        m_now = QDateTime(kToday, QTime(10, 29, 59));
        reminders.check();
        QCOMPARE(fired.size(), 0);
        m_now = QDateTime(kToday, QTime(10, 30));
        reminders.check();
        QCOMPARE(fired.size(), 1);
        QCOMPARE(fired.first().id, dentaire);
        QCOMPARE(fired.first().title, QStringLiteral("Signature devis contrôle d'accès"));
        QCOMPARE(fired.first().prospectName, QStringLiteral("Cabinet Dentaire Rousseau"));
        QVERIFY(fired.first().message().startsWith(QStringLiteral("11:00 (dans 30 min)")));
        QVERIFY(reminders.wasNotified(dentaire));
        // Once: later checks and replica changes do not repeat it.
        m_now = QDateTime(kToday, QTime(10, 45));
        reminders.check();
        QVERIFY(rep->updateRow(QStringLiteral("rdvs"), dentaire, {{QStringLiteral("notes"), QStringLiteral("Confirmé par téléphone")}}));
        QCOMPARE(fired.size(), 1);
        // Julien's « Relevé des lieux » (14:00, 15 min) is not mine; Tuesday's garage is over.
        m_now = QDateTime(kToday, QTime(13, 50));
        reminders.check();
        QCOMPARE(fired.size(), 1);
        // Moved to later: it reminds again at its new time.
        QVERIFY(rep->updateRow(QStringLiteral("rdvs"), dentaire,
                               {{QStringLiteral("starts_at"), ts(kToday, 15)}, {QStringLiteral("ends_at"), ts(kToday, 16)}}));
        QCOMPARE(fired.size(), 1);
        m_now = QDateTime(kToday, QTime(14, 30));
        reminders.check();
        QCOMPARE(fired.size(), 2);
        // Cancelled or without reminder: never.
        QVERIFY(rep->updateRow(QStringLiteral("rdvs"), ids.rdv.value(QStringLiteral("thu-pm")),
                               {{QStringLiteral("reminder_minutes"), 1440}, {QStringLiteral("status"), QStringLiteral("annule")}}));
        m_now = QDateTime(kToday.addDays(1), QTime(15, 59));
        reminders.check();
        QCOMPARE(fired.size(), 2);

        // Without a system tray, the reminder is a card in the main window.
        QWidget window;
        window.resize(1000, 700);
        window.show();
        ReminderPresenter presenter(&window);
        presenter.setUseSystemTray(false);
        presenter.present(fired.first());
        QVERIFY(presenter.popup());
        QVERIFY(presenter.popup()->isVisible());
        QVERIFY(window.rect().contains(presenter.popup()->geometry()));
        const auto labels = presenter.popup()->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) {
            return l->text() == QStringLiteral("Signature devis contrôle d'accès");
        }));
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) {
            return l->text().startsWith(QStringLiteral("11:00 (dans 30 min) — Cabinet Dentaire Rousseau"));
        }));
        test::screenshot(&window, QStringLiteral("reminder-popup"));
        test::click(presenter.popup()->findChild<QPushButton *>(QStringLiteral("reminderClose")));
        QTRY_VERIFY(!presenter.popup());
    }

    void actionsPageMarkDoneAndUndo()
    {
        auto rep = newReplica();
        const Ids ids = seed(*rep);
        ActionsPage page(rep.get(), sophie());
        page.setClock(fixedClock(&m_now));
        page.resize(1280, 720);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QAbstractItemModelTester tester(page.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Mine, not done: 6 (the done one and Julien's are not listed), 3 overdue.
        QCOMPARE(page.model()->rowCount(), 6);
        QCOMPARE(page.model()->overdueCount(), 3);
        QCOMPARE(page.view()->model()->index(0, ActionModel::Title).data().toString(),
                 QStringLiteral("Rappeler pour le devis vidéosurveillance")); // oldest échéance first
        test::screenshot(&page, QStringLiteral("actions"));

        // Ctrl+Entrée on « Envoyer la plaquette » (en cours): terminé now, then « Annuler ».
        const QString plaquette = ids.action.value(QStringLiteral("plaquette"));
        page.selectAction(plaquette);
        page.view()->setFocus();
        const int pending = rep->pendingCount();
        QTest::keyClick(page.view(), Qt::Key_Return, Qt::ControlModifier);
        QVariantMap row = rep->row(QStringLiteral("actions"), plaquette);
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("termine"));
        QCOMPARE(row.value(QStringLiteral("completed_at")).toString(), toTimestamp(kNow));
        QCOMPARE(rep->pendingCount(), pending + 1);
        QCOMPARE(page.model()->rowCount(), 5); // « non terminées »
        QVERIFY(page.banner()->text().contains(QStringLiteral("est terminée")));
        QVERIFY(page.undoButton()->isVisibleTo(&page));
        test::screenshot(&page, QStringLiteral("actions-done-undo"));
        test::click(page.undoButton());
        row = rep->row(QStringLiteral("actions"), plaquette);
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("en_cours"));
        QVERIFY(row.value(QStringLiteral("completed_at")).isNull());
        QCOMPARE(page.model()->rowCount(), 6);
        QCOMPARE(page.currentId(), plaquette);
        QVERIFY(page.banner()->text().contains(QStringLiteral("En cours")));

        // Espace marks done too.
        const QString chiffrage = ids.action.value(QStringLiteral("chiffrage"));
        page.selectAction(chiffrage);
        QTest::keyClick(page.view(), Qt::Key_Space);
        QCOMPARE(rep->row(QStringLiteral("actions"), chiffrage).value(QStringLiteral("status")).toString(), QStringLiteral("termine"));
        test::click(page.undoButton());
        QCOMPARE(rep->row(QStringLiteral("actions"), chiffrage).value(QStringLiteral("status")).toString(), QStringLiteral("a_faire"));

        // Filters: overdue only, type, everybody's, every status.
        page.overdueFilter()->setChecked(true);
        QCOMPARE(page.model()->rowCount(), 3);
        page.overdueFilter()->setChecked(false);
        page.typeFilter()->setCurrentIndex(page.typeFilter()->findData(QStringLiteral("appel")));
        QCOMPARE(page.model()->rowCount(), 3);
        page.typeFilter()->setCurrentIndex(0);
        page.ownerFilter()->setCurrentIndex(page.ownerFilter()->findData(QString()));
        QCOMPARE(page.model()->rowCount(), 7);
        page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(QString()));
        QCOMPARE(page.model()->rowCount(), 8);

        // Delete with confirmation and undo.
        const QString relance = ids.action.value(QStringLiteral("relance"));
        page.selectAction(relance);
        answerNextMessageBox(this, QMessageBox::Yes);
        page.deleteCurrent();
        QVERIFY(rep->row(QStringLiteral("actions"), relance).isEmpty());
        QCOMPARE(page.model()->rowCount(), 7);
        test::click(page.undoButton());
        QCOMPARE(page.model()->rowCount(), 8);
        QVERIFY(page.currentId() != relance);
        QCOMPARE(rep->row(QStringLiteral("actions"), page.currentId()).value(QStringLiteral("title")).toString(),
                 QStringLiteral("Relancer la pharmacie"));

        // Nothing matching: the empty state says so.
        page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(QStringLiteral("en_cours")));
        page.typeFilter()->setCurrentIndex(page.typeFilter()->findData(QStringLiteral("visite")));
        QVERIFY(page.emptyLabel()->isVisibleTo(&page));
        QCOMPARE(page.emptyLabel()->text(), QStringLiteral("Aucune action ne correspond à ces filtres."));
    }

    void actionDialogCreatesAndCompletes()
    {
        auto rep = newReplica();
        seed(*rep);
        ActionDialog dialog(rep.get(), sophie(), QString());
        dialog.resize(620, dialog.sizeHint().height());
        dialog.show();
        dialog.typeBox()->setCurrentIndex(dialog.typeBox()->findData(QStringLiteral("devis")));
        test::typeInto(dialog.titleEdit(), QStringLiteral("Chiffrer la télésurveillance"));
        dialog.prospectPicker()->setProspectId(QStringLiteral("p-cerf"));
        dialog.setDue(QDateTime(QDate(2026, 12, 7), QTime(11, 0)));
        test::screenshot(&dialog, QStringLiteral("action-dialog"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVariantMap row = rep->row(QStringLiteral("actions"), dialog.actionId());
        QCOMPARE(row.value(QStringLiteral("type")).toString(), QStringLiteral("devis"));
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("a_faire"));
        QCOMPARE(row.value(QStringLiteral("due_at")).toString(), ts(QDate(2026, 12, 7), 11));
        QVERIFY(row.value(QStringLiteral("completed_at")).isNull());
        QCOMPARE(row.value(QStringLiteral("entity_id")).toString(), kFrance);
        // Terminé through the dialog stamps completed_at; back to « à faire » clears it.
        ActionDialog edit(rep.get(), sophie(), dialog.actionId());
        QCOMPARE(edit.dueTimeEdit()->time(), QTime(11, 0));
        edit.statusBox()->setCurrentIndex(edit.statusBox()->findData(QStringLiteral("termine")));
        edit.accept();
        QVERIFY(!rep->row(QStringLiteral("actions"), dialog.actionId()).value(QStringLiteral("completed_at")).toString().isEmpty());
        ActionDialog again(rep.get(), sophie(), dialog.actionId());
        again.statusBox()->setCurrentIndex(again.statusBox()->findData(QStringLiteral("a_faire")));
        again.hasDueBox()->setChecked(false);
        again.accept();
        row = rep->row(QStringLiteral("actions"), dialog.actionId());
        QVERIFY(row.value(QStringLiteral("completed_at")).isNull());
        QVERIFY(row.value(QStringLiteral("due_at")).isNull());
    }

    void myDayShowsOnlyTodayAndOverdueOfTheUser()
    {
        auto rep = newReplica();
        const Ids ids = seed(*rep);
        MyDayPage page(rep.get(), sophie());
        page.setClock(fixedClock(&m_now));
        page.resize(1200, 720);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QAbstractItemModelTester rdvTester(page.rdvModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester actionTester(page.actionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Today's appointments of Sophie, in time order (not Julien's « Relevé des lieux »).
        QStringList rdvs;
        for (const RdvItem &it : page.rdvModel()->items())
            rdvs << it.id;
        QCOMPARE(rdvs, QStringList({ids.rdv.value(QStringLiteral("bni")), ids.rdv.value(QStringLiteral("dentaire")),
                                    ids.rdv.value(QStringLiteral("today-pm"))}));
        // Her actions due today or overdue, not done: not Friday's, not Julien's, not the done one.
        QStringList actions;
        for (const ActionItem &it : page.actionModel()->items())
            actions << it.id;
        QCOMPARE(actions, QStringList({ids.action.value(QStringLiteral("rappel-garage")), ids.action.value(QStringLiteral("plaquette")),
                                       ids.action.value(QStringLiteral("chiffrage")), ids.action.value(QStringLiteral("contrat"))}));
        QCOMPARE(page.headerLabel()->text(), QStringLiteral("3 rendez-vous · 4 actions à traiter, dont 3 en retard"));
        QCOMPARE(page.stack()->currentIndex(), 0);
        test::screenshot(&page, QStringLiteral("my-day"));
        // Keyboard: Espace on the selected action marks it done (and « Annuler » brings it back).
        page.actionList()->setFocus();
        page.actionList()->setCurrentIndex(page.actionModel()->index(2, 0));
        QTest::keyClick(page.actionList(), Qt::Key_Space);
        QCOMPARE(rep->row(QStringLiteral("actions"), ids.action.value(QStringLiteral("chiffrage"))).value(QStringLiteral("status")).toString(),
                 QStringLiteral("termine"));
        QCOMPARE(page.actionModel()->rowCount(), 3);
        page.undo();
        QCOMPARE(page.actionModel()->rowCount(), 4);
        // The next day: the day changes with the clock.
        m_now = QDateTime(kToday.addDays(1), QTime(8, 0));
        page.refreshDay();
        QCOMPARE(page.rdvModel()->rowCount(), 2); // Thursday: the cancelled one and « Rencontre du gérant »
        QCOMPARE(page.headerLabel()->text(), QStringLiteral("1 rendez-vous (1 annulé) · 4 actions à traiter, dont 4 en retard"));

        // Nadia has nothing: « Rien de prévu aujourd'hui ».
        MyDayPage empty(rep.get(), user(kNadia, Role::Commercial, QStringLiteral("Nadia"), QStringLiteral("Haddad")));
        m_now = kNow;
        empty.setClock(fixedClock(&m_now));
        empty.resize(1200, 720);
        empty.show();
        QCOMPARE(empty.stack()->currentIndex(), 1);
        QVERIFY(empty.emptyLabel()->isVisibleTo(&empty));
        QCOMPARE(empty.emptyLabel()->text(), QStringLiteral("Rien de prévu aujourd'hui"));
        test::screenshot(&empty, QStringLiteral("my-day-empty"));
    }
};

QTEST_MAIN(TestUiAgenda)
#include "tst_ui_agenda.moc"
