#include "core/crm/BusinessCard.h"

#include "core/Validation.h"
#include "core/crm/Phone.h"
#include "core/crm/Postcode.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <phonenumbers/phonenumberutil.h>

#include <optional>

namespace hector::crm {

namespace {
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

enum class PhoneKind { Mobile, Landline, Fax, Unknown };

// Type of an E.164 number according to libphonenumber.
PhoneKind numberKind(const QString &e164)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return PhoneKind::Unknown;
    switch (util->GetNumberType(number)) {
    case PhoneNumberUtil::MOBILE:
        return PhoneKind::Mobile;
    case PhoneNumberUtil::FIXED_LINE:
    case PhoneNumberUtil::VOIP:
    case PhoneNumberUtil::TOLL_FREE:
    case PhoneNumberUtil::SHARED_COST:
    case PhoneNumberUtil::UAN:
        return PhoneKind::Landline;
    default:
        return PhoneKind::Unknown;
    }
}

QString countryOfNumber(const QString &e164)
{
    if (e164.startsWith(QLatin1String("+352")))
        return QStringLiteral("LU");
    if (e164.startsWith(QLatin1String("+32")))
        return QStringLiteral("BE");
    if (e164.startsWith(QLatin1String("+33")))
        return QStringLiteral("FR");
    return {};
}

QString fold(const QString &s)
{
    // Lower case without accents, for keyword matching.
    QString d = s.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(d.size());
    for (QChar c : std::as_const(d)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toLower());
    }
    return out;
}

bool containsWord(const QString &folded, const QStringList &words)
{
    for (const QString &w : words) {
        const QRegularExpression re(QStringLiteral("(^|[^a-z])") + QRegularExpression::escape(w) + QStringLiteral("($|[^a-z])"));
        if (re.match(folded).hasMatch())
            return true;
    }
    return false;
}

const QStringList &titleWords()
{
    static const QStringList words{
        QStringLiteral("directeur"), QStringLiteral("directrice"), QStringLiteral("direction"), QStringLiteral("gerant"),
        QStringLiteral("gerante"), QStringLiteral("responsable"), QStringLiteral("manager"), QStringLiteral("president"),
        QStringLiteral("presidente"), QStringLiteral("pdg"), QStringLiteral("dg"), QStringLiteral("ceo"), QStringLiteral("cto"),
        QStringLiteral("cfo"), QStringLiteral("coo"), QStringLiteral("commercial"), QStringLiteral("commerciale"),
        QStringLiteral("charge"), QStringLiteral("chargee"), QStringLiteral("ingenieur"), QStringLiteral("ingenieure"),
        QStringLiteral("assistant"), QStringLiteral("assistante"), QStringLiteral("chef"), QStringLiteral("head"),
        QStringLiteral("sales"), QStringLiteral("director"), QStringLiteral("consultant"), QStringLiteral("consultante"),
        QStringLiteral("technicien"), QStringLiteral("technicienne"), QStringLiteral("fondateur"), QStringLiteral("fondatrice"),
        QStringLiteral("associe"), QStringLiteral("associee"), QStringLiteral("administrateur"), QStringLiteral("administratrice"),
        QStringLiteral("account"), QStringLiteral("officer"), QStringLiteral("attache"), QStringLiteral("conseiller"),
        QStringLiteral("conseillere"), QStringLiteral("delegue"), QStringLiteral("deleguee"), QStringLiteral("acheteur"),
        QStringLiteral("acheteuse"), QStringLiteral("comptable"), QStringLiteral("secretaire"), QStringLiteral("coordinateur"),
        QStringLiteral("coordinatrice"), QStringLiteral("superviseur"), QStringLiteral("expert"), QStringLiteral("experte"),
        QStringLiteral("agent"), QStringLiteral("partner"), QStringLiteral("owner"), QStringLiteral("founder"),
        QStringLiteral("executive"), QStringLiteral("vp"), QStringLiteral("business"), QStringLiteral("developer"),
        QStringLiteral("developpeur"), QStringLiteral("architecte"), QStringLiteral("adjoint"), QStringLiteral("adjointe"),
        QStringLiteral("sales manager"), QStringLiteral("key account")};
    return words;
}

const QStringList &legalForms()
{
    static const QStringList forms{
        QStringLiteral("sas"), QStringLiteral("sasu"), QStringLiteral("sarl"), QStringLiteral("sa"), QStringLiteral("eurl"),
        QStringLiteral("snc"), QStringLiteral("sci"), QStringLiteral("sprl"), QStringLiteral("srl"), QStringLiteral("asbl"),
        QStringLiteral("scs"), QStringLiteral("sca"), QStringLiteral("scrl"), QStringLiteral("sc"), QStringLiteral("nv"),
        QStringLiteral("bv"), QStringLiteral("bvba"), QStringLiteral("gmbh"), QStringLiteral("ltd"), QStringLiteral("inc"),
        QStringLiteral("sarl-s"), QStringLiteral("sarls"), QStringLiteral("s.a."), QStringLiteral("s.a.s."),
        QStringLiteral("s.a r.l."), QStringLiteral("s.a.r.l."), QStringLiteral("s.a.r.l"), QStringLiteral("sàrl")};
    return forms;
}

