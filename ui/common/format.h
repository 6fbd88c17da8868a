#pragma once

#include <QString>
#include <string>
#include <string_view>

namespace waymark::ui {

inline QString fromStd(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// Numbers, durations and dates as the user's locale writes them.
QString formatCount(qint64 value);
QString formatPercent(double fraction, int decimals = 1);
QString formatDuration(qint64 ms);
// The locale's short date format with a four-digit year.
QString shortDateFormat();
QString formatDateTime(qint64 utcMs);
QString formatDate(qint64 utcMs);
// Offset from the start of a session: +m:ss, or +h:mm:ss past an hour.
QString formatOffset(qint64 ms);

} // namespace waymark::ui
