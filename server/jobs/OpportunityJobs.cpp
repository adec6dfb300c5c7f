#include "jobs/OpportunityJobs.h"

#include "db/Database.h"
#include "email/EmailSender.h"
#include "repositories/OpportunityRepository.h"
#include "server/Logging.h"
#include "services/OpportunityScoring.h"

#include <QCoreApplication>
#include <QHash>

namespace hector::server::jobs {

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("hector::server::OpportunityJobs", text, nullptr, n);
}

qint64 daysSince(const QDateTime &then, const QDateTime &now)
{
    return then.secsTo(now) / 86400;
}

QString describe(const StagnantOpportunity &o)
{
    const QString quoted = tr("« %1 »").arg(o.title);
    return o.prospectName.isEmpty() ? quoted : tr("%1 (%2)").arg(quoted, o.prospectName);
}

StagnationNotice notice(const StagnantOpportunity &o, const QDateTime &now)
{
    const qint64 days = daysSince(o.lastActivity, now);
    return StagnationNotice{o.id, o.ownerId, o.ownerEntityId, tr("Opportunité sans activité : %1").arg(o.title),
                            tr("%1 n'a eu aucune activité depuis %2 jours : relancez-la ou clôturez-la.")
                                .arg(describe(o))
                                .arg(days)};
}

// One e-mail per owner listing their opportunities notified today.
EmailMessage summary(const QList<StagnantOpportunity> &items, const QDateTime &now, const QString &from)
{
    constexpr qsizetype kListed = 50;
    const StagnantOpportunity &first = items.first();
    QString text = tr("Bonjour %1,\n\n").arg(first.ownerName.isEmpty() ? first.ownerEmail : first.ownerName);
    text += tr("Ces opportunités n'ont eu aucune activité depuis plus de 30 jours :\n\n", int(items.size()));
    for (qsizetype i = 0; i < std::min(items.size(), kListed); ++i) {
        text += tr("- %1 : %2 jours sans activité\n").arg(describe(items.at(i))).arg(daysSince(items.at(i).lastActivity, now));
    }
    if (items.size() > kListed)
        text += tr("… et %n autre(s).\n", int(items.size() - kListed));
    text += tr("\nOuvrez Hector pour les relancer, ou clôturez celles qui n'aboutiront pas.\n");
    EmailMessage m;
    m.from = from;
    m.to = {first.ownerEmail};
    m.subject = tr("Hector : %n opportunité(s) sans activité depuis plus de 30 jours", int(items.size()));
    m.text = text;
    m.idempotencyKey = QStringLiteral("stagnation-%1-%2").arg(first.ownerId, now.date().toString(Qt::ISODate));
    return m;
}
} // namespace

Result<QJsonObject> rescore(Database &owner, const QDateTime &now, const QString &source, int batchSize)
{
    qint64 scored = 0;
    qint64 updated = 0;
    qint64 history = 0;
    qint64 batches = 0;
    QHash<QString, qint64> byTemperature;
    QString after;
    for (;;) {
        auto batch = owner.transaction<int>([&](PgConnection &c) -> Result<int> {
            OpportunityRepository repo(c);
            auto rows = repo.scoreInputs(after, batchSize);
            if (!rows)
                return rows.error();
            QList<ScoreWrite> writes;
            writes.reserve(rows->size());
            for (const ScoreInputRow &row : *rows) {
                const scoring::ScoreResult result = scoring::score(row.input);
                writes.append(opportunities::scoreWrite(row, result));
                ++byTemperature[scoring::temperatureCode(result.temperature)];
            }
            auto written = repo.writeScores(writes, source, now);
            if (!written)
                return written.error();
            updated += written->first;
            history += written->second;
            if (!rows->isEmpty())
                after = rows->last().id;
            return int(rows->size());
        });
        if (!batch)
            return batch.error();
        scored += *batch;
        ++batches;
        if (*batch < batchSize)
            break;
    }
    return QJsonObject{{QStringLiteral("scored"), scored},
                       {QStringLiteral("updated"), updated},
                       {QStringLiteral("history"), history},
                       {QStringLiteral("batches"), batches},
                       {QStringLiteral("hot"), byTemperature.value(QStringLiteral("HOT"))},
                       {QStringLiteral("warm"), byTemperature.value(QStringLiteral("WARM"))},
                       {QStringLiteral("cold"), byTemperature.value(QStringLiteral("COLD"))}};
}

Result<QJsonObject> detectStagnation(Database &owner, const QDateTime &now, EmailSender *email,
                                     const QString &emailFrom)
{
    const QDateTime threshold = now.addSecs(-kStagnationSeconds);
    struct Outcome
    {
        int marked = 0;
        int cleared = 0;
        qint64 stagnant = 0;
        QList<StagnantOpportunity> notified;
    };
    auto done = owner.transaction<Outcome>([&](PgConnection &c) -> Result<Outcome> {
        OpportunityRepository repo(c);
        Outcome out;
        auto cleared = repo.clearStagnant(threshold);
        if (!cleared)
            return cleared.error();
        out.cleared = *cleared;
        auto marked = repo.markStagnant(threshold, now);
        if (!marked)
            return marked.error();
        out.marked = *marked;
        auto stagnant = repo.stagnantWithOwner(threshold);
        if (!stagnant)
            return stagnant.error();
        out.stagnant = stagnant->size();
        QList<StagnationNotice> notices;
        notices.reserve(stagnant->size());
        for (const StagnantOpportunity &o : *stagnant)
            notices.append(notice(o, now));
        auto inserted = repo.notify(notices, now);
        if (!inserted)
            return inserted.error();
        for (const StagnantOpportunity &o : *stagnant) {
            if (inserted->contains(o.id))
                out.notified.append(o);
        }
        return out;
    });
    if (!done)
        return done.error();

    // After the commit: the notifications exist whatever happens to the e-mails.
    int emails = 0;
    int failures = 0;
    if (email) {
        QHash<QString, QList<StagnantOpportunity>> byOwner;
        QStringList owners;
        for (const StagnantOpportunity &o : std::as_const(done->notified)) {
            if (!byOwner.contains(o.ownerId))
                owners << o.ownerId;
            byOwner[o.ownerId].append(o);
        }
        for (const QString &ownerId : std::as_const(owners)) {
            auto sent = email->send(summary(byOwner.value(ownerId), now, emailFrom));
            if (sent) {
                ++emails;
            } else {
                ++failures;
                qCWarning(lcServerCron).noquote() << QStringLiteral("stagnation e-mail to %1 failed: %2")
                                                         .arg(byOwner.value(ownerId).first().ownerEmail,
                                                              sent.error().message);
            }
        }
    } else if (!done->notified.isEmpty()) {
        qCWarning(lcServerCron) << "stagnation: e-mail is not configured, no summary sent";
    }
    return QJsonObject{{QStringLiteral("stagnant"), done->stagnant},
                       {QStringLiteral("marked"), done->marked},
                       {QStringLiteral("cleared"), done->cleared},
                       {QStringLiteral("notifications"), double(done->notified.size())},
                       {QStringLiteral("emails"), emails},
                       {QStringLiteral("emailFailures"), failures}};
}

} // namespace hector::server::jobs
