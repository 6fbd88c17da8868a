// Mixpanel raw event export: JSON Lines of {"event": ..., "properties": {"time", "distinct_id", ...}}.
#include "../util/timestamp.h"
#include "parsers.h"
#include "preset_json_util.h"

namespace waymark::ingest {

namespace {

constexpr std::string_view kDevicePrefix = "$device:";

// Simplified ID merge writes anonymous distinct ids as "$device:<device id>"; the store knows the
// device by the bare id, as $device_id carries it.
std::string_view deviceOf(std::string_view distinctId)
{
    return distinctId.starts_with(kDevicePrefix) ? distinctId.substr(kDevicePrefix.size()) : distinctId;
}

struct Ids {
    std::string_view user;
    std::string_view anonymous;
};

// $user_id names the person once known. Without it, a distinct id that is the device itself marks
// an anonymous event: only the device is known, and identity stitching attaches it to the user who
// logs in on that device later.
Ids idsOf(std::string_view distinctId, std::string_view userId, std::string_view deviceId)
{
    Ids ids { userId, deviceId };
    if (ids.user.empty()) {
        if (distinctId.starts_with(kDevicePrefix)) {
            if (ids.anonymous.empty()) ids.anonymous = deviceOf(distinctId);
        } else if (distinctId != deviceId) {
            ids.user = distinctId;
        }
    }
    if (ids.anonymous == ids.user) ids.anonymous = {};
    return ids;
}

} // namespace

int sniffMixpanel(std::string_view head, std::string_view fileName)
{
    simdjson::dom::parser parser;
    simdjson::dom::object rec;
    simdjson::dom::object props;
    if (!firstJsonObject(head, parser, rec) || !jsonObject(rec, "properties", props)
        || !hasMember(rec, "event"))
        return 0;
    // Segment and PostHog records also carry event + properties, but keep ids and times at the top.
    for (std::string_view key :
        { "type", "distinct_id", "uuid", "timestamp", "userId", "anonymousId", "messageId" })
        if (hasMember(rec, key)) return 0;
    if (!hasMember(props, "distinct_id") || !hasMember(props, "time")) return 0;
    return 50 + fileNameBonus(fileName, "mixpanel");
}

ParseResult parseMixpanel(InputStream& in, const ParseOptions& options, RowSink& sink)
{
    PresetProps props;
    std::string s[6];
    auto handle = [&](ParseContext& ctx, simdjson::dom::object rec, int64_t line) {
        simdjson::dom::object p;
        if (!jsonObject(rec, "properties", p)) return ctx.reject(line, "missing properties object");
        const std::string_view event = jsonMember(rec, "event", s[0]);
        if (event.empty()) return ctx.reject(line, "missing event name");
        const std::string_view distinctId = jsonMember(p, "distinct_id", s[1]);

        if (event == "$identify" || event == "$create_alias") {
            IdentifyRow link;
            link.line = line;
            if (event == "$identify") {
                link.userId = jsonMember(p, "$identified_id", s[2]);
                if (link.userId.empty()) link.userId = distinctId;
                link.anonymousId = deviceOf(jsonMember(p, "$anon_distinct_id", s[3]));
                if (link.anonymousId.empty())
                    return ctx.reject(line, "$identify without properties.$anon_distinct_id");
            } else {
                // alias(new id) points the new id at the existing (anonymous) distinct id.
                link.userId = jsonMember(p, "alias", s[2]);
                link.anonymousId = deviceOf(distinctId);
                if (link.userId.empty()) return ctx.reject(line, "$create_alias without properties.alias");
            }
            if (link.userId.empty() || link.anonymousId.empty())
                return ctx.reject(line, "missing user id (properties.distinct_id)");
            return emitIdentify(ctx, link);
        }

        const Ids ids = idsOf(distinctId, jsonMember(p, "$user_id", s[2]), jsonMember(p, "$device_id", s[3]));
        if (ids.user.empty() && ids.anonymous.empty())
            return ctx.reject(line, "missing user id (properties.distinct_id)");
        const std::string_view timeText = jsonMember(p, "time", s[4]);
        // Projects created before 2023 export epoch numbers shifted to the project's zone: the
        // --timezone option names that zone, and the number is read as its wall clock.
        const bool epoch
            = !timeText.empty() && timeText.find_first_not_of("0123456789.") == std::string_view::npos;
        auto ms = parseTimestampMs(timeText, epoch ? nullptr : options.zone);
        if (!ms) return ctx.reject(line, timeError("properties.time", timeText));
        if (epoch && options.zone) ms = options.zone->toUtc(*ms);

        EventRow row;
        row.line = line;
        row.userId = ids.user;
        row.anonymousId = ids.anonymous;
        row.event = event;
        row.timeMs = *ms;
        row.insertId = jsonMember(p, "$insert_id", s[5]);
        props.clear();
        props.addMembers(p, {}, { "time", "distinct_id", "$insert_id", "mp_processing_time_ms" });
        row.propsJson = props.finish();
        return emitEvent(ctx, row);
    };
    return forEachJsonRecord(in, options, sink, {}, handle);
}

} // namespace waymark::ingest
