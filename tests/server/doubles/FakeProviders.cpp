#include "FakeProviders.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace hector::test {

namespace {
QByteArray json(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

ProviderReply reply(int status, const QJsonValue &body)
{
    return ProviderReply{status, json(body), {}};
}

ProviderReply inseeError(int status, const QString &message)
{
    return reply(status, QJsonObject{{QStringLiteral("header"), QJsonObject{{QStringLiteral("statut"), status},
                                                                             {QStringLiteral("message"), message}}}});
}

QByteArray serialize(const ProviderReply &r)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + " X\r\n";
    out += "Content-Type: application/json; charset=utf-8\r\n";
    out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\nConnection: close\r\n";
    for (const auto &h : r.headers)
        out += h.first + ": " + h.second + "\r\n";
    return out + "\r\n" + r.body;
}

// The companies the registries know (real public identifiers of the contract's examples).
struct KnownCompany
{
    QString siren, nic, name, oldName, naf, category, band, created, street, type, number, postcode, city;
};
const QList<KnownCompany> &companies()
{
    static const QList<KnownCompany> list{
        {QStringLiteral("443061841"), QStringLiteral("00047"), QStringLiteral("GOOGLE FRANCE"), QStringLiteral("GOOGLE FRANCE SARL"),
         QStringLiteral("70.10Z"), QStringLiteral("5499"), QStringLiteral("42"), QStringLiteral("2002-05-16"),
         QStringLiteral("DE LONDRES"), QStringLiteral("RUE"), QStringLiteral("8"), QStringLiteral("75009"), QStringLiteral("PARIS")},
        {QStringLiteral("552081317"), QStringLiteral("66522"), QStringLiteral("ELECTRICITE DE FRANCE"), QStringLiteral("EDF ANCIEN NOM"),
         QStringLiteral("35.11Z"), QStringLiteral("5599"), QStringLiteral("53"), QStringLiteral("1955-01-01"),
         QStringLiteral("WAGRAM"), QStringLiteral("AV"), QStringLiteral("22"), QStringLiteral("75008"), QStringLiteral("PARIS")},
    };
    return list;
}
const KnownCompany *findCompany(const QString &siren)
{
    for (const auto &c : companies()) {
        if (c.siren == siren)
            return &c;
    }
    return nullptr;
}

QJsonObject etablissement(const KnownCompany &c)
{
    return QJsonObject{
        {QStringLiteral("siren"), c.siren},
        {QStringLiteral("nic"), c.nic},
        {QStringLiteral("siret"), QString(c.siren + c.nic)},
        {QStringLiteral("etablissementSiege"), true},
        {QStringLiteral("trancheEffectifsEtablissement"), c.band},
        {QStringLiteral("uniteLegale"), QJsonObject{{QStringLiteral("denominationUniteLegale"), c.name},
                                                    {QStringLiteral("activitePrincipaleUniteLegale"), c.naf},
                                                    {QStringLiteral("categorieJuridiqueUniteLegale"), c.category},
                                                    {QStringLiteral("etatAdministratifUniteLegale"), QStringLiteral("A")},
                                                    {QStringLiteral("trancheEffectifsUniteLegale"), c.band},
                                                    {QStringLiteral("dateCreationUniteLegale"), c.created}}},
        {QStringLiteral("adresseEtablissement"), QJsonObject{{QStringLiteral("numeroVoieEtablissement"), c.number},
                                                             {QStringLiteral("typeVoieEtablissement"), c.type},
                                                             {QStringLiteral("libelleVoieEtablissement"), c.street},
                                                             {QStringLiteral("codePostalEtablissement"), c.postcode},
                                                             {QStringLiteral("libelleCommuneEtablissement"), c.city},
                                                             {QStringLiteral("coordonneeLambertAbscisseEtablissement"), QStringLiteral("651234.5")},
                                                             {QStringLiteral("coordonneeLambertOrdonneeEtablissement"), QStringLiteral("6863456.7")}}},
        {QStringLiteral("periodesEtablissement"), QJsonArray{QJsonObject{{QStringLiteral("dateFin"), QJsonValue::Null},
                                                                         {QStringLiteral("etatAdministratifEtablissement"), QStringLiteral("A")}}}}};
}

QJsonObject header(int total)
{
    return QJsonObject{{QStringLiteral("statut"), 200}, {QStringLiteral("message"), QStringLiteral("OK")},
                       {QStringLiteral("total"), total}, {QStringLiteral("debut"), 0}, {QStringLiteral("nombre"), total}};
}

QJsonObject pappersCompany(const KnownCompany &c, bool search)
{
    QJsonObject o{{QStringLiteral("siren"), c.siren},
                  {QStringLiteral("siren_formate"), QString(c.siren.left(3) + u' ' + c.siren.mid(3, 3) + u' ' + c.siren.right(3))},
                  {QStringLiteral("nom_entreprise"), c.name},
                  {QStringLiteral("denomination"), c.name},
                  {QStringLiteral("code_naf"), c.naf},
                  {QStringLiteral("libelle_code_naf"), QStringLiteral("Activités des sièges sociaux")},
                  {QStringLiteral("date_creation"), c.created},
                  {QStringLiteral("entreprise_cessee"), false},
                  {QStringLiteral("forme_juridique"), QStringLiteral("SARL, société à responsabilité limitée")},
                  {QStringLiteral("tranche_effectif"), QStringLiteral("1 000 à 1 999 salariés")},
                  {QStringLiteral("siege"), QJsonObject{{QStringLiteral("siret"), QString(c.siren + c.nic)},
                                                        {QStringLiteral("adresse_ligne_1"), QString(c.number + u' ' + c.type + u' ' + c.street)},
                                                        {QStringLiteral("code_postal"), c.postcode},
                                                        {QStringLiteral("ville"), c.city},
                                                        {QStringLiteral("pays"), QStringLiteral("France")},
                                                        {QStringLiteral("latitude"), 48.878},
                                                        {QStringLiteral("longitude"), 2.329}}}};
    if (search) {
        o.insert(QStringLiteral("chiffre_affaires"), 590000000);
        o.insert(QStringLiteral("annee_finances"), 2022);
        o.insert(QStringLiteral("statut_consolide"), QStringLiteral("actif"));
        return o;
    }
    o.insert(QStringLiteral("finances"), QJsonArray{QJsonObject{{QStringLiteral("annee"), 2021}, {QStringLiteral("chiffre_affaires"), 410000000}},
                                                    QJsonObject{{QStringLiteral("annee"), 2022}, {QStringLiteral("chiffre_affaires"), 590000000},
                                                                {QStringLiteral("resultat"), 50000000}}});
    o.insert(QStringLiteral("representants"),
             QJsonArray{QJsonObject{{QStringLiteral("qualites"), QJsonArray{QStringLiteral("Gérant"), QStringLiteral("Associé")}},
                                    {QStringLiteral("nom"), QStringLiteral("DUPONT")},
                                    {QStringLiteral("prenom"), QStringLiteral("Marie")},
                                    {QStringLiteral("nom_complet"), QStringLiteral("Marie DUPONT")},
                                    {QStringLiteral("personne_morale"), false},
                                    {QStringLiteral("date_prise_de_poste"), QStringLiteral("2019-03-01")}},
                        QJsonObject{{QStringLiteral("denomination"), QStringLiteral("AUDIT CONSEIL")},
                                    {QStringLiteral("qualite"), QStringLiteral("Commissaire aux comptes titulaire")},
                                    {QStringLiteral("personne_morale"), true}},
                        QJsonObject{{QStringLiteral("qualite"), QStringLiteral("Directeur administratif et financier")},
                                    {QStringLiteral("nom"), QStringLiteral("MARTIN")},
                                    {QStringLiteral("prenom"), QStringLiteral("Paul")},
                                    {QStringLiteral("nom_complet"), QStringLiteral("Paul MARTIN")},
                                    {QStringLiteral("personne_morale"), false},
                                    {QStringLiteral("date_prise_de_poste"), QStringLiteral("2021-09-15")}}});
    return o;
}
} // namespace

