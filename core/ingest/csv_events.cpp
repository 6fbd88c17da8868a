#include "csv_events.h"

#include "../util/timestamp.h"
#include "csv_reader.h"
#include "field_detect.h"
#include "parse_context.h"
#include "props_builder.h"

#include <simdjson.h>
#include <stdexcept>

namespace waymark::ingest {

ParseResult parseCsvEvents(InputStream& in, const ParseOptions& options, RowSink& sink, const CsvEventLayout& layout)
{
    ParseContext ctx(in, options, sink);
    CsvReader reader(in);
    std::vector<std::string> header;
    try {
        if (!reader.next())
            return ctx.fail(in.path() + ": file is empty (no header row)");
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
    for (size_t i = 0; i < header.size(); ++i)
        if (!layout.jsonPropsColumn.empty() && header[i] == layout.jsonPropsColumn)
            jsonProps = static_cast<int>(i);

    const size_t expected = header.size();
    PropsBuilder props;
    simdjson::dom::parser jsonParser;
    std::string scratch;
    auto get = [&](const std::vector<std::string_view>& f, EventField field) -> std::string_view {
        const int i = cols[field];
        return i >= 0 ? f[static_cast<size_t>(i)] : std::string_view();
    };

    auto handle = [&](const std::vector<std::string_view>& f, int64_t line) -> bool {
        if (!ctx.tick())
            return false;
        if (f.size() != expected)
            return ctx.reject(line, "expected " + std::to_string(expected) + " fields, found " + std::to_string(f.size()));
        EventRow row;
        row.line = line;
        row.userId = get(f, EventField::User);
        row.anonymousId = get(f, EventField::Anonymous);
        row.event = get(f, EventField::Event);
        if (row.userId.empty() && row.anonymousId.empty())
            return ctx.reject(line, "missing user id");
        if (row.event.empty())
            return ctx.reject(line, "missing event name");
        const std::string_view timeText = get(f, EventField::Time);
        const auto ms = parseTimestampMs(timeText, options.zone);
        if (!ms)
            return ctx.reject(line, timeText.empty() ? "missing time" : "unparseable time '" + std::string(timeText) + "'");
        row.timeMs = *ms;
        row.sessionId = get(f, EventField::Session);
        row.insertId = get(f, EventField::InsertId);
        props.clear();
        for (size_t i = 0; i < f.size(); ++i) {
            const int col = static_cast<int>(i);
            if (cols.used(col))
                continue;
            if (col == jsonProps) {
                if (f[i].empty())
                    continue;
                // Re-serialise each member so the result stays one flat object.
                scratch.assign(f[i]);
                simdjson::dom::object obj;
                if (jsonParser.parse(scratch).get(obj) != simdjson::SUCCESS)
                    return ctx.reject(line, "column '" + header[i] + "' is not a JSON object");
                for (auto [k, v] : obj)
                    props.addRaw(k, simdjson::minify(v));
                continue;
            }
            props.addText(header[i], f[i]);
        }
        row.propsJson = props.finish();
        return ctx.sink().event(row) || ctx.cancelled();
    };

    try {
        while (reader.next())
            if (!handle(reader.fields(), reader.line()))
                return ctx.finish();
    } catch (const std::exception& e) {
        return ctx.fail(e.what());
    }
    return ctx.finish();
}

} // namespace waymark::ingest
