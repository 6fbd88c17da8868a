#include "sniff_util.h"

#include "csv_reader.h"
#include "field_detect.h"

#include <algorithm>
#include <cctype>

namespace waymark::ingest {

namespace {
std::string_view skipPreamble(std::string_view head)
{
    if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
    while (!head.empty() && std::isspace(static_cast<unsigned char>(head.front())))
        head.remove_prefix(1);
    return head;
}
} // namespace

std::vector<std::string> csvHeaderOf(std::string_view head)
{
    head = skipPreamble(head);
    if (head.empty() || head.front() == '{' || head.front() == '[' || head.front() == '<') return {};
    const char delimiter = detectDelimiter(head);
    std::string_view line = head.substr(0, head.find('\n'));
    auto fields = splitCsvLine(line, delimiter);
    if (fields.size() < 2) return {};
    for (auto& f : fields)
        f = normaliseColumnName(f);
    return fields;
}

bool hasColumn(const std::vector<std::string>& header, std::string_view name)
{
    return std::find(header.begin(), header.end(), name) != header.end();
}

int countColumns(const std::vector<std::string>& header, std::initializer_list<std::string_view> names)
{
    int n = 0;
    for (auto name : names)
        n += hasColumn(header, name);
    return n;
}

bool looksLikeJson(std::string_view head)
{
    head = skipPreamble(head);
    return !head.empty() && (head.front() == '{' || head.front() == '[');
}

bool jsonHasKey(std::string_view head, std::string_view key)
{
    std::string needle;
    needle.reserve(key.size() + 2);
    needle.push_back('"');
    needle.append(key);
    needle.push_back('"');
    size_t pos = 0;
    while ((pos = head.find(needle, pos)) != std::string_view::npos) {
        size_t after = pos + needle.size();
        while (after < head.size() && (head[after] == ' ' || head[after] == '\t' || head[after] == '\n'))
            ++after;
        if (after < head.size() && head[after] == ':') return true;
        pos = after;
    }
    return false;
}

int countJsonKeys(std::string_view head, std::initializer_list<std::string_view> keys)
{
    int n = 0;
    for (auto k : keys)
        n += jsonHasKey(head, k);
    return n;
}

bool fileNameHas(std::string_view fileName, std::string_view part)
{
    auto lower = [](std::string_view s) {
        std::string out(s);
        std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
        return out;
    };
    return lower(fileName).find(lower(part)) != std::string::npos;
}

} // namespace waymark::ingest
