#include "sync/analytics/DashboardData.h"

#include "core/csv/CsvWriter.h"
#include "core/scoring/OpportunityScore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <functional>
#include <cmath>

namespace hector::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hector::sync::DashboardData", text);
}

const QString kOpen = QStringLiteral("o.stage NOT IN ('gagne', 'perdu')");
const QString kClosed = QStringLiteral("o.stage IN ('gagne', 'perdu')");
const QString kIsWon = QStringLiteral("o.stage = 'gagne'");
const QString kClosedAt = QStringLiteral("o.closed_at");
const QString kCreatedAt = QStringLiteral("o.created_at");
const QString kWon = QStringLiteral("gagne");
const QString kLost = QStringLiteral("perdu");

// The conditions and parameters of one statement, in order.
struct Conditions
{
    QStringList sql;
    QVariantList params;

    void add(const QString &condition, const QVariantList &values = {})
    {
        sql << condition;
        params << values;
    }
    QString where() const { return sql.isEmpty() ? QString() : QString(QStringLiteral(" WHERE ") + joined()); }
    QString joined() const { return sql.isEmpty() ? QStringLiteral("1") : sql.join(QStringLiteral(" AND ")); }
};

// Entity (with its sub-entities), team members and owner, on `o` (opportunities).
void addScope(Conditions &c, const DashboardFilter &f)
{
    if (!f.entityId.isEmpty()) {
        c.add(QStringLiteral("o.entity_id IN (WITH RECURSIVE sub(id) AS (SELECT ? UNION "
                             "SELECT e.id FROM entities e JOIN sub s ON e.parent_id = s.id) SELECT id FROM sub)"),
              {f.entityId});
    }
    if (!f.teamId.isEmpty())
        c.add(QStringLiteral("o.owner_id IN (SELECT user_id FROM team_members WHERE team_id = ?)"), {f.teamId});
    if (!f.ownerId.isEmpty())
        c.add(QStringLiteral("o.owner_id = ?"), {f.ownerId});
}

// `column` within [from, to); an invalid bound is open.
void addRange(Conditions &c, const QString &column, const QDateTime &from, const QDateTime &to)
{
    if (from.isValid())
        c.add(column + QStringLiteral(" >= ?"), {DashboardData::timestamp(from)});
    if (to.isValid())
        c.add(column + QStringLiteral(" < ?"), {DashboardData::timestamp(to)});
}

Result<void> run(QSqlQuery &q, const QString &sql, const QVariantList &params)
{
    q.setForwardOnly(true);
    if (q.prepare(sql)) {
        for (const QVariant &p : params)
            q.addBindValue(p);
        if (q.exec())
            return {};
    }
    return makeError(QStringLiteral("replica_error"), tr("Erreur de la base locale : %1").arg(q.lastError().text()));
}

// `stageCondition` (none when empty), then the period on `column` (none when empty), then the scope.
Conditions opportunities(const DashboardFilter &f, const QString &stageCondition, const QString &column)
{
    Conditions c;
    if (!stageCondition.isEmpty())
        c.add(stageCondition);
    if (!column.isEmpty())
        addRange(c, column, f.from, f.to);
    addScope(c, f);
    return c;
}

// Runs "SELECT <columns> FROM opportunities o <join> WHERE … <tail>" on `q`.
Result<void> select(QSqlQuery &q, const QString &columns, const Conditions &c, const QString &tail = {},
                    const QString &join = {}, const QVariantList &extra = {})
{
    return run(q, QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM opportunities o") + join + c.where() + tail,
               c.params + extra);
}

const QString kUsersJoin = QStringLiteral(" LEFT JOIN users u ON u.id = o.owner_id");

QList<QPair<QString, QString>> openStages()
{
    QList<QPair<QString, QString>> out;
    for (const auto &s : scoring::opportunityStages()) {
        if (s.first != kWon && s.first != kLost)
            out.append(s);
    }
    return out;
}

QString stageLabel(const QString &code)
{
    for (const auto &s : scoring::opportunityStages()) {
        if (s.first == code)
            return s.second;
    }
    return code;
}

// « Prénom Nom », else the e-mail, else a French placeholder.
QString personName(const QSqlQuery &q, int ownerColumn)
{
    if (q.value(ownerColumn).isNull() || q.value(ownerColumn).toString().isEmpty())
        return tr("Sans responsable");
    const QString name = QString(q.value(ownerColumn + 1).toString() + u' ' + q.value(ownerColumn + 2).toString()).trimmed();
    if (!name.isEmpty())
        return name;
    const QString email = q.value(ownerColumn + 3).toString();
    return email.isEmpty() ? tr("Utilisateur inconnu") : email;
}

