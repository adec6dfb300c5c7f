#pragma once

#include "LoopbackTcpServer.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>
#include <QStringList>

namespace hector::test {

struct HttpRequest
{
    QByteArray method;
    QByteArray target;
    QByteArray version;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, in arrival order
    QByteArray body;
    int status = 0;    // what the double answered
    QString rejection; // why the request broke the Resend contract (empty if it did not)

    QByteArray header(const QByteArray &name) const;
    int headerCount(const QByteArray &name) const;
};

struct HttpReply
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

// Stand-in for the Resend API (POST /emails) on 127.0.0.1. It enforces the contract of
// /work/shared/reference/third-party-contracts.md section 6 the way the service does: 405 for
// another method, 404 for another path, 401 missing_api_key, 403 invalid_api_key, 422
// validation_error for a body that is not the documented JSON, 409 when an Idempotency-Key is
// reused with another body. A valid request gets the next scripted reply, or 200 {"id": uuid};
// repeating an Idempotency-Key with the same body replays the first answer.
class FakeResendServer
{
public:
    explicit FakeResendServer(QByteArray apiKey);
    ~FakeResendServer();
    FakeResendServer(const FakeResendServer &) = delete;
    FakeResendServer &operator=(const FakeResendServer &) = delete;

    bool start();
    QString baseUrl() const;

    void enqueueReply(const HttpReply &reply);
    void setSilent(bool silent); // accept connections, read requests, never answer

    QList<HttpRequest> requests() const;
    QStringList issuedIds() const;

private:
    void handleConnection(class QTcpSocket *socket);
    HttpReply answer(HttpRequest &request);

    QByteArray m_apiKey;
    LoopbackTcpServer m_server;
    mutable QMutex m_mutex;
    QList<HttpReply> m_scripted;
    bool m_silent = false;
    QList<HttpRequest> m_requests;
    QStringList m_issuedIds;
    QHash<QByteArray, QPair<QByteArray, HttpReply>> m_idempotent; // key -> (body, reply)
};

} // namespace hector::test
