#include "tests/support/FlakyProxy.h"

#include <QTcpSocket>
#include <QUrl>

namespace hector::test {

FlakyProxy::FlakyProxy(quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_target(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FlakyProxy::onNewConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

FlakyProxy::~FlakyProxy()
{
    dropAll();
}

QUrl FlakyProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void FlakyProxy::setOffline(bool offline)
{
    m_offline = offline;
    if (offline)
        dropAll();
}

void FlakyProxy::dropAll()
{
    const auto pairs = m_pairs;
    for (Pair *p : pairs)
        closePair(p);
}

void FlakyProxy::closePair(Pair *pair)
{
    if (!m_pairs.removeOne(pair))
        return;
    if (pair->client) {
        pair->client->abort();
        pair->client->deleteLater();
    }
    if (pair->upstream) {
        pair->upstream->abort();
        pair->upstream->deleteLater();
    }
    delete pair;
}

void FlakyProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_seen;
        if (m_offline) {
            client->abort();
            client->deleteLater();
            continue;
        }
        auto *pair = new Pair;
        pair->client = client;
        pair->upstream = new QTcpSocket(this);
        m_pairs.append(pair);
        QTcpSocket *up = pair->upstream;
        connect(client, &QTcpSocket::readyRead, this, [pair, client, up] {
            if (up->state() == QAbstractSocket::ConnectedState)
                up->write(client->readAll());
        });
        connect(up, &QTcpSocket::connected, this, [client, up] { up->write(client->readAll()); });
        connect(up, &QTcpSocket::readyRead, this, [this, pair, client, up] {
            QByteArray data = up->readAll();
            if (m_cutAfter > 0 && pair->downBytes + data.size() > m_cutAfter) {
                client->write(data.left(m_cutAfter - pair->downBytes));
                client->flush();
                closePair(pair);
                return;
            }
            pair->downBytes += data.size();
            client->write(data);
        });
        connect(client, &QTcpSocket::disconnected, this, [this, pair] { closePair(pair); });
        connect(up, &QTcpSocket::disconnected, this, [this, pair] {
            if (pair->client)
                pair->client->disconnectFromHost();
            closePair(pair);
        });
        connect(up, &QTcpSocket::errorOccurred, this, [this, pair] { closePair(pair); });
        up->connectToHost(QHostAddress::LocalHost, m_target);
    }
}

} // namespace hector::test