QByteArray ProviderCall::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return h.second;
    }
    return {};
}

FakeProviders::FakeProviders()
    : m_server([this](QTcpSocket *socket) { handle(socket); })
{}

FakeProviders::~FakeProviders()
{
    m_server.stop();
}

bool FakeProviders::start()
{
    return m_server.start();
}

QString FakeProviders::baseUrl(const QString &provider) const
{
    return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_server.port()).arg(provider);
}

void FakeProviders::enqueue(const QString &provider, const ProviderReply &r)
{
    QMutexLocker lock(&m_mutex);
    m_scripted[provider].append(r);
}

void FakeProviders::googleStatus(const QString &status, int count)
{
    QMutexLocker lock(&m_mutex);
    for (int i = 0; i < count; ++i)
        m_googleStatuses.append(status);
}

QList<ProviderCall> FakeProviders::calls(const QString &provider) const
{
    QMutexLocker lock(&m_mutex);
    if (provider.isEmpty())
        return m_calls;
    QList<ProviderCall> out;
    for (const auto &c : m_calls) {
        if (c.provider == provider)
            out.append(c);
    }
    return out;
}

void FakeProviders::clear()
{
    QMutexLocker lock(&m_mutex);
    m_calls.clear();
    m_scripted.clear();
    m_googleStatuses.clear();
}

