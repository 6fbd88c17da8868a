#pragma once

#include <string>
#include <string_view>

namespace waymark::ingest {

// Builds the compact JSON object of a row's properties. Values from text formats are typed on the
// way in: integers and decimals become numbers, true/false become booleans, the rest stay strings.
class PropsBuilder {
public:
    void clear()
    {
        m_json.clear();
        m_closed = false;
    }
    // Adds key with a value read from text; empty values are left out.
    void addText(std::string_view key, std::string_view value);
    void addString(std::string_view key, std::string_view value);
    // Adds key with a value that is already valid JSON (object, array, number, ...).
    void addRaw(std::string_view key, std::string_view json);
    bool empty() const { return m_json.empty(); }
    // The object text, "" when no property was added. Valid until the next clear().
    std::string_view finish();

    static void appendEscaped(std::string& out, std::string_view s);
    static bool looksNumeric(std::string_view s);

private:
    void key(std::string_view k);
    std::string m_json;
    bool m_closed = false;
};

} // namespace waymark::ingest
