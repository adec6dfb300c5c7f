#include "core/Dto.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace hector;

namespace {

UserDto sampleUser()
{
    UserDto u;
    u.id = QStringLiteral("7d1b2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d");
    u.email = QStringLiteral("helene.lefevre@hector-securite.fr");
    u.firstName = QStringLiteral("Hélène");
    u.lastName = QStringLiteral("Lefèvre");
    u.role = Role::Manager;
    u.organizationId = QStringLiteral("0b7e3f0a-1111-4222-8333-444455556666");
    u.organizationName = QStringLiteral("Groupe Hector Sécurité");
    u.entityId = QStringLiteral("a5c1d2e3-7777-4888-9999-aaaabbbbcccc");
    u.entityName = QStringLiteral("Luxembourg");
    u.entityCountry = QStringLiteral("LU");
    u.active = false;
    // 11:30:15.250 at UTC+2 (Paris summer time) = 09:30:15.250 UTC.
    u.lastLoginAt = QDateTime(QDate(2026, 6, 15), QTime(11, 30, 15, 250), QTimeZone(2 * 3600));
    return u;
}

AuthTokensDto sampleTokens()
{
    AuthTokensDto t;
    t.accessToken = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl");
    t.accessExpiresIn = 900;
    t.refreshToken = QStringLiteral("r3fr3sh-0paque-t0ken");
    t.refreshExpiresAt = QDateTime(QDate(2026, 12, 25), QTime(10, 0), QTimeZone::utc());
    t.rememberMe = true;
    t.user = sampleUser();
    return t;
}

QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("test JSON does not parse: %s", qPrintable(error.errorString()));
    return doc.object();
}

void compareUsers(const UserDto &a, const UserDto &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.email, b.email);
    QCOMPARE(a.firstName, b.firstName);
    QCOMPARE(a.lastName, b.lastName);
    QCOMPARE(a.role, b.role);
    QCOMPARE(a.organizationId, b.organizationId);
    QCOMPARE(a.organizationName, b.organizationName);
    QCOMPARE(a.entityId, b.entityId);
    QCOMPARE(a.entityName, b.entityName);
    QCOMPARE(a.entityCountry, b.entityCountry);
    QCOMPARE(a.active, b.active);
    QCOMPARE(a.lastLoginAt.isValid(), b.lastLoginAt.isValid());
    if (a.lastLoginAt.isValid())
        QCOMPARE(a.lastLoginAt.toMSecsSinceEpoch(), b.lastLoginAt.toMSecsSinceEpoch());
}

} // namespace

class TestDto : public QObject
{
    Q_OBJECT

private slots:
    void userToJsonKeys();
    void userRoundTrip();
    void userRoundTripAllRoles();
    void userRoundTripThroughText();
    void userWithoutLastLogin();
    void userDefaults();
    void userRejectsIncomplete_data();
    void userRejectsIncomplete();
    void userDisplayName();

    void tokensToJsonKeys();
    void tokensRoundTrip();
    void tokensFromDocumentedExample();
    void tokensRejectsIncomplete_data();
    void tokensRejectsIncomplete();

    void errorToJsonShape();
    void errorRoundTrip();
    void errorDetailsRoundTrip();
    void errorDetailsCannotOverrideCodeOrMessage();
    void errorFromJsonRejects_data();
    void errorFromJsonRejects();
};

// ---------------------------------------------------------------------------------------------
// UserDto

void TestDto::userToJsonKeys()
{
    const QJsonObject o = sampleUser().toJson();
    QCOMPARE(o.value(QLatin1String("id")).toString(), sampleUser().id);
    QCOMPARE(o.value(QLatin1String("email")).toString(),
             QStringLiteral("helene.lefevre@hector-securite.fr"));
    QCOMPARE(o.value(QLatin1String("firstName")).toString(), QStringLiteral("Hélène"));
    QCOMPARE(o.value(QLatin1String("lastName")).toString(), QStringLiteral("Lefèvre"));
    QCOMPARE(o.value(QLatin1String("role")).toString(), QStringLiteral("manager"));
    QCOMPARE(o.value(QLatin1String("organizationName")).toString(),
             QStringLiteral("Groupe Hector Sécurité"));
    QCOMPARE(o.value(QLatin1String("entityName")).toString(), QStringLiteral("Luxembourg"));
    QCOMPARE(o.value(QLatin1String("entityCountry")).toString(), QStringLiteral("LU"));
    QVERIFY(o.value(QLatin1String("active")).isBool());
    QCOMPARE(o.value(QLatin1String("active")).toBool(), false);
    // Always written in UTC with milliseconds, as the API documents.
    QCOMPARE(o.value(QLatin1String("lastLoginAt")).toString(),
             QStringLiteral("2026-06-15T09:30:15.250Z"));
    QCOMPARE(o.size(), 12);
}

