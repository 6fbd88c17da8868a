// Heap Connect `all_events` rows, dumped from the warehouse as CSV or JSON.
#include "../util/timestamp.h"
#include "csv_events.h"
#include "parsers.h"
#include "preset_json_util.h"
#include "sniff_util.h"

namespace waymark::ingest {

namespace {

constexpr std::string_view kEventId = "event_id";
constexpr std::string_view kTime = "time";
constexpr std::string_view kUserId = "user_id";
constexpr std::string_view kSessionId = "session_id";
constexpr std::string_view kEventName = "event_table_name";

const CsvEventLayout& csvLayout()
{
    static const CsvEventLayout layout = [] {
        CsvEventLayout l;
        l.columns = { { "insert_id", std::string(kEventId) }, { "time", std::string(kTime) },
            { "user", std::string(kUserId) }, { "session", std::string(kSessionId) },
            { "event", std::string(kEventName) } };
        return l;
    }();
    return layout;
}

int signatureScore(bool hasEventName, int otherColumns, std::string_view fileName)
{
    return hasEventName && otherColumns >= 3 ? 50 + fileNameBonus(fileName, "heap") : 0;
}

ParseResult parseJsonRows(InputStream& in, const ParseOptions& options, RowSink& sink)
{
    PresetProps props;
    std::string s[5];
    auto handle = [&](ParseContext& ctx, simdjson::dom::object rec, int64_t line) {
        EventRow row;
        row.line = line;
        // Heap's user_id is its own numeric id; jsonMember prints numbers exactly.
        row.userId = jsonMember(rec, kUserId, s[0]);
        if (row.userId.empty()) return ctx.reject(line, "missing user_id");
        row.event = jsonMember(rec, kEventName, s[1]);
        if (row.event.empty()) return ctx.reject(line, "missing event_table_name");
        const std::string_view timeText = jsonMember(rec, kTime, s[2]);
        const auto ms = parseTimestampMs(timeText, options.zone);
        if (!ms) return ctx.reject(line, timeError("time", timeText));
        row.timeMs = *ms;
        row.sessionId = jsonMember(rec, kSessionId, s[3]);
        row.insertId = jsonMember(rec, kEventId, s[4]);
        props.clear();
        props.addMembers(rec, {}, { kEventId, kTime, kUserId, kSessionId, kEventName });
        row.propsJson = props.finish();
        return emitEvent(ctx, row);
    };
    return forEachJsonRecord(in, options, sink, {}, handle);
}

} // namespace

int sniffHeap(std::string_view head, std::string_view fileName)
{
    const auto header = csvHeaderOf(head);
    if (!header.empty())
        return signatureScore(hasColumn(header, kEventName),
            countColumns(header, { kEventId, kTime, kUserId, kSessionId }), fileName);
    simdjson::dom::parser parser;
    simdjson::dom::object rec;
    if (!firstJsonObject(head, parser, rec)) return 0;
    int others = 0;
    for (std::string_view key : { kEventId, kTime, kUserId, kSessionId })
        others += hasMember(rec, key);
    return signatureScore(hasMember(rec, kEventName), others, fileName);
}

ParseResult parseHeap(InputStream& in, const ParseOptions& options, RowSink& sink)
{
    ReplayInput replay(in);
    char first = 0;
    try {
        first = replay.peekFirst();
    } catch (const std::exception& e) {
        return { Outcome::Failed, failureMessage(in, e) };
    }
    if (first == '{' || first == '[') return parseJsonRows(replay, options, sink);
    return parseCsvEvents(replay, options, sink, csvLayout());
}

} // namespace waymark::ingest
