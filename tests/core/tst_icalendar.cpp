// RFC 5545 writer of the agenda export: escaping, folding at octet boundaries (never inside a
// UTF-8 sequence), CRLF, alarms, status, and a round trip through a small unfolding parser.
#include "core/crm/ICalendar.h"

#include <QStringDecoder>
#include <QTest>

using namespace hector::crm;

namespace {

struct Property
{
    QString name;
    QString params; // raw, after the first ';' of the name part
    QString value;  // raw (still escaped)
};

// Undoes RFC 5545 §3.3.11 TEXT escaping.
QString unescapeText(const QString &value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c != u'\\' || i + 1 == value.size()) {
            out += c;
            continue;
        }
        const QChar next = value.at(++i);
        if (next == u'n' || next == u'N')
            out += u'\n';
        else
            out += next; // \\ \; \,
    }
    return out;
}

// A tiny iCalendar reader: checks CRLF, unfolds (a line starting with a space or a tab continues
// the previous one; the octets are joined before UTF-8 decoding), splits NAME;PARAMS:VALUE.
QList<Property> parse(const QByteArray &data, QString *error)
{
    QList<Property> out;
    if (!data.endsWith("\r\n")) {
        *error = QStringLiteral("does not end with CRLF");
        return out;
    }
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data.at(i) == '\n' && (i == 0 || data.at(i - 1) != '\r')) {
            *error = QStringLiteral("bare LF at %1").arg(i);
            return out;
        }
    }
    QList<QByteArray> logical;
    const QList<QByteArray> physical = data.left(data.size() - 2).split('\n');
    for (QByteArray line : physical) {
        if (line.endsWith('\r'))
            line.chop(1);
        if ((line.startsWith(' ') || line.startsWith('\t')) && !logical.isEmpty())
            logical.last() += line.mid(1);
        else
            logical.append(line);
    }
    for (const QByteArray &raw : std::as_const(logical)) {
        QStringDecoder decode(QStringDecoder::Utf8);
        const QString line = decode(raw);
        if (decode.hasError()) {
            *error = QStringLiteral("invalid UTF-8 after unfolding");
            return out;
        }
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0) {
            *error = QStringLiteral("no name in: ") + line;
            return out;
        }
        const QString head = line.left(colon);
        const qsizetype semi = head.indexOf(u';');
        out.append({semi < 0 ? head : head.left(semi), semi < 0 ? QString() : head.mid(semi + 1), line.mid(colon + 1)});
    }
    return out;
}

QString valueOf(const QList<Property> &props, const QString &name, int nth = 0)
{
    for (const Property &p : props) {
        if (p.name == name && nth-- == 0)
            return p.value;
    }
    return {};
}

int countOf(const QList<Property> &props, const QString &name, const QString &value)
{
    int n = 0;
    for (const Property &p : props)
        n += p.name == name && p.value == value ? 1 : 0;
    return n;
}

QList<QByteArray> physicalLines(const QByteArray &data)
{
    QList<QByteArray> lines = data.split('\n');
    lines.removeLast(); // after the final CRLF
    for (QByteArray &l : lines)
        l.chop(1); // '\r'
    return lines;
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decode(QStringDecoder::Utf8);
    const QString s = decode(bytes);
    Q_UNUSED(s)
    return !decode.hasError();
}

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

ICalEvent sampleEvent()
{
    ICalEvent e;
    e.id = QStringLiteral("7d1c4a8e-2f3b-4c5d-8e9f-0a1b2c3d4e5f");
    e.title = QStringLiteral("Présentation télésurveillance; devis, option vidéo");
    e.start = utc(2026, 12, 1, 9, 0);
    e.end = utc(2026, 12, 1, 10, 30);
    e.location = QStringLiteral("12, rue de la République, 69002 Lyon");
    e.notes = QStringLiteral("Apporter la plaquette \\ tarifs 2027.\nDemander le plan des locaux ; "
                             "accès par le quai de chargement, badge à l'accueil. 🔐 Alarme NF&A2P type 2 souhaitée.");
    e.prospectName = QStringLiteral("Bijouterie Lefèvre & Fils");
    e.prospectPhone = QStringLiteral("+33472000000");
    e.status = QStringLiteral("planifie");
    e.created = utc(2026, 11, 20, 8, 15);
    e.lastModified = utc(2026, 11, 25, 16, 42);
    e.reminderMinutes = 30;
    return e;
}

} // namespace

