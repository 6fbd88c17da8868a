#include "timestamp.h"

#include <QDateTime>
#include <QTimeZone>
#include <array>
#include <charconv>
#include <cmath>
#include <mutex>
#include <unordered_map>

namespace waymark {

int64_t daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

namespace {

class QtZoneConverter final : public ZoneConverter {
public:
    explicit QtZoneConverter(QTimeZone zone)
        : m_zone(std::move(zone))
    {
    }

    // Offsets change at most a few times a year, so they are cached per local hour.
    int64_t toUtc(int64_t localMs) const override
    {
        const int64_t hour = localMs >= 0 ? localMs / 3600000 : (localMs - 3599999) / 3600000;
        {
            std::lock_guard lock(m_mutex);
            if (auto it = m_offsets.find(hour); it != m_offsets.end()) return localMs - it->second;
        }
        const QDateTime asUtc = QDateTime::fromMSecsSinceEpoch(hour * 3600000, QTimeZone::utc());
        const QDateTime local(asUtc.date(), asUtc.time(), m_zone);
        const int64_t offset = hour * 3600000 - local.toMSecsSinceEpoch();
        std::lock_guard lock(m_mutex);
        m_offsets.emplace(hour, offset);
        return localMs - offset;
    }

private:
    QTimeZone m_zone;
    mutable std::mutex m_mutex;
    mutable std::unordered_map<int64_t, int64_t> m_offsets;
};

inline bool digits(std::string_view s, size_t pos, size_t n, int& out)
{
    if (pos + n > s.size()) return false;
    int v = 0;
    for (size_t i = 0; i < n; ++i) {
        const char c = s[pos + i];
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '"'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '"' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

std::optional<int64_t> parseEpoch(std::string_view s)
{
    bool negative = false;
    size_t i = 0;
    if (s[0] == '-') {
        negative = true;
        i = 1;
    }
    int64_t whole = 0;
    size_t start = i;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
        if (i - start > 19) return std::nullopt;
        whole = whole * 10 + (s[i] - '0');
    }
    if (i == start) return std::nullopt;
    double fraction = 0;
    if (i < s.size()) {
        if (s[i] != '.') return std::nullopt;
        double scale = 0.1;
        for (++i; i < s.size(); ++i) {
            if (s[i] < '0' || s[i] > '9') return std::nullopt;
            fraction += (s[i] - '0') * scale;
            scale /= 10;
        }
    }
    int64_t ms;
    if (whole < 100'000'000'000LL)
        ms = whole * 1000 + static_cast<int64_t>(std::llround(fraction * 1000));
    else if (whole < 100'000'000'000'000LL)
        ms = whole;
    else if (whole < 100'000'000'000'000'000LL)
        ms = whole / 1000;
    else
        ms = whole / 1'000'000;
    return negative ? -ms : ms;
}

} // namespace

std::unique_ptr<ZoneConverter> ZoneConverter::create(const std::string& ianaName)
{
    if (ianaName.empty() || ianaName == "UTC" || ianaName == "Etc/UTC") return nullptr;
    QTimeZone zone(QByteArray::fromStdString(ianaName));
    if (!zone.isValid()) throw std::invalid_argument("unknown time zone: " + ianaName);
    return std::make_unique<QtZoneConverter>(zone);
}

std::optional<int64_t> parseTimestampMs(std::string_view text, const ZoneConverter* zone)
{
    const std::string_view s = trim(text);
    if (s.empty()) return std::nullopt;
    // YYYY-MM-DD...: a dash at position 4 tells an ISO date from an epoch number.
    if (s.size() < 10 || s[4] != '-') return parseEpoch(s);

    int y, mo, d;
    if (!digits(s, 0, 4, y) || !digits(s, 5, 2, mo) || s[7] != '-' || !digits(s, 8, 2, d))
        return std::nullopt;
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return std::nullopt;
    int64_t ms = daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400000LL;
    size_t i = 10;
    bool hasOffset = false;
    int64_t offsetMs = 0;
    if (i < s.size()) {
        if (s[i] != 'T' && s[i] != ' ' && s[i] != 't') return std::nullopt;
        int h, mi, sec = 0;
        if (!digits(s, i + 1, 2, h) || s.size() < i + 6 || s[i + 3] != ':' || !digits(s, i + 4, 2, mi))
            return std::nullopt;
        i += 6;
        if (i < s.size() && s[i] == ':') {
            if (!digits(s, i + 1, 2, sec)) return std::nullopt;
            i += 3;
        }
        if (h > 24 || mi > 59 || sec > 60) return std::nullopt;
        ms += (h * 3600LL + mi * 60LL + sec) * 1000LL;
        if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
            ++i;
            int scale = 100, frac = 0;
            while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
                frac += (s[i] - '0') * scale;
                scale /= 10;
                ++i;
            }
            ms += frac;
        }
        while (i < s.size() && s[i] == ' ')
            ++i;
        if (i < s.size()) {
            if (s[i] == 'Z' || s[i] == 'z') {
                hasOffset = true;
                ++i;
            } else if (s[i] == '+' || s[i] == '-') {
                const int sign = s[i] == '-' ? -1 : 1;
                int oh, om = 0;
                if (!digits(s, i + 1, 2, oh)) return std::nullopt;
                i += 3;
                if (i < s.size() && s[i] == ':') ++i;
                if (i < s.size()) {
                    if (!digits(s, i, 2, om)) return std::nullopt;
                    i += 2;
                }
                hasOffset = true;
                offsetMs = sign * (oh * 3600000LL + om * 60000LL);
            } else if (s.substr(i) == "UTC") {
                hasOffset = true;
                i += 3;
            }
        }
        if (i != s.size()) return std::nullopt;
    }
    if (hasOffset) return ms - offsetMs;
    return zone ? zone->toUtc(ms) : ms;
}

std::string formatIsoUtc(int64_t ms)
{
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    return dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")).toStdString();
}

} // namespace waymark
