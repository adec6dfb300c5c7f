#include "ui/dashboards/DashboardWidgets.h"

#include "ui/FormSupport.h"
#include "ui/Icons.h"
#include "ui/Theme.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QCursor>
#include <QDateEdit>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLegend>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedWidget>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

namespace hector::ui {

namespace {
constexpr QChar kNbsp(0x00A0);

QString capitalized(QString s)
{
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    return s;
}

// The white rounded surface of cards and tiles.
void paintSurface(QWidget *widget, const QColor &stripe)
{
    QPainter p(widget);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(widget->rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath shape;
    shape.addRoundedRect(r, 6, 6);
    p.fillPath(shape, palette::surface);
    if (stripe.isValid()) {
        p.save();
        p.setClipPath(shape);
        p.fillRect(QRectF(r.left(), r.top(), 4, r.height()), stripe);
        p.restore();
    }
    p.setPen(QPen(palette::border, 1));
    p.drawPath(shape);
}

QFont smallFont()
{
    QFont f = QApplication::font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}
} // namespace

QString euros(double amount)
{
    return QLocale().toCurrencyString(amount, QStringLiteral("€"), 0);
}

QString percentText(std::optional<double> percent)
{
    if (!percent)
        return QStringLiteral("—");
    return QLocale().toString(*percent, 'f', 1) + kNbsp + u'%';
}

QString countText(qint64 count, const QString &one, const QString &many)
{
    // French writes 0 and 1 in the singular, English only 1.
    const bool singular = QLocale().language() == QLocale::French ? count <= 1 : count == 1;
    return (singular ? one : many).arg(QLocale().toString(count));
}

QString opportunityCount(qint64 count)
{
    return countText(count, QCoreApplication::translate("hector::ui::DashboardWidgets", "%1 opportunité"),
                     QCoreApplication::translate("hector::ui::DashboardWidgets", "%1 opportunités"));
}

QColor stageColor(const QString &stage)
{
    if (stage == QLatin1String("prospection"))
        return mixColors(palette::accent, palette::surface, 0.55);
    if (stage == QLatin1String("qualification"))
        return mixColors(palette::accent, palette::surface, 0.3);
    if (stage == QLatin1String("proposition"))
        return palette::accent;
    if (stage == QLatin1String("negociation"))
        return palette::accentDark;
    if (stage == QLatin1String("signature"))
        return mixColors(palette::accentDark, palette::text, 0.5);
    if (stage == QLatin1String("gagne"))
        return palette::success;
    if (stage == QLatin1String("perdu"))
        return palette::danger;
    return palette::mutedText;
}

QColor temperatureColor(const QString &code)
{
    if (code == QLatin1String("HOT"))
        return palette::danger;
    if (code == QLatin1String("WARM"))
        return palette::warning;
    if (code == QLatin1String("COLD"))
        return palette::accent;
    return QColor(0xaa, 0xb3, 0xbf);
}

QColor seriesColor(int index)
{
    static const QList<QColor> colors{palette::accent,        palette::success,        palette::warning,
                                      QColor(0x7b, 0x5e, 0xa7), QColor(0x1b, 0x99, 0x8b), palette::danger,
                                      palette::accentDark,    QColor(0xd3, 0x5f, 0x8d), palette::mutedText};
    return colors.at(index % colors.size());
}

QChart *makeChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(palette::text);
    chart->legend()->setFont(smallFont());
    return chart;
}

void styleAxis(QAbstractAxis *axis)
{
    axis->setLabelsColor(palette::mutedText);
    axis->setLabelsFont(smallFont());
    axis->setGridLineColor(palette::border);
    axis->setLinePenColor(palette::border);
    axis->setTitleBrush(palette::mutedText);
    axis->setTitleFont(smallFont());
}

QChartView *makeChartView(QChart *chart, int minimumHeight, QWidget *parent)
{
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setBackgroundBrush(palette::surface);
    view->setMinimumHeight(minimumHeight);
    // Its size hint (the scene's) would make the dashboard taller than a window: it takes its
    // minimum height and what the window leaves.
    view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    return view;
}

void showBarTooltips(QAbstractBarSeries *series, QWidget *view, const std::function<QString(QBarSet *, int)> &text)
{
    QObject::connect(series, &QAbstractBarSeries::hovered, view, [view, text](bool status, int index, QBarSet *set) {
        if (status)
            QToolTip::showText(QCursor::pos(), text(set, index), view);
        else
            QToolTip::hideText();
    });
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void showBars(QChart *chart, QWidget *view, const QList<ChartValue> &bars, const QColor &color,
              const QString &labelFormat, const QString &axisFormat, Qt::Orientation orientation)
{
    clearChart(chart);
    const bool horizontal = orientation == Qt::Horizontal;
    auto *set = new QBarSet(QString());
    set->setColor(color);
    set->setBorderColor(color);
    set->setLabelColor(palette::text);
    set->setLabelFont(smallFont());
    QStringList categories;
    double max = 0;
    // Horizontal bars are drawn from the bottom: the first value goes last.
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const ChartValue &bar = bars.at(horizontal ? bars.size() - 1 - i : i);
        *set << bar.value;
        categories << bar.label;
        max = std::max(max, bar.value);
    }
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    series->append(set);
    series->setBarWidth(horizontal ? 0.7 : 0.6);
    series->setLabelsVisible(true);
    series->setLabelsFormat(labelFormat);
    series->setLabelsPrecision(12);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    styleAxis(categoryAxis);
    categoryAxis->setGridLineVisible(false);
    auto *valueAxis = new QValueAxis;
    styleAxis(valueAxis);
    valueAxis->setLabelFormat(axisFormat);
    // Room after the longest bar for its label.
    valueAxis->setRange(0, max > 0 ? max * (horizontal ? 1.25 : 1.15) : 1);
    valueAxis->applyNiceNumbers();
    valueAxis->setMinorTickCount(0);
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->legend()->setVisible(false);
    showBarTooltips(series, view, [bars, horizontal](QBarSet *, int index) {
        const qsizetype i = horizontal ? bars.size() - 1 - index : index;
        return i >= 0 && i < bars.size() ? bars.at(i).tooltip : QString();
    });
}

void showDonut(QChart *chart, QWidget *view, const QList<ChartValue> &slices)
{
    clearChart(chart);
    auto *series = new QPieSeries;
    series->setHoleSize(0.5);
    series->setPieSize(0.9);
    for (const ChartValue &v : slices) {
        if (v.value <= 0)
            continue;
        QPieSlice *slice = series->append(v.label, v.value);
        slice->setColor(v.color);
        slice->setBorderColor(palette::surface);
        slice->setBorderWidth(2);
        slice->setLabelVisible(false);
        const QString tooltip = v.tooltip;
        QObject::connect(slice, &QPieSlice::hovered, view, [view, tooltip](bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), tooltip, view);
            else
                QToolTip::hideText();
        });
    }
    chart->addSeries(series);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignRight);
    // Wide enough for the longest label: the legend would otherwise cut it.
    const QFontMetrics metrics(chart->legend()->font());
    int widest = 0;
    for (const QPieSlice *slice : series->slices())
        widest = std::max(widest, metrics.horizontalAdvance(slice->label()));
    chart->legend()->setMinimumWidth(widest + metrics.height() * 3);
}

