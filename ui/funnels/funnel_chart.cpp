#include "funnel_chart.h"

#include "funnel_run.h"
#include "ui/common/event_colors.h"
#include "ui/common/format.h"
#include "ui/common/theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace waymark::ui {

namespace {
constexpr int kMaxGroups = 6;
constexpr qreal kBarWidth = 0.62;

// Axis labels are rich text: long step names wrap onto lines no wider than `width` instead of being cut
// short (Qt Charts elides a label wider than its category, dropping the lines after the cut).
QString stepCategory(const QString& name, bool star, const QFontMetricsF& metrics, qreal width)
{
    QStringList lines;
    for (const QString& word : name.split(QLatin1Char(' '))) {
        if (!lines.isEmpty() && metrics.horizontalAdvance(lines.back() + QLatin1Char(' ') + word) <= width)
            lines.back() += QLatin1Char(' ') + word;
        else
            lines << word;
    }
    if (star) lines.back() += QStringLiteral(" ★");
    for (QString& line : lines)
        line = line.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}
} // namespace

FunnelChartView::FunnelChartView(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Funnel chart"));
    setMinimumHeight(260);
    chart()->setTheme(isDarkTheme() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->legend()->hide();
    // Labels follow the plot: its geometry is only known once the chart has been laid out.
    connect(chart(), &QChart::plotAreaChanged, this, &FunnelChartView::placeLabels);
}

void FunnelChartView::clearChart()
{
    qDeleteAll(m_labels);
    m_labels.clear();
    m_categoryNames.clear();
    m_categoryStars.clear();
    chart()->removeAllSeries();
    for (QAbstractAxis* axis : chart()->axes()) {
        chart()->removeAxis(axis);
        delete axis;
    }
    m_series = nullptr;
    m_stepSets.clear();
    m_groupSets.clear();
    m_groupIndexes.clear();
    m_dropSet = nullptr;
    m_note.clear();
    m_breakdown = false;
}

void FunnelChartView::setOutput(std::shared_ptr<const FunnelOutput> output)
{
    clearChart();
    m_output = std::move(output);
    if (!m_output || m_output->result.steps.empty()) return;
    m_breakdown = !m_output->result.breakdown.empty();
    if (m_breakdown)
        showGroups(*m_output);
    else
        showWhole(*m_output);
    placeLabels();
}

void FunnelChartView::showWhole(const FunnelOutput& o)
{
    const auto& steps = o.result.steps;
    const int n = int(steps.size());
    auto* series = new QStackedBarSeries;
    series->setBarWidth(kBarWidth);
    double top = 0;
    for (int k = 0; k < n; ++k) {
        auto* set = new QBarSet(fromStd(steps[size_t(k)].label));
        for (int c = 0; c < n; ++c)
            *set << (c == k ? double(steps[size_t(k)].count) : 0.0);
        const QColor color = eventColor(k < int(o.stepTypeIds.size()) ? o.stepTypeIds[size_t(k)] : k + 1);
        set->setColor(color);
        set->setBorderColor(color.darker(115));
        connect(set, &QBarSet::clicked, this, [this](int index) { emit barClicked(index + 1, -1, false); });
        series->append(set);
        m_stepSets.push_back(set);
        m_categoryNames << QStringLiteral("%1. %2").arg(k + 1).arg(fromStd(steps[size_t(k)].label));
        m_categoryStars << false;
        top = std::max(top, double(steps[size_t(k)].count + steps[size_t(k)].dropOff));
    }
    m_dropSet = new QBarSet(tr("Dropped off"));
    for (int k = 0; k < n; ++k)
        *m_dropSet << double(steps[size_t(k)].dropOff);
    QColor drop = endOfPathColor();
    drop.setAlpha(110);
    m_dropSet->setColor(drop);
    m_dropSet->setBorderColor(endOfPathColor());
    connect(m_dropSet, &QBarSet::clicked, this, [this](int index) {
        if (index > 0) emit barClicked(index + 1, -1, true);
    });
    series->append(m_dropSet);
    chart()->addSeries(series);
    m_series = series;

    auto* x = new QBarCategoryAxis;
    x->append(wrappedCategories(x->labelsFont()));
    chart()->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setRange(0, std::max(1.0, top * 1.06));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(o.unit == analysis::CountingUnit::Sessions ? tr("Sessions") : tr("Users"));
    chart()->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart()->legend()->hide();
}

void FunnelChartView::showGroups(const FunnelOutput& o)
{
    const auto& r = o.result;
    const int n = int(r.steps.size());
    auto* series = new QBarSeries;
    series->setBarWidth(0.8);
    // Groups come largest first (saved segments in the order asked): the first ones carry the most.
    for (int g = 0; g < int(r.breakdown.size()) && m_groupSets.size() < kMaxGroups; ++g) {
        const auto& group = r.breakdown[size_t(g)];
        auto* set = new QBarSet(group.missing ? tr("(none)") : fromStd(group.value));
        for (int k = 0; k < n; ++k)
            *set << (group.steps[size_t(k)].conversionFromFirst
                    ? *group.steps[size_t(k)].conversionFromFirst * 100.0
                    : 0.0);
        const int shown = int(m_groupSets.size());
        connect(set, &QBarSet::clicked, this,
            [this, shown](int index) { emit barClicked(index + 1, m_groupIndexes[shown], false); });
        series->append(set);
        m_groupSets.push_back(set);
        m_groupIndexes.push_back(g);
    }
    bool anySignificant = false;
    for (int k = 0; k < n; ++k) {
        bool star = false;
        for (const auto& t : r.tests)
            star = star || (t.step == k + 1 && t.pAdjusted < 0.05);
        anySignificant = anySignificant || star;
        m_categoryNames << QStringLiteral("%1. %2").arg(k + 1).arg(fromStd(r.steps[size_t(k)].label));
        m_categoryStars << star;
    }
    chart()->addSeries(series);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPrecision(3);
    m_series = series;
    auto* x = new QBarCategoryAxis;
    x->append(wrappedCategories(x->labelsFont()));
    chart()->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setRange(0, 110);
    y->setTickCount(12);
    y->setLabelFormat(QStringLiteral("%.0f%%"));
    y->setTitleText(tr("Conversion from step 1"));
    chart()->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    for (QBarSet* set : std::as_const(m_groupSets))
        set->setLabelColor(y->labelsColor()); // the theme leaves bar labels invisible
    chart()->legend()->setAlignment(Qt::AlignTop);
    chart()->legend()->show();
    if (anySignificant)
        m_note = tr("★ conversion from the previous step differs significantly between the groups "
                    "(chi-square test, Benjamini–Hochberg adjusted p < 0.05)");
    else if (r.groupsOverlap)
        m_note = tr("The segments overlap, so the groups are not tested against each other.");
    else
        m_note = tr("No step differs significantly between the groups (adjusted p ≥ 0.05).");
    if (int(r.breakdown.size()) > kMaxGroups)
        m_note += QLatin1Char(' ')
            + tr("Showing the %1 largest of %2 groups; the table lists all.")
                  .arg(kMaxGroups)
                  .arg(r.breakdown.size());
}

QStringList FunnelChartView::wrappedCategories(const QFont& font) const
{
    // Qt Charts gives each label the plot width / (categories + 2) less a padding of 5 px a side.
    const qreal width
        = std::max(40.0, chart()->plotArea().width() / qreal(m_categoryNames.size() + 2) - 2 * 5 - 2);
    const QFontMetricsF metrics(font);
    QStringList categories;
    for (int k = 0; k < m_categoryNames.size(); ++k)
        categories << stepCategory(m_categoryNames[k], m_categoryStars[k], metrics, width);
    return categories;
}

// The plot's width is known only once the chart is laid out, and changes with the window.
void FunnelChartView::wrapCategories()
{
    const auto axes = chart()->axes(Qt::Horizontal);
    if (axes.isEmpty() || m_categoryNames.isEmpty()) return;
    auto* x = static_cast<QBarCategoryAxis*>(axes.front());
    const QStringList wrapped = wrappedCategories(x->labelsFont());
    if (wrapped != x->categories()) x->setCategories(wrapped);
}

void FunnelChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    placeLabels();
}