const QStringList &companyWords()
{
    static const QStringList words{
        QStringLiteral("securite"), QStringLiteral("security"), QStringLiteral("groupe"), QStringLiteral("group"),
        QStringLiteral("services"), QStringLiteral("service"), QStringLiteral("solutions"), QStringLiteral("technologies"),
        QStringLiteral("industries"), QStringLiteral("systemes"), QStringLiteral("systems"), QStringLiteral("conseil"),
        QStringLiteral("consulting"), QStringLiteral("societe"), QStringLiteral("entreprise"), QStringLiteral("cabinet"),
        QStringLiteral("agence"), QStringLiteral("compagnie"), QStringLiteral("holding"), QStringLiteral("transports"),
        QStringLiteral("batiment"), QStringLiteral("immobilier"), QStringLiteral("logistique"), QStringLiteral("protection"),
        QStringLiteral("gardiennage"), QStringLiteral("surveillance"), QStringLiteral("alarme"), QStringLiteral("alarmes"),
        QStringLiteral("&"), QStringLiteral("et fils"), QStringLiteral("freres"), QStringLiteral("international"),
        QStringLiteral("france"), QStringLiteral("benelux"), QStringLiteral("industrie"), QStringLiteral("construction"),
        QStringLiteral("hotel"), QStringLiteral("restaurant"), QStringLiteral("banque"), QStringLiteral("assurances"),
        QStringLiteral("clinique"), QStringLiteral("laboratoire"), QStringLiteral("atelier"), QStringLiteral("garage")};
    return words;
}

const QStringList &streetWords()
{
    static const QStringList words{
        QStringLiteral("rue"), QStringLiteral("avenue"), QStringLiteral("av"), QStringLiteral("boulevard"), QStringLiteral("bd"),
        QStringLiteral("bld"), QStringLiteral("chemin"), QStringLiteral("place"), QStringLiteral("allee"), QStringLiteral("impasse"),
        QStringLiteral("route"), QStringLiteral("rte"), QStringLiteral("quai"), QStringLiteral("chaussee"), QStringLiteral("cours"),
        QStringLiteral("square"), QStringLiteral("passage"), QStringLiteral("faubourg"), QStringLiteral("fbg"), QStringLiteral("voie"),
        QStringLiteral("parc"), QStringLiteral("za"), QStringLiteral("zi"), QStringLiteral("zac"), QStringLiteral("z.i."),
        QStringLiteral("z.a."), QStringLiteral("zone"), QStringLiteral("bp"), QStringLiteral("cs"), QStringLiteral("lieu-dit"),
        QStringLiteral("straat"), QStringLiteral("laan"), QStringLiteral("steenweg"), QStringLiteral("plein"), QStringLiteral("drève"),
        QStringLiteral("dreve"), QStringLiteral("rond-point"), QStringLiteral("montee"), QStringLiteral("esplanade"),
        QStringLiteral("batiment"), QStringLiteral("bat"), QStringLiteral("residence"), QStringLiteral("espace")};
    return words;
}

// « Tél. », « E-mail : », « Web : »… in front of a value.
const QRegularExpression &labelPrefix()
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(?:e-?mail|courriel|mail|email|e|@|web|site(?:\\s+web)?|internet|w|url)\\s*[.:]\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// OCR confusions inside numbers: a token holding digits gets O/o/Q/D -> 0, l/I/|/i/! -> 1,
// S -> 5, B -> 8, Z -> 2 (only when most of it is digits already).
QString fixDigitTokens(const QString &line)
{
    static const QRegularExpression token(QStringLiteral("[^\\s]+"));
    QString out = line;
    auto it = token.globalMatch(line);
    while (it.hasNext()) {
        const auto m = it.next();
        QString t = m.captured();
        if (t.contains(QLatin1Char('@')))
            continue;
        // A postcode's country prefix (« F-38OOO ») stays as it is.
        qsizetype offset = 0;
        if (t.size() > 2 && QStringLiteral("FBLfbl").contains(t.at(0)) && t.at(1) == QLatin1Char('-')) {
            offset = 2;
            t = t.mid(2);
        }
        int digits = 0;
        int confusable = 0;
        int other = 0;
        for (QChar c : t) {
            if (c.isDigit())
                ++digits;
            else if (QStringLiteral("OoQDlI|i!SBZ").contains(c))
                ++confusable;
            else if (!QStringLiteral("+().-/").contains(c))
                ++other;
        }
        if (digits == 0 || other > 0 || confusable > 2 * digits)
            continue;
        QString fixed = t;
        for (QChar &c : fixed) {
            switch (c.unicode()) {
            case 'O': case 'o': case 'Q': case 'D': c = QLatin1Char('0'); break;
            case 'l': case 'I': case '|': case 'i': case '!': c = QLatin1Char('1'); break;
            case 'S': c = QLatin1Char('5'); break;
            case 'B': c = QLatin1Char('8'); break;
            case 'Z': c = QLatin1Char('2'); break;
            default: break;
            }
        }
        out.replace(m.capturedStart() + offset, m.capturedLength() - offset, fixed);
    }
    return out;
}