QIcon myActivityIcon()
{
    return icons::sidebarIcon([](QPainter &p, qreal s, const QColor &color) {
        // Three bars of growing height on a base line.
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        const qreal heights[] = {0.35, 0.55, 0.78};
        for (int i = 0; i < 3; ++i)
            p.drawRoundedRect(QRectF(s * (0.14 + i * 0.26), s * (0.88 - heights[i]), s * 0.18, s * heights[i]), s * 0.03, s * 0.03);
        p.drawRect(QRectF(s * 0.08, s * 0.88, s * 0.84, qMax(1.0, s * 0.05)));
    });
}

QIcon teamDashboardIcon()
{
    return icons::sidebarIcon([](QPainter &p, qreal s, const QColor &color) {
        // Stacked bars: each a full lower block and a hollow upper one.
        const qreal w = qMax(1.0, s * 0.06);
        const qreal lower[] = {0.3, 0.42, 0.24};
        const qreal upper[] = {0.22, 0.3, 0.4};
        for (int i = 0; i < 3; ++i) {
            const QRectF bottom(s * (0.12 + i * 0.28), s * (0.88 - lower[i]), s * 0.2, s * lower[i]);
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawRect(bottom);
            p.setPen(QPen(color, w));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRectF(bottom.left() + w / 2, bottom.top() - s * upper[i] - s * 0.04, bottom.width() - w,
                              s * upper[i]));
        }
    });
}

