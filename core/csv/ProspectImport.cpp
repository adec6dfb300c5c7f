#include "core/csv/ProspectImport.h"

#include "core/Validation.h"
#include "core/csv/CsvWriter.h"
#include "core/crm/CrmRules.h"
#include "core/crm/Phone.h"
#include "core/sync/RowValidation.h"
#include "core/sync/SyncSchema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace hector::csv {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hector::csv", text);
}

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out << QString::fromUtf8(w);
    return out;
}

// The normalised names of a country (cell of a « Pays » column) -> code.
QString countryFromCell(const QString &cell)
{
    const QString n = normalizedHeader(cell);
    if (n.isEmpty())
        return {};
    static const QHash<QString, QString> names{
        {QStringLiteral("fr"), QStringLiteral("FR")},      {QStringLiteral("fra"), QStringLiteral("FR")},
        {QStringLiteral("france"), QStringLiteral("FR")},  {QStringLiteral("lu"), QStringLiteral("LU")},
        {QStringLiteral("lux"), QStringLiteral("LU")},     {QStringLiteral("luxembourg"), QStringLiteral("LU")},
        {QStringLiteral("be"), QStringLiteral("BE")},      {QStringLiteral("bel"), QStringLiteral("BE")},
        {QStringLiteral("belgique"), QStringLiteral("BE")}, {QStringLiteral("belgium"), QStringLiteral("BE")},
        {QStringLiteral("belgie"), QStringLiteral("BE")},
    };
    return names.value(n, QStringLiteral("?"));
}

// "1 200 000", "1.200.000,50", "12,5" -> number; nullopt when not a number.
std::optional<double> parseNumber(QString s)
{
    s.remove(u' ');
    s.remove(QChar(0x00A0));
    s.remove(QChar(0x202F));
    s.remove(u'€');
    if (s.contains(u',') && s.contains(u'.')) {
        // The last separator is the decimal one.
        if (s.lastIndexOf(u',') > s.lastIndexOf(u'.')) {
            s.remove(u'.');
            s.replace(u',', u'.');
        } else {
            s.remove(u',');
        }
    } else {
        s.replace(u',', u'.');
    }
    bool ok = false;
    const double v = s.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

// A code of `list` from its code or its French label (compared normalised).
QString codeOf(const crm::CodeLabels &list, const QString &cell)
{
    const QString n = normalizedHeader(cell);
    for (const auto &[code, label] : list) {
        if (code == cell || normalizedHeader(code) == n || normalizedHeader(label) == n)
            return code;
    }
    return {};
}

ConvertedRow refused(const QString &message, const QString &field = {})
{
    ConvertedRow r;
    r.error = message;
    r.errorField = field;
    return r;
}
} // namespace

const QList<ImportField> &importFields()
{
    static const QList<ImportField> fields{
        {QStringLiteral("company_name"), tr("Raison sociale"),
         words({"raison sociale", "societe", "entreprise", "nom de l entreprise", "nom entreprise", "nom societe",
                "nom de la societe", "denomination", "denomination sociale", "company", "company name", "organisation",
                "organization", "account", "account name", "client", "etablissement"})},
        {QStringLiteral("siren"), tr("SIREN"), words({"siren", "n siren", "no siren", "numero siren", "siren number"})},
        {QStringLiteral("siret"), tr("SIRET"), words({"siret", "n siret", "no siret", "numero siret", "siret number"})},
        {QStringLiteral("naf_code"), tr("Code NAF"), words({"naf", "code naf", "ape", "code ape", "naf ape", "code naf ape", "naf code"})},
        {QStringLiteral("legal_form"), tr("Forme juridique"), words({"forme juridique", "legal form", "statut juridique"})},
        {QStringLiteral("address"), tr("Adresse"),
         words({"adresse", "address", "rue", "adresse 1", "adresse postale", "street", "street address", "voie"})},
        {QStringLiteral("postcode"), tr("Code postal"),
         words({"code postal", "cp", "zip", "zip code", "zipcode", "postal code", "postcode", "code post"})},
        {QStringLiteral("city"), tr("Ville"), words({"ville", "city", "commune", "localite", "town"})},
        {QStringLiteral("country_code"), tr("Pays"), words({"pays", "country", "code pays", "country code"})},
        {QStringLiteral("phone"), tr("Téléphone"),
         words({"telephone", "tel", "phone", "tel fixe", "telephone fixe", "standard", "phone number", "telephone standard"})},
        {QStringLiteral("mobile_phone"), tr("Mobile"),
         words({"mobile", "portable", "tel mobile", "telephone mobile", "tel portable", "telephone portable", "gsm",
                "cell", "cellphone", "mobile phone"})},
        {QStringLiteral("email"), tr("E-mail"),
         words({"email", "e mail", "mail", "courriel", "adresse email", "adresse e mail", "adresse mail", "email address"})},
        {QStringLiteral("website"), tr("Site web"), words({"site", "site web", "site internet", "website", "web", "url"})},
        {QStringLiteral("contact_name"), tr("Contact"),
         words({"contact", "nom du contact", "nom contact", "contact name", "interlocuteur", "dirigeant", "decideur"})},
        {QStringLiteral("contact_title"), tr("Fonction du contact"),
         words({"fonction", "poste", "titre", "job title", "title", "contact title", "fonction du contact"})},
        {QStringLiteral("status"), tr("Statut"), words({"statut", "status", "etape"})},
        {QStringLiteral("source"), tr("Origine"), words({"source", "origine", "lead source", "provenance"})},
        {QStringLiteral("headcount_band"), tr("Tranche d'effectif"),
         words({"tranche d effectif", "tranche effectif", "effectif", "headcount", "employees", "tranche effectifs"})},
        {QStringLiteral("revenue_eur"), tr("Chiffre d'affaires (€)"),
         words({"chiffre d affaires", "ca", "revenue", "ca eur", "chiffre d affaires eur", "turnover", "ca annuel"})},
        {QStringLiteral("latitude"), tr("Latitude"), words({"latitude", "lat"})},
        {QStringLiteral("longitude"), tr("Longitude"), words({"longitude", "lon", "lng", "long"})},
        {QStringLiteral("disc_profile"), tr("Profil DISC"), words({"disc", "profil disc", "disc profile"})},
    };
    return fields;
}