// Qt Charts bar labels show one number; the whole funnel needs count and rate on the bar and the
// drop-off on its segment, so they are text items placed over the plot.
void FunnelChartView::placeLabels()
{
    wrapCategories();
    qDeleteAll(m_labels);
    m_labels.clear();
    if (!m_output || m_breakdown || !m_series) return;
    const auto& steps = m_output->result.steps;
    const QColor ink = chart()->axes(Qt::Vertical).value(0)
        ? chart()->axes(Qt::Vertical).front()->labelsColor()
        : palette().text().color();
    QFont font = chart()->font();
    font.setPointSizeF(font.pointSizeF() * 0.95);
    QFont bold = font;
    bold.setBold(true);
    auto add = [&](const QString& text, const QFont& f, const QColor& color, QPointF center, bool above) {
        auto* item = new QGraphicsSimpleTextItem(text, chart());
        item->setFont(f);
        item->setBrush(color);
        const QRectF box = item->boundingRect();
        item->setPos(center.x() - box.width() / 2,
            above ? center.y() - box.height() - 3 : center.y() - box.height() / 2);
        item->setZValue(20);
        m_labels.push_back(item);
        return box.height();
    };
    for (size_t k = 0; k < steps.size(); ++k) {
        const auto& s = steps[k];
        const qreal x = qreal(k);
        const QPointF base = chart()->mapToPosition(QPointF(x, 0), m_series);
        const QPointF reachedTop = chart()->mapToPosition(QPointF(x, double(s.count)), m_series);
        const QPointF stackTop = chart()->mapToPosition(QPointF(x, double(s.count + s.dropOff)), m_series);
        const QString reached = formatCount(s.count) + QLatin1Char('\n')
            + (s.conversionFromFirst ? formatPercent(*s.conversionFromFirst) : QStringLiteral("–"));
        const qreal barHeight = base.y() - reachedTop.y();
        const qreal dropHeight = reachedTop.y() - stackTop.y();
        qreal above = 0;
        const QColor fill = m_stepSets[int(k)]->color();
        const QColor onFill = fill.lightness() > 165 ? QColor(Qt::black) : QColor(Qt::white);
        if (barHeight > 40)
            add(reached, bold, onFill, QPointF(reachedTop.x(), reachedTop.y() + 22), false);
        else
            above = add(reached, bold, ink, QPointF(stackTop.x(), stackTop.y()), true);
        if (k == 0 || s.dropOff == 0) continue;
        const QString dropped = QStringLiteral("−") + formatCount(s.dropOff) + QLatin1Char('\n')
            + (s.conversionFromPrevious ? formatPercent(1.0 - *s.conversionFromPrevious) : QString());
        if (dropHeight > 40)
            add(dropped, font, ink, QPointF(stackTop.x(), (stackTop.y() + reachedTop.y()) / 2), false);
        else
            add(dropped, font, ink, QPointF(stackTop.x(), stackTop.y() - above - (above > 0 ? 3 : 0)), true);
    }
}