QIcon analyticsIcon()
{
    return icons::sidebarIcon([](QPainter &p, qreal s, const QColor &color) {
        // Axes and a rising line with points.
        const qreal w = qMax(1.2, s * 0.07);
        p.setPen(QPen(color, w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(QPolygonF({QPointF(s * 0.1, s * 0.1), QPointF(s * 0.1, s * 0.9), QPointF(s * 0.92, s * 0.9)}));
        const QPolygonF line({QPointF(s * 0.22, s * 0.7), QPointF(s * 0.42, s * 0.5), QPointF(s * 0.6, s * 0.6),
                              QPointF(s * 0.86, s * 0.22)});
        p.drawPolyline(line);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        for (const QPointF &pt : line)
            p.drawEllipse(pt, s * 0.07, s * 0.07);
    });
}

// --- DashboardCard ---

DashboardCard::DashboardCard(const QString &title, QWidget *parent)
    : QFrame(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(4);
    m_title = makeBoldLabel(title, 1.1, this);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    layout->addWidget(m_title);
    m_hint = makeHint(QString(), this);
    m_hint->setObjectName(QStringLiteral("cardHint"));
    m_hint->hide();
    layout->addWidget(m_hint);
    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMinimumHeight(120);
    setMutedText(m_empty);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);
}

void DashboardCard::setContent(QWidget *content)
{
    m_content = content;
    m_stack->addWidget(content);
    m_stack->setCurrentWidget(content);
}

void DashboardCard::setHint(const QString &hint)
{
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

void DashboardCard::setTitle(const QString &title)
{
    m_title->setText(title);
}

QString DashboardCard::title() const
{
    return m_title->text();
}

void DashboardCard::showEmpty(const QString &message)
{
    m_empty->setText(message);
    m_stack->setCurrentWidget(m_empty);
}

void DashboardCard::showContent()
{
    if (m_content)
        m_stack->setCurrentWidget(m_content);
}

bool DashboardCard::isEmptyShown() const
{
    return m_stack->currentWidget() == m_empty;
}

QString DashboardCard::emptyText() const
{
    return isEmptyShown() ? m_empty->text() : QString();
}

void DashboardCard::paintEvent(QPaintEvent *)
{
    paintSurface(this, QColor());
}

// --- KpiTile ---

KpiTile::KpiTile(const QString &caption, const QColor &accent, QWidget *parent)
    : QFrame(parent)
    , m_accent(accent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 10, 14, 10);
    layout->setSpacing(2);
    m_caption = new QLabel(caption, this);
    m_caption->setObjectName(QStringLiteral("kpiCaption"));
    m_caption->setWordWrap(true);
    setMutedText(m_caption);
    m_value = makeBoldLabel(QString(), 1.7, this);
    m_value->setObjectName(QStringLiteral("kpiValue"));
    m_detail = makeHint(QString(), this);
    m_detail->setObjectName(QStringLiteral("kpiDetail"));
    m_detail->setWordWrap(true); // a narrow window wraps the detail rather than cutting it
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    setMinimumWidth(180);
}

void KpiTile::setValue(const QString &value, const QString &detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
}

void KpiTile::setConversion(const sync::ConversionFigure &conversion)
{
    const auto rate = conversion.ratePercent();
    setValue(percentText(rate), rate ? tr("%1 · %2").arg(countText(conversion.won, tr("%1 gagnée"), tr("%1 gagnées")),
                                                         countText(conversion.lost, tr("%1 perdue"), tr("%1 perdues")))
                                     : tr("Aucune opportunité clôturée"));
}

QString KpiTile::value() const
{
    return m_value->text();
}

QString KpiTile::detail() const
{
    return m_detail->text();
}

QString KpiTile::caption() const
{
    return m_caption->text();
}

void KpiTile::paintEvent(QPaintEvent *)
{
    paintSurface(this, m_accent);
}

// --- DashboardFilterBar ---

namespace {
// Lays its items out from left to right and starts a new line when the width runs out.
class FlowLayout : public QLayout
{
public:
    FlowLayout(QWidget *parent, int horizontalSpacing, int verticalSpacing)
        : QLayout(parent)
        , m_horizontal(horizontalSpacing)
        , m_vertical(verticalSpacing)
    {
        setContentsMargins(0, 0, 0, 0);
    }
    ~FlowLayout() override
    {
        while (QLayoutItem *item = FlowLayout::takeAt(0))
            delete item;
    }

    void addItem(QLayoutItem *item) override { m_items.append(item); }
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override
    {
        return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
    }
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    void setGeometry(const QRect &rect) override
    {
        QLayout::setGeometry(rect);
        arrange(rect, true);
    }
    // One line.
    QSize sizeHint() const override
    {
        QSize size;
        for (QLayoutItem *item : m_items) {
            if (item->isEmpty())
                continue;
            const QSize hint = item->sizeHint();
            size.rwidth() += (size.width() > 0 ? m_horizontal : 0) + hint.width();
            size.setHeight(std::max(size.height(), hint.height()));
        }
        return size;
    }
    // The widest item.
    QSize minimumSize() const override
    {
        QSize size;
        for (QLayoutItem *item : m_items)
            size = size.expandedTo(item->minimumSize());
        return size;
    }

private:
    // Places the items in `rect` (only measures when `apply` is false); returns the height used.
    int arrange(const QRect &rect, bool apply) const
    {
        int x = rect.x();
        int y = rect.y();
        int lineHeight = 0;
        for (QLayoutItem *item : m_items) {
            if (item->isEmpty())
                continue;
            const QSize hint = item->sizeHint();
            if (x > rect.x() && x + hint.width() > rect.right() + 1) {
                x = rect.x();
                y += lineHeight + m_vertical;
                lineHeight = 0;
            }
            if (apply)
                item->setGeometry(QRect(QPoint(x, y), hint));
            x += hint.width() + m_horizontal;
            lineHeight = std::max(lineHeight, hint.height());
        }
        return y + lineHeight - rect.y();
    }

    QList<QLayoutItem *> m_items;
    int m_horizontal;
    int m_vertical;
};
} // namespace

DashboardFilterBar::DashboardFilterBar(Filters filters, QWidget *parent)
    : QWidget(parent)
    , m_filters(filters)
    , m_clock(systemClock())
{
    // Each filter is a label and its field, kept together; a narrow window wraps them.
    auto *layout = new FlowLayout(this, 18, 6);
    auto group = [this, layout](const QString &label, QWidget *field) {
        auto *box = new QWidget(this);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(6);
        auto *text = new QLabel(label, box);
        text->setBuddy(field);
        row->addWidget(text);
        row->addWidget(field);
        layout->addWidget(box);
        return row;
    };

    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->addItem(tr("Ce mois"), int(Period::ThisMonth));
    m_period->addItem(tr("Ce trimestre"), int(Period::ThisQuarter));
    m_period->addItem(tr("Cette année"), int(Period::ThisYear));
    m_period->addItem(tr("12 derniers mois"), int(Period::Last12Months));
    m_period->addItem(tr("Personnalisé"), int(Period::Custom));
    QHBoxLayout *periodRow = group(tr("&Période :"), m_period);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_from->setAccessibleName(tr("Du"));
    m_from->setToolTip(tr("Premier jour de la période"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("toDate"));
    m_to->setAccessibleName(tr("Au (inclus)"));
    m_to->setToolTip(tr("Dernier jour de la période (inclus)"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        periodRow->addWidget(edit);
    }

    auto addCombo = [this, &group](const QString &label, const char *name) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QString::fromLatin1(name));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumContentsLength(12);
        combo->setMaximumWidth(260);
        group(label, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                emit changed();
        });
        return combo;
    };
    if (filters & Entity)
        m_entity = addCombo(tr("&Entité :"), "entityFilter");
    if (filters & (Team | TeamRequired))
        m_team = addCombo(tr("É&quipe :"), "teamFilter");
    if (filters & Owner)
        m_owner = addCombo(tr("&Commercial :"), "ownerFilter");

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        if (period() == Period::Custom && m_from->isHidden()) {
            // Start from the period shown until now.
            const auto range = days();
            m_filling = true;
            m_from->setDate(range.first);
            m_to->setDate(range.second);
            m_filling = false;
        }
        updateCustomVisibility();
        if (!m_filling)
            emit changed();
    });
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            updateCustomVisibility();
            if (!m_filling && period() == Period::Custom)
                emit changed();
        });
    }
    updateCustomVisibility();
}

