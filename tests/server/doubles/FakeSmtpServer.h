#pragma once

#include "LoopbackTcpServer.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QMutex>
#include <QString>

namespace hector::test {

struct SmtpOptions
{
    QByteArrayList authMechanisms = {"PLAIN", "LOGIN"}; // advertised in the EHLO reply
    bool requireAuth = false;                           // 530 on MAIL FROM before AUTH
    QByteArray user;
    QByteArray password;
    QByteArrayList rejectedRecipients; // answered 550 on RCPT TO (compared case-insensitively)
    bool advertiseStartTls = false;    // advertised, but STARTTLS is answered 454
};

// One accepted message (a DATA transaction that ended with 250).
struct SmtpMessage
{
    QByteArray helo;          // EHLO/HELO argument
    QByteArray authMechanism; // empty without AUTH
    QByteArray authUser;
    QByteArray mailFrom; // reverse-path, without angle brackets
    QByteArrayList recipients;
    QByteArray data;           // dot-unstuffed, terminating "." line removed
    bool bareLineFeed = false; // a line of the data ended with LF alone
    qsizetype longestLine = 0; // longest data line, CRLF excluded
};

// A loopback SMTP server speaking enough RFC 5321 for libcurl: 220 greeting, EHLO/HELO,
// AUTH PLAIN and LOGIN (with or without initial response), MAIL FROM, RCPT TO, DATA with
// dot-stuffing and CRLF.CRLF, RSET, NOOP, QUIT. Runs in its own thread.
class FakeSmtpServer
{
public:
    explicit FakeSmtpServer(SmtpOptions options = {});
    ~FakeSmtpServer();
    FakeSmtpServer(const FakeSmtpServer &) = delete;
    FakeSmtpServer &operator=(const FakeSmtpServer &) = delete;

    bool start();
    QString url() const; // smtp://127.0.0.1:<port>
    quint16 port() const { return m_server.port(); }

    QList<SmtpMessage> messages() const;
    QByteArrayList commands() const; // command verbs received, in order, all sessions
    int failedLogins() const;

private:
    void handleConnection(class QTcpSocket *socket);

    const SmtpOptions m_options;
    LoopbackTcpServer m_server;
    mutable QMutex m_mutex;
    QList<SmtpMessage> m_messages;
    QByteArrayList m_commands;
    int m_failedLogins = 0;
};

} // namespace hector::test
