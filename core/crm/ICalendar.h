#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace hector::crm {

// One appointment (rdvs row) as an iCalendar event (RFC 5545).
struct ICalEvent
{
    QString id;             // rdvs.id; the UID is "<id>@hector"
    QString title;          // SUMMARY
    QDateTime start;        // DTSTART (written in UTC)
    QDateTime end;          // DTEND (written in UTC)
    QString location;       // LOCATION
    QString notes;          // first part of DESCRIPTION
    QString prospectName;   // appended to DESCRIPTION
    QString prospectPhone;  // appended to DESCRIPTION
    QString status;         // rdvs.status: planifie, effectue -> CONFIRMED; annule -> CANCELLED
    QDateTime created;      // CREATED (optional)
    QDateTime lastModified; // LAST-MODIFIED (optional)
    std::optional<int> reminderMinutes; // VALARM with TRIGGER:-PT<n>M when set
};

// A complete VCALENDAR (VERSION 2.0, PRODID, CALSCALE, METHOD:PUBLISH) with one VEVENT per
// event, UTF-8, CRLF line endings, lines folded at 75 octets. `stamp` is the DTSTAMP of every
// event (the export time).
QByteArray writeICalendar(const QList<ICalEvent> &events, const QDateTime &stamp);

// TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, newline ("\n").
QString escapeICalText(const QString &text);
// A UTC DATE-TIME: 20261201T090000Z.
QByteArray iCalDateTime(const QDateTime &dateTime);
// One content line, folded (RFC 5545 §3.1): no physical line longer than 75 octets, the
// continuation lines starting with one space, never splitting a UTF-8 sequence; CRLF after
// each physical line.
QByteArray foldICalLine(const QByteArray &utf8Line);

// The DESCRIPTION of an event: the notes, then the prospect's name and phone.
QString iCalDescription(const ICalEvent &event);

} // namespace hector::crm
