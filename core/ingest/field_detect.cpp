#include "field_detect.h"

#include <algorithm>
#include <stdexcept>

namespace waymark::ingest {

namespace {

// Candidates in order of preference; the first present wins.
const std::vector<std::vector<std::string>>& candidates()
{
    static const std::vector<std::vector<std::string>> table = {
        /* User */ { "user_id", "userid", "user", "distinct_id", "person_id", "customer_id", "client_id",
            "visitor_id", "case:concept:name", "case_id", "caseid", "case", "member_id", "uid", "identity",
            "contact_id", "user_uuid" },
        /* Anonymous */
        { "anonymous_id", "anonymousid", "anon_id", "device_id", "deviceid", "user_pseudo_id", "cookie_id",
            "amplitude_id" },
        /* Event */
        { "event", "event_name", "event_type", "eventname", "eventtype", "activity", "concept:name",
            "event_table_name", "action", "name", "step" },
        /* Time */
        { "timestamp", "time", "event_time", "event_timestamp", "datetime", "date_time", "time:timestamp",
            "ts", "occurred_at", "created_at", "client_event_time", "event_date_time", "date" },
        /* Session */ { "session_id", "sessionid", "session", "ga_session_id", "visit_id", "session_key" },
        /* InsertId */
        { "insert_id", "insertid", "event_id", "eventid", "uuid", "message_id", "messageid", "event_uuid" },
    };
    return table;
}

EventField fieldFromName(const std::string& name)
{
    static const std::map<std::string, EventField> names = {
        { "user", EventField::User },
        { "user_id", EventField::User },
        { "anonymous", EventField::Anonymous },
        { "anonymous_id", EventField::Anonymous },
        { "anon", EventField::Anonymous },
        { "device", EventField::Anonymous },
        { "device_id", EventField::Anonymous },
        { "event", EventField::Event },
        { "time", EventField::Time },
        { "timestamp", EventField::Time },
        { "session", EventField::Session },
        { "session_id", EventField::Session },
        { "insert_id", EventField::InsertId },
        { "id", EventField::InsertId },
    };
    const auto it = names.find(name);
    if (it == names.end())
        throw std::invalid_argument(
            "unknown field '" + name + "' in --map (use user, anonymous, event, time, session or insert_id)");
    return it->second;
}

} // namespace

std::string_view eventFieldName(EventField f)
{
    static const char* names[] = { "user", "anonymous", "event", "time", "session", "insert_id" };
    return names[static_cast<size_t>(f)];
}

bool EventColumns::used(int column) const
{
    return std::find(index.begin(), index.end(), column) != index.end();
}

std::string normaliseColumnName(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    size_t i = 0;
    while (i < s.size() && (s[i] == '$' || s[i] == ' ' || s[i] == '"'))
        ++i;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (c == ' ' || c == '-')
            out.push_back('_');
        else if (c >= 'A' && c <= 'Z')
            out.push_back(static_cast<char>(c - 'A' + 'a'));
        else if (c != '"' && c != '\r')
            out.push_back(c);
    }
    return out;
}

EventColumns detectEventColumns(
    const std::vector<std::string>& names, const std::map<std::string, std::string>& overrides)
{
    std::vector<std::string> normalised;
    normalised.reserve(names.size());
    for (const auto& n : names)
        normalised.push_back(normaliseColumnName(n));

    EventColumns cols;
    std::array<bool, static_cast<size_t>(EventField::Count)> disabled {};
    for (const auto& [field, column] : overrides) {
        const EventField f = fieldFromName(field);
        if (column.empty() || column == "-") {
            disabled[static_cast<size_t>(f)] = true; // "--map session=-": the export's column is ignored
            continue;
        }
        int found = -1;
        for (size_t i = 0; i < names.size() && found < 0; ++i)
            if (names[i] == column) found = static_cast<int>(i);
        for (size_t i = 0; i < names.size() && found < 0; ++i)
            if (normalised[i] == normaliseColumnName(column)) found = static_cast<int>(i);
        if (found < 0)
            throw std::invalid_argument(
                "--map " + field + "=" + column + ": no column named '" + column + "'");
        cols[f] = found;
    }
    const auto& table = candidates();
    for (size_t f = 0; f < table.size(); ++f) {
        if (cols.index[f] >= 0 || disabled[f]) continue;
        for (const auto& candidate : table[f]) {
            const auto it = std::find(normalised.begin(), normalised.end(), candidate);
            if (it != normalised.end() && !cols.used(static_cast<int>(it - normalised.begin()))) {
                cols.index[f] = static_cast<int>(it - normalised.begin());
                break;
            }
        }
    }
    if (cols[EventField::User] < 0 && cols[EventField::Anonymous] < 0)
        throw std::invalid_argument("no user column found (looked for user_id, distinct_id, case id, ...); "
                                    "name it with --map user=COLUMN");
    if (cols[EventField::Event] < 0)
        throw std::invalid_argument("no event column found (looked for event, event_name, activity, ...); "
                                    "name it with --map event=COLUMN");
    if (cols[EventField::Time] < 0)
        throw std::invalid_argument("no time column found (looked for timestamp, time, event_time, ...); "
                                    "name it with --map time=COLUMN");
    return cols;
}

} // namespace waymark::ingest
