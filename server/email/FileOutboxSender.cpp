#include "server/email/FileOutboxSender.h"

#include "server/email/EmailInternal.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QUuid>

namespace hector::server {

namespace {

// Creates the directory and proves a file can be written in it (permission bits alone say
// nothing for root or on read-only mounts).
hector::Result<void> ensureWritableDir(const QString &path)
{
    if (!QDir().mkpath(path)) {
        return makeError(QStringLiteral("email_not_configured"),
                         QStringLiteral("Impossible de créer le dossier d'envoi des e-mails "
                                        "« %1 ».")
                             .arg(QDir::toNativeSeparators(path)));
    }
    QTemporaryFile probe(QDir(path).filePath(QStringLiteral(".write-probe-XXXXXX")));
    if (!probe.open()) {
        return makeError(QStringLiteral("email_not_configured"),
                         QStringLiteral("Le dossier d'envoi des e-mails « %1 » n'est pas "
                                        "accessible en écriture : %2.")
                             .arg(QDir::toNativeSeparators(path), probe.errorString()));
    }
    return {};
}

} // namespace

FileOutboxSender::FileOutboxSender(QString outboxDir, QString defaultFrom)
    : m_outboxDir(std::move(outboxDir))
    , m_defaultFrom(std::move(defaultFrom))
{
}

hector::Result<std::unique_ptr<EmailSender>> FileOutboxSender::create(const EmailConfig &config)
{
    if (config.outboxDir.trimmed().isEmpty()) {
        return makeError(QStringLiteral("email_not_configured"),
                         QStringLiteral("Envoi d'e-mails vers fichiers : aucun dossier d'envoi "
                                        "n'est configuré."));
    }
    const QString dir = QFileInfo(config.outboxDir.trimmed()).absoluteFilePath();
    if (const hector::Result<void> writable = ensureWritableDir(dir); !writable)
        return writable.error();
    return std::unique_ptr<EmailSender>(new FileOutboxSender(dir, config.from));
}

QString FileOutboxSender::backendName() const
{
    return QStringLiteral("file");
}

hector::Result<QString> FileOutboxSender::send(const EmailMessage &message)
{
    hector::Result<email_detail::PreparedMessage> prepared
        = email_detail::prepareMessage(message, m_defaultFrom);
    if (!prepared)
        return prepared.error();

    const QDateTime now = QDateTime::currentDateTime();
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString messageId = uuid + QLatin1Char('@') + prepared->sender.domain();
    const QString fileName = now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"))
                             + QLatin1Char('-') + uuid + QStringLiteral(".eml");

    const auto failure = [&](const QString &reason) {
        qCWarning(lcEmail) << "file outbox: cannot write" << fileName << "in" << m_outboxDir
                           << reason;
        return makeError(QStringLiteral("email_send_failed"),
                         QStringLiteral("Impossible d'écrire l'e-mail dans le dossier d'envoi "
                                        "« %1 » : %2.")
                             .arg(QDir::toNativeSeparators(m_outboxDir), reason));
    };

    if (!QDir().mkpath(m_outboxDir))
        return failure(QStringLiteral("dossier impossible à créer"));
    QSaveFile file(QDir(m_outboxDir).filePath(fileName));
    if (!file.open(QIODevice::WriteOnly))
        return failure(file.errorString());
    const QByteArray mime = renderMime(prepared->message, messageId, now);
    if (file.write(mime) != mime.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failure(reason);
    }
    if (!file.commit())
        return failure(file.errorString());

    qCInfo(lcEmail) << "file outbox: wrote" << fileName << "for" << prepared->recipients.size()
                    << "recipient(s)";
    return fileName;
}

} // namespace hector::server
