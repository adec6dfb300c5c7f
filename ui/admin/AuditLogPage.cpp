#include "ui/admin/AuditLogPage.h"

#include "sync/SessionManager.h"
#include "ui/FormSupport.h"
#include "ui/MessageBanner.h"
#include "ui/admin/AuditLogModel.h"

#include <QComboBox>
#include <QDir>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace hector::ui {

AuditLogPage::AuditLogPage(sync::SessionManager *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new AuditLogModel(this))
{
    setObjectName(QStringLiteral("auditLogPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addWidget(makePageTitle(tr("Journal d'audit"), this));

    auto *filters = new QHBoxLayout;
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("userFilter"));
    m_user->setAccessibleName(tr("Filtrer par utilisateur"));
    m_user->addItem(tr("Tous les utilisateurs"), QString());
    m_user->setMinimumContentsLength(18);
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("actionFilter"));
    m_action->setAccessibleName(tr("Filtrer par action"));
    m_action->addItem(tr("Toutes les actions"), QString());
    for (const char *a : {"CREATE", "UPDATE", "DELETE", "LOGIN", "LOGIN_FAILED", "LOGOUT", "INVITATION_SENT",
                          "INVITATION_ACCEPTED", "PASSWORD_RESET_REQUESTED", "PASSWORD_RESET", "TOKEN_REUSE"}) {
        const QString action = QString::fromLatin1(a);
        m_action->addItem(AuditLogModel::actionLabel(action), action);
    }
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_type->setAccessibleName(tr("Filtrer par type d'objet"));
    m_type->addItem(tr("Tous les objets"), QString());
    for (const char *t : {"user", "invitation", "session", "prospect"}) {
        const QString type = QString::fromLatin1(t);
        m_type->addItem(AuditLogModel::entityTypeLabel(type), type);
    }
    m_from = new QDateEdit(QDate::currentDate().addDays(-30), this);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    auto *fromLabel = new QLabel(tr("&Du"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("a&u"), this);
    toLabel->setBuddy(m_to);
    filters->addWidget(m_user, 1);
    filters->addWidget(m_action);
    filters->addWidget(m_type);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    m_export = new QPushButton(tr("E&xporter en CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Enregistre les événements filtrés dans un fichier CSV (séparateur « ; », UTF-8) "
                            "lisible par Excel."));
    filters->addWidget(m_export);
    layout->addLayout(filters);

    m_stats = new QLabel(this);
    m_stats->setObjectName(QStringLiteral("statsLabel"));
    m_stats->setWordWrap(true);
    layout->addWidget(m_stats);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("auditBanner"));
    layout->addWidget(m_banner);

    m_stack = new QStackedWidget(this);
    m_view = new QTableView(m_stack);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(AuditLogModel::Changes, QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setColumnWidth(AuditLogModel::Date, 160);
    m_view->setColumnWidth(AuditLogModel::User, 190);
    m_view->setColumnWidth(AuditLogModel::Action, 190);
    m_view->setColumnWidth(AuditLogModel::Object, 95);
    m_view->setColumnWidth(AuditLogModel::Ip, 110);
    m_stack->addWidget(m_view);
    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);
    QPushButton *retry = nullptr;
    m_offline = makeRetryPanel(m_stack, &m_offlineText, &retry);
    m_stack->addWidget(m_offline);
    layout->addWidget(m_stack, 1);

    auto *paging = new QHBoxLayout;
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_previous = new QPushButton(tr("« &Précédents"), this);
    m_previous->setObjectName(QStringLiteral("previousButton"));
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageUp));
    m_next = new QPushButton(tr("&Suivants »"), this);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageDown));
    paging->addWidget(m_pageLabel, 1);
    paging->addWidget(m_previous);
    paging->addWidget(m_next);
    layout->addLayout(paging);

    for (QComboBox *combo : {m_user, m_action, m_type})
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditLogPage::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditLogPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditLogPage::reload);
    connect(m_previous, &QPushButton::clicked, this, &AuditLogPage::previousPage);
    connect(m_next, &QPushButton::clicked, this, &AuditLogPage::nextPage);
    connect(m_export, &QPushButton::clicked, this, &AuditLogPage::exportCsv);
    connect(retry, &QPushButton::clicked, this, [this] {
        loadUsers();
        reload();
    });
    updatePaging();
}

void AuditLogPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_started) {
        m_started = true;
        loadUsers();
        reload();
    }
}

QUrlQuery AuditLogPage::filterQuery() const
{
    QUrlQuery q;
    const auto add = [&q](const QString &key, const QString &value) {
        if (!value.isEmpty())
            q.addQueryItem(key, value);
    };
    add(QStringLiteral("userId"), m_user->currentData().toString());
    add(QStringLiteral("action"), m_action->currentData().toString());
    add(QStringLiteral("entityType"), m_type->currentData().toString());
    // Whole local days, sent as UTC instants.
    add(QStringLiteral("from"), QDateTime(m_from->date(), QTime(0, 0)).toUTC().toString(Qt::ISODate));
    add(QStringLiteral("to"), QDateTime(m_to->date().addDays(1), QTime(0, 0)).toUTC().toString(Qt::ISODate));
    return q;
}

void AuditLogPage::loadUsers()
{
    m_session->authorizedRequest(sync::ApiClient::Method::Get, QStringLiteral("/api/admin/users"), {}, this,
                                 [this](Result<QJsonObject> r) {
                                     if (!r)
                                         return;
                                     const QString kept = m_user->currentData().toString();
                                     const QSignalBlocker block(m_user);
                                     while (m_user->count() > 1)
                                         m_user->removeItem(1);
                                     for (const QJsonValue &v : r->value(QLatin1StringView("users")).toArray()) {
                                         const QJsonObject u = v.toObject();
                                         const QString name = QString(u.value(QLatin1StringView("firstName")).toString()
                                                                      + u' '
                                                                      + u.value(QLatin1StringView("lastName")).toString())
                                                                  .trimmed();
                                         const QString email = u.value(QLatin1StringView("email")).toString();
                                         m_user->addItem(name.isEmpty() ? email : QString(name + QStringLiteral(" (") + email + u')'),
                                                         u.value(QLatin1StringView("id")).toString());
                                     }
                                     m_user->setCurrentIndex(std::max(0, m_user->findData(kept)));
                                 });
}

void AuditLogPage::reload()
{
    m_offset = 0;
    fetchPage();
    fetchStats();
}

void AuditLogPage::nextPage()
{
    if (m_offset + kPageSize >= m_total)
        return;
    m_offset += kPageSize;
    fetchPage();
}

void AuditLogPage::previousPage()
{
    if (m_offset == 0)
        return;
    m_offset = std::max(0, m_offset - kPageSize);
    fetchPage();
}

void AuditLogPage::showOffline(const QString &message)
{
    m_offlineText->setText(tr("Impossible de joindre le serveur : le journal d'audit nécessite une connexion.\n%1")
                               .arg(message));
    m_stack->setCurrentWidget(m_offline);
    m_stats->clear();
    m_model->setLogs({});
    m_total = 0;
    updatePaging();
}

void AuditLogPage::fetchPage()
{
    QUrlQuery q = filterQuery();
    q.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
    q.addQueryItem(QStringLiteral("offset"), QString::number(m_offset));
    const quint64 generation = ++m_generation;
    m_session->authorizedRequest(
        sync::ApiClient::Method::Get, QString(QStringLiteral("/api/admin/audit-logs?") + q.toString(QUrl::FullyEncoded)),
        {}, this, [this, generation](Result<QJsonObject> r) {
            if (generation != m_generation)
                return; // an older request, overtaken by a filter change
            if (!r) {
                if (sync::errors::isConnectivityError(r.error()))
                    showOffline(r.error().message);
                else
                    m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
                emit loaded();
                return;
            }
            m_banner->clear();
            m_total = r->value(QLatin1StringView("total")).toInt();
            m_model->setLogs(r->value(QLatin1StringView("logs")).toArray());
            if (m_total == 0) {
                m_empty->setText(tr("Aucun événement pour ces filtres.\nÉlargissez la période ou retirez un filtre."));
                m_stack->setCurrentWidget(m_empty);
            } else {
                m_stack->setCurrentWidget(m_view);
            }
            updatePaging();
            emit loaded();
        });
}

