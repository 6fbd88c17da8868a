#include "import_preview.h"

#include "core/ingest/csv_reader.h"
#include "core/ingest/input.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace waymark::ui {

namespace {

constexpr size_t kHeadBytes = 256 * 1024;

// The decompressed head as a stream, so the real CSV reader parses the preview.
class HeadStream final : public ingest::InputStream {
public:
    HeadStream(std::string data, std::string path)
        : m_data(std::move(data))
        , m_path(std::move(path))
    {
    }
    int64_t read(char* buffer, int64_t max) override
    {
        const int64_t n = std::min<int64_t>(max, int64_t(m_data.size()) - m_pos);
        std::memcpy(buffer, m_data.data() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    int64_t consumed() const override { return m_pos; }
    int64_t total() const override { return int64_t(m_data.size()); }
    const std::string& path() const override { return m_path; }

private:
    std::string m_data;
    std::string m_path;
    int64_t m_pos = 0;
};

struct Head {
    std::string text;
    bool truncated = false;
    double compressedPerByte = 1; // compressed bytes per decompressed byte
};

Head readHeadBytes(const std::string& path)
{
    Head head;
    auto in = ingest::InputStream::open(path);
    head.text.resize(kHeadBytes);
    int64_t got = 0;
    while (got < int64_t(kHeadBytes)) {
        const int64_t n = in->read(head.text.data() + got, int64_t(kHeadBytes) - got);
        if (n <= 0) break;
        got += n;
    }
    head.text.resize(size_t(got));
    char probe;
    head.truncated = got == int64_t(kHeadBytes) && in->read(&probe, 1) > 0;
    if (got > 0 && in->consumed() > 0) head.compressedPerByte = double(in->consumed()) / double(got);
    return head;
}

// `records` counts every complete record of the head, header included: the reader buffers far more
// than the preview rows, so the bytes it consumed say nothing about the size of a row.
void previewCsv(const Head& head, const std::string& path, ImportPreview& out, qint64& records)
{
    HeadStream stream(head.text, path);
    ingest::CsvReader reader(stream);
    records = 0;
    try {
        if (!reader.next()) return;
        records = 1;
        for (auto f : reader.fields())
            out.columns << QString::fromUtf8(f.data(), qsizetype(f.size()));
        while (out.rows.size() <= kPreviewRows && reader.next()) {
            ++records;
            QStringList row;
            for (auto f : reader.fields())
                row << QString::fromUtf8(f.data(), qsizetype(f.size()));
            out.rows.push_back(row);
        }
        while (reader.next())
            ++records;
    } catch (const std::runtime_error&) {
        // the head ends inside a quoted field: keep the rows read so far
    }
    // The last record of a cut-off head may be incomplete.
    if (head.truncated && out.rows.size() > kPreviewRows - 1) out.rows.removeLast();
    if (head.truncated && records > 1) --records;
    while (out.rows.size() > kPreviewRows)
        out.rows.removeLast();
}

void previewJson(const Head& head, ImportPreview& out)
{
    // JSON Lines, or an array written one object per line (the common export shape).
    std::vector<QJsonObject> objects;
    size_t pos = 0;
    while (pos < head.text.size() && int(objects.size()) < kPreviewRows) {
        size_t end = head.text.find('\n', pos);
        if (end == std::string::npos) end = head.text.size();
        QByteArray line = QByteArray::fromRawData(head.text.data() + pos, qsizetype(end - pos)).trimmed();
        pos = end + 1;
        if (line.startsWith('[')) line = line.mid(1).trimmed();
        if (line.endsWith(',')) line.chop(1);
        if (line.endsWith(']')) line.chop(1);
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject()) objects.push_back(doc.object());
    }
    for (const QJsonObject& o : objects)
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!out.columns.contains(it.key())) out.columns << it.key();
    for (const QJsonObject& o : objects) {
        QStringList row;
        for (const QString& c : std::as_const(out.columns)) {
            const QJsonValue v = o.value(c);
            if (v.isString())
                row << v.toString();
            else if (v.isDouble())
                row << QString::number(v.toDouble(), 'g', 15);
            else if (v.isBool())
                row << (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
            else if (v.isObject())
                row << QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
            else if (v.isArray())
                row << QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
            else
                row << QString();
        }
        out.rows.push_back(row);
    }
}

} // namespace

QString formatLabel(ingest::Format format)
{
    if (format == ingest::Format::Auto) return QString();
    const auto* spec = ingest::findFormat(format);
    const auto name = ingest::formatName(format);
    const QString n = QString::fromUtf8(name.data(), qsizetype(name.size()));
    return spec && spec->description ? QStringLiteral("%1 — %2").arg(n, QString::fromUtf8(spec->description))
                                     : n;
}

ImportPreview buildPreview(
    const QString& path, ingest::Format format, const std::map<std::string, std::string>& overrides)
{
    ImportPreview out;
    out.path = path;
    out.fileBytes = QFileInfo(path).size();
    const std::string file = path.toStdString();
    Head head;
    try {
        head = readHeadBytes(file);
    } catch (const std::exception& e) {
        out.error = QString::fromUtf8(e.what());
        return out;
    }
    if (head.text.empty()) {
        out.error = QStringLiteral("%1: file is empty").arg(path);
        return out;
    }
    out.detected = format == ingest::Format::Auto;
    out.format = out.detected ? ingest::sniffFormat(head.text, file) : format;
    const size_t first = head.text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    const bool json = first != std::string::npos && (head.text[first] == '{' || head.text[first] == '[');
    qint64 csvRecords = 0;
    if (json)
        previewJson(head, out);
    else
        previewCsv(head, file, out, csvRecords);
    out.mappable = out.format == ingest::Format::Csv || out.format == ingest::Format::Json;
    if (out.mappable) {
        std::vector<std::string> names;
        for (const QString& c : std::as_const(out.columns))
            names.push_back(c.toStdString());
        try {
            out.roles = ingest::detectEventColumns(names, overrides);
        } catch (const std::exception& e) {
            out.mappingProblem = QString::fromUtf8(e.what());
            // Show what could be detected without the failing override.
            try {
                out.roles = ingest::detectEventColumns(names, {});
            } catch (const std::exception&) {
            }
        }
    }
    if (!out.rows.isEmpty()) {
        // Records in the whole head (one object a line for JSON; the CSV header counts as a record).
        const auto lines = std::count(head.text.begin(), head.text.end(), '\n');
        const qint64 records = json ? std::max<qint64>(qint64(out.rows.size()), lines) : csvRecords;
        const double bytesPerRow = double(head.text.size()) / double(std::max<qint64>(records, 1));
        out.estimatedRows = head.truncated
            ? double(out.fileBytes) / (bytesPerRow * head.compressedPerByte)
            : double(std::max<qint64>(qint64(out.rows.size()), lines - (json ? 0 : 1)));
    }
    return out;
}

} // namespace waymark::ui
