#include "records_util.h"

#include "../util/timestamp.h"
#include "csv_reader.h"
#include "field_detect.h"
#include "props_builder.h"
#include "sniff_util.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <stdexcept>

namespace waymark::ingest {

int findColumn(const std::vector<std::string>& header, Candidates candidates)
{
    for (auto candidate : candidates) {
        const auto it = std::find(header.begin(), header.end(), candidate);
        if (it != header.end()) return static_cast<int>(it - header.begin());
    }
    return -1;
}

std::string candidateList(Candidates candidates)
{
    std::string out;
    for (auto c : candidates) {
        if (!out.empty()) out += ", ";
        out += c;
    }
    return out;
}

RecordColumns::RecordColumns(std::vector<std::string> header, const ParseOptions& options)
    : m_names(std::move(header))
    , m_used(m_names.size(), 0)
    , m_options(options)
{
    m_normalised.reserve(m_names.size());
    for (const auto& n : m_names)
        m_normalised.push_back(normaliseColumnName(n));
}

int RecordColumns::find(std::string_view field, Candidates candidates)
{
    int found = -1;
    if (auto it = m_options.columnMap.find(std::string(field)); it != m_options.columnMap.end()) {
        const std::string wanted = normaliseColumnName(it->second);
        for (size_t i = 0; i < m_names.size() && found < 0; ++i)
            if (m_names[i] == it->second || m_normalised[i] == wanted) found = static_cast<int>(i);
        if (found < 0)
            throw std::invalid_argument(
                "--map " + it->first + "=" + it->second + ": no column named '" + it->second + "'");
    } else {
        // A column already taken by another role is not offered twice ("id" as both id and user).
        for (auto candidate : candidates) {
            for (size_t i = 0; i < m_normalised.size() && found < 0; ++i)
                if (!m_used[i] && m_normalised[i] == candidate) found = static_cast<int>(i);
            if (found >= 0) break;
        }
    }
    if (found >= 0) m_used[static_cast<size_t>(found)] = 1;
    return found;
}

void RecordColumns::addOthers(PropsBuilder& props, const std::vector<std::string_view>& fields) const
{
    for (size_t i = 0; i < fields.size() && i < m_names.size(); ++i)
        if (!m_used[i]) props.addText(m_names[i], fields[i]);
}

ParseResult readRecordCsv(InputStream& in, ParseContext& ctx,
    const std::function<std::string(RecordColumns&)>& setup,
    const std::function<bool(const std::vector<std::string_view>&, int64_t line)>& row)
{
    try {
        CsvReader reader(in);
        if (!reader.next()) return ctx.fail(in.path() + ": file is empty (no header row)");
        std::vector<std::string> header;
        for (auto f : reader.fields())
            header.emplace_back(trimmed(f));
        RecordColumns columns(std::move(header), ctx.options());
        std::string error;
        try {
            error = setup(columns);
        } catch (const std::invalid_argument& e) {
            error = e.what();
        }
        if (!error.empty()) return ctx.fail(in.path() + ": " + error);
        const size_t expected = columns.size();
        while (reader.next()) {
            if (!ctx.tick()) return ctx.finish();
            const auto& fields = reader.fields();
            if (fields.size() != expected) {
                if (!ctx.reject(reader.line(),
                        "expected " + std::to_string(expected) + " fields, found "
                            + std::to_string(fields.size())))
                    return ctx.finish();
                continue;
            }
            if (!row(fields, reader.line())) return ctx.finish();
        }
    } catch (const std::exception& e) {
        return ctx.fail(e.what());
    }
    return ctx.finish();
}

ParseResult readRecordJson(InputStream& in, ParseContext& ctx, std::initializer_list<const char*> wrapperKeys,
    const std::function<bool(simdjson::dom::element, int64_t line)>& record,
    const std::function<void(simdjson::dom::element)>& page)
{
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
            if (page) page(root);
            const bool more = forEachWrapped(root, wrapperKeys, [&](simdjson::dom::element rec) {
                if (!ctx.tick()) return false;
                if (!rec.is_object()) return ctx.reject(line, "record is not a JSON object");
                return record(rec, line);
            });
            if (!more) return ctx.finish();
        }
    } catch (const std::exception& e) {
        return ctx.fail(e.what());
    }
    return ctx.finish();
}

bool inputIsJson(InputStream& in)
{
    return looksLikeJson(readHead(in.path(), 4096));
}

std::string_view jsonAt(
    simdjson::dom::element e, std::initializer_list<std::string_view> path, std::string& scratch)
{
    for (auto key : path) {
        simdjson::dom::element next;
        if (!e.is_object() || e[key].get(next) != simdjson::SUCCESS) return {};
        e = next;
    }
    return jsonString(e, scratch);
}

bool parseTime(std::string_view text, const ParseOptions& options, int64_t& ms, std::string& reason,
    std::string_view what)
{
    text = trimmed(text);
    if (text.empty()) {
        reason = "missing " + std::string(what);
        return false;
    }
    const auto parsed = parseTimestampMs(text, options.zone);
    if (!parsed) {
        reason = "unparseable " + std::string(what) + " '" + std::string(text) + "'";
        return false;
    }
    ms = *parsed;
    return true;
}

