#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace waymark::ingest {

// A decompressed byte stream over a file: plain, gzip, zip (every member concatenated, one after
// the other), or a zip of gzip members as Amplitude's export API returns. Backed by libarchive.
class InputStream {
public:
    // Throws std::runtime_error with a message naming the file when it cannot be opened.
    static std::unique_ptr<InputStream> open(const std::string& path);
    virtual ~InputStream() = default;

    // Reads up to `max` bytes; 0 at the end. Throws std::runtime_error on a read error (for
    // example a truncated gzip stream), naming the file.
    virtual int64_t read(char* buffer, int64_t max) = 0;
    // Compressed bytes consumed so far and the file size, for progress.
    virtual int64_t consumed() const = 0;
    virtual int64_t total() const = 0;
    virtual const std::string& path() const = 0;
};

// A growable window over an InputStream. Parsers scan [begin, end) and call refill() when a record
// runs past the end; bytes from `keepFrom` on are kept, moved to the front. There are always at
// least kPadding zero bytes readable after end() (simdjson's requirement).
class ChunkBuffer {
public:
    static constexpr size_t kPadding = 64;
    explicit ChunkBuffer(InputStream& in, size_t chunk = 1 << 20);

    char* begin() { return m_data.data(); }
    char* end() { return m_data.data() + m_size; }
    size_t size() const { return m_size; }
    bool atEof() const { return m_eof; }
    // Keeps [keepFrom, end), reads more. Returns the number of bytes dropped from the front (so
    // callers can rebase their pointers), or -1 when the stream is already at its end.
    int64_t refill(const char* keepFrom);
    InputStream& stream() { return m_in; }

private:
    InputStream& m_in;
    std::vector<char> m_data;
    size_t m_size = 0;
    size_t m_chunk;
    bool m_eof = false;
};

// Reads up to `max` bytes from the start of a file (decompressed), for format sniffing and previews.
std::string readHead(const std::string& path, size_t max = 64 * 1024);

} // namespace waymark::ingest
