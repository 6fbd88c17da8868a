#pragma once

#include "core/analysis/funnel.h"
#include "core/analysis/funnel_trend.h"

#include <QChartView>

namespace waymark::ui {

// How long the units that reached a step took from the previous one, in the funnel's fixed
// histogram buckets.
class TimeToConvertView : public QChartView {
    Q_OBJECT
public:
    explicit TimeToConvertView(QWidget* parent = nullptr);
    // step is 1-based and at least 2; nothing is drawn for steps nobody reached.
    void setStep(const analysis::FunnelStepResult* step, analysis::CountingUnit unit);
    QVector<double> barValues() const;
    QStringList categories() const;
};

// Conversion from the first to the last step of the units that started in each day or week.
class ConversionTrendView : public QChartView {
    Q_OBJECT
public:
    explicit ConversionTrendView(QWidget* parent = nullptr);
    void setTrend(const std::vector<analysis::TrendBucket>& trend, analysis::TrendInterval interval);
    // x = the bucket's start on the axis (local wall clock of the UTC date), y = conversion in percent
    QList<QPointF> points() const;
};

// "10 s – 1 min": the label of a histogram bucket.
QString histogramBucketLabel(const analysis::HistogramBucket& bucket);

} // namespace waymark::ui
