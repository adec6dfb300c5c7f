#include "ui/admin/EntitiesPage.h"

#include "core/sync/RowValidation.h"
#include "sync/SessionManager.h"
#include "ui/MessageBanner.h"
#include "ui/admin/AdminTreeModel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace hector::ui {

using Method = sync::ApiClient::Method;

namespace {
// Parent choices: « (aucune) » then every entity except `excluded` and its descendants.
void fillParents(QComboBox *combo, const AdminTreeModel *model, const QString &excluded, const QString &current)
{
    combo->addItem(QCoreApplication::translate("hector::ui::EntitiesPage", "(aucune : entité de premier niveau)"),
                   QString());
    std::function<void(const QModelIndex &, int)> walk = [&](const QModelIndex &parent, int depth) {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex idx = model->index(r, 0, parent);
            const QJsonObject o = model->object(idx);
            const QString id = o.value(QLatin1StringView("id")).toString();
            if (id == excluded)
                continue;
            combo->addItem(countryFlagIcon(o.value(QLatin1StringView("countryCode")).toString()),
                           QString(QString(depth * 2, QLatin1Char(' ')) + o.value(QLatin1StringView("name")).toString()),
                           id);
            walk(idx, depth + 1);
        }
    };
    walk({}, 0);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}
} // namespace

EntitiesPage::EntitiesPage(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_banner(new MessageBanner(this))
    , m_retry(new QPushButton(tr("Réessayer"), this))
    , m_tree(new QTreeView(this))
    , m_model(new AdminTreeModel({{QStringLiteral("name"), tr("Entité")},
                                  {QStringLiteral("countryCode"), tr("Pays")}},
                                 QStringLiteral("parentId"), QStringLiteral("countryCode"), this))
    , m_stats(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_create(new QPushButton(tr("Nouvelle entité…"), this))
    , m_rename(new QPushButton(tr("Renommer…"), this))
    , m_move(new QPushButton(tr("Déplacer…"), this))
    , m_delete(new QPushButton(tr("Supprimer…"), this))
    , m_undo(new QPushButton(tr("Annuler la suppression"), this))
{
    m_isAdmin = context.session && context.session->user().role == Role::Admin;
    setObjectName(QStringLiteral("entitiesPage"));
    m_banner->setObjectName(QStringLiteral("entitiesBanner"));
    m_retry->setObjectName(QStringLiteral("entitiesRetry"));
    m_tree->setObjectName(QStringLiteral("entitiesTree"));
    m_stats->setObjectName(QStringLiteral("entityStats"));
    m_undo->setObjectName(QStringLiteral("entitiesUndo"));
    m_create->setObjectName(QStringLiteral("entitiesCreate"));
    m_rename->setObjectName(QStringLiteral("entitiesRename"));
    m_move->setObjectName(QStringLiteral("entitiesMove"));
    m_delete->setObjectName(QStringLiteral("entitiesDelete"));

    auto *title = new QLabel(tr("Entités de l'organisation"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);

    m_tree->setModel(m_model);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Arborescence des entités"));

    m_stats->setWordWrap(true);
    m_stats->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_stats->setTextFormat(Qt::RichText);
    m_stats->setMinimumWidth(280);
    m_stats->setFrameShape(QFrame::StyledPanel);
    m_stats->setMargin(12);
    m_empty->setWordWrap(true);
    m_empty->hide();

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_create, m_rename, m_move, m_delete, m_undo})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *refresh = new QPushButton(tr("Actualiser"), this);
    buttons->addWidget(refresh);
    for (QPushButton *b : {m_create, m_rename, m_move, m_delete})
        b->setVisible(m_isAdmin);
    m_undo->hide();

    auto *body = new QHBoxLayout;
    body->addWidget(m_tree, 3);
    body->addWidget(m_stats, 2);

    auto *bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_retry);
    m_retry->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(bannerRow);
    layout->addLayout(buttons);
    layout->addWidget(m_empty);
    layout->addLayout(body, 1);

    connect(m_retry, &QPushButton::clicked, this, &EntitiesPage::reload);
    connect(refresh, &QPushButton::clicked, this, &EntitiesPage::reload);
    connect(m_create, &QPushButton::clicked, this, &EntitiesPage::onCreateClicked);
    connect(m_rename, &QPushButton::clicked, this, &EntitiesPage::onRenameClicked);
    connect(m_move, &QPushButton::clicked, this, &EntitiesPage::onMoveClicked);
    connect(m_delete, &QPushButton::clicked, this, &EntitiesPage::onDeleteClicked);
    connect(m_undo, &QPushButton::clicked, this, &EntitiesPage::undoDelete);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        showStats();
        updateButtons();
    });
    updateButtons();
    reload();
}

QString EntitiesPage::statsText() const
{
    return m_stats->text();
}

QString EntitiesPage::selectedId() const
{
    return m_tree->currentIndex().data(AdminTreeModel::IdRole).toString();
}

