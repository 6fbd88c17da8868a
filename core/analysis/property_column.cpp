#include "property_column.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <simdjson.h>

namespace waymark::analysis {

PropertyColumn::PropertyColumn(size_t rows)
    : codes(rows, 0)
    , values { std::string() }
    , numbers { std::numeric_limits<double>::quiet_NaN() }
{
}

uint32_t PropertyColumn::intern(std::string_view text, double number)
{
    const auto it = m_index.find(std::string(text));
    if (it != m_index.end()) return it->second;
    const auto code = static_cast<uint32_t>(values.size());
    values.emplace_back(text);
    numbers.push_back(number);
    m_index.emplace(std::string(text), code);
    return code;
}

uint32_t PropertyColumn::find(std::string_view text) const
{
    const auto it = m_index.find(std::string(text));
    return it == m_index.end() ? 0 : it->second;
}

namespace {

double numberFromText(std::string_view s)
{
    double v = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (r.ec != std::errc() || r.ptr != s.data() + s.size() || s.empty())
        return std::numeric_limits<double>::quiet_NaN();
    return v;
}

} // namespace

bool jsonMemberValue(std::string_view objectJson, std::string_view key, std::string& text, double& number)
{
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element doc;
    if (parser.parse(objectJson.data(), objectJson.size(), true).get(doc) != simdjson::SUCCESS) return false;
    simdjson::dom::object object;
    if (doc.get_object().get(object) != simdjson::SUCCESS) return false;
    simdjson::dom::element v;
    if (object.at_key(key).get(v) != simdjson::SUCCESS) return false;
    switch (v.type()) {
    case simdjson::dom::element_type::STRING: {
        std::string_view s;
        s = v.get_string().value_unsafe();
        text.assign(s);
        number = numberFromText(s);
        return true;
    }
    case simdjson::dom::element_type::INT64: {
        const int64_t i = v.get_int64().value_unsafe();
        text = std::to_string(i);
        number = static_cast<double>(i);
        return true;
    }
    case simdjson::dom::element_type::UINT64: {
        const uint64_t u = v.get_uint64().value_unsafe();
        text = std::to_string(u);
        number = static_cast<double>(u);
        return true;
    }
    case simdjson::dom::element_type::DOUBLE: {
        number = v.get_double().value_unsafe();
        text = simdjson::to_string(v);
        return true;
    }
    case simdjson::dom::element_type::BOOL:
        text = v.get_bool().value_unsafe() ? "true" : "false";
        number = std::numeric_limits<double>::quiet_NaN();
        return true;
    case simdjson::dom::element_type::NULL_VALUE:
        return false;
    default: // arrays and objects compare by their JSON text
        text = simdjson::to_string(v);
        number = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
}

} // namespace waymark::analysis
