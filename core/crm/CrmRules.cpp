#include "core/crm/CrmRules.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace hector::crm {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hector::crm::CrmRules", text);
}
} // namespace

const CodeLabels &headcountBands()
{
    static const CodeLabels bands{
        {QStringLiteral("00"), tr("0 salarié")},
        {QStringLiteral("01"), tr("1 à 2 salariés")},
        {QStringLiteral("02"), tr("3 à 5 salariés")},
        {QStringLiteral("03"), tr("6 à 9 salariés")},
        {QStringLiteral("11"), tr("10 à 19 salariés")},
        {QStringLiteral("12"), tr("20 à 49 salariés")},
        {QStringLiteral("21"), tr("50 à 99 salariés")},
        {QStringLiteral("22"), tr("100 à 199 salariés")},
        {QStringLiteral("31"), tr("200 à 249 salariés")},
        {QStringLiteral("32"), tr("250 à 499 salariés")},
        {QStringLiteral("41"), tr("500 à 999 salariés")},
        {QStringLiteral("42"), tr("1 000 à 1 999 salariés")},
        {QStringLiteral("51"), tr("2 000 à 4 999 salariés")},
        {QStringLiteral("52"), tr("5 000 à 9 999 salariés")},
        {QStringLiteral("53"), tr("10 000 salariés et plus")},
    };
    return bands;
}

const CodeLabels &rdvStatuses()
{
    static const CodeLabels list{
        {QStringLiteral("planifie"), tr("Planifié")},
        {QStringLiteral("effectue"), tr("Effectué")},
        {QStringLiteral("annule"), tr("Annulé")},
    };
    return list;
}

const CodeLabels &actionTypes()
{
    static const CodeLabels list{
        {QStringLiteral("appel"), tr("Appel")},
        {QStringLiteral("email"), tr("E-mail")},
        {QStringLiteral("visite"), tr("Visite")},
        {QStringLiteral("devis"), tr("Devis")},
    };
    return list;
}

const CodeLabels &actionStatuses()
{
    static const CodeLabels list{
        {QStringLiteral("a_faire"), tr("À faire")},
        {QStringLiteral("en_cours"), tr("En cours")},
        {QStringLiteral("termine"), tr("Terminé")},
    };
    return list;
}

QString labelFor(const CodeLabels &list, const QString &code)
{
    for (const auto &p : list) {
        if (p.first == code)
            return p.second;
    }
    return code;
}

bool hasCode(const CodeLabels &list, const QString &code)
{
    for (const auto &p : list) {
        if (p.first == code)
            return true;
    }
    return false;
}

QString normalizedCompanyName(const QString &name)
{
    // Legal forms of France, Belgium and Luxembourg, compared after the dots are removed.
    static const QSet<QString> legalForms{
        QStringLiteral("sa"),    QStringLiteral("sas"),   QStringLiteral("sasu"),  QStringLiteral("sarl"),
        QStringLiteral("eurl"),  QStringLiteral("sci"),   QStringLiteral("snc"),   QStringLiteral("scop"),
        QStringLiteral("scs"),   QStringLiteral("sca"),   QStringLiteral("selarl"), QStringLiteral("sel"),
        QStringLiteral("ei"),    QStringLiteral("eirl"),  QStringLiteral("gie"),   QStringLiteral("sprl"),
        QStringLiteral("srl"),   QStringLiteral("sc"),    QStringLiteral("scrl"),  QStringLiteral("asbl"),
        QStringLiteral("nv"),    QStringLiteral("bv"),    QStringLiteral("bvba"),  QStringLiteral("vzw"),
        QStringLiteral("sarls"), QStringLiteral("secs"),  QStringLiteral("scsp"),  QStringLiteral("sa/nv"),
    };
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toLower();
    QString cleaned;
    cleaned.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QLatin1Char('.'))
            continue; // "S.A.S." -> "sas"
        cleaned.append(c.isLetterOrNumber() ? c : QLatin1Char(' '));
    }
    QStringList words;
    for (const QString &w : cleaned.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!legalForms.contains(w))
            words << w;
    }
    return words.join(QLatin1Char(' '));
}

namespace {
const QList<QPair<const char *, int>> &qualityWeights()
{
    static const QList<QPair<const char *, int>> weights{
        {"company_name", 10}, {"siren", 15}, {"siret", 5},  {"naf_code", 5},     {"legal_form", 5},
        {"address", 10},      {"postcode", 5}, {"city", 5}, {"phone", 10},       {"email", 10},
        {"website", 5},       {"contact_name", 5}, {"contact_title", 5}, {"headcount_band", 3},
        {"revenue_eur", 2},
    };
    return weights;
}
} // namespace

QString dataQualityScoreSql(const QString &qualifier)
{
    // A value counts when it is a number or a non-blank text (as in dataQualityScore()).
    QStringList terms;
    const QString prefix = qualifier.isEmpty() ? QString() : QString(qualifier + u'.');
    for (const auto &[field, points] : qualityWeights()) {
        const QString column = prefix + QLatin1String(field);
        terms << QStringLiteral("(CASE WHEN typeof(%1) IN ('integer', 'real') OR trim(%1) <> '' THEN %2 ELSE 0 END)")
                     .arg(column)
                     .arg(points);
    }
    return u'(' + terms.join(QStringLiteral(" + ")) + u')';
}

int dataQualityScore(const QJsonObject &p)
{
    int score = 0;
    for (const auto &[field, points] : qualityWeights()) {
        const QJsonValue v = p.value(QLatin1StringView(field));
        const bool filled = v.isDouble() || v.isBool() || (v.isString() && !v.toString().trimmed().isEmpty());
        if (filled)
            score += points;
    }
    return score;
}

} // namespace hector::crm
