#include "LoopbackTcpServer.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

namespace hector::test {

LoopbackTcpServer::LoopbackTcpServer(ConnectionHandler handler)
    : m_handler(std::move(handler))
{
}

LoopbackTcpServer::~LoopbackTcpServer()
{
    stop();
}

void LoopbackTcpServer::stop()
{
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
    }
}

bool LoopbackTcpServer::start()
{
    if (m_context)
        return false;
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("loopback-double"));
    m_thread.start();

    bool listening = false;
    QMetaObject::invokeMethod(
        m_context,
        [this, &listening] {
            auto *server = new QTcpServer(m_context);
            QObject::connect(server, &QTcpServer::newConnection, server, [this, server] {
                while (QTcpSocket *socket = server->nextPendingConnection()) {
                    QObject::connect(
                        socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                    m_handler(socket);
                }
            });
            listening = server->listen(QHostAddress::LocalHost, 0);
            m_port = server->serverPort();
        },
        Qt::BlockingQueuedConnection);
    return listening;
}

quint16 unusedLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace hector::test