const QString kOwnerColumns = QStringLiteral("o.owner_id, u.first_name, u.last_name, u.email");

QString number(qint64 value)
{
    return QString::number(value);
}

QString progressText(qint64 done, double target)
{
    if (target <= 0)
        return {};
    return DashboardData::percentText(double(done) * 100.0 / target);
}

} // namespace

std::optional<double> ConversionFigure::ratePercent() const
{
    if (won + lost == 0)
        return std::nullopt;
    return double(won) * 100.0 / double(won + lost);
}

std::optional<double> PerformerFigure::conversionPercent() const
{
    return ConversionFigure{wonCount, lostCount}.ratePercent();
}

DashboardData::DashboardData(QSqlDatabase db)
    : m_db(std::move(db))
{}

const QTimeZone &DashboardData::timeZone()
{
    static const QTimeZone zone = [] {
        QTimeZone paris(QByteArrayLiteral("Europe/Paris"));
        return paris.isValid() ? paris : QTimeZone::systemTimeZone();
    }();
    return zone;
}

QDateTime DashboardData::startOfDay(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), timeZone());
}

QDate DashboardData::monthOf(const QDateTime &instant)
{
    const QDate local = instant.toTimeZone(timeZone()).date();
    return QDate(local.year(), local.month(), 1);
}

