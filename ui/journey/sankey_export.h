#pragma once

#include "sankey_painter.h"

#include <QString>
#include <memory>
#include <vector>

namespace waymark::ui {

struct SankeyExportPanel {
    QString title; // empty for a single map
    std::shared_ptr<const SankeyScene> scene;
};

enum class SankeyExportFormat { Png, Svg, Pdf };

// The format a file name asks for (by suffix; PNG when unknown).
SankeyExportFormat sankeyExportFormat(const QString& path);

// Writes the maps (a grid of two columns when there are several) with a caption on top, drawn by
// paintSankey at the layout's own size. Returns false with a translated message on failure.
bool exportSankey(const QString& path, const QString& caption, const std::vector<SankeyExportPanel>& panels,
    bool showHappyPath, QString* error = nullptr);

} // namespace waymark::ui
