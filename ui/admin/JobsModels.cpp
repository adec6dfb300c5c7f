#include "ui/admin/JobsModels.h"

#include "ui/Theme.h"

#include <QColor>
#include <QCoreApplication>

namespace hector::ui {

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

JobsModel::JobsModel(QObject *parent)
    : JsonRowsModel({tr("Tâche"), tr("Statut"), tr("Tentatives"), tr("Prévue le"), tr("Créée le"), tr("Démarrée le"),
                     tr("Terminée le"), tr("Dernière erreur")},
                    parent)
{}

QStringList JobsModel::statuses()
{
    return {QStringLiteral("queued"), QStringLiteral("running"), QStringLiteral("done"),
            QStringLiteral("failed"), QStringLiteral("dead"),    QStringLiteral("cancelled")};
}

QString JobsModel::statusLabel(const QString &status)
{
    if (status == u"queued")
        return tr("En attente");
    if (status == u"running")
        return tr("En cours");
    if (status == u"done")
        return tr("Terminée");
    if (status == u"failed")
        return tr("En échec");
    if (status == u"dead")
        return tr("Abandonnée");
    if (status == u"cancelled")
        return tr("Annulée");
    return status;
}

QString JobsModel::kindLabel(const QString &kind)
{
    const QString k = kind.toLower();
    if (k.contains(u"geocod"))
        return k.contains(u"batch") ? tr("Géocodage par lot") : tr("Géocodage");
    if (k.contains(u"backfill"))
        return tr("Rattrapage d'enrichissement");
    if (k.contains(u"enrich"))
        return k.contains(u"nightly") || k.contains(u"cascade") ? tr("Enrichissement nocturne")
                                                                 : tr("Enrichissement d'un prospect");
    if (k.contains(u"email") || k.contains(u"mail"))
        return tr("Envoi d'e-mail");
    if (k.contains(u"sms"))
        return tr("Envoi de SMS");
    if (k.contains(u"scor"))
        return tr("Recalcul des scores");
    if (k.contains(u"stagnation"))
        return tr("Opportunités stagnantes");
    return kind;
}

QVariant JobsModel::cell(const QJsonObject &row, int column, int role) const
{
    const QString status = str(row, "status");
    if (role == Qt::ForegroundRole && column == Status) {
        if (status == u"failed" || status == u"dead")
            return palette::danger;
        if (status == u"done")
            return palette::success;
        if (status == u"running")
            return palette::accent;
        return {};
    }
    if (role == Qt::ToolTipRole && column == LastError)
        return str(row, "lastError");
    if (role == Qt::ToolTipRole && column == Kind)
        return str(row, "kind");
    const auto date = [&](const char *key) -> QVariant {
        if (role == SortRole)
            return str(row, key);
        return ops::formatDateTime(row.value(QLatin1String(key)));
    };
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case Kind:
        return kindLabel(str(row, "kind"));
    case Status:
        return statusLabel(status);
    case Attempts:
        if (role == SortRole)
            return row.value(QLatin1String("attempts")).toInt();
        return tr("%1 / %2").arg(row.value(QLatin1String("attempts")).toInt()).arg(row.value(QLatin1String("maxAttempts")).toInt());
    case RunAt:
        return date("runAt");
    case CreatedAt:
        return date("createdAt");
    case StartedAt:
        return date("startedAt");
    case FinishedAt:
        return date("finishedAt");
    case LastError:
        return str(row, "lastError").simplified();
    default:
        return {};
    }
}

SchedulesModel::SchedulesModel(QObject *parent)
    : JsonRowsModel({tr("Planification"), tr("Heure"), tr("Active"), tr("Prochaine exécution"),
                     tr("Dernière exécution"), tr("Détail")},
                    parent)
{}

QString SchedulesModel::runStatusLabel(const QString &status)
{
    if (status == u"ok" || status == u"done" || status == u"success" || status == u"succeeded")
        return tr("Réussie");
    if (status == u"running" || status == u"started")
        return tr("En cours");
    if (status == u"failed" || status == u"error")
        return tr("En échec");
    if (status == u"skipped")
        return tr("Ignorée");
    return status;
}

QVariant SchedulesModel::cell(const QJsonObject &row, int column, int role) const
{
    const bool enabled = row.value(QLatin1String("enabled")).toBool();
    const QJsonObject last = row.value(QLatin1String("lastRun")).toObject();
    const QString lastStatus = str(last, "status");
    if (role == Qt::ForegroundRole) {
        if (!enabled)
            return palette::mutedText;
        if (column == LastRun && runStatusLabel(lastStatus) == tr("En échec"))
            return palette::danger;
        return {};
    }
    if (role == Qt::ToolTipRole && column == Detail)
        return last.value(QLatin1String("detail")).toVariant().toString();
    if (role == Qt::ToolTipRole && column == Label)
        return str(row, "job");
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case Label:
        return str(row, "label").isEmpty() ? str(row, "job") : str(row, "label");
    case At: {
        const QString tz = str(row, "timezone");
        return tz.isEmpty() ? str(row, "at") : tr("%1 (%2)").arg(str(row, "at"), tz);
    }
    case Enabled:
        if (role == SortRole)
            return enabled;
        return enabled ? tr("Oui") : tr("Non (désactivée)");
    case NextRun:
        if (role == SortRole)
            return str(row, "nextRun");
        return enabled ? ops::formatDateTime(row.value(QLatin1String("nextRun"))) : tr("—");
    case LastRun: {
        if (last.isEmpty())
            return role == SortRole ? QVariant(QString()) : QVariant(tr("Jamais exécutée"));
        const QJsonValue when = last.value(QLatin1String("startedAt")).isString() ? last.value(QLatin1String("startedAt"))
                                                                                    : last.value(QLatin1String("scheduledFor"));
        if (role == SortRole)
            return when.toString();
        return tr("%1 — %2").arg(runStatusLabel(lastStatus), ops::formatDateTime(when));
    }
    case Detail: {
        const QJsonValue detail = last.value(QLatin1String("detail"));
        if (detail.isString())
            return detail.toString().simplified();
        if (detail.isObject() || detail.isArray()) {
            // A short « clé : valeur » summary of a structured detail.
            QStringList parts;
            const QJsonObject o = detail.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                parts << QStringLiteral("%1 : %2").arg(it.key(), it.value().toVariant().toString());
            return parts.join(QStringLiteral(", "));
        }
        return {};
    }
    default:
        return {};
    }
}

} // namespace hector::ui
