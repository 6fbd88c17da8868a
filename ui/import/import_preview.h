#pragma once

#include "core/ingest/field_detect.h"
#include "core/ingest/format.h"

#include <QString>
#include <QStringList>
#include <QVector>
#include <map>
#include <string>

namespace waymark::ui {

// What the wizard shows about one file before importing it: the detected format, the first rows
// as a table, and which columns play the user, event, time and session roles.
struct ImportPreview {
    QString path;
    ingest::Format format = ingest::Format::Auto; // detected or forced
    bool detected = false; // the format came from sniffing
    bool mappable = false; // a generic CSV / JSON file whose columns can be mapped
    QStringList columns;
    QVector<QStringList> rows;
    ingest::EventColumns roles; // column index per field, -1 = none
    QString mappingProblem; // why detection failed (e.g. no time column), empty when fine
    QString error; // the file could not be read
    qint64 fileBytes = 0;
    double estimatedRows = 0; // from the head's bytes per row and the file size
};

inline constexpr int kPreviewRows = 50;

// Reads the head of the file (decompressed) and builds the preview. `overrides` are the user's
// mapping choices (field name -> column, "-" = none), as importFile takes them. Never throws.
ImportPreview buildPreview(
    const QString& path, ingest::Format format, const std::map<std::string, std::string>& overrides);

QString formatLabel(ingest::Format format);

} // namespace waymark::ui