void TestDto::userRoundTrip()
{
    const UserDto original = sampleUser();
    const auto back = UserDto::fromJson(original.toJson());
    QVERIFY(back.has_value());
    compareUsers(*back, original);
    QCOMPARE(back->lastLoginAt, original.lastLoginAt);
}

void TestDto::userRoundTripAllRoles()
{
    for (Role role :
         {Role::Admin, Role::President, Role::Manager, Role::Commercial, Role::Assistant}) {
        UserDto u = sampleUser();
        u.role = role;
        const auto back = UserDto::fromJson(u.toJson());
        QVERIFY(back.has_value());
        QCOMPARE(back->role, role);
    }
}

void TestDto::userRoundTripThroughText()
{
    const UserDto original = sampleUser();
    const QByteArray text = QJsonDocument(original.toJson()).toJson(QJsonDocument::Compact);
    const auto back = UserDto::fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY(back.has_value());
    compareUsers(*back, original);
}

void TestDto::userWithoutLastLogin()
{
    UserDto u = sampleUser();
    u.lastLoginAt = QDateTime();
    const QJsonObject o = u.toJson();
    QVERIFY(!o.contains(QLatin1String("lastLoginAt")));
    const auto back = UserDto::fromJson(o);
    QVERIFY(back.has_value());
    QVERIFY(!back->lastLoginAt.isValid());
}

void TestDto::userDefaults()
{
    // Only the required fields: the others fall back to their defaults; "active" defaults to true.
    const auto u
        = UserDto::fromJson(parse(R"({"id":"u1","email":"a@example.fr","role":"commercial"})"));
    QVERIFY(u.has_value());
    QCOMPARE(u->id, QStringLiteral("u1"));
    QCOMPARE(u->role, Role::Commercial);
    QVERIFY(u->active);
    QVERIFY(u->firstName.isEmpty());
    QVERIFY(u->entityCountry.isEmpty());
    QVERIFY(!u->lastLoginAt.isValid());

    const auto disabled = UserDto::fromJson(
        parse(R"({"id":"u1","email":"a@example.fr","role":"assistant","active":false})"));
    QVERIFY(disabled.has_value());
    QCOMPARE(disabled->role, Role::Assistant);
    QVERIFY(!disabled->active);
}

void TestDto::userRejectsIncomplete_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("no id") << QByteArray(R"({"email":"a@example.fr","role":"admin"})");
    QTest::newRow("empty id") << QByteArray(R"({"id":"","email":"a@example.fr","role":"admin"})");
    QTest::newRow("no email") << QByteArray(R"({"id":"u1","role":"admin"})");
    QTest::newRow("no role") << QByteArray(R"({"id":"u1","email":"a@example.fr"})");
    QTest::newRow("unknown role") << QByteArray(
        R"({"id":"u1","email":"a@example.fr","role":"superuser"})");
    QTest::newRow("role label instead of name")
        << QByteArray(R"({"id":"u1","email":"a@example.fr","role":"Administrateur"})");
    QTest::newRow("role not a string")
        << QByteArray(R"({"id":"u1","email":"a@example.fr","role":1})");
    QTest::newRow("id not a string")
        << QByteArray(R"({"id":42,"email":"a@example.fr","role":"admin"})");
}

void TestDto::userRejectsIncomplete()
{
    QFETCH(QByteArray, json);
    QVERIFY(!UserDto::fromJson(parse(json.constData())).has_value());
}

void TestDto::userDisplayName()
{
    UserDto u = sampleUser();
    QCOMPARE(u.displayName(), QStringLiteral("Hélène Lefèvre"));
    u.lastName.clear();
    QCOMPARE(u.displayName(), QStringLiteral("Hélène"));
    u.firstName.clear();
    u.lastName = QStringLiteral("Lefèvre");
    QCOMPARE(u.displayName(), QStringLiteral("Lefèvre"));
    u.lastName.clear();
    QCOMPARE(u.displayName(), u.email);
}

