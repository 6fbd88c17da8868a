#include "format.h"

#include "input.h"
#include "parsers.h"

#include <stdexcept>

namespace waymark::ingest {

namespace {
struct Named {
    Format format;
    const char* name;
};
constexpr Named kNames[] = {
    { Format::Auto, "auto" },
    { Format::Csv, "csv" },
    { Format::Json, "json" },
    { Format::Mixpanel, "mixpanel" },
    { Format::Amplitude, "amplitude" },
    { Format::Segment, "segment" },
    { Format::Posthog, "posthog" },
    { Format::Ga4, "ga4" },
    { Format::Heap, "heap" },
    { Format::Xes, "xes" },
    { Format::Zendesk, "zendesk" },
    { Format::Intercom, "intercom" },
    { Format::Feedback, "feedback" },
    { Format::Crm, "crm" },
    { Format::Annotations, "annotations" },
};
} // namespace

std::string_view formatName(Format f)
{
    for (const auto& n : kNames)
        if (n.format == f) return n.name;
    return "unknown";
}

std::optional<Format> formatFromName(std::string_view name)
{
    for (const auto& n : kNames)
        if (name == n.name) return n.format;
    return std::nullopt;
}

const std::vector<FormatSpec>& formatRegistry()
{
    static const std::vector<FormatSpec> registry = {
        { Format::Csv, "Generic CSV event export", sniffGenericCsv, parseGenericCsv },
        { Format::Json, "Generic JSON Lines or JSON array of events", sniffGenericJson, parseGenericJson },
        { Format::Mixpanel, "Mixpanel raw event export (JSONL)", sniffMixpanel, parseMixpanel },
        { Format::Amplitude, "Amplitude export (NDJSON, .json.gz, zip of gzip)", sniffAmplitude,
            parseAmplitude },
        { Format::Segment, "Segment track calls (JSON)", sniffSegment, parseSegment },
        { Format::Posthog, "PostHog events (CSV or JSONL)", sniffPosthog, parsePosthog },
        { Format::Ga4, "GA4 BigQuery export (JSON)", sniffGa4, parseGa4 },
        { Format::Heap, "Heap Connect events (CSV or JSON)", sniffHeap, parseHeap },
        { Format::Xes, "XES event log", sniffXes, parseXes },
        { Format::Zendesk, "Zendesk tickets (JSON or CSV)", sniffZendesk, parseZendesk },
        { Format::Intercom, "Intercom conversations (JSON or CSV)", sniffIntercom, parseIntercom },
        { Format::Feedback, "Feedback and NPS responses (CSV)", sniffFeedback, parseFeedback },
        { Format::Crm, "CRM accounts (CSV)", sniffCrm, parseCrm },
        { Format::Annotations, "Release annotations (CSV)", sniffAnnotations, parseAnnotations },
    };
    return registry;
}

const FormatSpec* findFormat(Format f)
{
    for (const auto& spec : formatRegistry())
        if (spec.format == f) return &spec;
    return nullptr;
}

namespace {
// NUL bytes, or more than 1 in 100 control characters other than white space: images, archives
// that are not .gz / .zip, executables, UTF-16 text. No importer reads those, and delimiter
// detection would otherwise find a "CSV" in random bytes.
bool looksBinary(std::string_view head)
{
    size_t control = 0;
    for (const char ch : head) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0) return true;
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7f)
            ++control;
    }
    return control * 100 > head.size();
}
} // namespace

Format sniffFormat(std::string_view head, std::string_view fileName)
{
    if (looksBinary(head)) return Format::Auto;
    Format best = Format::Auto;
    int bestScore = 0;
    for (const auto& spec : formatRegistry()) {
        const int score = spec.sniff(head, fileName);
        if (score > bestScore) {
            best = spec.format;
            bestScore = score;
        }
    }
    return best;
}

ParseResult parseFile(
    const std::string& path, Format format, const ParseOptions& options, RowSink& sink, Format* detected)
{
    try {
        if (format == Format::Auto) {
            const std::string head = readHead(path);
            if (head.empty()) return { Outcome::Failed, path + ": file is empty" };
            format = sniffFormat(head, path);
            if (format == Format::Auto)
                return { Outcome::Failed,
                    path
                        + ": unrecognised file format; choose one with --format (csv, json, mixpanel, ...)" };
        }
        if (detected) *detected = format;
        const FormatSpec* spec = findFormat(format);
        if (!spec) return { Outcome::Failed, path + ": no importer for this format" };
        auto in = InputStream::open(path);
        return spec->parse(*in, options, sink);
    } catch (const std::exception& e) {
        return { Outcome::Failed, e.what() };
    }
}

} // namespace waymark::ingest