void FakeProviders::handle(QTcpSocket *socket)
{
    auto buffer = std::make_shared<QByteArray>();
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
        *buffer += socket->readAll();
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer->left(end).split('\n');
        const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
        ProviderCall call;
        call.receivedMs = QDateTime::currentMSecsSinceEpoch();
        if (requestLine.size() == 3) {
            call.method = requestLine.at(0);
            QByteArray target = requestLine.at(1);
            const qsizetype slash = target.indexOf('/', 1);
            call.provider = QString::fromLatin1(target.mid(1, slash < 0 ? -1 : slash - 1));
            call.target = slash < 0 ? QByteArray("/") : target.mid(slash);
        }
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                call.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
        }
        ProviderReply r;
        {
            QMutexLocker lock(&m_mutex);
            m_calls.append(call);
            auto &queue = m_scripted[call.provider];
            if (!queue.isEmpty())
                r = queue.takeFirst();
            else
                r.status = 0;
        }
        if (r.status == 0)
            r = answer(call);
        socket->write(serialize(r));
        socket->disconnectFromHost();
    });
}

ProviderReply FakeProviders::answer(const ProviderCall &call)
{
    if (call.method != "GET")
        return reply(405, QJsonObject{{QStringLiteral("message"), QStringLiteral("Method not allowed")}});
    if (call.provider == QLatin1String("insee"))
        return insee(call);
    if (call.provider == QLatin1String("pappers"))
        return pappers(call);
    if (call.provider == QLatin1String("google"))
        return google(call);
    if (call.provider == QLatin1String("nominatim"))
        return nominatim(call);
    return reply(404, QJsonObject{});
}

