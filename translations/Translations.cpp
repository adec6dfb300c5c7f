#include "translations/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace hector::i18n {

bool parseLanguage(const QString &code, Language *language)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("fr") || c.startsWith(QLatin1String("fr-"))
        || c.startsWith(QLatin1String("fr_"))) {
        *language = Language::French;
        return true;
    }
    if (c == QLatin1String("en") || c.startsWith(QLatin1String("en-"))
        || c.startsWith(QLatin1String("en_"))) {
        *language = Language::English;
        return true;
    }
    return false;
}

QString languageCode(Language language)
{
    return language == Language::English ? QStringLiteral("en") : QStringLiteral("fr");
}

Language
chooseLanguage(const QString &requested, const QString &saved, const QStringList &systemUiLanguages)
{
    Language language = Language::French;
    if (parseLanguage(requested, &language) || parseLanguage(saved, &language))
        return language;
    if (!systemUiLanguages.isEmpty() && parseLanguage(systemUiLanguages.constFirst(), &language)) {
        return language;
    }
    return Language::French;
}

bool install(QCoreApplication &app, Language language)
{
    bool ok = true;
    if (language == Language::English) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        auto *hector = new QTranslator(&app);
        if (hector->load(QStringLiteral(":/i18n/hector_en.qm")))
            QCoreApplication::installTranslator(hector);
        else
            ok = false;
    } else {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        auto *qt = new QTranslator(&app);
        if (qt->load(QLocale(QLocale::French),
                     QStringLiteral("qtbase"),
                     QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
        } else {
            ok = false;
        }
    }
    return ok;
}

} // namespace hector::i18n
