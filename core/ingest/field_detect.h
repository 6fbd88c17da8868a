#pragma once

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace waymark::ingest {

// The roles a column (or JSON key) can play in an event export.
enum class EventField { User, Anonymous, Event, Time, Session, InsertId, Count };

std::string_view eventFieldName(EventField);

struct EventColumns {
    std::array<int, static_cast<size_t>(EventField::Count)> index;
    EventColumns() { index.fill(-1); }
    int operator[](EventField f) const { return index[static_cast<size_t>(f)]; }
    int& operator[](EventField f) { return index[static_cast<size_t>(f)]; }
    bool used(int column) const;
};

// Finds the user, device, event, time, session and dedup-id columns among `names` by the names real
// exports use, after applying explicit `overrides` (field -> column name; an empty name or "-" means
// "none", e.g. session=- to sessionise by inactivity even though the export has a session column). Throws
// std::invalid_argument with a message telling the user what to pass with --map when a required
// column is missing or an override names no column.
EventColumns detectEventColumns(
    const std::vector<std::string>& names, const std::map<std::string, std::string>& overrides);

// Lower-cases and drops a leading '$' so "$insert_id" and "Insert_ID" compare equal.
std::string normaliseColumnName(std::string_view);

} // namespace waymark::ingest
