// Amplitude Export API: NDJSON, usually delivered as a zip of hourly gzip members (InputStream
// unpacks both layers).
#include "../util/timestamp.h"
#include "parsers.h"
#include "preset_json_util.h"

namespace waymark::ingest {

int sniffAmplitude(std::string_view head, std::string_view fileName)
{
    simdjson::dom::parser parser;
    simdjson::dom::object rec;
    if (!firstJsonObject(head, parser, rec) || !hasMember(rec, "event_type")) return 0;
    int signature = 0;
    for (std::string_view key : { "event_time", "amplitude_id", "device_id", "event_properties",
             "user_properties", "session_id", "$insert_id" })
        signature += hasMember(rec, key);
    return signature >= 2 ? 50 + fileNameBonus(fileName, "amplitude") : 0;
}

ParseResult parseAmplitude(InputStream& in, const ParseOptions& options, RowSink& sink)
{
    PresetProps props;
    std::string s[7];
    std::string fields[7];
    auto handle = [&](ParseContext& ctx, simdjson::dom::object rec, int64_t line) {
        EventRow row;
        row.line = line;
        row.userId = jsonMember(rec, "user_id", s[0]);
        row.anonymousId = jsonMember(rec, "device_id", s[1]);
        if (row.anonymousId == row.userId) row.anonymousId = {};
        if (row.userId.empty() && row.anonymousId.empty())
            return ctx.reject(line, "missing user id (user_id and device_id are empty)");
        row.event = jsonMember(rec, "event_type", s[2]);
        if (row.event.empty()) return ctx.reject(line, "missing event_type");
        // Amplitude's times are UTC whatever the project's zone, so --timezone does not apply.
        // Files shaped like the HTTP V2 upload API carry `time` (epoch ms) instead of event_time.
        std::string_view timeText = jsonMember(rec, "event_time", s[3]);
        if (timeText.empty()) timeText = jsonMember(rec, "time", s[3]);
        const auto ms = parseTimestampMs(timeText);
        if (!ms) return ctx.reject(line, timeError("event_time", timeText));
        row.timeMs = *ms;

        // session_id is the session's start in epoch ms; -1 marks events outside any session.
        simdjson::dom::element session;
        double sessionStart = 0;
        if (rec["session_id"].get(session) == simdjson::SUCCESS && jsonNumber(session, sessionStart)
            && sessionStart > 0)
            row.sessionId = jsonString(session, s[4]);
        row.insertId = jsonMember(rec, "$insert_id", s[5]);
        if (row.insertId.empty()) row.insertId = jsonMember(rec, "insert_id", s[5]); // HTTP V2 upload API
        if (row.insertId.empty()) row.insertId = jsonMember(rec, "uuid", s[6]);

        props.clear();
        simdjson::dom::object nested;
        if (jsonObject(rec, "event_properties", nested)) props.addMembers(nested);
        if (jsonObject(rec, "user_properties", nested)) props.addMembers(nested, "user.");
        size_t i = 0;
        for (std::string_view key :
            { "platform", "os_name", "device_type", "country", "city", "language", "version_name" }) {
            props.addString(key, jsonMember(rec, key, fields[i]));
            ++i;
        }
        row.propsJson = props.finish();
        return emitEvent(ctx, row);
    };
    return forEachJsonRecord(in, options, sink, {}, handle);
}

} // namespace waymark::ingest
