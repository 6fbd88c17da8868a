#pragma once

#include "format.h"
#include "json_reader.h"
#include "parse_context.h"

#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

// Shared pieces of the record importers (tickets, conversations, feedback, accounts, releases):
// finding a column among the names real exports use, reading a header-first CSV, and the small
// value conversions those files need.
namespace waymark::ingest {

class PropsBuilder;

using Candidates = std::initializer_list<std::string_view>;

// Index of the first candidate (normalised names) present in `header` (normalised), or -1.
int findColumn(const std::vector<std::string>& header, Candidates candidates);
// "a, b, c" for messages that tell the user which names were looked for.
std::string candidateList(Candidates candidates);

// The header of a record CSV: finds columns by role, honouring --map field=column, remembers which
// columns a role took so the others can become properties.
class RecordColumns {
public:
    RecordColumns(std::vector<std::string> header, const ParseOptions& options);

    // The column for `field`: the one named by --map, else the first candidate present; -1 when
    // none. Throws std::invalid_argument when --map names a column the file does not have.
    int find(std::string_view field, Candidates candidates);
    const std::vector<std::string>& names() const { return m_names; }
    const std::vector<std::string>& normalised() const { return m_normalised; }
    size_t size() const { return m_names.size(); }
    bool used(size_t column) const { return m_used[column] != 0; }

    static std::string_view get(const std::vector<std::string_view>& fields, int column)
    {
        return column >= 0 ? fields[static_cast<size_t>(column)] : std::string_view();
    }
    // Adds every column no role took, typed, under its header name.
    void addOthers(PropsBuilder& props, const std::vector<std::string_view>& fields) const;

private:
    std::vector<std::string> m_names;
    std::vector<std::string> m_normalised;
    std::vector<char> m_used;
    const ParseOptions& m_options;
};

// Reads a CSV whose first record is the header. `setup` sees the header and returns an error
// message ("" to go on), which fails the import naming the file. `row` gets each record with the
// header's field count (others are rejected here) and returns false to stop.
ParseResult readRecordCsv(InputStream& in, ParseContext& ctx,
    const std::function<std::string(RecordColumns&)>& setup,
    const std::function<bool(const std::vector<std::string_view>&, int64_t line)>& row);

// Reads a JSON input (lines, array, concatenated values, API pages wrapping an array under one of
// `wrapperKeys`) and calls `record(object, line)` for each object; invalid JSON and non-object
// records are rejected here, each counted as a row. `record` returns false to stop. `page`, when
// given, sees each top-level value first (for data an API page sideloads next to its records).
ParseResult readRecordJson(InputStream& in, ParseContext& ctx, std::initializer_list<const char*> wrapperKeys,
    const std::function<bool(simdjson::dom::element, int64_t line)>& record,
    const std::function<void(simdjson::dom::element)>& page = {});
// True when the file starts like JSON rather than CSV (the presets that read both).
bool inputIsJson(InputStream& in);
// The member at `path` ({"via", "channel"}) as text; empty when absent or null.
std::string_view jsonAt(
    simdjson::dom::element e, std::initializer_list<std::string_view> path, std::string& scratch);

// Parses a time with the import's zone; on failure `reason` says whether it was missing or bad.
bool parseTime(std::string_view text, const ParseOptions& options, int64_t& ms, std::string& reason,
    std::string_view what = "time");

// Numbers as people type them in spreadsheets: "1,200.50", "$1200", "€ 99", "12%". False when the
// text is not a number (empty text included).
bool parseLooseNumber(std::string_view text, double& out);
// Company sizes: "250", "1,000", "51-200" and "1000+" give their lower bound. -1 for empty or
// placeholder values ("n/a", "unknown", "-"); false when the text is none of these.
bool parseCompanySize(std::string_view text, int64_t& out);

// Plain text of an HTML fragment (Intercom bodies): tags dropped, block ends and <br> become
// newlines, the common entities decoded, runs of blank lines and surrounding space trimmed.
std::string htmlToText(std::string_view html);

// Tags as the store keeps them, comma-separated: "a, b" and space-separated "a b" (Zendesk's CSV)
// both become "a,b".
std::string_view normaliseTags(std::string_view tags, std::string& out);

std::string_view trimmed(std::string_view s);
std::string lowerCase(std::string_view s);

} // namespace waymark::ingest
