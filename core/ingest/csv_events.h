#pragma once

#include "format.h"

#include <map>
#include <string>
#include <vector>

namespace waymark::ingest {

// How a CSV event export is read: a generic CSV, or a preset that pins some columns.
struct CsvEventLayout {
    std::map<std::string, std::string> columns; // field -> column, used unless the user maps it
    std::string jsonPropsColumn; // a column holding a JSON object of properties (PostHog), merged in
    // Ids kept inside the JSON properties column (PostHog's $session_id and $device_id), used when no
    // column provides them. The session key is left out of the properties. A device id equal to the
    // user id marks the row as anonymous: only the device is known.
    std::string jsonSessionKey;
    std::string jsonAnonymousKey;
    // Rows of this event also link the device named by the JSON member `identifyAnonymousKey` to the
    // row's user (PostHog's $identify with $anon_distinct_id): an IdentifyRow precedes the event.
    std::string identifyEvent;
    std::string identifyAnonymousKey;
    std::vector<std::string> ignoredColumns; // neither mapped nor kept as properties
};

// Reads an event CSV: header row, delimiter detected, columns detected or mapped, the other
// columns kept as typed properties. Shared by the generic CSV and the CSV presets.
ParseResult parseCsvEvents(
    InputStream& in, const ParseOptions& options, RowSink& sink, const CsvEventLayout& layout);

} // namespace waymark::ingest
