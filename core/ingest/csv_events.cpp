#include "csv_events.h"

#include "../util/timestamp.h"
#include "csv_reader.h"
#include "field_detect.h"
#include "json_reader.h"
#include "parse_context.h"
#include "props_builder.h"

#include <algorithm>
#include <simdjson.h>
#include <stdexcept>

namespace waymark::ingest {

ParseResult parseCsvEvents(
    InputStream& in, const ParseOptions& options, RowSink& sink, const CsvEventLayout& layout)
{
    ParseContext ctx(in, options, sink);
    CsvReader reader(in);
    std::vector<std::string> header;
    try {
        if (!reader.next()) return ctx.fail(in.path() + ": file is empty (no header row)");
    } catch (const std::exception& e) {
        return ctx.fail(e.what());
    }
    for (auto f : reader.fields())
        header.emplace_back(f);

    std::map<std::string, std::string> mapping = layout.columns;
    for (const auto& [field, column] : options.columnMap)
        mapping[field] = column;
    // Preset columns that the file lacks fall back to detection.
    for (auto it = mapping.begin(); it != mapping.end();) {
        const bool userGiven = options.columnMap.count(it->first) > 0;
        const bool present = std::find(header.begin(), header.end(), it->second) != header.end();
        it = (!userGiven && !present) ? mapping.erase(it) : std::next(it);
    }
    EventColumns cols;
    try {
        cols = detectEventColumns(header, mapping);
    } catch (const std::invalid_argument& e) {
        return ctx.failAt(reader.line(), e.what());
    }
    int jsonProps = -1;
    std::vector<bool> ignored(header.size(), false);
    for (size_t i = 0; i < header.size(); ++i) {
        if (!layout.jsonPropsColumn.empty() && header[i] == layout.jsonPropsColumn)
            jsonProps = static_cast<int>(i);
        ignored[i] = std::find(layout.ignoredColumns.begin(), layout.ignoredColumns.end(), header[i])
            != layout.ignoredColumns.end();
    }

    const size_t expected = header.size();
    PropsBuilder props;
    simdjson::dom::parser jsonParser;
    std::string scratch;
    std::string idScratch[3];
    auto get = [&](const std::vector<std::string_view>& f, EventField field) -> std::string_view {
        const int i = cols[field];
        return i >= 0 ? f[static_cast<size_t>(i)] : std::string_view();
    };
    auto jsonId
        = [&](simdjson::dom::object obj, const std::string& key, std::string& out) -> std::string_view {
        simdjson::dom::element v;
        if (key.empty() || obj[key].get(v) != simdjson::SUCCESS) return {};
        return jsonString(v, out);
    };

    auto handle = [&](const std::vector<std::string_view>& f, int64_t line) -> bool {
        if (!ctx.tick()) return false;
        if (f.size() != expected)
            return ctx.reject(
                line, "expected " + std::to_string(expected) + " fields, found " + std::to_string(f.size()));
        EventRow row;
        row.line = line;
        row.userId = get(f, EventField::User);
        row.anonymousId = get(f, EventField::Anonymous);
        row.event = get(f, EventField::Event);
        row.sessionId = get(f, EventField::Session);
        row.insertId = get(f, EventField::InsertId);
        // The JSON column is read first when ids may live inside it.
        simdjson::dom::object json;
        bool hasJson = false;
        if (jsonProps >= 0 && !f[static_cast<size_t>(jsonProps)].empty()) {
            scratch.assign(f[static_cast<size_t>(jsonProps)]);
            if (jsonParser.parse(scratch).get(json) != simdjson::SUCCESS)
                return ctx.reject(
                    line, "column '" + header[static_cast<size_t>(jsonProps)] + "' is not a JSON object");
            hasJson = true;
        }
        if (hasJson && row.sessionId.empty())
            row.sessionId = jsonId(json, layout.jsonSessionKey, idScratch[0]);
        if (hasJson && row.anonymousId.empty()) {
            row.anonymousId = jsonId(json, layout.jsonAnonymousKey, idScratch[1]);
            if (row.anonymousId == row.userId) row.userId = {};
        }
        if (row.userId.empty() && row.anonymousId.empty()) return ctx.reject(line, "missing user id");
        if (row.event.empty()) return ctx.reject(line, "missing event name");
        const std::string_view timeText = get(f, EventField::Time);
        const auto ms = parseTimestampMs(timeText, options.zone);
        if (!ms)
            return ctx.reject(
                line, timeText.empty() ? "missing time" : "unparseable time '" + std::string(timeText) + "'");
        row.timeMs = *ms;
        props.clear();
        for (size_t i = 0; i < f.size(); ++i) {
            const int col = static_cast<int>(i);
            if (cols.used(col) || ignored[i]) continue;
            if (col == jsonProps) {
                if (!hasJson) continue;
                // Re-serialise each member so the result stays one flat object.
                for (auto [k, v] : json)
                    if (!v.is_null() && (layout.jsonSessionKey.empty() || k != layout.jsonSessionKey))
                        props.addRaw(k, simdjson::minify(v));
                continue;
            }
            props.addText(header[i], f[i]);
        }
        row.propsJson = props.finish();
        if (hasJson && !layout.identifyEvent.empty() && row.event == layout.identifyEvent
            && !row.userId.empty()) {
            IdentifyRow link;
            link.line = line;
            link.userId = row.userId;
            link.anonymousId = jsonId(json, layout.identifyAnonymousKey, idScratch[2]);
            if (!link.anonymousId.empty() && link.anonymousId != link.userId && !ctx.sink().identify(link))
                return ctx.cancelled();
        }
        return ctx.sink().event(row) || ctx.cancelled();
    };

    try {
        while (reader.next())
            if (!handle(reader.fields(), reader.line())) return ctx.finish();
    } catch (const std::exception& e) {
        return ctx.fail(e.what());
    }
    return ctx.finish();
}

} // namespace waymark::ingest
