#include "core/ingest/format.h"
#include "preset_test_util.h"

using namespace waymark;
using namespace waymark::test;

namespace {
const QString kLines = QStringLiteral("ga4/events.jsonl"); // bq extract: INT64 as strings
const QString kArray = QStringLiteral("ga4/events_array.json"); // pretty array, INT64 as numbers
const QString kPseudo = QStringLiteral("1234567890.1705312800");
} // namespace

class TstPresetGa4 : public QObject {
    Q_OBJECT
private slots:
    // URLs are written as escaped strings, not raw ones: moc reads the // inside a raw string as a
    // comment.
    void events_data()
    {
        addEventColumns();
        // Microsecond timestamps; ga_session_id becomes the session, not a property. No dedup id.
        QTest::newRow("anonymous") << kLines << qint64(1) << "" << kPseudo << "session_start"
                                   << qint64(utcMs(2024, 1, 15, 10, 0, 0, 123)) << "1705312800"
                                   << ""
                                   << "{\"ga_session_number\":3,\"page_location\":\"https://shop.example/\","
                                      R"("device_category":"mobile","country":"France","platform":"WEB"})";
        QTest::newRow("user_id set")
            << kLines << qint64(2) << "cust-88" << kPseudo << "login" << qint64(utcMs(2024, 1, 15, 10, 1))
            << "1705312800"
            << ""
            << R"({"engagement_time_msec":1500,"method":"Google","device_category":"mobile",)"
               R"("country":"France","platform":"WEB"})";
        QTest::newRow("double value") << kLines << qint64(3) << "cust-88" << kPseudo << "purchase"
                                      << qint64(utcMs(2024, 1, 15, 11)) << "1705316400"
                                      << ""
                                      << R"({"value":42.5,"currency":"EUR","platform":"WEB"})";
        QTest::newRow("bare row") << kLines << qint64(7) << ""
                                  << "555.2"
                                  << "page_view" << qint64(utcMs(2024, 1, 15, 11, 3, 20)) << ""
                                  << ""
                                  << "";
        QTest::newRow("array, number int")
            << kArray << qint64(2) << ""
            << "777.1705400000"
            << "first_visit" << qint64(utcMs(2024, 1, 16, 10, 13, 20)) << "1705400000"
            << ""
            << R"({"page_title":"Home","device_category":"desktop","country":"Japan",)"
               R"("platform":"WEB"})";
        QTest::newRow("array, float")
            << kArray << qint64(16) << ""
            << "777.1705400000"
            << "page_view" << qint64(utcMs(2024, 1, 16, 10, 13, 32, 500)) << "1705400000"
            << ""
            << R"({"percent_scrolled":0.75,"device_category":"desktop","country":"Japan",)"
               R"("platform":"WEB"})";
    }
    void events() { WAYMARK_CHECK_EVENT_ROW(); }

    void rejects()
    {
        const auto& sink = parsed(kLines);
        QVERIFY2(sink.result.outcome == ingest::Outcome::Success, sink.result.message.c_str());
        QCOMPARE(sink.rowsRead, 7);
        QCOMPARE(sink.events.size(), size_t(4));
        compareRejects(sink,
            strings({ "4: unparseable event_timestamp 'soon'",
                "5: missing user id (user_id and user_pseudo_id are empty)", "6: missing event_name" }));
        QCOMPARE(parsed(kArray).events.size(), size_t(2));
    }

    void truncated_array_fails_naming_the_file()
    {
        TempProject project;
        // Escaped, not raw: moc miscounts the unbalanced brace of a raw string.
        const std::string path = project.writeFile("cut.json",
            "[{\"event_timestamp\":\"1705312800000000\",\"event_name\":\"a\",\"user_pseudo_id\":\"1.2\"},\n"
            " {\"event_timestamp\":\"1705312800000000\",\"event_name\":\"b\",\"user_");
        PresetSink sink;
        const auto result = parseInto(path, sink, ingest::Format::Ga4);
        QVERIFY(result.outcome == ingest::Outcome::Failed);
        QVERIFY2(result.message.find(path) != std::string::npos, result.message.c_str());
        QVERIFY2(result.message.find("truncated") != std::string::npos, result.message.c_str());
    }

    void end_to_end()
    {
        WAYMARK_CHECK_END_TO_END(kLines, (EndToEnd { ingest::Format::Ga4, 4, 2, 3 }), {
            QCOMPARE(project.count(eventsOfUserSql("cust-88")), 3);
            QCOMPARE(project.count("SELECT event_count FROM sessions WHERE external_id = '1705312800'"), 2);
        });
        WAYMARK_CHECK_END_TO_END(kArray, (EndToEnd { ingest::Format::Ga4, 2, 1, 0 }), {});
    }
};

QTEST_GUILESS_MAIN(TstPresetGa4)
#include "tst_preset_ga4.moc"
