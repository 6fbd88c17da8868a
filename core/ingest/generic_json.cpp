#include "../util/timestamp.h"
#include "field_detect.h"
#include "json_reader.h"
#include "parse_context.h"
#include "parsers.h"
#include "props_builder.h"
#include "sniff_util.h"

namespace waymark::ingest {

int sniffGenericJson(std::string_view head, std::string_view)
{
    return looksLikeJson(head) ? 5 : 0;
}

namespace {

// Members that hold nested properties; their members are flattened into the row's properties.
bool isNestedProps(std::string_view key)
{
    return key == "properties" || key == "event_properties" || key == "props" || key == "attributes";
}

} // namespace

ParseResult parseGenericJson(InputStream& in, const ParseOptions& options, RowSink& sink)
{
    ParseContext ctx(in, options, sink);
    JsonReader reader(in);
    EventColumns cols;
    std::vector<std::string> names; // top-level keys of the first record, in order
    bool detected = false;
    PropsBuilder props;
    std::string error;
    std::string scratch[6];
    try {
        while (reader.next()) {
            if (!ctx.tick()) return ctx.finish();
            const int64_t line = reader.line();
            simdjson::dom::element root;
            if (!reader.parse(root, error)) {
                if (!ctx.reject(line, error)) return ctx.finish();
                continue;
            }
            bool keepGoing = forEachWrapped(
                root, { "events", "data", "results", "batch" }, [&](simdjson::dom::element rec) {
                    simdjson::dom::object obj;
                    if (rec.get(obj) != simdjson::SUCCESS)
                        return ctx.reject(line, "record is not a JSON object");
                    if (!detected) {
                        for (auto field : obj)
                            names.emplace_back(field.key);
                        try {
                            cols = detectEventColumns(names, options.columnMap);
                        } catch (const std::invalid_argument& e) {
                            ctx.failAt(line, e.what());
                            return false;
                        }
                        detected = true;
                    }
                    EventRow row;
                    row.line = line;
                    std::string_view fields[6];
                    for (size_t f = 0; f < 6; ++f) {
                        const int i = cols.index[f];
                        if (i >= 0) fields[f] = jsonMember(rec, names[static_cast<size_t>(i)], scratch[f]);
                    }
                    row.userId = fields[0];
                    row.anonymousId = fields[1];
                    row.event = fields[2];
                    row.sessionId = fields[4];
                    row.insertId = fields[5];
                    if (row.userId.empty() && row.anonymousId.empty())
                        return ctx.reject(line, "missing user id");
                    if (row.event.empty()) return ctx.reject(line, "missing event name");
                    const auto ms = parseTimestampMs(fields[3], options.zone);
                    if (!ms)
                        return ctx.reject(line,
                            fields[3].empty() ? "missing time"
                                              : "unparseable time '" + std::string(fields[3]) + "'");
                    row.timeMs = *ms;
                    props.clear();
                    for (auto field : obj) {
                        bool isMapped = false;
                        for (size_t f = 0; f < 6; ++f)
                            isMapped = isMapped
                                || (cols.index[f] >= 0
                                    && names[static_cast<size_t>(cols.index[f])] == field.key);
                        if (isMapped || field.value.is_null()) continue;
                        simdjson::dom::object nested;
                        if (isNestedProps(field.key) && field.value.get(nested) == simdjson::SUCCESS) {
                            for (auto inner : nested)
                                if (!inner.value.is_null())
                                    props.addRaw(inner.key, simdjson::minify(inner.value));
                        } else {
                            props.addRaw(field.key, simdjson::minify(field.value));
                        }
                    }
                    row.propsJson = props.finish();
                    return ctx.sink().event(row) || ctx.cancelled();
                });
            if (!keepGoing) return ctx.finish();
        }
    } catch (const std::exception& e) {
        return ctx.fail(e.what());
    }
    return ctx.finish();
}

} // namespace waymark::ingest
