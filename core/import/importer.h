#pragma once

#include "../ingest/format.h"
#include "../store/import_writer.h"

#include <atomic>
#include <functional>
#include <map>
#include <string>

namespace waymark::store {
class Project;
}

namespace waymark::import {

struct ImportOptions {
    ingest::Format format = ingest::Format::Auto;
    std::map<std::string, std::string> columnMap;
    std::string timezone; // IANA name for wall-clock times without offset; empty = UTC
    int64_t sessionGapMs = 30 * 60 * 1000;
    bool strict = false;
    // Fraction done in [0, 1], at most every few thousand rows. Runs on the importing thread.
    std::function<void(double)> progress;
    const std::atomic<bool>* cancel = nullptr;
};

struct ImportReport {
    std::string source;
    ingest::Format format = ingest::Format::Auto;
    ingest::Outcome outcome = ingest::Outcome::Success;
    std::string error; // set when outcome is Failed
    store::ImportStats stats;
    bool ok() const { return outcome == ingest::Outcome::Success; }
};

// Imports one file into the project as a single transaction: on failure or cancel the project is
// left exactly as it was. Thread-safe with respect to other projects; one import per project at a time.
ImportReport importFile(store::Project& project, const std::string& path, const ImportOptions& options);

// Parses a duration such as "30m", "45s", "2h", "1d", "1500ms" or a bare number of minutes.
std::optional<int64_t> parseDurationMs(std::string_view text);

} // namespace waymark::import
