#include "core/Roles.h"
#include "core/Validation.h"

#include <QSet>
#include <QTest>

using namespace hector;
using namespace hector::validation;

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void luhnValid_data();
    void luhnValid();
    void luhnCheckDigit_data();
    void luhnCheckDigit();
    void luhnCheckDigitCompletesAnyPrefix();

    void normalizeDigits_data();
    void normalizeDigits();

    void siren_data();
    void siren();
    void siret_data();
    void siret();
    void laPosteRuleMatchesDigitSum();

    void email_data();
    void email();
    void emailTooLong();
    void normalizeEmailAndDomain();
    void domainAllowList_data();
    void domainAllowList();

    void passwordPolicy_data();
    void passwordPolicy();
    void passwordPolicyError();

    void roleRoundTrip();
    void roleNamesAreStableAndUnique();
    void roleFromUnknownName_data();
    void roleFromUnknownName();
    void roleLabels_data();
    void roleLabels();
};

// ---------------------------------------------------------------------------------------------
// Luhn

void TestValidation::luhnValid_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<bool>("valid");

    QTest::newRow("EDF SIREN") << QStringLiteral("552081317") << true;
    QTest::newRow("EDF SIREN last digit +1") << QStringLiteral("552081318") << false;
    QTest::newRow("single zero") << QStringLiteral("0") << true;
    QTest::newRow("single non-zero") << QStringLiteral("5") << false;
    QTest::newRow("classic 79927398713") << QStringLiteral("79927398713") << true;
    QTest::newRow("classic 79927398710") << QStringLiteral("79927398710") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("letter inside") << QStringLiteral("55208A317") << false;
    QTest::newRow("space inside (not normalised)") << QStringLiteral("552 081 317") << false;
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0665\u0665\u0662") << false;
}

void TestValidation::luhnValid()
{
    QFETCH(QString, digits);
    QFETCH(bool, valid);
    QCOMPARE(validation::luhnValid(digits), valid);
}

void TestValidation::luhnCheckDigit_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QChar>("check");

    QTest::newRow("EDF") << QStringLiteral("55208131") << QChar(u'7');
    QTest::newRow("Google France") << QStringLiteral("44306184") << QChar(u'1');
    QTest::newRow("TotalEnergies") << QStringLiteral("54205118") << QChar(u'0');
    QTest::newRow("Orange") << QStringLiteral("38012986") << QChar(u'6');
    QTest::newRow("SIRET 73282932000074") << QStringLiteral("7328293200007") << QChar(u'4');
    QTest::newRow("SIRET 44306184100047") << QStringLiteral("4430618410004") << QChar(u'7');
    QTest::newRow("SIRET 55208131766522") << QStringLiteral("5520813176652") << QChar(u'2');
    QTest::newRow("La Poste SIREN") << QStringLiteral("35600000") << QChar(u'0');
    QTest::newRow("1234567") << QStringLiteral("1234567") << QChar(u'4');
    QTest::newRow("97") << QStringLiteral("97") << QChar(u'6');
    QTest::newRow("single zero") << QStringLiteral("0") << QChar(u'0');
    QTest::newRow("7992739871") << QStringLiteral("7992739871") << QChar(u'3');
}

void TestValidation::luhnCheckDigit()
{
    QFETCH(QString, prefix);
    QFETCH(QChar, check);
    QCOMPARE(validation::luhnCheckDigit(prefix), check);
    QVERIFY(validation::luhnValid(QString(prefix + check)));
}

void TestValidation::luhnCheckDigitCompletesAnyPrefix()
{
    // Exhaustive over all 4-digit prefixes: exactly one appended digit passes Luhn, and it is the
    // one luhnCheckDigit returns.
    for (int n = 0; n < 10000; ++n) {
        const QString prefix = QStringLiteral("%1").arg(n, 4, 10, QLatin1Char('0'));
        const QChar check = validation::luhnCheckDigit(prefix);
        QVERIFY2(check >= u'0' && check <= u'9', qPrintable(prefix));
        int passing = 0;
        for (char16_t d = u'0'; d <= u'9'; ++d) {
            if (validation::luhnValid(QString(prefix + QChar(d)))) {
                ++passing;
                QCOMPARE(QChar(d), check);
            }
        }
        QCOMPARE(passing, 1);
    }
}

