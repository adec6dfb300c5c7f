#include "ui/admin/ApiQuotaModels.h"

#include "ui/Theme.h"

#include <QColor>
#include <QLocale>

namespace hector::ui {

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// -1 without a limit, otherwise the share of the limit used, in percent.
int percentOf(const QJsonValue &used, const QJsonValue &limit)
{
    if (!limit.isDouble() || limit.toDouble() <= 0)
        return -1;
    return int(used.toDouble() * 100.0 / limit.toDouble());
}
} // namespace

ApiQuotaModel::ApiQuotaModel(QObject *parent)
    : JsonRowsModel({tr("Fournisseur"), tr("Configuration"), tr("Par minute"), tr("Par heure"), tr("Par jour"),
                     tr("Aujourd'hui"), tr("Mois / budget"), tr("Alerte"), tr("Dernière erreur")},
                    parent)
{}

QString ApiQuotaModel::alertLabel(const QString &alert)
{
    if (alert == u"warning")
        return tr("Attention");
    if (alert == u"exceeded")
        return tr("Limite atteinte");
    return tr("Normal");
}

QVariant ApiQuotaModel::cell(const QJsonObject &row, int column, int role) const
{
    const QString provider = str(row, "provider");
    const bool configured = row.value(QLatin1String("configured")).toBool();
    const QString alert = str(row, "alert");
    const QJsonObject limits = row.value(QLatin1String("limits")).toObject();
    const QJsonObject used = row.value(QLatin1String("used")).toObject();
    const QJsonValue budget = row.value(QLatin1String("budgetMonthEur"));
    const auto usage = [&](const char *usedKey, const char *limitKey) -> QVariant {
        const QJsonValue u = used.value(QLatin1String(usedKey));
        const QJsonValue l = limits.value(QLatin1String(limitKey));
        if (role == ProgressRole)
            return percentOf(u, l);
        if (role == SortRole)
            return u.toDouble();
        if (role == Qt::ToolTipRole)
            return l.isDouble() ? tr("%Ln appel(s) sur une limite de %L1", nullptr, int(u.toInteger())).arg(l.toInteger())
                                : tr("%Ln appel(s), sans limite", nullptr, int(u.toInteger()));
        if (role == Qt::DisplayRole)
            return l.isDouble() ? tr("%L1 / %L2").arg(u.toInteger()).arg(l.toInteger())
                                : tr("%L1 (sans limite)").arg(u.toInteger());
        return {};
    };
    if (role == Qt::BackgroundRole) {
        if (alert == u"exceeded")
            return QColor(0xfb, 0xe3, 0xe0);
        if (alert == u"warning")
            return QColor(0xfd, 0xf0, 0xd5);
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if (column == Configured && !configured)
            return palette::danger;
        if (column == Alert && alert == u"exceeded")
            return palette::danger;
        if (column == Alert && alert == u"warning")
            return palette::warning;
        return {};
    }
    switch (column) {
    case Provider:
        if (role == Qt::DisplayRole || role == SortRole)
            return str(row, "label").isEmpty() ? ops::providerLabel(provider) : str(row, "label");
        if (role == Qt::ToolTipRole)
            return provider;
        return {};
    case Configured:
        if (role == Qt::DisplayRole || role == SortRole)
            return configured ? tr("Configuré") : tr("Non configuré");
        if (role == Qt::ToolTipRole)
            return configured ? tr("La clé de ce fournisseur est renseignée sur le serveur.")
                              : tr("Aucune clé pour ce fournisseur sur le serveur : les fonctions qui en dépendent "
                                   "sont indisponibles ou passent par leur solution de repli.");
        return {};
    case Minute:
        return usage("minute", "perMinute");
    case Hour:
        return usage("hour", "perHour");
    case Day:
        return usage("day", "perDay");
    case SpentToday:
        if (role == Qt::DisplayRole)
            return ops::formatEuros(row.value(QLatin1String("spentTodayEur")).toDouble());
        if (role == SortRole)
            return row.value(QLatin1String("spentTodayEur")).toDouble();
        if (role == Qt::ToolTipRole)
            return tr("%1 par appel").arg(ops::formatEuros(row.value(QLatin1String("costPerCallEur")).toDouble()));
        return {};
    case SpentMonth: {
        const double spent = row.value(QLatin1String("spentMonthEur")).toDouble();
        if (role == ProgressRole)
            return budget.isDouble() && budget.toDouble() > 0 ? int(spent * 100.0 / budget.toDouble()) : -1;
        if (role == SortRole)
            return spent;
        if (role == Qt::DisplayRole)
            return budget.isDouble() ? tr("%1 / %2").arg(ops::formatEuros(spent), ops::formatEuros(budget.toDouble()))
                                     : tr("%1 (sans budget)").arg(ops::formatEuros(spent));
        if (role == Qt::ToolTipRole)
            return tr("%Ln appel(s) ce mois-ci", nullptr, int(used.value(QLatin1String("month")).toInteger()));
        return {};
    }
    case Alert:
        if (role == Qt::DisplayRole || role == SortRole)
            return alertLabel(alert);
        if (role == Qt::ToolTipRole)
            return alert == u"exceeded" ? tr("Une limite ou le budget du mois est atteint : les appels sont refusés "
                                             "(les tâches attendent).")
                   : alert == u"warning" ? tr("Une limite ou le budget du mois est utilisé à 80 % ou plus.")
                                         : QString();
        return {};
    case LastError: {
        const QJsonObject e = row.value(QLatin1String("lastError")).toObject();
        if (e.isEmpty())
            return role == Qt::DisplayRole ? QVariant(tr("—")) : QVariant();
        if (role == Qt::DisplayRole)
            return tr("%1 — %2").arg(ops::formatDateTime(e.value(QLatin1String("at"))), str(e, "message").simplified());
        if (role == SortRole)
            return str(e, "at");
        if (role == Qt::ToolTipRole)
            return str(e, "message");
        return {};
    }
    default:
        return {};
    }
}

ApiIncidentModel::ApiIncidentModel(QObject *parent)
    : JsonRowsModel({tr("Date"), tr("Fournisseur"), tr("Appel"), tr("HTTP"), tr("Code"), tr("Message"), tr("Durée")},
                    parent)
{}

QVariant ApiIncidentModel::cell(const QJsonObject &row, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == Message)
        return str(row, "message");
    if (role == Qt::TextAlignmentRole && (column == HttpStatus || column == Duration))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case At:
        return role == SortRole ? QVariant(str(row, "at")) : QVariant(ops::formatDateTime(row.value(QLatin1String("at"))));
    case Provider:
        return ops::providerLabel(str(row, "provider"));
    case Endpoint:
        return str(row, "endpoint");
    case HttpStatus: {
        const QJsonValue s = row.value(QLatin1String("httpStatus"));
        if (role == SortRole)
            return s.toInt();
        return s.isDouble() && s.toInt() > 0 ? QString::number(s.toInt()) : tr("—");
    }
    case Code:
        return str(row, "code");
    case Message:
        return str(row, "message").simplified();
    case Duration: {
        const QJsonValue d = row.value(QLatin1String("durationMs"));
        if (role == SortRole)
            return d.toInteger();
        return d.isDouble() ? tr("%L1 ms").arg(d.toInteger()) : tr("—");
    }
    default:
        return {};
    }
}

} // namespace hector::ui
