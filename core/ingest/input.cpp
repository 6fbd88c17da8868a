#include "input.h"

#include <archive.h>
#include <archive_entry.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <sys/stat.h>

namespace waymark::ingest {

namespace {

struct ArchiveDeleter {
    void operator()(archive* a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveDeleter>;

bool endsWith(const std::string& s, const char* suffix)
{
    const size_t n = std::strlen(suffix);
    return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

class ArchiveInput final : public InputStream {
public:
    explicit ArchiveInput(std::string path)
        : m_path(std::move(path))
    {
        struct stat st { };
        if (::stat(m_path.c_str(), &st) != 0)
            throw std::runtime_error(m_path + ": cannot open file: " + std::strerror(errno));
        if (S_ISDIR(st.st_mode)) throw std::runtime_error(m_path + ": is a directory, not an export file");
        m_total = st.st_size;
        m_outer.reset(archive_read_new());
        archive_read_support_filter_all(m_outer.get());
        archive_read_support_format_zip(m_outer.get());
        archive_read_support_format_raw(m_outer.get());
        if (archive_read_open_filename(m_outer.get(), m_path.c_str(), 1 << 20) != ARCHIVE_OK)
            fail(m_outer.get(), "cannot open file");
        m_isZip = false;
        if (!nextMember() && m_total > 0)
            throw std::runtime_error(m_path + ": archive contains no readable file");
    }

    int64_t read(char* buffer, int64_t max) override
    {
        while (m_current) {
            const la_ssize_t n = archive_read_data(m_current, buffer, static_cast<size_t>(max));
            if (n < 0) fail(m_current, "read error");
            if (n > 0) {
                m_lastByte = buffer[n - 1];
                return n;
            }
            // A member ended: make sure records of the next member start on a new line.
            if (!nextMember()) return 0;
            if (m_lastByte != '\n' && m_lastByte != 0 && max > 0) {
                m_lastByte = '\n';
                buffer[0] = '\n';
                return 1;
            }
        }
        return 0;
    }

    int64_t consumed() const override { return archive_filter_bytes(m_outer.get(), -1); }
    int64_t total() const override { return m_total; }
    const std::string& path() const override { return m_path; }

private:
    [[noreturn]] void fail(archive* a, const char* what) const
    {
        const char* detail = archive_error_string(a);
        std::string message = m_path + ": " + what;
        if (detail) message += std::string(": ") + detail;
        if (detail
            && (std::strstr(detail, "runcated") || std::strstr(detail, "nexpected EOF")
                || std::strstr(detail, "premature end")))
            message = m_path + ": file is truncated (" + detail + ")";
        throw std::runtime_error(message);
    }

    // Advances to the next member that has data. Gzip members inside a zip get an inner reader.
    bool nextMember()
    {
        m_inner.reset();
        m_current = nullptr;
        archive_entry* entry = nullptr;
        for (;;) {
            const int r = archive_read_next_header(m_outer.get(), &entry);
            if (r == ARCHIVE_EOF) return false;
            if (r < ARCHIVE_WARN) fail(m_outer.get(), "not a readable file or archive");
            if (archive_entry_filetype(entry) == AE_IFDIR) continue;
            const std::string name = archive_entry_pathname(entry) ? archive_entry_pathname(entry) : "";
            const bool zipped = archive_format(m_outer.get()) == ARCHIVE_FORMAT_ZIP;
            if (zipped && endsWith(name, "/")) continue;
            if (zipped && endsWith(name, ".gz")) {
                m_inner.reset(archive_read_new());
                archive_read_support_filter_all(m_inner.get());
                archive_read_support_format_raw(m_inner.get());
                if (archive_read_open(m_inner.get(), this, nullptr, &ArchiveInput::innerRead, nullptr)
                    != ARCHIVE_OK)
                    fail(m_inner.get(), "cannot read gzip member");
                archive_entry* innerEntry = nullptr;
                if (archive_read_next_header(m_inner.get(), &innerEntry) != ARCHIVE_OK)
                    fail(m_inner.get(), "cannot read gzip member");
                m_current = m_inner.get();
            } else {
                m_current = m_outer.get();
            }
            return true;
        }
    }

    static la_ssize_t innerRead(archive*, void* self, const void** buffer)
    {
        auto* me = static_cast<ArchiveInput*>(self);
        const la_ssize_t n
            = archive_read_data(me->m_outer.get(), me->m_innerBuffer, sizeof me->m_innerBuffer);
        *buffer = me->m_innerBuffer;
        return n;
    }

    std::string m_path;
    int64_t m_total = 0;
    ArchivePtr m_outer;
    ArchivePtr m_inner;
    archive* m_current = nullptr;
    bool m_isZip = false;
    char m_lastByte = 0;
    char m_innerBuffer[1 << 16];
};

// Uncompressed files are read directly: faster than libarchive's raw format, and the byte count
// gives exact progress.
class PlainInput final : public InputStream {
public:
    PlainInput(std::string path, std::FILE* file, int64_t total)
        : m_path(std::move(path))
        , m_file(file)
        , m_total(total)
    {
    }
    ~PlainInput() override { std::fclose(m_file); }

    int64_t read(char* buffer, int64_t max) override
    {
        const size_t n = std::fread(buffer, 1, static_cast<size_t>(max), m_file);
        if (n == 0 && std::ferror(m_file))
            throw std::runtime_error(m_path + ": read error: " + std::strerror(errno));
        m_consumed += static_cast<int64_t>(n);
        return static_cast<int64_t>(n);
    }
    int64_t consumed() const override { return m_consumed; }
    int64_t total() const override { return m_total; }
    const std::string& path() const override { return m_path; }

private:
    std::string m_path;
    std::FILE* m_file;
    int64_t m_total;
    int64_t m_consumed = 0;
};

bool isCompressedOrArchive(const unsigned char* m, size_t n)
{
    return (n >= 2 && m[0] == 0x1f && m[1] == 0x8b) // gzip
        || (n >= 4 && m[0] == 'P' && m[1] == 'K' && (m[2] == 3 || m[2] == 5)) // zip
        || (n >= 3 && m[0] == 'B' && m[1] == 'Z' && m[2] == 'h') // bzip2
        || (n >= 6 && m[0] == 0xfd && m[1] == '7' && m[2] == 'z' && m[3] == 'X' && m[4] == 'Z') // xz
        || (n >= 4 && m[0] == 0x28 && m[1] == 0xb5 && m[2] == 0x2f && m[3] == 0xfd); // zstd
}

} // namespace

std::unique_ptr<InputStream> InputStream::open(const std::string& path)
{
    struct stat st { };
    if (::stat(path.c_str(), &st) != 0)
        throw std::runtime_error(path + ": cannot open file: " + std::strerror(errno));
    if (S_ISDIR(st.st_mode)) throw std::runtime_error(path + ": is a directory, not an export file");
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) throw std::runtime_error(path + ": cannot open file: " + std::strerror(errno));
    unsigned char magic[8] = {};
    const size_t n = std::fread(magic, 1, sizeof magic, file);
    if (!isCompressedOrArchive(magic, n)) {
        std::rewind(file);
        return std::make_unique<PlainInput>(path, file, st.st_size);
    }
    std::fclose(file);
    return std::make_unique<ArchiveInput>(path);
}

ChunkBuffer::ChunkBuffer(InputStream& in, size_t chunk)
    : m_in(in)
    , m_data(chunk + kPadding, 0)
    , m_chunk(chunk)
{
}

int64_t ChunkBuffer::refill(const char* keepFrom)
{
    if (m_eof) return -1;
    const size_t dropped = static_cast<size_t>(keepFrom - m_data.data());
    const size_t kept = m_size - dropped;
    if (dropped > 0 && kept > 0) std::memmove(m_data.data(), keepFrom, kept);
    m_size = kept;
    // A record longer than the buffer makes it grow; otherwise the size stays constant.
    if (m_data.size() < m_size + m_chunk + kPadding) m_data.resize(m_size + m_chunk + kPadding);
    size_t want = m_data.size() - kPadding - m_size;
    while (want > 0) {
        const int64_t n = m_in.read(m_data.data() + m_size, static_cast<int64_t>(want));
        if (n == 0) {
            m_eof = true;
            break;
        }
        m_size += static_cast<size_t>(n);
        want -= static_cast<size_t>(n);
    }
    std::memset(m_data.data() + m_size, 0, kPadding);
    return static_cast<int64_t>(dropped);
}

std::string readHead(const std::string& path, size_t max)
{
    auto in = InputStream::open(path);
    std::string head(max, '\0');
    size_t got = 0;
    while (got < max) {
        const int64_t n = in->read(head.data() + got, static_cast<int64_t>(max - got));
        if (n <= 0) break;
        got += static_cast<size_t>(n);
    }
    head.resize(got);
    return head;
}

} // namespace waymark::ingest
