// The streaming CSV reader, encoding / delimiter detection and the conversion of imported lines
// (issue #8) on the corpus of tests/data/csv.
#include "core/csv/CsvReader.h"
#include "core/csv/CsvWriter.h"
#include "core/csv/ProspectImport.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hector;
using namespace hector::csv;
using namespace Qt::StringLiterals;

namespace {
QString corpus(const char *name)
{
    return QStringLiteral(HECTOR_CSV_CORPUS "/") + QString::fromLatin1(name);
}

QList<QStringList> readAll(const QString &path, CsvFormat *formatOut = nullptr, QStringList *errors = nullptr)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const CsvFormat format = detectFormat(&f);
    if (formatOut)
        *formatOut = format;
    CsvReader reader(&f, format);
    QList<QStringList> out;
    QStringList record;
    while (reader.readRecord(record)) {
        out << record;
        if (errors)
            *errors << reader.recordError();
    }
    return out;
}

QList<QStringList> readBytes(const QByteArray &bytes, QChar delimiter = u';', Encoding enc = Encoding::Utf8)
{
    QBuffer b;
    b.setData(bytes);
    b.open(QIODevice::ReadOnly);
    CsvFormat format;
    format.encoding = enc;
    format.delimiter = delimiter;
    CsvReader reader(&b, format);
    QList<QStringList> out;
    QStringList record;
    while (reader.readRecord(record))
        out << record;
    return out;
}

