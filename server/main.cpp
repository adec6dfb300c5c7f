// hector-server: the companion server of the Hector desktop CRM.
#include "db/Database.h"
#include "demo/DemoSeeder.h"
#include "server/Logging.h"
#include "server/ServerApp.h"
#include "server/ServerConfig.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace hector::server;

namespace {
int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(g_signalFd[0], &c, 1);
}

void print(const QString &text)
{
    const QByteArray b = text.toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
    std::fflush(stdout);
}

QString usage()
{
    return QStringLiteral(
               "Usage : hector-server [options]\n\n"
               "Sans database_url, le serveur crée et lance sa propre base PostgreSQL dans son\n"
               "dossier de données, et l'arrête en quittant.\n\n"
               "Options :\n"
               "  --help                 Affiche cette aide\n"
               "  --version              Affiche la version\n"
               "  --config FICHIER       Fichier de configuration (INI, clé = valeur)\n"
               "  --demo                 Crée les données de démonstration si la base est vide\n"
               "  --demo-prospects N     Nombre de prospects de démonstration [300]\n"
               "  --demo-password MDP    Même mot de passe pour tous les comptes de démonstration\n"
               "                         (par défaut : un mot de passe aléatoire par compte)\n\n"
               "Configuration (fichier, variable d'environnement HECTOR_<CLÉ>, ou --clé valeur) :\n")
           + ServerConfig::helpText();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hector-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HECTOR_VERSION));

    QHash<QString, QString> flags;
    QString configFile;
    bool demo = false;
    int demoProspects = 300;
    QString demoPassword;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        QString arg = args.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            print(usage());
            return 0;
        }
        if (arg == QLatin1String("--version")) {
            print(QStringLiteral("hector-server %1\n").arg(QStringLiteral(HECTOR_VERSION)));
            return 0;
        }
        if (arg == QLatin1String("--demo")) {
            demo = true;
            continue;
        }
        if (!arg.startsWith(QLatin1String("--"))) {
            print(QStringLiteral("Argument inattendu : %1\n\n").arg(arg) + usage());
            return 2;
        }
        QString name = arg.mid(2);
        QString value;
        const qsizetype eq = name.indexOf(u'=');
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        } else if (i + 1 < args.size()) {
            value = args.at(++i);
        } else {
            print(QStringLiteral("L'option --%1 attend une valeur.\n").arg(name));
            return 2;
        }
        if (name == QLatin1String("config")) {
            configFile = value;
        } else if (name == QLatin1String("demo-prospects")) {
            bool ok = false;
            demoProspects = value.toInt(&ok);
            if (!ok || demoProspects < 0 || demoProspects > 5'000'000) {
                print(QStringLiteral("--demo-prospects attend un nombre entre 0 et 5000000.\n"));
                return 2;
            }
            demo = true;
        } else if (name == QLatin1String("demo-password")) {
            demoPassword = value;
            demo = true;
        } else {
            bool known = false;
            for (const auto &info : ServerConfig::keys()) {
                QString dashed = QString::fromLatin1(info.name);
                dashed.replace(u'_', u'-');
                known = known || name == dashed || name == QLatin1String(info.name);
            }
            if (!known) {
                print(QStringLiteral("Option inconnue : --%1\n\n").arg(name) + usage());
                return 2;
            }
            flags.insert(name, value);
        }
    }

    auto config = ServerConfig::load(configFile, flags);
    if (!config) {
        print(config.error().message + u'\n');
        return 2;
    }
    if (config->value(ConfigKey::LogFormat) == QLatin1String("json"))
        installJsonLogHandler();

    ServerApp server(*config);
    if (auto started = server.start(); !started) {
        qCCritical(lcServer).noquote() << started.error().message;
        print(QStringLiteral("Le serveur n'a pas pu démarrer : %1\n").arg(started.error().message));
        return 1;
    }

    if (demo) {
        auto seeded = DemoSeeder::seed(server.ownerDatabase(), server.passwordHasher(), demoProspects, demoPassword);
        if (!seeded) {
            print(QStringLiteral("Échec de la création des données de démonstration : %1\n")
                      .arg(seeded.error().message));
            return 1;
        }
        if (seeded->seeded) {
            QString text = QStringLiteral("\nDonnées de démonstration créées : %1 prospects (dont %2 à qualifier), "
                                          "%3 rendez-vous, %4 actions, %5 notes, %6 opportunités.\n"
                                          "Comptes (mots de passe affichés une seule fois) :\n")
                               .arg(seeded->prospects)
                               .arg(seeded->partialProspects)
                               .arg(seeded->rdvs)
                               .arg(seeded->actions)
                               .arg(seeded->notes)
                               .arg(seeded->opportunities);
            for (const auto &c : seeded->credentials) {
                text += QStringLiteral("  %1  %2  %3  %4\n")
                            .arg(c.role, -10)
                            .arg(c.entity, -10)
                            .arg(c.email, -38)
                            .arg(c.password);
            }
            print(text + u'\n');
        } else {
            print(QStringLiteral("Données de démonstration déjà présentes (les mots de passe ont été "
                                 "affichés au premier lancement ; « Mot de passe oublié ? » envoie un "
                                 "code dans %1).\n")
                      .arg(server.outboxDir()));
        }
    }
    print(QStringLiteral("hector-server prêt sur http://%1:%2 — Ctrl+C pour arrêter.\n")
              .arg(config->value(ConfigKey::Listen))
              .arg(server.port()));

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) == 0) {
        auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
            char c = 0;
            [[maybe_unused]] auto n = ::read(g_signalFd[1], &c, 1);
            qCInfo(lcServer) << "shutdown requested";
            app.quit();
        });
        struct sigaction sa{};
        sa.sa_handler = onSignal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        sigaction(SIGINT, &sa, nullptr);
        sigaction(SIGTERM, &sa, nullptr);
    }

    const int rc = app.exec();
    server.stop();
    qCInfo(lcServer) << "stopped";
    return rc;
}
