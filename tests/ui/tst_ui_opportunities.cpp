// « Opportunités » (issue #6, module 14) on a real SQLite replica: the models under
// QAbstractItemModelTester, the kanban board (columns, cards, a real mime drop, the keyboard),
// stage changes through the outbox with « Annuler » (« Gagnée » stamps closed_at, « Perdue » asks
// the reason), the dialog and its tabs (activities move last_activity_at, notes, the six factors
// of the Scoring tab), delete with undo, « À proximité », the notification bell and the command
// palette. Set HECTOR_SCREENSHOT_DIR to get PNGs of the board, the list, the dialog's tabs, the
// proximity dialog and the notifications.
#include "../sync/OpportunityFixture.h"
#include "UiTestSupport.h"
#include "core/Roles.h"
#include "core/geo/Geo.h"
#include "sync/replica/LocalReplica.h"
#include "ui/MessageBanner.h"
#include "ui/PageRegistry.h"
#include "ui/Theme.h"
#include "ui/crm/ProspectPicker.h"
#include "ui/opportunities/KanbanBoard.h"
#include "ui/opportunities/NotificationBell.h"
#include "ui/opportunities/OpportunitiesPage.h"
#include "ui/opportunities/OpportunityDialog.h"
#include "ui/opportunities/OpportunityFeed.h"
#include "ui/opportunities/OpportunityModel.h"
#include "ui/opportunities/ProximityDialog.h"
#include "ui/opportunities/ScoringPanel.h"
#include "ui/palette/CommandPalette.h"
#include "ui/palette/CommandPaletteModel.h"
#include "ui/prospects/ProspectOperations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

#include <cmath>
#include <memory>

using namespace hector;
using namespace hector::sync;
using hector::test::east;
using hector::test::execSql;
using hector::test::north;
using namespace hector::ui;
using namespace Qt::StringLiterals;

