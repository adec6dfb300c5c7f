#pragma once

#include "server/email/EmailSender.h"

namespace hector::server {

// SMTP submission through libcurl (smtp:// with mandatory STARTTLS unless disabled, or smtps://).
// One curl handle per call: safe to use from several worker threads at once.
class SmtpSender final : public EmailSender
{
public:
    // "email_not_configured" when the URL is missing or is not smtp:// / smtps://.
    static hector::Result<std::unique_ptr<EmailSender>> create(const EmailConfig &config);

    // Returns the Message-ID header value, angle brackets included.
    hector::Result<QString> send(const EmailMessage &message) override;
    QString backendName() const override;

private:
    explicit SmtpSender(const EmailConfig &config);

    EmailConfig m_config;
};

} // namespace hector::server