// ---------------------------------------------------------------------------------------------
// normalizeDigits

void TestValidation::normalizeDigits_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringLiteral("552081317") << QStringLiteral("552081317");
    QTest::newRow("spaces") << QStringLiteral(" 552 081 317 ") << QStringLiteral("552081317");
    QTest::newRow("dots") << QStringLiteral("552.081.317") << QStringLiteral("552081317");
    QTest::newRow("dashes") << QStringLiteral("552-081-317") << QStringLiteral("552081317");
    QTest::newRow("nbsp") << QStringLiteral("552\u00A0081\u00A0317") << QStringLiteral("552081317");
    QTest::newRow("narrow nbsp") << QStringLiteral("552\u202F081\u202F317")
                                 << QStringLiteral("552081317");
    QTest::newRow("tab") << QStringLiteral("552\t081317") << QStringLiteral("552081317");
    QTest::newRow("letters kept") << QStringLiteral("55 2A") << QStringLiteral("552A");
    QTest::newRow("empty") << QString() << QString();
}

void TestValidation::normalizeDigits()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(validation::normalizeDigits(input), expected);
}

// ---------------------------------------------------------------------------------------------
// SIREN / SIRET

void TestValidation::siren_data()
{
    QTest::addColumn<QString>("siren");
    QTest::addColumn<bool>("valid");

    // Real, public SIRENs.
    QTest::newRow("EDF") << QStringLiteral("552081317") << true;
    QTest::newRow("Google France") << QStringLiteral("443061841") << true;
    QTest::newRow("TotalEnergies") << QStringLiteral("542051180") << true;
    QTest::newRow("Orange") << QStringLiteral("380129866") << true;
    QTest::newRow("La Poste") << QStringLiteral("356000000") << true;

    // Formatting users type.
    QTest::newRow("EDF with spaces") << QStringLiteral("552 081 317") << true;
    QTest::newRow("Orange with spaces") << QStringLiteral(" 380 129 866 ") << true;
    QTest::newRow("EDF with nbsp") << QStringLiteral("552\u00A0081\u00A0317") << true;
    QTest::newRow("EDF with dots") << QStringLiteral("552.081.317") << true;

    // One digit changed (Luhn catches every single-digit error).
    QTest::newRow("EDF first digit changed") << QStringLiteral("652081317") << false;
    QTest::newRow("EDF middle digit changed") << QStringLiteral("552091317") << false;
    QTest::newRow("EDF check digit changed") << QStringLiteral("552081318") << false;
    QTest::newRow("Google check digit changed") << QStringLiteral("443061840") << false;
    QTest::newRow("Total digit changed") << QStringLiteral("542051181") << false;

    // Adjacent digits transposed.
    QTest::newRow("EDF 08->80") << QStringLiteral("552801317") << false;
    QTest::newRow("EDF 31->13") << QStringLiteral("552081137") << false;
    QTest::newRow("Google 61->16") << QStringLiteral("443016841") << false;
    QTest::newRow("Orange 12->21") << QStringLiteral("380219866") << false;

    // Wrong length / characters.
    QTest::newRow("8 digits") << QStringLiteral("55208131") << false;
    QTest::newRow("10 digits") << QStringLiteral("5520813170") << false;
    QTest::newRow("SIRET is not a SIREN") << QStringLiteral("55208131766522") << false;
    QTest::newRow("letter") << QStringLiteral("55208131A") << false;
    QTest::newRow("letter O for zero") << QStringLiteral("552O81317") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("spaces only") << QStringLiteral("         ") << false;
    QTest::newRow("luhn-valid but 10 digits of zeros") << QStringLiteral("0000000000") << false;
}

void TestValidation::siren()
{
    QFETCH(QString, siren);
    QFETCH(bool, valid);
    QCOMPARE(isValidSiren(siren), valid);
}