namespace {
const QString kFrance = u"11111111-1111-1111-1111-111111111111"_s;
const QString kLuxembourg = u"22222222-2222-2222-2222-222222222222"_s;
const QString kSophie = u"aaaaaaaa-0000-0000-0000-000000000001"_s; // manager, DISC C, « me »
const QString kJulien = u"aaaaaaaa-0000-0000-0000-000000000002"_s; // commercial, DISC S
const QString kNadia = u"aaaaaaaa-0000-0000-0000-000000000003"_s;  // commercial

// « Now »: Wednesday 2 December 2026, 10:20 local time.
const QDateTime kNow(QDate(2026, 12, 2), QTime(10, 20));
// The Lyon office, and place Bellecour (the proximity centre of the tests).
const geo::LatLon kOffice{45.7640, 4.8357};
const geo::LatLon kBellecour{45.7578, 4.8320};

QString ts(const QDateTime &local)
{
    return toTimestamp(local);
}
QString ts(int month, int day, int hour, int minute = 0)
{
    return ts(QDateTime(QDate(2026, month, day), QTime(hour, minute)));
}

UserDto user(const QString &id, Role role, const QString &first, const QString &last)
{
    UserDto u;
    u.id = id;
    u.role = role;
    u.firstName = first;
    u.lastName = last;
    u.email = first.toLower() + u"@adsgroup-security.com"_s;
    u.entityId = kFrance;
    u.entityName = u"France"_s;
    u.entityCountry = u"FR"_s;
    return u;
}

UserDto sophie()
{
    return user(kSophie, Role::Manager, u"Sophie"_s, u"Bernard"_s);
}

struct Opp
{
    const char *id;
    const char *title;
    const char *stage;
    const char *prospect;
    QString owner;
    QVariant amount;
    QVariant monthly;
    QVariant shared;
    QVariant probability;
};

// A security company's pipeline around Lyon: prospects at known distances from place
// Bellecour, opportunities at every stage, activities, the server's scoring history and
// stagnation notifications.
void seed(LocalReplica &rep)
{
    const QSqlDatabase db = rep.database();
    QVERIFY(execSql(db, u"INSERT INTO entities (id, name, country_code, level, office_latitude, office_longitude) VALUES "
                     "(?, 'France', 'FR', 1, ?, ?), (?, 'Luxembourg', 'LU', 1, 49.6283, 6.1617)"_s,
                 {kFrance, kOffice.lat, kOffice.lon, kLuxembourg}));
    QVERIFY(execSql(db, u"INSERT INTO users (id, email, first_name, last_name, role, entity_id, active, disc_profile) VALUES "
                     "(?, 'sophie@adsgroup-security.com', 'Sophie', 'Bernard', 'manager', ?, 1, 'C'), "
                     "(?, 'julien@adsgroup-security.com', 'Julien', 'Petit', 'commercial', ?, 1, 'S'), "
                     "(?, 'nadia@adsgroup-security.com', 'Nadia', 'Haddad', 'commercial', ?, 1, NULL)"_s,
                 {kSophie, kFrance, kJulien, kFrance, kNadia, kFrance}));
    const struct
    {
        const char *id;
        const char *name;
        const char *city;
        const char *postcode;
        std::optional<geo::LatLon> at;
        QVariant revenue;
        QVariant headcount;
        QVariant contact;
        QVariant disc;
    } prospects[] = {
        {"p-lefevre", "Bijouterie Lefèvre", "Lyon", "69002", north(kBellecour, 0.6), 850000, u"03"_s, u"Claire Lefèvre"_s, u"C"_s},
        {"p-pharma", "Pharmacie Bellecour", "Lyon", "69002", kBellecour, 1200000, u"02"_s, u"Marc Roux"_s, u"I"_s},
        {"p-garage", "Garage Martin & Fils", "Villeurbanne", "69100", east(kBellecour, 4.2), {}, u"11"_s, {}, {}},
        {"p-entrepot", "Rhône Logistique Entrepôts", "Vénissieux", "69200", north(kBellecour, -7.5), 5400000, u"21"_s,
         u"Paul Girard"_s, u"D"_s},
        {"p-clinique", "Clinique Saint-Joseph", "Villefranche-sur-Saône", "69400", north(kBellecour, 27), {}, {}, {}, {}},
        // 60 km north of the office: the « 75 WARM » example of docs/scoring.md.
        {"p-hotel", "Hôtel Le Grand Cerf", "Mâcon", "71000", north(kOffice, 60), 3100000, u"12"_s, {}, u"S"_s},
        {"p-boulangerie", "Boulangerie Au Bon Pain", "Lyon", "69003", east(kBellecour, 1.5), {}, {}, u"Luc Martin"_s, {}},
        {"p-super", "Supermarché Proxi Les Halles", "Lyon", "69007", north(kBellecour, -2), {}, {}, {}, {}},
        {"p-kirchberg", "Banque Kirchberg SA", "Luxembourg", "1855", std::nullopt, {}, {}, {}, {}},
    };
    for (const auto &p : prospects) {
        QVERIFY(execSql(db, u"INSERT INTO prospects (id, entity_id, owner_id, company_name, city, postcode, country_code, status, "
                         "latitude, longitude, revenue_eur, headcount_band, contact_name, disc_profile, updated_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, 'FR', 'en_cours', ?, ?, ?, ?, ?, ?, ?)"_s,
                     {QString::fromLatin1(p.id), kFrance, kSophie, QString::fromUtf8(p.name), QString::fromUtf8(p.city),
                      QString::fromLatin1(p.postcode), p.at ? QVariant(p.at->lat) : QVariant(),
                      p.at ? QVariant(p.at->lon) : QVariant(), p.revenue, p.headcount, p.contact, p.disc, ts(11, 2, 9)}));
    }
    const Opp opps[] = {
        {"o-lefevre", "Vidéoprotection de la boutique", "signature", "p-lefevre", kSophie, 18500, 89, 10, 80},
        {"o-pharma", "Alarme intrusion officine", "negociation", "p-pharma", kSophie, 6900, 45, 4, 60},
        {"o-garage", "Télésurveillance de l'atelier", "proposition", "p-garage", kSophie, 4200, 39, {}, 40},
        {"o-hotel", "Contrôle d'accès de l'hôtel", "negociation", "p-hotel", kSophie, 24000, 120, 4, 60},
        {"o-entrepot", "Vidéosurveillance entrepôt", "qualification", "p-entrepot", kJulien, 32000, 250, 2, 20},
        {"o-clinique", "Contrôle d'accès clinique", "prospection", "p-clinique", kSophie, {}, {}, {}, 10},
        {"o-won", "Alarme boulangerie", "gagne", "p-boulangerie", kSophie, 3900, 35, 1, 100},
        {"o-lost", "Télésurveillance supermarché", "perdu", "p-super", kSophie, 12000, 99, {}, 0},
        {"o-kirch", "Sécurité agence bancaire", "proposition", "p-kirchberg", kNadia, 45000, 300, 6, 40},
    };
    for (const Opp &o : opps) {
        const QString stage = QString::fromLatin1(o.stage);
        const bool closed = stage == u"gagne"_s || stage == u"perdu"_s;
        QVERIFY(execSql(db, u"INSERT INTO opportunities (id, entity_id, prospect_id, owner_id, title, stage, amount_eur, "
                         "monthly_eur, probability, shared_connections, expected_close_at, closed_at, lost_reason, "
                         "stage_changed_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                     {QString::fromLatin1(o.id), QString::fromLatin1(o.id) == u"o-kirch"_s ? kLuxembourg : kFrance,
                      QString::fromLatin1(o.prospect), o.owner, QString::fromUtf8(o.title), stage, o.amount, o.monthly,
                      o.probability, o.shared, closed ? QVariant() : QVariant(ts(12, 18, 12)),
                      closed ? QVariant(ts(11, 20, 16)) : QVariant(),
                      stage == u"perdu"_s ? QVariant(u"Concurrent moins cher"_s) : QVariant(), ts(11, 10, 9), ts(10, 1, 9),
                      ts(11, 20, 16)}));
    }
    // The server's stagnation job marked the garage's opportunity.
    QVERIFY(execSql(db, u"UPDATE opportunities SET stagnant_since = ? WHERE id = 'o-garage'"_s, {ts(10, 28, 9)}));
    // Activities: the hotel answers in 10 h, the jeweller within 1-2 h.
    const struct
    {
        const char *id;
        const char *opp;
        const char *kind;
        const char *direction;
        QString at;
        const char *summary;
        QString author;
    } acts[] = {
        {"a-h1", "o-hotel", "email", "sortant", ts(11, 2, 8), "Envoi de la proposition contrôle d'accès", kSophie},
        {"a-h2", "o-hotel", "appel", "entrant", ts(11, 2, 18), "Le directeur rappelle : questions sur les badges", kSophie},
        {"a-h3", "o-hotel", "devis", "sortant", ts(11, 5, 9, 30), "Devis révisé (42 lecteurs)", kSophie},
        {"a-h4", "o-hotel", "email", "entrant", ts(11, 5, 19, 30), "Accord de principe, attend la validation du groupe", kJulien},
        {"a-l1", "o-lefevre", "appel", "sortant", ts(11, 10, 9), "Présentation des caméras 4K", kSophie},
        {"a-l2", "o-lefevre", "appel", "entrant", ts(11, 10, 10), "Rappel de Mme Lefèvre", kSophie},
        {"a-l3", "o-lefevre", "rdv", "sortant", ts(11, 12, 14), "Visite technique de la boutique", kSophie},
        {"a-l4", "o-lefevre", "email", "entrant", ts(11, 12, 16), "Demande de bon de commande", kSophie},
    };
    for (const auto &a : acts) {
        QVERIFY(execSql(db, u"INSERT INTO opportunity_activities (id, entity_id, opportunity_id, author_id, kind, direction, "
                         "occurred_at, summary, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                     {QString::fromLatin1(a.id), kFrance, QString::fromLatin1(a.opp), a.author, QString::fromLatin1(a.kind),
                      QString::fromLatin1(a.direction), a.at, QString::fromUtf8(a.summary), a.at, a.at}));
    }
    QVERIFY(execSql(db, u"UPDATE opportunities SET last_activity_at = ? WHERE id = 'o-hotel'"_s, {ts(11, 5, 19, 30)}));
    QVERIFY(execSql(db, u"INSERT INTO opportunity_notes (id, entity_id, opportunity_id, author_id, body, created_at, updated_at) "
                     "VALUES ('n-h1', ?, 'o-hotel', ?, 'Le groupe hôtelier impose le protocole OSDP.', ?, ?)"_s,
                 {kFrance, kJulien, ts(11, 6, 11), ts(11, 6, 11)}));
    // The server's daily scoring of the hotel.
    QVERIFY(execSql(db, u"INSERT INTO scoring_history (id, entity_id, opportunity_id, score, temperature, factors, source, computed_at) "
                     "VALUES ('h-1', ?, 'o-hotel', 58, 'COLD', '[]', 'cron', ?), ('h-2', ?, 'o-hotel', 75, 'WARM', '[]', 'cron', ?)"_s,
                 {kFrance, ts(11, 4, 6), kFrance, ts(11, 6, 6)}));
    QVERIFY(execSql(db, u"UPDATE opportunities SET score = 75, temperature = 'WARM', scored_at = ? WHERE id = 'o-hotel'"_s,
                 {ts(11, 6, 6)}));
    // Notifications: two unread for Sophie, one read, one for Julien.
    QVERIFY(execSql(db, u"INSERT INTO notifications (id, entity_id, user_id, kind, title, body, related_table, related_id, "
                     "read_at, created_at) VALUES "
                     "('nt-1', ?, ?, 'stagnation', 'Opportunité sans activité', "
                     "'« Télésurveillance de l''atelier » n''a eu aucune activité depuis 35 jours.', 'opportunities', 'o-garage', NULL, ?), "
                     "('nt-2', ?, ?, 'stagnation', 'Opportunité sans activité', "
                     "'« Contrôle d''accès clinique » n''a eu aucune activité depuis 31 jours.', 'opportunities', 'o-clinique', NULL, ?), "
                     "('nt-3', ?, ?, 'stagnation', 'Opportunité sans activité', 'Déjà lue.', 'opportunities', 'o-pharma', ?, ?), "
                     "('nt-4', ?, ?, 'stagnation', 'Opportunité sans activité', 'Pour Julien.', 'opportunities', 'o-entrepot', NULL, ?)"_s,
                 {kFrance, kSophie, ts(12, 2, 9), kFrance, kSophie, ts(12, 1, 9), kFrance, kSophie, ts(11, 30, 10),
                  ts(11, 30, 9), kFrance, kJulien, ts(12, 2, 9)}));
}