// ---------------------------------------------------------------------------------------------
// AuthTokensDto

void TestDto::tokensToJsonKeys()
{
    const QJsonObject o = sampleTokens().toJson();
    QCOMPARE(o.value(QLatin1String("accessToken")).toString(), sampleTokens().accessToken);
    QCOMPARE(o.value(QLatin1String("expiresIn")).toInt(), 900);
    QCOMPARE(o.value(QLatin1String("refreshToken")).toString(),
             QStringLiteral("r3fr3sh-0paque-t0ken"));
    QCOMPARE(o.value(QLatin1String("refreshExpiresAt")).toString(),
             QStringLiteral("2026-12-25T10:00:00.000Z"));
    QCOMPARE(o.value(QLatin1String("rememberMe")).toBool(), true);
    QVERIFY(o.value(QLatin1String("user")).isObject());
    QCOMPARE(o.value(QLatin1String("user")).toObject().value(QLatin1String("email")).toString(),
             sampleUser().email);
    QCOMPARE(o.size(), 6);
}

void TestDto::tokensRoundTrip()
{
    const AuthTokensDto original = sampleTokens();
    const QByteArray text = QJsonDocument(original.toJson()).toJson(QJsonDocument::Compact);
    const auto back = AuthTokensDto::fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY(back.has_value());
    QCOMPARE(back->accessToken, original.accessToken);
    QCOMPARE(back->accessExpiresIn, 900);
    QCOMPARE(back->refreshToken, original.refreshToken);
    QCOMPARE(back->refreshExpiresAt, original.refreshExpiresAt);
    QCOMPARE(back->rememberMe, true);
    compareUsers(back->user, original.user);

    AuthTokensDto notRemembered = original;
    notRemembered.rememberMe = false;
    const auto back2 = AuthTokensDto::fromJson(notRemembered.toJson());
    QVERIFY(back2.has_value());
    QCOMPARE(back2->rememberMe, false);
}

void TestDto::tokensFromDocumentedExample()
{
    // The login response as docs/api.md shows it.
    const auto t = AuthTokensDto::fromJson(parse(R"({
        "accessToken": "header.payload.signature",
        "expiresIn": 900,
        "refreshToken": "opaque",
        "refreshExpiresAt": "2026-12-25T10:00:00.000Z",
        "rememberMe": true,
        "user": {"id": "uuid", "email": "paul.martin@example.fr", "firstName": "Paul",
                 "lastName": "Martin", "role": "president",
                 "organizationId": "org", "organizationName": "Hector",
                 "entityId": "ent", "entityName": "France", "entityCountry": "FR",
                 "active": true, "lastLoginAt": "2026-01-02T08:09:10.123Z"}
    })"));
    QVERIFY(t.has_value());
    QCOMPARE(t->accessToken, QStringLiteral("header.payload.signature"));
    QCOMPARE(t->accessExpiresIn, 900);
    QCOMPARE(t->refreshToken, QStringLiteral("opaque"));
    QCOMPARE(t->refreshExpiresAt, QDateTime(QDate(2026, 12, 25), QTime(10, 0), QTimeZone::utc()));
    QVERIFY(t->rememberMe);
    QCOMPARE(t->user.role, Role::President);
    QCOMPARE(t->user.entityCountry, QStringLiteral("FR"));
    QCOMPARE(t->user.lastLoginAt,
             QDateTime(QDate(2026, 1, 2), QTime(8, 9, 10, 123), QTimeZone::utc()));
    QCOMPARE(t->user.displayName(), QStringLiteral("Paul Martin"));
}

void TestDto::tokensRejectsIncomplete_data()
{
    QTest::addColumn<QByteArray>("json");
    const char *user = R"("user":{"id":"u1","email":"a@example.fr","role":"admin"})";
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("no access token")
        << (QByteArray(R"({"refreshToken":"r","expiresIn":900,)") + user + '}');
    QTest::newRow("empty access token")
        << (QByteArray(R"({"accessToken":"","refreshToken":"r",)") + user + '}');
    QTest::newRow("no refresh token")
        << (QByteArray(R"({"accessToken":"a","expiresIn":900,)") + user + '}');
    QTest::newRow("no user") << QByteArray(R"({"accessToken":"a","refreshToken":"r"})");
    QTest::newRow("user not an object")
        << QByteArray(R"({"accessToken":"a","refreshToken":"r","user":"u1"})");
    QTest::newRow("user without role") << QByteArray(
        R"({"accessToken":"a","refreshToken":"r","user":{"id":"u1","email":"a@example.fr"}})");
    QTest::newRow("user with unknown role")
        << QByteArray(R"({"accessToken":"a","refreshToken":"r",)"
                      R"("user":{"id":"u1","email":"a@example.fr","role":"root"}})");
}

