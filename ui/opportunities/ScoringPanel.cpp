#include "ui/opportunities/ScoringPanel.h"

#include "sync/crm/LocalScoring.h"
#include "sync/replica/LocalReplica.h"
#include "ui/FormSupport.h"
#include "ui/Theme.h"
#include "ui/crm/CrmSupport.h"
#include "ui/opportunities/OpportunitySupport.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hector::ui {

namespace {
// The factors in score() order, for the rows built before the first score.
const QStringList &factorKeys()
{
    static const QStringList keys{QStringLiteral("reactivity"), QStringLiteral("maturity"), QStringLiteral("enrichment"),
                                  QStringLiteral("disc"),       QStringLiteral("geography"), QStringLiteral("network")};
    return keys;
}

QString pointsText(double points, double max)
{
    const QLocale locale;
    return QStringLiteral("%1 / %2").arg(locale.toString(points, 'g', 4), locale.toString(max, 'g', 4));
}

void setChip(QLabel *label, const QColor &color)
{
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; background: %2; border-radius: 9px; padding: 2px 10px; "
                                        "font-weight: bold; }")
                             .arg(color.darker(125).name(), mixColors(color, palette::surface, 0.84).name()));
}
} // namespace

// --- bar ------------------------------------------------------------------------------------

FactorBar::FactorBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void FactorBar::setValue(double points, double max, bool neutral)
{
    m_points = points;
    m_max = max > 0 ? max : 1;
    m_neutral = neutral;
    setAccessibleName(pointsText(points, max));
    update();
}

QSize FactorBar::sizeHint() const
{
    return {160, 12};
}

void FactorBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF track = QRectF(rect()).adjusted(0.5, 1.5, -0.5, -1.5);
    p.setPen(Qt::NoPen);
    p.setBrush(mixColors(palette::border, palette::surface, 0.3));
    p.drawRoundedRect(track, track.height() / 2, track.height() / 2);
    const qreal fraction = std::clamp(m_points / m_max, 0.0, 1.0);
    if (fraction > 0) {
        QRectF fill = track;
        fill.setWidth(std::max(track.height(), track.width() * fraction));
        p.setBrush(m_neutral ? QColor(0xa4, 0xad, 0xb8) : palette::accent);
        p.drawRoundedRect(fill, track.height() / 2, track.height() / 2);
    }
}

// --- panel ----------------------------------------------------------------------------------

