#pragma once

#include "input.h"

#include <simdjson.h>
#include <string>
#include <string_view>

namespace waymark::ingest {

// Streams the top-level records of a JSON input: JSON Lines (one value per line), a top-level array,
// or concatenated (pretty-printed) values. Records are parsed with simdjson's DOM parser.
class JsonReader {
public:
    explicit JsonReader(InputStream& in);

    // Advances to the next record; false at the end. Throws std::runtime_error on a truncated value.
    bool next();
    std::string_view text() const { return m_text; }
    int64_t line() const { return m_recordLine; }
    // Parses the current record; on failure returns false and sets `error`.
    bool parse(simdjson::dom::element& out, std::string& error);
    InputStream& stream() { return m_buffer.stream(); }

private:
    enum class Mode { Unknown, Lines, Values };
    void detectMode();
    bool nextLine();
    bool nextValue();

    ChunkBuffer m_buffer;
    simdjson::dom::parser m_parser;
    Mode m_mode = Mode::Unknown;
    char* m_pos = nullptr;
    int64_t m_line = 1;
    int64_t m_recordLine = 0;
    std::string_view m_text;
};

// Calls `fn(element)` for each record inside `root`: the root itself, or when the root is an object
// wrapping an array of objects under one of `wrapperKeys` (for example {"tickets":[...]}), each
// element of that array.
template<typename Fn>
bool forEachWrapped(simdjson::dom::element root, std::initializer_list<const char*> wrapperKeys, Fn&& fn)
{
    if (root.is_object()) {
        for (const char* key : wrapperKeys) {
            simdjson::dom::array items;
            if (root[key].get(items) == simdjson::SUCCESS) {
                for (simdjson::dom::element item : items)
                    if (!fn(item)) return false;
                return true;
            }
        }
    }
    return fn(root);
}

// Small accessors that turn absent or null members into empty values.
std::string_view jsonString(simdjson::dom::element e, std::string& scratch);
std::string_view jsonMember(simdjson::dom::element obj, std::string_view key, std::string& scratch);
bool jsonNumber(simdjson::dom::element e, double& out);

} // namespace waymark::ingest