void AuditLogPage::fetchStats()
{
    m_session->authorizedRequest(
        sync::ApiClient::Method::Get,
        QString(QStringLiteral("/api/admin/audit-logs/stats?") + filterQuery().toString(QUrl::FullyEncoded)), {}, this,
        [this](Result<QJsonObject> r) {
            if (!r) {
                m_stats->clear();
                return;
            }
            const qint64 total = r->value(QLatin1StringView("total")).toInteger();
            QStringList parts;
            for (const QJsonValue &v : r->value(QLatin1StringView("byAction")).toArray()) {
                const QJsonObject o = v.toObject();
                parts << tr("%1 : %L2")
                             .arg(AuditLogModel::actionLabel(o.value(QLatin1StringView("action")).toString()))
                             .arg(o.value(QLatin1StringView("count")).toInteger());
            }
            const int users = int(r->value(QLatin1StringView("byUser")).toArray().size());
            m_stats->setText(total == 0 ? tr("Aucun événement sur la période.")
                                        : tr("%L1 événement(s) par %L2 utilisateur(s) — %3")
                                              .arg(total)
                                              .arg(users)
                                              .arg(parts.join(QStringLiteral(", "))));
        });
}

void AuditLogPage::updatePaging()
{
    if (m_total == 0) {
        m_pageLabel->setText(QString());
    } else {
        m_pageLabel->setText(tr("Événements %L1 à %L2 sur %L3")
                                 .arg(m_offset + 1)
                                 .arg(std::min(m_offset + kPageSize, m_total))
                                 .arg(m_total));
    }
    m_previous->setEnabled(m_offset > 0);
    m_next->setEnabled(m_offset + kPageSize < m_total);
    m_export->setEnabled(m_total > 0);
}

void AuditLogPage::exportCsv()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("journal-audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Exporter le journal d'audit"),
                                                      QDir(dir).filePath(name), tr("Fichiers CSV (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

void AuditLogPage::exportCsvTo(const QString &path)
{
    m_export->setEnabled(false);
    const QString query = filterQuery().toString(QUrl::FullyEncoded);
    // The stats call refreshes the access token when needed; the CSV is then read with it.
    m_session->authorizedRequest(
        sync::ApiClient::Method::Get, QString(QStringLiteral("/api/admin/audit-logs/stats?") + query), {}, this,
        [this, path, query](Result<QJsonObject> r) {
            if (!r) {
                m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
                updatePaging();
                emit exported(false);
                return;
            }
            QUrl url = m_session->serverUrl();
            url.setPath(QString(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0)
                                + QStringLiteral("/api/admin/audit-logs/export.csv")));
            url.setQuery(query, QUrl::StrictMode);
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", QByteArray("Bearer " + m_session->accessToken().toLatin1()));
            request.setTransferTimeout(60000);
            QNetworkReply *reply = m_session->api()->networkAccessManager()->get(request);
            connect(reply, &QNetworkReply::finished, this, [this, reply, path] {
                reply->deleteLater();
                updatePaging();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (reply->error() != QNetworkReply::NoError || status != 200) {
                    m_banner->showMessage(MessageBanner::Kind::Error,
                                          tr("L'export a échoué : %1").arg(reply->errorString()));
                    emit exported(false);
                    return;
                }
                QSaveFile file(path);
                if (!file.open(QIODevice::WriteOnly) || file.write(reply->readAll()) < 0 || !file.commit()) {
                    m_banner->showMessage(MessageBanner::Kind::Error,
                                          tr("Impossible d'écrire %1 : %2").arg(path, file.errorString()));
                    emit exported(false);
                    return;
                }
                m_banner->showMessage(MessageBanner::Kind::Success, tr("Journal exporté dans %1.").arg(path));
                emit exported(true);
            });
        });
}

} // namespace hector::ui