void TestValidation::siret_data()
{
    QTest::addColumn<QString>("siret");
    QTest::addColumn<bool>("valid");

    // Real, public SIRETs.
    QTest::newRow("73282932000074") << QStringLiteral("73282932000074") << true;
    QTest::newRow("Google France") << QStringLiteral("44306184100047") << true;
    QTest::newRow("EDF") << QStringLiteral("55208131766522") << true;
    QTest::newRow("Google France with spaces") << QStringLiteral("443 061 841 00047") << true;
    QTest::newRow("EDF with spaces") << QStringLiteral(" 552 081 317 66522 ") << true;
    QTest::newRow("EDF with nbsp") << QStringLiteral("552\u00A0081\u00A0317\u00A066522") << true;

    // La Poste head office: passes Luhn although its digit sum (26) is not a multiple of 5.
    QTest::newRow("La Poste head office") << QStringLiteral("35600000000048") << true;
    QTest::newRow("La Poste head office with spaces")
        << QStringLiteral("356 000 000 00048") << true;
    // Other La Poste establishments: valid iff the digit sum is a multiple of 5.
    // Fail Luhn, pass the La Poste rule.
    QTest::newRow("La Poste 00001 (sum 15, not Luhn)") << QStringLiteral("35600000000001") << true;
    QTest::newRow("La Poste 00010 (sum 15, not Luhn)") << QStringLiteral("35600000000010") << true;
    QTest::newRow("La Poste 00024 (sum 20, not Luhn)") << QStringLiteral("35600000000024") << true;
    QTest::newRow("La Poste 10000 (sum 15, not Luhn)") << QStringLiteral("35600000010000") << true;
    QTest::newRow("La Poste 49837 (sum 45, not Luhn)") << QStringLiteral("35600000049837") << true;
    // Pass both.
    QTest::newRow("La Poste 00006 (sum 20, Luhn)") << QStringLiteral("35600000000006") << true;
    QTest::newRow("La Poste 00097 (sum 30, Luhn)") << QStringLiteral("35600000000097") << true;
    // Pass Luhn, fail the La Poste rule.
    QTest::newRow("La Poste 00014 (sum 18, Luhn)") << QStringLiteral("35600000000014") << false;
    QTest::newRow("La Poste 00022 (sum 18, Luhn)") << QStringLiteral("35600000000022") << false;
    QTest::newRow("La Poste 00055 (sum 24, Luhn)") << QStringLiteral("35600000000055") << false;
    // Fail both.
    QTest::newRow("La Poste 00000 (sum 14)") << QStringLiteral("35600000000000") << false;
    QTest::newRow("La Poste 00049 (sum 27)") << QStringLiteral("35600000000049") << false;
    QTest::newRow("La Poste 12348 (sum 32)") << QStringLiteral("35600000012348") << false;
    QTest::newRow("La Poste 13 digits") << QStringLiteral("3560000000001") << false;
    QTest::newRow("La Poste with letter") << QStringLiteral("3560000000001A") << false;

    // One digit changed.
    QTest::newRow("EDF NIC digit changed") << QStringLiteral("55208131766523") << false;
    QTest::newRow("Google NIC digit changed") << QStringLiteral("44306184100048") << false;
    QTest::newRow("73282932000074 SIREN digit changed")
        << QStringLiteral("73282942000074") << false;
    // Transposed digits.
    QTest::newRow("Google 47->74") << QStringLiteral("44306184100074") << false;
    QTest::newRow("73282932000074 74->47") << QStringLiteral("73282932000047") << false;
    QTest::newRow("EDF 17->71") << QStringLiteral("55208137166522") << false;

    // Whole number passes Luhn but the SIREN part does not.
    QTest::newRow("invalid SIREN, Luhn-valid SIRET") << QStringLiteral("55208131800016") << false;

    // Wrong length / characters.
    QTest::newRow("13 digits") << QStringLiteral("4430618410004") << false;
    QTest::newRow("15 digits") << QStringLiteral("443061841000470") << false;
    QTest::newRow("SIREN only") << QStringLiteral("443061841") << false;
    QTest::newRow("letter") << QStringLiteral("4430618410004A") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestValidation::siret()
{
    QFETCH(QString, siret);
    QFETCH(bool, valid);
    QCOMPARE(isValidSiret(siret), valid);
}

void TestValidation::laPosteRuleMatchesDigitSum()
{
    // Exhaustive over all La Poste establishment numbers: valid iff the digit sum is a multiple
    // of 5, the head office being the only exception.
    int valid = 0;
    for (int nic = 0; nic < 100000; ++nic) {
        const QString siret = QStringLiteral("356000000%1").arg(nic, 5, 10, QLatin1Char('0'));
        int sum = 0;
        for (QChar c : siret)
            sum += c.digitValue();
        const bool expected = sum % 5 == 0 || siret == QLatin1String("35600000000048");
        if (isValidSiret(siret) != expected)
            QFAIL(qPrintable(siret));
        valid += expected ? 1 : 0;
    }
    QCOMPARE(valid, 20001);
}

// ---------------------------------------------------------------------------------------------
// Email

void TestValidation::email_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");

    QTest::newRow("simple") << QStringLiteral("jean.dupont@example.fr") << true;
    QTest::newRow("upper case") << QStringLiteral("Jean.Dupont@Example.FR") << true;
    QTest::newRow("plus tag") << QStringLiteral("jean+crm@example.fr") << true;
    QTest::newRow("hyphenated domain") << QStringLiteral("contact@securite-est.fr") << true;
    QTest::newRow("subdomain") << QStringLiteral("j.dupont@mail.groupe.example.lu") << true;
    QTest::newRow("apostrophe") << QStringLiteral("o'neill@example.be") << true;
    QTest::newRow("digits") << QStringLiteral("agence75@example.com") << true;
    QTest::newRow("surrounding spaces trimmed") << QStringLiteral("  jean@example.fr  ") << true;

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no at") << QStringLiteral("jean.example.fr") << false;
    QTest::newRow("no local part") << QStringLiteral("@example.fr") << false;
    QTest::newRow("no domain") << QStringLiteral("jean@") << false;
    QTest::newRow("no tld") << QStringLiteral("jean@localhost") << false;
    QTest::newRow("two ats") << QStringLiteral("jean@dupont@example.fr") << false;
    QTest::newRow("double dot local") << QStringLiteral("jean..dupont@example.fr") << false;
    QTest::newRow("double dot domain") << QStringLiteral("jean@example..fr") << false;
    QTest::newRow("leading dot local") << QStringLiteral(".jean@example.fr") << false;
    QTest::newRow("trailing dot local") << QStringLiteral("jean.@example.fr") << false;
    QTest::newRow("trailing dot domain") << QStringLiteral("jean@example.fr.") << false;
    QTest::newRow("domain starts with hyphen") << QStringLiteral("jean@-example.fr") << false;
    QTest::newRow("label ends with hyphen") << QStringLiteral("jean@example-.fr") << false;
    QTest::newRow("space inside") << QStringLiteral("jean dupont@example.fr") << false;
    QTest::newRow("space in domain") << QStringLiteral("jean@exa mple.fr") << false;
    QTest::newRow("accented local part") << QStringLiteral("jérôme@example.fr") << false;
    QTest::newRow("accented domain") << QStringLiteral("jean@sécurité.fr") << false;
    QTest::newRow("comma") << QStringLiteral("jean,dupont@example.fr") << false;
    QTest::newRow("display name") << QStringLiteral("Jean <jean@example.fr>") << false;
}

