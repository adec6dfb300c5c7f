// Hector desktop client.
//   hector [--lang fr|en] [--server URL]
#include "sync/ClientSettings.h"
#include "sync/CredentialStore.h"
#include "translations/Translations.h"
#include "ui/AppController.h"
#include "ui/Icons.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Hector"));
    QCoreApplication::setApplicationName(QStringLiteral("Hector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HECTOR_VERSION));
    QApplication::setQuitOnLastWindowClosed(false);

    // First pass: only --lang, so that the help text itself is translated.
    QString requestedLanguage;
    {
        QCommandLineParser early;
        early.addOption(
            QCommandLineOption(QStringLiteral("lang"), QString(), QStringLiteral("code")));
        early.addOption(
            QCommandLineOption(QStringLiteral("server"), QString(), QStringLiteral("url")));
        early.addHelpOption();
        early.addVersionOption();
        early.parse(QCoreApplication::arguments());
        requestedLanguage = early.value(QStringLiteral("lang"));
    }

    hector::sync::ClientSettings settings;
    const hector::i18n::Language language = hector::i18n::chooseLanguage(
        requestedLanguage, settings.language(), QLocale::system().uiLanguages());
    hector::i18n::install(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Hector, gestion de la relation client."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Langue de l'interface : fr ou en."),
        QStringLiteral("code"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QCoreApplication::translate("main", "Adresse du serveur à proposer à la connexion."),
        QStringLiteral("url"));
    parser.addOption(langOption);
    parser.addOption(serverOption);
    parser.process(app);

    hector::i18n::Language ignored{};
    if (parser.isSet(langOption)
        && !hector::i18n::parseLanguage(parser.value(langOption), &ignored)) {
        std::fprintf(stderr,
                     "%s\n",
                     qUtf8Printable(QCoreApplication::translate(
                                        "main", "Langue inconnue « %1 » : choisissez fr ou en.")
                                        .arg(parser.value(langOption))));
    }

    hector::ui::applyTheme(app);
    QApplication::setWindowIcon(hector::ui::icons::appIcon());

    hector::ui::AppController controller(&settings, hector::sync::CredentialStore::systemBackend());
    if (parser.isSet(serverOption))
        controller.setServerOverride(parser.value(serverOption));
    QObject::connect(&controller,
                     &hector::ui::AppController::quitRequested,
                     &app,
                     &QCoreApplication::quit,
                     Qt::QueuedConnection);
    controller.start();
    return QApplication::exec();
}
