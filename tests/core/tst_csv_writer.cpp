// RFC 4180 CSV writer: exact bytes (BOM, « ; » separator, CRLF, quoting), errors of the device.
#include "core/csv/CsvWriter.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using hector::csv::CsvWriter;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void quoting_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Sécurité Dupont") << QStringLiteral("Sécurité Dupont");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("separator") << QStringLiteral("Lyon; 3e") << QStringLiteral("\"Lyon; 3e\"");
        QTest::newRow("quote") << QStringLiteral("Le \"Petit\" Café") << QStringLiteral("\"Le \"\"Petit\"\" Café\"");
        QTest::newRow("newline") << QStringLiteral("12 rue Nationale\nBât. B") << QStringLiteral("\"12 rue Nationale\nBât. B\"");
        QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("comma is not special") << QStringLiteral("Dupont, Fils") << QStringLiteral("Dupont, Fils");
        QTest::newRow("spaces kept") << QStringLiteral("  x  ") << QStringLiteral("  x  ");
    }

    void quoting()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::quoted(field), expected);
    }

    void formulasAreNeutralised_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"http://x\")") << QStringLiteral("'=HYPERLINK(\"http://x\")");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("plus formula") << QStringLiteral("+cmd|'/c calc'!A0") << QStringLiteral("'+cmd|'/c calc'!A0");
        QTest::newRow("minus formula") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("lone sign") << QStringLiteral("-") << QStringLiteral("'-");
        QTest::newRow("E.164 phone") << QStringLiteral("+33320000000") << QStringLiteral("+33320000000");
        QTest::newRow("negative amount") << QStringLiteral("-1 250,50") << QStringLiteral("-1 250,50");
        QTest::newRow("text") << QStringLiteral("Dupont = Durand") << QStringLiteral("Dupont = Durand");
    }

    void formulasAreNeutralised()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::neutralised(field), expected);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(&buffer);
        QVERIFY(writer.writeRow({field}));
        QCOMPARE(QString::fromUtf8(buffer.data()), CsvWriter::quoted(expected) + QStringLiteral("\r\n"));
        QBuffer raw;
        QVERIFY(raw.open(QIODevice::WriteOnly));
        CsvWriter programs(&raw);
        programs.setNeutraliseFormulas(false);
        QVERIFY(programs.writeRow({field}));
        QCOMPARE(QString::fromUtf8(raw.data()), CsvWriter::quoted(field) + QStringLiteral("\r\n"));
    }

    void exactBytes()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(&buffer);
        QVERIFY(writer.writeByteOrderMark());
        QVERIFY(writer.writeRow({QStringLiteral("Raison sociale"), QStringLiteral("Ville"), QStringLiteral("Note")}));
        QVERIFY(writer.writeRow({QStringLiteral("Boulangerie Lefèvre; Fils"), QStringLiteral("Orléans"),
                                 QStringLiteral("Dit \"urgent\"\nrappeler")}));
        QVERIFY(writer.writeRow({QString(), QStringLiteral("Lille"), QString()}));
        QCOMPARE(writer.rowsWritten(), 3);
        const QByteArray expected = QByteArrayLiteral("\xEF\xBB\xBF"
                                                      "Raison sociale;Ville;Note\r\n"
                                                      "\"Boulangerie Lef\xC3\xA8vre; Fils\";Orl\xC3\xA9" "ans;"
                                                      "\"Dit \"\"urgent\"\"\nrappeler\"\r\n"
                                                      ";Lille;\r\n");
        QCOMPARE(buffer.data(), expected);
    }

    void otherSeparator()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(&buffer, u',');
        QVERIFY(writer.writeRow({QStringLiteral("a,b"), QStringLiteral("c;d")}));
        QCOMPARE(buffer.data(), QByteArrayLiteral("\"a,b\",c;d\r\n"));
    }

    void failedDeviceIsReported()
    {
        QBuffer buffer; // not open
        CsvWriter writer(&buffer);
        QVERIFY(!writer.writeRow({QStringLiteral("x")}));
        QVERIFY(!writer.ok());
        QCOMPARE(writer.rowsWritten(), 0);
        QVERIFY(!writer.writeRow({QStringLiteral("y")})); // stays failed
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csv_writer.moc"