QString cleanEmail(QString s)
{
    s = s.trimmed();
    s.replace(QStringLiteral("(at)"), QStringLiteral("@"), Qt::CaseInsensitive);
    s.replace(QStringLiteral("[at]"), QStringLiteral("@"), Qt::CaseInsensitive);
    s.replace(QChar(0x00A9), QLatin1Char('@')); // ©
    s.replace(QChar(0x00AE), QLatin1Char('@')); // ®
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    s.replace(QLatin1Char(','), QLatin1Char('.'));
    static const QRegularExpression email(QStringLiteral("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}"));
    const auto m = email.match(s);
    if (!m.hasMatch())
        return {};
    QString e = m.captured().toLower();
    while (e.endsWith(QLatin1Char('.')))
        e.chop(1);
    return validation::isValidEmail(e) ? e : QString();
}

QString cleanWebsite(QString s)
{
    s = s.trimmed();
    s.remove(labelPrefix());
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    s.replace(QLatin1Char(','), QLatin1Char('.'));
    static const QRegularExpression site(
        QStringLiteral("^(?:https?://)?((?:www\\.)?[a-z0-9](?:[a-z0-9\\-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9\\-]*[a-z0-9])?)*"
                       "\\.(?:fr|be|lu|com|eu|net|org|info|biz|io|de|nl|ch|pro|co|site|tech|security|ai|app))(/[^\\s]*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = site.match(s);
    if (!m.hasMatch() || s.contains(QLatin1Char('@')))
        return {};
    return m.captured(1).toLower();
}

QString simplifyName(const QString &s)
{
    QString out = s.simplified();
    while (!out.isEmpty() && QStringLiteral(",;:-–|•·").contains(out.back()))
        out.chop(1);
    while (!out.isEmpty() && QStringLiteral(",;:-–|•·").contains(out.front()))
        out.remove(0, 1);
    return out.trimmed();
}

// « Dupont sas » -> « Dupont SAS »: the legal forms that are acronyms, in capitals (OCR often
// lowers them).
QString normalizeCompany(const QString &name)
{
    static const QStringList acronyms{QStringLiteral("sas"), QStringLiteral("sasu"), QStringLiteral("sarl"), QStringLiteral("sa"),
                                      QStringLiteral("eurl"), QStringLiteral("snc"), QStringLiteral("sci"), QStringLiteral("sprl"),
                                      QStringLiteral("srl"), QStringLiteral("asbl"), QStringLiteral("scs"), QStringLiteral("sca"),
                                      QStringLiteral("scrl"), QStringLiteral("nv"), QStringLiteral("bv"), QStringLiteral("bvba")};
    QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &w : words) {
        QString bare = w.toLower();
        bare.remove(QLatin1Char('.'));
        if (acronyms.contains(bare) && w != w.toUpper() && w.size() > 1)
            w = w.toUpper();
    }
    return words.join(QLatin1Char(' '));
}

bool hasDigit(const QString &s)
{
    for (QChar c : s) {
        if (c.isDigit())
            return true;
    }
    return false;
}

bool isCountryLine(const QString &folded, QString *code)
{
    static const QList<QPair<QString, QString>> countries{
        {QStringLiteral("france"), QStringLiteral("FR")},       {QStringLiteral("belgique"), QStringLiteral("BE")},
        {QStringLiteral("belgium"), QStringLiteral("BE")},      {QStringLiteral("belgie"), QStringLiteral("BE")},
        {QStringLiteral("luxembourg"), QStringLiteral("LU")},   {QStringLiteral("grand-duche de luxembourg"), QStringLiteral("LU")},
        {QStringLiteral("luxemburg"), QStringLiteral("LU")}};
    const QString t = simplifyName(folded);
    for (const auto &[name, c] : countries) {
        if (t == name) {
            *code = c;
            return true;
        }
    }
    return false;
}

// « Jean Dupont », « Jean-Pierre DE LA TOUR », « DUPONT Marie »: 2 to 4 words of letters.
bool looksLikePersonName(const QString &line)
{
    if (hasDigit(line) || line.contains(QLatin1Char('@')) || line.size() > 40)
        return false;
    const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2 || words.size() > 4)
        return false;
    static const QRegularExpression word(QStringLiteral("^[\\p{L}][\\p{L}'’\\-.]*$"));
    static const QStringList particles{QStringLiteral("de"), QStringLiteral("du"), QStringLiteral("des"), QStringLiteral("la"),
                                       QStringLiteral("le"), QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("der"),
                                       QStringLiteral("den"), QStringLiteral("d'")};
    for (const QString &w : words) {
        if (!word.match(w).hasMatch())
            return false;
        if (!w.front().isUpper() && !particles.contains(w.toLower()))
            return false;
    }
    return true;
}

struct PhoneHit
{
    QString e164;
    PhoneKind labelKind = PhoneKind::Unknown;
};