QString importFieldLabel(const QString &column)
{
    for (const ImportField &f : importFields()) {
        if (f.column == column)
            return f.label;
    }
    return column;
}

QString normalizedHeader(const QString &header)
{
    const QString decomposed = header.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out.append(u' ');
            space = false;
            out.append(c);
        } else {
            space = true;
        }
    }
    // "N°" -> "n o": the degree sign decomposes to "o"; keep "n" alone.
    out.replace(QStringLiteral("n o "), QStringLiteral("n "));
    return out;
}

QStringList autoMapping(const QStringList &headers)
{
    QStringList mapping(headers.size());
    QSet<QString> used;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString n = normalizedHeader(headers.at(i));
        if (n.isEmpty())
            continue;
        for (const ImportField &f : importFields()) {
            if (used.contains(f.column))
                continue;
            if (f.synonyms.contains(n) || normalizedHeader(f.label) == n || f.column == n) {
                mapping[i] = f.column;
                used.insert(f.column);
                break;
            }
        }
    }
    return mapping;
}

QString headerSignature(const QStringList &headers)
{
    QStringList normalized;
    for (const QString &h : headers)
        normalized << normalizedHeader(h);
    return QString::fromLatin1(
        QCryptographicHash::hash(normalized.join(u'\x1f').toUtf8(), QCryptographicHash::Sha1).toHex());
}

