#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <memory>

namespace hector::server {

struct EmailMessage
{
    QString from; // "Hector <no-reply@adsgroup-security.com>" style allowed
    QStringList to;
    QString subject;
    QString text;           // plain-text body (always present)
    QString html;           // optional HTML body
    QString idempotencyKey; // optional; Resend Idempotency-Key header
};

struct EmailConfig
{
    QString backend = QStringLiteral("file"); // "file" | "smtp" | "resend"
    QString outboxDir;                        // file backend: where .eml files go
    QString from;                             // default sender
    QString smtpUrl;                          // e.g. smtp://mail.example.com:587 or smtps://...:465
    QString smtpUser, smtpPassword;
    bool smtpStartTls = true; // require STARTTLS on smtp:// (CURLUSESSL_ALL); tests disable it
    QString resendApiKey;
    QString resendBaseUrl = QStringLiteral("https://api.resend.com");
    int timeoutSeconds = 15;
};

class EmailSender
{
public:
    virtual ~EmailSender();
    // Returns the provider's message id (Resend id, SMTP Message-ID, or the .eml file name).
    virtual hector::Result<QString> send(const EmailMessage &message) = 0;
    virtual QString backendName() const = 0;
};

// Builds the sender for the config, or an Error (code "email_not_configured", French message) when
// the chosen backend lacks what it needs (no API key, no SMTP URL, outbox dir not writable, unknown
// backend).
hector::Result<std::unique_ptr<EmailSender>> makeEmailSender(const EmailConfig &config);

// RFC 5322 / MIME rendering shared by the file outbox and SMTP: UTF-8, encoded-word (RFC 2047)
// subjects and display names, multipart/alternative when html is present, quoted-printable or
// base64 bodies, Date, Message-ID, MIME-Version headers, CRLF line endings.
// messageId may be given with or without its angle brackets. Line breaks in header values are
// replaced by spaces (no header injection); body line breaks (LF, CR or CRLF) become CRLF.
QByteArray renderMime(const EmailMessage &message, const QString &messageId, const QDateTime &date);

} // namespace hector::server
