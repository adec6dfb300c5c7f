#include "ui/opportunities/OpportunitySupport.h"

#include "sync/replica/LocalReplica.h"
#include "ui/Icons.h"
#include "ui/Theme.h"
#include "ui/crm/CrmSupport.h"
#include "ui/prospects/ProspectIcons.h"
#include "ui/prospects/ProspectSupport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QSqlQuery>

namespace hector::ui::opportunities {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hector::ui::opportunities", text);
}

// The columns a stage change writes (and its undo restores).
const QStringList &stageColumns()
{
    static const QStringList columns{QStringLiteral("stage"), QStringLiteral("stage_changed_at"),
                                     QStringLiteral("closed_at"), QStringLiteral("lost_reason"),
                                     QStringLiteral("probability")};
    return columns;
}

QList<QVariantMap> childRows(sync::LocalReplica *replica, const char *table, const QString &opportunityId)
{
    QList<QVariantMap> out;
    QSqlQuery q(replica->database());
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE opportunity_id = ? ORDER BY created_at, id").arg(QLatin1String(table)));
    q.addBindValue(opportunityId);
    if (q.exec()) {
        while (q.next())
            out.append(replica->row(QLatin1String(table), q.value(0).toString()));
    }
    return out;
}

// A text of someone else, re-created by `me`: its author and date in front.
QString authoredText(const QSqlDatabase &db, const QVariantMap &row, const QString &text, const UserDto &me)
{
    const QString author = row.value(QStringLiteral("author_id")).toString();
    if (author == me.id)
        return text;
    QString name = prospects::userName(db, author);
    if (name.isEmpty())
        name = tr("un autre utilisateur");
    return tr("De %1 le %2 : %3").arg(name, prospects::formatTimestamp(row.value(QStringLiteral("created_at")).toString()), text);
}
} // namespace

QString stageLabel(const QString &stage)
{
    for (const auto &s : scoring::opportunityStages()) {
        if (s.first == stage)
            return s.second;
    }
    return stage;
}

QColor stageColor(const QString &stage)
{
    if (stage == QLatin1String("prospection"))
        return QColor(0x7d, 0x8b, 0x9c);
    if (stage == QLatin1String("qualification"))
        return palette::accent;
    if (stage == QLatin1String("proposition"))
        return QColor(0x7b, 0x4f, 0xb0);
    if (stage == QLatin1String("negociation"))
        return palette::warning;
    if (stage == QLatin1String("signature"))
        return QColor(0x16, 0x80, 0x8a);
    if (stage == QLatin1String("gagne"))
        return palette::success;
    if (stage == QLatin1String("perdu"))
        return palette::danger;
    return palette::mutedText;
}

bool isClosedStage(const QString &stage)
{
    return stage == QLatin1String("gagne") || stage == QLatin1String("perdu");
}

QStringList openStages()
{
    QStringList out;
    for (const auto &s : scoring::opportunityStages()) {
        if (!isClosedStage(s.first))
            out << s.first;
    }
    return out;
}

QStringList allStages()
{
    QStringList out;
    for (const auto &s : scoring::opportunityStages())
        out << s.first;
    return out;
}

int defaultProbability(const QString &stage)
{
    static const QList<QPair<QString, int>> defaults{
        {QStringLiteral("prospection"), 10}, {QStringLiteral("qualification"), 20}, {QStringLiteral("proposition"), 40},
        {QStringLiteral("negociation"), 60}, {QStringLiteral("signature"), 80},     {QStringLiteral("gagne"), 100},
        {QStringLiteral("perdu"), 0},
    };
    for (const auto &[code, value] : defaults) {
        if (code == stage)
            return value;
    }
    return 0;
}

QColor temperatureColor(scoring::Temperature t)
{
    switch (t) {
    case scoring::Temperature::Hot:
        return palette::danger;
    case scoring::Temperature::Warm:
        return QColor(0xd9, 0x7a, 0x12);
    case scoring::Temperature::Cold:
        break;
    }
    return palette::accent;
}