void TestValidation::email()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);
    QCOMPARE(isValidEmail(email), valid);
}

void TestValidation::emailTooLong()
{
    const QString domain = QStringLiteral("@example.fr"); // 11 characters
    const QString at254 = QString(243, u'a') + domain;
    const QString at255 = QString(244, u'a') + domain;
    QCOMPARE(at254.size(), 254);
    QVERIFY(isValidEmail(at254));
    QVERIFY(!isValidEmail(at255));
    // A domain label is at most 63 characters.
    QVERIFY(isValidEmail(QStringLiteral("jean@") + QString(63, u'b') + QStringLiteral(".fr")));
    QVERIFY(!isValidEmail(QStringLiteral("jean@") + QString(64, u'b') + QStringLiteral(".fr")));
}

void TestValidation::normalizeEmailAndDomain()
{
    QCOMPARE(normalizeEmail(QStringLiteral("  Jean.Dupont@Example.FR ")),
             QStringLiteral("jean.dupont@example.fr"));
    QCOMPARE(normalizeEmail(QString()), QString());
    QCOMPARE(emailDomain(QStringLiteral("Jean.Dupont@Example.FR")), QStringLiteral("example.fr"));
    QCOMPARE(emailDomain(QStringLiteral(" a@b.lu ")), QStringLiteral("b.lu"));
    QCOMPARE(emailDomain(QStringLiteral("no-at-sign")), QString());
    QCOMPARE(emailDomain(QStringLiteral("jean@")), QString());
}