ImportContext context()
{
    ImportContext ctx;
    ctx.entities = {{QStringLiteral("11111111-1111-1111-1111-111111111111"), QStringLiteral("FR"), 0},
                    {QStringLiteral("22222222-2222-2222-2222-222222222222"), QStringLiteral("LU"), 0},
                    {QStringLiteral("33333333-3333-3333-3333-333333333333"), QStringLiteral("BE"), 0}};
    ctx.preferredEntityId = QStringLiteral("11111111-1111-1111-1111-111111111111");
    ctx.ownerId = QStringLiteral("44444444-4444-4444-4444-444444444444");
    return ctx;
}
} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void utf8Semicolon()
    {
        CsvFormat format;
        const auto rows = readAll(corpus("prospects_utf8_semicolon.csv"), &format);
        QCOMPARE(format.encoding, Encoding::Utf8);
        QVERIFY(!format.byteOrderMark);
        QCOMPARE(format.delimiter, QChar(u';'));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0].first(), QStringLiteral("Raison sociale"));
        QCOMPARE(rows[0].size(), 8);
        QCOMPARE(rows[1][2], QStringLiteral("12, rue de la Paix"));
        QCOMPARE(rows[2][0], QStringLiteral("Alarmes \"Le Guet\" SARL"));
        QCOMPARE(rows[2][2], QStringLiteral("3 place du Marché\nBâtiment B")); // CRLF inside quotes -> LF
        QCOMPARE(rows[2][7], QStringLiteral("Martin; Claire"));
        QCOMPARE(rows[3][0], QStringLiteral("Œuvres Sûreté Lorraine"));
        for (const QStringList &r : rows)
            QCOMPARE(r.size(), 8);
    }

    void utf8BomComma()
    {
        CsvFormat format;
        const auto rows = readAll(corpus("prospects_utf8_bom_comma.csv"), &format);
        QCOMPARE(format.encoding, Encoding::Utf8);
        QVERIFY(format.byteOrderMark);
        QCOMPARE(format.delimiter, QChar(u','));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0][0], QStringLiteral("Company")); // no BOM left in the first header
        QCOMPARE(rows[2][3], QStringLiteral("L-1234"));
        QCOMPARE(rows[2][7], QStringLiteral("Anne Weber")); // last line without line end
        QCOMPARE(encodingLabel(format.encoding, format.byteOrderMark), QStringLiteral("UTF-8 (BOM)"));
    }

    void windows1252Tab()
    {
        CsvFormat format;
        const auto rows = readAll(corpus("prospects_cp1252_tab.csv"), &format);
        QCOMPARE(format.encoding, Encoding::Windows1252);
        QCOMPARE(format.delimiter, QChar(u'\t'));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0][0], QStringLiteral("Société"));
        QCOMPARE(rows[1][0], QStringLiteral("Café Sécurité € Œil"));
        QCOMPARE(rows[1][4], QStringLiteral("Directeur’s office"));
        QCOMPARE(rows[2][0], QStringLiteral("Cœur de Ville Télésurveillance"));
        QCOMPARE(rows[2][5], QStringLiteral("« très » intéressé"));
    }

    void windows1252Table()
    {
        // Not Latin-1: the 0x80-0x9F range.
        QCOMPARE(decodeWindows1252("\x80\x8C\x92\x9C\x85\x96"), QStringLiteral("€Œ’œ…–"));
        QCOMPARE(decodeWindows1252("\x81"), QString(QChar(0xFFFD)));
        QCOMPARE(decodeWindows1252("\xE9\xE8\xE0\xFF"), QStringLiteral("éèàÿ"));
    }

    void quotingRules_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<QStringList>>("expected");
        QTest::newRow("doubled quotes") << QByteArray("a;\"b \"\"c\"\"\";d\n")
                                        << QList<QStringList>{{u"a"_s, u"b \"c\""_s, u"d"_s}};
        QTest::newRow("empty fields") << QByteArray(";;\n") << QList<QStringList>{{u""_s, u""_s, u""_s}};
        QTest::newRow("empty quoted") << QByteArray("\"\";x\r\n") << QList<QStringList>{{u""_s, u"x"_s}};
        QTest::newRow("LF in quotes") << QByteArray("\"a\nb\";c\nd;e") << QList<QStringList>{{u"a\nb"_s, u"c"_s}, {u"d"_s, u"e"_s}};
        QTest::newRow("CR only") << QByteArray("a;b\rc;d\r") << QList<QStringList>{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
        QTest::newRow("blank lines skipped") << QByteArray("a\r\n\r\n\nb\n") << QList<QStringList>{{u"a"_s}, {u"b"_s}};
        QTest::newRow("quote inside unquoted") << QByteArray("5\" pipe;x\n") << QList<QStringList>{{u"5\" pipe"_s, u"x"_s}};
        QTest::newRow("text after closing quote") << QByteArray("\"ab\"cd;x\n") << QList<QStringList>{{u"abcd"_s, u"x"_s}};
        QTest::newRow("trailing delimiter") << QByteArray("a;\n") << QList<QStringList>{{u"a"_s, u""_s}};
    }

    void quotingRules()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QList<QStringList>, expected);
        QCOMPARE(readBytes(bytes), expected);
    }

    void unclosedQuoteIsReportedNotCrashing()
    {
        QStringList errors;
        const auto rows = readAll(corpus("prospects_broken.csv"), nullptr, &errors);
        QVERIFY(rows.size() >= 9);
        QVERIFY(errors.last().contains(QStringLiteral("jamais refermé")));
        for (qsizetype i = 0; i + 1 < errors.size(); ++i)
            QVERIFY2(errors[i].isEmpty(), qPrintable(errors[i]));
    }

    void chunkBoundaries()
    {
        // A two-byte character, a CRLF and a quoted field straddle the 64 KiB chunks.
        for (int shift = 0; shift < 4; ++shift) {
            QByteArray bytes = "h1;h2\r\n";
            QList<QStringList> expected{{u"h1"_s, u"h2"_s}};
            while (bytes.size() < 3 * 65536) {
                const QByteArray pad(65536 - (bytes.size() % 65536) - 3 + shift, 'x');
                bytes += pad + "é;\"q\r\nz\"\r\n";
                expected << QStringList{QString::fromLatin1(pad) + QStringLiteral("é"), QStringLiteral("q\nz")};
            }
            QCOMPARE(readBytes(bytes), expected);
        }
    }

    void writerRoundTrip()
    {
        QBuffer b;
        b.open(QIODevice::WriteOnly);
        CsvWriter w(&b);
        QVERIFY(w.writeByteOrderMark());
        const QList<QStringList> rows{{u"a;b"_s, u"c\"d"_s, u"e\r\nf"_s}, {u""_s, u"g"_s, u"€"_s}};
        for (const QStringList &r : rows)
            QVERIFY(w.writeRow(r));
        b.close();
        const QByteArray data = b.data();
        const CsvFormat f = detectFormat(QByteArrayView(data));
        QVERIFY(f.byteOrderMark);
        QCOMPARE(f.delimiter, QChar(u';'));
        QBuffer in;
        in.setData(data);
        in.open(QIODevice::ReadOnly);
        CsvReader reader(&in, f);
        QList<QStringList> back;
        QStringList rec;
        while (reader.readRecord(rec))
            back << rec;
        QCOMPARE(back.size(), 2);
        QCOMPARE(back[0][2], QStringLiteral("e\nf"));
        QCOMPARE(back[1], rows[1]);
    }

    void delimiterDetection()
    {
        QCOMPARE(detectDelimiter(QStringLiteral("a,b,c\n1,2,3\n")), QChar(u','));
        QCOMPARE(detectDelimiter(QStringLiteral("a;b;c\n\"1,5\";2;3\n")), QChar(u';'));
        QCOMPARE(detectDelimiter(QStringLiteral("a\tb\n1,5\t2\n")), QChar(u'\t'));
        QCOMPARE(detectDelimiter(QStringLiteral("seul\n")), QChar(u';'));
    }

    void hundredThousandLinesStream()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            CsvWriter w(&f);
            QVERIFY(w.writeRow({QStringLiteral("Raison sociale"), QStringLiteral("Code postal"), QStringLiteral("Ville")}));
            for (int i = 0; i < 100000; ++i)
                QVERIFY(w.writeRow({QStringLiteral("Société %1").arg(i), QStringLiteral("750%1").arg(i % 20 + 10),
                                    QStringLiteral("Paris")}));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        CsvReader reader(&f, detectFormat(&f));
        QStringList rec;
        qint64 n = 0;
        QString last;
        while (reader.readRecord(rec)) {
            ++n;
            last = rec.first();
            if (n == 1000)
                QVERIFY(reader.bytesRead() < f.size()); // streaming: not read at once
        }
        QCOMPARE(n, 100001);
        QCOMPARE(last, QStringLiteral("Société 99999"));
        QCOMPARE(reader.bytesRead(), f.size());
    }

    void mapping()
    {
        const QStringList headers{QStringLiteral("Raison sociale"), QStringLiteral("CP"), QStringLiteral("Tél."),
                                  QStringLiteral("E-mail"), QStringLiteral("N° SIRET"), QStringLiteral("Zip"),
                                  QStringLiteral("Divers")};
        const QStringList m = autoMapping(headers);
        QCOMPARE(m, (QStringList{u"company_name"_s, u"postcode"_s, u"phone"_s, u"email"_s, u"siret"_s, u""_s, u""_s}));
        QCOMPARE(autoMapping({QStringLiteral("Company"), QStringLiteral("Postal code"), QStringLiteral("Mobile phone")}),
                 (QStringList{u"company_name"_s, u"postcode"_s, u"mobile_phone"_s}));
        QCOMPARE(headerSignature(headers), headerSignature({QStringLiteral("raison  SOCIALE"), QStringLiteral("cp"),
                                                            QStringLiteral("tel"), QStringLiteral("e mail"),
                                                            QStringLiteral("n siret"), QStringLiteral("zip"),
                                                            QStringLiteral("divers")}));
        QVERIFY(headerSignature(headers) != headerSignature(headers.mid(1)));
    }

    void convert()
    {
        const QStringList mapping{u"company_name"_s, u"siret"_s, u"address"_s, u"postcode"_s, u"city"_s, u"phone"_s, u"email"_s, u"contact_name"_s};
        const ConvertedRow ok = convertRecord({QStringLiteral(" Sécurité Dupont SAS "), QStringLiteral("401 234 562 00015"),
                                               QStringLiteral("12 rue"), QStringLiteral("75002"), QStringLiteral("Paris"),
                                               QStringLiteral("01 42 68 53 00"), QStringLiteral("Contact@Dupont.fr"),
                                               QString()},
                                              mapping, context(), 8);
        QVERIFY2(ok.ok(), qPrintable(ok.error));
        QCOMPARE(ok.fields.value(QStringLiteral("company_name")).toString(), QStringLiteral("Sécurité Dupont SAS"));
        QCOMPARE(ok.fields.value(QStringLiteral("siret")).toString(), QStringLiteral("40123456200015"));
        QCOMPARE(ok.fields.value(QStringLiteral("siren")).toString(), QStringLiteral("401234562"));
        QCOMPARE(ok.fields.value(QStringLiteral("phone")).toString(), QStringLiteral("+33142685300"));
        QCOMPARE(ok.fields.value(QStringLiteral("email")).toString(), QStringLiteral("contact@dupont.fr"));
        QCOMPARE(ok.fields.value(QStringLiteral("country_code")).toString(), QStringLiteral("FR"));
        QCOMPARE(ok.fields.value(QStringLiteral("status")).toString(), QStringLiteral("nouveau"));
        QCOMPARE(ok.fields.value(QStringLiteral("source")).toString(), QStringLiteral("import"));
        QCOMPARE(ok.fields.value(QStringLiteral("entity_id")).toString(), context().preferredEntityId);
        QVERIFY(!ok.fields.contains(QStringLiteral("contact_name"))); // empty cell: absent

        const QStringList m2{u"company_name"_s, u"postcode"_s, u"country_code"_s, u"phone"_s, u"revenue_eur"_s, u"status"_s};
        const ConvertedRow lu = convertRecord({QStringLiteral("Protect"), QStringLiteral("L-1234"), QString(),
                                               QStringLiteral("26 12 34 56"), QStringLiteral("1 200 000,00 €"),
                                               QStringLiteral("À qualifier")},
                                              m2, context());
        QVERIFY2(lu.ok(), qPrintable(lu.error));
        QCOMPARE(lu.fields.value(QStringLiteral("country_code")).toString(), QStringLiteral("LU"));
        QCOMPARE(lu.fields.value(QStringLiteral("entity_id")).toString(), QStringLiteral("22222222-2222-2222-2222-222222222222"));
        QCOMPARE(lu.fields.value(QStringLiteral("postcode")).toString(), QStringLiteral("1234"));
        QCOMPARE(lu.fields.value(QStringLiteral("phone")).toString(), QStringLiteral("+35226123456"));
        QCOMPARE(lu.fields.value(QStringLiteral("revenue_eur")).toDouble(), 1200000.0);
        QCOMPARE(lu.fields.value(QStringLiteral("status")).toString(), QStringLiteral("a_qualifier"));
        ImportContext frOnly = context();
        frOnly.entities = frOnly.entities.mid(0, 1);
        QVERIFY(!convertRecord({QStringLiteral("Protect"), QStringLiteral("L-1234"), {}, {}, {}, {}}, m2, frOnly).ok());
    }

    void brokenRowsGetReasons()
    {
        QFile f(corpus("prospects_broken.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        CsvReader reader(&f, detectFormat(&f));
        QStringList header;
        QVERIFY(reader.readRecord(header));
        const QStringList mapping = autoMapping(header);
        QStringList reasons;
        QStringList rec;
        while (reader.readRecord(rec)) {
            const ConvertedRow r = reader.recordError().isEmpty()
                                       ? convertRecord(rec, mapping, context(), header.size())
                                       : ConvertedRow{{}, reader.recordError(), {}};
            reasons << r.error;
        }
        QCOMPARE(reasons.size(), 9);
        QVERIFY(reasons[0].isEmpty());
        QVERIFY2(reasons[1].contains(QStringLiteral("10 champ(s) au lieu de 8")), qPrintable(reasons[1]));
        QVERIFY2(reasons[2].contains(QStringLiteral("2 champ(s) au lieu de 8")), qPrintable(reasons[2]));
        QVERIFY2(reasons[3].contains(QStringLiteral("raison sociale")), qPrintable(reasons[3]));
        QVERIFY2(reasons[4].contains(QStringLiteral("ABCDE")), qPrintable(reasons[4]));
        QVERIFY2(reasons[5].contains(QStringLiteral("SIRET")), qPrintable(reasons[5]));
        QVERIFY2(reasons[6].contains(QStringLiteral("12")), qPrintable(reasons[6]));
        QVERIFY2(reasons[7].contains(QStringLiteral("pas-un-mail")), qPrintable(reasons[7]));
        QVERIFY2(reasons[8].contains(QStringLiteral("jamais refermé")), qPrintable(reasons[8]));
    }

    void duplicates()
    {
        DuplicateIndex index;
        index.add(QStringLiteral("existing-1"),
                  duplicateKeys(QJsonObject{{u"siret"_s, u"40123456200015"_s}, {u"company_name"_s, u"Sécurité Dupont"_s},
                                            {u"postcode"_s, u"75002"_s}}));
        index.add(QStringLiteral("existing-2"),
                  duplicateKeys(QJsonObject{{u"company_name"_s, u"Les Gardiens du Sud"_s}, {u"postcode"_s, u"13008"_s}}));
        auto m = index.find(duplicateKeys(QJsonObject{{u"siret"_s, u"40123456200015"_s}}));
        QVERIFY(m);
        QCOMPARE(m->ref, QStringLiteral("existing-1"));
        QCOMPARE(m->matchedOn, (QStringList{u"siret"_s, u"siren"_s}));
        m = index.find(duplicateKeys(QJsonObject{{u"company_name"_s, u"LES GARDIENS DU SUD S.A.R.L."_s}, {u"postcode"_s, u"13 008"_s}}));
        QVERIFY(m);
        QCOMPARE(m->ref, QStringLiteral("existing-2"));
        QCOMPARE(m->matchedOn, QStringList{u"name"_s});
        QVERIFY(!index.find(duplicateKeys(QJsonObject{{u"company_name"_s, u"Les Gardiens du Sud"_s}, {u"postcode"_s, u"13009"_s}})));
        QCOMPARE(duplicateActionFromCode(QStringLiteral("update")), DuplicateAction::Update);
        QVERIFY(!duplicateActionFromCode(QStringLiteral("merge")));
        const QJsonObject upd = updateFromImport(QJsonObject{{u"company_name"_s, u"X"_s}, {u"status"_s, u"nouveau"_s}, {u"city"_s, u""_s},
                                                             {u"owner_id"_s, u"o"_s}, {u"phone"_s, u"+33142685300"_s}});
        QCOMPARE(upd, (QJsonObject{{u"company_name"_s, u"X"_s}, {u"phone"_s, u"+33142685300"_s}}));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csv_reader.moc"