ProviderReply FakeProviders::insee(const ProviderCall &call)
{
    if (call.header("x-insee-api-key-integration") != kInseeKey)
        return inseeError(401, QStringLiteral("Invalid Credentials. Make sure you have provided the correct security credentials"));
    const QUrl url(QString::fromUtf8(call.target));
    const QString path = url.path();
    static const QRegularExpression siren(QStringLiteral("^/siren/(\\d{9})$"));
    static const QRegularExpression siret(QStringLiteral("^/siret/(\\d{14})$"));
    if (auto m = siren.match(path); m.hasMatch()) {
        if (m.captured(1) == QLatin1String("999999990"))
            return inseeError(403, QStringLiteral("Unité légale non diffusable"));
        const KnownCompany *c = findCompany(m.captured(1));
        if (!c)
            return inseeError(404, QStringLiteral("Aucun élément trouvé pour le siren %1").arg(m.captured(1)));
        // The trap: the name, NAF and legal category only in the periods; the current one first.
        const QJsonObject ul{{QStringLiteral("siren"), c->siren},
                             {QStringLiteral("statutDiffusionUniteLegale"), QStringLiteral("O")},
                             {QStringLiteral("dateCreationUniteLegale"), c->created},
                             {QStringLiteral("trancheEffectifsUniteLegale"), c->band},
                             {QStringLiteral("anneeEffectifsUniteLegale"), QStringLiteral("2021")},
                             {QStringLiteral("categorieEntreprise"), QStringLiteral("GE")},
                             {QStringLiteral("nombrePeriodesUniteLegale"), 2},
                             {QStringLiteral("periodesUniteLegale"),
                              QJsonArray{QJsonObject{{QStringLiteral("dateFin"), QJsonValue::Null},
                                                     {QStringLiteral("dateDebut"), QStringLiteral("2015-01-01")},
                                                     {QStringLiteral("denominationUniteLegale"), c->name},
                                                     {QStringLiteral("nomUniteLegale"), QJsonValue::Null},
                                                     {QStringLiteral("activitePrincipaleUniteLegale"), c->naf},
                                                     {QStringLiteral("categorieJuridiqueUniteLegale"), c->category},
                                                     {QStringLiteral("etatAdministratifUniteLegale"), QStringLiteral("A")},
                                                     {QStringLiteral("nicSiegeUniteLegale"), c->nic}},
                                         QJsonObject{{QStringLiteral("dateFin"), QStringLiteral("2014-12-31")},
                                                     {QStringLiteral("dateDebut"), QStringLiteral("2002-05-16")},
                                                     {QStringLiteral("denominationUniteLegale"), c->oldName},
                                                     {QStringLiteral("activitePrincipaleUniteLegale"), QStringLiteral("74.4A")},
                                                     {QStringLiteral("categorieJuridiqueUniteLegale"), QStringLiteral("5710")},
                                                     {QStringLiteral("etatAdministratifUniteLegale"), QStringLiteral("A")},
                                                     {QStringLiteral("nicSiegeUniteLegale"), QStringLiteral("00013")}}}}};
        return reply(200, QJsonObject{{QStringLiteral("header"), header(1)}, {QStringLiteral("uniteLegale"), ul}});
    }
    if (auto m = siret.match(path); m.hasMatch()) {
        const KnownCompany *c = findCompany(m.captured(1).left(9));
        if (!c || c->siren + c->nic != m.captured(1))
            return inseeError(404, QStringLiteral("Aucun élément trouvé pour le siret %1").arg(m.captured(1)));
        return reply(200, QJsonObject{{QStringLiteral("header"), header(1)}, {QStringLiteral("etablissement"), etablissement(*c)}});
    }
    if (path == QLatin1String("/siret")) {
        const QString q = QUrlQuery(url).queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
        static const QRegularExpression name(QStringLiteral("denominationUniteLegale:\"([^\"]*)\""));
        static const QRegularExpression postcode(QStringLiteral("codePostalEtablissement:(\\d+)"));
        const QString wanted = name.match(q).captured(1).toUpper();
        const QString pc = postcode.match(q).captured(1);
        if (wanted.isEmpty())
            return inseeError(400, QStringLiteral("Erreur de syntaxe dans le paramètre q"));
        QJsonArray found;
        for (const auto &c : companies()) {
            if (c.name.contains(wanted) && (pc.isEmpty() || pc == c.postcode))
                found.append(etablissement(c));
        }
        if (found.isEmpty())
            return inseeError(404, QStringLiteral("Aucun élément trouvé pour la requête"));
        return reply(200, QJsonObject{{QStringLiteral("header"), header(int(found.size()))}, {QStringLiteral("etablissements"), found}});
    }
    return inseeError(404, QStringLiteral("Ressource inconnue"));
}

ProviderReply FakeProviders::pappers(const ProviderCall &call)
{
    const QUrl url(QString::fromUtf8(call.target));
    const QUrlQuery query(url);
    if (call.header("api-key") != kPappersKey && query.queryItemValue(QStringLiteral("api_token")).toUtf8() != kPappersKey)
        return reply(401, QJsonObject{{QStringLiteral("statusCode"), 401}, {QStringLiteral("error"), QStringLiteral("Unauthorized")},
                                      {QStringLiteral("message"), QStringLiteral("Le jeton d'API n'est pas valide.")}});
    if (url.path() == QLatin1String("/entreprise")) {
        const QString siren = query.queryItemValue(QStringLiteral("siren"));
        const KnownCompany *c = findCompany(siren);
        if (!c)
            return reply(404, QJsonObject{{QStringLiteral("statusCode"), 404}, {QStringLiteral("error"), QStringLiteral("Not Found")},
                                          {QStringLiteral("message"), QStringLiteral("Entreprise non trouvée.")}});
        return reply(200, pappersCompany(*c, false));
    }
    if (url.path() == QLatin1String("/recherche")) {
        const QString q = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).toUpper();
        QJsonArray found;
        for (const auto &c : companies()) {
            if (c.name.contains(q))
                found.append(pappersCompany(c, true));
        }
        return reply(200, QJsonObject{{QStringLiteral("resultats"), found}, {QStringLiteral("total"), found.size()}, {QStringLiteral("page"), 1}});
    }
    return reply(404, QJsonObject{{QStringLiteral("statusCode"), 404}, {QStringLiteral("message"), QStringLiteral("Not Found")}});
}

