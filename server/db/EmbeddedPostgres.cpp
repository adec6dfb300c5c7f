#include "db/EmbeddedPostgres.h"

#include "db/PgConnection.h"
#include "server/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QVersionNumber>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hector::server {

namespace {
constexpr const char *kSuperuser = "hector";

QString tr(const char *text)
{
    return QCoreApplication::translate("hector::server::EmbeddedPostgres", text);
}

bool chownTree(const QString &path, uid_t uid, gid_t gid)
{
    if (::chown(QFile::encodeName(path).constData(), uid, gid) != 0)
        return false;
    QDir dir(path);
    const auto entries = dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &fi : entries) {
        if (fi.isDir() && !fi.isSymLink()) {
            if (!chownTree(fi.absoluteFilePath(), uid, gid))
                return false;
        } else if (::lchown(QFile::encodeName(fi.absoluteFilePath()).constData(), uid, gid) != 0) {
            return false;
        }
    }
    return true;
}
} // namespace

EmbeddedPostgres::EmbeddedPostgres(Options options) : m_options(std::move(options))
{
    if (m_options.binDir.isEmpty())
        m_options.binDir = findBinDir();
    m_asRoot = ::geteuid() == 0;
}

EmbeddedPostgres::~EmbeddedPostgres()
{
    if (m_running)
        (void)stop();
}

QString EmbeddedPostgres::findBinDir()
{
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QVersionNumber best;
    QString bestDir;
    const auto versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &v : versions) {
        const QVersionNumber n = QVersionNumber::fromString(v);
        if (QFileInfo::exists(root.filePath(v + QStringLiteral("/bin/initdb"))) && n > best) {
            best = n;
            bestDir = root.filePath(v + QStringLiteral("/bin"));
        }
    }
    return bestDir;
}

QString EmbeddedPostgres::socketDir() const
{
    return QDir(m_options.clusterDir).filePath(QStringLiteral("run"));
}

QString EmbeddedPostgres::conninfo() const
{
    return conninfo(QLatin1String(kSuperuser));
}

QString EmbeddedPostgres::conninfo(const QString &user) const
{
    return QStringLiteral("host='%1' port=5432 user=%2 dbname='%3' connect_timeout=10")
        .arg(socketDir(), user, m_options.databaseName);
}

Result<QString> EmbeddedPostgres::run(const QString &program,
                                      const QStringList &args,
                                      int timeoutMs) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    const QString exe = QDir(m_options.binDir).filePath(program);
    if (m_asRoot) {
        QStringList full{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), exe};
        full += args;
        p.start(QStringLiteral("runuser"), full);
    } else {
        p.start(exe, args);
    }
    if (!p.waitForStarted(10000)) {
        return makeError(QStringLiteral("embedded_db_failed"),
                         tr("Impossible de lancer %1 : %2").arg(exe, p.errorString()));
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        return makeError(QStringLiteral("embedded_db_failed"),
                         tr("%1 ne s'est pas terminé à temps.").arg(program));
    }
    const QString output = QString::fromLocal8Bit(p.readAll()).trimmed();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        return makeError(QStringLiteral("embedded_db_failed"),
                         tr("%1 a échoué (code %2) : %3").arg(program).arg(p.exitCode()).arg(output));
    }
    return output;
}

