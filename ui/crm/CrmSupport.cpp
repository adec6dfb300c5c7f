#include "ui/crm/CrmSupport.h"

#include "core/Roles.h"
#include "sync/replica/LocalReplica.h"
#include "ui/FormSupport.h"
#include "ui/Icons.h"
#include "ui/MessageBanner.h"
#include "ui/Theme.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStyleOptionViewItem>

namespace hector::ui {

namespace {

void drawCalendar(QPainter &p, qreal s, const QColor &color)
{
    QPainterPath page;
    page.addRoundedRect(QRectF(s * 0.12, s * 0.18, s * 0.76, s * 0.7), s * 0.08, s * 0.08);
    QPainterPath inner;
    inner.addRect(QRectF(s * 0.2, s * 0.38, s * 0.6, s * 0.42));
    p.fillPath(page.subtracted(inner), color);
    // Two rings and a grid of days.
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawRoundedRect(QRectF(s * 0.28, s * 0.08, s * 0.1, s * 0.2), s * 0.04, s * 0.04);
    p.drawRoundedRect(QRectF(s * 0.62, s * 0.08, s * 0.1, s * 0.2), s * 0.04, s * 0.04);
    for (int row = 0; row < 2; ++row) {
        for (int col = 0; col < 3; ++col)
            p.drawRect(QRectF(s * (0.26 + col * 0.18), s * (0.45 + row * 0.17), s * 0.12, s * 0.1));
    }
}
} // namespace

Clock systemClock()
{
    return [] { return QDateTime::currentDateTime(); };
}

QDateTime parseTimestamp(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toLocalTime();
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    return dt.isValid() ? dt.toLocalTime() : QDateTime();
}

QString toTimestamp(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject formRowToJson(const QVariantMap &values)
{
    QJsonObject o;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QVariant &v = it.value();
        if (!v.isValid() || v.isNull())
            o.insert(it.key(), QJsonValue::Null);
        else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
            o.insert(it.key(), v.toLongLong());
        else if (v.typeId() == QMetaType::QDateTime)
            o.insert(it.key(), toTimestamp(v.toDateTime()));
        else
            o.insert(it.key(), v.toString());
    }
    return o;
}

QString foldedText(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out;
}

QDate weekStart(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}

QString hoursMinutes(const QTime &time)
{
    return QLocale().toString(time, QStringLiteral("HH:mm"));
}

QString overdueText(const QDateTime &due, const QDateTime &now)
{
    const qint64 days = due.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days <= 0)
        return QCoreApplication::translate("hector::ui::CrmSupport", "En retard depuis %1").arg(QLocale().toString(due.toLocalTime().time(), QStringLiteral("HH:mm")));
    if (days == 1)
        return QCoreApplication::translate("hector::ui::CrmSupport", "En retard de 1 jour");
    return QCoreApplication::translate("hector::ui::CrmSupport", "En retard de %1 jours").arg(days);
}

QList<Person> activeUsers(const QSqlDatabase &db, const QString &entityId)
{
    QList<Person> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')), email FROM users "
                             "WHERE active = 1 AND (? = '' OR entity_id = ?) ORDER BY last_name, first_name, email"));
    q.addBindValue(entityId);
    q.addBindValue(entityId);
    if (q.exec()) {
        while (q.next()) {
            const QString name = q.value(1).toString();
            out.append({q.value(0).toString(), name.isEmpty() ? q.value(2).toString() : name});
        }
    }
    return out;
}

QString personName(const QSqlDatabase &db, const QString &userId)
{
    if (userId.isEmpty())
        return {};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')), email FROM users WHERE id = ?"));
    q.addBindValue(userId);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString().isEmpty() ? q.value(1).toString() : q.value(0).toString();
}

bool seesOnlyOwnRecords(const UserDto &user)
{
    return user.role == Role::Commercial;
}