void EntitiesPage::selectEntity(const QString &id)
{
    const QModelIndex idx = m_model->indexOfId(id);
    if (idx.isValid()) {
        m_tree->setCurrentIndex(idx);
        m_tree->scrollTo(idx);
    }
}

void EntitiesPage::updateButtons()
{
    const bool has = !selectedId().isEmpty();
    m_rename->setEnabled(has);
    m_move->setEnabled(has);
    m_delete->setEnabled(has);
}

void EntitiesPage::reload()
{
    if (!m_context.session)
        return;
    const QString keep = selectedId();
    m_context.session->authorizedRequest(
        Method::Get, QStringLiteral("/api/organization/entities"), {}, this, [this, keep](Result<QJsonObject> r) {
            if (!r) {
                // Never show stale data: the tree empties and the message says why.
                m_model->clear();
                m_statsById.clear();
                m_stats->setText(QString());
                m_banner->showMessage(MessageBanner::Kind::Error,
                                      tr("Impossible de charger les entités : %1").arg(r.error().message));
                m_retry->show();
                updateButtons();
                emit loaded();
                return;
            }
            m_retry->hide();
            m_model->setItems(r->value(QLatin1StringView("entities")).toArray());
            m_tree->expandAll();
            m_empty->setVisible(m_model->itemCount() == 0);
            m_empty->setText(tr("Aucune entité pour le moment. Créez la première avec « Nouvelle entité… »."));
            m_context.session->authorizedRequest(
                Method::Get, QStringLiteral("/api/organization/stats"), {}, this, [this, keep](Result<QJsonObject> s) {
                    m_statsById.clear();
                    if (s) {
                        for (const QJsonValue &v : s->value(QLatin1StringView("entities")).toArray())
                            m_statsById.insert(v.toObject().value(QLatin1StringView("id")).toString(), v.toObject());
                    }
                    if (!keep.isEmpty())
                        selectEntity(keep);
                    else if (m_model->rowCount() > 0)
                        m_tree->setCurrentIndex(m_model->index(0, 0));
                    showStats();
                    updateButtons();
                    emit loaded();
                });
        });
}

void EntitiesPage::showStats()
{
    const QJsonObject entity = m_model->object(m_tree->currentIndex().siblingAtColumn(0));
    if (entity.isEmpty()) {
        m_stats->setText(tr("Sélectionnez une entité pour voir ses statistiques."));
        return;
    }
    const QString id = entity.value(QLatin1StringView("id")).toString();
    QString html = QStringLiteral("<h3>%1</h3><p>%2 — %3</p>")
                       .arg(entity.value(QLatin1StringView("name")).toString().toHtmlEscaped(),
                            countryLabel(entity.value(QLatin1StringView("countryCode")).toString()),
                            tr("niveau %1").arg(entity.value(QLatin1StringView("level")).toInt()));
    if (!m_statsById.contains(id)) {
        html += QStringLiteral("<p>") + tr("Statistiques non disponibles pour cette entité.") + QStringLiteral("</p>");
    } else {
        const QJsonObject s = m_statsById.value(id);
        html += QStringLiteral("<p>")
                + tr("Utilisateurs : <b>%1</b> (dont %2 actifs)")
                      .arg(s.value(QLatin1StringView("users")).toInt())
                      .arg(s.value(QLatin1StringView("activeUsers")).toInt())
                + QStringLiteral("<br>")
                + tr("Prospects : <b>%1</b>").arg(s.value(QLatin1StringView("prospects")).toInt())
                + QStringLiteral("</p>");
        const QJsonObject byStatus = s.value(QLatin1StringView("prospectsByStatus")).toObject();
        if (!byStatus.isEmpty()) {
            // In pipeline order with their French labels; a code the client does not know yet
            // (newer server) still shows, as is, after the known ones.
            html += QStringLiteral("<ul>");
            QStringList shown;
            for (const auto &[code, label] : sync::prospectStatuses()) {
                if (!byStatus.contains(code))
                    continue;
                shown << code;
                html += QStringLiteral("<li>%1 : %2</li>").arg(label.toHtmlEscaped()).arg(byStatus.value(code).toInt());
            }
            for (auto it = byStatus.begin(); it != byStatus.end(); ++it) {
                if (!shown.contains(it.key()))
                    html += QStringLiteral("<li>%1 : %2</li>").arg(it.key().toHtmlEscaped()).arg(it.value().toInt());
            }
            html += QStringLiteral("</ul>");
        }
    }
    m_stats->setText(html);
}

void EntitiesPage::write(int method, const QString &path, const QJsonObject &body, const QString &success,
                         const QString &selectAfter)
{
    m_context.session->authorizedRequest(
        Method(method), path, body, this, [this, success, selectAfter](Result<QJsonObject> r) {
            if (!r) {
                m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
                emit actionFinished(false);
                return;
            }
            m_banner->showMessage(MessageBanner::Kind::Success, success);
            const QString id = selectAfter.isEmpty()
                                   ? r->value(QLatin1StringView("entity")).toObject().value(QLatin1StringView("id")).toString()
                                   : selectAfter;
            auto *conn = new QMetaObject::Connection;
            *conn = connect(this, &EntitiesPage::loaded, this, [this, id, conn, r] {
                disconnect(*conn);
                delete conn;
                if (id != QLatin1String("-"))
                    selectEntity(id);
                emit actionFinished(true);
            });
            reload();
        });
}