PhoneKind labelKindOf(const QString &foldedLabel)
{
    static const QRegularExpression fax(QStringLiteral("(^|[^a-z])(fax|telecopie|f)\\s*[.:]?\\s*$"));
    static const QRegularExpression mobile(
        QStringLiteral("(^|[^a-z])(mob|mobile|portable|port|gsm|cell|cellulaire|handy|m|p)\\s*[.:]?\\s*$"));
    static const QRegularExpression land(
        QStringLiteral("(^|[^a-z])(tel|tél|telephone|phone|fixe|standard|direct|ligne directe|bureau|t|ph|office)\\s*[.:]?\\s*$"));
    const QString l = foldedLabel.trimmed();
    if (fax.match(l).hasMatch())
        return PhoneKind::Fax;
    if (mobile.match(l).hasMatch())
        return PhoneKind::Mobile;
    if (land.match(l).hasMatch())
        return PhoneKind::Landline;
    return PhoneKind::Unknown;
}

// Telephone numbers of one line (already fixed for O/0, l/1), with the label in front of each.
QList<PhoneHit> phonesOf(const QString &line, const QString &country)
{
    static const QRegularExpression candidate(
        QStringLiteral("(?:\\+\\s?\\d{2,3}|00\\s?\\d{2,3})?[\\s.\\-/]*(?:\\(\\s*0\\s*\\)\\s*)?\\(?\\d\\)?(?:[\\s.\\-/]*\\(?\\d\\)?){5,12}"));
    QList<PhoneHit> hits;
    qsizetype labelStart = 0;
    auto it = candidate.globalMatch(line);
    while (it.hasNext()) {
        const auto m = it.next();
        QString number = m.captured();
        number.remove(QRegularExpression(QStringLiteral("\\(\\s*0\\s*\\)"))); // +33 (0)6 …
        number.remove(QRegularExpression(QStringLiteral("[()]")));
        const QString label = fold(line.mid(labelStart, m.capturedStart() - labelStart));
        labelStart = m.capturedEnd();
        auto e164 = normalizePhone(number.trimmed(), country);
        if (!e164 || e164->isEmpty())
            continue;
        hits.append({*e164, labelKindOf(label)});
    }
    return hits;
}

struct PostcodeHit
{
    QString postcode;
    QString country;
    QString city;
    qsizetype start = 0;
};

