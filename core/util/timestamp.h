#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace waymark {

// Civil-date arithmetic on the proleptic Gregorian calendar (Howard Hinnant's algorithm),
// so parsing millions of timestamps never goes through QDateTime.
int64_t daysFromCivil(int y, unsigned m, unsigned d);

// Converts wall-clock milliseconds in a named zone to UTC milliseconds.
class ZoneConverter {
public:
    // Empty name or "UTC" means no conversion. Returns nullptr for an unknown zone.
    static std::unique_ptr<ZoneConverter> create(const std::string& ianaName);
    virtual ~ZoneConverter() = default;
    virtual int64_t toUtc(int64_t localMs) const = 0;
};

// Parses the timestamp forms real exports use:
//  - ISO 8601 with 'T' or space, optional fraction, optional Z / +hh:mm / +hhmm / +hh;
//  - YYYY-MM-DD alone;
//  - epoch numbers, unit chosen by magnitude: s (< 1e11), ms (< 1e14), µs (< 1e17), else ns;
//    fractional seconds ("1602611311.25") are accepted.
// Wall-clock forms without an offset are read in `zone` (UTC when null).
std::optional<int64_t> parseTimestampMs(std::string_view text, const ZoneConverter* zone = nullptr);

// ISO 8601 UTC with milliseconds, e.g. 2024-01-04T11:45:38.000Z.
std::string formatIsoUtc(int64_t ms);

} // namespace waymark