QVector<double> FunnelChartView::barValues(int group) const
{
    QVector<double> values;
    if (m_breakdown) {
        const int shown = int(m_groupIndexes.indexOf(group));
        if (shown < 0) return values;
        const QBarSet* set = m_groupSets[shown];
        for (int i = 0; i < set->count(); ++i)
            values << set->at(i);
        return values;
    }
    for (int k = 0; k < m_stepSets.size(); ++k)
        values << m_stepSets[k]->at(k);
    return values;
}

QStringList FunnelChartView::categories() const
{
    const auto axes = chart()->axes(Qt::Horizontal);
    if (axes.isEmpty()) return {};
    return static_cast<QBarCategoryAxis*>(axes.front())->categories();
}

QString FunnelChartView::groupName(int group) const
{
    const int shown = int(m_groupIndexes.indexOf(group));
    return shown >= 0 ? m_groupSets[shown]->label() : QString();
}

QPoint FunnelChartView::barCenter(int step, int group, bool dropped) const
{
    if (!m_output || !m_series || step < 1 || step > int(m_output->result.steps.size())) return {};
    const qreal x = step - 1;
    QPointF point;
    if (!m_breakdown) {
        const auto& s = m_output->result.steps[size_t(step - 1)];
        const double y = dropped ? double(s.count) + double(s.dropOff) / 2 : double(s.count) / 2;
        point = chart()->mapToPosition(QPointF(x, y), m_series);
    } else {
        const int shown = int(m_groupIndexes.indexOf(group));
        if (shown < 0) return {};
        const qreal width = static_cast<QBarSeries*>(m_series)->barWidth();
        const qreal offset = -width / 2 + (shown + 0.5) * width / m_groupSets.size();
        point = chart()->mapToPosition(QPointF(x + offset, m_groupSets[shown]->at(step - 1) / 2), m_series);
    }
    return mapFromScene(chart()->mapToScene(point));
}

} // namespace waymark::ui