ConvertedRow convertRecord(const QStringList &cells, const QStringList &mapping, const ImportContext &ctx,
                           qsizetype expectedCells)
{
    if (expectedCells >= 0 && cells.size() != expectedCells) {
        return refused(QCoreApplication::translate("hector::csv::ProspectImport",
                                                   "%n champ(s) au lieu de %1 : la ligne est mal découpée (séparateur "
                                                   "ou guillemet en trop ?).",
                                                   nullptr, int(cells.size()))
                           .arg(expectedCells));
    }
    QHash<QString, QString> raw;
    for (qsizetype i = 0; i < mapping.size() && i < cells.size(); ++i) {
        if (!mapping.at(i).isEmpty())
            raw.insert(mapping.at(i), cells.at(i).trimmed());
    }
    QJsonObject row;
    auto put = [&row](const char *column, const QString &value) {
        if (!value.isEmpty())
            row.insert(QLatin1StringView(column), value);
    };
    for (const char *c : {"company_name", "naf_code", "legal_form", "address", "city", "website", "contact_name",
                          "contact_title"}) {
        put(c, raw.value(QLatin1StringView(c)));
    }
    // Identifiers.
    const QString siret = validation::normalizeDigits(raw.value(QStringLiteral("siret")));
    QString siren = validation::normalizeDigits(raw.value(QStringLiteral("siren")));
    if (siren.isEmpty() && siret.size() == 14 && validation::isValidSiret(siret))
        siren = siret.left(9);
    put("siren", siren);
    put("siret", siret);
    put("email", validation::normalizeEmail(raw.value(QStringLiteral("email"))));
    // Country: the column, else the postcode, else the user's.
    const QString postcodeCell = raw.value(QStringLiteral("postcode"));
    QString country = countryFromCell(raw.value(QStringLiteral("country_code")));
    if (country == QLatin1String("?")) {
        return refused(tr("Pays « %1 » non pris en charge (France, Luxembourg ou Belgique).")
                           .arg(raw.value(QStringLiteral("country_code"))),
                       QStringLiteral("country_code"));
    }
    if (country.isEmpty())
        country = crm::detectCountry(postcodeCell, ctx.defaultCountry);
    if (country.isEmpty())
        country = ctx.defaultCountry;
    row.insert(QStringLiteral("country_code"), country);
    put("postcode", crm::normalizePostcode(postcodeCell));
    const QString entity = crm::detectEntity(ctx.entities, country, ctx.preferredEntityId);
    if (entity.isEmpty()) {
        return refused(tr("Aucune entité de votre périmètre ne couvre ce pays (%1).").arg(country),
                       QStringLiteral("entity_id"));
    }
    row.insert(QStringLiteral("entity_id"), entity);
    for (const char *c : {"phone", "mobile_phone"}) {
        const QString column = QString::fromLatin1(c);
        auto phone = crm::normalizePhone(raw.value(column), country);
        if (!phone)
            return refused(phone.error().message, column);
        put(c, *phone);
    }
    // Codes.
    const QString statusCell = raw.value(QStringLiteral("status"));
    QString status = QStringLiteral("nouveau");
    if (!statusCell.isEmpty()) {
        status = codeOf(sync::prospectStatuses(), statusCell);
        if (status.isEmpty())
            return refused(tr("Statut inconnu : « %1 ».").arg(statusCell), QStringLiteral("status"));
    }
    row.insert(QStringLiteral("status"), status);
    const QString bandCell = raw.value(QStringLiteral("headcount_band"));
    if (!bandCell.isEmpty()) {
        const QString band = codeOf(crm::headcountBands(), bandCell);
        if (band.isEmpty())
            return refused(tr("Tranche d'effectif inconnue : « %1 ».").arg(bandCell), QStringLiteral("headcount_band"));
        row.insert(QStringLiteral("headcount_band"), band);
    }
    put("disc_profile", raw.value(QStringLiteral("disc_profile")).toUpper());
    put("source", raw.value(QStringLiteral("source")).isEmpty() ? ctx.source : raw.value(QStringLiteral("source")));
    // Numbers.
    const QString revenueCell = raw.value(QStringLiteral("revenue_eur"));
    if (!revenueCell.isEmpty()) {
        const auto v = parseNumber(revenueCell);
        if (!v)
            return refused(tr("Chiffre d'affaires illisible : « %1 ».").arg(revenueCell), QStringLiteral("revenue_eur"));
        row.insert(QStringLiteral("revenue_eur"), double(qint64(*v)));
    }
    for (const char *c : {"latitude", "longitude"}) {
        const QString cell = raw.value(QLatin1StringView(c));
        if (cell.isEmpty())
            continue;
        const auto v = parseNumber(cell);
        if (!v)
            return refused(tr("Coordonnée illisible : « %1 ».").arg(cell), QString::fromLatin1(c));
        row.insert(QLatin1StringView(c), *v);
    }
    if (!ctx.ownerId.isEmpty())
        row.insert(QStringLiteral("owner_id"), ctx.ownerId);
    if (auto valid = sync::validateRow(*sync::syncedTable(QStringLiteral("prospects")), row, true); !valid)
        return refused(valid.error().message, valid.error().details.value(QStringLiteral("field")).toString());
    ConvertedRow out;
    out.fields = row;
    return out;
}

DuplicateKeys duplicateKeys(const QJsonObject &row)
{
    DuplicateKeys k;
    k.siret = validation::normalizeDigits(row.value(QLatin1StringView("siret")).toString());
    k.siren = validation::normalizeDigits(row.value(QLatin1StringView("siren")).toString());
    if (k.siren.isEmpty() && k.siret.size() == 14)
        k.siren = k.siret.left(9);
    const QString name = crm::normalizedCompanyName(row.value(QLatin1StringView("company_name")).toString());
    const QString postcode = crm::normalizePostcode(row.value(QLatin1StringView("postcode")).toString());
    if (!name.isEmpty() && !postcode.isEmpty())
        k.namePostcode = name + u'|' + postcode;
    return k;
}

void DuplicateIndex::add(const QString &ref, const DuplicateKeys &keys)
{
    if (!keys.siren.isEmpty())
        m_siren.insert(keys.siren, ref);
    if (!keys.siret.isEmpty())
        m_siret.insert(keys.siret, ref);
    if (!keys.namePostcode.isEmpty())
        m_name.insert(keys.namePostcode, ref);
    ++m_size;
}

