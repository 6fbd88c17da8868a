#include "core/ingest/format.h"
#include "preset_test_util.h"

using namespace waymark;
using namespace waymark::test;

namespace {
// The same all_events rows as CSV (header on line 1) and as JSON Lines.
const QString kCsv = QStringLiteral("heap/all_events.csv");
const QString kJson = QStringLiteral("heap/all_events.json");
} // namespace

class TstPresetHeap : public QObject {
    Q_OBJECT
private slots:
    void events_data()
    {
        addEventColumns();
        for (const QString& file : { kCsv, kJson }) {
            const qint64 offset = file == kCsv ? 1 : 0;
            const char* tag = file == kCsv ? "csv" : "json";
            QTest::addRow("%s pageview", tag) << file << 1 + offset << "3001"
                                              << ""
                                              << "pageviews" << qint64(utcMs(2023, 6, 1, 8)) << "5001"
                                              << "8100000000000101"
                                              << R"({"library":"web","path":"/home"})";
            QTest::addRow("%s custom event", tag)
                << file << 2 + offset << "3001"
                << ""
                << "marketing_site_click_cta" << qint64(utcMs(2023, 6, 1, 8, 0, 5, 250)) << "5001"
                << "8100000000000102"
                << R"({"library":"web","path":"/home"})";
            QTest::addRow("%s empty column dropped", tag)
                << file << 3 + offset << "3002"
                << ""
                << "pageviews" << qint64(utcMs(2023, 6, 1, 9, 15)) << "5002"
                << "8100000000000103"
                << R"({"library":"ios"})";
        }
    }
    void events() { WAYMARK_CHECK_EVENT_ROW(); }

    void rejects_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("rejects");
        QTest::newRow("csv") << kCsv
                             << strings({ "5: missing time", "6: missing user id", "7: missing event name",
                                    "8: expected 7 fields, found 6" });
        QTest::newRow("json") << kJson
                              << strings({ "4: missing time", "5: missing user_id",
                                     "6: missing event_table_name", "7: invalid JSON*" });
    }
    void rejects()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, rejects);
        const auto& sink = parsed(file);
        QVERIFY2(sink.result.outcome == ingest::Outcome::Success, sink.result.message.c_str());
        QCOMPARE(sink.rowsRead, 7);
        QCOMPARE(sink.events.size(), size_t(3));
        compareRejects(sink, rejects);
    }

    void end_to_end_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("csv") << kCsv;
        QTest::newRow("json") << kJson;
    }
    void end_to_end()
    {
        QFETCH(QString, file);
        WAYMARK_CHECK_END_TO_END(file, (EndToEnd { ingest::Format::Heap, 3, 2, 4 }), {
            QCOMPARE(project.count("SELECT count(*) FROM sessions WHERE external_id IN ('5001', '5002')"), 2);
        });
    }
};

QTEST_GUILESS_MAIN(TstPresetHeap)
#include "tst_preset_heap.moc"