scoring::Temperature temperatureFromCode(const QString &code)
{
    if (code == QLatin1String("HOT"))
        return scoring::Temperature::Hot;
    if (code == QLatin1String("WARM"))
        return scoring::Temperature::Warm;
    return scoring::Temperature::Cold;
}

qreal paintTemperatureChip(QPainter *painter, const QRectF &bounds, int score, scoring::Temperature t)
{
    painter->save();
    QFont font = painter->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter->setFont(font);
    const QString text = QStringLiteral("%1 · %2").arg(score).arg(scoring::temperatureCode(t));
    const qreal width = QFontMetricsF(font).horizontalAdvance(text) + 14;
    const QRectF chip(bounds.right() - width, bounds.top(), width, bounds.height());
    const QColor color = temperatureColor(t);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(mixColors(color, palette::surface, 0.84));
    painter->drawRoundedRect(chip, chip.height() / 2, chip.height() / 2);
    painter->setPen(color.darker(125));
    painter->drawText(chip, Qt::AlignCenter, text);
    painter->restore();
    return width;
}

QString formatAmount(const QVariant &euros)
{
    return prospects::formatEuros(euros);
}

QString formatMonthly(const QVariant &euros)
{
    const QString amount = prospects::formatEuros(euros);
    return amount.isEmpty() ? amount : tr("%1/mois").arg(amount);
}

std::optional<QVariant> parseEuros(const QString &text)
{
    QString digits = text;
    digits.remove(QStringLiteral("€"));
    digits.remove(QChar::Space);
    digits.remove(QChar::Nbsp);
    digits.remove(QChar(0x202f)); // narrow no-break space (French grouping)
    digits.remove(u'.');
    if (digits.isEmpty())
        return QVariant();
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return QVariant(value);
}

const QList<QPair<QString, QString>> &activityKinds()
{
    static const QList<QPair<QString, QString>> kinds{
        {QStringLiteral("appel"), tr("Appel")},       {QStringLiteral("email"), tr("E-mail")},
        {QStringLiteral("rdv"), tr("Rendez-vous")}, {QStringLiteral("devis"), tr("Devis")},
        {QStringLiteral("autre"), tr("Autre")},
    };
    return kinds;
}

const QList<QPair<QString, QString>> &activityDirections()
{
    static const QList<QPair<QString, QString>> directions{
        {QStringLiteral("sortant"), tr("Sortant (vers le prospect)")},
        {QStringLiteral("entrant"), tr("Entrant (du prospect)")},
    };
    return directions;
}

