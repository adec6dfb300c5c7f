#include "services/Crypto.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

#include <sodium.h>

#include <mutex>

namespace hector::server {

namespace crypto {
bool initialize()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] { ok = sodium_init() >= 0; });
    return ok;
}

QByteArray randomBytes(int count)
{
    initialize();
    QByteArray out(count, Qt::Uninitialized);
    randombytes_buf(out.data(), size_t(count));
    return out;
}

QString base64Url(const QByteArray &data)
{
    return QString::fromLatin1(
        data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray fromBase64Url(const QString &text)
{
    auto r = QByteArray::fromBase64Encoding(text.toLatin1(),
                                            QByteArray::Base64UrlEncoding
                                                | QByteArray::AbortOnBase64DecodingErrors);
    return r ? *r : QByteArray();
}

QString randomToken(int bytes)
{
    return base64Url(randomBytes(bytes));
}

QByteArray sha256(const QString &token)
{
    return QCryptographicHash::hash(token.trimmed().toUtf8(), QCryptographicHash::Sha256);
}
} // namespace crypto

PasswordHasher::PasswordHasher(Cost cost)
{
    crypto::initialize();
    switch (cost) {
    case Cost::Fast:
        m_ops = crypto_pwhash_OPSLIMIT_MIN;
        m_mem = crypto_pwhash_MEMLIMIT_MIN;
        break;
    case Cost::Interactive:
        m_ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
        m_mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
        break;
    case Cost::Moderate:
        m_ops = crypto_pwhash_OPSLIMIT_MODERATE;
        m_mem = crypto_pwhash_MEMLIMIT_MODERATE;
        break;
    }
    auto dummy = hash(crypto::randomToken(16));
    if (dummy)
        m_dummyHash = *dummy;
}

PasswordHasher::Cost PasswordHasher::costFromName(const QString &name)
{
    if (name == QLatin1String("fast"))
        return Cost::Fast;
    if (name == QLatin1String("moderate"))
        return Cost::Moderate;
    return Cost::Interactive;
}

Result<QString> PasswordHasher::hash(const QString &password) const
{
    const QByteArray pw = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, pw.constData(), quint64(pw.size()), m_ops, m_mem,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return makeError(QStringLiteral("internal_error"),
                         QStringLiteral("Argon2id hashing failed (out of memory)"));
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password) const
{
    if (hash.isEmpty())
        return false;
    const QByteArray pw = password.toUtf8();
    const QByteArray h = hash.toLatin1();
    return crypto_pwhash_str_verify(h.constData(), pw.constData(), quint64(pw.size())) == 0;
}

void PasswordHasher::burn(const QString &password) const
{
    (void)verify(m_dummyHash, password);
}

QString JwtSigner::sign(const QJsonObject &claims) const
{
    static const QString header = crypto::base64Url(
        QJsonDocument(QJsonObject{{QStringLiteral("alg"), QStringLiteral("HS256")},
                                  {QStringLiteral("typ"), QStringLiteral("JWT")}})
            .toJson(QJsonDocument::Compact));
    const QString payload = crypto::base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QString signingInput = header + u'.' + payload;
    const QByteArray sig = QMessageAuthenticationCode::hash(signingInput.toLatin1(), m_secret,
                                                            QCryptographicHash::Sha256);
    return signingInput + u'.' + crypto::base64Url(sig);
}

Result<QJsonObject> JwtSigner::verify(const QString &token, const QDateTime &now) const
{
    const auto bad = [] {
        return makeError(QStringLiteral("unauthorized"),
                         QCoreApplication::translate("hector::server",
                                                     "Session invalide. Veuillez vous reconnecter."));
    };
    const QStringList parts = token.split(u'.');
    if (parts.size() != 3)
        return bad();
    const QByteArray expected = QMessageAuthenticationCode::hash(
        (parts[0] + u'.' + parts[1]).toLatin1(), m_secret, QCryptographicHash::Sha256);
    const QByteArray given = crypto::fromBase64Url(parts[2]);
    if (given.size() != expected.size()
        || sodium_memcmp(given.constData(), expected.constData(), size_t(given.size())) != 0) {
        return bad();
    }
    const QJsonObject header = QJsonDocument::fromJson(crypto::fromBase64Url(parts[0])).object();
    if (header.value(QLatin1StringView("alg")).toString() != QLatin1String("HS256"))
        return bad();
    const QJsonObject claims = QJsonDocument::fromJson(crypto::fromBase64Url(parts[1])).object();
    const qint64 exp = claims.value(QLatin1StringView("exp")).toInteger();
    if (exp <= 0)
        return bad();
    if (now.toSecsSinceEpoch() >= exp) {
        return makeError(QStringLiteral("token_expired"),
                         QCoreApplication::translate("hector::server",
                                                     "Votre session a expiré. Veuillez vous "
                                                     "reconnecter."));
    }
    return claims;
}

} // namespace hector::server
