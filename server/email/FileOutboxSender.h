#pragma once

#include "server/email/EmailSender.h"

namespace hector::server {

// Development / fallback backend: every message becomes an RFC 5322 file
// "<UTC timestamp>-<uuid>.eml" in the outbox directory, written atomically (QSaveFile).
class FileOutboxSender final : public EmailSender
{
public:
    // Creates the outbox directory when needed; "email_not_configured" when it is unusable.
    static hector::Result<std::unique_ptr<EmailSender>> create(const EmailConfig &config);

    hector::Result<QString> send(const EmailMessage &message) override;
    QString backendName() const override;

    QString outboxDir() const { return m_outboxDir; }

private:
    FileOutboxSender(QString outboxDir, QString defaultFrom);

    QString m_outboxDir;
    QString m_defaultFrom;
};

} // namespace hector::server
