#include "core/ingest/format.h"
#include "testutil/collecting_sink.h"

#include <QTest>

using namespace waymark;
using namespace waymark::ingest;
using test::CollectingSink;
using test::utcMs;

namespace {
std::string data(const char* name)
{
    return std::string(WAYMARK_TEST_DATA) + "/" + name;
}
} // namespace

class TstGenericImport : public QObject {
    Q_OBJECT
private slots:
    void csv_columns_detected_and_extra_columns_kept()
    {
        CollectingSink sink;
        Format detected = Format::Auto;
        const auto result = test::parseInto(data("csv/rfc4180.csv"), sink, Format::Auto, {}, &detected);
        QCOMPARE(int(result.outcome), int(Outcome::Success));
        QCOMPARE(int(detected), int(Format::Csv));
        QCOMPARE(sink.events.size(), size_t(3));
        QCOMPARE(sink.events[0].userId, std::string("u1"));
        QCOMPARE(sink.events[0].event, std::string("Sign Up"));
        QCOMPARE(sink.events[0].timeMs, utcMs(2024, 1, 4, 10));
        QCOMPARE(sink.events[0].props, std::string("{\"note\":\"hello, world\"}"));
        QCOMPARE(sink.events[1].props, std::string("{\"note\":\"multi\\r\\nline \\\"quoted\\\"\"}"));
        QCOMPARE(sink.events[2].props, std::string()); // empty values are left out
        QCOMPARE(sink.events[2].line, int64_t(5));
    }

    void explicit_map_overrides_detection()
    {
        CollectingSink sink;
        ParseOptions options;
        options.columnMap = { { "user", "customer" }, { "time", "when" } };
        const auto result = test::parseInto(data("csv/semicolon.csv"), sink, Format::Csv, options);
        QCOMPARE(int(result.outcome), int(Outcome::Success));
        QCOMPARE(sink.events.size(), size_t(3));
        QCOMPARE(sink.events[2].userId, std::string("c2"));
        QCOMPARE(sink.events[2].event, std::string("Close App"));
        QCOMPARE(sink.events[2].sessionId, std::string("s2"));
        QCOMPARE(sink.events[2].timeMs, utcMs(2024, 2, 1, 9));
    }

    void missing_columns_fail_with_advice()
    {
        CollectingSink sink;
        const auto result = test::parseInto(data("csv/semicolon.csv"), sink, Format::Csv);
        QCOMPARE(int(result.outcome), int(Outcome::Failed));
        QVERIFY2(QString::fromStdString(result.message).contains(QStringLiteral("--map user=")),
            result.message.c_str());
        QVERIFY(QString::fromStdString(result.message)
                    .startsWith(QString::fromStdString(data("csv/semicolon.csv") + ":1:")));

        ParseOptions options;
        options.columnMap = { { "user", "nope" } };
        const auto bad = test::parseInto(data("csv/semicolon.csv"), sink, Format::Csv, options);
        QCOMPARE(int(bad.outcome), int(Outcome::Failed));
        QVERIFY2(QString::fromStdString(bad.message).contains(QStringLiteral("no column named 'nope'")),
            bad.message.c_str());
    }

    void epoch_units_by_magnitude()
    {
        CollectingSink sink;
        QCOMPARE(int(test::parseInto(data("csv/tabs.tsv"), sink).outcome), int(Outcome::Success));
        QCOMPARE(sink.events.size(), size_t(3));
        QCOMPARE(sink.events[0].timeMs, int64_t(1706000000000));
        QCOMPARE(sink.events[1].timeMs, int64_t(1706000000500));
        QCOMPARE(sink.events[2].timeMs, int64_t(1706000000000));
    }

