#include "props_builder.h"

namespace waymark::ingest {

void PropsBuilder::appendEscaped(std::string& out, std::string_view s)
{
    out.push_back('"');
    for (const char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char* hex = "0123456789abcdef";
                out += "\\u00";
                out.push_back(hex[(c >> 4) & 0xF]);
                out.push_back(hex[c & 0xF]);
            } else
                out.push_back(c);
        }
    }
    out.push_back('"');
}

bool PropsBuilder::looksNumeric(std::string_view s)
{
    size_t i = 0;
    if (i < s.size() && s[i] == '-') ++i;
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
    // Leading zeros ("007", zip codes) are identifiers, not numbers.
    if (s[i] == '0' && i + 1 < s.size() && s[i + 1] != '.') return false;
    bool dot = false;
    int digitsSeen = 0;
    for (; i < s.size(); ++i) {
        if (s[i] == '.' && !dot)
            dot = true;
        else if (s[i] >= '0' && s[i] <= '9')
            ++digitsSeen;
        else
            return false;
    }
    return digitsSeen <= 15 && s.back() != '.';
}

void PropsBuilder::key(std::string_view k)
{
    if (m_closed) {
        m_json.pop_back();
        m_closed = false;
    }
    m_json.push_back(m_json.empty() ? '{' : ',');
    appendEscaped(m_json, k);
    m_json.push_back(':');
}

void PropsBuilder::addText(std::string_view k, std::string_view value)
{
    if (value.empty()) return;
    key(k);
    if (looksNumeric(value) || value == "true" || value == "false")
        m_json.append(value);
    else
        appendEscaped(m_json, value);
}

void PropsBuilder::addString(std::string_view k, std::string_view value)
{
    key(k);
    appendEscaped(m_json, value);
}

void PropsBuilder::addRaw(std::string_view k, std::string_view json)
{
    key(k);
    m_json.append(json);
}

std::string_view PropsBuilder::finish()
{
    if (m_json.empty()) return {};
    if (!m_closed) {
        m_json.push_back('}');
        m_closed = true;
    }
    return m_json;
}

} // namespace waymark::ingest