Result<void> EmbeddedPostgres::start()
{
    if (m_options.binDir.isEmpty() || !QFileInfo::exists(m_options.binDir + QStringLiteral("/initdb"))) {
        return makeError(QStringLiteral("embedded_db_failed"),
                         tr("PostgreSQL est introuvable (initdb absent de /usr/lib/postgresql/*/bin). "
                            "Installez le paquet postgresql ou configurez database_url."));
    }
    QDir cluster(m_options.clusterDir);
    if (!cluster.mkpath(QStringLiteral("run"))) {
        return makeError(QStringLiteral("embedded_db_failed"),
                         tr("Impossible de créer le dossier %1.").arg(m_options.clusterDir));
    }
    const QString dataDir = cluster.filePath(QStringLiteral("data"));
    const QString logFile = cluster.filePath(QStringLiteral("postgres.log"));

    if (m_asRoot) {
        struct passwd *pw = ::getpwnam("postgres");
        if (!pw) {
            return makeError(QStringLiteral("embedded_db_failed"),
                             tr("Lancé en root, le serveur doit exécuter PostgreSQL sous l'utilisateur "
                                "système « postgres », qui n'existe pas."));
        }
        if (!chownTree(m_options.clusterDir, pw->pw_uid, pw->pw_gid)) {
            return makeError(QStringLiteral("embedded_db_failed"),
                             tr("Impossible de donner le dossier %1 à l'utilisateur postgres.")
                                 .arg(m_options.clusterDir));
        }
        // Every parent directory must be traversable by postgres.
        QFileInfo parent(QFileInfo(m_options.clusterDir).absolutePath());
        while (!parent.isRoot()) {
            struct stat st{};
            if (::stat(QFile::encodeName(parent.absoluteFilePath()).constData(), &st) == 0
                && !(st.st_mode & S_IXOTH) && st.st_uid != pw->pw_uid) {
                return makeError(
                    QStringLiteral("embedded_db_failed"),
                    tr("Le dossier %1 n'est pas accessible à l'utilisateur postgres : choisissez un "
                       "dossier de données ailleurs (par exemple /var/lib/hector-server) avec "
                       "--data-dir.")
                        .arg(parent.absoluteFilePath()));
            }
            parent = QFileInfo(parent.absolutePath());
        }
    }

    if (!QFileInfo::exists(dataDir + QStringLiteral("/PG_VERSION"))) {
        qCInfo(lcDb) << "creating embedded PostgreSQL cluster in" << dataDir;
        QStringList args{QStringLiteral("-D"), dataDir,
                         QStringLiteral("-U"), QLatin1String(kSuperuser),
                         QStringLiteral("--auth=trust"),
                         QStringLiteral("--encoding=UTF8"),
                         QStringLiteral("--locale=C.UTF-8")};
        if (m_options.fastUnsafe)
            args << QStringLiteral("--no-sync");
        auto init = run(QStringLiteral("initdb"), args, 120000);
        if (!init)
            return init.error();
    }

    auto status = run(QStringLiteral("pg_ctl"), {QStringLiteral("status"), QStringLiteral("-D"), dataDir}, 10000);
    if (status.ok()) {
        qCInfo(lcDb) << "embedded PostgreSQL already running in" << dataDir << "- reusing it";
        m_running = true;
        m_startedByUs = false;
        return ensureDatabase();
    }

    QString opts = QStringLiteral("-c listen_addresses='' -c unix_socket_directories='%1' "
                                  "-c unix_socket_permissions=0700 -c port=5432 "
                                  "-c max_connections=200")
                       .arg(socketDir());
    if (m_options.fastUnsafe)
        opts += QStringLiteral(" -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
    auto started = run(QStringLiteral("pg_ctl"),
                       {QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-t"),
                        QStringLiteral("60"), QStringLiteral("-D"), dataDir, QStringLiteral("-l"),
                        logFile, QStringLiteral("-o"), opts},
                       90000);
    if (!started) {
        QFile log(logFile);
        QString tail;
        if (log.open(QIODevice::ReadOnly))
            tail = QString::fromUtf8(log.readAll().right(2000));
        return makeError(QStringLiteral("embedded_db_failed"),
                         started.error().message + u'\n' + tail);
    }
    m_running = true;
    m_startedByUs = true;
    qCInfo(lcDb) << "embedded PostgreSQL started in" << dataDir;
    return ensureDatabase();
}

Result<void> EmbeddedPostgres::ensureDatabase()
{
    const QString adminInfo = QStringLiteral("host='%1' port=5432 user=%2 dbname=postgres")
                                  .arg(socketDir(), QLatin1String(kSuperuser));
    auto conn = PgConnection::open(adminInfo);
    if (!conn)
        return conn.error();
    auto exists = (*conn)->exec(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = $1"),
                                {m_options.databaseName});
    if (!exists)
        return exists.error();
    if (exists->rows() == 0) {
        auto created = (*conn)->execScript(
            QStringLiteral("CREATE DATABASE \"%1\"").arg(m_options.databaseName));
        if (!created)
            return created.error();
    }
    return {};
}

Result<void> EmbeddedPostgres::stop()
{
    if (!m_running)
        return {};
    m_running = false;
    if (!m_startedByUs)
        return {};
    const QString dataDir = QDir(m_options.clusterDir).filePath(QStringLiteral("data"));
    auto stopped = run(QStringLiteral("pg_ctl"),
                       {QStringLiteral("stop"), QStringLiteral("-w"), QStringLiteral("-m"),
                        QStringLiteral("fast"), QStringLiteral("-D"), dataDir},
                       60000);
    if (!stopped)
        return stopped.error();
    qCInfo(lcDb) << "embedded PostgreSQL stopped";
    return {};
}

} // namespace hector::server
