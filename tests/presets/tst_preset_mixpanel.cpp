#include "core/ingest/parsers.h"
#include "core/util/timestamp.h"
#include "preset_test_util.h"

using namespace waymark;
using namespace waymark::test;

namespace {
const QString kExport = QStringLiteral("mixpanel/export.jsonl");
}

class TstPresetMixpanel : public QObject {
    Q_OBJECT
private slots:
    void events_data()
    {
        addEventColumns();
        // Simplified ID merge: "$device:d-100" is the device itself, so the event is anonymous.
        QTest::newRow("anonymous device") << kExport << qint64(1) << ""
                                          << "d-100"
                                          << "Signed Up" << qint64(utcMs(2020, 10, 13, 17, 48, 31)) << ""
                                          << "ins-001"
                                          << R"({"$device_id":"d-100","$browser":"Chrome","plan":"free"})";
        // time in ms (time_in_ms=true) is recognised by magnitude.
        QTest::newRow("user and device, ms")
            << kExport << qint64(3) << "u-1"
            << "d-100"
            << "Viewed Page" << qint64(utcMs(2020, 10, 13, 17, 51, 0, 123)) << ""
            << "ins-003"
            << R"({"$user_id":"u-1","$device_id":"d-100","page":"/pricing","count":3})";
        QTest::newRow("distinct id only") << kExport << qint64(4) << "u-2"
                                          << ""
                                          << "Purchase" << qint64(utcMs(2020, 10, 13, 18)) << ""
                                          << "ins-004"
                                          << R"({"amount":49.5,"$os":"Mac OS X"})";
        QTest::newRow("aliased id") << kExport << qint64(9) << "anon-7"
                                    << ""
                                    << "App Opened" << qint64(utcMs(2020, 10, 13, 18, 3, 20)) << ""
                                    << "ins-009"
                                    << R"({"$app_version_string":"5.2"})";
    }
    void events() { WAYMARK_CHECK_EVENT_ROW(); }

    void counts_links_and_rejects()
    {
        const auto& sink = parsed(kExport);
        QVERIFY2(sink.result.outcome == ingest::Outcome::Success, sink.result.message.c_str());
        QCOMPARE(sink.rowsRead, 10);
        QCOMPARE(sink.events.size(), size_t(4));
        // $identify and $create_alias become links, not events.
        QCOMPARE(sink.links, strings({ "2: u-1 <- d-100", "8: u-3 <- anon-7" }));
        compareRejects(sink,
            strings({ "5: invalid JSON*", "6: missing user id (properties.distinct_id)",
                "7: unparseable properties.time 'yesterday'", "10: missing event name" }));
    }

    void legacy_project_timezone()
    {
        // Pre-2023 projects export epoch numbers in the project's zone; --timezone corrects them.
        auto berlin = ZoneConverter::create("Europe/Berlin");
        ingest::ParseOptions options;
        options.zone = berlin.get();
        PresetSink sink;
        const auto result = parseInto(dataPath(kExport), sink, ingest::Format::Mixpanel, options);
        QVERIFY(result.outcome == ingest::Outcome::Success);
        QCOMPARE(sink.events.front().timeMs, utcMs(2020, 10, 13, 15, 48, 31)); // CEST = UTC+2
    }

    void strict_stops_at_first_bad_row()
    {
        ingest::ParseOptions options;
        options.strict = true;
        PresetSink sink;
        const auto result = parseInto(dataPath(kExport), sink, ingest::Format::Mixpanel, options);
        QVERIFY(result.outcome == ingest::Outcome::Failed);
        QVERIFY2(
            QString::fromStdString(result.message).contains(QStringLiteral("export.jsonl:5: invalid JSON")),
            result.message.c_str());
        QCOMPARE(sink.events.size(), size_t(3)); // lines 1, 3 and 4; line 2 is a link
        QCOMPARE(sink.links.size(), 1);
    }

    void end_to_end()
    {
        WAYMARK_CHECK_END_TO_END(kExport, (EndToEnd { ingest::Format::Mixpanel, 4, 3, 4 }), {
            // The device's sign-up before login belongs to u-1.
            QCOMPARE(project.count(eventsOfUserSql("u-1")), 2);
            QCOMPARE(project.count(eventsOfUserSql("u-3")), 1);
        });
    }
};

QTEST_GUILESS_MAIN(TstPresetMixpanel)
#include "tst_preset_mixpanel.moc"