QString DashboardData::timestamp(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

Result<QList<StageFigure>> DashboardData::pipeline(const DashboardFilter &filter) const
{
    QSqlQuery q(m_db);
    if (auto r = select(q, QStringLiteral("o.stage, count(*), coalesce(sum(o.amount_eur), 0), coalesce(sum(o.monthly_eur), 0)"),
                        opportunities(filter, kOpen, {}), QStringLiteral(" GROUP BY o.stage"));
        !r) {
        return r.error();
    }
    QHash<QString, StageFigure> byStage;
    while (q.next())
        byStage.insert(q.value(0).toString(), {q.value(0).toString(), QString(), q.value(1).toInt(),
                                               q.value(2).toLongLong(), q.value(3).toLongLong()});
    QList<StageFigure> out;
    for (const auto &s : openStages()) {
        StageFigure f = byStage.value(s.first);
        f.stage = s.first;
        f.label = s.second;
        out.append(f);
    }
    return out;
}

Result<QList<OwnerPipeline>> DashboardData::pipelineByOwner(const DashboardFilter &filter) const
{
    QSqlQuery q(m_db);
    if (auto r = select(q, QStringLiteral("o.stage, count(*), coalesce(sum(o.amount_eur), 0), coalesce(sum(o.monthly_eur), 0), ")
                               + kOwnerColumns,
                        opportunities(filter, kOpen, {}), QStringLiteral(" GROUP BY o.owner_id, o.stage"), kUsersJoin);
        !r) {
        return r.error();
    }
    const auto stages = openStages();
    QList<OwnerPipeline> out;
    QHash<QString, qsizetype> index;
    while (q.next()) {
        const QString owner = q.value(4).toString();
        if (!index.contains(owner)) {
            OwnerPipeline p;
            p.ownerId = owner;
            p.name = personName(q, 4);
            for (const auto &s : stages)
                p.stages.append(StageFigure{s.first, s.second, 0, 0, 0});
            index.insert(owner, out.size());
            out.append(p);
        }
        OwnerPipeline &p = out[index.value(owner)];
        for (StageFigure &s : p.stages) {
            if (s.stage == q.value(0).toString()) {
                s.count = q.value(1).toInt();
                s.amountEur = q.value(2).toLongLong();
                s.monthlyEur = q.value(3).toLongLong();
                p.count += s.count;
                p.amountEur += s.amountEur;
            }
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const OwnerPipeline &a, const OwnerPipeline &b) {
        if (a.amountEur != b.amountEur)
            return a.amountEur > b.amountEur;
        if (a.count != b.count)
            return a.count > b.count;
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

Result<QList<TemperatureFigure>> DashboardData::temperatures(const DashboardFilter &filter) const
{
    QSqlQuery q(m_db);
    if (auto r = select(q, QStringLiteral("CASE WHEN o.temperature IN ('HOT', 'WARM', 'COLD') THEN o.temperature ELSE '' "
                                          "END AS t, count(*), coalesce(sum(o.amount_eur), 0)"),
                        opportunities(filter, kOpen, {}), QStringLiteral(" GROUP BY t"));
        !r) {
        return r.error();
    }
    QList<TemperatureFigure> out;
    for (auto t : {scoring::Temperature::Hot, scoring::Temperature::Warm, scoring::Temperature::Cold})
        out.append({scoring::temperatureCode(t), scoring::temperatureLabel(t), 0, 0});
    out.append({QString(), tr("Non calculée"), 0, 0});
    while (q.next()) {
        for (TemperatureFigure &f : out) {
            if (f.code == q.value(0).toString()) {
                f.count = q.value(1).toInt();
                f.amountEur = q.value(2).toLongLong();
            }
        }
    }
    return out;
}

Result<ObjectiveFigure> DashboardData::objectives(const QString &teamId, const QDate &month) const
{
    ObjectiveFigure f;
    f.teamId = teamId;
    f.month = QDate(month.year(), month.month(), 1);
    QSqlQuery q(m_db);
    if (auto r = run(q, QStringLiteral("SELECT name FROM teams WHERE id = ?"), {teamId}); !r)
        return r.error();
    if (!q.next())
        return makeError(QStringLiteral("not_found"), tr("Cette équipe n'est pas dans la base locale."));
    f.teamName = q.value(0).toString();
    if (auto r = run(q, QStringLiteral("SELECT revenue_eur, rdv_count, signatures_count FROM team_objectives "
                                       "WHERE team_id = ? AND substr(month, 1, 7) = ?"),
                     {teamId, f.month.toString(QStringLiteral("yyyy-MM"))});
        !r) {
        return r.error();
    }
    if (q.next()) {
        f.hasObjective = true;
        f.revenueTargetEur = q.value(0).toDouble();
        f.rdvTarget = q.value(1).toInt();
        f.signaturesTarget = q.value(2).toInt();
    }
    const QString start = timestamp(startOfDay(f.month));
    const QString end = timestamp(startOfDay(f.month.addMonths(1)));
    const QString members = QStringLiteral("IN (SELECT user_id FROM team_members WHERE team_id = ?)");
    if (auto r = run(q, QStringLiteral("SELECT count(*), coalesce(sum(o.amount_eur), 0) FROM opportunities o "
                                       "WHERE o.stage = 'gagne' AND o.closed_at >= ? AND o.closed_at < ? AND o.owner_id ")
                            + members,
                     {start, end, teamId});
        !r) {
        return r.error();
    }
    if (q.next()) {
        f.signatures = q.value(0).toInt();
        f.revenueEur = q.value(1).toLongLong();
    }
    if (auto r = run(q, QStringLiteral("SELECT count(*) FROM rdvs r WHERE r.status IN ('effectue', 'planifie') "
                                       "AND r.starts_at >= ? AND r.starts_at < ? AND r.owner_id ")
                            + members,
                     {start, end, teamId});
        !r) {
        return r.error();
    }
    if (q.next())
        f.rdvCount = q.value(0).toInt();
    return f;
}

Result<ConversionFigure> DashboardData::conversion(const DashboardFilter &filter) const
{
    QSqlQuery q(m_db);
    if (auto r = select(q, QStringLiteral("coalesce(sum(o.stage = 'gagne'), 0), coalesce(sum(o.stage = 'perdu'), 0)"),
                        opportunities(filter, kClosed, kClosedAt));
        !r) {
        return r.error();
    }
    ConversionFigure f;
    if (q.next()) {
        f.won = q.value(0).toInt();
        f.lost = q.value(1).toInt();
    }
    return f;
}

Result<QList<PerformerFigure>> DashboardData::topPerformers(const DashboardFilter &filter, int limit) const
{
    QSqlQuery q(m_db);
    if (auto r = select(q,
                        QStringLiteral("sum(o.stage = 'gagne') AS n, coalesce(sum(CASE WHEN o.stage = 'gagne' THEN "
                                       "o.amount_eur END), 0) AS amount, ")
                            + kOwnerColumns + QStringLiteral(", sum(o.stage = 'perdu') AS lost"),
                        opportunities(filter, QString(kClosed + QStringLiteral(" AND o.owner_id IS NOT NULL")), kClosedAt),
                        QStringLiteral(" GROUP BY o.owner_id ORDER BY amount DESC, n DESC, lost, u.last_name, u.email "
                                       "LIMIT ?"),
                        kUsersJoin, {limit});
        !r) {
        return r.error();
    }
    QList<PerformerFigure> out;
    while (q.next())
        out.append({q.value(2).toString(), personName(q, 2), q.value(0).toInt(), q.value(1).toLongLong(),
                    q.value(6).toInt()});
    return out;
}

Result<KpiFigures> DashboardData::kpis(const DashboardFilter &filter) const
{
    KpiFigures k;
    QSqlQuery q(m_db);
    if (auto r = select(q, QStringLiteral("count(*)"), opportunities(filter, {}, kCreatedAt)); !r)
        return r.error();
    if (q.next())
        k.created = q.value(0).toInt();

    auto conv = conversion(filter);
    if (!conv)
        return conv.error();
    k.conversion = *conv;

    if (auto r = select(q, QStringLiteral("count(*), coalesce(sum(o.amount_eur), 0), avg(o.amount_eur)"),
                        opportunities(filter, kIsWon, kClosedAt));
        !r) {
        return r.error();
    }
    if (q.next()) {
        k.wonCount = q.value(0).toInt();
        k.wonAmountEur = q.value(1).toLongLong();
        if (!q.value(2).isNull())
            k.averageDealEur = q.value(2).toDouble();
    }

    // Every won opportunity closed before the end of the period, whenever.
    DashboardFilter untilEnd = filter;
    untilEnd.from = QDateTime();
    if (auto r = select(q, QStringLiteral("coalesce(sum(o.monthly_eur), 0)"),
                        opportunities(untilEnd, QString(kIsWon + QStringLiteral(" AND o.closed_at IS NOT NULL")), kClosedAt));
        !r) {
        return r.error();
    }
    if (q.next())
        k.mrrEur = q.value(0).toLongLong();
    return k;
}

Result<QList<MonthFigure>> DashboardData::revenueByMonth(const DashboardFilter &filter) const
{
    const QDateTime end = filter.to.isValid() ? filter.to : QDateTime::currentDateTimeUtc();
    const QDate last = monthOf(end.addMSecs(-1));
    QStringList values;
    QVariantList params;
    for (int i = 11; i >= 0; --i) {
        const QDate month = last.addMonths(-i);
        const QDateTime monthEnd = startOfDay(month.addMonths(1));
        values << QStringLiteral("(?, ?, ?)");
        params << month.toString(Qt::ISODate) << timestamp(startOfDay(month)) << timestamp(std::min(monthEnd, end));
    }
    Conditions scope;
    addScope(scope, filter);
    QSqlQuery q(m_db);
    if (auto r = run(q, QStringLiteral("WITH months(m, s, e) AS (VALUES %1) SELECT months.m, count(o.id), "
                                       "coalesce(sum(o.amount_eur), 0) FROM months LEFT JOIN opportunities o "
                                       "ON o.stage = 'gagne' AND o.closed_at >= months.s AND o.closed_at < months.e AND %2 "
                                       "GROUP BY months.m ORDER BY months.m")
                            .arg(values.join(QStringLiteral(", ")), scope.joined()),
                     params + scope.params);
        !r) {
        return r.error();
    }
    QList<MonthFigure> out;
    while (q.next())
        out.append({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toInt(), q.value(2).toLongLong()});
    return out;
}

Result<QList<FunnelStep>> DashboardData::funnel(const DashboardFilter &filter) const
{
    QSqlQuery q(m_db);
    if (auto r = select(q, QStringLiteral("o.stage, count(*)"), opportunities(filter, {}, kCreatedAt),
                        QStringLiteral(" GROUP BY o.stage"));
        !r) {
        return r.error();
    }
    // Steps: the open stages, then « Gagnée ». A stage reaches the steps up to its own; a won
    // opportunity every step; a lost one (or an unknown stage) the first step only.
    QList<FunnelStep> steps;
    for (const auto &s : openStages())
        steps.append({s.first, s.second, 0});
    steps.append({kWon, stageLabel(kWon), 0});
    while (q.next()) {
        const QString stage = q.value(0).toString();
        qsizetype reached = 0;
        for (qsizetype i = 0; i < steps.size(); ++i) {
            if (steps.at(i).stage == stage)
                reached = i;
        }
        for (qsizetype i = 0; i <= reached; ++i)
            steps[i].count += q.value(1).toInt();
    }
    return steps;
}

Result<QList<EntityOption>> DashboardData::entities() const
{
    QSqlQuery q(m_db);
    if (auto r = run(q, QStringLiteral("SELECT id, name, parent_id FROM entities ORDER BY name, id"), {}); !r)
        return r.error();
    struct Row
    {
        QString id, name, parent;
    };
    QList<Row> rows;
    QSet<QString> ids;
    while (q.next()) {
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
        ids.insert(rows.constLast().id);
    }
    QList<EntityOption> out;
    QSet<QString> placed;
    // Depth first from the roots (no parent, or a parent the replica does not have).
    std::function<void(const QString &, int)> visit = [&](const QString &parent, int depth) {
        for (const Row &r : rows) {
            const bool root = r.parent.isEmpty() || !ids.contains(r.parent);
            if ((parent.isEmpty() ? root : r.parent == parent) && !placed.contains(r.id)) {
                placed.insert(r.id);
                out.append({r.id, r.name, depth});
                visit(r.id, depth + 1);
            }
        }
    };
    visit(QString(), 0);
    return out;
}

Result<QList<TeamOption>> DashboardData::teams() const
{
    QSqlQuery q(m_db);
    if (auto r = run(q, QStringLiteral("SELECT id, name, manager_id FROM teams ORDER BY name, id"), {}); !r)
        return r.error();
    QList<TeamOption> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

Result<QStringList> DashboardData::teamsOf(const QString &userId) const
{
    QSqlQuery q(m_db);
    if (auto r = run(q, QStringLiteral("SELECT t.id, t.id IN (SELECT team_id FROM team_members WHERE user_id = ?) AS member "
                                       "FROM teams t WHERE t.manager_id = ? OR t.id IN "
                                       "(SELECT team_id FROM team_members WHERE user_id = ?) ORDER BY member DESC, t.name"),
                     {userId, userId, userId});
        !r) {
        return r.error();
    }
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<QList<PersonOption>> DashboardData::owners() const
{
    QSqlQuery q(m_db);
    if (auto r = run(q, QStringLiteral("SELECT DISTINCT ") + kOwnerColumns
                            + QStringLiteral(" FROM opportunities o LEFT JOIN users u ON u.id = o.owner_id "
                                             "WHERE o.owner_id IS NOT NULL"),
                     {});
        !r) {
        return r.error();
    }
    QList<PersonOption> out;
    while (q.next())
        out.append({q.value(0).toString(), personName(q, 0)});
    std::sort(out.begin(), out.end(), [](const PersonOption &a, const PersonOption &b) {
        const int byName = a.name.localeAwareCompare(b.name);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return out;
}

// --- CSV ---

QString DashboardData::percentText(std::optional<double> percent)
{
    if (!percent)
        return {};
    return QString::number(*percent, 'f', 1).replace(u'.', u',');
}

CsvTable DashboardData::pipelineTable(const QString &title, const QList<StageFigure> &stages)
{
    CsvTable t{title, {tr("Étape"), tr("Opportunités"), tr("Montant (€)"), tr("Mensuel (€)")}, {}};
    for (const StageFigure &s : stages)
        t.rows.append({s.label, number(s.count), number(s.amountEur), number(s.monthlyEur)});
    return t;
}

CsvTable DashboardData::ownerPipelineTable(const QString &title, const QList<OwnerPipeline> &owners)
{
    CsvTable t{title, {tr("Commercial")}, {}};
    for (const auto &s : openStages())
        t.header << tr("%1 (€)").arg(s.second);
    t.header << tr("Total (€)") << tr("Opportunités");
    for (const OwnerPipeline &o : owners) {
        QStringList row{o.name};
        for (const StageFigure &s : o.stages)
            row << number(s.amountEur);
        row << number(o.amountEur) << number(o.count);
        t.rows.append(row);
    }
    return t;
}

CsvTable DashboardData::temperaturesTable(const QList<TemperatureFigure> &temperatures)
{
    CsvTable t{tr("Températures des opportunités en cours"), {tr("Température"), tr("Opportunités"), tr("Montant (€)")}, {}};
    for (const TemperatureFigure &f : temperatures)
        t.rows.append({f.label, number(f.count), number(f.amountEur)});
    return t;
}

CsvTable DashboardData::objectivesTable(const ObjectiveFigure &o)
{
    CsvTable t{tr("Objectifs de l'équipe %1 — %2").arg(o.teamName, o.month.toString(QStringLiteral("yyyy-MM"))),
               {tr("Indicateur"), tr("Réalisé"), tr("Objectif"), tr("Progression (%)")},
               {}};
    auto target = [&o](double value) {
        return o.hasObjective ? QString::number(value, 'f', value == std::floor(value) ? 0 : 2) : QString();
    };
    t.rows.append({tr("Chiffre d'affaires (€)"), number(o.revenueEur), target(o.revenueTargetEur),
                   o.hasObjective ? progressText(o.revenueEur, o.revenueTargetEur) : QString()});
    t.rows.append({tr("Rendez-vous"), number(o.rdvCount), target(o.rdvTarget),
                   o.hasObjective ? progressText(o.rdvCount, o.rdvTarget) : QString()});
    t.rows.append({tr("Signatures"), number(o.signatures), target(o.signaturesTarget),
                   o.hasObjective ? progressText(o.signatures, o.signaturesTarget) : QString()});
    return t;
}

CsvTable DashboardData::conversionTable(const ConversionFigure &conversion)
{
    return CsvTable{tr("Taux de conversion"),
                    {tr("Gagnées"), tr("Perdues"), tr("Taux de conversion (%)")},
                    {{number(conversion.won), number(conversion.lost), percentText(conversion.ratePercent())}}};
}

CsvTable DashboardData::performersTable(const QList<PerformerFigure> &performers)
{
    CsvTable t{tr("Meilleurs commerciaux"),
               {tr("Rang"), tr("Commercial"), tr("Gagnées"), tr("Perdues"), tr("Taux de conversion (%)"),
                tr("CA gagné (€)")},
               {}};
    for (qsizetype i = 0; i < performers.size(); ++i) {
        const PerformerFigure &p = performers.at(i);
        t.rows.append({number(i + 1), p.name, number(p.wonCount), number(p.lostCount),
                       percentText(p.conversionPercent()), number(p.wonAmountEur)});
    }
    return t;
}

CsvTable DashboardData::kpisTable(const KpiFigures &k)
{
    return CsvTable{tr("Indicateurs"),
                    {tr("Indicateur"), tr("Valeur")},
                    {{tr("Opportunités créées"), number(k.created)},
                     {tr("Opportunités gagnées"), number(k.conversion.won)},
                     {tr("Opportunités perdues"), number(k.conversion.lost)},
                     {tr("Taux de conversion (%)"), percentText(k.conversion.ratePercent())},
                     {tr("CA gagné (€)"), number(k.wonAmountEur)},
                     {tr("Panier moyen (€)"), k.averageDealEur ? number(std::llround(*k.averageDealEur)) : QString()},
                     {tr("Revenu mensuel récurrent (€)"), number(k.mrrEur)}}};
}

CsvTable DashboardData::revenueTable(const QList<MonthFigure> &months)
{
    CsvTable t{tr("Évolution du CA gagné"), {tr("Mois"), tr("Gagnées"), tr("CA gagné (€)")}, {}};
    for (const MonthFigure &m : months)
        t.rows.append({m.month.toString(QStringLiteral("yyyy-MM")), number(m.wonCount), number(m.wonAmountEur)});
    return t;
}

CsvTable DashboardData::funnelTable(const QList<FunnelStep> &steps)
{
    CsvTable t{tr("Entonnoir de conversion"), {tr("Étape"), tr("Opportunités"), tr("Part du départ (%)")}, {}};
    const int start = steps.isEmpty() ? 0 : steps.constFirst().count;
    for (const FunnelStep &s : steps) {
        t.rows.append({s.label, number(s.count),
                       start > 0 ? percentText(double(s.count) * 100.0 / double(start)) : QString()});
    }
    return t;
}

Result<void> DashboardData::writeCsv(QIODevice *device, const QList<CsvTable> &tables)
{
    csv::CsvWriter writer(device);
    bool ok = writer.writeByteOrderMark();
    for (qsizetype i = 0; ok && i < tables.size(); ++i) {
        const CsvTable &t = tables.at(i);
        if (i > 0)
            ok = writer.writeRow({});
        ok = ok && writer.writeRow({t.title}) && writer.writeRow(t.header);
        for (const QStringList &row : t.rows)
            ok = ok && writer.writeRow(row);
    }
    if (!ok)
        return makeError(QStringLiteral("write_failed"), tr("Impossible d'écrire le fichier : %1").arg(writer.errorString()));
    return {};
}

} // namespace hector::sync
