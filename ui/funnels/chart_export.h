#pragma once

#include <QString>

class QChartView;

namespace waymark::ui {

// Writes what the chart view shows to a PNG, SVG or PDF file, chosen by the file's suffix.
// Returns false with a translated message when the format is unknown or the file cannot be written.
bool exportChartView(QChartView* view, const QString& path, QString* error = nullptr);

} // namespace waymark::ui
