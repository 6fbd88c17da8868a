#include "core/ingest/input.h"
#include "records_test_util.h"

#include <map>
#include <set>

using namespace waymark;
using namespace waymark::test;
using ingest::Format;
using ingest::Outcome;

namespace {
std::string writeTemp(const QTemporaryDir& dir, const std::string& text)
{
    return writeFile(dir, QStringLiteral("log.xes"), text);
}

const char* kHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n"
                      "<log xes.version=\"1849-2016\" xmlns=\"http://www.xes-standard.org/\">\n";
} // namespace

class TstRecordsXes : public QObject {
    Q_OBJECT
private slots:
    void parses_small_log_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("plain") << QStringLiteral("xes/small.xes");
        QTest::newRow("gzip") << QStringLiteral("xes/small.xes.gz");
    }
    void parses_small_log()
    {
        QFETCH(QString, file);
        CollectingSink sink;
        const auto result = parseInto(fixture(file.toStdString()), sink, Format::Xes);
        QCOMPARE(result.outcome, Outcome::Success);
        QCOMPARE(sink.rowsRead, 6);
        QCOMPARE(sink.events.size(), size_t(3));

        // The case is both the user and the session; other attributes are typed properties, the
        // trace's own ones prefixed "case:"; nested meta-attributes and lists are left out.
        const Event& order = sink.events[0];
        COMPARE_STR(order.userId, "order-1001");
        COMPARE_STR(order.sessionId, "order-1001");
        COMPARE_STR(order.event, "Place order");
        QCOMPARE(order.timeMs, utcMs(2023, 5, 2, 7, 15));
        COMPARE_STR(order.props,
            R"({"org:resource":"customer","items":3,"express":true,"identity:id":"6a1f0b2c-0d3e-4f5a-9b8c-7d6e5f4a3b2c",)"
            R"("case:channel":"web","case:order_value":129.5})");
        QCOMPARE(order.line, 18);

        const Event& pay = sink.events[1];
        COMPARE_STR(pay.event, "Pay");
        QCOMPARE(pay.timeMs, utcMs(2023, 5, 2, 7, 17, 30, 250));
        COMPARE_STR(
            pay.props, R"({"amount":129.5,"method":"card","case:channel":"web","case:order_value":129.5})");
        QCOMPARE(pay.line, 26);

        const Event& second = sink.events[2];
        COMPARE_STR(second.userId, "order-1002");
        COMPARE_STR(second.sessionId, "order-1002");
        COMPARE_STR(second.event, "Place order");
        QCOMPARE(second.timeMs, utcMs(2023, 5, 3, 10, 1));
        COMPARE_STR(second.props, "");
        QCOMPARE(second.line, 43);

        verifyRejects(sink.rejects,
            { { 34, "missing time:timestamp" }, { 40, "event has no concept:name (activity)" },
                { 50, "unparseable time:timestamp 'yesterday'" } });
    }

    void strict_stops_at_the_first_bad_event()
    {
        CollectingSink sink;
        ingest::ParseOptions options;
        options.strict = true;
        const auto result = parseInto(fixture("xes/small.xes"), sink, Format::Xes, options);
        QCOMPARE(result.outcome, Outcome::Failed);
        COMPARE_STR(result.message, fixture("xes/small.xes") + ":34: missing time:timestamp");
        QCOMPARE(sink.events.size(), size_t(2));
    }

    void sink_cancel_stops_the_parse()
    {
        CollectingSink sink;
        sink.stopAfter = 1;
        QCOMPARE(parseInto(fixture("xes/small.xes"), sink, Format::Xes).outcome, Outcome::Cancelled);
        QCOMPARE(sink.events.size(), size_t(1));
    }

    void broken_xml_fails_with_file_and_line_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated") << QStringLiteral("xes/truncated.xes")
                                   << QStringLiteral(
                                          ":36: the XML ends before the log is closed (truncated file?)");
        QTest::newRow("mismatched tag") << QStringLiteral(
            "xes/malformed.xes") << QStringLiteral(":33: malformed XML: Opening and ending tag mismatch.");
    }
    void broken_xml_fails_with_file_and_line()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        CollectingSink sink;
        const std::string path = fixture(file.toStdString());
        const auto result = parseInto(path, sink, Format::Xes);
        QCOMPARE(result.outcome, Outcome::Failed);
        COMPARE_STR(result.message, path + message.toStdString());
    }

    void edge_cases_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("events");
        QTest::addColumn<Rejects>("rejects");
        QTest::newRow("trace without a name")
            << QStringLiteral(
                   "<trace><event><string key=\"concept:name\" value=\"A\"/>"
                   "<date key=\"time:timestamp\" value=\"2020-01-01T00:00:00Z\"/></event></trace></log>")
            << 0 << Rejects { { 3, "the event's trace has no concept:name (case id)" } };
        QTest::newRow("event outside a trace")
            << QStringLiteral("<event><string key=\"concept:name\" value=\"A\"/>\n"
                              "<date key=\"time:timestamp\" value=\"2020-01-01T00:00:00Z\"/></event></log>")
            << 0 << Rejects { { 3, "event outside a trace (it has no case)" } };
        QTest::newRow("case name after the events")
            << QStringLiteral("<trace><event><string key=\"concept:name\" value=\"A\"/>"
                              "<date key=\"time:timestamp\" value=\"2020-01-01T00:00:00Z\"/></event>\n"
                              "<string key=\"concept:name\" value=\"late\"/></trace></log>")
            << 1 << Rejects {};
    }
    void edge_cases()
    {
        QFETCH(QString, body);
        QFETCH(int, events);
        QFETCH(Rejects, rejects);
        QTemporaryDir dir;
        CollectingSink sink;
        const auto result = parseInto(writeTemp(dir, kHeader + body.toStdString()), sink, Format::Xes);
        QCOMPARE(result.outcome, Outcome::Success);
        QCOMPARE(static_cast<int>(sink.events.size()), events);
        verifyRejects(sink.rejects, rejects);
        if (events == 1) COMPARE_STR(sink.events[0].userId, "late");
    }

    void not_a_log_fails()
    {
        QTemporaryDir dir;
        CollectingSink sink;
        const std::string path = writeTemp(dir, "<?xml version=\"1.0\"?>\n<html><body/></html>\n");
        const auto result = parseInto(path, sink, Format::Xes);
        QCOMPARE(result.outcome, Outcome::Failed);
        COMPARE_STR(result.message, path + ":2: not an XES log: the root element is <html>, not <log>");
    }

    // pm4py's helpdesk log; the expected numbers are those SOURCE.md lists for the file.
    void helpdesk_log_gives_the_published_numbers()
    {
        const std::string path = dataset("helpdesk-log/helpdesk.xes.gz");
        QVERIFY2(QFile::exists(QString::fromStdString(path)), path.c_str());
        QCOMPARE(ingest::sniffFormat(ingest::readHead(path), path), Format::Xes);
        CollectingSink sink;
        const auto result = parseInto(path, sink);
        QCOMPARE(result.outcome, Outcome::Success);
        QCOMPARE(sink.events.size(), size_t(21348));
        QVERIFY(sink.rejects.empty());

        std::set<std::string> cases;
        std::map<std::string, int> activities;
        int64_t first = INT64_MAX, last = INT64_MIN;
        for (const Event& e : sink.events) {
            cases.insert(e.userId);
            QCOMPARE(e.sessionId, e.userId);
            ++activities[e.event];
            first = std::min(first, e.timeMs);
            last = std::max(last, e.timeMs);
        }
        QCOMPARE(cases.size(), size_t(4580));
        QCOMPARE(activities.size(), size_t(14));
        const std::map<std::string, int> expected
            = { { "Take in charge ticket", 5060 }, { "Resolve ticket", 4983 }, { "Assign seriousness", 4938 },
                  { "Closed", 4574 }, { "Wait", 1463 }, { "Require upgrade", 119 }, { "Insert ticket", 118 },
                  { "Create SW anomaly", 67 }, { "Resolve SW anomaly", 13 }, { "Schedule intervention", 5 },
                  { "VERIFIED", 3 }, { "RESOLVED", 2 }, { "INVALID", 2 }, { "DUPLICATE", 1 } };
        for (const auto& [name, count] : expected)
            QCOMPARE(activities[name], count);
        QCOMPARE(first, utcMs(2010, 1, 13, 8, 40, 25));
        QCOMPARE(last, utcMs(2014, 1, 3, 13, 20, 58));
        COMPARE_STR(sink.events.front().userId, "Case 1");
        COMPARE_STR(sink.events.front().event, "Assign seriousness");
        QCOMPARE(sink.events.front().timeMs, utcMs(2012, 10, 9, 14, 50, 17));
    }
};

QTEST_GUILESS_MAIN(TstRecordsXes)
#include "tst_records_xes.moc"
