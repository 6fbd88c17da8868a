#include "json_reader.h"

#include <cstring>
#include <stdexcept>

namespace waymark::ingest {

JsonReader::JsonReader(InputStream& in)
    : m_buffer(in)
{
}

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Scans one JSON value starting at `p` (an object or array); returns one past its end or nullptr
// when the value is not complete before `end`. Counts newlines inside it.
const char* scanValue(const char* p, const char* end, int64_t& newlines)
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
            else if (c == '\n')
                ++newlines;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            ++depth;
            break;
        case '}':
        case ']':
            if (--depth == 0) return p + 1;
            break;
        case '\n':
            ++newlines;
            break;
        default:
            break;
        }
    }
    return nullptr;
}
} // namespace

void JsonReader::detectMode()
{
    m_buffer.refill(m_buffer.begin());
    m_pos = m_buffer.begin();
    if (m_buffer.size() >= 3 && std::memcmp(m_pos, "\xEF\xBB\xBF", 3) == 0) m_pos += 3;
    while (m_pos < m_buffer.end() && isSpace(*m_pos)) {
        m_line += *m_pos == '\n';
        ++m_pos;
    }
    if (m_pos >= m_buffer.end()) {
        m_mode = Mode::Lines;
        return;
    }
    if (*m_pos == '[') {
        // A top-level array: its elements are the records.
        ++m_pos;
        m_mode = Mode::Values;
        return;
    }
    // JSON Lines when the first value ends on its own line.
    const char* nl
        = static_cast<const char*>(std::memchr(m_pos, '\n', m_buffer.size() - (m_pos - m_buffer.begin())));
    int64_t newlines = 0;
    const char* valueEnd = scanValue(m_pos, nl ? nl : m_buffer.end(), newlines);
    m_mode = valueEnd ? Mode::Lines : Mode::Values;
    if (!valueEnd && nl) {
        // The first line is not a whole value. Pretty-printed JSON continues with a member
        // ("key": ...) or a closing bracket; JSON Lines with a broken first row continues with the
        // next object. Read that one as lines so only the broken row is rejected.
        const char* next = nl + 1;
        while (next < m_buffer.end() && isSpace(*next))
            ++next;
        if (next < m_buffer.end() && *next == '{') m_mode = Mode::Lines;
    }
}

bool JsonReader::next()
{
    if (m_mode == Mode::Unknown) detectMode();
    return m_mode == Mode::Lines ? nextLine() : nextValue();
}

bool JsonReader::nextLine()
{
    for (;;) {
        const char* nl
            = static_cast<const char*>(std::memchr(m_pos, '\n', static_cast<size_t>(m_buffer.end() - m_pos)));
        if (!nl && !m_buffer.atEof()) {
            m_buffer.refill(m_pos);
            m_pos = m_buffer.begin();
            continue;
        }
        const char* lineEnd = nl ? nl : m_buffer.end();
        if (!nl && m_pos >= lineEnd) return false;
        const char* b = m_pos;
        const char* e = lineEnd;
        m_pos = const_cast<char*>(nl ? nl + 1 : lineEnd);
        m_recordLine = m_line++;
        while (b < e && isSpace(*b))
            ++b;
        while (e > b && isSpace(e[-1]))
            --e;
        if (b == e) continue;
        m_text = std::string_view(b, static_cast<size_t>(e - b));
        return true;
    }
}

bool JsonReader::nextValue()
{
    for (;;) {
        // Skip separators between values.
        while (m_pos < m_buffer.end() && (isSpace(*m_pos) || *m_pos == ',' || *m_pos == ']')) {
            m_line += *m_pos == '\n';
            ++m_pos;
        }
        if (m_pos >= m_buffer.end()) {
            if (m_buffer.atEof()) return false;
            m_buffer.refill(m_pos);
            m_pos = m_buffer.begin();
            continue;
        }
        int64_t newlines = 0;
        const char* valueEnd = nullptr;
        if (*m_pos == '{' || *m_pos == '[') {
            valueEnd = scanValue(m_pos, m_buffer.end(), newlines);
        } else {
            // A scalar record: up to the next separator; rejected by the caller as not an object.
            const char* p = m_pos;
            while (p < m_buffer.end() && *p != ',' && *p != '\n' && *p != ']')
                ++p;
            valueEnd = p < m_buffer.end() || m_buffer.atEof() ? p : nullptr;
        }
        if (!valueEnd) {
            if (m_buffer.atEof())
                throw std::runtime_error(m_buffer.stream().path() + ":" + std::to_string(m_line)
                    + ": JSON value is not closed before the end of the file (truncated file?)");
            m_buffer.refill(m_pos);
            m_pos = m_buffer.begin();
            continue;
        }
        m_text = std::string_view(m_pos, static_cast<size_t>(valueEnd - m_pos));
        m_recordLine = m_line;
        m_line += newlines;
        m_pos = const_cast<char*>(valueEnd);
        return true;
    }
}

bool JsonReader::parse(simdjson::dom::element& out, std::string& error)
{
    // The buffer keeps readable bytes (data or zero padding) after every record, as simdjson needs.
    const auto result = m_parser.parse(reinterpret_cast<const uint8_t*>(m_text.data()), m_text.size(), false);
    if (result.error()) {
        error = std::string("invalid JSON: ") + simdjson::error_message(result.error());
        return false;
    }
    out = result.value_unsafe();
    return true;
}

std::string_view jsonString(simdjson::dom::element e, std::string& scratch)
{
    switch (e.type()) {
    case simdjson::dom::element_type::STRING:
        return std::string_view(e.get_string().value_unsafe());
    case simdjson::dom::element_type::INT64:
        scratch = std::to_string(e.get_int64().value_unsafe());
        return scratch;
    case simdjson::dom::element_type::UINT64:
        scratch = std::to_string(e.get_uint64().value_unsafe());
        return scratch;
    case simdjson::dom::element_type::DOUBLE: {
        const double d = e.get_double().value_unsafe();
        if (d == static_cast<double>(static_cast<int64_t>(d)))
            scratch = std::to_string(static_cast<int64_t>(d));
        else
            scratch = simdjson::to_string(e);
        return scratch;
    }
    case simdjson::dom::element_type::BOOL:
        return e.get_bool().value_unsafe() ? "true" : "false";
    case simdjson::dom::element_type::NULL_VALUE:
        return {};
    default:
        scratch = simdjson::to_string(e);
        return scratch;
    }
}

std::string_view jsonMember(simdjson::dom::element obj, std::string_view key, std::string& scratch)
{
    simdjson::dom::element v;
    if (obj[key].get(v) != simdjson::SUCCESS) return {};
    return jsonString(v, scratch);
}

bool jsonNumber(simdjson::dom::element e, double& out)
{
    switch (e.type()) {
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE:
        out = e.get_double().value_unsafe();
        return true;
    case simdjson::dom::element_type::STRING: {
        const std::string_view s = e.get_string().value_unsafe();
        if (s.empty()) return false;
        try {
            size_t used = 0;
            out = std::stod(std::string(s), &used);
            return used == s.size();
        } catch (...) {
            return false;
        }
    }
    default:
        return false;
    }
}

} // namespace waymark::ingest
