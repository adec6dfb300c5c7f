#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <functional>

class QTcpServer;
class QTcpSocket;

namespace hector::test {

struct HttpRequest
{
    QByteArray method;
    QString path;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const;
    // The token of "Authorization: Bearer <token>", empty when absent.
    QString bearer() const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    bool hang = false;              // never answer (the client times out)
    bool closeWithoutReply = false; // drop the connection without a byte

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse error(int status, const QString &code, const QString &message);
    static HttpResponse raw(int status, const QByteArray &body, const QByteArray &contentType);
};

// A tiny HTTP/1.1 server on 127.0.0.1 (random port) answering with a handler: a loopback test
// double for the Hector API. One request per connection ("Connection: close").
class HttpDouble : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit HttpDouble(QObject *parent = nullptr);
    ~HttpDouble() override;

    bool listen();
    void close();
    quint16 port() const;
    QUrl baseUrl() const;

    void setHandler(Handler handler);
    QList<HttpRequest> requests() const;
    int count(const QString &path) const;
    void clearRequests();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer *m_server;
    Handler m_handler;
    QList<HttpRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    quint16 m_port = 0;
};

// A free loopback port with nothing listening on it.
quint16 closedLoopbackPort();

} // namespace hector::test
