#include "funnel_time_charts.h"

#include "ui/common/event_colors.h"
#include "ui/common/format.h"
#include "ui/common/theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace waymark::ui {

namespace {

class TimeText {
    Q_DECLARE_TR_FUNCTIONS(waymark::ui::TimeText)
public:
    static QString edge(int64_t ms)
    {
        const int64_t s = ms / 1000;
        if (s == 0) return QStringLiteral("0");
        if (s < 60) return tr("%1 s").arg(s);
        if (s < 3600) return tr("%1 min").arg(s / 60);
        if (s < 86400) return tr("%1 h").arg(s / 3600);
        return tr("%1 d").arg(s / 86400);
    }
    static QString openEnded(const QString& from) { return tr("≥ %1").arg(from); }
    static QString range(const QString& from, const QString& to) { return tr("%1–<br>%2").arg(from, to); }
};

// QDateTimeAxis (Qt 6.4) writes local time; buckets are UTC days, so each is placed at the local
// moment with the same wall-clock time to keep its label on the right date.
qint64 axisMs(int64_t utcMs)
{
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC);
    return QDateTime(utc.date(), utc.time(), Qt::LocalTime).toMSecsSinceEpoch();
}

void resetChart(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void setUpView(QChartView* view, const QString& name)
{
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(name);
    view->chart()->setTheme(isDarkTheme() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    view->chart()->legend()->hide();
}

} // namespace

QString histogramBucketLabel(const analysis::HistogramBucket& b)
{
    if (b.toMs < 0) return TimeText::openEnded(TimeText::edge(b.fromMs));
    return TimeText::range(TimeText::edge(b.fromMs), TimeText::edge(b.toMs));
}

TimeToConvertView::TimeToConvertView(QWidget* parent)
    : QChartView(parent)
{
    setUpView(this, tr("Time to convert"));
}

void TimeToConvertView::setStep(const analysis::FunnelStepResult* step, analysis::CountingUnit unit)
{
    resetChart(chart());
    chart()->setTitle({});
    if (!step || !step->timeFromPrevious) {
        chart()->setTitle(tr("Nobody reached this step"));
        return;
    }
    const auto& t = *step->timeFromPrevious;
    auto* set = new QBarSet(fromStd(step->label));
    set->setColor(eventColor(1).darker(105));
    QStringList categories;
    double top = 0;
    for (const auto& b : t.histogram) {
        *set << double(b.count);
        categories << histogramBucketLabel(b);
        top = std::max(top, double(b.count));
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.8);
    chart()->addSeries(series);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(tr("Time from the previous step"));
    chart()->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setRange(0, std::max(1.0, top * 1.12));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(unit == analysis::CountingUnit::Sessions ? tr("Sessions") : tr("Users"));
    chart()->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    set->setLabelColor(y->labelsColor()); // the theme leaves bar labels invisible
    chart()->setTitle(
        tr("%1: median %2, mean %3, 90th percentile %4")
            .arg(fromStd(step->label), formatDuration(qint64(t.medianSeconds * 1000)),
                formatDuration(qint64(t.meanSeconds * 1000)), formatDuration(qint64(t.p90Seconds * 1000))));
}

QVector<double> TimeToConvertView::barValues() const
{
    QVector<double> values;
    const auto series = chart()->series();
    if (series.isEmpty()) return values;
    const QBarSet* set = static_cast<QBarSeries*>(series.front())->barSets().front();
    for (int i = 0; i < set->count(); ++i)
        values << set->at(i);
    return values;
}

QStringList TimeToConvertView::categories() const
{
    const auto axes = chart()->axes(Qt::Horizontal);
    return axes.isEmpty() ? QStringList() : static_cast<QBarCategoryAxis*>(axes.front())->categories();
}

ConversionTrendView::ConversionTrendView(QWidget* parent)
    : QChartView(parent)
{
    setUpView(this, tr("Conversion over time"));
}

void ConversionTrendView::setTrend(
    const std::vector<analysis::TrendBucket>& trend, analysis::TrendInterval interval)
{
    resetChart(chart());
    if (trend.empty()) {
        chart()->setTitle(tr("Nobody entered the funnel"));
        return;
    }
    chart()->setTitle(interval == analysis::TrendInterval::Day
            ? tr("Conversion from the first to the last step, by day of step 1 (UTC)")
            : tr("Conversion from the first to the last step, by week of step 1 (UTC)"));
    auto* line = new QLineSeries;
    line->setName(tr("Conversion"));
    line->setPointsVisible(true);
    QPen pen(eventColor(1));
    pen.setWidthF(2);
    line->setPen(pen);
    double top = 0;
    for (const auto& b : trend)
        if (b.conversion) {
            line->append(double(axisMs(b.startMs)), *b.conversion * 100.0);
            top = std::max(top, *b.conversion * 100.0);
        }
    chart()->addSeries(line);
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("d MMM"));
    const int64_t span = interval == analysis::TrendInterval::Day ? 86400000LL : 7 * 86400000LL;
    x->setRange(QDateTime::fromMSecsSinceEpoch(axisMs(trend.front().startMs)),
        QDateTime::fromMSecsSinceEpoch(axisMs(std::max(trend.back().startMs, trend.front().startMs + span))));
    x->setTickCount(std::clamp(int(trend.size()), 2, 10));
    chart()->addAxis(x, Qt::AlignBottom);
    line->attachAxis(x);
    auto* y = new QValueAxis;
    y->setRange(0, std::min(100.0, std::max(5.0, top * 1.15)));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f%%"));
    y->setTitleText(tr("Converted"));
    chart()->addAxis(y, Qt::AlignLeft);
    line->attachAxis(y);
}

QList<QPointF> ConversionTrendView::points() const
{
    const auto series = chart()->series();
    return series.isEmpty() ? QList<QPointF>() : static_cast<QLineSeries*>(series.front())->points();
}

} // namespace waymark::ui
