// PostHog events: the batch export's JSON Lines (properties nested) or a CSV with the same columns,
// where properties is a column of JSON text.
#include "../util/timestamp.h"
#include "csv_events.h"
#include "parsers.h"
#include "preset_json_util.h"
#include "sniff_util.h"

namespace waymark::ingest {

namespace {

const CsvEventLayout& csvLayout()
{
    static const CsvEventLayout layout = [] {
        CsvEventLayout l;
        l.columns = { { "user", "distinct_id" }, { "event", "event" }, { "time", "timestamp" },
            { "insert_id", "uuid" } };
        l.jsonPropsColumn = "properties";
        l.jsonSessionKey = "$session_id";
        l.jsonAnonymousKey = "$device_id";
        l.identifyEvent = "$identify";
        l.identifyAnonymousKey = "$anon_distinct_id";
        // person_id is PostHog's internal person key; identities come from distinct ids.
        l.ignoredColumns
            = { "person_id", "person_properties", "elements_chain", "created_at", "_inserted_at" };
        return l;
    }();
    return layout;
}

ParseResult parseJsonLines(InputStream& in, const ParseOptions& options, RowSink& sink)
{
    PresetProps props;
    simdjson::dom::parser nestedParser;
    std::string nestedText;
    std::string s[8];
    auto handle = [&](ParseContext& ctx, simdjson::dom::object rec, int64_t line) {
        simdjson::dom::object p;
        bool hasProps = jsonObject(rec, "properties", p);
        std::string_view text;
        if (!hasProps && rec["properties"].get(text) == simdjson::SUCCESS && !text.empty()) {
            // Some exports keep properties as JSON text even in JSON Lines.
            nestedText.assign(text);
            if (nestedParser.parse(nestedText).get(p) != simdjson::SUCCESS)
                return ctx.reject(line, "properties is not a JSON object");
            hasProps = true;
        }
        EventRow row;
        row.line = line;
        row.userId = jsonMember(rec, "distinct_id", s[0]);
        if (hasProps) {
            row.anonymousId = jsonMember(p, "$device_id", s[1]);
            row.sessionId = jsonMember(p, "$session_id", s[2]);
        }
        // A distinct id that is the device id itself belongs to a person not identified yet.
        if (row.anonymousId == row.userId) row.userId = {};
        if (row.userId.empty() && row.anonymousId.empty())
            return ctx.reject(line, "missing user id (distinct_id is empty)");
        row.event = jsonMember(rec, "event", s[3]);
        if (row.event.empty()) return ctx.reject(line, "missing event name");
        const std::string_view timeText = jsonMember(rec, "timestamp", s[4]);
        const auto ms = parseTimestampMs(timeText, options.zone);
        if (!ms) return ctx.reject(line, timeError("timestamp", timeText));
        row.timeMs = *ms;
        row.insertId = jsonMember(rec, "uuid", s[5]);

        props.clear();
        if (hasProps) props.addMembers(p, {}, { "$session_id" });
        row.propsJson = props.finish();

        if (row.event == "$identify" && hasProps && !row.userId.empty()) {
            const std::string_view anonymous = jsonMember(p, "$anon_distinct_id", s[6]);
            if (!anonymous.empty() && anonymous != row.userId
                && !emitIdentify(ctx, { row.userId, anonymous, line }))
                return false;
        }
        return emitEvent(ctx, row);
    };
    return forEachJsonRecord(in, options, sink, { "results" }, handle);
}

} // namespace

int sniffPosthog(std::string_view head, std::string_view fileName)
{
    const int bonus = fileNameBonus(fileName, "posthog");
    const auto header = csvHeaderOf(head);
    if (!header.empty()) {
        const bool signature = hasColumn(header, "distinct_id") && hasColumn(header, "event")
            && hasColumn(header, "timestamp")
            && (hasColumn(header, "uuid") || hasColumn(header, "properties"));
        return signature ? 50 + bonus : 0;
    }
    simdjson::dom::parser parser;
    simdjson::dom::object rec;
    if (!firstJsonObject(head, parser, rec)) {
        return 0;
    }
    simdjson::dom::array results;
    if (rec["results"].get(results) == simdjson::SUCCESS
        && (results.size() == 0 || results.at(0).get(rec) != simdjson::SUCCESS))
        return 0;
    const bool signature = hasMember(rec, "distinct_id") && hasMember(rec, "event")
        && (hasMember(rec, "uuid") || hasMember(rec, "timestamp"));
    return signature ? 50 + bonus : 0;
}

ParseResult parsePosthog(InputStream& in, const ParseOptions& options, RowSink& sink)
{
    ReplayInput replay(in);
    char first = 0;
    try {
        first = replay.peekFirst();
    } catch (const std::exception& e) {
        return { Outcome::Failed, failureMessage(in, e) };
    }
    if (first == '{' || first == '[') return parseJsonLines(replay, options, sink);
    return parseCsvEvents(replay, options, sink, csvLayout());
}

} // namespace waymark::ingest
