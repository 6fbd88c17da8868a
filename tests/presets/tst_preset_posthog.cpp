#include "core/ingest/format.h"
#include "preset_test_util.h"

using namespace waymark;
using namespace waymark::test;

namespace {
// The same eight events as JSON Lines and as CSV (header on line 1, so CSV lines are one later).
const QString kJsonl = QStringLiteral("posthog/events.jsonl");
const QString kCsv = QStringLiteral("posthog/events.csv");
const QString kDevice = QStringLiteral("0190a1b2-dddd-7000-8000-00000000d001");
const QString kSession = QStringLiteral("0190a1b2-5555-7000-8000-000000000001");
const QString kAlice = QStringLiteral("alice@example.com");
} // namespace

class TstPresetPosthog : public QObject {
    Q_OBJECT
private slots:
    void events_data()
    {
        addEventColumns();
        for (const QString& file : { kJsonl, kCsv }) {
            const qint64 offset = file == kCsv ? 1 : 0;
            const char* tag = file == kCsv ? "csv" : "jsonl";
            // distinct_id equal to $device_id: a person not identified yet. (No raw string: moc
            // reads the // of a URL inside one as a comment.)
            QTest::addRow("%s anonymous", tag)
                << file << 1 + offset << "" << kDevice << "$pageview" << qint64(utcMs(2024, 5, 10, 12))
                << kSession << "0190a1b2-0000-7000-8000-000000000001"
                << QString::fromUtf8("{\"$device_id\":\"%1\",\"$current_url\":\"https://example.com/"
                                     "\",\"$browser\":\"Firefox\"}")
                       .arg(kDevice);
            QTest::addRow("%s identify kept as event", tag)
                << file << 2 + offset << kAlice << kDevice << "$identify" << qint64(utcMs(2024, 5, 10, 12, 1))
                << kSession << "0190a1b2-0000-7000-8000-000000000002"
                << QString::fromUtf8(R"({"$device_id":"%1","$anon_distinct_id":"%1"})").arg(kDevice);
            QTest::addRow("%s offset time, null dropped", tag)
                << file << 3 + offset << kAlice << kDevice << "checkout"
                << qint64(utcMs(2024, 5, 10, 12, 5, 30, 500)) << kSession
                << "0190a1b2-0000-7000-8000-000000000003"
                << QString::fromUtf8(R"({"$device_id":"%1","total":99.9})").arg(kDevice);
            QTest::addRow("%s no session", tag) << file << 4 + offset << "bob"
                                                << ""
                                                << "$pageview" << qint64(utcMs(2024, 5, 10, 13)) << ""
                                                << "0190a1b2-0000-7000-8000-000000000004"
                                                << "";
        }
    }
    void events() { WAYMARK_CHECK_EVENT_ROW(); }

    void links_and_rejects_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("links");
        QTest::addColumn<QStringList>("rejects");
        const QString link = QStringLiteral("%1 <- %2").arg(kAlice, kDevice);
        QTest::newRow("jsonl") << kJsonl << QStringList { QStringLiteral("2: ") + link }
                               << strings(
                                      { "5: missing event name", "6: missing user id (distinct_id is empty)",
                                          "7: unparseable timestamp '13:02'",
                                          "8: properties is not a JSON object" });
        QTest::newRow("csv") << kCsv << QStringList { QStringLiteral("3: ") + link }
                             << strings({ "6: missing event name", "7: missing user id",
                                    "8: unparseable time '13:02'",
                                    "9: column 'properties' is not a JSON object" });
    }
    void links_and_rejects()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, rejects);
        const auto& sink = parsed(file);
        QVERIFY2(sink.result.outcome == ingest::Outcome::Success, sink.result.message.c_str());
        QCOMPARE(sink.rowsRead, 8);
        QCOMPARE(sink.events.size(), size_t(4));
        QTEST(sink.links, "links");
        compareRejects(sink, rejects);
    }

    void end_to_end_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("jsonl") << kJsonl;
        QTest::newRow("csv") << kCsv;
    }
    void end_to_end()
    {
        QFETCH(QString, file);
        WAYMARK_CHECK_END_TO_END(file, (EndToEnd { ingest::Format::Posthog, 4, 2, 4 }), {
            QCOMPARE(project.count(eventsOfUserSql(kAlice.toStdString())), 3);
            // $session_id groups the anonymous page view with alice's later events.
            QCOMPARE(project.count("SELECT event_count FROM sessions WHERE external_id = '"
                         + kSession.toStdString() + "'"),
                3);
        });
    }
};

QTEST_GUILESS_MAIN(TstPresetPosthog)
#include "tst_preset_posthog.moc"
