#include "csv_reader.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace waymark::ingest {

namespace {

// Field counts per line for one delimiter over the sample's first lines (quote-aware).
std::vector<int> fieldCounts(std::string_view sample, char delimiter, int maxLines)
{
    std::vector<int> counts;
    int count = 1;
    bool quoted = false;
    for (size_t i = 0; i < sample.size() && static_cast<int>(counts.size()) < maxLines; ++i) {
        const char c = sample[i];
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == delimiter)
            ++count;
        else if (!quoted && c == '\n') {
            counts.push_back(count);
            count = 1;
        }
    }
    return counts;
}

} // namespace

char detectDelimiter(std::string_view sample)
{
    char best = ',';
    int bestFields = 1;
    for (const char d : { ',', ';', '\t', '|' }) {
        const auto counts = fieldCounts(sample, d, 20);
        if (counts.empty()) continue;
        bool consistent = true;
        for (int c : counts)
            consistent = consistent && c == counts.front();
        if (consistent && counts.front() > bestFields) {
            best = d;
            bestFields = counts.front();
        }
    }
    if (bestFields == 1) {
        // No delimiter is consistent (ragged rows): fall back to the most frequent in the header.
        const size_t eol = sample.find('\n');
        const std::string_view header = sample.substr(0, eol);
        int most = 0;
        for (const char d : { ',', ';', '\t', '|' }) {
            const int n = static_cast<int>(std::count(header.begin(), header.end(), d));
            if (n > most) {
                most = n;
                best = d;
            }
        }
    }
    return best;
}

std::vector<std::string> splitCsvLine(std::string_view line, char delimiter)
{
    std::vector<std::string> out(1);
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                out.back().push_back('"');
                ++i;
            } else if (c == '"')
                quoted = false;
            else
                out.back().push_back(c);
        } else if (c == '"')
            quoted = true;
        else if (c == delimiter)
            out.emplace_back();
        else if (c != '\r')
            out.back().push_back(c);
    }
    return out;
}

CsvReader::CsvReader(InputStream& in, char delimiter)
    : m_buffer(in)
    , m_delimiter(delimiter)
{
    m_fields.reserve(32);
}

bool CsvReader::findRecordEnd(
    const char* from, const char*& recordEnd, const char*& nextStart, int64_t& newlines)
{
    const char* end = m_buffer.end();
    newlines = 0;
    const char* nl = static_cast<const char*>(std::memchr(from, '\n', static_cast<size_t>(end - from)));
    const char* limit = nl ? nl : end;
    if (!std::memchr(from, '"', static_cast<size_t>(limit - from))) {
        if (!nl) return false;
        recordEnd = nl;
        nextStart = nl + 1;
        return true;
    }
    bool quoted = false;
    for (const char* p = from; p < end; ++p) {
        const char c = *p;
        if (c == '"')
            quoted = !quoted; // a doubled quote toggles twice, which is what we want
        else if (c == '\n') {
            if (!quoted) {
                recordEnd = p;
                nextStart = p + 1;
                return true;
            }
            ++newlines;
        }
    }
    return false;
}

bool CsvReader::next()
{
    if (!m_started) {
        m_started = true;
        m_buffer.refill(m_buffer.begin());
        m_pos = m_buffer.begin();
        if (m_buffer.size() >= 3 && std::memcmp(m_pos, "\xEF\xBB\xBF", 3) == 0) m_pos += 3;
        if (m_delimiter == 0) {
            const size_t n = std::min<size_t>(64 * 1024, static_cast<size_t>(m_buffer.end() - m_pos));
            m_delimiter = detectDelimiter(std::string_view(m_pos, n));
        }
    }
    for (;;) {
        const char* recordEnd = nullptr;
        const char* nextStart = nullptr;
        int64_t newlines = 0;
        if (!findRecordEnd(m_pos, recordEnd, nextStart, newlines)) {
            if (!m_buffer.atEof()) {
                m_buffer.refill(m_pos);
                m_pos = m_buffer.begin();
                continue;
            }
            if (m_pos >= m_buffer.end()) return false;
            // Last record without a trailing newline; it must not end inside quotes.
            size_t quotes = 0;
            for (const char* p = m_pos; p < m_buffer.end(); ++p)
                quotes += *p == '"';
            if (quotes % 2)
                throw std::runtime_error(m_buffer.stream().path() + ":" + std::to_string(m_line)
                    + ": file ends inside a quoted field (truncated file?)");
            recordEnd = m_buffer.end();
            nextStart = m_buffer.end();
            for (const char* p = m_pos; p < recordEnd; ++p)
                newlines += *p == '\n';
        }
        char* b = m_pos;
        char* e = const_cast<char*>(recordEnd);
        m_pos = const_cast<char*>(nextStart);
        m_recordLine = m_line;
        m_line += 1 + newlines;
        if (e > b && e[-1] == '\r') --e;
        if (e == b) continue; // blank line
        m_fields.clear();
        if (std::memchr(b, '"', static_cast<size_t>(e - b)))
            splitQuoted(b, e);
        else
            splitSimple(b, e);
        return true;
    }
}

void CsvReader::splitSimple(char* b, char* e)
{
    for (;;) {
        char* d = static_cast<char*>(std::memchr(b, m_delimiter, static_cast<size_t>(e - b)));
        if (!d) {
            m_fields.emplace_back(b, static_cast<size_t>(e - b));
            return;
        }
        m_fields.emplace_back(b, static_cast<size_t>(d - b));
        b = d + 1;
    }
}

// Unescapes in place: the output never outruns the input, and the record is complete in memory.
void CsvReader::splitQuoted(char* b, char* e)
{
    char* out = b;
    char* fieldStart = b;
    bool quoted = false;
    for (char* p = b; p < e; ++p) {
        const char c = *p;
        if (quoted) {
            if (c == '"') {
                if (p + 1 < e && p[1] == '"') {
                    *out++ = '"';
                    ++p;
                } else
                    quoted = false;
            } else
                *out++ = c;
        } else if (c == '"')
            quoted = true;
        else if (c == m_delimiter) {
            m_fields.emplace_back(fieldStart, static_cast<size_t>(out - fieldStart));
            fieldStart = out;
        } else
            *out++ = c;
    }
    m_fields.emplace_back(fieldStart, static_cast<size_t>(out - fieldStart));
}

} // namespace waymark::ingest
