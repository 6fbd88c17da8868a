#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace waymark::analysis {

enum class PropertyScope { Event, User };

struct PropertyRef {
    PropertyScope scope = PropertyScope::Event;
    std::string name;
    bool operator==(const PropertyRef&) const = default;
};

// One property as a dictionary-coded column: codes[i] is the value of row i (an event or a user),
// 0 when the row lacks the property. Values are kept as text ("mobile", "42", "true") with their
// number alongside (NaN when the value is not numeric) so rules compare either way.
class PropertyColumn {
public:
    explicit PropertyColumn(size_t rows = 0);

    std::vector<uint32_t> codes;
    std::vector<std::string> values; // values[0] is the placeholder for "missing"
    std::vector<double> numbers;

    uint32_t valueCount() const { return static_cast<uint32_t>(values.size()); }
    // Returns the code of a value, adding it on first sight.
    uint32_t intern(std::string_view text, double number);
    // Looks the value up without adding it (0 when absent).
    uint32_t find(std::string_view text) const;

private:
    std::unordered_map<std::string, uint32_t> m_index;
};

// Reads member `key` of a JSON object text: its text form (strings unquoted, numbers and booleans
// as written) and number. Returns false when the text is not an object, lacks the key, or the
// value is null. Thread-safe (one parser per thread).
bool jsonMemberValue(std::string_view objectJson, std::string_view key, std::string& text, double& number);

} // namespace waymark::analysis
