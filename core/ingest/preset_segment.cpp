// Segment messages as JSON: one per line, an array, or {"batch": [...]} as the HTTP API takes them.
#include "../util/timestamp.h"
#include "parsers.h"
#include "preset_json_util.h"
#include "sniff_util.h"

namespace waymark::ingest {

namespace {

bool isSegmentType(std::string_view type)
{
    return type == "track" || type == "page" || type == "screen" || type == "identify" || type == "alias"
        || type == "group";
}

} // namespace

int sniffSegment(std::string_view head, std::string_view fileName)
{
    simdjson::dom::parser parser;
    simdjson::dom::object rec;
    if (!firstJsonObject(head, parser, rec)) {
        // A batch larger than the sample: recognise it by its keys.
        if (looksLikeJson(head) && jsonHasKey(head, "batch") && jsonHasKey(head, "type")
            && countJsonKeys(head, { "messageId", "anonymousId", "userId" }) >= 2)
            return 40 + fileNameBonus(fileName, "segment");
        return 0;
    }
    simdjson::dom::array batch;
    if (rec["batch"].get(batch) == simdjson::SUCCESS) {
        if (batch.size() == 0 || batch.at(0).get(rec) != simdjson::SUCCESS) return 0;
    }
    std::string scratch;
    if (!isSegmentType(jsonMember(rec, "type", scratch))) return 0;
    if (!hasMember(rec, "messageId") && !hasMember(rec, "anonymousId") && !hasMember(rec, "userId")) return 0;
    return 50 + fileNameBonus(fileName, "segment");
}

ParseResult parseSegment(InputStream& in, const ParseOptions& options, RowSink& sink)
{
    PresetProps props;
    std::string s[11];
    auto handle = [&](ParseContext& ctx, simdjson::dom::object rec, int64_t line) {
        const std::string_view type = jsonMember(rec, "type", s[0]);
        const std::string_view userId = jsonMember(rec, "userId", s[1]);
        std::string_view anonymousId = jsonMember(rec, "anonymousId", s[2]);
        if (anonymousId == userId) anonymousId = {};

        if (type == "group") return true; // account membership, not part of a journey: read, not rejected
        if (type == "identify") {
            // Without an anonymousId an identify only updates traits: there is nothing to link.
            if (userId.empty() || anonymousId.empty()) return true;
            return emitIdentify(ctx, { userId, anonymousId, line });
        }
        if (type == "alias") {
            const std::string_view previousId = jsonMember(rec, "previousId", s[3]);
            if (previousId.empty()) return ctx.reject(line, "alias without previousId");
            if (userId.empty()) return ctx.reject(line, "alias without userId");
            return emitIdentify(ctx, { userId, previousId, line });
        }

        EventRow row;
        row.line = line;
        std::string_view pageName;
        if (type == "track" || type.empty()) {
            row.event = jsonMember(rec, "event", s[3]);
            if (row.event.empty()) return ctx.reject(line, "missing event name");
        } else if (type == "page" || type == "screen") {
            row.event = type == "page" ? "Page Viewed" : "Screen Viewed";
            pageName = jsonMember(rec, "name", s[3]);
        } else {
            return ctx.reject(line, "unsupported message type '" + std::string(type) + "'");
        }
        row.userId = userId;
        row.anonymousId = anonymousId;
        if (row.userId.empty() && row.anonymousId.empty())
            return ctx.reject(line, "missing user id (userId and anonymousId are empty)");
        // timestamp is already corrected for the device's clock skew; originalTimestamp is the
        // device's own reading, the best there is when a tool left timestamp out.
        std::string_view timeText = jsonMember(rec, "timestamp", s[4]);
        const std::string_view original = jsonMember(rec, "originalTimestamp", s[10]);
        if (timeText.empty()) timeText = original;
        const auto ms = parseTimestampMs(timeText, options.zone);
        if (!ms) return ctx.reject(line, timeError("timestamp", timeText));
        row.timeMs = *ms;
        row.insertId = jsonMember(rec, "messageId", s[5]);
        // timestamp = receivedAt - (sentAt - originalTimestamp) differs between retries of one
        // message; the device's own originalTimestamp does not, so messageId is paired with it.
        if (!row.insertId.empty() && !original.empty() && original != timeText)
            row.dedupTimeMs = parseTimestampMs(original, options.zone);

        props.clear();
        props.addString("name", pageName);
        simdjson::dom::object nested;
        if (jsonObject(rec, "properties", nested)) props.addMembers(nested);
        simdjson::dom::object context;
        if (jsonObject(rec, "context", context)) {
            props.addString("page_path", jsonPath(context, { "page", "path" }, s[6]));
            props.addString("device_type", jsonPath(context, { "device", "type" }, s[7]));
            props.addString("os_name", jsonPath(context, { "os", "name" }, s[8]));
        }
        row.propsJson = props.finish();
        return emitEvent(ctx, row);
    };
    return forEachJsonRecord(in, options, sink, { "batch" }, handle);
}

} // namespace waymark::ingest
