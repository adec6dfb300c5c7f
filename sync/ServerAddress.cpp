#include "sync/ServerAddress.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace hector::sync {

namespace {

Error invalid(const QString &reason)
{
    return makeError(QStringLiteral("invalid_server_url"),
                     QCoreApplication::translate("hector::sync::ServerAddress",
                                                 "L'adresse du serveur n'est pas valide : %1")
                         .arg(reason));
}

Error malformed(const QString &input)
{
    return invalid(QCoreApplication::translate(
                       "hector::sync::ServerAddress",
                       "« %1 » n'est pas une adresse de serveur. Exemples : "
                       "http://127.0.0.1:8080, localhost:8080, https://crm.exemple.fr.")
                       .arg(input));
}

bool isValidHostName(const QString &host)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,62})(?:\.[A-Za-z0-9](?:[A-Za-z0-9_-]{0,62}))*\.?$)"));
    return host.size() <= 253 && re.match(host).hasMatch();
}

} // namespace

bool isLoopbackHost(const QString &host)
{
    const QString h = host.toLower();
    if (h == QLatin1String("localhost") || h.endsWith(QLatin1String(".localhost")))
        return true;
    QHostAddress address;
    return address.setAddress(h) && address.isLoopback();
}

Result<QUrl> normalizeServerUrl(const QString &input)
{
    QString text = input.trimmed();
    while (text.endsWith(u'/'))
        text.chop(1);
    if (text.isEmpty())
        return invalid(QCoreApplication::translate(
            "hector::sync::ServerAddress",
            "saisissez une adresse, par exemple http://127.0.0.1:8080."));
    for (QChar c : std::as_const(text)) {
        if (c.isSpace())
            return malformed(text);
    }

    static const QRegularExpression schemeRe(QStringLiteral(R"(^([A-Za-z][A-Za-z0-9+.-]*)://)"));
    const QRegularExpressionMatch schemeMatch = schemeRe.match(text);
    QString scheme;
    QString rest = text;
    if (schemeMatch.hasMatch()) {
        scheme = schemeMatch.captured(1).toLower();
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            return invalid(QCoreApplication::translate(
                "hector::sync::ServerAddress",
                "seules les adresses en http:// ou https:// sont acceptées."));
        rest = text.mid(schemeMatch.capturedLength());
    } else if (text.contains(QLatin1String(":/"))) {
        return malformed(text);
    }

    // Authority = everything up to the first '/'.
    const qsizetype slash = rest.indexOf(u'/');
    const QString authority = slash < 0 ? rest : rest.left(slash);
    const QString path = slash < 0 ? QString() : rest.mid(slash);
    if (path.contains(QLatin1String("//")))
        return malformed(text);
    if (authority.contains(u'@') || rest.contains(u'?') || rest.contains(u'#')) {
        return invalid(
            QCoreApplication::translate("hector::sync::ServerAddress",
                                        "elle ne doit contenir ni identifiant, ni paramètres (?…), "
                                        "ni ancre (#…)."));
    }

    QString host = authority;
    int port = -1;
    static const QRegularExpression portRe(QStringLiteral(R"(^(.*):([^:\]]*)$)"));
    // "[::1]:8080", "host:8080" ; a bare IPv6 address without brackets is refused below.
    if (!(authority.startsWith(u'[') && authority.endsWith(u']'))) {
        const QRegularExpressionMatch m = portRe.match(authority);
        if (m.hasMatch()) {
            host = m.captured(1);
            bool ok = false;
            const QString portText = m.captured(2);
            port = portText.toInt(&ok);
            if (!ok || port < 1 || port > 65535 || portText.startsWith(u'+')
                || portText.startsWith(u'-')) {
                return invalid(
                    QCoreApplication::translate("hector::sync::ServerAddress",
                                                "le port doit être un nombre entre 1 et 65535."));
            }
        }
    }
    if (host.startsWith(u'[') && host.endsWith(u']')) {
        QHostAddress v6;
        if (!v6.setAddress(host.mid(1, host.size() - 2))
            || v6.protocol() != QAbstractSocket::IPv6Protocol) {
            return malformed(text);
        }
    } else if (host.isEmpty() || host.contains(u':') || !isValidHostName(host)) {
        return malformed(text);
    }

    const QString bareHost = host.startsWith(u'[') ? host.mid(1, host.size() - 2) : host;
    if (scheme.isEmpty())
        scheme = isLoopbackHost(bareHost) ? QStringLiteral("http") : QStringLiteral("https");

    QUrl url;
    url.setScheme(scheme);
    url.setHost(bareHost.toLower(), QUrl::StrictMode);
    if (port > 0)
        url.setPort(port);
    if (!path.isEmpty())
        url.setPath(path, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return malformed(text);
    return url;
}

QString serverUrlToString(const QUrl &url)
{
    QString s = url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                             | QUrl::StripTrailingSlash);
    return s;
}

} // namespace hector::sync
