#include "core/ingest/csv_reader.h"
#include "core/ingest/input.h"
#include "testutil/collecting_sink.h"

#include <QTest>

using namespace waymark;
using namespace waymark::ingest;

namespace {
std::string data(const char* name)
{
    return std::string(WAYMARK_TEST_DATA) + "/csv/" + name;
}

std::vector<std::vector<std::string>> readAll(const std::string& path, std::vector<int64_t>* lines = nullptr)
{
    auto in = InputStream::open(path);
    CsvReader reader(*in);
    std::vector<std::vector<std::string>> rows;
    while (reader.next()) {
        rows.emplace_back(reader.fields().begin(), reader.fields().end());
        if (lines) lines->push_back(reader.line());
    }
    return rows;
}
} // namespace

class TstCsvReader : public QObject {
    Q_OBJECT
private slots:
    void rfc4180_quoting_bom_crlf()
    {
        std::vector<int64_t> lines;
        const auto rows = readAll(data("rfc4180.csv"), &lines);
        QCOMPARE(rows.size(), size_t(4));
        QCOMPARE(rows[0], (std::vector<std::string> { "user_id", "event", "timestamp", "note" }));
        QCOMPARE(rows[1][3], std::string("hello, world"));
        QCOMPARE(rows[2][3], std::string("multi\r\nline \"quoted\""));
        QCOMPARE(rows[3][3], std::string());
        // The record with an embedded newline starts on line 3 and the next one on line 5.
        QCOMPARE(lines, (std::vector<int64_t> { 1, 2, 3, 5 }));
    }

    void delimiter_detection_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<char>("expected");
        QTest::newRow("comma") << "a,b,c\n1,2,3\n" << ',';
        QTest::newRow("semicolon") << "a;b;c\n1;2,5;3\n" << ';';
        QTest::newRow("tab") << "a\tb\n1\t2\n" << '\t';
        QTest::newRow("pipe") << "a|b|c\nx|y|z\n" << '|';
        QTest::newRow("quoted commas") << "a;b\n\"1,2,3\";4\n" << ';';
    }
    void delimiter_detection()
    {
        QFETCH(QString, sample);
        QFETCH(char, expected);
        QCOMPARE(detectDelimiter(sample.toStdString()), expected);
    }

    void other_delimiters()
    {
        QCOMPARE(readAll(data("semicolon.csv"))[1],
            (std::vector<std::string> { "c1", "Open App", "2024-02-01 08:00:00", "s1" }));
        QCOMPARE(readAll(data("tabs.tsv"))[2], (std::vector<std::string> { "A", "click", "1706000000500" }));
        QCOMPARE(readAll(data("pipes.csv"))[1].size(), size_t(3));
    }

    void records_across_buffer_boundaries()
    {
        // 5,001 records in a gzip that decompresses to more than one read chunk of libarchive.
        const auto rows = readAll(data("valid.csv.gz"));
        QCOMPARE(rows.size(), size_t(5001));
        QCOMPARE(rows[4321], (std::vector<std::string> { "u20", "e1", "2024-01-01T00:00:00Z" }));
    }

    void unterminated_quote_is_an_error()
    {
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, readAll(data("unterminated.csv")));
    }

    void truncated_gzip_is_an_error()
    {
        try {
            readAll(data("truncated.csv.gz"));
            QFAIL("expected an error");
        } catch (const std::runtime_error& e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.contains(QStringLiteral("truncated.csv.gz")), e.what());
            QVERIFY2(message.contains(QStringLiteral("truncated")), e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TstCsvReader)
#include "tst_csv_reader.moc"