// « 75008 Paris », « F-67000 Strasbourg », « L-1611 Luxembourg », « B-1000 Bruxelles »,
// « 1050 Ixelles ».
std::optional<PostcodeHit> postcodeOf(const QString &line, const QString &countryHint)
{
    static const QRegularExpression re(
        QStringLiteral("(?:^|[\\s,;–\\-])(?:([FBLfbl])\\s?[-–]\\s?)?(\\d{4,5}|\\d{2}\\s\\d{3})\\s+([\\p{L}][\\p{L}'’\\-\\s.()]*[\\p{L})])\\s*(?:cedex(?:\\s*\\d+)?)?\\s*(?:[,\\-–]\\s*(?:france|belgique|belgium|luxembourg))?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    const QString prefix = m.captured(1).toUpper();
    QString code = m.captured(2);
    code.remove(QLatin1Char(' '));
    QString country;
    if (prefix == QLatin1String("F"))
        country = QStringLiteral("FR");
    else if (prefix == QLatin1String("B"))
        country = QStringLiteral("BE");
    else if (prefix == QLatin1String("L"))
        country = QStringLiteral("LU");
    else if (code.size() == 5)
        country = QStringLiteral("FR");
    else
        country = countryHint == QLatin1String("LU") ? QStringLiteral("LU") : QStringLiteral("BE");
    if (!validatePostcode(code, country))
        return std::nullopt;
    QString city = simplifyName(m.captured(3));
    city.remove(QRegularExpression(QStringLiteral("\\s*cedex.*$"), QRegularExpression::CaseInsensitiveOption));
    if (city.size() < 2)
        return std::nullopt;
    return PostcodeHit{code, country, city, m.capturedStart(0)};
}

bool looksLikeStreet(const QString &line)
{
    const QString f = fold(line);
    if (containsWord(f, streetWords()))
        return true;
    // « 12, Grand-Rue », « 3 Kirchberg »: a house number then words.
    static const QRegularExpression numbered(QStringLiteral("^\\d{1,4}\\s?(?:bis|ter|[a-z])?\\s*,?\\s+[\\p{L}]"),
                                             QRegularExpression::CaseInsensitiveOption);
    return numbered.match(line).hasMatch();
}

QStringList nameParts(const QString &fullName)
{
    return fullName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// First and last name from « Jean DUPONT » / « DUPONT Jean » / « Jean Dupont ».
void splitName(BusinessCardFields &f)
{
    const QStringList parts = nameParts(f.fullName);
    if (parts.size() < 2)
        return;
    auto isUpperWord = [](const QString &w) {
        bool letters = false;
        for (QChar c : w) {
            if (c.isLetter()) {
                letters = true;
                if (c.isLower())
                    return false;
            }
        }
        return letters && w.size() > 1;
    };
    if (isUpperWord(parts.first()) && !isUpperWord(parts.last())) {
        // « DUPONT Jean »
        qsizetype i = 0;
        while (i < parts.size() && isUpperWord(parts.at(i)))
            ++i;
        f.lastName = parts.mid(0, i).join(QLatin1Char(' '));
        f.firstName = parts.mid(i).join(QLatin1Char(' '));
        return;
    }
    qsizetype firstUpper = -1;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (isUpperWord(parts.at(i))) {
            firstUpper = i;
            break;
        }
    }
    if (firstUpper > 0) {
        f.firstName = parts.mid(0, firstUpper).join(QLatin1Char(' '));
        f.lastName = parts.mid(firstUpper).join(QLatin1Char(' '));
        return;
    }
    // Particles belong to the last name (« Marie de la Tour »).
    static const QStringList particles{QStringLiteral("de"), QStringLiteral("du"), QStringLiteral("des"), QStringLiteral("la"),
                                       QStringLiteral("le"), QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("der"),
                                       QStringLiteral("den")};
    qsizetype cut = parts.size() - 1;
    while (cut > 1 && particles.contains(parts.at(cut - 1).toLower()))
        --cut;
    f.firstName = parts.mid(0, cut).join(QLatin1Char(' '));
    f.lastName = parts.mid(cut).join(QLatin1Char(' '));
}

// Words of an e-mail's local part or domain, folded (« jean.dupont » -> jean, dupont).
QStringList tokensOf(const QString &s)
{
    return fold(s).split(QRegularExpression(QStringLiteral("[^a-z0-9]+")), Qt::SkipEmptyParts);
}

void addPhone(BusinessCardFields &f, const QString &e164, PhoneKind labelKind)
{
    if (e164 == f.mobilePhone || e164 == f.landlinePhone || e164 == f.fax || f.otherPhones.contains(e164))
        return;
    PhoneKind kind = labelKind;
    const PhoneKind actual = numberKind(e164);
    if (kind == PhoneKind::Unknown)
        kind = actual;
    // The number decides between mobile and landline when the label says otherwise.
    if (kind == PhoneKind::Mobile && actual == PhoneKind::Landline)
        kind = PhoneKind::Landline;
    if (kind == PhoneKind::Landline && actual == PhoneKind::Mobile)
        kind = PhoneKind::Mobile;
    switch (kind) {
    case PhoneKind::Fax:
        if (f.fax.isEmpty()) {
            f.fax = e164;
            return;
        }
        break;
    case PhoneKind::Mobile:
        if (f.mobilePhone.isEmpty()) {
            f.mobilePhone = e164;
            return;
        }
        break;
    case PhoneKind::Landline:
    case PhoneKind::Unknown:
        if (f.landlinePhone.isEmpty()) {
            f.landlinePhone = e164;
            return;
        }
        break;
    }
    f.otherPhones.append(e164);
}

} // namespace

bool BusinessCardFields::isEmpty() const
{
    return filledCount() == 0 && fax.isEmpty() && otherPhones.isEmpty();
}

int BusinessCardFields::filledCount() const
{
    int n = 0;
    for (const QString *s : {&fullName, &title, &company, &email, &website, &city})
        n += s->isEmpty() ? 0 : 1;
    n += (mobilePhone.isEmpty() && landlinePhone.isEmpty()) ? 0 : 1;
    return n;
}

QJsonObject BusinessCardFields::toJson() const
{
    QJsonObject o;
    auto put = [&o](const char *key, const QString &v) {
        if (!v.isEmpty())
            o.insert(QLatin1String(key), v);
    };
    put("fullName", fullName);
    put("firstName", firstName);
    put("lastName", lastName);
    put("title", title);
    put("company", company);
    put("email", email);
    put("website", website);
    put("mobilePhone", mobilePhone);
    put("landlinePhone", landlinePhone);
    put("fax", fax);
    if (!otherPhones.isEmpty())
        o.insert(QLatin1String("otherPhones"), QJsonValue::fromVariant(otherPhones));
    put("street", street);
    put("postcode", postcode);
    put("city", city);
    put("countryCode", countryCode);
    return o;
}

BusinessCardFields BusinessCardFields::fromJson(const QJsonObject &o)
{
    auto get = [&o](const char *key) {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isString() ? v.toString().trimmed() : QString();
    };
    BusinessCardFields f;
    f.fullName = get("fullName");
    f.firstName = get("firstName");
    f.lastName = get("lastName");
    f.title = get("title");
    f.company = get("company");
    f.email = get("email");
    f.website = get("website");
    f.mobilePhone = get("mobilePhone");
    f.landlinePhone = get("landlinePhone");
    f.fax = get("fax");
    for (const QJsonValue &v : o.value(QLatin1String("otherPhones")).toArray()) {
        if (v.isString() && !v.toString().trimmed().isEmpty())
            f.otherPhones.append(v.toString().trimmed());
    }
    f.street = get("street");
    f.postcode = get("postcode");
    f.city = get("city");
    f.countryCode = get("countryCode").toUpper();
    return f;
}

QJsonObject BusinessCardFields::toProspectColumns() const
{
    QJsonObject o;
    auto put = [&o](const char *key, const QString &v) {
        if (!v.isEmpty())
            o.insert(QLatin1String(key), v);
    };
    put("company_name", company);
    put("contact_name", fullName);
    put("contact_title", title);
    put("email", email);
    put("website", website);
    put("phone", landlinePhone.isEmpty() && !otherPhones.isEmpty() ? otherPhones.first() : landlinePhone);
    put("mobile_phone", mobilePhone);
    put("address", street);
    put("postcode", postcode);
    put("city", city);
    put("country_code", countryCode);
    return o;
}

BusinessCardFields parseBusinessCardText(const QString &text, const QString &countryHint)
{
    BusinessCardFields f;
    QStringList lines;
    for (QString line : text.split(QRegularExpression(QStringLiteral("[\\r\\n]+")), Qt::SkipEmptyParts)) {
        line.replace(QChar(0x00A0), QLatin1Char(' '));
        line = line.simplified();
        // Stray OCR marks at the ends (« | », « — », bullets).
        while (!line.isEmpty() && QStringLiteral("|—_~*•·'\"`").contains(line.back()))
            line.chop(1);
        while (!line.isEmpty() && QStringLiteral("|—_~*•·'\"`").contains(line.front()))
            line.remove(0, 1);
        line = line.trimmed();
        if (line.size() >= 2)
            lines.append(line);
    }
    QList<bool> used(lines.size(), false);

    // 1. E-mail and website.
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const bool emailish = line.contains(QLatin1Char('@')) || line.contains(QChar(0x00A9))
                              || line.contains(QStringLiteral("(at)"), Qt::CaseInsensitive);
        if (emailish && f.email.isEmpty()) {
            QString rest = line;
            rest.remove(labelPrefix());
            const QString e = cleanEmail(rest);
            if (!e.isEmpty()) {
                f.email = e;
                used[i] = true;
                continue;
            }
        }
        if (!emailish && f.website.isEmpty()) {
            // One token that is a domain (spaces inside are OCR noise only when short).
            QString candidate = line;
            candidate.remove(labelPrefix());
            if (candidate.count(QLatin1Char(' ')) <= 2) {
                const QString w = cleanWebsite(candidate);
                if (!w.isEmpty()) {
                    f.website = w;
                    used[i] = true;
                }
            }
        }
    }

    // 2. Country line and postcode / city (they tell the country of national numbers).
    QString country;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString code;
        if (!used[i] && isCountryLine(fold(lines.at(i)), &code)) {
            country = code;
            used[i] = true;
        }
    }
    // A +32 / +352 number on the card also tells the country of 4-digit postcodes.
    QString numberCountry;
    for (qsizetype i = 0; i < lines.size() && numberCountry.isEmpty(); ++i) {
        for (const PhoneHit &hit : phonesOf(fixDigitTokens(lines.at(i)), countryHint))
            numberCountry = countryOfNumber(hit.e164);
    }
    const QString postcodeHint = !country.isEmpty() ? country : (!numberCountry.isEmpty() ? numberCountry : countryHint);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (used[i])
            continue;
        const QString f0 = fold(lines.at(i));
        if (f0.contains(QLatin1String("siret")) || f0.contains(QLatin1String("siren")) || f0.contains(QLatin1String("tva"))
            || f0.contains(QLatin1String("rcs")))
            continue;
        // Lines that are telephone numbers are not addresses.
        if (!phonesOf(fixDigitTokens(lines.at(i)), postcodeHint).isEmpty())
            continue;
        auto hit = postcodeOf(fixDigitTokens(lines.at(i)), postcodeHint);
        if (!hit)
            continue;
        f.postcode = hit->postcode;
        f.city = hit->city;
        if (f.city.size() > 1 && f.city == f.city.toUpper()) {
            // « PARIS » -> « Paris », « LA ROCHELLE » -> « La Rochelle »
            QStringList words = f.city.toLower().split(QLatin1Char(' '));
            for (QString &w : words) {
                if (!w.isEmpty())
                    w[0] = w[0].toUpper();
                for (qsizetype k = 1; k < w.size(); ++k) {
                    if (w[k - 1] == QLatin1Char('-'))
                        w[k] = w[k].toUpper();
                }
            }
            f.city = words.join(QLatin1Char(' '));
        }
        f.countryCode = hit->country;
        used[i] = true;
        // Street on the same line (« 12 rue de la Paix, 75002 Paris ») or on the line above.
        QString before = simplifyName(lines.at(i).left(hit->start));
        if (!before.isEmpty() && looksLikeStreet(before)) {
            f.street = before;
        } else if (i > 0 && !used[i - 1] && looksLikeStreet(lines.at(i - 1))) {
            f.street = simplifyName(lines.at(i - 1));
            used[i - 1] = true;
            // A second street line (« Bâtiment B », « BP 12 ») above the first.
            if (i > 1 && !used[i - 2] && looksLikeStreet(lines.at(i - 2))
                && phonesOf(fixDigitTokens(lines.at(i - 2)), postcodeHint).isEmpty()) {
                f.street = simplifyName(lines.at(i - 2)) + QStringLiteral(", ") + f.street;
                used[i - 2] = true;
            }
        }
        break;
    }
    if (f.countryCode.isEmpty() && !country.isEmpty())
        f.countryCode = country;
    const QString phoneCountry = !f.countryCode.isEmpty() ? f.countryCode : (!country.isEmpty() ? country : countryHint);

    // 3. Telephone numbers.
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (used[i])
            continue;
        const QString fixed = fixDigitTokens(lines.at(i));
        const QString f0 = fold(fixed);
        if (f0.contains(QLatin1String("siret")) || f0.contains(QLatin1String("siren")) || f0.contains(QLatin1String("tva"))
            || f0.contains(QLatin1String("iban")) || f0.contains(QLatin1String("rcs")))
            continue;
        const QList<PhoneHit> hits = phonesOf(fixed, phoneCountry);
        if (hits.isEmpty())
            continue;
        used[i] = true;
        for (const PhoneHit &hit : hits)
            addPhone(f, hit.e164, hit.labelKind);
    }
    if (f.countryCode.isEmpty()) {
        // No address: the country of the first number, else nothing (the form keeps its default).
        for (const QString *p : {&f.landlinePhone, &f.mobilePhone}) {
            if (f.countryCode.isEmpty())
                f.countryCode = countryOfNumber(*p);
        }
    }

    // 4. Street without a postcode line (rare), then title, name, company among what is left.
    if (f.street.isEmpty()) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (!used[i] && hasDigit(lines.at(i)) && looksLikeStreet(lines.at(i))) {
                f.street = simplifyName(lines.at(i));
                used[i] = true;
                break;
            }
        }
    }

    const QStringList emailTokens = f.email.isEmpty() ? QStringList() : tokensOf(f.email.section(QLatin1Char('@'), 0, 0));
    QStringList domainTokens;
    if (!f.email.isEmpty())
        domainTokens = tokensOf(f.email.section(QLatin1Char('@'), 1).section(QLatin1Char('.'), 0, -2));
    if (!f.website.isEmpty()) {
        QString host = f.website;
        if (host.startsWith(QLatin1String("www.")))
            host = host.mid(4);
        domainTokens += tokensOf(host.section(QLatin1Char('.'), 0, -2));
    }
    static const QStringList genericMailboxes{QStringLiteral("contact"), QStringLiteral("info"), QStringLiteral("infos"),
                                              QStringLiteral("accueil"), QStringLiteral("commercial"), QStringLiteral("sales"),
                                              QStringLiteral("bonjour"), QStringLiteral("hello")};

    qsizetype bestName = -1;
    int bestNameScore = 0;
    qsizetype bestCompany = -1;
    int bestCompanyScore = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (used[i])
            continue;
        const QString line = simplifyName(lines.at(i));
        const QString folded = fold(line);
        const bool legal = containsWord(folded, legalForms());
        const bool title = containsWord(folded, titleWords());
        if (title && !legal && f.title.isEmpty() && !hasDigit(line) && !looksLikePersonName(line)) {
            f.title = line;
            used[i] = true;
            continue;
        }
        // Name score.
        if (looksLikePersonName(line) && !legal && !title && !containsWord(folded, companyWords())) {
            int score = 2;
            const QStringList words = tokensOf(line);
            for (const QString &w : words) {
                if (w.size() > 1 && emailTokens.contains(w))
                    score += 3;
                else if (w.size() > 1 && !emailTokens.isEmpty() && emailTokens.first().size() == 1 && emailTokens.size() > 1
                         && emailTokens.first().front() == w.front())
                    score += 1; // j.dupont@
                if (domainTokens.contains(w))
                    score -= 1;
            }
            if (score > bestNameScore) {
                bestNameScore = score;
                bestName = i;
            }
        }
        // Company score.
        {
            int score = 0;
            if (legal)
                score += 4;
            if (containsWord(folded, companyWords()))
                score += 2;
            const QStringList words = tokensOf(line);
            const QString joined = words.join(QString());
            for (const QString &d : std::as_const(domainTokens)) {
                if (d.size() > 2 && (joined == d || joined.contains(d) || d.contains(joined)))
                    score += 4;
            }
            for (const QString &w : words) {
                if (w.size() > 2 && domainTokens.contains(w))
                    score += 2;
            }
            if (line == line.toUpper() && !hasDigit(line) && line.size() > 2)
                score += 1;
            if (looksLikePersonName(line) && score < 3)
                score -= 1;
            if (hasDigit(line) && !legal)
                score -= 2;
            if (score > bestCompanyScore) {
                bestCompanyScore = score;
                bestCompany = i;
            }
        }
    }
    if (bestCompany >= 0 && bestCompany != bestName) {
        f.company = normalizeCompany(simplifyName(lines.at(bestCompany)));
        used[bestCompany] = true;
    }
    if (bestName >= 0 && bestName != bestCompany) {
        f.fullName = simplifyName(lines.at(bestName));
        used[bestName] = true;
        // OCR debris in front of the name (« Pie Jean Dupont », a logo's edge read as letters):
        // when the e-mail names the person, the name starts at its first word found there.
        QStringList words = f.fullName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        qsizetype first = 0;
        while (first < words.size() && !emailTokens.contains(fold(words.at(first))))
            ++first;
        if (first > 0 && first < words.size() && words.size() - first >= 2)
            f.fullName = words.mid(first).join(QLatin1Char(' '));
    } else if (bestName >= 0 && bestName == bestCompany) {
        // Both: it is a name unless it clearly is a company.
        if (bestCompanyScore >= 4)
            f.company = simplifyName(lines.at(bestName));
        else
            f.fullName = simplifyName(lines.at(bestName));
        used[bestName] = true;
    }
    if (f.fullName.isEmpty() && emailTokens.size() >= 2 && !genericMailboxes.contains(emailTokens.first())) {
        // Last resort: an unused line that contains the e-mail's words.
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (used[i] || hasDigit(lines.at(i)))
                continue;
            const QStringList words = tokensOf(lines.at(i));
            if (words.size() >= 2 && words.size() <= 4 && emailTokens.contains(words.last())) {
                f.fullName = simplifyName(lines.at(i));
                used[i] = true;
                break;
            }
        }
    }
    if (f.company.isEmpty()) {
        // A remaining short line without digits, before the name (logo text), else the domain.
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (used[i] || hasDigit(lines.at(i)) || lines.at(i).size() > 50)
                continue;
            const QString folded = fold(lines.at(i));
            if (containsWord(folded, titleWords()))
                continue;
            f.company = simplifyName(lines.at(i));
            used[i] = true;
            break;
        }
    }
    if (f.title.isEmpty()) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (!used[i] && containsWord(fold(lines.at(i)), titleWords()) && !hasDigit(lines.at(i))) {
                f.title = simplifyName(lines.at(i));
                used[i] = true;
                break;
            }
        }
    }
    splitName(f);
    return f;
}