    void bad_rows_are_skipped_and_listed()
    {
        CollectingSink sink;
        const auto result = test::parseInto(data("csv/bad_rows.csv"), sink);
        QCOMPARE(int(result.outcome), int(Outcome::Success));
        QCOMPARE(sink.rowsRead, int64_t(7));
        QCOMPARE(sink.events.size(), size_t(2));
        QCOMPARE(sink.rejects.size(), size_t(5));
        const std::vector<std::pair<int64_t, std::string>> expected = {
            { 3, "expected 3 fields, found 4" },
            { 4, "missing user id" },
            { 5, "missing event name" },
            { 6, "unparseable time 'not a time'" },
            { 7, "missing time" },
        };
        for (size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(sink.rejects[i].line, expected[i].first);
            QCOMPARE(sink.rejects[i].reason, expected[i].second);
        }
    }

    void strict_stops_at_first_bad_row()
    {
        CollectingSink sink;
        ParseOptions options;
        options.strict = true;
        const auto result = test::parseInto(data("csv/bad_rows.csv"), sink, Format::Auto, options);
        QCOMPARE(int(result.outcome), int(Outcome::Failed));
        QCOMPARE(QString::fromStdString(result.message),
            QString::fromStdString(data("csv/bad_rows.csv") + ":3: expected 3 fields, found 4"));
        QCOMPARE(sink.events.size(), size_t(1));
    }

    void unrecognised_and_truncated_files()
    {
        CollectingSink sink;
        const auto truncated = test::parseInto(data("csv/truncated.csv.gz"), sink);
        QCOMPARE(int(truncated.outcome), int(Outcome::Failed));
        QVERIFY2(QString::fromStdString(truncated.message).contains(QStringLiteral("truncated")),
            truncated.message.c_str());
        const auto missing = test::parseInto(data("csv/does_not_exist.csv"), sink);
        QCOMPARE(int(missing.outcome), int(Outcome::Failed));
        QVERIFY(QString::fromStdString(missing.message).contains(QStringLiteral("does_not_exist.csv")));
    }

    void json_lines_with_nested_properties()
    {
        CollectingSink sink;
        Format detected = Format::Auto;
        const auto result = test::parseInto(data("json/events.jsonl"), sink, Format::Auto, {}, &detected);
        QCOMPARE(int(result.outcome), int(Outcome::Success));
        QCOMPARE(int(detected), int(Format::Json));
        QCOMPARE(sink.events.size(), size_t(3));
        QCOMPARE(sink.events[0].props, std::string("{\"plan\":\"pro\",\"seats\":3}"));
        QCOMPARE(sink.events[1].timeMs, int64_t(1704362460000));
        QCOMPARE(sink.events[1].props, std::string("{\"page\":\"/home\"}"));
        QCOMPARE(sink.rejects.size(), size_t(1));
        QCOMPARE(sink.rejects[0].line, int64_t(3));
        QVERIFY(QString::fromStdString(sink.rejects[0].reason).startsWith(QStringLiteral("invalid JSON")));
    }

    // Regression: a broken first line made the whole file fail as "not closed".
    void json_lines_with_broken_first_line()
    {
        CollectingSink sink;
        const auto result = test::parseInto(data("json/broken_first_line.jsonl"), sink, Format::Json);
        QCOMPARE(int(result.outcome), int(Outcome::Success));
        QCOMPARE(sink.events.size(), size_t(1));
        QCOMPARE(sink.rejects.size(), size_t(1));
        QCOMPARE(sink.rejects[0].line, int64_t(1));
    }

    void json_array_pretty_printed()
    {
        CollectingSink sink;
        const auto result = test::parseInto(data("json/array.json"), sink);
        QCOMPARE(int(result.outcome), int(Outcome::Success));
        QCOMPARE(sink.events.size(), size_t(2));
        QCOMPARE(sink.events[1].userId, std::string("b"));
        QCOMPARE(sink.events[1].event, std::string("close"));
        QCOMPARE(sink.events[1].line, int64_t(3));
    }
};

QTEST_GUILESS_MAIN(TstGenericImport)
#include "tst_generic_import.moc"
