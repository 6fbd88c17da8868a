#include "core/ingest/format.h"
#include "preset_test_util.h"

using namespace waymark;
using namespace waymark::test;

namespace {
const QString kMessages = QStringLiteral("segment/messages.jsonl");
const QString kBatch = QStringLiteral("segment/batch.json");
} // namespace

class TstPresetSegment : public QObject {
    Q_OBJECT
private slots:
    void events_data()
    {
        addEventColumns();
        QTest::newRow("page")
            << kMessages << qint64(1) << ""
            << "anon-s1"
            << "Page Viewed" << qint64(utcMs(2024, 3, 1, 9)) << ""
            << "msg-1"
            << R"({"name":"Pricing","path":"/pricing","title":"Pricing","page_path":"/pricing",)"
               R"("device_type":"desktop","os_name":"macOS"})";
        // timestamp (skew-corrected) wins over originalTimestamp.
        QTest::newRow("track anonymous") << kMessages << qint64(2) << ""
                                         << "anon-s1"
                                         << "Signup Started" << qint64(utcMs(2024, 3, 1, 9, 1, 30, 250)) << ""
                                         << "msg-2"
                                         << R"({"plan":"pro","seats":5})";
        QTest::newRow("track with offset") << kMessages << qint64(4) << "user-s1"
                                           << "anon-s1"
                                           << "Signup Completed" << qint64(utcMs(2024, 3, 1, 9, 2)) << ""
                                           << "msg-4"
                                           << R"({"plan":"pro"})";
        QTest::newRow("screen") << kMessages << qint64(6) << "user-s2"
                                << ""
                                << "Screen Viewed" << qint64(utcMs(2024, 3, 1, 9, 4)) << ""
                                << "msg-6"
                                << R"({"name":"Home","device_type":"ios","os_name":"iOS"})";
        QTest::newRow("originalTimestamp only") << kMessages << qint64(8) << ""
                                                << "anon-s3"
                                                << "Opened App" << qint64(utcMs(2024, 3, 1, 8, 59)) << ""
                                                << "msg-8"
                                                << "";
    }
    void events() { WAYMARK_CHECK_EVENT_ROW(); }

    void links_and_rejects()
    {
        const auto& sink = parsed(kMessages);
        QVERIFY2(sink.result.outcome == ingest::Outcome::Success, sink.result.message.c_str());
        QCOMPARE(sink.rowsRead, 13); // the group call is read, neither imported nor rejected
        QCOMPARE(sink.events.size(), size_t(5));
        QCOMPARE(sink.links, strings({ "3: user-s1 <- anon-s1", "7: user-s2 <- anon-s3" }));
        compareRejects(sink,
            strings({ "9: missing user id (userId and anonymousId are empty)", "10: missing event name",
                "11: unparseable timestamp 'not a time'", "12: alias without previousId",
                "13: unsupported message type 'flush'" }));
    }

    void batch_wrapper()
    {
        const auto& sink = parsed(kBatch);
        QVERIFY2(sink.result.outcome == ingest::Outcome::Success, sink.result.message.c_str());
        QCOMPARE(sink.rowsRead, 3);
        QVERIFY(sink.rejects.empty());
        QVERIFY(sink.links.isEmpty()); // an identify without anonymousId only sets traits
        QCOMPARE(sink.events.size(), size_t(2));
        const Event& added = sink.events[0];
        QCOMPARE(added.userId, std::string("user-b1"));
        QCOMPARE(added.anonymousId, std::string("anon-b1"));
        QCOMPARE(added.event, std::string("Item Added"));
        QCOMPARE(added.timeMs, utcMs(2024, 3, 2, 14));
        QCOMPARE(added.insertId, std::string("batch-msg-1"));
        QCOMPARE(added.props, std::string(R"({"sku":"A-1","price":9.99})"));
        QCOMPARE(added.line, 1); // records inside one wrapper share its line
        const Event& page = sink.events[1];
        QCOMPARE(page.userId, std::string());
        QCOMPARE(page.anonymousId, std::string("anon-b1"));
        QCOMPARE(page.event, std::string("Page Viewed"));
        QCOMPARE(page.timeMs, utcMs(2024, 3, 2, 13, 59));
        QCOMPARE(page.insertId, std::string("batch-msg-2"));
        QCOMPARE(page.props, std::string(R"({"name":"Cart","page_path":"/cart"})"));
    }

    void end_to_end()
    {
        WAYMARK_CHECK_END_TO_END(kMessages, (EndToEnd { ingest::Format::Segment, 5, 2, 5 }), {
            // The anonymous page view and signup start join user-s1; the aliased device joins user-s2.
            QCOMPARE(project.count(eventsOfUserSql("user-s1")), 3);
            QCOMPARE(project.count(eventsOfUserSql("user-s2")), 2);
        });
        WAYMARK_CHECK_END_TO_END(kBatch, (EndToEnd { ingest::Format::Segment, 2, 1, 0 }), {});
    }
};

QTEST_GUILESS_MAIN(TstPresetSegment)
#include "tst_preset_segment.moc"