bool parseLooseNumber(std::string_view text, double& out)
{
    std::string clean;
    clean.reserve(text.size());
    bool negative = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if ((c >= '0' && c <= '9') || c == '.')
            clean.push_back(static_cast<char>(c));
        else if (c == '-' && clean.empty())
            negative = true;
        else if (c == ',' || c == ' ' || c == '$' || c == '%' || c == '\'')
            continue; // thousands separators, currency and percent signs
        else if (c >= 0x80)
            continue; // € £ ¥ and non-breaking spaces, as UTF-8 bytes
        else
            return false;
    }
    if (clean.empty()) return false;
    const auto [ptr, ec] = std::from_chars(clean.data(), clean.data() + clean.size(), out);
    if (ec != std::errc() || ptr != clean.data() + clean.size()) return false;
    if (negative) out = -out;
    return true;
}

bool parseCompanySize(std::string_view text, int64_t& out)
{
    text = trimmed(text);
    const std::string lower = lowerCase(text);
    if (lower.empty() || lower == "n/a" || lower == "na" || lower == "unknown" || lower == "-"
        || lower == "none") {
        out = -1;
        return true;
    }
    // The lower bound of a range ("51-200", "51 to 200") or an open range ("1000+").
    size_t end = 0;
    while (end < text.size() && ((text[end] >= '0' && text[end] <= '9') || text[end] == ','))
        ++end;
    const std::string_view rest = trimmed(text.substr(end));
    if (end == 0
        || !(rest.empty() || rest == "+" || rest.front() == '-' || lower.find(" to ") != std::string::npos))
        return false;
    double value = 0;
    if (!parseLooseNumber(text.substr(0, end), value)) return false;
    out = static_cast<int64_t>(value);
    return true;
}

namespace {

void appendUtf8(std::string& out, uint32_t cp)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x110000) {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

// Decodes the entity at `s` (starting with '&'); returns its length, 0 when it is not one.
size_t decodeEntity(std::string_view s, std::string& out)
{
    const size_t semi = s.find(';');
    if (semi == std::string_view::npos || semi > 10) return 0;
    const std::string_view name = s.substr(1, semi - 1);
    static const std::pair<std::string_view, std::string_view> named[] = { { "amp", "&" }, { "lt", "<" },
        { "gt", ">" }, { "quot", "\"" }, { "apos", "'" }, { "nbsp", " " } };
    for (const auto& [n, text] : named) {
        if (name == n) {
            out.append(text);
            return semi + 1;
        }
    }
    if (name.size() >= 2 && name[0] == '#') {
        const bool hex = name[1] == 'x' || name[1] == 'X';
        const std::string_view digits = name.substr(hex ? 2 : 1);
        uint32_t cp = 0;
        const auto [ptr, ec]
            = std::from_chars(digits.data(), digits.data() + digits.size(), cp, hex ? 16 : 10);
        if (ec != std::errc() || ptr != digits.data() + digits.size()) return 0;
        appendUtf8(out, cp);
        return semi + 1;
    }
    return 0;
}

bool isBreakTag(std::string_view tag)
{
    static const std::string_view breaks[]
        = { "br", "br/", "/p", "/div", "/li", "/h1", "/h2", "/h3", "/h4", "/tr", "/blockquote", "/pre" };
    return std::find(std::begin(breaks), std::end(breaks), tag) != std::end(breaks);
}

} // namespace

std::string htmlToText(std::string_view html)
{
    std::string raw;
    raw.reserve(html.size());
    for (size_t i = 0; i < html.size(); ++i) {
        const char c = html[i];
        if (c == '<' && i + 1 < html.size()
            && (std::isalpha(static_cast<unsigned char>(html[i + 1])) || html[i + 1] == '/'
                || html[i + 1] == '!')) {
            const size_t close = html.find('>', i);
            if (close == std::string_view::npos) break; // an unterminated tag: the rest is markup
            std::string_view tag = html.substr(i + 1, close - i - 1);
            tag = tag.substr(0, tag.find_first_of(" \t\n"));
            if (isBreakTag(lowerCase(tag))) raw.push_back('\n');
            i = close;
        } else if (c == '&') {
            const size_t used = decodeEntity(html.substr(i), raw);
            if (used)
                i += used - 1;
            else
                raw.push_back(c);
        } else {
            raw.push_back(c == '\r' ? '\n' : c);
        }
    }
    // Lines trimmed, blank lines dropped: bodies are read as text, not laid out.
    std::string out;
    size_t start = 0;
    while (start <= raw.size()) {
        size_t nl = raw.find('\n', start);
        if (nl == std::string::npos) nl = raw.size();
        const std::string_view line = trimmed(std::string_view(raw).substr(start, nl - start));
        if (!line.empty()) {
            if (!out.empty()) out.push_back('\n');
            out.append(line);
        }
        start = nl + 1;
    }
    return out;
}

std::string_view normaliseTags(std::string_view tags, std::string& out)
{
    tags = trimmed(tags);
    out.clear();
    const bool commas = tags.find(',') != std::string_view::npos;
    for (size_t i = 0; i < tags.size();) {
        size_t end = tags.find_first_of(commas ? "," : " \t", i);
        if (end == std::string_view::npos) end = tags.size();
        const std::string_view tag = trimmed(tags.substr(i, end - i));
        if (!tag.empty()) {
            if (!out.empty()) out.push_back(',');
            out.append(tag);
        }
        i = end + 1;
    }
    return out;
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

std::string lowerCase(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

} // namespace waymark::ingest
