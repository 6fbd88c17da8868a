#pragma once

#include "format.h"

#include <map>
#include <string>

namespace waymark::ingest {

// How a CSV event export is read: a generic CSV, or a preset that pins some columns.
struct CsvEventLayout {
    std::map<std::string, std::string> columns; // field -> column, used unless the user maps it
    std::string jsonPropsColumn; // a column holding a JSON object of properties (PostHog), merged in
};

// Reads an event CSV: header row, delimiter detected, columns detected or mapped, the other
// columns kept as typed properties. Shared by the generic CSV and the CSV presets.
ParseResult parseCsvEvents(InputStream& in, const ParseOptions& options, RowSink& sink, const CsvEventLayout& layout);

} // namespace waymark::ingest
