// GA4 BigQuery export as JSON: NDJSON as `bq extract` writes it, or a JSON array of rows.
#include "parsers.h"
#include "preset_json_util.h"

#include <charconv>
#include <optional>

namespace waymark::ingest {

namespace {

// event_timestamp is INT64 microseconds; BigQuery's JSON writes INT64 as a string.
std::optional<int64_t> microsToMs(std::string_view text)
{
    int64_t us = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), us);
    if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    // Floor division keeps times before 1970 consistent with the other importers.
    return us >= 0 ? us / 1000 : -((-us + 999) / 1000);
}

// The value of an event_params entry: the first of its typed slots that is set.
bool paramValue(simdjson::dom::object param, simdjson::dom::element& value, std::string_view& slot)
{
    simdjson::dom::object typed;
    if (!jsonObject(param, "value", typed)) return false;
    for (std::string_view key : { "string_value", "int_value", "float_value", "double_value" }) {
        if (typed[key].get(value) == simdjson::SUCCESS && !value.is_null()) {
            slot = key;
            return true;
        }
    }
    return false;
}

} // namespace

int sniffGa4(std::string_view head, std::string_view fileName)
{
    simdjson::dom::parser parser;
    simdjson::dom::object rec;
    if (!firstJsonObject(head, parser, rec) || !hasMember(rec, "event_timestamp")
        || !hasMember(rec, "event_name"))
        return 0;
    if (!hasMember(rec, "user_pseudo_id") && !hasMember(rec, "event_params")) return 0;
    return 50 + fileNameBonus(fileName, "ga4");
}

ParseResult parseGa4(InputStream& in, const ParseOptions& options, RowSink& sink)
{
    PresetProps props;
    std::string s[8];
    std::string sessionText;
    std::string valueText;
    auto handle = [&](ParseContext& ctx, simdjson::dom::object rec, int64_t line) {
        EventRow row;
        row.line = line;
        row.userId = jsonMember(rec, "user_id", s[0]);
        row.anonymousId = jsonMember(rec, "user_pseudo_id", s[1]);
        if (row.anonymousId == row.userId) row.anonymousId = {};
        if (row.userId.empty() && row.anonymousId.empty())
            return ctx.reject(line, "missing user id (user_id and user_pseudo_id are empty)");
        row.event = jsonMember(rec, "event_name", s[2]);
        if (row.event.empty()) return ctx.reject(line, "missing event_name");
        const std::string_view timeText = jsonMember(rec, "event_timestamp", s[3]);
        const auto ms = microsToMs(timeText);
        if (!ms) return ctx.reject(line, timeError("event_timestamp", timeText));
        row.timeMs = *ms;

        props.clear();
        simdjson::dom::array params;
        if (rec["event_params"].get(params) == simdjson::SUCCESS) {
            for (simdjson::dom::element item : params) {
                simdjson::dom::object param;
                std::string_view key;
                simdjson::dom::element value;
                std::string_view slot;
                if (item.get(param) != simdjson::SUCCESS || param["key"].get(key) != simdjson::SUCCESS
                    || !paramValue(param, value, slot))
                    continue;
                if (key == "ga_session_id") {
                    // A session is ga_session_id within one user_pseudo_id: the store keys it by device.
                    sessionText.assign(jsonString(value, valueText));
                    row.sessionId = sessionText;
                } else if (slot == "string_value") {
                    props.addValue(key, value);
                } else {
                    // int_value arrives as a string; keep it a number when it is one.
                    props.addText(key, jsonString(value, valueText));
                }
            }
        }
        props.addString("device_category", jsonPath(rec, { "device", "category" }, s[4]));
        props.addString("country", jsonPath(rec, { "geo", "country" }, s[5]));
        props.addString("platform", jsonMember(rec, "platform", s[6]));
        row.propsJson = props.finish();
        return emitEvent(ctx, row);
    };
    return forEachJsonRecord(in, options, sink, {}, handle);
}

} // namespace waymark::ingest
