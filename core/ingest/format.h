#pragma once

#include "rows.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {
class ZoneConverter;
}

namespace waymark::ingest {

class InputStream;

enum class Format {
    Auto,
    Csv,
    Json,
    Mixpanel,
    Amplitude,
    Segment,
    Posthog,
    Ga4,
    Heap,
    Xes,
    Zendesk,
    Intercom,
    Feedback,
    Crm,
    Annotations,
};

std::string_view formatName(Format);
std::optional<Format> formatFromName(std::string_view);

struct ParseOptions {
    // Explicit column choices, field -> column: user, anonymous, event, time, session, insert_id.
    std::map<std::string, std::string> columnMap;
    const ZoneConverter* zone = nullptr; // wall-clock times without offset; null = UTC
    bool strict = false; // stop at the first bad row
    // Called now and then with compressed bytes consumed and the file size; false cancels.
    std::function<bool(int64_t consumed, int64_t total)> progress;
};

enum class Outcome { Success, Cancelled, Failed };

struct ParseResult {
    Outcome outcome = Outcome::Success;
    std::string message; // for Failed: names the file, the line when known, and the reason
};

using ParseFunction = ParseResult (*)(InputStream&, const ParseOptions&, RowSink&);
// Scores how well the first decompressed bytes (and the file name) match a format; 0 = not at all.
using SniffFunction = int (*)(std::string_view head, std::string_view fileName);

struct FormatSpec {
    Format format;
    const char* description;
    SniffFunction sniff;
    ParseFunction parse;
};

const std::vector<FormatSpec>& formatRegistry();
const FormatSpec* findFormat(Format);
// The best-scoring format, or Format::Auto when nothing recognises the content (binary data never is).
Format sniffFormat(std::string_view head, std::string_view fileName);

// Opens `path` (plain, .gz or .zip), detects the format when `format` is Auto, and parses it into
// `sink`. Never throws: problems come back as Failed with a message naming the file.
ParseResult parseFile(const std::string& path, Format format, const ParseOptions& options, RowSink& sink,
    Format* detected = nullptr);

} // namespace waymark::ingest
