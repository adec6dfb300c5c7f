#include "server/email/EmailSender.h"

#include "server/email/EmailInternal.h"
#include "server/email/FileOutboxSender.h"
#include "server/email/ResendSender.h"
#include "server/email/SmtpSender.h"

namespace hector::server {

EmailSender::~EmailSender() = default;

hector::Result<std::unique_ptr<EmailSender>> makeEmailSender(const EmailConfig &config)
{
    if (!config.from.trimmed().isEmpty() && !email_detail::parseMailbox(config.from)) {
        return makeError(QStringLiteral("email_not_configured"),
                         QStringLiteral("L'adresse d'expéditeur par défaut « %1 » est invalide.")
                             .arg(config.from));
    }
    const QString backend = config.backend.trimmed().toLower();
    hector::Result<std::unique_ptr<EmailSender>> sender
        = [&]() -> hector::Result<std::unique_ptr<EmailSender>> {
        if (backend == QLatin1String("file"))
            return FileOutboxSender::create(config);
        if (backend == QLatin1String("smtp"))
            return SmtpSender::create(config);
        if (backend == QLatin1String("resend"))
            return ResendSender::create(config);
        return makeError(QStringLiteral("email_not_configured"),
                         QStringLiteral("Mode d'envoi des e-mails inconnu « %1 » : valeurs "
                                        "possibles file, smtp ou resend.")
                             .arg(config.backend));
    }();
    if (!sender) {
        qCWarning(lcEmail) << "email backend" << backend << "not usable:" << sender.error().message;
        return sender;
    }
    qCInfo(lcEmail) << "email backend:" << (*sender)->backendName();
    return sender;
}

} // namespace hector::server
