#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace hector::i18n {

// French is the source language; English is a translation (hector_en.qm).
enum class Language { French, English };

// The language of the interface: `requested` (command line --lang) wins, then `saved`
// (ClientSettings::Key::Language), then the system: English when its first UI language is
// English, French otherwise. Unknown codes are ignored.
Language chooseLanguage(const QString &requested,
                        const QString &saved,
                        const QStringList &systemUiLanguages);
// "fr" / "en"; std::nullopt-like: returns false in *ok for anything else.
bool parseLanguage(const QString &code, Language *language);
QString languageCode(Language language);

// Installs the translators of `language` on the application and sets the default QLocale:
// English loads :/i18n/hector_en.qm; French loads Qt's own French catalogue (qtbase_fr) so that
// standard buttons and context menus are French too. Returns false if a catalogue is missing.
bool install(QCoreApplication &app, Language language);

} // namespace hector::i18n
