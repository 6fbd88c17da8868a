#pragma once

#include "input.h"

#include <string_view>
#include <vector>

namespace waymark::ingest {

// Picks the delimiter among , ; TAB | that splits the sample's first lines into the same number of
// fields (more than one), preferring the one that gives the most fields. Quote-aware.
char detectDelimiter(std::string_view sample);

// Splits one CSV line held in memory (no embedded newlines) into fields; for previews and tests.
std::vector<std::string> splitCsvLine(std::string_view line, char delimiter);

// Streaming RFC 4180 reader: quoted fields with embedded delimiters, newlines and doubled quotes,
// CRLF or LF, a UTF-8 BOM. Fields are views into the buffer, valid until the next call to next().
class CsvReader {
public:
    // delimiter 0: detected from the first megabyte of input.
    CsvReader(InputStream& in, char delimiter = 0);

    // Reads the next non-empty record; false at the end of input. Throws std::runtime_error when
    // the input ends inside a quoted field.
    bool next();
    const std::vector<std::string_view>& fields() const { return m_fields; }
    int64_t line() const { return m_recordLine; } // 1-based line where the record starts
    char delimiter() const { return m_delimiter; }
    InputStream& stream() { return m_buffer.stream(); }

private:
    bool findRecordEnd(const char* from, const char*& recordEnd, const char*& nextStart, int64_t& newlines);
    void splitSimple(char* b, char* e);
    void splitQuoted(char* b, char* e);

    ChunkBuffer m_buffer;
    char m_delimiter;
    char* m_pos = nullptr;
    int64_t m_line = 1;
    int64_t m_recordLine = 0;
    bool m_started = false;
    std::vector<std::string_view> m_fields;
};

} // namespace waymark::ingest