// « 24 000 € » as the French locale writes it (its group separator).
QString money(const QString &text)
{
    QString out = text;
    static const QRegularExpression group(u"(\\d) (\\d{3})"_s);
    out.replace(group, u"\\1"_s + QLocale().groupSeparator() + u"\\2"_s);
    return out;
}

int outboxCount(LocalReplica &rep, const QString &table)
{
    QSqlQuery q(rep.database());
    q.prepare(u"SELECT count(*) FROM _outbox WHERE table_name = ?"_s);
    q.addBindValue(table);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

QString lastOutboxFields(LocalReplica &rep)
{
    QSqlQuery q(rep.database());
    return q.exec(u"SELECT fields FROM _outbox ORDER BY mid DESC LIMIT 1"_s) && q.next() ? q.value(0).toString() : QString();
}

QString stageOf(LocalReplica &rep, const QString &id)
{
    return rep.row(u"opportunities"_s, id).value(u"stage"_s).toString();
}

// Clicks the button of the next message box once it shows.
void answerNextMessageBox(QObject *context, QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, context, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(button)->click();
    });
}

// Answers the next text question (QInputDialog) with `text`, or cancels it when `text` is null.
void answerNextInput(QObject *context, const QString &text)
{
    QTimer::singleShot(0, context, [text] {
        auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(input);
        if (text.isNull()) {
            input->reject();
            return;
        }
        input->setTextValue(text);
        input->accept();
    });
}

// Closes the next modal dialog once it shows (within 5 s), giving its class name.
void closeNextDialog(QObject *context, QString *className)
{
    auto *poll = new QTimer(context);
    poll->setInterval(10);
    auto tries = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, context, [poll, className, tries] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog && ++*tries < 500)
            return;
        poll->stop();
        poll->deleteLater();
        if (!dialog)
            return;
        *className = QString::fromLatin1(dialog->metaObject()->className());
        dialog->reject();
    });
    poll->start();
}
} // namespace