ScoringPanel::ScoringPanel(sync::LocalReplica *replica, const QString &opportunityId, QWidget *parent)
    : QWidget(parent)
    , m_replica(replica)
    , m_id(opportunityId)
{
    setObjectName(QStringLiteral("scoringPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(10);

    auto *top = new QHBoxLayout;
    m_total = makeBoldLabel(QString(), 1.9, this);
    m_total->setObjectName(QStringLiteral("scoreTotal"));
    m_temperature = new QLabel(this);
    m_temperature->setObjectName(QStringLiteral("scoreTemperature"));
    top->addWidget(m_total);
    top->addSpacing(10);
    top->addWidget(m_temperature, 0, Qt::AlignVCenter);
    top->addStretch(1);
    layout->addLayout(top);
    m_server = makeHint(QString(), this);
    m_server->setObjectName(QStringLiteral("scoreServer"));
    layout->addWidget(m_server);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(4);
    grid->setColumnStretch(1, 1);
    grid->setColumnMinimumWidth(1, 170);
    grid->setColumnStretch(4, 3);
    int r = 0;
    for (const QString &key : factorKeys()) {
        Row row{key, new QLabel(this), new FactorBar(this), new QLabel(this), new QLabel(tr("neutre"), this), new QLabel(this)};
        QFont bold = row.name->font();
        bold.setBold(true);
        row.name->setFont(bold);
        row.points->setObjectName(QStringLiteral("points_") + key);
        row.points->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.points->setMinimumWidth(row.points->fontMetrics().horizontalAdvance(QStringLiteral("17,5 / 20")) + 4);
        row.neutral->setObjectName(QStringLiteral("neutral_") + key);
        row.neutral->setToolTip(tr("Donnée inconnue : la moitié des points, ni bonus ni pénalité."));
        setChip(row.neutral, palette::mutedText);
        row.reason->setObjectName(QStringLiteral("reason_") + key);
        row.reason->setWordWrap(true);
        setMutedText(row.reason);
        row.bar->setObjectName(QStringLiteral("bar_") + key);
        grid->addWidget(row.name, r, 0);
        grid->addWidget(row.bar, r, 1);
        grid->addWidget(row.points, r, 2);
        grid->addWidget(row.neutral, r, 3);
        grid->addWidget(row.reason, r, 4);
        grid->setRowMinimumHeight(r, 30);
        m_rows.append(row);
        ++r;
    }
    layout->addLayout(grid);
    layout->addWidget(makeHint(tr("Calculé sur ce poste à partir des données locales, avec les mêmes règles que le "
                                  "calcul quotidien du serveur. Une donnée inconnue compte pour la moitié des points."),
                               this));

    layout->addWidget(makeBoldLabel(tr("Historique du serveur"), 1.0, this));
    m_historyStack = new QStackedWidget(this);
    m_history = new QTableWidget(0, 4, m_historyStack);
    m_history->setObjectName(QStringLiteral("scoringHistory"));
    m_history->setHorizontalHeaderLabels({tr("Calculé le"), tr("Score"), tr("Température"), tr("Origine")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    setupRecordTable(m_history, QAbstractItemView::SingleSelection, 8);
    m_history->setColumnWidth(0, 150);
    m_history->setColumnWidth(1, 70);
    m_history->setColumnWidth(2, 110);
    m_historyStack->addWidget(m_history);
    auto *none = makeHint(tr("Le serveur n'a pas encore calculé le score de cette opportunité (calcul quotidien)."),
                          m_historyStack);
    none->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_historyStack->addWidget(none);
    layout->addWidget(m_historyStack, 1);

    connect(m_replica, &sync::LocalReplica::tableChanged, this, [this](const QString &table) {
        static const QStringList inputs{QStringLiteral("opportunities"), QStringLiteral("opportunity_activities"),
                                        QStringLiteral("prospects"),     QStringLiteral("users"),
                                        QStringLiteral("entities"),      QStringLiteral("scoring_history")};
        if (inputs.contains(table))
            reload();
    });
    reload();
}

const ScoringPanel::Row *ScoringPanel::row(const QString &key) const
{
    for (const Row &r : m_rows) {
        if (r.key == key)
            return &r;
    }
    return nullptr;
}

QLabel *ScoringPanel::pointsLabel(const QString &key) const
{
    const Row *r = row(key);
    return r ? r->points : nullptr;
}

QLabel *ScoringPanel::reasonLabel(const QString &key) const
{
    const Row *r = row(key);
    return r ? r->reason : nullptr;
}

QLabel *ScoringPanel::neutralLabel(const QString &key) const
{
    const Row *r = row(key);
    return r ? r->neutral : nullptr;
}

FactorBar *ScoringPanel::bar(const QString &key) const
{
    const Row *r = row(key);
    return r ? r->bar : nullptr;
}

void ScoringPanel::reload()
{
    m_result = sync::localScoring::score(m_replica->database(), m_id);
    if (!m_result) {
        m_total->setText(tr("—"));
        m_temperature->clear();
        m_server->setText(tr("Cette opportunité n'existe plus."));
        return;
    }
    m_total->setText(tr("%1 / 100").arg(m_result->total));
    m_temperature->setText(QStringLiteral("%1 · %2").arg(scoring::temperatureLabel(m_result->temperature),
                                                        scoring::temperatureCode(m_result->temperature)));
    setChip(m_temperature, opportunities::temperatureColor(m_result->temperature));
    for (const scoring::FactorScore &f : m_result->factors) {
        const Row *r = row(f.key);
        if (!r)
            continue;
        r->name->setText(f.label);
        r->bar->setValue(f.points, f.max, f.neutral);
        r->points->setText(pointsText(f.points, f.max));
        r->neutral->setVisible(f.neutral);
        r->reason->setText(f.reason);
    }
    // The server's last daily score, when it differs from the live one.
    const QVariantMap row = m_replica->row(opportunities::kTable, m_id);
    const QVariant stored = row.value(QStringLiteral("score"));
    const QDateTime scoredAt = parseTimestamp(row.value(QStringLiteral("scored_at")));
    if (stored.isNull() || !scoredAt.isValid()) {
        m_server->setText(tr("Score en direct ; le serveur ne l'a pas encore recalculé."));
    } else {
        m_server->setText(tr("Score en direct ; score enregistré par le serveur : %1 (%2), calculé le %3.")
                              .arg(stored.toInt())
                              .arg(row.value(QStringLiteral("temperature")).toString(),
                                   QLocale().toString(scoredAt, QStringLiteral("dd/MM/yyyy HH:mm"))));
    }
    reloadHistory();
}

void ScoringPanel::reloadHistory()
{
    m_history->setRowCount(0);
    QSqlQuery q(m_replica->database());
    q.prepare(QStringLiteral("SELECT computed_at, score, temperature, source FROM scoring_history WHERE opportunity_id = ? "
                             "ORDER BY computed_at DESC"));
    q.addBindValue(m_id);
    if (q.exec()) {
        while (q.next()) {
            const int r = m_history->rowCount();
            m_history->insertRow(r);
            const QDateTime at = parseTimestamp(q.value(0));
            const scoring::Temperature t = opportunities::temperatureFromCode(q.value(2).toString());
            auto *when = new QTableWidgetItem(QLocale().toString(at, QStringLiteral("dd/MM/yyyy HH:mm")));
            auto *score = new QTableWidgetItem(QString::number(q.value(1).toInt()));
            score->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            auto *temperature = new QTableWidgetItem(scoring::temperatureLabel(t));
            temperature->setForeground(opportunities::temperatureColor(t));
            auto *source = new QTableWidgetItem(q.value(3).toString() == QLatin1String("manual") ? tr("Recalcul demandé")
                                                                                                  : tr("Calcul quotidien"));
            m_history->setItem(r, 0, when);
            m_history->setItem(r, 1, score);
            m_history->setItem(r, 2, temperature);
            m_history->setItem(r, 3, source);
        }
    }
    m_historyStack->setCurrentIndex(m_history->rowCount() > 0 ? 0 : 1);
}

} // namespace hector::ui
