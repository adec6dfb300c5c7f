#include "core/crm/ICalendar.h"

#include <QCoreApplication>

namespace hector::crm {

namespace {
constexpr qsizetype kMaxLineOctets = 75;

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// "NAME:value" with the value already escaped where needed.
void addLine(QByteArray &out, const char *name, const QByteArray &value)
{
    out += foldICalLine(QByteArray(name) + ':' + value);
}

void addText(QByteArray &out, const char *name, const QString &value)
{
    addLine(out, name, escapeICalText(value).toUtf8());
}
} // namespace

QString escapeICalText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u';':
            out += QLatin1String("\\;");
            break;
        case u',':
            out += QLatin1String("\\,");
            break;
        case u'\r':
            // CRLF and a lone CR are one line break.
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            out += QLatin1String("\\n");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        default:
            // Other control characters are not allowed in TEXT (RFC 5545 §3.3.11).
            if (c.unicode() < 0x20 && c != u'\t')
                out += u' ';
            else
                out += c;
        }
    }
    return out;
}

QByteArray iCalDateTime(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray foldICalLine(const QByteArray &utf8Line)
{
    QByteArray out;
    out.reserve(utf8Line.size() + utf8Line.size() / 70 * 3 + 2);
    qsizetype pos = 0;
    bool first = true;
    while (true) {
        // A continuation line starts with a space, which counts in its 75 octets.
        const qsizetype room = first ? kMaxLineOctets : kMaxLineOctets - 1;
        qsizetype cut = pos + room;
        if (cut >= utf8Line.size()) {
            if (!first)
                out += ' ';
            out += utf8Line.mid(pos);
            out += "\r\n";
            return out;
        }
        // Never cut inside a UTF-8 sequence: back up to the first byte of the character.
        while (cut > pos && isContinuationByte(utf8Line.at(cut)))
            --cut;
        if (cut == pos)
            cut = pos + room; // not UTF-8 at all: cut anyway rather than loop forever
        if (!first)
            out += ' ';
        out += utf8Line.mid(pos, cut - pos);
        out += "\r\n";
        pos = cut;
        first = false;
    }
}

QString iCalDescription(const ICalEvent &event)
{
    QStringList parts;
    if (!event.notes.trimmed().isEmpty())
        parts << event.notes.trimmed();
    if (!event.prospectName.isEmpty()) {
        QString prospect = QCoreApplication::translate("hector::crm::ICalendar", "Prospect : %1").arg(event.prospectName);
        if (!event.prospectPhone.isEmpty())
            prospect += QCoreApplication::translate("hector::crm::ICalendar", " — tél. %1").arg(event.prospectPhone);
        parts << prospect;
    }
    return parts.join(QStringLiteral("\n\n"));
}

QByteArray writeICalendar(const QList<ICalEvent> &events, const QDateTime &stamp)
{
    QByteArray out;
    addLine(out, "BEGIN", "VCALENDAR");
    addLine(out, "VERSION", "2.0");
    addLine(out, "PRODID", "-//Hector//Agenda Hector//FR");
    addLine(out, "CALSCALE", "GREGORIAN");
    addLine(out, "METHOD", "PUBLISH");
    addText(out, "X-WR-CALNAME", QCoreApplication::translate("hector::crm::ICalendar", "Hector — rendez-vous"));
    const QByteArray dtstamp = iCalDateTime(stamp);
    for (const ICalEvent &e : events) {
        addLine(out, "BEGIN", "VEVENT");
        addLine(out, "UID", e.id.toUtf8() + "@hector");
        addLine(out, "DTSTAMP", dtstamp);
        addLine(out, "DTSTART", iCalDateTime(e.start));
        // DTEND must follow DTSTART; a missing or earlier end makes a zero-length event.
        addLine(out, "DTEND", iCalDateTime(e.end.isValid() && e.end >= e.start ? e.end : e.start));
        addText(out, "SUMMARY", e.title);
        if (!e.location.trimmed().isEmpty())
            addText(out, "LOCATION", e.location.trimmed());
        const QString description = iCalDescription(e);
        if (!description.isEmpty())
            addText(out, "DESCRIPTION", description);
        addLine(out, "STATUS", e.status == QLatin1String("annule") ? QByteArray("CANCELLED") : QByteArray("CONFIRMED"));
        if (e.created.isValid())
            addLine(out, "CREATED", iCalDateTime(e.created));
        if (e.lastModified.isValid())
            addLine(out, "LAST-MODIFIED", iCalDateTime(e.lastModified));
        if (e.reminderMinutes && *e.reminderMinutes >= 0) {
            addLine(out, "BEGIN", "VALARM");
            addLine(out, "ACTION", "DISPLAY");
            // A DISPLAY alarm requires a DESCRIPTION (RFC 5545 §3.6.6).
            addText(out, "DESCRIPTION", e.title);
            addLine(out, "TRIGGER", "-PT" + QByteArray::number(*e.reminderMinutes) + 'M');
            addLine(out, "END", "VALARM");
        }
        addLine(out, "END", "VEVENT");
    }
    addLine(out, "END", "VCALENDAR");
    return out;
}

} // namespace hector::crm
