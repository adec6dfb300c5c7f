#pragma once

#include "server/email/EmailSender.h"

namespace hector::server {

// Resend HTTP API (POST <base>/emails) through libcurl. One curl handle per call: safe to use
// from several worker threads at once.
class ResendSender final : public EmailSender
{
public:
    // "email_not_configured" without an API key or with a base URL that is not http(s).
    static hector::Result<std::unique_ptr<EmailSender>> create(const EmailConfig &config);

    // Returns Resend's email id.
    hector::Result<QString> send(const EmailMessage &message) override;
    QString backendName() const override;

private:
    explicit ResendSender(const EmailConfig &config);

    EmailConfig m_config;
};

} // namespace hector::server