class TestUiOpportunities : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<LocalReplica> newReplica()
    {
        auto r = LocalReplica::open(m_dir.filePath(u"r%1.sqlite"_s.arg(++m_n)));
        if (!r)
            return nullptr;
        seed(**r);
        return std::move(*r);
    }

    static Clock clock()
    {
        return [] { return kNow; };
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyTheme(*qApp);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QVERIFY(m_dir.isValid());
    }

    void pageIsRegisteredForEveryRole()
    {
        const PageRegistry registry = PageRegistry::builtin();
        for (Role role : {Role::Commercial, Role::Assistant, Role::Manager, Role::President, Role::Admin}) {
            UserDto u = sophie();
            u.role = role;
            QStringList ids;
            for (const PageDescriptor &p : registry.pages(QString(pages::crmFamily), u))
                ids << p.id;
            QVERIFY(ids.contains(QString(pages::opportunities)));
            // Right after « Prospects » and « À qualifier », before « Ma journée ».
            QCOMPARE(ids.indexOf(QString(pages::opportunities)), ids.indexOf(QString(pages::qualificationQueue)) + 1);
        }
        QCOMPARE(registry.page(QString(pages::opportunities))->title, u"Opportunités"_s);
        QCOMPARE(registry.recordPage(u"opportunities"_s), QString(pages::opportunities));
    }

    void modelScoresFiltersAndFollowsTheReplica()
    {
        auto rep = newReplica();
        QVERIFY(rep);
        OpportunityModel model(rep.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 9);
        // Highest live score first.
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.item(row - 1)->score >= model.item(row)->score);
        const OpportunityItem *hotel = model.itemById(u"o-hotel"_s);
        QCOMPARE(hotel->score, 75);
        QCOMPARE(hotel->temperature, scoring::Temperature::Warm);
        QCOMPARE(model.itemById(u"o-lefevre"_s)->temperature, scoring::Temperature::Hot);
        QVERIFY(model.itemById(u"o-garage"_s)->isStagnant());
        const int row = model.rowOf(u"o-hotel"_s);
        QCOMPARE(model.data(model.index(row, OpportunityModel::Stage)).toString(), u"Négociation"_s);
        QCOMPARE(model.data(model.index(row, OpportunityModel::Amount)).toString(), money(u"24 000 €"_s));
        QCOMPARE(model.data(model.index(row, OpportunityModel::Monthly)).toString(), u"120 €/mois"_s);
        QCOMPARE(model.data(model.index(row, OpportunityModel::Probability)).toString(), u"60 %"_s);
        QCOMPARE(model.data(model.index(row, OpportunityModel::Temperature)).toString(), u"Tiède"_s);
        QCOMPARE(model.data(model.index(row, OpportunityModel::Owner)).toString(), u"Sophie Bernard"_s);
        QCOMPARE(model.data(model.index(row, OpportunityModel::ExpectedClose)).toString(), u"18/12/2026"_s);
        QCOMPARE(model.headerData(OpportunityModel::ExpectedClose, Qt::Horizontal).toString(), u"Signature prévue"_s);
        // Filters: owner, stage group, temperature, search (accents ignored in titles; prospects
        // through the full-text index).
        model.setOwnerFilter(kSophie);
        QCOMPARE(model.rowCount(), 7);
        model.setStatusFilter(OpportunityModel::kOpen);
        QCOMPARE(model.rowCount(), 5);
        model.setTemperatureFilter(u"HOT"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.item(0)->id, u"o-lefevre"_s);
        model.setTemperatureFilter({});
        model.setStatusFilter({});
        model.setOwnerFilter({});
        model.setSearchText(u"telesurveillance"_s);
        QCOMPARE(model.rowCount(), 2);
        model.setSearchText(u"bijouterie"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.item(0)->id, u"o-lefevre"_s);
        model.setSearchText({});
        // A local write re-scores: the clinic gets a decision maker, revenue and headcount (+15).
        const int before = model.itemById(u"o-clinique"_s)->score;
        QVERIFY(rep->updateRow(u"prospects"_s, u"p-clinique"_s,
                               {{u"contact_name"_s, u"Dr Anne Morel"_s}, {u"revenue_eur"_s, 8000000}, {u"headcount_band"_s, u"31"_s}}));
        QCOMPARE(model.itemById(u"o-clinique"_s)->score, before + 15);
        // Sorting through a proxy (the list view).
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(OpportunityModel::SortRole);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(OpportunityModel::Amount, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(OpportunityModel::IdRole).toString(), u"o-kirch"_s);
        proxy.sort(OpportunityModel::Stage, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(OpportunityModel::IdRole).toString(), u"o-clinique"_s);
        // Drag data: the ids.
        std::unique_ptr<QMimeData> mime(model.mimeData({model.index(model.rowOf(u"o-pharma"_s), 0)}));
        QCOMPARE(OpportunityModel::idsFromMime(mime.get()), QStringList{u"o-pharma"_s});
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsDragEnabled);
    }

    void boardShowsStagesCardsAndMovesByKeyboard()
    {
        auto rep = newReplica();
        OpportunitiesPage page(rep.get(), sophie());
        page.setClock(clock());
        page.ownerFilter()->setCurrentIndex(1); // « Toutes »
        page.resize(1640, 860);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        KanbanBoard *board = page.board();
        QCOMPARE(board->columns().size(), 7);
        QStringList stages;
        for (KanbanColumn *c : board->columns()) {
            stages << c->stage();
            QAbstractItemModelTester tester(c->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        }
        QCOMPARE(stages, (QStringList{u"prospection"_s, u"qualification"_s, u"proposition"_s, u"negociation"_s,
                                      u"signature"_s, u"gagne"_s, u"perdu"_s}));
        QCOMPARE(board->column(u"negociation"_s)->proxy()->rowCount(), 2);
        QCOMPARE(board->column(u"proposition"_s)->countLabel()->text(), u"2"_s);
        // « Gagnées » and « Perdues » are collapsed drop zones with their count.
        QVERIFY(board->column(u"gagne"_s)->isCollapsed());
        QVERIFY(!board->column(u"gagne"_s)->list()->isVisible());
        QCOMPARE(board->column(u"perdu"_s)->countLabel()->text(), u"1"_s);
        QVERIFY(page.summaryLabel()->text().startsWith(money(u"9 opportunités · en cours : 130 600 € + 843 €/mois"_s)));
        QVERIFY(board->selectOpportunity(u"o-hotel"_s));
        QCOMPARE(board->selectedId(), u"o-hotel"_s);
        test::screenshot(&page, u"opportunities-board"_s);

        // Keyboard: → goes to the next column, Ctrl+→ moves the card a stage further.
        QListView *nego = board->column(u"negociation"_s)->list();
        nego->setFocus();
        QVERIFY(board->selectOpportunity(u"o-pharma"_s));
        QTest::keyClick(nego, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(stageOf(*rep, u"o-pharma"_s), u"signature"_s);
        QCOMPARE(board->column(u"signature"_s)->proxy()->rowCount(), 2);
        QCOMPARE(board->selectedId(), u"o-pharma"_s); // the card stays selected in its new column
        QVERIFY(page.undoButton()->isVisibleTo(&page));
        QCOMPARE(page.banner()->text(), u"« Alarme intrusion officine » passe en « Signature »."_s);
        QListView *signature = board->column(u"signature"_s)->list();
        signature->setFocus();
        QTest::keyClick(signature, Qt::Key_Left);
        QVERIFY(nego->hasFocus());
        QCOMPARE(board->selectedId(), u"o-hotel"_s);
        // Entrée opens the selected card.
        QString opened;
        closeNextDialog(this, &opened);
        QTest::keyClick(nego, Qt::Key_Return);
        QCOMPARE(opened, u"hector::ui::OpportunityDialog"_s);
        // Expanding « Gagnées » shows its cards.
        QTest::mouseClick(board->column(u"gagne"_s)->findChild<QToolButton *>(u"toggleColumn"_s), Qt::LeftButton);
        QVERIFY(board->column(u"gagne"_s)->list()->isVisible());
        QCOMPARE(board->column(u"gagne"_s)->proxy()->rowCount(), 1);
    }

    void moveThroughTheApiWritesTheOutboxAndUndoes()
    {
        auto rep = newReplica();
        OpportunitiesPage page(rep.get(), sophie());
        page.setClock(clock());
        page.show();
        const int pending = rep->pendingCount();
        QVERIFY(page.moveToStage({u"o-garage"_s}, u"negociation"_s));
        QCOMPARE(stageOf(*rep, u"o-garage"_s), u"negociation"_s);
        QCOMPARE(rep->pendingCount(), pending + 1);
        const QJsonObject fields = QJsonDocument::fromJson(lastOutboxFields(*rep).toUtf8()).object();
        QCOMPARE(fields.value(u"stage"_s).toString(), u"negociation"_s);
        QCOMPARE(fields.value(u"stage_changed_at"_s).toString(), ts(kNow));
        QCOMPARE(fields.value(u"probability"_s).toInt(), 60); // was at the default of « Proposition »
        QVERIFY(!fields.contains(u"closed_at"_s));             // unchanged: not sent
        // The same stage: nothing written.
        QVERIFY(!page.moveToStage({u"o-garage"_s}, u"negociation"_s));
        QCOMPARE(rep->pendingCount(), pending + 1);
        test::click(page.undoButton());
        QCOMPARE(stageOf(*rep, u"o-garage"_s), u"proposition"_s);
        QCOMPARE(rep->row(u"opportunities"_s, u"o-garage"_s).value(u"probability"_s).toInt(), 40);
        QCOMPARE(rep->row(u"opportunities"_s, u"o-garage"_s).value(u"stage_changed_at"_s).toString(), ts(11, 10, 9));
        QCOMPARE(rep->pendingCount(), pending + 2);
        QVERIFY(page.banner()->text().contains(u"est revenue en « Proposition »"_s));
        QVERIFY(!page.undoButton()->isVisibleTo(&page));
    }

    void dropOnAColumnChangesTheStage()
    {
        auto rep = newReplica();
        OpportunitiesPage page(rep.get(), sophie());
        page.setClock(clock());
        page.resize(1640, 860);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        KanbanBoard *board = page.board();
        KanbanColumn *from = board->column(u"negociation"_s);
        KanbanColumn *to = board->column(u"signature"_s);
        const int row = from->proxy()->mapFromSource(page.model()->index(page.model()->rowOf(u"o-pharma"_s), 0)).row();
        // The drag's data, as the list view makes it, dropped on a card of the other column: the
        // lists refuse drops, so the event goes up to the column.
        std::unique_ptr<QMimeData> mime(from->proxy()->mimeData({from->proxy()->index(row, 0)}));
        QWidget *target = to->list()->viewport();
        const QPoint at = target->rect().center();
        QDragEnterEvent enter(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &move);
        QDropEvent drop(QPointF(at), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(drop.dropAction(), Qt::MoveAction);
        QTRY_COMPARE(stageOf(*rep, u"o-pharma"_s), u"signature"_s);
        QCOMPARE(to->proxy()->rowCount(), 2);
        QCOMPARE(outboxCount(*rep, u"opportunities"_s), 1);
        test::click(page.undoButton());
        QCOMPARE(stageOf(*rep, u"o-pharma"_s), u"negociation"_s);
        // Data that is not a card is refused.
        QMimeData text;
        text.setText(u"o-pharma"_s);
        QDragEnterEvent other(at, Qt::MoveAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &other);
        QVERIFY(!other.isAccepted());

        // Dropped on the collapsed « Gagnée »: closed_at and the probability follow.
        KanbanColumn *won = board->column(u"gagne"_s);
        QVERIFY(won->isCollapsed());
        const QPoint centre = won->rect().center();
        QDragEnterEvent enterWon(centre, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(won, &enterWon);
        QVERIFY(enterWon.isAccepted());
        QDropEvent win(QPointF(centre), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(won, &win);
        QVERIFY(win.isAccepted());
        QTRY_COMPARE(stageOf(*rep, u"o-pharma"_s), u"gagne"_s);
        const QVariantMap row2 = rep->row(u"opportunities"_s, u"o-pharma"_s);
        QCOMPARE(row2.value(u"closed_at"_s).toString(), ts(kNow));
        QCOMPARE(row2.value(u"probability"_s).toInt(), 100);
        QCOMPARE(page.banner()->text(), u"« Alarme intrusion officine » est gagnée. Bravo !"_s);
        test::click(page.undoButton());
        QVERIFY(rep->row(u"opportunities"_s, u"o-pharma"_s).value(u"closed_at"_s).isNull());
    }

    void lostAsksTheReason()
    {
        auto rep = newReplica();
        OpportunitiesPage page(rep.get(), sophie());
        page.setClock(clock());
        page.show();
        // Cancelled: nothing changes.
        answerNextInput(this, QString());
        QVERIFY(!page.moveToStage({u"o-hotel"_s}, u"perdu"_s));
        QCOMPARE(stageOf(*rep, u"o-hotel"_s), u"negociation"_s);
        // Empty reason: refused with a French message.
        answerNextInput(this, u"  "_s);
        QVERIFY(!page.moveToStage({u"o-hotel"_s}, u"perdu"_s));
        QCOMPARE(stageOf(*rep, u"o-hotel"_s), u"negociation"_s);
        QVERIFY(page.banner()->text().contains(u"indiquez la raison de la perte"_s));
        answerNextInput(this, u"Budget gelé par le groupe"_s);
        QVERIFY(page.moveToStage({u"o-hotel"_s}, u"perdu"_s));
        const QVariantMap row = rep->row(u"opportunities"_s, u"o-hotel"_s);
        QCOMPARE(row.value(u"stage"_s).toString(), u"perdu"_s);
        QCOMPARE(row.value(u"lost_reason"_s).toString(), u"Budget gelé par le groupe"_s);
        QCOMPARE(row.value(u"closed_at"_s).toString(), ts(kNow));
        QCOMPARE(row.value(u"probability"_s).toInt(), 0);
        QCOMPARE(page.banner()->text(), u"« Contrôle d'accès de l'hôtel » est perdue (Budget gelé par le groupe)."_s);
        // Reopened (back to a stage in progress): no more closed_at or reason.
        QVERIFY(page.moveToStage({u"o-hotel"_s}, u"signature"_s));
        QVERIFY(rep->row(u"opportunities"_s, u"o-hotel"_s).value(u"closed_at"_s).isNull());
        QVERIFY(rep->row(u"opportunities"_s, u"o-hotel"_s).value(u"lost_reason"_s).isNull());
    }

    void scoringTabShowsTheSixFactors()
    {
        auto rep = newReplica();
        OpportunityDialog dialog(rep.get(), sophie(), u"o-hotel"_s, nullptr, clock());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.tabs()->count(), 4);
        QCOMPARE(dialog.tabs()->tabText(0), u"&Vue d'ensemble"_s);
        QCOMPARE(dialog.titleEdit()->text(), u"Contrôle d'accès de l'hôtel"_s);
        QCOMPARE(dialog.stageBox()->currentData().toString(), u"negociation"_s);
        QCOMPARE(dialog.amountEdit()->text(), money(u"24 000"_s));
        QCOMPARE(dialog.monthlyEdit()->text(), u"120"_s);
        QCOMPARE(dialog.sharedBox()->value(), 4);
        QCOMPARE(dialog.probabilityBox()->value(), 60);
        QVERIFY(!dialog.lostReasonEdit()->isVisible());
        QCOMPARE(dialog.prospectPicker()->prospectId(), u"p-hotel"_s);
        test::screenshot(&dialog, u"opportunity-overview"_s);
        dialog.tabs()->setCurrentWidget(dialog.scoringPanel());
        ScoringPanel *panel = dialog.scoringPanel();
        // docs/scoring.md: négociation, replies in 10 h, revenue + headcount, S/C, 60 km, 4 shared.
        const QList<QPair<QString, QString>> expected{{u"reactivity"_s, u"16 / 20"_s}, {u"maturity"_s, u"16 / 20"_s},
                                                      {u"enrichment"_s, u"10 / 15"_s}, {u"disc"_s, u"10 / 15"_s},
                                                      {u"geography"_s, u"11 / 15"_s}, {u"network"_s, u"12 / 15"_s}};
        for (const auto &[key, points] : expected) {
            QCOMPARE(panel->pointsLabel(key)->text(), points);
            QVERIFY(!panel->neutralLabel(key)->isVisible());
        }
        QCOMPARE(panel->bar(u"geography"_s)->points(), 11.0);
        QCOMPARE(panel->reasonLabel(u"reactivity"_s)->text(), u"Réponse médiane en 10 h sur 2 échange(s)"_s);
        QCOMPARE(panel->reasonLabel(u"disc"_s)->text(), u"Profils voisins (S/C)"_s);
        QCOMPARE(panel->reasonLabel(u"geography"_s)->text(), u"À 60 km du bureau"_s);
        QCOMPARE(panel->totalLabel()->text(), u"75 / 100"_s);
        QCOMPARE(panel->temperatureLabel()->text(), u"Tiède · WARM"_s);
        QCOMPARE(panel->historyTable()->rowCount(), 2);
        QCOMPARE(panel->historyTable()->item(0, 1)->text(), u"75"_s); // newest first
        QCOMPARE(panel->historyTable()->item(1, 2)->text(), u"Froide"_s);
        QCOMPARE(panel->historyTable()->item(0, 3)->text(), u"Calcul quotidien"_s);
        test::screenshot(&dialog, u"opportunity-scoring"_s);
        // The live score follows the replica: a decision maker on the prospect (+5 → 80).
        QVERIFY(rep->updateRow(u"prospects"_s, u"p-hotel"_s, {{u"contact_name"_s, u"Hélène Garnier"_s}}));
        QCOMPARE(panel->pointsLabel(u"enrichment"_s)->text(), u"15 / 15"_s);
        QCOMPARE(panel->totalLabel()->text(), u"80 / 100"_s);

        // Nothing known: neutral factors are marked.
        OpportunityDialog fresh(rep.get(), sophie(), u"o-clinique"_s, nullptr, clock());
        fresh.show();
        fresh.tabs()->setCurrentWidget(fresh.scoringPanel());
        for (const QString &key : {u"reactivity"_s, u"disc"_s, u"network"_s})
            QVERIFY2(fresh.scoringPanel()->neutralLabel(key)->isVisible(), qPrintable(key));
        for (const QString &key : {u"maturity"_s, u"enrichment"_s, u"geography"_s}) // 27 km from the office
            QVERIFY2(!fresh.scoringPanel()->neutralLabel(key)->isVisible(), qPrintable(key));
        QCOMPARE(fresh.scoringPanel()->pointsLabel(u"geography"_s)->text(), u"15 / 15"_s);
        QCOMPARE(fresh.scoringPanel()->pointsLabel(u"disc"_s)->text(), u"7,5 / 15"_s);
        QCOMPARE(fresh.scoringPanel()->historyTable()->rowCount(), 0);
        test::screenshot(&fresh, u"opportunity-scoring-neutral"_s);
    }

    void activitiesAndNotesTabs()
    {
        auto rep = newReplica();
        OpportunityDialog dialog(rep.get(), sophie(), u"o-hotel"_s, nullptr, clock());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        OpportunityActivitiesTab *tab = dialog.activitiesTab();
        dialog.tabs()->setCurrentWidget(tab);
        QAbstractItemModelTester tester(tab->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(tab->model()->rowCount(), 4);
        QCOMPARE(tab->model()->entry(0)->timeline.title, u"E-mail entrant"_s); // newest first
        QCOMPARE(tab->model()->entry(0)->timeline.author, u"Julien Petit"_s);
        QCOMPARE(tab->whenEdit()->dateTime(), kNow);
        // A call out today (later than the last activity): last_activity_at follows.
        tab->kindBox()->setCurrentIndex(tab->kindBox()->findData(u"appel"_s));
        tab->directionBox()->setCurrentIndex(tab->directionBox()->findData(u"sortant"_s));
        test::typeInto(tab->summaryEdit(), u"Relance pour la validation du groupe"_s);
        test::click(tab->addButton());
        QCOMPARE(tab->model()->rowCount(), 5);
        QCOMPARE(tab->model()->entry(0)->timeline.title, u"Appel sortant"_s);
        QCOMPARE(tab->model()->entry(0)->timeline.author, u"Sophie Bernard"_s);
        QCOMPARE(rep->row(u"opportunities"_s, u"o-hotel"_s).value(u"last_activity_at"_s).toString(), ts(kNow));
        QVERIFY(tab->summaryEdit()->text().isEmpty());
        test::screenshot(&dialog, u"opportunity-activities"_s);
        // An older activity (entered afterwards) does not move it back.
        tab->directionBox()->setCurrentIndex(tab->directionBox()->findData(u"entrant"_s));
        tab->whenEdit()->setDateTime(QDateTime(QDate(2026, 11, 20), QTime(15, 0)));
        test::typeInto(tab->summaryEdit(), u"Le directeur a appelé (noté en retard)"_s);
        QVERIFY(tab->addActivity());
        QCOMPARE(rep->row(u"opportunities"_s, u"o-hotel"_s).value(u"last_activity_at"_s).toString(), ts(kNow));
        QCOMPARE(outboxCount(*rep, u"opportunity_activities"_s), 2);
        // Today's call is still waiting for an answer: the reactivity stays at its two answers.
        QCOMPARE(dialog.scoringPanel()->reasonLabel(u"reactivity"_s)->text(), u"Réponse médiane en 10 h sur 2 échange(s)"_s);

        OpportunityNotesTab *notes = dialog.notesTab();
        dialog.tabs()->setCurrentWidget(notes);
        QAbstractItemModelTester notesTester(notes->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(notes->model()->rowCount(), 1);
        QVERIFY(!notes->addButton()->isEnabled());
        notes->noteEdit()->setFocus();
        QTest::keyClicks(notes->noteEdit(), u"Concurrent en place : contrat Securitas jusqu'en mars."_s);
        QTest::keyClick(notes->noteEdit(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(notes->model()->rowCount(), 2);
        QCOMPARE(notes->model()->entry(0)->timeline.text, u"Concurrent en place : contrat Securitas jusqu'en mars."_s);
        QVERIFY(notes->noteEdit()->toPlainText().isEmpty());
        QCOMPARE(outboxCount(*rep, u"opportunity_notes"_s), 1);
    }

    void dialogCreatesAndValidates()
    {
        auto rep = newReplica();
        OpportunityDialog dialog(rep.get(), sophie(), QString(), nullptr, clock());
        dialog.show();
        QCOMPARE(dialog.tabs()->count(), 1); // the other tabs once it is saved
        QCOMPARE(dialog.probabilityBox()->value(), 10);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.banner()->text(), u"L'intitulé de l'opportunité est obligatoire."_s);
        test::typeInto(dialog.titleEdit(), u"Alarme et vidéoprotection du magasin"_s);
        dialog.setProspect(u"p-super"_s);
        test::typeInto(dialog.amountEdit(), u"12 5OO"_s);
        dialog.accept();
        QVERIFY(dialog.banner()->text().contains(u"n'est pas un montant"_s));
        test::typeInto(dialog.amountEdit(), u"12 500"_s);
        test::typeInto(dialog.monthlyEdit(), u"79"_s);
        // The probability follows the stage until the user sets it.
        dialog.setStage(u"proposition"_s);
        QCOMPARE(dialog.probabilityBox()->value(), 40);
        dialog.setStage(u"perdu"_s);
        QVERIFY(dialog.lostReasonEdit()->isVisible());
        dialog.accept();
        QVERIFY(dialog.banner()->text().startsWith(u"Indiquez la raison de la perte"_s));
        dialog.setStage(u"proposition"_s);
        QVERIFY(!dialog.lostReasonEdit()->isVisible());
        dialog.probabilityBox()->setValue(55);
        emit dialog.probabilityBox()->editingFinished();
        dialog.setStage(u"negociation"_s);
        QCOMPARE(dialog.probabilityBox()->value(), 55);
        dialog.sharedBox()->setValue(3);
        dialog.hasCloseBox()->setChecked(true);
        dialog.closeDateEdit()->setDate(QDate(2027, 1, 15));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QVariantMap row = rep->row(u"opportunities"_s, dialog.opportunityId());
        QCOMPARE(row.value(u"title"_s).toString(), u"Alarme et vidéoprotection du magasin"_s);
        QCOMPARE(row.value(u"amount_eur"_s).toLongLong(), 12500);
        QCOMPARE(row.value(u"monthly_eur"_s).toLongLong(), 79);
        QCOMPARE(row.value(u"probability"_s).toInt(), 55);
        QCOMPARE(row.value(u"shared_connections"_s).toInt(), 3);
        QCOMPARE(row.value(u"stage"_s).toString(), u"negociation"_s);
        QCOMPARE(row.value(u"stage_changed_at"_s).toString(), ts(kNow));
        QCOMPARE(row.value(u"entity_id"_s).toString(), kFrance);
        QCOMPARE(row.value(u"owner_id"_s).toString(), kSophie);
        QCOMPARE(row.value(u"prospect_id"_s).toString(), u"p-super"_s);
        QCOMPARE(parseTimestamp(row.value(u"expected_close_at"_s)).date(), QDate(2027, 1, 15));
        QVERIFY(row.value(u"closed_at"_s).isNull());
        QCOMPARE(outboxCount(*rep, u"opportunities"_s), 1);

        // A commercial's dialog: the owner is them, not editable.
        OpportunityDialog mine(rep.get(), user(kJulien, Role::Commercial, u"Julien"_s, u"Petit"_s), QString(), nullptr, clock());
        QCOMPARE(mine.ownerBox()->count(), 1);
        QVERIFY(!mine.ownerBox()->isEnabled());
    }

    void deleteWithUndoRestoresActivitiesAndNotes()
    {
        auto rep = newReplica();
        OpportunitiesPage page(rep.get(), sophie());
        page.setClock(clock());
        page.show();
        answerNextMessageBox(this, QMessageBox::Yes);
        page.deleteOpportunity(u"o-hotel"_s);
        QVERIFY(rep->row(u"opportunities"_s, u"o-hotel"_s).isEmpty());
        QSqlQuery q(rep->database());
        QVERIFY(q.exec(u"SELECT count(*) FROM opportunity_activities WHERE opportunity_id = 'o-hotel'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(page.banner()->text(), u"L'opportunité « Contrôle d'accès de l'hôtel » a été supprimée."_s);
        QVERIFY(page.undoButton()->isVisibleTo(&page));
        test::click(page.undoButton());
        QVERIFY(page.banner()->text().contains(u"restaurée"_s));
        QVERIFY(q.exec(u"SELECT id FROM opportunities WHERE title = 'Contrôle d''accès de l''hôtel'"_s) && q.next());
        const QString restored = q.value(0).toString();
        QVERIFY(restored != u"o-hotel"_s);
        QCOMPARE(rep->row(u"opportunities"_s, restored).value(u"amount_eur"_s).toLongLong(), 24000);
        // Activities and notes come back, written by me: someone else's keep their author in front.
        QVERIFY(q.exec(u"SELECT count(*), sum(author_id = '%1') FROM opportunity_activities WHERE opportunity_id = '%2'"_s.arg(kSophie, restored))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        QCOMPARE(q.value(1).toInt(), 4);
        QVERIFY(q.exec(u"SELECT summary FROM opportunity_activities WHERE opportunity_id = '%1' ORDER BY occurred_at DESC"_s.arg(restored))
                && q.next());
        QVERIFY2(q.value(0).toString().startsWith(u"De Julien Petit le "_s), qPrintable(q.value(0).toString()));
        QVERIFY(q.exec(u"SELECT body FROM opportunity_notes WHERE opportunity_id = '%1'"_s.arg(restored)) && q.next());
        QVERIFY(q.value(0).toString().endsWith(u"Le groupe hôtelier impose le protocole OSDP."_s));
        // The score is the same as before the delete.
        QCOMPARE(page.model()->itemById(restored)->score, 75);
        QCOMPARE(page.board()->selectedId(), restored);
    }

    void proximityListsOpportunitiesWithinTheRadius()
    {
        auto rep = newReplica();
        ProximityDialog dialog(rep.get(), sophie());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Default centre: the Lyon office (0.7 km from Bellecour), 5 km, in progress only.
        QVERIFY(dialog.officeButton()->isChecked());
        QCOMPARE(dialog.radiusBox()->value(), 5.0);
        QStringList ids;
        for (const NearbyOpportunity &n : dialog.model()->results())
            ids << n.id;
        QCOMPARE(ids, (QStringList{u"o-lefevre"_s, u"o-pharma"_s, u"o-garage"_s}));
        // Around the pharmacy (Bellecour): the jeweller 0.6 km, the garage 4.2 km; the warehouse
        // (7.5 km) and the clinic (27 km) are further.
        dialog.setCentreProspect(u"p-pharma"_s);
        QVERIFY(dialog.prospectButton()->isChecked());
        ids.clear();
        for (const NearbyOpportunity &n : dialog.model()->results())
            ids << n.id;
        QCOMPARE(ids, (QStringList{u"o-pharma"_s, u"o-lefevre"_s, u"o-garage"_s}));
        QCOMPARE(dialog.model()->index(1, NearbyOpportunityModel::Distance).data().toString(), u"0,6 km"_s);
        QCOMPARE(dialog.summaryLabel()->text(), u"3 opportunités à moins de 5,0 km"_s);
        // Won and lost ones too when asked; a larger radius.
        dialog.openOnlyBox()->setChecked(false);
        QCOMPARE(dialog.model()->rowCount(), 5); // + the bakery (won), the supermarket (lost)
        dialog.setRadius(10);
        QCOMPARE(dialog.model()->rowCount(), 6); // + the warehouse
        dialog.setRadius(5);
        dialog.openOnlyBox()->setChecked(true);
        test::screenshot(&dialog, u"opportunities-proximity"_s);
        // A prospect without coordinates says so.
        dialog.setCentreProspect(u"p-kirchberg"_s);
        QCOMPARE(dialog.model()->rowCount(), 0);
        QCOMPARE(dialog.banner()->kind(), MessageBanner::Kind::Warning);
        // Entrée on a result opens it.
        dialog.setCentreProspect(u"p-pharma"_s);
        dialog.resultsView()->setFocus();
        dialog.resultsView()->setCurrentIndex(dialog.model()->index(1, 0));
        QTest::keyClick(dialog.resultsView(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.chosenId(), u"o-lefevre"_s);
    }

    void notificationsOpenTheirOpportunityAndAreMarkedRead()
    {
        auto rep = newReplica();
        OpportunitiesPage page(rep.get(), sophie());
        page.setClock(clock());
        page.show();
        QWidget header;
        header.resize(520, 60);
        auto *bell = new NotificationBell(rep.get(), kSophie, &header);
        bell->move(460, 10);
        header.show();
        QAbstractItemModelTester tester(bell->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(bell->unreadCount(), 2); // not the read one, not Julien's
        QCOMPARE(bell->toolTip(), u"2 notifications non lues"_s);
        QCOMPARE(bell->model()->item(0)->relatedId, u"o-garage"_s); // newest first
        bell->showPopup();
        QVERIFY(bell->popup()->isVisible());
        test::screenshot(bell->popup(), u"notifications"_s);
        // Choosing one opens the opportunity (as MainWindow::openRecord does) and marks it read.
        QSignalSpy opened(bell, &NotificationBell::openRequested);
        connect(bell, &NotificationBell::openRequested, &page, &OpportunitiesPage::openRecord);
        QString dialog;
        closeNextDialog(this, &dialog);
        bell->open(u"nt-1"_s);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toString(), u"opportunities"_s);
        QCOMPARE(opened.first().at(1).toString(), u"o-garage"_s);
        QTRY_COMPARE(dialog, u"hector::ui::OpportunityDialog"_s);
        QVERIFY(!bell->popup()->isVisible());
        QCOMPARE(rep->row(u"notifications"_s, u"nt-1"_s).value(u"read_at"_s).toString().isEmpty(), false);
        QCOMPARE(bell->unreadCount(), 1);
        QCOMPARE(page.board()->selectedId(), u"o-garage"_s);
        bell->markAllRead();
        QCOMPARE(bell->unreadCount(), 0);
        QCOMPARE(outboxCount(*rep, u"notifications"_s), 2);
        const QJsonObject fields = QJsonDocument::fromJson(lastOutboxFields(*rep).toUtf8()).object();
        QCOMPARE(fields.keys(), QStringList{u"read_at"_s});
    }

    void paletteFindsOpportunitiesByTitleAndProspect()
    {
        auto rep = newReplica();
        CommandPaletteModel model(rep.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto opportunitiesFound = [&model] {
            QStringList out;
            for (int i = 0; i < model.rowCount(); ++i) {
                if (model.kindAt(i) == CommandPaletteModel::Kind::Opportunity)
                    out << model.targetAt(i);
            }
            return out;
        };
        model.setQuery(u"vidéoprotection"_s);
        QCOMPARE(opportunitiesFound(), QStringList{u"o-lefevre"_s});
        model.setQuery(u"grand cerf"_s); // the prospect's name
        QCOMPARE(opportunitiesFound(), QStringList{u"o-hotel"_s});
        const int row = [&model] {
            for (int i = 0; i < model.rowCount(); ++i) {
                if (model.kindAt(i) == CommandPaletteModel::Kind::Opportunity)
                    return i;
            }
            return -1;
        }();
        QCOMPARE(model.index(row).data(CommandPaletteModel::KindLabelRole).toString(), u"Opportunité"_s);
        QCOMPARE(model.index(row).data(CommandPaletteModel::SubtitleRole).toString(),
                 money(u"Négociation · Hôtel Le Grand Cerf · 24 000 €"_s));
        // The palette asks the main window to open it; the page opens its dialog.
        CommandPalette palette(rep.get(), {});
        QSignalSpy requested(&palette, &CommandPalette::recordRequested);
        palette.popup(nullptr);
        test::typeInto(palette.searchField(), u"Télésurv"_s);
        QTRY_VERIFY(palette.model()->rowCount() > 0);
        palette.resultsView()->setCurrentIndex(palette.model()->index(0));
        palette.activateCurrent();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).toString(), u"opportunities"_s);
        OpportunitiesPage page(rep.get(), sophie());
        page.show();
        QString opened;
        closeNextDialog(this, &opened);
        QVERIFY(page.openRecord(u"opportunities"_s, u"o-entrepot"_s)); // Julien's: the filters open up
        QTRY_COMPARE(opened, u"hector::ui::OpportunityDialog"_s);
        QCOMPARE(page.ownerFilter()->currentIndex(), 1);
        QVERIFY(!page.openRecord(u"opportunities"_s, u"absente"_s));
        QVERIFY(!page.openRecord(u"rdvs"_s, u"o-hotel"_s));
    }

    // Deleting a prospect unlinks its opportunities (the server's ON DELETE SET NULL); the prospects
    // list's « Annuler » links them to the restored prospect again.
    void prospectDeleteUnlinksAndUndoRelinks()
    {
        auto rep = newReplica();
        auto removed = prospectOperations::remove(rep.get(), {u"p-hotel"_s});
        QVERIFY(removed);
        QVERIFY(rep->row(u"opportunities"_s, u"o-hotel"_s).value(u"prospect_id"_s).isNull());
        OpportunityModel model(rep.get());
        QCOMPARE(model.itemById(u"o-hotel"_s)->prospectName, QString());
        auto restored = prospectOperations::revert(rep.get(), *removed, sophie());
        QVERIFY(restored);
        QCOMPARE(rep->row(u"opportunities"_s, u"o-hotel"_s).value(u"prospect_id"_s).toString(), restored->first());
        QCOMPARE(model.itemById(u"o-hotel"_s)->prospectName, u"Hôtel Le Grand Cerf"_s);
        QCOMPARE(model.itemById(u"o-hotel"_s)->score, 75);
    }

    void listViewAndCommercialView()
    {
        auto rep = newReplica();
        OpportunitiesPage page(rep.get(), sophie());
        page.setClock(clock());
        page.ownerFilter()->setCurrentIndex(1);
        page.resize(1500, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setView(OpportunitiesPage::View::List);
        QAbstractItemModelTester tester(page.listProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.listView()->model()->rowCount(), 9);
        // Sorted by score, highest first.
        QCOMPARE(page.listProxy()->index(0, 0).data(OpportunityModel::IdRole).toString(), u"o-lefevre"_s);
        page.listView()->selectRow(0);
        QCOMPARE(page.selectedId(), u"o-lefevre"_s);
        test::screenshot(&page, u"opportunities-list"_s);
        page.temperatureFilter()->setCurrentIndex(page.temperatureFilter()->findData(u"COLD"_s));
        for (int row = 0; row < page.listProxy()->rowCount(); ++row)
            QCOMPARE(page.listProxy()->index(row, 0).data(OpportunityModel::TemperatureRole).toString(), u"COLD"_s);
        page.temperatureFilter()->setCurrentIndex(0);
        test::typeInto(page.searchField(), u"alarme"_s);
        QTRY_COMPARE(page.listView()->model()->rowCount(), 2);

        // A commercial: no « Toutes », only theirs.
        OpportunitiesPage mine(rep.get(), user(kJulien, Role::Commercial, u"Julien"_s, u"Petit"_s));
        mine.show();
        QVERIFY(!mine.ownerFilter()->isVisibleTo(&mine));
        QCOMPARE(mine.model()->rowCount(), 1);
        QCOMPARE(mine.model()->item(0)->id, u"o-entrepot"_s);
    }
};

QTEST_MAIN(TestUiOpportunities)
#include "tst_ui_opportunities.moc"
