#include "preset_json_util.h"

#include "sniff_util.h"

#include <algorithm>

namespace waymark::ingest {

std::string failureMessage(InputStream& in, const std::exception& e)
{
    std::string message = e.what();
    // Sink errors (the project database) name the database, not the export being read.
    if (message.find(in.path()) == std::string::npos) message = in.path() + ": " + message;
    return message;
}

char ReplayInput::peekFirst()
{
    size_t scanned = 0;
    char chunk[4096];
    for (;;) {
        for (; scanned < m_head.size(); ++scanned) {
            const unsigned char c = static_cast<unsigned char>(m_head[scanned]);
            const bool bom = c == 0xEF || c == 0xBB || c == 0xBF;
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && !bom) return m_head[scanned];
        }
        const int64_t n = m_inner.read(chunk, sizeof chunk);
        if (n <= 0) return 0;
        m_head.append(chunk, static_cast<size_t>(n));
    }
}

int64_t ReplayInput::read(char* buffer, int64_t max)
{
    if (m_pos < m_head.size()) {
        const size_t n = std::min(m_head.size() - m_pos, static_cast<size_t>(max));
        std::copy_n(m_head.data() + m_pos, n, buffer);
        m_pos += n;
        return static_cast<int64_t>(n);
    }
    return m_inner.read(buffer, max);
}

std::string_view jsonMember(simdjson::dom::object obj, std::string_view key, std::string& scratch)
{
    simdjson::dom::element value;
    if (obj[key].get(value) != simdjson::SUCCESS) return {};
    return jsonString(value, scratch);
}

bool jsonObject(simdjson::dom::object obj, std::string_view key, simdjson::dom::object& out)
{
    return obj[key].get(out) == simdjson::SUCCESS;
}

std::string_view jsonPath(
    simdjson::dom::object obj, std::initializer_list<std::string_view> path, std::string& scratch)
{
    simdjson::dom::object current = obj;
    size_t step = 0;
    for (std::string_view key : path) {
        simdjson::dom::element value;
        if (current[key].get(value) != simdjson::SUCCESS) return {};
        if (++step == path.size()) return jsonString(value, scratch);
        if (value.get(current) != simdjson::SUCCESS) return {};
    }
    return {};
}

bool emitEvent(ParseContext& ctx, const EventRow& row)
{
    return ctx.sink().event(row) || ctx.cancelled();
}

bool emitIdentify(ParseContext& ctx, const IdentifyRow& row)
{
    return ctx.sink().identify(row) || ctx.cancelled();
}

std::string timeError(std::string_view field, std::string_view text)
{
    if (text.empty()) return "missing " + std::string(field);
    return "unparseable " + std::string(field) + " '" + std::string(text.substr(0, 64)) + "'";
}

uint64_t PresetProps::hashKey(std::string_view prefix, std::string_view key)
{
    // FNV-1a streamed over both parts: the hash of the concatenation without building it.
    uint64_t h = 1469598103934665603ULL;
    for (std::string_view part : { prefix, key })
        for (const char c : part)
            h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    return h;
}

bool PresetProps::find(std::string_view prefix, std::string_view key, uint64_t hash) const
{
    for (const Key& k : m_keys) {
        if (k.hash != hash || k.prefix.size() + k.name.size() != prefix.size() + key.size()) continue;
        // Compare the concatenations: ("user.", "x") equals ("", "user.x").
        const auto at = [](std::string_view a, std::string_view b, size_t i) {
            return i < a.size() ? a[i] : b[i - a.size()];
        };
        bool same = true;
        for (size_t i = 0; same && i < prefix.size() + key.size(); ++i)
            same = at(k.prefix, k.name, i) == at(prefix, key, i);
        if (same) return true;
    }
    return false;
}

bool PresetProps::claim(std::string_view prefix, std::string_view key)
{
    const uint64_t hash = hashKey(prefix, key);
    if (find(prefix, key, hash)) return false;
    m_keys.push_back({ hash, prefix, key });
    return true;
}

void PresetProps::addMembers(
    simdjson::dom::object obj, std::string_view prefix, std::initializer_list<std::string_view> skip)
{
    for (auto field : obj) {
        if (std::find(skip.begin(), skip.end(), field.key) != skip.end()) continue;
        addValue(field.key, field.value, prefix);
    }
}

void PresetProps::addValue(std::string_view key, simdjson::dom::element value, std::string_view prefix)
{
    if (value.is_null() || !claim(prefix, key)) return;
    std::string_view fullKey = key;
    if (!prefix.empty()) {
        m_key.assign(prefix).append(key);
        fullKey = m_key;
    }
    std::string_view text;
    if (value.get_string().get(text) == simdjson::SUCCESS)
        m_builder.addString(fullKey, text);
    else
        m_builder.addRaw(fullKey, simdjson::minify(value));
}

void PresetProps::addString(std::string_view key, std::string_view value)
{
    if (!value.empty() && claim({}, key)) m_builder.addString(key, value);
}

void PresetProps::addRaw(std::string_view key, std::string_view json)
{
    if (!json.empty() && claim({}, key)) m_builder.addRaw(key, json);
}

void PresetProps::addText(std::string_view key, std::string_view value)
{
    if (!value.empty() && claim({}, key)) m_builder.addText(key, value);
}

namespace {
// One past the end of the JSON object or array starting at `p`, or nullptr when it is cut off.
const char* valueEnd(const char* p, const char* end)
{
    int depth = 0;
    bool inString = false;
    for (; p < end; ++p) {
        const char c = *p;
        if (inString) {
            if (c == '\\')
                ++p;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && --depth == 0) {
            return p + 1;
        }
    }
    return nullptr;
}

std::string_view skipSpace(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
        s.remove_prefix(1);
    return s;
}
} // namespace

bool firstJsonObject(std::string_view head, simdjson::dom::parser& parser, simdjson::dom::object& out)
{
    if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
    head = skipSpace(head);
    if (!head.empty() && head.front() == '[') head = skipSpace(head.substr(1));
    if (head.empty() || head.front() != '{') return false;
    const char* end = valueEnd(head.data(), head.data() + head.size());
    if (!end) return false;
    const simdjson::padded_string record(head.data(), static_cast<size_t>(end - head.data()));
    simdjson::dom::element root;
    // The DOM keeps its own copy of every string, so `out` stays valid after `record` is gone.
    return parser.parse(record).get(root) == simdjson::SUCCESS && root.get(out) == simdjson::SUCCESS;
}

bool hasMember(simdjson::dom::object obj, std::string_view key)
{
    simdjson::dom::element value;
    return obj[key].get(value) == simdjson::SUCCESS;
}

int fileNameBonus(std::string_view fileName, std::string_view formatWord)
{
    return fileNameHas(fileName, formatWord) ? 5 : 0;
}

} // namespace waymark::ingest
