#include "FakeSmtpServer.h"

#include <QMutexLocker>
#include <QTcpSocket>
#include <memory>

namespace hector::test {

namespace {

enum class State { Command, AuthPlain, AuthLoginUser, AuthLoginPassword, Data };

struct Session
{
    State state = State::Command;
    bool greeted = false;
    bool authenticated = false;
    QByteArray buffer;
    QByteArray helo;
    QByteArray authMechanism;
    QByteArray authUser;
    QByteArray pendingUser;
    QByteArray mailFrom;
    bool hasMailFrom = false;
    QByteArrayList recipients;
    SmtpMessage current;
    int queued = 0;
};

QByteArray pathArgument(const QByteArray &argument)
{
    const qsizetype open = argument.indexOf('<');
    const qsizetype close = argument.indexOf('>', open);
    if (open < 0 || close < 0)
        return {};
    return argument.mid(open + 1, close - open - 1);
}

} // namespace

FakeSmtpServer::FakeSmtpServer(SmtpOptions options)
    : m_options(std::move(options))
    , m_server([this](QTcpSocket *socket) { handleConnection(socket); })
{
}

FakeSmtpServer::~FakeSmtpServer()
{
    // The handler runs in the server thread and touches the members below: stop it first.
    m_server.stop();
}

bool FakeSmtpServer::start()
{
    return m_server.start();
}

QString FakeSmtpServer::url() const
{
    return QStringLiteral("smtp://127.0.0.1:%1").arg(m_server.port());
}

QList<SmtpMessage> FakeSmtpServer::messages() const
{
    QMutexLocker locker(&m_mutex);
    return m_messages;
}

QByteArrayList FakeSmtpServer::commands() const
{
    QMutexLocker locker(&m_mutex);
    return m_commands;
}

int FakeSmtpServer::failedLogins() const
{
    QMutexLocker locker(&m_mutex);
    return m_failedLogins;
}

void FakeSmtpServer::handleConnection(QTcpSocket *socket)
{
    auto session = std::make_shared<Session>();
    const auto reply = [socket](const QByteArray &line) {
        socket->write(line + "\r\n");
    };
    reply("220 127.0.0.1 ESMTP Hector test double");

    const auto finishLogin
        = [this, session, reply](const QByteArray &user, const QByteArray &password) {
              session->state = State::Command;
              if (user == m_options.user && password == m_options.password) {
                  session->authenticated = true;
                  session->authUser = user;
                  reply("235 2.7.0 Authentication successful");
              } else {
                  {
                      QMutexLocker locker(&m_mutex);
                      ++m_failedLogins;
                  }
                  session->authMechanism.clear();
                  reply("535 5.7.8 Authentication credentials invalid");
              }
          };

    const auto resetTransaction = [session] {
        session->hasMailFrom = false;
        session->mailFrom.clear();
        session->recipients.clear();
    };

    const auto handleCommand = [this, session, socket, reply, finishLogin, resetTransaction](
                                   const QByteArray &line) {
        const qsizetype space = line.indexOf(' ');
        const QByteArray verb = (space < 0 ? line : line.left(space)).toUpper();
        const QByteArray argument = space < 0 ? QByteArray() : line.mid(space + 1).trimmed();
        {
            QMutexLocker locker(&m_mutex);
            m_commands.append(verb);
        }

        if (verb == "EHLO" || verb == "HELO") {
            if (argument.isEmpty()) {
                reply("501 5.5.4 Syntax: " + verb + " hostname");
                return;
            }
            session->greeted = true;
            session->helo = argument;
            resetTransaction();
            if (verb == "HELO") {
                reply("250 127.0.0.1");
                return;
            }
            QByteArrayList lines = {"127.0.0.1 greets " + argument, "SIZE 10240000", "8BITMIME"};
            if (m_options.advertiseStartTls)
                lines.append("STARTTLS");
            if (!m_options.authMechanisms.isEmpty())
                lines.append("AUTH " + m_options.authMechanisms.join(' '));
            lines.append("ENHANCEDSTATUSCODES");
            for (qsizetype i = 0; i < lines.size(); ++i)
                reply((i + 1 < lines.size() ? "250-" : "250 ") + lines.at(i));
        } else if (verb == "STARTTLS") {
            if (m_options.advertiseStartTls)
                reply("454 4.7.0 TLS not available due to local problem");
            else
                reply("502 5.5.1 STARTTLS not supported");
        } else if (verb == "AUTH") {
            const QByteArrayList parts = argument.split(' ');
            const QByteArray mechanism = parts.constFirst().toUpper();
            if (!session->greeted) {
                reply("503 5.5.1 Error: send EHLO first");
            } else if (session->authenticated) {
                reply("503 5.5.1 Error: already authenticated");
            } else if (!m_options.authMechanisms.contains(mechanism)) {
                reply("504 5.5.4 Unrecognized authentication type");
            } else {
                session->authMechanism = mechanism;
                const QByteArray initial = parts.size() > 1 ? parts.at(1) : QByteArray();
                if (mechanism == "PLAIN") {
                    if (initial.isEmpty()) {
                        session->state = State::AuthPlain;
                        reply("334 ");
                    } else {
                        const QByteArrayList fields
                            = QByteArray::fromBase64(initial == "=" ? QByteArray() : initial)
                                  .split('\0');
                        finishLogin(fields.value(1), fields.value(2));
                    }
                } else {
                    if (initial.isEmpty()) {
                        session->state = State::AuthLoginUser;
                        reply("334 VXNlcm5hbWU6");
                    } else {
                        session->pendingUser = QByteArray::fromBase64(initial);
                        session->state = State::AuthLoginPassword;
                        reply("334 UGFzc3dvcmQ6");
                    }
                }
            }
        } else if (verb == "MAIL") {
            if (!session->greeted) {
                reply("503 5.5.1 Error: send HELO/EHLO first");
            } else if (m_options.requireAuth && !session->authenticated) {
                reply("530 5.7.0 Authentication required");
            } else if (session->hasMailFrom) {
                reply("503 5.5.1 Error: nested MAIL command");
            } else if (!argument.toUpper().startsWith("FROM:")) {
                reply("501 5.5.4 Syntax: MAIL FROM:<address>");
            } else {
                session->hasMailFrom = true;
                session->mailFrom = pathArgument(argument);
                reply("250 2.1.0 Ok");
            }
        } else if (verb == "RCPT") {
            const QByteArray address = pathArgument(argument);
            if (!session->hasMailFrom) {
                reply("503 5.5.1 Error: need MAIL command");
            } else if (!argument.toUpper().startsWith("TO:") || address.isEmpty()) {
                reply("501 5.5.4 Syntax: RCPT TO:<address>");
            } else {
                bool rejected = false;
                for (const QByteArray &refused : m_options.rejectedRecipients)
                    rejected = rejected || refused.toLower() == address.toLower();
                if (rejected) {
                    reply("550 5.1.1 <" + address
                          + ">: Recipient address rejected: User unknown in local recipient table");
                } else {
                    session->recipients.append(address);
                    reply("250 2.1.5 Ok");
                }
            }
        } else if (verb == "DATA") {
            if (session->recipients.isEmpty()) {
                reply("503 5.5.1 Error: need RCPT command");
            } else {
                session->state = State::Data;
                session->current = SmtpMessage{};
                reply("354 End data with <CR><LF>.<CR><LF>");
            }
        } else if (verb == "RSET") {
            resetTransaction();
            reply("250 2.0.0 Ok");
        } else if (verb == "NOOP") {
            reply("250 2.0.0 Ok");
        } else if (verb == "QUIT") {
            reply("221 2.0.0 Bye");
            socket->disconnectFromHost();
        } else {
            reply("502 5.5.2 Error: command not recognized");
        }
    };

    const auto handleDataLine = [this, session, reply, resetTransaction](const QByteArray &line) {
        SmtpMessage &message = session->current;
        const bool crlf = line.endsWith("\r\n");
        const QByteArray content = line.left(line.size() - (crlf ? 2 : 1));
        if (content == "." && crlf) {
            message.helo = session->helo;
            message.authMechanism = session->authMechanism;
            message.authUser = session->authUser;
            message.mailFrom = session->mailFrom;
            message.recipients = session->recipients;
            {
                QMutexLocker locker(&m_mutex);
                m_messages.append(message);
            }
            session->state = State::Command;
            resetTransaction();
            reply("250 2.0.0 Ok: queued as " + QByteArray::number(++session->queued));
            return;
        }
        if (!crlf)
            message.bareLineFeed = true;
        // RFC 5321 4.5.2: a leading dot was doubled by the client.
        const QByteArray unstuffed = content.startsWith('.') ? content.mid(1) : content;
        message.longestLine = std::max(message.longestLine, unstuffed.size());
        message.data += unstuffed + "\r\n";
    };

    QObject::connect(
        socket,
        &QTcpSocket::readyRead,
        socket,
        [session, socket, handleCommand, handleDataLine, finishLogin, reply] {
            session->buffer += socket->readAll();
            qsizetype newline = -1;
            while ((newline = session->buffer.indexOf('\n')) >= 0) {
                const QByteArray line = session->buffer.left(newline + 1);
                session->buffer.remove(0, newline + 1);
                const QByteArray trimmed = line.trimmed();
                switch (session->state) {
                case State::Data:
                    handleDataLine(line);
                    break;
                case State::Command:
                    handleCommand(trimmed);
                    break;
                case State::AuthPlain:
                case State::AuthLoginUser:
                case State::AuthLoginPassword:
                    if (trimmed == "*") {
                        session->state = State::Command;
                        session->authMechanism.clear();
                        reply("501 5.7.0 Authentication aborted");
                    } else if (session->state == State::AuthPlain) {
                        const QByteArrayList fields = QByteArray::fromBase64(trimmed).split('\0');
                        finishLogin(fields.value(1), fields.value(2));
                    } else if (session->state == State::AuthLoginUser) {
                        session->pendingUser = QByteArray::fromBase64(trimmed);
                        session->state = State::AuthLoginPassword;
                        reply("334 UGFzc3dvcmQ6");
                    } else {
                        finishLogin(session->pendingUser, QByteArray::fromBase64(trimmed));
                    }
                    break;
                }
            }
        });
}

} // namespace hector::test
