#include "importer.h"

#include "../ingest/input.h"
#include "../store/project.h"
#include "../util/timestamp.h"

#include <charconv>

namespace waymark::import {

namespace {
std::string optionsJson(const ImportOptions& o)
{
    std::string json = "{\"session_gap_ms\":" + std::to_string(o.sessionGapMs);
    if (!o.timezone.empty()) json += ",\"timezone\":\"" + o.timezone + "\"";
    if (!o.columnMap.empty()) {
        json += ",\"map\":{";
        bool first = true;
        for (const auto& [k, v] : o.columnMap) {
            json += (first ? "\"" : ",\"") + k + "\":\"" + v + "\"";
            first = false;
        }
        json += "}";
    }
    return json + "}";
}
} // namespace

ImportReport importFile(store::Project& project, const std::string& path, const ImportOptions& options)
{
    ImportReport report;
    report.source = path;
    std::unique_ptr<ZoneConverter> zone;
    try {
        zone = ZoneConverter::create(options.timezone);
    } catch (const std::exception& e) {
        report.outcome = ingest::Outcome::Failed;
        report.error = e.what();
        return report;
    }
    ingest::Format format = options.format;
    if (format == ingest::Format::Auto) {
        try {
            const std::string head = ingest::readHead(path);
            format = ingest::sniffFormat(head, path);
            if (head.empty()) {
                report.outcome = ingest::Outcome::Failed;
                report.error = path + ": file is empty";
                return report;
            }
        } catch (const std::exception& e) {
            report.outcome = ingest::Outcome::Failed;
            report.error = e.what();
            return report;
        }
        if (format == ingest::Format::Auto) {
            report.outcome = ingest::Outcome::Failed;
            report.error = path + ": unrecognised file format; choose one with --format";
            return report;
        }
    }
    report.format = format;

    try {
        store::ImportSettings settings;
        settings.path = path;
        settings.format = std::string(ingest::formatName(format));
        settings.sessionGapMs = options.sessionGapMs;
        settings.optionsJson = optionsJson(options);
        store::ImportWriter writer(project.db(), settings);
        writer.setCancelCheck([&] { return options.cancel && options.cancel->load(std::memory_order_relaxed); });

        ingest::ParseOptions parse;
        parse.columnMap = options.columnMap;
        parse.zone = zone.get();
        parse.strict = options.strict;
        parse.progress = [&](int64_t consumed, int64_t total) {
            if (options.progress && total > 0)
                options.progress(std::min(1.0, static_cast<double>(consumed) / static_cast<double>(total)));
            return !(options.cancel && options.cancel->load(std::memory_order_relaxed));
        };
        const ingest::ParseResult result = ingest::parseFile(path, format, parse, writer);
        report.stats = writer.stats();
        report.outcome = result.outcome;
        report.error = result.message;
        if (result.outcome != ingest::Outcome::Success) return report; // the writer rolls back
        if (options.cancel && options.cancel->load()) {
            report.outcome = ingest::Outcome::Cancelled;
            return report;
        }
        report.stats = writer.commit();
    } catch (const store::ImportCancelled&) {
        report.outcome = ingest::Outcome::Cancelled; // the writer rolled back on its way out
    } catch (const std::exception& e) {
        report.outcome = ingest::Outcome::Failed;
        report.error = e.what();
    }
    return report;
}

std::optional<int64_t> parseDurationMs(std::string_view text)
{
    double value = 0;
    const char* begin = text.data();
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || value < 0) return std::nullopt;
    const std::string_view unit(ptr, static_cast<size_t>(end - ptr));
    double scale;
    if (unit.empty() || unit == "m" || unit == "min")
        scale = 60000;
    else if (unit == "ms")
        scale = 1;
    else if (unit == "s")
        scale = 1000;
    else if (unit == "h")
        scale = 3600000;
    else if (unit == "d")
        scale = 86400000;
    else if (unit == "w")
        scale = 7 * 86400000.0;
    else
        return std::nullopt;
    return static_cast<int64_t>(value * scale);
}

} // namespace waymark::import