void fillOwnerCombo(QComboBox *combo, const QSqlDatabase &db, const UserDto &me, const QString &entityId,
                    const QString &currentOwnerId)
{
    const QString keep = combo->count() > 0 ? combo->currentData().toString() : currentOwnerId;
    combo->clear();
    const QString myName = personName(db, me.id).isEmpty() ? me.displayName() : personName(db, me.id);
    combo->addItem(QCoreApplication::translate("hector::ui::CrmSupport", "%1 (moi)").arg(myName), me.id);
    if (!seesOnlyOwnRecords(me)) {
        for (const Person &p : activeUsers(db, entityId)) {
            if (p.id != me.id)
                combo->addItem(p.name, p.id);
        }
    }
    if (!currentOwnerId.isEmpty() && combo->findData(currentOwnerId) < 0) {
        const QString name = personName(db, currentOwnerId);
        combo->addItem(name.isEmpty() ? QCoreApplication::translate("hector::ui::CrmSupport", "Utilisateur inconnu") : name, currentOwnerId);
    }
    const int index = combo->findData(keep.isEmpty() ? me.id : keep);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

QVariantMap confirmAndDeleteRow(QWidget *parent, sync::LocalReplica *replica, MessageBanner *banner,
                                const QString &table, const QString &id, const QString &caption,
                                const QString &question)
{
    if (id.isEmpty())
        return {};
    const QVariantMap row = replica->row(table, id);
    if (row.isEmpty())
        return {};
    if (!askConfirmation(parent, caption, question.arg(row.value(QStringLiteral("title")).toString())))
        return {};
    if (auto r = replica->deleteRow(table, id); !r) {
        banner->showMessage(MessageBanner::Kind::Error, r.error().message);
        return {};
    }
    return row;
}

Result<QString> restoreDeletedRow(sync::LocalReplica *replica, const QString &table, QVariantMap row)
{
    // Deleted ids are never reused by the server (deletes win): the restored row gets a new one.
    row.remove(QStringLiteral("id"));
    return replica->createRow(table, row);
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QColor mixColors(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

void paintCardFrame(QPainter *p, const QStyleOptionViewItem &option, const QColor &accent, bool muted)
{
    const QRectF r = QRectF(option.rect).adjusted(2, 3, -2, -3);
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    p->setRenderHint(QPainter::Antialiasing);
    QPainterPath shape;
    shape.addRoundedRect(r, 6, 6);
    p->fillPath(shape, selected ? mixColors(palette::surface, palette::accent, 0.14) : palette::surface);
    p->save();
    p->setClipPath(shape);
    p->fillRect(QRectF(r.left(), r.top(), 4, r.height()), muted ? QColor(0xc4, 0xca, 0xd2) : accent);
    p->restore();
    p->setPen(QPen(selected && focused ? palette::accent : palette::border, selected && focused ? 1.5 : 1));
    p->setBrush(Qt::NoBrush);
    p->drawPath(shape);
}

QColor rdvStatusColor(const QString &status)
{
    if (status == QLatin1String("effectue"))
        return palette::success;
    if (status == QLatin1String("annule"))
        return QColor(0x9a, 0xa3, 0xae);
    return palette::accent;
}

QColor actionTypeColor(const QString &type)
{
    if (type == QLatin1String("appel"))
        return palette::accent;
    if (type == QLatin1String("email"))
        return QColor(0x16, 0x80, 0x8a);
    if (type == QLatin1String("visite"))
        return palette::success;
    if (type == QLatin1String("devis"))
        return QColor(0x7b, 0x4f, 0xb0);
    return palette::mutedText;
}

QIcon actionTypeIcon(const QString &type)
{
    const QColor color = actionTypeColor(type);
    return icons::smallIcon([&type, &color](QPainter &p, qreal s) {
        if (type == QLatin1String("appel")) {
            // A telephone handset: a thick quarter arc from the ear piece (top left) to the mouth
            // piece (bottom right), both as pads turned inwards.
            p.setPen(QPen(color, s * 0.2, Qt::SolidLine, Qt::RoundCap));
            const qreal r = s * 0.6;
            const QPointF c(s * 0.84, s * 0.16);
            p.drawArc(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), 180 * 16, 90 * 16);
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawRoundedRect(QRectF(s * 0.12, s * 0.06, s * 0.3, s * 0.22), s * 0.07, s * 0.07);
            p.drawRoundedRect(QRectF(s * 0.72, s * 0.58, s * 0.22, s * 0.3), s * 0.07, s * 0.07);
        } else if (type == QLatin1String("email")) {
            p.setPen(QPen(color, qMax(1.2, s * 0.09), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            const QRectF r(s * 0.1, s * 0.24, s * 0.8, s * 0.54);
            p.drawRoundedRect(r, s * 0.06, s * 0.06);
            p.drawPolyline(QPolygonF({r.topLeft() + QPointF(s * 0.04, s * 0.04), QPointF(s * 0.5, s * 0.56),
                                      r.topRight() + QPointF(-s * 0.04, s * 0.04)}));
        } else if (type == QLatin1String("visite")) {
            QPainterPath pin;
            pin.moveTo(s * 0.5, s * 0.94);
            pin.cubicTo(s * 0.3, s * 0.66, s * 0.16, s * 0.52, s * 0.16, s * 0.38);
            pin.arcTo(QRectF(s * 0.16, s * 0.04, s * 0.68, s * 0.68), 180, -180);
            pin.cubicTo(s * 0.84, s * 0.52, s * 0.7, s * 0.66, s * 0.5, s * 0.94);
            pin.addEllipse(QRectF(s * 0.38, s * 0.26, s * 0.24, s * 0.24));
            pin.setFillRule(Qt::OddEvenFill);
            p.fillPath(pin, color);
        } else {
            // A document with a folded corner and text lines.
            QPainterPath doc;
            doc.moveTo(s * 0.2, s * 0.06);
            doc.lineTo(s * 0.6, s * 0.06);
            doc.lineTo(s * 0.82, s * 0.28);
            doc.lineTo(s * 0.82, s * 0.94);
            doc.lineTo(s * 0.2, s * 0.94);
            doc.closeSubpath();
            for (int i = 0; i < 3; ++i)
                doc.addRect(QRectF(s * 0.32, s * (0.44 + i * 0.15), s * 0.38, s * 0.07));
            doc.setFillRule(Qt::OddEvenFill);
            p.fillPath(doc, color);
        }
    });
}

QIcon overdueIcon()
{
    return icons::smallIcon([](QPainter &p, qreal s) {
        // A clock face in the danger colour with a "late" hand.
        p.setPen(Qt::NoPen);
        p.setBrush(palette::danger);
        p.drawEllipse(QRectF(s * 0.06, s * 0.06, s * 0.88, s * 0.88));
        p.setPen(QPen(Qt::white, qMax(1.2, s * 0.1), Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.5, s * 0.22));
        p.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.7, s * 0.62));
    });
}

QIcon agendaIcon()
{
    return icons::sidebarIcon(drawCalendar);
}

QIcon myDayIcon()
{
    return icons::sidebarIcon([](QPainter &p, qreal s, const QColor &color) {
        // A sun: a disc and eight rays.
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(QRectF(s * 0.3, s * 0.3, s * 0.4, s * 0.4));
        p.setPen(QPen(color, qMax(1.5, s * 0.08), Qt::SolidLine, Qt::RoundCap));
        p.translate(s / 2, s / 2);
        for (int i = 0; i < 8; ++i) {
            p.drawLine(QPointF(0, -s * 0.3), QPointF(0, -s * 0.42));
            p.rotate(45);
        }
    });
}

QIcon actionsIcon()
{
    return icons::sidebarIcon([](QPainter &p, qreal s, const QColor &color) {
        // A check list: three ticks and three lines.
        const qreal w = qMax(1.5, s * 0.09);
        p.setPen(QPen(color, w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        for (int i = 0; i < 3; ++i) {
            const qreal y = s * (0.22 + i * 0.28);
            p.drawPolyline(QPolygonF({QPointF(s * 0.1, y), QPointF(s * 0.17, y + s * 0.07), QPointF(s * 0.3, y - s * 0.08)}));
            p.drawLine(QPointF(s * 0.42, y), QPointF(s * 0.9, y));
        }
    });
}

} // namespace hector::ui