void DashboardFilterBar::setClock(Clock clock)
{
    m_clock = std::move(clock);
    updateCustomVisibility();
}

void DashboardFilterBar::refill(QComboBox *combo, const QString &allText, const QList<QPair<QString, QString>> &items)
{
    const QString current = combo->currentData().toString();
    combo->clear();
    if (!allText.isEmpty())
        combo->addItem(allText, QString());
    for (const auto &item : items)
        combo->addItem(item.second, item.first);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

void DashboardFilterBar::reloadOptions(const sync::DashboardData &source)
{
    m_filling = true;
    if (m_entity) {
        QList<QPair<QString, QString>> items;
        if (auto entities = source.entities()) {
            for (const sync::EntityOption &e : *entities)
                items.append({e.id, QString(QString(e.depth * 4, u' ') + e.name)});
        }
        refill(m_entity, tr("Toutes les entités"), items);
    }
    if (m_team) {
        QList<QPair<QString, QString>> items;
        if (auto teams = source.teams()) {
            for (const sync::TeamOption &t : *teams)
                items.append({t.id, t.name});
        }
        const bool required = m_filters & TeamRequired;
        refill(m_team, required ? QString() : tr("Toutes les équipes"), items);
        if (required && items.isEmpty())
            m_team->addItem(tr("Aucune équipe"), QString());
        m_team->setEnabled(!required || !items.isEmpty());
    }
    if (m_owner) {
        QList<QPair<QString, QString>> items;
        if (auto owners = source.owners()) {
            for (const sync::PersonOption &p : *owners)
                items.append({p.id, p.name});
        }
        refill(m_owner, tr("Tous les commerciaux"), items);
    }
    m_filling = false;
}

void DashboardFilterBar::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

DashboardFilterBar::Period DashboardFilterBar::period() const
{
    return Period(m_period->currentData().toInt());
}

void DashboardFilterBar::setCustomRange(const QDate &from, const QDate &to)
{
    m_filling = true;
    m_from->setDate(from);
    m_to->setDate(to);
    setPeriod(Period::Custom);
    m_filling = false;
    updateCustomVisibility();
    emit changed();
}

namespace {
void selectData(QComboBox *combo, const QString &id)
{
    if (!combo)
        return;
    const int index = combo->findData(id);
    if (index >= 0)
        combo->setCurrentIndex(index);
}
} // namespace

void DashboardFilterBar::setEntity(const QString &id)
{
    selectData(m_entity, id);
}

void DashboardFilterBar::setTeam(const QString &id)
{
    selectData(m_team, id);
}

void DashboardFilterBar::setOwner(const QString &id)
{
    selectData(m_owner, id);
}

QString DashboardFilterBar::teamId() const
{
    return m_team ? m_team->currentData().toString() : QString();
}

QString DashboardFilterBar::teamName() const
{
    return m_team && !teamId().isEmpty() ? m_team->currentText() : QString();
}

QDate DashboardFilterBar::today() const
{
    return m_clock().toTimeZone(sync::DashboardData::timeZone()).date();
}

QPair<QDate, QDate> DashboardFilterBar::days() const
{
    const QDate t = today();
    const QDate month(t.year(), t.month(), 1);
    switch (period()) {
    case Period::ThisMonth:
        return {month, month.addMonths(1).addDays(-1)};
    case Period::ThisQuarter: {
        const QDate quarter(t.year(), (t.month() - 1) / 3 * 3 + 1, 1);
        return {quarter, quarter.addMonths(3).addDays(-1)};
    }
    case Period::ThisYear:
        return {QDate(t.year(), 1, 1), QDate(t.year(), 12, 31)};
    case Period::Last12Months:
        return {month.addMonths(-11), month.addMonths(1).addDays(-1)};
    case Period::Custom:
        break;
    }
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    return from <= to ? qMakePair(from, to) : qMakePair(to, from);
}

sync::DashboardFilter DashboardFilterBar::filter() const
{
    const auto range = days();
    sync::DashboardFilter f;
    f.from = sync::DashboardData::startOfDay(range.first);
    f.to = sync::DashboardData::startOfDay(range.second.addDays(1));
    f.entityId = m_entity ? m_entity->currentData().toString() : QString();
    f.teamId = teamId();
    f.ownerId = m_owner ? m_owner->currentData().toString() : QString();
    return f;
}

QString DashboardFilterBar::periodText() const
{
    const QLocale locale;
    const auto range = days();
    switch (period()) {
    case Period::ThisMonth:
        return capitalized(locale.toString(range.first, QStringLiteral("MMMM yyyy")));
    case Period::ThisQuarter: {
        const int quarter = (range.first.month() - 1) / 3 + 1;
        return quarter == 1 ? tr("1er trimestre %1").arg(range.first.year())
                            : tr("%1e trimestre %2").arg(quarter).arg(range.first.year());
    }
    case Period::ThisYear:
        return tr("Année %1").arg(range.first.year());
    case Period::Last12Months:
        return tr("%1 – %2").arg(capitalized(locale.toString(range.first, QStringLiteral("MMMM yyyy"))),
                                 locale.toString(range.second, QStringLiteral("MMMM yyyy")));
    case Period::Custom:
        break;
    }
    return tr("du %1 au %2").arg(locale.toString(range.first, QStringLiteral("d MMMM yyyy")),
                                 locale.toString(range.second, QStringLiteral("d MMMM yyyy")));
}

QList<QPair<QString, QString>> DashboardFilterBar::description() const
{
    QList<QPair<QString, QString>> out{{tr("Période"), periodText()}};
    if (m_entity)
        out.append({tr("Entité"), m_entity->currentText().trimmed()});
    if (m_team)
        out.append({tr("Équipe"), m_team->currentText()});
    if (m_owner)
        out.append({tr("Commercial"), m_owner->currentText()});
    return out;
}

void DashboardFilterBar::updateCustomVisibility()
{
    const bool custom = period() == Period::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
}

} // namespace hector::ui
