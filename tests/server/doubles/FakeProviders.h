#pragma once

#include "LoopbackTcpServer.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>

namespace hector::test {

// One request received by FakeProviders.
struct ProviderCall
{
    QString provider; // insee, pappers, google, nominatim
    QByteArray method;
    QByteArray target; // path and query, without the provider prefix
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 receivedMs = 0; // QDateTime::currentMSecsSinceEpoch() at arrival
    QByteArray header(const QByteArray &lowerName) const;
};

struct ProviderReply
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

// Loopback stand-ins for the providers of issue #7, one HTTP server with a prefix per provider
// (base URLs http://127.0.0.1:<port>/insee, /pappers, /google, /nominatim), reproducing
// /work/shared/reference/third-party-contracts.md:
//  - INSEE Sirene 3.11: key header X-INSEE-Api-Key-Integration (401 otherwise); GET /siren/{siren}
//    with the name, NAF, legal category in periodesUniteLegale (current period first, dateFin null;
//    an older period with another name); GET /siret/{siret} with a flat uniteLegale; GET /siret?q=
//    (denominationUniteLegale:"..." [AND codePostalEtablissement:NNNNN]); 404 {"header":{"statut":404,
//    "message":"Aucun élément trouvé pour le siren ..."}}; 403 « Unité légale non diffusable » for
//    SIREN 999999990.
//  - Pappers v2: key header api-key or query api_token (401 otherwise); GET /entreprise?siren= with
//    finances[] and representants[] (qualites[] on one, the older qualite on another, and a
//    personne_morale); GET /recherche?q=; 404 when unknown.
//  - Google Geocoding: GET /json?address=&key=; logical errors in HTTP 200 (REQUEST_DENIED for a bad
//    key, ZERO_RESULTS when unknown, scripted OVER_QUERY_LIMIT...).
//  - Nominatim: GET /search?q=&format=jsonv2...; 403 without User-Agent; lat/lon as strings; [].
// Scripted replies (enqueue()) are served first, per provider. Every request is recorded.
class FakeProviders
{
public:
    FakeProviders();
    ~FakeProviders();
    bool start();
    QString baseUrl(const QString &provider) const;

    static inline const QByteArray kInseeKey = QByteArrayLiteral("insee-test-key");
    static inline const QByteArray kPappersKey = QByteArrayLiteral("pappers-test-key");
    static inline const QByteArray kGoogleKey = QByteArrayLiteral("google-test-key");

    void enqueue(const QString &provider, const ProviderReply &reply);
    // Google: the next `count` requests answer HTTP 200 {"status": status}.
    void googleStatus(const QString &status, int count = 1);
    QList<ProviderCall> calls(const QString &provider = {}) const;
    int count(const QString &provider) const { return int(calls(provider).size()); }
    void clear();

private:
    void handle(class QTcpSocket *socket);
    ProviderReply answer(const ProviderCall &call);
    ProviderReply insee(const ProviderCall &call);
    ProviderReply pappers(const ProviderCall &call);
    ProviderReply google(const ProviderCall &call);
    ProviderReply nominatim(const ProviderCall &call);

    LoopbackTcpServer m_server;
    mutable QMutex m_mutex;
    QHash<QString, QList<ProviderReply>> m_scripted;
    QList<QString> m_googleStatuses;
    QList<ProviderCall> m_calls;
};

} // namespace hector::test
