#include "ui/admin/AuditLogModel.h"

#include <QJsonDocument>
#include <QLocale>

namespace hector::ui {

AuditLogModel::AuditLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditLogModel::setLogs(const QJsonArray &logs)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(logs.size());
    for (const QJsonValue &v : logs) {
        const QJsonObject o = v.toObject();
        Row r;
        r.createdAt = QDateTime::fromString(o.value(QLatin1StringView("createdAt")).toString(), Qt::ISODateWithMs);
        const QString name = o.value(QLatin1StringView("userName")).toString();
        const QString email = o.value(QLatin1StringView("actorEmail")).toString();
        r.actor = name.isEmpty() ? email : name;
        r.actorEmail = email;
        r.action = o.value(QLatin1StringView("action")).toString();
        r.entityType = o.value(QLatin1StringView("entityType")).toString();
        r.entityId = o.value(QLatin1StringView("entityId")).toString();
        r.changes = o.value(QLatin1StringView("changes")).toObject();
        r.ip = o.value(QLatin1StringView("ip")).toString();
        m_rows.append(r);
    }
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::actionLabel(const QString &action)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("CREATE"), QT_TR_NOOP("Création")},
        {QStringLiteral("UPDATE"), QT_TR_NOOP("Modification")},
        {QStringLiteral("DELETE"), QT_TR_NOOP("Suppression")},
        {QStringLiteral("LOGIN"), QT_TR_NOOP("Connexion")},
        {QStringLiteral("LOGIN_FAILED"), QT_TR_NOOP("Connexion refusée")},
        {QStringLiteral("LOGOUT"), QT_TR_NOOP("Déconnexion")},
        {QStringLiteral("PASSWORD_RESET"), QT_TR_NOOP("Mot de passe réinitialisé")},
        {QStringLiteral("PASSWORD_RESET_REQUESTED"), QT_TR_NOOP("Réinitialisation demandée")},
        {QStringLiteral("INVITATION_SENT"), QT_TR_NOOP("Invitation envoyée")},
        {QStringLiteral("INVITATION_ACCEPTED"), QT_TR_NOOP("Invitation acceptée")},
        {QStringLiteral("TOKEN_REUSE"), QT_TR_NOOP("Jeton réutilisé")},
    };
    const char *label = labels.value(action);
    return label ? tr(label) : action;
}

QString AuditLogModel::entityTypeLabel(const QString &type)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("user"), QT_TR_NOOP("Utilisateur")},
        {QStringLiteral("session"), QT_TR_NOOP("Session")},
        {QStringLiteral("invitation"), QT_TR_NOOP("Invitation")},
        {QStringLiteral("prospect"), QT_TR_NOOP("Prospect")},
    };
    const char *label = labels.value(type);
    return label ? tr(label) : type;
}

namespace {
QString valueText(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? AuditLogModel::tr("oui") : AuditLogModel::tr("non");
    if (v.isNull() || v.isUndefined())
        return AuditLogModel::tr("(vide)");
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QLocale().toString(v.toDouble());
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}
} // namespace

QString AuditLogModel::changesSummary(const QJsonObject &changes)
{
    QStringList parts;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QJsonObject pair = it.value().toObject();
        if (it.value().isObject() && pair.contains(QLatin1StringView("new"))) {
            parts << tr("%1 : %2 → %3")
                         .arg(it.key(), valueText(pair.value(QLatin1StringView("old"))),
                              valueText(pair.value(QLatin1StringView("new"))));
        } else {
            parts << tr("%1 : %2").arg(it.key(), valueText(it.value()));
        }
    }
    return parts.join(QStringLiteral(" ; "));
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Date:
        return QLocale().toString(r.createdAt.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm:ss"));
    case User:
        return role == Qt::ToolTipRole ? r.actorEmail : r.actor;
    case Action:
        return actionLabel(r.action);
    case Object:
        if (role == Qt::ToolTipRole)
            return r.entityId;
        return r.entityType.isEmpty() ? QString() : entityTypeLabel(r.entityType);
    case Changes:
        return changesSummary(r.changes);
    case Ip:
        return r.ip;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case User:
        return tr("Utilisateur");
    case Action:
        return tr("Action");
    case Object:
        return tr("Objet");
    case Changes:
        return tr("Modifications");
    case Ip:
        return tr("Adresse IP");
    default:
        return {};
    }
}

} // namespace hector::ui
