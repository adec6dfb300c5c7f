#include "ui/crm/ProspectPicker.h"

#include "sync/replica/LocalReplica.h"
#include "ui/Icons.h"
#include "ui/Theme.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QSqlQuery>
#include <QTimer>

namespace hector::ui {

namespace {
const char *kColumns = "p.id, p.company_name, p.city, p.postcode, p.address, p.entity_id";

ProspectMatchModel::Match readMatch(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
}

QString likeEscaped(QString s)
{
    s.replace(u'\\', QStringLiteral("\\\\"));
    s.replace(u'%', QStringLiteral("\\%"));
    s.replace(u'_', QStringLiteral("\\_"));
    return s;
}
} // namespace

ProspectMatchModel::ProspectMatchModel(sync::LocalReplica *replica, QObject *parent)
    : QAbstractListModel(parent)
    , m_replica(replica)
{}

void ProspectMatchModel::setQuery(const QString &text)
{
    m_query = text.trimmed();
    QList<Match> matches;
    if (m_replica && !m_query.isEmpty()) {
        QSqlQuery q(m_replica->database());
        q.setForwardOnly(true);
        const QString expression = sync::LocalReplica::searchExpression(m_query);
        if (m_replica->searchIndexReady() && !expression.isEmpty()) {
            q.prepare(QStringLiteral("SELECT %1 FROM prospects p WHERE p.rowid IN (SELECT rowid FROM prospects_search "
                                     "WHERE prospects_search MATCH ?) ORDER BY p.company_name COLLATE NOCASE, p.id LIMIT ?")
                          .arg(QLatin1String(kColumns)));
            q.addBindValue(expression);
        } else {
            QStringList clauses;
            QVariantList params;
            for (const QString &w : m_query.split(u' ', Qt::SkipEmptyParts)) {
                clauses << QStringLiteral("(p.company_name LIKE ? ESCAPE '\\' OR p.city LIKE ? ESCAPE '\\' OR "
                                          "p.postcode LIKE ? ESCAPE '\\' OR p.siren LIKE ? ESCAPE '\\')");
                for (int i = 0; i < 4; ++i)
                    params << QString(u'%' + likeEscaped(w) + u'%');
            }
            q.prepare(QStringLiteral("SELECT %1 FROM prospects p WHERE %2 ORDER BY p.company_name COLLATE NOCASE, p.id LIMIT ?")
                          .arg(QLatin1String(kColumns), clauses.join(QStringLiteral(" AND "))));
            for (const QVariant &p : std::as_const(params))
                q.addBindValue(p);
        }
        q.addBindValue(kLimit);
        if (q.exec()) {
            while (q.next())
                matches.append(readMatch(q));
        }
    }
    beginResetModel();
    m_matches = matches;
    endResetModel();
}

const ProspectMatchModel::Match *ProspectMatchModel::match(int row) const
{
    return row >= 0 && row < m_matches.size() ? &m_matches.at(row) : nullptr;
}

int ProspectMatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

QVariant ProspectMatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Match &m = m_matches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return label(m);
    case Qt::ToolTipRole:
        return fullAddress(m).isEmpty() ? label(m) : fullAddress(m);
    case IdRole:
        return m.id;
    case NameRole:
        return m.name;
    case EntityRole:
        return m.entityId;
    case AddressRole:
        return fullAddress(m);
    default:
        return {};
    }
}

QString ProspectMatchModel::label(const Match &m)
{
    const QString place = QString(m.postcode + u' ' + m.city).trimmed();
    return place.isEmpty() ? m.name : QString(m.name + QStringLiteral(" — ") + place);
}

QString ProspectMatchModel::fullAddress(const Match &m)
{
    const QString place = QString(m.postcode + u' ' + m.city).trimmed();
    QStringList parts;
    if (!m.address.trimmed().isEmpty())
        parts << m.address.trimmed();
    if (!place.isEmpty())
        parts << place;
    return parts.join(QStringLiteral(", "));
}

ProspectMatchModel::Match ProspectMatchModel::byId(sync::LocalReplica *replica, const QString &id)
{
    if (!replica || id.isEmpty())
        return {};
    QSqlQuery q(replica->database());
    q.prepare(QStringLiteral("SELECT %1 FROM prospects p WHERE p.id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    return q.exec() && q.next() ? readMatch(q) : Match{};
}

ProspectPicker::ProspectPicker(sync::LocalReplica *replica, QWidget *parent)
    : QLineEdit(parent)
    , m_replica(replica)
    , m_model(new ProspectMatchModel(replica, this))
    , m_completer(new QCompleter(this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("prospectPicker"));
    setPlaceholderText(tr("Rechercher un prospect : raison sociale, ville, code postal, SIREN…"));
    setClearButtonEnabled(true);
    m_completer->setModel(m_model);
    // The model already filters (full-text index): the completer shows its rows as they are.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(10);
    m_completer->setWidget(this);
    m_chosenMark = addAction(QIcon(icons::badge(palette::success, QChar(0x2713), 16, devicePixelRatioF())),
                             QLineEdit::LeadingPosition);
    m_chosenMark->setToolTip(tr("Prospect choisi dans la base"));
    m_chosenMark->setVisible(false);
    m_delay->setSingleShot(true);
    m_delay->setInterval(80);
    connect(this, &QLineEdit::textEdited, this, &ProspectPicker::onTextEdited);
    connect(m_delay, &QTimer::timeout, this, [this] {
        m_model->setQuery(text());
        if (m_model->rowCount() > 0)
            m_completer->complete();
        else
            m_completer->popup()->hide();
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &ProspectPicker::choose);
    // The clear button empties the text without textEdited: forget the prospect as well.
    connect(this, &QLineEdit::textChanged, this, [this](const QString &t) {
        if (t.isEmpty() && !m_id.isEmpty()) {
            m_id.clear();
            m_match = {};
            m_chosenMark->setVisible(false);
            emit prospectChanged(QString());
        }
    });
}

void ProspectPicker::onTextEdited(const QString &text)
{
    if (!m_id.isEmpty() && text != ProspectMatchModel::label(m_match)) {
        m_id.clear();
        m_match = {};
        m_chosenMark->setVisible(false);
        emit prospectChanged(QString());
    }
    m_delay->start();
}

void ProspectPicker::choose(const QModelIndex &index)
{
    const ProspectMatchModel::Match *m = m_model->match(index.row());
    if (!m)
        return;
    m_match = *m;
    m_id = m->id;
    setText(ProspectMatchModel::label(m_match));
    m_chosenMark->setVisible(true);
    emit prospectChanged(m_id);
}

void ProspectPicker::setProspectId(const QString &id)
{
    const ProspectMatchModel::Match m = ProspectMatchModel::byId(m_replica, id);
    m_match = m;
    m_id = m.id;
    setText(m.id.isEmpty() ? QString() : ProspectMatchModel::label(m));
    m_chosenMark->setVisible(!m.id.isEmpty());
    emit prospectChanged(m_id);
}

} // namespace hector::ui