void TestValidation::domainAllowList_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QStringList>("allowed");
    QTest::addColumn<bool>("result");

    const QStringList group{QStringLiteral("hector-securite.fr"), QStringLiteral("hector.lu")};

    QTest::newRow("empty list allows all")
        << QStringLiteral("x@anything.com") << QStringList() << true;
    QTest::newRow("empty list allows even without domain")
        << QStringLiteral("no-domain") << QStringList() << true;
    QTest::newRow("exact") << QStringLiteral("jean@hector-securite.fr") << group << true;
    QTest::newRow("second entry") << QStringLiteral("jean@hector.lu") << group << true;
    QTest::newRow("email upper case") << QStringLiteral("Jean@HECTOR-Securite.FR") << group << true;
    QTest::newRow("list upper case")
        << QStringLiteral("jean@hector.lu") << QStringList{QStringLiteral("HECTOR.LU")} << true;
    QTest::newRow("leading @") << QStringLiteral("jean@hector.lu")
                               << QStringList{QStringLiteral("@hector.lu")} << true;
    QTest::newRow("spaces around entry")
        << QStringLiteral("jean@hector.lu") << QStringList{QStringLiteral("  @Hector.lu ")} << true;
    QTest::newRow("other domain") << QStringLiteral("jean@gmail.com") << group << false;
    QTest::newRow("subdomain not allowed")
        << QStringLiteral("jean@mail.hector.lu") << group << false;
    QTest::newRow("suffix lookalike") << QStringLiteral("jean@nothector.lu") << group << false;
    QTest::newRow("parent domain not allowed")
        << QStringLiteral("jean@lu") << QStringList{QStringLiteral("hector.lu")} << false;
    QTest::newRow("domain in local part") << QStringLiteral("hector.lu@evil.com") << group << false;
    QTest::newRow("no at sign") << QStringLiteral("hector.lu") << group << false;
    QTest::newRow("only empty entries")
        << QStringLiteral("jean@hector.lu")
        << QStringList{QString(), QStringLiteral("@"), QStringLiteral("  ")} << false;
    QTest::newRow("empty entry does not match empty domain")
        << QStringLiteral("jean@") << QStringList{QString(), QStringLiteral("@")} << false;
}

void TestValidation::domainAllowList()
{
    QFETCH(QString, email);
    QFETCH(QStringList, allowed);
    QFETCH(bool, result);
    QCOMPARE(isEmailDomainAllowed(email, allowed), result);
}

// ---------------------------------------------------------------------------------------------
// Password policy