namespace {
QColor directionColor(const QString &direction)
{
    return direction == QLatin1String("entrant") ? palette::success : palette::accent;
}

// An arrow leaving (up-right) or coming in (down-left), in a box of side `s` at `origin`.
void drawDirectionArrow(QPainter &p, const QPointF &origin, qreal s, const QString &direction, const QColor &color)
{
    const bool in = direction == QLatin1String("entrant");
    const QPointF tail = origin + (in ? QPointF(s * 0.78, s * 0.22) : QPointF(s * 0.22, s * 0.78));
    const QPointF head = origin + (in ? QPointF(s * 0.26, s * 0.74) : QPointF(s * 0.74, s * 0.26));
    p.setPen(QPen(color, qMax(1.2, s * 0.14), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawLine(tail, head);
    const qreal a = s * 0.3;
    const QPointF h1 = in ? head + QPointF(0, -a) : head + QPointF(-a, 0);
    const QPointF h2 = in ? head + QPointF(a, 0) : head + QPointF(0, a);
    p.drawPolyline(QPolygonF({h1, head, h2}));
}

icons::TimelineGlyph kindGlyph(const QString &kind)
{
    if (kind == QLatin1String("appel"))
        return icons::TimelineGlyph::Call;
    if (kind == QLatin1String("email"))
        return icons::TimelineGlyph::Email;
    if (kind == QLatin1String("rdv"))
        return icons::TimelineGlyph::Rdv;
    if (kind == QLatin1String("devis"))
        return icons::TimelineGlyph::Quote;
    return icons::TimelineGlyph::Action;
}
} // namespace

QIcon activityIcon(const QString &kind, const QString &direction)
{
    const QColor color = directionColor(direction);
    const QIcon base = icons::timelineIcon(kindGlyph(kind), color);
    return icons::smallIcon([&base, &direction, &color](QPainter &p, qreal size) {
        const qreal badge = size * 0.5;
        base.paint(&p, QRect(0, 0, int(size - badge * 0.35), int(size - badge * 0.35)));
        const QRectF corner(size - badge, size - badge, badge, badge);
        p.setPen(QPen(palette::surface, qMax(1.0, size * 0.05)));
        p.setBrush(palette::surface);
        p.drawEllipse(corner);
        drawDirectionArrow(p, corner.topLeft(), badge, direction, color.darker(110));
    });
}

QIcon directionIcon(const QString &direction)
{
    const QColor color = directionColor(direction);
    return icons::smallIcon([&direction, &color](QPainter &p, qreal s) { drawDirectionArrow(p, QPointF(0, 0), s, direction, color); });
}

namespace {
QString goneMessage()
{
    return tr("Cette opportunité n'existe plus (supprimée ou synchronisée entre-temps).");
}
} // namespace

Result<QString> addActivity(sync::LocalReplica *replica, const QString &opportunityId, const UserDto &me,
                            const QString &kind, const QString &direction, const QDateTime &when, const QString &summary)
{
    const QVariantMap opportunity = replica->row(kTable, opportunityId);
    if (opportunity.isEmpty())
        return makeError(QStringLiteral("not_found"), goneMessage());
    QString id;
    auto r = replica->writeBatch([&]() -> Result<void> {
        auto created = replica->createRow(QStringLiteral("opportunity_activities"),
                                          {{QStringLiteral("entity_id"), opportunity.value(QStringLiteral("entity_id"))},
                                           {QStringLiteral("opportunity_id"), opportunityId},
                                           {QStringLiteral("author_id"), me.id},
                                           {QStringLiteral("kind"), kind},
                                           {QStringLiteral("direction"), direction},
                                           {QStringLiteral("occurred_at"), toTimestamp(when)},
                                           {QStringLiteral("summary"), summary.trimmed()}});
        if (!created)
            return created.error();
        id = *created;
        const QDateTime last = parseTimestamp(opportunity.value(QStringLiteral("last_activity_at")));
        if (!last.isValid() || when > last) {
            if (auto u = replica->updateRow(kTable, opportunityId, {{QStringLiteral("last_activity_at"), toTimestamp(when)}}); !u)
                return u.error();
        }
        return {};
    });
    if (!r)
        return r.error();
    return id;
}

Result<QString> addNote(sync::LocalReplica *replica, const QString &opportunityId, const UserDto &me, const QString &body)
{
    const QVariantMap opportunity = replica->row(kTable, opportunityId);
    if (opportunity.isEmpty())
        return makeError(QStringLiteral("not_found"), goneMessage());
    return replica->createRow(QStringLiteral("opportunity_notes"),
                              {{QStringLiteral("entity_id"), opportunity.value(QStringLiteral("entity_id"))},
                               {QStringLiteral("opportunity_id"), opportunityId},
                               {QStringLiteral("author_id"), me.id},
                               {QStringLiteral("body"), body.trimmed()}});
}

QVariantMap stageChangeValues(const QVariantMap &current, const QString &stage, const QString &lostReason,
                              const QDateTime &now)
{
    QVariantMap v;
    v.insert(QStringLiteral("stage"), stage);
    v.insert(QStringLiteral("stage_changed_at"), toTimestamp(now));
    const QString wasClosed = current.value(QStringLiteral("closed_at")).toString();
    if (isClosedStage(stage))
        v.insert(QStringLiteral("closed_at"), wasClosed.isEmpty() ? toTimestamp(now) : wasClosed);
    else
        v.insert(QStringLiteral("closed_at"), QVariant());
    v.insert(QStringLiteral("lost_reason"), stage == QLatin1String("perdu") ? QVariant(lostReason.trimmed()) : QVariant());
    return v;
}

Result<StageUndo> changeStage(sync::LocalReplica *replica, const QString &id, const QString &stage,
                              const QString &lostReason, const QDateTime &now)
{
    const QVariantMap current = replica->row(kTable, id);
    if (current.isEmpty())
        return makeError(QStringLiteral("not_found"), goneMessage());
    const QString from = current.value(QStringLiteral("stage")).toString();
    if (from == stage)
        return StageUndo{};
    QVariantMap changes = stageChangeValues(current, stage, lostReason, now);
    // A probability left at its stage's default follows the stage.
    const QVariant probability = current.value(QStringLiteral("probability"));
    if (probability.isNull() || probability.toInt() == defaultProbability(from))
        changes.insert(QStringLiteral("probability"), defaultProbability(stage));
    StageUndo undo{id, current.value(QStringLiteral("title")).toString(), from, stage, {}};
    for (const QString &column : stageColumns())
        undo.before.insert(column, current.value(column));
    if (auto r = replica->updateRow(kTable, id, changes); !r)
        return r.error();
    return undo;
}

Result<void> undoStageChange(sync::LocalReplica *replica, const StageUndo &undo)
{
    if (undo.isEmpty())
        return {};
    if (replica->row(kTable, undo.id).isEmpty())
        return makeError(QStringLiteral("not_found"), goneMessage());
    return replica->updateRow(kTable, undo.id, undo.before);
}

DeletedOpportunity snapshotForDelete(sync::LocalReplica *replica, const QString &id)
{
    DeletedOpportunity d;
    d.row = replica->row(kTable, id);
    if (d.row.isEmpty())
        return d;
    d.activities = childRows(replica, "opportunity_activities", id);
    d.notes = childRows(replica, "opportunity_notes", id);
    return d;
}

Result<QString> restoreOpportunity(sync::LocalReplica *replica, const DeletedOpportunity &deleted, const UserDto &me)
{
    QString newId;
    const QSqlDatabase db = replica->database();
    auto r = replica->writeBatch([&]() -> Result<void> {
        auto created = restoreDeletedRow(replica, kTable, deleted.row);
        if (!created)
            return created.error();
        newId = *created;
        const QVariant entity = deleted.row.value(QStringLiteral("entity_id"));
        for (const QVariantMap &a : deleted.activities) {
            auto c = replica->createRow(QStringLiteral("opportunity_activities"),
                                        {{QStringLiteral("entity_id"), entity},
                                         {QStringLiteral("opportunity_id"), newId},
                                         {QStringLiteral("author_id"), me.id},
                                         {QStringLiteral("kind"), a.value(QStringLiteral("kind"))},
                                         {QStringLiteral("direction"), a.value(QStringLiteral("direction"))},
                                         {QStringLiteral("occurred_at"), a.value(QStringLiteral("occurred_at"))},
                                         {QStringLiteral("summary"),
                                          authoredText(db, a, a.value(QStringLiteral("summary")).toString(), me)}});
            if (!c)
                return c.error();
        }
        for (const QVariantMap &n : deleted.notes) {
            auto c = replica->createRow(QStringLiteral("opportunity_notes"),
                                        {{QStringLiteral("entity_id"), entity},
                                         {QStringLiteral("opportunity_id"), newId},
                                         {QStringLiteral("author_id"), me.id},
                                         {QStringLiteral("body"), authoredText(db, n, n.value(QStringLiteral("body")).toString(), me)}});
            if (!c)
                return c.error();
        }
        return {};
    });
    if (!r)
        return r.error();
    return newId;
}

QIcon opportunitiesIcon()
{
    return icons::sidebarIcon([](QPainter &p, qreal s, const QColor &color) {
        // A sales funnel: three bands narrowing downwards, then the spout.
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        const qreal gap = s * 0.06;
        const qreal bands[][2] = {{0.08, 0.92}, {0.2, 0.8}, {0.32, 0.68}};
        qreal y = s * 0.12;
        const qreal h = s * 0.18;
        for (const auto &b : bands) {
            QPainterPath band;
            band.moveTo(s * b[0], y);
            band.lineTo(s * b[1], y);
            band.lineTo(s * (b[1] - 0.1), y + h);
            band.lineTo(s * (b[0] + 0.1), y + h);
            band.closeSubpath();
            p.drawPath(band);
            y += h + gap;
        }
        p.drawRect(QRectF(s * 0.44, y, s * 0.12, s * 0.88 - y));
    });
}

QIcon proximityIcon()
{
    return icons::smallIcon([](QPainter &p, qreal s) {
        p.setPen(QPen(palette::accent, qMax(1.0, s * 0.07), Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QRectF(s * 0.06, s * 0.3, s * 0.88, s * 0.62));
        QPainterPath pin;
        pin.moveTo(s * 0.5, s * 0.66);
        pin.cubicTo(s * 0.36, s * 0.46, s * 0.28, s * 0.38, s * 0.28, s * 0.28);
        pin.arcTo(QRectF(s * 0.28, s * 0.04, s * 0.44, s * 0.44), 180, -180);
        pin.cubicTo(s * 0.72, s * 0.38, s * 0.64, s * 0.46, s * 0.5, s * 0.66);
        pin.addEllipse(QRectF(s * 0.42, s * 0.18, s * 0.16, s * 0.16));
        pin.setFillRule(Qt::OddEvenFill);
        p.fillPath(pin, palette::danger);
    });
}

QIcon bellIcon(const QColor &color)
{
    return icons::smallIcon([&color](QPainter &p, qreal s) {
        QPainterPath bell;
        bell.moveTo(s * 0.14, s * 0.74);
        bell.quadTo(s * 0.26, s * 0.62, s * 0.26, s * 0.44);
        bell.cubicTo(s * 0.26, s * 0.2, s * 0.38, s * 0.12, s * 0.5, s * 0.12);
        bell.cubicTo(s * 0.62, s * 0.12, s * 0.74, s * 0.2, s * 0.74, s * 0.44);
        bell.quadTo(s * 0.74, s * 0.62, s * 0.86, s * 0.74);
        bell.closeSubpath();
        p.fillPath(bell, color);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(QRectF(s * 0.4, s * 0.78, s * 0.2, s * 0.16));
        p.drawEllipse(QRectF(s * 0.45, s * 0.04, s * 0.1, s * 0.1));
    });
}

QIcon stagnationIcon()
{
    return icons::smallIcon([](QPainter &p, qreal s) {
        // An hourglass.
        p.setPen(QPen(palette::warning, qMax(1.2, s * 0.1), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawLine(QPointF(s * 0.2, s * 0.1), QPointF(s * 0.8, s * 0.1));
        p.drawLine(QPointF(s * 0.2, s * 0.9), QPointF(s * 0.8, s * 0.9));
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(QPolygonF({QPointF(s * 0.28, s * 0.1), QPointF(s * 0.72, s * 0.9)}));
        p.drawPolyline(QPolygonF({QPointF(s * 0.72, s * 0.1), QPointF(s * 0.28, s * 0.9)}));
        p.setPen(Qt::NoPen);
        p.setBrush(palette::warning);
        QPainterPath sand;
        sand.moveTo(s * 0.36, s * 0.86);
        sand.lineTo(s * 0.64, s * 0.86);
        sand.lineTo(s * 0.5, s * 0.64);
        sand.closeSubpath();
        p.drawPath(sand);
    });
}

} // namespace hector::ui::opportunities
