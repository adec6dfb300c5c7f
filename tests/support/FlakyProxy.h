#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

class QTcpSocket;

namespace hector::test {

// A TCP proxy on 127.0.0.1 in front of a test server, to cut the network under a client:
// drop every open connection now, refuse new ones for a while, or cut each connection after a
// number of bytes (a request or an answer lost half-way).
class FlakyProxy : public QObject
{
    Q_OBJECT
public:
    FlakyProxy(quint16 targetPort, QObject *parent = nullptr);
    ~FlakyProxy() override;

    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const;

    // Closes every connection at once (both sides see a reset).
    void dropAll();
    // While offline, new connections are accepted then closed at once.
    void setOffline(bool offline);
    bool isOffline() const { return m_offline; }
    // Cuts a connection once this many bytes went through it from the server (0 = never).
    void setCutAfterResponseBytes(qint64 bytes) { m_cutAfter = bytes; }
    int connectionsSeen() const { return m_seen; }

private:
    struct Pair
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        qint64 downBytes = 0;
    };
    void onNewConnection();
    void closePair(Pair *pair);

    QTcpServer m_server;
    quint16 m_target;
    bool m_offline = false;
    qint64 m_cutAfter = 0;
    int m_seen = 0;
    QList<Pair *> m_pairs;
};

} // namespace hector::test