ProviderReply FakeProviders::google(const ProviderCall &call)
{
    const QUrlQuery query{QUrl(QString::fromUtf8(call.target))};
    QString scripted;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_googleStatuses.isEmpty())
            scripted = m_googleStatuses.takeFirst();
    }
    if (query.queryItemValue(QStringLiteral("key")).toUtf8() != kGoogleKey)
        return reply(200, QJsonObject{{QStringLiteral("results"), QJsonArray{}}, {QStringLiteral("status"), QStringLiteral("REQUEST_DENIED")},
                                      {QStringLiteral("error_message"), QStringLiteral("The provided API key is invalid. ")}});
    if (!scripted.isEmpty() && scripted != QLatin1String("OK")) {
        QJsonObject o{{QStringLiteral("results"), QJsonArray{}}, {QStringLiteral("status"), scripted}};
        if (scripted != QLatin1String("ZERO_RESULTS"))
            o.insert(QStringLiteral("error_message"), QStringLiteral("You have exceeded your rate-limit for this API."));
        return reply(200, o);
    }
    const QString address = query.queryItemValue(QStringLiteral("address"), QUrl::FullyDecoded);
    if (!address.contains(QLatin1String("Rivoli"), Qt::CaseInsensitive))
        return reply(200, QJsonObject{{QStringLiteral("results"), QJsonArray{}}, {QStringLiteral("status"), QStringLiteral("ZERO_RESULTS")}});
    const QJsonObject result{
        {QStringLiteral("formatted_address"), QStringLiteral("12 Rue de Rivoli, 75001 Paris, France")},
        {QStringLiteral("geometry"), QJsonObject{{QStringLiteral("location"), QJsonObject{{QStringLiteral("lat"), 48.8556}, {QStringLiteral("lng"), 2.3590}}},
                                                 {QStringLiteral("location_type"), QStringLiteral("ROOFTOP")}}},
        {QStringLiteral("partial_match"), false},
        {QStringLiteral("place_id"), QStringLiteral("ChIJtest")}};
    return reply(200, QJsonObject{{QStringLiteral("results"), QJsonArray{result}}, {QStringLiteral("status"), QStringLiteral("OK")}});
}

ProviderReply FakeProviders::nominatim(const ProviderCall &call)
{
    if (call.header("user-agent").isEmpty())
        return ProviderReply{403, QByteArrayLiteral("<html>Access blocked: identify your application (User-Agent)</html>"), {}};
    const QUrl url(QString::fromUtf8(call.target));
    if (url.path() != QLatin1String("/search"))
        return reply(404, QJsonObject{});
    const QString q = QUrlQuery(url).queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
    if (!q.contains(QLatin1String("Bellecour"), Qt::CaseInsensitive) && !q.contains(QLatin1String("Rivoli"), Qt::CaseInsensitive))
        return reply(200, QJsonArray{});
    const bool lyon = q.contains(QLatin1String("Bellecour"), Qt::CaseInsensitive);
    const QJsonObject place{{QStringLiteral("place_id"), 1234},
                            {QStringLiteral("licence"), QStringLiteral("Data © OpenStreetMap contributors, ODbL 1.0. http://osm.org/copyright")},
                            {QStringLiteral("lat"), lyon ? QStringLiteral("45.7578137") : QStringLiteral("48.8556475")},
                            {QStringLiteral("lon"), lyon ? QStringLiteral("4.8320114") : QStringLiteral("2.3590118")},
                            {QStringLiteral("category"), QStringLiteral("place")},
                            {QStringLiteral("type"), QStringLiteral("house")},
                            {QStringLiteral("addresstype"), QStringLiteral("building")},
                            {QStringLiteral("display_name"), lyon ? QStringLiteral("Place Bellecour, Lyon, France")
                                                                  : QStringLiteral("12, Rue de Rivoli, Paris, France")},
                            {QStringLiteral("boundingbox"), QJsonArray{QStringLiteral("45.75"), QStringLiteral("45.76"),
                                                                       QStringLiteral("4.83"), QStringLiteral("4.84")}}};
    return reply(200, QJsonArray{place});
}

} // namespace hector::test
