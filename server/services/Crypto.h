#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace hector::server {

// Argon2id password hashing (libsodium crypto_pwhash_str, PHC string format).
class PasswordHasher
{
public:
    enum class Cost { Fast, Interactive, Moderate }; // Fast: tests only
    explicit PasswordHasher(Cost cost = Cost::Interactive);
    static Cost costFromName(const QString &name);

    Result<QString> hash(const QString &password) const;
    bool verify(const QString &hash, const QString &password) const;
    // Spends the same time as a verification, for unknown accounts (no timing oracle).
    void burn(const QString &password) const;

private:
    unsigned long long m_ops;
    size_t m_mem;
    QString m_dummyHash;
};

namespace crypto {
bool initialize(); // sodium_init, once
QByteArray randomBytes(int count);
QString randomToken(int bytes = 32);      // base64url without padding
QByteArray sha256(const QString &token);  // for storing tokens hashed
QString base64Url(const QByteArray &data);
QByteArray fromBase64Url(const QString &text);
} // namespace crypto

// HS256 JSON Web Tokens (RFC 7519): header {"alg":"HS256","typ":"JWT"}.
class JwtSigner
{
public:
    explicit JwtSigner(QByteArray secret) : m_secret(std::move(secret)) {}
    QString sign(const QJsonObject &claims) const;
    // Verifies the signature and `exp` against `now`; returns the claims.
    // Errors: unauthorized (bad token) or token_expired.
    Result<QJsonObject> verify(const QString &token, const QDateTime &now) const;

private:
    QByteArray m_secret;
};

} // namespace hector::server