BusinessCardFields normalizeBusinessCard(const BusinessCardFields &raw, const QString &countryHint)
{
    BusinessCardFields f;
    f.fullName = simplifyName(raw.fullName);
    f.firstName = simplifyName(raw.firstName);
    f.lastName = simplifyName(raw.lastName);
    if (f.fullName.isEmpty() && (!f.firstName.isEmpty() || !f.lastName.isEmpty()))
        f.fullName = QStringList{f.firstName, f.lastName}.join(QLatin1Char(' ')).trimmed();
    if (f.firstName.isEmpty() && f.lastName.isEmpty())
        splitName(f);
    f.title = simplifyName(raw.title);
    f.company = normalizeCompany(simplifyName(raw.company));
    f.email = cleanEmail(raw.email);
    f.website = cleanWebsite(raw.website);

    // Address first: its country is the one of national numbers.
    QString country = raw.countryCode.trimmed().toUpper();
    if (country != QLatin1String("FR") && country != QLatin1String("BE") && country != QLatin1String("LU"))
        country.clear();
    QString postcode = raw.postcode.trimmed();
    const QString detected = detectCountry(postcode, country.isEmpty() ? countryHint : country);
    if (country.isEmpty())
        country = detected;
    postcode = normalizePostcode(postcode);
    if (!postcode.isEmpty() && !country.isEmpty() && validatePostcode(postcode, country))
        f.postcode = postcode;
    f.countryCode = country;
    f.street = simplifyName(raw.street);
    f.city = simplifyName(raw.city);

    const QString phoneCountry = country.isEmpty() ? countryHint : country;
    auto clean = [&phoneCountry, &countryHint](const QString &s) -> QString {
        QString n = fixDigitTokens(s);
        n.remove(QRegularExpression(QStringLiteral("\\(\\s*0\\s*\\)")));
        // The address's country first, then the hint (a French mobile on a Luxembourg card).
        for (const QString &c : {phoneCountry, countryHint}) {
            if (auto e = normalizePhone(n, c); e && !e->isEmpty())
                return *e;
        }
        return QString();
    };
    const QString mobile = clean(raw.mobilePhone);
    const QString land = clean(raw.landlinePhone);
    if (!mobile.isEmpty())
        addPhone(f, mobile, PhoneKind::Mobile);
    if (!land.isEmpty())
        addPhone(f, land, PhoneKind::Landline);
    const QString fax = clean(raw.fax);
    if (!fax.isEmpty() && fax != f.mobilePhone && fax != f.landlinePhone)
        f.fax = fax;
    for (const QString &p : raw.otherPhones) {
        const QString e = clean(p);
        if (!e.isEmpty())
            addPhone(f, e, PhoneKind::Unknown);
    }
    if (f.countryCode.isEmpty()) {
        for (const QString *p : {&f.landlinePhone, &f.mobilePhone}) {
            if (f.countryCode.isEmpty())
                f.countryCode = countryOfNumber(*p);
        }
    }
    return f;
}

} // namespace hector::crm
