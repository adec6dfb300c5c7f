#pragma once

#include <QThread>
#include <QtGlobal>
#include <functional>

class QTcpSocket;

namespace hector::test {

// A QTcpServer listening on 127.0.0.1 (ephemeral port) in a thread of its own, so that a test can
// call blocking client code (libcurl) while the double answers. The handler runs in that thread
// for every accepted connection; the socket is deleted once disconnected.
class LoopbackTcpServer
{
public:
    using ConnectionHandler = std::function<void(QTcpSocket *socket)>;

    explicit LoopbackTcpServer(ConnectionHandler handler);
    ~LoopbackTcpServer();
    LoopbackTcpServer(const LoopbackTcpServer &) = delete;
    LoopbackTcpServer &operator=(const LoopbackTcpServer &) = delete;

    bool start();
    // Stops the thread (idempotent). Owners call it before the state their handler uses dies.
    void stop();
    quint16 port() const { return m_port; }

private:
    ConnectionHandler m_handler;
    QThread m_thread;
    QObject *m_context = nullptr;
    quint16 m_port = 0;
};

// A loopback port on which nothing listens (bound, then released).
quint16 unusedLoopbackPort();

} // namespace hector::test