void EntitiesPage::createEntity(const QString &name, const QString &countryCode, const QString &parentId)
{
    QJsonObject body{{QStringLiteral("name"), name}, {QStringLiteral("countryCode"), countryCode}};
    if (!parentId.isEmpty())
        body.insert(QStringLiteral("parentId"), parentId);
    write(int(Method::Post), QStringLiteral("/api/admin/entities"), body,
          tr("L'entité « %1 » a été créée.").arg(name), {});
}

void EntitiesPage::renameEntity(const QString &id, const QString &name)
{
    write(int(Method::Put), QStringLiteral("/api/admin/entities/") + id, {{QStringLiteral("name"), name}},
          tr("L'entité a été renommée en « %1 ».").arg(name), id);
}

void EntitiesPage::moveEntity(const QString &id, const QString &parentId)
{
    write(int(Method::Put), QStringLiteral("/api/admin/entities/") + id,
          {{QStringLiteral("parentId"), parentId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(parentId)}},
          tr("L'entité a été déplacée."), id);
}

void EntitiesPage::deleteEntity(const QString &id)
{
    m_context.session->authorizedRequest(
        Method::Delete, QStringLiteral("/api/admin/entities/") + id, {}, this, [this](Result<QJsonObject> r) {
            if (!r) {
                m_banner->showMessage(MessageBanner::Kind::Error, r.error().message);
                emit actionFinished(false);
                return;
            }
            m_deleted = r->value(QLatin1StringView("entity")).toObject();
            m_undo->show();
            m_banner->showMessage(MessageBanner::Kind::Success,
                                  tr("L'entité « %1 » a été supprimée. « Annuler la suppression » la recrée.")
                                      .arg(m_deleted.value(QLatin1StringView("name")).toString()));
            m_tree->setCurrentIndex({});
            auto *conn = new QMetaObject::Connection;
            *conn = connect(this, &EntitiesPage::loaded, this, [this, conn] {
                disconnect(*conn);
                delete conn;
                emit actionFinished(true);
            });
            reload();
        });
}

void EntitiesPage::undoDelete()
{
    if (m_deleted.isEmpty())
        return;
    const QJsonObject e = m_deleted;
    m_deleted = {};
    m_undo->hide();
    createEntity(e.value(QLatin1StringView("name")).toString(), e.value(QLatin1StringView("countryCode")).toString(),
                 e.value(QLatin1StringView("parentId")).toString());
}

void EntitiesPage::onCreateClicked()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Nouvelle entité"));
    auto *name = new QLineEdit(&dialog);
    auto *country = new QComboBox(&dialog);
    for (const QString &c : {QStringLiteral("FR"), QStringLiteral("LU"), QStringLiteral("BE")})
        country->addItem(countryFlagIcon(c), countryLabel(c), c);
    auto *parentCombo = new QComboBox(&dialog);
    fillParents(parentCombo, m_model, {}, selectedId());
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Nom :"), name);
    form->addRow(tr("&Pays :"), country);
    form->addRow(tr("Entité &parente :"), parentCombo);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        createEntity(name->text().trimmed(), country->currentData().toString(), parentCombo->currentData().toString());
}

void EntitiesPage::onRenameClicked()
{
    const QJsonObject e = m_model->object(m_tree->currentIndex().siblingAtColumn(0));
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Renommer l'entité"), tr("Nouveau nom :"), QLineEdit::Normal,
                                               e.value(QLatin1StringView("name")).toString(), &ok);
    if (ok)
        renameEntity(e.value(QLatin1StringView("id")).toString(), name.trimmed());
}

void EntitiesPage::onMoveClicked()
{
    const QJsonObject e = m_model->object(m_tree->currentIndex().siblingAtColumn(0));
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Déplacer l'entité"));
    auto *parentCombo = new QComboBox(&dialog);
    fillParents(parentCombo, m_model, e.value(QLatin1StringView("id")).toString(),
                e.value(QLatin1StringView("parentId")).toString());
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Nouvelle entité &parente :"), parentCombo);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        moveEntity(e.value(QLatin1StringView("id")).toString(), parentCombo->currentData().toString());
}

void EntitiesPage::onDeleteClicked()
{
    const QJsonObject e = m_model->object(m_tree->currentIndex().siblingAtColumn(0));
    const auto answer = QMessageBox::question(
        this, tr("Supprimer l'entité"),
        tr("Supprimer l'entité « %1 » ? Une entité qui compte encore des utilisateurs, des prospects, des "
           "sous-entités ou des équipes ne peut pas être supprimée.")
            .arg(e.value(QLatin1StringView("name")).toString()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        deleteEntity(e.value(QLatin1StringView("id")).toString());
}

} // namespace hector::ui