void TestDto::tokensRejectsIncomplete()
{
    QFETCH(QByteArray, json);
    QVERIFY(!AuthTokensDto::fromJson(parse(json.constData())).has_value());
}

// ---------------------------------------------------------------------------------------------
// Errors

void TestDto::errorToJsonShape()
{
    const QJsonObject o = errorToJson(
        Error{QStringLiteral("weak_password"), QStringLiteral("Mot de passe trop court."), {}});
    QCOMPARE(
        QJsonDocument(o).toJson(QJsonDocument::Compact),
        QByteArray(R"({"error":{"code":"weak_password","message":"Mot de passe trop court."}})"));
}

void TestDto::errorRoundTrip()
{
    const Error original{QStringLiteral("invalid_credentials"),
                         QStringLiteral("Adresse e-mail ou mot de passe incorrect."),
                         {}};
    const QByteArray text = QJsonDocument(errorToJson(original)).toJson();
    const auto back = errorFromJson(QJsonDocument::fromJson(text).object());
    QVERIFY(back.has_value());
    QCOMPARE(*back, original);
    QVERIFY(back->details.isEmpty());
}

void TestDto::errorDetailsRoundTrip()
{
    // 429 carries error.retryAt next to code and message.
    const Error original{
        QStringLiteral("too_many_attempts"),
        QStringLiteral("Trop de tentatives : réessayez à 10 h 15."),
        QJsonObject{{QStringLiteral("retryAt"), QStringLiteral("2026-01-01T10:15:00.000Z")}}};
    const QJsonObject json = errorToJson(original);
    const QJsonObject inner = json.value(QLatin1String("error")).toObject();
    QCOMPARE(inner.value(QLatin1String("retryAt")).toString(),
             QStringLiteral("2026-01-01T10:15:00.000Z"));
    QCOMPARE(inner.size(), 3);

    const auto back = errorFromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object());
    QVERIFY(back.has_value());
    QCOMPARE(*back, original);

    const auto parsed = errorFromJson(parse(
        R"({"error":{"code":"too_many_attempts","message":"Réessayez plus tard.","retryAt":"2026-01-01T10:15:00.000Z"}})"));
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->code, QStringLiteral("too_many_attempts"));
    QCOMPARE(parsed->message, QStringLiteral("Réessayez plus tard."));
    // code and message are not duplicated into the details.
    QCOMPARE(
        parsed->details,
        (QJsonObject{{QStringLiteral("retryAt"), QStringLiteral("2026-01-01T10:15:00.000Z")}}));
}

void TestDto::errorDetailsCannotOverrideCodeOrMessage()
{
    const Error error{QStringLiteral("forbidden"),
                      QStringLiteral("Accès refusé."),
                      QJsonObject{{QStringLiteral("code"), QStringLiteral("ok")},
                                  {QStringLiteral("message"), QStringLiteral("autre")}}};
    const QJsonObject inner = errorToJson(error).value(QLatin1String("error")).toObject();
    QCOMPARE(inner.value(QLatin1String("code")).toString(), QStringLiteral("forbidden"));
    QCOMPARE(inner.value(QLatin1String("message")).toString(), QStringLiteral("Accès refusé."));
}

void TestDto::errorFromJsonRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("success body") << QByteArray(R"({"ok":true})");
    QTest::newRow("error is a string") << QByteArray(R"({"error":"bad"})");
    QTest::newRow("error is empty") << QByteArray(R"({"error":{}})");
    QTest::newRow("error is null") << QByteArray(R"({"error":null})");
    QTest::newRow("error at top level") << QByteArray(R"({"code":"x","message":"y"})");
}

void TestDto::errorFromJsonRejects()
{
    QFETCH(QByteArray, json);
    QVERIFY(!errorFromJson(parse(json.constData())).has_value());
}

QTEST_GUILESS_MAIN(TestDto)
#include "tst_dto.moc"