class TestICalendar : public QObject
{
    Q_OBJECT

private slots:
    void escaping_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << QStringLiteral("Rendez-vous") << QStringLiteral("Rendez-vous");
        QTest::newRow("comma") << QStringLiteral("Lyon, France") << QStringLiteral("Lyon\\, France");
        QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("a\\;b");
        QTest::newRow("backslash") << QStringLiteral("C:\\devis") << QStringLiteral("C:\\\\devis");
        QTest::newRow("newline") << QStringLiteral("ligne 1\nligne 2") << QStringLiteral("ligne 1\\nligne 2");
        QTest::newRow("crlf is one break") << QStringLiteral("a\r\nb\rc") << QStringLiteral("a\\nb\\nc");
        QTest::newRow("colon kept") << QStringLiteral("10:30") << QStringLiteral("10:30");
        QTest::newRow("all") << QStringLiteral("\\;,\n") << QStringLiteral("\\\\\\;\\,\\n");
        QTest::newRow("accents") << QStringLiteral("Société Générale — Orléans")
                                 << QStringLiteral("Société Générale — Orléans");
    }

    void escaping()
    {
        QFETCH(QString, input);
        QFETCH(QString, escaped);
        QCOMPARE(escapeICalText(input), escaped);
        QCOMPARE(unescapeText(escapeICalText(input)), QString(input).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n'));
    }

    void dateTimesAreUtc()
    {
        QCOMPARE(iCalDateTime(utc(2026, 12, 1, 9, 0)), QByteArray("20261201T090000Z"));
        // A time with an offset is converted: 10:00 at UTC+1 is 09:00Z.
        const QDateTime paris(QDate(2026, 12, 1), QTime(10, 0), Qt::OffsetFromUTC, 3600);
        QCOMPARE(iCalDateTime(paris), QByteArray("20261201T090000Z"));
    }

    void shortLinesAreNotFolded()
    {
        QCOMPARE(foldICalLine("SUMMARY:Visite"), QByteArray("SUMMARY:Visite\r\n"));
        const QByteArray exactly75(75, 'x');
        QCOMPARE(foldICalLine(exactly75), exactly75 + "\r\n");
    }

    void asciiFoldsAt75Octets()
    {
        const QByteArray line = "DESCRIPTION:" + QByteArray(300, 'a');
        const QByteArray folded = foldICalLine(line);
        const QList<QByteArray> lines = physicalLines(folded);
        QVERIFY(lines.size() > 1);
        QCOMPARE(lines.first().size(), 75);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            QVERIFY(lines.at(i).startsWith(' '));
            QVERIFY(lines.at(i).size() <= 75);
            if (i + 1 < lines.size())
                QCOMPARE(lines.at(i).size(), 75); // a space and 74 octets
        }
        QByteArray joined = lines.first();
        for (qsizetype i = 1; i < lines.size(); ++i)
            joined += lines.at(i).mid(1);
        QCOMPARE(joined, line);
    }

    void foldingNeverSplitsUtf8_data()
    {
        QTest::addColumn<QString>("text");
        // "SUMMARY:" is 8 octets: 66 ASCII letters put the 2-octet "é" across octet 75.
        QTest::newRow("accent across the boundary") << QString(QString(66, u'a') + QStringLiteral("éèàç") + QString(80, u'b'));
        QTest::newRow("accents only") << QString(200, QChar(0xE9));
        QTest::newRow("euro signs (3 octets)") << QString(100, QChar(0x20AC));
        QTest::newRow("emoji (4 octets)") << QString(QStringLiteral("Réunion 🔐🚨📹") + QString(QStringLiteral("🔐")).repeated(60));
        for (int shift = 0; shift < 4; ++shift)
            QTest::newRow(qPrintable(QStringLiteral("emoji shifted %1").arg(shift)))
                << QString(QString(shift + 64, u'x') + QString(QStringLiteral("😀é")).repeated(30));
    }

    void foldingNeverSplitsUtf8()
    {
        QFETCH(QString, text);
        const QByteArray line = "SUMMARY:" + text.toUtf8();
        const QByteArray folded = foldICalLine(line);
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> lines = physicalLines(folded);
        QVERIFY(lines.size() > 1);
        QByteArray joined;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QByteArray &l = lines.at(i);
            QVERIFY2(l.size() <= 75, qPrintable(QStringLiteral("line %1 has %2 octets").arg(i).arg(l.size())));
            QVERIFY2(isValidUtf8(l), qPrintable(QStringLiteral("line %1 cut inside a UTF-8 sequence").arg(i)));
            // Lines are filled: the next character would not have fitted.
            if (i + 1 < lines.size()) {
                const QByteArray next = lines.at(i + 1).mid(1);
                int charLen = 1;
                const auto lead = static_cast<unsigned char>(next.at(0));
                if (lead >= 0xF0)
                    charLen = 4;
                else if (lead >= 0xE0)
                    charLen = 3;
                else if (lead >= 0xC0)
                    charLen = 2;
                QVERIFY(l.size() + charLen > 75);
            }
            joined += i == 0 ? l : l.mid(1);
        }
        QCOMPARE(joined, line);
        QCOMPARE(QString::fromUtf8(joined.mid(8)), text);
    }

    void calendarStructureAndCrlf()
    {
        ICalEvent second = sampleEvent();
        second.id = QStringLiteral("second");
        second.reminderMinutes.reset();
        second.status = QStringLiteral("annule");
        const QByteArray ics = writeICalendar({sampleEvent(), second}, utc(2026, 11, 30, 12, 0));
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QVERIFY(!ics.contains("\r\r"));
        for (const QByteArray &l : physicalLines(ics))
            QVERIFY(l.size() <= 75);
        QString error;
        const QList<Property> props = parse(ics, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(valueOf(props, QStringLiteral("VERSION")), QStringLiteral("2.0"));
        QCOMPARE(valueOf(props, QStringLiteral("CALSCALE")), QStringLiteral("GREGORIAN"));
        QCOMPARE(valueOf(props, QStringLiteral("METHOD")), QStringLiteral("PUBLISH"));
        QVERIFY(!valueOf(props, QStringLiteral("PRODID")).isEmpty());
        QCOMPARE(countOf(props, QStringLiteral("BEGIN"), QStringLiteral("VEVENT")), 2);
        QCOMPARE(countOf(props, QStringLiteral("END"), QStringLiteral("VEVENT")), 2);
        QCOMPARE(valueOf(props, QStringLiteral("DTSTAMP")), QStringLiteral("20261130T120000Z"));
        QCOMPARE(valueOf(props, QStringLiteral("UID"), 1), QStringLiteral("second@hector"));
    }

    void alarmAndStatus()
    {
        ICalEvent e = sampleEvent();
        QString error;
        QList<Property> props = parse(writeICalendar({e}, utc(2026, 11, 30, 12, 0)), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(valueOf(props, QStringLiteral("STATUS")), QStringLiteral("CONFIRMED"));
        QCOMPARE(countOf(props, QStringLiteral("BEGIN"), QStringLiteral("VALARM")), 1);
        QCOMPARE(valueOf(props, QStringLiteral("ACTION")), QStringLiteral("DISPLAY"));
        QCOMPARE(valueOf(props, QStringLiteral("TRIGGER")), QStringLiteral("-PT30M"));

        e.reminderMinutes = 1440;
        e.status = QStringLiteral("effectue");
        props = parse(writeICalendar({e}, utc(2026, 11, 30, 12, 0)), &error);
        QCOMPARE(valueOf(props, QStringLiteral("TRIGGER")), QStringLiteral("-PT1440M"));
        QCOMPARE(valueOf(props, QStringLiteral("STATUS")), QStringLiteral("CONFIRMED"));

        e.reminderMinutes.reset();
        e.status = QStringLiteral("annule");
        props = parse(writeICalendar({e}, utc(2026, 11, 30, 12, 0)), &error);
        QCOMPARE(valueOf(props, QStringLiteral("STATUS")), QStringLiteral("CANCELLED"));
        QCOMPARE(countOf(props, QStringLiteral("BEGIN"), QStringLiteral("VALARM")), 0);
        QVERIFY(valueOf(props, QStringLiteral("TRIGGER")).isEmpty());
    }

    void roundTrip()
    {
        const ICalEvent e = sampleEvent();
        const QByteArray ics = writeICalendar({e}, utc(2026, 11, 30, 12, 0));
        // The long description is folded, and the folding does not change what is read back.
        QVERIFY(ics.contains("\r\n "));
        QString error;
        const QList<Property> props = parse(ics, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(valueOf(props, QStringLiteral("UID")), e.id + QStringLiteral("@hector"));
        QCOMPARE(valueOf(props, QStringLiteral("DTSTART")), QStringLiteral("20261201T090000Z"));
        QCOMPARE(valueOf(props, QStringLiteral("DTEND")), QStringLiteral("20261201T103000Z"));
        QCOMPARE(valueOf(props, QStringLiteral("CREATED")), QStringLiteral("20261120T081500Z"));
        QCOMPARE(valueOf(props, QStringLiteral("LAST-MODIFIED")), QStringLiteral("20261125T164200Z"));
        QCOMPARE(unescapeText(valueOf(props, QStringLiteral("SUMMARY"))), e.title);
        QCOMPARE(unescapeText(valueOf(props, QStringLiteral("LOCATION"))), e.location);
        const QString description = unescapeText(valueOf(props, QStringLiteral("DESCRIPTION")));
        QCOMPARE(description, iCalDescription(e));
        QVERIFY(description.startsWith(e.notes));
        QVERIFY(description.contains(QStringLiteral("Bijouterie Lefèvre & Fils")));
        QVERIFY(description.contains(QStringLiteral("+33472000000")));
        // The alarm's own DESCRIPTION comes second.
        QCOMPARE(unescapeText(valueOf(props, QStringLiteral("DESCRIPTION"), 1)), e.title);
    }

    void emptyOptionalFields()
    {
        ICalEvent e;
        e.id = QStringLiteral("x");
        e.title = QStringLiteral("Appel");
        e.start = utc(2026, 12, 2, 14, 0);
        e.status = QStringLiteral("planifie");
        QString error;
        const QList<Property> props = parse(writeICalendar({e}, utc(2026, 11, 30, 12, 0)), &error);
        QVERIFY(error.isEmpty());
        QVERIFY(valueOf(props, QStringLiteral("LOCATION")).isEmpty());
        QVERIFY(valueOf(props, QStringLiteral("DESCRIPTION")).isEmpty());
        // Without an end, the event ends when it starts.
        QCOMPARE(valueOf(props, QStringLiteral("DTEND")), QStringLiteral("20261202T140000Z"));
        const QByteArray none = writeICalendar({}, utc(2026, 11, 30, 12, 0));
        QVERIFY(parse(none, &error).size() >= 6);
        QVERIFY(!none.contains("VEVENT"));
    }
};

QTEST_GUILESS_MAIN(TestICalendar)
#include "tst_icalendar.moc"