void TestValidation::passwordPolicy_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("9 chars letters+digit") << QStringLiteral("abcdefgh1") << false;
    QTest::newRow("10 chars letters+digit") << QStringLiteral("abcdefghi1") << true;
    QTest::newRow("11 chars") << QStringLiteral("abcdefghij1") << true;
    QTest::newRow("long passphrase") << QStringLiteral("correct horse battery staple 42") << true;
    QTest::newRow("no digit") << QStringLiteral("abcdefghijkl") << false;
    QTest::newRow("no letter") << QStringLiteral("1234567890") << false;
    QTest::newRow("no letter, symbols") << QStringLiteral("12345!@#$%^&") << false;
    QTest::newRow("spaces only") << QStringLiteral("          ") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("accented letters + digit, 10") << QStringLiteral("éèàùçôîêâ1") << true;
    QTest::newRow("accented letters + digit, 9") << QStringLiteral("éèàùçôîê1") << false;
    QTest::newRow("digits + one accented letter") << QStringLiteral("123456789é") << true;
    QTest::newRow("accents, no digit") << QStringLiteral("sécuritééé") << false;
    QTest::newRow("upper case only + digit") << QStringLiteral("MOTDEPASS1") << true;
}

void TestValidation::passwordPolicy()
{
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    const Result<void> r = checkPasswordPolicy(password);
    QCOMPARE(r.ok(), accepted);
    QCOMPARE(static_cast<bool>(r), accepted);
}

void TestValidation::passwordPolicyError()
{
    const Result<void> r = checkPasswordPolicy(QStringLiteral("court1"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("weak_password"));
    QVERIFY2(r.error().message.contains(QString::number(kMinPasswordLength)),
             qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QStringLiteral("caractères")),
             qPrintable(r.error().message));
    QVERIFY(!r.error().message.contains(QStringLiteral("%1")));
}

// ---------------------------------------------------------------------------------------------
// Roles

void TestValidation::roleRoundTrip()
{
    const Role all[]
        = {Role::Admin, Role::President, Role::Manager, Role::Commercial, Role::Assistant};
    for (Role role : all) {
        const QString name = roleName(role);
        QVERIFY(!name.isEmpty());
        const auto back = roleFromName(name);
        QVERIFY(back.has_value());
        QCOMPARE(*back, role);
    }
}

void TestValidation::roleNamesAreStableAndUnique()
{
    QCOMPARE(roleName(Role::Admin), QStringLiteral("admin"));
    QCOMPARE(roleName(Role::President), QStringLiteral("president"));
    QCOMPARE(roleName(Role::Manager), QStringLiteral("manager"));
    QCOMPARE(roleName(Role::Commercial), QStringLiteral("commercial"));
    QCOMPARE(roleName(Role::Assistant), QStringLiteral("assistant"));

    QSet<QString> names;
    QSet<QString> labels;
    const Role all[]
        = {Role::Admin, Role::President, Role::Manager, Role::Commercial, Role::Assistant};
    for (Role role : all) {
        names.insert(roleName(role));
        labels.insert(roleLabel(role));
    }
    QCOMPARE(names.size(), 5);
    QCOMPARE(labels.size(), 5);
}

void TestValidation::roleFromUnknownName_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("capitalised") << QStringLiteral("Admin");
    QTest::newRow("upper case") << QStringLiteral("COMMERCIAL");
    QTest::newRow("accented label") << QStringLiteral("président");
    QTest::newRow("french label") << QStringLiteral("Administrateur");
    QTest::newRow("trailing space") << QStringLiteral("manager ");
    QTest::newRow("unknown") << QStringLiteral("superuser");
}

void TestValidation::roleFromUnknownName()
{
    QFETCH(QString, name);
    QVERIFY(!roleFromName(name).has_value());
}

void TestValidation::roleLabels_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("label");
    QTest::newRow("admin") << Role::Admin << QStringLiteral("Administrateur");
    QTest::newRow("president") << Role::President << QStringLiteral("Président");
    QTest::newRow("manager") << Role::Manager << QStringLiteral("Manager");
    QTest::newRow("commercial") << Role::Commercial << QStringLiteral("Commercial");
    QTest::newRow("assistant") << Role::Assistant << QStringLiteral("Assistant(e)");
}

void TestValidation::roleLabels()
{
    QFETCH(Role, role);
    QFETCH(QString, label);
    QCOMPARE(roleLabel(role), label);
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
