#pragma once

#include "LoopbackTcpServer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>

namespace hector::test::anthropic {

struct Request
{
    QByteArray method;
    QByteArray target;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;
    int status = 0;    // what the double answered
    QString rejection; // why the request broke the contract (empty if it did not)

    QByteArray header(const QByteArray &lowerName) const;
    QJsonObject json() const;
};

struct Reply
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

// Stand-in for the Anthropic Messages API on 127.0.0.1, enforcing the contract of
// /work/shared/reference/third-party-contracts.md section 4 as the service does:
//   POST /v1/messages only (404 not_found_error otherwise), x-api-key (401 authentication_error
//   when missing or wrong), anthropic-version: 2023-06-01 and content-type: application/json
//   (400 invalid_request_error), a body {model, max_tokens > 0, messages: [{role, content: [...]}]}
//   whose image blocks are {"type":"image","source":{"type":"base64","media_type":"image/…",
//   "data": base64}} (400 invalid_request_error), 413 request_too_large above 32 MB.
// Errors use {"type":"error","error":{"type":...,"message":...}}. A valid request gets the next
// scripted reply (see the helpers), or a message whose text is the default answer.
class FakeAnthropicServer
{
public:
    explicit FakeAnthropicServer(QByteArray apiKey);
    ~FakeAnthropicServer();
    FakeAnthropicServer(const FakeAnthropicServer &) = delete;
    FakeAnthropicServer &operator=(const FakeAnthropicServer &) = delete;

    bool start();
    QString baseUrl() const;

    void enqueueReply(const Reply &reply);
    // 200 with a Messages API answer whose single text block is `text`.
    void enqueueText(const QString &text);
    // An error with the documented body; `extraHeaders` e.g. {"retry-after", "30"}.
    void enqueueError(int status, const QString &type, const QString &message,
                      const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    void setDefaultText(const QString &text);

    QList<Request> requests() const;

    static Reply messageReply(const QString &text, const QString &model = QStringLiteral("claude-sonnet-4-5"));
    static Reply errorReply(int status, const QString &type, const QString &message);

private:
    void handleConnection(class QTcpSocket *socket);
    Reply answer(Request &request);

    QByteArray m_apiKey;
    LoopbackTcpServer m_server;
    mutable QMutex m_mutex;
    QList<Reply> m_scripted;
    QString m_defaultText;
    QList<Request> m_requests;
};

} // namespace hector::test::anthropic
