#pragma once

#include "json_reader.h"
#include "parse_context.h"
#include "props_builder.h"

#include <cstdint>
#include <initializer_list>
#include <simdjson.h>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// Helpers shared by the analytics presets (Mixpanel, Amplitude, Segment, PostHog, GA4, Heap).
namespace waymark::ingest {

// The message of an exception that ends a parse, prefixed with the file when it does not name it.
std::string failureMessage(InputStream& in, const std::exception& e);

// Reads every record of a JSON input (lines, array, concatenated values, or arrays wrapped under
// one of `wrapperKeys`) and calls `fn(ctx, object, line)` for each object. Bad JSON and non-object
// records are rejected here; read errors (truncated or corrupt files) become a failure naming the
// file, so the caller never sees an exception. `fn` returns false to stop.
template<typename Fn>
ParseResult forEachJsonRecord(InputStream& in, const ParseOptions& options, RowSink& sink,
    std::initializer_list<const char*> wrapperKeys, Fn&& fn)
{
    ParseContext ctx(in, options, sink);
    try {
        JsonReader reader(in);
        std::string error;
        while (reader.next()) {
            const int64_t line = reader.line();
            simdjson::dom::element root;
            if (!reader.parse(root, error)) {
                if (!ctx.tick() || !ctx.reject(line, error)) return ctx.finish();
                continue;
            }
            const bool more = forEachWrapped(root, wrapperKeys, [&](simdjson::dom::element rec) {
                if (!ctx.tick()) return false;
                simdjson::dom::object obj;
                if (rec.get(obj) != simdjson::SUCCESS) return ctx.reject(line, "record is not a JSON object");
                return fn(ctx, obj, line);
            });
            if (!more) return ctx.finish();
        }
    } catch (const std::exception& e) {
        return ctx.fail(failureMessage(in, e));
    }
    return ctx.finish();
}

// Replays the bytes taken from `inner` to look at the start of the stream, then continues with it,
// so one importer can read both CSV and JSON without opening the file twice.
class ReplayInput final : public InputStream {
public:
    explicit ReplayInput(InputStream& inner)
        : m_inner(inner)
    {
    }
    // The first byte that is not white space or a byte-order mark, 0 for an empty stream. Throws
    // like InputStream::read.
    char peekFirst();
    int64_t read(char* buffer, int64_t max) override;
    int64_t consumed() const override { return m_inner.consumed(); }
    int64_t total() const override { return m_inner.total(); }
    const std::string& path() const override { return m_inner.path(); }

private:
    InputStream& m_inner;
    std::string m_head;
    size_t m_pos = 0;
};

// jsonMember for records already known to be objects.
std::string_view jsonMember(simdjson::dom::object obj, std::string_view key, std::string& scratch);

// A member of `obj` as an object; false when absent or of another type.
bool jsonObject(simdjson::dom::object obj, std::string_view key, simdjson::dom::object& out);
// Member text by path ("context", "page", "path"); empty when any step is missing or null.
std::string_view jsonPath(
    simdjson::dom::object obj, std::initializer_list<std::string_view> path, std::string& scratch);

// Sends the row to the sink, or records why it cannot be one. Returns false when parsing stops.
bool emitEvent(ParseContext& ctx, const EventRow& row);
bool emitIdentify(ParseContext& ctx, const IdentifyRow& row);

// The reject reason for a time that is missing or cannot be read, naming the field.
std::string timeError(std::string_view field, std::string_view text);

// Properties of one row gathered from several places (nested objects, top-level columns). The first
// value given for a key wins, so a format decides precedence by the order it adds them in. Keys must
// stay valid until finish() (string literals or views into the current record).
class PresetProps {
public:
    void clear()
    {
        m_builder.clear();
        m_keys.clear();
    }
    // Every non-null member of `obj`, with `prefix` before each key, except those named in `skip`.
    void addMembers(simdjson::dom::object obj, std::string_view prefix = {},
        std::initializer_list<std::string_view> skip = {});
    void addValue(std::string_view key, simdjson::dom::element value, std::string_view prefix = {});
    void addString(std::string_view key, std::string_view value); // skipped when empty
    void addRaw(std::string_view key, std::string_view json);
    // Text typed like CSV values: numbers and booleans unquoted, the rest as strings.
    void addText(std::string_view key, std::string_view value);
    bool has(std::string_view prefix, std::string_view key) const
    {
        return find(prefix, key, hashKey(prefix, key));
    }
    std::string_view finish() { return m_builder.finish(); }

private:
    static uint64_t hashKey(std::string_view prefix, std::string_view key);
    bool find(std::string_view prefix, std::string_view key, uint64_t hash) const;
    struct Key {
        uint64_t hash; // of prefix + name, so most checks compare one number
        std::string_view prefix;
        std::string_view name;
    };
    bool claim(std::string_view prefix, std::string_view key);
    PropsBuilder m_builder;
    std::string m_key;
    std::vector<Key> m_keys;
};

// Sniffing: the first complete JSON object of a sample (the first value, or the first element of a
// top-level array), parsed. False when the sample is not JSON or its first record is cut off.
bool firstJsonObject(std::string_view head, simdjson::dom::parser& parser, simdjson::dom::object& out);
bool hasMember(simdjson::dom::object obj, std::string_view key);
// A small bonus when the file name mentions the format, so renamed exports still sniff by content.
int fileNameBonus(std::string_view fileName, std::string_view formatWord);

} // namespace waymark::ingest