std::optional<DuplicateIndex::Match> DuplicateIndex::find(const DuplicateKeys &keys) const
{
    Match m;
    auto look = [&m](const QHash<QString, QString> &index, const QString &key, const char *name) {
        if (key.isEmpty())
            return;
        const auto it = index.constFind(key);
        if (it == index.constEnd())
            return;
        if (m.ref.isEmpty())
            m.ref = it.value();
        if (m.ref == it.value())
            m.matchedOn << QString::fromLatin1(name);
    };
    look(m_siret, keys.siret, "siret");
    look(m_siren, keys.siren, "siren");
    look(m_name, keys.namePostcode, "name");
    if (m.ref.isEmpty())
        return std::nullopt;
    return m;
}

void DuplicateIndex::clear()
{
    m_siren.clear();
    m_siret.clear();
    m_name.clear();
    m_size = 0;
}

QString duplicateActionCode(DuplicateAction action)
{
    switch (action) {
    case DuplicateAction::Create:
        return QStringLiteral("create");
    case DuplicateAction::Update:
        return QStringLiteral("update");
    case DuplicateAction::Skip:
        break;
    }
    return QStringLiteral("skip");
}

std::optional<DuplicateAction> duplicateActionFromCode(const QString &code)
{
    if (code == QLatin1String("create"))
        return DuplicateAction::Create;
    if (code == QLatin1String("update"))
        return DuplicateAction::Update;
    if (code == QLatin1String("skip"))
        return DuplicateAction::Skip;
    return std::nullopt;
}

QJsonObject updateFromImport(const QJsonObject &imported)
{
    QJsonObject out;
    for (auto it = imported.begin(); it != imported.end(); ++it) {
        const QString &k = it.key();
        if (k == QLatin1String("id") || k == QLatin1String("owner_id") || k == QLatin1String("status")
            || k == QLatin1String("entity_id") || k == QLatin1String("source") || k == QLatin1String("country_code"))
            continue;
        if (it.value().isNull() || (it.value().isString() && it.value().toString().isEmpty()))
            continue;
        out.insert(k, it.value());
    }
    return out;
}

ImportAnalysis analyzeCsv(QIODevice *device, const CsvFormat &format, const QStringList &mapping,
                          const ImportContext &ctx, const DuplicateIndex &existing,
                          const std::function<void(qint64)> &progress, const std::atomic_bool *cancel)
{
    ImportAnalysis a;
    CsvReader reader(device, format);
    if (!reader.readRecord(a.headers)) {
        a.error = reader.error().isEmpty() ? tr("Le fichier est vide.") : reader.error();
        return a;
    }
    DuplicateIndex inFile;
    QStringList cells;
    while (reader.readRecord(cells)) {
        const qint64 record = a.records++;
        if ((record % 1000) == 999) {
            if (cancel && cancel->load()) {
                a.cancelled = true;
                return a;
            }
            if (progress)
                progress(reader.bytesRead());
        }
        ConvertedRow row;
        if (!reader.recordError().isEmpty())
            row.error = reader.recordError();
        else
            row = convertRecord(cells, mapping, ctx, a.headers.size());
        if (!row.ok()) {
            ++a.invalid;
            ImportProblem p;
            p.record = record;
            p.line = reader.recordLine();
            p.error = row.error;
            p.errorField = row.errorField;
            p.cells = cells;
            const qsizetype nameColumn = mapping.indexOf(QStringLiteral("company_name"));
            if (nameColumn >= 0 && nameColumn < cells.size())
                p.companyName = cells.at(nameColumn).trimmed();
            a.problems.append(p);
            continue;
        }
        ++a.valid;
        const DuplicateKeys keys = duplicateKeys(row.fields);
        auto match = existing.find(keys);
        if (!match)
            match = inFile.find(keys);
        if (match) {
            ++a.duplicates;
            ImportProblem p;
            p.record = record;
            p.line = reader.recordLine();
            p.duplicateOf = match->ref;
            p.matchedOn = match->matchedOn;
            p.companyName = row.fields.value(QLatin1StringView("company_name")).toString();
            p.cells = cells;
            a.problems.append(p);
        }
        inFile.add(u'#' + QString::number(record), keys);
    }
    if (!reader.error().isEmpty())
        a.error = reader.error();
    if (progress)
        progress(reader.bytesRead());
    return a;
}

bool writeErrorReport(QIODevice *device, const QStringList &headers, const QList<ImportProblem> &problems,
                      const std::function<QString(const ImportProblem &)> &duplicateText)
{
    CsvWriter w(device);
    w.writeByteOrderMark();
    w.writeRow(QStringList{tr("Ligne"), tr("Motif")} + headers);
    for (const ImportProblem &p : problems) {
        const QString reason = p.isDuplicate() && duplicateText ? duplicateText(p) : p.error;
        w.writeRow(QStringList{QString::number(p.line), reason} + p.cells);
    }
    return w.ok();
}

} // namespace hector::csv
