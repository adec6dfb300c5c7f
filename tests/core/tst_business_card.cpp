#include "core/crm/BusinessCard.h"

#include <QJsonObject>
#include <QTest>

using namespace hector::crm;

// Business card text -> fields (core/crm/BusinessCard): French, Belgian and Luxembourgish cards,
// with and without labels, with OCR noise.
class TestBusinessCard : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("hint");
        QTest::addColumn<QJsonObject>("expected"); // members of BusinessCardFields::toJson()

        auto o = [](std::initializer_list<std::pair<const char *, const char *>> pairs) {
            QJsonObject obj;
            for (const auto &[k, v] : pairs)
                obj.insert(QLatin1String(k), QString::fromUtf8(v));
            return obj;
        };

        QTest::newRow("fr classic")
            << QStringLiteral("SÉCURITÉ DUPONT SAS\nJean Dupont\nDirecteur commercial\n12 rue de la Paix\n75002 Paris\n"
                              "Tél. 01 42 68 53 00\nMob. 06 12 34 56 78\njean.dupont@securite-dupont.fr\nwww.securite-dupont.fr")
            << QStringLiteral("FR")
            << o({{"company", "SÉCURITÉ DUPONT SAS"}, {"fullName", "Jean Dupont"}, {"firstName", "Jean"}, {"lastName", "Dupont"},
                  {"title", "Directeur commercial"}, {"street", "12 rue de la Paix"}, {"postcode", "75002"}, {"city", "Paris"},
                  {"countryCode", "FR"}, {"landlinePhone", "+33142685300"}, {"mobilePhone", "+33612345678"},
                  {"email", "jean.dupont@securite-dupont.fr"}, {"website", "www.securite-dupont.fr"}});

        QTest::newRow("fr name upper first, same-line address, labels with colon")
            << QStringLiteral("MARTIN Sophie\nResponsable des achats\nAcme Protection SARL\n"
                              "45, avenue Jean Jaurès, 69007 LYON\nT : +33 (0)4 78 12 34 56\nP : +33 (0)6 98 76 54 32\n"
                              "E-mail : s.martin@acme-protection.fr")
            << QStringLiteral("FR")
            << o({{"fullName", "MARTIN Sophie"}, {"lastName", "MARTIN"}, {"firstName", "Sophie"},
                  {"title", "Responsable des achats"}, {"company", "Acme Protection SARL"}, {"street", "45, avenue Jean Jaurès"},
                  {"postcode", "69007"}, {"city", "Lyon"}, {"countryCode", "FR"}, {"landlinePhone", "+33478123456"},
                  {"mobilePhone", "+33698765432"}, {"email", "s.martin@acme-protection.fr"}});

        QTest::newRow("fr ocr noise: O for 0, l for 1, spaces in email")
            << QStringLiteral("Gardiennage Rhône-Alpes\nPierre Lefèvre\nGérant\nZI des Vignes\nF-38OOO Grenoble\n"
                              "Tel O4 76 l2 34 56\nPortable 06.l1.22.33.44\npierre.lefevre @ gardiennage-ra .fr")
            << QStringLiteral("FR")
            << o({{"company", "Gardiennage Rhône-Alpes"}, {"fullName", "Pierre Lefèvre"}, {"firstName", "Pierre"},
                  {"lastName", "Lefèvre"}, {"title", "Gérant"}, {"street", "ZI des Vignes"}, {"postcode", "38000"},
                  {"city", "Grenoble"}, {"countryCode", "FR"}, {"landlinePhone", "+33476123456"},
                  {"mobilePhone", "+33611223344"}, {"email", "pierre.lefevre@gardiennage-ra.fr"}});

        QTest::newRow("fr fax ignored as phone, cedex")
            << QStringLiteral("Claire Bernard\nAssistante de direction\nBernard & Fils\n3 boulevard Haussmann\n75009 PARIS CEDEX 09\n"
                              "Tél : 01 44 55 66 77 - Fax : 01 44 55 66 78\ncontact@bernard-fils.fr")
            << QStringLiteral("FR")
            << o({{"fullName", "Claire Bernard"}, {"firstName", "Claire"}, {"lastName", "Bernard"},
                  {"title", "Assistante de direction"}, {"company", "Bernard & Fils"}, {"street", "3 boulevard Haussmann"},
                  {"postcode", "75009"}, {"city", "Paris"}, {"countryCode", "FR"}, {"landlinePhone", "+33144556677"},
                  {"fax", "+33144556678"}, {"email", "contact@bernard-fils.fr"}});

        QTest::newRow("be brussels with B- prefix and +32")
            << QStringLiteral("Securitas Benelux SA\nLuc Janssens\nAccount Manager\nChaussée de Louvain 432\nB-1030 Bruxelles\n"
                              "T +32 2 511 12 34\nM +32 470 12 34 56\nluc.janssens@securitas-benelux.be")
            << QStringLiteral("FR")
            << o({{"company", "Securitas Benelux SA"}, {"fullName", "Luc Janssens"}, {"firstName", "Luc"},
                  {"lastName", "Janssens"}, {"title", "Account Manager"}, {"street", "Chaussée de Louvain 432"},
                  {"postcode", "1030"}, {"city", "Bruxelles"}, {"countryCode", "BE"}, {"landlinePhone", "+3225111234"},
                  {"mobilePhone", "+32470123456"}, {"email", "luc.janssens@securitas-benelux.be"}});

        QTest::newRow("be national numbers, 4-digit postcode, country line")
            << QStringLiteral("Anne Dubois\nConseillère en sécurité\nAlarmes Liégeoises SPRL\nRue Saint-Gilles 58\n4000 Liège\n"
                              "Belgique\nGSM 0475 98 76 54\nTél. 04 223 45 67\nwww.alarmes-liegeoises.be")
            << QStringLiteral("FR")
            << o({{"fullName", "Anne Dubois"}, {"firstName", "Anne"}, {"lastName", "Dubois"},
                  {"title", "Conseillère en sécurité"}, {"company", "Alarmes Liégeoises SPRL"}, {"street", "Rue Saint-Gilles 58"},
                  {"postcode", "4000"}, {"city", "Liège"}, {"countryCode", "BE"}, {"mobilePhone", "+32475987654"},
                  {"landlinePhone", "+3242234567"}, {"website", "www.alarmes-liegeoises.be"}});

        QTest::newRow("lu with L- prefix")
            << QStringLiteral("G4S Luxembourg S.à r.l.\nMarc Weber\nHead of Sales\n14, route d'Esch\nL-1470 Luxembourg\n"
                              "Tél. +352 26 12 34 56\nMobile +352 621 123 456\nmarc.weber@g4s-lux.lu")
            << QStringLiteral("FR")
            << o({{"company", "G4S Luxembourg S.à r.l."}, {"fullName", "Marc Weber"}, {"firstName", "Marc"},
                  {"lastName", "Weber"}, {"title", "Head of Sales"}, {"street", "14, route d'Esch"}, {"postcode", "1470"},
                  {"city", "Luxembourg"}, {"countryCode", "LU"}, {"landlinePhone", "+35226123456"},
                  {"mobilePhone", "+352621123456"}, {"email", "marc.weber@g4s-lux.lu"}});

        QTest::newRow("lu national numbers with LU hint")
            << QStringLiteral("Sophie Muller\nGérante\nMuller Sécurité Sàrl\n2, rue du Fort\n3450 Dudelange\n"
                              "Tél 51 23 45\nGSM 691 234 567\ns.muller@muller-securite.lu")
            << QStringLiteral("LU")
            << o({{"fullName", "Sophie Muller"}, {"firstName", "Sophie"}, {"lastName", "Muller"}, {"title", "Gérante"},
                  {"company", "Muller Sécurité Sàrl"}, {"street", "2, rue du Fort"}, {"postcode", "3450"},
                  {"city", "Dudelange"}, {"countryCode", "LU"}, {"landlinePhone", "+352512345"},
                  {"mobilePhone", "+352691234567"}, {"email", "s.muller@muller-securite.lu"}});

        QTest::newRow("unlabelled numbers sorted by type, name particle")
            << QStringLiteral("Marie de la Tour\nPrésidente\nTour Conseil\n06 70 80 90 10\n05 56 44 33 22\n"
                              "marie@tourconseil.fr\n8 allée des Pins 33000 Bordeaux")
            << QStringLiteral("FR")
            << o({{"fullName", "Marie de la Tour"}, {"firstName", "Marie"}, {"lastName", "de la Tour"}, {"title", "Présidente"},
                  {"company", "Tour Conseil"}, {"mobilePhone", "+33670809010"}, {"landlinePhone", "+33556443322"},
                  {"email", "marie@tourconseil.fr"}, {"street", "8 allée des Pins"}, {"postcode", "33000"},
                  {"city", "Bordeaux"}, {"countryCode", "FR"}});

        QTest::newRow("siret line is not a phone, copyright sign for @")
            << QStringLiteral("TECHNI-ALARME\nThomas Petit\nTechnicien\n27 rue Nationale\n59000 Lille\n06 11 22 33 44\n"
                              "thomas.petit©techni-alarme.com\nSIRET 732 829 320 00074")
            << QStringLiteral("FR")
            << o({{"company", "TECHNI-ALARME"}, {"fullName", "Thomas Petit"}, {"firstName", "Thomas"}, {"lastName", "Petit"},
                  {"title", "Technicien"}, {"street", "27 rue Nationale"}, {"postcode", "59000"}, {"city", "Lille"},
                  {"countryCode", "FR"}, {"mobilePhone", "+33611223344"}, {"email", "thomas.petit@techni-alarme.com"}});

        QTest::newRow("no address, number tells the country")
            << QStringLiteral("Julien Lambert\nChef de projet\nNamur Protect\n+32 81 22 33 44\njulien.lambert@namurprotect.be")
            << QStringLiteral("FR")
            << o({{"fullName", "Julien Lambert"}, {"firstName", "Julien"}, {"lastName", "Lambert"}, {"title", "Chef de projet"},
                  {"company", "Namur Protect"}, {"landlinePhone", "+3281223344"}, {"countryCode", "BE"},
                  {"email", "julien.lambert@namurprotect.be"}});
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, hint);
        QFETCH(QJsonObject, expected);
        const BusinessCardFields fields = parseBusinessCardText(text, hint);
        const QJsonObject actual = fields.toJson();
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QCOMPARE(actual.value(it.key()).toString() + QStringLiteral(" <- ") + it.key(),
                     it.value().toString() + QStringLiteral(" <- ") + it.key());
        // Nothing invented: every member found is expected (otherPhones aside).
        for (auto it = actual.begin(); it != actual.end(); ++it) {
            if (it.key() != QLatin1String("otherPhones"))
                QVERIFY2(expected.contains(it.key()), qPrintable(QStringLiteral("unexpected %1 = %2").arg(it.key(), it.value().toString())));
        }
    }

    void emptyAndGarbage()
    {
        QVERIFY(parseBusinessCardText(QString()).isEmpty());
        const BusinessCardFields f = parseBusinessCardText(QStringLiteral("~~~ |||\n@@@\n12"));
        QVERIFY(f.email.isEmpty());
        QVERIFY(f.mobilePhone.isEmpty() && f.landlinePhone.isEmpty());
        QVERIFY(f.postcode.isEmpty());
    }

    void normalize()
    {
        BusinessCardFields raw;
        raw.fullName = QStringLiteral("  Jean   DUPONT ");
        raw.email = QStringLiteral("Jean.Dupont @Exemple.FR");
        raw.mobilePhone = QStringLiteral("O6 12 34 56 78");
        raw.landlinePhone = QStringLiteral("06 99 88 77 66"); // a mobile given as landline: goes to others
        raw.postcode = QStringLiteral("L-1470");
        raw.city = QStringLiteral("Luxembourg");
        raw.website = QStringLiteral("https://www.exemple.lu/contact");
        raw.otherPhones = {QStringLiteral("pas un numéro")};
        const BusinessCardFields f = normalizeBusinessCard(raw, QStringLiteral("FR"));
        QCOMPARE(f.fullName, QStringLiteral("Jean DUPONT"));
        QCOMPARE(f.firstName, QStringLiteral("Jean"));
        QCOMPARE(f.lastName, QStringLiteral("DUPONT"));
        QCOMPARE(f.email, QStringLiteral("jean.dupont@exemple.fr"));
        QCOMPARE(f.postcode, QStringLiteral("1470"));
        QCOMPARE(f.countryCode, QStringLiteral("LU"));
        QCOMPARE(f.website, QStringLiteral("www.exemple.lu"));
        QCOMPARE(f.mobilePhone, QStringLiteral("+33612345678"));
        QCOMPARE(f.otherPhones, QStringList{QStringLiteral("+33699887766")});
        QVERIFY(f.landlinePhone.isEmpty());

        BusinessCardFields bad;
        bad.email = QStringLiteral("pas-une-adresse");
        bad.postcode = QStringLiteral("99999");
        bad.countryCode = QStringLiteral("FR");
        bad.mobilePhone = QStringLiteral("12");
        const BusinessCardFields g = normalizeBusinessCard(bad);
        QVERIFY(g.email.isEmpty());
        QVERIFY(g.postcode.isEmpty());
        QVERIFY(g.mobilePhone.isEmpty());
    }

    void jsonRoundTripAndProspectColumns()
    {
        const BusinessCardFields f = parseBusinessCardText(
            QStringLiteral("Acme SAS\nJean Dupont\nGérant\n1 rue Haute\n67000 Strasbourg\nTél. 03 88 11 22 33\njean@acme.fr"));
        QCOMPARE(BusinessCardFields::fromJson(f.toJson()), f);
        const QJsonObject columns = f.toProspectColumns();
        QCOMPARE(columns.value(QLatin1String("company_name")).toString(), QStringLiteral("Acme SAS"));
        QCOMPARE(columns.value(QLatin1String("contact_name")).toString(), QStringLiteral("Jean Dupont"));
        QCOMPARE(columns.value(QLatin1String("contact_title")).toString(), QStringLiteral("Gérant"));
        QCOMPARE(columns.value(QLatin1String("phone")).toString(), QStringLiteral("+33388112233"));
        QCOMPARE(columns.value(QLatin1String("address")).toString(), QStringLiteral("1 rue Haute"));
        QCOMPARE(columns.value(QLatin1String("postcode")).toString(), QStringLiteral("67000"));
        QCOMPARE(columns.value(QLatin1String("country_code")).toString(), QStringLiteral("FR"));
        QVERIFY(!columns.contains(QLatin1String("mobile_phone")));
    }
};

QTEST_APPLESS_MAIN(TestBusinessCard)
#include "tst_business_card.moc"
