#pragma once

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>
#include <QUuid>

namespace hector::test {

// ISO-8601 UTC with milliseconds, as the API writes times.
inline QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

inline QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The "id" members of a list's items.
inline QStringList idsOf(const QJsonArray &items)
{
    QStringList out;
    for (const QJsonValue &v : items)
        out << v.toObject().value(QLatin1StringView("id")).toString();
    return out;
}

struct HttpReply
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;

    QString errorCode() const { return json.value(QLatin1StringView("error")).toObject().value(QLatin1StringView("code")).toString(); }
    QString errorMessage() const { return json.value(QLatin1StringView("error")).toObject().value(QLatin1StringView("message")).toString(); }
    // error.field: the member at fault (API name).
    QString errorField() const { return json.value(QLatin1StringView("error")).toObject().value(QLatin1StringView("field")).toString(); }
};

// Blocking HTTP helper for tests (spins a local event loop; the in-process server keeps serving).
class HttpTestClient
{
public:
    explicit HttpTestClient(QUrl base) : m_base(std::move(base)) {}

    HttpReply send(const QByteArray &verb, const QString &path, const QJsonObject &body = {},
                   const QString &token = {}, const QByteArray &rawBody = {})
    {
        QNetworkRequest req(QUrl(m_base.toString() + path));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        const QByteArray payload = !rawBody.isEmpty() ? rawBody
                                   : body.isEmpty()   ? QByteArray()
                                                      : QJsonDocument(body).toJson(QJsonDocument::Compact);
        QNetworkReply *reply = m_nam.sendCustomRequest(req, verb, payload);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        HttpReply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        out.json = QJsonDocument::fromJson(out.body).object();
        for (const auto &h : reply->rawHeaderPairs())
            out.headers.insert(h.first.toLower(), h.second);
        reply->deleteLater();
        return out;
    }
    HttpReply get(const QString &path, const QString &token = {}) { return send("GET", path, {}, token); }
    HttpReply post(const QString &path, const QJsonObject &body, const QString &token = {})
    {
        return send("POST", path, body, token);
    }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
};

} // namespace hector::test
